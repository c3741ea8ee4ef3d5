use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use crate::TextError;

/// A document language.
///
/// Indonesian and English have their own segmentation rules; any other language is carried by its
/// ISO 639 code and segmented with the generic rules.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// Indonesian (`id`).
    Id,
    /// English (`en`).
    En,
    /// Any other language, by its lower-case ISO 639-1 or 639-3 code (`de`, `fr`, `und`).
    Other(Box<str>),
}

impl Lang {
    /// The code used on the command line and in file names (`id`, `en`, `de`).
    pub fn code(&self) -> &str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
            Lang::Other(code) => code,
        }
    }

    /// The undetermined language (`und`), for text whose language is not recognised.
    pub fn undetermined() -> Self {
        Lang::Other("und".into())
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = TextError;

    /// Parses `id`/`ind`/`indonesian`, `en`/`eng`/`english` (any case), or another 2-3 letter
    /// ISO 639 code, optionally with a region (`pt-BR` gives `pt`).
    fn from_str(tag: &str) -> Result<Self, Self::Err> {
        let lower = tag.trim().to_ascii_lowercase();
        let primary = lower.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "id" | "ind" | "in" | "indonesian" => Ok(Lang::Id),
            "en" | "eng" | "english" => Ok(Lang::En),
            code if (2..=3).contains(&code.len())
                && code.bytes().all(|b| b.is_ascii_lowercase()) =>
            {
                Ok(Lang::Other(two_letter(code).into()))
            }
            _ => Err(TextError::UnknownLang {
                tag: tag.to_string(),
            }),
        }
    }
}

/// The ISO 639-1 code of common languages given by a three-letter code (`deu` → `de`), so that
/// `freedict-deu-fra` and `--src-lang de` name the same language.
fn two_letter(code: &str) -> &str {
    const CODES: &[(&str, &str)] = &[
        ("deu", "de"),
        ("ger", "de"),
        ("fra", "fr"),
        ("fre", "fr"),
        ("spa", "es"),
        ("ita", "it"),
        ("por", "pt"),
        ("nld", "nl"),
        ("dut", "nl"),
        ("rus", "ru"),
        ("jpn", "ja"),
        ("zho", "zh"),
        ("chi", "zh"),
        ("ara", "ar"),
        ("msa", "ms"),
        ("may", "ms"),
        ("zsm", "ms"),
        ("jav", "jv"),
        ("sun", "su"),
        ("pol", "pl"),
        ("swe", "sv"),
        ("fin", "fi"),
        ("ell", "el"),
        ("gre", "el"),
        ("tur", "tr"),
        ("kor", "ko"),
        ("vie", "vi"),
        ("tha", "th"),
        ("hin", "hi"),
        ("ukr", "uk"),
    ];
    CODES
        .iter()
        .find(|(long, _)| *long == code)
        .map_or(code, |(_, short)| short)
}

/// Picks Indonesian or English from the text itself.
///
/// The heuristic counts frequent function words of each language among the first 2,000 words
/// (case-insensitive). A language wins with at least 3 hits that make up at least 8% of the
/// words and at least twice the other language's hits; otherwise the text is
/// [`Lang::undetermined`], which segments with the generic rules.
pub fn detect_lang(text: &str) -> Lang {
    LangVotes::of(text).decide()
}

/// Function-word counts behind [`detect_lang`], kept per sentence so that the language of any
/// run of sentences is their sum, without reading the text again.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LangVotes {
    /// Indonesian function words.
    pub id: usize,
    /// English function words.
    pub en: usize,
    /// Words counted.
    pub words: usize,
}

impl LangVotes {
    /// The counts of `text` (its first 2,000 words).
    pub fn of(text: &str) -> Self {
        let (id, en, words) = marker_hits(text);
        Self { id, en, words }
    }

    /// The language the counts make out, as [`detect_lang`] decides.
    pub fn decide(&self) -> Lang {
        decide((self.id, self.en, self.words))
    }
}

impl std::ops::Add for LangVotes {
    type Output = Self;

    /// The counts of two texts together.
    fn add(self, other: Self) -> Self {
        Self {
            id: self.id + other.id,
            en: self.en + other.en,
            words: self.words + other.words,
        }
    }
}

/// The language that function-word hits (Indonesian, English, words counted) make out.
fn decide((id, en, total): (usize, usize, usize)) -> Lang {
    // Function words make up well over a tenth of running text in either language; a few
    // chance hits in another language (German `was`, `an`) stay far below that.
    let dense = |hits: usize| hits >= 3 && hits * 100 >= total * 8;
    if dense(id) && id >= 2 * en {
        Lang::Id
    } else if dense(en) && en >= 2 * id {
        Lang::En
    } else {
        Lang::undetermined()
    }
}

