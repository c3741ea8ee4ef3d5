//! The checks run on every bead, each in its own file.

mod adequacy;
mod addition;
mod entity;
mod length;
mod negation;
mod number;
mod omission;
mod untranslated;

use selaras_align::Bead;
use selaras_lexicon::{Explanation, TokenRef};
use selaras_text::Lang;

pub use adequacy::LowAdequacy;
pub use addition::Addition;
pub use entity::EntityMismatch;
pub use length::LengthRatio;
pub use negation::NegationMismatch;
pub use number::NumberMismatch;
pub use omission::Omission;
pub use untranslated::Untranslated;

use crate::{Flag, FlagKind};

/// One side of the document pair as the checks see it.
#[derive(Debug, Clone, Copy)]
pub struct DocSide<'a> {
    /// The side's language.
    pub lang: &'a Lang,
    /// The sentences, as they stand in the document.
    pub sentences: &'a [&'a str],
    /// Byte offset of each sentence in the document.
    pub offsets: &'a [usize],
}

impl DocSide<'_> {
    /// The document span of sentence `k`.
    pub fn sentence_span(&self, k: usize) -> [usize; 2] {
        [self.offsets[k], self.offsets[k] + self.sentences[k].len()]
    }

    /// The document span of a token of the explanation.
    pub fn token_span(&self, token: &TokenRef) -> [usize; 2] {
        let base = self.offsets[token.sentence];
        [base + token.span.start, base + token.span.end]
    }
}

/// The document's distribution of log length ratios over its 1-1 beads (median and a robust
/// spread), for [`LengthRatio`].
#[derive(Debug, Clone, Copy, Default)]
pub struct LengthStats {
    /// Median of `ln(target chars / source chars)`.
    pub median: f64,
    /// 1.4826 × median absolute deviation (a standard deviation estimate).
    pub spread: f64,
    /// Number of 1-1 beads the statistics come from.
    pub beads: usize,
}

/// What a check sees of one bead.
#[derive(Debug, Clone, Copy)]
pub struct BeadContext<'a> {
    /// The bead.
    pub bead: &'a Bead,
    /// The source document.
    pub src: DocSide<'a>,
    /// The target document.
    pub tgt: DocSide<'a>,
    /// The lexical explanation of the bead (`None` for 1-0 and 0-1 beads).
    pub explanation: Option<&'a Explanation>,
    /// The document's length-ratio distribution.
    pub length: LengthStats,
}

impl BeadContext<'_> {
    /// The bead's source text (its sentences joined by a space).
    pub fn src_text(&self) -> String {
        self.src.sentences[self.bead.src.clone()].join(" ")
    }

    /// The bead's target text.
    pub fn tgt_text(&self) -> String {
        self.tgt.sentences[self.bead.tgt.clone()].join(" ")
    }

    /// Document spans of the bead's source sentences.
    pub fn src_spans(&self) -> Vec<[usize; 2]> {
        self.bead.src.clone().map(|k| self.src.sentence_span(k)).collect()
    }

    /// Document spans of the bead's target sentences.
    pub fn tgt_spans(&self) -> Vec<[usize; 2]> {
        self.bead.tgt.clone().map(|k| self.tgt.sentence_span(k)).collect()
    }
}

/// A faithfulness check on one bead.
pub trait Check: Send + Sync {
    /// The kind of finding this check makes.
    fn kind(&self) -> FlagKind;
    /// The findings on `bead` (often none).
    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag>;
}

/// Every check with its default settings.
pub fn default_checks() -> Vec<Box<dyn Check>> {
    vec![
        Box::new(Omission::default()),
        Box::new(Addition::default()),
        Box::new(NumberMismatch),
        Box::new(EntityMismatch),
        Box::new(NegationMismatch),
        Box::new(Untranslated::default()),
        Box::new(LowAdequacy::default()),
        Box::new(LengthRatio::default()),
    ]
}

/// A short quotation of `text` for messages: at most `max` characters.
pub(crate) fn quote(text: &str, max: usize) -> String {
    let collapsed = selaras_text::collapse_whitespace(text);
    if collapsed.chars().count() <= max {
        format!("“{collapsed}”")
    } else {
        let cut: String = collapsed.chars().take(max.saturating_sub(1)).collect();
        format!("“{}…”", cut.trim_end())
    }
}

/// Words of a list of tokens, quoted and joined for messages.
pub(crate) fn words(tokens: &[TokenRef]) -> String {
    tokens
        .iter()
        .map(|t| format!("“{}”", t.text))
        .collect::<Vec<_>>()
        .join(", ")
}
