//! Alignment speed on synthetic Indonesian-English document pairs of 1k, 10k and 100k sentences
//! (NusaX rows with merges, splits, omissions and insertions; see `SyntheticPair`).

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use selaras_align::{AlignConfig, Aligner, SentenceAligner};
use selaras_bench::{EditRates, SyntheticPair};
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{DocPair, Lang};
use std::hint::black_box;

const ID: &str = include_str!("../../../corpora/nusax-mt/train.id");
const EN: &str = include_str!("../../../corpora/nusax-mt/train.en");
const EXTRA: &str = include_str!("../../../corpora/nusax-mt/valid.en");

fn align(c: &mut Criterion) {
    let rows: Vec<(&str, &str)> = ID.lines().zip(EN.lines()).collect();
    let extra: Vec<&str> = EXTRA.lines().collect();
    let similarity = LexicalSimilarity::builder(Lang::Id, Lang::En)
        .build()
        .expect("similarity");
    let aligner = SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner");
    let mut group = c.benchmark_group("align");
    group.sample_size(10);
    for size in [1_000usize, 10_000, 100_000] {
        let pair = SyntheticPair::generate(&rows, &extra, size, EditRates::default(), 1);
        let doc = DocPair::from_sentences((Lang::Id, &pair.src), (Lang::En, &pair.tgt));
        group.throughput(Throughput::Elements((doc.src.len() + doc.tgt.len()) as u64));
        group.bench_with_input(BenchmarkId::from_parameter(size), &doc, |b, doc| {
            b.iter(|| black_box(aligner.align(doc)))
        });
    }
    group.finish();
}

criterion_group!(benches, align);
criterion_main!(benches);
