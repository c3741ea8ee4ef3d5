//! Negation present on one side only.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use selaras_lexicon::{embedded_id_en, fold};
use selaras_text::{Lang, TokenKind, tokenize};

use super::{BeadContext, Check};
use crate::{Flag, FlagKind, Severity};

/// Words that negate, per language: a statement with one of them says the opposite of the same
/// statement without it.
const INDONESIAN: &[&str] = &[
    "tidak", "tak", "bukan", "belum", "tanpa", "jangan", "tiada", "enggak", "nggak", "gak", "ga",
    "ndak", "takkan", "bukanlah", "tidaklah", "belumlah", "engga", "tdk", "gk", "g", "bkn", "blm",
];

/// Words that carry negation inside them (failing, lacking, avoiding, preventing, refusing,
/// stopping, doubting): translators move negation into them and out of them ("without a
/// breakthrough" as "gagal mencapai terobosan", "to avoid leaking" as "biar tidak bocor"), so they
/// balance a negator on the other side but are no evidence of reversal on their own.
const INDONESIAN_WEAK: &[&str] = &[
    "gagal",
    "kurang",
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
];

/// English words that carry negation inside them (see [`INDONESIAN_WEAK`]).
const ENGLISH_WEAK: &[&str] = &[
    // "instead of plates": "bukan piring".
    "instead",
    "fail",
    "fails",
    "failed",
    "failing",
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

/// English adjectives and adverbs negated by a prefix that the prefix rule of [`affix_negated`]
/// does not find (`dis-`, and words whose base is not in the lexicon).
const PREFIX_NEGATED: &[&str] = &[
    "unable",
    "unlikely",
    "unknown",
    "unfair",
    "unsafe",
    "inaccessible",
    "inaccessable",
    "illegal",
    "dishonest",
    "disagree",
    "dislike",
    "dislikes",
    "disliked",
];

/// Words that begin with a negating prefix and a word of the lexicon but negate nothing.
const NOT_PREFIX_NEGATED: &[&str] = &[
    "unanimous",
    "unless",
    "unveil",
    "unveiled",
    "instance",
    "instances",
    "imprison",
    "imprisoned",
    "install",
    "installed",
    "installing",
    "insight",
    "insights",
    "impress",
    "impressed",
    "imprint",
    "increase",
    "increased",
    "increases",
    "invaluable",
    "inflammable",
    "infamous",
    "impassioned",
    "inbound",
    "income",
    "indent",
    "inward",
    "intent",
    "intense",
];

/// English words whose base is in the lexicon: `responsive` for `unresponsive`.
fn english_words() -> &'static HashSet<String> {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        embedded_id_en()
            .right_vocabulary()
            .map(str::to_string)
            .collect()
    })
}

/// The lexicon's negated phrases of one language (`tidak masuk akal`, `not bad`) with their
/// translations (`nonsense`, `lumayan`): a negator that begins such a phrase is balanced when the
/// other side has one of the translations.
fn negated_phrases(indonesian: bool) -> &'static HashMap<String, Vec<String>> {
    static ID: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    static EN: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    let build = |indonesian: bool| {
        let mut map: HashMap<String, Vec<String>> = HashMap::new();
        for entry in embedded_id_en().entries() {
            let (phrase, translation, list) = if indonesian {
                (&entry.left, &entry.right, INDONESIAN)
            } else {
                (&entry.right, &entry.left, ENGLISH)
            };
            if phrase
                .split_once(' ')
                .is_some_and(|(first, _)| list.contains(&first))
            {
                map.entry(phrase.clone())
                    .or_default()
                    .push(translation.clone());
            }
        }
        map
    };
    if indonesian {
        ID.get_or_init(|| build(true))
    } else {
        EN.get_or_init(|| build(false))
    }
}

/// A folded English word and the forms it may be the inflection of (`ignored`: `ignore`,
/// `ignor`).
fn english_forms(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_string()];
    for suffix in ["s", "es", "ed", "d", "ing"] {
        if let Some(stem) = word.strip_suffix(suffix)
            && stem.len() >= 3
        {
            forms.push(stem.to_string());
            if suffix == "ing" {
                forms.push(format!("{stem}e"));
            }
        }
    }
    forms
}

/// True for English words negated by an affix: `useless`, `unresponsive`, `inconsistent`,
/// `impossible`, `irregular`. A prefix counts when what follows it is a word of the lexicon (or,
/// after `un-`, an adjective or participle: `unappetising`, `uncontrollable`).
fn affix_negated(word: &str) -> bool {
    let less = word.chars().count() >= 6
        && word.ends_with("less")
        && !matches!(word, "unless" | "nevertheless" | "regardless" | "bless");
    if less || PREFIX_NEGATED.contains(&word) {
        return true;
    }
    if NOT_PREFIX_NEGATED.contains(&word) {
        return false;
    }
    let known = |base: &str| english_words().contains(base);
    if let Some(base) = word.strip_prefix("un") {
        const ADJECTIVAL: &[&str] = &[
            "able", "ible", "ive", "ful", "ed", "ing", "ent", "ant", "ous", "al", "ary", "ic", "y",
        ];
        return base.len() >= 4
            && !base.starts_with("der")
            && !base.starts_with('i')
            && (known(base) || ADJECTIVAL.iter().any(|s| base.ends_with(s)));
    }
    // A base of six letters or more: `improve` (`prove`) and `inflame` (`flame`) negate nothing.
    ["in", "im", "il", "ir"].iter().any(|prefix| {
        word.strip_prefix(prefix)
            .is_some_and(|base| base.len() >= 6 && known(base))
    })
}

