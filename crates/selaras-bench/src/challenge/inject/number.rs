//! `number_changed`: digits swapped, off by a few, another scale word, another percentage, or
//! another number word.

use super::Edit;
use crate::challenge::lists::lists;
use crate::challenge::words::{Rng, Word, capitalise, fold, is_capitalised, words};

/// Whether a word is a number in digits (`653`, `1.250`, `3,8`).
fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
}

/// Clock times (`13.40 WIB`, `pukul 9`) and parts of dates (`16/6`) are left alone.
fn is_time_or_date(text: &str, ws: &[Word], k: usize) -> bool {
    let next = ws.get(k + 1).map(|w| w.text(text));
    let previous = k.checked_sub(1).map(|p| fold(ws[p].text(text)));
    let w = ws[k];
    next.is_some_and(|n| matches!(n, "WIB" | "WITA" | "WIT"))
        || previous.as_deref() == Some("pukul")
        || text[..w.start].ends_with('/')
        || text[w.end..].starts_with('/')
        || text[w.end..].starts_with(':')
}

/// Two different adjacent digits swapped, without a leading zero.
fn swap_digits(number: &str, rng: &mut Rng) -> Option<String> {
    let chars: Vec<char> = number.chars().collect();
    let pairs: Vec<usize> = (1..chars.len())
        .filter(|&k| {
            chars[k].is_ascii_digit()
                && chars[k - 1].is_ascii_digit()
                && chars[k] != chars[k - 1]
                && !(k == 1 && chars[k] == '0')
        })
        .collect();
    let &k = rng.pick(&pairs)?;
    let mut swapped = chars;
    swapped.swap(k, k - 1);
    Some(swapped.into_iter().collect())
}

/// The integer part moved by 1 to 5 (`3,8` -> `5,8`, `1.250` -> `1.253`), grouping kept.
fn off_by_few(number: &str, rng: &mut Rng) -> Option<String> {
    // The fraction is what follows the last separator unless that is a group of three digits.
    let (int, frac) = match number.rfind([',', '.']) {
        Some(p) if number.len() - p - 1 != 3 => number.split_at(p),
        _ => (number, ""),
    };
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || digits.len() > 15 {
        return None;
    }
    let value: u64 = digits.parse().ok()?;
    let delta = rng.between(1, 5) as u64;
    let changed = if rng.below(2) == 0 && value > delta {
        value - delta
    } else {
        value + delta
    };
    let mut text = changed.to_string();
    if let Some(sep) = int.chars().find(|c| *c == '.' || *c == ',') {
        let raw: Vec<char> = text.chars().collect();
        let mut grouped = String::new();
        for (k, c) in raw.iter().enumerate() {
            if k > 0 && (raw.len() - k) % 3 == 0 {
                grouped.push(sep);
            }
            grouped.push(*c);
        }
        text = grouped;
    }
    Some(format!("{text}{frac}"))
}

/// Ways a number can change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    Swap,
    OffByFew,
    Scale,
    Percent,
    Word,
}

