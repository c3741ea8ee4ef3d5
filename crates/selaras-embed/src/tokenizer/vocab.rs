//! The unigram vocabulary and sentencepiece's Viterbi segmentation.

/// Piece types as in sentencepiece's `ModelProto.SentencePiece.Type`.
pub(crate) mod kind {
    pub(crate) const UNKNOWN: u8 = 2;
    pub(crate) const USER_DEFINED: u8 = 4;
    pub(crate) const UNUSED: u8 = 5;
    pub(crate) const NORMAL: u8 = 1;
}

/// The pieces, their scores and types, and the piece ids sorted by piece bytes.
///
/// Prefix search narrows a range of the sorted ids one byte at a time, so the vocabulary
/// needs no trie built at load time.
#[derive(Debug)]
pub(crate) struct Vocab {
    pub(crate) scores: Vec<f32>,
    pub(crate) types: &'static [u8],
    pub(crate) offsets: Vec<u32>,
    pub(crate) blob: &'static [u8],
    pub(crate) sorted: Vec<u32>,
    pub(crate) unk_id: u32,
    min_score: f32,
    max_score: f32,
    /// For every two-byte prefix `a << 8 | b`: the range of `sorted` that starts with it.
    by_two_bytes: Vec<(u32, u32)>,
}

/// The best path ending at a byte position.
#[derive(Debug, Clone, Copy)]
struct Best {
    score: f32,
    start: usize,
    id: u32,
    reached: bool,
}

impl Vocab {
    pub(crate) fn new(
        scores: Vec<f32>,
        types: &'static [u8],
        offsets: Vec<u32>,
        blob: &'static [u8],
        sorted: Vec<u32>,
        unk_id: u32,
    ) -> Self {
        let normal = || {
            scores
                .iter()
                .zip(types)
                .filter(|&(_, &t)| t == kind::NORMAL)
                .map(|(&s, _)| s)
        };
        // sentencepiece starts the maximum at FLT_MIN (the smallest positive float).
        let min_score = normal().fold(f32::MAX, f32::min);
        let max_score = normal().fold(f32::MIN_POSITIVE, f32::max);
        let mut by_two_bytes = vec![(0u32, 0u32); 1 << 16];
        for (k, &id) in sorted.iter().enumerate() {
            let i = id as usize;
            let (a, b) = (offsets[i] as usize, offsets[i + 1] as usize);
            if let Some(&[x, y]) = blob.get(a..b).and_then(|p| p.get(..2)) {
                let range = &mut by_two_bytes[usize::from(x) << 8 | usize::from(y)];
                if range.0 == range.1 {
                    range.0 = k as u32;
                }
                range.1 = k as u32 + 1;
            }
        }
        Self {
            scores,
            types,
            offsets,
            blob,
            sorted,
            unk_id,
            min_score,
            max_score,
            by_two_bytes,
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.scores.len()
    }

    pub(crate) fn piece(&self, id: u32) -> &'static [u8] {
        let i = id as usize;
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.blob.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Calls `f(length, id)` for every piece that is a prefix of `s`, shortest first.
    fn prefixes(&self, s: &[u8], mut f: impl FnMut(usize, u32)) {
        let (mut lo, mut hi) = (0usize, self.sorted.len());
        for (depth, &c) in s.iter().enumerate() {
            if depth == 1 {
                // Jump over the widest binary searches with the two-byte index.
                let (a, b) = self.by_two_bytes[usize::from(s[0]) << 8 | usize::from(c)];
                if a == b {
                    return;
                }
                (lo, hi) = (a as usize, b as usize);
                let first = self.sorted[lo];
                if self.piece(first).len() == 2 {
                    f(2, first);
                }
                continue;
            }
            let range = &self.sorted[lo..hi];
            let before = |id: &u32, inclusive: bool| {
                let p = self.piece(*id);
                match p.get(depth) {
                    None => true,
                    Some(&b) => b < c || (inclusive && b == c),
                }
            };
            let a = range.partition_point(|id| before(id, false));
            let b = range.partition_point(|id| before(id, true));
            if a == b {
                return;
            }
            (lo, hi) = (lo + a, lo + b);
            let first = self.sorted[lo];
            if self.piece(first).len() == depth + 1 {
                f(depth + 1, first);
            }
        }
    }

    /// Segments normalised bytes into piece ids (sentencepiece `EncodeOptimized`), merging
    /// runs of unknown characters into one unknown id as `SentencePieceProcessor` does.
    pub(crate) fn encode(&self, s: &[u8], ids: &mut Vec<u32>) {
        let size = s.len();
        if size == 0 {
            return;
        }
        let unk_score = self.min_score - 10.0;
        let mut best = vec![
            Best {
                score: 0.0,
                start: 0,
                id: 0,
                reached: false,
            };
            size + 1
        ];
        let mut start = 0;
        while start < size {
            let base = best[start].score;
            let mblen = one_char(s[start]).min(size - start);
            let mut has_single = false;
            self.prefixes(&s[start..], |len, id| {
                let t = self.types.get(id as usize).copied().unwrap_or(0);
                if t == kind::UNUSED {
                    return;
                }
                let candidate = if t == kind::USER_DEFINED {
                    // sentencepiece computes `length * max_score - 0.1` in double precision.
                    (len as f64 * f64::from(self.max_score) - 0.1 + f64::from(base)) as f32
                } else {
                    self.scores.get(id as usize).copied().unwrap_or(unk_score) + base
                };
                let target = &mut best[start + len];
                if !target.reached || candidate > target.score {
                    *target = Best {
                        score: candidate,
                        start,
                        id,
                        reached: true,
                    };
                }
                if len == mblen {
                    has_single = true;
                }
            });
            if !has_single {
                let candidate = unk_score + base;
                let target = &mut best[start + mblen];
                if !target.reached || candidate > target.score {
                    *target = Best {
                        score: candidate,
                        start,
                        id: self.unk_id,
                        reached: true,
                    };
                }
            }
            start += mblen;
        }
        let first = ids.len();
        let mut end = size;
        while end > 0 {
            let node = best[end];
            ids.push(node.id);
            end = node.start;
        }
        ids[first..].reverse();
        let mut prev_unk = false;
        let mut w = first;
        for r in first..ids.len() {
            let id = ids[r];
            let is_unk = self.types.get(id as usize) == Some(&kind::UNKNOWN);
            if !(is_unk && prev_unk) {
                ids[w] = id;
                w += 1;
            }
            prev_unk = is_unk;
        }
        ids.truncate(w);
    }
}

fn one_char(lead: u8) -> usize {
    super::normalizer::one_char_len(lead)
}
