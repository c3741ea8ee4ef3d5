//! Coverage in both directions, and its explanation.

use std::ops::Range;

use selaras_text::Span;

use super::explain::{Explanation, MatchKind, TokenRef, WordMatch};
use super::features::{Item, Side};

/// True when sorted `links` and sorted `keys` share an id; returns the shared link.
fn shared(links: &[(u32, MatchKind)], keys: &[u32]) -> Option<(u32, MatchKind)> {
    let (mut i, mut j) = (0, 0);
    while i < links.len() && j < keys.len() {
        match links[i].0.cmp(&keys[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return Some(links[i]),
        }
    }
    None
}

fn item_links<'a>(side: &'a Side, item: &Item) -> &'a [(u32, MatchKind)] {
    &side.links[item.links.start as usize..item.links.end as usize]
}

/// The link of `item` that the other side's sentences `range` hold, if any.
fn find_link(
    side: &Side,
    item: &Item,
    other: &Side,
    range: &Range<usize>,
) -> Option<(u32, MatchKind)> {
    let links = item_links(side, item);
    if links.is_empty() {
        return None;
    }
    other.sentences[range.clone()]
        .iter()
        .find_map(|sentence| shared(links, &sentence.keys))
}

/// (matched weight, total weight) of the content words of `side`'s `range` against `other`.
fn word_coverage(
    side: &Side,
    range: &Range<usize>,
    other: &Side,
    other_range: &Range<usize>,
) -> (f32, f32) {
    let mut matched = 0.0;
    let mut total = 0.0;
    for sentence in &side.sentences[range.clone()] {
        for item in &sentence.items {
            total += item.weight;
            if find_link(side, item, other, other_range).is_some() {
                matched += item.weight;
            }
        }
    }
    (matched, total)
}

/// A number mention: (sentence index, mention index within the sentence).
type MentionAt = (usize, usize);

/// Matched mention pairs, then the number of source and of target mentions.
type NumberPairs = (Vec<(MentionAt, MentionAt)>, usize, usize);

/// Matches the numbers of the two ranges by value (each number used once), in order.
/// Returns pairs of (src sentence, mention index, tgt sentence, mention index) and the counts.
fn number_pairs(
    src: &Side,
    src_range: &Range<usize>,
    tgt: &Side,
    tgt_range: &Range<usize>,
) -> NumberPairs {
    let no_numbers = |side: &Side, range: &Range<usize>| {
        side.sentences[range.clone()]
            .iter()
            .all(|s| s.numbers.is_empty())
    };
    if no_numbers(src, src_range) || no_numbers(tgt, tgt_range) {
        let count = |side: &Side, range: &Range<usize>| {
            side.sentences[range.clone()]
                .iter()
                .map(|s| s.numbers.len())
                .sum()
        };
        return (Vec::new(), count(src, src_range), count(tgt, tgt_range));
    }
    let tgt_numbers: Vec<(usize, usize)> = tgt_range
        .clone()
        .flat_map(|s| (0..tgt.sentences[s].numbers.len()).map(move |m| (s, m)))
        .collect();
    let mut used = vec![false; tgt_numbers.len()];
    let mut pairs = Vec::new();
    let mut src_count = 0;
    for s in src_range.clone() {
        for (m, mention) in src.sentences[s].numbers.iter().enumerate() {
            src_count += 1;
            let found = tgt_numbers.iter().enumerate().find(|&(k, &(ts, tm))| {
                !used[k] && tgt.sentences[ts].numbers[tm].same_value(mention)
            });
            if let Some((k, &target)) = found {
                used[k] = true;
                pairs.push(((s, m), target));
            }
        }
    }
    (pairs, src_count, tgt_numbers.len())
}

fn combine(src_cov: f32, tgt_cov: f32) -> f32 {
    if src_cov + tgt_cov <= 0.0 {
        0.0
    } else {
        2.0 * src_cov * tgt_cov / (src_cov + tgt_cov)
    }
}

