//! Negating words of Indonesian and English, found once per sentence from the language data in
//! `data/` and the configured lexicon (its vocabulary for the English prefix rule, its negated
//! phrases such as `tidak suka` ↔ `hate`).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use selaras_text::Lang;

use crate::Lexicon;

/// Whether a negator is a plain negating word or one that carries negation inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Strength {
    /// `not`, `tidak`: reverses the statement.
    Plain,
    /// `fail`, `unable`, `kurang`: may stand for a negator on the other side, no evidence of
    /// reversal on its own.
    Lexical,
}

/// A negating word of a sentence: its token index and strength.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Negator {
    /// Index of the token in the sentence's tokens.
    pub token: usize,
    /// Plain or lexical.
    pub strength: Strength,
}

/// A word list of `data/`: one word per line, `#` comments.
fn parse_list(text: &'static str) -> HashSet<&'static str> {
    text.lines()
        .map(|line| line.split('#').next().unwrap_or_default().trim())
        .filter(|line| !line.is_empty())
        .collect()
}

struct Lists {
    id_plain: HashSet<&'static str>,
    id_lexical: HashSet<&'static str>,
    id_informal_tidak: HashSet<&'static str>,
    en_plain: HashSet<&'static str>,
    en_lexical: HashSet<&'static str>,
    prefixed: HashSet<&'static str>,
    not_prefixed: HashSet<&'static str>,
    limiting: HashSet<&'static str>,
    only: HashSet<&'static str>,
    /// Two-word phrases whose words negate nothing (`tidak jarang`), as `word next`.
    idioms: HashSet<&'static str>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| Lists {
        id_plain: parse_list(include_str!("../data/negators-id.txt")),
        id_lexical: parse_list(include_str!("../data/negators-id-lexical.txt")),
        id_informal_tidak: parse_list(include_str!("../data/negators-id-informal-tidak.txt")),
        en_plain: parse_list(include_str!("../data/negators-en.txt")),
        en_lexical: parse_list(include_str!("../data/negators-en-lexical.txt")),
        prefixed: parse_list(include_str!("../data/negated-by-prefix-en.txt")),
        not_prefixed: parse_list(include_str!("../data/not-negated-by-prefix-en.txt")),
        limiting: parse_list(include_str!("../data/negation-limiting.txt")),
        only: parse_list(include_str!("../data/negation-only.txt")),
        idioms: include_str!("../data/negation-idioms.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect(),
    })
}

/// Whether `word` (folded) is a plain negator of Indonesian or English (`tidak`, `not`): a
/// lexicon phrase that starts with one is a negated phrase, whose words link to nothing.
pub(crate) fn is_plain_negator(word: &str) -> bool {
    let lists = lists();
    lists.id_plain.contains(word) || lists.en_plain.contains(word)
}

/// Negation in one language: which words negate, and which negated phrases of the lexicon have
/// one-word translations.
#[derive(Debug, Clone)]
pub struct Negation {
    lang: Lang,
    /// The lexicon's words of this language (English: bases for `un-`/`in-` words).
    known: HashSet<String>,
    /// Negated phrases of this language (`tidak masuk akal`) with their translations.
    phrases: HashMap<String, Vec<String>>,
}

impl Negation {
    /// Negation data for `lang`, reading `lexicon`'s side of that language (its left side when
    /// `left`). Languages other than Indonesian and English have no negators.
    pub fn new(lang: &Lang, lexicon: &Lexicon, left: bool) -> Self {
        let plain = match lang {
            Lang::Id => &lists().id_plain,
            Lang::En => &lists().en_plain,
            _ => {
                return Self {
                    lang: lang.clone(),
                    known: HashSet::new(),
                    phrases: HashMap::new(),
                };
            }
        };
        let known = if *lang == Lang::En {
            let words: Box<dyn Iterator<Item = &str>> = if left {
                Box::new(lexicon.left_vocabulary())
            } else {
                Box::new(lexicon.right_vocabulary())
            };
            words.map(str::to_string).collect()
        } else {
            HashSet::new()
        };
        let mut phrases: HashMap<String, Vec<String>> = HashMap::new();
        for entry in lexicon.entries() {
            let (phrase, translation) = if left {
                (&entry.left, &entry.right)
            } else {
                (&entry.right, &entry.left)
            };
            if phrase
                .split_once(' ')
                .is_some_and(|(first, _)| plain.contains(first))
            {
                phrases
                    .entry(phrase.clone())
                    .or_default()
                    .push(translation.clone());
            }
        }
        Self {
            lang: lang.clone(),
            known,
            phrases,
        }
    }

