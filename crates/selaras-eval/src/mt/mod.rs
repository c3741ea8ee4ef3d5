//! Machine-translation metrics exactly as sacrebleu 2.6 computes them.

mod bleu;
mod bootstrap;
mod chrf;
mod counts;
mod metric;
mod ter;
mod tokenize;

use serde::Serialize;

pub use bleu::{Bleu, BleuStats, Smooth};
pub use bootstrap::{DEFAULT_RESAMPLES, DEFAULT_SEED, PairedResult, paired_bootstrap};
pub use chrf::Chrf;
pub use metric::{Metric, Stats, SystemScore};
pub use ter::Ter;
pub use tokenize::Tokenizer;

/// The sacrebleu version whose numbers and signatures these metrics reproduce.
pub const VERSION: &str = "2.6.0";

/// A metric's score and its sacrebleu signature.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MetricScore {
    /// `BLEU`, `chrF2`, `chrF2++`.
    pub name: String,
    /// The score, 0-100.
    pub score: f64,
    /// sacrebleu's signature (`nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0`).
    pub signature: String,
}

/// `stats(hypothesis, its references)` for every segment, in parallel; `refs[r][i]` is reference
/// `r` of segment `i`.
pub(crate) fn per_segment<T, F>(hyps: &[&str], refs: &[Vec<&str>], stats: F) -> Vec<T>
where
    T: Send,
    F: Fn(&str, &[&str]) -> T + Sync,
{
    use rayon::prelude::*;
    (0..hyps.len())
        .into_par_iter()
        .map(|i| {
            let segment_refs: Vec<&str> = refs.iter().map(|r| r[i]).collect();
            stats(hyps[i], &segment_refs)
        })
        .collect()
}