/// Whether a negator is a plain negating word or one that carries negation inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Strength {
    /// `not`, `tidak`: reverses the statement.
    Plain,
    /// `fail`, `unable`, `kurang`: may stand for a negator on the other side.
    Lexical,
}

/// A negating word: token index, byte start and end in the text, and its strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Negator {
    pub token: usize,
    pub start: usize,
    pub end: usize,
    pub strength: Strength,
}

/// Negators that limit rather than negate before a word of [`ONLY`].
const LIMITING: &[&str] = &["not", "tidak", "tak", "bukan", "tidaklah", "bukanlah"];

/// Words after which `not` / `tidak` limits rather than negates: "not only", "tidak hanya".
const ONLY: &[&str] = &[
    "only", "just", "merely", "simply", "hanya", "cuma", "cuman", "sekadar", "sekedar", "saja",
];

/// The negating words of `text` in `lang`.
pub(crate) fn negators(text: &str, lang: &Lang) -> Vec<Negator> {
    let (plain, lexical): (&[&str], &[&str]) = match lang {
        Lang::Id => (INDONESIAN, INDONESIAN_WEAK),
        Lang::En => (ENGLISH, ENGLISH_WEAK),
        _ => return Vec::new(),
    };
    let tokens = tokenize(text);
    let words: Vec<(usize, String)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .map(|(k, t)| (k, fold(t.text(text))))
        .collect();
    let mut out: Vec<Negator> = Vec::new();
    for (position, (k, word)) in words.iter().enumerate() {
        let at = |offset: usize| words.get(position + offset).map(|(_, w)| w.as_str());
        let previous = position
            .checked_sub(1)
            .and_then(|p| words.get(p))
            .map(|(_, w)| w.as_str());
        let idiom = match (at(1), at(2)) {
            // "not only", "tidak hanya": limits ("don't just believe" still negates).
            (Some(next), _) if ONLY.contains(&next) => LIMITING.contains(&word.as_str()),
            // "not to mention": adds.
            (Some("to"), Some("mention")) => word == "not",
            // "for nothing": in vain.
            _ => word == "nothing" && previous == Some("for"),
        };
        let strength = if idiom {
            continue;
        } else if plain.contains(&word.as_str())
            || (*lang == Lang::En && word.ends_with("n't"))
            // "has yet to arrive": has not arrived.
            || (*lang == Lang::En && word == "yet" && at(1) == Some("to"))
        {
            Strength::Plain
        } else if lexical.contains(&word.as_str()) || (*lang == Lang::En && affix_negated(word)) {
            Strength::Lexical
        } else {
            continue;
        };
        // A negated negation affirms: "jangan ragu" (do not hesitate), "never fails".
        if strength == Strength::Lexical
            && let Some(last) = out.last()
            && last.strength == Strength::Plain
            && words
                .get(position.wrapping_sub(1))
                .is_some_and(|(q, _)| *q == last.token)
        {
            out.pop();
            continue;
        }
        let span = tokens[*k].span;
        out.push(Negator {
            token: *k,
            start: span.start,
            end: span.end,
            strength,
        });
    }
    out
}

/// Informal and short spellings of `tidak`.
const INFORMAL_TIDAK: &[&str] = &[
    "tak", "enggak", "nggak", "gak", "ga", "ndak", "engga", "tdk", "gk", "g", "tidaklah",
];

/// The folded words of some sentences, with English inflections undone (see [`english_forms`]).
fn word_forms(sentences: &[&str], lang: &Lang) -> HashSet<String> {
    let mut forms = HashSet::new();
    for sentence in sentences {
        for token in tokenize(sentence)
            .iter()
            .filter(|t| t.kind == TokenKind::Word)
        {
            let word = fold(token.text(sentence));
            if *lang == Lang::En {
                forms.extend(english_forms(&word));
            } else {
                forms.insert(word);
            }
        }
    }
    forms
}

