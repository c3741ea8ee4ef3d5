//! The similarity contract: how much a run of source sentences and a run of target sentences
//! (a bead) say the same thing. The aligner and the faithfulness checks consume it; the lexical
//! backend (`selaras-lexicon`) and the embedding backend (`selaras-embed`) implement it; [`Mix`]
//! combines two backends.

use std::ops::Range;

use crate::DocPair;

/// A similarity backend: prepares a document pair once, then scores any bead of it cheaply.
pub trait Similarity: Send + Sync {
    /// The prepared form of a document pair.
    type Prepared: PreparedPair;

    /// Computes whatever the backend needs for `pair` (features, embeddings), once.
    fn prepare(&self, pair: &DocPair) -> Self::Prepared;
}

/// A prepared document pair: the minimal scoring contract of a bead.
pub trait PreparedPair: Send + Sync {
    /// Number of source sentences.
    fn src_len(&self) -> usize;
    /// Number of target sentences.
    fn tgt_len(&self) -> usize;
    /// Similarity in [0, 1] of source sentences `src` and target sentences `tgt` taken together.
    fn score(&self, src: Range<usize>, tgt: Range<usize>) -> f32;
    /// Per-sentence coverage within a bead, each in [0, 1]: for each source sentence of `src`,
    /// how much of it `tgt` expresses (into `src_out`, one value per sentence), and the same for
    /// each target sentence (into `tgt_out`). The aligner's lexical cost is built on this.
    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    );
    /// A view for the beads inside `band`, which a backend may precompute (the lexical backend
    /// stores which words each sentence pair shares as bit sets; an embedding backend embeds the
    /// windows the band needs). Beads outside the band still score correctly, only slower. The
    /// default precomputes nothing.
    fn within<'a>(&'a self, band: &Band) -> Box<dyn MemberCoverage + 'a> {
        let _ = band;
        Box::new(Direct(self))
    }
}

/// What an aligner reads inside its search band: [`PreparedPair::member_coverage`].
pub trait MemberCoverage: Send + Sync {
    /// See [`PreparedPair::member_coverage`].
    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    );
}

struct Direct<'a, P: ?Sized>(&'a P);

impl<P: PreparedPair + ?Sized> MemberCoverage for Direct<'_, P> {
    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    ) {
        self.0.member_coverage(src, tgt, src_out, tgt_out);
    }
}

/// The sentence pairs an aligner will combine into beads: for each source row `i` in `0..=n`,
/// the inclusive range of target positions `rows[i]` its search visits, and the largest bead
/// side. A bead starting at row `i` with `a` source sentences may reach rows up to `i + a`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Band {
    /// Inclusive target range per source row, `n + 1` rows.
    pub rows: Vec<(usize, usize)>,
    /// Largest number of sentences on one side of a bead.
    pub max_bead: usize,
}

impl Band {
    /// Target sentences that beads containing source sentence `i` can hold: from the start of
    /// the row `max_bead - 1` above it to the end of the row `max_bead` below it.
    pub fn targets_of(&self, i: usize, m: usize) -> Range<usize> {
        let n = self.rows.len().saturating_sub(1);
        let low = (i + 1).saturating_sub(self.max_bead);
        let high = (i + self.max_bead).min(n);
        let first = self.rows.get(low).map_or(0, |r| r.0);
        let last = self.rows.get(high).map_or(m, |r| r.1).min(m);
        first..last.max(first)
    }
}

/// Two backends in one: a weighted mean of their scores and per-sentence coverages,
/// `weight × first + (1 − weight) × second`. A weight of 1 or 0 uses one backend alone (the
/// other is still prepared, since the checks may read it).
#[derive(Debug, Clone)]
pub struct Mix<A, B> {
    /// The first backend.
    pub first: A,
    /// The second backend.
    pub second: B,
    /// Weight of the first backend in [0, 1].
    pub weight: f32,
}

/// A document pair prepared by [`Mix`].
#[derive(Debug, Clone)]
pub struct MixedPair<P, Q> {
    /// Prepared by the first backend.
    pub first: P,
    /// Prepared by the second backend.
    pub second: Q,
    /// Weight of the first.
    pub weight: f32,
}

impl<A: Similarity, B: Similarity> Similarity for Mix<A, B> {
    type Prepared = MixedPair<A::Prepared, B::Prepared>;

    fn prepare(&self, pair: &DocPair) -> Self::Prepared {
        MixedPair {
            first: self.first.prepare(pair),
            second: self.second.prepare(pair),
            weight: self.weight.clamp(0.0, 1.0),
        }
    }
}

impl<P: PreparedPair, Q: PreparedPair> PreparedPair for MixedPair<P, Q> {
    fn src_len(&self) -> usize {
        self.first.src_len()
    }

    fn tgt_len(&self) -> usize {
        self.first.tgt_len()
    }

