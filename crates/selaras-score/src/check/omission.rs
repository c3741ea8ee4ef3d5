//! Source content that the translation does not express.

use super::{BeadContext, Check, GapEvidence, quote, words};
use crate::boilerplate::boilerplate_opening;
use crate::{Flag, FlagKind, Severity};

/// A 1-0 bead (a source sentence with no translation) is a major omission (minor when the
/// sentence is site boilerplate). In a translated bead, a *partial* omission weighs two pieces of
/// evidence that the translation says less than the source: its content is covered better than
/// the source's (`coverage_tgt − coverage_src`, in units of `gap_unit`), and it is shorter than
/// the document's typical length ratio (in standard deviations, see
/// [`BeadContext::length_z`]), and a run of source words only the source has. When the evidence
/// reaches the threshold of [`GapEvidence`], the omission is major.
#[derive(Debug, Clone, Default)]
pub struct Omission {
    /// How much evidence a partial omission needs.
    pub partial: GapEvidence,
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
        let partial = self
            .partial
            .says_more(explanation, true, -bead.length_z(), missing.len());
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
