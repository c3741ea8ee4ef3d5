use thiserror::Error;

/// Errors of the text stage.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum TextError {
    /// The input is not valid UTF-8.
    #[error("invalid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first byte that is not part of a valid UTF-8 sequence.
        offset: usize,
    },
    /// A language tag that selaras cannot interpret.
    #[error("unknown language tag {tag:?} (expected an ISO 639 code such as id, en, de, or auto)")]
    UnknownLang {
        /// The tag as given.
        tag: String,
    },
    /// A custom abbreviation that cannot be used by the segmenter.
    #[error("invalid abbreviation {abbreviation:?}: {reason}")]
    InvalidAbbreviation {
        /// The abbreviation as given.
        abbreviation: String,
        /// Why it was rejected.
        reason: &'static str,
    },
}
