//! BLEU exactly as sacrebleu 2.6 computes it.

use serde::Serialize;

use super::VERSION;
use super::counts::{
    Counts, Interner, clipped_matches_by_order, count, max_merge, word_ngram_keys,
};
use super::metric::{Metric, Stats};
use super::tokenize::Tokenizer;

/// BLEU's smoothing of zero n-gram precisions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Smooth {
    /// No smoothing.
    None,
    /// A zero count becomes `value` (default 0.1).
    Floor(f64),
    /// `value` is added to the counts of orders 2 and up (default 1).
    AddK(f64),
    /// NIST geometric sequence: 1/2, 1/4, ... for successive zero counts (the default).
    Exp,
}

impl Smooth {
    /// The value of `floor` when none is given (sacrebleu's).
    pub const DEFAULT_FLOOR: f64 = 0.1;
    /// The value of `add-k` when none is given (sacrebleu's).
    pub const DEFAULT_ADD_K: f64 = 1.0;

    /// Parses `exp`, `none`, `floor` or `add-k`, with an optional value.
    pub fn from_name(name: &str, value: Option<f64>) -> Option<Self> {
        Some(match name {
            "exp" => Smooth::Exp,
            "none" => Smooth::None,
            "floor" => Smooth::Floor(value.unwrap_or(Self::DEFAULT_FLOOR)),
            "add-k" => Smooth::AddK(value.unwrap_or(Self::DEFAULT_ADD_K)),
            _ => return None,
        })
    }

    fn signature(self) -> String {
        match self {
            Smooth::None => "none".into(),
            Smooth::Exp => "exp".into(),
            Smooth::Floor(v) => format!("floor[{v:.2}]"),
            Smooth::AddK(v) => format!("add-k[{v:.2}]"),
        }
    }
}

/// BLEU settings.
#[derive(Debug, Clone, Copy)]
pub struct Bleu {
    /// Tokenizer applied to hypotheses and references.
    pub tokenizer: Tokenizer,
    /// Lower-case everything first.
    pub lowercase: bool,
    /// Smoothing.
    pub smooth: Smooth,
    /// Use only the n-gram orders the hypothesis has (for sentence BLEU).
    pub effective_order: bool,
    /// Highest n-gram order (at most 4).
    pub max_order: usize,
}

impl Default for Bleu {
    fn default() -> Self {
        Self {
            tokenizer: Tokenizer::Thirteen,
            lowercase: false,
            smooth: Smooth::Exp,
            effective_order: false,
            max_order: 4,
        }
    }
}

/// Sufficient statistics of one segment or a corpus: hypothesis length, reference length, then
/// correct and total n-grams per order.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct BleuStats {
    /// Hypothesis tokens.
    pub sys_len: u64,
    /// Closest reference length.
    pub ref_len: u64,
    /// Clipped matching n-grams per order.
    pub correct: Vec<u64>,
    /// Hypothesis n-grams per order.
    pub total: Vec<u64>,
}

impl Stats for BleuStats {
    fn add(&mut self, other: &BleuStats) {
        self.sys_len += other.sys_len;
        self.ref_len += other.ref_len;
        if self.correct.len() < other.correct.len() {
            self.correct.resize(other.correct.len(), 0);
            self.total.resize(other.total.len(), 0);
        }
        for (k, (c, t)) in other.correct.iter().zip(&other.total).enumerate() {
            self.correct[k] += c;
            self.total[k] += t;
        }
    }
}

fn my_log(x: f64) -> f64 {
    if x == 0.0 { -9_999_999_999.0 } else { x.ln() }
}

impl Bleu {
    fn preprocess(&self, line: &str) -> String {
        let line = if self.lowercase {
            line.to_lowercase()
        } else {
            line.to_string()
        };
        self.tokenizer.tokenize(line.trim_end())
    }
}

impl Metric for Bleu {
    type Stats = BleuStats;

    fn name(&self) -> String {
        "BLEU".into()
    }

