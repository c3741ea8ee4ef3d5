//! One kept pair, as a line of the JSONL stream and of the chunk files.

use serde::{Deserialize, Serialize};

/// A pair of the corpus: where it comes from, its texts and how good it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairRecord {
    /// The document's id.
    pub doc: String,
    /// Source language code.
    pub src_lang: String,
    /// Target language code.
    pub tgt_lang: String,
    /// Source sentence indices (as in `selaras score --json`).
    pub src: Vec<usize>,
    /// Target sentence indices.
    pub tgt: Vec<usize>,
    /// Source text of the bead.
    pub src_text: String,
    /// Target text of the bead.
    pub tgt_text: String,
    /// Alignment confidence.
    pub confidence: f32,
    /// Bead score (faithfulness in [0, 1]).
    pub score: f32,
    /// Kinds of the bead's findings (snake_case).
    pub flags: Vec<String>,
}
