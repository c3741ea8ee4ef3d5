//! Sentence retrieval as a check of the similarity: does each line's translation rank first?

use rayon::prelude::*;
use serde::Serialize;

use selaras_text::PreparedPair;

/// Precision at 1 of retrieval in both directions over a line-parallel prepared pair.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RetrievalScores {
    /// Number of line pairs.
    pub rows: usize,
    /// Share of source lines whose own target line scores strictly higher than every other.
    pub src_to_tgt: f64,
    /// Share of target lines whose own source line scores strictly higher than every other.
    pub tgt_to_src: f64,
}

/// Scores every source line against every target line (in parallel) and counts how often the
/// line with the same index wins. Source and target must have the same number of lines.
///
/// A tie with an identical duplicate of the gold line still counts as retrieved: a corpus
/// where a row's text occurs twice must not count both copies as misses. Identical lines are
/// recognised through the scores, as candidates the similarity cannot tell apart from the gold
/// one (the same score against every query line).
pub fn retrieval_p_at_1<P: PreparedPair>(pair: &P) -> RetrievalScores {
    let n = pair.src_len().min(pair.tgt_len());
    let matrix: Vec<Vec<f32>> = (0..n)
        .into_par_iter()
        .map(|i| (0..n).map(|j| pair.score(i..i + 1, j..j + 1)).collect())
        .collect();
    let wins = |score: &dyn Fn(usize, usize) -> f32| {
        // Candidate `j` is indistinguishable from candidate `i` for every query.
        let same = |i: usize, j: usize| (0..n).all(|q| same_score(score(q, i), score(q, j)));
        (0..n)
            .filter(|&i| {
                let gold = score(i, i);
                (0..n).all(|j| j == i || score(i, j) < gold || same(i, j))
            })
            .count()
    };
    let forward = wins(&|i, j| matrix[i][j]);
    let backward = wins(&|i, j| matrix[j][i]);
    let share = |k: usize| if n == 0 { 0.0 } else { k as f64 / n as f64 };
    RetrievalScores {
        rows: n,
        src_to_tgt: share(forward),
        tgt_to_src: share(backward),
    }
}

/// Equal scores, allowing for the rounding of backends that batch their computations.
fn same_score(a: f32, b: f32) -> bool {
    (a - b).abs() <= 1e-6
}

#[cfg(test)]
mod tests {
    use std::ops::Range;

    use super::*;

    /// Lines scored by the share of words they have in common.
    struct Words {
        src: Vec<&'static str>,
        tgt: Vec<&'static str>,
    }

    impl PreparedPair for Words {
        fn src_len(&self) -> usize {
            self.src.len()
        }
        fn tgt_len(&self) -> usize {
            self.tgt.len()
        }
        fn score(&self, src: Range<usize>, tgt: Range<usize>) -> f32 {
            let s: Vec<&str> = self.src[src].iter().flat_map(|l| l.split(' ')).collect();
            let t: Vec<&str> = self.tgt[tgt].iter().flat_map(|l| l.split(' ')).collect();
            let shared = s.iter().filter(|w| t.contains(w)).count();
            shared as f32 / s.len().max(t.len()).max(1) as f32
        }
        fn member_coverage(
            &self,
            _src: Range<usize>,
            _tgt: Range<usize>,
            src_out: &mut [f32],
            tgt_out: &mut [f32],
        ) {
            src_out.fill(0.0);
            tgt_out.fill(0.0);
        }
    }

    #[test]
    fn identical_duplicates_count_as_retrieved() {
        let pair = Words {
            src: vec!["a b", "c d", "a b", "e f"],
            tgt: vec!["a b", "c d", "a b", "e x"],
        };
        let scores = retrieval_p_at_1(&pair);
        assert_eq!(scores.rows, 4);
        assert!((scores.src_to_tgt - 1.0).abs() < 1e-9, "{scores:?}");
        assert!((scores.tgt_to_src - 1.0).abs() < 1e-9, "{scores:?}");
    }

    #[test]
    fn ties_with_different_lines_are_still_misses() {
        // Target 1 scores like target 0 for source 0, but is a different line (source 1
        // tells them apart).
        let pair = Words {
            src: vec!["a b", "x d"],
            tgt: vec!["a x", "a y"],
        };
        let scores = retrieval_p_at_1(&pair);
        assert!(scores.src_to_tgt.abs() < 1e-9, "{scores:?}");
    }
}
