//! The lexical similarity on the bundled article and its English source.

use selaras_lexicon::{Explain, LexicalSimilarity};
use selaras_text::Lang;
use selaras_text::PreparedPair;

const EN: &str = include_str!("../../../corpora/zelensky-peace-talks/en.sent");
const ID: &str = include_str!("../../../corpora/zelensky-peace-talks/id.sent");
const GOLD: &str = include_str!("../../../corpora/zelensky-peace-talks/en-id.gold");

/// The gold 1-1 beads as (en index, id index).
fn one_to_one() -> Vec<(usize, usize)> {
    GOLD.lines()
        .filter_map(|line| {
            let (src, tgt) = line.split_once(':')?;
            let parse = |s: &str| -> Vec<usize> {
                s.trim_matches(['[', ']'])
                    .split(',')
                    .filter_map(|n| n.trim().parse().ok())
                    .collect()
            };
            match (parse(src).as_slice(), parse(tgt).as_slice()) {
                ([e], [i]) => Some((*e, *i)),
                _ => None,
            }
        })
        .collect()
}

#[test]
fn every_gold_one_to_one_bead_beats_all_other_pairings_of_its_english_sentence() {
    let en: Vec<&str> = EN.lines().collect();
    let id: Vec<&str> = ID.lines().collect();
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("embedded lexicon fits en-id");
    let pair = similarity.prepare_sentences(&en, &id);
    let beads = one_to_one();
    assert_eq!(beads.len(), 22);
    for (e, i) in beads {
        let gold = pair.score(e..e + 1, i..i + 1);
        for other in (0..id.len()).filter(|&o| o != i) {
            let score = pair.score(e..e + 1, other..other + 1);
            assert!(
                score < gold,
                "en {e} with id {other} scores {score:.3}, not below gold id {i} ({gold:.3})\n{:#?}",
                pair.explain(e..e + 1, other..other + 1)
            );
        }
    }
}

#[test]
fn explanation_lists_numbers_and_names_of_the_strike_sentence() {
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("build");
    let pair = similarity.prepare_sentences(
        &["Ukrainian authorities said Russia launched 653 drones and 51 missiles on Friday night."],
        &["Otoritas Ukraina menyebut Rusia meluncurkan 635 drone dan 51 misil pada Jumat malam."],
    );
    let explanation = pair.explain(0..1, 0..1);
    let matched: Vec<(&str, &str)> = explanation
        .numbers
        .matched
        .iter()
        .map(|m| (m.src.text.as_str(), m.tgt.text.as_str()))
        .collect();
    assert_eq!(matched, [("51", "51")]);
    assert_eq!(explanation.numbers.unmatched_src[0].text, "653");
    assert_eq!(explanation.numbers.unmatched_tgt[0].text, "635");
    let words: Vec<&str> = explanation
        .matches
        .iter()
        .map(|m| m.src.text.as_str())
        .collect();
    for word in [
        "authorities",
        "Russia",
        "launched",
        "drones",
        "missiles",
        "Friday",
        "night",
    ] {
        assert!(words.contains(&word), "{word} not matched: {words:?}");
    }
    assert!(
        explanation.unmatched_src.is_empty(),
        "{:?}",
        explanation.unmatched_src
    );
}
