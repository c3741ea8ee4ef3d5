//! Dynamic programming over a corridor of the alignment matrix: only cells near a guide path are
//! stored, so time and memory grow with `n × width`, not `n × m`.

use rayon::prelude::*;

/// For each source position `i` (0..=n), the target positions `lo[i]..=hi[i]` kept; both bounds
/// are non-decreasing in `i`, and the corridor holds (0, 0) and (n, m).
#[derive(Debug, Clone)]
pub(crate) struct Corridor {
    lo: Vec<usize>,
    hi: Vec<usize>,
    offset: Vec<usize>,
    m: usize,
}

impl Corridor {
    fn from_bounds(lo: Vec<usize>, hi: Vec<usize>, m: usize) -> Self {
        let mut offset = Vec::with_capacity(lo.len() + 1);
        let mut total = 0;
        for (l, h) in lo.iter().zip(&hi) {
            offset.push(total);
            total += h - l + 1;
        }
        offset.push(total);
        Self { lo, hi, offset, m }
    }

    /// A band of half-width `w` around the straight diagonal from (0, 0) to (n, m).
    pub fn diagonal(n: usize, m: usize, w: usize) -> Self {
        let path: Vec<(usize, usize)> = (0..=n)
            .map(|i| (i, (i * m).checked_div(n).unwrap_or(m)))
            .collect();
        let mut corridor = Self::around(n, m, &path, w);
        // The diagonal of an empty source must still reach (0, m).
        if n == 0 {
            corridor = Self::from_bounds(vec![0], vec![m], m);
        }
        corridor
    }

    /// A band of half-width `w` around a monotone path of (i, j) points that starts at (0, 0)
    /// and ends at (n, m).
    pub fn around(n: usize, m: usize, path: &[(usize, usize)], w: usize) -> Self {
        let mut min_j = vec![usize::MAX; n + 1];
        let mut max_j = vec![0usize; n + 1];
        for &(i, j) in path {
            min_j[i] = min_j[i].min(j);
            max_j[i] = max_j[i].max(j);
        }
        // Rows the path jumps over (it never does, but stay safe) inherit the previous row's.
        for i in 1..=n {
            if min_j[i] == usize::MAX {
                min_j[i] = max_j[i - 1];
                max_j[i] = max_j[i - 1];
            }
        }
        if min_j[0] == usize::MAX {
            min_j[0] = 0;
        }
        let mut lo: Vec<usize> = min_j.iter().map(|&j| j.saturating_sub(w)).collect();
        let mut hi: Vec<usize> = max_j.iter().map(|&j| (j + w).min(m)).collect();
        lo[0] = 0;
        hi[n] = m;
        for i in 1..=n {
            lo[i] = lo[i].max(lo[i - 1]);
            hi[i] = hi[i].max(hi[i - 1]);
        }
        for i in (0..n).rev() {
            lo[i] = lo[i].min(lo[i + 1]);
        }
        for i in 0..=n {
            hi[i] = hi[i].max(lo[i]);
        }
        Self::from_bounds(lo, hi, m)
    }

    pub fn rows(&self) -> usize {
        self.lo.len()
    }

    pub fn cells(&self) -> usize {
        self.offset[self.rows()]
    }

    pub fn contains(&self, i: usize, j: usize) -> bool {
        i < self.rows() && j >= self.lo[i] && j <= self.hi[i]
    }

    pub fn index(&self, i: usize, j: usize) -> usize {
        self.offset[i] + (j - self.lo[i])
    }

    pub fn row(&self, i: usize) -> std::ops::RangeInclusive<usize> {
        self.lo[i]..=self.hi[i]
    }

    /// True when a path runs along a bound that is not the matrix border: the corridor may be
    /// too narrow there.
    pub fn touches_edge(&self, path: &[(usize, usize)]) -> bool {
        path.iter()
            .any(|&(i, j)| (j == self.lo[i] && j > 0) || (j == self.hi[i] && j < self.m))
    }
}

