//! `selaras lexicon import|learn` and `selaras eval retrieval` on whole runs.

use std::path::Path;

use selaras_e2e::{corpus, run, stderr, stdout};

/// Writes a two-entry FreeDict-style dictd dictionary (uncompressed `.dict`) into `dir`.
fn write_dictd(dir: &Path) -> std::path::PathBuf {
    let talk = "talk /tɔːk/ <n>\n1. bicara, bincang\nconversation\n2. kuliah\nlecture\n";
    let war = "war /wɔː/ <n>\nperang\norganized conflict\n";
    let data = format!("{talk}{war}");
    std::fs::write(dir.join("freedict-eng-ind.dict"), &data).expect("write dict");
    let b64 = |mut n: usize| {
        const DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = Vec::new();
        loop {
            out.push(DIGITS[n % 64]);
            n /= 64;
            if n == 0 {
                break;
            }
        }
        out.reverse();
        String::from_utf8(out).expect("ascii")
    };
    let index = format!(
        "00databaseurl\tA\tB\ntalk\t{}\t{}\nwar\t{}\t{}\n",
        b64(0),
        b64(talk.len()),
        b64(talk.len()),
        b64(war.len())
    );
    let path = dir.join("freedict-eng-ind.index");
    std::fs::write(&path, index).expect("write index");
    path
}

#[test]
fn dictd_import_round_trips_through_tsv() {
    let dir = tempfile::tempdir().expect("temp dir");
    let index = write_dictd(dir.path());
    let first = dir.path().join("first.tsv");
    let output = run(&[
        "lexicon",
        "import",
        "--from",
        "dictd",
        index.to_str().expect("path"),
        "-o",
        first.to_str().expect("path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("4 entries (en-id)"),
        "{}",
        stdout(&output)
    );
    let text = std::fs::read_to_string(&first).expect("output written");
    assert_eq!(
        text,
        "# selaras-lexicon/1 en id\ntalk\tbicara\t1\ntalk\tbincang\t1\ntalk\tkuliah\t1\nwar\tperang\t1\n"
    );
    let second = dir.path().join("second.tsv");
    let output = run(&[
        "lexicon",
        "import",
        "--from",
        "tsv",
        first.to_str().expect("path"),
        "-o",
        second.to_str().expect("path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(std::fs::read_to_string(&second).expect("second"), text);
}

#[test]
fn malformed_lexicon_names_file_and_line_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("rusak.tsv");
    std::fs::write(
        &bad,
        "# selaras-lexicon/1 id en\nrumah\thouse\nperang tanpa tab\n",
    )
    .expect("write");
    let out = dir.path().join("out.tsv");
    let output = run(&[
        "lexicon",
        "import",
        "--from",
        "tsv",
        bad.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(message.contains("rusak.tsv:3"), "{message}");
    assert!(!out.exists(), "no output file on bad input");
}

#[test]
fn muse_import_takes_languages_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temp dir");
    let muse = dir.path().join("de-fr.txt");
    std::fs::write(&muse, "berg montagne\nhaus maison\n").expect("write");
    let out = dir.path().join("de-fr.tsv");
    let output = run(&[
        "lexicon",
        "import",
        "--from",
        "muse",
        "--langs",
        "de-fr",
        muse.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&out).expect("written");
    assert!(text.starts_with("# selaras-lexicon/1 de fr\n"), "{text}");
    assert!(text.contains("berg\tmontagne\t1\n"));
}

#[test]
fn learned_lexicon_holds_frequent_review_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let id = std::fs::read_to_string(corpus("nusax-mt/train.id")).expect("id");
    let en = std::fs::read_to_string(corpus("nusax-mt/train.en")).expect("en");
    let pairs: String = id
        .lines()
        .zip(en.lines())
        .map(|(i, e)| format!("{i}\t{e}\n"))
        .collect();
    let pairs_path = dir.path().join("pairs.tsv");
    std::fs::write(&pairs_path, pairs).expect("write pairs");
    let out = dir.path().join("learned.tsv");
    let output = run(&[
        "lexicon",
        "learn",
        pairs_path.to_str().expect("path"),
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = std::fs::read_to_string(&out).expect("written");
    for pair in [
        "makanan\tfood\t",
        "harga\tprice\t",
        "pelayanan\tservice\t",
        "tempat\tplace\t",
    ] {
        assert!(text.contains(pair), "{pair:?} not learned");
    }
}

#[test]
fn nusax_retrieval_precision_at_1_is_at_least_90_percent_both_ways() {
    let output = run(&["eval", "retrieval", "--json"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(json["rows"], 1000);
    let forward = json["src_to_tgt"].as_f64().expect("number");
    let backward = json["tgt_to_src"].as_f64().expect("number");
    assert!(forward >= 0.90, "id->en P@1 {forward}");
    assert!(backward >= 0.90, "en->id P@1 {backward}");
}

#[test]
fn retrieval_rejects_files_that_are_not_line_parallel() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.id");
    let b = dir.path().join("b.en");
    std::fs::write(&a, "satu\ndua\n").expect("write");
    std::fs::write(&b, "one\n").expect("write");
    let output = run(&[
        "eval",
        "retrieval",
        a.to_str().expect("p"),
        b.to_str().expect("p"),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("2 lines") && message.contains("1"),
        "{message}"
    );
}
