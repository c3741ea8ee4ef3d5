//! Invariants of segmentation on arbitrary input.

use proptest::prelude::*;
use selaras_text::{Lang, RuleSegmenter, Segmenter, is_space};

/// Text made of the pieces that drive the segmenter's decisions, so that random strings hit the
/// interesting paths (abbreviations, initials, quotes, numbers, newlines) often.
fn newsish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Dr.".to_string()),
        Just("dll.".to_string()),
        Just("U.S.".to_string()),
        Just("J.".to_string()),
        Just("X.".to_string()),
        Just("1.".to_string()),
        Just("a.".to_string()),
        Just("2,5".to_string()),
        Just("10.30".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("?!".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{a0}".to_string()),
        Just("\r\n".to_string()),
        Just("-".to_string()),
        "[A-Za-z]{1,8}",
        "[ .!?,;:]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.join(" "))
}

fn check_invariants(text: &str) -> Result<(), TestCaseError> {
    for lang in [Lang::Id, Lang::En, Lang::undetermined()] {
        let segmenter = RuleSegmenter::builder(lang).build().expect("rules build");
        let sentences = segmenter.segment(text);
        let mut covered = vec![false; text.len()];
        let mut previous_end = 0;
        let mut previous_paragraph = 0;
        for sentence in &sentences {
            let span = sentence.span;
            prop_assert!(span.start < span.end, "empty span {span:?}");
            prop_assert!(span.end <= text.len(), "span {span:?} out of bounds");
            prop_assert!(
                span.start >= previous_end,
                "span {span:?} overlaps or is out of order"
            );
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            prop_assert!(sentence.paragraph >= previous_paragraph);
            let slice = sentence.text(text);
            prop_assert!(!slice.starts_with(is_space) && !slice.ends_with(is_space));
            prop_assert!(!sentence.normalized(text).is_empty());
            covered[span.start..span.end]
                .iter_mut()
                .for_each(|c| *c = true);
            previous_end = span.end;
            previous_paragraph = sentence.paragraph;
        }
        for (offset, c) in text.char_indices() {
            prop_assert!(
                is_space(c) || covered[offset],
                "character {c:?} at byte {offset} is in no sentence"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_utf8_keeps_invariants(text in any::<String>()) {
        check_invariants(&text)?;
    }

    #[test]
    fn news_like_text_keeps_invariants(text in newsish()) {
        check_invariants(&text)?;
    }
}
