//! The faithfulness challenge set: real translation pairs with one injected error each, plus the
//! same pairs clean, to measure each check's recall and the false-alarm rate.

use rayon::prelude::*;
use selaras_lexicon::{Similarity, fold};
use selaras_text::{Lang, TokenKind, detect_lang, tokenize};
use serde::{Deserialize, Serialize};

use crate::check::{Strength, negators};
use crate::{FlagKind, Scorer, Severity};

/// What was injected into a challenge item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Injection {
    /// Nothing: the pair as translated.
    Clean,
    /// A number changed (digits swapped, or a different value).
    NumberChanged,
    /// A name replaced by another.
    NameSwapped,
    /// Negation added or removed.
    NegationFlipped,
    /// The last part of the translation dropped.
    PartDropped,
    /// A clause from another text appended.
    ClauseAdded,
    /// The source copied in place of the translation.
    SourceCopied,
    /// A "read also" line inserted after the translation.
    BoilerplateInserted,
}

impl Injection {
    /// Every injection, clean first.
    pub const ALL: [Injection; 8] = [
        Injection::Clean,
        Injection::NumberChanged,
        Injection::NameSwapped,
        Injection::NegationFlipped,
        Injection::PartDropped,
        Injection::ClauseAdded,
        Injection::SourceCopied,
        Injection::BoilerplateInserted,
    ];

    /// The snake_case name.
    pub fn name(self) -> &'static str {
        match self {
            Injection::Clean => "clean",
            Injection::NumberChanged => "number_changed",
            Injection::NameSwapped => "name_swapped",
            Injection::NegationFlipped => "negation_flipped",
            Injection::PartDropped => "part_dropped",
            Injection::ClauseAdded => "clause_added",
            Injection::SourceCopied => "source_copied",
            Injection::BoilerplateInserted => "boilerplate_inserted",
        }
    }
}

/// One challenge item: a small document pair (English source, Indonesian translation).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChallengeItem {
    /// Where the pair comes from (`nusax-test:17`, `article:en12-id13`).
    pub origin: String,
    /// What was injected.
    pub injection: Injection,
    /// Source sentences.
    pub src: Vec<String>,
    /// Translation sentences.
    pub tgt: Vec<String>,
}

const NAMES: &[&str] = &[
    "Surabaya",
    "Bandung",
    "Medan",
    "Makassar",
    "Prabowo",
    "Anies",
    "Yogyakarta",
    "Semarang",
];
const HEADLINES: &[&str] = &[
    "Harga Cabai Naik Jelang Akhir Tahun",
    "Timnas Indonesia Menang 2-0 atas Vietnam",
    "Cuaca Ekstrem Diprediksi Melanda Jawa Barat",
    "Lima Tips Hemat Belanja di Akhir Bulan",
];
const NUMBER_WORDS: &[&str] = &[
    "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
];

fn words(text: &str) -> Vec<(usize, usize, String)> {
    tokenize(text)
        .iter()
        .filter(|t| t.kind != TokenKind::Symbol)
        .map(|t| (t.span.start, t.span.end, t.text(text).to_string()))
        .collect()
}

fn replace(text: &str, start: usize, end: usize, with: &str) -> String {
    format!("{}{with}{}", &text[..start], &text[end..])
}

/// A different value for a number token: two different adjacent digits swapped (`653` → `635`),
/// or the number plus one.
fn changed_number(number: &str) -> Option<String> {
    let digits: Vec<char> = number.chars().collect();
    for k in (1..digits.len()).rev() {
        if digits[k].is_ascii_digit()
            && digits[k - 1].is_ascii_digit()
            && digits[k] != digits[k - 1]
        {
            let mut swapped = digits.clone();
            swapped.swap(k, k - 1);
            if swapped[0] != '0' {
                return Some(swapped.into_iter().collect());
            }
        }
    }
    number.parse::<u64>().ok().map(|n| (n + 1).to_string())
}

fn number_changed(tgt: &str) -> Option<String> {
    let tokens = tokenize(tgt);
    if let Some(t) = tokens.iter().find(|t| t.kind == TokenKind::Number) {
        let changed = changed_number(t.text(tgt))?;
        return Some(replace(tgt, t.span.start, t.span.end, &changed));
    }
    let (start, end, word) = words(tgt)
        .into_iter()
        .find(|(_, _, w)| NUMBER_WORDS.contains(&fold(w).as_str()))?;
    let position = NUMBER_WORDS.iter().position(|n| *n == fold(&word))?;
    let other = NUMBER_WORDS[(position + 3) % NUMBER_WORDS.len()];
    Some(replace(tgt, start, end, other))
}

/// Capitalised words that stand inside a sentence (not after sentence-final punctuation).
fn inner_capitalised(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut previous_end = None;
    for (start, end, word) in words(text) {
        let inner = previous_end
            .is_some_and(|p: usize| !text[p..start].contains(['.', '!', '?', ':', '“', '"', '(']));
        previous_end = Some(end);
        if inner && word.chars().next().is_some_and(char::is_uppercase) && word.chars().count() >= 3
        {
            out.push((start, end, word));
        }
    }
    out
}

