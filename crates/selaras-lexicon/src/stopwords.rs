//! Function words: they carry little of a sentence's content and count for nothing in coverage.

use selaras_text::Lang;

use std::collections::HashSet;
use std::sync::OnceLock;

fn parse(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|line| !line.is_empty())
        .collect()
}

fn indonesian() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| parse(include_str!("../data/stopwords-id.txt")))
}

fn english() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| parse(include_str!("../data/stopwords-en.txt")))
}

/// True when the folded `word` is a function word of `lang` (Indonesian and English lists in
/// `data/stopwords-*.txt`; no word counts as a function word in other languages, where IDF
/// weighting does that work).
pub fn is_stopword(word: &str, lang: &Lang) -> bool {
    match lang {
        Lang::Id => indonesian().contains(word),
        Lang::En => english().contains(word),
        _ => false,
    }
}
