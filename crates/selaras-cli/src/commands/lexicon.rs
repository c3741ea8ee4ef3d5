//! `selaras lexicon import|learn`.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use selaras_lexicon::{
    LearnOptions, Lexicon, learn_ibm1, read_dictd, read_muse, read_pairs, read_tsv, write_tsv,
};
use selaras_text::Lang;

use crate::cli::{LexiconCommand, LexiconFormat, LexiconImportArgs, LexiconLearnArgs};
use crate::lang::{parse_lang, parse_lang_pair};

pub fn run(command: &LexiconCommand, out: &mut dyn Write) -> Result<ExitCode> {
    match command {
        LexiconCommand::Import(args) => import(args, out),
        LexiconCommand::Learn(args) => learn(args, out),
    }
}

fn import(args: &LexiconImportArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let langs = args.langs.as_deref().map(parse_lang_pair).transpose()?;
    let mut lexicon = match args.format {
        LexiconFormat::Dictd => read_dictd(&args.path, langs.clone())?,
        LexiconFormat::Tsv => read_tsv(&args.path)?,
        LexiconFormat::Muse => {
            let (left, right) = langs
                .clone()
                .unwrap_or((Lang::undetermined(), Lang::undetermined()));
            read_muse(&args.path, left, right)?
        }
    };
    if let (LexiconFormat::Tsv, Some((left, right))) = (args.format, langs) {
        let mut relabelled = Lexicon::new(left, right);
        for entry in lexicon.entries() {
            relabelled.insert(&entry.left, &entry.right, entry.weight);
        }
        lexicon = relabelled;
    }
    write_tsv(&lexicon, &args.output)?;
    writeln!(
        out,
        "{} entries ({}-{}) written to {}",
        lexicon.len(),
        lexicon.left_lang(),
        lexicon.right_lang(),
        args.output.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn learn(args: &LexiconLearnArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let src = parse_lang(&args.src_lang)?;
    let tgt = parse_lang(&args.tgt_lang)?;
    let pairs = read_pairs(&args.pairs)?;
    let options = LearnOptions {
        iterations: usize::from(args.iterations),
        min_prob: args.min_prob,
    };
    let lexicon = learn_ibm1(&pairs, src, tgt, &options)
        .with_context(|| format!("learning from {}", args.pairs.display()))?;
    write_tsv(&lexicon, &args.output)?;
    writeln!(
        out,
        "{} entries learned from {} pairs, written to {}",
        lexicon.len(),
        pairs.len(),
        args.output.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
