//! Negation present on one side only. The negating words of every sentence are found once, in
//! the lexical features (`selaras_lexicon::Negation`, from the language data and the configured
//! lexicon); this check weighs them per bead.

use std::collections::HashSet;

use selaras_lexicon::{Negator, Strength};

use super::{BeadContext, Check, DocSide};
use crate::{Flag, FlagKind, Severity};

/// The folded words of sentences `range` of `side`, with inflections undone as the side's
/// negation data does (`ignored`: `ignore`).
fn word_forms(side: &DocSide<'_>, range: std::ops::Range<usize>) -> HashSet<String> {
    let negation = side.features.negation(side.is_src);
    let mut forms = HashSet::new();
    for k in range {
        for (_, word) in side.view(k).words() {
            forms.extend(negation.forms(word));
        }
    }
    forms
}

/// True when the negator at token `negator` of sentence `k` begins a negated phrase of the
/// lexicon one of whose translations the other side has (see
/// `selaras_lexicon::Negation::balanced_by_phrase`).
fn balanced_by_phrase(
    side: &DocSide<'_>,
    k: usize,
    negator: usize,
    other_words: &HashSet<String>,
) -> bool {
    let view = side.view(k);
    let Some((_, folded)) = view.words().find(|&(t, _)| t == negator) else {
        return false;
    };
    let following = view.words().filter(|&(t, _)| t > negator).map(|(_, w)| w);
    side.features
        .negation(side.is_src)
        .balanced_by_phrase(folded, following, other_words)
}

/// True when a negator of sentence `k` (at token `t`) governs a word that the other side
/// translates: one of the next two tokens or the previous one is among `matched` (byte spans
/// within the sentence).
fn governs_matched(side: &DocSide<'_>, k: usize, t: usize, matched: &[(usize, usize)]) -> bool {
    let tokens = side.view(k).tokens();
    let near = t.saturating_sub(1)..(t + 3).min(tokens.len());
    near.filter(|&q| q != t)
        .any(|q| matched.contains(&(tokens[q].start, tokens[q].end)))
}

/// Flags a bead whose two sides disagree on whether negation is present (one side has a
/// negating word, the other none): the statement may be reversed. Words that carry negation
/// inside them (`useless`, `unresponsive`, `fail`, `gagal`, `kurang`) balance a negator on the
/// other side and are no finding on their own, and so does a negated phrase of the lexicon whose
/// translation the other side has (`tidak suka` against `hate`); `not only` / `tidak hanya`
/// limits rather than negates. Major in a short bead, or when a negator governs a word that the
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
        // The negators of a side's sentences, with document spans.
        let side_negators = |side: &DocSide<'_>,
                             range: std::ops::Range<usize>|
         -> Vec<(usize, Negator, [usize; 2])> {
            range
                .flat_map(|k| {
                    side.view(k)
                        .negators()
                        .iter()
                        .map(move |n| (k, *n, side.span_of_token(k, n.token)))
                })
                .collect()
        };
        // Whether some plain negator of one side governs a word translated on the other side.
        let governs = |side: &DocSide<'_>, found: &[(usize, Negator, [usize; 2])]| -> bool {
            found
                .iter()
                .filter(|(_, n, _)| n.strength == Strength::Plain)
                .any(|(k, n, _)| {
                    let expressed: Vec<&selaras_lexicon::TokenRef> = if side.is_src {
                        explanation.matches.iter().map(|m| &m.src).collect()
                    } else {
                        explanation.matched_tgt.iter().collect()
                    };
                    let matched: Vec<(usize, usize)> = expressed
                        .into_iter()
                        .filter(|t| t.sentence == *k)
                        .map(|t| (t.span.start, t.span.end))
                        .collect();
                    governs_matched(side, *k, n.token, &matched)
                })
        };
        let checkable = |side: &DocSide<'_>| side.features.negation(side.is_src).is_checked();
        if !checkable(&bead.src) || !checkable(&bead.tgt) {
            return Vec::new();
        }
        let mut src_found = side_negators(&bead.src, bead.bead.src.clone());
        let mut tgt_found = side_negators(&bead.tgt, bead.bead.tgt.clone());
        // Negation on both sides or on neither: nothing to weigh.
        if src_found.is_empty() == tgt_found.is_empty() {
            return Vec::new();
        }
        // A negated phrase translated by one word on the other side is no disagreement.
        let (found, negated, counterpart, counterpart_range) = if src_found.is_empty() {
            (&mut tgt_found, &bead.tgt, &bead.src, bead.bead.src.clone())
        } else {
            (&mut src_found, &bead.src, &bead.tgt, bead.bead.tgt.clone())
        };
        let counterpart_words = word_forms(counterpart, counterpart_range);
        for (k, negator, _) in found.iter_mut() {
            if negator.strength == Strength::Plain
                && balanced_by_phrase(negated, *k, negator.token, &counterpart_words)
            {
                negator.strength = Strength::Lexical;
            }
        }
        let plain = |found: &[(usize, Negator, [usize; 2])]| {
            found.iter().any(|(_, n, _)| n.strength == Strength::Plain)
        };
        // A plain negator on one side and no negating word at all on the other; a word that
        // carries negation (`unable`, `gagal`) balances a negator, and is no finding alone.
        let (message, governed) = match (src_found.is_empty(), tgt_found.is_empty()) {
            (false, true) if plain(&src_found) => (
                "the source is negated, the translation is not: the statement may be reversed",
                governs(&bead.src, &src_found),
            ),
            (true, false) if plain(&tgt_found) => (
                "the translation is negated, the source is not: the statement may be reversed",
                governs(&bead.tgt, &tgt_found),
            ),
            _ => return Vec::new(),
        };
        let src: Vec<[usize; 2]> = src_found.iter().map(|(_, _, span)| *span).collect();
        let tgt: Vec<[usize; 2]> = tgt_found.iter().map(|(_, _, span)| *span).collect();
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
