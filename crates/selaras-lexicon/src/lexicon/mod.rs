//! The bilingual lexicon: word and phrase pairs between two languages.

mod dictd;
mod embedded;
mod muse;
mod tsv;

use std::collections::HashMap;

use selaras_text::Lang;

pub use dictd::read_dictd;
pub use embedded::embedded_id_en;
pub use muse::read_muse;
pub use tsv::{read_tsv, write_tsv};

use crate::{LexiconError, fold};

/// One lexicon entry: a word or short phrase on each side and a weight (a translation
/// probability, or 1 for dictionary entries).
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Left-language side, folded (lower case, no diacritics).
    pub left: String,
    /// Right-language side, folded.
    pub right: String,
    /// Weight in (0, 1].
    pub weight: f32,
}

/// A bilingual lexicon between a left and a right language (`en` and `id` for FreeDict eng-ind).
///
/// Entries are kept as given (phrases too). For word matching, each side is also indexed word by
/// word: a single word paired with a phrase of up to three words links to each word of the phrase
/// (`ceasefire` ↔ `gencatan`, `senjata`); two two-word phrases link every word with every word;
/// longer phrase pairs link nothing.
#[derive(Debug, Clone)]
pub struct Lexicon {
    left_lang: Lang,
    right_lang: Lang,
    entries: Vec<Entry>,
    seen: HashMap<(String, String), usize>,
    left_words: HashMap<String, Vec<(String, f32)>>,
    right_words: HashMap<String, Vec<(String, f32)>>,
}

/// Longest phrase (in words) that is still linked word by word.
const MAX_PHRASE_WORDS: usize = 3;

impl Lexicon {
    /// An empty lexicon between `left` and `right`.
    pub fn new(left: Lang, right: Lang) -> Self {
        Self {
            left_lang: left,
            right_lang: right,
            entries: Vec::new(),
            seen: HashMap::new(),
            left_words: HashMap::new(),
            right_words: HashMap::new(),
        }
    }

    /// The left language.
    pub fn left_lang(&self) -> &Lang {
        &self.left_lang
    }

