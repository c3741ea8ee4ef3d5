//! `selaras batch`: 500 generated document pairs and 5 broken ones; a run killed with SIGKILL and
//! resumed; thread counts; agreement with `score`/`align` on single pairs; TMX and Moses output.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use selaras_e2e::{corpus, run, selaras, stderr};
use serde_json::Value;

const GOOD: usize = 500;

fn lines(relative: &str) -> Vec<String> {
    std::fs::read_to_string(corpus(relative))
        .expect("corpus file")
        .lines()
        .map(str::to_string)
        .collect()
}

/// 500 small document pairs from the corpora (NusaX rows grouped in threes, four-line windows of
/// the news-dev documents), with edits (a sentence dropped or added, a number changed), and five
/// broken ones; returns the manifest and the ids of the broken pairs with the reason expected.
fn generate(dir: &Path) -> (PathBuf, Vec<(String, &'static str)>) {
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("docs dir");
    let (mut en, mut id) = (Vec::new(), Vec::new());
    for split in ["train", "valid", "test"] {
        en.extend(lines(&format!("nusax-mt/{split}.en")));
        id.extend(lines(&format!("nusax-mt/{split}.id")));
    }
    let news: Vec<(Vec<String>, Vec<String>)> = (1..=30)
        .map(|k| {
            (
                lines(&format!("news-dev/doc{k:02}.en")),
                lines(&format!("news-dev/doc{k:02}.id")),
            )
        })
        .collect();
    let mut manifest = String::new();
    let mut broken = Vec::new();
    for d in 0..GOOD {
        let (mut src, mut tgt): (Vec<String>, Vec<String>) = if d % 3 == 2 {
            let (doc_en, doc_id) = &news[d % 30];
            let start = (d / 30 * 4) % 12;
            let window = |side: &Vec<String>| side.iter().skip(start).take(4).cloned().collect();
            (window(doc_en), window(doc_id))
        } else {
            let start = (d * 7) % (en.len() - 3);
            (en[start..start + 3].to_vec(), id[start..start + 3].to_vec())
        };
        match d % 5 {
            1 if tgt.len() > 1 => {
                tgt.pop();
            }
            2 => {
                if let Some(line) = tgt
                    .iter_mut()
                    .find(|l| l.chars().any(|c| c.is_ascii_digit()))
                {
                    *line = line.replacen(|c: char| c.is_ascii_digit(), "9", 1);
                }
            }
            3 => src.push(format!("The report was filed on day {d}.")),
            4 => tgt.push("Baca juga: berita lainnya hari ini.".to_string()),
            _ => {}
        }
        let name = format!("d{d:03}");
        std::fs::write(docs.join(format!("{name}.en")), src.join("\n") + "\n").expect("write");
        std::fs::write(docs.join(format!("{name}.id")), tgt.join("\n") + "\n").expect("write");
        writeln!(manifest, "{name}\tdocs/{name}.en\tdocs/{name}.id").expect("manifest");
        if d % 100 == 50 {
            let bad = format!("bad{}", d / 100);
            let (src_bytes, tgt_bytes, reason): (&[u8], &[u8], &str) = match d / 100 {
                0 => (b"Power was cut.", b"", "missing"),
                1 => (
                    b"Power was cut.\n",
                    b"Listrik\npadam \xff di Kyiv.",
                    "invalid UTF-8 at byte offset 14 (line 2)",
                ),
                2 => (
                    b"\x7fELF\x02\x01\x00\x00",
                    b"Listrik padam.",
                    "binary file (NUL byte at offset 6)",
                ),
                3 => (b"Power was cut.", b"", "empty"),
                _ => (b" \n\t\n", b"Listrik padam.", "empty"),
            };
            std::fs::write(docs.join(format!("{bad}.en")), src_bytes).expect("write");
            if reason != "missing" {
                std::fs::write(docs.join(format!("{bad}.id")), tgt_bytes).expect("write");
            }
            writeln!(manifest, "{bad}\tdocs/{bad}.en\tdocs/{bad}.id").expect("manifest");
            broken.push((
                bad,
                if reason == "missing" {
                    "no such file"
                } else {
                    reason
                },
            ));
        }
    }
    let path = dir.join("manifest.tsv");
    std::fs::write(&path, manifest).expect("manifest");
    (path, broken)
}

fn s(path: &Path) -> &str {
    path.to_str().expect("utf-8 path")
}

fn records(jsonl: &str) -> Vec<Value> {
    jsonl
        .lines()
        .map(|line| serde_json::from_str(line).expect("json line"))
        .collect()
}

fn batch(args: &[&str]) -> std::process::Output {
    let mut all = vec!["batch"];
    all.extend_from_slice(args);
    let output = run(&all);
    assert!(output.status.success(), "{}", stderr(&output));
    output
}

#[test]
fn killed_run_resumes_without_losing_or_repeating_a_pair() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (manifest, broken) = generate(dir.path());

    // The reference: one uninterrupted run on one thread, streamed to stdout.
    let plain = batch(&[s(&manifest), "--threads", "1"]);
    let plain = String::from_utf8(plain.stdout).expect("utf-8");
    let reference = records(&plain);
    let docs: std::collections::BTreeSet<&str> =
        reference.iter().filter_map(|r| r["doc"].as_str()).collect();
    assert_eq!(docs.len(), GOOD, "every good document gives pairs");

    // Two threads: the same bytes.
    let two = batch(&[s(&manifest), "--threads", "2", "--chunk-size", "7"]);
    assert!(
        two.stdout == plain.as_bytes(),
        "--threads 2 differs from --threads 1"
    );

    // A run killed with SIGKILL after a few chunks, then resumed.
    let out = dir.path().join("out");
    let args = [
        "batch",
        s(&manifest),
        "-o",
        s(&out),
        "--chunk-size",
        "8",
        "--threads",
        "2",
    ];
    let mut child = selaras(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start selaras");
    let journal = out.join(".selaras-batch");
    let started = Instant::now();
    let committed = || {
        std::fs::read_dir(&journal).map_or(0, |entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.file_name().to_string_lossy().ends_with(".json"))
                .count()
        })
    };
    while committed() < 6 && started.elapsed() < Duration::from_secs(120) {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().expect("SIGKILL");
    let status = child.wait().expect("wait");
    assert!(!status.success(), "the run was killed before it finished");
    assert!(!out.join("summary.json").exists());
    let mut resume_args = args.to_vec();
    resume_args.push("--resume");
    let resumed = run(&resume_args);
    assert!(resumed.status.success(), "{}", stderr(&resumed));
    let corpus = std::fs::read_to_string(out.join("corpus.jsonl")).expect("corpus");
    assert!(
        corpus == plain,
        "the resumed corpus differs from the uninterrupted run"
    );
    assert!(!journal.exists(), "the journal is removed at the end");

    let summary: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("summary.json")).expect("summary"))
            .expect("summary json");
    assert_eq!(summary["documents"]["total"], GOOD + 5);
    assert_eq!(summary["documents"]["done"], GOOD);
    assert_eq!(summary["pairs"]["kept"], reference.len());
    let failed = summary["failed"].as_array().expect("failed");
    assert_eq!(failed.len(), 5, "{failed:?}");
    for ((id, reason), failure) in broken.iter().zip(failed) {
        assert_eq!(failure["id"], id.as_str());
        let text = failure["reason"].as_str().expect("reason");
        assert!(text.contains(reason), "{id}: {text}");
    }

    // A resumed finished run is left as it is; a new run into it is refused.
    let again = run(&resume_args);
    assert!(again.status.success(), "{}", stderr(&again));
    assert!(!run(&args).status.success());

    // Each pair alone, through `score --json` and `align --format jsonl`: the same beads.
    for d in [0usize, 1, 2, 3, 4, 5, 8, 11, 14, 499] {
        let name = format!("d{d:03}");
        let (src, tgt) = (
            dir.path().join(format!("docs/{name}.en")),
            dir.path().join(format!("docs/{name}.id")),
        );
        let report = run(&["score", s(&src), s(&tgt), "--json"]);
        assert!(report.status.success(), "{}", stderr(&report));
        let report: Value = serde_json::from_slice(&report.stdout).expect("score json");
        let alone: Vec<Value> = report["beads"]
            .as_array()
            .expect("beads")
            .iter()
            .filter(|b| {
                !b["src"].as_array().expect("src").is_empty()
                    && !b["tgt"].as_array().expect("tgt").is_empty()
            })
            .cloned()
            .collect();
        let mine: Vec<&Value> = reference
            .iter()
            .filter(|r| r["doc"] == name.as_str())
            .collect();
        assert_eq!(mine.len(), alone.len(), "{name}");
        for (bead, record) in alone.iter().zip(&mine) {
            for key in ["src", "tgt", "src_text", "tgt_text", "confidence", "score"] {
                assert_eq!(bead[key], record[key], "{name} {key}");
            }
            let kinds: Vec<&Value> = bead["flags"]
                .as_array()
                .expect("flags")
                .iter()
                .map(|f| &f["kind"])
                .collect();
            let flags: Vec<&Value> = record["flags"].as_array().expect("flags").iter().collect();
            assert_eq!(kinds, flags, "{name} flags");
        }
        let aligned = run(&["align", s(&src), s(&tgt), "--format", "jsonl"]);
        assert!(aligned.status.success(), "{}", stderr(&aligned));
        let aligned: Vec<Value> = records(&String::from_utf8_lossy(&aligned.stdout))
            .into_iter()
            .filter(|b| {
                !b["src"].as_array().expect("src").is_empty()
                    && !b["tgt"].as_array().expect("tgt").is_empty()
            })
            .collect();
        assert_eq!(aligned.len(), mine.len(), "{name} align");
        for (bead, record) in aligned.iter().zip(&mine) {
            for key in ["src", "tgt", "src_text", "tgt_text", "confidence"] {
                assert_eq!(bead[key], record[key], "{name} align {key}");
            }
        }
    }
}

