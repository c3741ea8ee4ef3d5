//! Negation present on one side only.

use selaras_lexicon::fold;
use selaras_text::{Lang, TokenKind, tokenize};

use super::{BeadContext, Check};
use crate::{Flag, FlagKind, Severity};

/// Words that negate or deny, per language. Verbs of failing, avoiding, preventing, refusing and
/// stopping count too, since translators move negation into them and out of them ("without a
/// breakthrough" as "gagal mencapai terobosan", "to avoid leaking" as "biar tidak bocor").
const INDONESIAN: &[&str] = &[
    "tidak",
    "tak",
    "bukan",
    "belum",
    "tanpa",
    "jangan",
    "tiada",
    "enggak",
    "nggak",
    "gak",
    "ga",
    "ndak",
    "gagal",
    "takkan",
    "bukanlah",
    "tidaklah",
    "belumlah",
    "kurang",
    "nggak",
    "engga",
    "tdk",
    "gk",
    "g",
    "bkn",
    "blm",
    "hindari",
    "menghindari",
    "cegah",
    "mencegah",
    "tolak",
    "menolak",
    "ditolak",
    "berhenti",
    "kapok",
    "percuma",
    "ragu",
    "jarang",
    "kurangnya",
];
const ENGLISH: &[&str] = &[
    "not",
    "no",
    "never",
    "without",
    "none",
    "nothing",
    "nobody",
    "neither",
    "nor",
    "cannot",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "shouldn't",
    "couldn't",
    "mustn't",
    "fail",
    "fails",
    "failed",
    "failing",
    "nowhere",
    "dont",
    "cant",
    "isnt",
    "wasnt",
    "didnt",
    "doesnt",
    "wont",
    "aint",
    "havent",
    "hasnt",
    "couldnt",
    "wouldnt",
    "shouldnt",
    "arent",
    "werent",
    "lack",
    "lacks",
    "lacking",
    "less",
    "hardly",
    "barely",
    "avoid",
    "avoids",
    "avoided",
    "prevent",
    "prevents",
    "prevented",
    "refuse",
    "refuses",
    "refused",
    "deny",
    "denies",
    "denied",
    "stop",
    "stops",
    "stopped",
    "doubt",
    "doubts",
    "quit",
    "rarely",
    "seldom",
    "reject",
    "rejects",
    "rejected",
    "rejecting",
];

/// English adjectives and adverbs negated by a prefix (a word list: `un-`, `in-` and `im-` also
/// begin many words that negate nothing, `unique`, `inside`, `Uniqlo`).
const PREFIX_NEGATED: &[&str] = &[
    "unable",
    "unlikely",
    "unhappy",
    "unknown",
    "unclear",
    "unfair",
    "unsafe",
    "unexpected",
    "unexpectedly",
    "unusual",
    "unavailable",
    "unacceptable",
    "uncomfortable",
    "unfriendly",
    "unhealthy",
    "unnecessary",
    "unpleasant",
    "unsure",
    "unwilling",
    "unaware",
    "unprecedented",
    "unpaid",
    "unresolved",
    "unstable",
    "untrue",
    "unreasonable",
    "unreliable",
    "impossible",
    "inaccessible",
    "inaccessable",
    "incorrect",
    "incomplete",
    "inconvenient",
    "incapable",
    "invalid",
    "insufficient",
    "illegal",
    "irrelevant",
    "dishonest",
    "disagree",
    "dislike",
];

/// True for English words negated by an affix: `useless`, `unable`, `impossible`.
fn affix_negated(word: &str) -> bool {
    let less = word.chars().count() >= 6
        && word.ends_with("less")
        && !matches!(word, "unless" | "nevertheless" | "regardless" | "bless");
    less || PREFIX_NEGATED.contains(&word)
}

/// The negating words of `text` in `lang`: (token index, byte start, byte end) in `text`.
pub(crate) fn negators(text: &str, lang: &Lang) -> Vec<(usize, usize, usize)> {
    let list: &[&str] = match lang {
        Lang::Id => INDONESIAN,
        Lang::En => ENGLISH,
        _ => return Vec::new(),
    };
    tokenize(text)
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .filter(|(_, t)| {
            let word = fold(t.text(text));
            list.contains(&word.as_str())
                || (*lang == Lang::En && (word.ends_with("n't") || affix_negated(&word)))
        })
        .map(|(k, t)| (k, t.span.start, t.span.end))
        .collect()
}

