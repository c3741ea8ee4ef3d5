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

#[test]
fn several_systems_get_a_paired_bootstrap_test_against_the_first() {
    let dir = tempfile::tempdir().expect("temp dir");
    let refs = std::fs::read_to_string(case("ref1.txt")).expect("refs");
    // The baseline is the second reference (a close paraphrase); the system drops every second
    // word of the first reference: clearly worse.
    let worse: String = refs
        .lines()
        .map(|l| l.split(' ').step_by(2).collect::<Vec<_>>().join(" ") + "\n")
        .collect();
    let worse_path = dir.path().join("worse.txt");
    std::fs::write(&worse_path, worse).expect("write");
    let output = run(&[
        "eval",
        "mt",
        "--ref",
        &case("ref1.txt"),
        &case("ref2.txt"),
        worse_path.to_str().expect("path"),
        "--metrics",
        "bleu,ter",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let baseline = &json[0]["paired"];
    assert!(
        baseline[0]["p_value"].is_null(),
        "the baseline has no p-value"
    );
    let system = &json[1]["paired"];
    for metric in 0..2 {
        let p = system[metric]["p_value"].as_f64().expect("p-value");
        assert!(p > 0.0 && p <= 0.01, "p = {p}");
        let ci = system[metric]["ci"].as_f64().expect("ci");
        assert!(ci > 0.0);
    }
}
