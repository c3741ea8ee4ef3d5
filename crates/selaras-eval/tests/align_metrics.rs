//! `score_alignments` against hand-computed cases.

use selaras_eval::{BeadList, score_alignments};

fn beads(text: &str) -> BeadList {
    text.split_whitespace()
        .map(|bead| {
            let (s, t) = bead.split_once(':').expect("src:tgt");
            let list = |x: &str| -> Vec<usize> {
                x.split(',')
                    .filter(|n| !n.is_empty())
                    .map(|n| n.parse().expect("index"))
                    .collect()
            };
            (list(s), list(t))
        })
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-12
}

#[test]
fn identical_alignments_score_one() {
    let gold = beads("0:0 1,2:1 :2 3:");
    let scores = score_alignments(&[(gold.clone(), gold)]);
    assert!(close(scores.f1_strict, 1.0) && close(scores.f1_lax, 1.0));
    // 4 beads count in precision, only the 2 non-null ones in recall.
    assert_eq!(scores.precision_counts.tp_strict, 4);
    assert_eq!(scores.recall_counts.tp_strict, 2);
}

#[test]
fn split_of_a_gold_merge_is_lax_but_not_strict() {
    // Gold 1,2:1 ; test 1:1 and 2:<null>.
    let gold = beads("0:0 1,2:1");
    let test = beads("0:0 1:1 2:");
    let s = score_alignments(&[(gold, test)]);
    // Precision: 0:0 strict; 1:1 lax (src 1 -> gold tgt {1}); 2: (null) has no target -> fp lax.
    assert_eq!(
        (s.precision_counts.tp_strict, s.precision_counts.fp_strict),
        (1, 2)
    );
    assert_eq!(
        (s.precision_counts.tp_lax, s.precision_counts.fp_lax),
        (2, 1)
    );
    // Recall over non-null beads: gold 0:0 found; gold 1,2:1 overlaps test 1:1 -> lax only.
    assert_eq!(
        (s.recall_counts.tp_strict, s.recall_counts.fp_strict),
        (1, 1)
    );
    assert_eq!((s.recall_counts.tp_lax, s.recall_counts.fp_lax), (2, 0));
    assert!(close(s.precision_strict, 1.0 / 3.0));
    assert!(close(s.recall_strict, 0.5));
    assert!(close(
        s.f1_strict,
        2.0 * (1.0 / 3.0) * 0.5 / (1.0 / 3.0 + 0.5)
    ));
    assert!(close(s.precision_lax, 2.0 / 3.0));
    assert!(close(s.recall_lax, 1.0));
    assert!(close(s.f1_lax, 0.8));
}

#[test]
fn shifted_alignment_has_no_lax_overlap() {
    let gold = beads("0:0 1:1 2:2");
    let test = beads("0:1 1:2 2:0");
    let s = score_alignments(&[(gold, test)]);
    assert_eq!(s.precision_counts.tp_lax, 0);
    assert!(close(s.f1_strict, 0.0) && close(s.f1_lax, 0.0));
}

#[test]
fn null_beads_count_in_precision_only() {
    let gold = beads("0:0 1:");
    let test = beads("0:0 1:1");
    let s = score_alignments(&[(gold, test)]);
    // Test 1:1: src 1 maps to no gold target (gold 1: is a deletion) -> lax miss.
    assert_eq!(
        (s.precision_counts.tp_strict, s.precision_counts.fp_strict),
        (1, 1)
    );
    assert_eq!(s.precision_counts.fp_lax, 1);
    // Recall: gold non-null 0:0 found; test 1:1 is not in gold, but recall only asks about gold.
    assert!(close(s.recall_strict, 1.0));
    assert!(close(s.precision_strict, 0.5));
}

#[test]
fn counts_are_summed_over_documents_before_dividing() {
    let a = (beads("0:0 1:1"), beads("0:0 1:1"));
    let b = (beads("0:0 1:1 2:2 3:3"), beads("0:1 1:0 2:2 3:3"));
    let s = score_alignments(&[a, b]);
    // 6 test beads, 4 exact.
    assert!(close(s.precision_strict, 4.0 / 6.0));
    assert!(close(s.recall_strict, 4.0 / 6.0));
}

#[test]
fn duplicates_and_empty_beads_are_ignored() {
    let gold = beads("0:0 1:1");
    let test = beads("0:0 0:0 : 1:1");
    let s = score_alignments(&[(gold, test)]);
    assert_eq!(s.precision_counts.tp_strict, 2);
    assert_eq!(s.precision_counts.fp_strict, 0);
}

#[test]
fn empty_input_scores_zero() {
    let s = score_alignments(&[]);
    assert!(close(s.f1_strict, 0.0));
}
