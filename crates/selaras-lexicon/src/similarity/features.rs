//! Per-sentence features, computed once per document: content words reduced to interned roots,
//! numbers, names, and each word's possible translations on the other side.

use std::collections::HashMap;

use rayon::prelude::*;
use selaras_text::{Lang, LangVotes, Span, Token, TokenKind, tokenize};

use super::explain::MatchKind;
use crate::negation::{Negation, Negator};
use crate::numbers::{NumberMention, find_numbers};
use crate::{Analyzer, fold, is_stopword};

/// A content word of a sentence.
#[derive(Debug, Clone)]
pub(super) struct Item {
    /// Index into the sentence's tokens.
    pub token: u32,
    /// Vocabulary ids of the folded surface form and of the root (equal when they are the same).
    pub surface: u32,
    pub root: u32,
    /// IDF weight of the root within its document.
    pub weight: f32,
    /// A capitalised word that is not a common word: a name.
    pub name: bool,
    /// Translation candidates on the other side: range into `Side::links`.
    pub links: std::ops::Range<u32>,
}

#[derive(Debug, Clone)]
pub(super) struct SentenceFeatures {
    pub tokens: Vec<Span>,
    pub kinds: Vec<TokenKind>,
    /// Every word token (function words too): token index and folded form.
    pub words: Vec<(u32, String)>,
    pub negators: Vec<Negator>,
    pub votes: LangVotes,
    pub items: Vec<Item>,
    /// Sorted, unique vocabulary ids of all items (surface and root).
    pub keys: Vec<u32>,
    pub numbers: Vec<NumberMention>,
    /// Weights of the coverage units: the items, then the numbers.
    pub unit_weights: Vec<f32>,
}

/// One side of a prepared document pair.
#[derive(Debug, Clone)]
pub(super) struct Side {
    pub texts: Vec<String>,
    pub sentences: Vec<SentenceFeatures>,
    pub vocab: Vocab,
    /// Translation links of all items: (other side's vocabulary id, how), sorted per item.
    pub links: Vec<(u32, MatchKind)>,
    /// Weight of a number: as much as a word seen in one sentence.
    pub number_weight: f32,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Vocab {
    ids: HashMap<String, u32>,
    words: Vec<String>,
}

impl Vocab {
    fn intern(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        self.ids.insert(word.to_string(), id);
        self.words.push(word.to_string());
        id
    }

    pub fn get(&self, word: &str) -> Option<u32> {
        self.ids.get(word).copied()
    }

    pub fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }
}

struct RawWord {
    token: u32,
    /// Index of the word in the sentence's `all_words` (which holds its folded form).
    word: usize,
    capitalised: bool,
    /// No lower-case letter and at least two letters: `PBB`, `US`.
    acronym: bool,
    /// First word of a sentence (capitalised by rule, not because it is a name).
    sentence_initial: bool,
}

/// A sentence's words (token index, folded) and negators, kept for the checks.
type CheckWords = (Vec<(u32, String)>, Vec<Negator>);

struct RawSentence {
    tokens: Vec<Token>,
    numbers: Vec<NumberMention>,
    words: Vec<RawWord>,
    all_words: Vec<(u32, String)>,
    negators: Vec<Negator>,
    votes: LangVotes,
    title_case: bool,
}

fn raw_sentence(text: &str, lang: &Lang, negation: &Negation) -> RawSentence {
    let tokens = tokenize(text);
    let numbers = find_numbers(text, &tokens, lang);
    let mut in_number = vec![false; tokens.len()];
    for mention in &numbers {
        in_number[mention.first_token..=mention.last_token]
            .iter_mut()
            .for_each(|flag| *flag = true);
    }
    let mut capitalised = 0usize;
    let mut word_count = 0usize;
    let mut words = Vec::new();
    let mut all_words = Vec::new();
    let mut previous_end = 0usize;
    for (index, token) in tokens.iter().enumerate() {
        // A word is sentence-initial when only sentence-final punctuation, quotes or nothing
        // stands before it (rows of parallel data often hold several sentences).
        let gap = &text[previous_end..token.span.start];
        let sentence_initial =
            index == 0 || gap.contains(['.', '!', '?', ':', '…', '"', '“', '\n']);
        previous_end = token.span.end;
        if token.kind != TokenKind::Word {
            continue;
        }
        let raw = token.text(text);
        let upper = raw.chars().next().is_some_and(char::is_uppercase);
        word_count += 1;
        capitalised += usize::from(upper);
        let folded = fold(raw);
        let token_index = u32::try_from(index).unwrap_or(u32::MAX);
        let word = all_words.len();
        let acronym = raw.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !raw.chars().any(char::is_lowercase);
        // An acronym is content even when its letters spell a function word (`US`, `AS`, `IT`).
        let content = !(in_number[index]
            || (is_stopword(&folded, lang) && !acronym)
            || folded.chars().count() < 2);
        all_words.push((token_index, folded));
        if !content {
            continue;
        }
        words.push(RawWord {
            token: token_index,
            word,
            capitalised: upper,
            acronym,
            sentence_initial,
        });
    }
    let word_refs: Vec<(usize, &str)> = all_words
        .iter()
        .map(|(k, w)| (*k as usize, w.as_str()))
        .collect();
    let negators = negation.negators(&word_refs);
    RawSentence {
        tokens,
        numbers,
        words,
        all_words,
        negators,
        votes: LangVotes::of(text),
        title_case: word_count >= 3 && 10 * capitalised >= 6 * word_count,
    }
}

