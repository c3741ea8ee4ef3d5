//! The faithfulness report: per bead and per document, in the stable JSON schema
//! `selaras.score/1`.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{Flag, Severity};

/// The formula of the document score, as published in the JSON.
pub const FORMULA: &str = "faithfulness = max(0, 100 * coverage_src - 100 * penalty / source_words); coverage_src = share of source words in beads with a translation; penalty = 1 per minor, 5 per major, 10 per critical finding";

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct IssueCounts {
    /// Critical findings.
    pub critical: usize,
    /// Major findings.
    pub major: usize,
    /// Minor findings.
    pub minor: usize,
}

/// The document-level summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentScore {
    /// 0-100, see [`FORMULA`].
    pub faithfulness: f64,
    /// Share of source words (word and number tokens) in beads that have a translation.
    pub coverage_src: f64,
    /// Share of target words in beads that have a source.
    pub coverage_tgt: f64,
    /// Findings by severity.
    pub issues: IssueCounts,
    /// Findings by kind (every kind listed).
    pub by_kind: BTreeMap<&'static str, usize>,
    /// Sum of penalty points.
    pub penalty: f64,
    /// Word and number tokens of the source.
    pub source_words: usize,
    /// How `faithfulness` is computed.
    pub formula: &'static str,
}

/// One bead of the report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BeadReport {
    /// Source sentence indices.
    pub src: Vec<usize>,
    /// Target sentence indices.
    pub tgt: Vec<usize>,
    /// Source text of the bead.
    pub src_text: String,
    /// Target text of the bead.
    pub tgt_text: String,
    /// Alignment confidence (posterior probability of the bead).
    pub confidence: f32,
    /// Faithfulness of the bead in [0, 1]: 1 minus 0.1 per minor, 0.4 per major and 0.7 per
    /// critical finding (0 for a bead with one side empty).
    pub score: f32,
    /// Lexical similarity of the two sides (0 for a bead with one side empty).
    pub similarity: f32,
    /// Weighted share of the source side's content expressed in the target side.
    pub coverage_src: f32,
    /// Weighted share of the target side's content expressed in the source side.
    pub coverage_tgt: f32,
    /// The findings.
    pub flags: Vec<Flag>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Always `selaras.score/1`.
    pub schema: &'static str,
    /// Source language code.
    pub src_lang: String,
    /// Target language code.
    pub tgt_lang: String,
    /// Document summary.
    pub document: DocumentScore,
    /// Beads in document order.
    pub beads: Vec<BeadReport>,
}

impl Report {
    /// The most severe finding, if any.
    pub fn worst(&self) -> Option<Severity> {
        self.beads
            .iter()
            .flat_map(|b| b.flags.iter().map(|f| f.severity))
            .max()
    }
}

/// The bead score for a list of findings.
pub(crate) fn bead_score(flags: &[Flag], has_both_sides: bool) -> f32 {
    if !has_both_sides {
        return 0.0;
    }
    let penalty: f32 = flags
        .iter()
        .map(|f| match f.severity {
            Severity::Minor => 0.1,
            Severity::Major => 0.4,
            Severity::Critical => 0.7,
        })
        .sum();
    (1.0 - penalty).clamp(0.0, 1.0)
}
