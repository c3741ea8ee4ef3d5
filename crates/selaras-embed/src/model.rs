//! The USE-m v3 forward pass on a packed batch of sentences.
//!
//! The tokens of all sentences in a batch are stacked into one matrix so that every weight
//! matrix is used once per batch. Per token: the de-quantised 512-d token embedding; three
//! n-gram CNN branches (n = 2, 3, 5; projection, layer norm over the three projections
//! together, two residual ReLU convolutions that never reach across a sentence boundary);
//! layer norm over [embedding | branches] (1280). Per sentence: the token sum through the
//! output projection scaled by 1/sqrt(tokens), a residual feed-forward head, tanh, L2 norm.

use std::ops::Range;

use ndarray::linalg::general_mat_mul;
use ndarray::{Array2, ArrayViewMut2, Axis, Slice};
use rayon::prelude::*;

use crate::EmbedError;
use crate::weights::{Matrix, Table, Weights};

/// Width of the token embedding and of the output.
const EMB: usize = 512;
/// Width of each CNN branch.
const CNN: usize = 256;
/// Width of the head's hidden layers.
const HIDDEN: usize = 320;
/// Width of the per-token features: embedding + three branches.
const FEAT: usize = EMB + 3 * CNN;

/// One n-gram branch: convolution weights with the window slots side by side, so that one
/// matrix product gives every slot's contribution.
#[derive(Debug)]
struct Branch {
    /// Window length.
    n: usize,
    /// Tokens of left context in the window.
    left: usize,
    /// `CNN x n*CNN`: column block `k` is the weight of window slot `k`.
    w1: Matrix,
    b1: Vec<f32>,
    w2: Matrix,
    b2: Vec<f32>,
}

/// Per-token buffers reused across the batches of one worker: fresh multi-megabyte
/// allocations for every batch cost about a tenth of the time in page faults.
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    feats: Vec<f32>,
    y: Vec<f32>,
    h: Vec<f32>,
    /// Every token's row in the [`TokenCache`].
    slot: Vec<usize>,
}

/// Width of the first convolutions' products of one token, all branches side by side.
const Y1: usize = 10 * CNN;
/// Column of each branch's block in a [`TokenCache`] `y1` row (n = 2, 3, 5).
const Y1_OFFSETS: [usize; 3] = [0, 2 * CNN, 5 * CNN];

/// The per-id work for a set of token ids: row `r` belongs to `ids[r]`.
#[derive(Debug)]
pub(crate) struct TokenCache {
    /// Sorted, distinct.
    ids: Vec<u32>,
    /// The row of every id of the token table (`u32::MAX` when not cached).
    row_of: Vec<u32>,
    /// Token embeddings (`EMB` per id).
    emb: Vec<f32>,
    /// Projections after layer norm (`3 * CNN` per id).
    x: Vec<f32>,
    /// First convolutions' products `x_i @ w1_i` (`Y1` per id).
    y1: Vec<f32>,
}

/// A `rows x cols` matrix over `buf` (grown as needed; the contents are overwritten).
fn matrix(buf: &mut Vec<f32>, rows: usize, cols: usize) -> ArrayViewMut2<'_, f32> {
    buf.resize(rows * cols, 0.0);
    ArrayViewMut2::from_shape((rows, cols), &mut buf[..]).expect("buffer sized to the shape")
}

/// All weights, decoded (the token table stays encoded and is read row by row).
#[derive(Debug)]
pub(crate) struct Model {
    table: Table,
    proj_w: Matrix,
    proj_b: Vec<f32>,
    proj_ln_g: Vec<f32>,
    proj_ln_b: Vec<f32>,
    branches: Vec<Branch>,
    ln_g: Vec<f32>,
    ln_b: Vec<f32>,
    cnn_w: Matrix,
    cnn_b: Vec<f32>,
    d0: Matrix,
    p1: Matrix,
    d1: Matrix,
    d2: Matrix,
    p3: Matrix,
    d3: Matrix,
    eps: f32,
}

impl TokenCache {
    /// The row of a cached id.
    fn row(&self, id: u32) -> usize {
        match self.row_of.get(id as usize) {
            Some(&r) if r != u32::MAX => r as usize,
            _ => self.ids.binary_search(&id).expect("every id is cached"),
        }
    }
}

