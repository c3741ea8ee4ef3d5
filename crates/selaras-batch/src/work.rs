//! The work on one document pair: read both sides, load, align and score, exactly as
//! `selaras score` does.

use std::panic::{AssertUnwindSafe, catch_unwind};

use std::path::PathBuf;

use selaras::{BeadReport, DocPair, Lang, Pipeline, PipelineError, Report, Source};
use selaras_corpus::write_atomically;
use selaras_report::{ReportSettings, lexicon_label, render_html};

use crate::read::check_text;
use crate::{Failure, FailureKind, Side, Task, read_side};

/// A scored document.
#[derive(Debug)]
pub(crate) struct Scored {
    pub src_lang: String,
    pub tgt_lang: String,
    pub beads: Vec<BeadReport>,
}

/// The outcome of one task.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub id: String,
    pub result: Result<Scored, Failure>,
}

fn read(side: &Side, name: String) -> Result<Source, (FailureKind, String)> {
    match side {
        Side::Path(path) => {
            let text = read_side(path)?;
            Ok(Source::new(path.display().to_string(), text))
        }
        Side::Inline(text) => {
            check_text(&name, text)?;
            Ok(Source::new(name, text.clone()))
        }
    }
}

fn pipeline_failure(error: PipelineError) -> (FailureKind, String) {
    match error {
        PipelineError::EmptyDocument { name } => (
            FailureKind::Empty,
            format!("{name}: no sentences (empty document)"),
        ),
        other => (FailureKind::Pipeline, other.to_string()),
    }
}

/// Where and how the per-document review pages are written.
#[derive(Debug, Clone)]
pub struct Reports {
    /// The folder (created if missing).
    pub dir: PathBuf,
    /// The lexicon file given to the run, if any (named on each page).
    pub lexicon: Option<PathBuf>,
    /// Whether documents are read one sentence per line.
    pub presegmented: bool,
    /// The largest bead side.
    pub max_bead: usize,
}

/// A file name for document `id`: letters, digits, `-`, `_` and `.` kept, anything else `_`,
/// never a hidden or parent name.
fn page_name(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{}.html", safe.trim_start_matches('.'))
}

fn write_page(
    reports: &Reports,
    pipeline: &Pipeline,
    id: &str,
    names: (String, String),
    pair: &DocPair,
    report: &Report,
) -> Result<(), (FailureKind, String)> {
    let settings = ReportSettings {
        lexicon: lexicon_label(reports.lexicon.as_deref(), pair.src.lang(), pair.tgt.lang()),
        similarity: pipeline
            .resolved_similarity(pair.src.lang(), pair.tgt.lang())
            .name()
            .to_string(),
        presegmented: reports.presegmented,
        max_bead: reports.max_bead,
        ..ReportSettings::new(names.0, names.1)
    };
    let html = render_html(pair, report, &settings);
    let path = reports.dir.join(page_name(id));
    std::fs::create_dir_all(&reports.dir).map_err(|e| {
        (
            FailureKind::Pipeline,
            format!("cannot create {}: {e}", reports.dir.display()),
        )
    })?;
    write_atomically(&path, |w| {
        w.write_all(html.as_bytes())
            .map_err(|source| selaras_corpus::CorpusError::Io {
                path: path.clone(),
                source,
            })
    })
    .map_err(|e| (FailureKind::Pipeline, format!("review page: {e}")))
}

fn score(
    pipeline: &Pipeline,
    task: &Task,
    defaults: &(Option<Lang>, Option<Lang>),
    reports: Option<&Reports>,
) -> Result<Scored, (FailureKind, String)> {
    let spec = task.spec.as_ref().map_err(Clone::clone)?;
    let src = read(&spec.src, format!("{}:src", task.id))?;
    let tgt = read(&spec.tgt, format!("{}:tgt", task.id))?;
    // The languages of the document, else of the run, else detected: as `selaras score`.
    let given = (
        spec.src_lang.clone().or_else(|| defaults.0.clone()),
        spec.tgt_lang.clone().or_else(|| defaults.1.clone()),
    );
    let names = (src.name.clone(), tgt.name.clone());
    let pair = pipeline
        .load_with(src, tgt, given)
        .map_err(pipeline_failure)?
        .pair;
    let report = pipeline.score(&pair).map_err(pipeline_failure)?;
    if let Some(reports) = reports {
        write_page(reports, pipeline, &task.id, names, &pair, &report)?;
    }
    Ok(Scored {
        src_lang: report.src_lang,
        tgt_lang: report.tgt_lang,
        beads: report.beads,
    })
}

/// Reads, loads and scores `task`; every failure (a panic included) is the document's own.
pub(crate) fn process(
    pipeline: &Pipeline,
    task: &Task,
    defaults: &(Option<Lang>, Option<Lang>),
    reports: Option<&Reports>,
) -> Outcome {
    let result = catch_unwind(AssertUnwindSafe(|| {
        score(pipeline, task, defaults, reports)
    }))
    .unwrap_or_else(|_| {
        Err((
            FailureKind::Pipeline,
            "internal error while scoring (a panic); please report it".to_string(),
        ))
    });
    Outcome {
        id: task.id.clone(),
        result: result.map_err(|(kind, reason)| Failure {
            id: task.id.clone(),
            kind,
            reason,
        }),
    }
}