    /// The right language.
    pub fn right_lang(&self) -> &Lang {
        &self.right_lang
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the lexicon has no entry.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The entries, in insertion order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Adds a pair; both sides are folded and their white space collapsed. A pair already present
    /// keeps the larger weight. Empty sides are ignored.
    pub fn insert(&mut self, left: &str, right: &str, weight: f32) {
        let left = normalize_side(left);
        let right = normalize_side(right);
        if left.is_empty() || right.is_empty() || weight.is_nan() || weight <= 0.0 {
            return;
        }
        let weight = weight.min(1.0);
        if let Some(&index) = self.seen.get(&(left.clone(), right.clone())) {
            let entry = &mut self.entries[index];
            if weight > entry.weight {
                entry.weight = weight;
                link_words(
                    &mut self.left_words,
                    &mut self.right_words,
                    &left,
                    &right,
                    weight,
                );
            }
            return;
        }
        link_words(
            &mut self.left_words,
            &mut self.right_words,
            &left,
            &right,
            weight,
        );
        self.seen
            .insert((left.clone(), right.clone()), self.entries.len());
        self.entries.push(Entry {
            left,
            right,
            weight,
        });
    }

    /// Adds every entry of `other`, swapping its sides when its languages are this lexicon's in
    /// the other order. An undetermined language (`und`) fits any language.
    pub fn extend(&mut self, other: &Lexicon) -> Result<(), LexiconError> {
        let swap = match self.fits(other.left_lang(), other.right_lang()) {
            Some(swap) => swap,
            None => {
                return Err(LexiconError::LanguageMismatch {
                    lexicon: format!("{}-{}", other.left_lang, other.right_lang),
                    documents: format!("{}-{}", self.left_lang, self.right_lang),
                });
            }
        };
        for entry in &other.entries {
            if swap {
                self.insert(&entry.right, &entry.left, entry.weight);
            } else {
                self.insert(&entry.left, &entry.right, entry.weight);
            }
        }
        Ok(())
    }

    /// Whether a (src, tgt) language pair fits this lexicon: `Some(false)` as it is,
    /// `Some(true)` with the sides swapped, `None` not at all.
    pub fn fits(&self, src: &Lang, tgt: &Lang) -> Option<bool> {
        let same =
            |a: &Lang, b: &Lang| a == b || *a == Lang::undetermined() || *b == Lang::undetermined();
        if same(&self.left_lang, src) && same(&self.right_lang, tgt) {
            Some(false)
        } else if same(&self.left_lang, tgt) && same(&self.right_lang, src) {
            Some(true)
        } else {
            None
        }
    }

    /// Word-level translations of a folded left-side word.
    pub fn left_to_right(&self, word: &str) -> &[(String, f32)] {
        self.left_words.get(word).map_or(&[], Vec::as_slice)
    }

    /// Word-level translations of a folded right-side word.
    pub fn right_to_left(&self, word: &str) -> &[(String, f32)] {
        self.right_words.get(word).map_or(&[], Vec::as_slice)
    }

    /// The left side's entries that are single words (for morphology's known-word lists: a word
    /// seen only inside a phrase, such as `nuh` in `bahtera nuh`, is no root to reduce to).
    pub fn left_vocabulary(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .map(|e| e.left.as_str())
            .filter(|w| !w.contains(' '))
    }

    /// The right side's entries that are single words.
    pub fn right_vocabulary(&self) -> impl Iterator<Item = &str> {
        self.entries
            .iter()
            .map(|e| e.right.as_str())
            .filter(|w| !w.contains(' '))
    }
}

fn normalize_side(side: &str) -> String {
    let folded = fold(side.trim());
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn phrase_words(side: &str) -> Option<Vec<&str>> {
    let words: Vec<&str> = side.split(' ').collect();
    (words.len() <= MAX_PHRASE_WORDS).then_some(words)
}

fn link_words(
    left_words: &mut HashMap<String, Vec<(String, f32)>>,
    right_words: &mut HashMap<String, Vec<(String, f32)>>,
    left: &str,
    right: &str,
    weight: f32,
) {
    let (Some(l), Some(r)) = (phrase_words(left), phrase_words(right)) else {
        return;
    };
    // A negated phrase means what none of its words means (`tidak suka` ↔ `hate`, `not bad` ↔
    // `lumayan`): it is kept as an entry but links no words.
    let negated = |words: &[&str]| words.len() > 1 && crate::negation::is_plain_negator(words[0]);
    if negated(&l) || negated(&r) {
        return;
    }
    // Phrase-to-phrase entries link word by word only when both are short (`perdana menteri` ↔
    // `prime minister`, `amerika serikat` ↔ `united states`): every word with every word.
    if l.len() > 1 && r.len() > 1 && (l.len() > 2 || r.len() > 2) {
        return;
    }
    for &lw in &l {
        for &rw in &r {
            add_link(left_words, lw, rw, weight);
            add_link(right_words, rw, lw, weight);
        }
    }
}

fn add_link(map: &mut HashMap<String, Vec<(String, f32)>>, from: &str, to: &str, weight: f32) {
    let links = map.entry(from.to_string()).or_default();
    match links.iter_mut().find(|(word, _)| word == to) {
        Some(link) => link.1 = link.1.max(weight),
        None => links.push((to.to_string(), weight)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_link_word_by_word() {
        let mut lexicon = Lexicon::new(Lang::En, Lang::Id);
        lexicon.insert("ceasefire", "gencatan senjata", 1.0);
        lexicon.insert("a burnt child dreads the fire", "anak", 1.0);
        lexicon.insert("prime minister", "perdana menteri", 1.0);
        lexicon.insert("house of representatives", "dewan perwakilan", 1.0);
        assert_eq!(lexicon.len(), 4);
        assert_eq!(lexicon.right_to_left("perdana").len(), 2);
        assert!(
            lexicon.right_to_left("perwakilan").is_empty(),
            "3-word phrases link nothing"
        );
        let words: Vec<&str> = lexicon
            .left_to_right("ceasefire")
            .iter()
            .map(|(w, _)| w.as_str())
            .collect();
        assert_eq!(words, ["gencatan", "senjata"]);
        assert_eq!(lexicon.right_to_left("senjata")[0].0, "ceasefire");
        assert!(
            lexicon.right_to_left("anak").is_empty(),
            "long phrases link nothing"
        );
    }

    #[test]
    fn negated_phrases_link_no_words() {
        let mut lexicon = Lexicon::new(Lang::Id, Lang::En);
        lexicon.insert("tidak suka", "hate", 1.0);
        lexicon.insert("lumayan", "not bad", 1.0);
        lexicon.insert("suka", "like", 1.0);
        assert_eq!(lexicon.len(), 3, "the entries are kept");
        assert!(lexicon.right_to_left("hate").is_empty());
        assert!(lexicon.left_to_right("lumayan").is_empty());
        assert_eq!(lexicon.left_to_right("suka"), &[("like".to_string(), 1.0)]);
    }

    #[test]
    fn extend_swaps_sides_to_fit() {
        let mut en_id = Lexicon::new(Lang::En, Lang::Id);
        let mut id_en = Lexicon::new(Lang::Id, Lang::En);
        id_en.insert("Moskow", "Moscow", 1.0);
        en_id.extend(&id_en).expect("languages fit");
        assert_eq!(en_id.left_to_right("moscow")[0].0, "moskow");
        let de_fr = Lexicon::new(Lang::Other("de".into()), Lang::Other("fr".into()));
        assert!(en_id.extend(&de_fr).is_err());
    }

    #[test]
    fn duplicate_pairs_keep_the_larger_weight() {
        let mut lexicon = Lexicon::new(Lang::Id, Lang::En);
        lexicon.insert("rumah", "house", 0.25);
        lexicon.insert("Rumah", "HOUSE", 0.5);
        assert_eq!(lexicon.len(), 1);
        assert_eq!(lexicon.entries()[0].weight, 0.5);
        assert_eq!(lexicon.left_to_right("rumah"), [("house".to_string(), 0.5)]);
    }
}