/// Rearranges an `n*CNN x CNN` convolution (rows: slot-major) into `CNN x n*CNN`.
fn slots_side_by_side(w: &Matrix, n: usize) -> Matrix {
    let mut out = Array2::zeros((CNN, n * CNN));
    for k in 0..n {
        out.slice_axis_mut(Axis(1), cols(k * CNN..(k + 1) * CNN))
            .assign(&w.slice_axis(Axis(0), cols(k * CNN..(k + 1) * CNN)));
    }
    out
}

/// Concatenates vectors.
fn concat(parts: &[Vec<f32>]) -> Vec<f32> {
    parts.concat()
}

impl Model {
    pub(crate) fn new(mut w: Weights) -> Result<Self, EmbedError> {
        let orders = [(2usize, 0usize), (3, 1), (5, 2)];
        let mut proj = Array2::zeros((EMB, 3 * CNN));
        let (mut proj_b, mut g, mut b) = (Vec::new(), Vec::new(), Vec::new());
        let mut branches = Vec::new();
        for (i, &(n, left)) in orders.iter().enumerate() {
            proj.slice_axis_mut(Axis(1), cols(i * CNN..(i + 1) * CNN))
                .assign(&w.take_dense(&format!("proj{n}"), (EMB, CNN))?);
            proj_b.push(w.take_vector(&format!("proj_b{n}"), CNN)?);
            g.push(w.take_vector(&format!("ln_g{n}"), CNN)?);
            b.push(w.take_vector(&format!("ln_b{n}"), CNN)?);
            branches.push(Branch {
                n,
                left,
                w1: slots_side_by_side(&w.take_dense(&format!("w1_{n}"), (n * CNN, CNN))?, n),
                b1: w.take_vector(&format!("b1_{n}"), CNN)?,
                w2: slots_side_by_side(&w.take_dense(&format!("w2_{n}"), (n * CNN, CNN))?, n),
                b2: w.take_vector(&format!("b2_{n}"), CNN)?,
            });
        }
        let eps = w.take_vector("eps", 1)?[0];
        Ok(Self {
            proj_w: proj,
            proj_b: concat(&proj_b),
            proj_ln_g: concat(&g),
            proj_ln_b: concat(&b),
            branches,
            ln_g: w.take_vector("ln_g", FEAT)?,
            ln_b: w.take_vector("ln_b", FEAT)?,
            cnn_w: w.take_dense("cnn_W", (FEAT, EMB))?,
            cnn_b: w.take_vector("cnn_b", EMB)?,
            d0: w.take_dense("d0", (EMB, HIDDEN))?,
            p1: w.take_dense("p1", (EMB, HIDDEN))?,
            d1: w.take_dense("d1", (HIDDEN, HIDDEN))?,
            d2: w.take_dense("d2", (HIDDEN, EMB))?,
            p3: w.take_dense("p3", (HIDDEN, EMB))?,
            d3: w.take_dense("d3", (EMB, EMB))?,
            eps,
            table: w.table,
        })
    }

    /// Rows in the token table.
    pub(crate) fn table_rows(&self) -> usize {
        self.table.rows()
    }

    /// The per-id work of `ids` (sorted, distinct): everything up to the first convolution's
    /// matrix product depends only on the token id, so it is done once per distinct id.
    pub(crate) fn token_cache(&self, ids: Vec<u32>) -> TokenCache {
        const CHUNK: usize = 128;
        let n = ids.len();
        let mut emb = vec![0.0f32; n * EMB];
        let mut x = vec![0.0f32; n * 3 * CNN];
        let mut y1 = vec![0.0f32; n * Y1];
        emb.par_chunks_mut(CHUNK * EMB)
            .zip(x.par_chunks_mut(CHUNK * 3 * CNN))
            .zip(y1.par_chunks_mut(CHUNK * Y1))
            .zip(ids.par_chunks(CHUNK))
            .for_each(|(((emb, x), y1), ids)| self.token_stage(ids, emb, x, y1));
        let mut row_of = vec![u32::MAX; self.table.rows()];
        for (r, &id) in ids.iter().enumerate() {
            if let Some(slot) = row_of.get_mut(id as usize) {
                *slot = r as u32;
            }
        }
        TokenCache {
            ids,
            row_of,
            emb,
            x,
            y1,
        }
    }

