//! The human view of a faithfulness report: source and translation side by side, findings under
//! each bead.

use std::io::{self, Write};

use selaras_score::{BeadReport, Report, Severity};

/// How to render.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
    /// Every bead, not only those with findings.
    pub all: bool,
}

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";

fn severity_color(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "\x1b[1;31m",
        Severity::Major => "\x1b[33m",
        Severity::Minor => "\x1b[36m",
    }
}

fn paint(style: Style, code: &str, text: &str) -> String {
    if style.color {
        format!("{code}{text}{RESET}")
    } else {
        text.to_string()
    }
}

/// Wraps `text` into lines of at most `width` characters, at spaces where possible.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        let mut word = word.to_string();
        while word.chars().count() > width {
            let head: String = word.chars().take(width).collect();
            word = word.chars().skip(width).collect();
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            lines.push(head);
        }
        let needed = line.chars().count() + usize::from(!line.is_empty()) + word.chars().count();
        if needed > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn pad(text: &str, width: usize) -> String {
    let len = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(len)))
}

fn indices(list: &[usize]) -> String {
    match list {
        [] => "-".to_string(),
        [one] => one.to_string(),
        [first, .., last] => format!("{first}-{last}"),
    }
}

/// `text` safe for a terminal: control characters (C0, DEL, C1, so escape sequences and BEL)
/// and bidirectional overrides are shown escaped (`\u{1b}`), everything else as is. Human
/// output only: JSON keeps the exact text.
pub fn escape_controls(text: &str) -> std::borrow::Cow<'_, str> {
    fn unsafe_char(c: char) -> bool {
        c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    }
    if !text.chars().any(unsafe_char) {
        return text.into();
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            escaped.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            escaped.push(c);
        }
    }
    escaped.into()
}

fn write_bead(
    out: &mut dyn Write,
    bead: &BeadReport,
    style: Style,
    column: usize,
) -> io::Result<()> {
    let src = if bead.src_text.is_empty() {
        "—".to_string()
    } else {
        escape_controls(&bead.src_text).into_owned()
    };
    let tgt = if bead.tgt_text.is_empty() {
        "—".to_string()
    } else {
        escape_controls(&bead.tgt_text).into_owned()
    };
    let left = wrap(&src, column);
    let right = wrap(&tgt, column);
    let label = format!("{:>5} {:>5}", indices(&bead.src), indices(&bead.tgt));
    let meta = format!("conf {:.2} score {:.2}", bead.confidence, bead.score);
    for k in 0..left.len().max(right.len()) {
        let l = left.get(k).map_or("", String::as_str);
        let r = right.get(k).map_or("", String::as_str);
        let head = if k == 0 {
            label.clone()
        } else {
            " ".repeat(label.len())
        };
        let tail = if k == 0 {
            paint(style, DIM, &meta)
        } else {
            String::new()
        };
        writeln!(
            out,
            "{head}  {}  │ {}  {tail}",
            pad(l, column),
            pad(r, column)
        )?;
    }
    for flag in &bead.flags {
        let tag = format!(
            "{} {}",
            flag.severity.name().to_uppercase(),
            flag.kind.name()
        );
        let indent = " ".repeat(label.len() + 2);
        let message = wrap(&escape_controls(&flag.message), 2 * column);
        writeln!(
            out,
            "{indent}{} {}",
            paint(style, severity_color(flag.severity), &format!("▲ {tag}:")),
            message[0]
        )?;
        for line in &message[1..] {
            writeln!(out, "{indent}  {line}")?;
        }
    }
    Ok(())
}

/// Writes the human view of `report`.
pub fn render_report(out: &mut dyn Write, report: &Report, style: Style) -> io::Result<()> {
    let doc = &report.document;
    let title = format!(
        "faithfulness {:.1}/100   coverage {} {:.0}%, {} {:.0}%   findings: {} critical, {} major, {} minor",
        doc.faithfulness,
        report.src_lang,
        100.0 * doc.coverage_src,
        report.tgt_lang,
        100.0 * doc.coverage_tgt,
        doc.issues.critical,
        doc.issues.major,
        doc.issues.minor
    );
    writeln!(out, "{}", paint(style, BOLD, &title))?;
    let column = (style.width.saturating_sub(36) / 2).max(20);
    writeln!(
        out,
        "{}",
        paint(
            style,
            DIM,
            &format!(
                "{:>5} {:>5}  {}  │ {}",
                report.src_lang,
                report.tgt_lang,
                pad("", column),
                ""
            )
        )
    )?;
    let mut hidden = 0;
    for bead in &report.beads {
        if bead.flags.is_empty() && !style.all {
            hidden += 1;
            continue;
        }
        write_bead(out, bead, style, column)?;
    }
    if hidden > 0 {
        writeln!(
            out,
            "{}",
            paint(
                style,
                DIM,
                &format!("({hidden} beads without findings not shown; --all shows them)")
            )
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_splits_long_words() {
        assert_eq!(
            wrap("Zelensky reports progress in peace plan talks", 16),
            ["Zelensky reports", "progress in", "peace plan talks"]
        );
        assert_eq!(wrap("aaaaaaaaaa", 4), ["aaaa", "aaaa", "aa"]);
        assert_eq!(wrap("", 10), [""]);
    }

    #[test]
    fn escapes_terminal_control_sequences() {
        assert_eq!(escape_controls("plain ünïcode"), "plain ünïcode");
        assert_eq!(
            escape_controls("a\x1b[2Jb\x1b]0;pwned\x07c\u{9b}d\u{202e}"),
            "a\\u{1b}[2Jb\\u{1b}]0;pwned\\u{7}c\\u{9b}d\\u{202e}"
        );
    }
}
