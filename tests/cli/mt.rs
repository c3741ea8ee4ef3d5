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

/// `selaras eval mt ARGS...` on the identical-files golden case (hypothesis equal to reference).
fn identical(extra: &[&str]) -> std::process::Output {
    let dir = repo_root().join("crates/selaras-eval/tests/data/mt/identical");
    let (reference, hyp) = (dir.join("ref1.txt"), dir.join("hyp.txt"));
    let mut args = vec![
        "eval",
        "mt",
        "--ref",
        reference.to_str().expect("utf-8 path"),
        hyp.to_str().expect("utf-8 path"),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

/// Refused with exit 2, nothing on stdout, and a message containing `needle`.
fn assert_refused(output: &std::process::Output, needle: &str) {
    let message = stderr(output);
    assert_eq!(output.status.code(), Some(2), "{needle:?}: {message}");
    assert!(stdout(output).is_empty(), "{needle:?}: {}", stdout(output));
    assert!(message.contains(needle), "{needle:?} not in {message}");
}

#[test]
fn bad_metric_lists_are_refused() {
    for (name, metrics, needle) in [
        ("empty", "", "a value is required for '--metrics"),
        (
            "empty-item",
            "bleu,,chrf",
            "a value is required for '--metrics",
        ),
        ("unknown", "bleu,meteor", "invalid value 'meteor'"),
        (
            "repeated",
            "bleu,chrf,bleu",
            "--metrics lists bleu more than once",
        ),
        (
            "repeated-case",
            "TER,ter",
            "--metrics lists ter more than once",
        ),
    ] {
        let output = identical(&["--metrics", metrics]);
        assert_eq!(output.status.code(), Some(2), "{name}");
        assert_refused(&output, needle);
    }
    // chrF and chrF++ are different metrics; names ignore case.
    let output = identical(&["--metrics", "chrf,CHRF++,Bleu"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).lines().count(), 3);
}

#[test]
fn smooth_values_must_be_finite_and_not_negative() {
    for value in ["NaN", "nan", "inf", "-inf", "1e999", "-1", "-0.5", "x"] {
        let output = identical(&["--smooth", "floor", "--smooth-value", value]);
        assert_refused(
            &output,
            &format!("invalid value '{value}' for '--smooth-value"),
        );
    }
    let output = identical(&[
        "--smooth",
        "add-k",
        "--smooth-value",
        "0",
        "--metrics",
        "bleu",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("smooth:add-k[0.00]"));
}

#[test]
fn tokenizers_and_smoothing_are_named_choices() {
    assert_refused(
        &identical(&["--tokenize", "13A"]),
        "[possible values: 13a, intl, char, none]",
    );
    assert_refused(
        &identical(&["--smooth", "add_k"]),
        "[possible values: exp, floor, add-k, none]",
    );
    let output = identical(&[
        "--tokenize",
        "intl",
        "--smooth",
        "none",
        "--metrics",
        "bleu",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("tok:intl|smooth:none"));
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_first_segment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = "Jakarta is the capital.\nIt rains, often.\n";
    let plain = dir.path().join("plain.txt");
    let bom = dir.path().join("bom.txt");
    std::fs::write(&plain, text).expect("write");
    std::fs::write(&bom, format!("\u{feff}{text}")).expect("write");
    let (plain, bom) = (plain.to_str().expect("path"), bom.to_str().expect("path"));
    for (reference, hyp) in [(plain, bom), (bom, plain)] {
        let output = run(&[
            "eval",
            "mt",
            "--ref",
            reference,
            hyp,
            "--metrics",
            "bleu,chrf,ter",
            "--json",
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
        let scores: Vec<f64> = json[0]["scores"]
            .as_array()
            .expect("scores")
            .iter()
            .map(|s| s["score"].as_f64().expect("score"))
            .collect();
        for (got, want) in scores.iter().zip([100.0, 100.0, 0.0]) {
            assert!(
                (got - want).abs() < 1e-9,
                "ref {reference}, hyp {hyp}: {scores:?}"
            );
        }
    }
}

#[test]
fn a_missing_file_is_named_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("no-such-hyp.txt");
    let missing = missing.to_str().expect("path");
    let output = run(&["eval", "mt", "--ref", &case("ref1.txt"), missing]);
    assert_refused(&output, missing);
    let message = stderr(&output);
    assert_eq!(message.lines().count(), 1, "{message}");
    assert_eq!(message.matches(missing).count(), 1, "{message}");
    assert_eq!(message.matches("os error").count(), 1, "{message}");
}

#[test]
fn standard_input_is_read_at_most_once() {
    let output = run(&["eval", "mt", "--ref", "-", "-"]);
    assert_refused(&output, "standard input (-) can be read only once");
}

#[test]
fn ter_scores_a_20k_word_line() {
    // 20,000 distinct reference words; the hypothesis replaces every tenth word and moves a
    // 5-word block 30 positions right and a 3-word block 20 positions left: sacrebleu 2.6.0 counts
    // 2000 substitutions and 2 shifts. (Before the beam was stored alone, this needed 7 GB.)
    let n = 20_000;
    let reference: Vec<String> = (0..n).map(|i| format!("r{i}")).collect();
    let mut hyp: Vec<String> = reference
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i % 10 == 9 {
                format!("x{i}")
            } else {
                w.clone()
            }
        })
        .collect();
    let block: Vec<String> = hyp.drain(n / 4..n / 4 + 5).collect();
    hyp.splice(n / 4 + 25..n / 4 + 25, block);
    let block: Vec<String> = hyp.drain(3 * n / 5..3 * n / 5 + 3).collect();
    hyp.splice(3 * n / 5 - 20..3 * n / 5 - 20, block);
    let dir = tempfile::tempdir().expect("temp dir");
    let (hyp_path, ref_path) = (dir.path().join("hyp.txt"), dir.path().join("ref.txt"));
    std::fs::write(&hyp_path, hyp.join(" ") + "\n").expect("write");
    std::fs::write(&ref_path, reference.join(" ") + "\n").expect("write");
    let output = run(&[
        "eval",
        "mt",
        "--ref",
        ref_path.to_str().expect("path"),
        hyp_path.to_str().expect("path"),
        "--metrics",
        "ter",
        "--json",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let score = json[0]["scores"][0]["score"].as_f64().expect("score");
    assert!((score - 10.01).abs() < 5e-5, "TER {score}");
}
