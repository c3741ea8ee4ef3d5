use thiserror::Error;

/// Errors of the alignment stage.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum AlignError {
    /// A line of a ladder (bead) file cannot be read.
    #[error("line {line}: {message}")]
    Ladder {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Invalid aligner settings.
    #[error("invalid setting: {0}")]
    Setting(String),
}
