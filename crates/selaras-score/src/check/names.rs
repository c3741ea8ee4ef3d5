//! When a name without a counterpart is no error: acronyms against their expansions (`MK` /
//! Constitutional Court) or initials (`BI` / Bank Indonesia), demonyms and spelling variants
//! (`Brazilian` / `Brasil`, `Philippine` / `Filipina`), names cut short (`Retno Marsudi` …
//! `Retno`), and capitalised common words (headline capitals, office titles: `Head of the
//! Regional Planning Agency` / `Kepala Bappeda`).

use selaras_lexicon::acronyms::{acronym_expansions, in_some_expansion};
use selaras_lexicon::{
    TokenRef, embedded_id_en, english_lemma, fold, indonesian_root, is_stopword,
};
use selaras_text::Lang;

use super::DocSide;

/// The other side of a bead as the name rules read it: its words, folded, and its capitalised
/// words in order (runs for initials).
pub(super) struct OtherSide {
    words: Vec<String>,
    /// Capitalised words with whether the next word follows directly (for runs).
    capitals: Vec<Vec<String>>,
    text: String,
}

impl OtherSide {
    pub(super) fn of(side: &DocSide<'_>, range: std::ops::Range<usize>) -> Self {
        let mut words = Vec::new();
        let mut capitals = Vec::new();
        let mut text = String::new();
        for k in range {
            let view = side.view(k);
            let mut run: Vec<String> = Vec::new();
            for (t, word) in view.words() {
                let raw = view.token_text(t);
                words.push(word.to_string());
                if raw.chars().next().is_some_and(char::is_uppercase) {
                    run.push(word.to_string());
                } else if !matches!(word, "of" | "and" | "the" | "for" | "dan") && !run.is_empty() {
                    capitals.push(std::mem::take(&mut run));
                }
            }
            if !run.is_empty() {
                capitals.push(run);
            }
            text.push_str(&fold(side.raw(k)));
            text.push(' ');
        }
        Self {
            words,
            capitals,
            text,
        }
    }

    fn has_phrase(&self, phrase: &str) -> bool {
        let parts: Vec<&str> = phrase
            .split([' ', '-'])
            .filter(|p| p.len() > 2 && !matches!(*p, "the" | "and" | "dan" | "for"))
            .collect();
        if parts.is_empty() {
            return false;
        }
        let found = parts
            .iter()
            .filter(|p| self.words.iter().any(|w| same_stem(w, p)))
            .count();
        2 * found >= parts.len() + usize::from(parts.len() > 2)
    }
}

/// Same word up to an inflection or derivation: equal, or one a prefix of the other sharing
/// at least five letters (`constitutional` / `constitution`).
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 5 && common + 4 >= a.chars().count().max(b.chars().count())
}

/// A spelling skeleton: `c`/`q` → `k`, `ph` → `f`, `z` → `s`, `y` → `i`, `v` → `f`, `th` → `t`,
/// doubled letters once.
fn skeleton(word: &str) -> String {
    let mut out = String::new();
    let folded = word.replace("ph", "f").replace("th", "t");
    for c in folded.chars() {
        let c = match c {
            'c' | 'q' => 'k',
            'z' => 's',
            'y' => 'i',
            'v' => 'f',
            '-' | '\'' => continue,
            c => c,
        };
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Edit distance of two short strings.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = (row[j] + 1)
                .min(here + 1)
                .min(previous + usize::from(ca != *cb));
            previous = here;
        }
    }
    row[b.len()]
}

/// Endings of demonyms and adjectives of names (`Brazilian`, `Javanese`, `Thai`).
const DEMONYM_ENDINGS: &[&str] = &[
    "ians", "ian", "ean", "ese", "ish", "ans", "an", "ic", "ine", "i", "a", "o", "e", "s", "n",
];

fn strip_demonym(word: &str) -> &str {
    DEMONYM_ENDINGS
        .iter()
        .find_map(|e| {
            word.strip_suffix(e)
                .filter(|rest| rest.chars().count() >= 4)
        })
        .unwrap_or(word)
}

