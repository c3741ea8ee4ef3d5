//! Evaluation, decoupled from the scorer's API: the caller turns its report into bead outcomes.

use std::collections::BTreeMap;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::item::{ChallengeItem, GoldBead, Injection};

/// One finding of the checks, as the evaluator sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// The snake_case flag name: `omission`, `addition`, `number_mismatch`, `entity_mismatch`,
    /// `negation_mismatch`, `untranslated`, `low_adequacy`, `length_ratio`.
    pub kind: String,
    /// `minor`, `major` or `critical`.
    pub severity: String,
    /// The explanation (a boilerplate addition says "boilerplate").
    pub message: String,
}

impl Finding {
    /// Major or critical.
    pub fn is_serious(&self) -> bool {
        matches!(
            self.severity.to_ascii_lowercase().as_str(),
            "major" | "critical"
        )
    }
}

/// A bead the scorer aligned, with its findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BeadOutcome {
    /// Source sentence indices.
    pub src: Vec<usize>,
    /// Target sentence indices.
    pub tgt: Vec<usize>,
    /// What the checks found on this bead.
    pub findings: Vec<Finding>,
}

/// The finding that counts as detecting an injection (at major or worse); `None` for clean.
pub fn expected_finding(injection: Injection) -> Option<&'static str> {
    Some(match injection {
        Injection::Clean => return None,
        Injection::NumberChanged => "number_mismatch",
        Injection::NameSwapped => "entity_mismatch",
        Injection::NameDropped => "entity_mismatch or omission",
        Injection::NegationInserted | Injection::NegationRemoved | Injection::NegationFlipped => {
            "negation_mismatch"
        }
        Injection::ClauseDropped | Injection::SpanDropped | Injection::PartDropped => "omission",
        Injection::ClauseAdded => "addition",
        Injection::SourceCopied => "untranslated",
        Injection::BoilerplateInserted => "addition (boilerplate)",
    })
}

fn detects(injection: Injection, f: &Finding) -> bool {
    if !f.is_serious() {
        return false;
    }
    let kind = f.kind.as_str();
    match injection {
        Injection::Clean => false,
        Injection::NameDropped => kind == "entity_mismatch" || kind == "omission",
        Injection::BoilerplateInserted => {
            kind == "addition" && f.message.to_lowercase().contains("boilerplate")
        }
        other => expected_finding(other) == Some(kind),
    }
}

/// Recall of one injection.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindRecall {
    /// What was injected.
    pub injection: Injection,
    /// The finding that counts as detection.
    pub expected: &'static str,
    /// Items with this injection.
    pub items: usize,
    /// Items where it was detected.
    pub detected: usize,
    /// `detected / items`.
    pub recall: f64,
}

/// A serious finding on clean text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FalseAlarm {
    /// The item's origin.
    pub origin: String,
    /// The item's split.
    pub split: String,
    /// The bead it is on (document items), as (source, target) indices.
    pub bead: Option<GoldBead>,
    /// The finding's kind.
    pub kind: String,
    /// Its severity.
    pub severity: String,
    /// Its message.
    pub message: String,
}

/// Results on the items of one split (or all).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SplitScores {
    /// `all`, `test`, `tune`, `heldout`...
    pub split: String,
    /// Recall per injection present.
    pub recall: Vec<KindRecall>,
    /// Clean single-pair items.
    pub clean_pairs: usize,
    /// Clean single-pair items with a major or critical finding.
    pub pair_false_alarms: usize,
    /// `pair_false_alarms / clean_pairs`.
    pub pair_false_alarm_rate: f64,
    /// Clean documents.
    pub clean_documents: usize,
    /// The scorer's beads in clean documents.
    pub clean_beads: usize,
    /// Of those, beads with a major or critical finding.
    pub bead_false_alarms: usize,
    /// `bead_false_alarms / clean_beads`.
    pub bead_false_alarm_rate: f64,
    /// Beads of injected documents that share no sentence with the injected gold bead.
    pub collateral_beads: usize,
    /// Of those, beads with a major or critical finding.
    pub collateral_false_alarms: usize,
    /// Serious findings on clean pairs and clean documents, by finding kind.
    pub false_alarms_by_kind: BTreeMap<String, usize>,
}

/// Results on a challenge set: all items, then each split in order of first appearance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChallengeScores {
    /// Over every item.
    pub all: SplitScores,
    /// Per split.
    pub splits: Vec<SplitScores>,
    /// Every serious finding on clean text, to be listed by cause.
    pub false_alarms: Vec<FalseAlarm>,
}