/// The cheapest path through `corridor` with costs computed on the fly (for cheap cost
/// functions: nothing but the path costs and back pointers is stored). Returns the path's points
/// from (0, 0) to (n, m).
pub(crate) fn cheapest_path<F>(
    corridor: &Corridor,
    shapes: &[(usize, usize)],
    cost: F,
) -> Vec<(usize, usize)>
where
    F: Fn(usize, usize, usize, usize) -> f32,
{
    let beads = cheapest_beads(corridor, shapes, cost);
    let mut points: Vec<(usize, usize)> = beads.iter().map(|&(i, j, _)| (i, j)).collect();
    points.push((corridor.rows() - 1, corridor.m));
    points
}

/// The cheapest path's beads as (start i, start j, shape index), in order; `cost(i, j, a, b)` is
/// the cost of the bead of shape (a, b) starting at (i, j).
fn cheapest_beads<F>(
    corridor: &Corridor,
    shapes: &[(usize, usize)],
    cost: F,
) -> Vec<(usize, usize, usize)>
where
    F: Fn(usize, usize, usize, usize) -> f32,
{
    let mut best = vec![f32::INFINITY; corridor.cells()];
    let mut back = vec![u8::MAX; corridor.cells()];
    best[0] = 0.0;
    for i in 0..corridor.rows() {
        for j in corridor.row(i) {
            let cell = corridor.index(i, j);
            if cell == 0 {
                continue;
            }
            for (s, &(a, b)) in shapes.iter().enumerate() {
                if i < a || j < b || !corridor.contains(i - a, j - b) {
                    continue;
                }
                let total = best[corridor.index(i - a, j - b)] + cost(i - a, j - b, a, b);
                if total < best[cell] {
                    best[cell] = total;
                    back[cell] = u8::try_from(s).unwrap_or(u8::MAX);
                }
            }
        }
    }
    let (mut i, mut j) = (corridor.rows() - 1, corridor.m);
    let mut beads = Vec::new();
    while (i, j) != (0, 0) {
        let s = back[corridor.index(i, j)] as usize;
        let Some(&(a, b)) = shapes.get(s) else {
            break; // unreachable end: no path (cannot happen with null beads allowed)
        };
        i -= a;
        j -= b;
        beads.push((i, j, s));
    }
    beads.reverse();
    beads
}

/// Bead costs of every corridor cell and shape: `costs[cell * shapes.len() + k]` is the cost of
/// the bead of shape `shapes[k]` that ends at that cell (infinite where it cannot start inside
/// the corridor).
pub(crate) struct Lattice {
    pub corridor: Corridor,
    pub shapes: Vec<(usize, usize)>,
    pub costs: Vec<f32>,
}

impl Lattice {
    /// Computes all bead costs, rows in parallel.
    pub fn build<F>(corridor: Corridor, shapes: Vec<(usize, usize)>, cost: F) -> Self
    where
        F: Fn(usize, usize, usize, usize) -> f32 + Sync,
    {
        let k = shapes.len();
        let mut costs = vec![f32::INFINITY; corridor.cells() * k];
        let mut rows: Vec<(usize, &mut [f32])> = Vec::with_capacity(corridor.rows());
        let mut rest = costs.as_mut_slice();
        for i in 0..corridor.rows() {
            let len = (corridor.row(i).end() - corridor.row(i).start() + 1) * k;
            let (row, tail) = rest.split_at_mut(len);
            rows.push((i, row));
            rest = tail;
        }
        rows.into_par_iter().for_each(|(i, row)| {
            for (c, j) in corridor.row(i).enumerate() {
                for (s, &(a, b)) in shapes.iter().enumerate() {
                    if i >= a && j >= b && (a, b) != (0, 0) && corridor.contains(i - a, j - b) {
                        row[c * k + s] = cost(i - a, j - b, a, b);
                    }
                }
            }
        });
        Self {
            corridor,
            shapes,
            costs,
        }
    }

    fn cost(&self, cell: usize, shape: usize) -> f32 {
        self.costs[cell * self.shapes.len() + shape]
    }

    /// The cheapest path: its beads as (start i, start j, shape index), in order.
    pub fn viterbi(&self) -> Vec<(usize, usize, usize)> {
        let side = self
            .shapes
            .iter()
            .map(|&(a, b)| a.max(b))
            .max()
            .unwrap_or(0)
            + 1;
        let mut shape_index = vec![usize::MAX; side * side];
        for (k, &(a, b)) in self.shapes.iter().enumerate() {
            shape_index[a * side + b] = k;
        }
        cheapest_beads(&self.corridor, &self.shapes, |i, j, a, b| {
            let cell = self.corridor.index(i + a, j + b);
            self.cost(cell, shape_index[a * side + b])
        })
    }

