//! Corpus building at scale: many document pairs in, one clean, scored parallel corpus out.
//!
//! ```text
//! manifest / directory / JSONL stream ──▶ Task (id, two sides, languages)      task
//!     read each side (missing, binary, invalid UTF-8, empty: a per-document failure)
//!     Pipeline::load + Pipeline::score, in parallel over a chunk of documents  work
//!     filters (score, confidence, length ratio, 1-1, flags), in manifest order  filter
//!     duplicates across the run (128-bit hashes of exact and normalised texts)  dedup
//!     ──▶ a JSONL stream, or chunk files committed atomically (the journal)     journal
//!         then concatenated into TSV / Moses / TMX / JSONL and summary.json     output
//! ```
//!
//! Documents are processed in chunks: a chunk is scored in parallel and written in manifest
//! order, so the output does not depend on the number of threads, and a killed run resumes after
//! its last committed chunk.
//!
//! ```
//! use selaras::Pipeline;
//! use selaras_batch::{BatchOptions, Sink, StreamFormat, Tasks, run};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let pipeline = Pipeline::builder().build()?;
//! let input = concat!(
//!     r#"{"id":"a","src":"Power was cut in Kyiv.","tgt":"Listrik padam di Kyiv."}"#, "\n",
//!     r#"{"id":"b","src":"","tgt":"Kosong."}"#, "\n",
//! );
//! let tasks = Tasks::from_reader(input.as_bytes(), ".".into());
//! let mut out = Vec::new();
//! let sink = Sink::Stream { out: &mut out, format: StreamFormat::Jsonl };
//! let summary = run(&pipeline, tasks, sink, &BatchOptions::default())?;
//! assert_eq!(summary.documents.done, 1);
//! assert_eq!(summary.failed[0].id, "b");
//! assert_eq!(String::from_utf8(out)?.lines().count(), 1);
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod dedup;
mod error;
mod filter;
mod journal;
mod output;
mod progress;
mod read;
mod record;
mod run;
mod summary;
mod task;
mod work;

pub use dedup::Dedup;
pub use error::BatchError;
pub use filter::{DropReason, Filters, parse_flag_kind};
pub use output::{DirFormat, StreamFormat};
pub use read::{Failure, FailureKind, read_side};
pub use record::PairRecord;
pub use run::{BatchOptions, Sink, run};
pub use summary::{DocumentCounts, PairCounts, Summary};
pub use task::{Side, Task, TaskSpec, Tasks};
pub use work::Reports;
