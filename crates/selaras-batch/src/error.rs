use std::path::PathBuf;

use thiserror::Error;

/// Errors that stop a batch run (a failing document does not: it is reported in the summary).
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum BatchError {
    /// Reading the input or writing the output failed.
    #[error("{path}")]
    Io {
        /// The file or directory concerned (`-` for the standard streams).
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Writing an output format failed.
    #[error(transparent)]
    Corpus(#[from] selaras_corpus::CorpusError),
    /// A document failed and `--strict` was given.
    #[error("{id}: {reason} (--strict)")]
    Strict {
        /// The document's id.
        id: String,
        /// Why it failed.
        reason: String,
    },
    /// The output directory holds a run with other settings, or a run that `--resume` was not
    /// asked to continue.
    #[error("{path}: {message}")]
    Journal {
        /// The output directory.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A journal file could not be read back.
    #[error("{path}: {message}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A setting out of range.
    #[error("invalid setting: {0}")]
    Setting(String),
}

impl BatchError {
    pub(crate) fn io(path: impl Into<PathBuf>) -> impl FnOnce(std::io::Error) -> BatchError {
        let path = path.into();
        move |source| BatchError::Io { path, source }
    }
}