/// True when the negator at token `negator` of `sentence` begins a negated phrase of the lexicon
/// (`tidak masuk akal`, `tidak suka`, `not bad`) one of whose translations (`nonsense`, `hate`,
/// `lumayan`) is among the other side's words: the negation is expressed there by one word. Also
/// true when the other side has the negator itself (English words in Indonesian text).
fn balanced_by_phrase(
    sentence: &str,
    negator: usize,
    lang: &Lang,
    other_words: &HashSet<String>,
) -> bool {
    let tokens = tokenize(sentence);
    let mut phrase = match tokens.get(negator) {
        Some(token) => fold(token.text(sentence)),
        None => return false,
    };
    // Code-mixing: the same negator written in the other side's text (`Makanannya juga not bad`).
    if other_words.contains(&phrase) {
        return true;
    }
    // Informal spellings of `tidak` find the lexicon's phrases: `enggak suka`, `gak masuk akal`.
    if *lang == Lang::Id && INFORMAL_TIDAK.contains(&phrase.as_str()) {
        phrase = "tidak".to_string();
    }
    let phrases = negated_phrases(*lang == Lang::Id);
    let following = tokens[negator + 1..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(3);
    for token in following {
        phrase.push(' ');
        phrase.push_str(&fold(token.text(sentence)));
        let Some(translations) = phrases.get(&phrase) else {
            continue;
        };
        if translations
            .iter()
            .any(|t| t.split(' ').all(|w| other_words.contains(w)))
        {
            return true;
        }
    }
    false
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
        let side_negators = |side: &super::DocSide<'_>,
                             range: std::ops::Range<usize>|
         -> Vec<(usize, Negator, [usize; 2])> {
            range
                .flat_map(|k| {
                    let base = side.offsets[k];
                    negators(side.sentences[k], side.lang)
                        .into_iter()
                        .map(move |n| (k, n, [base + n.start, base + n.end]))
                })
                .collect()
        };
        // Whether some plain negator of one side governs a word translated on the other side.
        let governs = |side: &super::DocSide<'_>,
                       found: &[(usize, Negator, [usize; 2])],
                       src: bool|
         -> bool {
            found
                .iter()
                .filter(|(_, n, _)| n.strength == Strength::Plain)
                .any(|(k, n, _)| {
                    let matched: Vec<(usize, usize)> = explanation
                        .matches
                        .iter()
                        .map(|m| if src { &m.src } else { &m.tgt })
                        .filter(|t| t.sentence == *k)
                        .map(|t| (t.span.start, t.span.end))
                        .collect();
                    governs_matched(side.sentences[*k], n.token, &matched)
                })
        };
        let checkable = |lang: &Lang| matches!(lang, Lang::Id | Lang::En);
        if !checkable(bead.src.lang) || !checkable(bead.tgt.lang) {
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
        let counterpart_words =
            word_forms(&counterpart.sentences[counterpart_range], counterpart.lang);
        for (k, negator, _) in found.iter_mut() {
            if negator.strength == Strength::Plain
                && balanced_by_phrase(
                    negated.sentences[*k],
                    negator.token,
                    negated.lang,
                    &counterpart_words,
                )
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
                governs(&bead.src, &src_found, true),
            ),
            (true, false) if plain(&tgt_found) => (
                "the translation is negated, the source is not: the statement may be reversed",
                governs(&bead.tgt, &tgt_found, false),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn affixes_negate_only_words() {
        for word in [
            "useless",
            "unresponsive",
            "unappetising",
            "uncontrollable",
            "unhappy",
            "unable",
            "inconsistent",
            "impossible",
            "irregular",
            "incorrect",
            "illegal",
        ] {
            assert!(affix_negated(word), "{word} negates");
        }
        for word in [
            "unless",
            "under",
            "understanding",
            "unique",
            "university",
            "united",
            "improve",
            "inflame",
            "install",
            "instance",
            "income",
            "inside",
            "bless",
            "regardless",
            "until",
        ] {
            assert!(!affix_negated(word), "{word} negates nothing");
        }
    }

    #[test]
    fn negators_with_their_strength() {
        let found = |text: &str, lang: Lang| -> Vec<(String, Strength)> {
            negators(text, &lang)
                .into_iter()
                .map(|n| (text[n.start..n.end].to_string(), n.strength))
                .collect()
        };
        let plain = |w: &str| (w.to_string(), Strength::Plain);
        let lexical = |w: &str| (w.to_string(), Strength::Lexical);
        assert_eq!(found("It was not good", Lang::En), [plain("not")]);
        assert_eq!(found("They didn't come", Lang::En), [plain("didn't")]);
        assert_eq!(found("It has yet to arrive", Lang::En), [plain("yet")]);
        assert_eq!(
            found("The staff were unfriendly", Lang::En),
            [lexical("unfriendly")]
        );
        assert_eq!(found("It is not only cheap", Lang::En), []);
        assert_eq!(found("Not to mention the view", Lang::En), []);
        assert_eq!(found("We paid for nothing", Lang::En), []);
        assert_eq!(found("It never fails", Lang::En), []);
        assert_eq!(found("Rasanya tidak enak", Lang::Id), [plain("tidak")]);
        assert_eq!(found("Rasanya kurang enak", Lang::Id), [lexical("kurang")]);
        assert_eq!(found("Tidak hanya murah", Lang::Id), []);
        assert_eq!(found("Jangan ragu menghubungi kami", Lang::Id), []);
        assert_eq!(found("Jangan cuma percaya", Lang::Id), [plain("Jangan")]);
    }
}
