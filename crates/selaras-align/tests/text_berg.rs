//! Text+Berg German-French dev set (OCR noise, many n-m beads), with no lexicon: only lengths,
//! identical words, cognates and numbers. Guards the figure reported in the README.

use selaras_align::{AlignConfig, Aligner, SentenceAligner, parse_ladder};
use selaras_eval::{BeadList, score_alignments};
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{DocPair, Lang};

const DE: &str = include_str!("../../../corpora/text-berg-dev/dev.de");
const FR: &str = include_str!("../../../corpora/text-berg-dev/dev.fr");
const GOLD: &str = include_str!("../../../corpora/text-berg-dev/dev.defr");

fn align() -> (BeadList, Vec<f32>) {
    let de: Vec<&str> = DE.lines().collect();
    let fr: Vec<&str> = FR.lines().collect();
    let similarity = LexicalSimilarity::builder(Lang::Other("de".into()), Lang::Other("fr".into()))
        .build()
        .expect("similarity");
    let aligner = SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner");
    let alignment = aligner.align(&DocPair::from_sentences(
        (Lang::Other("de".into()), &de),
        (Lang::Other("fr".into()), &fr),
    ));
    assert!(alignment.is_complete(de.len(), fr.len()));
    (
        alignment
            .beads
            .iter()
            .map(|b| (b.src.clone().collect(), b.tgt.clone().collect()))
            .collect(),
        alignment.beads.iter().map(|b| b.confidence).collect(),
    )
}

#[test]
fn no_lexicon_strict_f1_stays_at_least_078() {
    let (test, _) = align();
    let gold = parse_ladder(GOLD).expect("gold parses");
    let scores = score_alignments(&[(gold, test)]);
    assert!(
        scores.f1_strict >= 0.78,
        "strict F1 {:.3}",
        scores.f1_strict
    );
    assert!(scores.f1_lax >= 0.92, "lax F1 {:.3}", scores.f1_lax);
}

#[test]
fn wrong_beads_have_lower_confidence_than_right_ones() {
    let (test, confidence) = align();
    let gold = parse_ladder(GOLD).expect("gold parses");
    let (mut right, mut wrong) = (Vec::new(), Vec::new());
    for (bead, c) in test.iter().zip(confidence) {
        assert!((0.0..=1.0).contains(&c), "confidence {c} out of [0, 1]");
        if gold.contains(bead) {
            right.push(c)
        } else {
            wrong.push(c)
        }
    }
    let mean = |v: &[f32]| v.iter().sum::<f32>() / v.len().max(1) as f32;
    assert!(
        wrong.len() >= 20,
        "too few wrong beads to compare: {}",
        wrong.len()
    );
    assert!(
        mean(&wrong) + 0.1 < mean(&right),
        "mean confidence of wrong beads {:.3}, of right beads {:.3}",
        mean(&wrong),
        mean(&right)
    );
}
