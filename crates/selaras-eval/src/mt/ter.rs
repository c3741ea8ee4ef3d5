//! TER exactly as sacrebleu 2.6 computes it: tercom's greedy shifts (at most 10 words, moved at
//! most 50 positions, 1000 candidates per segment) over a beam edit distance (beam 25 around the
//! length-scaled diagonal).

use super::counts::Interner;
use super::{MetricScore, VERSION};

const MAX_SHIFT_SIZE: usize = 10;
const MAX_SHIFT_DIST: usize = 50;
const BEAM_WIDTH: usize = 25;
const MAX_SHIFT_CANDIDATES: usize = 1000;
const INFINITY: u64 = 10_000_000_000_000_000;

/// Edit operations, as the hypothesis-to-reference matrix records them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    /// Words equal.
    Keep,
    /// Substitution.
    Sub,
    /// A reference word consumed (insertion).
    Ins,
    /// A hypothesis word consumed (deletion).
    Del,
    /// Outside the beam.
    Undef,
}

/// TER settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct Ter {
    /// Keep case (sacrebleu lower-cases by default).
    pub case_sensitive: bool,
}

/// The beam edit distance matrix of one hypothesis against a reference: rows are hypothesis
/// positions 0..=n, columns reference positions 0..=m.
struct Matrix {
    m: usize,
    cost: Vec<u64>,
    op: Vec<Op>,
}

impl Matrix {
    fn new(n: usize, m: usize) -> Self {
        let mut matrix = Self {
            m,
            cost: vec![INFINITY; (n + 1) * (m + 1)],
            op: vec![Op::Undef; (n + 1) * (m + 1)],
        };
        for j in 0..=m {
            matrix.cost[j] = j as u64;
            matrix.op[j] = Op::Ins;
        }
        matrix
    }

    /// Recomputes rows `from + 1..=n` for `hyp` (rows up to `from` are kept).
    fn fill(&mut self, hyp: &[u32], reference: &[u32], from: usize) {
        let (n, m) = (hyp.len(), self.m);
        let width = m + 1;
        let ratio = if n == 0 { 1.0 } else { m as f64 / n as f64 };
        let beam = if (BEAM_WIDTH as f64) < ratio / 2.0 {
            (ratio / 2.0 + BEAM_WIDTH as f64).ceil() as usize
        } else {
            BEAM_WIDTH
        };
        for i in from + 1..=n {
            let row = i * width;
            self.cost[row..row + width].fill(INFINITY);
            self.op[row..row + width].fill(Op::Undef);
            let diagonal = (i as f64 * ratio).floor() as usize;
            let min_j = diagonal.saturating_sub(beam);
            let max_j = if i == n {
                m + 1
            } else {
                (diagonal + beam).min(m + 1)
            };
            for j in min_j..max_j {
                if j == 0 {
                    self.cost[row] = self.cost[row - width] + 1;
                    self.op[row] = Op::Del;
                    continue;
                }
                let (sub_cost, sub_op) = if hyp[i - 1] == reference[j - 1] {
                    (0, Op::Keep)
                } else {
                    (1, Op::Sub)
                };
                let options = [
                    (self.cost[row - width + j - 1] + sub_cost, sub_op),
                    (self.cost[row - width + j] + 1, Op::Del),
                    (self.cost[row + j - 1] + 1, Op::Ins),
                ];
                for (cost, op) in options {
                    if self.cost[row + j] > cost {
                        self.cost[row + j] = cost;
                        self.op[row + j] = op;
                    }
                }
            }
        }
    }

    fn distance(&self, n: usize) -> u64 {
        self.cost[n * (self.m + 1) + self.m]
    }

    /// The operations from (0, 0) to (n, m), in order.
    fn trace(&self, n: usize) -> Vec<Op> {
        let (mut i, mut j) = (n, self.m);
        let mut ops = Vec::with_capacity(n + self.m);
        while i > 0 || j > 0 {
            let op = self.op[i * (self.m + 1) + j];
            ops.push(op);
            match op {
                Op::Keep | Op::Sub => {
                    i -= 1;
                    j -= 1;
                }
                Op::Ins => j -= 1,
                Op::Del | Op::Undef => i -= 1,
            }
        }
        ops.reverse();
        ops
    }
}

