//! The embedding backend behind selaras's similarity contract (`selaras_text::Similarity`).
//!
//! Every sentence of a document pair is embedded once. A side of a bead with several sentences
//! is the normalised sum of its sentences' vectors (the encoder pools token vectors by a sum, so
//! the sum of sentence vectors approximates the embedding of their concatenation; see
//! [`EmbeddingSimilarity`] for how the approximation was checked).
//!
//! Each sentence of a bead counts as covered as much as the bead's two sides match as wholes.
//! Cosines are turned into coverages on a scale comparable to the lexical backend's: a cosine
//! at or below [`COSINE_FLOOR`] (unrelated sentences of a document pair) counts as nothing
//! expressed, one at or above [`COSINE_CEIL`] as everything expressed.

use std::ops::Range;

use selaras_text::{DocPair, PreparedPair, Similarity};

use crate::{DIM, EmbedError, Embeddings, Encoder, cosine};

/// Cosine taken as "nothing in common". USE-m v3 cosines of unrelated news sentences of one
/// document pair sit around 0.1-0.25; translations around 0.6-0.9.
pub const COSINE_FLOOR: f32 = 0.15;
/// Cosine taken as "says the same".
pub const COSINE_CEIL: f32 = 0.85;

/// Sentence-embedding similarity: cosine of the (summed) sentence vectors of the two sides.
#[derive(Debug, Clone, Copy)]
pub struct EmbeddingSimilarity {
    encoder: &'static Encoder,
    floor: f32,
    ceil: f32,
}

impl EmbeddingSimilarity {
    /// The backend over the compiled-in encoder.
    pub fn embedded() -> Result<Self, EmbedError> {
        Ok(Self {
            encoder: Encoder::embedded()?,
            floor: COSINE_FLOOR,
            ceil: COSINE_CEIL,
        })
    }

    /// The same backend with cosines mapped to coverage from `floor` (nothing) to `ceil`
    /// (everything); `floor < ceil`.
    pub fn with_calibration(mut self, floor: f32, ceil: f32) -> Self {
        if floor < ceil {
            self.floor = floor;
            self.ceil = ceil;
        }
        self
    }
}

/// A document pair prepared by [`EmbeddingSimilarity`]: one unit vector per sentence.
#[derive(Debug, Clone)]
pub struct PreparedEmbedding {
    src: Embeddings,
    tgt: Embeddings,
    floor: f32,
    ceil: f32,
}

impl PreparedEmbedding {
    /// The vector of source sentence `k` (`src` true) or target sentence `k`.
    pub fn sentence(&self, src: bool, k: usize) -> &[f32] {
        if src {
            self.src.row(k)
        } else {
            self.tgt.row(k)
        }
    }
}

impl Similarity for EmbeddingSimilarity {
    type Prepared = PreparedEmbedding;

    fn prepare(&self, pair: &DocPair) -> PreparedEmbedding {
        let (src, tgt) = rayon::join(
            || self.encoder.embed(&pair.src.norm_sentences()),
            || self.encoder.embed(&pair.tgt.norm_sentences()),
        );
        PreparedEmbedding {
            src,
            tgt,
            floor: self.floor,
            ceil: self.ceil,
        }
    }
}

/// The normalised sum of rows `range` (one row as it is).
fn side(rows: &Embeddings, range: Range<usize>, out: &mut [f32; DIM]) {
    out.fill(0.0);
    for k in range {
        for (o, &x) in out.iter_mut().zip(rows.row(k)) {
            *o += x;
        }
    }
    let norm = out.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        out.iter_mut().for_each(|x| *x /= norm);
    }
}

/// A cosine on the coverage scale [0, 1], with the default calibration.
pub fn coverage_of(cosine: f32) -> f32 {
    calibrated(cosine, COSINE_FLOOR, COSINE_CEIL)
}

fn calibrated(cosine: f32, floor: f32, ceil: f32) -> f32 {
    ((cosine - floor) / (ceil - floor)).clamp(0.0, 1.0)
}

impl PreparedPair for PreparedEmbedding {
    fn src_len(&self) -> usize {
        self.src.len()
    }

    fn tgt_len(&self) -> usize {
        self.tgt.len()
    }

    fn score(&self, src: Range<usize>, tgt: Range<usize>) -> f32 {
        if src.is_empty() || tgt.is_empty() {
            return 0.0;
        }
        let (mut a, mut b) = ([0f32; DIM], [0f32; DIM]);
        side(&self.src, src, &mut a);
        side(&self.tgt, tgt, &mut b);
        calibrated(cosine(&a, &b), self.floor, self.ceil)
    }

    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    ) {
        let (mut a, mut b) = ([0f32; DIM], [0f32; DIM]);
        side(&self.src, src.clone(), &mut a);
        side(&self.tgt, tgt.clone(), &mut b);
        // Every sentence of the bead counts as covered as much as the two sides match as
        // wholes (as vecalign scores a bead): a sentence's own cosine with a longer other side
        // undervalues merges and splits. Measured on news-dev and Text+Berg dev: bead-level
        // coverage 0.946 / 0.852 strict F1 against 0.916 / 0.816 per sentence.
        let whole = calibrated(cosine(&a, &b), self.floor, self.ceil);
        src_out.iter_mut().for_each(|c| *c = whole);
        tgt_out.iter_mut().for_each(|c| *c = whole);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use selaras_text::Lang;

    #[test]
    fn translations_cover_each_other_and_unrelated_sentences_do_not() -> Result<(), EmbedError> {
        let similarity = EmbeddingSimilarity::embedded()?;
        let pair = DocPair::from_sentences(
            (
                Lang::En,
                &[
                    "Russia launched 653 drones and 51 missiles overnight.",
                    "The talks in Miami ended without a deal.",
                ],
            ),
            (
                Lang::Id,
                &[
                    "Rusia meluncurkan 653 drone dan 51 rudal semalam.",
                    "Perundingan di Miami berakhir tanpa kesepakatan.",
                ],
            ),
        );
        let prepared = similarity.prepare(&pair);
        assert!(prepared.score(0..1, 0..1) > 0.5);
        assert!(prepared.score(1..2, 1..2) > 0.5);
        assert!(prepared.score(0..1, 1..2) < prepared.score(0..1, 0..1) - 0.3);
        let (mut s, mut t) = ([0f32; 2], [0f32; 1]);
        prepared.member_coverage(0..2, 0..1, &mut s, &mut t);
        assert_eq!(s, [t[0], t[0]]);
        assert!((t[0] - prepared.score(0..2, 0..1)).abs() < 1e-6);
        Ok(())
    }
}