    /// Whether this language is checked for negation (Indonesian and English).
    pub fn is_checked(&self) -> bool {
        matches!(self.lang, Lang::Id | Lang::En)
    }

    /// The negating words of a sentence given its words in order as (token index, folded form).
    pub fn negators(&self, words: &[(usize, &str)]) -> Vec<Negator> {
        let lists = lists();
        let (plain, lexical) = match self.lang {
            Lang::Id => (&lists.id_plain, &lists.id_lexical),
            Lang::En => (&lists.en_plain, &lists.en_lexical),
            _ => return Vec::new(),
        };
        let english = self.lang == Lang::En;
        let mut out: Vec<Negator> = Vec::new();
        for (position, &(token, word)) in words.iter().enumerate() {
            let at = |offset: usize| words.get(position + offset).map(|&(_, w)| w);
            let previous = position
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .map(|&(_, w)| w);
            let idiom = match (at(1), at(2)) {
                // "not only", "tidak hanya": limits ("don't just believe" still negates).
                (Some(next), _) if lists.only.contains(next) => lists.limiting.contains(word),
                // "not to mention": adds.
                (Some("to"), Some("mention")) => word == "not",
                // "for nothing": in vain.
                _ => word == "nothing" && previous == Some("for"),
            };
            let phrase = |a: Option<&str>, b: Option<&str>| {
                a.zip(b)
                    .is_some_and(|(a, b)| lists.idioms.contains(format!("{a} {b}").as_str()))
            };
            // `No. 12/2024`: a number right after `no` makes it an abbreviation.
            let number_follows = english
                && word == "no"
                && words
                    .get(position + 1)
                    .is_some_and(|&(next, _)| next != token + 1);
            let idiom = idiom
                || phrase(Some(word), at(1))
                || phrase(previous, Some(word))
                || number_follows;
            let strength = if idiom {
                continue;
            } else if plain.contains(word)
                || (english && word.ends_with("n't"))
                // "has yet to arrive": has not arrived.
                || (english && word == "yet" && at(1) == Some("to"))
            {
                Strength::Plain
            } else if lexical.contains(word) || (english && self.affix_negated(word)) {
                Strength::Lexical
            } else {
                continue;
            };
            // A negated negation affirms: "jangan ragu" (do not hesitate), "never fails".
            if strength == Strength::Lexical
                && let Some(last) = out.last()
                && last.strength == Strength::Plain
                && position
                    .checked_sub(1)
                    .and_then(|p| words.get(p))
                    .is_some_and(|&(q, _)| q == last.token)
            {
                out.pop();
                continue;
            }
            out.push(Negator { token, strength });
        }
        out
    }

