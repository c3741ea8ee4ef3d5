//! Duplicate pairs across a run, in bounded memory: 128-bit hashes of the texts, never the texts.

use std::collections::HashSet;

use crate::DropReason;

/// Remembers the pairs kept so far (FNV-1a 128 of the exact texts and of their normalised form:
/// lower case, letters and digits only) and says whether a new pair repeats one.
///
/// 16 bytes per kept pair and key kind (about 70 bytes with the hash table's overhead), so ten
/// million kept pairs take well under a gigabyte; the hashes are stable across runs and versions,
/// so a resumed run rebuilds the same sets from its committed chunks.
#[derive(Debug, Default)]
pub struct Dedup {
    exact: HashSet<u128>,
    normalised: HashSet<u128>,
}

const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

fn fnv(hash: u128, bytes: &[u8]) -> u128 {
    bytes
        .iter()
        .fold(hash, |h, &b| (h ^ u128::from(b)).wrapping_mul(PRIME))
}

/// The exact key: both texts, separated by a byte UTF-8 never contains.
fn exact_key(src: &str, tgt: &str) -> u128 {
    fnv(fnv(fnv(OFFSET, src.as_bytes()), &[0xff]), tgt.as_bytes())
}

/// The normalised key: lower case, letters and digits only (punctuation, spaces and case do not
/// make a pair new).
fn normalised_key(src: &str, tgt: &str) -> u128 {
    let mut hash = OFFSET;
    let mut buf = [0u8; 4];
    for (k, text) in [src, tgt].into_iter().enumerate() {
        if k == 1 {
            hash = fnv(hash, &[0xff]);
        }
        for c in text.chars().flat_map(char::to_lowercase) {
            if c.is_alphanumeric() {
                hash = fnv(hash, c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    hash
}

impl Dedup {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// `None` when the pair is new (it is remembered), else why it is a duplicate.
    pub fn check(&mut self, src: &str, tgt: &str) -> Option<DropReason> {
        if !self.exact.insert(exact_key(src, tgt)) {
            return Some(DropReason::Duplicate);
        }
        if !self.normalised.insert(normalised_key(src, tgt)) {
            return Some(DropReason::NormalisedDuplicate);
        }
        None
    }

    /// Pairs remembered.
    pub fn len(&self) -> usize {
        self.exact.len()
    }

    /// Whether nothing was remembered yet.
    pub fn is_empty(&self) -> bool {
        self.exact.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_then_normalised_duplicates() {
        let mut dedup = Dedup::new();
        assert_eq!(dedup.check("Power was cut.", "Listrik padam."), None);
        assert_eq!(
            dedup.check("Power was cut.", "Listrik padam."),
            Some(DropReason::Duplicate)
        );
        assert_eq!(
            dedup.check("power  was cut", "Listrik padam!"),
            Some(DropReason::NormalisedDuplicate)
        );
        assert_eq!(dedup.check("Power was cut 2.", "Listrik padam."), None);
        // The separator keeps "ab"+"c" apart from "a"+"bc".
        assert_eq!(dedup.check("ab", "c"), None);
        assert_eq!(dedup.check("a", "bc"), None);
        assert_eq!(dedup.len(), 5);
    }
}
