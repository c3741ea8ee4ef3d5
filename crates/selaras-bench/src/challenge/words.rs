//! The generator's own word splitting and random numbers (nothing shared with the detector).

/// A word: byte offsets into its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Word {
    pub start: usize,
    pub end: usize,
}

impl Word {
    pub fn text(self, sentence: &str) -> &str {
        &sentence[self.start..self.end]
    }
}

/// Words: runs of letters and digits, joined by `-` or an apostrophe between letters or digits
/// (`undang-undang`, `didn't`) and by `.` or `,` between digits (`1.250`, `3,8`).
pub(crate) fn words(text: &str) -> Vec<Word> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (k, &(at, c)) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            if start.is_none() {
                start = Some(at);
            }
            continue;
        }
        let Some(s) = start else { continue };
        let previous = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        let joins = match c {
            '-' | '\'' | '’' => next.is_some_and(char::is_alphanumeric),
            '.' | ',' => {
                previous.is_some_and(|p| p.is_ascii_digit())
                    && next.is_some_and(|n| n.is_ascii_digit())
            }
            _ => false,
        };
        if !joins {
            out.push(Word { start: s, end: at });
            start = None;
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
        });
    }
    out
}

/// Lower case, for comparing words with the lists.
pub(crate) fn fold(word: &str) -> String {
    word.to_lowercase()
}

/// Whether a word starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The word with its first letter in upper case.
pub(crate) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The word with its first letter in lower case.
pub(crate) fn decapitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// splitmix64, seeded by an FNV-1a hash of a key: deterministic across platforms and releases.
#[derive(Debug, Clone)]
pub(crate) struct Rng(u64);

impl Rng {
    /// A generator for `key` (an item's origin and the injection's name).
    pub fn keyed(key: &str) -> Self {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in key.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
        Rng(hash)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `lo..=hi`.
    pub fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi.saturating_sub(lo) + 1)
    }

    /// One element of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get(self.below(items.len()))
        }
    }

    /// `items` shuffled (Fisher-Yates).
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for k in (1..items.len()).rev() {
            let j = self.below(k + 1);
            items.swap(k, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        words(s).into_iter().map(|w| w.text(s)).collect()
    }

    #[test]
    fn splits_words() {
        assert_eq!(
            texts("Rp 1.250,5 juta, kata Undang-Undang \"MK\"."),
            ["Rp", "1.250,5", "juta", "kata", "Undang-Undang", "MK"]
        );
        assert_eq!(texts("didn't go. 3."), ["didn't", "go", "3"]);
        assert_eq!(texts("pukul 13.40 WIB"), ["pukul", "13.40", "WIB"]);
    }

    #[test]
    fn rng_is_deterministic() {
        let mut a = Rng::keyed("x");
        let mut b = Rng::keyed("x");
        assert_eq!(a.next_u64(), b.next_u64());
        assert!((0..100).all(|_| a.below(7) < 7));
    }
}