    fn score(&self, src: Range<usize>, tgt: Range<usize>) -> f32 {
        let w = self.weight;
        if w >= 1.0 {
            return self.first.score(src, tgt);
        }
        if w <= 0.0 {
            return self.second.score(src, tgt);
        }
        w * self.first.score(src.clone(), tgt.clone()) + (1.0 - w) * self.second.score(src, tgt)
    }

    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    ) {
        mix_coverage(
            self.weight,
            |s, t| self.first.member_coverage(src.clone(), tgt.clone(), s, t),
            |s, t| self.second.member_coverage(src.clone(), tgt.clone(), s, t),
            src_out,
            tgt_out,
        );
    }

    fn within<'a>(&'a self, band: &Band) -> Box<dyn MemberCoverage + 'a> {
        let w = self.weight;
        Box::new(MixedView {
            first: (w > 0.0).then(|| self.first.within(band)),
            second: (w < 1.0).then(|| self.second.within(band)),
            weight: w,
        })
    }
}

struct MixedView<'a> {
    first: Option<Box<dyn MemberCoverage + 'a>>,
    second: Option<Box<dyn MemberCoverage + 'a>>,
    weight: f32,
}

impl MemberCoverage for MixedView<'_> {
    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    ) {
        let run = |view: &Option<Box<dyn MemberCoverage + '_>>, s: &mut [f32], t: &mut [f32]| {
            if let Some(view) = view {
                view.member_coverage(src.clone(), tgt.clone(), s, t);
            }
        };
        mix_coverage(
            self.weight,
            |s, t| run(&self.first, s, t),
            |s, t| run(&self.second, s, t),
            src_out,
            tgt_out,
        );
    }
}

/// Largest bead side [`Mix`] combines without allocating.
const MIX_SIDE: usize = 16;

fn mix_coverage(
    weight: f32,
    first: impl Fn(&mut [f32], &mut [f32]),
    second: impl Fn(&mut [f32], &mut [f32]),
    src_out: &mut [f32],
    tgt_out: &mut [f32],
) {
    if weight >= 1.0 {
        return first(src_out, tgt_out);
    }
    if weight <= 0.0 {
        return second(src_out, tgt_out);
    }
    first(src_out, tgt_out);
    let (a, b) = (src_out.len(), tgt_out.len());
    if a > MIX_SIDE || b > MIX_SIDE {
        let (mut s, mut t) = (vec![0f32; a], vec![0f32; b]);
        second(&mut s, &mut t);
        blend(weight, src_out, &s);
        blend(weight, tgt_out, &t);
    } else {
        let (mut s, mut t) = ([0f32; MIX_SIDE], [0f32; MIX_SIDE]);
        second(&mut s[..a], &mut t[..b]);
        blend(weight, src_out, &s[..a]);
        blend(weight, tgt_out, &t[..b]);
    }
}

fn blend(weight: f32, out: &mut [f32], other: &[f32]) {
    for (o, &x) in out.iter_mut().zip(other) {
        *o = weight * *o + (1.0 - weight) * x;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    /// A toy backend: every sentence is covered by `value`.
    struct Constant(f32);
    struct ConstantPair(f32, usize, usize);

    impl Similarity for Constant {
        type Prepared = ConstantPair;
        fn prepare(&self, pair: &DocPair) -> ConstantPair {
            ConstantPair(self.0, pair.src.len(), pair.tgt.len())
        }
    }

    impl PreparedPair for ConstantPair {
        fn src_len(&self) -> usize {
            self.1
        }
        fn tgt_len(&self) -> usize {
            self.2
        }
        fn score(&self, _: Range<usize>, _: Range<usize>) -> f32 {
            self.0
        }
        fn member_coverage(&self, _: Range<usize>, _: Range<usize>, s: &mut [f32], t: &mut [f32]) {
            s.fill(self.0);
            t.fill(self.0);
        }
    }

    #[test]
    fn a_mix_weighs_both_backends() {
        let pair = DocPair::from_sentences((Lang::En, &["a", "b"]), (Lang::Id, &["c"]));
        let mix = Mix {
            first: Constant(1.0),
            second: Constant(0.0),
            weight: 0.25,
        };
        let prepared = mix.prepare(&pair);
        assert_eq!(prepared.src_len(), 2);
        assert!((prepared.score(0..2, 0..1) - 0.25).abs() < 1e-6);
        let (mut s, mut t) = ([0f32; 2], [0f32; 1]);
        let band = Band {
            rows: vec![(0, 1); 3],
            max_bead: 2,
        };
        prepared
            .within(&band)
            .member_coverage(0..2, 0..1, &mut s, &mut t);
        assert_eq!((s, t), ([0.25, 0.25], [0.25]));
    }

    #[test]
    fn band_rows_cover_the_beads_of_a_sentence() {
        let band = Band {
            rows: vec![(0, 2), (0, 3), (1, 4), (2, 5)],
            max_bead: 2,
        };
        // Beads holding sentence 0 start in row 0 and end by row 2 (target position 4).
        assert_eq!(band.targets_of(0, 5), 0..4);
        assert_eq!(band.targets_of(1, 5), 0..5);
        assert_eq!(band.targets_of(2, 3), 0..3);
    }
}
