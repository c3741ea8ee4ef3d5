//! Faithfulness scoring for selaras: is this translation faithful, and where not?
//!
//! [`Scorer`] aligns a document and its translation with `selaras-align`, then runs every
//! [`Check`] on every bead: omissions and additions (whole sentences, with site boilerplate
//! recognised, or parts of a sentence), numbers, names, negation, untranslated text, low
//! adequacy, and length ratios. Each [`Flag`] has a severity, a message and the byte spans of the
//! words concerned; the [`Report`] sums them into an MQM-style document score ([`FORMULA`]).
//!
//! ```
//! use selaras_align::{AlignConfig, SentenceAligner};
//! use selaras_lexicon::LexicalSimilarity;
//! use selaras_score::{FlagKind, Scorer};
//! use selaras_text::{DocPair, Lang};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id).build()?;
//! let scorer = Scorer::new(SentenceAligner::new(similarity, AlignConfig::default())?);
//! let en = ["Russia launched 653 drones and 51 missiles on Friday night."];
//! let id = ["Rusia meluncurkan 635 drone dan 51 misil pada Jumat malam."];
//! let report = scorer.score(&DocPair::from_sentences((Lang::En, &en), (Lang::Id, &id)));
//! let flag = &report.beads[0].flags[0];
//! assert_eq!(flag.kind, FlagKind::NumberMismatch);
//! assert_eq!(flag.src_spans, [[16, 19]]); // "653"
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod boilerplate;
mod check;
mod flag;
mod report;
mod scorer;

pub use boilerplate::boilerplate_opening;
pub use check::{
    Addition, BeadContext, Check, DocSide, EntityMismatch, Gap, GapEvidence, GapTerms, LengthRatio,
    LengthStats, LowAdequacy, NegationMismatch, NumberMismatch, Omission, Untranslated,
    default_checks,
};
pub use flag::{Flag, FlagKind, Severity};
pub use report::{BeadReport, DocumentScore, FORMULA, IssueCounts, Report};
pub use scorer::Scorer;
