//! The work on one document pair: read both sides, load, align and score, exactly as
//! `selaras score` does.

use std::panic::{AssertUnwindSafe, catch_unwind};

use selaras::stages::text::{LangVotes, detect_lang_paired};
use selaras::{BeadReport, DocPair, Lang, Pipeline, PipelineError, Source};

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

/// A side's language: given, else detected (a side too short to tell is read against the
/// other side's language), as `Pipeline::load` does.
fn languages(src: &Source, tgt: &Source, given: (Option<Lang>, Option<Lang>)) -> (Lang, Lang) {
    let detect = |source: &Source| LangVotes::of(&source.text).decide();
    let (given_src, given_tgt) = given;
    let mut src_lang = given_src.clone().unwrap_or_else(|| detect(src));
    let mut tgt_lang = given_tgt.clone().unwrap_or_else(|| detect(tgt));
    if given_src.is_none() && src_lang == Lang::undetermined() {
        src_lang = detect_lang_paired(&src.text, &tgt_lang);
    }
    if given_tgt.is_none() && tgt_lang == Lang::undetermined() {
        tgt_lang = detect_lang_paired(&tgt.text, &src_lang);
    }
    (src_lang, tgt_lang)
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

fn score(
    pipeline: &Pipeline,
    task: &Task,
    defaults: &(Option<Lang>, Option<Lang>),
) -> Result<Scored, (FailureKind, String)> {
    let spec = task.spec.as_ref().map_err(Clone::clone)?;
    let src = read(&spec.src, format!("{}:src", task.id))?;
    let tgt = read(&spec.tgt, format!("{}:tgt", task.id))?;
    let pair = if spec.src_lang.is_none() && spec.tgt_lang.is_none() {
        // The languages of the run (or detection): exactly `selaras score`.
        let loaded = pipeline.load(src, tgt).map_err(pipeline_failure)?;
        loaded.pair
    } else {
        let given = (
            spec.src_lang.clone().or_else(|| defaults.0.clone()),
            spec.tgt_lang.clone().or_else(|| defaults.1.clone()),
        );
        let (src_lang, tgt_lang) = languages(&src, &tgt, given);
        let src = pipeline.document(src, src_lang).map_err(pipeline_failure)?;
        let tgt = pipeline.document(tgt, tgt_lang).map_err(pipeline_failure)?;
        DocPair::new(src, tgt)
    };
    let report = pipeline.score(&pair).map_err(pipeline_failure)?;
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
) -> Outcome {
    let result =
        catch_unwind(AssertUnwindSafe(|| score(pipeline, task, defaults))).unwrap_or_else(|_| {
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
