//! `selaras eval mt`: BLEU, chrF, chrF++ and TER as sacrebleu 2.6 computes them.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Result, bail};
use clap::{Args, ValueEnum};
use selaras_eval::{
    Bleu, Chrf, Metric, MetricScore, PairedResult, Smooth, SystemScore, Ter, Tokenizer,
};
use serde::Serialize;

use crate::input::read_lines;

#[derive(Debug, Args)]
/// Arguments of `selaras eval mt`.
pub struct MtArgs {
    /// Reference file (one segment per line); repeat for several references.
    #[arg(long = "ref", required = true)]
    pub refs: Vec<PathBuf>,
    /// System output files (one segment per line); each after the first is compared with the
    /// first by paired bootstrap resampling.
    #[arg(required = true)]
    pub hyps: Vec<PathBuf>,
    /// Metrics, comma-separated, each at most once (a repeated metric is refused).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "bleu,chrf",
        ignore_case = true
    )]
    pub metrics: Vec<MetricName>,
    /// BLEU tokenizer.
    #[arg(long, value_enum, default_value = "13a")]
    pub tokenize: TokenizeArg,
    /// Lower-case hypotheses and references.
    #[arg(long)]
    pub lowercase: bool,
    /// BLEU smoothing.
    #[arg(long, value_enum, default_value = "exp")]
    pub smooth: SmoothArg,
    /// Value for floor (default 0.1) or add-k (default 1): a finite number, 0 or more.
    #[arg(long, value_parser = parse_smooth_value, allow_hyphen_values = true)]
    pub smooth_value: Option<f64>,
    /// Scores per segment (BLEU with effective order) instead of the corpus score.
    #[arg(long)]
    pub sentence: bool,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

/// The metrics `--metrics` lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MetricName {
    /// BLEU (sacrebleu's defaults: 4-grams, `--tokenize`, `--smooth`).
    Bleu,
    /// chrF2: character 6-grams, beta 2.
    Chrf,
    /// chrF++: chrF2 plus word 1- and 2-grams.
    #[value(name = "chrf++")]
    ChrfPlusPlus,
    /// TER: tercom tokenisation, case-insensitive, with shifts.
    Ter,
}

/// BLEU tokenizers (`--tokenize`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TokenizeArg {
    /// mteval-v13a (sacrebleu's default).
    #[value(name = "13a")]
    Thirteen,
    /// mteval-v14 international: Unicode punctuation and symbols split off.
    Intl,
    /// One token per character.
    Char,
    /// White space only.
    None,
}

/// BLEU smoothing methods (`--smooth`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SmoothArg {
    /// NIST geometric sequence for zero counts (sacrebleu's default).
    Exp,
    /// A zero count becomes `--smooth-value` (default 0.1).
    Floor,
    /// `--smooth-value` (default 1) added to the counts of orders 2 and up.
    AddK,
    /// No smoothing.
    None,
}

/// `--smooth-value`: a finite number, 0 or more.
fn parse_smooth_value(text: &str) -> Result<f64, String> {
    let value: f64 = text
        .trim()
        .parse()
        .map_err(|_| format!("{text:?} is not a number"))?;
    if !value.is_finite() || value < 0.0 {
        return Err(format!("must be a finite number, 0 or more (got {text})"));
    }
    Ok(value)
}

impl MtArgs {
    fn tokenizer(&self) -> Tokenizer {
        match self.tokenize {
            TokenizeArg::Thirteen => Tokenizer::Thirteen,
            TokenizeArg::Intl => Tokenizer::Intl,
            TokenizeArg::Char => Tokenizer::Char,
            TokenizeArg::None => Tokenizer::None,
        }
    }

    fn smoothing(&self) -> Smooth {
        match self.smooth {
            SmoothArg::Exp => Smooth::Exp,
            SmoothArg::None => Smooth::None,
            SmoothArg::Floor => Smooth::Floor(self.smooth_value.unwrap_or(Smooth::DEFAULT_FLOOR)),
            SmoothArg::AddK => Smooth::AddK(self.smooth_value.unwrap_or(Smooth::DEFAULT_ADD_K)),
        }
    }

