//! chrF and chrF++ exactly as sacrebleu 2.6 computes them.

use super::VERSION;
use super::counts::{
    Counts, Interner, char_ngram_keys, clipped_matches, count, total, word_ngram_keys,
};
use super::metric::Metric;

/// chrF settings (chrF++ is `word_order: 2`).
#[derive(Debug, Clone, Copy)]
pub struct Chrf {
    /// Character n-gram order (at most 6).
    pub char_order: usize,
    /// Word n-gram order (0 for chrF, 2 for chrF++; at most 4).
    pub word_order: usize,
    /// Weight of recall over precision.
    pub beta: u32,
    /// Lower-case everything first.
    pub lowercase: bool,
    /// Keep white space in character n-grams.
    pub whitespace: bool,
}

impl Default for Chrf {
    fn default() -> Self {
        Self {
            char_order: 6,
            word_order: 0,
            beta: 2,
            lowercase: false,
            whitespace: false,
        }
    }
}

/// ASCII punctuation that chrF++ splits off word edges.
fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
}

/// chrF++'s word split: white space, then one punctuation mark off the end (or else the start)
/// of each word longer than one character.
fn punct_split(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for word in line.split_whitespace() {
        let mut chars = word.char_indices();
        let first = chars.next();
        let last = word.char_indices().next_back();
        match (first, last) {
            (Some(_), Some((_, _))) if word.chars().count() == 1 => out.push(word),
            (Some((_, f)), Some((li, l))) => {
                if is_punct(l) {
                    out.extend([&word[..li], &word[li..]]);
                } else if is_punct(f) {
                    let split = f.len_utf8();
                    out.extend([&word[..split], &word[split..]]);
                } else {
                    out.push(word);
                }
            }
            _ => {}
        }
    }
    out
}

impl Chrf {
    fn order(&self) -> usize {
        self.char_order + self.word_order
    }

    fn ngrams<'a>(&self, line: &'a str, interner: &mut Interner<'a>) -> Vec<Counts> {
        let chars: Vec<char> = if self.whitespace {
            line.chars().collect()
        } else {
            line.chars().filter(|c| !c.is_whitespace()).collect()
        };
        let mut out = Vec::with_capacity(self.order());
        let mut keys = Vec::new();
        for n in 1..=self.char_order {
            keys.clear();
            char_ngram_keys(&chars, n, &mut keys);
            out.push(count(&mut keys));
        }
        if self.word_order > 0 {
            let ids = interner.ids(punct_split(line).into_iter());
            for n in 1..=self.word_order {
                keys.clear();
                word_ngram_keys(&ids, n, &mut keys);
                keys.retain(|k| (k >> 124) as usize == n);
                out.push(count(&mut keys));
            }
        }
        out
    }

    /// The F score (0-100) of flattened [hyp, ref, match] statistics per order.
    fn f_score(&self, stats: &[u64]) -> f64 {
        let factor = f64::from(self.beta * self.beta);
        let (mut avg_prec, mut avg_rec, mut effective) = (0.0, 0.0, 0usize);
        for order in stats.chunks(3) {
            let (hyp, reference, matched) = (order[0] as f64, order[1] as f64, order[2] as f64);
            if hyp > 0.0 && reference > 0.0 {
                avg_prec += matched / hyp;
                avg_rec += matched / reference;
                effective += 1;
            }
        }
        if effective == 0 {
            return 0.0;
        }
        avg_prec /= effective as f64;
        avg_rec /= effective as f64;
        if avg_prec + avg_rec == 0.0 {
            return 0.0;
        }
        100.0 * (1.0 + factor) * avg_prec * avg_rec / (factor * avg_prec + avg_rec)
    }
}

/// Statistics are flattened [hypothesis, reference, matched] n-gram counts per order (character
/// orders, then word orders); a segment's are those against the best of its references (the
/// first with the highest F score).
impl Metric for Chrf {
    type Stats = Vec<u64>;

    /// `chrF2`, or `chrF++` with word order 2.
    fn name(&self) -> String {
        if self.word_order > 0 {
            format!("chrF{}", "+".repeat(self.word_order))
        } else {
            "chrF2".into()
        }
    }

    fn signature(&self, nrefs: usize) -> String {
        format!(
            "nrefs:{nrefs}|case:{}|eff:yes|nc:{}|nw:{}|space:{}|version:{VERSION}",
            if self.lowercase { "lc" } else { "mixed" },
            self.char_order,
            self.word_order,
            if self.whitespace { "yes" } else { "no" }
        )
    }

    fn score(&self, stats: &Vec<u64>) -> f64 {
        self.f_score(stats)
    }

    fn segment_stats(&self, hyp: &str, refs: &[&str]) -> Vec<u64> {
        let prep = |s: &str| {
            if self.lowercase {
                s.to_lowercase()
            } else {
                s.to_string()
            }
        };
        let hyp = prep(hyp);
        let refs: Vec<String> = refs.iter().map(|r| prep(r)).collect();
        let mut interner = Interner::default();
        let hyp_ngrams = self.ngrams(&hyp, &mut interner);
        let mut best: Option<(f64, Vec<u64>)> = None;
        for r in &refs {
            let ref_ngrams = self.ngrams(r, &mut interner);
            let mut stats = Vec::with_capacity(3 * self.order());
            for (h, r) in hyp_ngrams.iter().zip(&ref_ngrams) {
                stats.push(if r.is_empty() { 0 } else { total(h) });
                stats.push(total(r));
                stats.push(clipped_matches(h, r));
            }
            let f = self.f_score(&stats);
            if best.as_ref().is_none_or(|(b, _)| f > *b) {
                best = Some((f, stats));
            }
        }
        best.map_or_else(|| vec![0; 3 * self.order()], |(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_split_matches_chrf_plus_plus() {
        assert_eq!(
            punct_split("(hi) there, a ! x."),
            ["(hi", ")", "there", ",", "a", "!", "x", "."]
        );
        assert_eq!(punct_split("'quoted"), ["'", "quoted"]);
    }
}