/// `words[start..start + length]` moved to position `target`.
fn perform_shift(words: &[u32], start: usize, length: usize, target: usize) -> Vec<u32> {
    let mut out = Vec::with_capacity(words.len());
    if target < start {
        out.extend_from_slice(&words[..target]);
        out.extend_from_slice(&words[start..start + length]);
        out.extend_from_slice(&words[target..start]);
        out.extend_from_slice(&words[start + length..]);
    } else if target > start + length {
        out.extend_from_slice(&words[..start]);
        out.extend_from_slice(&words[start + length..target]);
        out.extend_from_slice(&words[start..start + length]);
        out.extend_from_slice(&words[target..]);
    } else {
        // A target inside the moved block: the words after the block up to `length + target`
        // (clamped to the end, as tercom's slicing is) come first.
        let end = (length + target).min(words.len());
        out.extend_from_slice(&words[..start]);
        out.extend_from_slice(&words[start + length..end]);
        out.extend_from_slice(&words[start..start + length]);
        out.extend_from_slice(&words[end..]);
    }
    out
}

/// Edits of the hypothesis `hyp` against `reference` (ids), with shifts; `names` gives the word
/// of each id for tie-breaking as tercom does (on equal gain, length, start and target, the
/// lexicographically larger word sequence wins).
fn edits(hyp: &[u32], reference: &[u32], names: &[&str]) -> u64 {
    let (n, m) = (hyp.len(), reference.len());
    if m == 0 {
        return n as u64;
    }
    let mut words = hyp.to_vec();
    let mut base = Matrix::new(n, m);
    base.fill(&words, reference, 0);
    let mut candidate = Matrix::new(n, m);
    let mut shifts = 0u64;
    let mut checked = 0usize;
    loop {
        let score = base.distance(n);
        // The alignment seen from the hypothesis side: insertions and deletions swap roles.
        let (mut align, mut ref_err, mut hyp_err) = (
            vec![0usize; m],
            Vec::with_capacity(m),
            Vec::with_capacity(n),
        );
        let (mut pos_h, mut pos_r) = (-1isize, -1isize);
        for op in base.trace(n) {
            match op {
                Op::Keep | Op::Sub => {
                    pos_h += 1;
                    pos_r += 1;
                    align[pos_r as usize] = pos_h.max(0) as usize;
                    let err = u32::from(op == Op::Sub);
                    hyp_err.push(err);
                    ref_err.push(err);
                }
                Op::Del | Op::Undef => {
                    pos_h += 1;
                    hyp_err.push(1);
                }
                Op::Ins => {
                    pos_r += 1;
                    // A reference word before any hypothesis word aligns to -1: stored as usize::MAX.
                    align[pos_r as usize] = if pos_h < 0 {
                        usize::MAX
                    } else {
                        pos_h as usize
                    };
                    ref_err.push(1);
                }
            }
        }
        let prefix = |errs: &[u32]| -> Vec<u32> {
            std::iter::once(0)
                .chain(errs.iter().scan(0, |s, &e| {
                    *s += e;
                    Some(*s)
                }))
                .collect()
        };
        let (hyp_sum, ref_sum) = (prefix(&hyp_err), prefix(&ref_err));
        let mut best: Option<(i64, usize, isize, isize, Vec<u32>)> = None;
        'pairs: for start_h in 0..n {
            for start_r in 0..m {
                if start_r.abs_diff(start_h) > MAX_SHIFT_DIST {
                    continue;
                }
                let mut length = 0;
                while length < MAX_SHIFT_SIZE
                    && words[start_h + length] == reference[start_r + length]
                {
                    length += 1;
                    let ok = hyp_sum[start_h + length] - hyp_sum[start_h] > 0
                        && ref_sum[start_r + length] - ref_sum[start_r] > 0
                        && !(align[start_r] != usize::MAX
                            && start_h <= align[start_r]
                            && align[start_r] < start_h + length);
                    if ok {
                        let mut previous = None;
                        for offset in -1..length as isize {
                            let position = start_r as isize + offset;
                            let target = if position == -1 {
                                0
                            } else {
                                align[position as usize].wrapping_add(1)
                            };
                            if previous == Some(target) {
                                continue;
                            }
                            previous = Some(target);
                            let shifted = perform_shift(&words, start_h, length, target);
                            let from = start_h.min(target);
                            candidate.cost[..(from + 1) * (m + 1)]
                                .copy_from_slice(&base.cost[..(from + 1) * (m + 1)]);
                            candidate.op[..(from + 1) * (m + 1)]
                                .copy_from_slice(&base.op[..(from + 1) * (m + 1)]);
                            candidate.fill(&shifted, reference, from);
                            let gain = score as i64 - candidate.distance(n) as i64;
                            checked += 1;
                            let key = (gain, length, -(start_h as isize), -(target as isize));
                            let better = match &best {
                                None => true,
                                Some((g, l, s, t, w)) => {
                                    (key.0, key.1, key.2, key.3) > (*g, *l, *s, *t)
                                        || ((key.0, key.1, key.2, key.3) == (*g, *l, *s, *t)
                                            && shifted
                                                .iter()
                                                .map(|&id| names[id as usize])
                                                .cmp(w.iter().map(|&id| names[id as usize]))
                                                == std::cmp::Ordering::Greater)
                                }
                            };
                            if better {
                                best = Some((key.0, key.1, key.2, key.3, shifted));
                            }
                        }
                        if checked >= MAX_SHIFT_CANDIDATES {
                            break 'pairs;
                        }
                    }
                    if start_h + length == n || start_r + length == m {
                        break;
                    }
                }
            }
        }
        let Some((gain, _, _, _, shifted)) = best else {
            break;
        };
        if checked >= MAX_SHIFT_CANDIDATES || gain <= 0 {
            break;
        }
        shifts += 1;
        words = shifted;
        base.fill(&words, reference, 0);
    }
    shifts + base.distance(n)
}

