//! Document items from news-dev: whole documents, one injected error each, spread over the
//! target sentences so that every kind gets many items.

use super::inject::Edit;
use super::item::{ChallengeItem, GoldBead, Injection};
use super::pairs::{inject_one, name_pool};
use super::words::Rng;

/// A news-dev document: English source lines, Indonesian translation lines, gold beads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsDoc {
    /// `doc01`...
    pub name: String,
    /// `tune` or `heldout` (see [`news_split`]).
    pub split: String,
    /// English sentences (line 0 the headline).
    pub en: Vec<String>,
    /// Indonesian sentences.
    pub id: Vec<String>,
    /// Gold beads (English indices, Indonesian indices).
    pub gold: Vec<GoldBead>,
}

/// The split of a news-dev document: `doc01`-`doc15` are `tune`, the rest `heldout`.
pub fn news_split(name: &str) -> &'static str {
    let number: u32 = name.trim_start_matches("doc").parse().unwrap_or(u32::MAX);
    if number <= 15 { "tune" } else { "heldout" }
}

/// Each kind should reach this many items; kinds that apply rarely get a second item on a
/// sentence already used by another kind.
const MIN_PER_KIND: usize = 40;

/// A target sentence that may carry an injection.
#[derive(Debug)]
struct Slot {
    doc: usize,
    bead: usize,
    tgt: usize,
    /// The edit of each kind (in `Injection::GENERATED` order), where it applies.
    edits: Vec<Option<Edit>>,
}

fn slots(docs: &[NewsDoc]) -> Vec<Slot> {
    let names = name_pool(docs.iter().flat_map(|d| {
        d.gold.iter().flat_map(move |(s, t)| {
            let src = s
                .first()
                .and_then(|&e| d.en.get(e))
                .map_or("", String::as_str);
            t.iter()
                .filter_map(move |&i| d.id.get(i).map(|tgt| (src, tgt.as_str())))
        })
    }));
    let mut out = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (b, (s, t)) in doc.gold.iter().enumerate() {
            if s.is_empty() || t.is_empty() {
                continue;
            }
            let src: Vec<&str> = s
                .iter()
                .filter_map(|&e| doc.en.get(e).map(String::as_str))
                .collect();
            let src = src.join(" ");
            for &i in t {
                let Some(tgt) = doc.id.get(i) else { continue };
                let origin = format!("news-dev:{}:id{i}", doc.name);
                let edits = Injection::GENERATED
                    .iter()
                    .map(|&kind| {
                        let mut rng = Rng::keyed(&format!("{origin}/{}", kind.name()));
                        if kind == Injection::BoilerplateInserted && t.last() != Some(&i) {
                            return None;
                        }
                        let other = other_sentence(docs, d, &mut rng);
                        inject_one(kind, &src, tgt, &names, other, &mut rng)
                    })
                    .collect();
                out.push(Slot {
                    doc: d,
                    bead: b,
                    tgt: i,
                    edits,
                });
            }
        }
    }
    out
}

/// A sentence (not a headline) of another document, for an added clause.
fn other_sentence<'a>(docs: &'a [NewsDoc], not: usize, rng: &mut Rng) -> &'a str {
    if docs.len() < 2 {
        return "";
    }
    let d = (not + 1 + rng.below(docs.len() - 1)) % docs.len();
    let lines = &docs[d].id;
    if lines.len() < 2 {
        return lines.first().map_or("", String::as_str);
    }
    &lines[1 + rng.below(lines.len() - 1)]
}

