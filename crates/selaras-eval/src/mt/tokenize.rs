//! sacrebleu's BLEU tokenizers: `13a` (mteval-v13a, the default), `intl` (mteval-v14
//! international), `char` and `none`.

use std::sync::OnceLock;

use regex::Regex;

/// A BLEU tokenizer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tokenizer {
    /// mteval-v13a: punctuation split off, except `.`/`,` between digits and `-` after a digit.
    Thirteen,
    /// mteval-v14 international: Unicode punctuation and symbols split off.
    Intl,
    /// One token per character.
    Char,
    /// Split on white space only.
    None,
}

impl Tokenizer {
    /// The name in signatures and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Tokenizer::Thirteen => "13a",
            Tokenizer::Intl => "intl",
            Tokenizer::Char => "char",
            Tokenizer::None => "none",
        }
    }

    /// Parses a tokenizer name.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "13a" => Tokenizer::Thirteen,
            "intl" => Tokenizer::Intl,
            "char" => Tokenizer::Char,
            "none" => Tokenizer::None,
            _ => return None,
        })
    }

    /// The tokens of `line`, joined by single spaces.
    pub fn tokenize(self, line: &str) -> String {
        match self {
            Tokenizer::Thirteen => thirteen_a(line),
            Tokenizer::Intl => intl(line),
            Tokenizer::Char => line
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(String::from)
                .collect::<Vec<_>>()
                .join(" "),
            Tokenizer::None => line.to_string(),
        }
    }
}

/// Characters that 13a always surrounds with spaces: ASCII punctuation except `'`, `-`, `.`, `,`.
fn always_split(c: char) -> bool {
    matches!(c, ' '..='&' | '('..='+' | '/' | ':'..='@' | '['..='`' | '{'..='~')
}

/// Applies a two-character rewrite left to right without overlaps, as a regular-expression
/// substitution of a two-character pattern does.
fn rewrite_pairs(
    chars: &[char],
    matches: impl Fn(char, char) -> bool,
    emit: impl Fn(&mut Vec<char>, char, char),
) -> Vec<char> {
    let mut out = Vec::with_capacity(chars.len() + chars.len() / 4);
    let mut i = 0;
    while i < chars.len() {
        if i + 1 < chars.len() && matches(chars[i], chars[i + 1]) {
            emit(&mut out, chars[i], chars[i + 1]);
            i += 2;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

fn thirteen_a(line: &str) -> String {
    let mut line = line
        .replace("<skipped>", "")
        .replace("-\n", "")
        .replace('\n', " ");
    if line.contains('&') {
        line = line
            .replace("&quot;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">");
    }
    let mut chars: Vec<char> = Vec::with_capacity(line.len() + 8);
    chars.push(' ');
    for c in line.chars() {
        if always_split(c) {
            chars.extend([' ', c, ' ']);
        } else {
            chars.push(c);
        }
    }
    chars.push(' ');
    let digit = |c: char| c.is_ascii_digit();
    let period = |c: char| c == '.' || c == ',';
    // `.` or `,` after a non-digit: "a." -> "a . "
    let chars = rewrite_pairs(
        &chars,
        |a, b| !digit(a) && period(b),
        |out, a, b| out.extend([a, ' ', b, ' ']),
    );
    // `.` or `,` before a non-digit: ".a" -> " . a"
    let chars = rewrite_pairs(
        &chars,
        |a, b| period(a) && !digit(b),
        |out, a, b| out.extend([' ', a, ' ', b]),
    );
    // `-` after a digit: "5-" -> "5 - "
    let chars = rewrite_pairs(
        &chars,
        |a, b| digit(a) && b == '-',
        |out, a, b| out.extend([a, ' ', b, ' ']),
    );
    let text: String = chars.into_iter().collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn intl(line: &str) -> String {
    static RULES: OnceLock<[(Regex, &'static str); 3]> = OnceLock::new();
    let rules = RULES.get_or_init(|| {
        // The patterns are constant and valid; a failure here is a build defect.
        let compile =
            |p: &str| Regex::new(p).unwrap_or_else(|e| panic!("intl tokenizer pattern {p}: {e}"));
        [
            (compile(r"(\P{N})(\p{P})"), "$1 $2 "),
            (compile(r"(\p{P})(\P{N})"), " $1 $2"),
            (compile(r"(\p{S})"), " $1 "),
        ]
    });
    let mut text = line.to_string();
    for (re, replacement) in rules {
        text = re.replace_all(&text, *replacement).into_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thirteen_a_splits_like_mteval() {
        let cases = [
            ("Hello, world!", "Hello , world !"),
            (
                "It costs $5,000.50 (approx.)",
                "It costs $ 5,000.50 ( approx . )",
            ),
            ("1990-2000 and e-mail", "1990 - 2000 and e-mail"),
            ("don't &amp; &lt;b&gt;", "don't & < b >"),
            ("a.,b", "a . , b"),
            ("end.", "end ."),
            ("3.14 and 3,5", "3.14 and 3,5"),
        ];
        for (line, want) in cases {
            assert_eq!(Tokenizer::Thirteen.tokenize(line), want, "{line:?}");
        }
    }

    #[test]
    fn intl_splits_unicode_punctuation_and_symbols() {
        assert_eq!(
            Tokenizer::Intl.tokenize("“Kyiv”—€5,000 1.5"),
            "“ Kyiv ” — € 5,000 1.5"
        );
    }
}
