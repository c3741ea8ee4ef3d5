//! Token ids and embeddings against `scripts/make_embed_reference.py` (the `sentencepiece`
//! library for ids, the wheel's numpy forward pass for embeddings).

use selaras_embed::{DIM, Encoder, cosine};
use serde::Deserialize;

#[derive(Deserialize)]
struct Reference {
    sentences: Vec<Sentence>,
}

#[derive(Deserialize)]
struct Sentence {
    kind: String,
    text: String,
    ids: Vec<u32>,
}

fn reference() -> (Vec<Sentence>, Vec<f32>) {
    let json = include_str!("../data/embed_reference.json");
    let doc: Reference = serde_json::from_str(json).expect("reference json parses");
    let raw = include_bytes!("../data/embed_reference.f32");
    let emb: Vec<f32> = raw
        .chunks_exact(4)
        .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    assert_eq!(emb.len(), doc.sentences.len() * DIM);
    (doc.sentences, emb)
}

fn encoder() -> &'static Encoder {
    Encoder::embedded().expect("embedded data loads")
}

#[test]
fn token_ids_match_sentencepiece() {
    let (sentences, _) = reference();
    assert!(sentences.len() >= 200);
    let mismatches: Vec<String> = sentences
        .iter()
        .filter_map(|s| {
            let got = encoder().tokenize(&s.text);
            (got != s.ids).then(|| {
                format!(
                    "{} {:?}\n  want {:?}\n  got  {:?}",
                    s.kind, s.text, s.ids, got
                )
            })
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} differ:\n{}",
        mismatches.len(),
        sentences.len(),
        mismatches.join("\n")
    );
}

#[test]
fn embeddings_match_numpy() {
    let (sentences, want) = reference();
    let texts: Vec<&str> = sentences.iter().map(|s| s.text.as_str()).collect();
    let got = encoder().embed(&texts);
    assert_eq!(got.len(), texts.len());
    let mut worst = (f32::INFINITY, 0);
    for i in 0..texts.len() {
        let c = cosine(got.row(i), &want[i * DIM..(i + 1) * DIM]);
        if c < worst.0 {
            worst = (c, i);
        }
    }
    eprintln!("min cosine {:.7} ({:?})", worst.0, texts[worst.1]);
    assert!(
        worst.0 >= 0.999,
        "cosine {} for {:?}",
        worst.0,
        texts[worst.1]
    );
}
