//! `selaras align` and `selaras eval align` on whole runs.

use selaras_e2e::{corpus, run, stderr, stdout};

const ARTICLE: &str = "zelensky-peace-talks";

fn path(relative: &str) -> String {
    corpus(relative).to_str().expect("utf-8 path").to_string()
}

fn eval_json(gold: &str, pred: &str) -> serde_json::Value {
    let output = run(&["eval", "align", gold, pred, "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_slice(&output.stdout).expect("json")
}

#[test]
fn article_aligns_perfectly_from_raw_text_and_from_gold_segmentation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gold = path(&format!("{ARTICLE}/en-id.gold"));
    let runs: [(&str, &str, &[&str]); 2] = [
        ("en.txt", "id.txt", &[]),
        (
            "en.sent",
            "id.sent",
            &["--presegmented", "--src-lang", "en", "--tgt-lang", "id"],
        ),
    ];
    for (src, tgt, extra) in runs {
        let out = dir.path().join(format!("{src}.ladder"));
        let mut args = vec![
            "align".to_string(),
            path(&format!("{ARTICLE}/{src}")),
            path(&format!("{ARTICLE}/{tgt}")),
            "--format".into(),
            "ladder".into(),
            "-o".into(),
            out.to_str().expect("path").into(),
        ];
        args.extend(extra.iter().map(|s| s.to_string()));
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = run(&refs);
        assert!(output.status.success(), "{src}: {}", stderr(&output));
        let scores = eval_json(&gold, out.to_str().expect("path"));
        assert_eq!(scores["f1_strict"], 1.0, "{src}: {scores}");
    }
}

fn align_article(format: &str, extra: &[&str]) -> std::process::Output {
    let mut args = vec![
        "align".to_string(),
        path(&format!("{ARTICLE}/en.txt")),
        path(&format!("{ARTICLE}/id.txt")),
        "--format".into(),
        format.into(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    run(&refs)
}

#[test]
fn tsv_is_the_default_and_shows_omissions_and_additions() {
    let output = run(&[
        "align",
        &path(&format!("{ARTICLE}/en.txt")),
        &path(&format!("{ARTICLE}/id.txt")),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 27);
    assert!(lines.iter().all(|l| l.split('\t').count() == 3));
    let membaca = lines
        .iter()
        .find(|l| l.contains("MEMBACA"))
        .expect("MEMBACA bead");
    assert!(
        membaca.starts_with('\t'),
        "the addition has an empty source: {membaca:?}"
    );
    let omitted = lines
        .iter()
        .find(|l| l.starts_with("Ukraine's air force"))
        .expect("en 17");
    assert!(
        omitted.contains("\t\t"),
        "en 17 has no translation: {omitted:?}"
    );
}

#[test]
fn jsonl_beads_carry_indices_texts_and_confidence() {
    let output = align_article("jsonl", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let beads: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    assert_eq!(beads.len(), 27);
    let merged = &beads[14];
    assert_eq!(merged["src"], serde_json::json!([13, 14]));
    assert_eq!(merged["tgt"], serde_json::json!([15]));
    assert!(
        merged["src_text"]
            .as_str()
            .expect("text")
            .starts_with("Sir Keir has repeatedly")
    );
    for bead in &beads {
        let c = bead["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&c));
    }
}

#[test]
fn moses_writes_two_line_parallel_files_without_null_beads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let prefix = dir.path().join("corpus");
    let output = align_article("moses", &["-o", prefix.to_str().expect("path")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let en = std::fs::read_to_string(dir.path().join("corpus.en")).expect("en file");
    let id = std::fs::read_to_string(dir.path().join("corpus.id")).expect("id file");
    assert_eq!(en.lines().count(), 24);
    assert_eq!(id.lines().count(), 24);
    assert!(!id.contains("MEMBACA"));
    let without_prefix = align_article("moses", &[]);
    assert_eq!(without_prefix.status.code(), Some(2));
}

#[test]
fn tmx_parses_as_xml_with_one_unit_per_non_null_bead() {
    use quick_xml::Reader;
    use quick_xml::events::Event;
    let output = align_article("tmx", &[]);
    assert!(output.status.success(), "{}", stderr(&output));
    let xml = stdout(&output);
    let mut reader = Reader::from_str(&xml);
    let (mut units, mut segs, mut langs) = (0, 0, Vec::new());
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) if e.name().as_ref() == b"tu" => units += 1,
            Event::Start(e) if e.name().as_ref() == b"seg" => segs += 1,
            Event::Start(e) if e.name().as_ref() == b"tuv" => {
                let lang = e
                    .try_get_attribute("xml:lang")
                    .expect("attribute")
                    .expect("xml:lang present");
                langs.push(String::from_utf8_lossy(&lang.value).into_owned());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(units, 24);
    assert_eq!(segs, 48);
    assert_eq!(&langs[..2], ["en", "id"]);
    assert!(xml.contains("<tmx version=\"1.4\">"));
}

#[test]
fn text_berg_no_lexicon_scores_are_reported_for_each_similarity() {
    let dir = tempfile::tempdir().expect("temp dir");
    // `auto` is hybrid for German-French.
    for (similarity, least) in [("lexical", 0.78), ("embedding", 0.83), ("auto", 0.82)] {
        let out = dir.path().join(format!("tb-{similarity}.ladder"));
        let output = run(&[
            "align",
            &path("text-berg-dev/dev.de"),
            &path("text-berg-dev/dev.fr"),
            "--presegmented",
            "--src-lang",
            "de",
            "--tgt-lang",
            "fr",
            "--similarity",
            similarity,
            "--format",
            "ladder",
            "-o",
            out.to_str().expect("path"),
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let scores = eval_json(&path("text-berg-dev/dev.defr"), out.to_str().expect("path"));
        let strict = scores["f1_strict"].as_f64().expect("number");
        assert!(strict >= least, "{similarity}: {scores}");
    }
}

#[test]
fn empty_document_is_an_error_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = dir.path().join("kosong.txt");
    std::fs::write(&empty, " \n\n").expect("write");
    let out = dir.path().join("out.tsv");
    let output = run(&[
        "align",
        &path(&format!("{ARTICLE}/en.txt")),
        empty.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("kosong.txt"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists());
}

#[test]
fn very_unequal_documents_still_align_completely() {
    let dir = tempfile::tempdir().expect("temp dir");
    let short = dir.path().join("short.txt");
    std::fs::write(
        &short,
        "Rusia meluncurkan 653 drone dan 51 misil pada Jumat malam.",
    )
    .expect("write");
    let output = run(&[
        "align",
        &path(&format!("{ARTICLE}/en.txt")),
        short.to_str().expect("path"),
        "--tgt-lang",
        "id",
        "--format",
        "jsonl",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let beads: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json"))
        .collect();
    let matched: Vec<&serde_json::Value> = beads
        .iter()
        .filter(|b| b["tgt"] == serde_json::json!([0]))
        .collect();
    assert_eq!(matched.len(), 1);
    assert!(
        matched[0]["src_text"]
            .as_str()
            .expect("text")
            .contains("653 drones")
    );
    let src_count: usize = beads
        .iter()
        .map(|b| b["src"].as_array().expect("array").len())
        .sum();
    assert_eq!(src_count, 27);
}

#[test]
fn a_document_in_the_wrong_language_is_warned_about_and_aligned() {
    let output = run(&[
        "align",
        &path(&format!("{ARTICLE}/en.txt")),
        &path(&format!("{ARTICLE}/id.txt")),
        "--src-lang",
        "id",
        "--tgt-lang",
        "en",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("warning") && message.contains("looks like en"),
        "{message}"
    );
    assert!(stdout(&output).lines().count() > 20);
}

#[test]
fn malformed_gold_names_file_and_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gold = dir.path().join("gold.ladder");
    std::fs::write(&gold, "[0]:[0]\n[1]:[1]\n[2]-[2]\n").expect("write");
    let output = run(&[
        "eval",
        "align",
        gold.to_str().expect("path"),
        gold.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("gold.ladder") && message.contains("line 3"),
        "{message}"
    );
}

#[test]
fn eval_align_prints_a_table() {
    let gold = path(&format!("{ARTICLE}/en-id.gold"));
    let output = run(&["eval", "align", &gold, &gold]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("f1           1.000     1.000"), "{text}");
}
