//! The boundary decision: where a paragraph splits into sentences.

use super::Sentence;
use super::paragraph::{is_hard_wrapped, paragraphs};
use super::rules::{AbbrevKind, Rules};
use crate::{Span, is_space};

/// Characters that can end a sentence.
pub(super) fn is_terminal(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉' | '。' | '！' | '？' | '｡'
    )
}

/// Closing quotes and brackets that stay with the sentence they close.
fn is_closer(c: char) -> bool {
    matches!(
        c,
        '”' | '"' | '’' | '\'' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '“' | '‘'
    )
}

/// Opening quotes, brackets and list bullets that may stand before a sentence's first word.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '"'
            | '‘'
            | '\''
            | '«'
            | '‹'
            | '„'
            | '‚'
            | '('
            | '['
            | '{'
            | '「'
            | '『'
            | '¿'
            | '¡'
    )
}

/// Characters at a line end that show the sentence goes on in the next line.
fn continues_line(c: char) -> bool {
    matches!(
        c,
        ',' | '-' | '‐' | '/' | '&' | '(' | '[' | '“' | '‘' | '«' | '„'
    )
}

/// Splits `text` into sentences with the given rules.
pub(super) fn segment(rules: &Rules, text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut chars: Vec<(usize, char)> = Vec::new();
    for (index, range) in paragraphs(text).enumerate() {
        let paragraph = u32::try_from(index).unwrap_or(u32::MAX);
        let body = &text[range.clone()];
        chars.clear();
        chars.extend(body.char_indices().map(|(i, c)| (range.start + i, c)));
        let scan = Scan {
            rules,
            chars: &chars,
        };
        let hard_wrapped = is_hard_wrapped(body);
        let mut push = |from: usize, to: usize| {
            if let Some(span) = scan.trimmed_span(from, to) {
                sentences.push(Sentence { span, paragraph });
            }
        };
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i].1;
            if c == '\n' {
                if !hard_wrapped && scan.line_break_ends_sentence(i) {
                    push(start, i);
                    start = i + 1;
                }
                i += 1;
            } else if is_terminal(c) {
                let end = scan.run_end(i);
                if scan.ends_sentence(start, i, end) {
                    push(start, end + 1);
                    start = end + 1;
                }
                i = end + 1;
            } else {
                i += 1;
            }
        }
        push(start, chars.len());
    }
    sentences
}

/// One paragraph's characters with their byte offsets, and the rules to apply.
struct Scan<'a> {
    rules: &'a Rules,
    chars: &'a [(usize, char)],
}

