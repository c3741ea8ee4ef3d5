//! Translation content with no source.

use super::{BeadContext, Check, quote, words};
use crate::boilerplate::boilerplate_opening;
use crate::{Flag, FlagKind, Severity};

/// A 0-1 bead (a target sentence with no source) is a major addition; when it is site
/// boilerplate ("Baca juga:", "MEMBACA") the message says so. In a translated bead, a *partial*
/// addition mirrors [`Omission`](super::Omission): many unexpressed target words, low target
/// coverage, the source covered clearly better.
#[derive(Debug, Clone)]
pub struct Addition {
    /// Fewest target content words without a source for a partial addition.
    pub min_words: usize,
    /// Target coverage below which a partial addition is considered.
    pub max_coverage: f32,
    /// How much better the source side must be covered than the target side.
    pub margin: f32,
}

impl Default for Addition {
    fn default() -> Self {
        Self {
            min_words: 3,
            max_coverage: 0.65,
            margin: 0.2,
        }
    }
}

impl Check for Addition {
    fn kind(&self) -> FlagKind {
        FlagKind::Addition
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        let Some(explanation) = bead.explanation else {
            if bead.bead.src.is_empty() && !bead.bead.tgt.is_empty() {
                let text = bead.tgt_text();
                let message = match boilerplate_opening(&text) {
                    Some(opening) => format!(
                        "added text with no source, site boilerplate (“{opening}…” link): {}",
                        quote(&text, 90)
                    ),
                    None => format!("added text with no source: {}", quote(&text, 90)),
                };
                return vec![Flag {
                    kind: FlagKind::Addition,
                    severity: Severity::Major,
                    message,
                    src_spans: Vec::new(),
                    tgt_spans: bead.tgt_spans(),
                }];
            }
            return Vec::new();
        };
        let extra = &explanation.unmatched_tgt;
        let partial = extra.len() >= self.min_words
            && explanation.coverage_tgt < self.max_coverage
            && explanation.coverage_src >= explanation.coverage_tgt + self.margin;
        if !partial {
            return Vec::new();
        }
        vec![Flag {
            kind: FlagKind::Addition,
            severity: Severity::Major,
            message: format!(
                "the translation adds content ({:.0}% of it has a source, {:.0}% of the source is covered): {}",
                100.0 * explanation.coverage_tgt,
                100.0 * explanation.coverage_src,
                words(extra)
            ),
            src_spans: Vec::new(),
            tgt_spans: extra.iter().map(|t| bead.tgt.token_span(t)).collect(),
        }]
    }
}
