//! `selaras segment` on whole files.

use selaras_e2e::{corpus, run, run_with_stdin, stderr, stdout};

const ARTICLE: &str = "zelensky-peace-talks";

#[test]
fn article_matches_gold_segmentation_for_every_language_option() {
    let cases = [
        ("id", "id.txt", "id.sent"),
        ("auto", "id.txt", "id.sent"),
        ("en", "en.txt", "en.sent"),
        ("auto", "en.txt", "en.sent"),
    ];
    for (lang, input, gold) in cases {
        let input = corpus(&format!("{ARTICLE}/{input}"));
        let output = run(&[
            "segment",
            "--lang",
            lang,
            input.to_str().expect("utf-8 path"),
        ]);
        assert!(
            output.status.success(),
            "{lang} {input:?}: {}",
            stderr(&output)
        );
        let gold = std::fs::read(corpus(&format!("{ARTICLE}/{gold}"))).expect("gold file");
        assert!(
            output.stdout == gold,
            "--lang {lang} on {input:?} differs from gold:\n{}",
            stdout(&output)
        );
    }
}

#[test]
fn standard_input_gives_the_same_sentences() {
    let text = std::fs::read(corpus(&format!("{ARTICLE}/id.txt"))).expect("article");
    let output = run_with_stdin(&["segment", "--lang", "id", "-"], &text);
    assert!(output.status.success(), "{}", stderr(&output));
    let gold = std::fs::read(corpus(&format!("{ARTICLE}/id.sent"))).expect("gold");
    assert_eq!(output.stdout, gold);
}

#[test]
fn paragraphs_option_separates_paragraphs_with_blank_lines() {
    let input = corpus(&format!("{ARTICLE}/id.txt"));
    let output = run(&[
        "segment",
        "--paragraphs",
        input.to_str().expect("utf-8 path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    let blocks: Vec<&str> = text.trim_end().split("\n\n").collect();
    // 25 paragraphs: each holds one sentence except the third, which holds two.
    assert_eq!(blocks.len(), 25);
    assert_eq!(blocks[2].lines().count(), 2);
    assert!(blocks[2].starts_with("Zelensky mengungkapkan"));
    let sentences: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    let gold = std::fs::read_to_string(corpus(&format!("{ARTICLE}/id.sent"))).expect("gold");
    assert_eq!(sentences, gold.lines().collect::<Vec<_>>());
}

#[test]
fn json_spans_point_into_the_original_bytes() {
    let path = corpus(&format!("{ARTICLE}/id.txt"));
    let output = run(&["segment", "--json", path.to_str().expect("utf-8 path")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(json["schema"], "selaras.segment/1");
    assert_eq!(json["lang"], "id");
    let original = std::fs::read_to_string(&path).expect("article");
    let sentences = json["sentences"].as_array().expect("sentences array");
    assert_eq!(sentences.len(), 26);
    for sentence in sentences {
        let start = sentence["start"].as_u64().expect("start") as usize;
        let end = sentence["end"].as_u64().expect("end") as usize;
        let collapsed: Vec<&str> = original[start..end].split_whitespace().collect();
        assert_eq!(
            collapsed.join(" "),
            sentence["text"].as_str().expect("text")
        );
    }
    // The "MEMBACA" line keeps its no-break space in the original span.
    let membaca = &sentences[14];
    let start = membaca["start"].as_u64().expect("start") as usize;
    assert!(original[start..].starts_with("MEMBACA\u{a0} Bagian"));
    assert_eq!(membaca["paragraph"], 13);
}

#[test]
fn invalid_utf8_names_file_and_byte_offset() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("rusak.txt");
    std::fs::write(&path, b"Rusia meluncurkan 653 drone.\nIa \xe2\x80 menolak.").expect("write");
    let output = run(&["segment", path.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty(), "no output on bad input");
    let message = stderr(&output);
    assert!(message.contains("rusak.txt"), "{message}");
    assert!(message.contains("byte offset 32"), "{message}");
}

#[test]
fn missing_file_is_a_clear_error() {
    let output = run(&["segment", "tidak-ada.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let message = stderr(&output);
    assert!(message.contains("tidak-ada.txt"), "{message}");
    assert!(message.contains("No such file"), "{message}");
}

#[test]
fn empty_file_gives_no_output() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kosong.txt");
    std::fs::write(&path, b"").expect("write");
    for extra in [None, Some("--json")] {
        let mut args = vec!["segment"];
        args.extend(extra);
        args.push(path.to_str().expect("utf-8 path"));
        let output = run(&args);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        if extra.is_none() {
            assert!(output.stdout.is_empty());
        }
    }
}

#[test]
fn unknown_language_is_a_usage_error() {
    let output = run(&[
        "segment",
        "--lang",
        "xx",
        "corpora/zelensky-peace-talks/id.txt",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    assert!(stderr(&output).contains("--lang"));
}
