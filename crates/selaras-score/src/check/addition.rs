//! Translation content with no source.

use super::{BeadContext, Check, GapEvidence, quote, words};
use crate::boilerplate::boilerplate_opening;
use crate::{Flag, FlagKind, Severity};

/// A 0-1 bead (a target sentence with no source) is a major addition; when it is site
/// boilerplate ("Baca juga:", "MEMBACA") the message says so, also when the boilerplate line was
/// aligned together with a translated sentence. In a translated bead, a *partial* addition
/// mirrors [`Omission`](super::Omission) with the sides swapped (see [`GapEvidence`]).
#[derive(Debug, Clone, Default)]
pub struct Addition {
    /// How much evidence a partial addition needs.
    pub partial: GapEvidence,
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
        // Boilerplate merged into a translated bead is still an addition.
        let boilerplate: Vec<usize> = bead
            .bead
            .tgt
            .clone()
            .filter(|&k| boilerplate_opening(bead.tgt.raw(k)).is_some())
            .collect();
        if !boilerplate.is_empty() && bead.bead.tgt.len() > boilerplate.len() {
            let k = boilerplate[0];
            let text = bead.tgt.raw(k);
            return vec![Flag {
                kind: FlagKind::Addition,
                severity: Severity::Major,
                message: format!(
                    "added text with no source, site boilerplate (“{}…” link): {}",
                    boilerplate_opening(text).unwrap_or_default(),
                    quote(text, 90)
                ),
                src_spans: Vec::new(),
                tgt_spans: boilerplate
                    .iter()
                    .map(|&k| bead.tgt.sentence_span(k))
                    .collect(),
            }];
        }
        let extra: Vec<_> = explanation
            .unmatched_tgt
            .iter()
            .filter(|t| !super::is_discourse_word(&t.text))
            .cloned()
            .collect();
        let Some(gap) = self.partial.says_more(explanation, false, bead.length_z()) else {
            return Vec::new();
        };
        let severity = bead.gap_severity(explanation);
        vec![Flag {
            kind: FlagKind::Addition,
            severity,
            message: format!(
                "the translation adds content ({:.0}% of it has a source, {:.0}% of the source is covered; {}): {}",
                100.0 * explanation.coverage_tgt,
                100.0 * explanation.coverage_src,
                gap.describe("the translation"),
                words(&extra)
            ),
            src_spans: Vec::new(),
            tgt_spans: extra.iter().map(|t| bead.tgt.token_span(t)).collect(),
        }]
    }
}
