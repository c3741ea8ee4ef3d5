use serde::{Deserialize, Serialize};

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// Source content with no translation.
    Omission,
    /// Translation content with no source.
    Addition,
    /// A number that differs after locale-aware normalisation.
    NumberMismatch,
    /// A name missing or replaced.
    EntityMismatch,
    /// Negation on one side only.
    NegationMismatch,
    /// The translation is in the source language or copies it.
    Untranslated,
    /// Little lexical correspondence although aligned.
    LowAdequacy,
    /// A length ratio far outside the document's own.
    LengthRatio,
}

impl FlagKind {
    /// Every kind, in report order.
    pub const ALL: [FlagKind; 8] = [
        FlagKind::Omission,
        FlagKind::Addition,
        FlagKind::NumberMismatch,
        FlagKind::EntityMismatch,
        FlagKind::NegationMismatch,
        FlagKind::Untranslated,
        FlagKind::LowAdequacy,
        FlagKind::LengthRatio,
    ];

    /// The snake_case name used in JSON and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            FlagKind::Omission => "omission",
            FlagKind::Addition => "addition",
            FlagKind::NumberMismatch => "number_mismatch",
            FlagKind::EntityMismatch => "entity_mismatch",
            FlagKind::NegationMismatch => "negation_mismatch",
            FlagKind::Untranslated => "untranslated",
            FlagKind::LowAdequacy => "low_adequacy",
            FlagKind::LengthRatio => "length_ratio",
        }
    }
}

/// How much a finding changes for a reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Style or form; meaning intact.
    Minor,
    /// Meaning lost or added.
    Major,
    /// Meaning changed (a wrong number, a reversed statement, text not translated).
    Critical,
}

impl Severity {
    /// MQM-style penalty points: minor 1, major 5, critical 10.
    pub fn penalty(self) -> f64 {
        match self {
            Severity::Minor => 1.0,
            Severity::Major => 5.0,
            Severity::Critical => 10.0,
        }
    }

    /// The name used in JSON and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Severity::Minor => "minor",
            Severity::Major => "major",
            Severity::Critical => "critical",
        }
    }
}

/// A finding about a bead: what, how bad, a message a person understands, and the byte spans (in
/// the source and target documents) of the words concerned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Flag {
    /// What the finding is about.
    pub kind: FlagKind,
    /// How bad it is.
    pub severity: Severity,
    /// What happened, in words.
    pub message: String,
    /// Byte ranges `[start, end]` in the source document.
    pub src_spans: Vec<[usize; 2]>,
    /// Byte ranges `[start, end]` in the target document.
    pub tgt_spans: Vec<[usize; 2]>,
}
