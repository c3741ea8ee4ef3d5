//! The injections: each takes a translation sentence (and what it needs besides) and returns the
//! changed sentence with a note on what changed, or `None` when it does not apply.

mod clause;
mod name;
mod negation;
mod number;

pub(crate) use clause::{clause_added, clause_dropped, span_dropped};
pub(crate) use name::{name_dropped, name_swapped, shared_names};
pub(crate) use negation::{negation_inserted, negation_removed};
pub(crate) use number::number_changed;

use super::lists::lists;
use super::words::Rng;

/// A changed sentence and what was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Edit {
    pub text: String,
    pub detail: String,
}

/// A news-site line: a template filled with an invented headline or editor.
pub(crate) fn boilerplate_line(rng: &mut Rng) -> String {
    let l = lists();
    let template = rng.pick(&l.boilerplate).cloned().unwrap_or_default();
    let headline = rng.pick(&l.headlines).cloned().unwrap_or_default();
    let editor = rng.pick(&l.editors).cloned().unwrap_or_default();
    template
        .replace("{headline}", &headline)
        .replace("{editor}", &editor)
}

/// Text with the bytes `start..end` removed, spaces and punctuation at the seam tidied.
pub(crate) fn cut(text: &str, start: usize, end: usize) -> String {
    let before = text[..start].trim_end();
    let after = &text[end..];
    let after_trim = after.trim_start();
    if before.is_empty() {
        return after_trim.to_string();
    }
    if after_trim.is_empty() {
        return before.trim_end_matches([',', ';', ':']).to_string();
    }
    if after_trim.starts_with([',', '.', ';', ':', '!', '?', ')']) {
        let before = if after_trim.starts_with([',', '.', ';', ':']) {
            before.trim_end_matches([',', ';', ':'])
        } else {
            before
        };
        return format!("{before}{after_trim}");
    }
    format!("{before} {after_trim}")
}

/// A short quotation of a removed or added piece of text for the `detail` note.
pub(crate) fn quote(text: &str) -> String {
    format!("'{}'", text.trim().trim_matches([',', ';']).trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_tidies_the_seam() {
        assert_eq!(cut("A di Bandung, lalu.", 2, 12), "A, lalu.");
        assert_eq!(cut("Kami ke Medan.", 5, 13), "Kami.");
        assert_eq!(cut("x, y, z", 1, 4), "x, z");
    }
}