impl Ter {
    fn words<'a>(&self, line: &'a str, owned: &'a mut String) -> Vec<&'a str> {
        *owned = if self.case_sensitive {
            line.trim_end().to_string()
        } else {
            line.trim_end().to_lowercase()
        };
        owned.split_whitespace().collect()
    }

    /// [best number of edits over the references, average reference length] of one segment.
    pub fn segment_stats(&self, hyp: &str, refs: &[&str]) -> [f64; 2] {
        let mut owned_hyp = String::new();
        let hyp_words = self.words(hyp, &mut owned_hyp);
        let mut owned_refs: Vec<String> = vec![String::new(); refs.len()];
        let ref_words: Vec<Vec<&str>> = refs
            .iter()
            .zip(owned_refs.iter_mut())
            .map(|(r, owned)| self.words(r, owned))
            .collect();
        let mut interner = Interner::default();
        let hyp_ids = interner.ids(hyp_words.iter().copied());
        let ref_ids: Vec<Vec<u32>> = ref_words
            .iter()
            .map(|r| interner.ids(r.iter().copied()))
            .collect();
        let names = interner.names();
        let mut best = u64::MAX;
        let mut lengths = 0.0;
        for reference in &ref_ids {
            best = best.min(edits(&hyp_ids, reference, &names));
            lengths += reference.len() as f64;
        }
        [best as f64, lengths / refs.len().max(1) as f64]
    }

    /// The TER score (0-100, lower is better) of summed statistics.
    pub fn score_stats(&self, stats: [f64; 2]) -> f64 {
        let [edits, length] = stats;
        if length > 0.0 {
            100.0 * edits / length
        } else if edits > 0.0 {
            100.0
        } else {
            0.0
        }
    }

    /// Per-segment statistics, computed in parallel.
    pub fn all_stats(&self, hyps: &[&str], refs: &[Vec<&str>]) -> Vec<[f64; 2]> {
        super::per_segment(hyps, refs, |h, r| self.segment_stats(h, r))
    }

    /// Corpus TER.
    pub fn corpus(&self, hyps: &[&str], refs: &[Vec<&str>]) -> MetricScore {
        let sum = self
            .all_stats(hyps, refs)
            .iter()
            .fold([0.0, 0.0], |acc, s| [acc[0] + s[0], acc[1] + s[1]]);
        self.result(self.score_stats(sum), refs.len())
    }

    /// A score with this metric's name and signature.
    pub fn result(&self, score: f64, nrefs: usize) -> MetricScore {
        MetricScore {
            name: "TER".into(),
            score,
            signature: format!(
                "nrefs:{nrefs}|case:{}|tok:tercom|norm:no|punct:yes|asian:no|version:{VERSION}",
                if self.case_sensitive { "mixed" } else { "lc" }
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifts_move_blocks_and_keep_the_length() {
        let words = [0, 1, 2, 3, 4];
        assert_eq!(perform_shift(&words, 3, 2, 0), vec![3, 4, 0, 1, 2]);
        assert_eq!(perform_shift(&words, 0, 2, 4), vec![2, 3, 0, 1, 4]);
        // A target inside the block reaching past the end is clamped, as tercom's slicing is.
        assert_eq!(perform_shift(&words, 2, 2, 4), vec![0, 1, 4, 2, 3]);
        assert_eq!(perform_shift(&words, 3, 2, 4), vec![0, 1, 2, 3, 4]);
    }

    #[test]
    fn a_swapped_block_costs_one_shift() {
        let names = ["a", "b", "c", "d", "e"];
        // "c d e a b" against "a b c d e": one shift of "a b" to the front.
        assert_eq!(edits(&[2, 3, 4, 0, 1], &[0, 1, 2, 3, 4], &names), 1);
        assert_eq!(edits(&[], &[0, 1], &names), 2);
        assert_eq!(edits(&[0, 1], &[], &names), 2);
    }
}
