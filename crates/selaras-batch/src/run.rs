//! The driver: chunks of documents scored in parallel, filtered and written in input order.

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use rayon::prelude::*;
use selaras::{Lang, Pipeline};
use serde_json::{Value, json};

use crate::journal::{Journal, Start};
use crate::output::{finalize, write_record};
use crate::progress::Progress;
use crate::work::{Outcome, Reports, process};
use crate::{BatchError, Dedup, DirFormat, Filters, PairRecord, StreamFormat, Summary, Tasks};

/// Settings of a run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Which pairs are kept.
    pub filters: Filters,
    /// Drop pairs seen before in the run (exact, or up to case, spaces and punctuation).
    pub dedup: bool,
    /// Documents per chunk: scored in parallel, then written (and committed) together.
    pub chunk_size: usize,
    /// Worker threads (0: one per core).
    pub threads: usize,
    /// A failing document stops the run.
    pub strict: bool,
    /// Draw a progress bar on standard error (the caller checks that it is a terminal).
    pub progress: bool,
    /// The number of documents, when known, for the progress bar.
    pub total_hint: Option<u64>,
    /// Languages for documents whose input names none on a side (the pipeline's own).
    pub languages: (Option<Lang>, Option<Lang>),
    /// Write one HTML review page per document into this folder (`ID.html`).
    pub reports: Option<Reports>,
    /// What else identifies the run for `--resume` (the input, the pipeline's settings); the
    /// filters, deduplication, chunk size and format are added to it.
    pub settings: Value,
}

impl Default for BatchOptions {
    fn default() -> Self {
        Self {
            filters: Filters::default(),
            dedup: false,
            chunk_size: 64,
            threads: 0,
            strict: false,
            progress: false,
            total_hint: None,
            languages: (None, None),
            reports: None,
            settings: Value::Null,
        }
    }
}

/// Where the kept pairs go.
pub enum Sink<'a> {
    /// A stream (standard output): each chunk's pairs written and flushed in input order.
    Stream {
        /// The stream.
        out: &'a mut dyn Write,
        /// Its format.
        format: StreamFormat,
    },
    /// A directory: a journal of committed chunks, then the corpus files and `summary.json`.
    Directory {
        /// The output directory.
        dir: PathBuf,
        /// The corpus format.
        format: DirFormat,
        /// Continue the run the directory holds.
        resume: bool,
    },
}

impl std::fmt::Debug for Sink<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Sink::Stream { format, .. } => f
                .debug_struct("Stream")
                .field("format", format)
                .finish_non_exhaustive(),
            Sink::Directory {
                dir,
                format,
                resume,
            } => f
                .debug_struct("Directory")
                .field("dir", dir)
                .field("format", format)
                .field("resume", resume)
                .finish(),
        }
    }
}

/// The filters and deduplication applied to a chunk's outcomes, in input order.
fn select(
    outcomes: Vec<Outcome>,
    options: &BatchOptions,
    dedup: &mut Option<Dedup>,
    part: &mut Summary,
) -> Result<Vec<PairRecord>, BatchError> {
    let mut records = Vec::new();
    for outcome in outcomes {
        let scored = match outcome.result {
            Ok(scored) => scored,
            Err(failure) => {
                if options.strict {
                    return Err(BatchError::Strict {
                        id: failure.id,
                        reason: failure.reason,
                    });
                }
                part.documents.failed += 1;
                part.failed.push(failure);
                continue;
            }
        };
        part.documents.done += 1;
        *part
            .lang_pairs
            .entry(format!("{}-{}", scored.src_lang, scored.tgt_lang))
            .or_default() += 1;
        for bead in scored.beads {
            part.pairs.beads += 1;
            let reason = options.filters.check(&bead).or_else(|| {
                dedup
                    .as_mut()
                    .and_then(|d| d.check(&bead.src_text, &bead.tgt_text))
            });
            if let Some(reason) = reason {
                *part
                    .pairs
                    .dropped
                    .entry(reason.name().to_string())
                    .or_default() += 1;
                continue;
            }
            part.pairs.kept += 1;
            records.push(PairRecord {
                doc: outcome.id.clone(),
                src_lang: scored.src_lang.clone(),
                tgt_lang: scored.tgt_lang.clone(),
                src: bead.src,
                tgt: bead.tgt,
                src_text: bead.src_text,
                tgt_text: bead.tgt_text,
                confidence: bead.confidence,
                score: bead.score,
                flags: bead
                    .flags
                    .iter()
                    .map(|f| f.kind.name().to_string())
                    .collect(),
            });
        }
    }
    Ok(records)
}

