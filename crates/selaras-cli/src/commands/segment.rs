//! `selaras segment`: sentences one per line, or as JSON spans.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use selaras_text::{Lang, RuleSegmenter, Segmenter, Sentence, detect_lang};
use serde::Serialize;

use crate::cli::{LangArg, SegmentArgs};
use crate::input::read_text;
use crate::render::escape_controls;

pub fn run(args: &SegmentArgs, out: &mut dyn Write) -> Result<ExitCode> {
    let input = read_text(&args.file)?;
    let text = input.text.as_str();
    let lang = match args.lang {
        LangArg::Id => Lang::Id,
        LangArg::En => Lang::En,
        LangArg::Auto => detect_lang(text),
    };
    let segmenter = RuleSegmenter::builder(lang.clone()).build()?;
    let sentences = segmenter.segment(text);
    if args.json {
        write_json(out, &input.name, &lang, text, &sentences)?;
    } else {
        write_lines(out, text, &sentences, args.paragraphs)?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_lines(
    out: &mut dyn Write,
    text: &str,
    sentences: &[Sentence],
    paragraphs: bool,
) -> std::io::Result<()> {
    let mut previous = None;
    for sentence in sentences {
        if paragraphs && previous.is_some_and(|p| p != sentence.paragraph) {
            writeln!(out)?;
        }
        previous = Some(sentence.paragraph);
        writeln!(out, "{}", escape_controls(&sentence.normalized(text)))?;
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonDocument<'a> {
    schema: &'static str,
    file: &'a str,
    lang: &'a str,
    sentences: Vec<JsonSentence>,
}

#[derive(Serialize)]
struct JsonSentence {
    index: usize,
    paragraph: u32,
    start: usize,
    end: usize,
    text: String,
}

fn write_json(
    out: &mut dyn Write,
    file: &str,
    lang: &Lang,
    text: &str,
    sentences: &[Sentence],
) -> Result<()> {
    let document = JsonDocument {
        schema: "selaras.segment/1",
        file,
        lang: lang.code(),
        sentences: sentences
            .iter()
            .enumerate()
            .map(|(index, s)| JsonSentence {
                index,
                paragraph: s.paragraph,
                start: s.span.start,
                end: s.span.end,
                text: s.normalized(text),
            })
            .collect(),
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)?;
    Ok(())
}
