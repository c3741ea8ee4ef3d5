//! The committed challenge sets are what the generator produces now, and the crate stays
//! independent of the detector it measures.
//!
//! After a change to the generator or its lists, rebuild the sets with
//! `SELARAS_BENCH_BLESS=1 cargo test -p selaras-bench --test sets`.

use std::path::{Path, PathBuf};

use selaras_bench::{
    ChallengeItem, Injection, embedded_news_set, embedded_nusax_set, news_set_from_corpora,
    nusax_test_set_from_corpora, read_jsonl, to_jsonl,
};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn corpora() -> PathBuf {
    manifest_dir().join("../../corpora")
}

fn check_current(file: &str, built: &[ChallengeItem]) {
    let path = manifest_dir().join("data").join(file);
    let fresh = to_jsonl(built);
    if std::env::var_os("SELARAS_BENCH_BLESS").is_some() {
        std::fs::write(&path, &fresh).expect("writes the set");
        return;
    }
    let committed = std::fs::read_to_string(&path).expect("reads the committed set");
    assert!(
        committed == fresh,
        "{} is out of date: rebuild it with SELARAS_BENCH_BLESS=1 cargo test -p selaras-bench --test sets",
        path.display()
    );
}

#[test]
fn committed_nusax_set_is_current() {
    let built = nusax_test_set_from_corpora(&corpora()).expect("builds");
    check_current("challenge-nusax-test.jsonl", &built);
}

#[test]
fn committed_news_set_is_current() {
    let built = news_set_from_corpora(&corpora()).expect("builds");
    check_current("challenge-news.jsonl", &built);
}

#[test]
fn embedded_sets_parse_and_hold_every_kind() {
    let text = include_str!("../data/challenge-news.jsonl");
    assert_eq!(
        read_jsonl(text, "challenge-news.jsonl")
            .expect("parses")
            .len(),
        embedded_news_set().len()
    );
    for (set, min) in [(embedded_nusax_set(), 10), (embedded_news_set(), 40)] {
        assert!(!set.is_empty());
        for kind in Injection::GENERATED {
            let n = set.iter().filter(|i| i.injection == kind).count();
            assert!(n >= min, "{}: {n} items", kind.name());
        }
    }
    let news = embedded_news_set();
    assert!(
        news.iter()
            .all(|i| i.is_document() && (i.split == "tune" || i.split == "heldout"))
    );
    for item in news.iter().filter(|i| i.injection != Injection::Clean) {
        let at = item.at.expect("an injected item names its sentence");
        assert!(
            item.gold.iter().any(|(_, t)| t.contains(&at)),
            "{}",
            item.origin
        );
    }
}

/// Dependencies named in the manifest's dependency tables.
fn dependencies(manifest: &str) -> Vec<String> {
    let mut in_deps = false;
    let mut out = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line.contains("dependencies");
            if let Some(name) = line.strip_prefix("[dependencies.") {
                out.push(name.trim_end_matches(']').to_string());
            }
            continue;
        }
        if in_deps && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                out.push(name.trim().to_string());
            }
        }
    }
    out
}

#[test]
fn the_generator_shares_nothing_with_the_detector() {
    let manifest = std::fs::read_to_string(manifest_dir().join("Cargo.toml")).expect("reads");
    let deps = dependencies(&manifest);
    assert!(deps.contains(&"serde".to_string()), "{deps:?}");
    for forbidden in ["selaras-score", "selaras-lexicon", "selaras-align"] {
        assert!(
            !deps.iter().any(|d| d == forbidden || d.contains(forbidden)),
            "{forbidden} in {deps:?}"
        );
    }
    // Nothing in the sources names the detector's crates either.
    let src = manifest_dir().join("src");
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("lists").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("reads");
                for forbidden in [
                    "selaras_score",
                    "selaras_lexicon",
                    "selaras_align",
                    "../shared",
                ] {
                    assert!(
                        !text.contains(forbidden),
                        "{} names {forbidden}",
                        path.display()
                    );
                }
            }
        }
    }
    let _ = Path::new("");
}
