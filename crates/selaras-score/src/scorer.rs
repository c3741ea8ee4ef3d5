//! Aligning a document pair and running every check on every bead.

use std::collections::BTreeMap;

use rayon::prelude::*;
use selaras_align::{Aligner, Alignment};
use selaras_lexicon::{Explain, LexicalFeatures, PreparedLexical};
use selaras_text::{DocPair, PreparedPair};

use crate::check::{BeadContext, Check, DocSide, LengthStats, default_checks};
use crate::report::{BeadReport, DocumentScore, FORMULA, IssueCounts, Report, bead_score};
use crate::{FlagKind, Severity};

/// Aligns, then checks every bead and sums up the document.
///
/// Generic over the [`Aligner`]; the checks read the lexical features of the aligner's prepared
/// pair ([`LexicalFeatures`]), computed once for both.
pub struct Scorer<A> {
    aligner: A,
    checks: Vec<Box<dyn Check>>,
}

impl<A> std::fmt::Debug for Scorer<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scorer")
            .field(
                "checks",
                &self.checks.iter().map(|c| c.kind()).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl<A: Aligner> Scorer<A>
where
    A::Prepared: LexicalFeatures,
{
    /// A scorer with every check at its default settings.
    pub fn new(aligner: A) -> Self {
        Self::with_checks(aligner, default_checks())
    }

    /// A scorer with the given checks.
    pub fn with_checks(aligner: A, checks: Vec<Box<dyn Check>>) -> Self {
        Self { aligner, checks }
    }

    /// The aligner.
    pub fn aligner(&self) -> &A {
        &self.aligner
    }

    /// Aligns `pair` and scores it.
    pub fn score(&self, pair: &DocPair) -> Report {
        let prepared = self.aligner.prepare(pair);
        let alignment = self.aligner.align_prepared(pair, &prepared);
        self.score_alignment(pair, &prepared, &alignment)
    }

    /// The report for two lists of sentences, as if each document were its sentences joined by
    /// one line break (the spans of the findings count that way; see
    /// [`DocPair::from_sentences`]).
    pub fn score_sentences(
        &self,
        src: (&selaras_text::Lang, &[&str]),
        tgt: (&selaras_text::Lang, &[&str]),
    ) -> Report {
        self.score(&DocPair::from_sentences(
            (src.0.clone(), src.1),
            (tgt.0.clone(), tgt.1),
        ))
    }

    /// Scores `pair` under a given alignment (prepared by this scorer's aligner).
    pub fn score_alignment(
        &self,
        pair: &DocPair,
        prepared: &A::Prepared,
        alignment: &Alignment,
    ) -> Report {
        let features = prepared.lexical();
        let side = |is_src: bool| DocSide {
            doc: if is_src { &pair.src } else { &pair.tgt },
            features,
            is_src,
        };
        let (src, tgt) = (side(true), side(false));
        let length = length_stats(pair, &alignment.beads);
        let beads: Vec<BeadReport> = alignment
            .beads
            .par_iter()
            .map(|bead| {
                let translated = !bead.is_null();
                let explanation =
                    translated.then(|| features.explain(bead.src.clone(), bead.tgt.clone()));
                let similarity =
                    translated.then(|| prepared.score(bead.src.clone(), bead.tgt.clone()));
                let context = BeadContext {
                    bead,
                    src,
                    tgt,
                    explanation: explanation.as_ref(),
                    length,
                    similarity,
                };
                let flags: Vec<_> = self.checks.iter().flat_map(|c| c.check(&context)).collect();
                BeadReport {
                    src: bead.src.clone().collect(),
                    tgt: bead.tgt.clone().collect(),
                    src_text: pair.src.joined(bead.src.clone()),
                    tgt_text: pair.tgt.joined(bead.tgt.clone()),
                    confidence: bead.confidence,
                    score: bead_score(&flags, translated),
                    similarity: similarity.unwrap_or(0.0),
                    coverage_src: explanation.as_ref().map_or(0.0, |e| e.coverage_src),
                    coverage_tgt: explanation.as_ref().map_or(0.0, |e| e.coverage_tgt),
                    flags,
                }
            })
            .collect();
        let document = summarize(features, &beads);
        Report {
            schema: "selaras.score/1",
            src_lang: pair.src.lang().code().to_string(),
            tgt_lang: pair.tgt.lang().code().to_string(),
            document,
            beads,
        }
    }
}

fn length_stats(pair: &DocPair, beads: &[selaras_align::Bead]) -> LengthStats {
    let mut ratios: Vec<f64> = beads
        .iter()
        .filter(|b| b.shape() == (1, 1))
        .map(|b| {
            let s = pair.src.raw(b.src.start).chars().count().max(1) as f64;
            let t = pair.tgt.raw(b.tgt.start).chars().count().max(1) as f64;
            (t / s).ln()
        })
        .collect();
    if ratios.is_empty() {
        return LengthStats::default();
    }
    ratios.sort_by(f64::total_cmp);
    let median = ratios[ratios.len() / 2];
    let mut deviations: Vec<f64> = ratios.iter().map(|r| (r - median).abs()).collect();
    deviations.sort_by(f64::total_cmp);
    LengthStats {
        median,
        spread: 1.4826 * deviations[deviations.len() / 2],
        beads: ratios.len(),
    }
}

fn summarize(features: &PreparedLexical, beads: &[BeadReport]) -> DocumentScore {
    let words = |src: bool, n: usize| -> Vec<usize> {
        (0..n)
            .map(|k| features.sentence(src, k).word_count())
            .collect()
    };
    let src_words = words(true, features.src_len());
    let tgt_words = words(false, features.tgt_len());
    let total_src: usize = src_words.iter().sum();
    let total_tgt: usize = tgt_words.iter().sum();
    let mut aligned_src = 0;
    let mut aligned_tgt = 0;
    let mut issues = IssueCounts::default();
    let mut by_kind: BTreeMap<&'static str, usize> =
        FlagKind::ALL.iter().map(|k| (k.name(), 0)).collect();
    let mut penalty = 0.0;
    for bead in beads {
        if !bead.src.is_empty() && !bead.tgt.is_empty() {
            aligned_src += bead.src.iter().map(|&k| src_words[k]).sum::<usize>();
            aligned_tgt += bead.tgt.iter().map(|&k| tgt_words[k]).sum::<usize>();
        }
        for flag in &bead.flags {
            penalty += flag.severity.penalty();
            *by_kind.entry(flag.kind.name()).or_default() += 1;
            match flag.severity {
                Severity::Critical => issues.critical += 1,
                Severity::Major => issues.major += 1,
                Severity::Minor => issues.minor += 1,
            }
        }
    }
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            0.0
        } else {
            part as f64 / whole as f64
        }
    };
    // Omitted source content weighs by its size: the score is scaled by the share of source
    // words that have a translation, then the findings' penalty is taken off.
    let faithfulness = if total_src == 0 {
        0.0
    } else {
        (100.0 * share(aligned_src, total_src) - 100.0 * penalty / total_src as f64).max(0.0)
    };
    DocumentScore {
        faithfulness,
        coverage_src: share(aligned_src, total_src),
        coverage_tgt: share(aligned_tgt, total_tgt),
        issues,
        by_kind,
        penalty,
        source_words: total_src,
        formula: FORMULA,
    }
}
