//! Numbers as anchors: digits in each locale's conventions, number words and ordinals.

use selaras_text::{Lang, Token, TokenKind};
use serde::Serialize;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::fold;

/// A number found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NumberMention {
    /// The value (`2,5 juta` gives 2500000).
    pub value: f64,
    /// True for ordinals (`ketiga`, `third`, `3rd`, `ke-3`).
    pub ordinal: bool,
    /// Index of the first token of the mention.
    pub first_token: usize,
    /// Index of the last token of the mention.
    pub last_token: usize,
    /// The value under the other locale's convention, when the digits are ambiguous
    /// (`15.000` in English text: 15 by English rules, 15000 by Indonesian ones).
    pub alternative: Option<f64>,
}

impl NumberMention {
    /// Whether two mentions denote the same number (relative tolerance 1e-9).
    pub fn same_value(&self, other: &NumberMention) -> bool {
        let equal = |a: f64, b: f64| (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0);
        let mine = std::iter::once(self.value).chain(self.alternative);
        mine.into_iter().any(|a| {
            std::iter::once(other.value)
                .chain(other.alternative)
                .any(|b| equal(a, b))
        })
    }
}

/// Parses a digit token in the conventions of `lang`.
///
/// Indonesian (and the generic rules) read `.` as the thousands separator when it is followed by
/// groups of exactly three digits, and `,` as the decimal mark (`1.000` = 1000, `2,5` = 2.5);
/// English reads `,` as the thousands separator before three-digit groups and `.` as the decimal
/// mark (`1,000` = 1000, `2.5` = 2.5). A separator that cannot be a thousands separator is read
/// as a decimal mark in either language (`3.5` in Indonesian, `2,5` in English), and a trailing
/// ordinal suffix is dropped (`3rd`, `21st`).
pub fn parse_number(text: &str, lang: &Lang) -> Option<f64> {
    let digits_end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    let (number, suffix) = text.split_at(digits_end);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if !suffix.is_empty()
        && !matches!(
            suffix.to_ascii_lowercase().as_str(),
            "st" | "nd" | "rd" | "th"
        )
    {
        return None;
    }
    let (thousands, decimal) = match lang {
        Lang::En => (',', '.'),
        _ => ('.', ','),
    };
    let normalized = if is_grouped(number, thousands) {
        number.replace(thousands, "").replace(decimal, ".")
    } else if is_grouped(number, decimal)
        && !number.contains(thousands)
        && number.matches(decimal).count() > 1
    {
        number.replace(decimal, "")
    } else {
        let marks = number.matches(['.', ',']).count();
        if marks > 1 {
            return None;
        }
        number.replace(',', ".")
    };
    normalized.parse::<f64>().ok()
}

