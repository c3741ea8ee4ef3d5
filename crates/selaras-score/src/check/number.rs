//! Numbers that differ after locale-aware normalisation.

use super::{BeadContext, Check, words};
use crate::{Flag, FlagKind, Severity};

/// Numbers are compared by value (`2,5` = `2.5`, `delapan` = `8`, `1.000` = `1,000`). A number on
/// each side without a counterpart means a number was changed: critical (`653` became `635`).
/// A number on one side only was dropped or added, or rephrased (`satu` is as often "a" as
/// "one"): minor.
#[derive(Debug, Clone, Copy, Default)]
pub struct NumberMismatch;

impl Check for NumberMismatch {
    fn kind(&self) -> FlagKind {
        FlagKind::NumberMismatch
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        let Some(explanation) = bead.explanation else {
            return Vec::new();
        };
        let numbers = &explanation.numbers;
        let (src, tgt) = (&numbers.unmatched_src, &numbers.unmatched_tgt);
        let (severity, message) = match (src.is_empty(), tgt.is_empty()) {
            (true, true) => return Vec::new(),
            (false, false) => (
                Severity::Critical,
                format!(
                    "number changed: source {} but translation {}",
                    words(src),
                    words(tgt)
                ),
            ),
            (false, true) => (
                Severity::Minor,
                format!("number missing from the translation: {}", words(src)),
            ),
            (true, false) => (
                Severity::Minor,
                format!("number in the translation has no source: {}", words(tgt)),
            ),
        };
        vec![Flag {
            kind: FlagKind::NumberMismatch,
            severity,
            message,
            src_spans: src.iter().map(|t| bead.src.token_span(t)).collect(),
            tgt_spans: tgt.iter().map(|t| bead.tgt.token_span(t)).collect(),
        }]
    }
}
