//! Names and icons as the page shows them.

use selaras::{FlagKind, Severity};

/// The icon shown next to a severity's name (never alone: the name is always written too).
pub fn icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "✖",
        Severity::Major => "▲",
        Severity::Minor => "●",
    }
}

/// The language's English name for the known codes, else the code.
pub fn lang_name(code: &str) -> &str {
    match code {
        "id" => "Indonesian",
        "en" => "English",
        other => other,
    }
}

/// The kind as people read it: `number mismatch`.
pub fn kind_label(kind: FlagKind) -> String {
    kind.name().replace('_', " ")
}
