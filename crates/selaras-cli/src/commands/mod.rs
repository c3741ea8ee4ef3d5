//! One module per subcommand.

mod align;
pub mod batch;
mod eval;
mod faithfulness;
mod lexicon;
pub mod mt;
pub mod report;
mod score;
mod segment;

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::cli::{Cli, Command};

/// Runs the parsed command line, writing results to `out`.
pub fn run(cli: Cli, out: &mut dyn Write) -> Result<ExitCode> {
    match cli.command {
        Command::Segment(args) => segment::run(&args, out),
        Command::Align(args) => align::run(&args, out),
        Command::Score(args) => score::run(&args, out),
        Command::Report(args) => report::run(&args, out),
        Command::Lexicon(command) => lexicon::run(&command, out),
        Command::Eval(command) => eval::run(&command, out),
        Command::Batch(args) => batch::run(&args, out),
    }
}
