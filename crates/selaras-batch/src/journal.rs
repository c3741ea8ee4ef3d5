//! The journal of a run written to a directory: what was asked (`run.json`) and the chunks
//! committed so far, each as a records file and a summary file, both renamed into place after
//! being written and synced. A chunk counts only once its summary file exists, and chunks are
//! committed in input order, so after a SIGKILL at any instant the committed chunks are a prefix
//! of the input and nothing in them is half-written.

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use selaras_corpus::write_atomically;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{BatchError, PairRecord, Summary};

/// The folder of the journal inside the output directory.
pub(crate) const WORK_DIR: &str = ".selaras-batch";
/// The summary of a finished run.
pub(crate) const SUMMARY: &str = "summary.json";

#[derive(Debug, Serialize, Deserialize)]
struct ChunkMeta {
    chunk: u64,
    first_task: u64,
    summary: Summary,
}

#[derive(Debug)]
pub(crate) struct Journal {
    pub dir: PathBuf,
    pub work: PathBuf,
}

/// Where a run picks up.
#[derive(Debug)]
pub(crate) enum Start {
    /// The run finished before: its summary.
    Finished(Summary),
    /// Chunks `0..chunks` are committed; their summaries merged.
    At { chunks: u64, summary: Summary },
}

fn corpus_io(path: &Path) -> impl Fn(std::io::Error) -> selaras_corpus::CorpusError + '_ {
    move |source| selaras_corpus::CorpusError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Writes `bytes` to `path` atomically.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<(), BatchError> {
    write_atomically(path, |out| out.write_all(bytes).map_err(corpus_io(path)))?;
    Ok(())
}

fn read_json<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, BatchError> {
    let text = fs::read_to_string(path).map_err(BatchError::io(path))?;
    serde_json::from_str(&text).map_err(|e| BatchError::Corrupt {
        path: path.to_path_buf(),
        message: e.to_string(),
    })
}

impl Journal {
    fn records_path(&self, chunk: u64) -> PathBuf {
        self.work.join(format!("chunk-{chunk:08}.jsonl"))
    }

    fn meta_path(&self, chunk: u64) -> PathBuf {
        self.work.join(format!("chunk-{chunk:08}.json"))
    }

    /// Opens `dir` for a run with `settings`: a new run, or (with `resume`) the continuation of
    /// the run it holds, which must have the same settings.
    pub fn open(
        dir: &Path,
        settings: &Value,
        resume: bool,
    ) -> Result<(Journal, Start), BatchError> {
        fs::create_dir_all(dir).map_err(BatchError::io(dir))?;
        let journal = Journal {
            dir: dir.to_path_buf(),
            work: dir.join(WORK_DIR),
        };
        let refuse = |message: &str| BatchError::Journal {
            path: dir.to_path_buf(),
            message: message.to_string(),
        };
        let summary_path = dir.join(SUMMARY);
        let run_path = journal.work.join("run.json");
        if !journal.work.join("run.json").exists() {
            if summary_path.exists() {
                if resume {
                    return Ok((journal, Start::Finished(read_json(&summary_path)?)));
                }
                return Err(refuse(
                    "holds a finished run (summary.json); choose another directory, or --resume to keep it",
                ));
            }
            fs::create_dir_all(&journal.work).map_err(BatchError::io(&journal.work))?;
            let bytes = serde_json::to_vec_pretty(settings)
                .map_err(|e| BatchError::Setting(e.to_string()))?;
            write_file(&run_path, &bytes)?;
            return Ok((
                journal,
                Start::At {
                    chunks: 0,
                    summary: Summary::default(),
                },
            ));
        }
        if !resume {
            return Err(refuse(
                "holds an unfinished run: --resume continues it (or choose another directory)",
            ));
        }
        let recorded: Value = read_json(&run_path)?;
        if recorded != *settings {
            return Err(refuse(&format!(
                "holds a run with other settings; it was started with {recorded}, this run has {settings}"
            )));
        }
        // Leftovers of a killed run: temporary files and a chunk without its summary.
        for entry in fs::read_dir(&journal.work).map_err(BatchError::io(&journal.work))? {
            let path = entry.map_err(BatchError::io(&journal.work))?.path();
            if path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                let _ = fs::remove_file(&path);
            }
        }
        let mut summary = Summary::default();
        let mut chunks = 0;
        while journal.meta_path(chunks).exists() {
            let meta: ChunkMeta = read_json(&journal.meta_path(chunks))?;
            summary.merge(meta.summary);
            chunks += 1;
        }
        let _ = fs::remove_file(journal.records_path(chunks));
        Ok((journal, Start::At { chunks, summary }))
    }

    /// Commits chunk `chunk`: its records first, then its summary (the commit point).
    pub fn commit(
        &self,
        chunk: u64,
        first_task: u64,
        records: &[u8],
        summary: &Summary,
    ) -> Result<(), BatchError> {
        write_file(&self.records_path(chunk), records)?;
        let meta = ChunkMeta {
            chunk,
            first_task,
            summary: summary.clone(),
        };
        let bytes = serde_json::to_vec(&meta).map_err(|e| BatchError::Setting(e.to_string()))?;
        write_file(&self.meta_path(chunk), &bytes)
    }

    /// The records of chunks `0..chunks`, in order, read lazily.
    pub fn records(
        &self,
        chunks: u64,
    ) -> impl Iterator<Item = Result<PairRecord, BatchError>> + '_ {
        (0..chunks).flat_map(move |chunk| {
            let path = self.records_path(chunk);
            let lines: Box<dyn Iterator<Item = Result<PairRecord, BatchError>>> =
                match fs::File::open(&path) {
                    Err(e) => Box::new(std::iter::once(Err(BatchError::io(&path)(e)))),
                    Ok(file) => Box::new(BufReader::new(file).lines().map(move |line| {
                        let line = line.map_err(BatchError::io(&path))?;
                        serde_json::from_str(&line).map_err(|e| BatchError::Corrupt {
                            path: path.clone(),
                            message: e.to_string(),
                        })
                    })),
                };
            lines
        })
    }

    /// The raw records file of a chunk (for concatenation).
    pub fn records_file(&self, chunk: u64) -> PathBuf {
        self.records_path(chunk)
    }

    /// Writes the summary (the run is finished) and removes the journal.
    pub fn finish(self, summary: &Summary) -> Result<(), BatchError> {
        let mut bytes =
            serde_json::to_vec_pretty(summary).map_err(|e| BatchError::Setting(e.to_string()))?;
        bytes.push(b'\n');
        write_file(&self.dir.join(SUMMARY), &bytes)?;
        fs::remove_dir_all(&self.work).map_err(BatchError::io(&self.work))
    }
}
