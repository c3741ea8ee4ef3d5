//! `selaras eval mt` on whole runs.

use selaras_e2e::{repo_root, run, stderr, stdout};

fn case(file: &str) -> String {
    repo_root()
        .join("crates/selaras-eval/tests/data/mt/nusax-2ref-empty-lines")
        .join(file)
        .to_str()
        .expect("utf-8 path")
        .to_string()
}

#[test]
fn prints_scores_with_sacrebleu_signatures() {
    let output = run(&[
        "eval",
        "mt",
        "--ref",
        &case("ref1.txt"),
        "--ref",
        &case("ref2.txt"),
        &case("hyp.txt"),
        "--metrics",
        "bleu,chrf,chrf++",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(case("expected.json")).expect("expected"))
            .expect("json");
    let scores = json[0]["scores"].as_array().expect("scores");
    for (score, key) in scores.iter().zip(["bleu", "chrf", "chrf++"]) {
        let got = score["score"].as_f64().expect("score");
        let want = expected[key]["score"].as_f64().expect("score");
        assert!((got - want).abs() < 5e-5, "{key}: {got} vs {want}");
        assert_eq!(score["signature"], expected[key]["signature"]);
    }
}

#[test]
fn line_count_mismatch_names_both_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let short = dir.path().join("short.txt");
    std::fs::write(&short, "one line\n").expect("write");
    let output = run(&[
        "eval",
        "mt",
        "--ref",
        &case("ref1.txt"),
        short.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stdout(&output).is_empty());
    let message = stderr(&output);
    assert!(
        message.contains("has 1 lines") && message.contains("has 120"),
        "{message}"
    );
}
