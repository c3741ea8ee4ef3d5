//! A read-only view of one sentence's features, for the faithfulness checks: what was computed
//! once in `prepare`, so that no check tokenises a sentence or detects its language again.

use selaras_text::{LangVotes, Span, TokenKind};

use super::features::SentenceFeatures;
use crate::negation::Negator;
use crate::numbers::NumberMention;

/// One sentence of a prepared pair: its tokens, words, numbers, negators and language votes.
#[derive(Debug, Clone, Copy)]
pub struct SentenceView<'a> {
    text: &'a str,
    features: &'a SentenceFeatures,
}

impl<'a> SentenceView<'a> {
    pub(super) fn new(text: &'a str, features: &'a SentenceFeatures) -> Self {
        Self { text, features }
    }

    /// The sentence as it stands in its document.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Byte spans of the tokens within the sentence.
    pub fn tokens(&self) -> &'a [Span] {
        &self.features.tokens
    }

    /// The kind of each token.
    pub fn kinds(&self) -> &'a [TokenKind] {
        &self.features.kinds
    }

    /// The word tokens in order (function words too): token index and folded form.
    pub fn words(&self) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        self.features
            .words
            .iter()
            .map(|(k, w)| (*k as usize, w.as_str()))
    }

    /// The text of token `k`.
    pub fn token_text(&self, k: usize) -> &'a str {
        self.features.tokens[k].slice(self.text)
    }

    /// Words and numbers (tokens of those kinds), the unit of document length.
    pub fn word_count(&self) -> usize {
        self.features
            .kinds
            .iter()
            .filter(|k| matches!(k, TokenKind::Word | TokenKind::Number))
            .count()
    }

    /// Numbers found (after names that spell numbers were set aside).
    pub fn numbers(&self) -> &'a [NumberMention] {
        &self.features.numbers
    }

    /// Negating words.
    pub fn negators(&self) -> &'a [Negator] {
        &self.features.negators
    }

    /// Function-word counts for language identification.
    pub fn votes(&self) -> LangVotes {
        self.features.votes
    }
}
