//! What faithfulness scoring adds to alignment: aligning and scoring synthetic English-Indonesian
//! document pairs of 1k and 10k sentences (NusaX rows with merges, splits, omissions and
//! insertions; see `SyntheticPair`). `score` includes the alignment.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use selaras_align::{AlignConfig, Aligner, SentenceAligner};
use selaras_bench::{EditRates, SyntheticPair};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::Scorer;
use selaras_text::{DocPair, Lang};
use std::hint::black_box;

const ID: &str = include_str!("../../../corpora/nusax-mt/train.id");
const EN: &str = include_str!("../../../corpora/nusax-mt/train.en");
const EXTRA: &str = include_str!("../../../corpora/nusax-mt/valid.id");

fn score(c: &mut Criterion) {
    let rows: Vec<(&str, &str)> = EN.lines().zip(ID.lines()).collect();
    let extra: Vec<&str> = EXTRA.lines().collect();
    let aligner = || {
        let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
            .build()
            .expect("similarity");
        SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner")
    };
    let (plain, scorer) = (aligner(), Scorer::new(aligner()));
    let mut group = c.benchmark_group("faithfulness");
    group.sample_size(10);
    for size in [1_000usize, 10_000] {
        let pair = SyntheticPair::generate(&rows, &extra, size, EditRates::default(), 1);
        let doc = DocPair::from_sentences((Lang::En, &pair.src), (Lang::Id, &pair.tgt));
        group.throughput(Throughput::Elements((doc.src.len() + doc.tgt.len()) as u64));
        group.bench_with_input(BenchmarkId::new("align", size), &doc, |b, doc| {
            b.iter(|| black_box(plain.align(doc)))
        });
        group.bench_with_input(BenchmarkId::new("score", size), &doc, |b, doc| {
            b.iter(|| black_box(scorer.score(doc)))
        });
    }
    group.finish();
}

criterion_group!(benches, score);
criterion_main!(benches);
