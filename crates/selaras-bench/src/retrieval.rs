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
/// line with the same index wins outright. Source and target must have the same number of lines.
pub fn retrieval_p_at_1<P: PreparedPair>(pair: &P) -> RetrievalScores {
    let n = pair.src_len().min(pair.tgt_len());
    let matrix: Vec<Vec<f32>> = (0..n)
        .into_par_iter()
        .map(|i| (0..n).map(|j| pair.score(i..i + 1, j..j + 1)).collect())
        .collect();
    let wins = |score: &dyn Fn(usize, usize) -> f32| {
        (0..n)
            .filter(|&i| {
                let gold = score(i, i);
                (0..n).all(|j| j == i || score(i, j) < gold)
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
