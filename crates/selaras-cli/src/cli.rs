//! Command-line definitions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