fn name_swapped(src: &str, tgt: &str) -> Option<String> {
    let src_names: Vec<String> = inner_capitalised(src)
        .into_iter()
        .map(|(_, _, w)| fold(&w))
        .collect();
    let (start, end, word) = inner_capitalised(tgt)
        .into_iter()
        .find(|(_, _, w)| src_names.contains(&fold(w)))?;
    let replacement = NAMES.iter().find(|n| fold(n) != fold(&word))?;
    Some(replace(tgt, start, end, replacement))
}

/// Reverses the polarity of a translation whose source and translation have at most one negating
/// word each (as the negation check counts them): removes the translation's negator (a plain one:
/// `tidak`, not `gagal`), or, when neither side negates, inserts `tidak` before its first
/// verb-like word.
fn negation_flipped(src: &str, tgt: &str) -> Option<String> {
    let src_negators = negators(src, &Lang::En).len();
    let tgt_negators = negators(tgt, &Lang::Id);
    if src_negators > 1 || tgt_negators.len() > 1 {
        return None;
    }
    let src_negated = src_negators == 1;
    let tgt_words = words(tgt);
    let negator = tgt_negators
        .first()
        .filter(|n| n.strength == Strength::Plain)
        .and_then(|n| tgt_words.iter().find(|(s, _, _)| *s == n.start));
    match (src_negated, negator) {
        (true, Some((start, end, _))) => {
            // Remove the negator and the space after it.
            let end = if tgt[*end..].starts_with(' ') {
                end + 1
            } else {
                *end
            };
            Some(replace(tgt, *start, end, ""))
        }
        (false, None) if tgt_negators.is_empty() => {
            let verb = tgt_words.iter().skip(1).find(|(_, _, w)| {
                let w = fold(w);
                ["me", "di", "ber", "ter"].iter().any(|p| w.starts_with(p)) && w.len() > 4
            });
            let (start, _, _) = verb.or_else(|| tgt_words.get(1))?;
            Some(replace(tgt, *start, *start, "tidak "))
        }
        _ => None,
    }
}

fn part_dropped(tgt: &str) -> Option<String> {
    let tokens = words(tgt);
    if tokens.len() < 10 {
        return None;
    }
    let keep = tokens.len() * 3 / 5;
    let cut = tokens[keep - 1].1;
    Some(format!("{}.", tgt[..cut].trim_end_matches([',', ' '])))
}

fn clause_added(tgt: &str, other: &str) -> Option<String> {
    let other_words: Vec<String> = words(other).into_iter().map(|(_, _, w)| w).collect();
    if other_words.len() < 6 {
        return None;
    }
    let clause = other_words[..other_words.len().min(9)]
        .join(" ")
        .to_lowercase();
    let body = tgt.trim_end().trim_end_matches(['.', '!', '?']);
    Some(format!("{body}, dan {clause}."))
}

/// Builds the challenge set from (English source, Indonesian translation) pairs: each pair
/// clean, then with each injection that applies to it. Pairs whose source reads as Indonesian are
/// left out: they are no translation pairs (NusaX has a few rows with an Indonesian placeholder in
/// the English column). Deterministic.
pub fn build_challenge(pairs: &[(String, String, String)]) -> Vec<ChallengeItem> {
    let mut items = Vec::new();
    for (k, (origin, src, tgt)) in pairs.iter().enumerate() {
        if detect_lang(src) == Lang::Id {
            continue;
        }
        let other = &pairs[(k + pairs.len() / 2) % pairs.len()].2;
        let headline = HEADLINES[k % HEADLINES.len()];
        let item = |injection: Injection, tgt: Vec<String>| ChallengeItem {
            origin: origin.clone(),
            injection,
            src: vec![src.clone()],
            tgt,
        };
        items.push(item(Injection::Clean, vec![tgt.clone()]));
        let variants = [
            (
                Injection::NumberChanged,
                number_changed(tgt).map(|t| vec![t]),
            ),
            (
                Injection::NameSwapped,
                name_swapped(src, tgt).map(|t| vec![t]),
            ),
            (
                Injection::NegationFlipped,
                negation_flipped(src, tgt).map(|t| vec![t]),
            ),
            (Injection::PartDropped, part_dropped(tgt).map(|t| vec![t])),
            (
                Injection::ClauseAdded,
                clause_added(tgt, other).map(|t| vec![t]),
            ),
            (Injection::SourceCopied, Some(vec![src.clone()])),
            (
                Injection::BoilerplateInserted,
                Some(vec![tgt.clone(), format!("Baca juga: {headline}")]),
            ),
        ];
        for (injection, tgt) in variants {
            if let Some(tgt) = tgt {
                items.push(item(injection, tgt));
            }
        }
    }
    items
}

/// Recall of one injection.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KindRecall {
    /// What was injected.
    pub injection: Injection,
    /// The finding that counts as detection.
    pub expected: &'static str,
    /// Items with this injection.
    pub items: usize,
    /// Items where the expected finding was made at major or worse.
    pub detected: usize,
    /// `detected / items`.
    pub recall: f64,
}

