//! Paragraphs (blocks separated by blank lines) and hard-wrap detection.

use std::ops::Range;

use crate::is_space;

/// Byte ranges of the paragraphs of `text`: maximal runs of lines that hold a non-space character.
pub(super) fn paragraphs(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut offset = 0;
    let mut current: Option<Range<usize>> = None;
    let mut lines = text.split_inclusive('\n');
    std::iter::from_fn(move || {
        loop {
            let Some(line) = lines.next() else {
                return current.take();
            };
            let start = offset;
            offset += line.len();
            if line.chars().all(is_space) {
                if let Some(done) = current.take() {
                    return Some(done);
                }
            } else {
                let end = start + line.trim_end_matches('\n').len();
                match current.as_mut() {
                    Some(range) => range.end = end,
                    None => current = Some(start..end),
                }
            }
        }
    })
}

/// True when a paragraph looks hard-wrapped (lines cut at a fixed width inside sentences), so its
/// line breaks are plain spaces.
///
/// A paragraph counts as hard-wrapped when it has at least three lines, its longest line has at
/// least 40 characters, and at least two thirds of its lines other than the last are at least
/// three quarters as long as the longest while ending without sentence-final punctuation.
pub(super) fn is_hard_wrapped(paragraph: &str) -> bool {
    let lines: Vec<(usize, Option<char>)> = paragraph
        .lines()
        .map(|line| {
            let trimmed = line.trim_matches(is_space);
            (trimmed.chars().count(), trimmed.chars().next_back())
        })
        .collect();
    if lines.len() < 3 {
        return false;
    }
    let longest = lines.iter().map(|&(len, _)| len).max().unwrap_or(0);
    if longest < 40 {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    let wrapped = body
        .iter()
        .filter(|&&(len, last)| {
            4 * len >= 3 * longest && !last.is_some_and(super::boundary::is_terminal)
        })
        .count();
    3 * wrapped >= 2 * body.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_separate_paragraphs() {
        let text = "Judul\n\n  \nBaris satu.\nBaris dua.\n\u{a0}\nAkhir";
        let got: Vec<&str> = paragraphs(text).map(|r| &text[r]).collect();
        assert_eq!(got, ["Judul", "Baris satu.\nBaris dua.", "Akhir"]);
    }

    #[test]
    fn crlf_lines_are_handled() {
        let text = "Satu.\r\n\r\nDua.\r\n";
        let got: Vec<&str> = paragraphs(text).map(|r| &text[r]).collect();
        assert_eq!(got, ["Satu.\r", "Dua.\r"]);
    }

    #[test]
    fn detects_hard_wrapping() {
        let wrapped = "Russia launched another wave of air and missile strikes\n\
                       on Ukraine overnight, which drew condemnation from the\n\
                       allies of Ukraine in the European Union, officials said.";
        let listed = "Zelensky reports progress in peace plan talks with US\n\
                      Moscow appears to have offered no concessions.\n\
                      Two weeks earlier, the four met virtually.";
        assert!(is_hard_wrapped(wrapped));
        assert!(!is_hard_wrapped(listed));
    }
}
