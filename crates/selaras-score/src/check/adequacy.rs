//! Aligned text with little lexical correspondence.

use super::{BeadContext, Check};
use crate::{Flag, FlagKind, Severity};

/// Flags a translated bead whose lexical similarity is below `major_below` (major) or
/// `minor_below` (minor) although both sides have at least `min_words` content words: a possible
/// mistranslation. Omissions and additions that explain the gap are flagged by their own checks.
#[derive(Debug, Clone)]
pub struct LowAdequacy {
    /// Similarity below which the finding is major.
    pub major_below: f32,
    /// Similarity below which the finding is minor.
    pub minor_below: f32,
    /// Fewest content words on each side.
    pub min_words: usize,
}

impl Default for LowAdequacy {
    fn default() -> Self {
        Self {
            major_below: 0.05,
            minor_below: 0.2,
            min_words: 4,
        }
    }
}

impl Check for LowAdequacy {
    fn kind(&self) -> FlagKind {
        FlagKind::LowAdequacy
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        let Some(explanation) = bead.explanation else {
            return Vec::new();
        };
        let src_words = explanation.matches.len()
            + explanation.unmatched_src.len()
            + explanation.names.unmatched_src.len();
        let tgt_words = explanation.matches.len()
            + explanation.unmatched_tgt.len()
            + explanation.names.unmatched_tgt.len();
        if src_words < self.min_words
            || tgt_words < self.min_words
            || explanation.score >= self.minor_below
        {
            return Vec::new();
        }
        let severity = if explanation.score < self.major_below && bead.length_z().abs() >= 1.0 {
            Severity::Major
        } else {
            Severity::Minor
        };
        vec![Flag {
            kind: FlagKind::LowAdequacy,
            severity,
            message: format!(
                "little correspondence between source and translation (similarity {:.2}; {} word pairs matched): possible mistranslation",
                explanation.score,
                explanation.matches.len()
            ),
            src_spans: bead.src_spans(),
            tgt_spans: bead.tgt_spans(),
        }]
    }
}
