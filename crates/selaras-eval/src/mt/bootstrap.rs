//! Paired bootstrap resampling (sacrebleu's `--paired-bs`, after Koehn 2004): the same 1000
//! resamples of the segments for every system; p-value of each system's difference from the
//! baseline, and each system's mean and 95% interval over the resamples.

use rayon::prelude::*;
use serde::Serialize;

use super::metric::Stats;

/// The default seed (sacrebleu's `SACREBLEU_SEED` default).
pub const DEFAULT_SEED: u64 = 12345;

/// The default number of resamples (sacrebleu's `--paired-bs-n` default).
pub const DEFAULT_RESAMPLES: usize = 1000;

/// One system's result against the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PairedResult {
    /// The score on the real test set.
    pub score: f64,
    /// Mean score over the resamples.
    pub mean: f64,
    /// Half-width of the 95% interval over the resamples.
    pub ci: f64,
    /// p-value of the difference from the baseline (`None` for the baseline itself).
    pub p_value: Option<f64>,
}

/// SplitMix64: a small, well-distributed generator; one stream per resample, so that resamples
/// can be drawn in parallel and in any order.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Mean and half-width of the central 95% of `scores` (sacrebleu's `estimate_ci`).
fn mean_ci(scores: &mut [f64]) -> (f64, f64) {
    scores.sort_by(f64::total_cmp);
    let n = scores.len();
    if n == 0 {
        return (0.0, 0.0);
    }
    let lower = n / 40;
    let upper = n - lower - 1;
    let mean = scores.iter().sum::<f64>() / n as f64;
    (mean, 0.5 * (scores[upper] - scores[lower]))
}

/// Paired bootstrap over systems whose per-segment statistics are `systems[s][i]` (all systems
/// with the same number of segments); `score` turns summed statistics into a score. The first
/// system is the baseline. The p-value of system `s` is (1 + #resamples whose centred
/// |difference| exceeds the real |difference|) / (1 + resamples).
pub fn paired_bootstrap<S, F>(
    systems: &[Vec<S>],
    score: F,
    resamples: usize,
    seed: u64,
) -> Vec<PairedResult>
where
    S: Stats,
    F: Fn(&S) -> f64 + Sync,
{
    let Some(first) = systems.first() else {
        return Vec::new();
    };
    let n = first.len();
    let sum_all = |stats: &[S]| -> S {
        let mut total = S::default();
        for s in stats {
            total.add(s);
        }
        total
    };
    let real: Vec<f64> = systems.iter().map(|s| score(&sum_all(s))).collect();
    // resample_scores[k][s]: the score of system s on resample k.
    let resample_scores: Vec<Vec<f64>> = (0..resamples)
        .into_par_iter()
        .map(|k| {
            let mut state = seed ^ (k as u64).wrapping_mul(0xD1B5_4A32_D192_ED03);
            let picks: Vec<usize> = (0..n)
                .map(|_| ((u128::from(splitmix(&mut state)) * n as u128) >> 64) as usize)
                .collect();
            systems
                .iter()
                .map(|stats| {
                    let mut total = S::default();
                    for &i in &picks {
                        total.add(&stats[i]);
                    }
                    score(&total)
                })
                .collect()
        })
        .collect();
    (0..systems.len())
        .map(|s| {
            let mut scores: Vec<f64> = resample_scores.iter().map(|r| r[s]).collect();
            let p_value = (s > 0).then(|| {
                let diffs: Vec<f64> = resample_scores
                    .iter()
                    .map(|r| (r[s] - r[0]).abs())
                    .collect();
                let mean = diffs.iter().sum::<f64>() / diffs.len().max(1) as f64;
                let observed = (real[s] - real[0]).abs();
                let beyond = diffs.iter().filter(|&&d| d - mean > observed).count();
                (beyond + 1) as f64 / (resamples + 1) as f64
            });
            let (mean, ci) = mean_ci(&mut scores);
            PairedResult {
                score: real[s],
                mean,
                ci,
                p_value,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accuracy(stats: &[f64; 2]) -> f64 {
        if stats[1] > 0.0 {
            100.0 * stats[0] / stats[1]
        } else {
            0.0
        }
    }

    #[test]
    fn a_clearly_better_system_is_significant_and_a_nearly_equal_one_is_not() {
        let baseline: Vec<[f64; 2]> = (0..200).map(|i| [f64::from(i % 2 == 0), 1.0]).collect();
        let better: Vec<[f64; 2]> = (0..200).map(|i| [f64::from(i % 10 != 0), 1.0]).collect();
        // Differs from the baseline on two segments out of 200, in opposite directions.
        let mut close = baseline.clone();
        close[1][0] = 1.0;
        close[2][0] = 0.0;
        let results = paired_bootstrap(&[baseline, better, close], accuracy, 1000, DEFAULT_SEED);
        assert_eq!(results[0].p_value, None);
        assert!((results[0].score - 50.0).abs() < 1e-9);
        assert!(results[1].p_value.expect("p") < 0.01, "{:?}", results[1]);
        assert!(results[2].p_value.expect("p") > 0.05, "{:?}", results[2]);
        assert!(
            (results[1].mean - 90.0).abs() < 2.0 && results[1].ci > 0.5 && results[1].ci < 10.0
        );
    }

    #[test]
    fn resamples_are_reproducible() {
        let a: Vec<[f64; 2]> = (0..50).map(|i| [f64::from(i % 3 == 0), 1.0]).collect();
        let b: Vec<[f64; 2]> = (0..50).map(|i| [f64::from(i % 2 == 0), 1.0]).collect();
        let first = paired_bootstrap(&[a.clone(), b.clone()], accuracy, 200, 7);
        let second = paired_bootstrap(&[a, b], accuracy, 200, 7);
        assert_eq!(first, second);
    }
}