    fn token_stage(&self, ids: &[u32], emb: &mut [f32], x: &mut [f32], y1: &mut [f32]) {
        let n = ids.len();
        let mut emb = ArrayViewMut2::from_shape((n, EMB), emb).expect("sized to the shape");
        for (row, &id) in rows(&mut emb).zip(ids) {
            self.table.row(id as usize, row);
        }
        let mut x = ArrayViewMut2::from_shape((n, 3 * CNN), x).expect("sized to the shape");
        general_mat_mul(1.0, &emb, &self.proj_w, 0.0, &mut x);
        add_row(&mut x, &self.proj_b);
        layer_norm(&mut x, &self.proj_ln_g, &self.proj_ln_b, self.eps);
        let mut y1 = ArrayViewMut2::from_shape((n, Y1), y1).expect("sized to the shape");
        for (i, br) in self.branches.iter().enumerate() {
            let xs = x.slice_axis(Axis(1), cols(i * CNN..(i + 1) * CNN));
            let off = Y1_OFFSETS[i];
            let mut ys = y1.slice_axis_mut(Axis(1), cols(off..off + br.n * CNN));
            general_mat_mul(1.0, &xs, &br.w1, 0.0, &mut ys);
        }
    }

    /// Embeds a batch: `ids` holds every sentence's tokens back to back, `lens` their counts
    /// (each at least 1), and `cache` holds the per-id work of every id in `ids`. Writes
    /// `lens.len()` unit vectors of `EMB` values to `out`.
    pub(crate) fn forward(
        &self,
        ids: &[u32],
        lens: &[usize],
        cache: &TokenCache,
        out: &mut [f32],
        scratch: &mut Scratch,
    ) {
        let tokens = ids.len();
        debug_assert_eq!(lens.iter().sum::<usize>(), tokens);
        debug_assert_eq!(out.len(), lens.len() * EMB);
        // Sentence bounds of every token: [start, end).
        let mut bounds = Vec::with_capacity(tokens);
        let mut start = 0;
        for &len in lens {
            bounds.extend(std::iter::repeat_n((start, start + len), len));
            start += len;
        }

        let Scratch { feats, y, h, slot } = scratch;
        slot.clear();
        slot.extend(ids.iter().map(|&id| cache.row(id)));

        let mut feats = matrix(feats, tokens, FEAT);
        for (row, &u) in rows(&mut feats).zip(slot.iter()) {
            row[..EMB].copy_from_slice(&cache.emb[u * EMB..(u + 1) * EMB]);
        }

        for (i, br) in self.branches.iter().enumerate() {
            let mut hv = matrix(h, tokens, CNN);
            let first = Rows {
                data: &cache.y1,
                stride: Y1,
                off: Y1_OFFSETS[i],
            };
            let residual = Rows {
                data: &cache.x,
                stride: 3 * CNN,
                off: i * CNN,
            };
            let hs = hv
                .as_slice_mut()
                .expect("buffer views are in standard layout");
            window(br, first, residual, &br.b1, &bounds, Some(slot), hs, CNN, 0);
            let width = br.n * CNN;
            let mut yv = matrix(y, tokens, width);
            general_mat_mul(1.0, &hv, &br.w2, 0.0, &mut yv);
            let second = Rows {
                data: yv.as_slice().expect("buffer views are in standard layout"),
                stride: width,
                off: 0,
            };
            let residual = Rows {
                data: hv.as_slice().expect("buffer views are in standard layout"),
                stride: CNN,
                off: 0,
            };
            let fs = feats
                .as_slice_mut()
                .expect("buffer views are in standard layout");
            window(
                br,
                second,
                residual,
                &br.b2,
                &bounds,
                None,
                fs,
                FEAT,
                EMB + i * CNN,
            );
        }
        layer_norm(&mut feats, &self.ln_g, &self.ln_b, self.eps);

        // The token sum commutes with the linear projection: sum first, project per sentence.
        let mut sums = Array2::<f32>::zeros((lens.len(), FEAT));
        let mut start = 0;
        for (mut sum, &len) in sums.outer_iter_mut().zip(lens) {
            for row in feats
                .slice_axis(Axis(0), cols(start..start + len))
                .outer_iter()
            {
                sum += &row;
            }
            start += len;
        }
        let mut pooled = sums.dot(&self.cnn_w);
        for (mut row, &len) in pooled.outer_iter_mut().zip(lens) {
            let n = len as f32;
            let inv = 1.0 / n.sqrt();
            for (v, &b) in row.iter_mut().zip(&self.cnn_b) {
                *v = (*v + n * b) * inv;
            }
        }

        let y0 = relu(pooled.dot(&self.d0));
        let y1 = relu(pooled.dot(&self.p1) + y0.dot(&self.d1));
        let y2 = relu(y1.dot(&self.d2));
        let mut z = y1.dot(&self.p3) + y2.dot(&self.d3);
        z.mapv_inplace(f32::tanh);
        for (mut row, dst) in z.outer_iter_mut().zip(out.chunks_exact_mut(EMB)) {
            let norm2: f32 = row.iter().map(|v| v * v).sum();
            let inv = 1.0 / norm2.max(self.eps).sqrt();
            row.mapv_inplace(|v| v * inv);
            for (d, v) in dst.iter_mut().zip(row.iter()) {
                *d = *v;
            }
        }
    }
}

