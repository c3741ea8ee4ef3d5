//! Text left in the source language.

use std::collections::HashSet;

use selaras_text::{Lang, LangVotes};

use super::{BeadContext, Check, DocSide, quote};
use crate::{Flag, FlagKind, Severity};

/// Flags a translated bead whose target is in the source language (language identification), or
/// copies the source: at least `min_words` target words of two letters or more, of which more
/// than `max_copied` (a share) appear verbatim in the source. Words written with a capital inside
/// a source sentence (names: `Xiaomi Redmi Note`, `Jakarta Barat`) are left out of the count,
/// since translations keep names. Critical.
#[derive(Debug, Clone)]
pub struct Untranslated {
    /// Fewest target words for the copy test.
    pub min_words: usize,
    /// Share of copied words above which the target counts as a copy.
    pub max_copied: f32,
}

impl Default for Untranslated {
    fn default() -> Self {
        Self {
            min_words: 3,
            max_copied: 0.6,
        }
    }
}

/// The folded words of two letters or more of sentences `range`.
fn words(side: &DocSide<'_>, range: std::ops::Range<usize>) -> Vec<String> {
    range
        .flat_map(|k| {
            let view = side.view(k);
            view.words()
                .filter(move |&(t, _)| view.token_text(t).chars().count() >= 2)
                .map(|(_, w)| w.to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Folded words written with a capital letter after the first word of a sentence (names).
fn inner_capitalised(side: &DocSide<'_>, range: std::ops::Range<usize>) -> HashSet<String> {
    range
        .flat_map(|k| {
            let view = side.view(k);
            view.words()
                .skip(1)
                .filter(move |&(t, _)| {
                    view.token_text(t)
                        .chars()
                        .next()
                        .is_some_and(char::is_uppercase)
                })
                .map(|(_, w)| w.to_string())
                .collect::<Vec<_>>()
        })
        .collect()
}

impl Check for Untranslated {
    fn kind(&self) -> FlagKind {
        FlagKind::Untranslated
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        if bead.explanation.is_none() {
            return Vec::new();
        }
        let (src_range, tgt_range) = (bead.bead.src.clone(), bead.bead.tgt.clone());
        let src_words: HashSet<String> = words(&bead.src, src_range.clone()).into_iter().collect();
        let names = inner_capitalised(&bead.src, src_range);
        let tgt_words: Vec<String> = words(&bead.tgt, tgt_range.clone())
            .into_iter()
            .filter(|w| !names.contains(w))
            .collect();
        if tgt_words.len() < self.min_words {
            return Vec::new();
        }
        let copied = tgt_words.iter().filter(|w| src_words.contains(*w)).count();
        let share = copied as f32 / tgt_words.len() as f32;
        let detected = tgt_range
            .map(|k| bead.tgt.view(k).votes())
            .fold(LangVotes::default(), |a, b| a + b)
            .decide();
        let same_language = bead.src.lang() != bead.tgt.lang()
            && detected == *bead.src.lang()
            && matches!(detected, Lang::Id | Lang::En);
        if share <= self.max_copied && !same_language {
            return Vec::new();
        }
        let reason = if share > self.max_copied {
            format!(
                "{:.0}% of its words are copied from the source",
                100.0 * share
            )
        } else {
            format!("it reads as {detected}, the source language")
        };
        vec![Flag {
            kind: FlagKind::Untranslated,
            severity: Severity::Critical,
            message: format!("not translated: {reason}: {}", quote(&bead.tgt_text(), 80)),
            src_spans: bead.src_spans(),
            tgt_spans: bead.tgt_spans(),
        }]
    }
}
