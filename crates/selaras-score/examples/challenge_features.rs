//! Development aid: per challenge item, the terms the partial omission and addition checks weigh
//! ([`GapTerms`] for the source saying more, then for the translation saying more, and the two
//! lengths), as TSV on stdout, for `scripts/fit_gap_evidence.py`:
//! `cargo run --release -p selaras-score --example challenge_features -- [SET.jsonl] > features.tsv`.
//! With `UNMATCHED=1` it prints instead, on stderr, the words of the clean items that the other
//! side does not express (`en WORD` / `id WORD`): what the lexicon misses most.
use selaras_lexicon::{LexicalSimilarity, PreparedPair, Similarity};
use selaras_score::{ChallengeItem, GapTerms};
use selaras_text::Lang;

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
    let unmatched = std::env::var_os("UNMATCHED").is_some();
    let mut header: Vec<String> = ["origin", "injection", "chars_src", "chars_tgt"]
        .map(String::from)
        .to_vec();
    for side in ["src", "tgt"] {
        for term in ["coverage_gap", "unexpressed", "edge_run", "other_run"] {
            header.push(format!("{side}_{term}"));
        }
    }
    if !unmatched {
        println!("{}", header.join("\t"));
    }
    for item in &items {
        // The whole item as one bead (the challenge items have one source sentence).
        let src = item.src.join(" ");
        let tgt = item.tgt.join(" ");
        let explanation = similarity.prepare(&[&src], &[&tgt]).explain(0..1, 0..1);
        if unmatched {
            if item.injection.name() == "clean" {
                for w in &explanation.unmatched_src {
                    eprintln!("en\t{}", w.text.to_lowercase());
                }
                for w in &explanation.unmatched_tgt {
                    eprintln!("id\t{}", w.text.to_lowercase());
                }
            }
            continue;
        }
        let mut row = vec![
            item.origin.clone(),
            item.injection.name().to_string(),
            src.chars().count().to_string(),
            tgt.chars().count().to_string(),
        ];
        for src_says_more in [true, false] {
            let terms = GapTerms::of(&explanation, src_says_more);
            row.push(format!("{:.4}", terms.coverage_gap));
            row.push(terms.unexpressed.to_string());
            row.push(terms.edge_run.to_string());
            row.push(terms.other_run.to_string());
        }
        println!("{}", row.join("\t"));
    }
}