/// Results on a challenge set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChallengeScores {
    /// Recall per injection.
    pub recall: Vec<KindRecall>,
    /// Clean items.
    pub clean: usize,
    /// Clean items with a finding of major or worse.
    pub false_alarms: usize,
    /// `false_alarms / clean`.
    pub false_alarm_rate: f64,
    /// What each clean item was wrongly flagged for, with its origin, for inspection.
    pub false_alarm_details: Vec<String>,
}

fn expected(injection: Injection) -> Option<(FlagKind, &'static str)> {
    Some(match injection {
        Injection::Clean => return None,
        Injection::NumberChanged => (FlagKind::NumberMismatch, "number_mismatch"),
        Injection::NameSwapped => (FlagKind::EntityMismatch, "entity_mismatch"),
        Injection::NegationFlipped => (FlagKind::NegationMismatch, "negation_mismatch"),
        Injection::PartDropped => (FlagKind::Omission, "omission"),
        Injection::ClauseAdded => (FlagKind::Addition, "addition"),
        Injection::SourceCopied => (FlagKind::Untranslated, "untranslated"),
        Injection::BoilerplateInserted => (FlagKind::Addition, "addition (boilerplate)"),
    })
}

/// Scores every item (in parallel) and counts detections and false alarms.
pub fn evaluate_challenge<S>(scorer: &Scorer<S>, items: &[ChallengeItem]) -> ChallengeScores
where
    S: Similarity,
    S::Prepared: Sync,
{
    let outcomes: Vec<(Injection, bool, Option<String>)> = items
        .par_iter()
        .map(|item| {
            let src: Vec<&str> = item.src.iter().map(String::as_str).collect();
            let tgt: Vec<&str> = item.tgt.iter().map(String::as_str).collect();
            let report = scorer.score_sentences((&Lang::En, &src), (&Lang::Id, &tgt));
            let serious = report
                .beads
                .iter()
                .flat_map(|b| &b.flags)
                .filter(|f| f.severity >= Severity::Major);
            match expected(item.injection) {
                None => {
                    let found: Vec<String> = serious
                        .map(|f| format!("{}: {}", f.kind.name(), f.message))
                        .collect();
                    let alarm = (!found.is_empty())
                        .then(|| format!("{}: {}", item.origin, found.join("; ")));
                    (item.injection, alarm.is_some(), alarm)
                }
                Some((kind, _)) => {
                    let hit = serious.clone().any(|f| {
                        f.kind == kind
                            && (item.injection != Injection::BoilerplateInserted
                                || f.message.contains("boilerplate"))
                    });
                    (item.injection, hit, None)
                }
            }
        })
        .collect();
    let recall = Injection::ALL[1..]
        .iter()
        .map(|&injection| {
            let of_kind: Vec<&(Injection, bool, Option<String>)> =
                outcomes.iter().filter(|o| o.0 == injection).collect();
            let detected = of_kind.iter().filter(|o| o.1).count();
            KindRecall {
                injection,
                expected: expected(injection).map_or("", |e| e.1),
                items: of_kind.len(),
                detected,
                recall: if of_kind.is_empty() {
                    0.0
                } else {
                    detected as f64 / of_kind.len() as f64
                },
            }
        })
        .collect();
    let clean: Vec<&(Injection, bool, Option<String>)> = outcomes
        .iter()
        .filter(|o| o.0 == Injection::Clean)
        .collect();
    let false_alarms = clean.iter().filter(|o| o.1).count();
    ChallengeScores {
        recall,
        clean: clean.len(),
        false_alarms,
        false_alarm_rate: if clean.is_empty() {
            0.0
        } else {
            false_alarms as f64 / clean.len() as f64
        },
        false_alarm_details: clean.iter().filter_map(|o| o.2.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injections_change_what_they_say() {
        assert_eq!(changed_number("653").as_deref(), Some("635"));
        assert_eq!(changed_number("100").as_deref(), Some("101"));
        assert_eq!(
            number_changed("Rusia meluncurkan 653 drone.").as_deref(),
            Some("Rusia meluncurkan 635 drone.")
        );
        assert_eq!(
            number_changed("di delapan wilayah").as_deref(),
            Some("di dua wilayah")
        );
        assert_eq!(
            negation_flipped(
                "The food was good.",
                "Makanannya enak dan pelayannya ramah."
            )
            .as_deref(),
            Some("Makanannya tidak enak dan pelayannya ramah.")
        );
        assert_eq!(
            negation_flipped("It was not good.", "Rasanya tidak enak.").as_deref(),
            Some("Rasanya enak.")
        );
        assert_eq!(
            name_swapped(
                "We went to Bandung last week.",
                "Kami pergi ke Bandung minggu lalu."
            )
            .as_deref(),
            Some("Kami pergi ke Surabaya minggu lalu.")
        );
        assert_eq!(
            name_swapped("The food. Menu is big.", "Makanan. Menu besar."),
            None
        );
    }
}
