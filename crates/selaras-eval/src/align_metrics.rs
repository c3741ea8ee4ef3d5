use std::collections::{BTreeSet, HashMap, HashSet};

use serde::Serialize;

/// A bead as two index lists (source, target), as read from a ladder file.
pub type BeadList = Vec<(Vec<usize>, Vec<usize>)>;

/// True and false positives, strict and lax.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Exact matches.
    pub tp_strict: u64,
    /// Beads that are not exact matches.
    pub fp_strict: u64,
    /// Exact or overlapping matches.
    pub tp_lax: u64,
    /// Beads that overlap no reference bead on both sides.
    pub fp_lax: u64,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.tp_strict += other.tp_strict;
        self.fp_strict += other.fp_strict;
        self.tp_lax += other.tp_lax;
        self.fp_lax += other.fp_lax;
    }
}

/// Strict and lax precision, recall and F1 over one or more documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct AlignmentScores {
    /// Share of test beads found exactly in the gold alignment.
    pub precision_strict: f64,
    /// Share of test beads that overlap a gold bead on both sides.
    pub precision_lax: f64,
    /// Share of non-null gold beads found exactly among the non-null test beads.
    pub recall_strict: f64,
    /// Share of non-null gold beads that overlap a non-null test bead on both sides.
    pub recall_lax: f64,
    /// Harmonic mean of strict precision and recall.
    pub f1_strict: f64,
    /// Harmonic mean of lax precision and recall.
    pub f1_lax: f64,
    /// Summed precision counts.
    pub precision_counts: Counts,
    /// Summed recall counts.
    pub recall_counts: Counts,
}

type Key = (Vec<usize>, Vec<usize>);

/// Counts of `test` beads against `reference` (vecalign's `_precision`): duplicates and beads
/// empty on both sides are dropped; a bead not found exactly is a lax match when some of its
/// target indices belong to a reference bead that shares one of its source indices.
fn precision_counts(reference: &[Key], test: &[Key]) -> Counts {
    let reference: HashSet<&Key> = reference
        .iter()
        .filter(|(s, t)| !s.is_empty() || !t.is_empty())
        .collect();
    let test: BTreeSet<&Key> = test
        .iter()
        .filter(|(s, t)| !s.is_empty() || !t.is_empty())
        .collect();
    let mut src_to_tgt: HashMap<usize, HashSet<usize>> = HashMap::new();
    for (src, tgt) in &reference {
        for &s in src {
            src_to_tgt.entry(s).or_default().extend(tgt.iter().copied());
        }
    }
    let mut counts = Counts::default();
    for bead in test {
        if reference.contains(bead) {
            counts.tp_strict += 1;
            counts.tp_lax += 1;
            continue;
        }
        counts.fp_strict += 1;
        let (src, tgt) = bead;
        let overlaps = src
            .iter()
            .filter_map(|s| src_to_tgt.get(s))
            .any(|targets| tgt.iter().any(|t| targets.contains(t)));
        if overlaps {
            counts.tp_lax += 1;
        } else {
            counts.fp_lax += 1;
        }
    }
    counts
}

fn ratio(tp: u64, fp: u64) -> f64 {
    if tp + fp == 0 {
        0.0
    } else {
        tp as f64 / (tp + fp) as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Scores (gold, test) alignment pairs, summing counts over documents as vecalign's
/// `score_multiple` does (division by zero gives 0).
pub fn score_alignments(documents: &[(BeadList, BeadList)]) -> AlignmentScores {
    let mut precision = Counts::default();
    let mut recall = Counts::default();
    for (gold, test) in documents {
        precision += precision_counts(gold, test);
        let non_null = |beads: &BeadList| -> BeadList {
            beads
                .iter()
                .filter(|(s, t)| !s.is_empty() && !t.is_empty())
                .cloned()
                .collect()
        };
        recall += precision_counts(&non_null(test), &non_null(gold));
    }
    let precision_strict = ratio(precision.tp_strict, precision.fp_strict);
    let precision_lax = ratio(precision.tp_lax, precision.fp_lax);
    let recall_strict = ratio(recall.tp_strict, recall.fp_strict);
    let recall_lax = ratio(recall.tp_lax, recall.fp_lax);
    AlignmentScores {
        precision_strict,
        precision_lax,
        recall_strict,
        recall_lax,
        f1_strict: f1(precision_strict, recall_strict),
        f1_lax: f1(precision_lax, recall_lax),
        precision_counts: precision,
        recall_counts: recall,
    }
}
