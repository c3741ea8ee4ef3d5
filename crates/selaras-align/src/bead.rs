use std::ops::Range;

use serde::Serialize;

/// One bead of an alignment: a run of source sentences and the run of target sentences that
/// translates it. Either run may be empty (an omission `1-0` or an addition `0-1`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bead {
    /// Source sentence indices.
    pub src: Range<usize>,
    /// Target sentence indices.
    pub tgt: Range<usize>,
    /// Posterior probability of the bead under the alignment model, in [0, 1].
    pub confidence: f32,
}

impl Bead {
    /// A bead with confidence 1.
    pub fn new(src: Range<usize>, tgt: Range<usize>) -> Self {
        Self {
            src,
            tgt,
            confidence: 1.0,
        }
    }

    /// `(source count, target count)`: `(1, 1)` for 1-1, `(1, 0)` for an omission.
    pub fn shape(&self) -> (usize, usize) {
        (self.src.len(), self.tgt.len())
    }

    /// True for 1-0 and 0-1 beads.
    pub fn is_null(&self) -> bool {
        self.src.is_empty() || self.tgt.is_empty()
    }
}

/// A monotonic alignment: beads in order, covering every sentence of both sides exactly once.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Alignment {
    /// The beads, in document order.
    pub beads: Vec<Bead>,
}

impl Alignment {
    /// Checks that the beads cover `0..src_len` and `0..tgt_len` in order, each sentence once.
    pub fn is_complete(&self, src_len: usize, tgt_len: usize) -> bool {
        let (mut i, mut j) = (0, 0);
        for bead in &self.beads {
            if bead.src.start != i
                || bead.tgt.start != j
                || (bead.src.is_empty() && bead.tgt.is_empty())
            {
                return false;
            }
            i = bead.src.end;
            j = bead.tgt.end;
        }
        i == src_len && j == tgt_len
    }
}
