//! What a run did: documents done and failed (with reasons), pairs kept and dropped per reason.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Failure;

/// The schema name of `summary.json`.
pub const SCHEMA: &str = "selaras.batch/1";

/// Documents of a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentCounts {
    /// Documents read from the input.
    pub total: u64,
    /// Documents aligned and scored.
    pub done: u64,
    /// Documents skipped (see [`Summary::failed`]).
    pub failed: u64,
}

/// Aligned pairs (beads) of a run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PairCounts {
    /// Beads of the documents done, null beads included.
    pub beads: u64,
    /// Pairs in the corpus.
    pub kept: u64,
    /// Beads left out, by reason (`unaligned`, `min_score`, `duplicate`...).
    pub dropped: BTreeMap<String, u64>,
}

/// The summary of a run (or of one chunk of it), written as `summary.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Always `selaras.batch/1`.
    pub schema: String,
    /// Documents.
    pub documents: DocumentCounts,
    /// Documents skipped, in input order, with their reasons.
    pub failed: Vec<Failure>,
    /// Pairs.
    pub pairs: PairCounts,
    /// Documents per language pair (`en-id`).
    pub lang_pairs: BTreeMap<String, u64>,
    /// Seconds spent aligning and scoring, over every invocation of a resumed run.
    pub seconds: f64,
    /// Documents per second.
    pub documents_per_second: f64,
    /// Kept pairs per second.
    pub pairs_per_second: f64,
    /// The corpus files written (names in the output directory).
    pub outputs: Vec<String>,
}

impl Default for Summary {
    fn default() -> Self {
        Self {
            schema: SCHEMA.to_string(),
            documents: DocumentCounts::default(),
            failed: Vec::new(),
            pairs: PairCounts::default(),
            lang_pairs: BTreeMap::new(),
            seconds: 0.0,
            documents_per_second: 0.0,
            pairs_per_second: 0.0,
            outputs: Vec::new(),
        }
    }
}

impl Summary {
    /// Adds the counts of a later part of the run.
    pub fn merge(&mut self, part: Summary) {
        self.documents.total += part.documents.total;
        self.documents.done += part.documents.done;
        self.documents.failed += part.documents.failed;
        self.failed.extend(part.failed);
        self.pairs.beads += part.pairs.beads;
        self.pairs.kept += part.pairs.kept;
        for (reason, n) in part.pairs.dropped {
            *self.pairs.dropped.entry(reason).or_default() += n;
        }
        for (langs, n) in part.lang_pairs {
            *self.lang_pairs.entry(langs).or_default() += n;
        }
        self.seconds += part.seconds;
        self.rates();
    }

    fn rates(&mut self) {
        if self.seconds > 0.0 {
            self.documents_per_second = self.documents.total as f64 / self.seconds;
            self.pairs_per_second = self.pairs.kept as f64 / self.seconds;
        }
    }
}
