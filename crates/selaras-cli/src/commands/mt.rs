//! `selaras eval mt`: BLEU, chrF and chrF++ as sacrebleu 2.6 computes them.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};
use selaras_eval::{
    Bleu, BleuStats, Chrf, DEFAULT_SEED, MetricScore, PairedResult, Smooth, Ter, Tokenizer,
    paired_bootstrap,
};
use serde::Serialize;

use crate::input::read_lines;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
/// Arguments of `selaras eval mt`.
pub struct MtArgs {
    /// Reference file (one segment per line); repeat for several references.
    #[arg(long = "ref", required = true)]
    pub refs: Vec<PathBuf>,
    /// System output files (one segment per line).
    #[arg(required = true)]
    pub hyps: Vec<PathBuf>,
    /// Metrics, comma-separated: bleu, chrf, chrf++, ter.
    #[arg(long, default_value = "bleu,chrf")]
    pub metrics: String,
    /// BLEU tokenizer: 13a, intl, char, none.
    #[arg(long, default_value = "13a")]
    pub tokenize: String,
    /// Lower-case hypotheses and references.
    #[arg(long)]
    pub lowercase: bool,
    /// BLEU smoothing: exp, floor, add-k, none.
    #[arg(long, default_value = "exp")]
    pub smooth: String,
    /// Value for floor (default 0.1) or add-k (default 1).
    #[arg(long)]
    pub smooth_value: Option<f64>,
    /// Scores per segment (BLEU with effective order) instead of the corpus score.
    #[arg(long)]
    pub sentence: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

enum Metric {
    Bleu(Bleu),
    Chrf(Chrf),
    Ter(Ter),
}

impl Metric {
    /// Per-segment statistics as flat vectors, for resampling.
    fn segment_stats(&self, hyps: &[&str], refs: &[Vec<&str>]) -> Vec<Vec<f64>> {
        match self {
            Metric::Bleu(bleu) => bleu
                .all_stats(hyps, refs)
                .iter()
                .map(|s| {
                    let mut v = vec![s.sys_len as f64, s.ref_len as f64];
                    v.extend(s.correct.iter().map(|&c| c as f64));
                    v.extend(s.total.iter().map(|&t| t as f64));
                    v
                })
                .collect(),
            Metric::Chrf(chrf) => chrf
                .all_stats(hyps, refs)
                .iter()
                .map(|s| s.iter().map(|&v| v as f64).collect())
                .collect(),
            Metric::Ter(ter) => ter
                .all_stats(hyps, refs)
                .iter()
                .map(|s| s.to_vec())
                .collect(),
        }
    }

    /// The score of summed flat statistics.
    fn score(&self, stats: &[f64]) -> f64 {
        match self {
            Metric::Bleu(bleu) => {
                let order = (stats.len() - 2) / 2;
                let ints = |v: &[f64]| v.iter().map(|&x| x.round() as u64).collect::<Vec<_>>();
                bleu.score_stats(&BleuStats {
                    sys_len: stats[0].round() as u64,
                    ref_len: stats[1].round() as u64,
                    correct: ints(&stats[2..2 + order]),
                    total: ints(&stats[2 + order..]),
                })
            }
            Metric::Chrf(chrf) => {
                chrf.f_score(&stats.iter().map(|&x| x.round() as u64).collect::<Vec<_>>())
            }
            Metric::Ter(ter) => ter.score_stats([stats[0], stats[1]]),
        }
    }
}

#[derive(Serialize)]
struct SystemScores {
    system: String,
    scores: Vec<MetricScore>,
    /// Paired bootstrap against the first system, per metric (with several systems).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    paired: Vec<PairedResult>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<Vec<f64>>>,
}

/// Resamples of the paired bootstrap test (sacrebleu's default).
const BOOTSTRAP_RESAMPLES: usize = 1000;

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
            "ter" => Metric::Ter(Ter::default()),
            other => bail!("unknown metric {other:?} (bleu, chrf, chrf++, ter)"),
        });
    }
    let refs: Vec<Vec<String>> = args
        .refs
        .iter()
        .map(|p| read_lines(p))
        .collect::<Result<_>>()?;
    let mut results = Vec::new();
    let mut all_hyps: Vec<Vec<String>> = Vec::new();
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
                Metric::Ter(ter) => {
                    scores.push(ter.corpus(&hyp_refs, &ref_refs));
                    if args.sentence {
                        sentences.push(
                            ter.all_stats(&hyp_refs, &ref_refs)
                                .iter()
                                .map(|s| ter.score_stats(*s))
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
            paired: Vec::new(),
            sentences: args.sentence.then_some(sentences),
        });
        all_hyps.push(hyps);
    }
    if all_hyps.len() > 1 {
        let ref_refs: Vec<Vec<&str>> = refs
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        for metric in &metrics {
            let systems: Vec<Vec<Vec<f64>>> = all_hyps
                .iter()
                .map(|h| {
                    metric
                        .segment_stats(&h.iter().map(String::as_str).collect::<Vec<_>>(), &ref_refs)
                })
                .collect();
            let paired = paired_bootstrap(
                &systems,
                |s| metric.score(s),
                BOOTSTRAP_RESAMPLES,
                DEFAULT_SEED,
            );
            for (system, result) in results.iter_mut().zip(paired) {
                system.paired.push(result);
            }
        }
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
        for (k, score) in system.scores.iter().enumerate() {
            match system.paired.get(k) {
                Some(p) => {
                    let test = p
                        .p_value
                        .map_or_else(|| "baseline".to_string(), |v| format!("p = {v:.4}"));
                    writeln!(
                        out,
                        "{}\t{}\t{:.4}\t(μ = {:.4} ± {:.4})\t{test}\t{}",
                        system.system, score.name, score.score, p.mean, p.ci, score.signature
                    )?;
                }
                None => writeln!(
                    out,
                    "{}\t{}\t{:.4}\t{}",
                    system.system, score.name, score.score, score.signature
                )?,
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
