//! Reading the corpora the sets are built from (`corpora/` of the repository).

use std::path::Path;

use super::item::{ChallengeItem, GoldBead};
use super::news::{NewsDoc, news_items, news_split};
use super::pairs::{article_items, nusax_items};
use crate::BenchError;

fn read(path: &Path) -> Result<String, BenchError> {
    std::fs::read_to_string(path).map_err(|source| BenchError::Io {
        path: path.to_path_buf(),
        source,
    })
}

fn read_lines(path: &Path) -> Result<Vec<String>, BenchError> {
    Ok(read(path)?
        .lines()
        .map(|l| l.strip_suffix('\r').unwrap_or(l).to_string())
        .collect())
}

fn indices(list: &str) -> Option<Vec<usize>> {
    let inner = list.trim().strip_prefix('[')?.strip_suffix(']')?;
    if inner.trim().is_empty() {
        return Some(Vec::new());
    }
    inner.split(',').map(|n| n.trim().parse().ok()).collect()
}

/// Parses gold beads in vecalign's format, one a line: `[0, 1]:[2]` (a score after a second
/// colon is ignored). `name` names the input in errors.
pub fn parse_gold(text: &str, name: &str) -> Result<Vec<GoldBead>, BenchError> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(k, line)| {
            let mut parts = line.split(':');
            let bead = match (
                parts.next().and_then(indices),
                parts.next().and_then(indices),
            ) {
                (Some(s), Some(t)) => Some((s, t)),
                _ => None,
            };
            bead.ok_or_else(|| BenchError::Gold {
                name: name.to_string(),
                line: k + 1,
                value: line.to_string(),
            })
        })
        .collect()
}

/// Loads `docNN.en`, `docNN.id` and `docNN.gold` of a news-dev folder, in name order.
pub fn load_news_dev(dir: &Path) -> Result<Vec<NewsDoc>, BenchError> {
    let entries = std::fs::read_dir(dir).map_err(|source| BenchError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".gold").map(str::to_string)
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let gold_path = dir.join(format!("{name}.gold"));
            let gold_name = gold_path.display().to_string();
            let en = read_lines(&dir.join(format!("{name}.en")))?;
            let id = read_lines(&dir.join(format!("{name}.id")))?;
            let gold_text = read(&gold_path)?;
            let gold = parse_gold(&gold_text, &gold_name)?;
            let lines: Vec<&str> = gold_text.lines().filter(|l| !l.trim().is_empty()).collect();
            for (k, (s, t)) in gold.iter().enumerate() {
                if s.iter().any(|&e| e >= en.len()) || t.iter().any(|&i| i >= id.len()) {
                    return Err(BenchError::GoldRange {
                        name: gold_name,
                        line: k + 1,
                        value: lines.get(k).copied().unwrap_or_default().to_string(),
                    });
                }
            }
            Ok(NewsDoc {
                split: news_split(&name).to_string(),
                name,
                en,
                id,
                gold,
            })
        })
        .collect()
}

/// The committed NusaX set, built from `corpora/`: the NusaX test rows (split `test`) and the
/// bundled article's one-to-one gold beads.
pub fn nusax_test_set_from_corpora(corpora: &Path) -> Result<Vec<ChallengeItem>, BenchError> {
    let en = read_lines(&corpora.join("nusax-mt/test.en"))?;
    let id = read_lines(&corpora.join("nusax-mt/test.id"))?;
    if en.len() != id.len() {
        return Err(BenchError::NotParallel {
            name: corpora.join("nusax-mt/test.{en,id}").display().to_string(),
            left: en.len(),
            right: id.len(),
        });
    }
    let mut items = nusax_items(&en, &id, "test");
    let article = corpora.join("zelensky-peace-talks");
    let gold_path = article.join("en-id.gold");
    let gold = parse_gold(&read(&gold_path)?, &gold_path.display().to_string())?;
    let en = read_lines(&article.join("en.sent"))?;
    let id = read_lines(&article.join("id.sent"))?;
    items.extend(article_items(&en, &id, &gold, "test"));
    Ok(items)
}

/// The committed news set, built from `corpora/news-dev`.
pub fn news_set_from_corpora(corpora: &Path) -> Result<Vec<ChallengeItem>, BenchError> {
    Ok(news_items(&load_news_dev(&corpora.join("news-dev"))?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_gold() {
        let gold = parse_gold("[0]:[0]\n[1, 2]:[1]:0.873\n[]:[2]\n", "g").expect("parses");
        assert_eq!(gold[1], (vec![1, 2], vec![1]));
        assert_eq!(gold[2], (vec![], vec![2]));
        let err = parse_gold("[0]:[0]\n[x]:[1]\n", "doc.gold").expect_err("bad");
        assert_eq!(err.to_string(), "doc.gold:2: not a gold bead: `[x]:[1]`");
    }
}
