//! A length ratio far outside the document's own distribution.

use super::{BeadContext, Check};
use crate::{Flag, FlagKind, Severity};

/// Flags a translated bead whose `ln(target chars / source chars)` lies more than `max_z`
/// robust standard deviations from the document's median (computed over its 1-1 beads; needs at
/// least `min_beads` of them). Minor: length alone says little about meaning.
#[derive(Debug, Clone)]
pub struct LengthRatio {
    /// How many robust standard deviations count as far.
    pub max_z: f64,
    /// Fewest 1-1 beads for the document's distribution to be trusted.
    pub min_beads: usize,
}

impl Default for LengthRatio {
    fn default() -> Self {
        Self {
            max_z: 4.0,
            min_beads: 8,
        }
    }
}

impl Check for LengthRatio {
    fn kind(&self) -> FlagKind {
        FlagKind::LengthRatio
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        let stats = bead.length;
        if bead.explanation.is_none() || stats.beads < self.min_beads || stats.spread <= 0.0 {
            return Vec::new();
        }
        let (src, tgt) = (
            bead.src_text().chars().count(),
            bead.tgt_text().chars().count(),
        );
        let ratio = (tgt.max(1) as f64 / src.max(1) as f64).ln();
        let z = (ratio - stats.median) / stats.spread;
        if z.abs() <= self.max_z {
            return Vec::new();
        }
        let typical = stats.median.exp();
        vec![Flag {
            kind: FlagKind::LengthRatio,
            severity: Severity::Minor,
            message: format!(
                "the translation is {:.1}× the source's length where this document's typical ratio is {typical:.2}",
                tgt as f64 / src.max(1) as f64
            ),
            src_spans: bead.src_spans(),
            tgt_spans: bead.tgt_spans(),
        }]
    }
}
