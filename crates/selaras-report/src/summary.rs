//! The page header's summary: score, coverage, findings by severity and kind, settings.

use std::fmt::{self, Write};

use selaras::{DocPair, FlagKind, Report, Severity};

use crate::ReportSettings;
use crate::escape::Escaped;
use crate::labels::{icon, kind_label, lang_name};

/// Writes the summary block of the header.
pub fn write_summary(
    out: &mut String,
    pair: &DocPair,
    report: &Report,
    settings: &ReportSettings,
) -> fmt::Result {
    let doc = &report.document;
    let (src, tgt) = (report.src_lang.as_str(), report.tgt_lang.as_str());
    writeln!(out, "<section class=\"summary\" aria-label=\"Summary\">")?;
    writeln!(
        out,
        "<div class=\"score\"><h2 class=\"label\">Faithfulness</h2><span class=\"value\" id=\"faithfulness\">{:.1}</span><span class=\"of\"> / 100</span><p class=\"formula\">penalty {} over {} source words: 1 per minor, 5 per major, 10 per critical finding</p></div>",
        doc.faithfulness, doc.penalty, doc.source_words
    )?;
    writeln!(
        out,
        "<div class=\"block\"><h2>Coverage</h2><ul><li>source ({}) {:.0}%</li><li>translation ({}) {:.0}%</li></ul></div>",
        Escaped(src),
        100.0 * doc.coverage_src,
        Escaped(tgt),
        100.0 * doc.coverage_tgt
    )?;
    writeln!(out, "<div class=\"block counts\"><h2>Findings</h2><ul>")?;
    for (severity, count) in [
        (Severity::Critical, doc.issues.critical),
        (Severity::Major, doc.issues.major),
        (Severity::Minor, doc.issues.minor),
    ] {
        writeln!(
            out,
            "<li class=\"sev-{name}{zero}\"><span class=\"n\">{count}</span> <span class=\"sev\"><span class=\"icon\" aria-hidden=\"true\">{icon}</span> {name}</span></li>",
            name = severity.name(),
            zero = if count == 0 { " zero" } else { "" },
            icon = icon(severity),
        )?;
    }
    writeln!(out, "</ul></div>")?;
    writeln!(
        out,
        "<div class=\"block\"><h2>By kind</h2><ul class=\"kinds\">"
    )?;
    for kind in FlagKind::ALL {
        let count = doc.by_kind.get(kind.name()).copied().unwrap_or(0);
        writeln!(
            out,
            "<li{}><span class=\"n\">{count}</span> {}</li>",
            if count == 0 { " class=\"zero\"" } else { "" },
            kind_label(kind)
        )?;
    }
    writeln!(out, "</ul></div>")?;
    writeln!(out, "<div class=\"block settings\"><h2>Settings</h2><dl>")?;
    let rows = [
        (
            "languages",
            format!("{} → {}", lang_name(src), lang_name(tgt)),
        ),
        ("lexicon", settings.lexicon.clone()),
        ("similarity", settings.similarity.clone()),
        (
            "sentences",
            if settings.presegmented {
                "one per line".to_string()
            } else {
                "segmented by rules".to_string()
            },
        ),
        (
            "beads",
            format!(
                "{} from {} + {} sentences, up to {} a side",
                report.beads.len(),
                pair.src.len(),
                pair.tgt.len(),
                settings.max_bead
            ),
        ),
    ];
    for (name, value) in rows {
        writeln!(
            out,
            "<div><dt>{name}</dt><dd>{}</dd></div>",
            Escaped(&value)
        )?;
    }
    writeln!(out, "</dl></div>")?;
    writeln!(out, "</section>")
}