/// `number_changed` on a translation sentence.
pub(crate) fn number_changed(tgt: &str, rng: &mut Rng) -> Option<Edit> {
    let l = lists();
    let ws = words(tgt);
    let mut candidates: Vec<(usize, Change)> = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let text = w.text(tgt);
        let next = ws.get(k + 1).map(|n| fold(n.text(tgt)));
        if is_number(text) {
            if is_time_or_date(tgt, &ws, k) {
                continue;
            }
            let percent = next.as_deref() == Some("persen") || tgt[w.end..].starts_with('%');
            if percent {
                candidates.push((k, Change::Percent));
                continue;
            }
            if next
                .as_deref()
                .is_some_and(|n| l.scale_rank.contains_key(n))
            {
                candidates.push((k, Change::Scale));
            }
            candidates.push((k, Change::OffByFew));
            if text.chars().filter(char::is_ascii_digit).count() >= 2 {
                candidates.push((k, Change::Swap));
            }
        } else if l.number_words.iter().any(|n| *n == fold(text))
            && k.checked_sub(1)
                .is_none_or(|p| fold(ws[p].text(tgt)) != "salah")
        {
            candidates.push((k, Change::Word));
        }
    }
    // Try the candidates from a random start: a swap may not apply (`100`).
    let start = rng.below(candidates.len());
    for step in 0..candidates.len() {
        let (k, change) = candidates[(start + step) % candidates.len()];
        let w = ws[k];
        let text = w.text(tgt);
        let edit = match change {
            Change::Swap => swap_digits(text, rng).map(|new| (w.start, w.end, text, new)),
            Change::OffByFew | Change::Percent => {
                off_by_few(text, rng).map(|new| (w.start, w.end, text, new))
            }
            Change::Scale => {
                let scale_word = ws[k + 1];
                let scale = fold(scale_word.text(tgt));
                let rank = *l.scale_rank.get(&scale)?;
                let up = rank + 1 < l.scales.len() && (rank == 0 || rng.below(2) == 0);
                let other = if up { rank + 1 } else { rank - 1 };
                let new = format!("{text} {}", l.scales[other]);
                Some((w.start, scale_word.end, &tgt[w.start..scale_word.end], new))
            }
            Change::Word => {
                let others: Vec<&String> = l
                    .number_words
                    .iter()
                    .filter(|n| **n != fold(text))
                    .collect();
                let &other = rng.pick(&others)?;
                let new = if is_capitalised(text) {
                    capitalise(other)
                } else {
                    other.clone()
                };
                Some((w.start, w.end, text, new))
            }
        };
        if let Some((start, end, old, new)) = edit {
            if new == old {
                continue;
            }
            let (old_note, new_note) = if change == Change::Percent {
                let unit = if tgt[end..].starts_with('%') {
                    "%"
                } else {
                    " persen"
                };
                (format!("{old}{unit}"), format!("{new}{unit}"))
            } else {
                (old.to_string(), new.clone())
            };
            return Some(Edit {
                text: format!("{}{new}{}", &tgt[..start], &tgt[end..]),
                detail: format!("{old_note} -> {new_note}"),
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_change_value() {
        let cases = [
            ("digits", "Rusia meluncurkan 653 drone."),
            ("percent", "Inflasi naik 3,8 persen."),
            ("scale", "Kerugian mencapai Rp 225 miliar."),
            ("thousands", "Sebanyak 1.250 kasus tercatat."),
            ("word", "Ada delapan sekolah rusak."),
        ];
        for (name, sentence) in cases {
            for seed in 0..20 {
                let mut rng = Rng::keyed(&format!("{name}{seed}"));
                let edit = number_changed(sentence, &mut rng).expect(name);
                assert_ne!(edit.text, sentence, "{name}");
                let (old, new) = edit.detail.split_once(" -> ").expect(name);
                assert_ne!(old, new, "{name}");
                assert!(edit.text.contains(new) && sentence.contains(old), "{name}");
            }
        }
        let mut rng = Rng::keyed("t");
        assert_eq!(number_changed("pukul 13.40 WIB (16/6)", &mut rng), None);
        assert_eq!(number_changed("salah satu alasan", &mut rng), None);
    }

    #[test]
    fn changes_by_kind() {
        let mut rng = Rng::keyed("a");
        assert_eq!(
            swap_digits("653", &mut rng).as_deref().map(|s| s != "653"),
            Some(true)
        );
        assert_eq!(swap_digits("100", &mut rng), None);
        let moved = off_by_few("1.250", &mut rng).expect("moves");
        assert!(moved.starts_with("1.2") && moved.len() == 5, "{moved}");
        let moved = off_by_few("3,8", &mut rng).expect("moves");
        assert!(moved.ends_with(",8") && moved != "3,8", "{moved}");
    }
}
