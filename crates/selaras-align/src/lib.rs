//! Sentence alignment for selaras: a document and its translation, sentence by sentence.
//!
//! Beads are 1-1, 1-2, 2-1, 2-2, 1-3, 3-1 (up to [`AlignConfig::max_bead`]) and 1-0 / 0-1 for
//! omissions and additions. A bead's cost combines a Gale-Church length model estimated from
//! the document, the lexical similarity of `selaras-lexicon`, paragraph anchors and a null cost
//! calibrated per document. A first, length-only pass in a widening band gives a guide path; the
//! full model then runs in a corridor around it (widened where the best path touches its edge),
//! so time and memory grow linearly with the document. Each bead carries its posterior
//! probability (forward-backward over the corridor) as confidence.
//!
//! ```
//! use selaras_align::{AlignConfig, Aligner, SentenceAligner};
//! use selaras_lexicon::LexicalSimilarity;
//! use selaras_text::{DocPair, Lang};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id).build()?;
//! let aligner = SentenceAligner::new(similarity, AlignConfig::default())?;
//! let en = ["Russia launched 653 drones.", "The air force said 585 were shot down.", "Power was cut."];
//! let id = ["Rusia meluncurkan 653 drone.", "Listrik padam."];
//! let alignment = aligner.align(&DocPair::from_sentences((Lang::En, &en), (Lang::Id, &id)));
//! let shapes: Vec<_> = alignment.beads.iter().map(|b| b.shape()).collect();
//! assert_eq!(shapes, [(1, 1), (1, 0), (1, 1)]);
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod aligner;
mod bead;
mod corridor;
mod error;
mod ladder;
mod length;

pub use aligner::{AlignConfig, Aligner, SentenceAligner};
pub use bead::{Alignment, Bead};
pub use error::AlignError;
pub use ladder::{IndexBead, format_bead, parse_ladder, to_alignment};
