//! Explainable lexical similarity between sentences (and runs of sentences) of two languages.

mod cognate;
mod explain;
mod features;
mod pairs;
mod score;
mod view;

use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

use selaras_text::{Band, DocPair, Lang, MemberCoverage, MixedPair, PreparedPair, Similarity};

pub use explain::{AnchorReport, Explanation, MatchKind, TokenRef, WordMatch};
use features::{Side, attach_links, build_side, drop_name_numbers};
pub use view::SentenceView;

use crate::negation::Negation;
use crate::{Analyzer, Lexicon, LexiconError, embedded_id_en};

/// The evidence behind a bead's score: which words, numbers and names matched or did not.
///
/// A capability separate from [`PreparedPair`]: the lexical backend explains, an embedding
/// backend need not.
pub trait Explain {
    /// The explanation of source sentences `src` against target sentences `tgt`.
    fn explain(&self, src: Range<usize>, tgt: Range<usize>) -> Explanation;
}

/// Access to the lexical features of a prepared pair, for backends that carry them (the
/// lexical backend itself, or a [`Mix`] whose first backend is lexical). The faithfulness checks
/// read every sentence's tokens, numbers, names and negators from here.
pub trait LexicalFeatures {
    /// The lexical features of the pair.
    fn lexical(&self) -> &PreparedLexical;
}

impl LexicalFeatures for PreparedLexical {
    fn lexical(&self) -> &PreparedLexical {
        self
    }
}

impl<Q> LexicalFeatures for MixedPair<PreparedLexical, Q> {
    fn lexical(&self) -> &PreparedLexical {
        &self.first
    }
}

#[derive(Debug, Clone)]
enum LexiconSource {
    Embedded(&'static Lexicon),
    Owned(Arc<Lexicon>),
}

impl LexiconSource {
    fn get(&self) -> &Lexicon {
        match self {
            LexiconSource::Embedded(lexicon) => lexicon,
            LexiconSource::Owned(lexicon) => lexicon,
        }
    }
}

/// Lexical similarity: IDF-weighted translation coverage in both directions, combined as an
/// F-measure.
///
/// A content word (not a function word) of one side is covered when the other side holds one of
/// its translations (lexicon entries for its surface form or root, compared with the other side's
/// surface forms and roots), the same string, or a cognate; a number is covered by the same value.
/// Each word weighs its IDF within its document (`ln(1 + N/df)`); a number weighs as much as a
/// word seen in one sentence. The score is `2·cs·ct / (cs + ct)` of the two coverages.
#[derive(Debug, Clone)]
pub struct LexicalSimilarity {
    src_lang: Lang,
    tgt_lang: Lang,
    lexicon: LexiconSource,
    swap: bool,
    src_analyzer: Arc<Analyzer>,
    tgt_analyzer: Arc<Analyzer>,
    src_negation: Arc<Negation>,
    tgt_negation: Arc<Negation>,
}

/// Configures a [`LexicalSimilarity`].
#[derive(Debug, Clone)]
pub struct LexicalSimilarityBuilder {
    src_lang: Lang,
    tgt_lang: Lang,
    lexicon: Option<Arc<Lexicon>>,
}

impl LexicalSimilarity {
    /// A builder for documents in `src_lang` translated into `tgt_lang`.
    pub fn builder(src_lang: Lang, tgt_lang: Lang) -> LexicalSimilarityBuilder {
        LexicalSimilarityBuilder {
            src_lang,
            tgt_lang,
            lexicon: None,
        }
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        self.lexicon.get()
    }
}

impl LexicalSimilarityBuilder {
    /// Uses `lexicon` instead of the default (the embedded Indonesian-English lexicon for
    /// Indonesian and English in either direction, an empty one for any other pair, where
    /// identical words, cognates and numbers still match).
    pub fn lexicon(mut self, lexicon: Arc<Lexicon>) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Checks that the lexicon fits the languages and builds the analyzers.
    pub fn build(self) -> Result<LexicalSimilarity, LexiconError> {
        let lexicon = match self.lexicon {
            Some(lexicon) => LexiconSource::Owned(lexicon),
            None => {
                let embedded = embedded_id_en();
                let id_en = matches!(
                    (&self.src_lang, &self.tgt_lang),
                    (Lang::Id, Lang::En) | (Lang::En, Lang::Id)
                );
                if id_en {
                    LexiconSource::Embedded(embedded)
                } else {
                    LexiconSource::Owned(Arc::new(Lexicon::new(
                        self.src_lang.clone(),
                        self.tgt_lang.clone(),
                    )))
                }
            }
        };
        let swap = lexicon
            .get()
            .fits(&self.src_lang, &self.tgt_lang)
            .ok_or_else(|| LexiconError::LanguageMismatch {
                lexicon: format!(
                    "{}-{}",
                    lexicon.get().left_lang(),
                    lexicon.get().right_lang()
                ),
                documents: format!("{}-{}", self.src_lang, self.tgt_lang),
            })?;
        let (src_words, tgt_words): (Vec<&str>, Vec<&str>) = {
            let left: Vec<&str> = lexicon.get().left_vocabulary().collect();
            let right: Vec<&str> = lexicon.get().right_vocabulary().collect();
            if swap { (right, left) } else { (left, right) }
        };
        let src_analyzer = Arc::new(Analyzer::new(self.src_lang.clone(), src_words));
        let tgt_analyzer = Arc::new(Analyzer::new(self.tgt_lang.clone(), tgt_words));
        let src_negation = Arc::new(Negation::new(&self.src_lang, lexicon.get(), !swap));
        let tgt_negation = Arc::new(Negation::new(&self.tgt_lang, lexicon.get(), swap));
        Ok(LexicalSimilarity {
            src_negation,
            tgt_negation,
            src_lang: self.src_lang,
            tgt_lang: self.tgt_lang,
            lexicon,
            swap,
            src_analyzer,
            tgt_analyzer,
        })
    }
}

impl LexicalSimilarity {
    /// Lexicon translations of a folded source word (`to_tgt`) or target word.
    fn translations(&self, word: &str, to_tgt: bool) -> &[(String, f32)] {
        let lexicon = self.lexicon.get();
        if to_tgt != self.swap {
            lexicon.left_to_right(word)
        } else {
            lexicon.right_to_left(word)
        }
    }

