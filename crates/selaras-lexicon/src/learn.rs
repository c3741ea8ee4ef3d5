//! Learning a lexicon from aligned sentence pairs: IBM Model 1, trained with EM in both
//! directions, multi-threaded.
//!
//! Words are folded content words (function words and numbers are left out, since they would
//! soak up probability mass). Each direction gets a NULL word on the conditioning side. A pair
//! (s, t) is kept when the geometric mean of `t(t|s)` and `t(s|t)` reaches
//! [`LearnOptions::min_prob`]; that mean becomes its weight.

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;
use selaras_text::{Lang, TokenKind, tokenize};

use crate::{Lexicon, LexiconError, fold, is_stopword};

/// Settings of [`learn_ibm1`].
#[derive(Debug, Clone)]
pub struct LearnOptions {
    /// EM iterations (5 is usual for Model 1).
    pub iterations: usize,
    /// Smallest geometric mean of the two directions' probabilities for a pair to be kept.
    pub min_prob: f32,
}

impl Default for LearnOptions {
    fn default() -> Self {
        Self {
            iterations: 5,
            min_prob: 0.1,
        }
    }
}

/// Reads aligned pairs: one `source<TAB>target` pair per line (what `selaras align --format tsv`
/// writes; further columns are ignored). Lines with an empty side are skipped.
pub fn read_pairs(path: &Path) -> Result<Vec<(String, String)>, LexiconError> {
    let bytes = std::fs::read(path).map_err(|e| LexiconError::io(path, e))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| LexiconError::Utf8 {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    let mut pairs = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        let mut fields = line.split('\t');
        match (fields.next(), fields.next()) {
            (Some(src), Some(tgt)) => {
                if !src.trim().is_empty() && !tgt.trim().is_empty() {
                    pairs.push((src.to_string(), tgt.to_string()));
                }
            }
            _ => {
                return Err(LexiconError::parse(
                    path,
                    index + 1,
                    "expected `source<TAB>target`",
                ));
            }
        }
    }
    Ok(pairs)
}

#[derive(Default)]
struct Vocab {
    ids: HashMap<String, u32>,
    words: Vec<String>,
}

impl Vocab {
    fn intern(&mut self, word: String) -> u32 {
        let next = u32::try_from(self.words.len()).unwrap_or(u32::MAX);
        *self.ids.entry(word.clone()).or_insert_with(|| {
            self.words.push(word);
            next
        })
    }
}

/// Content words of a sentence, folded, as vocabulary ids (1-based: 0 is NULL).
fn content_ids(text: &str, lang: &Lang, vocab: &mut Vocab) -> Vec<u32> {
    tokenize(text)
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| fold(t.text(text)))
        .filter(|w| !is_stopword(w, lang) && w.chars().count() > 1)
        .map(|w| vocab.intern(w) + 1)
        .collect()
}

/// `t(f | e)` for co-occurring pairs, keyed `(e, f)` (e may be 0 = NULL).
struct Table {
    index: HashMap<(u32, u32), usize>,
    prob: Vec<f32>,
}

fn train_direction(
    pairs: &[(Vec<u32>, Vec<u32>)],
    f_vocab_size: usize,
    iterations: usize,
) -> Table {
    let mut keys: Vec<(u32, u32)> = pairs
        .par_iter()
        .flat_map_iter(|(e, f)| {
            std::iter::once(0)
                .chain(e.iter().copied())
                .flat_map(move |ei| f.iter().map(move |&fi| (ei, fi)))
        })
        .collect();
    keys.par_sort_unstable();
    keys.dedup();
    let index: HashMap<(u32, u32), usize> = keys.iter().enumerate().map(|(i, &k)| (k, i)).collect();
    let uniform = 1.0 / f_vocab_size.max(1) as f32;
    let mut prob = vec![uniform; keys.len()];
    for _ in 0..iterations {
        let counts = pairs
            .par_iter()
            .fold(
                || vec![0f32; keys.len()],
                |mut counts, (e, f)| {
                    for &fi in f {
                        let slots: Vec<usize> = std::iter::once(0)
                            .chain(e.iter().copied())
                            .filter_map(|ei| index.get(&(ei, fi)).copied())
                            .collect();
                        let total: f32 = slots.iter().map(|&k| prob[k]).sum();
                        if total > 0.0 {
                            for k in slots {
                                counts[k] += prob[k] / total;
                            }
                        }
                    }
                    counts
                },
            )
            .reduce(
                || vec![0f32; keys.len()],
                |mut a, b| {
                    a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
                    a
                },
            );
        let mut totals: HashMap<u32, f32> = HashMap::new();
        for (k, &(e, _)) in keys.iter().enumerate() {
            *totals.entry(e).or_default() += counts[k];
        }
        for (k, &(e, _)) in keys.iter().enumerate() {
            let total = totals.get(&e).copied().unwrap_or(0.0);
            prob[k] = if total > 0.0 { counts[k] / total } else { 0.0 };
        }
    }
    Table { index, prob }
}

