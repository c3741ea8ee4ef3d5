use selaras_text::Lang;
use thiserror::Error;

/// Errors of building or running a [`crate::Pipeline`].
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum PipelineError {
    /// A document has no sentence.
    #[error("{name}: no sentences to align (the document is empty)")]
    EmptyDocument {
        /// The document's name (a file name, `<stdin>`, a batch id).
        name: String,
    },
    /// The lexicon given does not cover the documents' languages.
    #[error("the lexicon is for {lexicon}, the documents are {src}-{tgt}")]
    LexiconLanguages {
        /// The lexicon's languages (`id-en`).
        lexicon: String,
        /// Source language.
        src: Lang,
        /// Target language.
        tgt: Lang,
    },
    /// A setting out of range.
    #[error("invalid setting: {0}")]
    Setting(String),
    /// The lexical model could not be built.
    #[error(transparent)]
    Lexicon(#[from] selaras_lexicon::LexiconError),
    /// The aligner could not be built.
    #[error(transparent)]
    Align(#[from] selaras_align::AlignError),
    /// The sentence encoder could not be loaded (a corrupt build).
    #[error(transparent)]
    Embed(#[from] selaras_embed::EmbedError),
    /// The segmenter could not be built.
    #[error(transparent)]
    Text(#[from] selaras_text::TextError),
}
