//! Per-language segmentation rules: abbreviations and typical sentence openers.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::Lang;

/// How an abbreviation followed by a period behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AbbrevKind {
    /// A title or prefix that never ends a sentence (`Dr.`, `Prof.`, `Jl.`, `Mr.`, `e.g.`).
    Title,
    /// Does not end a sentence when a number follows (`No. 5`, `Jan. 12`, `tgl. 3`).
    BeforeNumber,
    /// Ends a sentence like any word when a capitalised word follows (`dll.`, `etc.`).
    Final,
    /// May end a sentence: it does when the next word is a typical sentence opener (`He`, `Ia`)
    /// or starts a new line (`U.S.`, `Inc.`, `S.H.`).
    Ambiguous,
}

use AbbrevKind::{Ambiguous, BeforeNumber, Final, Title};

/// A list of `data/abbreviations-*.tsv`: `ABBREVIATION<TAB>KIND` per line, `#` comments.
fn parse_abbreviations(text: &'static str) -> Vec<(&'static str, AbbrevKind)> {
    text.lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .filter_map(|line| {
            let (word, kind) = line.split_once('\t')?;
            let kind = match kind.trim() {
                "title" => Title,
                "before_number" => BeforeNumber,
                "final" => Final,
                "ambiguous" => Ambiguous,
                _ => return None,
            };
            Some((word.trim(), kind))
        })
        .collect()
}

/// A word list of `data/`: one word per line, `#` comments.
fn parse_words(text: &'static str) -> Vec<&'static str> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|line| !line.is_empty())
        .collect()
}

/// The language data of the rules, parsed once.
struct Data {
    common: Vec<(&'static str, AbbrevKind)>,
    indonesian: Vec<(&'static str, AbbrevKind)>,
    english: Vec<(&'static str, AbbrevKind)>,
    generic: Vec<(&'static str, AbbrevKind)>,
    indonesian_openers: Vec<&'static str>,
    english_openers: Vec<&'static str>,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| Data {
        common: parse_abbreviations(include_str!("../../data/abbreviations-common.tsv")),
        indonesian: parse_abbreviations(include_str!("../../data/abbreviations-id.tsv")),
        english: parse_abbreviations(include_str!("../../data/abbreviations-en.tsv")),
        generic: parse_abbreviations(include_str!("../../data/abbreviations-generic.tsv")),
        indonesian_openers: parse_words(include_str!("../../data/openers-id.txt")),
        english_openers: parse_words(include_str!("../../data/openers-en.txt")),
    })
}

/// The rule set of one language.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    pub(crate) lang: Lang,
    abbreviations: HashMap<Box<str>, AbbrevKind>,
    openers: HashSet<&'static str>,
}

impl Rules {
    pub(crate) fn for_lang(lang: Lang) -> Self {
        let data = data();
        let (specific, openers): (&[(&str, AbbrevKind)], &[&'static str]) = match lang {
            Lang::Id => (&data.indonesian, &data.indonesian_openers),
            Lang::En => (&data.english, &data.english_openers),
            Lang::Other(_) => (&data.generic, &[]),
        };
        let abbreviations = data
            .common
            .iter()
            .chain(specific)
            .map(|&(word, kind)| (Box::from(word), kind))
            .collect();
        Self {
            lang,
            abbreviations,
            openers: openers.iter().copied().collect(),
        }
    }

    pub(crate) fn add_abbreviation(&mut self, word: &str, kind: AbbrevKind) {
        self.abbreviations.insert(word.into(), kind);
    }

    pub(crate) fn abbreviation(&self, word: &str) -> Option<AbbrevKind> {
        self.abbreviations.get(word).copied()
    }

    pub(crate) fn is_opener(&self, word: &str) -> bool {
        self.openers.contains(word)
    }
}
