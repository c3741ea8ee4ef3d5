use std::path::PathBuf;

use thiserror::Error;

/// Errors of the corpus stage.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum CorpusError {
    /// Writing failed. The message names the file; the cause follows in the error chain
    /// (printed once, by whoever prints the chain).
    #[error("cannot write {}", path.display())]
    Io {
        /// The file being written (`-` for standard output).
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// XML output failed.
    #[error("TMX output: {0}")]
    Xml(String),
}

impl CorpusError {
    pub(crate) fn stdout(source: std::io::Error) -> Self {
        CorpusError::Io {
            path: PathBuf::from("-"),
            source,
        }
    }
}
