//! Errors of the harness: each names the file, the line and the offending value.

use std::path::PathBuf;

/// What went wrong reading a corpus or a challenge set.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BenchError {
    /// A file could not be read.
    #[error("{path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A JSONL line is no challenge item.
    #[error("{name}:{line}: not a challenge item")]
    Jsonl {
        /// The file (or `embedded`).
        name: String,
        /// 1-based line number.
        line: usize,
        /// The parse error.
        source: serde_json::Error,
    },
    /// A gold line is no bead `[0, 1]:[2]`.
    #[error("{name}:{line}: not a gold bead: `{value}`")]
    Gold {
        /// The file.
        name: String,
        /// 1-based line number.
        line: usize,
        /// The offending line.
        value: String,
    },
    /// A gold bead points past the end of the document.
    #[error("{name}:{line}: bead `{value}` points past the end of the document")]
    GoldRange {
        /// The file.
        name: String,
        /// 1-based line number.
        line: usize,
        /// The offending line.
        value: String,
    },
    /// Two line-parallel files differ in length.
    #[error("{name}: {left} lines against {right} in the parallel file")]
    NotParallel {
        /// The file pair.
        name: String,
        /// Lines of the first file.
        left: usize,
        /// Lines of the second file.
        right: usize,
    },
}
