//! Development aid: time (and, under `/usr/bin/time -v`, peak memory) of aligning one synthetic
//! pair of N source sentences. `cargo run --release -p selaras-align --example align_big -- 100000`
use selaras_align::{AlignConfig, Aligner, SentenceAligner};
use selaras_bench::{EditRates, SyntheticPair};
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{DocPair, Lang};

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = format!("{}/../../corpora/nusax-mt", env!("CARGO_MANIFEST_DIR"));
    let read = |f: &str| std::fs::read_to_string(format!("{dir}/{f}")).expect("corpus");
    let (id, en, extra) = (read("train.id"), read("train.en"), read("valid.en"));
    let rows: Vec<(&str, &str)> = id.lines().zip(en.lines()).collect();
    let extra: Vec<&str> = extra.lines().collect();
    let pair = SyntheticPair::generate(&rows, &extra, n, EditRates::default(), 1);
    let doc = DocPair::from_sentences((Lang::Id, &pair.src), (Lang::En, &pair.tgt));
    let similarity = LexicalSimilarity::builder(Lang::Id, Lang::En)
        .build()
        .expect("similarity");
    let aligner = SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner");
    let start = std::time::Instant::now();
    let prepared = aligner.prepare(&doc);
    let prepare_seconds = start.elapsed().as_secs_f64();
    let alignment = aligner.align_prepared(&doc, &prepared);
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "features {prepare_seconds:.2} s, search {:.2} s",
        seconds - prepare_seconds
    );
    let exact = alignment
        .beads
        .iter()
        .filter(|b| pair.gold.contains(&(b.src.clone(), b.tgt.clone())))
        .count();
    println!(
        "{} + {} sentences aligned in {seconds:.2} s ({:.0} sentences/s); {} of {} beads exact",
        doc.src.len(),
        doc.tgt.len(),
        (doc.src.len() + doc.tgt.len()) as f64 / seconds,
        exact,
        alignment.beads.len()
    );
}