fn ratio(matched: f32, total: f32) -> f32 {
    if total > 0.0 { matched / total } else { 0.0 }
}

fn coverages(src: &Side, sr: &Range<usize>, tgt: &Side, tr: &Range<usize>) -> (f32, f32) {
    let (ms, ts) = word_coverage(src, sr, tgt, tr);
    let (mt, tt) = word_coverage(tgt, tr, src, sr);
    let (pairs, ns, nt) = number_pairs(src, sr, tgt, tr);
    let matched_numbers = pairs.len() as f32;
    let cs = ratio(
        ms + matched_numbers * src.number_weight,
        ts + ns as f32 * src.number_weight,
    );
    let ct = ratio(
        mt + matched_numbers * tgt.number_weight,
        tt + nt as f32 * tgt.number_weight,
    );
    (cs, ct)
}

/// Coverage of each sentence of a bead by the other side of the bead (0.5 for a sentence with no
/// content words or numbers).
pub(super) fn member_coverage(
    src: &Side,
    sr: Range<usize>,
    tgt: &Side,
    tr: Range<usize>,
    src_out: &mut [f32],
    tgt_out: &mut [f32],
) {
    let (pairs, _, _) = number_pairs(src, &sr, tgt, &tr);
    let fill = |side: &Side,
                range: &Range<usize>,
                other: &Side,
                other_range: &Range<usize>,
                matched_numbers: &dyn Fn(usize) -> usize,
                out: &mut [f32]| {
        for (slot, s) in out.iter_mut().zip(range.clone()) {
            let sentence = &side.sentences[s];
            let mut matched = matched_numbers(s) as f32 * side.number_weight;
            let mut total = sentence.numbers.len() as f32 * side.number_weight;
            for item in &sentence.items {
                total += item.weight;
                if find_link(side, item, other, other_range).is_some() {
                    matched += item.weight;
                }
            }
            *slot = if total > 0.0 { matched / total } else { 0.5 };
        }
    };
    let src_numbers = |s: usize| pairs.iter().filter(|(a, _)| a.0 == s).count();
    let tgt_numbers = |t: usize| pairs.iter().filter(|(_, b)| b.0 == t).count();
    fill(src, &sr, tgt, &tr, &src_numbers, src_out);
    fill(tgt, &tr, src, &sr, &tgt_numbers, tgt_out);
}

/// Bits of the units of `side`'s sentence `k` that `other`'s sentence `l` expresses.
pub(super) fn pair_units(side: &Side, k: usize, other: &Side, l: usize, bits: &mut Vec<u64>) {
    let sentence = &side.sentences[k];
    let units = sentence.items.len() + sentence.numbers.len();
    bits.clear();
    bits.resize(units.div_ceil(64), 0);
    let range = l..l + 1;
    for (u, item) in sentence.items.iter().enumerate() {
        if find_link(side, item, other, &range).is_some() {
            bits[u / 64] |= 1 << (u % 64);
        }
    }
    let others = &other.sentences[l].numbers;
    for (q, number) in sentence.numbers.iter().enumerate() {
        if others.iter().any(|o| o.same_value(number)) {
            let u = sentence.items.len() + q;
            bits[u / 64] |= 1 << (u % 64);
        }
    }
}

/// The similarity of source sentences `sr` and target sentences `tr`.
pub(super) fn score(src: &Side, sr: Range<usize>, tgt: &Side, tr: Range<usize>) -> f32 {
    let (cs, ct) = coverages(src, &sr, tgt, &tr);
    combine(cs, ct)
}

fn token_ref(side: &Side, sentence: usize, first: usize, last: usize) -> TokenRef {
    let tokens = &side.sentences[sentence].tokens;
    let span = Span::new(tokens[first].start, tokens[last].end);
    TokenRef {
        sentence,
        span,
        text: span.slice(&side.texts[sentence]).to_string(),
    }
}

fn item_ref(side: &Side, sentence: usize, item: &Item) -> TokenRef {
    token_ref(side, sentence, item.token as usize, item.token as usize)
}