/// True when `sep` separates three-digit groups after the first group (`1.000.000`, `12.500,75`).
fn is_grouped(number: &str, sep: char) -> bool {
    let integer = number
        .split(
            ['.', ',']
                .iter()
                .copied()
                .find(|&c| c != sep)
                .unwrap_or(sep),
        )
        .next()
        .unwrap_or(number);
    let mut groups = integer.split(sep);
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    !rest.is_empty()
        && (1..=3).contains(&first.len())
        && rest
            .iter()
            .all(|g| g.len() == 3 && g.bytes().all(|b| b.is_ascii_digit()))
        && number[integer.len()..].matches(sep).count() == 0
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum NumberWord {
    Unit(f64),
    /// `puluh`, `belas`, `ratus`: multiply or add within a group.
    Tens,
    Teens,
    Hundred,
    /// `ribu`, `juta`, `thousand`, `million`.
    Scale(f64),
    Ordinal(f64),
}

/// One language's number words (`data/number-words-*.tsv`).
#[derive(Default)]
struct NumberWords {
    values: HashMap<&'static str, NumberWord>,
    /// Words inside a spelled-out number that add nothing (`and`, `dan`).
    joiners: HashSet<&'static str>,
    /// The decimal point written out (`point`, `koma`).
    decimals: HashSet<&'static str>,
    /// Words joining the two ends of a range (`4 to 5 trillion`, `4 hingga 5 triliun`).
    range: HashSet<&'static str>,
}

/// A malformed line of a number-word file (embedded: the tests parse every file).
#[derive(Debug, PartialEq)]
struct BadLine(usize);

impl NumberWords {
    fn parse(text: &'static str) -> Result<Self, BadLine> {
        let mut out = NumberWords::default();
        for (index, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or_default();
            if line.trim().is_empty() {
                continue;
            }
            let bad = || BadLine(index + 1);
            let mut fields = line.split('\t').map(str::trim);
            let word = fields.next().filter(|w| !w.is_empty()).ok_or_else(bad)?;
            let kind = fields.next().ok_or_else(bad)?;
            let value = fields
                .next()
                .map(str::parse::<f64>)
                .transpose()
                .map_err(|_| bad())?;
            let entry = match (kind, value) {
                ("unit", Some(v)) => NumberWord::Unit(v),
                ("tens", None) => NumberWord::Tens,
                ("teens", None) => NumberWord::Teens,
                ("hundred", None) => NumberWord::Hundred,
                ("scale", Some(v)) => NumberWord::Scale(v),
                ("ordinal", Some(v)) => NumberWord::Ordinal(v),
                ("joiner", None) => {
                    out.joiners.insert(word);
                    continue;
                }
                ("decimal", None) => {
                    out.decimals.insert(word);
                    continue;
                }
                ("range", None) => {
                    out.range.insert(word);
                    continue;
                }
                _ => return Err(bad()),
            };
            if fields.next().is_some() || out.values.insert(word, entry).is_some() {
                return Err(bad());
            }
        }
        Ok(out)
    }

    fn of(lang: &Lang) -> &'static NumberWords {
        static ID: OnceLock<NumberWords> = OnceLock::new();
        static EN: OnceLock<NumberWords> = OnceLock::new();
        static NONE: OnceLock<NumberWords> = OnceLock::new();
        let load = |text: &'static str| {
            // The files are compiled in and parsed by a test, so this cannot fail at run time.
            NumberWords::parse(text).unwrap_or_default()
        };
        match lang {
            Lang::Id => ID.get_or_init(|| load(include_str!("../data/number-words-id.tsv"))),
            Lang::En => EN.get_or_init(|| load(include_str!("../data/number-words-en.tsv"))),
            _ => NONE.get_or_init(NumberWords::default),
        }
    }
}

fn number_word(word: &str, lang: &Lang) -> Option<NumberWord> {
    use NumberWord::*;
    let words = NumberWords::of(lang);
    let id = |w: &str| words.values.get(w).copied();
    match lang {
        Lang::Id => id(word).or_else(|| {
            // `keempatnya` ("the four of them") is a cardinal; `keduanya` is "both", no number.
            if let Some(rest) = word.strip_prefix("ke").and_then(|w| w.strip_suffix("nya")) {
                return match id(rest)? {
                    Unit(n) if n >= 3.0 => Some(Unit(n)),
                    _ => None,
                };
            }
            // Ordinals `ketiga`, `keempat`, `ke-3`.
            let rest = word.strip_prefix("ke")?;
            let rest = rest.strip_prefix('-').unwrap_or(rest);
            if let Ok(n) = rest.parse::<f64>() {
                return Some(Ordinal(n));
            }
            match id(rest)? {
                Unit(n) if n >= 2.0 => Some(Ordinal(n)),
                _ => None,
            }
        }),
        Lang::En => id(word),
        _ => None,
    }
}

