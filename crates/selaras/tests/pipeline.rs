//! The whole pipeline through the public API alone: the bundled article is segmented, aligned
//! as its gold alignment says, and scored with exactly its three real problems.

use selaras::stages::align::parse_ladder;
use selaras::{Lang, Pipeline, Severity, Source};

const EN: &str = include_str!("../../../corpora/zelensky-peace-talks/en.txt");
const ID: &str = include_str!("../../../corpora/zelensky-peace-talks/id.txt");
const EN_SENT: &str = include_str!("../../../corpora/zelensky-peace-talks/en.sent");
const ID_SENT: &str = include_str!("../../../corpora/zelensky-peace-talks/id.sent");
const GOLD: &str = include_str!("../../../corpora/zelensky-peace-talks/en-id.gold");

fn beads(alignment: &selaras::Alignment) -> Vec<(Vec<usize>, Vec<usize>)> {
    alignment
        .beads
        .iter()
        .map(|b| (b.src.clone().collect(), b.tgt.clone().collect()))
        .collect()
}

#[test]
fn the_article_is_segmented_aligned_and_scored() -> Result<(), Box<dyn std::error::Error>> {
    let pipeline = Pipeline::builder().build()?;
    let loaded = pipeline.load(Source::new("en.txt", EN), Source::new("id.txt", ID))?;
    assert!(loaded.warnings.is_empty());
    let pair = &loaded.pair;
    assert_eq!((pair.src.lang(), pair.tgt.lang()), (&Lang::En, &Lang::Id));
    assert_eq!(
        pair.src.norm_sentences(),
        EN_SENT.lines().collect::<Vec<_>>()
    );
    assert_eq!(
        pair.tgt.norm_sentences(),
        ID_SENT.lines().collect::<Vec<_>>()
    );
    let gold = parse_ladder(GOLD)?;
    assert_eq!(beads(&pipeline.align(pair)?), gold);

    let report = pipeline.score(pair)?;
    let serious: Vec<_> = report
        .beads
        .iter()
        .filter(|b| b.flags.iter().any(|f| f.severity >= Severity::Major))
        .map(|b| (b.src.clone(), b.tgt.clone()))
        .collect();
    assert_eq!(
        serious,
        [(vec![], vec![14]), (vec![17], vec![]), (vec![24], vec![])]
    );
    // Score and align see the same sentences, and the report's spans point into the files.
    assert_eq!(report.beads.len(), gold.len());
    let [start, end] = report.beads[17].flags[0].src_spans[0];
    assert!(EN[start..end].starts_with("Ukraine's air force said 585 drones"));
    Ok(())
}

#[test]
fn presegmented_lines_align_as_gold() -> Result<(), Box<dyn std::error::Error>> {
    let pipeline = Pipeline::builder()
        .src_lang(Some(Lang::En))
        .tgt_lang(Some(Lang::Id))
        .presegmented(true)
        .build()?;
    let loaded = pipeline.load(
        Source::new("en.sent", EN_SENT),
        Source::new("id.sent", ID_SENT),
    )?;
    assert_eq!(beads(&pipeline.align(&loaded.pair)?), parse_ladder(GOLD)?);
    Ok(())
}

#[test]
fn bad_settings_and_empty_documents_are_errors() {
    let bad = Pipeline::builder()
        .align_config(selaras::AlignConfig {
            max_bead: 0,
            ..selaras::AlignConfig::default()
        })
        .build();
    assert!(bad.is_err());
    let Ok(pipeline) = Pipeline::builder().build() else {
        panic!("default pipeline");
    };
    let empty = pipeline.load(Source::new("a.txt", "  \n"), Source::new("b.txt", "Satu."));
    let message = empty.map(|_| ()).expect_err("empty").to_string();
    assert!(message.contains("a.txt"), "{message}");
}

#[test]
fn a_lexicon_for_other_languages_is_refused() {
    let lexicon =
        selaras::stages::lexicon::Lexicon::new(Lang::Other("de".into()), Lang::Other("fr".into()));
    let built = Pipeline::builder()
        .src_lang(Some(Lang::En))
        .tgt_lang(Some(Lang::Id))
        .lexicon(std::sync::Arc::new(lexicon))
        .build();
    let message = built.map(|_| ()).expect_err("refused").to_string();
    assert!(message.contains("de-fr"), "{message}");
}
