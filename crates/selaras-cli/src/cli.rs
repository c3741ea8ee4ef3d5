//! Command-line definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use selaras_text::Lang;

/// Translation alignment toolkit: segment, align, score faithfulness, evaluate.
#[derive(Debug, Parser)]
#[command(name = "selaras", version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Split a text into sentences, one per line.
    Segment(SegmentArgs),
    /// Align a document and its translation sentence by sentence.
    Align(AlignArgs),
    /// Check how faithful a translation is, bead by bead, with explained findings.
    Score(ScoreArgs),
    /// Write the faithfulness report as one self-contained HTML page to open in a browser.
    Report(crate::commands::report::ReportArgs),
    /// Import, learn or inspect bilingual lexicons.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
    /// Evaluations on the bundled benchmarks or your own data.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Build a parallel corpus from many document pairs: align, score, filter, deduplicate
    /// (all cores, resumable, a shard filter under Spark, Hadoop Streaming or Slurm).
    Batch(crate::commands::batch::BatchArgs),
}

#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Convert a dictionary (dictd, TSV, MUSE) into selaras' lexicon TSV.
    Import(LexiconImportArgs),
    /// Learn translation probabilities (IBM Model 1) from aligned sentence pairs.
    Learn(LexiconLearnArgs),
}

/// Dictionary formats that `lexicon import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LexiconFormat {
    /// dictd `.index` + `.dict.dz` (FreeDict); give the `.index` file.
    Dictd,
    /// Tab-separated `left<TAB>right[<TAB>weight]`, optionally with a selaras header.
    Tsv,
    /// MUSE: `source target` per line.
    Muse,
}

#[derive(Debug, Args)]
pub struct LexiconImportArgs {
    /// Input format.
    #[arg(long = "from", value_enum)]
    pub format: LexiconFormat,
    /// The dictionary file (for dictd, the `.index` file).
    pub path: PathBuf,
    /// Languages as `LEFT-RIGHT` (e.g. `id-en`); dictd takes them from FreeDict file names.
    #[arg(long)]
    pub langs: Option<String>,
    /// Output lexicon TSV.
    #[arg(short, long)]
    pub output: PathBuf,
}

#[derive(Debug, Args)]
pub struct LexiconLearnArgs {
    /// Aligned pairs, one `source<TAB>target` per line (`selaras align --format tsv` output).
    pub pairs: PathBuf,
    /// Source language.
    #[arg(long, default_value = "id")]
    pub src_lang: String,
    /// Target language.
    #[arg(long, default_value = "en")]
    pub tgt_lang: String,
    /// EM iterations (1 to 100).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u16).range(1..=100))]
    pub iterations: u16,
    /// Keep pairs with a translation probability of at least this.
    #[arg(long, default_value_t = 0.1)]
    pub min_prob: f32,
    /// Output lexicon TSV.
    #[arg(short, long)]
    pub output: PathBuf,
}

/// Output formats of `align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    /// vecalign beads `[0, 1]:[2]:0.873`.
    Ladder,
    /// source, target, confidence (tab-separated).
    Tsv,
    /// One JSON object per bead.
    Jsonl,
    /// Two line-parallel files PREFIX.SRC_LANG and PREFIX.TGT_LANG (needs -o PREFIX).
    Moses,
    /// TMX 1.4b.
    Tmx,
}

/// A language given on the command line, or `auto` (`None`: detected from the text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AutoLang(pub Option<Lang>);

fn parse_auto_lang(tag: &str) -> Result<AutoLang, String> {
    if tag.eq_ignore_ascii_case("auto") {
        return Ok(AutoLang(None));
    }
    tag.parse::<Lang>()
        .map(|lang| AutoLang(Some(lang)))
        .map_err(|e| e.to_string())
}

/// The documents and models shared by `align` and `score`.
#[derive(Debug, Args)]
pub struct DocumentArgs {
    /// The original document.
    pub src: PathBuf,
    /// Its translation.
    pub tgt: PathBuf,
    /// Language of the original (`auto` detects Indonesian or English).
    #[arg(long, default_value = "auto", value_parser = parse_auto_lang)]
    pub src_lang: AutoLang,
    /// Language of the translation.
    #[arg(long, default_value = "auto", value_parser = parse_auto_lang)]
    pub tgt_lang: AutoLang,
    /// The inputs are already segmented: one sentence per line (blank lines are skipped).
    #[arg(long)]
    pub presegmented: bool,
    /// A lexicon TSV (extends the embedded one for Indonesian-English, replaces it otherwise).
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Largest number of sentences on one side of a bead.
    #[arg(long, default_value_t = 4)]
    pub max_bead: usize,
    /// The similarity the aligner uses: dictionary coverage, sentence embeddings, or both
    /// (`auto`: lexical for Indonesian-English, hybrid for other languages).
    #[arg(long, value_enum, default_value_t = SimilarityArg::Auto)]
    pub similarity: SimilarityArg,
}

/// `--similarity`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SimilarityArg {
    /// Lexical for Indonesian-English, hybrid for any other pair.
    Auto,
    /// Lexicon, cognates and numbers: explainable, fastest.
    Lexical,
    /// Multilingual sentence embeddings (USE-m v3, compiled in).
    Embedding,
    /// Both, averaged.
    Hybrid,
}