/// The numbers of a tokenised sentence: digit tokens (with a following scale word: `2,5 juta`,
/// `1.5 million`) and runs of number words (`dua puluh lima`, `twenty-five`, `ketiga`).
pub fn find_numbers(text: &str, tokens: &[Token], lang: &Lang) -> Vec<NumberMention> {
    let mut out = Vec::new();
    let words: Vec<String> = tokens.iter().map(|t| fold(t.text(text))).collect();
    // The scale word each mention was multiplied by (1 without one).
    let mut scales: Vec<f64> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(mut mention) = clock_time(text, tokens, i) {
            i = mention.last_token + 1;
            if *lang == Lang::En {
                mention.alternative = twelve_hour(mention.value, &words, i, true);
            }
            out.push(mention);
            scales.push(1.0);
            continue;
        }
        if tokens[i].kind == TokenKind::Number {
            let text_i = tokens[i].text(text);
            if let Some(mut value) = parse_number(text_i, lang) {
                let other_locale = if *lang == Lang::En {
                    Lang::Id
                } else {
                    Lang::En
                };
                let mut alternative = parse_number(text_i, &other_locale).filter(|v| *v != value);
                let ordinal = text_i.ends_with(|c: char| c.is_alphabetic());
                let mut last = i;
                let mut scaled = 1.0;
                while let Some(NumberWord::Scale(scale)) =
                    words.get(last + 1).and_then(|w| number_word(w, lang))
                {
                    value *= scale;
                    scaled *= scale;
                    alternative = alternative.map(|v| v * scale);
                    last += 1;
                }
                if *lang == Lang::En && scaled == 1.0 && alternative.is_none() {
                    // `7 p.m.` is `19.00` in Indonesian.
                    alternative = twelve_hour(value, &words, last + 1, false);
                }
                scales.push(scaled);
                out.push(NumberMention {
                    value,
                    ordinal,
                    first_token: i,
                    last_token: last,
                    alternative,
                });
                i = last + 1;
                continue;
            }
        } else if tokens[i].kind == TokenKind::Word
            && let Some(mention) = word_number(&words, i, lang)
        {
            i = mention.last_token + 1;
            out.push(mention);
            scales.push(1.0);
            continue;
        }
        i += 1;
    }
    share_range_scale(&mut out, &scales, &words, lang);
    out
}

/// In a range whose scale word comes once (`Rp 4 to 5 trillion`), the first number may carry the
/// scale too: it gets the scaled value as its alternative.
fn share_range_scale(out: &mut [NumberMention], scales: &[f64], words: &[String], lang: &Lang) {
    let range = &NumberWords::of(lang).range;
    for k in 1..out.len().min(scales.len()) {
        let (a, b) = (out[k - 1], out[k]);
        let scale = scales[k];
        if scale == 1.0 || scales[k - 1] != 1.0 || a.alternative.is_some() || a.ordinal {
            continue;
        }
        let between = &words[a.last_token + 1..b.first_token];
        let joined = !between.is_empty()
            && between.len() <= 2
            && between
                .iter()
                .all(|w| range.contains(w.as_str()) || w == "rp" || w == "us");
        if joined {
            out[k - 1].alternative = Some(a.value * scale);
        }
    }
}

/// The 24-hour value of a 12-hour time (`1:40 p.m.` is `13.40`, `12:10 a.m.` is `00.10`) when
/// the words from `next` say p.m. or a.m., or when a `clock` time (`1:40`) of 12 or less says
/// neither (the Indonesian translation writes the 24-hour time the English leaves implicit).
fn twelve_hour(value: f64, words: &[String], next: usize, clock: bool) -> Option<f64> {
    let word = |k: usize| words.get(k).map(String::as_str);
    let pm = matches!(word(next), Some("pm"))
        || (word(next) == Some("p") && word(next + 1) == Some("m"));
    let am = matches!(word(next), Some("am"))
        || (word(next) == Some("a") && word(next + 1) == Some("m"));
    if !(1.0..13.0).contains(&value) {
        return None;
    }
    if pm && value < 12.0 {
        return Some(value + 12.0);
    }
    if value >= 12.0 && (am || (clock && !pm)) {
        return Some(value - 12.0);
    }
    if clock && !am && !pm {
        return Some(value + 12.0);
    }
    None
}

/// A clock time written with a colon (`17:48`, in either language) as one mention whose value is
/// the one `17.48` (the Indonesian way of writing it) has: hours + minutes / 100.
fn clock_time(text: &str, tokens: &[Token], i: usize) -> Option<NumberMention> {
    // The tokenizer keeps no punctuation: the colon is the text between the two numbers.
    let (hours, minutes) = (tokens.get(i)?, tokens.get(i + 1)?);
    let (h, m) = (hours.text(text), minutes.text(text));
    if hours.kind != TokenKind::Number
        || minutes.kind != TokenKind::Number
        || text.get(hours.span.end..minutes.span.start) != Some(":")
        || m.len() != 2
        || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let (h, m): (f64, f64) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24.0 && m < 60.0).then_some(NumberMention {
        value: h + m / 100.0,
        ordinal: false,
        first_token: i,
        last_token: i + 1,
        alternative: None,
    })
}

