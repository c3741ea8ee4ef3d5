//! What a similarity score is made of.

use selaras_text::Span;
use serde::Serialize;

/// A token of one side: the sentence it is in, its byte span within that sentence, its text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TokenRef {
    /// Index of the sentence in its document (the index passed to `prepare`).
    pub sentence: usize,
    /// Byte span within that sentence's text.
    pub span: Span,
    /// The token as written.
    pub text: String,
}

/// How two words were matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchKind {
    /// A lexicon entry links them (after morphology).
    Lexicon,
    /// The same string on both sides (names, numbers written as words, loanwords).
    Identical,
    /// Similar spelling (Jaro-Winkler on a cognate skeleton): `Zelenskyy`/`Zelensky`,
    /// `konstruktif`/`constructive`.
    Cognate,
    /// The same number after locale-aware parsing: `2,5`/`2.5`, `delapan`/`eight`.
    Number,
}

/// A matched pair of words (or numbers).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WordMatch {
    /// The source-side token.
    pub src: TokenRef,
    /// The target-side token.
    pub tgt: TokenRef,
    /// How they were matched.
    pub via: MatchKind,
}

/// Matched and unmatched anchors of one kind (numbers, names).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AnchorReport {
    /// Pairs found on both sides.
    pub matched: Vec<WordMatch>,
    /// Source-side anchors with no counterpart.
    pub unmatched_src: Vec<TokenRef>,
    /// Target-side anchors with no counterpart.
    pub unmatched_tgt: Vec<TokenRef>,
}

/// A similarity score and the evidence behind it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Explanation {
    /// The score in [0, 1]: the harmonic mean of the two coverages.
    pub score: f32,
    /// Weighted share of the source's content words and numbers expressed in the target.
    pub coverage_src: f32,
    /// Weighted share of the target's content words and numbers expressed in the source.
    pub coverage_tgt: f32,
    /// Content words matched across (names included), one entry per matched source word, with
    /// the first target word it matches.
    pub matches: Vec<WordMatch>,
    /// Every target content word (names included) the source expresses, whether or not it is
    /// the partner listed in `matches`: with `matches`' source words, the two sides are
    /// described alike.
    pub matched_tgt: Vec<TokenRef>,
    /// Source content words (not names) with no counterpart.
    pub unmatched_src: Vec<TokenRef>,
    /// Target content words (not names) with no counterpart.
    pub unmatched_tgt: Vec<TokenRef>,
    /// Numbers on each side, matched by value.
    pub numbers: AnchorReport,
    /// Names (capitalised words that are not common words) on each side.
    pub names: AnchorReport,
}
