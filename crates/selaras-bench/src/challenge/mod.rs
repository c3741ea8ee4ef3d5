//! The faithfulness challenge set: generator (independent of the detector) and evaluator.

mod corpus;
mod embedded;
mod evaluate;
mod inject;
mod item;
mod lists;
mod news;
mod pairs;
mod table;
mod words;

pub use corpus::{load_news_dev, news_set_from_corpora, nusax_test_set_from_corpora, parse_gold};
pub use embedded::{embedded_news_set, embedded_nusax_set};
pub use evaluate::{
    BeadOutcome, ChallengeScores, FalseAlarm, Finding, KindRecall, SplitScores, evaluate,
    expected_finding,
};
pub use item::{ChallengeItem, GoldBead, Injection, read_jsonl, to_jsonl};
pub use news::{NewsDoc, news_items, news_split};
pub use pairs::{article_items, nusax_items};
pub use table::render_table;

#[cfg(test)]
mod proptests;
