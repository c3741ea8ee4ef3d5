//! The checks run on every bead, each in its own file.

mod addition;
mod adequacy;
mod entity;
mod length;
mod negation;
mod number;
mod omission;
mod untranslated;

use selaras_align::Bead;
use selaras_lexicon::{Explanation, TokenRef};
use selaras_text::Lang;

pub use addition::Addition;
pub use adequacy::LowAdequacy;
pub use entity::EntityMismatch;
pub use length::LengthRatio;
pub use negation::NegationMismatch;
pub(crate) use negation::negators;
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
        self.bead
            .src
            .clone()
            .map(|k| self.src.sentence_span(k))
            .collect()
    }

    /// Document spans of the bead's target sentences.
    pub fn tgt_spans(&self) -> Vec<[usize; 2]> {
        self.bead
            .tgt
            .clone()
            .map(|k| self.tgt.sentence_span(k))
            .collect()
    }
}

/// Prior of the log length ratio when a document has too few 1-1 beads to measure its own.
const PRIOR_MEDIAN: f64 = 0.0;
/// Prior spread of the log length ratio.
const PRIOR_SPREAD: f64 = 0.2;
/// Fewest 1-1 beads for a document's own length statistics.
const MIN_LENGTH_BEADS: usize = 8;

impl BeadContext<'_> {
    /// How many standard deviations the bead's `ln(target chars / source chars)` lies above the
    /// document's typical value (below it when negative): the document's own statistics when it
    /// has enough 1-1 beads, a ratio of 1 ± 20% otherwise.
    pub fn length_z(&self) -> f64 {
        let (median, spread) = if self.length.beads >= MIN_LENGTH_BEADS {
            (self.length.median, self.length.spread.max(0.1))
        } else {
            (PRIOR_MEDIAN, PRIOR_SPREAD)
        };
        let src = self.src_text().chars().count().max(1) as f64;
        let tgt = self.tgt_text().chars().count().max(1) as f64;
        ((tgt / src).ln() - median) / spread
    }
}

/// Settings of the partial omission and addition checks: how much evidence that one side of a
/// translated bead says more than the other is needed (see [`Omission`] and [`Addition`]).
#[derive(Debug, Clone, Copy)]
pub struct GapEvidence {
    /// Fewest unexpressed content words on the side that says more.
    pub min_words: usize,
    /// Coverage difference worth one unit of evidence.
    pub gap_unit: f32,
    /// Evidence needed.
    pub threshold: f64,
    /// Evidence per word of the longest run of unexpressed words beyond the first three.
    pub run_weight: f64,
}

impl Default for GapEvidence {
    fn default() -> Self {
        Self {
            min_words: 2,
            gap_unit: 0.1,
            threshold: 3.5,
            run_weight: 0.5,
        }
    }
}

/// Words of an unexpressed run that count for nothing (scattered misses are normal).
const RUN_FREE: usize = 3;

impl GapEvidence {
    /// Whether `more` (the side that may say more: true for the source) says more than the other
    /// side: its coverage gap in `gap_unit`s, plus `length_z` (how much longer it is than usual,
    /// in standard deviations), plus the run of words only it has.
    pub(crate) fn says_more(
        &self,
        explanation: &Explanation,
        src_says_more: bool,
        length_z: f64,
        unexpressed: usize,
    ) -> bool {
        let (more, less) = if src_says_more {
            (explanation.coverage_tgt, explanation.coverage_src)
        } else {
            (explanation.coverage_src, explanation.coverage_tgt)
        };
        // A clause lost (or added) leaves a run of unexpressed words on one side only; loose
        // translations leave runs on both.
        let run = unmatched_run(explanation, src_says_more)
            .saturating_sub(unmatched_run(explanation, !src_says_more) / 2);
        let evidence = f64::from((more - less) / self.gap_unit)
            + length_z
            + self.run_weight * run.saturating_sub(RUN_FREE) as f64;
        unexpressed >= self.min_words && evidence >= self.threshold
    }
}

/// The longest run of consecutive content words of one side of a bead that the other side does
/// not express, allowing one expressed word inside the run (a dropped or added clause leaves
/// such a run; scattered unmatched words do not). `src` chooses the side.
pub(crate) fn unmatched_run(explanation: &Explanation, src: bool) -> usize {
    let side = |t: &TokenRef| (t.sentence, t.span.start);
    let mut tokens: Vec<((usize, usize), bool)> = explanation
        .matches
        .iter()
        .map(|m| (side(if src { &m.src } else { &m.tgt }), true))
        .collect();
    let (unmatched, names) = if src {
        (&explanation.unmatched_src, &explanation.names.unmatched_src)
    } else {
        (&explanation.unmatched_tgt, &explanation.names.unmatched_tgt)
    };
    tokens.extend(unmatched.iter().chain(names).map(|t| (side(t), false)));
    tokens.sort_unstable();
    tokens.dedup_by_key(|t| t.0);
    let (mut best, mut run, mut since_gap, mut gaps) = (0usize, 0usize, 0usize, 0usize);
    for (_, matched) in tokens {
        if matched {
            gaps += 1;
            if gaps > 1 {
                run = since_gap;
                gaps = 1;
            }
            since_gap = 0;
        } else {
            run += 1;
            since_gap += 1;
            best = best.max(run);
        }
    }
    best
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
        Box::new(NegationMismatch::default()),
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
