//! n-gram counting without hashing: n-grams are packed into `u128` keys (up to four word ids of
//! 32 bits, or up to six characters of 21 bits, each plus one so that a shorter n-gram never
//! equals a longer one), sorted, and counted by runs; two sorted count lists intersect by merge.

/// Sorted (key, count) pairs.
pub(crate) type Counts = Vec<(u128, u32)>;

/// Counts of the keys in `keys` (which is sorted in place).
pub(crate) fn count(keys: &mut [u128]) -> Counts {
    keys.sort_unstable();
    let mut out: Counts = Vec::with_capacity(keys.len());
    for &key in keys.iter() {
        match out.last_mut() {
            Some((last, n)) if *last == key => *n += 1,
            _ => out.push((key, 1)),
        }
    }
    out
}

/// Total count.
pub(crate) fn total(counts: &Counts) -> u64 {
    counts.iter().map(|&(_, n)| u64::from(n)).sum()
}

/// Σ min(count in `a`, count in `b`) over shared keys.
pub(crate) fn clipped_matches(a: &Counts, b: &Counts) -> u64 {
    let (mut i, mut j, mut matched) = (0, 0, 0u64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                matched += u64::from(a[i].1.min(b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    matched
}

/// [`clipped_matches`] split by n-gram order (the order sits in the top four bits of a word
/// n-gram key): `out[n - 1]` receives the matches of order `n`.
pub(crate) fn clipped_matches_by_order(a: &Counts, b: &Counts, out: &mut [u64]) {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let order = (a[i].0 >> 124) as usize;
                if let Some(slot) = out.get_mut(order.wrapping_sub(1)) {
                    *slot += u64::from(a[i].1.min(b[j].1));
                }
                i += 1;
                j += 1;
            }
        }
    }
}

/// The element-wise maximum of two count lists.
pub(crate) fn max_merge(a: &Counts, b: &Counts) -> Counts {
    let mut out = Vec::with_capacity(a.len().max(b.len()));
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j >= b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i >= a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1.max(b[j].1)));
            i += 1;
            j += 1;
        }
    }
    out
}

/// Keys of all n-grams of `ids` for n in 1..=`max_order` (at most 4), the order in the top bits.
pub(crate) fn word_ngram_keys(ids: &[u32], max_order: usize, out: &mut Vec<u128>) {
    for n in 1..=max_order.min(4) {
        for window in ids.windows(n) {
            let mut key = (n as u128) << 124;
            for (k, &id) in window.iter().enumerate() {
                key |= u128::from(id) << (31 * k);
            }
            out.push(key);
        }
    }
}

/// Keys of the character n-grams of order `n` (at most 6) of `chars`.
pub(crate) fn char_ngram_keys(chars: &[char], n: usize, out: &mut Vec<u128>) {
    for window in chars.windows(n) {
        let mut key = 0u128;
        for (k, &c) in window.iter().enumerate() {
            key |= (u128::from(c as u32) + 1) << (21 * k);
        }
        out.push(key);
    }
}

/// A fast non-cryptographic hasher for short words (the multiply-rotate scheme of FxHash); the
/// interner's keys come from the texts being scored, and collisions only cost time.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
}

type WordMap<'a> =
    std::collections::HashMap<&'a str, u32, std::hash::BuildHasherDefault<WordHasher>>;

/// Interns words into ids, shared by a hypothesis and its references.
#[derive(Debug, Default)]
pub(crate) struct Interner<'a> {
    ids: WordMap<'a>,
}

impl<'a> Interner<'a> {
    /// The word of every id, in id order.
    pub fn names(&self) -> Vec<&'a str> {
        let mut names = vec![""; self.ids.len()];
        for (&word, &id) in &self.ids {
            names[id as usize] = word;
        }
        names
    }

    pub fn ids(&mut self, words: impl Iterator<Item = &'a str>) -> Vec<u32> {
        words
            .map(|w| {
                let next = u32::try_from(self.ids.len()).unwrap_or(u32::MAX);
                *self.ids.entry(w).or_insert(next)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_clips() {
        let mut a = vec![3u128, 1, 3, 2, 3];
        let mut b = vec![3u128, 3, 4];
        let (a, b) = (count(&mut a), count(&mut b));
        assert_eq!(a, vec![(1, 1), (2, 1), (3, 3)]);
        assert_eq!(clipped_matches(&a, &b), 2);
        assert_eq!(max_merge(&a, &b), vec![(1, 1), (2, 1), (3, 3), (4, 1)]);
        assert_eq!(total(&a), 5);
    }

    #[test]
    fn ngram_keys_of_different_orders_differ() {
        let mut keys = Vec::new();
        word_ngram_keys(&[0, 0], 2, &mut keys);
        assert_eq!(keys.len(), 3);
        assert_ne!(keys[0], keys[2]);
        let mut chars = Vec::new();
        char_ngram_keys(&['a', 'a'], 1, &mut chars);
        char_ngram_keys(&['a', 'a'], 2, &mut chars);
        assert_ne!(chars[0], chars[2]);
    }
}
