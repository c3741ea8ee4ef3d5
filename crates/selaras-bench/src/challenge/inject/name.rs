//! `name_swapped` and `name_dropped`: names the translation shares with its source.

use std::collections::HashSet;

use super::{Edit, cut, quote};
use crate::challenge::lists::lists;
use crate::challenge::words::{Rng, Word, fold, is_capitalised, words};

/// Whether a word looks like a name: capitalised, 3+ letters, no digits, not a function word.
fn name_like(word: &str) -> bool {
    is_capitalised(word)
        && word.chars().count() >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lists().function_words.contains(&fold(word))
        && !lists().negators_id.contains(&fold(word))
}

fn all_caps(word: &str) -> bool {
    word.chars().all(|c| !c.is_lowercase())
}

/// Name-like words inside a sentence: not first, not right after sentence punctuation or an
/// opening quotation mark (where any word is capitalised).
fn inner_names(text: &str) -> Vec<Word> {
    let ws = words(text);
    (1..ws.len())
        .filter(|&k| {
            let gap = &text[ws[k - 1].end..ws[k].start];
            !gap.contains(['.', '!', '?', ':', '"', '“', '”']) && name_like(ws[k].text(text))
        })
        .map(|k| ws[k])
        .collect()
}

/// The translation's names (inside the sentence) that the source has inside a sentence too,
/// spelt the same.
pub(crate) fn shared_names(src: &str, tgt: &str) -> Vec<Word> {
    let src_names: HashSet<&str> = inner_names(src).into_iter().map(|w| w.text(src)).collect();
    inner_names(tgt)
        .into_iter()
        .filter(|w| src_names.contains(w.text(tgt)))
        .collect()
}

/// `name_swapped`: a shared name replaced by another of `pool` (of the same shape: an acronym by
/// an acronym) that neither side has.
pub(crate) fn name_swapped(src: &str, tgt: &str, pool: &[String], rng: &mut Rng) -> Option<Edit> {
    let names = shared_names(src, tgt);
    let &w = rng.pick(&names)?;
    let old = w.text(tgt);
    let present: HashSet<&str> = words(src)
        .into_iter()
        .map(|x| x.text(src))
        .chain(words(tgt).into_iter().map(|x| x.text(tgt)))
        .collect();
    let fits = |n: &&String| n.as_str() != old && !present.contains(n.as_str()) && name_like(n);
    let same_shape: Vec<&String> = pool
        .iter()
        .filter(fits)
        .filter(|n| all_caps(n) == all_caps(old))
        .collect();
    let any: Vec<&String> = pool.iter().filter(fits).collect();
    let &new = rng.pick(&same_shape).or_else(|| rng.pick(&any))?;
    Some(Edit {
        text: format!("{}{new}{}", &tgt[..w.start], &tgt[w.end..]),
        detail: format!("{old} -> {new}"),
    })
}

/// `name_dropped`: a run of shared names (`Arief Setiawan Nugroho`) removed with the preposition
/// before it and an acronym in brackets after it; not at the start of the sentence nor inside
/// brackets, and only when the name is gone from the sentence afterwards.
pub(crate) fn name_dropped(src: &str, tgt: &str, rng: &mut Rng) -> Option<Edit> {
    let ws = words(tgt);
    let shared: HashSet<usize> = shared_names(src, tgt).iter().map(|w| w.start).collect();
    // Runs of shared names separated by single spaces.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < ws.len() {
        if !shared.contains(&ws[k].start) {
            k += 1;
            continue;
        }
        let first = k;
        while k + 1 < ws.len()
            && shared.contains(&ws[k + 1].start)
            && &tgt[ws[k].end..ws[k + 1].start] == " "
        {
            k += 1;
        }
        runs.push((first, k));
        k += 1;
    }
    let mut order: Vec<usize> = (0..runs.len()).collect();
    rng.shuffle(&mut order);
    for r in order {
        let (first, last) = runs[r];
        let (start_word, end_word) = (ws[first], ws[last]);
        if first == 0 || tgt[..start_word.start].ends_with('(') {
            continue;
        }
        let mut start = start_word.start;
        let previous = ws[first - 1];
        let adjacent = tgt[previous.end..start_word.start].trim().is_empty();
        if adjacent && lists().prepositions.contains(&fold(previous.text(tgt))) {
            if first == 1 {
                continue;
            }
            start = previous.start;
        }
        let mut end = end_word.end;
        // An acronym in brackets right after the name goes with it.
        if let Some(rest) = tgt[end..].strip_prefix(" (") {
            let close = rest
                .find(')')
                .filter(|&c| c <= 12 && rest[..c].chars().all(char::is_alphanumeric));
            if let Some(close) = close {
                end += 2 + close + 1;
            }
        }
        let removed = &tgt[start..end];
        let name = &tgt[start_word.start..end_word.end];
        let text = cut(tgt, start, end);
        if text.contains(name) || words(&text).len() < 3 {
            continue;
        }
        return Some(Edit {
            text,
            detail: format!("dropped: {}", quote(removed)),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = "We went to Bandung with Arief Setiawan Nugroho last week.";
    const TGT: &str = "Kami pergi ke Bandung bersama Arief Setiawan Nugroho minggu lalu.";

    #[test]
    fn swaps_a_shared_name_for_a_pool_name() {
        let pool = [
            "Medan".to_string(),
            "Bandung".to_string(),
            "KPU".to_string(),
        ];
        for seed in 0..10 {
            let mut rng = Rng::keyed(&seed.to_string());
            let edit = name_swapped(SRC, TGT, &pool, &mut rng).expect("swaps");
            assert!(edit.text.contains("Medan"), "{}", edit.text);
            assert!(edit.detail.ends_with("-> Medan"), "{}", edit.detail);
        }
        let mut rng = Rng::keyed("x");
        assert_eq!(name_swapped("The food.", "Makanan.", &pool, &mut rng), None);
    }

    #[test]
    fn drops_a_name_with_its_preposition() {
        let mut seen = HashSet::new();
        for seed in 0..20 {
            let mut rng = Rng::keyed(&seed.to_string());
            let edit = name_dropped(SRC, TGT, &mut rng).expect("drops");
            seen.insert(edit.text.clone());
            assert!(
                edit.text == "Kami pergi bersama Arief Setiawan Nugroho minggu lalu."
                    || edit.text == "Kami pergi ke Bandung minggu lalu.",
                "{}",
                edit.text
            );
        }
        assert_eq!(seen.len(), 2);
        let mut rng = Rng::keyed("x");
        let edit = name_dropped(
            "The Constitutional Court (MK) ruled in Jakarta.",
            "Mahkamah Konstitusi (MK) memutus di Jakarta, kemarin.",
            &mut rng,
        )
        .expect("drops");
        assert_eq!(edit.text, "Mahkamah Konstitusi (MK) memutus, kemarin.");
        assert_eq!(edit.detail, "dropped: 'di Jakarta'");
    }
}
