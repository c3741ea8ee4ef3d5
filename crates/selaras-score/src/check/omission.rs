//! Source content that the translation does not express.

use super::{BeadContext, Check, quote, words};
use crate::boilerplate::boilerplate_opening;
use crate::{Flag, FlagKind, Severity};

/// A 1-0 bead (a source sentence with no translation) is a major omission (minor when the
/// sentence is site boilerplate). In a translated bead, a *partial* omission weighs two pieces of
/// evidence that the translation says less than the source: its content is covered better than
/// the source's (`coverage_tgt − coverage_src`, in units of `gap_unit`), and it is shorter than
/// the document's typical length ratio (in standard deviations, see
/// [`BeadContext::length_z`]). When their sum reaches `threshold` and at least `min_words`
/// source content words are unexpressed, the omission is major.
#[derive(Debug, Clone)]
pub struct Omission {
    /// Fewest unexpressed source content words for a partial omission.
    pub min_words: usize,
    /// Coverage difference worth one unit of evidence.
    pub gap_unit: f32,
    /// Evidence needed.
    pub threshold: f64,
    /// Evidence per word of the longest run of unexpressed words beyond the first three.
    pub run_weight: f64,
}

/// Words of an unexpressed run that count for nothing (scattered misses are normal).
const RUN_FREE: usize = 3;

impl Default for Omission {
    fn default() -> Self {
        Self {
            min_words: 2,
            gap_unit: 0.1,
            threshold: 3.5,
            run_weight: 0.5,
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
                    Some(opening) => (
                        Severity::Minor,
                        format!(" (site boilerplate: “{opening}…”)"),
                    ),
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
        let gap = explanation.coverage_tgt - explanation.coverage_src;
        // A clause lost (or added) leaves a run of unexpressed words on one side only; loose
        // translations leave runs on both.
        let run = super::unmatched_run(explanation, true)
            .saturating_sub(super::unmatched_run(explanation, false) / 2);
        let evidence = f64::from(gap / self.gap_unit) - bead.length_z()
            + self.run_weight * run.saturating_sub(RUN_FREE) as f64;
        let partial = missing.len() >= self.min_words && evidence >= self.threshold;
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
