//! `selaras report`: the faithfulness report as one self-contained HTML page.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::Args;
use selaras_corpus::write_atomically;
use selaras_report::{ReportSettings, lexicon_label, render_html};

use crate::cli::DocumentArgs;
use crate::documents::load;

/// Arguments of `selaras report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub documents: DocumentArgs,
    /// The HTML file to write (replaced atomically); `-` for standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
}

pub fn run(args: &ReportArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let (pipeline, pair) = load(&args.documents)?;
    let report = pipeline.score(&pair)?;
    let documents = &args.documents;
    let settings = ReportSettings {
        lexicon: lexicon_label(
            documents.lexicon.as_deref(),
            pair.src.lang(),
            pair.tgt.lang(),
        ),
        similarity: pipeline
            .resolved_similarity(pair.src.lang(), pair.tgt.lang())
            .name()
            .to_string(),
        presegmented: documents.presegmented,
        max_bead: documents.max_bead,
        ..ReportSettings::new(name(&documents.src), name(&documents.tgt))
    };
    let html = render_html(&pair, &report, &settings);
    if args.output.as_os_str() == "-" {
        out.write_all(html.as_bytes())?;
    } else {
        write_atomically(&args.output, |w| {
            w.write_all(html.as_bytes())
                .map_err(|source| selaras_corpus::CorpusError::Io {
                    path: args.output.clone(),
                    source,
                })
        })
        .with_context(|| format!("writing the report to {}", args.output.display()))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn name(path: &Path) -> String {
    path.display().to_string()
}
