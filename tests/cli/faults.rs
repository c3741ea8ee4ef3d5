//! Regressions for the faults of issue 15 (a hostile user's report).

use std::path::Path;

use selaras_e2e::{corpus, run, stderr, stdout};

const ARTICLE: &str = "zelensky-peace-talks";

fn path(relative: &str) -> String {
    corpus(relative).to_str().expect("utf-8 path").to_string()
}

/// `selaras align` of the bundled article to `output` (TSV).
fn align_to(output: &Path) -> std::process::Output {
    run(&[
        "align",
        &path(&format!("{ARTICLE}/en.txt")),
        &path(&format!("{ARTICLE}/id.txt")),
        "-o",
        output.to_str().expect("utf-8 path"),
    ])
}

/// What `selaras align` prints on standard output for the same article.
fn aligned_text() -> String {
    let output = run(&[
        "align",
        &path(&format!("{ARTICLE}/en.txt")),
        &path(&format!("{ARTICLE}/id.txt")),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

#[test]
fn output_onto_a_symlink_replaces_its_target_and_keeps_the_link() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("target.tsv");
    std::fs::write(&target, "old\n").expect("write target");
    let link = dir.path().join("link.tsv");
    std::os::unix::fs::symlink("target.tsv", &link).expect("symlink");
    let output = align_to(&link);
    assert!(output.status.success(), "{}", stderr(&output));
    let meta = std::fs::symlink_metadata(&link).expect("link metadata");
    assert!(meta.file_type().is_symlink(), "the link was replaced");
    assert_eq!(
        std::fs::read_to_string(&target).expect("read target"),
        aligned_text()
    );
}

#[test]
fn output_onto_a_fifo_writes_through_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("run mkfifo");
    assert!(status.success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).expect("read fifo"))
    };
    let output = align_to(&fifo);
    assert!(output.status.success(), "{}", stderr(&output));
    let read = reader.join().expect("reader thread");
    assert_eq!(read, aligned_text());
    let meta = std::fs::symlink_metadata(&fifo).expect("fifo metadata");
    assert!(meta.file_type().is_fifo(), "the FIFO was replaced");
}

#[test]
fn output_onto_an_existing_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("private.tsv");
    std::fs::write(&file, "old\n").expect("write file");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let output = align_to(&file);
    assert!(output.status.success(), "{}", stderr(&output));
    let mode = std::fs::metadata(&file)
        .expect("metadata")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(
        std::fs::read_to_string(&file).expect("read"),
        aligned_text()
    );
}

#[test]
fn output_onto_dev_full_fails_and_leaves_the_device() {
    use std::os::unix::fs::FileTypeExt;
    let full = Path::new("/dev/full");
    if !full.exists() {
        return;
    }
    let output = align_to(full);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(stderr(&output).contains("/dev/full"), "{}", stderr(&output));
    let meta = std::fs::symlink_metadata(full).expect("metadata");
    assert!(meta.file_type().is_char_device(), "/dev/full was replaced");
}

#[test]
fn a_missing_input_is_named_once_with_its_cause_once() {
    let output = run(&[
        "align",
        "/nonexistent-input.txt",
        &path(&format!("{ARTICLE}/id.txt")),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message
            .contains("cannot read /nonexistent-input.txt: No such file or directory (os error 2)"),
        "{message}"
    );
    assert_eq!(
        message.matches("/nonexistent-input.txt").count(),
        1,
        "{message}"
    );
    assert_eq!(message.matches("os error").count(), 1, "{message}");
}

#[test]
fn an_unwritable_output_is_named_with_its_cause_once() {
    let output = align_to(Path::new("/nonexistent-dir/x.tsv"));
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("cannot write /nonexistent-dir/x.tsv: No such file or directory"),
        "{message}"
    );
    assert_eq!(message.matches("os error").count(), 1, "{message}");
    assert!(!message.contains(" -:"), "{message}");
}

/// Writes a hostile document pair (clear-screen and title-change sequences) into `dir`.
fn hostile_pair(dir: &Path) -> (String, String) {
    let src = dir.join("en.txt");
    let tgt = dir.join("id.txt");
    std::fs::write(
        &src,
        "The president met \x1b[2Jthe ministers today. They talked \x1b]0;pwned\x07about peace.\n",
    )
    .expect("write src");
    std::fs::write(
        &tgt,
        "Presiden bertemu \x1b[2Jpara menteri hari ini. Mereka berbicara \x1b]0;pwned\x07tentang perdamaian.\n",
    )
    .expect("write tgt");
    let name = |p: &Path| p.to_str().expect("utf-8 path").to_string();
    (name(&src), name(&tgt))
}

fn assert_no_control_bytes(output: &std::process::Output) {
    assert!(output.status.success(), "{}", stderr(output));
    assert!(!output.stdout.is_empty());
    assert!(
        !output.stdout.iter().any(|&b| b == 0x1b || b == 0x07),
        "raw control bytes reach the terminal: {:?}",
        stdout(output)
    );
}

