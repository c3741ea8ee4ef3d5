//! `selaras eval mt`: BLEU, chrF and chrF++ as sacrebleu 2.6 computes them.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};
use selaras_eval::{Bleu, Chrf, MetricScore, Smooth, Tokenizer};
use serde::Serialize;

use crate::cli::MtArgs;
use crate::input::read_lines;

enum Metric {
    Bleu(Bleu),
    Chrf(Chrf),
}

#[derive(Serialize)]
struct SystemScores {
    system: String,
    scores: Vec<MetricScore>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<Vec<f64>>>,
}

pub fn run(args: &MtArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let Some(tokenizer) = Tokenizer::from_name(&args.tokenize) else {
        bail!(
            "unknown tokenizer {:?} (13a, intl, char, none)",
            args.tokenize
        );
    };
    let Some(smooth) = Smooth::from_name(&args.smooth, args.smooth_value) else {
        bail!(
            "unknown smoothing {:?} (exp, floor, add-k, none)",
            args.smooth
        );
    };
    let mut metrics = Vec::new();
    for name in args
        .metrics
        .split(',')
        .map(str::trim)
        .filter(|m| !m.is_empty())
    {
        metrics.push(match name.to_ascii_lowercase().as_str() {
            "bleu" => Metric::Bleu(Bleu {
                tokenizer,
                lowercase: args.lowercase,
                smooth,
                effective_order: args.sentence,
                max_order: 4,
            }),
            "chrf" => Metric::Chrf(Chrf {
                lowercase: args.lowercase,
                ..Chrf::default()
            }),
            "chrf++" => Metric::Chrf(Chrf {
                lowercase: args.lowercase,
                word_order: 2,
                ..Chrf::default()
            }),
            other => bail!("unknown metric {other:?} (bleu, chrf, chrf++)"),
        });
    }
    let refs: Vec<Vec<String>> = args
        .refs
        .iter()
        .map(|p| read_lines(p))
        .collect::<Result<_>>()?;
    let mut results = Vec::new();
    for hyp_path in &args.hyps {
        let hyps = read_lines(hyp_path)?;
        for (path, r) in args.refs.iter().zip(&refs) {
            if r.len() != hyps.len() {
                bail!(
                    "{} has {} lines but the reference {} has {}",
                    hyp_path.display(),
                    hyps.len(),
                    path.display(),
                    r.len()
                );
            }
        }
        let hyp_refs: Vec<&str> = hyps.iter().map(String::as_str).collect();
        let ref_refs: Vec<Vec<&str>> = refs
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        let mut scores = Vec::new();
        let mut sentences = Vec::new();
        for metric in &metrics {
            match metric {
                Metric::Bleu(bleu) => {
                    scores.push(bleu.corpus(&hyp_refs, &ref_refs));
                    if args.sentence {
                        sentences.push(
                            bleu.all_stats(&hyp_refs, &ref_refs)
                                .iter()
                                .map(|s| bleu.score_stats(s))
                                .collect(),
                        );
                    }
                }
                Metric::Chrf(chrf) => {
                    scores.push(chrf.corpus(&hyp_refs, &ref_refs));
                    if args.sentence {
                        sentences.push(
                            chrf.all_stats(&hyp_refs, &ref_refs)
                                .iter()
                                .map(|s| chrf.f_score(s))
                                .collect(),
                        );
                    }
                }
            }
        }
        results.push(SystemScores {
            system: hyp_path.display().to_string(),
            scores,
            sentences: args.sentence.then_some(sentences),
        });
    }
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &results)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    for system in &results {
        if let Some(sentences) = &system.sentences {
            for k in 0..sentences.first().map_or(0, Vec::len) {
                let row: Vec<String> = system
                    .scores
                    .iter()
                    .zip(sentences)
                    .map(|(m, s)| format!("{} = {:.4}", m.name, s[k]))
                    .collect();
                writeln!(out, "{}", row.join("\t"))?;
            }
            continue;
        }
        for score in &system.scores {
            writeln!(
                out,
                "{}\t{}\t{:.4}\t{}",
                system.system, score.name, score.score, score.signature
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
