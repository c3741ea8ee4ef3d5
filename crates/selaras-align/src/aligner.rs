//! The sentence aligner: length model + lexical similarity + paragraph anchors, searched in a
//! corridor around a first, length-only pass.

use selaras_text::{Band, DocPair, MemberCoverage, PreparedPair, Similarity};

use crate::corridor::{Corridor, Lattice, cheapest_path};
use crate::length::LengthModel;
use crate::{AlignError, Alignment, Bead};

/// Aligns the sentences of a document and its translation.
///
/// Preparation (features, embeddings) is separate from the search so that a caller that also
/// reads the prepared pair (the faithfulness scorer) computes it once.
pub trait Aligner: Send + Sync {
    /// What the aligner computes from a document pair before searching.
    type Prepared: PreparedPair;
    /// Prepares `pair`.
    fn prepare(&self, pair: &DocPair) -> Self::Prepared;
    /// A complete monotonic alignment of `pair`, prepared beforehand as `prepared`.
    fn align_prepared(&self, pair: &DocPair, prepared: &Self::Prepared) -> Alignment;
    /// A complete monotonic alignment of `pair`.
    fn align(&self, pair: &DocPair) -> Alignment {
        let prepared = self.prepare(pair);
        self.align_prepared(pair, &prepared)
    }
}

/// Settings of [`SentenceAligner`]; see the field docs for what each weighs.
#[derive(Debug, Clone)]
pub struct AlignConfig {
    /// Largest number of sentences on one side of a bead (3 allows 1-3, 3-1 and 2-2).
    pub max_bead: usize,
    /// Weight of the length cost (−ln of the Gale-Church tail probability).
    pub length_weight: f32,
    /// Extra cost per additional sentence in a bead (2-1 pays once, 3-1 and 2-2 twice).
    pub merge_cost: f32,
    /// Cost of leaving one sentence unaligned, as a multiple of a quantile (`null_quantile`) of
    /// the costs of the 1-1 beads on the first-pass path (calibration per document).
    pub null_scale: f32,
    /// The quantile of first-pass 1-1 costs that the null cost is calibrated on.
    pub null_quantile: f32,
    /// Bounds of the calibrated per-sentence null cost.
    pub null_bounds: (f32, f32),
    /// Bonus when a bead ends a paragraph on both sides; half of it is charged when only one
    /// side ends one.
    pub paragraph_bonus: f32,
    /// Initial half-width of the corridor around the first-pass path, in sentences.
    pub corridor: usize,
    /// Temperature of the posterior confidences.
    pub temperature: f32,
}

impl AlignConfig {
    /// Checks the settings: `max_bead` in 1..=8, a positive temperature, ordered null bounds.
    pub fn validate(&self) -> Result<(), AlignError> {
        if self.max_bead == 0 || self.max_bead > MAX_SIDE {
            return Err(AlignError::Setting(format!(
                "max_bead must be between 1 and 8, not {}",
                self.max_bead
            )));
        }
        if self.temperature.is_nan()
            || self.temperature <= 0.0
            || self.null_bounds.0 > self.null_bounds.1
        {
            return Err(AlignError::Setting(
                "temperature must be positive and null bounds ordered".into(),
            ));
        }
        Ok(())
    }
}

impl Default for AlignConfig {
    fn default() -> Self {
        Self {
            max_bead: 4,
            length_weight: 0.08,
            merge_cost: 0.5,
            null_scale: 1.0,
            null_quantile: 0.9,
            null_bounds: (0.2, 2.0),
            paragraph_bonus: 0.1,
            corridor: 6,
            temperature: 0.2,
        }
    }
}

/// The aligner: Gale-Church length costs with document-estimated parameters, lexical
/// similarity, paragraph anchors and calibrated null beads, in linear time and memory.
#[derive(Debug, Clone)]
pub struct SentenceAligner<S> {
    similarity: S,
    config: AlignConfig,
}

impl<S: Similarity> SentenceAligner<S> {
    /// An aligner with the given similarity and settings.
    pub fn new(similarity: S, config: AlignConfig) -> Result<Self, AlignError> {
        config.validate()?;
        Ok(Self { similarity, config })
    }

    /// The similarity in use.
    pub fn similarity(&self) -> &S {
        &self.similarity
    }

    /// The settings.
    pub fn config(&self) -> &AlignConfig {
        &self.config
    }

