//! Names missing from the translation or replaced in it.

use super::{BeadContext, Check, words};
use crate::{Flag, FlagKind, Severity};

/// Names (capitalised words that are not common words) are matched by spelling, cognate
/// similarity and the lexicon. A name on each side without a counterpart means a name was
/// replaced: major. A name on one side only: minor (translators drop titles such as `Mr` and
/// make referents explicit; a dropped sentence part is the omission check's to flag).
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
        let (src, tgt) = (&names.unmatched_src, &names.unmatched_tgt);
        let (severity, message) = match (src.is_empty(), tgt.is_empty()) {
            (true, true) => return Vec::new(),
            (false, false) => (
                Severity::Major,
                format!(
                    "name replaced: source {} but translation {}",
                    words(src),
                    words(tgt)
                ),
            ),
            (false, true) => (
                Severity::Minor,
                format!("name missing from the translation: {}", words(src)),
            ),
            (true, false) => (
                Severity::Minor,
                format!("name in the translation has no source: {}", words(tgt)),
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
