//! The page: head (policy, style, title), summary, filters, the bead table, script.

use std::fmt::{self, Write};

use selaras::{DocPair, FlagKind, Report};

use crate::ReportSettings;
use crate::beads::write_table;
use crate::csp::policy;
use crate::escape::Escaped;
use crate::labels::kind_label;
use crate::summary::write_summary;

const STYLE: &str = include_str!("../assets/report.css");
const SCRIPT: &str = include_str!("../assets/report.js");

/// Writes the whole page: the policy and style in the head, the summary, the filter bar (shown by
/// the script), the bead table and the script.
pub fn write_page(
    out: &mut String,
    pair: &DocPair,
    report: &Report,
    settings: &ReportSettings,
) -> fmt::Result {
    let title = format!(
        "Faithfulness report: {} → {}",
        settings.src_name, settings.tgt_name
    );
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"en\">")?;
    writeln!(out, "<head>")?;
    writeln!(out, "<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(SCRIPT, STYLE)
    )?;
    writeln!(out, "<meta name=\"referrer\" content=\"no-referrer\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<meta name=\"generator\" content=\"selaras {}\">",
        env!("CARGO_PKG_VERSION")
    )?;
    writeln!(out, "<title>{}</title>", Escaped(&title))?;
    writeln!(out, "<style>{STYLE}</style>")?;
    writeln!(out, "</head>")?;
    writeln!(out, "<body>")?;
    writeln!(out, "<div class=\"page\">")?;
    writeln!(out, "<header>")?;
    writeln!(out, "<h1>Faithfulness report</h1>")?;
    writeln!(
        out,
        "<p class=\"files\"><span class=\"file\">{}</span><span class=\"arrow\" aria-label=\"translated as\">→</span><span class=\"file\">{}</span></p>",
        Escaped(&settings.src_name),
        Escaped(&settings.tgt_name)
    )?;
    write_summary(out, pair, report, settings)?;
    writeln!(out, "</header>")?;
    write_toolbar(out, report)?;
    writeln!(out, "<main>")?;
    write_table(out, pair, report)?;
    writeln!(out, "</main>")?;
    writeln!(
        out,
        "<footer>selaras {} · schema {} · spans and sentence numbers count from 0 · <kbd>n</kbd> / <kbd>p</kbd> move between findings</footer>",
        env!("CARGO_PKG_VERSION"),
        Escaped(report.schema)
    )?;
    writeln!(out, "</div>")?;
    writeln!(out, "<script>{SCRIPT}</script>")?;
    writeln!(out, "</body>")?;
    writeln!(out, "</html>")
}

fn write_toolbar(out: &mut String, report: &Report) -> fmt::Result {
    writeln!(
        out,
        "<nav class=\"toolbar\" id=\"toolbar\" aria-label=\"Filters and navigation\" hidden>"
    )?;
    writeln!(
        out,
        "<label><input type=\"checkbox\" id=\"only-flagged\"> only beads with findings</label>"
    )?;
    let present: Vec<(FlagKind, usize)> = FlagKind::ALL
        .into_iter()
        .map(|k| {
            (
                k,
                report.document.by_kind.get(k.name()).copied().unwrap_or(0),
            )
        })
        .filter(|&(_, n)| n > 0)
        .collect();
    writeln!(
        out,
        "<label>kind <select id=\"kind\"{}><option value=\"\">all kinds</option>",
        if present.is_empty() { " disabled" } else { "" }
    )?;
    for (kind, count) in present {
        writeln!(
            out,
            "<option value=\"{}\">{} ({count})</option>",
            kind.name(),
            kind_label(kind)
        )?;
    }
    writeln!(out, "</select></label>")?;
    writeln!(
        out,
        "<span class=\"status\" id=\"status\" aria-live=\"polite\"></span><span class=\"status\" id=\"position\" aria-live=\"polite\"></span>"
    )?;
    writeln!(
        out,
        "<span class=\"keys\"><kbd>n</kbd> next finding · <kbd>p</kbd> previous</span>"
    )?;
    writeln!(out, "</nav>")
}
