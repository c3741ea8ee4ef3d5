//! Evaluation for selaras: alignment quality, and BLEU, chrF and TER exactly as sacrebleu 2.6
//! computes them (`Bleu`, `Chrf`, `Ter`, each a [`Metric`]).
//!
//! Alignment quality as strict and lax precision, recall and F1, exactly as vecalign's
//! `score.py` defines them (after Sennrich and Volk 2011): counts are summed over documents;
//! null beads count in precision but not in recall; a test bead is a lax match when it overlaps
//! one gold bead on both sides.
//!
//! ```
//! use selaras_eval::{AlignmentScores, score_alignments};
//!
//! let gold = vec![(vec![0], vec![0]), (vec![1, 2], vec![1])];
//! let test = vec![(vec![0], vec![0]), (vec![1], vec![1]), (vec![2], vec![])];
//! let scores: AlignmentScores = score_alignments(&[(gold, test)]);
//! assert_eq!(scores.precision_strict, 1.0 / 3.0);
//! assert_eq!(scores.recall_strict, 0.5);
//! ```
#![deny(missing_docs)]

mod align_metrics;
mod mt;

pub use align_metrics::{AlignmentScores, BeadList, Counts, score_alignments};
pub use mt::{
    Bleu, BleuStats, Chrf, DEFAULT_RESAMPLES, DEFAULT_SEED, Metric, MetricScore, PairedResult,
    Smooth, Stats, SystemScore, Ter, Tokenizer, VERSION, paired_bootstrap,
};
