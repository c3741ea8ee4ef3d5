//! The contract every MT metric fulfils: sufficient statistics per segment, which add up over a
//! corpus (or a bootstrap resample) and are then turned into a score; a name and a signature.

use super::bootstrap::{DEFAULT_RESAMPLES, DEFAULT_SEED, PairedResult, paired_bootstrap};
use super::{MetricScore, per_segment};

/// Sufficient statistics of a metric: those of a corpus are the sum of those of its segments.
pub trait Stats: Clone + Default + Send + Sync {
    /// Adds another segment's (or corpus's) statistics.
    fn add(&mut self, other: &Self);
}

/// Element-wise sum; the shorter side is extended with zeros (the default is empty).
impl Stats for Vec<u64> {
    fn add(&mut self, other: &Self) {
        if self.len() < other.len() {
            self.resize(other.len(), 0);
        }
        for (a, b) in self.iter_mut().zip(other) {
            *a += b;
        }
    }
}

impl Stats for [f64; 2] {
    fn add(&mut self, other: &Self) {
        self[0] += other[0];
        self[1] += other[1];
    }
}

/// A machine-translation metric as sacrebleu computes it. Implemented by [`Bleu`](crate::Bleu),
/// [`Chrf`](crate::Chrf) and [`Ter`](crate::Ter).
///
/// In every method taking `refs`, `refs[r][i]` is reference `r` of segment `i`; every reference
/// list must be as long as the hypotheses (callers check line counts first).
///
/// ```
/// use selaras_eval::{Bleu, Metric};
///
/// let hyps = ["the cat sat on the mat"];
/// let refs = vec![vec!["the cat sat on the mat"]];
/// let score = Bleu::default().corpus(&hyps, &refs);
/// assert_eq!(score.name, "BLEU");
/// assert!((score.score - 100.0).abs() < 1e-9);
/// ```
pub trait Metric: Send + Sync {
    /// The statistics of one segment, summed over a corpus.
    type Stats: Stats;

    /// `BLEU`, `chrF2`, `chrF++`, `TER`.
    fn name(&self) -> String;

    /// sacrebleu's signature with `nrefs` references
    /// (`nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`).
    fn signature(&self, nrefs: usize) -> String;

    /// The statistics of one hypothesis against its references.
    fn segment_stats(&self, hyp: &str, refs: &[&str]) -> Self::Stats;

    /// The score (0-100) of statistics: of one segment, or summed over a corpus.
    fn score(&self, stats: &Self::Stats) -> f64;

    /// Per-segment statistics, computed in parallel.
    fn all_stats(&self, hyps: &[&str], refs: &[Vec<&str>]) -> Vec<Self::Stats> {
        per_segment(hyps, refs, |h, r| self.segment_stats(h, r))
    }

    /// A score with this metric's name and signature.
    fn result(&self, score: f64, nrefs: usize) -> MetricScore {
        MetricScore {
            name: self.name(),
            score,
            signature: self.signature(nrefs),
        }
    }

    /// The corpus score: statistics summed over segments, then scored.
    fn corpus(&self, hyps: &[&str], refs: &[Vec<&str>]) -> MetricScore {
        self.result(self.score(&sum(&self.all_stats(hyps, refs))), refs.len())
    }

    /// The score of every segment on its own.
    fn sentence_scores(&self, hyps: &[&str], refs: &[Vec<&str>]) -> Vec<f64> {
        self.all_stats(hyps, refs)
            .iter()
            .map(|s| self.score(s))
            .collect()
    }

    /// Several systems against the same references: each system's corpus score, optionally its
    /// segment scores, and with more than one system a paired bootstrap test of each against the
    /// first ([`DEFAULT_RESAMPLES`] resamples, seed [`DEFAULT_SEED`]). Statistics are computed
    /// once per system and shared by the three.
    fn evaluate(
        &self,
        systems: &[Vec<&str>],
        refs: &[Vec<&str>],
        sentences: bool,
    ) -> Vec<SystemScore> {
        let stats: Vec<Vec<Self::Stats>> = systems
            .iter()
            .map(|hyps| self.all_stats(hyps, refs))
            .collect();
        let mut paired = if stats.len() > 1 {
            paired_bootstrap(&stats, |s| self.score(s), DEFAULT_RESAMPLES, DEFAULT_SEED)
        } else {
            Vec::new()
        }
        .into_iter();
        stats
            .iter()
            .map(|segments| SystemScore {
                score: self.result(self.score(&sum(segments)), refs.len()),
                sentences: sentences.then(|| segments.iter().map(|s| self.score(s)).collect()),
                paired: paired.next(),
            })
            .collect()
    }
}

/// The sum of statistics, in order.
fn sum<S: Stats>(stats: &[S]) -> S {
    let mut total = S::default();
    for s in stats {
        total.add(s);
    }
    total
}

/// One system's result under one metric (see [`Metric::evaluate`]).
#[derive(Debug, Clone, PartialEq)]
pub struct SystemScore {
    /// The corpus score with its signature.
    pub score: MetricScore,
    /// The score of every segment, when asked for.
    pub sentences: Option<Vec<f64>>,
    /// The paired bootstrap test against the first system (with several systems).
    pub paired: Option<PairedResult>,
}
