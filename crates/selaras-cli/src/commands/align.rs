//! `selaras align`: sentence alignment in several formats.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use selaras_corpus::{AlignedPair, Format, write_alignment, write_atomically, write_moses};

use crate::cli::{AlignArgs, AlignFormat};
use crate::documents::load;

pub fn run(args: &AlignArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let (pipeline, documents) = load(&args.documents)?;
    let alignment = pipeline.align(&documents)?;
    let src = documents.src.norm_sentences();
    let tgt = documents.tgt.norm_sentences();
    let pair = AlignedPair {
        src: &src,
        tgt: &tgt,
        src_lang: documents.src.lang().code(),
        tgt_lang: documents.tgt.lang().code(),
        alignment: &alignment,
    };
    let format = match args.format {
        AlignFormat::Ladder => Format::Ladder,
        AlignFormat::Tsv => Format::Tsv,
        AlignFormat::Jsonl => Format::Jsonl,
        AlignFormat::Tmx => Format::Tmx,
        AlignFormat::Moses => {
            let Some(prefix) = &args.output else {
                bail!("--format moses writes two files: give their prefix with -o PREFIX");
            };
            return moses(&pair, prefix);
        }
    };
    match &args.output {
        Some(path) => write_atomically(path, |w| write_alignment(format, &pair, w))?,
        None => write_alignment(format, &pair, out)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn moses(pair: &AlignedPair<'_>, prefix: &std::path::Path) -> Result<ExitCode> {
    let with_ext = |lang: &str| -> PathBuf {
        let mut name = prefix.as_os_str().to_owned();
        name.push(format!(".{lang}"));
        PathBuf::from(name)
    };
    let (src_path, tgt_path) = (with_ext(pair.src_lang), with_ext(pair.tgt_lang));
    if src_path == tgt_path {
        bail!(
            "both languages are {}: Moses output needs two different extensions",
            pair.src_lang
        );
    }
    let mut tgt_buffer = Vec::new();
    write_atomically(&src_path, |src_out| {
        write_moses(pair, src_out, &mut tgt_buffer)
    })?;
    write_atomically(&tgt_path, |tgt_out| {
        tgt_out
            .write_all(&tgt_buffer)
            .map_err(|e| selaras_corpus::CorpusError::Io {
                path: tgt_path.clone(),
                source: e,
            })
    })
    .with_context(|| format!("writing {}", tgt_path.display()))?;
    Ok(ExitCode::SUCCESS)
}
