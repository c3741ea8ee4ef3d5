//! Synthetic document pairs with known alignments, made from line-parallel data by edits a
//! translation really undergoes: sentences merged or split, omitted, or added. Used for tests,
//! benchmarks and tuning.

use std::ops::Range;

/// A generated document pair and its gold alignment.
#[derive(Debug, Clone, Default)]
pub struct SyntheticPair {
    /// Source sentences.
    pub src: Vec<String>,
    /// Target sentences.
    pub tgt: Vec<String>,
    /// Gold beads as (source range, target range).
    pub gold: Vec<(Range<usize>, Range<usize>)>,
}

/// Shares of each edit, in percent of source rows.
#[derive(Debug, Clone, Copy)]
pub struct EditRates {
    /// Two rows translated as one target sentence (2-1).
    pub merge: u64,
    /// One source sentence holding two rows, translated as two (1-2).
    pub split: u64,
    /// A row left untranslated (1-0).
    pub omit: u64,
    /// An unrelated target sentence inserted (0-1).
    pub insert: u64,
}

impl Default for EditRates {
    fn default() -> Self {
        Self {
            merge: 4,
            split: 4,
            omit: 3,
            insert: 3,
        }
    }
}

/// A small deterministic generator (64-bit LCG), so that a seed always gives the same pair.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

impl SyntheticPair {
    /// Whether a row pair is usable as a known 1-1 translation: both sides non-empty and their
    /// character lengths within a factor of 1.6. Some corpora hold rows where one side is only a
    /// fragment of the other (`"..the taste was rather delicious. ..."` for a whole review),
    /// which would make the gold itself wrong.
    pub fn is_sound_row(src: &str, tgt: &str) -> bool {
        let (s, t) = (src.chars().count(), tgt.chars().count());
        s > 0 && t > 0 && (s as f64 / t as f64) <= 1.6 && (t as f64 / s as f64) <= 1.6
    }

    /// Builds a pair from line-parallel `rows` (source, target), cycling through them until
    /// `len` source rows are used, with edits at `rates` and insertions drawn from `extra`.
    pub fn generate(
        rows: &[(&str, &str)],
        extra: &[&str],
        len: usize,
        rates: EditRates,
        seed: u64,
    ) -> Self {
        let mut pair = SyntheticPair::default();
        if rows.is_empty() {
            return pair;
        }
        let mut rng = Lcg(seed.wrapping_add(1));
        let row = |k: usize| rows[k % rows.len()];
        let mut k = 0;
        while k < len {
            let roll = rng.next() % 100;
            let (s0, t0) = (pair.src.len(), pair.tgt.len());
            let (src, tgt) = row(k);
            if roll < rates.merge && k + 1 < len {
                let (src2, tgt2) = row(k + 1);
                pair.src.extend([src.to_string(), src2.to_string()]);
                pair.tgt.push(format!("{tgt} {tgt2}"));
                pair.gold.push((s0..s0 + 2, t0..t0 + 1));
                k += 2;
                continue;
            }
            if roll < rates.merge + rates.split && k + 1 < len {
                let (src2, tgt2) = row(k + 1);
                pair.src.push(format!("{src} {src2}"));
                pair.tgt.extend([tgt.to_string(), tgt2.to_string()]);
                pair.gold.push((s0..s0 + 1, t0..t0 + 2));
                k += 2;
                continue;
            }
            if roll < rates.merge + rates.split + rates.omit {
                pair.src.push(src.to_string());
                pair.gold.push((s0..s0 + 1, t0..t0));
            } else if roll < rates.merge + rates.split + rates.omit + rates.insert
                && !extra.is_empty()
            {
                let inserted = extra[(rng.next() as usize) % extra.len()];
                pair.tgt.push(inserted.to_string());
                pair.gold.push((s0..s0, t0..t0 + 1));
                pair.src.push(src.to_string());
                pair.tgt.push(tgt.to_string());
                pair.gold.push((s0..s0 + 1, t0 + 1..t0 + 2));
            } else {
                pair.src.push(src.to_string());
                pair.tgt.push(tgt.to_string());
                pair.gold.push((s0..s0 + 1, t0..t0 + 1));
            }
            k += 1;
        }
        pair
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_covers_both_sides_and_is_reproducible() {
        let rows: Vec<(String, String)> = (0..50)
            .map(|k| (format!("s{k}"), format!("t{k}")))
            .collect();
        let rows: Vec<(&str, &str)> = rows.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let a = SyntheticPair::generate(&rows, &["x"], 200, EditRates::default(), 3);
        let b = SyntheticPair::generate(&rows, &["x"], 200, EditRates::default(), 3);
        assert_eq!(a.gold, b.gold);
        let (mut i, mut j) = (0, 0);
        for (s, t) in &a.gold {
            assert_eq!((s.start, t.start), (i, j));
            i = s.end;
            j = t.end;
        }
        assert_eq!((i, j), (a.src.len(), a.tgt.len()));
    }
}
