//! Source content that the translation does not express.

use super::{BeadContext, Check, GapEvidence, quote, words};
use crate::boilerplate::boilerplate_opening;
use crate::{Flag, FlagKind, Severity};

/// A 1-0 bead (a source sentence with no translation) is a major omission (minor when the
/// sentence is site boilerplate). In a translated bead, a *partial* omission weighs the evidence
/// that the source says more than the translation (see [`GapEvidence`]): the translation is
/// shorter than the document's typical length ratio (see [`BeadContext::length_z`]), the source
/// is covered worse than the translation, source words are unexpressed, most of all in a run at
/// its start or end. When the evidence reaches the threshold, the omission is major.
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
        let missing: Vec<_> = explanation
            .unmatched_src
            .iter()
            .filter(|t| !super::is_discourse_word(&t.text))
            .cloned()
            .collect();
        let Some(gap) = self.partial.says_more(explanation, true, -bead.length_z()) else {
            return Vec::new();
        };
        let severity = bead.gap_severity(explanation);
        vec![Flag {
            kind: FlagKind::Omission,
            severity,
            message: format!(
                "part of the source is not expressed ({:.0}% of its content covered, {:.0}% of the translation's; {}): {}",
                100.0 * explanation.coverage_src,
                100.0 * explanation.coverage_tgt,
                gap.describe("the source"),
                words(&missing)
            ),
            src_spans: missing.iter().map(|t| bead.src.token_span(t)).collect(),
            tgt_spans: Vec::new(),
        }]
    }
}
