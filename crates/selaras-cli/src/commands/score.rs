//! `selaras score`: faithfulness of a translation, with explained findings.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use selaras_score::{DocSide, Report, ScoreInput, Scorer, Severity};

use crate::cli::{ColorChoice, FailOn, ScoreArgs};
use crate::documents::load;
use crate::render::{Style, render_report};

pub fn run(args: &ScoreArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let documents = load(&args.documents)?;
    let src_raw = documents.src.raw_refs();
    let tgt_raw = documents.tgt.raw_refs();
    let src_offsets = documents.src.offsets();
    let tgt_offsets = documents.tgt.offsets();
    let input = ScoreInput {
        src: DocSide {
            lang: &documents.src.lang,
            sentences: &src_raw,
            offsets: &src_offsets,
        },
        tgt: DocSide {
            lang: &documents.tgt.lang,
            sentences: &tgt_raw,
            offsets: &tgt_offsets,
        },
        src_paragraphs: documents.src.paragraphs.as_deref(),
        tgt_paragraphs: documents.tgt.paragraphs.as_deref(),
    };
    let scorer = Scorer::new(documents.aligner);
    let mut report = scorer.score(&input);
    normalize_texts(&mut report);
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &report)?;
        writeln!(out)?;
    } else {
        let color = match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.parse::<usize>().ok())
            .unwrap_or(120)
            .clamp(60, 240);
        render_report(
            out,
            &report,
            Style {
                color,
                width,
                all: args.all,
            },
        )?;
    }
    let threshold = args.fail_on.map(|f| match f {
        FailOn::Minor => Severity::Minor,
        FailOn::Major => Severity::Major,
        FailOn::Critical => Severity::Critical,
    });
    let failed = matches!((threshold, report.worst()), (Some(t), Some(w)) if w >= t);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Bead texts are printed with their white space collapsed (spans keep pointing into the files).
fn normalize_texts(report: &mut Report) {
    for bead in &mut report.beads {
        bead.src_text = selaras_text::collapse_whitespace(&bead.src_text);
        bead.tgt_text = selaras_text::collapse_whitespace(&bead.tgt_text);
    }
}
