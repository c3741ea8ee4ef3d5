//! Development aid: the challenge items of one injection that the checks miss (or, for `clean`, the
//! clean items they flag), with the lexical explanation of each.
//! `cargo run --release -p selaras-score --example challenge_misses -- clause_added [SET.jsonl]`
use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::{LexicalSimilarity, PreparedPair, Similarity};
use selaras_score::{ChallengeItem, Scorer, default_checks, evaluate_challenge};
use selaras_text::Lang;

fn main() {
    let kind = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "clause_added".into());
    let path = std::env::args().nth(2).unwrap_or_else(|| {
        format!(
            "{}/../../corpora/challenge/faithfulness-en-id.jsonl",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let items: Vec<ChallengeItem> = std::fs::read_to_string(path)
        .expect("challenge set")
        .lines()
        .map(|l| serde_json::from_str(l).expect("item"))
        .collect();
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("similarity");
    let scorer = Scorer::with_checks(
        SentenceAligner::new(similarity.clone(), AlignConfig::default()).expect("aligner"),
        default_checks(),
    );
    for item in items.iter().filter(|i| i.injection.name() == kind) {
        let scores = evaluate_challenge(&scorer, std::slice::from_ref(item));
        let missed = if kind == "clean" {
            scores.false_alarms == 1
        } else {
            scores
                .recall
                .iter()
                .any(|r| r.items == 1 && r.detected == 0)
        };
        if !missed {
            continue;
        }
        let src: Vec<&str> = item.src.iter().map(String::as_str).collect();
        let tgt: Vec<&str> = item.tgt.iter().map(String::as_str).collect();
        let prepared = similarity.prepare(&src, &tgt);
        let e = prepared.explain(0..src.len(), 0..tgt.len());
        println!(
            "== {} score {:.2} cov_src {:.2} cov_tgt {:.2}",
            item.origin, e.score, e.coverage_src, e.coverage_tgt
        );
        println!("  EN {}", src.join(" | "));
        println!("  ID {}", tgt.join(" | "));
        let m: Vec<String> = e
            .matches
            .iter()
            .map(|m| format!("{}={}", m.src.text, m.tgt.text))
            .collect();
        println!("  matched {}", m.join(" "));
        let u: Vec<&str> = e.unmatched_src.iter().map(|t| t.text.as_str()).collect();
        println!("  unmatched en {}", u.join(" "));
        let u: Vec<&str> = e.unmatched_tgt.iter().map(|t| t.text.as_str()).collect();
        println!("  unmatched id {}", u.join(" "));
        if kind == "clean" {
            println!("  alarm {:?}", scores.false_alarm_details);
        }
    }
}
