//! Parallel-corpus output for selaras: an [`Alignment`](selaras_align::Alignment) of two
//! documents written as vecalign ladder, TSV, JSONL, Moses line-parallel files or TMX 1.4b, and
//! files written atomically (a temporary file renamed into place, so no half-written output).
//!
//! ```
//! use selaras_align::{Alignment, Bead};
//! use selaras_corpus::{AlignedPair, Format, write_alignment};
//!
//! # fn main() -> Result<(), selaras_corpus::CorpusError> {
//! let pair = AlignedPair {
//!     src: &["Two weeks earlier, the four met.", "Extra."],
//!     tgt: &["Dua minggu sebelumnya, keempatnya bertemu."],
//!     src_lang: "en",
//!     tgt_lang: "id",
//!     alignment: &Alignment { beads: vec![Bead::new(0..1, 0..1), Bead::new(1..2, 1..1)] },
//! };
//! let mut out = Vec::new();
//! write_alignment(Format::Ladder, &pair, &mut out)?;
//! assert_eq!(String::from_utf8_lossy(&out), "[0]:[0]:1.000\n[1]:[]:1.000\n");
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod atomic;
mod error;
mod formats;
mod read;

pub use atomic::write_atomically;
pub use error::CorpusError;
pub use formats::{AlignedPair, Format, is_xml_char, write_alignment, write_moses};
pub use read::{TmxUnit, read_tmx};