/// Builds one side's features. Roots are computed once per distinct word, in parallel.
pub(super) fn build_side(
    texts: &[&str],
    lang: &Lang,
    analyzer: &Analyzer,
    negation: &Negation,
) -> Side {
    let mut raw: Vec<RawSentence> = texts
        .par_iter()
        .map(|t| raw_sentence(t, lang, negation))
        .collect();
    // What the checks read is moved out whole; the rest builds the coverage units.
    let mut for_checks: Vec<CheckWords> = raw
        .iter_mut()
        .map(|r| {
            (
                std::mem::take(&mut r.all_words),
                std::mem::take(&mut r.negators),
            )
        })
        .collect();
    let mut distinct: Vec<&str> = raw
        .iter()
        .zip(&for_checks)
        .flat_map(|(s, (all, _))| s.words.iter().map(|w| all[w.word].1.as_str()))
        .collect();
    distinct.sort_unstable();
    distinct.dedup();
    let roots: HashMap<String, (String, bool)> = distinct
        .par_iter()
        .map(|&w| {
            let root = analyzer.root(w);
            let known = analyzer.is_known(w) || analyzer.is_known(&root);
            (w.to_string(), (root, known))
        })
        .collect();

    let mut vocab = Vocab::default();
    let mut df: Vec<u32> = Vec::new();
    let mut sentences = Vec::with_capacity(raw.len());
    for (sentence, (all_words, negators)) in raw.iter().zip(for_checks.iter_mut()) {
        let mut items = Vec::with_capacity(sentence.words.len());
        let mut keys = Vec::with_capacity(2 * sentence.words.len());
        for word in &sentence.words {
            let folded = all_words[word.word].1.as_str();
            let (root, known) = &roots[folded];
            let surface = vocab.intern(folded);
            let root = vocab.intern(root);
            // A capitalised word is a name unless capitals are explained otherwise: at the start
            // of a sentence (unless it is an acronym) or, for a known word, in a title-case line.
            let name = word.capitalised
                && (word.acronym || !(word.sentence_initial || (*known && sentence.title_case)));
            items.push(Item {
                token: word.token,
                surface,
                root,
                weight: 0.0,
                name,
                links: 0..0,
            });
            keys.push(surface);
            keys.push(root);
        }
        keys.sort_unstable();
        keys.dedup();
        if df.len() < vocab.len() {
            df.resize(vocab.len(), 0);
        }
        let mut roots_seen: Vec<u32> = items.iter().map(|i| i.root).collect();
        roots_seen.sort_unstable();
        roots_seen.dedup();
        for root in roots_seen {
            df[root as usize] += 1;
        }
        sentences.push(SentenceFeatures {
            tokens: sentence.tokens.iter().map(|t| t.span).collect(),
            kinds: sentence.tokens.iter().map(|t| t.kind).collect(),
            words: std::mem::take(all_words),
            negators: std::mem::take(negators),
            votes: sentence.votes,
            items,
            keys,
            numbers: sentence.numbers.clone(),
            unit_weights: Vec::new(),
        });
    }
    let n = sentences.len().max(1) as f32;
    let number_weight = (1.0 + n).ln();
    for sentence in &mut sentences {
        for item in &mut sentence.items {
            let d = df[item.root as usize].max(1) as f32;
            item.weight = (1.0 + n / d).ln();
        }
        sentence.unit_weights = sentence
            .items
            .iter()
            .map(|item| item.weight)
            .chain(sentence.numbers.iter().map(|_| number_weight))
            .collect();
    }
    Side {
        texts: texts.iter().map(|t| t.to_string()).collect(),
        sentences,
        vocab,
        links: Vec::new(),
        number_weight,
    }
}

/// Number words that the other document writes as a word are part of a name, not numbers
/// (`jembatan lima` in the translation of `Jembatan Lima`): removes them from `side`'s numbers.
pub(super) fn drop_name_numbers(side: &mut Side, other: &Side) {
    let number_weight = side.number_weight;
    for (text, sentence) in side.texts.iter().zip(&mut side.sentences) {
        let before = sentence.numbers.len();
        let tokens = &sentence.tokens;
        sentence.numbers.retain(|mention| {
            if mention.first_token != mention.last_token {
                return true;
            }
            let Some(span) = tokens.get(mention.first_token) else {
                return true;
            };
            let word = &text[span.start..span.end];
            !(word.chars().all(char::is_alphabetic) && other.vocab.get(&fold(word)).is_some())
        });
        if sentence.numbers.len() != before {
            sentence.unit_weights.truncate(sentence.items.len());
            sentence
                .unit_weights
                .extend(sentence.numbers.iter().map(|_| number_weight));
        }
    }
}

/// Fills `side.links` and each item's link range: the other side's vocabulary ids its surface
/// form or root may translate to, from `translations`, sorted and deduplicated.
pub(super) fn attach_links(side: &mut Side, table: &HashMap<u32, Vec<(u32, MatchKind)>>) {
    let mut links = Vec::new();
    for sentence in &mut side.sentences {
        for item in &mut sentence.items {
            let start = links.len();
            for key in [item.surface, item.root] {
                if let Some(found) = table.get(&key) {
                    links.extend_from_slice(found);
                }
            }
            let slice = &mut links[start..];
            slice.sort_unstable();
            let mut unique = Vec::with_capacity(slice.len());
            for &(id, kind) in slice.iter() {
                if unique
                    .last()
                    .is_none_or(|&(last, _): &(u32, MatchKind)| last != id)
                {
                    unique.push((id, kind));
                }
            }
            links.truncate(start);
            links.extend(unique);
            item.links = u32::try_from(start).unwrap_or(u32::MAX)
                ..u32::try_from(links.len()).unwrap_or(u32::MAX);
        }
    }
    side.links = links;
}
