//! Which content units each sentence pair near the corridor shares, computed once per pair so
//! that every bead's coverage is a few bit operations.

use rayon::prelude::*;
use selaras_lexicon::PreparedPair;

use crate::corridor::Corridor;

/// Unit bits of the sentence pairs (i, j) that beads of the corridor can contain.
pub(crate) struct PairTable {
    /// Per source sentence: the first target sentence stored and the row's data.
    rows: Vec<Row>,
}

struct Row {
    first: usize,
    /// Source bits: `src_words` words per stored target sentence.
    src_words: usize,
    src: Vec<u64>,
    /// Target bits, by stored target sentence: offsets into `tgt`.
    tgt_offsets: Vec<u32>,
    tgt: Vec<u64>,
}

impl PairTable {
    /// Computes the pairs for the corridor with beads up to `max_bead` sentences a side.
    pub fn build<P: PreparedPair>(
        prepared: &P,
        corridor: &Corridor,
        max_bead: usize,
        n: usize,
        m: usize,
    ) -> Self {
        let rows = (0..n)
            .into_par_iter()
            .map(|i| {
                let low_row = (i + 1).saturating_sub(max_bead);
                let high_row = (i + max_bead).min(n);
                let first = *corridor.row(low_row).start();
                let last = (*corridor.row(high_row).end()).min(m);
                let mut row = Row {
                    first,
                    src_words: prepared.unit_weights(true, i).len().div_ceil(64),
                    src: Vec::new(),
                    tgt_offsets: vec![0],
                    tgt: Vec::new(),
                };
                let (mut src_bits, mut tgt_bits) = (Vec::new(), Vec::new());
                for j in first..last {
                    prepared.pair_units(i, j, &mut src_bits, &mut tgt_bits);
                    row.src.extend_from_slice(&src_bits);
                    row.tgt.extend_from_slice(&tgt_bits);
                    row.tgt_offsets
                        .push(u32::try_from(row.tgt.len()).unwrap_or(u32::MAX));
                }
                row
            })
            .collect();
        Self { rows }
    }

    /// Weighted coverage of source sentence `i` by target sentences `tgt`, or `None` when a
    /// pair is not stored.
    pub fn src_coverage(
        &self,
        weights: &[f32],
        i: usize,
        tgt: std::ops::Range<usize>,
    ) -> Option<f32> {
        let row = &self.rows[i];
        let mut bits = [0u64; 16];
        let words = row.src_words.min(16);
        for j in tgt {
            let k = j.checked_sub(row.first)?;
            let chunk = row.src.get(k * row.src_words..(k + 1) * row.src_words)?;
            for (acc, &w) in bits[..words].iter_mut().zip(chunk) {
                *acc |= w;
            }
        }
        Some(weighted(weights, &bits[..words]))
    }

    /// Weighted coverage of target sentence `j` by source sentences `src`.
    pub fn tgt_coverage(
        &self,
        weights: &[f32],
        j: usize,
        src: std::ops::Range<usize>,
    ) -> Option<f32> {
        let mut bits = [0u64; 16];
        let words = weights.len().div_ceil(64).min(16);
        for i in src {
            let row = &self.rows[i];
            let k = j.checked_sub(row.first)?;
            let start = *row.tgt_offsets.get(k)? as usize;
            let end = *row.tgt_offsets.get(k + 1)? as usize;
            for (acc, &w) in bits[..words].iter_mut().zip(&row.tgt[start..end]) {
                *acc |= w;
            }
        }
        Some(weighted(weights, &bits[..words]))
    }
}

/// The weighted share of set units (0.5 for a sentence without units).
fn weighted(weights: &[f32], bits: &[u64]) -> f32 {
    let total: f32 = weights.iter().sum();
    if total <= 0.0 {
        return 0.5;
    }
    let mut matched = 0.0;
    for (w, &word) in bits.iter().enumerate() {
        let mut word = word;
        while word != 0 {
            let bit = word.trailing_zeros() as usize;
            if let Some(weight) = weights.get(w * 64 + bit) {
                matched += weight;
            }
            word &= word - 1;
        }
    }
    matched / total
}
