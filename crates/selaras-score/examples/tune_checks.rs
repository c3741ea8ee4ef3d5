//! Development aid: recall and false alarms of the partial omission/addition and negation settings
//! on a development challenge set (built from the NusaX train and valid rows) and, for comparison,
//! on the committed set (NusaX test). Tune on the first:
//!
//! ```text
//! selaras eval faithfulness --build dev.jsonl --splits train,valid
//! cargo run --release -p selaras-score --example tune_checks -- dev.jsonl
//! ```
use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::{
    Addition, ChallengeItem, Check, FlagKind, GapEvidence, NegationMismatch, Omission, Scorer,
    default_checks, evaluate_challenge,
};
use selaras_text::Lang;

fn read_set(path: &str) -> Vec<ChallengeItem> {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .lines()
        .map(|l| serde_json::from_str(l).expect("challenge item"))
        .collect()
}

fn main() {
    let dev_path = std::env::args()
        .nth(1)
        .expect("usage: tune_checks DEV.jsonl [TEST.jsonl]");
    let test_path = std::env::args().nth(2).unwrap_or_else(|| {
        format!(
            "{}/../../corpora/challenge/faithfulness-en-id.jsonl",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let (dev, test) = (read_set(&dev_path), read_set(&test_path));
    let short_bead_words = 24;
    for threshold in [3.25, 3.5, 3.75, 4.0] {
        for edge_weight in [0.3, 0.4, 0.5, 0.6] {
            let mut checks: Vec<Box<dyn Check>> = default_checks()
                .into_iter()
                .filter(|c| {
                    !matches!(
                        c.kind(),
                        FlagKind::Omission | FlagKind::Addition | FlagKind::NegationMismatch
                    )
                })
                .collect();
            let partial = GapEvidence {
                threshold,
                edge_weight,
                ..GapEvidence::default()
            };
            checks.push(Box::new(Omission { partial }));
            checks.push(Box::new(Addition { partial }));
            checks.push(Box::new(NegationMismatch { short_bead_words }));
            let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
                .build()
                .expect("similarity");
            let scorer = Scorer::with_checks(
                SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner"),
                checks,
            );
            let line = |items: &[ChallengeItem]| {
                let scores = evaluate_challenge(&scorer, items);
                let recall: Vec<String> = scores
                    .recall
                    .iter()
                    .map(|r| format!("{:.3}", r.recall))
                    .collect();
                format!(
                    "recall {} | false alarms {:.3}",
                    recall.join(" "),
                    scores.false_alarm_rate
                )
            };
            println!(
                "threshold {threshold} edge weight {edge_weight}\n  dev  {}\n  test {}",
                line(&dev),
                line(&test)
            );
        }
    }
}
