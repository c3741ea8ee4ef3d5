//! The bundled article: exactly the three real problems are major or worse.

use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::{FlagKind, Scorer, Severity};
use selaras_text::{DocPair, Document, Lang, RuleSegmenter};

const EN: &str = include_str!("../../../corpora/zelensky-peace-talks/en.txt");
const ID: &str = include_str!("../../../corpora/zelensky-peace-talks/id.txt");

#[test]
fn only_the_two_omissions_and_the_boilerplate_addition_are_major() {
    let segment = |lang: Lang, text: &'static str| {
        let rules = RuleSegmenter::builder(lang.clone()).build().expect("rules");
        Document::segment(text, lang, &rules)
    };
    let pair = DocPair::new(segment(Lang::En, EN), segment(Lang::Id, ID));
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("similarity");
    let scorer =
        Scorer::new(SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner"));
    let report = scorer.score(&pair);
    let serious: Vec<(FlagKind, Vec<usize>, Vec<usize>, &str)> = report
        .beads
        .iter()
        .flat_map(|b| {
            b.flags
                .iter()
                .filter(|f| f.severity >= Severity::Major)
                .map(move |f| (f.kind, b.src.clone(), b.tgt.clone(), f.message.as_str()))
        })
        .collect();
    assert_eq!(serious.len(), 3, "{serious:#?}");
    assert_eq!(
        (serious[0].0, &serious[0].1, &serious[0].2),
        (FlagKind::Addition, &vec![], &vec![14])
    );
    assert!(serious[0].3.contains("boilerplate"), "{}", serious[0].3);
    assert_eq!(
        (serious[1].0, &serious[1].1, &serious[1].2),
        (FlagKind::Omission, &vec![17], &vec![])
    );
    assert_eq!(
        (serious[2].0, &serious[2].1, &serious[2].2),
        (FlagKind::Omission, &vec![24], &vec![])
    );
    // The spans point at the sentences in the original files.
    let addition = report.beads.iter().find(|b| b.tgt == [14]).expect("bead");
    let [start, end] = addition.flags[0].tgt_spans[0];
    assert!(ID[start..end].starts_with("MEMBACA\u{a0} Bagian publik"));
    assert_eq!(report.document.issues.major, 3);
    assert_eq!(report.document.issues.critical, 0);
    // Two of the article's sentences are untranslated: the score is scaled by the coverage.
    let doc = &report.document;
    assert!(
        doc.coverage_src > 0.85 && doc.coverage_src < 1.0,
        "{}",
        doc.coverage_src
    );
    assert!(
        doc.faithfulness > 80.0 && doc.faithfulness < 100.0 * doc.coverage_src,
        "{}",
        doc.faithfulness
    );
}
