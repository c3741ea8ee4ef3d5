//! Development aid: recall and false alarms on the committed challenge set for a grid of
//! omission/addition and negation thresholds. `cargo run --release -p selaras-score --example tune_checks`
use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::{
    Addition, ChallengeItem, Check, GapEvidence, NegationMismatch, Omission, Scorer,
    default_checks, evaluate_challenge,
};
use selaras_text::Lang;

fn main() {
    let path = format!(
        "{}/../../corpora/challenge/faithfulness-en-id.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let items: Vec<ChallengeItem> = std::fs::read_to_string(path)
        .expect("challenge set")
        .lines()
        .map(|l| serde_json::from_str(l).expect("item"))
        .collect();
    for short_bead_words in [8usize, 12, 16, 24] {
        for threshold in [3.5, 4.0] {
            for run_weight in [0.5, 0.8] {
                let gap_unit = 0.1f32;
                let mut checks: Vec<Box<dyn Check>> = default_checks()
                    .into_iter()
                    .filter(|c| {
                        !matches!(
                            c.kind(),
                            selaras_score::FlagKind::Omission
                                | selaras_score::FlagKind::Addition
                                | selaras_score::FlagKind::NegationMismatch
                        )
                    })
                    .collect();
                let partial = GapEvidence {
                    threshold,
                    gap_unit,
                    run_weight,
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
                let scores = evaluate_challenge(&scorer, &items);
                let recall: Vec<String> = scores
                    .recall
                    .iter()
                    .map(|r| format!("{:.2}", r.recall))
                    .collect();
                println!(
                    "short {short_bead_words} threshold {threshold} run_weight {run_weight}: recall {} | false alarms {:.3}",
                    recall.join(" "),
                    scores.false_alarm_rate
                );
            }
        }
    }
}