    /// One metric on every system.
    fn evaluate(
        &self,
        name: MetricName,
        systems: &[Vec<&str>],
        refs: &[Vec<&str>],
    ) -> Vec<SystemScore> {
        let chrf = |word_order| Chrf {
            lowercase: self.lowercase,
            word_order,
            ..Chrf::default()
        };
        match name {
            MetricName::Bleu => Bleu {
                tokenizer: self.tokenizer(),
                lowercase: self.lowercase,
                smooth: self.smoothing(),
                effective_order: self.sentence,
                max_order: 4,
            }
            .evaluate(systems, refs, self.sentence),
            MetricName::Chrf => chrf(0).evaluate(systems, refs, self.sentence),
            MetricName::ChrfPlusPlus => chrf(2).evaluate(systems, refs, self.sentence),
            MetricName::Ter => Ter::default().evaluate(systems, refs, self.sentence),
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

/// Reads an MT file: one segment per line, a byte-order mark at the start dropped.
fn read_segments(path: &Path) -> Result<Vec<String>> {
    let mut lines = read_lines(path)?;
    if let Some(first) = lines.first_mut()
        && let Some(rest) = first.strip_prefix('\u{feff}')
    {
        *first = rest.to_string();
    }
    Ok(lines)
}

pub fn run(args: &MtArgs, out: &mut dyn Write) -> Result<ExitCode> {
    if args.metrics.is_empty() {
        bail!("--metrics lists no metric (bleu, chrf, chrf++, ter)");
    }
    for (k, name) in args.metrics.iter().enumerate() {
        if args.metrics[..k].contains(name) {
            let value = name.to_possible_value().expect("no metric is skipped");
            bail!("--metrics lists {} more than once", value.get_name());
        }
    }
    if args
        .refs
        .iter()
        .chain(&args.hyps)
        .filter(|p| p.as_os_str() == "-")
        .count()
        > 1
    {
        bail!("standard input (-) can be read only once");
    }
    let refs: Vec<Vec<String>> = args
        .refs
        .iter()
        .map(|p| read_segments(p))
        .collect::<Result<_>>()?;
    let mut systems: Vec<Vec<String>> = Vec::with_capacity(args.hyps.len());
    for hyp_path in &args.hyps {
        let hyps = read_segments(hyp_path)?;
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
        systems.push(hyps);
    }
    let (system_lines, ref_lines) = (as_strs(&systems), as_strs(&refs));
    let mut results: Vec<SystemScores> = args
        .hyps
        .iter()
        .map(|path| SystemScores {
            system: path.display().to_string(),
            scores: Vec::new(),
            paired: Vec::new(),
            sentences: args.sentence.then(Vec::new),
        })
        .collect();
    for &name in &args.metrics {
        let scores = args.evaluate(name, &system_lines, &ref_lines);
        for (system, score) in results.iter_mut().zip(scores) {
            system.scores.push(score.score);
            system.paired.extend(score.paired);
            if let (Some(all), Some(segments)) = (&mut system.sentences, score.sentences) {
                all.push(segments);
            }
        }
    }
    render(&results, args.json, out)?;
    Ok(ExitCode::SUCCESS)
}

/// Borrowed lines of several files.
fn as_strs(files: &[Vec<String>]) -> Vec<Vec<&str>> {
    files
        .iter()
        .map(|lines| lines.iter().map(String::as_str).collect())
        .collect()
}

fn render(results: &[SystemScores], json: bool, out: &mut dyn Write) -> Result<()> {
    if json {
        serde_json::to_writer_pretty(&mut *out, results)?;
        writeln!(out)?;
        return Ok(());
    }
    for system in results {
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
    Ok(())
}