/// The language of `text` when the other document of a translation pair is in `other`: as
/// [`detect_lang`], but when that leaves `text` undetermined and `other` is Indonesian or English,
/// one function word of the counterpart language and none of `other`'s decide. A single
/// sentence (`Hotelnya bersih dan stafnya ramah.`) has too few function words for
/// [`detect_lang`] alone.
pub fn detect_lang_paired(text: &str, other: &Lang) -> Lang {
    let hits = marker_hits(text);
    let detected = decide(hits);
    let (id, en, _) = hits;
    match other {
        _ if detected != Lang::undetermined() => detected,
        Lang::En if id >= 1 && en == 0 => Lang::Id,
        Lang::Id if en >= 1 && id == 0 => Lang::En,
        _ => detected,
    }
}

fn markers() -> &'static (HashSet<&'static str>, HashSet<&'static str>) {
    static SETS: OnceLock<(HashSet<&'static str>, HashSet<&'static str>)> = OnceLock::new();
    SETS.get_or_init(|| {
        let parse = |text: &'static str| -> HashSet<&'static str> {
            text.lines()
                .map(|line| line.split('#').next().unwrap_or_default().trim())
                .filter(|line| !line.is_empty())
                .collect()
        };
        (
            parse(include_str!("../data/lang-markers-id.txt")),
            parse(include_str!("../data/lang-markers-en.txt")),
        )
    })
}

/// Indonesian and English function words among the first 2,000 words, and the words counted.
fn marker_hits(text: &str) -> (usize, usize, usize) {
    let (id_markers, en_markers) = markers();
    let (mut id, mut en, mut total) = (0usize, 0usize, 0usize);
    let words = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2000);
    let mut buffer = [0u8; 8];
    for word in words {
        total += 1;
        if word.len() > 8 {
            continue;
        }
        // Markers are ASCII: an ASCII word is lower-cased on the stack, any other lower-cased
        // as Unicode (and then matches no marker unless it lower-cases to ASCII).
        let lower_owned;
        let lower: &str = if word.is_ascii() {
            let bytes = &mut buffer[..word.len()];
            bytes.copy_from_slice(word.as_bytes());
            bytes.make_ascii_lowercase();
            std::str::from_utf8(bytes).unwrap_or_default()
        } else {
            lower_owned = word.to_lowercase();
            &lower_owned
        };
        if id_markers.contains(lower) {
            id += 1;
        } else if en_markers.contains(lower) {
            en += 1;
        }
    }
    (id, en, total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tags() {
        let cases = [
            ("id", Lang::Id),
            ("ID", Lang::Id),
            ("ind", Lang::Id),
            ("en", Lang::En),
            ("en-GB", Lang::En),
            ("English", Lang::En),
            ("de", Lang::Other("de".into())),
            ("fra", Lang::Other("fr".into())),
            ("deu", Lang::Other("de".into())),
            ("xyz", Lang::Other("xyz".into())),
        ];
        for (tag, want) in cases {
            assert_eq!(tag.parse::<Lang>().ok(), Some(want), "tag {tag}");
        }
    }

    #[test]
    fn rejects_malformed_tags() {
        for tag in ["", "x", "indonesia!", "12", "deutsch"] {
            assert!(
                tag.parse::<Lang>().is_err(),
                "tag {tag:?} should be rejected"
            );
        }
    }

    #[test]
    fn detects_indonesian_and_english_news() {
        let id = "Moskow tampaknya belum memberikan konsesi apa pun dan terus melancarkan \
                  pemboman besar-besaran terhadap Ukraina. Ia menegaskan tekadnya untuk terus \
                  bekerja sama dengan Amerika Serikat.";
        let en = "Moscow appears to have offered no concessions so far and has kept up its heavy \
                  bombardment of Ukraine.";
        assert_eq!(detect_lang(id), Lang::Id);
        assert_eq!(detect_lang(en), Lang::En);
    }

    #[test]
    fn a_short_text_is_detected_against_its_pair() {
        let cases = [
            ("Hotelnya bersih dan stafnya ramah.", Lang::En, Lang::Id),
            ("The hotel was clean.", Lang::Id, Lang::En),
            // One word of each language, or none: the pair does not decide.
            (
                "Hotelnya bersih and ramah dan.",
                Lang::En,
                Lang::undetermined(),
            ),
            ("Das Hotel war sauber.", Lang::En, Lang::undetermined()),
            // The other side undetermined: no hint.
            (
                "Hotelnya bersih dan stafnya ramah.",
                Lang::undetermined(),
                Lang::undetermined(),
            ),
            // A text detected on its own keeps its language.
            (
                "Saya tidak tahu apa yang dia katakan dan itu bukan urusan saya.",
                Lang::Id,
                Lang::Id,
            ),
        ];
        for (text, other, want) in cases {
            assert_eq!(
                detect_lang_paired(text, &other),
                want,
                "{text} against {other}"
            );
        }
    }

    #[test]
    fn unknown_or_empty_text_is_undetermined() {
        assert_eq!(detect_lang(""), Lang::undetermined());
        assert_eq!(
            detect_lang(
                "In letzter Zeit sind die Höhenzahlen der grossen Himalaya-Berge in Fluss gekommen"
            ),
            Lang::undetermined()
        );
    }
}
