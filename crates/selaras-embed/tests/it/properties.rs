//! Invariants: any UTF-8 is accepted, batching does not change results, vectors are unit.

use proptest::prelude::*;
use selaras_embed::{DIM, Encoder, cosine};

fn encoder() -> &'static Encoder {
    Encoder::embedded().expect("embedded data loads")
}

#[test]
fn batch_equals_one_by_one() {
    let texts = [
        "",
        "Kyiv",
        "Zelensky said they had discussed how to make sure Russia sticks to any potential deal.",
        "Perundingan di Miami adalah pertemuan keenam antara kedua delegasi dalam dua minggu.",
        "Die Expedition erreichte den Gipfel am 3. Mai.",
        "\u{1f600} <s> <unk>",
    ];
    // Enough copies that the batch is split into several packed batches.
    let many: Vec<&str> = texts.iter().copied().cycle().take(120).collect();
    let batch = encoder().embed(&many);
    assert_eq!(batch.len(), many.len());
    for (i, text) in many.iter().enumerate() {
        let alone = encoder().embed(&[text]);
        let c = cosine(batch.row(i), alone.row(0));
        assert!(c > 0.99999, "{text:?}: cosine {c}");
        let diff = batch
            .row(i)
            .iter()
            .zip(alone.row(0))
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f32::max);
        assert!(diff < 1e-5, "{text:?}: max difference {diff}");
    }
}

#[test]
fn embeddings_are_unit_vectors() {
    let e = encoder().embed(&["one", "two words", ""]);
    for row in e.iter() {
        assert_eq!(row.len(), DIM);
        let n: f32 = row.iter().map(|v| v * v).sum();
        assert!((n - 1.0).abs() < 1e-4, "norm² {n}");
    }
    assert!(encoder().embed(&[]).is_empty());
    assert!(e.get(3).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_utf8_tokenizes(text in any::<String>()) {
        let ids = encoder().tokenize(&text);
        prop_assert_eq!(ids.first(), Some(&1));
        prop_assert_eq!(ids.last(), Some(&2));
        prop_assert!(ids.iter().all(|&id| id < 128_000));
    }

    #[test]
    fn arbitrary_mixed_text_never_panics(text in "[a-z \\u{300}-\\u{36f}\\u{2581}\\u{3000}\\u{ff01}-\\u{ff5e}\\u{1f600}-\\u{1f64f}<>/]{0,60}") {
        let ids = encoder().tokenize(&text);
        prop_assert!(ids.len() >= 2);
    }
}

proptest! {
    // The forward pass is slow in unoptimised test builds: fewer cases, short strings.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn arbitrary_utf8_embeds(text in proptest::collection::vec(any::<char>(), 0..40).prop_map(String::from_iter)) {
        let e = encoder().embed(&[&text]);
        let row = e.row(0);
        prop_assert!(row.iter().all(|v| v.is_finite()));
        let n: f32 = row.iter().map(|v| v * v).sum();
        prop_assert!((n - 1.0).abs() < 1e-4);
    }
}
