//! `clause_dropped`, `span_dropped` and `clause_added`.

use super::{Edit, quote};
use crate::challenge::lists::lists;
use crate::challenge::words::{Rng, Word, capitalise, decapitalise, fold, is_capitalised, words};

/// Quotation marks and brackets: a dropped or added clause must not hold half a pair.
const PAIRED: [char; 6] = ['"', '“', '”', '(', ')', '\''];

/// Clause boundaries: (word index, byte where the clause starts): at a comma or semicolon before
/// the word, or before a connective (`yang`, `dan`, `karena`...).
fn boundaries(text: &str, ws: &[Word]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for k in 1..ws.len() {
        let gap = &text[ws[k - 1].end..ws[k].start];
        if let Some(p) = gap.find([',', ';']) {
            out.push((k, ws[k - 1].end + p));
        } else if gap.trim().is_empty() && lists().boundaries.contains(&fold(ws[k].text(text))) {
            out.push((k, ws[k - 1].end));
        }
    }
    out
}

/// `clause_dropped`: from one boundary to a later one (or to the end, keeping the final
/// punctuation), 25-60% of the words, not the first clause, no quotation mark or bracket inside.
pub(crate) fn clause_dropped(tgt: &str, rng: &mut Rng) -> Option<Edit> {
    let ws = words(tgt);
    let n = ws.len();
    if n < 6 {
        return None;
    }
    let bounds = boundaries(tgt, &ws);
    let mut segments: Vec<(usize, usize)> = Vec::new();
    for (a, &(i, start)) in bounds.iter().enumerate() {
        let ends = bounds[a + 1..].iter().copied().chain([(n, ws[n - 1].end)]);
        for (j, end) in ends {
            let share = (j - i) as f64 / n as f64;
            if (0.25..=0.60).contains(&share) && !tgt[start..end].contains(PAIRED) {
                segments.push((start, end));
            }
        }
    }
    let &(start, end) = rng.pick(&segments)?;
    Some(Edit {
        text: format!("{}{}", &tgt[..start], &tgt[end..]),
        detail: format!("dropped: {}", quote(&tgt[start..end])),
    })
}

/// `span_dropped`: a random contiguous span of 30-50% of the words.
pub(crate) fn span_dropped(tgt: &str, rng: &mut Rng) -> Option<Edit> {
    let ws = words(tgt);
    let n = ws.len();
    if n < 5 {
        return None;
    }
    let lo = (n * 3).div_ceil(10);
    let hi = (n / 2).max(lo);
    let len = rng.between(lo, hi);
    let s = rng.between(0, n - len);
    let (start, end) = if s + len < n {
        (ws[s].start, ws[s + len].start)
    } else if s > 0 {
        (ws[s - 1].end, ws[n - 1].end)
    } else {
        (ws[0].start, ws[n - 1].end)
    };
    let mut text = format!("{}{}", &tgt[..start], &tgt[end..]);
    if s == 0 && is_capitalised(tgt) {
        text = capitalise(&text);
    }
    Some(Edit {
        text,
        detail: format!("dropped: {}", quote(&tgt[start..end])),
    })
}

/// A clause of 5-12 words from `other`, starting at its beginning or after a boundary, ending
/// before a comma (when 5 words are reached) and never crossing a sentence end; no negator, no
/// quotation mark or bracket.
fn clause_from(other: &str, rng: &mut Rng) -> Option<String> {
    let ws = words(other);
    let mut starts: Vec<usize> = vec![0];
    for (k, _) in boundaries(other, &ws) {
        let connective = lists().boundaries.contains(&fold(ws[k].text(other)));
        starts.push(if connective { k + 1 } else { k });
    }
    rng.shuffle(&mut starts);
    for s in starts {
        // How far the clause may run: to a sentence end, or to a comma after 5 words.
        let mut room = 0;
        while s + room < ws.len() && room < 12 {
            room += 1;
            let Some(next) = ws.get(s + room) else { break };
            let gap = &other[ws[s + room - 1].end..next.start];
            if gap.contains(['.', '!', '?', ';', ':']) || (room >= 5 && gap.contains(',')) {
                break;
            }
        }
        if room < 5 {
            continue;
        }
        let len = rng.between(5, room);
        let clause = &other[ws[s].start..ws[s + len - 1].end];
        let negates = ws[s..s + len]
            .iter()
            .any(|w| lists().negators_id.contains(&fold(w.text(other))));
        if clause.contains(PAIRED) || negates {
            continue;
        }
        let first = ws[s].text(other);
        // A sentence's first word is lowercased unless it begins a name (`Badan Pangan`) or is
        // an acronym.
        let next_capitalised = ws.get(s + 1).is_some_and(|w| is_capitalised(w.text(other)));
        let acronym = first.chars().all(|c| !c.is_lowercase());
        let lower = s == 0 && !acronym && !next_capitalised;
        return Some(if lower {
            decapitalise(clause)
        } else {
            clause.to_string()
        });
    }
    None
}

