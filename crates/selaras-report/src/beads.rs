//! The bead table: source and translation side by side, findings under each bead.

use std::fmt::{self, Write};

use selaras::{BeadReport, DocPair, Document, FlagKind, Report, Severity};

use crate::escape::Escaped;
use crate::highlight::{Mark, write_highlighted};
use crate::labels::{icon, kind_label, lang_name};

/// Below this alignment confidence a bead's confidence is shown in full ink.
const LOW_CONFIDENCE: f32 = 0.5;

fn indices(list: &[usize]) -> String {
    match list {
        [] => "–".to_string(),
        [one] => one.to_string(),
        [first, .., last] => format!("{first}–{last}"),
    }
}

fn joined(list: &[usize]) -> String {
    list.iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes the table of beads, one `<tbody>` each, in reading order.
pub fn write_table(out: &mut String, pair: &DocPair, report: &Report) -> fmt::Result {
    let (src, tgt) = (report.src_lang.as_str(), report.tgt_lang.as_str());
    writeln!(out, "<table class=\"beads\">")?;
    writeln!(
        out,
        "<caption class=\"visually-hidden\">The source and its translation side by side, bead by bead, in reading order; findings under each bead.</caption>"
    )?;
    writeln!(
        out,
        "<colgroup><col class=\"mark\"><col class=\"idx\"><col class=\"text\"><col class=\"idx\"><col class=\"text\"><col class=\"conf\"></colgroup>"
    )?;
    writeln!(
        out,
        "<thead><tr><th scope=\"col\"><span class=\"visually-hidden\">severity</span></th><th scope=\"col\">#</th><th scope=\"col\"><span class=\"lang\">{}</span> · source</th><th scope=\"col\">#</th><th scope=\"col\"><span class=\"lang\">{}</span> · translation</th><th scope=\"col\" title=\"alignment confidence\">conf.</th></tr></thead>",
        Escaped(lang_name(src)),
        Escaped(lang_name(tgt))
    )?;
    for (index, bead) in report.beads.iter().enumerate() {
        write_bead(out, pair, report, index, bead)?;
    }
    writeln!(out, "</table>")?;
    if report.beads.is_empty() {
        writeln!(
            out,
            "<p class=\"none\">No beads: both documents are empty.</p>"
        )?;
    }
    Ok(())
}

fn write_bead(
    out: &mut String,
    pair: &DocPair,
    report: &Report,
    index: usize,
    bead: &BeadReport,
) -> fmt::Result {
    let worst = bead.flags.iter().map(|f| f.severity).max();
    let mut kinds: Vec<FlagKind> = bead.flags.iter().map(|f| f.kind).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let kind_names: Vec<&str> = kinds.iter().map(|k| k.name()).collect();
    let class = match worst {
        Some(severity) => format!("bead flagged sev-{}", severity.name()),
        None => "bead".to_string(),
    };
    writeln!(
        out,
        "<tbody class=\"{class}\" id=\"bead-{index}\" data-src=\"{}\" data-tgt=\"{}\" data-kinds=\"{}\" data-severity=\"{}\" tabindex=\"-1\">",
        joined(&bead.src),
        joined(&bead.tgt),
        kind_names.join(" "),
        worst.map_or("", Severity::name)
    )?;
    // A one-sided bead is the finding itself: its whole text is not marked again.
    let one_sided = bead.src.is_empty() || bead.tgt.is_empty();
    let (mut src_marks, mut tgt_marks) = (Vec::new(), Vec::new());
    for flag in &bead.flags {
        if one_sided && matches!(flag.kind, FlagKind::Omission | FlagKind::Addition) {
            continue;
        }
        let mark = |&[start, end]: &[usize; 2]| Mark {
            start,
            end,
            severity: flag.severity,
            kind: flag.kind,
        };
        src_marks.extend(flag.src_spans.iter().map(mark));
        tgt_marks.extend(flag.tgt_spans.iter().map(mark));
    }
    writeln!(out, "<tr class=\"text\">")?;
    match worst {
        Some(severity) => writeln!(
            out,
            "<td class=\"mark\"><span class=\"icon\" aria-hidden=\"true\">{}</span><span class=\"visually-hidden\">{} finding</span></td>",
            icon(severity),
            severity.name()
        )?,
        None => writeln!(out, "<td class=\"mark\"></td>")?,
    }
    write_side(
        out,
        &Side {
            doc: &pair.src,
            lang: &report.src_lang,
            class: "src",
            sentences: &bead.src,
            fallback: &bead.src_text,
            marks: &src_marks,
            gap: "no source: added in the translation",
        },
    )?;
    write_side(
        out,
        &Side {
            doc: &pair.tgt,
            lang: &report.tgt_lang,
            class: "tgt",
            sentences: &bead.tgt,
            fallback: &bead.tgt_text,
            marks: &tgt_marks,
            gap: "not translated",
        },
    )?;
    writeln!(
        out,
        "<td class=\"conf{}\" title=\"alignment confidence {:.2}; bead score {:.2}; similarity {:.2}\">{:.2}</td>",
        if bead.confidence < LOW_CONFIDENCE {
            " low"
        } else {
            ""
        },
        bead.confidence,
        bead.score,
        bead.similarity,
        bead.confidence
    )?;
    writeln!(out, "</tr>")?;
    if !bead.flags.is_empty() {
        writeln!(
            out,
            "<tr class=\"findings\"><td></td><td></td><td colspan=\"4\"><ul class=\"flags\">"
        )?;
        for flag in &bead.flags {
            writeln!(
                out,
                "<li class=\"finding sev-{name}\" data-kind=\"{kind}\"><span class=\"sev\"><span class=\"icon\" aria-hidden=\"true\">{icon}</span> {upper}</span> <span class=\"kind\">{label}</span> <span class=\"message\">{message}</span></li>",
                name = flag.severity.name(),
                kind = flag.kind.name(),
                icon = icon(flag.severity),
                upper = flag.severity.name().to_uppercase(),
                label = kind_label(flag.kind),
                message = Escaped(&flag.message)
            )?;
        }
        writeln!(out, "</ul></td></tr>")?;
    }
    writeln!(out, "</tbody>")
}

/// One side of a bead, as its cells are written.
struct Side<'a> {
    doc: &'a Document,
    lang: &'a str,
    class: &'a str,
    sentences: &'a [usize],
    /// The bead's text from the report, used when its sentences are not in `doc`.
    fallback: &'a str,
    marks: &'a [Mark],
    /// What an empty side says.
    gap: &'a str,
}

fn write_side(out: &mut String, side: &Side<'_>) -> fmt::Result {
    writeln!(out, "<td class=\"idx\">{}</td>", indices(side.sentences))?;
    if side.sentences.is_empty() {
        return writeln!(
            out,
            "<td class=\"{} empty\"><span class=\"gap\">— {}</span></td>",
            side.class, side.gap
        );
    }
    write!(
        out,
        "<td class=\"{}\" lang=\"{}\">",
        side.class,
        Escaped(side.lang)
    )?;
    if side.sentences.iter().all(|&k| k < side.doc.len()) {
        for &k in side.sentences {
            let span = side.doc.sentences()[k].span;
            write!(out, "<span class=\"sent\" data-k=\"{k}\">")?;
            write_highlighted(out, side.doc.text(), (span.start, span.end), side.marks)?;
            write!(out, "</span>")?;
        }
    } else {
        write!(out, "{}", Escaped(side.fallback))?;
    }
    writeln!(out, "</td>")
}
