//! BLEU, chrF, chrF++ and TER on 100k segment pairs (NusaX English rows against word-dropped copies).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use selaras_eval::{Bleu, Chrf, Metric, Ter};
use std::hint::black_box;

const EN: &str = include_str!("../../../corpora/nusax-mt/train.en");

fn corpus(size: usize) -> (Vec<String>, Vec<String>) {
    let rows: Vec<&str> = EN.lines().collect();
    let refs: Vec<String> = (0..size)
        .map(|k| rows[k % rows.len()].to_string())
        .collect();
    let hyps: Vec<String> = refs
        .iter()
        .enumerate()
        .map(|(k, r)| {
            r.split(' ')
                .enumerate()
                .filter(|(w, _)| (w + k) % 7 != 3)
                .map(|(_, word)| word)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    (hyps, refs)
}

fn mt(c: &mut Criterion) {
    let (hyps, refs) = corpus(100_000);
    let hyps: Vec<&str> = hyps.iter().map(String::as_str).collect();
    let refs = vec![refs.iter().map(String::as_str).collect::<Vec<_>>()];
    let mut group = c.benchmark_group("mt-100k");
    group.sample_size(10);
    group.throughput(Throughput::Elements(hyps.len() as u64));
    group.bench_function("bleu", |b| {
        b.iter(|| black_box(Bleu::default().corpus(&hyps, &refs)))
    });
    group.bench_function("chrf", |b| {
        b.iter(|| black_box(Chrf::default().corpus(&hyps, &refs)))
    });
    group.bench_function("chrf++", |b| {
        b.iter(|| {
            black_box(
                Chrf {
                    word_order: 2,
                    ..Chrf::default()
                }
                .corpus(&hyps, &refs),
            )
        })
    });
    group.bench_function("ter", |b| {
        b.iter(|| black_box(Ter::default().corpus(&hyps, &refs)))
    });
    group.finish();
}

criterion_group!(benches, mt);
criterion_main!(benches);
