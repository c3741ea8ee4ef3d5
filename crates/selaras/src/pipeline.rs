//! The pipeline: languages, segmentation, alignment and scoring behind one object built once.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use selaras_align::{AlignConfig, Aligner, Alignment, SentenceAligner};
use selaras_lexicon::{LexicalSimilarity, Lexicon, embedded_id_en};
use selaras_score::{Check, Report, Scorer, default_checks};
use selaras_text::{
    DocPair, Document, Lang, LangVotes, RuleSegmenter, Segmenter, Sentence, detect_lang_paired,
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

/// The engine for one language pair: the aligner and the scorer over it.
type Engine = Scorer<SentenceAligner<LexicalSimilarity>>;

/// Configures a [`Pipeline`]; [`PipelineBuilder::build`] validates.
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    src_lang: Option<Lang>,
    tgt_lang: Option<Lang>,
    lexicon: Option<Arc<Lexicon>>,
    align: AlignConfig,
    presegmented: bool,
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

    /// Whether texts are read one sentence per line.
    pub fn presegmented(&self) -> bool {
        self.config.presegmented
    }

    /// Reads a document pair: picks the languages (as given, or detected: a side too short to
    /// tell is detected against the other side's language) and cuts both texts into sentences.
    /// An empty document is an error naming it.
    pub fn load(&self, src: Source, tgt: Source) -> Result<Loaded, PipelineError> {
        let mut warnings = Vec::new();
        let (src_lang, tgt_lang) = self.languages(&src, &tgt, &mut warnings);
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
        Ok(engine.aligner().align(pair))
    }

    /// The alignment and the faithfulness report of `pair` (aligned once).
    pub fn score(&self, pair: &DocPair) -> Result<Report, PipelineError> {
        let engine = self.engine(pair.src.lang(), pair.tgt.lang())?;
        Ok(engine.score(pair))
    }

    fn languages(&self, src: &Source, tgt: &Source, warnings: &mut Vec<String>) -> (Lang, Lang) {
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
        let mut src_lang = pick(&self.config.src_lang, src);
        let mut tgt_lang = pick(&self.config.tgt_lang, tgt);
        // A side too short for detection on its own is read against the other's language.
        if self.config.src_lang.is_none() && src_lang == Lang::undetermined() {
            src_lang = detect_lang_paired(&src.text, &tgt_lang);
        }
        if self.config.tgt_lang.is_none() && tgt_lang == Lang::undetermined() {
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
        let aligner = SentenceAligner::new(similarity.build()?, self.config.align.clone())?;
        let checks: Vec<Box<dyn Check>> = default_checks();
        let engine = Arc::new(Scorer::with_checks(aligner, checks));
        if let Ok(mut engines) = self.engines.write() {
            engines.insert(key, Arc::clone(&engine));
        }
        Ok(engine)
    }
}
