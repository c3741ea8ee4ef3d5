//! Which content units each sentence pair of an aligner's band shares, computed once per pair so
//! that every bead's coverage is a few bit operations: the lexical backend's speed-up behind
//! [`PreparedPair::within`].

use std::ops::Range;

use rayon::prelude::*;
use selaras_text::{Band, MemberCoverage, PreparedPair};

use super::PreparedLexical;
use super::score;

/// Unit bits of the sentence pairs (i, j) that beads of the band can contain.
pub(super) struct PairTable<'a> {
    prepared: &'a PreparedLexical,
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

impl<'a> PairTable<'a> {
    /// Computes the pairs of `band`.
    pub fn build(prepared: &'a PreparedLexical, band: &Band) -> Self {
        let (n, m) = (prepared.src_len(), prepared.tgt_len());
        let rows = (0..n)
            .into_par_iter()
            .map(|i| {
                let targets = band.targets_of(i, m);
                let mut row = Row {
                    first: targets.start,
                    src_words: prepared.src.sentences[i].unit_weights.len().div_ceil(64),
                    src: Vec::new(),
                    tgt_offsets: vec![0],
                    tgt: Vec::new(),
                };
                let (mut src_bits, mut tgt_bits) = (Vec::new(), Vec::new());
                for j in targets {
                    score::pair_units(&prepared.src, i, &prepared.tgt, j, &mut src_bits);
                    score::pair_units(&prepared.tgt, j, &prepared.src, i, &mut tgt_bits);
                    row.src.extend_from_slice(&src_bits);
                    row.tgt.extend_from_slice(&tgt_bits);
                    row.tgt_offsets
                        .push(u32::try_from(row.tgt.len()).unwrap_or(u32::MAX));
                }
                row
            })
            .collect();
        Self { prepared, rows }
    }

    /// Weighted coverage of source sentence `i` by target sentences `tgt`, or `None` when a
    /// pair is not stored.
    fn src_coverage(&self, weights: &[f32], i: usize, tgt: Range<usize>) -> Option<f32> {
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
    fn tgt_coverage(&self, weights: &[f32], j: usize, src: Range<usize>) -> Option<f32> {
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

impl MemberCoverage for PairTable<'_> {
    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    ) {
        let prepared = self.prepared;
        let from_table = src.clone().zip(src_out.iter_mut()).all(|(i, out)| {
            let weights = &prepared.src.sentences[i].unit_weights;
            self.src_coverage(weights, i, tgt.clone())
                .map(|c| *out = c)
                .is_some()
        }) && tgt.clone().zip(tgt_out.iter_mut()).all(|(j, out)| {
            let weights = &prepared.tgt.sentences[j].unit_weights;
            self.tgt_coverage(weights, j, src.clone())
                .map(|c| *out = c)
                .is_some()
        });
        if !from_table {
            prepared.member_coverage(src, tgt, src_out, tgt_out);
        }
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
