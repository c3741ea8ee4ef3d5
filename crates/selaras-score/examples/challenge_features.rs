//! Development aid: per challenge item, the lexical evidence the partial omission and addition
//! checks weigh, as TSV on stdout, for `scripts/fit_gap_evidence.py`:
//! `cargo run --release -p selaras-score --example challenge_features -- [SET.jsonl] > features.tsv`.
//! With `UNMATCHED=1` it prints instead, on stderr, the words of the clean items that the other
//! side does not express (`en WORD` / `id WORD`): what the lexicon misses most.
use selaras_lexicon::{LexicalSimilarity, PreparedPair, Similarity};
use selaras_score::{ChallengeItem, expressed_sequence};
use selaras_text::Lang;

fn longest_run(seq: &[bool]) -> usize {
    let (mut best, mut run) = (0, 0);
    for &m in seq {
        if m {
            run = 0
        } else {
            run += 1;
            best = best.max(run)
        }
    }
    best
}

fn main() {
    let path = std::env::args().nth(1).unwrap_or_else(|| {
        format!(
            "{}/../../corpora/challenge/faithfulness-en-id.jsonl",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let items: Vec<ChallengeItem> = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(|l| serde_json::from_str(l).expect("challenge item"))
        .collect();
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("similarity");
    println!(
        "origin\tinjection\tcov_src\tcov_tgt\tn_src\tn_tgt\tchars_src\tchars_tgt\trun_src\trun_tgt\ttail_src\ttail_tgt\thead_src\thead_tgt\tunm_src\tunm_tgt"
    );
    for item in &items {
        // Score the joined target as one bead (the challenge items are one source sentence).
        let src = item.src.join(" ");
        let tgt = item.tgt.join(" ");
        let prepared = similarity.prepare(&[&src], &[&tgt]);
        let e = prepared.explain(0..1, 0..1);
        let (s, t) = (expressed_sequence(&e, true), expressed_sequence(&e, false));
        if std::env::var_os("UNMATCHED").is_some() && item.injection.name() == "clean" {
            for w in &e.unmatched_src {
                eprintln!("en\t{}", w.text.to_lowercase());
            }
            for w in &e.unmatched_tgt {
                eprintln!("id\t{}", w.text.to_lowercase());
            }
            continue;
        }
        let tail = |q: &[bool]| q.iter().rev().take_while(|m| !**m).count();
        let head = |q: &[bool]| q.iter().take_while(|m| !**m).count();
        println!(
            "{}\t{}\t{:.3}\t{:.3}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            item.origin,
            item.injection.name(),
            e.coverage_src,
            e.coverage_tgt,
            s.len(),
            t.len(),
            src.chars().count(),
            tgt.chars().count(),
            longest_run(&s),
            longest_run(&t),
            tail(&s),
            tail(&t),
            head(&s),
            head(&t),
            s.iter().filter(|m| !**m).count(),
            t.iter().filter(|m| !**m).count()
        );
    }
}
