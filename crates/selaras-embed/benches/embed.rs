//! Throughput of `Encoder::embed` on news sentences (the bundled English and Indonesian
//! article, repeated to about 2,000 sentences; and the 920 distinct lines of `news-dev`, whose
//! tokens repeat only as much as real text does: the per-id work is shared across a call, so
//! the repeated article flatters it), and the time of the first `Encoder` load.
//!
//! `cargo bench -p selaras-embed --bench embed`

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use selaras_embed::Encoder;

/// Sentences of the article: one per line, split further at ". ".
fn news_sentences(target: usize) -> Vec<String> {
    let root = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpora/zelensky-peace-talks/"
    );
    let mut base = Vec::new();
    for file in ["en.txt", "id.txt"] {
        let text = std::fs::read_to_string(format!("{root}{file}")).unwrap_or_default();
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            base.extend(line.split(". ").map(str::to_owned));
        }
    }
    if base.is_empty() {
        base.push(
            "The Miami session was the sixth meeting between the two delegations.".to_owned(),
        );
    }
    base.iter().cycle().take(target).cloned().collect()
}

/// Every non-empty line of the `news-dev` documents (English and Indonesian), in file order.
fn news_dev() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpora/news-dev/");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.sort();
    let mut lines = Vec::new();
    for path in paths {
        if matches!(path.extension().and_then(|e| e.to_str()), Some("en" | "id")) {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            lines.extend(
                text.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned),
            );
        }
    }
    lines
}

fn bench(c: &mut Criterion) {
    let start = Instant::now();
    let encoder = Encoder::embedded().expect("embedded data loads");
    eprintln!(
        "Encoder load (first call): {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );

    let sentences = news_sentences(2000);
    let refs: Vec<&str> = sentences.iter().map(String::as_str).collect();
    let tokens: usize = refs.iter().map(|s| encoder.tokenize(s).len()).sum();
    eprintln!(
        "{} sentences, {:.1} tokens each",
        refs.len(),
        tokens as f64 / refs.len() as f64
    );

    let mut group = c.benchmark_group("embed");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.throughput(Throughput::Elements(refs.len() as u64));
    group.bench_function("news_2000", |b| b.iter(|| encoder.embed(black_box(&refs))));
    let dev = news_dev();
    if !dev.is_empty() {
        let dev: Vec<&str> = dev.iter().map(String::as_str).collect();
        group.throughput(Throughput::Elements(dev.len() as u64));
        group.bench_function(format!("news_dev_{}", dev.len()), |b| {
            b.iter(|| encoder.embed(black_box(&dev)))
        });
    }
    group.throughput(Throughput::Elements(refs.len() as u64));
    group.bench_function("tokenize_2000", |b| {
        b.iter(|| {
            refs.iter()
                .map(|s| encoder.tokenize(black_box(s)).len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