#[test]
fn score_and_segment_escape_terminal_control_sequences() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (src, tgt) = hostile_pair(dir.path());
    let score = run(&["score", &src, &tgt, "--all", "--color", "never"]);
    assert_no_control_bytes(&score);
    assert!(stdout(&score).contains("\\u{1b}[2J"), "{}", stdout(&score));
    let segment = run(&["segment", &src]);
    assert_no_control_bytes(&segment);
    assert!(
        stdout(&segment).contains("\\u{1b}]0;pwned\\u{7}"),
        "{}",
        stdout(&segment)
    );
    // JSON keeps the exact text.
    let json = run(&["segment", &src, "--json"]);
    assert!(json.status.success(), "{}", stderr(&json));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).expect("json");
    assert!(
        value["sentences"][0]["text"]
            .as_str()
            .expect("text")
            .contains("\x1b[2J")
    );
}

#[test]
fn a_lexicon_with_a_byte_order_mark_imports_its_first_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("bom.tsv");
    std::fs::write(&input, "\u{feff}rumah\thouse\nperang\twar\n").expect("write lexicon");
    let output_path = dir.path().join("out.tsv");
    let output = run(&[
        "lexicon",
        "import",
        "--from",
        "tsv",
        input.to_str().expect("utf-8 path"),
        "--langs",
        "id-en",
        "-o",
        output_path.to_str().expect("utf-8 path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = std::fs::read_to_string(&output_path).expect("read output");
    assert!(!written.contains('\u{feff}'), "{written:?}");
    assert!(
        written.lines().any(|line| line.starts_with("rumah\thouse")),
        "{written:?}"
    );
}

#[test]
fn a_gold_ladder_with_a_byte_order_mark_scores_like_one_without() {
    let dir = tempfile::tempdir().expect("temp dir");
    let gold = std::fs::read_to_string(corpus(&format!("{ARTICLE}/en-id.gold"))).expect("gold");
    let bom = dir.path().join("bom.gold");
    std::fs::write(&bom, format!("\u{feff}{gold}")).expect("write gold");
    let pred = path(&format!("{ARTICLE}/en-id.gold"));
    let plain = run(&["eval", "align", &pred, &pred, "--json"]);
    assert!(plain.status.success(), "{}", stderr(&plain));
    let with_bom = run(&[
        "eval",
        "align",
        bom.to_str().expect("utf-8 path"),
        &pred,
        "--json",
    ]);
    assert!(with_bom.status.success(), "{}", stderr(&with_bom));
    let value = |o: &std::process::Output| -> serde_json::Value {
        serde_json::from_slice(&o.stdout).expect("json")
    };
    assert_eq!(value(&plain), value(&with_bom));
}

#[test]
fn lexicon_learn_refuses_unbounded_iterations() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pairs = dir.path().join("pairs.tsv");
    std::fs::write(&pairs, "rumah besar\tbig house\nrumah\thouse\n").expect("write pairs");
    let out = dir.path().join("learned.tsv");
    for iterations in ["0", "101", "18446744073709551615"] {
        let output = run(&[
            "lexicon",
            "learn",
            pairs.to_str().expect("utf-8 path"),
            "--iterations",
            iterations,
            "-o",
            out.to_str().expect("utf-8 path"),
        ]);
        assert_eq!(output.status.code(), Some(2), "--iterations {iterations}");
        assert!(
            stderr(&output).contains("--iterations"),
            "{}",
            stderr(&output)
        );
        assert!(!out.exists());
    }
    let output = run(&[
        "lexicon",
        "learn",
        pairs.to_str().expect("utf-8 path"),
        "--iterations",
        "100",
        "-o",
        out.to_str().expect("utf-8 path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn retrieval_counts_identical_duplicate_rows_as_retrieved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path().join("a.id");
    let tgt = dir.path().join("b.en");
    std::fs::write(
        &src,
        "perang di ukraina\npresiden bertemu menteri\nperang di ukraina\nharga beras naik\n",
    )
    .expect("write src");
    std::fs::write(
        &tgt,
        "war in ukraine\nthe president met the minister\nwar in ukraine\nthe price of rice rose\n",
    )
    .expect("write tgt");
    let output = run(&[
        "eval",
        "retrieval",
        src.to_str().expect("utf-8 path"),
        tgt.to_str().expect("utf-8 path"),
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(json["rows"], 4);
    assert_eq!(json["src_to_tgt"].as_f64(), Some(1.0), "{json}");
    assert_eq!(json["tgt_to_src"].as_f64(), Some(1.0), "{json}");
}

#[test]
fn a_missing_lexicon_is_named_once_with_its_cause_once() {
    let output = run(&[
        "align",
        &path("zelensky-peace-talks/en.txt"),
        &path("zelensky-peace-talks/id.txt"),
        "--lexicon",
        "/nonexistent/lexicon.tsv",
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert_eq!(
        message.matches("/nonexistent/lexicon.tsv").count(),
        1,
        "{message}"
    );
    assert_eq!(message.matches("os error 2").count(), 1, "{message}");
}
