//! Similarity evaluations per second on news-length sentence pairs (the bundled article), and the
//! cost of preparing a document pair.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use selaras_lexicon::{Explain, LexicalSimilarity};
use selaras_text::Lang;
use selaras_text::PreparedPair;
use std::hint::black_box;

const EN: &str = include_str!("../../../corpora/zelensky-peace-talks/en.sent");
const ID: &str = include_str!("../../../corpora/zelensky-peace-talks/id.sent");

fn similarity(c: &mut Criterion) {
    let en: Vec<&str> = EN.lines().collect();
    let id: Vec<&str> = ID.lines().collect();
    let model = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("embedded lexicon fits");
    let pair = model.prepare_sentences(&en, &id);
    let mut group = c.benchmark_group("similarity");
    let evaluations = (en.len() * id.len()) as u64;
    group.throughput(Throughput::Elements(evaluations));
    group.bench_function("score_all_1x1_pairs", |b| {
        b.iter(|| {
            let mut total = 0.0f32;
            for e in 0..en.len() {
                for i in 0..id.len() {
                    total += pair.score(e..e + 1, i..i + 1);
                }
            }
            black_box(total)
        })
    });
    group.throughput(Throughput::Elements(1));
    group.bench_function("explain_one_pair", |b| {
        b.iter(|| black_box(pair.explain(black_box(16..17), black_box(17..18))))
    });
    group.throughput(Throughput::Elements((en.len() + id.len()) as u64));
    group.bench_function("prepare_article", |b| {
        b.iter(|| black_box(model.prepare_sentences(black_box(&en), black_box(&id))))
    });
    group.finish();
}

criterion_group!(benches, similarity);
criterion_main!(benches);
