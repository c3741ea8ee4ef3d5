//! Development aid: the wrong beads of the synthetic NusaX documents, with their texts.
use selaras_align::{AlignConfig, AlignInput, Aligner, EditRates, SentenceAligner, SyntheticPair};
use selaras_lexicon::{LexicalSimilarity, PreparedPair, Similarity};
use selaras_text::Lang;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../corpora/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("corpus")
}

fn main() {
    let (nid, nen, nextra) = (
        read("nusax-mt/test.id"),
        read("nusax-mt/test.en"),
        read("nusax-mt/valid.en"),
    );
    let rows: Vec<(&str, &str)> = nid
        .lines()
        .zip(nen.lines())
        .filter(|&(s, t)| selaras_align::SyntheticPair::is_sound_row(s, t))
        .collect();
    let extra: Vec<&str> = nextra.lines().collect();
    let similarity = LexicalSimilarity::builder(Lang::Id, Lang::En)
        .build()
        .expect("s");
    let aligner = SentenceAligner::new(similarity.clone(), AlignConfig::default()).expect("a");
    for seed in 0..6u64 {
        let start = 55 * seed as usize;
        let pair = SyntheticPair::generate(&rows[start..], &extra, 100, EditRates::default(), seed);
        let src: Vec<&str> = pair.src.iter().map(String::as_str).collect();
        let tgt: Vec<&str> = pair.tgt.iter().map(String::as_str).collect();
        let prepared = similarity.prepare(&src, &tgt);
        let alignment = aligner.align(&AlignInput::new(&src, &tgt));
        for bead in &alignment.beads {
            if !pair.gold.contains(&(bead.src.clone(), bead.tgt.clone())) {
                let sim = if bead.is_null() {
                    0.0
                } else {
                    prepared.score(bead.src.clone(), bead.tgt.clone())
                };
                println!(
                    "doc {seed} TEST {:?}:{:?} sim {sim:.3} conf {:.2}",
                    bead.src, bead.tgt, bead.confidence
                );
            }
        }
        for (s, t) in &pair.gold {
            if !alignment.beads.iter().any(|b| b.src == *s && b.tgt == *t) {
                let sim = if s.is_empty() || t.is_empty() {
                    0.0
                } else {
                    prepared.score(s.clone(), t.clone())
                };
                let st: String = src[s.clone()].join(" ").chars().take(90).collect();
                let tt: String = tgt[t.clone()].join(" ").chars().take(90).collect();
                println!("doc {seed} GOLD {s:?}:{t:?} sim {sim:.3}\n   {st}\n   {tt}");
            }
        }
    }
}
