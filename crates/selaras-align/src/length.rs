//! The Gale-Church length model, with its parameters estimated from the document pair.

/// `−ln P(|δ| ≥ |d|)` for a standard normal δ: the two-sided tail, as a cost. Capped at 25.
pub(crate) fn tail_cost(delta: f64) -> f64 {
    let tail = libm::erfc(delta.abs() / std::f64::consts::SQRT_2);
    if tail <= 1e-11 {
        25.0
    } else {
        (-tail.ln()).min(25.0)
    }
}

/// Length model: target length ≈ `ratio` × source length, with variance `variance` per unit of
/// length (Gale & Church 1993, in characters).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct LengthModel {
    pub ratio: f64,
    pub variance: f64,
}

impl LengthModel {
    /// The ratio is the document's total target length over its total source length; the
    /// variance starts at Gale and Church's 6.8 and is re-estimated from the first-pass path.
    pub fn from_totals(src_total: usize, tgt_total: usize) -> Self {
        let ratio = if src_total == 0 || tgt_total == 0 {
            1.0
        } else {
            tgt_total as f64 / src_total as f64
        };
        Self {
            ratio,
            variance: 6.8,
        }
    }

    /// The normalised length difference of a bead with `src` and `tgt` characters.
    pub fn delta(&self, src: usize, tgt: usize) -> f64 {
        let (ls, lt) = (src as f64, tgt as f64);
        let mean = ((ls + lt / self.ratio) / 2.0).max(1.0);
        (lt - self.ratio * ls) / (self.variance * mean).sqrt()
    }

    /// The cost of a bead's length difference.
    pub fn cost(&self, src: usize, tgt: usize) -> f64 {
        tail_cost(self.delta(src, tgt))
    }

    /// Re-estimates the variance from 1-1 beads (source, target lengths), robustly: the median of
    /// `δ²·variance` over the beads divided by the median of χ²(1) (0.4549).
    pub fn refit_variance(&mut self, pairs: &[(usize, usize)]) {
        if pairs.len() < 5 {
            return;
        }
        let mut scaled: Vec<f64> = pairs
            .iter()
            .map(|&(s, t)| {
                let d = self.delta(s, t);
                d * d * self.variance
            })
            .collect();
        scaled.sort_by(f64::total_cmp);
        let median = scaled[scaled.len() / 2];
        self.variance = (median / 0.4549).clamp(1.0, 100.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_cost_grows_with_the_difference() {
        assert!(tail_cost(0.0).abs() < 1e-9);
        assert!((tail_cost(1.959_964) - (-0.05f64.ln())).abs() < 1e-4);
        assert!(tail_cost(3.0) > tail_cost(2.0));
        assert_eq!(tail_cost(100.0), 25.0);
    }

    #[test]
    fn ratio_comes_from_the_totals_and_variance_from_the_beads() {
        let mut model = LengthModel::from_totals(1000, 1200);
        assert!((model.ratio - 1.2).abs() < 1e-12);
        assert!(model.cost(100, 120) < 1e-9);
        assert!(model.cost(100, 200) > model.cost(100, 130));
        let beads: Vec<(usize, usize)> = (0..50).map(|k| (100, 120 + (k % 7) * 2)).collect();
        model.refit_variance(&beads);
        assert!(
            model.variance < 6.8,
            "tight beads shrink the variance: {}",
            model.variance
        );
    }
}
