//! Text left in the source language.

use std::collections::HashSet;

use selaras_lexicon::fold;
use selaras_text::{Lang, TokenKind, detect_lang, tokenize};

use super::{BeadContext, Check, quote};
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

fn words(text: &str) -> Vec<String> {
    tokenize(text)
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.text(text).chars().count() >= 2)
        .map(|t| fold(t.text(text)))
        .collect()
}

/// Folded words written with a capital letter after the first word of a sentence (names).
fn inner_capitalised(sentences: &[&str]) -> HashSet<String> {
    sentences
        .iter()
        .flat_map(|sentence| {
            tokenize(sentence)
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .skip(1)
                .map(|t| t.text(sentence))
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .map(fold)
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
        let (src, tgt) = (bead.src_text(), bead.tgt_text());
        let src_words: HashSet<String> = words(&src).into_iter().collect();
        let names = inner_capitalised(&bead.src.sentences[bead.bead.src.clone()]);
        let tgt_words: Vec<String> = words(&tgt)
            .into_iter()
            .filter(|w| !names.contains(w))
            .collect();
        if tgt_words.len() < self.min_words {
            return Vec::new();
        }
        let copied = tgt_words.iter().filter(|w| src_words.contains(*w)).count();
        let share = copied as f32 / tgt_words.len() as f32;
        let detected = detect_lang(&tgt);
        let same_language = *bead.src.lang != *bead.tgt.lang
            && detected == *bead.src.lang
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
            message: format!("not translated: {reason}: {}", quote(&tgt, 80)),
            src_spans: bead.src_spans(),
            tgt_spans: bead.tgt_spans(),
        }]
    }
}
