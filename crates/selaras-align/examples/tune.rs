//! Development aid: alignment F1 on the bundled corpora for a grid of settings.
//! `cargo run --release -p selaras-align --example tune -- KEY=V1,V2 ...`

use selaras_align::{AlignConfig, Aligner, SentenceAligner, parse_ladder};
use selaras_eval::score_alignments;
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{DocPair, Document, Lang, RuleSegmenter};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../corpora/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("corpus file")
}

fn f1(config: &AlignConfig, pair: &DocPair, gold: &str) -> (f64, f64) {
    let src_lang = pair.src.lang().clone();
    let mut builder = LexicalSimilarity::builder(src_lang.clone(), pair.tgt.lang().clone());
    if let (Ok(path), Lang::Other(_)) = (std::env::var("LEXICON"), &src_lang) {
        let lexicon = selaras_lexicon::read_tsv(std::path::Path::new(&path)).expect("lexicon");
        builder = builder.lexicon(std::sync::Arc::new(lexicon));
    }
    let similarity = builder.build().expect("similarity");
    let aligner = SentenceAligner::new(similarity, config.clone()).expect("aligner");
    let alignment = aligner.align(pair);
    let test: Vec<(Vec<usize>, Vec<usize>)> = alignment
        .beads
        .iter()
        .map(|b| (b.src.clone().collect(), b.tgt.clone().collect()))
        .collect();
    let gold = parse_ladder(gold).expect("gold");
    let s = score_alignments(&[(gold, test)]);
    (s.f1_strict, s.f1_lax)
}

fn main() {
    let mut grid: Vec<(String, Vec<f32>)> = std::env::args()
        .skip(1)
        .map(|a| {
            let (k, v) = a.split_once('=').expect("KEY=V1,V2");
            (
                k.to_string(),
                v.split(',').map(|x| x.parse().expect("number")).collect(),
            )
        })
        .collect();
    if grid.is_empty() {
        grid.push((
            "length_weight".into(),
            vec![AlignConfig::default().length_weight],
        ));
    }
    let en_txt = read("zelensky-peace-talks/en.txt");
    let id_txt = read("zelensky-peace-talks/id.txt");
    let seg = |lang: Lang| RuleSegmenter::builder(lang).build().expect("seg");
    let article = DocPair::new(
        Document::segment(en_txt.clone(), Lang::En, &seg(Lang::En)),
        Document::segment(id_txt.clone(), Lang::Id, &seg(Lang::Id)),
    );
    let article_lines = DocPair::from_sentences(
        (Lang::En, &article.src.norm_sentences()),
        (Lang::Id, &article.tgt.norm_sentences()),
    );
    let gold = read("zelensky-peace-talks/en-id.gold");
    let de = read("text-berg-dev/dev.de");
    let fr = read("text-berg-dev/dev.fr");
    let de: Vec<&str> = de.lines().collect();
    let fr: Vec<&str> = fr.lines().collect();
    let text_berg = DocPair::from_sentences(
        (Lang::Other("de".into()), &de),
        (Lang::Other("fr".into()), &fr),
    );
    let tb_gold = read("text-berg-dev/dev.defr");
    let mut combos: Vec<AlignConfig> = vec![AlignConfig::default()];
    for (key, values) in &grid {
        let mut next = Vec::new();
        for c in &combos {
            for &v in values {
                let mut c = c.clone();
                match key.as_str() {
                    "length_weight" => c.length_weight = v,
                    "merge_cost" => c.merge_cost = v,
                    "null_scale" => c.null_scale = v,
                    "null_quantile" => c.null_quantile = v,
                    "null_low" => c.null_bounds.0 = v,
                    "null_high" => c.null_bounds.1 = v,
                    "paragraph_bonus" => c.paragraph_bonus = v,
                    "max_bead" => c.max_bead = v as usize,
                    other => panic!("unknown key {other}"),
                }
                next.push(c);
            }
        }
        combos = next;
    }
    let nid = read("nusax-mt/test.id");
    let nen = read("nusax-mt/test.en");
    let nextra = read("nusax-mt/valid.en");
    let rows: Vec<(&str, &str)> = nid
        .lines()
        .zip(nen.lines())
        .filter(|&(s, t)| selaras_bench::SyntheticPair::is_sound_row(s, t))
        .collect();
    let extra: Vec<&str> = nextra.lines().collect();
    let synthetic: Vec<selaras_bench::SyntheticPair> = (0..6u64)
        .map(|seed| {
            let start = 55 * seed as usize;
            selaras_bench::SyntheticPair::generate(
                &rows[start..],
                &extra,
                100,
                selaras_bench::EditRates::default(),
                seed,
            )
        })
        .collect();
    for c in combos {
        let mut syn = 0.0;
        for pair in &synthetic {
            let doc = DocPair::from_sentences((Lang::Id, &pair.src), (Lang::En, &pair.tgt));
            let gold: String = pair
                .gold
                .iter()
                .map(|(s, t)| {
                    format!(
                        "{:?}:{:?}\n",
                        s.clone().collect::<Vec<_>>(),
                        t.clone().collect::<Vec<_>>()
                    )
                })
                .collect();
            syn += f1(&c, &doc, &gold).0 / 6.0;
        }
        let raw = f1(&c, &article, &gold);
        let pre = f1(&c, &article_lines, &gold);
        let tb = f1(&c, &text_berg, &tb_gold);
        println!(
            "nq={:.2} lw={:.2} mc={:.2} ns={:.2} nb=({:.2},{:.2}) pb={:.2} mb={} | raw {:.3} pre {:.3} | tb {:.3}/{:.3} | syn {:.3}",
            c.null_quantile,
            c.length_weight,
            c.merge_cost,
            c.null_scale,
            c.null_bounds.0,
            c.null_bounds.1,
            c.paragraph_bonus,
            c.max_bead,
            raw.0,
            pre.0,
            tb.0,
            tb.1,
            syn
        );
    }
}
