//! Segmentation throughput on the bundled article, repeated to several sizes.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use selaras_text::{Lang, RuleSegmenter, Segmenter};
use std::hint::black_box;

const ID_ARTICLE: &str = include_str!("../../../corpora/zelensky-peace-talks/id.txt");
const EN_ARTICLE: &str = include_str!("../../../corpora/zelensky-peace-talks/en.txt");

fn repeated(article: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + article.len());
    while text.len() < bytes {
        text.push_str(article);
        text.push_str("\n\n");
    }
    text
}

fn segment(c: &mut Criterion) {
    let mut group = c.benchmark_group("segment");
    for (lang, article) in [(Lang::Id, ID_ARTICLE), (Lang::En, EN_ARTICLE)] {
        let segmenter = RuleSegmenter::builder(lang.clone())
            .build()
            .expect("default rules build");
        for size in [64 << 10, 1 << 20] {
            let text = repeated(article, size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(lang.code(), format!("{}KiB", size >> 10)),
                &text,
                |b, text| b.iter(|| segmenter.segment(black_box(text))),
            );
        }
    }
    group.finish();
}

criterion_group!(benches, segment);
criterion_main!(benches);
