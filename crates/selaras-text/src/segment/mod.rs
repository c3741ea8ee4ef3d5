//! Sentence segmentation.

mod boundary;
mod paragraph;
mod rules;

use serde::Serialize;

use crate::{Lang, Span, TextError, collapse_whitespace};
pub use rules::AbbrevKind;
use rules::Rules;

/// A sentence: a span of the original text and the paragraph it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// Byte range of the sentence in the original text, trimmed of white space.
    pub span: Span,
    /// 0-based index of the paragraph (blank-line separated block) that holds the sentence.
    pub paragraph: u32,
}

impl Sentence {
    /// The sentence exactly as it stands in `source`.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        self.span.slice(source)
    }

    /// The sentence with internal white space (no-break spaces and newlines too) collapsed to one
    /// space: the form printed one sentence per line.
    pub fn normalized(&self, source: &str) -> String {
        collapse_whitespace(self.text(source))
    }
}

/// Cuts a text into sentences.
///
/// Implementations are immutable and shareable across threads.
pub trait Segmenter: Send + Sync {
    /// The sentences of `text`, in order, non-overlapping; together they cover every
    /// non-white-space character of `text`.
    fn segment(&self, text: &str) -> Vec<Sentence>;
}

/// The rule-based segmenter: paragraphs, line rules, abbreviations, initials, numbers, quotes.
///
/// Built with [`RuleSegmenter::builder`].
#[derive(Debug, Clone)]
pub struct RuleSegmenter {
    rules: Rules,
}

impl RuleSegmenter {
    /// A builder for the rules of `lang` (Indonesian, English, or the generic rules).
    pub fn builder(lang: Lang) -> RuleSegmenterBuilder {
        RuleSegmenterBuilder {
            lang,
            extra: Vec::new(),
        }
    }

    /// The language whose rules this segmenter applies.
    pub fn lang(&self) -> &Lang {
        &self.rules.lang
    }
}

impl Segmenter for RuleSegmenter {
    fn segment(&self, text: &str) -> Vec<Sentence> {
        boundary::segment(&self.rules, text)
    }
}

/// Configures a [`RuleSegmenter`].
#[derive(Debug, Clone)]
pub struct RuleSegmenterBuilder {
    lang: Lang,
    extra: Vec<(String, AbbrevKind)>,
}

impl RuleSegmenterBuilder {
    /// Adds an abbreviation, written without its final period (`"Kapt"`, `"S.Kom"`).
    pub fn abbreviation(mut self, abbreviation: impl Into<String>, kind: AbbrevKind) -> Self {
        self.extra.push((abbreviation.into(), kind));
        self
    }

    /// Validates the configuration and returns the segmenter.
    pub fn build(self) -> Result<RuleSegmenter, TextError> {
        let mut rules = Rules::for_lang(self.lang);
        for (abbreviation, kind) in self.extra {
            let trimmed = abbreviation.trim_end_matches('.');
            if trimmed.is_empty() {
                return Err(TextError::InvalidAbbreviation {
                    abbreviation,
                    reason: "it is empty",
                });
            }
            if trimmed.chars().any(crate::is_space) {
                return Err(TextError::InvalidAbbreviation {
                    abbreviation,
                    reason: "it contains white space",
                });
            }
            rules.add_abbreviation(trimmed, kind);
        }
        Ok(RuleSegmenter { rules })
    }
}