/// Trains IBM Model 1 translation probabilities in both directions on `pairs` and returns the
/// pairs whose two-way probability reaches `options.min_prob`.
pub fn learn_ibm1(
    pairs: &[(String, String)],
    src_lang: Lang,
    tgt_lang: Lang,
    options: &LearnOptions,
) -> Result<Lexicon, LexiconError> {
    if options.iterations == 0 {
        return Err(LexiconError::Setting(
            "at least one EM iteration is needed".into(),
        ));
    }
    if !(options.min_prob > 0.0 && options.min_prob <= 1.0) {
        return Err(LexiconError::Setting(format!(
            "min_prob must be in (0, 1], not {}",
            options.min_prob
        )));
    }
    let mut src_vocab = Vocab::default();
    let mut tgt_vocab = Vocab::default();
    let sentences: Vec<(Vec<u32>, Vec<u32>)> = pairs
        .iter()
        .map(|(s, t)| {
            (
                content_ids(s, &src_lang, &mut src_vocab),
                content_ids(t, &tgt_lang, &mut tgt_vocab),
            )
        })
        .filter(|(s, t)| !s.is_empty() && !t.is_empty())
        .collect();
    let reversed: Vec<(Vec<u32>, Vec<u32>)> = sentences
        .iter()
        .map(|(s, t)| (t.clone(), s.clone()))
        .collect();
    let (forward, backward) = rayon::join(
        || train_direction(&sentences, tgt_vocab.words.len(), options.iterations),
        || train_direction(&reversed, src_vocab.words.len(), options.iterations),
    );
    let mut kept: Vec<((u32, u32), f32)> = forward
        .index
        .iter()
        .filter(|&(&(s, _), _)| s != 0)
        .filter_map(|(&(s, t), &k)| {
            let back = backward
                .index
                .get(&(t, s))
                .map_or(0.0, |&j| backward.prob[j]);
            let weight = (forward.prob[k] * back).sqrt();
            (weight >= options.min_prob).then_some(((s, t), weight))
        })
        .collect();
    kept.sort_unstable_by_key(|&(key, _)| key);
    let mut lexicon = Lexicon::new(src_lang, tgt_lang);
    for ((s, t), weight) in kept {
        lexicon.insert(
            &src_vocab.words[s as usize - 1],
            &tgt_vocab.words[t as usize - 1],
            weight,
        );
    }
    Ok(lexicon)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(rows: &[(&str, &str)]) -> Vec<(String, String)> {
        rows.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn learns_word_pairs_from_parallel_sentences() {
        let data = pairs(&[
            ("rumah besar", "big house"),
            ("rumah kecil", "small house"),
            ("mobil besar", "big car"),
            ("mobil merah", "red car"),
            ("kucing kecil", "small cat"),
            ("kucing merah", "red cat"),
        ]);
        let lexicon = learn_ibm1(
            &data,
            Lang::Id,
            Lang::En,
            &LearnOptions {
                iterations: 10,
                min_prob: 0.3,
            },
        )
        .expect("learn");
        for (id, en) in [
            ("rumah", "house"),
            ("besar", "big"),
            ("mobil", "car"),
            ("kucing", "cat"),
        ] {
            let found = lexicon.left_to_right(id).iter().any(|(w, _)| w == en);
            assert!(found, "{id} -> {en} not learned: {:?}", lexicon.entries());
        }
        assert!(
            !lexicon
                .left_to_right("rumah")
                .iter()
                .any(|(w, _)| w == "car"),
            "a wrong pair was kept"
        );
    }

    #[test]
    fn rejects_bad_settings() {
        let data = pairs(&[("a b", "c d")]);
        assert!(
            learn_ibm1(
                &data,
                Lang::Id,
                Lang::En,
                &LearnOptions {
                    iterations: 0,
                    min_prob: 0.1
                }
            )
            .is_err()
        );
        assert!(
            learn_ibm1(
                &data,
                Lang::Id,
                Lang::En,
                &LearnOptions {
                    iterations: 3,
                    min_prob: 0.0
                }
            )
            .is_err()
        );
    }

    #[test]
    fn pairs_file_errors_name_the_line() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("pairs.tsv");
        std::fs::write(&path, "rumah\thouse\t0.9\nrusak tanpa tab\n").expect("write");
        match read_pairs(&path) {
            Err(LexiconError::Parse { line: 2, .. }) => {}
            other => panic!("expected an error on line 2, got {other:?}"),
        }
    }
}
