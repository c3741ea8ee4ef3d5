//! Invariants of scoring on arbitrary input: no panic, every sentence in exactly one bead, scores
//! in range, every finding's spans inside the document and on character boundaries.

use std::sync::OnceLock;

use proptest::prelude::*;
use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::Scorer;
use selaras_text::Lang;

fn scorer() -> &'static Scorer<SentenceAligner<LexicalSimilarity>> {
    static SCORER: OnceLock<Scorer<SentenceAligner<LexicalSimilarity>>> = OnceLock::new();
    SCORER.get_or_init(|| {
        let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
            .build()
            .expect("similarity");
        Scorer::new(SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner"))
    })
}

/// Sentences made of what the checks react to (negators, numbers, names, boilerplate, clock
/// times, affixes, copied words) mixed with arbitrary characters.
fn sentence() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("tidak".to_string()),
        Just("not".to_string()),
        Just("don't".to_string()),
        Just("enggak suka".to_string()),
        Just("tidak masuk akal".to_string()),
        Just("jangan ragu".to_string()),
        Just("not only".to_string()),
        Just("unresponsive".to_string()),
        Just("has yet to".to_string()),
        Just("Baca juga:".to_string()),
        Just("MEMBACA".to_string()),
        Just("17:48".to_string()),
        Just("2,5 miliar".to_string()),
        Just("7 millions".to_string()),
        Just("delapan".to_string()),
        Just("Jembatan Lima".to_string()),
        Just("jembatan lima".to_string()),
        Just("Zelenskyy".to_string()),
        Just("makanan enak".to_string()),
        Just("the food was delicious".to_string()),
        "[A-Za-z]{1,9}",
        "[0-9]{1,4}",
        "[ .!?,;:'-]{1,3}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..14).prop_map(|pieces| pieces.join(" "))
}

fn document() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(sentence(), 0..8)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn scoring_arbitrary_documents_keeps_its_invariants(src in document(), tgt in document()) {
        let src: Vec<&str> = src.iter().map(String::as_str).collect();
        let tgt: Vec<&str> = tgt.iter().map(String::as_str).collect();
        let report = scorer().score_sentences((&Lang::En, &src), (&Lang::Id, &tgt));
        // The documents as `score_sentences` counts offsets: sentences joined by one character.
        let (src_doc, tgt_doc) = (src.join("\n"), tgt.join("\n"));
        let (mut src_seen, mut tgt_seen) = (vec![0; src.len()], vec![0; tgt.len()]);
        let doc = &report.document;
        prop_assert!((0.0..=100.0).contains(&doc.faithfulness), "{}", doc.faithfulness);
        prop_assert!((0.0..=1.0).contains(&doc.coverage_src) && (0.0..=1.0).contains(&doc.coverage_tgt));
        for bead in &report.beads {
            bead.src.iter().for_each(|&k| src_seen[k] += 1);
            bead.tgt.iter().for_each(|&k| tgt_seen[k] += 1);
            prop_assert!((0.0..=1.0).contains(&bead.score), "bead score {}", bead.score);
            prop_assert!((0.0..=1.0).contains(&bead.confidence), "confidence {}", bead.confidence);
            for flag in &bead.flags {
                prop_assert!(!flag.message.is_empty());
                for (spans, text) in [(&flag.src_spans, &src_doc), (&flag.tgt_spans, &tgt_doc)] {
                    for &[start, end] in spans.iter() {
                        prop_assert!(start <= end && end <= text.len(), "span {start}..{end} of {}", text.len());
                        prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
                    }
                }
            }
        }
        prop_assert!(src_seen.iter().all(|&n| n == 1), "source sentences in beads: {src_seen:?}");
        prop_assert!(tgt_seen.iter().all(|&n| n == 1), "target sentences in beads: {tgt_seen:?}");
    }
}
