//! Challenge items and their JSONL form.

use serde::{Deserialize, Serialize};

use crate::BenchError;

/// A gold bead: source sentence indices, target sentence indices.
pub type GoldBead = (Vec<usize>, Vec<usize>);

/// What was injected into a challenge item (always into the Indonesian translation).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Injection {
    /// Nothing: the pair as translated.
    Clean,
    /// A number changed: digits swapped, off by a few, another scale word, another percentage.
    NumberChanged,
    /// A name that the source has too replaced by another name of the corpus.
    NameSwapped,
    /// A name that the source has too removed (with its preposition).
    NameDropped,
    /// A negator inserted where neither side negates.
    NegationInserted,
    /// The translation's only negator removed (the source negates too).
    NegationRemoved,
    /// A clause dropped at a boundary (comma, `yang`, `dan`...): 25-60% of the words.
    ClauseDropped,
    /// A random contiguous span of 30-50% of the words dropped.
    SpanDropped,
    /// A clause of 5-12 words from another text inserted at a boundary or appended.
    ClauseAdded,
    /// The target sentence replaced by its English source.
    SourceCopied,
    /// A news-site line ("Baca juga: ...", "ADVERTISEMENT") inserted after the sentence.
    BoilerplateInserted,
    /// Legacy (read from older sets): negation added or removed.
    NegationFlipped,
    /// Legacy (read from older sets): the last part of the translation dropped.
    PartDropped,
}

impl Injection {
    /// What the generator injects, in report order (legacy kinds left out).
    pub const GENERATED: [Injection; 10] = [
        Injection::NumberChanged,
        Injection::NameSwapped,
        Injection::NameDropped,
        Injection::NegationInserted,
        Injection::NegationRemoved,
        Injection::ClauseDropped,
        Injection::SpanDropped,
        Injection::ClauseAdded,
        Injection::SourceCopied,
        Injection::BoilerplateInserted,
    ];

    /// Every injection, in report order, clean first.
    pub const ALL: [Injection; 13] = [
        Injection::Clean,
        Injection::NumberChanged,
        Injection::NameSwapped,
        Injection::NameDropped,
        Injection::NegationInserted,
        Injection::NegationRemoved,
        Injection::NegationFlipped,
        Injection::ClauseDropped,
        Injection::SpanDropped,
        Injection::PartDropped,
        Injection::ClauseAdded,
        Injection::SourceCopied,
        Injection::BoilerplateInserted,
    ];

    /// The snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            Injection::Clean => "clean",
            Injection::NumberChanged => "number_changed",
            Injection::NameSwapped => "name_swapped",
            Injection::NameDropped => "name_dropped",
            Injection::NegationInserted => "negation_inserted",
            Injection::NegationRemoved => "negation_removed",
            Injection::ClauseDropped => "clause_dropped",
            Injection::SpanDropped => "span_dropped",
            Injection::ClauseAdded => "clause_added",
            Injection::SourceCopied => "source_copied",
            Injection::BoilerplateInserted => "boilerplate_inserted",
            Injection::NegationFlipped => "negation_flipped",
            Injection::PartDropped => "part_dropped",
        }
    }
}

/// One challenge item: a pair or a whole document (English source, Indonesian translation),
/// clean or with one injected error.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChallengeItem {
    /// Where it comes from (`nusax-test:17`, `article:en12-id13`, `news-dev:doc05`).
    pub origin: String,
    /// Which part of the data it belongs to (`test`, `tune`, `heldout`...).
    #[serde(default)]
    pub split: String,
    /// What was injected.
    pub injection: Injection,
    /// The target sentence that carries the error (for a boilerplate line, the inserted line);
    /// `None` when clean.
    #[serde(default)]
    pub at: Option<usize>,
    /// What was changed (`653 -> 635`, `dropped: 'yang ...'`); empty when clean.
    #[serde(default)]
    pub detail: String,
    /// Source sentences.
    pub src: Vec<String>,
    /// Translation sentences.
    pub tgt: Vec<String>,
    /// Gold beads of a document item (adjusted for an inserted line); empty for a single pair.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub gold: Vec<GoldBead>,
}

impl ChallengeItem {
    /// Whether this is a whole document (it has gold beads) rather than a single pair.
    pub fn is_document(&self) -> bool {
        !self.gold.is_empty()
    }
}

/// Reads a JSONL challenge set (today's and older ones: missing fields take their defaults).
/// `name` names the input in errors.
pub fn read_jsonl(text: &str, name: &str) -> Result<Vec<ChallengeItem>, BenchError> {
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(k, line)| {
            serde_json::from_str(line).map_err(|source| BenchError::Jsonl {
                name: name.to_string(),
                line: k + 1,
                source,
            })
        })
        .collect()
}

/// Writes items as JSONL, one per line.
pub fn to_jsonl(items: &[ChallengeItem]) -> String {
    let mut out = String::new();
    for item in items {
        // Serialising plain strings, numbers and vectors cannot fail.
        if let Ok(line) = serde_json::to_string(item) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_todays_jsonl() {
        let old =
            r#"{"origin":"nusax-test:1","injection":"negation_flipped","src":["a"],"tgt":["b"]}"#;
        let items = read_jsonl(old, "old.jsonl").expect("reads");
        assert_eq!(items[0].injection, Injection::NegationFlipped);
        assert_eq!(items[0].at, None);
        assert!(items[0].split.is_empty() && items[0].gold.is_empty());
        let again = read_jsonl(&to_jsonl(&items), "again").expect("reads");
        assert_eq!(items, again);
        let err = read_jsonl("\n{", "x.jsonl").expect_err("bad");
        assert!(err.to_string().starts_with("x.jsonl:2:"), "{err}");
    }
}