    /// Posterior probability of each bead of `path` at temperature `t` (forward-backward over
    /// the corridor, costs read as negative log-potentials divided by `t`).
    pub fn posteriors(&self, path: &[(usize, usize, usize)], t: f32) -> Vec<f32> {
        let corridor = &self.corridor;
        let t = f64::from(t.max(1e-3));
        let cells = corridor.cells();
        let mut forward = vec![f64::NEG_INFINITY; cells];
        forward[0] = 0.0;
        for i in 0..corridor.rows() {
            for j in corridor.row(i) {
                let cell = corridor.index(i, j);
                if cell == 0 {
                    continue;
                }
                let mut acc = f64::NEG_INFINITY;
                for (s, &(a, b)) in self.shapes.iter().enumerate() {
                    let cost = self.cost(cell, s);
                    if cost.is_finite() {
                        acc = log_add(
                            acc,
                            forward[corridor.index(i - a, j - b)] - f64::from(cost) / t,
                        );
                    }
                }
                forward[cell] = acc;
            }
        }
        let mut backward = vec![f64::NEG_INFINITY; cells];
        backward[cells - 1] = 0.0;
        for i in (0..corridor.rows()).rev() {
            for j in corridor.row(i).rev() {
                let cell = corridor.index(i, j);
                if backward[cell] == f64::NEG_INFINITY {
                    continue;
                }
                for (s, &(a, b)) in self.shapes.iter().enumerate() {
                    let cost = self.cost(cell, s);
                    if cost.is_finite() {
                        let prev = corridor.index(i - a, j - b);
                        backward[prev] =
                            log_add(backward[prev], backward[cell] - f64::from(cost) / t);
                    }
                }
            }
        }
        let total = forward[cells - 1];
        path.iter()
            .map(|&(i, j, s)| {
                let (a, b) = self.shapes[s];
                let end = corridor.index(i + a, j + b);
                let start = corridor.index(i, j);
                let log_p =
                    forward[start] - f64::from(self.cost(end, s)) / t + backward[end] - total;
                log_p.exp().clamp(0.0, 1.0) as f32
            })
            .collect()
    }
}

fn log_add(a: f64, b: f64) -> f64 {
    if a == f64::NEG_INFINITY {
        return b;
    }
    if b == f64::NEG_INFINITY {
        return a;
    }
    let (hi, lo) = if a > b { (a, b) } else { (b, a) };
    hi + (lo - hi).exp().ln_1p()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corridor_bounds_are_monotone_and_hold_the_corners() {
        let corridor = Corridor::diagonal(10, 20, 2);
        assert!(corridor.contains(0, 0) && corridor.contains(10, 20));
        for i in 1..corridor.rows() {
            assert!(corridor.row(i).start() >= corridor.row(i - 1).start());
            assert!(corridor.row(i).end() >= corridor.row(i - 1).end());
        }
        assert!(!corridor.contains(0, 10));
        let empty_src = Corridor::diagonal(0, 3, 1);
        assert!(empty_src.contains(0, 3));
    }

    #[test]
    fn viterbi_finds_the_cheap_diagonal_and_posteriors_are_probabilities() {
        let corridor = Corridor::diagonal(4, 4, 4);
        let shapes = vec![(1, 1), (1, 0), (0, 1)];
        let lattice = Lattice::build(corridor, shapes, |i, j, a, b| match (a, b) {
            (1, 1) if i == j => 0.1,
            (1, 1) => 3.0,
            _ => 1.0,
        });
        let path = lattice.viterbi();
        assert_eq!(path, vec![(0, 0, 0), (1, 1, 0), (2, 2, 0), (3, 3, 0)]);
        let posteriors = lattice.posteriors(&path, 0.5);
        assert!(
            posteriors.iter().all(|&p| p > 0.5 && p <= 1.0),
            "{posteriors:?}"
        );
    }
}
