//! Single-pair items: NusaX rows and the bundled article's one-to-one beads.

use std::collections::BTreeSet;

use super::inject::{
    self, Edit, boilerplate_line, clause_added, clause_dropped, name_dropped, name_swapped,
    negation_inserted, negation_removed, number_changed, shared_names, span_dropped,
};
use super::item::{ChallengeItem, GoldBead, Injection};
use super::lists::lists;
use super::words::{Rng, fold, words};

/// A source pair before injection.
#[derive(Debug, Clone)]
struct Pair {
    origin: String,
    src: String,
    tgt: String,
}

/// Whether an English line reads as Indonesian: a quarter of its words (and at least two) are
/// Indonesian function words.
fn reads_indonesian(en: &str) -> bool {
    let ws = words(en);
    let hits = ws
        .iter()
        .filter(|w| lists().function_words.contains(&fold(w.text(en))))
        .count();
    hits >= 2 && hits * 4 >= ws.len()
}

/// A row is sound when both sides have text, they differ, and the English reads as English.
fn is_sound(en: &str, id: &str) -> bool {
    let (en, id) = (en.trim(), id.trim());
    !en.is_empty() && !id.is_empty() && fold(en) != fold(id) && !reads_indonesian(en)
}

/// Items from NusaX rows (line-parallel English and Indonesian columns of one split): each sound
/// row clean, then once with each injection that applies to it. Origins are `nusax-SPLIT:LINE`
/// (1-based). Unsound rows (an empty side, both sides the same, the English column written in
/// Indonesian) are left out.
pub fn nusax_items(en_lines: &[String], id_lines: &[String], split: &str) -> Vec<ChallengeItem> {
    let pairs: Vec<Pair> = en_lines
        .iter()
        .zip(id_lines)
        .enumerate()
        .filter(|(_, (en, id))| is_sound(en, id))
        .map(|(k, (en, id))| Pair {
            origin: format!("nusax-{split}:{}", k + 1),
            src: en.trim().to_string(),
            tgt: id.trim().to_string(),
        })
        .collect();
    pair_items(&pairs, split)
}

/// Items from a document pair's one-to-one gold beads (`article:enE-idI`), built like NusaX rows.
pub fn article_items(
    en: &[String],
    id: &[String],
    gold: &[GoldBead],
    split: &str,
) -> Vec<ChallengeItem> {
    let pairs: Vec<Pair> = gold
        .iter()
        .filter_map(|(s, t)| match (s.as_slice(), t.as_slice()) {
            ([e], [i]) => Some(Pair {
                origin: format!("article:en{e}-id{i}"),
                src: en.get(*e)?.clone(),
                tgt: id.get(*i)?.clone(),
            }),
            _ => None,
        })
        .filter(|p| is_sound(&p.src, &p.tgt))
        .collect();
    pair_items(&pairs, split)
}

/// One injection on a single pair; `others` are the other translations (for an added clause).
pub(crate) fn inject_one(
    kind: Injection,
    src: &str,
    tgt: &str,
    names: &[String],
    other: &str,
    rng: &mut Rng,
) -> Option<Edit> {
    match kind {
        Injection::NumberChanged => number_changed(tgt, rng),
        Injection::NameSwapped => name_swapped(src, tgt, names, rng),
        Injection::NameDropped => name_dropped(src, tgt, rng),
        Injection::NegationInserted => negation_inserted(src, tgt, rng),
        Injection::NegationRemoved => negation_removed(src, tgt),
        Injection::ClauseDropped => clause_dropped(tgt, rng),
        Injection::SpanDropped => span_dropped(tgt, rng),
        Injection::ClauseAdded => clause_added(tgt, other, rng),
        Injection::SourceCopied => (src.trim() != tgt.trim()).then(|| Edit {
            text: src.to_string(),
            detail: "source copied".to_string(),
        }),
        Injection::BoilerplateInserted => {
            let line = boilerplate_line(rng);
            Some(Edit {
                detail: format!("inserted: {}", inject::quote(&line)),
                text: line,
            })
        }
        _ => None,
    }
}

/// The corpus's own names: name-like words that a translation shares with its source.
pub(crate) fn name_pool<'a>(pairs: impl Iterator<Item = (&'a str, &'a str)>) -> Vec<String> {
    let mut names = BTreeSet::new();
    for (src, tgt) in pairs {
        for w in shared_names(src, tgt) {
            names.insert(w.text(tgt).to_string());
        }
    }
    names.into_iter().collect()
}

fn pair_items(pairs: &[Pair], split: &str) -> Vec<ChallengeItem> {
    let names = name_pool(pairs.iter().map(|p| (p.src.as_str(), p.tgt.as_str())));
    let mut items = Vec::new();
    for (k, pair) in pairs.iter().enumerate() {
        items.push(ChallengeItem {
            origin: pair.origin.clone(),
            split: split.to_string(),
            injection: Injection::Clean,
            at: None,
            detail: String::new(),
            src: vec![pair.src.clone()],
            tgt: vec![pair.tgt.clone()],
            gold: Vec::new(),
        });
        for kind in Injection::GENERATED {
            let mut rng = Rng::keyed(&format!("{}/{}", pair.origin, kind.name()));
            let other = if pairs.len() > 1 {
                let j = (k + 1 + rng.below(pairs.len() - 1)) % pairs.len();
                pairs[j].tgt.as_str()
            } else {
                ""
            };
            let Some(edit) = inject_one(kind, &pair.src, &pair.tgt, &names, other, &mut rng) else {
                continue;
            };
            let (tgt, at) = if kind == Injection::BoilerplateInserted {
                (vec![pair.tgt.clone(), edit.text], 1)
            } else {
                (vec![edit.text], 0)
            };
            items.push(ChallengeItem {
                origin: pair.origin.clone(),
                split: split.to_string(),
                injection: kind,
                at: Some(at),
                detail: edit.detail,
                src: vec![pair.src.clone()],
                tgt,
                gold: Vec::new(),
            });
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unsound_rows_are_left_out() {
        let en = [
            "Good food.",
            "",
            "Same",
            "Makanan di sini enak dan murah sekali",
        ]
        .map(String::from);
        let id = [
            "Makanan enak.",
            "Ada.",
            "Same",
            "Makanan di sini enak dan murah sekali",
        ]
        .map(String::from);
        let items = nusax_items(&en, &id, "test");
        assert!(
            items.iter().all(|i| i.origin == "nusax-test:1"),
            "{items:?}"
        );
        assert_eq!(items[0].injection, Injection::Clean);
        assert!(reads_indonesian("saya tidak suka makanan di sini"));
        assert!(!reads_indonesian("I did not like the food there"));
    }
}