impl SimilarityArg {
    /// The pipeline's setting.
    pub fn kind(self) -> selaras::SimilarityKind {
        match self {
            SimilarityArg::Auto => selaras::SimilarityKind::Auto,
            SimilarityArg::Lexical => selaras::SimilarityKind::Lexical,
            SimilarityArg::Embedding => selaras::SimilarityKind::Embedding,
            SimilarityArg::Hybrid => selaras::SimilarityKind::Hybrid,
        }
    }
}

#[derive(Debug, Args)]
pub struct AlignArgs {
    #[command(flatten)]
    pub documents: DocumentArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AlignFormat::Tsv)]
    pub format: AlignFormat,
    /// Output file (for moses: the prefix); standard output when absent.
    #[arg(short, long)]
    pub output: Option<PathBuf>,
}

/// Severity threshold of `--fail-on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Any finding.
    Minor,
    /// Major or critical findings.
    Major,
    /// Critical findings only.
    Critical,
}

/// When to colour human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When standard output is a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

#[derive(Debug, Args)]
pub struct ScoreArgs {
    #[command(flatten)]
    pub documents: DocumentArgs,
    /// Print the report as JSON (schema selaras.score/1).
    #[arg(long)]
    pub json: bool,
    /// Exit with status 1 when a finding of this severity or worse exists.
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Colour in the human view.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Show every bead in the human view, not only those with findings.
    #[arg(long)]
    pub all: bool,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Strict and lax precision, recall and F1 of alignments against gold (vecalign's score.py).
    Align(EvalAlignArgs),
    /// Recall per kind and false-alarm rate of the faithfulness checks on the challenge set.
    Faithfulness(FaithfulnessArgs),
    /// BLEU, chrF, chrF++ and TER of system outputs, exactly as sacrebleu 2.6 computes them.
    Mt(crate::commands::mt::MtArgs),
    /// Sentence retrieval with the lexical similarity: for every source line, does the right
    /// target line rank first among all target lines (P@1), in both directions?
    Retrieval(RetrievalArgs),
}

#[derive(Debug, Args)]
pub struct RetrievalArgs {
    /// Line-parallel source and target files, as SRC TGT pairs (several pairs are pooled).
    /// Default: the bundled NusaX id/en train, valid and test files (1000 rows).
    pub files: Vec<PathBuf>,
    /// Source language.
    #[arg(long, default_value = "id")]
    pub src_lang: String,
    /// Target language.
    #[arg(long, default_value = "en")]
    pub tgt_lang: String,
    /// A lexicon TSV to use (extends the embedded one for id-en, replaces it otherwise).
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// The similarity to rank with.
    #[arg(long, value_enum, default_value_t = SimilarityArg::Lexical)]
    pub similarity: SimilarityArg,
    /// Print the result as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Language choice on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Indonesian rules.
    Id,
    /// English rules.
    En,
    /// Pick Indonesian or English from the text; generic rules when neither is recognised.
    Auto,
}

#[derive(Debug, Args)]
pub struct SegmentArgs {
    /// Language of the text.
    #[arg(long, value_enum, default_value_t = LangArg::Auto)]
    pub lang: LangArg,
    /// Print a blank line between paragraphs.
    #[arg(long)]
    pub paragraphs: bool,
    /// Print the sentences as JSON, with byte offsets into the input.
    #[arg(long)]
    pub json: bool,
    /// Input file, `-` for standard input.
    #[arg(default_value = "-")]
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct EvalAlignArgs {
    /// GOLD PRED pairs of ladder files (`[0, 1]:[2]` per line); counts are summed over pairs.
    #[arg(required = true, num_args = 2..)]
    pub files: Vec<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}

/// Which embedded challenge set `eval faithfulness` uses (or builds with `--build`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChallengeCorpus {
    /// NusaX test rows (English reviews and their Indonesian translations) and the article's
    /// beads, one sentence pair per item.
    Nusax,
    /// The 30 news-dev documents, one injected error per document item (tune: doc01-15,
    /// held-out: doc16-30).
    News,
}

#[derive(Debug, Args)]
pub struct FaithfulnessArgs {
    /// A challenge set (JSON lines); default: the embedded set of `--corpus`.
    pub set: Option<PathBuf>,
    /// The embedded set to evaluate on, or the corpus to build from.
    #[arg(long, value_enum, default_value_t = ChallengeCorpus::Nusax)]
    pub corpus: ChallengeCorpus,
    /// Instead of evaluating, build the challenge set from `corpora/` into this file.
    #[arg(long, value_name = "OUT")]
    pub build: Option<PathBuf>,
    /// With --build and the NusaX corpus: the splits to build from, comma-separated
    /// (`train,valid` gives a development set to tune on; `test`, the default, also takes the
    /// bundled article's beads).
    #[arg(
        long,
        default_value = "test",
        requires = "build",
        value_delimiter = ','
    )]
    pub splits: Vec<String>,
    /// A lexicon TSV that extends the embedded one.
    #[arg(long)]
    pub lexicon: Option<PathBuf>,
    /// Print the scores as JSON.
    #[arg(long)]
    pub json: bool,
}
