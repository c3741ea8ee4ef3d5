//! What faithfulness scoring adds to alignment: aligning and scoring synthetic English-Indonesian
//! document pairs of 1k and 10k sentences (NusaX rows with merges, splits, omissions and
//! insertions; see `SyntheticPair`). `score` includes the alignment.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use selaras_align::{AlignConfig, AlignInput, Aligner, EditRates, SentenceAligner, SyntheticPair};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::Scorer;
use selaras_text::Lang;
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
        let src: Vec<&str> = pair.src.iter().map(String::as_str).collect();
        let tgt: Vec<&str> = pair.tgt.iter().map(String::as_str).collect();
        group.throughput(Throughput::Elements((src.len() + tgt.len()) as u64));
        group.bench_with_input(
            BenchmarkId::new("align", size),
            &(&src, &tgt),
            |b, (src, tgt)| b.iter(|| black_box(plain.align(&AlignInput::new(src, tgt)))),
        );
        group.bench_with_input(
            BenchmarkId::new("score", size),
            &(&src, &tgt),
            |b, (src, tgt)| {
                b.iter(|| black_box(scorer.score_sentences((&Lang::En, src), (&Lang::Id, tgt))))
            },
        );
    }
    group.finish();
}

criterion_group!(benches, score);
criterion_main!(benches);
