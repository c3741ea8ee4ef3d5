//! `selaras score`: faithfulness of a translation, with explained findings.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use anyhow::Result;
use selaras_score::Severity;

use crate::cli::{ColorChoice, FailOn, ScoreArgs};
use crate::documents::load;
use crate::exit::ExitStatus;
use crate::render::{Style, render_report};

pub fn run(args: &ScoreArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let (pipeline, documents) = load(&args.documents)?;
    let report = pipeline.score(&documents)?;
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
        ExitStatus::Findings.into()
    } else {
        ExitStatus::Success.into()
    })
}
