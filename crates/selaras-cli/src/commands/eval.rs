//! `selaras eval ...`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Result, bail};
use selaras::{Backend, DocPair};
use selaras_align::parse_ladder;
use selaras_bench::{NUSAX, retrieval_p_at_1};
use selaras_eval::{BeadList, score_alignments};
use selaras_lexicon::LexicalSimilarity;
use selaras_text::Similarity;

use crate::cli::{EvalAlignArgs, EvalCommand, RetrievalArgs};
use crate::input::read_lines;
use crate::lang::{load_lexicon, parse_lang};

pub fn run(command: &EvalCommand, out: &mut dyn Write) -> Result<ExitCode> {
    match command {
        EvalCommand::Retrieval(args) => retrieval(args, out),
        EvalCommand::Align(args) => eval_align(args, out),
        EvalCommand::Faithfulness(args) => crate::commands::faithfulness::run(args, out),
        EvalCommand::Mt(args) => crate::commands::mt::run(args, out),
    }
}

fn retrieval(args: &RetrievalArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let mut src_lines: Vec<String> = Vec::new();
    let mut tgt_lines: Vec<String> = Vec::new();
    let mut names = Vec::new();
    if args.files.is_empty() {
        // The NusaX rows compiled into the binary (1000 rows, all three splits).
        for split in NUSAX {
            src_lines.extend(split.id.lines().map(str::to_string));
            tgt_lines.extend(split.en.lines().map(str::to_string));
            names.push(format!("NusaX {} (embedded)", split.name));
        }
    } else {
        if args.files.len() % 2 != 0 {
            bail!(
                "give files as SRC TGT pairs ({} files given)",
                args.files.len()
            );
        }
        for pair in args.files.chunks(2) {
            let (src, tgt) = (&pair[0], &pair[1]);
            let s = read_lines(src)?;
            let t = read_lines(tgt)?;
            if s.len() != t.len() {
                bail!(
                    "{} has {} lines but {} has {}: retrieval needs line-parallel files",
                    src.display(),
                    s.len(),
                    tgt.display(),
                    t.len()
                );
            }
            names.push(display(src));
            src_lines.extend(s);
            tgt_lines.extend(t);
        }
    }
    let src_lang = parse_lang(&args.src_lang)?;
    let tgt_lang = parse_lang(&args.tgt_lang)?;
    let mut builder = LexicalSimilarity::builder(src_lang.clone(), tgt_lang.clone());
    if let Some(path) = &args.lexicon {
        builder = builder.lexicon(load_lexicon(path, &src_lang, &tgt_lang)?);
    }
    let lexical = builder.build()?;
    let pair = DocPair::from_sentences(
        (src_lang.clone(), &src_lines),
        (tgt_lang.clone(), &tgt_lines),
    );
    let kind = args.similarity.kind().resolve(&src_lang, &tgt_lang);
    let scores = match kind.backend(lexical)? {
        Backend::Lexical(lexical) => retrieval_p_at_1(&lexical.prepare(&pair)),
        Backend::Mixed(mix) => retrieval_p_at_1(&mix.prepare(&pair)),
    };
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &scores)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "retrieval over {} rows ({})",
            scores.rows,
            names.join(", ")
        )?;
        writeln!(out, "P@1 {src_lang}->{tgt_lang}: {:.3}", scores.src_to_tgt)?;
        writeln!(out, "P@1 {tgt_lang}->{src_lang}: {:.3}", scores.tgt_to_src)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

fn read_ladder(path: &Path) -> Result<BeadList> {
    let input = crate::input::read_text(path)?;
    parse_ladder(&input.text).map_err(|e| anyhow::anyhow!("{}: {e}", input.name))
}

fn eval_align(args: &EvalAlignArgs, out: &mut dyn Write) -> Result<ExitCode> {
    if args.files.len() % 2 != 0 {
        bail!(
            "give files as GOLD PRED pairs ({} files given)",
            args.files.len()
        );
    }
    let mut documents = Vec::new();
    for pair in args.files.chunks(2) {
        documents.push((read_ladder(&pair[0])?, read_ladder(&pair[1])?));
    }
    let scores = score_alignments(&documents);
    if args.json {
        serde_json::to_writer_pretty(&mut *out, &scores)?;
        writeln!(out)?;
    } else {
        writeln!(out, "             strict    lax")?;
        writeln!(
            out,
            "precision    {:.3}     {:.3}",
            scores.precision_strict, scores.precision_lax
        )?;
        writeln!(
            out,
            "recall       {:.3}     {:.3}",
            scores.recall_strict, scores.recall_lax
        )?;
        writeln!(
            out,
            "f1           {:.3}     {:.3}",
            scores.f1_strict, scores.f1_lax
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
