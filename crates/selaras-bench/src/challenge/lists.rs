//! The generator's word lists, from `data/*.txt` (each with a provenance header), parsed once.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Every list the generator uses.
#[derive(Debug)]
pub(crate) struct Lists {
    pub negators_id: HashSet<String>,
    pub negators_en: HashSet<String>,
    /// Connectives at which a clause may be dropped.
    pub boundaries: HashSet<String>,
    /// Connectives that join an added clause, in file order.
    pub joiners: Vec<String>,
    /// Scale words, smallest first, and their rank.
    pub scales: Vec<String>,
    pub scale_rank: HashMap<String, usize>,
    pub number_words: Vec<String>,
    pub boilerplate: Vec<String>,
    pub headlines: Vec<String>,
    pub editors: Vec<String>,
    pub prepositions: HashSet<String>,
    pub adjectives: HashSet<String>,
    pub not_verbs: HashSet<String>,
    pub verb_prefixes: Vec<String>,
    pub function_words: HashSet<String>,
}

/// The lines of a data file after its header comment, without blank lines.
fn lines(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

fn set(text: &'static str) -> HashSet<String> {
    lines(text).map(|l| l.trim().to_lowercase()).collect()
}

fn list(text: &'static str) -> Vec<String> {
    lines(text).map(|l| l.trim().to_string()).collect()
}

/// The lists, parsed on first use.
pub(crate) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut boundaries = HashSet::new();
        let mut joiners = Vec::new();
        for line in lines(include_str!("../../data/connectives-id.txt")) {
            let mut fields = line.split('\t');
            let word = fields.next().unwrap_or_default().trim().to_lowercase();
            let roles = fields.next().unwrap_or_default();
            if roles.contains('b') {
                boundaries.insert(word.clone());
            }
            if roles.contains('j') {
                joiners.push(word);
            }
        }
        let scales = list(include_str!("../../data/scale-words-id.txt"));
        let scale_rank = scales
            .iter()
            .enumerate()
            .map(|(k, s)| (s.clone(), k))
            .collect();
        Lists {
            negators_id: set(include_str!("../../data/negators-id.txt")),
            negators_en: set(include_str!("../../data/negators-en.txt")),
            boundaries,
            joiners,
            scales,
            scale_rank,
            number_words: list(include_str!("../../data/number-words-id.txt")),
            boilerplate: list(include_str!("../../data/boilerplate-id.txt")),
            headlines: list(include_str!("../../data/headlines-id.txt")),
            editors: list(include_str!("../../data/editors-id.txt")),
            prepositions: set(include_str!("../../data/prepositions-id.txt")),
            adjectives: set(include_str!("../../data/adjectives-id.txt")),
            not_verbs: set(include_str!("../../data/not-verbs-id.txt")),
            verb_prefixes: list(include_str!("../../data/verb-prefixes-id.txt")),
            function_words: set(include_str!("../../data/function-words-id.txt")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_file_opens_with_provenance() {
        for text in [
            include_str!("../../data/negators-id.txt"),
            include_str!("../../data/negators-en.txt"),
            include_str!("../../data/connectives-id.txt"),
            include_str!("../../data/scale-words-id.txt"),
            include_str!("../../data/number-words-id.txt"),
            include_str!("../../data/boilerplate-id.txt"),
            include_str!("../../data/headlines-id.txt"),
            include_str!("../../data/editors-id.txt"),
            include_str!("../../data/prepositions-id.txt"),
            include_str!("../../data/adjectives-id.txt"),
            include_str!("../../data/not-verbs-id.txt"),
            include_str!("../../data/verb-prefixes-id.txt"),
            include_str!("../../data/function-words-id.txt"),
        ] {
            let header = text.lines().next().unwrap_or_default();
            assert!(
                header.starts_with('#') && header.contains("written for the selaras project"),
                "{header}"
            );
        }
        let l = lists();
        assert!(l.negators_id.contains("tidak") && l.joiners.contains(&"dan".to_string()));
        assert_eq!(l.scale_rank.get("juta"), Some(&1));
    }
}