    /// For every vocabulary id of `from`, the ids of `to` it may translate to.
    fn link_table(
        &self,
        from: &Side,
        to: &Side,
        to_tgt: bool,
    ) -> HashMap<u32, Vec<(u32, MatchKind)>> {
        let to_analyzer = if to_tgt {
            &self.tgt_analyzer
        } else {
            &self.src_analyzer
        };
        let mut root_cache: HashMap<&str, Option<u32>> = HashMap::new();
        let mut table: HashMap<u32, Vec<(u32, MatchKind)>> = HashMap::new();
        let mut unknown_from = Vec::new();
        for id in 0..from.vocab.len() as u32 {
            let word = from.vocab.word(id);
            let mut links = Vec::new();
            if let Some(same) = to.vocab.get(word) {
                links.push((same, MatchKind::Identical));
            }
            let translations = self.translations(word, to_tgt);
            for (translation, _) in translations {
                if let Some(tid) = to.vocab.get(translation) {
                    links.push((tid, MatchKind::Lexicon));
                }
                let root = *root_cache.entry(translation.as_str()).or_insert_with(|| {
                    let root = to_analyzer.root(translation);
                    to.vocab.get(&root)
                });
                if let Some(tid) = root {
                    links.push((tid, MatchKind::Lexicon));
                }
            }
            if translations.is_empty() && links.is_empty() {
                unknown_from.push(id);
            }
            if !links.is_empty() {
                table.insert(id, links);
            }
        }
        self.add_cognates(from, to, to_tgt, &unknown_from, &mut table);
        table
    }

    /// Cognate links between words the lexicon does not know on either side.
    fn add_cognates(
        &self,
        from: &Side,
        to: &Side,
        to_tgt: bool,
        unknown_from: &[u32],
        table: &mut HashMap<u32, Vec<(u32, MatchKind)>>,
    ) {
        let mut buckets: HashMap<char, Vec<(u32, String)>> = HashMap::new();
        for id in 0..to.vocab.len() as u32 {
            let word = to.vocab.word(id);
            if word.chars().count() < cognate::MIN_COGNATE_CHARS
                || !self.translations(word, !to_tgt).is_empty()
            {
                continue;
            }
            let skeleton = cognate::skeleton(word);
            if let Some(first) = skeleton.chars().next() {
                buckets.entry(first).or_default().push((id, skeleton));
            }
        }
        for &id in unknown_from {
            let word = from.vocab.word(id);
            if word.chars().count() < cognate::MIN_COGNATE_CHARS {
                continue;
            }
            let skeleton = cognate::skeleton(word);
            let Some(first) = skeleton.chars().next() else {
                continue;
            };
            let Some(bucket) = buckets.get(&first) else {
                continue;
            };
            for (tid, other) in bucket {
                if cognate::is_cognate(&skeleton, other) {
                    table
                        .entry(id)
                        .or_default()
                        .push((*tid, MatchKind::Cognate));
                }
            }
        }
    }
}

impl LexicalSimilarity {
    /// The source language.
    pub fn src_lang(&self) -> &Lang {
        &self.src_lang
    }