    fn search(&self, pair: &DocPair, prepared: &S::Prepared) -> Alignment {
        let (n, m) = (pair.src.len(), pair.tgt.len());
        if n == 0 || m == 0 {
            let beads = (0..n)
                .map(|i| Bead::new(i..i + 1, 0..0))
                .chain((0..m).map(|j| Bead::new(0..0, j..j + 1)))
                .collect();
            return Alignment { beads };
        }
        let src_len = pair.src.char_lengths();
        let tgt_len = pair.tgt.char_lengths();
        let (src_par, tgt_par) = (pair.src.paragraphs(), pair.tgt.paragraphs());
        let mut length = LengthModel::from_totals(src_len.iter().sum(), tgt_len.iter().sum());

        let guide = length_pass(n, m, &src_len, &tgt_len, &length);
        let ones: Vec<(usize, usize)> = guide
            .windows(2)
            .filter(|w| w[1].0 == w[0].0 + 1 && w[1].1 == w[0].1 + 1)
            .map(|w| (src_len[w[0].0], tgt_len[w[0].1]))
            .collect();
        length.refit_variance(&ones);

        let (src_background, tgt_background) = background(prepared, &guide, n, m);
        let model = CostModel {
            coverage: prepared as &dyn MemberCoverageOf,
            src_background: &src_background,
            tgt_background: &tgt_background,
            src_len: &src_len,
            tgt_len: &tgt_len,
            src_par: src_par.as_deref(),
            tgt_par: tgt_par.as_deref(),
            length,
            config: &self.config,
            null: 0.0,
        };
        let null = model.calibrate_null(&guide);
        let model = CostModel { null, ..model };

        let shapes = self.shapes();
        let mut width = self.config.corridor.max(1);
        loop {
            let corridor = Corridor::around(n, m, &guide, width);
            let band = Band {
                rows: (0..=n)
                    .map(|i| {
                        let row = corridor.row(i);
                        (*row.start(), *row.end())
                    })
                    .collect(),
                max_bead: self.config.max_bead,
            };
            let within = prepared.within(&band);
            let model = CostModel {
                coverage: &ViewCoverage(within.as_ref()),
                ..model
            };
            let lattice = Lattice::build(corridor, shapes.clone(), |i, j, a, b| {
                model.cost(i, j, a, b)
            });
            let path = lattice.viterbi();
            let points: Vec<(usize, usize)> = path
                .iter()
                .map(|&(i, j, _)| (i, j))
                .chain(std::iter::once((n, m)))
                .collect();
            let widen = lattice.corridor.touches_edge(&points) && width < n.max(m);
            if widen && width < 256 {
                width *= 2;
                continue;
            }
            let confidence = lattice.posteriors(&path, self.config.temperature);
            let beads = path
                .iter()
                .zip(confidence)
                .map(|(&(i, j, s), confidence)| {
                    let (a, b) = lattice.shapes[s];
                    Bead {
                        src: i..i + a,
                        tgt: j..j + b,
                        confidence,
                    }
                })
                .collect();
            return Alignment { beads };
        }
    }

    fn shapes(&self) -> Vec<(usize, usize)> {
        let k = self.config.max_bead;
        let mut shapes = vec![(1, 0), (0, 1)];
        for a in 1..=k {
            for b in 1..=k {
                if a + b <= k + 1 {
                    shapes.push((a, b));
                }
            }
        }
        shapes
    }
}

impl<S: Similarity> Aligner for SentenceAligner<S> {
    type Prepared = S::Prepared;

    fn prepare(&self, pair: &DocPair) -> S::Prepared {
        self.similarity.prepare(pair)
    }

    fn align_prepared(&self, pair: &DocPair, prepared: &S::Prepared) -> Alignment {
        self.search(pair, prepared)
    }
}

/// Per-sentence coverage of a bead, from the prepared pair itself or from its view of a band.
trait MemberCoverageOf: Sync {
    fn cover(&self, src: (usize, usize), tgt: (usize, usize), s: &mut [f32], t: &mut [f32]);
}

impl<P: PreparedPair> MemberCoverageOf for P {
    fn cover(&self, src: (usize, usize), tgt: (usize, usize), s: &mut [f32], t: &mut [f32]) {
        self.member_coverage(src.0..src.0 + src.1, tgt.0..tgt.0 + tgt.1, s, t);
    }
}

struct ViewCoverage<'a>(&'a dyn MemberCoverage);

impl MemberCoverageOf for ViewCoverage<'_> {
    fn cover(&self, src: (usize, usize), tgt: (usize, usize), s: &mut [f32], t: &mut [f32]) {
        self.0
            .member_coverage(src.0..src.0 + src.1, tgt.0..tgt.0 + tgt.1, s, t);
    }
}

