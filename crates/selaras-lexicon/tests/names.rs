//! Names and acronyms as anchors: matched across languages, or reported as missing.

use selaras_lexicon::{Explain, LexicalSimilarity, MatchKind};
use selaras_text::Lang;

/// Matched (source, target, how), unmatched source names, unmatched target names.
type NameReport = (Vec<(String, String, MatchKind)>, Vec<String>, Vec<String>);

fn names(src: &str, tgt: &str) -> NameReport {
    let similarity = LexicalSimilarity::builder(Lang::Id, Lang::En)
        .build()
        .expect("build");
    let pair = similarity.prepare_sentences(&[src], &[tgt]);
    let report = pair.explain(0..1, 0..1).names;
    (
        report
            .matched
            .iter()
            .map(|m| (m.src.text.clone(), m.tgt.text.clone(), m.via))
            .collect(),
        report
            .unmatched_src
            .iter()
            .map(|t| t.text.clone())
            .collect(),
        report
            .unmatched_tgt
            .iter()
            .map(|t| t.text.clone())
            .collect(),
    )
}

#[test]
fn names_match_by_spelling_lexicon_and_acronym() {
    let (matched, missing_src, missing_tgt) = names(
        "Kemarin Witkoff bertemu Zelenskyy dan pejabat AS di Moskow serta Kyiv, kata PBB.",
        "Yesterday Witkoff met Zelensky and US officials in Moscow and Kyiv, the UN said.",
    );
    let pairs: Vec<(&str, &str, MatchKind)> = matched
        .iter()
        .map(|(a, b, k)| (a.as_str(), b.as_str(), *k))
        .collect();
    assert!(
        pairs.contains(&("Witkoff", "Witkoff", MatchKind::Identical)),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("Zelenskyy", "Zelensky", MatchKind::Cognate)),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("AS", "US", MatchKind::Lexicon)),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("Moskow", "Moscow", MatchKind::Lexicon)),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("Kyiv", "Kyiv", MatchKind::Lexicon)),
        "{pairs:?}"
    );
    assert!(
        pairs.contains(&("PBB", "UN", MatchKind::Lexicon)),
        "{pairs:?}"
    );
    assert!(missing_src.is_empty(), "{missing_src:?}");
    assert!(missing_tgt.is_empty(), "{missing_tgt:?}");
}

#[test]
fn capitalised_sentence_openers_are_not_names() {
    let (matched, missing_src, missing_tgt) = names(
        "Dekat hotel. Lokasinya strategis. Harga murah.",
        "Near the hotel. Located strategically. Cheap prices.",
    );
    assert!(matched.is_empty() && missing_src.is_empty() && missing_tgt.is_empty());
}

#[test]
fn a_replaced_name_is_reported_on_both_sides() {
    let (_, missing_src, missing_tgt) = names(
        "Menurut Witkoff, pembicaraan dengan Umerov berlangsung konstruktif.",
        "According to Kushner, the talks with Umerov had been constructive.",
    );
    assert_eq!(missing_src, ["Witkoff"]);
    assert_eq!(missing_tgt, ["Kushner"]);
}
