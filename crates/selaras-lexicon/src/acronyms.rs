//! Acronyms and short forms of news text with their expansions in both languages (`MK` /
//! `Mahkamah Konstitusi` / `Constitutional Court`), from `data/acronyms-id-en.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::fold;

const ACRONYMS: &str = include_str!("../data/acronyms-id-en.tsv");

fn table() -> &'static HashMap<String, Vec<String>> {
    static TABLE: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: HashMap<String, Vec<String>> = HashMap::new();
        for line in ACRONYMS.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let Some(short) = fields.next() else {
                continue;
            };
            let expansions = table.entry(fold(short)).or_default();
            for field in fields {
                expansions.extend(field.split('|').map(fold).filter(|e| !e.is_empty()));
            }
        }
        table
    })
}

/// The expansions (folded, Indonesian and English) of an acronym or short form (`kpk`, `Pemprov`),
/// if the data lists it.
pub fn acronym_expansions(word: &str) -> Option<&'static [String]> {
    table().get(&fold(word)).map(Vec::as_slice)
}

/// Whether a word (folded) is a word of some listed expansion: `court` is part of `Constitutional
/// Court`, and so may stand for `MK`.
pub fn in_some_expansion(word: &str) -> bool {
    static WORDS: OnceLock<std::collections::HashSet<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            table()
                .values()
                .flatten()
                .flat_map(|e| e.split([' ', '-']).map(str::to_string))
                .collect()
        })
        .contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_expand_in_both_languages() {
        let mk = acronym_expansions("MK").expect("listed");
        assert!(mk.iter().any(|e| e == "constitutional court"));
        assert!(mk.iter().any(|e| e == "mahkamah konstitusi"));
        assert!(acronym_expansions("Pemprov").is_some());
        assert!(acronym_expansions("zzz").is_none());
        assert!(in_some_expansion("court"));
    }
}
