//! Loading a document pair for `align` and `score`: reading, languages, segmentation, models.

use std::sync::Arc;

use anyhow::{Result, bail};
use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{Lang, RuleSegmenter, Segmenter, detect_lang, detect_lang_paired};

use crate::cli::DocumentArgs;
use crate::input::{TextInput, read_text};
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

/// The languages of a document pair: each as `resolve_lang` gives it, then a side left
/// undetermined by `auto` is detected again knowing the other side's language (a short
/// Indonesian text against English has too few function words on its own).
fn resolve_pair(
    (src_tag, src): (&str, &TextInput),
    (tgt_tag, tgt): (&str, &TextInput),
) -> Result<(Lang, Lang)> {
    let mut src_lang = resolve_lang(src_tag, &src.text, &src.name)?;
    let mut tgt_lang = resolve_lang(tgt_tag, &tgt.text, &tgt.name)?;
    if src_tag == "auto" && src_lang == Lang::undetermined() {
        src_lang = detect_lang_paired(&src.text, &tgt_lang);
    }
    if tgt_tag == "auto" && tgt_lang == Lang::undetermined() {
        tgt_lang = detect_lang_paired(&tgt.text, &src_lang);
    }
    Ok((src_lang, tgt_lang))
}

fn load_side(input: TextInput, lang: Lang, presegmented: bool) -> Result<Side> {
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
    let (src_input, tgt_input) = (read_text(&args.src)?, read_text(&args.tgt)?);
    let (src_lang, tgt_lang) =
        resolve_pair((&args.src_lang, &src_input), (&args.tgt_lang, &tgt_input))?;
    let src = load_side(src_input, src_lang, args.presegmented)?;
    let tgt = load_side(tgt_input, tgt_lang, args.presegmented)?;
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
