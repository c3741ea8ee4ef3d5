//! sacrebleu's beam edit distance between a hypothesis and a reference (word ids), with the
//! operations for the trace. Only the cells inside the beam are stored: row `i` (hypothesis
//! position) covers reference positions `lo[i]..hi[i]` around the length-scaled diagonal, and
//! every cell outside is infinitely far, as sacrebleu's rows of infinities are. Memory is
//! O(n · beam + m), not O(n · m).

/// sacrebleu's beam half-width.
const BEAM_WIDTH: usize = 25;
/// The cost of cells outside the beam (sacrebleu's `_INT_INFINITY`).
const INFINITY: u64 = 10_000_000_000_000_000;

/// Edit operations, as the hypothesis-to-reference matrix records them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Op {
    /// Words equal.
    Keep,
    /// Substitution.
    Sub,
    /// A reference word consumed (insertion).
    Ins,
    /// A hypothesis word consumed (deletion).
    Del,
    /// Outside the beam.
    Undef,
}

/// The beam edit distance matrix of hypotheses of length `n` against a reference of length `m`:
/// rows 0..=n, row `i` stored in `cost[start[i]..start[i + 1]]` for columns `lo[i]..hi[i]`.
#[derive(Debug)]
pub(super) struct Matrix {
    m: usize,
    lo: Vec<usize>,
    hi: Vec<usize>,
    start: Vec<usize>,
    cost: Vec<u64>,
    op: Vec<Op>,
    /// Two rolling rows for [`Matrix::distance_after`].
    scratch: [Vec<u64>; 2],
}

impl Matrix {
    /// The beam for `n` hypothesis words against `m` reference words, row 0 filled (all
    /// insertions).
    pub(super) fn new(n: usize, m: usize) -> Self {
        let ratio = if n == 0 { 1.0 } else { m as f64 / n as f64 };
        // With very different lengths, sacrebleu widens the beam so that rows still overlap.
        let beam = if (BEAM_WIDTH as f64) < ratio / 2.0 {
            (ratio / 2.0 + BEAM_WIDTH as f64).ceil() as usize
        } else {
            BEAM_WIDTH
        };
        let (mut lo, mut hi, mut start) = (
            Vec::with_capacity(n + 1),
            Vec::with_capacity(n + 1),
            Vec::with_capacity(n + 2),
        );
        start.push(0);
        for i in 0..=n {
            let (row_lo, row_hi) = if i == 0 {
                (0, m + 1)
            } else {
                let diagonal = (i as f64 * ratio).floor() as usize;
                let row_lo = diagonal.saturating_sub(beam).min(m + 1);
                let row_hi = if i == n {
                    m + 1
                } else {
                    (diagonal + beam).min(m + 1)
                };
                (row_lo, row_hi.max(row_lo))
            };
            lo.push(row_lo);
            hi.push(row_hi);
            start.push(start[i] + row_hi - row_lo);
        }
        let cells = start[n + 1];
        let mut matrix = Self {
            m,
            lo,
            hi,
            start,
            cost: vec![INFINITY; cells],
            op: vec![Op::Undef; cells],
            scratch: [Vec::new(), Vec::new()],
        };
        for j in 0..=m {
            matrix.cost[j] = j as u64;
            matrix.op[j] = Op::Ins;
        }
        matrix
    }

    /// Cells stored (for the memory bound).
    #[cfg(test)]
    pub(super) fn cells(&self) -> usize {
        self.cost.len()
    }

    fn n(&self) -> usize {
        self.lo.len() - 1
    }

    /// Recomputes rows `from + 1..=n` for `hyp` (rows up to `from` are kept).
    pub(super) fn fill(&mut self, hyp: &[u32], reference: &[u32], from: usize) {
        for i in from + 1..=self.n() {
            let (before, row) = self.cost.split_at_mut(self.start[i]);
            let previous = &before[self.start[i - 1]..];
            let row = &mut row[..self.hi[i] - self.lo[i]];
            let ops = &mut self.op[self.start[i]..self.start[i + 1]];
            let bounds = Bounds {
                lo: self.lo[i],
                prev_lo: self.lo[i - 1],
            };
            bounds.row(hyp[i - 1], reference, previous, row, Some(ops));
        }
    }

    /// The edit distance of `hyp`, whose first `from` words are those this matrix was filled
    /// with, computed from row `from` on two rolling rows without touching the matrix (shift
    /// candidates need only the distance).
    pub(super) fn distance_after(&mut self, hyp: &[u32], reference: &[u32], from: usize) -> u64 {
        let n = self.n();
        if from >= n {
            return self.distance();
        }
        let [mut previous, mut current] = std::mem::take(&mut self.scratch);
        previous.clear();
        previous.extend_from_slice(&self.cost[self.start[from]..self.start[from + 1]]);
        for i in from + 1..=n {
            current.clear();
            current.resize(self.hi[i] - self.lo[i], INFINITY);
            let bounds = Bounds {
                lo: self.lo[i],
                prev_lo: self.lo[i - 1],
            };
            bounds.row(hyp[i - 1], reference, &previous, &mut current, None);
            std::mem::swap(&mut previous, &mut current);
        }
        let distance = previous.last().copied().unwrap_or(INFINITY);
        self.scratch = [previous, current];
        distance
    }

