//! The pipeline: languages, segmentation, alignment and scoring behind one object built once.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use selaras_align::{AlignConfig, Aligner, Alignment, SentenceAligner};
use selaras_embed::EmbeddingSimilarity;
use selaras_lexicon::{LexicalSimilarity, Lexicon, embedded_id_en};
use selaras_score::{Check, Report, Scorer, default_checks};
use selaras_text::{
    DocPair, Document, Lang, LangVotes, Mix, RuleSegmenter, Segmenter, Sentence, detect_lang_paired,
};

use crate::PipelineError;

/// A document as read: its name (for messages) and its text.
#[derive(Debug, Clone)]
pub struct Source {
    /// A file name, `<stdin>`, or a batch id.
    pub name: String,
    /// The text.
    pub text: String,
}

impl Source {
    /// A named text.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// A document pair ready for [`Pipeline::align`] and [`Pipeline::score`], with what was noticed
/// while reading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The two documents.
    pub pair: DocPair,
    /// Things a user should know (a language given that the text does not look like).
    pub warnings: Vec<String>,
}

/// Which similarity the aligner (and the bead scores) use. The checks always read the lexical
/// features, so every finding names its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SimilarityKind {
    /// Lexical for Indonesian-English (the embedded dictionary aligns news best and fastest),
    /// hybrid for any other pair (sentence embeddings carry what no dictionary does).
    #[default]
    Auto,
    /// Dictionary, cognate and number coverage (`selaras-lexicon`).
    Lexical,
    /// Sentence embeddings (USE-m v3, `selaras-embed`).
    Embedding,
    /// Both, weighted by [`HYBRID_LEXICAL_WEIGHT`].
    Hybrid,
}

impl SimilarityKind {
    /// The name used on the command line and in reports.
    pub fn name(self) -> &'static str {
        match self {
            SimilarityKind::Auto => "auto",
            SimilarityKind::Lexical => "lexical",
            SimilarityKind::Embedding => "embedding",
            SimilarityKind::Hybrid => "hybrid",
        }
    }

    /// The kind used for documents in `src` → `tgt`: `Auto` is lexical for
    /// Indonesian-English and hybrid for any other pair; the others stand.
    pub fn resolve(self, src: &Lang, tgt: &Lang) -> SimilarityKind {
        match self {
            SimilarityKind::Auto => {
                if matches!((src, tgt), (Lang::Id, Lang::En) | (Lang::En, Lang::Id)) {
                    SimilarityKind::Lexical
                } else {
                    SimilarityKind::Hybrid
                }
            }
            kind => kind,
        }
    }

    /// The backend this (resolved) kind asks for, over `lexical`: the lexical backend alone,
    /// or a [`Mix`] with the embedding backend weighing the lexical side 0 (embedding) or
    /// [`HYBRID_LEXICAL_WEIGHT`] (hybrid).
    pub fn backend(self, lexical: LexicalSimilarity) -> Result<Backend, PipelineError> {
        let weight = match self {
            SimilarityKind::Auto | SimilarityKind::Lexical => {
                return Ok(Backend::Lexical(lexical));
            }
            SimilarityKind::Embedding => 0.0,
            SimilarityKind::Hybrid => HYBRID_LEXICAL_WEIGHT,
        };
        Ok(Backend::Mixed(Mix {
            first: lexical,
            second: EmbeddingSimilarity::embedded()?,
            weight,
        }))
    }
}

/// A similarity backend as [`SimilarityKind::backend`] builds it.
#[derive(Debug)]
pub enum Backend {
    /// The lexical backend alone.
    Lexical(LexicalSimilarity),
    /// The lexical and the embedding backends, weighed.
    Mixed(Mix<LexicalSimilarity, EmbeddingSimilarity>),
}

/// Weight of the lexical backend in the hybrid similarity (the embedding backend has the rest).
pub const HYBRID_LEXICAL_WEIGHT: f32 = 0.5;

/// The engine for one language pair: the aligner and the scorer over it.
#[derive(Debug)]
enum Engine {
    Lexical(Scorer<SentenceAligner<LexicalSimilarity>>),
    Mixed(Scorer<SentenceAligner<Mix<LexicalSimilarity, EmbeddingSimilarity>>>),
}

impl Engine {
    fn align(&self, pair: &DocPair) -> Alignment {
        match self {
            Engine::Lexical(scorer) => scorer.aligner().align(pair),
            Engine::Mixed(scorer) => scorer.aligner().align(pair),
        }
    }

