//! Which aligned pairs a corpus keeps.

use selaras::{BeadReport, FlagKind};
use serde::{Deserialize, Serialize};

use crate::BatchError;

/// Why a bead is not in the corpus (the first reason that applies, in this order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DropReason {
    /// One side is empty (an omission or an addition): not a pair.
    Unaligned,
    /// Not one sentence on each side (`--one-to-one`).
    NotOneToOne,
    /// Alignment confidence below `--min-confidence`.
    MinConfidence,
    /// Bead score below `--min-score`.
    MinScore,
    /// Character length ratio above `--max-length-ratio`.
    MaxLengthRatio,
    /// A flag of a kind in `--drop-flags`.
    Flagged,
    /// The same texts were kept before (`--dedup`).
    Duplicate,
    /// The same texts up to case, spaces and punctuation were kept before (`--dedup`).
    NormalisedDuplicate,
}

impl DropReason {
    /// The name in the summary.
    pub fn name(self) -> &'static str {
        match self {
            DropReason::Unaligned => "unaligned",
            DropReason::NotOneToOne => "not_one_to_one",
            DropReason::MinConfidence => "min_confidence",
            DropReason::MinScore => "min_score",
            DropReason::MaxLengthRatio => "max_length_ratio",
            DropReason::Flagged => "drop_flags",
            DropReason::Duplicate => "duplicate",
            DropReason::NormalisedDuplicate => "normalised_duplicate",
        }
    }
}

/// The filters of a run. The defaults keep every pair with both sides.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Filters {
    /// Smallest bead score kept.
    pub min_score: Option<f32>,
    /// Smallest alignment confidence kept.
    pub min_confidence: Option<f32>,
    /// Largest ratio of the longer side's characters to the shorter side's.
    pub max_length_ratio: Option<f32>,
    /// Keep 1-1 beads only.
    pub one_to_one: bool,
    /// Drop beads with a flag of one of these kinds.
    pub drop_flags: Vec<FlagKind>,
}

/// A flag kind by its snake_case name (`number_mismatch`).
pub fn parse_flag_kind(name: &str) -> Result<FlagKind, BatchError> {
    FlagKind::ALL
        .into_iter()
        .find(|kind| kind.name() == name.trim())
        .ok_or_else(|| {
            let names: Vec<&str> = FlagKind::ALL.iter().map(|k| k.name()).collect();
            BatchError::Setting(format!(
                "unknown flag kind {name:?}; the kinds are {}",
                names.join(", ")
            ))
        })
}

fn char_ratio(src: &str, tgt: &str) -> f32 {
    let (a, b) = (src.chars().count().max(1), tgt.chars().count().max(1));
    a.max(b) as f32 / a.min(b) as f32
}

impl Filters {
    /// Checks the settings: thresholds must be numbers, ratios at least 1.
    pub fn validate(&self) -> Result<(), BatchError> {
        for (name, value) in [
            ("--min-score", self.min_score),
            ("--min-confidence", self.min_confidence),
        ] {
            if let Some(v) = value
                && !(0.0..=1.0).contains(&v)
            {
                return Err(BatchError::Setting(format!("{name} {v} is outside [0, 1]")));
            }
        }
        if let Some(r) = self.max_length_ratio
            && !(r >= 1.0 && r.is_finite())
        {
            return Err(BatchError::Setting(format!(
                "--max-length-ratio {r} must be a number of at least 1"
            )));
        }
        Ok(())
    }

    /// `None` to keep the bead, else the first reason to drop it.
    pub fn check(&self, bead: &BeadReport) -> Option<DropReason> {
        if bead.src.is_empty() || bead.tgt.is_empty() {
            return Some(DropReason::Unaligned);
        }
        if self.one_to_one && (bead.src.len() != 1 || bead.tgt.len() != 1) {
            return Some(DropReason::NotOneToOne);
        }
        if self.min_confidence.is_some_and(|m| bead.confidence < m) {
            return Some(DropReason::MinConfidence);
        }
        if self.min_score.is_some_and(|m| bead.score < m) {
            return Some(DropReason::MinScore);
        }
        if self
            .max_length_ratio
            .is_some_and(|m| char_ratio(&bead.src_text, &bead.tgt_text) > m)
        {
            return Some(DropReason::MaxLengthRatio);
        }
        if bead
            .flags
            .iter()
            .any(|flag| self.drop_flags.contains(&flag.kind))
        {
            return Some(DropReason::Flagged);
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bead(src: &[usize], tgt: &[usize], confidence: f32, score: f32) -> BeadReport {
        BeadReport {
            src: src.to_vec(),
            tgt: tgt.to_vec(),
            src_text: "Power was cut in Kyiv.".into(),
            tgt_text: "Listrik padam.".into(),
            confidence,
            score,
            similarity: 0.5,
            coverage_src: 1.0,
            coverage_tgt: 1.0,
            flags: Vec::new(),
        }
    }

    #[test]
    fn reasons_in_order() {
        let filters = Filters {
            min_score: Some(0.5),
            min_confidence: Some(0.9),
            max_length_ratio: Some(1.5),
            one_to_one: true,
            drop_flags: vec![FlagKind::NumberMismatch],
        };
        let cases = [
            (
                "null",
                bead(&[0], &[], 1.0, 0.0),
                Some(DropReason::Unaligned),
            ),
            (
                "2-1",
                bead(&[0, 1], &[0], 1.0, 1.0),
                Some(DropReason::NotOneToOne),
            ),
            (
                "unsure",
                bead(&[0], &[0], 0.5, 1.0),
                Some(DropReason::MinConfidence),
            ),
            (
                "poor",
                bead(&[0], &[0], 1.0, 0.3),
                Some(DropReason::MinScore),
            ),
            (
                "long",
                bead(&[0], &[0], 1.0, 1.0),
                Some(DropReason::MaxLengthRatio),
            ),
        ];
        for (name, bead, want) in cases {
            assert_eq!(filters.check(&bead), want, "{name}");
        }
        assert_eq!(Filters::default().check(&bead(&[0], &[0], 0.1, 0.1)), None);
    }

    #[test]
    fn flag_names() {
        assert_eq!(
            parse_flag_kind("number_mismatch").ok(),
            Some(FlagKind::NumberMismatch)
        );
        assert!(parse_flag_kind("numbers").is_err());
    }
}