    /// The cost at (n, m).
    pub(super) fn distance(&self) -> u64 {
        self.cost.last().copied().unwrap_or(INFINITY)
    }

    fn op_at(&self, i: usize, j: usize) -> Op {
        if (self.lo[i]..self.hi[i]).contains(&j) {
            self.op[self.start[i] + j - self.lo[i]]
        } else {
            Op::Undef
        }
    }

    /// The operations from (0, 0) to (n, m), in order.
    pub(super) fn trace(&self) -> Vec<Op> {
        let (mut i, mut j) = (self.n(), self.m);
        let mut ops = Vec::with_capacity(i + j);
        while i > 0 || j > 0 {
            let op = self.op_at(i, j);
            ops.push(op);
            match op {
                Op::Keep | Op::Sub => {
                    i -= 1;
                    j -= 1;
                }
                Op::Ins => j -= 1,
                Op::Del | Op::Undef => i -= 1,
            }
        }
        ops.reverse();
        ops
    }
}

/// Where a row and the row above it start.
struct Bounds {
    lo: usize,
    prev_lo: usize,
}

impl Bounds {
    /// Fills `row` (columns `lo..lo + row.len()`, all infinite on entry) for hypothesis word
    /// `word` from `previous` (columns `prev_lo..prev_lo + previous.len()`), recording the
    /// operations in `ops` if given. sacrebleu's order of preference on equal cost: keep or
    /// substitute, then delete, then insert.
    fn row(
        &self,
        word: u32,
        reference: &[u32],
        previous: &[u64],
        row: &mut [u64],
        mut ops: Option<&mut [Op]>,
    ) {
        let above = |j: usize| {
            j.checked_sub(self.prev_lo)
                .and_then(|k| previous.get(k))
                .copied()
                .unwrap_or(INFINITY)
        };
        let mut left = INFINITY;
        for (k, cell) in row.iter_mut().enumerate() {
            let j = self.lo + k;
            let (cost, op) = if j == 0 {
                (above(0) + 1, Op::Del)
            } else {
                let (diagonal, op) = if word == reference[j - 1] {
                    (above(j - 1), Op::Keep)
                } else {
                    (above(j - 1) + 1, Op::Sub)
                };
                let mut best = (INFINITY, Op::Undef);
                for option in [(diagonal, op), (above(j) + 1, Op::Del), (left + 1, Op::Ins)] {
                    if best.0 > option.0 {
                        best = option;
                    }
                }
                best
            };
            *cell = cost;
            if let Some(ops) = ops.as_deref_mut() {
                ops[k] = op;
            }
            left = cost;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// sacrebleu's beam for `n` hypothesis and `m` reference words.
    fn beam(n: usize, m: usize) -> usize {
        let ratio = if n == 0 { 1.0 } else { m as f64 / n as f64 };
        BEAM_WIDTH.max((ratio / 2.0 + BEAM_WIDTH as f64).ceil() as usize)
    }

    #[test]
    fn only_the_beam_is_stored() {
        for (n, m) in [
            (20_000, 20_000),
            (20_000, 19_000),
            (19_000, 20_000),
            (100, 20_000),
            (20_000, 100),
            (200_000, 200_000),
            (3, 3),
            (0, 5),
            (5, 0),
        ] {
            let cells = Matrix::new(n, m).cells();
            // Rows 1..n: at most 2 * beam cells; rows 0 and n: all m + 1.
            let bound = n.saturating_sub(1) * 2 * beam(n, m) + 2 * (m + 1);
            assert!(cells <= bound, "{n}x{m}: {cells} cells > {bound}");
        }
        // 200k words against 200k: about 20M cells (sacrebleu's full matrix: 40G).
        assert!(Matrix::new(200_000, 200_000).cells() < 10_500_000);
    }

    #[test]
    fn the_banded_distance_equals_the_full_one_near_the_diagonal() {
        // Plain Levenshtein distance on a full matrix; with differences closer than the beam to
        // the diagonal, the banded matrix gives the same.
        fn levenshtein(a: &[u32], b: &[u32]) -> u64 {
            let mut row: Vec<u64> = (0..=b.len() as u64).collect();
            for (i, x) in a.iter().enumerate() {
                let mut previous = row[0];
                row[0] = i as u64 + 1;
                for (j, y) in b.iter().enumerate() {
                    let next = (previous + u64::from(x != y))
                        .min(row[j] + 1)
                        .min(row[j + 1] + 1);
                    previous = row[j + 1];
                    row[j + 1] = next;
                }
            }
            row[b.len()]
        }
        let reference: Vec<u32> = (0..300).map(|k| k % 17).collect();
        let mut hyp = reference.clone();
        hyp.retain(|&w| w != 3);
        hyp.iter_mut().step_by(7).for_each(|w| *w = 99);
        let mut matrix = Matrix::new(hyp.len(), reference.len());
        matrix.fill(&hyp, &reference, 0);
        assert_eq!(matrix.distance(), levenshtein(&hyp, &reference));
        // The rolling-row distance of a changed suffix equals a full refill.
        let mut changed = hyp.clone();
        changed[200..].reverse();
        let rolling = matrix.distance_after(&changed, &reference, 200);
        matrix.fill(&changed, &reference, 200);
        assert_eq!(rolling, matrix.distance());
        assert_eq!(rolling, levenshtein(&changed, &reference));
    }
}