    /// True for English words negated by an affix: `useless`, `unresponsive`, `inconsistent`,
    /// `impossible`, `irregular`. A prefix counts when what follows it is a word of the lexicon
    /// (or, after `un-`, an adjective or participle: `unappetising`, `uncontrollable`).
    pub fn affix_negated(&self, word: &str) -> bool {
        let lists = lists();
        let less = word.chars().count() >= 6
            && word.ends_with("less")
            && !matches!(word, "unless" | "nevertheless" | "regardless" | "bless");
        if less || lists.prefixed.contains(word) {
            return true;
        }
        if lists.not_prefixed.contains(word) {
            return false;
        }
        let known = |base: &str| self.known.contains(base);
        if let Some(base) = word.strip_prefix("un") {
            const ADJECTIVAL: &[&str] = &[
                "able", "ible", "ive", "ful", "ed", "ing", "ent", "ant", "ous", "al", "ary", "ic",
                "y",
            ];
            return base.len() >= 4
                && !base.starts_with("der")
                && !base.starts_with('i')
                && (known(base) || ADJECTIVAL.iter().any(|s| base.ends_with(s)));
        }
        // A base of six letters or more: `improve` (`prove`) and `inflame` (`flame`) negate
        // nothing.
        ["in", "im", "il", "ir"].iter().any(|prefix| {
            word.strip_prefix(prefix)
                .is_some_and(|base| base.len() >= 6 && known(base))
        })
    }

    /// The folded word and the forms it may be an inflection of, for matching a phrase's
    /// translation (`ignored`: `ignore`, `ignor`); Indonesian words stand as they are.
    pub fn forms(&self, word: &str) -> Vec<String> {
        let mut forms = vec![word.to_string()];
        if self.lang != Lang::En {
            return forms;
        }
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

    /// True when the negator `negator` (folded), followed by the words `following` (folded, in
    /// order), begins a negated phrase of the lexicon (`tidak masuk akal`, `tidak suka`, `not
    /// bad`) one of whose translations is among `other_words` (the other side's word forms, see
    /// [`Negation::forms`]): the negation is expressed there by one word. Also true when the
    /// other side has the negator itself (code-mixing: `Makanannya juga not bad`).
    pub fn balanced_by_phrase<'w>(
        &self,
        negator: &str,
        following: impl IntoIterator<Item = &'w str>,
        other_words: &HashSet<String>,
    ) -> bool {
        if other_words.contains(negator) {
            return true;
        }
        let mut phrase = negator.to_string();
        // Informal spellings of `tidak` find the lexicon's phrases: `enggak suka`.
        if self.lang == Lang::Id && lists().id_informal_tidak.contains(negator) {
            phrase = "tidak".to_string();
        }
        for word in following.into_iter().take(3) {
            phrase.push(' ');
            phrase.push_str(word);
            let Some(translations) = self.phrases.get(&phrase) else {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{embedded_id_en, fold};
    use selaras_text::{TokenKind, tokenize};

    fn english() -> Negation {
        Negation::new(&Lang::En, embedded_id_en(), false)
    }

    #[test]
    fn affixes_negate_only_words() {
        let negation = english();
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
            assert!(negation.affix_negated(word), "{word} negates");
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
            assert!(!negation.affix_negated(word), "{word} negates nothing");
        }
    }

    #[test]
    fn negators_with_their_strength() {
        let found = |text: &str, lang: Lang| -> Vec<(String, Strength)> {
            let negation = Negation::new(&lang, embedded_id_en(), lang == Lang::Id);
            let tokens = tokenize(text);
            let folded: Vec<(usize, String)> = tokens
                .iter()
                .enumerate()
                .filter(|(_, t)| t.kind == TokenKind::Word)
                .map(|(k, t)| (k, fold(t.text(text))))
                .collect();
            let words: Vec<(usize, &str)> = folded.iter().map(|(k, w)| (*k, w.as_str())).collect();
            negation
                .negators(&words)
                .into_iter()
                .map(|n| (tokens[n.token].text(text).to_string(), n.strength))
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
        assert_eq!(found("Es ist nicht gut", Lang::Other("de".into())), []);
    }

    #[test]
    fn phrases_of_the_lexicon_balance_a_negator() {
        let negation = Negation::new(&Lang::Id, embedded_id_en(), true);
        let other: HashSet<String> = ["i", "hate", "it"].iter().map(|w| w.to_string()).collect();
        assert!(negation.balanced_by_phrase("tidak", ["suka"], &other));
        assert!(negation.balanced_by_phrase("gak", ["suka"], &other));
        assert!(!negation.balanced_by_phrase("tidak", ["enak"], &other));
    }
}
