//! Aligning a document pair and running every check on every bead.

use std::collections::BTreeMap;

use rayon::prelude::*;
use selaras_align::{AlignInput, SentenceAligner};
use selaras_lexicon::{PreparedPair, Similarity};
use selaras_text::{Lang, TokenKind, tokenize};

use crate::check::{BeadContext, Check, DocSide, LengthStats, default_checks};
use crate::report::{BeadReport, DocumentScore, FORMULA, IssueCounts, Report, bead_score};
use crate::{FlagKind, Severity};

/// A document pair to score.
#[derive(Debug, Clone, Copy)]
pub struct ScoreInput<'a> {
    /// The original.
    pub src: DocSide<'a>,
    /// The translation.
    pub tgt: DocSide<'a>,
    /// Paragraph of each source sentence, when known.
    pub src_paragraphs: Option<&'a [u32]>,
    /// Paragraph of each target sentence, when known.
    pub tgt_paragraphs: Option<&'a [u32]>,
}

/// Aligns, then checks every bead and sums up the document.
pub struct Scorer<S> {
    aligner: SentenceAligner<S>,
    checks: Vec<Box<dyn Check>>,
}

impl<S> std::fmt::Debug for Scorer<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scorer")
            .field(
                "checks",
                &self.checks.iter().map(|c| c.kind()).collect::<Vec<_>>(),
            )
            .finish_non_exhaustive()
    }
}

impl<S: Similarity> Scorer<S>
where
    S::Prepared: Sync,
{
    /// A scorer with every check at its default settings.
    pub fn new(aligner: SentenceAligner<S>) -> Self {
        Self::with_checks(aligner, default_checks())
    }

    /// A scorer with the given checks.
    pub fn with_checks(aligner: SentenceAligner<S>, checks: Vec<Box<dyn Check>>) -> Self {
        Self { aligner, checks }
    }

    /// The report for two lists of sentences, as if each document were its sentences joined by
    /// one separator character (the spans of the findings count that way); no paragraphs.
    pub fn score_sentences(&self, src: (&Lang, &[&str]), tgt: (&Lang, &[&str])) -> Report {
        let offsets = |sentences: &[&str]| -> Vec<usize> {
            sentences
                .iter()
                .scan(0, |at, s| {
                    let start = *at;
                    *at += s.len() + 1;
                    Some(start)
                })
                .collect()
        };
        let (src_offsets, tgt_offsets) = (offsets(src.1), offsets(tgt.1));
        self.score(&ScoreInput {
            src: DocSide {
                lang: src.0,
                sentences: src.1,
                offsets: &src_offsets,
            },
            tgt: DocSide {
                lang: tgt.0,
                sentences: tgt.1,
                offsets: &tgt_offsets,
            },
            src_paragraphs: None,
            tgt_paragraphs: None,
        })
    }

    /// The report for `input`.
    pub fn score(&self, input: &ScoreInput<'_>) -> Report {
        let prepared = self
            .aligner
            .similarity()
            .prepare(input.src.sentences, input.tgt.sentences);
        let alignment = self.aligner.align_prepared(
            &prepared,
            &AlignInput {
                src: input.src.sentences,
                tgt: input.tgt.sentences,
                src_paragraphs: input.src_paragraphs,
                tgt_paragraphs: input.tgt_paragraphs,
            },
        );
        let length = length_stats(input, &alignment.beads);
        let beads: Vec<BeadReport> = alignment
            .beads
            .par_iter()
            .map(|bead| {
                let explanation =
                    (!bead.is_null()).then(|| prepared.explain(bead.src.clone(), bead.tgt.clone()));
                let context = BeadContext {
                    bead,
                    src: input.src,
                    tgt: input.tgt,
                    explanation: explanation.as_ref(),
                    length,
                };
                let flags: Vec<_> = self.checks.iter().flat_map(|c| c.check(&context)).collect();
                BeadReport {
                    src: bead.src.clone().collect(),
                    tgt: bead.tgt.clone().collect(),
                    src_text: context.src_text(),
                    tgt_text: context.tgt_text(),
                    confidence: bead.confidence,
                    score: bead_score(&flags, !bead.is_null()),
                    similarity: explanation.as_ref().map_or(0.0, |e| e.score),
                    coverage_src: explanation.as_ref().map_or(0.0, |e| e.coverage_src),
                    coverage_tgt: explanation.as_ref().map_or(0.0, |e| e.coverage_tgt),
                    flags,
                }
            })
            .collect();
        let document = summarize(input, &beads);
        Report {
            schema: "selaras.score/1",
            src_lang: input.src.lang.code().to_string(),
            tgt_lang: input.tgt.lang.code().to_string(),
            document,
            beads,
        }
    }
}

fn word_count(text: &str) -> usize {
    tokenize(text)
        .iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .count()
}

fn length_stats(input: &ScoreInput<'_>, beads: &[selaras_align::Bead]) -> LengthStats {
    let mut ratios: Vec<f64> = beads
        .iter()
        .filter(|b| b.shape() == (1, 1))
        .map(|b| {
            let s = input.src.sentences[b.src.start].chars().count().max(1) as f64;
            let t = input.tgt.sentences[b.tgt.start].chars().count().max(1) as f64;
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

fn summarize(input: &ScoreInput<'_>, beads: &[BeadReport]) -> DocumentScore {
    let src_words: Vec<usize> = input.src.sentences.iter().map(|s| word_count(s)).collect();
    let tgt_words: Vec<usize> = input.tgt.sentences.iter().map(|s| word_count(s)).collect();
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
    let faithfulness = if total_src == 0 {
        0.0
    } else {
        (100.0 - 100.0 * penalty / total_src as f64).max(0.0)
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
