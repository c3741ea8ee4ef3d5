//! Errors of the encoder.

/// What can go wrong when the encoder reads its data.
///
/// The data is compiled into the crate, so these errors mean a corrupt or mismatched build,
/// never bad user input: embedding and tokenizing accept any `&str`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EmbedError {
    /// A data file does not start with the expected magic bytes.
    #[error("{file}: not a selaras-embed data file (expected magic {expected:?})")]
    BadMagic {
        /// The data file (`model.bin` or `tokenizer.bin`).
        file: &'static str,
        /// The magic it should start with.
        expected: &'static str,
    },
    /// A data file ends before a field it declares.
    #[error("{file}: truncated at byte {offset} while reading {what}")]
    Truncated {
        /// The data file.
        file: &'static str,
        /// Byte offset where the read failed.
        offset: usize,
        /// The field being read.
        what: String,
    },
    /// A field holds a value the encoder cannot use.
    #[error("{file}: invalid {what}: {detail}")]
    Invalid {
        /// The data file.
        file: &'static str,
        /// The field.
        what: String,
        /// What is wrong with it.
        detail: String,
    },
    /// A tensor the model needs is missing from `model.bin`.
    #[error("model.bin: missing tensor {0:?}")]
    MissingTensor(String),
}
