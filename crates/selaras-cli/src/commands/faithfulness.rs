//! `selaras eval faithfulness`: the checks against a challenge set built by the independent
//! generator of `selaras-bench` (embedded sets by default, so it runs from any directory).

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use selaras::{DocPair, Lang, Pipeline};
use selaras_bench::{
    BeadOutcome, ChallengeItem, Finding, embedded_news_set, embedded_nusax_set, evaluate,
    news_set_from_corpora, nusax_items, nusax_split, nusax_test_set_from_corpora, read_jsonl,
    render_table, to_jsonl,
};
use selaras_corpus::write_atomically;

use crate::cli::{ChallengeCorpus, FaithfulnessArgs};
use crate::input::read_text;
use crate::lang::read_lexicon;

pub fn run(args: &FaithfulnessArgs, out: &mut dyn Write) -> Result<ExitCode> {
    if let Some(path) = &args.build {
        let items = build_items(args)?;
        let text = to_jsonl(&items);
        write_atomically(path, |w| {
            w.write_all(text.as_bytes())
                .map_err(|source| selaras_corpus::CorpusError::Io {
                    path: path.clone(),
                    source,
                })
        })?;
        writeln!(
            out,
            "{} challenge items written to {}",
            items.len(),
            path.display()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let owned;
    let items: &[ChallengeItem] = match (&args.set, args.corpus) {
        (Some(path), _) => {
            let input = read_text(path)?;
            owned = read_jsonl(&input.text, &input.name)?;
            &owned
        }
        (None, ChallengeCorpus::Nusax) => embedded_nusax_set(),
        (None, ChallengeCorpus::News) => embedded_news_set(),
    };
    let mut builder = Pipeline::builder()
        .src_lang(Some(Lang::En))
        .tgt_lang(Some(Lang::Id));
    if let Some(path) = &args.lexicon {
        builder = builder.lexicon(read_lexicon(path)?);
    }
    let pipeline = builder.build()?;
    let score = |item: &ChallengeItem| -> Vec<BeadOutcome> {
        let pair = DocPair::from_sentences((Lang::En, &item.src), (Lang::Id, &item.tgt));
        let Ok(report) = pipeline.score(&pair) else {
            return Vec::new();
        };
        report
            .beads
            .into_iter()
            .map(|bead| BeadOutcome {
                src: bead.src,
                tgt: bead.tgt,
                findings: bead
                    .flags
                    .into_iter()
                    .map(|f| Finding {
                        kind: f.kind.name().to_string(),
                        severity: f.severity.name().to_string(),
                        message: f.message,
                    })
                    .collect(),
            })
            .collect()
    };
    let scores = evaluate(items, &score);
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &scores)?;
        writeln!(out)?;
    } else {
        write!(out, "{}", render_table(&scores))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The set to build: NusaX rows of the given splits (with `test`, also the article's beads,
/// read from `corpora/` in the working directory), or the news documents of `corpora/news-dev`.
fn build_items(args: &FaithfulnessArgs) -> Result<Vec<ChallengeItem>> {
    let corpora = Path::new("corpora");
    match args.corpus {
        ChallengeCorpus::News => Ok(news_set_from_corpora(corpora)?),
        ChallengeCorpus::Nusax => {
            let mut items = Vec::new();
            for split in &args.splits {
                if split == "test" {
                    items.extend(nusax_test_set_from_corpora(corpora)?);
                    continue;
                }
                let Some(rows) = nusax_split(split) else {
                    bail!("unknown NusaX split `{split}` (train, valid or test)");
                };
                let en: Vec<String> = rows.en.lines().map(str::to_string).collect();
                let id: Vec<String> = rows.id.lines().map(str::to_string).collect();
                items.extend(nusax_items(&en, &id, split));
            }
            Ok(items)
        }
    }
}