/// The first item of `range` on `side` whose surface form or root is `id`.
fn item_with_key<'a>(side: &'a Side, range: &Range<usize>, id: u32) -> Option<(usize, &'a Item)> {
    range.clone().find_map(|s| {
        side.sentences[s]
            .items
            .iter()
            .find(|item| item.surface == id || item.root == id)
            .map(|item| (s, item))
    })
}

/// The similarity with its evidence, in one pass over the bead's words and numbers (the
/// coverages are summed from the same links the explanation lists).
pub(super) fn explain(src: &Side, sr: Range<usize>, tgt: &Side, tr: Range<usize>) -> Explanation {
    let mut explanation = Explanation::default();
    let (mut src_matched, mut src_total) = (0.0f32, 0.0f32);
    for s in sr.clone() {
        for item in &src.sentences[s].items {
            src_total += item.weight;
            let here = item_ref(src, s, item);
            let link = find_link(src, item, tgt, &tr);
            if link.is_some() {
                src_matched += item.weight;
            }
            let found = link.and_then(|(id, via)| {
                item_with_key(tgt, &tr, id).map(|(ts, t)| (item_ref(tgt, ts, t), via))
            });
            match found {
                Some((there, via)) => {
                    let matched = WordMatch {
                        src: here,
                        tgt: there,
                        via,
                    };
                    if item.name {
                        explanation.names.matched.push(matched.clone());
                    }
                    explanation.matches.push(matched);
                }
                None if item.name => explanation.names.unmatched_src.push(here),
                None => explanation.unmatched_src.push(here),
            }
        }
    }
    let (mut tgt_matched, mut tgt_total) = (0.0f32, 0.0f32);
    for t in tr.clone() {
        for item in &tgt.sentences[t].items {
            tgt_total += item.weight;
            let here = item_ref(tgt, t, item);
            if find_link(tgt, item, src, &sr).is_some() {
                tgt_matched += item.weight;
                explanation.matched_tgt.push(here);
            } else if item.name {
                explanation.names.unmatched_tgt.push(here);
            } else {
                explanation.unmatched_tgt.push(here);
            }
        }
    }
    let (pairs, ns, nt) = number_pairs(src, &sr, tgt, &tr);
    let matched_numbers = pairs.len() as f32;
    let cs = ratio(
        src_matched + matched_numbers * src.number_weight,
        src_total + ns as f32 * src.number_weight,
    );
    let ct = ratio(
        tgt_matched + matched_numbers * tgt.number_weight,
        tgt_total + nt as f32 * tgt.number_weight,
    );
    explanation.score = combine(cs, ct);
    explanation.coverage_src = cs;
    explanation.coverage_tgt = ct;
    let mut src_used = Vec::new();
    let mut tgt_used = Vec::new();
    for ((s, m), (t, n)) in pairs {
        let a = &src.sentences[s].numbers[m];
        let b = &tgt.sentences[t].numbers[n];
        explanation.numbers.matched.push(WordMatch {
            src: token_ref(src, s, a.first_token, a.last_token),
            tgt: token_ref(tgt, t, b.first_token, b.last_token),
            via: MatchKind::Number,
        });
        src_used.push((s, m));
        tgt_used.push((t, n));
    }
    for s in sr {
        for (m, a) in src.sentences[s].numbers.iter().enumerate() {
            if !src_used.contains(&(s, m)) {
                explanation.numbers.unmatched_src.push(token_ref(
                    src,
                    s,
                    a.first_token,
                    a.last_token,
                ));
            }
        }
    }
    for t in tr {
        for (n, b) in tgt.sentences[t].numbers.iter().enumerate() {
            if !tgt_used.contains(&(t, n)) {
                explanation.numbers.unmatched_tgt.push(token_ref(
                    tgt,
                    t,
                    b.first_token,
                    b.last_token,
                ));
            }
        }
    }
    explanation
}
