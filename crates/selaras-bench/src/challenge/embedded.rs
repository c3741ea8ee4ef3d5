//! The committed sets, compiled in so that an evaluation works from any directory.

use std::sync::OnceLock;

use super::item::{ChallengeItem, read_jsonl};

/// Parses an embedded set once; a test checks that it parses and is current.
fn parse(
    cell: &'static OnceLock<Vec<ChallengeItem>>,
    text: &str,
    name: &str,
) -> &'static [ChallengeItem] {
    cell.get_or_init(|| read_jsonl(text, name).unwrap_or_default())
}

/// The NusaX test set (NusaX test rows and the bundled article's one-to-one beads), as committed
/// in `data/challenge-nusax-test.jsonl`.
pub fn embedded_nusax_set() -> &'static [ChallengeItem] {
    static SET: OnceLock<Vec<ChallengeItem>> = OnceLock::new();
    parse(
        &SET,
        include_str!("../../data/challenge-nusax-test.jsonl"),
        "challenge-nusax-test.jsonl",
    )
}

/// The news-dev document set (split `tune` and `heldout`), as committed in
/// `data/challenge-news.jsonl`.
pub fn embedded_news_set() -> &'static [ChallengeItem] {
    static SET: OnceLock<Vec<ChallengeItem>> = OnceLock::new();
    parse(
        &SET,
        include_str!("../../data/challenge-news.jsonl"),
        "challenge-news.jsonl",
    )
}
