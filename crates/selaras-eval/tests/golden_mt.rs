//! BLEU, chrF, chrF++ and TER against golden numbers computed by sacrebleu 2.6.0
//! (`python3 scripts/make_mt_golden.py crates/selaras-eval/tests/data/mt`): every case equal to
//! 4 decimals, every signature identical.

use std::path::{Path, PathBuf};

use selaras_eval::{Bleu, Chrf, Metric, MetricScore, Smooth, Ter, Tokenizer};

fn lines(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    if lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

fn cases() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/mt");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("golden folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    cases
}

fn assert_close(case: &Path, key: &str, got: f64, want: f64) {
    assert!(
        (got - want).abs() < 5e-5,
        "{}: {key}: {got:.6} but sacrebleu says {want:.6}",
        case.display()
    );
}

#[test]
fn every_golden_case_matches_sacrebleu() {
    let cases = cases();
    assert!(cases.len() >= 6, "golden cases missing");
    for case in cases {
        let hyps = lines(&case.join("hyp.txt"));
        let mut refs = Vec::new();
        for k in 1.. {
            let path = case.join(format!("ref{k}.txt"));
            if !path.exists() {
                break;
            }
            refs.push(lines(&path));
        }
        let expected: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(case.join("expected.json")).expect("expected.json"),
        )
        .expect("json");
        let hyp: Vec<&str> = hyps.iter().map(String::as_str).collect();
        let refs: Vec<Vec<&str>> = refs
            .iter()
            .map(|r| r.iter().map(String::as_str).collect())
            .collect();
        let bleu = |tokenizer: Tokenizer, lowercase: bool, smooth: Smooth| Bleu {
            tokenizer,
            lowercase,
            smooth,
            ..Bleu::default()
        };
        let configs: Vec<(&str, MetricScore)> = vec![
            (
                "bleu",
                bleu(Tokenizer::Thirteen, false, Smooth::Exp).corpus(&hyp, &refs),
            ),
            (
                "bleu-intl",
                bleu(Tokenizer::Intl, false, Smooth::Exp).corpus(&hyp, &refs),
            ),
            (
                "bleu-char",
                bleu(Tokenizer::Char, false, Smooth::Exp).corpus(&hyp, &refs),
            ),
            (
                "bleu-none",
                bleu(Tokenizer::None, false, Smooth::Exp).corpus(&hyp, &refs),
            ),
            (
                "bleu-lc",
                bleu(Tokenizer::Thirteen, true, Smooth::Exp).corpus(&hyp, &refs),
            ),
            (
                "bleu-floor",
                bleu(Tokenizer::Thirteen, false, Smooth::Floor(0.1)).corpus(&hyp, &refs),
            ),
            (
                "bleu-add-k",
                bleu(Tokenizer::Thirteen, false, Smooth::AddK(1.0)).corpus(&hyp, &refs),
            ),
            (
                "bleu-none-smooth",
                bleu(Tokenizer::Thirteen, false, Smooth::None).corpus(&hyp, &refs),
            ),
            ("chrf", Chrf::default().corpus(&hyp, &refs)),
            (
                "chrf++",
                Chrf {
                    word_order: 2,
                    ..Chrf::default()
                }
                .corpus(&hyp, &refs),
            ),
            (
                "chrf-lc",
                Chrf {
                    lowercase: true,
                    ..Chrf::default()
                }
                .corpus(&hyp, &refs),
            ),
        ];
        for (key, got) in configs {
            let want = &expected[key];
            assert_close(
                &case,
                key,
                got.score,
                want["score"].as_f64().expect("score"),
            );
            assert_eq!(
                got.signature,
                want["signature"].as_str().expect("signature"),
                "{}: {key}",
                case.display()
            );
        }
        let sentence_bleu = Bleu {
            effective_order: true,
            ..Bleu::default()
        };
        let chrf = Chrf::default();
        let ter = Ter::default();
        for (i, h) in hyp.iter().enumerate() {
            let segment_refs: Vec<&str> = refs.iter().map(|r| r[i]).collect();
            let got = sentence_bleu.score(&sentence_bleu.segment_stats(h, &segment_refs));
            assert_close(
                &case,
                &format!("sentence-bleu[{i}]"),
                got,
                expected["sentence-bleu"][i].as_f64().expect("score"),
            );
            let got = chrf.score(&chrf.segment_stats(h, &segment_refs));
            assert_close(
                &case,
                &format!("sentence-chrf[{i}]"),
                got,
                expected["sentence-chrf"][i].as_f64().expect("score"),
            );
            let got = ter.score(&ter.segment_stats(h, &segment_refs));
            assert_close(
                &case,
                &format!("sentence-ter[{i}]"),
                got,
                expected["sentence-ter"][i].as_f64().expect("score"),
            );
        }
    }
}
