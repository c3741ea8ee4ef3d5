//! Development aid: Text+Berg dev strict / lax F1 for the embedding and hybrid similarities over
//! a grid of calibrations and weights.
//! `cargo run --release -p selaras --example tune_similarity -- FLOOR,.. CEIL,.. WEIGHT,.. [LEXICON.tsv]`

use selaras::stages::align::{Aligner, SentenceAligner, parse_ladder};
use selaras::stages::lexicon::{LexicalSimilarity, read_tsv};
use selaras::{AlignConfig, DocPair, Lang};
use selaras_embed::EmbeddingSimilarity;
use selaras_text::Mix;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../corpora/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("corpus file")
}

fn list(arg: Option<String>, default: &str) -> Vec<f32> {
    arg.as_deref()
        .unwrap_or(default)
        .split(',')
        .map(|x| x.parse().expect("number"))
        .collect()
}

fn main() {
    let mut args = std::env::args().skip(1);
    let floors = list(args.next(), "0.15");
    let ceils = list(args.next(), "0.85");
    let weights = list(args.next(), "0.5");
    let lexicon = args.next();
    let (de, fr) = (read("text-berg-dev/dev.de"), read("text-berg-dev/dev.fr"));
    let de: Vec<&str> = de.lines().collect();
    let fr: Vec<&str> = fr.lines().collect();
    let pair = DocPair::from_sentences(
        (Lang::Other("de".into()), &de),
        (Lang::Other("fr".into()), &fr),
    );
    let gold = parse_ladder(&read("text-berg-dev/dev.defr")).expect("gold");
    let mut builder =
        LexicalSimilarity::builder(Lang::Other("de".into()), Lang::Other("fr".into()));
    if let Some(path) = lexicon {
        builder = builder.lexicon(std::sync::Arc::new(
            read_tsv(std::path::Path::new(&path)).expect("lexicon"),
        ));
    }
    let lexical = builder.build().expect("lexical");
    for &floor in &floors {
        for &ceil in &ceils {
            for &weight in &weights {
                let mix = Mix {
                    first: lexical.clone(),
                    second: EmbeddingSimilarity::embedded()
                        .expect("encoder")
                        .with_calibration(floor, ceil),
                    weight,
                };
                let aligner = SentenceAligner::new(mix, AlignConfig::default()).expect("aligner");
                let test: Vec<(Vec<usize>, Vec<usize>)> = aligner
                    .align(&pair)
                    .beads
                    .iter()
                    .map(|b| (b.src.clone().collect(), b.tgt.clone().collect()))
                    .collect();
                let s = selaras_eval::score_alignments(&[(gold.clone(), test)]);
                println!(
                    "floor {floor:.2} ceil {ceil:.2} weight {weight:.2}: strict {:.3} lax {:.3}",
                    s.f1_strict, s.f1_lax
                );
            }
        }
    }
}