/// Runs the batch: every task of `tasks` read, scored with `pipeline`, filtered, and written to
/// `sink`; returns the summary (in a directory, also written as `summary.json`).
///
/// A document that fails is skipped and listed in the summary (with `strict`, the run stops with
/// [`BatchError::Strict`]). Output order is input order whatever the number of threads.
pub fn run(
    pipeline: &Pipeline,
    mut tasks: Tasks,
    mut sink: Sink<'_>,
    options: &BatchOptions,
) -> Result<Summary, BatchError> {
    options.filters.validate()?;
    if options.chunk_size == 0 {
        return Err(BatchError::Setting(
            "the chunk size must be at least 1".into(),
        ));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(|e| BatchError::Setting(e.to_string()))?;
    let mut dedup = options.dedup.then(Dedup::new);
    let (journal, mut summary, mut chunk) = match &sink {
        Sink::Stream { .. } => (None, Summary::default(), 0),
        Sink::Directory {
            dir,
            format,
            resume,
        } => {
            let settings = json!({
                "schema": crate::summary::SCHEMA,
                "run": options.settings,
                "filters": options.filters,
                "dedup": options.dedup,
                "chunk_size": options.chunk_size,
                "format": format.name(),
            });
            let (journal, start) = Journal::open(dir, &settings, *resume)?;
            match start {
                Start::Finished(summary) => return Ok(summary),
                Start::At { chunks, summary } => {
                    if let Some(dedup) = dedup.as_mut() {
                        for record in journal.records(chunks) {
                            let record = record?;
                            dedup.check(&record.src_text, &record.tgt_text);
                        }
                    }
                    (Some(journal), summary, chunks)
                }
            }
        }
    };
    let skip = chunk * options.chunk_size as u64;
    for _ in 0..skip {
        match tasks.next() {
            Some(task) => drop(task?),
            None => break,
        }
    }
    let progress = Progress::new(options.progress, options.total_hint);
    progress.advance(summary.documents.total, summary.pairs.kept);
    loop {
        let batch: Vec<_> = tasks
            .by_ref()
            .take(options.chunk_size)
            .collect::<Result<_, _>>()?;
        if batch.is_empty() {
            break;
        }
        let started = Instant::now();
        let outcomes: Vec<Outcome> = pool.install(|| {
            batch
                .par_iter()
                .map(|task| process(pipeline, task, &options.languages, options.reports.as_ref()))
                .collect()
        });
        let mut part = Summary::default();
        part.documents.total = batch.len() as u64;
        let records = select(outcomes, options, &mut dedup, &mut part)?;
        match &mut sink {
            Sink::Stream { out, format } => {
                for record in &records {
                    write_record(*format, record, *out)?;
                }
                out.flush().map_err(BatchError::io("-"))?;
            }
            Sink::Directory { .. } => {
                let mut bytes = Vec::new();
                for record in &records {
                    write_record(StreamFormat::Jsonl, record, &mut bytes)?;
                }
                part.seconds = started.elapsed().as_secs_f64();
                if let Some(journal) = &journal {
                    journal.commit(chunk, chunk * options.chunk_size as u64, &bytes, &part)?;
                }
            }
        }
        part.seconds = started.elapsed().as_secs_f64();
        summary.merge(part);
        progress.advance(batch.len() as u64, summary.pairs.kept);
        chunk += 1;
    }
    progress.finish();
    if let (Some(journal), Sink::Directory { format, .. }) = (journal, &sink) {
        summary.outputs = finalize(&journal, chunk, *format)?;
        journal.finish(&summary)?;
    }
    Ok(summary)
}
