//! Synthetic Indonesian-English documents with known edits: NusaX rows as sentences, with rows
//! merged (2-1), split (1-2), omitted (1-0) and unrelated rows inserted (0-1).

use selaras_align::{AlignConfig, Aligner, SentenceAligner};
use selaras_bench::{EditRates, SyntheticPair};
use selaras_eval::{BeadList, score_alignments};
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{DocPair, Lang};

const ID: &str = include_str!("../../../corpora/nusax-mt/test.id");
const EN: &str = include_str!("../../../corpora/nusax-mt/test.en");
const EXTRA_EN: &str = include_str!("../../../corpora/nusax-mt/valid.en");

fn beads(ranges: &[(std::ops::Range<usize>, std::ops::Range<usize>)]) -> BeadList {
    ranges
        .iter()
        .map(|(s, t)| (s.clone().collect(), t.clone().collect()))
        .collect()
}

#[test]
fn synthetic_documents_align_with_strict_f1_at_least_098() {
    let rows: Vec<(&str, &str)> = ID
        .lines()
        .zip(EN.lines())
        .filter(|&(s, t)| SyntheticPair::is_sound_row(s, t))
        .collect();
    let extra: Vec<&str> = EXTRA_EN.lines().collect();
    let similarity = LexicalSimilarity::builder(Lang::Id, Lang::En)
        .build()
        .expect("similarity");
    let aligner = SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner");
    let mut documents = Vec::new();
    let mut shapes = std::collections::BTreeMap::new();
    for seed in 0..6u64 {
        let start = 55 * seed as usize;
        let pair = SyntheticPair::generate(&rows[start..], &extra, 100, EditRates::default(), seed);
        for (s, t) in &pair.gold {
            *shapes.entry((s.len(), t.len())).or_insert(0) += 1;
        }
        let src: Vec<&str> = pair.src.iter().map(String::as_str).collect();
        let tgt: Vec<&str> = pair.tgt.iter().map(String::as_str).collect();
        let alignment = aligner.align(&DocPair::from_sentences((Lang::Id, &src), (Lang::En, &tgt)));
        assert!(alignment.is_complete(src.len(), tgt.len()));
        let test: BeadList = alignment
            .beads
            .iter()
            .map(|b| (b.src.clone().collect(), b.tgt.clone().collect()))
            .collect();
        documents.push((beads(&pair.gold), test));
    }
    for shape in [(1, 1), (2, 1), (1, 2), (1, 0), (0, 1)] {
        assert!(
            shapes.get(&shape).copied().unwrap_or(0) >= 5,
            "too few {shape:?} beads: {shapes:?}"
        );
    }
    let scores = score_alignments(&documents);
    assert!(
        scores.f1_strict >= 0.98,
        "strict F1 {:.3} (P {:.3}, R {:.3})",
        scores.f1_strict,
        scores.precision_strict,
        scores.recall_strict
    );
}
