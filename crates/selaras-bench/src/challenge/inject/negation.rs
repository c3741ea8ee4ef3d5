//! `negation_inserted` and `negation_removed`.

use super::Edit;
use crate::challenge::lists::lists;
use crate::challenge::words::{Rng, Word, capitalise, fold, is_capitalised, words};

/// Indonesian negators in a sentence (word indices).
pub(crate) fn id_negators(tgt: &str, ws: &[Word]) -> Vec<usize> {
    (0..ws.len())
        .filter(|&k| lists().negators_id.contains(&fold(ws[k].text(tgt))))
        .collect()
}

/// How many English negating words a sentence has.
pub(crate) fn en_negators(src: &str) -> usize {
    words(src)
        .into_iter()
        .map(|w| fold(w.text(src)))
        .filter(|w| lists().negators_en.contains(w) || w.ends_with("n't") || w.ends_with("n’t"))
        .count()
}

/// Whether a word looks like a verb: a verb prefix, five letters or more, not a listed non-verb.
fn verb_like(word: &str) -> bool {
    let l = lists();
    let folded = fold(word);
    !is_capitalised(word)
        && folded.chars().count() >= 5
        && folded.chars().all(|c| c.is_alphabetic() || c == '-')
        && l.verb_prefixes
            .iter()
            .any(|p| folded.starts_with(p.as_str()))
        && !l.not_verbs.contains(&folded)
}

fn adjective_like(word: &str) -> bool {
    !is_capitalised(word) && lists().adjectives.contains(&fold(word))
}

/// Words after which `tanpa` would not read as "without" (`sama dengan`, `sesuai dengan`).
const NOT_BEFORE_TANPA: [&str; 8] = [
    "sama",
    "sesuai",
    "bersama",
    "seiring",
    "berbeda",
    "bertemu",
    "hingga",
    "dibandingkan",
];

/// `negation_inserted`, where neither side negates: `telah`/`sudah` -> `belum`, `adalah` ->
/// `bukan`, `dengan` -> `tanpa`, or `tidak`/`tak`/`belum` before a verb-like word (`tidak`/`tak`
/// before an adjective-like word).
pub(crate) fn negation_inserted(src: &str, tgt: &str, rng: &mut Rng) -> Option<Edit> {
    let ws = words(tgt);
    if en_negators(src) > 0 || !id_negators(tgt, &ws).is_empty() {
        return None;
    }
    // (word index, replaced: bool, the negator or replacement)
    let mut options: Vec<(usize, bool, &str)> = Vec::new();
    for (k, w) in ws.iter().enumerate().skip(1) {
        let text = w.text(tgt);
        let folded = fold(text);
        if is_capitalised(text) {
            continue;
        }
        match folded.as_str() {
            "telah" | "sudah" => options.push((k, true, "belum")),
            "adalah" | "merupakan" => options.push((k, true, "bukan")),
            "dengan" => {
                let previous = fold(ws[k - 1].text(tgt));
                let next_fits = ws
                    .get(k + 1)
                    .is_some_and(|n| !is_capitalised(n.text(tgt)) && !verb_like(n.text(tgt)));
                if next_fits && !NOT_BEFORE_TANPA.contains(&previous.as_str()) {
                    options.push((k, true, "tanpa"));
                }
            }
            _ => {
                if verb_like(text) {
                    let negator = ["tidak", "tak", "belum"][rng.below(3)];
                    options.push((k, false, negator));
                } else if adjective_like(text) {
                    let negator = ["tidak", "tak"][rng.below(2)];
                    options.push((k, false, negator));
                }
            }
        }
    }
    let &(k, replaced, negator) = rng.pick(&options)?;
    let w = ws[k];
    let old = w.text(tgt);
    Some(if replaced {
        Edit {
            text: format!("{}{negator}{}", &tgt[..w.start], &tgt[w.end..]),
            detail: format!("{old} -> {negator}"),
        }
    } else {
        Edit {
            text: format!("{}{negator} {}", &tgt[..w.start], &tgt[w.start..]),
            detail: format!("inserted: '{negator}' before '{old}'"),
        }
    })
}