impl Scan<'_> {
    fn char_at(&self, i: usize) -> char {
        self.chars[i].1
    }

    /// The span of characters `from..to` without surrounding white space, if any is left.
    fn trimmed_span(&self, mut from: usize, mut to: usize) -> Option<Span> {
        while from < to && is_space(self.char_at(from)) {
            from += 1;
        }
        while to > from && is_space(self.char_at(to - 1)) {
            to -= 1;
        }
        (from < to).then(|| {
            let (last, c) = self.chars[to - 1];
            Span::new(self.chars[from].0, last + c.len_utf8())
        })
    }

    /// Index of the last character of the terminal run starting at `i`, closers included
    /// (`?!`, `...`, `.”`, `?”)`).
    fn run_end(&self, i: usize) -> usize {
        let mut end = i;
        while end + 1 < self.chars.len() {
            let next = self.char_at(end + 1);
            if is_terminal(next) || is_closer(next) {
                end += 1;
            } else {
                break;
            }
        }
        end
    }

    /// Start index of the word that ends just before index `end` (exclusive).
    fn word_start(&self, end: usize) -> usize {
        let mut start = end;
        while start > 0 && !is_space(self.char_at(start - 1)) {
            start -= 1;
        }
        start
    }

    /// End index (exclusive) of the word that starts at `start`.
    fn word_end(&self, start: usize) -> usize {
        let mut end = start;
        while end < self.chars.len() && !is_space(self.char_at(end)) {
            end += 1;
        }
        end
    }

    /// The word from `start` to `end`, without the opening quotes and brackets before it.
    fn word(&self, mut start: usize, end: usize) -> String {
        while start < end && is_opener(self.char_at(start)) {
            start += 1;
        }
        self.chars[start..end].iter().map(|&(_, c)| c).collect()
    }

    /// Decides whether the line break at index `i` ends a sentence: a line that ends without
    /// final punctuation (a headline, a list item) is a sentence of its own, unless the next line
    /// starts in lower case or the line ends with a character that asks for more.
    fn line_break_ends_sentence(&self, i: usize) -> bool {
        let mut last = i;
        while last > 0 && is_space(self.char_at(last - 1)) && self.char_at(last - 1) != '\n' {
            last -= 1;
        }
        if last == 0 || self.char_at(last - 1) == '\n' {
            return false;
        }
        let before = self.char_at(last - 1);
        if is_terminal(before) || is_closer(before) || continues_line(before) {
            // After final punctuation the punctuation rule has already decided.
            return false;
        }
        let next = (i + 1..self.chars.len()).find(|&k| !is_space(self.char_at(k)));
        next.is_some_and(|k| self.starts_list_item(k) || !self.first_letter_is_lowercase(k))
    }

    /// True when the word at `k` is a list marker (`1.`, `a)`, `iv.`) or a bullet (`-`, `•`).
    fn starts_list_item(&self, k: usize) -> bool {
        let word = self.word(k, self.word_end(k));
        if matches!(word.as_str(), "-" | "–" | "—" | "•" | "*" | "·" | "▪") {
            return true;
        }
        word.strip_suffix(['.', ')']).is_some_and(is_list_marker)
    }

    /// True when only white space stands between the start of the line and index `k`.
    fn at_line_start(&self, k: usize) -> bool {
        self.chars[..k]
            .iter()
            .rev()
            .take_while(|&&(_, c)| c != '\n')
            .all(|&(_, c)| is_space(c))
    }

    /// True when the first alphanumeric character of the word at `k` is a lower-case letter.
    fn first_letter_is_lowercase(&self, k: usize) -> bool {
        let end = self.word_end(k);
        self.chars[k..end]
            .iter()
            .map(|&(_, c)| c)
            .find(|c| c.is_alphanumeric())
            .is_some_and(char::is_lowercase)
    }

    /// Decides whether the terminal run `i..=end` ends the sentence that began at `start`.
    fn ends_sentence(&self, start: usize, i: usize, end: usize) -> bool {
        let len = self.chars.len();
        if end + 1 >= len {
            return true;
        }
        if !is_space(self.char_at(end + 1)) {
            // `3.5`, `U.S`, `kompas.id`, `G.O.Dyhrenfurth`, `?q=1`: not a sentence end.
            return false;
        }
        let mut next = end + 1;
        let mut newline = false;
        while next < len && is_space(self.char_at(next)) {
            newline |= self.char_at(next) == '\n';
            next += 1;
        }
        if next >= len {
            return true;
        }
        if newline && self.starts_list_item(next) {
            return true;
        }
        if self.first_letter_is_lowercase(next) {
            return false;
        }
        let run = &self.chars[i..=end];
        let periods = run.iter().filter(|&&(_, c)| c == '.').count();
        if run.iter().any(|&(_, c)| is_terminal(c) && c != '.') || periods > 1 {
            // `?`, `!`, an ellipsis, CJK full stops: the end, since the next word is not in lower case.
            return true;
        }
        self.period_ends_sentence(start, i, next, newline)
    }

    /// The single-period case: abbreviations, initials, list markers.
    fn period_ends_sentence(
        &self,
        start: usize,
        period: usize,
        next: usize,
        newline: bool,
    ) -> bool {
        let word_start = self.word_start(period);
        let word = self.word(word_start, period);
        if word.is_empty() {
            return true;
        }
        let first_token = self.chars[start..word_start]
            .iter()
            .all(|&(_, c)| is_space(c))
            || self.at_line_start(word_start);
        if first_token && is_list_marker(&word) {
            return false;
        }
        let next_raw = self.word(next, self.word_end(next));
        let next_word = next_raw.trim_end_matches(|c: char| !c.is_alphanumeric());
        let opener_follows = newline || self.rules.is_opener(next_word);
        match self.rules.abbreviation(&word) {
            Some(AbbrevKind::Title) => false,
            Some(AbbrevKind::BeforeNumber) => !next_word.starts_with(|c: char| c.is_ascii_digit()),
            Some(AbbrevKind::Ambiguous) => opener_follows,
            Some(AbbrevKind::Final) => true,
            None if is_initial(&word) => {
                self.initial_ends_sentence(word_start, &next_raw, opener_follows)
            }
            None if is_dotted_abbreviation(&word) => opener_follows,
            None => true,
        }
    }

    /// A lone capital letter before a period is an initial (`J. K. Rowling`, `George W. Bush`)
    /// unless the context says the sentence ends (`... ujar Zelensky di X. Ia ...`).
    fn initial_ends_sentence(
        &self,
        word_start: usize,
        next_word: &str,
        opener_follows: bool,
    ) -> bool {
        if next_word.len() >= 2
            && next_word.ends_with('.')
            && is_initial(&next_word[..next_word.len() - 1])
        {
            return false;
        }
        let previous = (word_start > 0).then(|| {
            let mut end = word_start;
            while end > 0 && is_space(self.char_at(end - 1)) {
                end -= 1;
            }
            self.word(self.word_start(end), end)
        });
        let previous = previous.unwrap_or_default();
        if previous.ends_with('.') && is_initial(&previous[..previous.len() - 1]) {
            return false;
        }
        if opener_follows {
            return true;
        }
        let previous_is_name = previous.is_empty()
            || previous
                .chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase);
        !previous_is_name
    }
}

/// A single upper-case letter: `J`, `W`, `X`.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// A list marker before a period: `1`, `12`, `2.3`, `a`, `iv`, `IV`.
fn is_list_marker(word: &str) -> bool {
    let digits = !word.is_empty()
        && word.len() <= 6
        && word.starts_with(|c: char| c.is_ascii_digit())
        && word.chars().all(|c| c.is_ascii_digit() || c == '.');
    let letter = word.len() == 1 && word.chars().all(|c| c.is_ascii_lowercase());
    let roman = (1..=4).contains(&word.len())
        && (word.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
            || word.chars().all(|c| matches!(c, 'I' | 'V' | 'X')));
    digits || letter || roman
}

/// A dotted abbreviation not in the lists: short alphabetic parts joined by periods, the first at
/// most two letters (`S.Kom`, `Ph.D`, `U.S.A`), which a web address (`kompas.id`) is not.
fn is_dotted_abbreviation(word: &str) -> bool {
    let mut parts = word.split('.');
    let first_ok = parts
        .next()
        .is_some_and(|p| (1..=2).contains(&p.chars().count()));
    first_ok
        && word.contains('.')
        && word
            .split('.')
            .all(|p| (1..=4).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic))
}