/// First pass: lengths only (1-1, 2-1, 1-2, 1-0, 0-1 with Gale-Church priors) in a band around
/// the diagonal that widens until the path no longer runs along its edge. Returns the path as
/// points from (0, 0) to (n, m).
fn length_pass(
    n: usize,
    m: usize,
    src_len: &[usize],
    tgt_len: &[usize],
    length: &LengthModel,
) -> Vec<(usize, usize)> {
    const SHAPES: [(usize, usize); 5] = [(1, 1), (2, 1), (1, 2), (1, 0), (0, 1)];
    let prior = |a: usize, b: usize| -> f32 {
        match (a, b) {
            (1, 1) => 0.0,
            (2, 1) | (1, 2) => 2.3,
            _ => 4.5,
        }
    };
    let mut width = 32 + n.abs_diff(m);
    loop {
        let corridor = Corridor::diagonal(n, m, width);
        let points = cheapest_path(&corridor, &SHAPES, |i, j, a, b| {
            if a == 0 || b == 0 {
                return prior(a, b);
            }
            let ls: usize = src_len[i..i + a].iter().sum();
            let lt: usize = tgt_len[j..j + b].iter().sum();
            // The Gaussian log-density is a fine guide and far cheaper than the tail.
            let delta = length.delta(ls, lt) as f32;
            (0.5 * delta * delta).min(25.0) + prior(a, b)
        });
        if !corridor.touches_edge(&points) || width >= n.max(m) {
            return points;
        }
        width *= 2;
    }
}

/// Offsets (in sentences, from the guide path) of the unrelated sentences a sentence is compared
/// with to learn how similar it is to text it does not translate.
const BACKGROUND_OFFSETS: [isize; 4] = [-29, -13, 13, 29];

/// For every sentence, its mean coverage by sentences of the other side that it does not
/// translate (far from the guide path): how much it resembles anything. Lexical costs are
/// measured against this background, as vecalign normalises by random pairs. Each far pair
/// counts for both of its sentences.
fn background<P: PreparedPair + Sync>(
    prepared: &P,
    guide: &[(usize, usize)],
    n: usize,
    m: usize,
) -> (Vec<f32>, Vec<f32>) {
    use rayon::prelude::*;
    let mut anchor = vec![0usize; n];
    for &(i, j) in guide {
        if i < n {
            anchor[i] = j.min(m.saturating_sub(1));
        }
    }
    let samples: Vec<Vec<(usize, f32, f32)>> = (0..n)
        .into_par_iter()
        .map(|i| {
            BACKGROUND_OFFSETS
                .iter()
                .filter_map(|&offset| {
                    let far = (anchor[i] as isize + offset).rem_euclid(m as isize) as usize;
                    (far.abs_diff(anchor[i]) >= 3).then(|| {
                        let (mut s, mut t) = ([0f32; 1], [0f32; 1]);
                        prepared.member_coverage(i..i + 1, far..far + 1, &mut s, &mut t);
                        (far, s[0], t[0])
                    })
                })
                .collect()
        })
        .collect();
    let mut src = vec![0f32; n];
    let mut tgt_sum = vec![0f32; m];
    let mut tgt_count = vec![0u32; m];
    for (i, row) in samples.iter().enumerate() {
        if !row.is_empty() {
            src[i] = row.iter().map(|&(_, s, _)| s).sum::<f32>() / row.len() as f32;
        }
        for &(j, _, t) in row {
            tgt_sum[j] += t;
            tgt_count[j] += 1;
        }
    }
    let tgt = tgt_sum
        .iter()
        .zip(&tgt_count)
        .map(|(&sum, &count)| if count == 0 { 0.0 } else { sum / count as f32 })
        .collect();
    (src, tgt)
}

/// The full bead cost.
struct CostModel<'a> {
    coverage: &'a dyn MemberCoverageOf,
    src_background: &'a [f32],
    tgt_background: &'a [f32],
    src_len: &'a [usize],
    tgt_len: &'a [usize],
    src_par: Option<&'a [u32]>,
    tgt_par: Option<&'a [u32]>,
    length: LengthModel,
    config: &'a AlignConfig,
    null: f32,
}

/// Fewest first-pass 1-1 beads for calibrating the null cost on the document.
const MIN_CALIBRATION_BEADS: usize = 5;
/// The null cost of documents too short to calibrate on.
const DEFAULT_NULL: f32 = 0.6;

