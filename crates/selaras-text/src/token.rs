//! Word tokenisation with byte spans.

use serde::Serialize;

use crate::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// Letters (and digits after a letter), with inner hyphens and apostrophes: `poin-poin`,
    /// `Ukraine's`, `COVID-19`.
    Word,
    /// Starts with a digit; inner `.` and `,` between digits belong to it: `653`, `2,5`,
    /// `1.000.000`, `10.30`, `3rd`.
    Number,
    /// A single symbol that carries meaning for numbers: `%`, `$`, `€`, `£`.
    Symbol,
}

/// A token: its kind and its span in the text it was cut from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Token {
    /// What the token is.
    pub kind: TokenKind,
    /// Byte range in the tokenised text.
    pub span: Span,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        self.span.slice(source)
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‐')
}

/// Cuts `text` into word, number and symbol tokens; punctuation and white space are dropped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(offset, _)| offset);
    let mut tokens = Vec::with_capacity(chars.len() / 5);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i].1;
        if c.is_alphanumeric() {
            let start = i;
            let number = c.is_numeric();
            i += 1;
            while i < chars.len() {
                let c = chars[i].1;
                let next = chars.get(i + 1).map(|&(_, n)| n);
                if c.is_alphanumeric() {
                    i += 1;
                } else if (is_joiner(c) && next.is_some_and(char::is_alphanumeric) && !number)
                    || (matches!(c, '.' | ',')
                        && chars[i - 1].1.is_ascii_digit()
                        && next.is_some_and(|n| n.is_ascii_digit()))
                {
                    i += 2;
                } else {
                    break;
                }
            }
            let kind = if number {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                kind,
                span: Span::new(chars[start].0, end_of(i)),
            });
        } else {
            if matches!(c, '%' | '$' | '€' | '£' | '¥') {
                tokens.push(Token {
                    kind: TokenKind::Symbol,
                    span: Span::new(chars[i].0, end_of(i + 1)),
                });
            }
            i += 1;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, TokenKind)> {
        tokenize(text)
            .iter()
            .map(|t| (t.text(text), t.kind))
            .collect()
    }

    #[test]
    fn keeps_reduplication_possessives_and_numbers_whole() {
        use TokenKind::{Number, Symbol, Word};
        assert_eq!(
            words("Ukraine's 653 drones, poin-poin “solidaritas penuh”-nya 2,5% dan 1.000.000."),
            vec![
                ("Ukraine's", Word),
                ("653", Number),
                ("drones", Word),
                ("poin-poin", Word),
                ("solidaritas", Word),
                ("penuh", Word),
                ("nya", Word),
                ("2,5", Number),
                ("%", Symbol),
                ("dan", Word),
                ("1.000.000", Number),
            ]
        );
    }

    #[test]
    fn spans_slice_the_original() {
        let text = "Kyiv\u{a0}— 10.30 WIB";
        for token in tokenize(text) {
            assert!(!token.text(text).is_empty());
        }
        assert_eq!(tokenize(text).len(), 3);
    }
}
