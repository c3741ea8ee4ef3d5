//! `selaras eval faithfulness`: the checks against the challenge set.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use selaras_align::{AlignConfig, SentenceAligner, parse_ladder};
use selaras_corpus::write_atomically;
use selaras_lexicon::LexicalSimilarity;
use selaras_score::{ChallengeItem, Scorer, build_challenge, evaluate_challenge};
use selaras_text::Lang;

use crate::cli::FaithfulnessArgs;
use crate::input::{read_lines, read_text};
use crate::lang::load_lexicon;

const DEFAULT_SET: &str = "corpora/challenge/faithfulness-en-id.jsonl";

pub fn run(args: &FaithfulnessArgs, out: &mut dyn Write) -> Result<ExitCode> {
    if let Some(path) = &args.build {
        let items = build_items(&args.splits)?;
        let mut text = String::new();
        for item in &items {
            text.push_str(&serde_json::to_string(item)?);
            text.push('\n');
        }
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
    let path = args
        .set
        .clone()
        .unwrap_or_else(|| PathBuf::from(DEFAULT_SET));
    let items = read_items(&path)?;
    let mut builder = LexicalSimilarity::builder(Lang::En, Lang::Id);
    if let Some(lexicon) = &args.lexicon {
        builder = builder.lexicon(load_lexicon(lexicon, &Lang::En, &Lang::Id)?);
    }
    let similarity = builder.build()?;
    let scorer = Scorer::new(SentenceAligner::new(similarity, AlignConfig::default())?);
    let scores = evaluate_challenge(&scorer, &items);
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &scores)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{:<22} {:<24} {:>6} {:>9} {:>7}",
        "injected", "expected finding", "items", "detected", "recall"
    )?;
    for kind in &scores.recall {
        writeln!(
            out,
            "{:<22} {:<24} {:>6} {:>9} {:>7.3}",
            kind.injection.name(),
            kind.expected,
            kind.items,
            kind.detected,
            kind.recall
        )?;
    }
    writeln!(
        out,
        "false alarms (clean items with a major or critical finding): {} of {} = {:.3}",
        scores.false_alarms, scores.clean, scores.false_alarm_rate
    )?;
    Ok(ExitCode::SUCCESS)
}

fn read_items(path: &Path) -> Result<Vec<ChallengeItem>> {
    let input = read_text(path)?;
    input
        .text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(k, line)| {
            serde_json::from_str(line)
                .with_context(|| format!("{}:{}: not a challenge item", input.name, k + 1))
        })
        .collect()
}

/// The source pairs: sound NusaX rows of `splits` (English source, Indonesian translation) and,
/// with the test split, the bundled article's 1-1 gold beads.
fn build_items(splits: &[String]) -> Result<Vec<ChallengeItem>> {
    let mut pairs: Vec<(String, String, String)> = Vec::new();
    for split in splits {
        if !matches!(split.as_str(), "train" | "valid" | "test") {
            bail!("unknown NusaX split `{split}` (train, valid or test)");
        }
        let id = read_lines(Path::new(&format!("corpora/nusax-mt/{split}.id")))?;
        let en = read_lines(Path::new(&format!("corpora/nusax-mt/{split}.en")))?;
        if id.len() != en.len() {
            bail!("corpora/nusax-mt/{split}.id and {split}.en differ in length");
        }
        pairs.extend(
            en.iter()
                .zip(&id)
                .enumerate()
                .filter(|(_, (e, i))| selaras_align::SyntheticPair::is_sound_row(i, e))
                .map(|(k, (e, i))| (format!("nusax-{split}:{}", k + 1), e.clone(), i.clone())),
        );
    }
    if splits.iter().any(|s| s == "test") {
        let en_sent = read_lines(Path::new("corpora/zelensky-peace-talks/en.sent"))?;
        let id_sent = read_lines(Path::new("corpora/zelensky-peace-talks/id.sent"))?;
        let gold = read_text(Path::new("corpora/zelensky-peace-talks/en-id.gold"))?;
        for (src, tgt) in parse_ladder(&gold.text)? {
            if let ([e], [i]) = (src.as_slice(), tgt.as_slice()) {
                pairs.push((
                    format!("article:en{e}-id{i}"),
                    en_sent[*e].clone(),
                    id_sent[*i].clone(),
                ));
            }
        }
    }
    Ok(build_challenge(&pairs))
}
