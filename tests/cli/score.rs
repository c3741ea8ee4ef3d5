//! `selaras score` and `selaras eval faithfulness` on whole runs.

use selaras_e2e::{corpus, repo_root, run, selaras_bin, stderr, stdout};

fn article(file: &str) -> String {
    corpus(&format!("zelensky-peace-talks/{file}"))
        .to_str()
        .expect("utf-8 path")
        .to_string()
}

#[test]
fn json_report_follows_the_schema() {
    let output = run(&["score", &article("en.txt"), &article("id.txt"), "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(report["schema"], "selaras.score/1");
    assert_eq!(report["src_lang"], "en");
    assert_eq!(report["tgt_lang"], "id");
    let document = &report["document"];
    let faithfulness = document["faithfulness"].as_f64().expect("number");
    assert!((0.0..=100.0).contains(&faithfulness));
    for key in ["coverage_src", "coverage_tgt"] {
        let v = document[key].as_f64().expect("number");
        assert!((0.0..=1.0).contains(&v), "{key} {v}");
    }
    assert_eq!(document["issues"]["major"], 3);
    assert_eq!(document["issues"]["critical"], 0);
    let beads = report["beads"].as_array().expect("beads");
    assert_eq!(beads.len(), 27);
    let original = std::fs::read_to_string(article("id.txt")).expect("article");
    for bead in beads {
        assert!(bead["src"].is_array() && bead["tgt"].is_array());
        assert!(bead["src_text"].is_string() && bead["tgt_text"].is_string());
        let score = bead["score"].as_f64().expect("score");
        let confidence = bead["confidence"].as_f64().expect("confidence");
        assert!((0.0..=1.0).contains(&score) && (0.0..=1.0).contains(&confidence));
        for flag in bead["flags"].as_array().expect("flags") {
            assert!(
                flag["kind"].is_string()
                    && flag["severity"].is_string()
                    && flag["message"].is_string()
            );
            for span in flag["tgt_spans"].as_array().expect("spans") {
                let start = span[0].as_u64().expect("start") as usize;
                let end = span[1].as_u64().expect("end") as usize;
                assert!(start < end && end <= original.len() && original.is_char_boundary(start));
            }
        }
    }
}

#[test]
fn fail_on_sets_the_exit_status() {
    let cases = [
        ("major", Some(1)),
        ("critical", Some(0)),
        ("minor", Some(1)),
    ];
    for (level, code) in cases {
        let output = run(&[
            "score",
            &article("en.txt"),
            &article("id.txt"),
            "--json",
            "--fail-on",
            level,
        ]);
        assert_eq!(
            output.status.code(),
            code,
            "--fail-on {level}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn human_view_shows_findings_side_by_side_without_colour_when_piped() {
    let output = run(&["score", &article("en.txt"), &article("id.txt")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.starts_with("faithfulness "), "{text}");
    assert!(
        !text.contains('\x1b'),
        "no colour codes when stdout is not a terminal"
    );
    assert!(text.contains("MAJOR omission"));
    assert!(text.contains("MAJOR addition"));
    assert!(text.contains("boilerplate"));
    assert!(text.contains('│'));
    let coloured = run(&[
        "score",
        &article("en.txt"),
        &article("id.txt"),
        "--color",
        "always",
    ]);
    assert!(stdout(&coloured).contains("\x1b["));
}

#[test]
fn faithfulness_evaluation_prints_recall_per_kind_from_any_directory() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = std::process::Command::new(selaras_bin())
        .args(["eval", "faithfulness", "--json"])
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", stderr(&output));
    let scores: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let recall = scores["all"]["recall"].as_array().expect("recall");
    assert_eq!(recall.len(), 10);
    assert!(scores["all"]["clean_pairs"].as_u64().expect("clean") > 400);
    let news = std::process::Command::new(selaras_bin())
        .args(["eval", "faithfulness", "--corpus", "news"])
        .current_dir(dir.path())
        .output()
        .expect("runs");
    assert!(news.status.success(), "{}", stderr(&news));
    let text = stdout(&news);
    assert!(text.contains("split: heldout"), "{text}");
    assert!(text.contains("clause_dropped"), "{text}");
}

#[test]
fn the_embedded_challenge_sets_are_what_the_generator_builds() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (corpus, committed) in [
        (
            "nusax",
            "crates/selaras-bench/data/challenge-nusax-test.jsonl",
        ),
        ("news", "crates/selaras-bench/data/challenge-news.jsonl"),
    ] {
        let out = dir.path().join(format!("{corpus}.jsonl"));
        let output = std::process::Command::new(selaras_bin())
            .args(["eval", "faithfulness", "--corpus", corpus, "--build"])
            .arg(&out)
            .current_dir(repo_root())
            .output()
            .expect("runs");
        assert!(output.status.success(), "{}", stderr(&output));
        let built = std::fs::read_to_string(&out).expect("built");
        let committed = std::fs::read_to_string(repo_root().join(committed)).expect("committed");
        assert!(
            built == committed,
            "{corpus}: the embedded set is out of date"
        );
    }
}

#[test]
fn a_one_sentence_pair_is_scored_as_english_and_indonesian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (en, id) = (dir.path().join("en.txt"), dir.path().join("id.txt"));
    std::fs::write(&en, "The hotel was clean and the staff were friendly.\n").expect("write");
    std::fs::write(&id, "Hotelnya bersih dan stafnya ramah.\n").expect("write");
    let output = run(&[
        "score",
        en.to_str().expect("path"),
        id.to_str().expect("path"),
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(report["src_lang"], "en");
    assert_eq!(
        report["tgt_lang"], "id",
        "detected against the English side"
    );
    assert_eq!(
        report["document"]["issues"]["major"],
        0,
        "{}",
        stdout(&output)
    );
}
