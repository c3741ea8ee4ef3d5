//! Morphology: reduce a folded word to the root or lemma that the lexicon knows.

mod english;
mod indonesian;

use std::collections::HashSet;

use selaras_text::Lang;

pub use english::lemma as english_lemma;
pub use indonesian::root as indonesian_root;

const INDONESIAN_ROOTS: &str = include_str!("../../data/roots-id.txt");

/// The embedded list of frequent Indonesian roots.
fn indonesian_roots() -> impl Iterator<Item = &'static str> {
    INDONESIAN_ROOTS
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// Reduces words of one language to roots, checking candidates against a list of known words
/// (the lexicon's side of that language).
#[derive(Debug, Clone)]
pub struct Analyzer {
    lang: Lang,
    known: HashSet<String>,
}

impl Analyzer {
    /// An analyzer for `lang` that accepts the roots in `known` (folded words) and, for
    /// Indonesian, the embedded list of frequent roots.
    pub fn new<'a>(lang: Lang, known: impl IntoIterator<Item = &'a str>) -> Self {
        let mut known: HashSet<String> = known.into_iter().map(str::to_string).collect();
        if lang == Lang::Id {
            known.extend(indonesian_roots().map(str::to_string));
        }
        Self { lang, known }
    }

    /// The analyzer's language.
    pub fn lang(&self) -> &Lang {
        &self.lang
    }

    /// True when `word` (folded) is in the known-word list.
    pub fn is_known(&self, word: &str) -> bool {
        self.known.contains(word)
    }

    /// The root (Indonesian), lemma (English) or the word itself (other languages) of a folded
    /// word.
    pub fn root(&self, word: &str) -> String {
        let known = |w: &str| self.known.contains(w);
        let root = match self.lang {
            Lang::Id => indonesian_root(word, &known),
            Lang::En => english_lemma(word, &known),
            _ => word.to_string(),
        };
        // An unknown hyphenated compound stands for its first known part: `us-backed` → `us`,
        // `de-escalation` → `escalation`.
        if root.contains('-') && !known(&root) {
            if let Some(part) = root
                .split('-')
                .find(|part| part.chars().count() >= 2 && known(part))
            {
                return part.to_string();
            }
        }
        root
    }
}