/// `negation_removed`: the translation's only negator, when the source negates too: `belum` ->
/// `sudah`, `tanpa` -> `dengan`, another negator deleted. `jangan` and `tidak satu pun` are left.
pub(crate) fn negation_removed(src: &str, tgt: &str) -> Option<Edit> {
    let ws = words(tgt);
    let negators = id_negators(tgt, &ws);
    if en_negators(src) == 0 || negators.len() != 1 {
        return None;
    }
    let k = negators[0];
    let w = ws[k];
    let old = w.text(tgt);
    let folded = fold(old);
    let pun_follows = ws.get(k + 2).is_some_and(|p| fold(p.text(tgt)) == "pun");
    if folded == "jangan" || pun_follows || (k > 0 && is_capitalised(old)) {
        return None;
    }
    let replacement = match folded.as_str() {
        "belum" => Some("sudah"),
        "tanpa" => Some("dengan"),
        _ => None,
    };
    if let Some(new) = replacement {
        let new = if is_capitalised(old) {
            capitalise(new)
        } else {
            new.to_string()
        };
        return Some(Edit {
            text: format!("{}{new}{}", &tgt[..w.start], &tgt[w.end..]),
            detail: format!("{old} -> {new}"),
        });
    }
    let next = ws.get(k + 1)?;
    let rest = &tgt[next.start..];
    let rest = if k == 0 {
        capitalise(rest)
    } else {
        rest.to_string()
    };
    Some(Edit {
        text: format!("{}{rest}", &tgt[..w.start]),
        detail: format!("removed: '{old}'"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserts_a_negator_that_is_really_there() {
        let cases = [
            (
                "verb",
                "We stayed at the hotel.",
                "Kami menginap di hotel itu.",
            ),
            (
                "adjective",
                "The food was good.",
                "Makanannya enak dan pelayannya ramah.",
            ),
            (
                "telah",
                "The court has ruled.",
                "MK telah memutus perkara itu.",
            ),
            (
                "dengan",
                "They came with a permit.",
                "Mereka datang dengan izin resmi.",
            ),
        ];
        for (name, src, tgt) in cases {
            for seed in 0..10 {
                let mut rng = Rng::keyed(&format!("{name}{seed}"));
                let edit = negation_inserted(src, tgt, &mut rng).expect(name);
                let ws = words(&edit.text);
                assert_eq!(
                    id_negators(&edit.text, &ws).len(),
                    1,
                    "{name}: {}",
                    edit.text
                );
                assert_ne!(edit.text, tgt);
            }
        }
        let mut rng = Rng::keyed("x");
        assert_eq!(
            negation_inserted("It was not good.", "Kami menginap.", &mut rng),
            None
        );
        assert_eq!(
            negation_inserted("It was good.", "Kami tidak menginap.", &mut rng),
            None
        );
    }

    #[test]
    fn removes_the_only_negator() {
        let cases = [
            (
                "tidak",
                "It was not good.",
                "Rasanya tidak enak.",
                "Rasanya enak.",
            ),
            (
                "belum",
                "They have not paid.",
                "Mereka belum membayar.",
                "Mereka sudah membayar.",
            ),
            (
                "tanpa",
                "Without a permit.",
                "Tanpa izin resmi.",
                "Dengan izin resmi.",
            ),
            (
                "initial",
                "No one came.",
                "Tidak ada yang datang.",
                "Ada yang datang.",
            ),
        ];
        for (name, src, tgt, want) in cases {
            let edit = negation_removed(src, tgt).expect(name);
            assert_eq!(edit.text, want, "{name}");
            assert!(id_negators(&edit.text, &words(&edit.text)).is_empty());
        }
        assert_eq!(
            negation_removed("It was good.", "Rasanya tidak enak."),
            None
        );
        assert_eq!(
            negation_removed("None was hurt.", "Tidak satu pun terluka."),
            None
        );
        assert_eq!(negation_removed("Do not go.", "Jangan pergi."), None);
    }
}
