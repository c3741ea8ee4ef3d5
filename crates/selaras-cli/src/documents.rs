//! Loading a document pair for `align` and `score`: reading, languages, segmentation, models.

use std::sync::Arc;

use anyhow::{Result, bail};
use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{Lang, RuleSegmenter, Segmenter, detect_lang};

use crate::cli::DocumentArgs;
use crate::input::read_text;
use crate::lang::{load_lexicon, parse_lang};

/// One side of a document pair, segmented.
#[derive(Debug)]
pub struct Side {
    pub lang: Lang,
    /// The document as read.
    pub text: String,
    /// Sentences as printed (white space collapsed).
    pub sentences: Vec<String>,
    /// Byte span of each sentence in `text`.
    pub spans: Vec<selaras_text::Span>,
    pub paragraphs: Option<Vec<u32>>,
}

impl Side {
    pub fn sentence_refs(&self) -> Vec<&str> {
        self.sentences.iter().map(String::as_str).collect()
    }

    /// The sentences exactly as they stand in the document (so that token offsets plus the
    /// sentence's start are document offsets).
    pub fn raw_refs(&self) -> Vec<&str> {
        self.spans
            .iter()
            .map(|span| span.slice(&self.text))
            .collect()
    }

    pub fn offsets(&self) -> Vec<usize> {
        self.spans.iter().map(|span| span.start).collect()
    }
}

fn resolve_lang(tag: &str, text: &str, name: &str) -> Result<Lang> {
    let detected = detect_lang(text);
    if tag == "auto" {
        return Ok(detected);
    }
    let lang = parse_lang(tag)?;
    if detected != Lang::undetermined() && detected != lang {
        eprintln!(
            "selaras: warning: {name} looks like {detected}, not {lang}; aligning it as {lang}"
        );
    }
    Ok(lang)
}

fn load_side(path: &std::path::Path, tag: &str, presegmented: bool) -> Result<Side> {
    let input = read_text(path)?;
    let lang = resolve_lang(tag, &input.text, &input.name)?;
    let (spans, paragraphs) = if presegmented {
        let mut spans = Vec::new();
        let mut offset = 0;
        for line in input.text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            if !content.trim().is_empty() {
                spans.push(selaras_text::Span::new(offset, offset + content.len()));
            }
            offset += line.len();
        }
        (spans, None)
    } else {
        let segmenter = RuleSegmenter::builder(lang.clone()).build()?;
        let found = segmenter.segment(&input.text);
        (
            found.iter().map(|s| s.span).collect(),
            Some(found.iter().map(|s| s.paragraph).collect()),
        )
    };
    let sentences: Vec<String> = spans
        .iter()
        .map(|span| selaras_text::collapse_whitespace(span.slice(&input.text)))
        .collect();
    if sentences.is_empty() {
        bail!(
            "{}: no sentences to align (the document is empty)",
            input.name
        );
    }
    Ok(Side {
        lang,
        text: input.text,
        sentences,
        spans,
        paragraphs,
    })
}

/// Both sides of a document pair and the aligner for them.
pub struct Documents {
    pub src: Side,
    pub tgt: Side,
    pub aligner: SentenceAligner<LexicalSimilarity>,
}

/// Reads, segments and prepares the aligner for `args`.
pub fn load(args: &DocumentArgs) -> Result<Documents> {
    let src = load_side(&args.src, &args.src_lang, args.presegmented)?;
    let tgt = load_side(&args.tgt, &args.tgt_lang, args.presegmented)?;
    let mut builder = LexicalSimilarity::builder(src.lang.clone(), tgt.lang.clone());
    if let Some(path) = &args.lexicon {
        let lexicon: Arc<_> = load_lexicon(path, &src.lang, &tgt.lang)?;
        builder = builder.lexicon(lexicon);
    }
    let config = AlignConfig {
        max_bead: args.max_bead,
        ..AlignConfig::default()
    };
    let aligner = SentenceAligner::new(builder.build()?, config)?;
    Ok(Documents { src, tgt, aligner })
}