    /// The target language.
    pub fn tgt_lang(&self) -> &Lang {
        &self.tgt_lang
    }

    /// Prepares two lists of sentences in the similarity's languages (see
    /// [`DocPair::from_sentences`]).
    pub fn prepare_sentences<S: AsRef<str>, T: AsRef<str>>(
        &self,
        src: &[S],
        tgt: &[T],
    ) -> PreparedLexical {
        self.prepare(&DocPair::from_sentences(
            (self.src_lang.clone(), src),
            (self.tgt_lang.clone(), tgt),
        ))
    }
}

impl Similarity for LexicalSimilarity {
    type Prepared = PreparedLexical;

    fn prepare(&self, pair: &DocPair) -> PreparedLexical {
        let (src, tgt) = (pair.src.raw_sentences(), pair.tgt.raw_sentences());
        let (mut src_side, mut tgt_side) = rayon::join(
            || build_side(&src, &self.src_lang, &self.src_analyzer, &self.src_negation),
            || build_side(&tgt, &self.tgt_lang, &self.tgt_analyzer, &self.tgt_negation),
        );
        // Number words of names copied across (`Jembatan Lima`) are no numbers.
        // (Only numbers change: the vocabularies each call reads stay as they are.)
        drop_name_numbers(&mut src_side, &tgt_side);
        drop_name_numbers(&mut tgt_side, &src_side);
        let (forward, backward) = rayon::join(
            || self.link_table(&src_side, &tgt_side, true),
            || self.link_table(&tgt_side, &src_side, false),
        );
        attach_links(&mut src_side, &forward);
        attach_links(&mut tgt_side, &backward);
        PreparedLexical {
            src: src_side,
            tgt: tgt_side,
            src_negation: Arc::clone(&self.src_negation),
            tgt_negation: Arc::clone(&self.tgt_negation),
        }
    }
}

/// A document pair prepared by [`LexicalSimilarity`].
#[derive(Debug, Clone)]
pub struct PreparedLexical {
    src: Side,
    tgt: Side,
    src_negation: Arc<Negation>,
    tgt_negation: Arc<Negation>,
}

impl PreparedLexical {
    /// What the features say of source sentence `k` (`src` true) or target sentence `k`.
    pub fn sentence(&self, src: bool, k: usize) -> SentenceView<'_> {
        let side = if src { &self.src } else { &self.tgt };
        SentenceView::new(&side.texts[k], &side.sentences[k])
    }

    /// The negation data of the source side (`src` true) or the target side.
    pub fn negation(&self, src: bool) -> &Negation {
        if src {
            &self.src_negation
        } else {
            &self.tgt_negation
        }
    }
}

impl PreparedPair for PreparedLexical {
    fn src_len(&self) -> usize {
        self.src.sentences.len()
    }

    fn tgt_len(&self) -> usize {
        self.tgt.sentences.len()
    }

    fn score(&self, src: Range<usize>, tgt: Range<usize>) -> f32 {
        score::score(&self.src, src, &self.tgt, tgt)
    }

    fn member_coverage(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        src_out: &mut [f32],
        tgt_out: &mut [f32],
    ) {
        score::member_coverage(&self.src, src, &self.tgt, tgt, src_out, tgt_out);
    }

    fn within<'a>(&'a self, band: &Band) -> Box<dyn MemberCoverage + 'a> {
        Box::new(pairs::PairTable::build(self, band))
    }
}

impl Explain for PreparedLexical {
    fn explain(&self, src: Range<usize>, tgt: Range<usize>) -> Explanation {
        score::explain(&self.src, src, &self.tgt, tgt)
    }
}