/// Rows of `stride` values in `data`, each read from column `off`.
#[derive(Clone, Copy)]
struct Rows<'a> {
    data: &'a [f32],
    stride: usize,
    off: usize,
}

impl Rows<'_> {
    /// `CNN` values of row `r` from column `off + col`.
    fn get(&self, r: usize, col: usize) -> &[f32] {
        let start = r * self.stride + self.off + col;
        &self.data[start..start + CNN]
    }
}

/// The rest of one residual branch convolution, given its products `y` (row `p` holds
/// `x[p] @ w`, the window slots' products side by side):
/// `out[t] = relu(b + sum_k y[t + k - left] slot k) + residual[t]`, where window slots outside
/// the token's sentence are zero. With `slot`, the `y` and `residual` row of position `p` is
/// `slot[p]` (rows of distinct ids); without, `p`. Row `t` of the result goes to
/// `out[t * out_stride + out_off..][..CNN]`.
#[allow(clippy::too_many_arguments)]
fn window(
    br: &Branch,
    y: Rows<'_>,
    residual: Rows<'_>,
    b: &[f32],
    bounds: &[(usize, usize)],
    slot: Option<&[usize]>,
    out: &mut [f32],
    out_stride: usize,
    out_off: usize,
) {
    let row_of = |p: usize| slot.map_or(p, |s| s[p]);
    for (t, &(lo, hi)) in bounds.iter().enumerate() {
        let row = &mut out[t * out_stride + out_off..t * out_stride + out_off + CNN];
        row.copy_from_slice(b);
        for k in 0..br.n {
            let Some(p) = (t + k).checked_sub(br.left).filter(|&p| p >= lo && p < hi) else {
                continue;
            };
            for (d, v) in row.iter_mut().zip(y.get(row_of(p), k * CNN)) {
                *d += v;
            }
        }
        for (d, r) in row.iter_mut().zip(residual.get(row_of(t), 0)) {
            *d = d.max(0.0) + r;
        }
    }
}

/// A range as an ndarray slice (the `s!` macro expands to `allow(unsafe_code)`, which the
/// workspace forbids).
fn cols(r: Range<usize>) -> Slice {
    Slice::from(r)
}

fn relu(mut a: Array2<f32>) -> Array2<f32> {
    a.mapv_inplace(|v| v.max(0.0));
    a
}

fn add_row(a: &mut ArrayViewMut2<f32>, v: &[f32]) {
    for row in rows(a) {
        for (x, &b) in row.iter_mut().zip(v) {
            *x += b;
        }
    }
}

/// The rows of a matrix over a buffer (standard layout, hence contiguous).
fn rows<'a>(a: &'a mut ArrayViewMut2<'_, f32>) -> std::slice::ChunksExactMut<'a, f32> {
    let width = a.ncols().max(1);
    a.as_slice_mut()
        .expect("buffer views are in standard layout")
        .chunks_exact_mut(width)
}

/// Layer norm over each row: `(x - mean) / sqrt(var + eps) * g + b`.
fn layer_norm(a: &mut ArrayViewMut2<f32>, g: &[f32], b: &[f32], eps: f32) {
    let n = a.ncols() as f32;
    for row in rows(a) {
        let mean = lane_sum(row, |x| x) / n;
        for x in row.iter_mut() {
            *x -= mean;
        }
        let var = lane_sum(row, |x| x * x) / n;
        let inv = 1.0 / (var + eps).sqrt();
        for ((x, &g), &b) in row.iter_mut().zip(g).zip(b) {
            *x = *x * inv * g + b;
        }
    }
}

/// `sum(f(x))` over a row in 16 independent lanes, so that the compiler can vectorise it.
fn lane_sum(row: &[f32], f: impl Fn(f32) -> f32) -> f32 {
    let mut acc = [0.0f32; 16];
    let mut chunks = row.chunks_exact(16);
    for chunk in &mut chunks {
        for (a, &x) in acc.iter_mut().zip(chunk) {
            *a += f(x);
        }
    }
    let tail: f32 = chunks.remainder().iter().map(|&x| f(x)).sum();
    acc.iter().sum::<f32>() + tail
}