/// The first `n` lines of a JSONL stream for the pairs in `docs`.
fn small_manifest(dir: &Path, n: usize) -> PathBuf {
    let mut input = String::new();
    for k in 1..=n {
        let en = std::fs::read_to_string(corpus(&format!("news-dev/doc{k:02}.en"))).expect("en");
        let id = std::fs::read_to_string(corpus(&format!("news-dev/doc{k:02}.id"))).expect("id");
        let record = serde_json::json!({"id": format!("news{k}"), "src": en, "tgt": id});
        writeln!(input, "{record}").expect("line");
    }
    let path = dir.join("inline.jsonl");
    std::fs::write(&path, input).expect("write");
    path
}

#[test]
fn tmx_parses_and_matches_the_pairs_moses_files_are_parallel() {
    use quick_xml::Reader;
    use quick_xml::events::Event;

    let dir = tempfile::tempdir().expect("temp dir");
    let input = small_manifest(dir.path(), 4);
    let jsonl = batch(&[s(&input), "--dedup", "--min-confidence", "0.3"]);
    let reference = records(&String::from_utf8(jsonl.stdout).expect("utf-8"));
    assert!(reference.len() > 20);

    let tmx_dir = dir.path().join("tmx");
    batch(&[
        s(&input),
        "--dedup",
        "--min-confidence",
        "0.3",
        "-o",
        s(&tmx_dir),
        "--format",
        "tmx",
    ]);
    let xml = std::fs::read_to_string(tmx_dir.join("corpus.tmx")).expect("tmx");
    let mut reader = Reader::from_str(&xml);
    let (mut units, mut segs, mut in_seg, mut text) =
        (Vec::new(), Vec::new(), false, String::new());
    loop {
        match reader.read_event().expect("well-formed TMX") {
            Event::Start(e) if e.name().as_ref() == b"seg" => {
                in_seg = true;
                text.clear();
            }
            Event::Text(t) if in_seg => text.push_str(&t.xml10_content().expect("text")),
            Event::GeneralRef(r) if in_seg => {
                let name = String::from_utf8_lossy(&r).into_owned();
                text.push_str(quick_xml::escape::resolve_predefined_entity(&name).expect("entity"));
            }
            Event::End(e) if e.name().as_ref() == b"seg" => {
                in_seg = false;
                segs.push(text.clone());
            }
            Event::End(e) if e.name().as_ref() == b"tu" => {
                assert_eq!(segs.len(), 2);
                units.push((segs[0].clone(), segs[1].clone()));
                segs.clear();
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let expected: Vec<(String, String)> = reference
        .iter()
        .map(|r| {
            (
                r["src_text"].as_str().expect("src").to_string(),
                r["tgt_text"].as_str().expect("tgt").to_string(),
            )
        })
        .collect();
    assert_eq!(units, expected);
    // And through the corpus reader: the same units, with their languages.
    let read: Vec<(String, String)> = selaras_corpus::read_tmx(&xml)
        .expect("the corpus reader reads it")
        .into_iter()
        .map(|unit| {
            assert_eq!(unit.variants.len(), 2);
            assert_eq!(
                (unit.variants[0].0.as_str(), unit.variants[1].0.as_str()),
                ("en", "id")
            );
            (unit.variants[0].1.clone(), unit.variants[1].1.clone())
        })
        .collect();
    assert_eq!(read, expected);

    let moses_dir = dir.path().join("moses");
    batch(&[
        s(&input),
        "--dedup",
        "--min-confidence",
        "0.3",
        "-o",
        s(&moses_dir),
        "--format",
        "moses",
    ]);
    let count = |name: &str| {
        std::fs::read_to_string(moses_dir.join(name))
            .expect("moses file")
            .lines()
            .count()
    };
    assert_eq!(count("corpus.en"), reference.len());
    assert_eq!(count("corpus.id"), reference.len());

    let summary: Value = serde_json::from_str(
        &std::fs::read_to_string(moses_dir.join("summary.json")).expect("summary"),
    )
    .expect("json");
    let dropped: BTreeMap<String, u64> =
        serde_json::from_value(summary["pairs"]["dropped"].clone()).expect("dropped");
    let total: u64 =
        dropped.values().sum::<u64>() + summary["pairs"]["kept"].as_u64().expect("kept");
    assert_eq!(summary["pairs"]["beads"].as_u64(), Some(total));
}

#[test]
fn strict_stops_at_a_broken_document() {
    let input = "{\"id\":\"ok\",\"src\":\"Power was cut.\",\"tgt\":\"Listrik padam.\"}\n{\"id\":\"gone\",\"src_path\":\"/no/such/file.en\",\"tgt\":\"x\"}\n";
    let output = selaras_e2e::run_with_stdin(&["batch", "--strict"], input.as_bytes());
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("gone: /no/such/file.en: no such file"),
        "{}",
        stderr(&output)
    );
    let output = selaras_e2e::run_with_stdin(&["batch"], input.as_bytes());
    assert!(output.status.success());
    assert_eq!(output.stdout.iter().filter(|&&b| b == b'\n').count(), 1);
}

#[test]
fn reports_write_one_review_page_per_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let manifest = small_manifest(dir.path(), 2);
    let pages = dir.path().join("pages");
    batch(&[s(&manifest), "--presegmented", "--reports", s(&pages)]);
    for id in ["news1", "news2"] {
        let html = std::fs::read_to_string(pages.join(format!("{id}.html"))).expect("page");
        assert!(html.starts_with("<!DOCTYPE html>"), "{id}");
        assert!(html.contains("Content-Security-Policy"), "{id}");
        assert!(html.contains("bead"), "{id}");
    }
    // The same page as `selaras report` on the document alone.
    let en = dir.path().join("doc01.en");
    let id = dir.path().join("doc01.id");
    std::fs::copy(corpus("news-dev/doc01.en"), &en).expect("copy");
    std::fs::copy(corpus("news-dev/doc01.id"), &id).expect("copy");
    let page = std::fs::read_to_string(pages.join("news1.html")).expect("page");
    let body = |html: &str| html[html.find("<main").unwrap_or(0)..].to_string();
    let alone = dir.path().join("alone.html");
    let output = run(&["report", s(&en), s(&id), "--presegmented", "-o", s(&alone)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let alone = std::fs::read_to_string(&alone).expect("page");
    let beads = body(&page).matches("class=\"bead").count();
    assert!(beads >= 10, "{beads} beads on the page");
    assert_eq!(beads, body(&alone).matches("class=\"bead").count());
}
