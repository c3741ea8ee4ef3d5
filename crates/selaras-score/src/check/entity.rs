//! Names missing from the translation or replaced in it.

use super::names::{OtherSide, common_word, explained};
use super::{BeadContext, Check, words};
use crate::{Flag, FlagKind, Severity};

/// Names (capitalised words that are not common words) are matched by spelling, cognate
/// similarity and the lexicon. A name without a counterpart is no finding when the other side
/// explains it: an acronym and its expansion (`MK` / Constitutional Court, from the acronym data
/// of `selaras-lexicon`) or its initials (`BI` / Bank Indonesia), a demonym or spelling variant
/// (`Brazilian` / `Brasil`), a name written inside a longer one. What is left is major ("name
/// replaced") only when both sides keep a name that is no dictionary word (`Jakarta` became
/// `Surabaya`); capitalised common words (headline capitals, office titles) and names on one side
/// only are minor: translators drop titles, shorten `Retno Marsudi` to `Retno`, make referents
/// explicit, and a dropped sentence part is the omission check's to flag.
#[derive(Debug, Clone, Copy, Default)]
pub struct EntityMismatch;

impl Check for EntityMismatch {
    fn kind(&self) -> FlagKind {
        FlagKind::EntityMismatch
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        let Some(explanation) = bead.explanation else {
            return Vec::new();
        };
        let names = &explanation.names;
        if names.unmatched_src.is_empty() && names.unmatched_tgt.is_empty() {
            return Vec::new();
        }
        let src_other = OtherSide::of(&bead.tgt, bead.bead.tgt.clone());
        let tgt_other = OtherSide::of(&bead.src, bead.bead.src.clone());
        let src: Vec<_> = names
            .unmatched_src
            .iter()
            .filter(|t| !explained(t, &src_other))
            .cloned()
            .collect();
        let tgt: Vec<_> = names
            .unmatched_tgt
            .iter()
            .filter(|t| !explained(t, &tgt_other))
            .cloned()
            .collect();
        let strong_src = src.iter().any(|t| !common_word(t, bead.src.lang()));
        let strong_tgt = tgt.iter().any(|t| !common_word(t, bead.tgt.lang()));
        let (severity, message) = match (src.is_empty(), tgt.is_empty()) {
            (true, true) => return Vec::new(),
            (false, false) if strong_src || strong_tgt => (
                Severity::Major,
                format!(
                    "name replaced: source {} but translation {}",
                    words(&src),
                    words(&tgt)
                ),
            ),
            (false, false) => (
                Severity::Minor,
                format!(
                    "names differ, possibly a title or a common word in capitals: source {} but translation {}",
                    words(&src),
                    words(&tgt)
                ),
            ),
            (false, true) => (
                Severity::Minor,
                format!("name missing from the translation: {}", words(&src)),
            ),
            (true, false) => (
                Severity::Minor,
                format!("name in the translation has no source: {}", words(&tgt)),
            ),
        };
        vec![Flag {
            kind: FlagKind::EntityMismatch,
            severity,
            message,
            src_spans: src.iter().map(|t| bead.src.token_span(t)).collect(),
            tgt_spans: tgt.iter().map(|t| bead.tgt.token_span(t)).collect(),
        }]
    }
}
