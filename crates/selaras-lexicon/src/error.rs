use std::path::PathBuf;

use thiserror::Error;

/// Errors of the lexicon stage.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// A file could not be read or written.
    #[error("{path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A line of a lexicon or training file is malformed.
    #[error("{path}:{line}: {message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte offset {offset}")]
    Utf8 {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The lexicon's languages do not fit the documents'.
    #[error("the lexicon is for {lexicon}, the documents are {documents}")]
    LanguageMismatch {
        /// The lexicon's pair, e.g. `id-en`.
        lexicon: String,
        /// The documents' pair.
        documents: String,
    },
    /// Invalid training or model settings.
    #[error("invalid setting: {0}")]
    Setting(String),
}

impl LexiconError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        LexiconError::Io {
            path: path.into(),
            source,
        }
    }

    pub(crate) fn parse(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Self {
        LexiconError::Parse {
            path: path.into(),
            line,
            message: message.into(),
        }
    }
}
