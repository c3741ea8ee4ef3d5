//! `selaras batch`: many document pairs in, a scored, filtered parallel corpus out.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use clap::{Args, ValueEnum};
use selaras::Lang;
use selaras_batch::{
    BatchOptions, DirFormat, Filters, Reports, Sink, StreamFormat, Summary, Tasks, parse_flag_kind,
    run as run_batch,
};
use serde_json::json;

use crate::documents::{PipelineSettings, pipeline};

/// Corpus formats of `batch`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BatchFormat {
    /// One JSON object per kept pair: doc id, indices, texts, confidence, score, flags.
    Jsonl,
    /// source, target, confidence (tab-separated).
    Tsv,
    /// Line-parallel corpus.SRC_LANG and corpus.TGT_LANG (needs -o DIR).
    Moses,
    /// TMX 1.4b (needs -o DIR).
    Tmx,
}

/// A language, or `auto` (`None`: detected from the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BatchLang(pub Option<Lang>);

fn parse_lang_or_auto(tag: &str) -> Result<BatchLang, String> {
    if tag.eq_ignore_ascii_case("auto") {
        return Ok(BatchLang(None));
    }
    tag.parse::<Lang>()
        .map(|lang| BatchLang(Some(lang)))
        .map_err(|e| e.to_string())
}

fn parse_fraction(value: &str) -> Result<f32, String> {
    let v: f32 = value.parse().map_err(|e| format!("{e}"))?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(format!("{value} is outside [0, 1]"))
    }
}

fn parse_ratio(value: &str) -> Result<f32, String> {
    let v: f32 = value.parse().map_err(|e| format!("{e}"))?;
    if v.is_finite() && v >= 1.0 {
        Ok(v)
    } else {
        Err(format!("{value} must be a number of at least 1"))
    }
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// A manifest (TSV `id, source path, translation path[, src_lang, tgt_lang]` or JSON lines
    /// with "id", "src_path"/"tgt_path" or the texts inline as "src"/"tgt"), a directory of pairs
    /// NAME.SRC_LANG + NAME.TGT_LANG, or `-` for such lines on standard input.
    #[arg(default_value = "-")]
    pub input: PathBuf,
    /// Language of the originals (`auto` detects; for a directory, the source file extension).
    #[arg(long, default_value = "auto", value_parser = parse_lang_or_auto)]
    pub src_lang: BatchLang,
    /// Language of the translations (for a directory, the translation file extension).
    #[arg(long, default_value = "auto", value_parser = parse_lang_or_auto)]
    pub tgt_lang: BatchLang,
    /// The inputs are already segmented: one sentence per line.
    #[arg(long)]
    pub presegmented: bool,
    /// A lexicon TSV (extends the embedded one for Indonesian-English, replaces it otherwise).
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Also write one HTML review page per document into DIR (`ID.html`, as `selaras report`).
    #[arg(long, value_name = "DIR")]
    pub reports: Option<PathBuf>,
    /// Largest number of sentences on one side of a bead.
    #[arg(long, default_value_t = 4)]
    pub max_bead: usize,
    /// The similarity the aligner uses (`auto`: lexical for Indonesian-English, hybrid for
    /// other languages).
    #[arg(long, value_enum, default_value_t = crate::cli::SimilarityArg::Auto)]
    pub similarity: crate::cli::SimilarityArg,
    /// Keep pairs whose bead score is at least this (0-1).
    #[arg(long, value_parser = parse_fraction)]
    pub min_score: Option<f32>,
    /// Keep pairs whose alignment confidence is at least this (0-1).
    #[arg(long, value_parser = parse_fraction)]
    pub min_confidence: Option<f32>,
    /// Drop pairs whose longer side has more than this many times the characters of the other.
    #[arg(long, value_parser = parse_ratio)]
    pub max_length_ratio: Option<f32>,
    /// Keep 1-1 pairs only (one sentence on each side).
    #[arg(long)]
    pub one_to_one: bool,
    /// Drop pairs with a finding of these kinds (comma-separated: omission, addition,
    /// number_mismatch, entity_mismatch, negation_mismatch, untranslated, low_adequacy,
    /// length_ratio).
    #[arg(long, value_delimiter = ',', value_name = "KIND,...")]
    pub drop_flags: Vec<String>,
    /// Drop pairs seen before in the run, exactly or up to case, spaces and punctuation
    /// (128-bit hashes: about 70 bytes per kept pair).
    #[arg(long)]
    pub dedup: bool,
    /// Worker threads (0: one per core).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Documents per chunk (scored in parallel, then written and committed in input order).
    #[arg(long, default_value_t = 64)]
    pub chunk_size: usize,
    /// Write the corpus, its journal and summary.json into this directory (else the pairs go to
    /// standard output as they are done).
    #[arg(short, long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Corpus format.
    #[arg(long, value_enum, default_value_t = BatchFormat::Jsonl)]
    pub format: BatchFormat,
    /// Continue the run in -o DIR that was interrupted (a finished run is left as it is).
    #[arg(long, requires = "output")]
    pub resume: bool,
    /// A failing document (missing, binary, invalid UTF-8, empty) stops the run with status 2.
    #[arg(long)]
    pub strict: bool,
    /// With output to standard output: also write the summary to this file.
    #[arg(long, value_name = "FILE", conflicts_with = "output")]
    pub summary: Option<PathBuf>,
}

