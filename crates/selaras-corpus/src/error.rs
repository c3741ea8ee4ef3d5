use std::path::PathBuf;

use thiserror::Error;

/// Errors of the corpus stage.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum CorpusError {
    /// Writing failed.
    #[error("{path}: {source}")]
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
