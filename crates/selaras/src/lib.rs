//! selaras: translation alignment and faithfulness checking, offline.
//!
//! The pipeline, in a few lines:
//!
//! ```text
//! text ──load──▶ DocPair (two Documents: text, language, sentences as spans)   selaras-text
//!      ──prepare─▶ features per sentence, once (words, roots, numbers, names,
//!                  negators) and the similarity backend's data                  selaras-lexicon
//!      ──align──▶ Alignment (beads: source range, target range, confidence)     selaras-align
//!      ──score──▶ Report (per bead: flags with spans and reasons; document)     selaras-score
//! ```
//!
//! [`Pipeline`] holds it all, built once and shared across threads; the command line, batch
//! runs and reports call it.
//!
//! ```
//! use selaras::{Pipeline, Source};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let pipeline = Pipeline::builder().build()?;
//! let loaded = pipeline.load(
//!     Source::new("en.txt", "Russia launched 653 drones on Friday. Power was cut in Kyiv."),
//!     Source::new("id.txt", "Rusia meluncurkan 635 drone pada hari Jumat. Listrik padam di Kyiv."),
//! )?;
//! let report = pipeline.score(&loaded.pair)?;
//! let flag = &report.beads[0].flags[0];
//! assert_eq!(flag.kind, selaras::FlagKind::NumberMismatch);
//! let [start, end] = flag.src_spans[0];
//! assert_eq!(&loaded.pair.src.text()[start..end], "653");
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod error;
mod pipeline;

pub use error::PipelineError;
pub use pipeline::{
    Backend, HYBRID_LEXICAL_WEIGHT, Loaded, Pipeline, PipelineBuilder, SimilarityKind, Source,
};

pub use selaras_align::{AlignConfig, Alignment, Bead};
pub use selaras_lexicon::{Lexicon, embedded_id_en, read_tsv};
pub use selaras_score::{BeadReport, DocumentScore, Flag, FlagKind, Report, Severity};
pub use selaras_text::{DocPair, DocSentence, Document, Lang, Span};

/// The stages, for callers that need more than the pipeline.
pub mod stages {
    pub use selaras_align as align;
    pub use selaras_lexicon as lexicon;
    pub use selaras_score as score;
    pub use selaras_text as text;
}
