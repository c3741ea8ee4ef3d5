//! `align` and `score` read their documents through the library pipeline: the arguments become
//! a [`Pipeline`], the files are read, and the pipeline loads the pair.

use anyhow::Result;
use selaras::{AlignConfig, DocPair, Pipeline, Source};

use crate::cli::DocumentArgs;
use crate::input::read_text;
use crate::lang::read_lexicon;

/// The pipeline for `args` and the document pair it read; warnings go to stderr.
pub fn load(args: &DocumentArgs) -> Result<(Pipeline, DocPair)> {
    let mut builder = Pipeline::builder()
        .src_lang(args.src_lang.0.clone())
        .tgt_lang(args.tgt_lang.0.clone())
        .presegmented(args.presegmented)
        .similarity(args.similarity.kind())
        .align_config(AlignConfig {
            max_bead: args.max_bead,
            ..AlignConfig::default()
        });
    if let Some(path) = &args.lexicon {
        builder = builder.lexicon(read_lexicon(path)?);
    }
    let pipeline = builder.build()?;
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