    fn score(&self, pair: &DocPair) -> Report {
        match self {
            Engine::Lexical(scorer) => scorer.score(pair),
            Engine::Mixed(scorer) => scorer.score(pair),
        }
    }
}

/// Configures a [`Pipeline`]; [`PipelineBuilder::build`] validates.
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    src_lang: Option<Lang>,
    tgt_lang: Option<Lang>,
    lexicon: Option<Arc<Lexicon>>,
    align: AlignConfig,
    presegmented: bool,
    similarity: SimilarityKind,
}

impl PipelineBuilder {
    /// The source language (`None`: detect it from the text).
    pub fn src_lang(mut self, lang: Option<Lang>) -> Self {
        self.src_lang = lang;
        self
    }

    /// The target language (`None`: detect it from the text).
    pub fn tgt_lang(mut self, lang: Option<Lang>) -> Self {
        self.tgt_lang = lang;
        self
    }

    /// A lexicon for the documents' languages: it extends the embedded Indonesian-English
    /// lexicon for Indonesian and English documents, and is used alone for other languages.
    pub fn lexicon(mut self, lexicon: Arc<Lexicon>) -> Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Alignment settings.
    pub fn align_config(mut self, config: AlignConfig) -> Self {
        self.align = config;
        self
    }

    /// The similarity the aligner uses (default: auto).
    pub fn similarity(mut self, kind: SimilarityKind) -> Self {
        self.similarity = kind;
        self
    }

    /// Whether texts hold one sentence per line (else they are segmented by the rules).
    pub fn presegmented(mut self, presegmented: bool) -> Self {
        self.presegmented = presegmented;
        self
    }

    /// Validates the settings (and, when both languages are given, that the lexicon fits them)
    /// and returns the pipeline.
    pub fn build(self) -> Result<Pipeline, PipelineError> {
        self.align.validate()?;
        let pipeline = Pipeline {
            config: self,
            engines: RwLock::new(HashMap::new()),
        };
        if let (Some(src), Some(tgt)) = (&pipeline.config.src_lang, &pipeline.config.tgt_lang) {
            pipeline.engine(src, tgt)?;
        }
        Ok(pipeline)
    }
}

/// The whole job on a document pair: read (languages, segmentation), align, score.
///
/// Built once by [`Pipeline::builder`] and shared (`Send + Sync`): the models for each language
/// pair met are built on first use and kept.
#[derive(Debug)]
pub struct Pipeline {
    config: PipelineBuilder,
    engines: RwLock<HashMap<(Lang, Lang), Arc<Engine>>>,
}

impl Pipeline {
    /// A builder with the defaults: languages detected, the embedded lexicon, default settings.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The similarity in use.
    pub fn similarity(&self) -> SimilarityKind {
        self.config.similarity
    }

    /// Whether texts are read one sentence per line.
    pub fn presegmented(&self) -> bool {
        self.config.presegmented
    }

    /// Reads a document pair: picks the languages (as given, or detected: a side too short to
    /// tell is detected against the other side's language) and cuts both texts into sentences.
    /// An empty document is an error naming it.
    pub fn load(&self, src: Source, tgt: Source) -> Result<Loaded, PipelineError> {
        let given = (self.config.src_lang.clone(), self.config.tgt_lang.clone());
        self.load_with(src, tgt, given)
    }

    /// As [`Pipeline::load`], with the languages of this pair given here (`None`: detected)
    /// instead of the pipeline's (a batch manifest may name them per document).
    pub fn load_with(
        &self,
        src: Source,
        tgt: Source,
        languages: (Option<Lang>, Option<Lang>),
    ) -> Result<Loaded, PipelineError> {
        let mut warnings = Vec::new();
        let (src_lang, tgt_lang) = self.languages(&src, &tgt, &languages, &mut warnings);
        let src = self.document(src, src_lang)?;
        let tgt = self.document(tgt, tgt_lang)?;
        Ok(Loaded {
            pair: DocPair::new(src, tgt),
            warnings,
        })
    }

    /// One document in `lang`, segmented (or one sentence per line when presegmented).
    pub fn document(&self, source: Source, lang: Lang) -> Result<Document, PipelineError> {
        let document = if self.config.presegmented {
            Document::from_lines(source.text, lang)
        } else {
            let segmenter = RuleSegmenter::builder(lang.clone()).build()?;
            Document::segment(source.text, lang, &segmenter)
        };
        if document.is_empty() {
            return Err(PipelineError::EmptyDocument { name: source.name });
        }
        Ok(document)
    }

