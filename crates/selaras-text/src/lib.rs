//! Text handling for selaras: decoding, language tags, normalisation and sentence segmentation.
//!
//! The pipeline starts here: raw bytes are decoded ([`decode_utf8`]), the language is chosen
//! ([`Lang`], [`detect_lang`]) and the text is cut into sentences ([`Segmenter`]). Every sentence
//! is a [`Span`] of byte offsets into the original text, so later stages can point back at the
//! exact words they talk about.
//!
//! ```
//! use selaras_text::{Lang, RuleSegmenter, Segmenter};
//!
//! # fn main() -> Result<(), selaras_text::TextError> {
//! let text = "Presiden Joko W. Widodo tiba pukul 10.30. Ia disambut dr. Terawan.";
//! let segmenter = RuleSegmenter::builder(Lang::Id).build()?;
//! let sentences = segmenter.segment(text);
//! assert_eq!(sentences.len(), 2);
//! assert_eq!(sentences[1].text(text), "Ia disambut dr. Terawan.");
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod decode;
mod document;
mod error;
mod lang;
mod normalize;
mod segment;
mod similarity;
mod span;
mod token;

pub use decode::decode_utf8;
pub use document::{DocPair, DocSentence, Document};
pub use error::TextError;
pub use lang::{Lang, LangVotes, detect_lang, detect_lang_paired};
pub use normalize::{collapse_whitespace, is_space};
pub use segment::{RuleSegmenter, RuleSegmenterBuilder, Segmenter, Sentence};
pub use similarity::{Band, MemberCoverage, Mix, MixedPair, PreparedPair, Similarity};
pub use span::Span;
pub use token::{Token, TokenKind, tokenize};
