/// True for characters that separate words: Unicode white space (which includes the no-break
/// space U+00A0) and the byte-order mark U+FEFF.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Collapses every run of white space (see [`is_space`]) into one ASCII space and trims both ends.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapses_no_break_space_and_newlines() {
        assert_eq!(
            collapse_whitespace("  MEMBACA\u{a0} Bagian publik\n dari\t\tpersidangan "),
            "MEMBACA Bagian publik dari persidangan"
        );
    }

    #[test]
    fn empty_and_blank_give_empty() {
        assert_eq!(collapse_whitespace(""), "");
        assert_eq!(collapse_whitespace(" \u{feff}\n\u{a0}"), "");
    }
}
