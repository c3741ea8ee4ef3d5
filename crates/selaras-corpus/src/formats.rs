//! Output formats of an aligned document pair.

use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use selaras_align::{Alignment, Bead, format_bead};
use serde::Serialize;

use crate::CorpusError;

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// vecalign's `[0, 1]:[2]:0.873`, one bead per line, null beads included.
    Ladder,
    /// `source<TAB>target<TAB>confidence`, one bead per line, null beads with an empty side.
    Tsv,
    /// One JSON object per bead: indices, texts, confidence.
    Jsonl,
    /// Two line-parallel files, one bead per line; null beads are left out.
    Moses,
    /// TMX 1.4b, one translation unit per bead; null beads are left out, and so are the
    /// characters XML 1.0 cannot carry (see [`is_xml_char`]).
    Tmx,
}

/// An aligned document pair, ready to be written.
#[derive(Debug, Clone, Copy)]
pub struct AlignedPair<'a> {
    /// Source sentences.
    pub src: &'a [&'a str],
    /// Target sentences.
    pub tgt: &'a [&'a str],
    /// Source language code.
    pub src_lang: &'a str,
    /// Target language code.
    pub tgt_lang: &'a str,
    /// The alignment of `src` and `tgt`.
    pub alignment: &'a Alignment,
}

impl AlignedPair<'_> {
    /// The sentences of a bead side joined by spaces.
    fn text(sentences: &[&str], range: std::ops::Range<usize>) -> String {
        sentences[range].join(" ")
    }

    fn src_text(&self, bead: &Bead) -> String {
        Self::text(self.src, bead.src.clone())
    }

    fn tgt_text(&self, bead: &Bead) -> String {
        Self::text(self.tgt, bead.tgt.clone())
    }
}

/// One line of a line-oriented format: tabs and line breaks become spaces.
fn one_line(text: &str) -> String {
    text.replace(['\t', '\n', '\r'], " ")
}

/// Whether XML 1.0 can carry `c` (tab, line feed, carriage return, and everything from U+0020 up
/// except the surrogates, U+FFFE and U+FFFF). TMX leaves out the characters it cannot.
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

#[derive(Serialize)]
struct JsonBead<'a> {
    src: Vec<usize>,
    tgt: Vec<usize>,
    src_text: &'a str,
    tgt_text: &'a str,
    confidence: f32,
}

/// Writes `pair` in `format` (every format but [`Format::Moses`], which needs two outputs: see
/// [`write_moses`]).
pub fn write_alignment(
    format: Format,
    pair: &AlignedPair<'_>,
    out: &mut dyn Write,
) -> Result<(), CorpusError> {
    let io = CorpusError::stdout;
    match format {
        Format::Ladder => {
            for bead in &pair.alignment.beads {
                writeln!(out, "{}", format_bead(bead)).map_err(io)?;
            }
        }
        Format::Tsv => {
            for bead in &pair.alignment.beads {
                writeln!(
                    out,
                    "{}\t{}\t{:.3}",
                    one_line(&pair.src_text(bead)),
                    one_line(&pair.tgt_text(bead)),
                    bead.confidence
                )
                .map_err(io)?;
            }
        }
        Format::Jsonl => {
            for bead in &pair.alignment.beads {
                let (src_text, tgt_text) = (pair.src_text(bead), pair.tgt_text(bead));
                let record = JsonBead {
                    src: bead.src.clone().collect(),
                    tgt: bead.tgt.clone().collect(),
                    src_text: &src_text,
                    tgt_text: &tgt_text,
                    confidence: bead.confidence,
                };
                serde_json::to_writer(&mut *out, &record).map_err(|e| io(e.into()))?;
                writeln!(out).map_err(io)?;
            }
        }
        Format::Moses => {
            return Err(CorpusError::Xml(
                "the Moses format writes two files; use write_moses".into(),
            ));
        }
        Format::Tmx => write_tmx(pair, out)?,
    }
    Ok(())
}