    /// The sentences of a text in `lang` (for `segment`).
    pub fn segment(&self, text: &str, lang: &Lang) -> Result<Vec<Sentence>, PipelineError> {
        Ok(RuleSegmenter::builder(lang.clone()).build()?.segment(text))
    }

    /// The sentence alignment of `pair`.
    pub fn align(&self, pair: &DocPair) -> Result<Alignment, PipelineError> {
        let engine = self.engine(pair.src.lang(), pair.tgt.lang())?;
        Ok(engine.align(pair))
    }

    /// The alignment and the faithfulness report of `pair` (aligned once).
    pub fn score(&self, pair: &DocPair) -> Result<Report, PipelineError> {
        let engine = self.engine(pair.src.lang(), pair.tgt.lang())?;
        Ok(engine.score(pair))
    }

    fn languages(
        &self,
        src: &Source,
        tgt: &Source,
        given: &(Option<Lang>, Option<Lang>),
        warnings: &mut Vec<String>,
    ) -> (Lang, Lang) {
        let mut pick = |given: &Option<Lang>, source: &Source| -> Lang {
            let detected = LangVotes::of(&source.text).decide();
            match given {
                None => detected,
                Some(lang) => {
                    if detected != Lang::undetermined() && detected != *lang {
                        warnings.push(format!(
                            "{} looks like {detected}, not {lang}; aligning it as {lang}",
                            source.name
                        ));
                    }
                    lang.clone()
                }
            }
        };
        let mut src_lang = pick(&given.0, src);
        let mut tgt_lang = pick(&given.1, tgt);
        // A side too short for detection on its own is read against the other's language.
        if given.0.is_none() && src_lang == Lang::undetermined() {
            src_lang = detect_lang_paired(&src.text, &tgt_lang);
        }
        if given.1.is_none() && tgt_lang == Lang::undetermined() {
            tgt_lang = detect_lang_paired(&tgt.text, &src_lang);
        }
        (src_lang, tgt_lang)
    }

    /// The lexicon for documents in `src` → `tgt`.
    fn lexicon_for(&self, src: &Lang, tgt: &Lang) -> Result<Option<Arc<Lexicon>>, PipelineError> {
        let Some(file) = &self.config.lexicon else {
            return Ok(None);
        };
        if file.fits(src, tgt).is_none() {
            return Err(PipelineError::LexiconLanguages {
                lexicon: format!("{}-{}", file.left_lang(), file.right_lang()),
                src: src.clone(),
                tgt: tgt.clone(),
            });
        }
        if matches!((src, tgt), (Lang::Id, Lang::En) | (Lang::En, Lang::Id)) {
            let mut merged = embedded_id_en().clone();
            merged.extend(file)?;
            Ok(Some(Arc::new(merged)))
        } else {
            Ok(Some(Arc::clone(file)))
        }
    }

    /// The similarity used for documents in `src` → `tgt` (`Auto` resolved).
    pub fn resolved_similarity(&self, src: &Lang, tgt: &Lang) -> SimilarityKind {
        self.config.similarity.resolve(src, tgt)
    }

    fn engine(&self, src: &Lang, tgt: &Lang) -> Result<Arc<Engine>, PipelineError> {
        let key = (src.clone(), tgt.clone());
        if let Ok(engines) = self.engines.read()
            && let Some(engine) = engines.get(&key)
        {
            return Ok(Arc::clone(engine));
        }
        let mut similarity = LexicalSimilarity::builder(src.clone(), tgt.clone());
        if let Some(lexicon) = self.lexicon_for(src, tgt)? {
            similarity = similarity.lexicon(lexicon);
        }
        let lexical = similarity.build()?;
        let checks: Vec<Box<dyn Check>> = default_checks();
        let align = self.config.align.clone();
        let engine = Arc::new(match self.resolved_similarity(src, tgt).backend(lexical)? {
            Backend::Lexical(lexical) => Engine::Lexical(Scorer::with_checks(
                SentenceAligner::new(lexical, align)?,
                checks,
            )),
            Backend::Mixed(mix) => Engine::Mixed(Scorer::with_checks(
                SentenceAligner::new(mix, align)?,
                checks,
            )),
        });
        if let Ok(mut engines) = self.engines.write() {
            engines.insert(key, Arc::clone(&engine));
        }
        Ok(engine)
    }
}
