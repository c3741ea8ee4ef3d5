//! `align` and `score` read their documents through the library pipeline: the arguments become
//! a [`Pipeline`], the files are read, and the pipeline loads the pair.

use std::path::Path;

use anyhow::Result;
use selaras::{AlignConfig, DocPair, Lang, Pipeline, Source};

use crate::cli::{DocumentArgs, SimilarityArg};
use crate::input::read_text;
use crate::lang::read_lexicon;

/// The settings every command that runs the pipeline shares.
pub struct PipelineSettings<'a> {
    pub src_lang: Option<Lang>,
    pub tgt_lang: Option<Lang>,
    pub presegmented: bool,
    pub similarity: SimilarityArg,
    pub max_bead: usize,
    pub lexicon: Option<&'a Path>,
}

/// Builds the pipeline for `settings` (reading the lexicon file, if any).
pub fn pipeline(settings: PipelineSettings<'_>) -> Result<Pipeline> {
    let mut builder = Pipeline::builder()
        .src_lang(settings.src_lang)
        .tgt_lang(settings.tgt_lang)
        .presegmented(settings.presegmented)
        .similarity(settings.similarity.kind())
        .align_config(AlignConfig {
            max_bead: settings.max_bead,
            ..AlignConfig::default()
        });
    if let Some(path) = settings.lexicon {
        builder = builder.lexicon(read_lexicon(path)?);
    }
    Ok(builder.build()?)
}

/// The pipeline for `args` and the document pair it read; warnings go to stderr.
pub fn load(args: &DocumentArgs) -> Result<(Pipeline, DocPair)> {
    let pipeline = pipeline(PipelineSettings {
        src_lang: args.src_lang.0.clone(),
        tgt_lang: args.tgt_lang.0.clone(),
        presegmented: args.presegmented,
        similarity: args.similarity,
        max_bead: args.max_bead,
        lexicon: args.lexicon.as_deref(),
    })?;
    let (src, tgt) = (read_text(&args.src)?, read_text(&args.tgt)?);
    let loaded = pipeline.load(
        Source::new(src.name, src.text),
        Source::new(tgt.name, tgt.text),
    )?;
    for warning in &loaded.warnings {
        eprintln!("selaras: warning: {warning}");
    }
    Ok((pipeline, loaded.pair))
}
