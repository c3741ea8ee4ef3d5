//! The bilingual lexical model of selaras: lexicon, morphology, anchors and explainable similarity.
//!
//! How much of this English sentence does this Indonesian sentence express, and which words,
//! numbers and names carry over? [`LexicalSimilarity`] answers offline: sentences are tokenised,
//! words reduced to roots ([`Analyzer`]), looked up in a bilingual [`Lexicon`] (the embedded
//! Indonesian-English one by default), and numbers ([`find_numbers`]) and names matched as anchors.
//! Every score comes with an [`Explanation`].
//!
//! ```
//! use selaras_lexicon::{Explain, LexicalSimilarity};
//! use selaras_text::Lang;
//!
//! # fn main() -> Result<(), selaras_lexicon::LexiconError> {
//! let similarity = LexicalSimilarity::builder(Lang::Id, Lang::En).build()?;
//! let pair = similarity.prepare_sentences(
//!     &["Rusia meluncurkan 653 drone dan 51 misil pada Jumat malam."],
//!     &["Russia launched 653 drones and 51 missiles on Friday night."],
//! );
//! let explanation = pair.explain(0..1, 0..1);
//! assert!(explanation.score > 0.8);
//! assert_eq!(explanation.numbers.matched.len(), 2);
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

pub mod acronyms;
mod error;
mod fold;
mod learn;
mod lexicon;
mod morph;
mod negation;
mod numbers;
mod similarity;
mod stopwords;

pub use error::LexiconError;
pub use fold::fold;
pub use learn::{LearnOptions, learn_ibm1, read_pairs};
pub use lexicon::{Entry, Lexicon, embedded_id_en, read_dictd, read_muse, read_tsv, write_tsv};
pub use morph::{Analyzer, english_lemma, indonesian_root};
pub use negation::{Negation, Negator, Strength};
pub use numbers::{NumberMention, find_numbers, parse_number};
pub use similarity::{
    AnchorReport, Explain, Explanation, LexicalFeatures, LexicalSimilarity,
    LexicalSimilarityBuilder, MatchKind, PreparedLexical, SentenceView, TokenRef, WordMatch,
};
pub use stopwords::is_stopword;