/// True when a negator of sentence `text` (at token `k`) governs a word that the other side
/// translates: one of the next two words or the previous one is matched across.
fn governs_matched(text: &str, k: usize, matched: &[(usize, usize)]) -> bool {
    let tokens = tokenize(text);
    let near = k.saturating_sub(1)..(k + 3).min(tokens.len());
    near.filter(|&q| q != k)
        .any(|q| matched.contains(&(tokens[q].span.start, tokens[q].span.end)))
}

/// Flags a bead whose two sides disagree on whether negation is present (one side has a
/// negating word, including affixes such as `useless` and `unable`, the other none): the
/// statement may be reversed. Major in a short bead, or when a negator governs a word that the
/// other side translates (`tidak enak` against `delicious`); minor in a long bead otherwise,
/// since translations often express negation with other words (`tidak sengaja` for `accident`,
/// `kapok` for `never again`). Only Indonesian and English are checked.
#[derive(Debug, Clone, Copy)]
pub struct NegationMismatch {
    /// Content words (both sides) up to which a bead counts as short.
    pub short_bead_words: usize,
}

impl Default for NegationMismatch {
    fn default() -> Self {
        Self {
            short_bead_words: 24,
        }
    }
}

impl Check for NegationMismatch {
    fn kind(&self) -> FlagKind {
        FlagKind::NegationMismatch
    }

    fn check(&self, bead: &BeadContext<'_>) -> Vec<Flag> {
        let Some(explanation) = bead.explanation else {
            return Vec::new();
        };
        let spans = |side: &super::DocSide<'_>, range: std::ops::Range<usize>| -> Vec<[usize; 2]> {
            range
                .flat_map(|k| {
                    let base = side.offsets[k];
                    negators(side.sentences[k], side.lang)
                        .into_iter()
                        .map(move |(_, s, e)| [base + s, base + e])
                })
                .collect()
        };
        // Whether some negator of one side governs a word translated on the other side.
        let governs =
            |side: &super::DocSide<'_>, range: std::ops::Range<usize>, src: bool| -> bool {
                range.into_iter().any(|k| {
                    let matched: Vec<(usize, usize)> = explanation
                        .matches
                        .iter()
                        .map(|m| if src { &m.src } else { &m.tgt })
                        .filter(|t| t.sentence == k)
                        .map(|t| (t.span.start, t.span.end))
                        .collect();
                    negators(side.sentences[k], side.lang)
                        .iter()
                        .any(|&(q, _, _)| governs_matched(side.sentences[k], q, &matched))
                })
            };
        let checkable = |lang: &Lang| matches!(lang, Lang::Id | Lang::En);
        if !checkable(bead.src.lang) || !checkable(bead.tgt.lang) {
            return Vec::new();
        }
        let src = spans(&bead.src, bead.bead.src.clone());
        let tgt = spans(&bead.tgt, bead.bead.tgt.clone());
        let (message, governed) = match (src.is_empty(), tgt.is_empty()) {
            (false, true) => (
                "the source is negated, the translation is not: the statement may be reversed",
                governs(&bead.src, bead.bead.src.clone(), true),
            ),
            (true, false) => (
                "the translation is negated, the source is not: the statement may be reversed",
                governs(&bead.tgt, bead.bead.tgt.clone(), false),
            ),
            _ => return Vec::new(),
        };
        // In a short bead a lone negation decides the polarity; in a long one (several sentences,
        // where negation is often expressed by other words) it must govern a translated word.
        let words = explanation.matches.len()
            + explanation.unmatched_src.len()
            + explanation.unmatched_tgt.len();
        let severity = if governed || words <= self.short_bead_words {
            Severity::Major
        } else {
            Severity::Minor
        };
        vec![Flag {
            kind: FlagKind::NegationMismatch,
            severity,
            message: message.to_string(),
            src_spans: src,
            tgt_spans: tgt,
        }]
    }
}
