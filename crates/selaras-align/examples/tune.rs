//! Development aid: alignment F1 on the bundled corpora for a grid of settings.
//! `cargo run --release -p selaras-align --example tune -- KEY=V1,V2 ...`

use selaras_align::{AlignConfig, AlignInput, Aligner, SentenceAligner, parse_ladder};
use selaras_eval::score_alignments;
use selaras_lexicon::LexicalSimilarity;
use selaras_text::{Lang, RuleSegmenter, Segmenter};

fn read(path: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/../../corpora/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("corpus file")
}

fn f1(
    config: &AlignConfig,
    src_lang: Lang,
    tgt_lang: Lang,
    src: &[&str],
    tgt: &[&str],
    paragraphs: Option<(&[u32], &[u32])>,
    gold: &str,
) -> (f64, f64) {
    let mut builder = LexicalSimilarity::builder(src_lang.clone(), tgt_lang);
    if let (Ok(path), Lang::Other(_)) = (std::env::var("LEXICON"), &src_lang) {
        let lexicon = selaras_lexicon::read_tsv(std::path::Path::new(&path)).expect("lexicon");
        builder = builder.lexicon(std::sync::Arc::new(lexicon));
    }
    let similarity = builder.build().expect("similarity");
    let aligner = SentenceAligner::new(similarity, config.clone()).expect("aligner");
    let input = AlignInput {
        src,
        tgt,
        src_paragraphs: paragraphs.map(|p| p.0),
        tgt_paragraphs: paragraphs.map(|p| p.1),
    };
    let alignment = aligner.align(&input);
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
    let seg = |lang: Lang, text: &str| {
        let s = RuleSegmenter::builder(lang).build().expect("seg");
        s.segment(text)
    };
    let en_s = seg(Lang::En, &en_txt);
    let id_s = seg(Lang::Id, &id_txt);
    let en: Vec<String> = en_s.iter().map(|s| s.normalized(&en_txt)).collect();
    let id: Vec<String> = id_s.iter().map(|s| s.normalized(&id_txt)).collect();
    let en_r: Vec<&str> = en.iter().map(String::as_str).collect();
    let id_r: Vec<&str> = id.iter().map(String::as_str).collect();
    let en_p: Vec<u32> = en_s.iter().map(|s| s.paragraph).collect();
    let id_p: Vec<u32> = id_s.iter().map(|s| s.paragraph).collect();
    let gold = read("zelensky-peace-talks/en-id.gold");
    let de = read("text-berg-dev/dev.de");
    let fr = read("text-berg-dev/dev.fr");
    let de: Vec<&str> = de.lines().collect();
    let fr: Vec<&str> = fr.lines().collect();
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
        .filter(|&(s, t)| selaras_align::SyntheticPair::is_sound_row(s, t))
        .collect();
    let extra: Vec<&str> = nextra.lines().collect();
    let synthetic: Vec<selaras_align::SyntheticPair> = (0..6u64)
        .map(|seed| {
            let start = 55 * seed as usize;
            selaras_align::SyntheticPair::generate(
                &rows[start..],
                &extra,
                100,
                selaras_align::EditRates::default(),
                seed,
            )
        })
        .collect();
    for c in combos {
        let mut syn = 0.0;
        for pair in &synthetic {
            let src: Vec<&str> = pair.src.iter().map(String::as_str).collect();
            let tgt: Vec<&str> = pair.tgt.iter().map(String::as_str).collect();
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
            syn += f1(&c, Lang::Id, Lang::En, &src, &tgt, None, &gold).0 / 6.0;
        }
        let raw = f1(
            &c,
            Lang::En,
            Lang::Id,
            &en_r,
            &id_r,
            Some((&en_p, &id_p)),
            &gold,
        );
        let pre = f1(&c, Lang::En, Lang::Id, &en_r, &id_r, None, &gold);
        let tb = f1(
            &c,
            Lang::Other("de".into()),
            Lang::Other("fr".into()),
            &de,
            &fr,
            None,
            &tb_gold,
        );
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
