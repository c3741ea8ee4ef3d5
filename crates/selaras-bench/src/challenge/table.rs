//! A plain-text rendering of the scores.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::evaluate::{ChallengeScores, SplitScores};

fn percent(rate: f64) -> String {
    format!("{:.1}%", rate * 100.0)
}

fn render_split(out: &mut String, s: &SplitScores) {
    let _ = writeln!(out, "split: {}", s.split);
    let _ = writeln!(
        out,
        "  {:<22} {:<28} {:>6} {:>9} {:>7}",
        "injected", "expected (major+)", "items", "detected", "recall"
    );
    for r in &s.recall {
        let _ = writeln!(
            out,
            "  {:<22} {:<28} {:>6} {:>9} {:>7.3}",
            r.injection.name(),
            r.expected,
            r.items,
            r.detected,
            r.recall
        );
    }
    if s.clean_pairs > 0 {
        let _ = writeln!(
            out,
            "  false alarms, single pairs: {} of {} clean pairs = {}",
            s.pair_false_alarms,
            s.clean_pairs,
            percent(s.pair_false_alarm_rate)
        );
    }
    if s.clean_documents > 0 {
        let _ = writeln!(
            out,
            "  false alarms, documents: {} of {} beads of {} clean documents = {}",
            s.bead_false_alarms,
            s.clean_beads,
            s.clean_documents,
            percent(s.bead_false_alarm_rate)
        );
    }
    if s.collateral_beads > 0 {
        let rate = s.collateral_false_alarms as f64 / s.collateral_beads as f64;
        let _ = writeln!(
            out,
            "  flagged beads away from the injection: {} of {} = {}",
            s.collateral_false_alarms,
            s.collateral_beads,
            percent(rate)
        );
    }
    if !s.false_alarms_by_kind.is_empty() {
        let kinds: Vec<String> = s
            .false_alarms_by_kind
            .iter()
            .map(|(k, n)| format!("{k} {n}"))
            .collect();
        let _ = writeln!(out, "  false-alarm findings by kind: {}", kinds.join(", "));
    }
}

/// The scores as a plain-text table: all items, then each split, then the false alarms grouped
/// by the finding's kind.
pub fn render_table(scores: &ChallengeScores) -> String {
    let mut out = String::new();
    render_split(&mut out, &scores.all);
    if scores.splits.len() > 1 {
        for s in &scores.splits {
            out.push('\n');
            render_split(&mut out, s);
        }
    }
    let mut by_kind: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for a in &scores.false_alarms {
        let place = match &a.bead {
            Some((s, t)) => format!("{} {s:?}:{t:?}", a.origin),
            None => a.origin.clone(),
        };
        by_kind
            .entry(&a.kind)
            .or_default()
            .push(format!("{place} ({}): {}", a.severity, a.message));
    }
    for (kind, lines) in by_kind {
        let _ = writeln!(out, "\nfalse alarms: {kind} ({})", lines.len());
        for line in lines {
            let _ = writeln!(out, "  {line}");
        }
    }
    out
}