/// Largest bead side the cost model handles (`max_bead` is capped at this).
const MAX_SIDE: usize = 8;

impl CostModel<'_> {
    /// Cost of the bead of shape (a, b) that starts at (i, j).
    fn cost(&self, i: usize, j: usize, a: usize, b: usize) -> f32 {
        if a == 0 || b == 0 {
            return self.null * (a + b) as f32 + self.paragraph(i, j, a, b);
        }
        let ls: usize = self.src_len[i..i + a].iter().sum();
        let lt: usize = self.tgt_len[j..j + b].iter().sum();
        let length = self.config.length_weight * self.length.cost(ls, lt) as f32;
        let merge = self.config.merge_cost * (a + b - 2) as f32;
        let all_null = self.null * (a + b) as f32;
        if self.null > 0.0 && length + merge > all_null {
            // Worse than leaving every sentence unaligned whatever its words: the lexical cost
            // (at least 0) need not be computed; an average one is charged for the posteriors.
            return length + merge + (a + b) as f32 / 2.0;
        }
        // Each sentence of the bead pays for the share of its content the other side does not
        // express, measured against how much it resembles unrelated sentences (its background).
        let mut src_cov = [0f32; MAX_SIDE];
        let mut tgt_cov = [0f32; MAX_SIDE];
        self.coverage(i, j, a, b, &mut src_cov[..a], &mut tgt_cov[..b]);
        let unexplained = |coverage: f32, background: f32| {
            ((1.0 - coverage) / (1.0 - background).max(0.1)).min(1.5)
        };
        let lexical = 0.5
            * (src_cov[..a]
                .iter()
                .zip(&self.src_background[i..i + a])
                .map(|(&c, &g)| unexplained(c, g))
                .sum::<f32>()
                + tgt_cov[..b]
                    .iter()
                    .zip(&self.tgt_background[j..j + b])
                    .map(|(&c, &g)| unexplained(c, g))
                    .sum::<f32>());
        lexical + length + merge + self.paragraph(i, j, a, b)
    }

    /// Coverage of each sentence of the bead by the other side.
    fn coverage(
        &self,
        i: usize,
        j: usize,
        a: usize,
        b: usize,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    ) {
        self.coverage.cover((i, a), (j, b), src_out, tgt_out);
    }

    /// Paragraph anchors: a bonus when the bead ends a paragraph on both sides, half of it
    /// charged when only one side ends one, and the bonus charged for merging sentences of
    /// different paragraphs.
    fn paragraph(&self, i: usize, j: usize, a: usize, b: usize) -> f32 {
        let (Some(sp), Some(tp)) = (self.src_par, self.tgt_par) else {
            return 0.0;
        };
        let bonus = self.config.paragraph_bonus;
        let ends =
            |par: &[u32], end: usize| end == par.len() || (end > 0 && par[end] != par[end - 1]);
        let crosses =
            |par: &[u32], start: usize, len: usize| len >= 2 && par[start] != par[start + len - 1];
        let mut cost = 0.0;
        if a > 0 && b > 0 {
            match (ends(sp, i + a), ends(tp, j + b)) {
                (true, true) => cost -= bonus,
                (true, false) | (false, true) => cost += bonus / 2.0,
                (false, false) => {}
            }
        }
        if crosses(sp, i, a) || crosses(tp, j, b) {
            cost += bonus;
        }
        cost
    }

    /// The per-sentence null cost: `null_scale` × the `null_quantile` quantile of the full costs
    /// of the 1-1 beads of the first-pass path, within `null_bounds`.
    fn calibrate_null(&self, guide: &[(usize, usize)]) -> f32 {
        let mut costs: Vec<f32> = guide
            .windows(2)
            .filter(|w| w[1].0 == w[0].0 + 1 && w[1].1 == w[0].1 + 1)
            .map(|w| self.cost(w[0].0, w[0].1, 1, 1))
            .collect();
        let (low, high) = self.config.null_bounds;
        if costs.len() < MIN_CALIBRATION_BEADS {
            // Too few first-pass 1-1 beads to calibrate on (a sentence or two): a neutral cost,
            // at which a bead whose sentences are half unexplained beats leaving them unaligned.
            return DEFAULT_NULL.clamp(low, high);
        }
        costs.sort_by(f32::total_cmp);
        let rank =
            ((costs.len() - 1) as f32 * self.config.null_quantile.clamp(0.0, 1.0)).round() as usize;
        (self.config.null_scale * costs[rank]).clamp(low, high)
    }
}