/// `clause_added`: a clause of `other` (another document or row) joined with a connective, at a
/// comma of the sentence or at its end.
pub(crate) fn clause_added(tgt: &str, other: &str, rng: &mut Rng) -> Option<Edit> {
    let ws = words(tgt);
    if ws.len() < 3 {
        return None;
    }
    let clause = clause_from(other, rng)?;
    let joiner = rng.pick(&lists().joiners)?;
    let added = format!("{joiner} {clause}");
    // Where it can go: a comma between words, or the end.
    let mut places: Vec<usize> = (1..ws.len())
        .filter_map(|k| {
            let gap = &tgt[ws[k - 1].end..ws[k].start];
            gap.find(',').map(|p| ws[k - 1].end + p)
        })
        .collect();
    let trimmed = tgt.trim_end();
    let body = trimmed.trim_end_matches(['.', '!', '?']);
    let ends_plainly = body.ends_with(char::is_alphanumeric);
    if ends_plainly {
        places.push(tgt.len());
    }
    let &place = rng.pick(&places)?;
    let text = if place == tgt.len() {
        format!("{body}, {added}{}", &trimmed[body.len()..])
    } else {
        format!("{}, {added}{}", &tgt[..place], &tgt[place..])
    };
    Some(Edit {
        text,
        detail: format!("added: {}", quote(&added)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LONG: &str = "Dalam putusannya, MK menurunkan syarat tersebut menjadi 15 persen kursi, \
                        yang berlaku mulai pilkada berikutnya di seluruh provinsi.";

    #[test]
    fn clause_drop_cuts_at_a_boundary() {
        for seed in 0..20 {
            let mut rng = Rng::keyed(&seed.to_string());
            let edit = clause_dropped(LONG, &mut rng).expect("drops");
            let before = words(LONG).len();
            let after = words(&edit.text).len();
            let share = (before - after) as f64 / before as f64;
            assert!((0.25..=0.60).contains(&share), "{share}: {}", edit.text);
            let removed = edit.detail["dropped: '".len()..].trim_end_matches('\'');
            let p = LONG
                .find(removed)
                .expect("the dropped text is from the sentence");
            let before = LONG[..p].trim_end();
            let first = removed.split(' ').next().unwrap_or_default();
            assert!(
                before.ends_with([',', ';']) || lists().boundaries.contains(first),
                "cut at `{removed}`"
            );
            assert!(edit.text.ends_with('.'));
        }
        let mut rng = Rng::keyed("x");
        assert_eq!(
            clause_dropped("Kami makan nasi goreng enak sekali.", &mut rng),
            None
        );
    }

    #[test]
    fn span_drop_takes_30_to_50_percent() {
        for seed in 0..30 {
            let mut rng = Rng::keyed(&seed.to_string());
            let edit = span_dropped(LONG, &mut rng).expect("drops");
            let before = words(LONG).len();
            let dropped = before - words(&edit.text).len();
            let share = dropped as f64 / before as f64;
            assert!((0.29..=0.51).contains(&share), "{share}: {}", edit.text);
        }
    }

    #[test]
    fn clause_added_brings_5_to_12_foreign_words() {
        let other =
            "Harga cabai di pasar tradisional naik tajam menjelang akhir tahun, kata pedagang.";
        for seed in 0..20 {
            let mut rng = Rng::keyed(&seed.to_string());
            let edit = clause_added(LONG, other, &mut rng).expect("adds");
            let added = words(&edit.text).len() - words(LONG).len();
            assert!((6..=13).contains(&added), "{added}: {}", edit.text);
            let joiner = edit.detail.trim_start_matches("added: '");
            let joiner = joiner.split(' ').next().unwrap_or_default();
            assert!(
                lists().joiners.iter().any(|j| j == joiner),
                "{}",
                edit.detail
            );
        }
    }
}