/// Writes the Moses format: bead texts line-parallel into `src_out` and `tgt_out`, null beads
/// left out.
pub fn write_moses(
    pair: &AlignedPair<'_>,
    src_out: &mut dyn Write,
    tgt_out: &mut dyn Write,
) -> Result<(), CorpusError> {
    for bead in pair.alignment.beads.iter().filter(|b| !b.is_null()) {
        writeln!(src_out, "{}", one_line(&pair.src_text(bead))).map_err(CorpusError::stdout)?;
        writeln!(tgt_out, "{}", one_line(&pair.tgt_text(bead))).map_err(CorpusError::stdout)?;
    }
    Ok(())
}

fn write_tmx(pair: &AlignedPair<'_>, out: &mut dyn Write) -> Result<(), CorpusError> {
    let xml = |e: std::io::Error| CorpusError::Xml(e.to_string());
    let mut writer = Writer::new_with_indent(out, b' ', 2);
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
        .map_err(xml)?;
    let mut tmx = BytesStart::new("tmx");
    tmx.push_attribute(("version", "1.4"));
    writer.write_event(Event::Start(tmx)).map_err(xml)?;
    let mut header = BytesStart::new("header");
    header.push_attribute(("creationtool", "selaras"));
    header.push_attribute(("creationtoolversion", env!("CARGO_PKG_VERSION")));
    header.push_attribute(("segtype", "sentence"));
    header.push_attribute(("o-tmf", "selaras"));
    header.push_attribute(("adminlang", "en"));
    header.push_attribute(("srclang", pair.src_lang));
    header.push_attribute(("datatype", "plaintext"));
    writer.write_event(Event::Empty(header)).map_err(xml)?;
    writer
        .write_event(Event::Start(BytesStart::new("body")))
        .map_err(xml)?;
    for bead in pair.alignment.beads.iter().filter(|b| !b.is_null()) {
        writer
            .write_event(Event::Start(BytesStart::new("tu")))
            .map_err(xml)?;
        let mut prop = BytesStart::new("prop");
        prop.push_attribute(("type", "x-confidence"));
        writer.write_event(Event::Start(prop)).map_err(xml)?;
        let confidence = format!("{:.3}", bead.confidence);
        writer
            .write_event(Event::Text(BytesText::new(&confidence)))
            .map_err(xml)?;
        writer
            .write_event(Event::End(BytesEnd::new("prop")))
            .map_err(xml)?;
        for (lang, text) in [
            (pair.src_lang, pair.src_text(bead)),
            (pair.tgt_lang, pair.tgt_text(bead)),
        ] {
            let text: String = text.chars().filter(|&c| is_xml_char(c)).collect();
            let mut tuv = BytesStart::new("tuv");
            tuv.push_attribute(("xml:lang", lang));
            writer.write_event(Event::Start(tuv)).map_err(xml)?;
            writer
                .write_event(Event::Start(BytesStart::new("seg")))
                .map_err(xml)?;
            // A carriage return is written as a reference: XML readers turn a literal one into a
            // line feed.
            let escaped = quick_xml::escape::escape(text.as_str()).replace('\r', "&#13;");
            writer
                .write_event(Event::Text(BytesText::from_escaped(escaped)))
                .map_err(xml)?;
            writer
                .write_event(Event::End(BytesEnd::new("seg")))
                .map_err(xml)?;
            writer
                .write_event(Event::End(BytesEnd::new("tuv")))
                .map_err(xml)?;
        }
        writer
            .write_event(Event::End(BytesEnd::new("tu")))
            .map_err(xml)?;
    }
    writer
        .write_event(Event::End(BytesEnd::new("body")))
        .map_err(xml)?;
    writer
        .write_event(Event::End(BytesEnd::new("tmx")))
        .map_err(xml)?;
    writeln!(writer.get_mut()).map_err(xml)?;
    Ok(())
}