/// A run of number words starting at token `start`.
fn word_number(words: &[String], start: usize, lang: &Lang) -> Option<NumberMention> {
    let (mut total, mut group, mut small) = (0.0, 0.0, 0.0);
    let mut seen = false;
    // After `point`: the place of the next decimal digit.
    let mut decimal: Option<f64> = None;
    let mut last = start;
    let mut i = start;
    'words: while i < words.len() {
        let word = words[i].as_str();
        let parts: Vec<&str> = if number_word(word, lang).is_some() {
            vec![word]
        } else {
            // `three-hundred-and-forty-thousand`, `two-point-three`: every part a number word.
            let parts: Vec<&str> = word.split('-').collect();
            let words_of = NumberWords::of(lang);
            let fits = |p: &&str| {
                number_word(p, lang).is_some()
                    || words_of.joiners.contains(p)
                    || words_of.decimals.contains(p)
            };
            if parts.len() < 2 || !parts.iter().all(fits) {
                break 'words;
            }
            parts
        };
        for part in parts {
            if seen && NumberWords::of(lang).joiners.contains(part) {
                continue;
            }
            if seen && NumberWords::of(lang).decimals.contains(part) {
                decimal = Some(0.1);
                continue;
            }
            if let Some(place) = decimal {
                match number_word(part, lang) {
                    Some(NumberWord::Unit(n)) if n < 10.0 => {
                        small += n * place;
                        decimal = Some(place / 10.0);
                        continue;
                    }
                    Some(NumberWord::Scale(_)) => decimal = None,
                    _ => break 'words,
                }
            }
            match number_word(part, lang) {
                Some(NumberWord::Unit(n)) if n >= 1000.0 => total += n,
                Some(NumberWord::Unit(n)) if n >= 100.0 => group += n,
                Some(NumberWord::Unit(n)) => small += n,
                Some(NumberWord::Tens) if seen => small *= 10.0,
                Some(NumberWord::Teens) if seen => small += 10.0,
                Some(NumberWord::Hundred) => {
                    group += f64::max(small, 1.0) * 100.0;
                    small = 0.0;
                }
                Some(NumberWord::Scale(scale)) if seen => {
                    total += f64::max(group + small, 1.0) * scale;
                    group = 0.0;
                    small = 0.0;
                }
                Some(NumberWord::Ordinal(n)) if !seen => {
                    return Some(NumberMention {
                        value: n,
                        ordinal: true,
                        first_token: start,
                        last_token: i,
                        alternative: None,
                    });
                }
                _ => break 'words,
            }
            seen = true;
        }
        last = i;
        i += 1;
        // English "one hundred and five".
        let after_scale = matches!(
            number_word(&words[last], lang),
            Some(NumberWord::Hundred | NumberWord::Scale(_))
        );
        let unit_follows = words
            .get(i + 1)
            .is_some_and(|w| matches!(number_word(w, lang), Some(NumberWord::Unit(_))));
        if *lang == Lang::En
            && after_scale
            && unit_follows
            && words.get(i).is_some_and(|w| w == "and")
        {
            i += 1;
        }
    }
    seen.then_some(NumberMention {
        value: total + group + small,
        ordinal: false,
        first_token: start,
        last_token: last,
        alternative: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_word_files_parse_strictly() {
        for text in [
            include_str!("../data/number-words-id.tsv"),
            include_str!("../data/number-words-en.tsv"),
        ] {
            let words = NumberWords::parse(text).expect("every line well-formed");
            assert!(words.values.len() > 20 && !words.range.is_empty());
            assert_eq!(words.joiners.len(), 1);
            assert_eq!(words.decimals.len(), 1);
        }
        assert_eq!(
            NumberWords::of(&Lang::Id).values.get("miliar"),
            Some(&NumberWord::Scale(1e9))
        );
        assert_eq!(
            NumberWords::of(&Lang::En).values.get("ninety"),
            Some(&NumberWord::Unit(90.0))
        );
    }

    #[test]
    fn malformed_lines_are_rejected_with_their_number() {
        let cases = [
            ("satu\tunit\n", 1),               // a unit needs a value
            ("# c\nsatu\tunit\tx\n", 2),       // not a number
            ("puluh\ttens\t10\n", 1),          // no value for tens
            ("dua\tunit\t2\ndua\tunit\t3", 2), // one value per word
            ("dua\tpair\t2\n", 1),             // unknown kind
            ("\tunit\t2\n", 1),                // no word
        ];
        for (text, line) in cases {
            assert_eq!(
                NumberWords::parse(text).err(),
                Some(BadLine(line)),
                "{text:?}"
            );
        }
    }
}
