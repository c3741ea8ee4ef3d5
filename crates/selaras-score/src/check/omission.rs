//! Source content that the translation does not express.

use super::{BeadContext, Check, quote, words};
use crate::boilerplate::boilerplate_opening;
use crate::{Flag, FlagKind, Severity};

/// A 1-0 bead (a source sentence with no translation) is a major omission (minor when the
/// sentence is site boilerplate). In a translated bead, a *partial* omission is flagged when at
/// least `min_words` source content words are unexpressed and the source coverage is below
/// `max_coverage` while the target is covered clearly better (by `margin`): the translation says
/// less than the source.
#[derive(Debug, Clone)]
pub struct Omission {
    /// Fewest unexpressed source content words for a partial omission.
    pub min_words: usize,
    /// Source coverage below which a partial omission is considered.
    pub max_coverage: f32,
    /// How much better the target side must be covered than the source side.
    pub margin: f32,
}

impl Default for Omission {
    fn default() -> Self {
        Self {
            min_words: 3,
            max_coverage: 0.65,
            margin: 0.2,
        }
    }
}

impl Check for Omission {
    fn kind(&self) -> FlagKind {
        FlagKind::Omission
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        let Some(explanation) = bead.explanation else {
            if bead.bead.tgt.is_empty() && !bead.bead.src.is_empty() {
                let text = bead.src_text();
                let (severity, note) = match boilerplate_opening(&text) {
                    Some(opening) => (Severity::Minor, format!(" (site boilerplate: “{opening}…”)")),
                    None => (Severity::Major, String::new()),
                };
                return vec![Flag {
                    kind: FlagKind::Omission,
                    severity,
                    message: format!("not translated: {}{note}", quote(&text, 90)),
                    src_spans: bead.src_spans(),
                    tgt_spans: Vec::new(),
                }];
            }
            return Vec::new();
        };
        let missing = &explanation.unmatched_src;
        let partial = missing.len() >= self.min_words
            && explanation.coverage_src < self.max_coverage
            && explanation.coverage_tgt >= explanation.coverage_src + self.margin;
        if !partial {
            return Vec::new();
        }
        vec![Flag {
            kind: FlagKind::Omission,
            severity: Severity::Major,
            message: format!(
                "part of the source is not expressed ({:.0}% of its content covered, {:.0}% of the translation's): {}",
                100.0 * explanation.coverage_src,
                100.0 * explanation.coverage_tgt,
                words(missing)
            ),
            src_spans: missing.iter().map(|t| bead.src.token_span(t)).collect(),
            tgt_spans: Vec::new(),
        }]
    }
}