/// Spelling variants and demonyms of one name: one or two letters apart on the skeleton, or the
/// same once demonym endings are cut (`brazilian` / `brasil`, `thai` / `thailand`).
pub(super) fn variant(a: &str, b: &str) -> bool {
    let prefix = |x: &str, y: &str| x.chars().count() >= 4 && y.starts_with(x);
    if prefix(a, b) || prefix(b, a) {
        return true;
    }
    let (sa, sb) = (skeleton(a), skeleton(b));
    let short = sa.chars().count().min(sb.chars().count());
    if short < 4 {
        return sa == sb;
    }
    let allowed = if short >= 7 { 2 } else { 1 };
    if distance(&sa, &sb) <= allowed {
        return true;
    }
    let (ta, tb) = (strip_demonym(&sa), strip_demonym(&sb));
    ta == tb
        || distance(ta, tb) <= 1
        || (ta.chars().count() >= 4 && (sb.starts_with(ta) || sa.starts_with(tb)))
}

fn is_acronym(raw: &str) -> bool {
    raw.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !raw.chars().any(char::is_lowercase)
}

/// Whether an unmatched name of a bead is explained by the other side (`other`): acronym and
/// expansion, initials, a spelling variant or demonym, a name the other side spells inside a
/// longer word.
pub(super) fn explained(name: &TokenRef, other: &OtherSide) -> bool {
    let word = fold(&name.text);
    if let Some(expansions) = acronym_expansions(&word)
        && expansions
            .iter()
            .any(|e| other.has_phrase(e) || other.words.contains(e))
    {
        return true;
    }
    if is_acronym(&name.text) && initials_match(&word, other) {
        return true;
    }
    // A word of an expansion whose acronym the other side writes (`Court` / `MK`).
    if in_some_expansion(&word)
        && other.words.iter().any(|w| {
            acronym_expansions(w).is_some_and(|es| {
                es.iter()
                    .any(|e| e.split([' ', '-']).any(|p| same_stem(p, &word)))
            })
        })
    {
        return true;
    }
    other
        .words
        .iter()
        .any(|w| w.chars().count() >= 3 && variant(&word, w))
        || (word.chars().count() >= 5 && other.text.contains(&word))
}

/// Whether `acronym` spells the initials of a run of capitalised words of `other`.
fn initials_match(acronym: &str, other: &OtherSide) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    other.capitals.iter().any(|run| {
        let initials: Vec<char> = run.iter().filter_map(|w| w.chars().next()).collect();
        initials
            .windows(letters.len())
            .any(|window| window == letters.as_slice())
    })
}

/// A capitalised common word (a dictionary word of its language: `Court`, `Regional`, `Kepala`):
/// capitals of a headline or an office title, weak evidence of a name.
pub(super) fn common_word(name: &TokenRef, lang: &Lang) -> bool {
    let word = fold(&name.text);
    if acronym_expansions(&word).is_some() {
        // A listed acronym (`WIB`, `PHK`) is a term of the language data, not a name.
        return true;
    }
    if is_acronym(&name.text) {
        return false;
    }
    let lexicon = embedded_id_en();
    // A word the lexicon only copies (`jakarta` / `jakarta`) is a name, not a common word.
    let translated = |w: &str, found: &[(String, f32)]| found.iter().any(|(t, _)| t != w);
    let known_id = |w: &str| translated(w, lexicon.left_to_right(w));
    let known_en = |w: &str| translated(w, lexicon.right_to_left(w));
    match lang {
        Lang::Id => {
            is_stopword(&word, lang)
                || known_id(&word)
                || known_id(&indonesian_root(&word, &known_id))
        }
        Lang::En => {
            is_stopword(&word, lang)
                || known_en(&word)
                || known_en(&english_lemma(&word, &known_en))
        }
        _ => false,
    }
}
