//! A sentence's text with the words that findings are about wrapped in `<mark>`.
//!
//! Flags carry byte spans into the whole document; a bead's sentences are spans of the same text.
//! Each mark is clipped to the sentence; overlapping marks are split at every boundary, so each
//! piece is marked once, by the worst severity among the flags that cover it.

use std::fmt::{self, Write};

use selaras::{FlagKind, Severity};

use crate::escape::Escaped;
use crate::labels::kind_label;

/// The words of one finding in one document: a byte range and what the finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    /// First byte in the document.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The finding's severity.
    pub severity: Severity,
    /// The finding's kind.
    pub kind: FlagKind,
}

/// Writes `text[start..end]`, escaped, with `marks` (document offsets) highlighted inside it.
/// Marks that are empty, outside the text or not on character boundaries are left out.
pub fn write_highlighted(
    out: &mut String,
    text: &str,
    (start, end): (usize, usize),
    marks: &[Mark],
) -> fmt::Result {
    let valid = |offset: usize| offset <= text.len() && text.is_char_boundary(offset);
    let clipped: Vec<Mark> = marks
        .iter()
        .filter(|m| valid(m.start) && valid(m.end))
        .map(|m| Mark {
            start: m.start.max(start),
            end: m.end.min(end),
            ..*m
        })
        .filter(|m| m.start < m.end)
        .collect();
    let mut cuts: Vec<usize> = vec![start, end];
    cuts.extend(clipped.iter().flat_map(|m| [m.start, m.end]));
    cuts.sort_unstable();
    cuts.dedup();
    for piece in cuts.windows(2) {
        let (a, b) = (piece[0], piece[1]);
        let Some(words) = text.get(a..b) else {
            continue;
        };
        let covering: Vec<&Mark> = clipped
            .iter()
            .filter(|m| m.start <= a && b <= m.end)
            .collect();
        let Some(worst) = covering.iter().map(|m| m.severity).max() else {
            write!(out, "{}", Escaped(words))?;
            continue;
        };
        let mut kinds: Vec<FlagKind> = covering.iter().map(|m| m.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let title: Vec<String> = kinds.into_iter().map(kind_label).collect();
        write!(
            out,
            "<mark class=\"hl-{}\" title=\"{}: {}\">{}</mark>",
            worst.name(),
            worst.name(),
            Escaped(&title.join(", ")),
            Escaped(words)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, severity: Severity, kind: FlagKind) -> Mark {
        Mark {
            start,
            end,
            severity,
            kind,
        }
    }

    fn render(text: &str, span: (usize, usize), marks: &[Mark]) -> String {
        let mut out = String::new();
        write_highlighted(&mut out, text, span, marks).expect("write to string");
        out
    }

    #[test]
    fn marks_words_inside_the_sentence() {
        let text = "First. Russia launched 653 drones.";
        let out = render(
            text,
            (7, text.len()),
            &[mark(23, 26, Severity::Critical, FlagKind::NumberMismatch)],
        );
        assert_eq!(
            out,
            "Russia launched <mark class=\"hl-critical\" title=\"critical: number mismatch\">653</mark> drones."
        );
    }

    #[test]
    fn overlapping_marks_split_and_take_the_worst_severity() {
        let text = "a bc de";
        let out = render(
            text,
            (0, text.len()),
            &[
                mark(2, 7, Severity::Minor, FlagKind::Omission),
                mark(5, 7, Severity::Major, FlagKind::EntityMismatch),
            ],
        );
        assert_eq!(
            out,
            "a <mark class=\"hl-minor\" title=\"minor: omission\">bc </mark>\
             <mark class=\"hl-major\" title=\"major: omission, entity mismatch\">de</mark>"
        );
    }

    #[test]
    fn bad_spans_are_ignored_and_text_is_escaped() {
        let text = "é <b>";
        let out = render(
            text,
            (0, text.len()),
            &[
                mark(1, 2, Severity::Major, FlagKind::Omission),
                mark(3, 99, Severity::Major, FlagKind::Omission),
            ],
        );
        assert_eq!(out, "é &lt;b&gt;");
    }
}
