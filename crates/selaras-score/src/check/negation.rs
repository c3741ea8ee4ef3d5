//! Negation present on one side only.

use selaras_lexicon::fold;
use selaras_text::{Lang, TokenKind, tokenize};

use super::{BeadContext, Check};
use crate::{Flag, FlagKind, Severity};

/// Words that negate or deny, per language. Failure verbs count too, since translators render
/// "without a breakthrough" as "gagal mencapai terobosan" (failed to reach a breakthrough).
const INDONESIAN: &[&str] = &[
    "tidak", "tak", "bukan", "belum", "tanpa", "jangan", "tiada", "enggak", "nggak", "gak", "ga",
    "ndak", "gagal", "takkan", "bukanlah", "tidaklah", "belumlah",
];
const ENGLISH: &[&str] = &[
    "not", "no", "never", "without", "none", "nothing", "nobody", "neither", "nor", "cannot",
    "can't", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't", "wasn't",
    "weren't", "hasn't", "haven't", "hadn't", "shouldn't", "couldn't", "mustn't", "fail",
    "fails", "failed", "failing", "nowhere",
];

/// The negating words of `text` in `lang`, with their byte spans in `text`.
pub(crate) fn negators(text: &str, lang: &Lang) -> Vec<(usize, usize)> {
    let list: &[&str] = match lang {
        Lang::Id => INDONESIAN,
        Lang::En => ENGLISH,
        _ => return Vec::new(),
    };
    tokenize(text)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .filter(|t| {
            let word = fold(t.text(text));
            list.contains(&word.as_str()) || (*lang == Lang::En && word.ends_with("n't"))
        })
        .map(|t| (t.span.start, t.span.end))
        .collect()
}

/// Flags a bead whose two sides disagree on whether negation is present (one side has a
/// negating word, the other none): the statement may be reversed. Major. Only Indonesian and
/// English are checked.
#[derive(Debug, Clone, Copy, Default)]
pub struct NegationMismatch;

impl Check for NegationMismatch {
    fn kind(&self) -> FlagKind {
        FlagKind::NegationMismatch
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        if bead.explanation.is_none() {
            return Vec::new();
        }
        let spans = |side: &super::DocSide<'_>, range: std::ops::Range<usize>| -> Vec<[usize; 2]> {
            range
                .flat_map(|k| {
                    let base = side.offsets[k];
                    negators(side.sentences[k], side.lang)
                        .into_iter()
                        .map(move |(s, e)| [base + s, base + e])
                })
                .collect()
        };
        let checkable = |lang: &Lang| matches!(lang, Lang::Id | Lang::En);
        if !checkable(bead.src.lang) || !checkable(bead.tgt.lang) {
            return Vec::new();
        }
        let src = spans(&bead.src, bead.bead.src.clone());
        let tgt = spans(&bead.tgt, bead.bead.tgt.clone());
        let message = match (src.is_empty(), tgt.is_empty()) {
            (false, true) => "the source is negated, the translation is not: the statement may be reversed",
            (true, false) => "the translation is negated, the source is not: the statement may be reversed",
            _ => return Vec::new(),
        };
        vec![Flag {
            kind: FlagKind::NegationMismatch,
            severity: Severity::Major,
            message: message.to_string(),
            src_spans: src,
            tgt_spans: tgt,
        }]
    }
}