fn tasks(args: &BatchArgs) -> Result<(Tasks, Option<u64>, String)> {
    let input = &args.input;
    if input == Path::new("-") {
        let cwd = std::env::current_dir().context("current directory")?;
        return Ok((Tasks::from_reader(std::io::stdin(), cwd), None, "-".into()));
    }
    let label = std::fs::canonicalize(input)
        .unwrap_or_else(|_| input.clone())
        .display()
        .to_string();
    if input.is_dir() {
        let (Some(src), Some(tgt)) = (&args.src_lang.0, &args.tgt_lang.0) else {
            bail!(
                "{}: a directory of pairs needs --src-lang and --tgt-lang (the file extensions)",
                input.display()
            );
        };
        let tasks = Tasks::from_directory(input, src.code(), tgt.code())?;
        // Counting is cheap next to aligning: list once more for the progress bar.
        let total = Tasks::from_directory(input, src.code(), tgt.code())?.count() as u64;
        return Ok((tasks, Some(total), label));
    }
    let tasks = Tasks::from_manifest(input)?;
    let total = if std::io::stderr().is_terminal() {
        Some(Tasks::from_manifest(input)?.count() as u64)
    } else {
        None
    };
    Ok((tasks, total, label))
}

fn report(summary: &Summary) {
    for failure in &summary.failed {
        eprintln!("selaras: skipped {}: {}", failure.id, failure.reason);
    }
}

pub fn run(args: &BatchArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let pipeline = pipeline(PipelineSettings {
        src_lang: args.src_lang.0.clone(),
        tgt_lang: args.tgt_lang.0.clone(),
        presegmented: args.presegmented,
        similarity: args.similarity,
        max_bead: args.max_bead,
        lexicon: args.lexicon.as_deref(),
    })?;
    let drop_flags = args
        .drop_flags
        .iter()
        .filter(|name| !name.trim().is_empty())
        .map(|name| parse_flag_kind(name))
        .collect::<Result<Vec<_>, _>>()?;
    let (tasks, total, input) = tasks(args)?;
    let stderr_tty = std::io::stderr().is_terminal();
    let options = BatchOptions {
        filters: Filters {
            min_score: args.min_score,
            min_confidence: args.min_confidence,
            max_length_ratio: args.max_length_ratio,
            one_to_one: args.one_to_one,
            drop_flags,
        },
        dedup: args.dedup,
        chunk_size: args.chunk_size,
        threads: args.threads,
        strict: args.strict,
        progress: stderr_tty,
        total_hint: total,
        languages: (args.src_lang.0.clone(), args.tgt_lang.0.clone()),
        reports: args.reports.as_ref().map(|dir| Reports {
            dir: dir.clone(),
            lexicon: args.lexicon.clone(),
            presegmented: args.presegmented,
            max_bead: args.max_bead,
        }),
        settings: json!({
            "input": input,
            "src_lang": args.src_lang.0.as_ref().map(Lang::code),
            "tgt_lang": args.tgt_lang.0.as_ref().map(Lang::code),
            "presegmented": args.presegmented,
            "lexicon": args.lexicon.as_ref().map(|p| p.display().to_string()),
            "max_bead": args.max_bead,
        }),
    };
    let summary = match &args.output {
        Some(dir) => {
            let format = match args.format {
                BatchFormat::Jsonl => DirFormat::Jsonl,
                BatchFormat::Tsv => DirFormat::Tsv,
                BatchFormat::Moses => DirFormat::Moses,
                BatchFormat::Tmx => DirFormat::Tmx,
            };
            let sink = Sink::Directory {
                dir: dir.clone(),
                format,
                resume: args.resume,
            };
            run_batch(&pipeline, tasks, sink, &options)?
        }
        None => {
            let format = match args.format {
                BatchFormat::Jsonl => StreamFormat::Jsonl,
                BatchFormat::Tsv => StreamFormat::Tsv,
                BatchFormat::Moses | BatchFormat::Tmx => {
                    bail!("--format moses and tmx write files: give the directory with -o DIR")
                }
            };
            let summary = run_batch(&pipeline, tasks, Sink::Stream { out, format }, &options)?;
            if let Some(path) = &args.summary {
                let mut bytes = serde_json::to_vec_pretty(&summary)?;
                bytes.push(b'\n');
                selaras_corpus::write_atomically(path, |w| {
                    w.write_all(&bytes)
                        .map_err(|source| selaras_corpus::CorpusError::Io {
                            path: path.clone(),
                            source,
                        })
                })?;
            }
            summary
        }
    };
    report(&summary);
    if stderr_tty {
        eprintln!(
            "selaras: {} documents ({} failed), {} pairs kept of {} beads, {:.1} s",
            summary.documents.total,
            summary.documents.failed,
            summary.pairs.kept,
            summary.pairs.beads,
            summary.seconds
        );
    }
    Ok(ExitCode::SUCCESS)
}