    fn signature(&self, nrefs: usize) -> String {
        format!(
            "nrefs:{nrefs}|case:{}|eff:{}|tok:{}|smooth:{}|version:{VERSION}",
            if self.lowercase { "lc" } else { "mixed" },
            if self.effective_order { "yes" } else { "no" },
            self.tokenizer.name(),
            self.smooth.signature()
        )
    }

    fn segment_stats(&self, hyp: &str, refs: &[&str]) -> BleuStats {
        let hyp = self.preprocess(hyp);
        let refs: Vec<String> = refs.iter().map(|r| self.preprocess(r)).collect();
        let mut interner = Interner::default();
        let hyp_ids = interner.ids(hyp.split_whitespace());
        let mut keys = Vec::new();
        let mut ref_counts: Counts = Vec::new();
        let mut ref_lens = Vec::with_capacity(refs.len());
        for r in &refs {
            let ids = interner.ids(r.split_whitespace());
            ref_lens.push(ids.len() as u64);
            keys.clear();
            word_ngram_keys(&ids, self.max_order, &mut keys);
            ref_counts = max_merge(&ref_counts, &count(&mut keys));
        }
        keys.clear();
        word_ngram_keys(&hyp_ids, self.max_order, &mut keys);
        let hyp_counts = count(&mut keys);
        let sys_len = hyp_ids.len() as u64;
        // The closest reference length; on a tie the shorter.
        let mut closest: Option<(u64, u64)> = None;
        for &len in &ref_lens {
            let diff = len.abs_diff(sys_len);
            closest = match closest {
                Some((d, l)) if d < diff || (d == diff && l <= len) => Some((d, l)),
                _ => Some((diff, len)),
            };
        }
        let mut correct = vec![0u64; self.max_order];
        clipped_matches_by_order(&hyp_counts, &ref_counts, &mut correct);
        let total = (1..=self.max_order)
            .map(|n| (hyp_ids.len() + 1).saturating_sub(n) as u64)
            .collect();
        BleuStats {
            sys_len,
            ref_len: closest.map_or(0, |(_, l)| l),
            correct,
            total,
        }
    }

    fn score(&self, stats: &BleuStats) -> f64 {
        let (sys_len, ref_len) = (stats.sys_len as f64, stats.ref_len as f64);
        let bp = if sys_len < ref_len {
            if sys_len > 0.0 {
                (1.0 - ref_len / sys_len).exp()
            } else {
                0.0
            }
        } else {
            1.0
        };
        if stats.correct.iter().all(|&c| c == 0) {
            return 0.0;
        }
        let mut correct: Vec<f64> = stats.correct.iter().map(|&c| c as f64).collect();
        let mut total: Vec<f64> = stats.total.iter().map(|&t| t as f64).collect();
        let mut precisions = vec![0.0f64; self.max_order];
        let mut smooth_mteval = 1.0;
        let mut eff_order = self.max_order;
        for n in 1..=self.max_order {
            if let Smooth::AddK(k) = self.smooth
                && n > 1
            {
                correct[n - 1] += k;
                total[n - 1] += k;
            }
            if total[n - 1] == 0.0 {
                break;
            }
            if self.effective_order {
                eff_order = n;
            }
            if correct[n - 1] == 0.0 {
                match self.smooth {
                    Smooth::Exp => {
                        smooth_mteval *= 2.0;
                        precisions[n - 1] = 100.0 / (smooth_mteval * total[n - 1]);
                    }
                    Smooth::Floor(v) => precisions[n - 1] = 100.0 * v / total[n - 1],
                    Smooth::None | Smooth::AddK(_) => {}
                }
            } else {
                precisions[n - 1] = 100.0 * correct[n - 1] / total[n - 1];
            }
        }
        let sum: f64 = precisions[..eff_order].iter().map(|&p| my_log(p)).sum();
        bp * (sum / eff_order as f64).exp()
    }
}
