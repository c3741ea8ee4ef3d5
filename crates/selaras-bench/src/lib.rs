//! Evaluation harness for selaras, kept apart from the stages it measures.
//!
//! The faithfulness challenge set takes real translation pairs (English source, Indonesian
//! translation), injects one error into each copy (a number changed, a name swapped or dropped,
//! negation inserted or removed, a clause dropped or added, the source copied, a site line
//! inserted) and keeps the pairs clean as well; the evaluator counts, per kind of error, how often
//! the checks report the expected finding, and how often they raise false alarms on clean text.
//!
//! The generator shares nothing with the detector: it has its own word splitting and its own word
//! lists (`data/*.txt`), and this crate depends on no selaras stage.
//!
//! ```
//! use selaras_bench::{BeadOutcome, ChallengeItem, evaluate, embedded_nusax_set, render_table};
//!
//! // A scorer that never finds anything: every recall is 0, and there are no false alarms.
//! let silent = |item: &ChallengeItem| -> Vec<BeadOutcome> {
//!     vec![BeadOutcome {
//!         src: (0..item.src.len()).collect(),
//!         tgt: (0..item.tgt.len()).collect(),
//!         findings: Vec::new(),
//!     }]
//! };
//! let scores = evaluate(embedded_nusax_set(), &silent);
//! assert_eq!(scores.all.pair_false_alarms, 0);
//! println!("{}", render_table(&scores));
//! ```
#![deny(missing_docs)]

mod challenge;
mod error;
mod nusax;
mod retrieval;
mod synthetic;

pub use challenge::{
    BeadOutcome, ChallengeItem, ChallengeScores, FalseAlarm, Finding, GoldBead, Injection,
    KindRecall, NewsDoc, SplitScores, article_items, embedded_news_set, embedded_nusax_set,
    evaluate, expected_finding, load_news_dev, news_items, news_set_from_corpora, news_split,
    nusax_items, nusax_test_set_from_corpora, parse_gold, read_jsonl, render_table, to_jsonl,
};
pub use error::BenchError;
pub use nusax::{NUSAX, NusaxSplit, nusax_split};
pub use retrieval::{RetrievalScores, retrieval_p_at_1};
pub use synthetic::{EditRates, SyntheticPair};
