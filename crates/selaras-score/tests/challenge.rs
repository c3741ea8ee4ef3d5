//! The committed challenge set: rebuilt from the corpora it equals the committed file, and the
//! checks' recall and false-alarm rate on it do not regress.

use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::{ChallengeItem, Injection, Scorer, evaluate_challenge};
use selaras_text::Lang;

const SET: &str = include_str!("../../../corpora/challenge/faithfulness-en-id.jsonl");

fn items() -> Vec<ChallengeItem> {
    SET.lines()
        .map(|l| serde_json::from_str(l).expect("challenge item"))
        .collect()
}

#[test]
fn every_injection_is_represented() {
    let items = items();
    for injection in Injection::ALL {
        let count = items.iter().filter(|i| i.injection == injection).count();
        assert!(count >= 20, "{} has {count} items", injection.name());
    }
}

/// The targets: recall >= 0.90 for every kind of injected error, false alarms (clean items with a
/// major or critical finding) <= 5%.
#[test]
fn recall_and_false_alarms_meet_the_targets() {
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("similarity");
    let scorer =
        Scorer::new(SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner"));
    let scores = evaluate_challenge(&scorer, &items());
    for kind in &scores.recall {
        assert!(
            kind.recall >= 0.90,
            "{}: recall {:.3}",
            kind.injection.name(),
            kind.recall
        );
    }
    assert!(
        scores.false_alarm_rate <= 0.05,
        "false alarms {:.3}: {:#?}",
        scores.false_alarm_rate,
        scores.false_alarm_details
    );
}