/// Which (slot, kind) pairs become items: the scarcest kinds choose first, up to an equal share,
/// the remaining sentences take the least used kind that applies, then kinds under
/// `MIN_PER_KIND` take second items on used sentences.
fn assign(slots: &[Slot]) -> Vec<(usize, usize)> {
    let kinds = Injection::GENERATED.len();
    let applicable = |s: usize, k: usize| slots[s].edits[k].is_some();
    let mut by_scarcity: Vec<usize> = (0..kinds).collect();
    by_scarcity.sort_by_key(|&k| (0..slots.len()).filter(|&s| applicable(s, k)).count());
    let quota = slots.len().div_ceil(kinds);
    let mut assigned: Vec<Option<usize>> = vec![None; slots.len()];
    let mut counts = vec![0usize; kinds];
    for &k in &by_scarcity {
        let mut free: Vec<usize> = (0..slots.len())
            .filter(|&s| assigned[s].is_none() && applicable(s, k))
            .collect();
        Rng::keyed(&format!(
            "news-dev/assign/{}",
            Injection::GENERATED[k].name()
        ))
        .shuffle(&mut free);
        for s in free.into_iter().take(quota) {
            assigned[s] = Some(k);
            counts[k] += 1;
        }
    }
    for (s, slot_kind) in assigned.iter_mut().enumerate() {
        if slot_kind.is_some() {
            continue;
        }
        let best = (0..kinds)
            .map(|r| (s + r) % kinds)
            .filter(|&k| applicable(s, k))
            .min_by_key(|&k| counts[k]);
        if let Some(k) = best {
            *slot_kind = Some(k);
            counts[k] += 1;
        }
    }
    let mut chosen: Vec<(usize, usize)> = assigned
        .iter()
        .enumerate()
        .filter_map(|(s, k)| k.map(|k| (s, k)))
        .collect();
    for (k, &count) in counts.iter().enumerate() {
        if count >= MIN_PER_KIND {
            continue;
        }
        let mut extra: Vec<usize> = (0..slots.len())
            .filter(|&s| applicable(s, k) && assigned[s] != Some(k))
            .collect();
        Rng::keyed(&format!(
            "news-dev/extra/{}",
            Injection::GENERATED[k].name()
        ))
        .shuffle(&mut extra);
        for s in extra.into_iter().take(MIN_PER_KIND - count) {
            chosen.push((s, k));
        }
    }
    chosen.sort_by_key(|&(s, k)| (slots[s].doc, slots[s].tgt, k));
    chosen
}

fn clean_item(doc: &NewsDoc) -> ChallengeItem {
    ChallengeItem {
        origin: format!("news-dev:{}", doc.name),
        split: doc.split.clone(),
        injection: Injection::Clean,
        at: None,
        detail: String::new(),
        src: doc.en.clone(),
        tgt: doc.id.clone(),
        gold: doc.gold.clone(),
    }
}

/// Document items: each document clean, and copies of it with one injection each on one target
/// sentence of a gold bead (for a boilerplate line, inserted after the bead and given a 0-1 bead
/// in `gold`). Deterministic.
pub fn news_items(docs: &[NewsDoc]) -> Vec<ChallengeItem> {
    let slots = slots(docs);
    let chosen = assign(&slots);
    let mut items = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        items.push(clean_item(doc));
        for &(s, k) in chosen.iter().filter(|(s, _)| slots[*s].doc == d) {
            let slot = &slots[s];
            let Some(edit) = &slot.edits[k] else { continue };
            let kind = Injection::GENERATED[k];
            let mut item = clean_item(doc);
            item.injection = kind;
            item.detail = edit.detail.clone();
            if kind == Injection::BoilerplateInserted {
                let at = slot.tgt + 1;
                item.tgt.insert(at, edit.text.clone());
                for (_, t) in &mut item.gold {
                    for i in t.iter_mut().filter(|i| **i >= at) {
                        *i += 1;
                    }
                }
                item.gold.insert(slot.bead + 1, (Vec::new(), vec![at]));
                item.at = Some(at);
            } else {
                item.tgt[slot.tgt] = edit.text.clone();
                item.at = Some(slot.tgt);
            }
            items.push(item);
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> NewsDoc {
        let lines = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        NewsDoc {
            name: "doc02".into(),
            split: "tune".into(),
            en: lines(&[
                "Floods hit Semarang",
                "Floods hit Semarang on Monday, forcing 3,560 people to leave their homes.",
                "The agency said rain would continue, and that no deaths were reported.",
            ]),
            id: lines(&[
                "Banjir Landa Semarang",
                "Banjir melanda Semarang pada Senin.",
                "Sebanyak 3.560 warga mengungsi dari rumah mereka.",
                "BPBD menyebutkan hujan masih akan turun, dan tidak ada laporan korban jiwa.",
            ]),
            gold: vec![
                (vec![0], vec![0]),
                (vec![1], vec![1, 2]),
                (vec![2], vec![3]),
            ],
        }
    }

    #[test]
    fn boilerplate_shifts_the_gold() {
        let mut other = doc();
        other.name = "doc20".into();
        let items = news_items(&[doc(), other]);
        let clean = items
            .iter()
            .filter(|i| i.injection == Injection::Clean)
            .count();
        assert_eq!(clean, 2);
        for item in &items {
            let covered: Vec<usize> = {
                let mut v: Vec<usize> = item.gold.iter().flat_map(|b| b.1.clone()).collect();
                v.sort_unstable();
                v
            };
            assert_eq!(covered, (0..item.tgt.len()).collect::<Vec<_>>(), "{item:?}");
            if let Some(at) = item.at {
                let changed = item.tgt.len() != doc().id.len() || item.tgt[at] != doc().id[at];
                assert!(changed, "{item:?}");
            }
        }
        assert_eq!(news_split("doc15"), "tune");
        assert_eq!(news_split("doc16"), "heldout");
    }
}