/// What one item came to.
#[derive(Debug, Default)]
struct Outcome {
    detected: bool,
    clean_beads: usize,
    flagged_beads: usize,
    collateral_beads: usize,
    collateral_flagged: usize,
    alarms: Vec<FalseAlarm>,
}

fn disjoint(a: &[usize], b: &[usize]) -> bool {
    !a.iter().any(|x| b.contains(x))
}

fn outcome(item: &ChallengeItem, beads: &[BeadOutcome]) -> Outcome {
    let mut out = Outcome::default();
    if item.injection == Injection::Clean {
        for bead in beads {
            let serious: Vec<&Finding> = bead.findings.iter().filter(|f| f.is_serious()).collect();
            out.clean_beads += 1;
            out.flagged_beads += usize::from(!serious.is_empty());
            out.alarms.extend(serious.into_iter().map(|f| {
                FalseAlarm {
                    origin: item.origin.clone(),
                    split: item.split.clone(),
                    bead: item
                        .is_document()
                        .then(|| (bead.src.clone(), bead.tgt.clone())),
                    kind: f.kind.clone(),
                    severity: f.severity.to_ascii_lowercase(),
                    message: f.message.clone(),
                }
            }));
        }
        return out;
    }
    if !item.is_document() {
        out.detected = beads
            .iter()
            .flat_map(|b| &b.findings)
            .any(|f| detects(item.injection, f));
        return out;
    }
    let at = item.at.unwrap_or(usize::MAX);
    out.detected = beads
        .iter()
        .filter(|b| b.tgt.contains(&at))
        .flat_map(|b| &b.findings)
        .any(|f| detects(item.injection, f));
    if let Some((gs, gt)) = item.gold.iter().find(|(_, t)| t.contains(&at)) {
        for bead in beads
            .iter()
            .filter(|b| disjoint(&b.src, gs) && disjoint(&b.tgt, gt))
        {
            out.collateral_beads += 1;
            out.collateral_flagged += usize::from(bead.findings.iter().any(Finding::is_serious));
        }
    }
    out
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn aggregate(split: &str, results: &[(&ChallengeItem, &Outcome)]) -> SplitScores {
    let recall = Injection::ALL[1..]
        .iter()
        .filter_map(|&injection| {
            let of_kind: Vec<&(&ChallengeItem, &Outcome)> = results
                .iter()
                .filter(|(i, _)| i.injection == injection)
                .collect();
            let detected = of_kind.iter().filter(|(_, o)| o.detected).count();
            (!of_kind.is_empty()).then(|| KindRecall {
                injection,
                expected: expected_finding(injection).unwrap_or_default(),
                items: of_kind.len(),
                detected,
                recall: ratio(detected, of_kind.len()),
            })
        })
        .collect();
    let clean = || {
        results
            .iter()
            .filter(|(i, _)| i.injection == Injection::Clean)
    };
    let clean_pairs = clean().filter(|(i, _)| !i.is_document()).count();
    let pair_false_alarms = clean()
        .filter(|(i, o)| !i.is_document() && !o.alarms.is_empty())
        .count();
    let clean_documents = clean().filter(|(i, _)| i.is_document()).count();
    let docs = || clean().filter(|(i, _)| i.is_document());
    let clean_beads = docs().map(|(_, o)| o.clean_beads).sum();
    let bead_false_alarms = docs().map(|(_, o)| o.flagged_beads).sum();
    let mut false_alarms_by_kind = BTreeMap::new();
    for alarm in clean().flat_map(|(_, o)| &o.alarms) {
        *false_alarms_by_kind.entry(alarm.kind.clone()).or_insert(0) += 1;
    }
    SplitScores {
        split: split.to_string(),
        recall,
        clean_pairs,
        pair_false_alarms,
        pair_false_alarm_rate: ratio(pair_false_alarms, clean_pairs),
        clean_documents,
        clean_beads,
        bead_false_alarms,
        bead_false_alarm_rate: ratio(bead_false_alarms, clean_beads),
        collateral_beads: results.iter().map(|(_, o)| o.collateral_beads).sum(),
        collateral_false_alarms: results.iter().map(|(_, o)| o.collateral_flagged).sum(),
        false_alarms_by_kind,
    }
}

/// Scores every item (in parallel) with `score` and counts detections and false alarms.
///
/// A single pair's injection is detected by a finding of the expected kind at major or worse
/// anywhere; a document's only by one on a bead whose target indices contain `at`.
pub fn evaluate(
    items: &[ChallengeItem],
    score: &(dyn Fn(&ChallengeItem) -> Vec<BeadOutcome> + Sync),
) -> ChallengeScores {
    let outcomes: Vec<Outcome> = items
        .par_iter()
        .map(|item| outcome(item, &score(item)))
        .collect();
    let results: Vec<(&ChallengeItem, &Outcome)> = items.iter().zip(&outcomes).collect();
    let mut names: Vec<&str> = Vec::new();
    for item in items {
        if !names.contains(&item.split.as_str()) {
            names.push(&item.split);
        }
    }
    let splits = names
        .iter()
        .map(|name| {
            let of_split: Vec<(&ChallengeItem, &Outcome)> = results
                .iter()
                .filter(|(i, _)| i.split == *name)
                .copied()
                .collect();
            aggregate(name, &of_split)
        })
        .collect();
    ChallengeScores {
        all: aggregate("all", &results),
        splits,
        false_alarms: outcomes.iter().flat_map(|o| o.alarms.clone()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(
        injection: Injection,
        at: Option<usize>,
        gold: Vec<GoldBead>,
        split: &str,
    ) -> ChallengeItem {
        ChallengeItem {
            origin: format!("o:{}", injection.name()),
            split: split.into(),
            injection,
            at,
            detail: String::new(),
            src: vec!["a".into(), "b".into()],
            tgt: vec!["x".into(), "y".into()],
            gold,
        }
    }

    fn finding(kind: &str, severity: &str, message: &str) -> Finding {
        Finding {
            kind: kind.into(),
            severity: severity.into(),
            message: message.into(),
        }
    }

    #[test]
    fn counts_detections_on_the_right_bead_and_false_alarms() {
        let gold = vec![(vec![0], vec![0]), (vec![1], vec![1])];
        let items = vec![
            item(Injection::Clean, None, Vec::new(), "test"),
            item(Injection::NumberChanged, Some(0), Vec::new(), "test"),
            item(Injection::Clean, None, gold.clone(), "tune"),
            item(Injection::NegationRemoved, Some(1), gold.clone(), "tune"),
            item(Injection::NameDropped, Some(0), gold.clone(), "heldout"),
            item(Injection::BoilerplateInserted, Some(1), gold, "heldout"),
        ];
        let score = |i: &ChallengeItem| -> Vec<BeadOutcome> {
            let bead = |k: usize, findings: Vec<Finding>| BeadOutcome {
                src: vec![k],
                tgt: vec![k],
                findings,
            };
            match i.injection {
                Injection::Clean if i.is_document() => vec![
                    bead(0, vec![finding("length_ratio", "minor", "")]),
                    bead(1, vec![finding("omission", "Major", "gap")]),
                ],
                Injection::Clean => vec![bead(0, vec![finding("addition", "critical", "z")])],
                Injection::NumberChanged => {
                    vec![bead(0, vec![finding("number_mismatch", "critical", "")])]
                }
                // On the wrong bead: not detected, and a collateral alarm.
                Injection::NegationRemoved => vec![
                    bead(0, vec![finding("negation_mismatch", "major", "")]),
                    bead(1, Vec::new()),
                ],
                Injection::NameDropped => vec![
                    bead(0, vec![finding("omission", "major", "")]),
                    bead(1, Vec::new()),
                ],
                _ => vec![
                    bead(0, Vec::new()),
                    bead(1, vec![finding("addition", "major", "a site line")]),
                ],
            }
        };
        let scores = evaluate(&items, &score);
        let recall = |s: &SplitScores, i: Injection| {
            s.recall
                .iter()
                .find(|r| r.injection == i)
                .map(|r| r.detected)
        };
        assert_eq!(recall(&scores.all, Injection::NumberChanged), Some(1));
        assert_eq!(recall(&scores.all, Injection::NegationRemoved), Some(0));
        assert_eq!(recall(&scores.all, Injection::NameDropped), Some(1));
        assert_eq!(recall(&scores.all, Injection::BoilerplateInserted), Some(0));
        assert_eq!(
            (scores.all.pair_false_alarms, scores.all.clean_pairs),
            (1, 1)
        );
        assert_eq!(
            (scores.all.bead_false_alarms, scores.all.clean_beads),
            (1, 2)
        );
        assert_eq!(scores.all.collateral_false_alarms, 1);
        assert_eq!(scores.false_alarms.len(), 2);
        let names: Vec<&str> = scores.splits.iter().map(|s| s.split.as_str()).collect();
        assert_eq!(names, ["test", "tune", "heldout"]);
        assert_eq!(scores.splits[1].bead_false_alarms, 1);
        let table = crate::render_table(&scores);
        assert!(
            table.contains("split: heldout") && table.contains("false alarms: omission (1)"),
            "{table}"
        );
    }
}
