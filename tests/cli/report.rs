//! `selaras report`: the HTML page as text (the browser checks are in
//! `scripts/browser_report_test.py`).

use selaras_e2e::{corpus, run, stderr, stdout};

fn article(file: &str) -> String {
    corpus(&format!("zelensky-peace-talks/{file}"))
        .to_str()
        .expect("utf-8 path")
        .to_string()
}

fn report_to_stdout(src: &str, tgt: &str) -> String {
    let output = run(&["report", src, tgt, "-o", "-"]);
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

/// The opening tags of `tag` elements with `class` among their classes.
fn opening_tags<'a>(html: &'a str, tag: &str, class: &str) -> Vec<&'a str> {
    html.match_indices(&format!("<{tag} "))
        .map(|(at, _)| &html[at..at + html[at..].find('>').expect("tag closes")])
        .filter(|t| {
            t.split("class=\"").nth(1).is_some_and(|c| {
                c.split('"')
                    .next()
                    .is_some_and(|c| c.split(' ').any(|x| x == class))
            })
        })
        .collect()
}

#[test]
fn article_report_has_the_three_findings_side_by_side() {
    let html = report_to_stdout(&article("en.txt"), &article("id.txt"));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.trim_end().ends_with("</html>"));
    assert_eq!(html.matches("<script>").count(), 1);
    assert_eq!(html.matches("<style>").count(), 1);
    assert_eq!(opening_tags(&html, "tbody", "bead").len(), 27);
    let flagged = opening_tags(&html, "tbody", "flagged");
    let found: Vec<(&str, &str, &str)> = flagged
        .iter()
        .map(|t| {
            let attr = |name: &str| {
                t.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .expect("attribute")
            };
            (attr("data-src"), attr("data-tgt"), attr("data-kinds"))
        })
        .collect();
    assert_eq!(
        found,
        [
            ("", "14", "addition"),
            ("17", "", "omission"),
            ("24", "", "omission")
        ]
    );
    assert!(html.contains("<span class=\"value\" id=\"faithfulness\">92.5</span>"));
    assert!(html.contains("<dt>similarity</dt><dd>lexical</dd>"));
    assert!(html.contains("<dt>lexicon</dt><dd>embedded id-en</dd>"));
    assert!(html.contains("<td class=\"tgt empty\"><span class=\"gap\">— not translated</span>"));
    assert!(html.contains("MEMBACA"));
}

#[test]
fn policy_allows_only_the_inline_script_and_style() {
    let html = report_to_stdout(&article("en.txt"), &article("id.txt"));
    let head = &html[..html.find("<style>").expect("style")];
    let policy = head
        .split("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a CSP meta tag before the style");
    assert!(policy.starts_with("default-src 'none'; script-src 'sha256-"));
    assert!(policy.contains("; style-src 'sha256-"));
    assert!(!policy.contains("unsafe") && !policy.contains('*'));
    for external in [
        "http:", "https:", "//", " src=", " href=", "url(", "@import", "<link", "<img",
    ] {
        assert!(!html.contains(external), "{external:?} in the page");
    }
}

#[test]
fn hostile_text_is_shown_not_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let script = "<script>document.title='pwned'</script>";
    let img = "\"><img src=x onerror=\"document.title='pwned'\">";
    let src = dir.path().join("en <i>.txt");
    let tgt = dir.path().join("id \"'.txt");
    std::fs::write(
        &src,
        format!(
            "The mayor said {script} power was restored.\n\nEngineers wrote {img} on the wall.\n"
        ),
    )
    .expect("write");
    std::fs::write(
        &tgt,
        format!("Wali kota mengatakan {script} listrik sudah dipulihkan.\n\nPara insinyur menulis {img} di dinding.\n"),
    )
    .expect("write");
    let out = dir.path().join("report.html");
    let output = run(&[
        "report",
        src.to_str().expect("utf-8"),
        tgt.to_str().expect("utf-8"),
        "-o",
        out.to_str().expect("utf-8"),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let html = std::fs::read_to_string(&out).expect("report written");
    assert_eq!(
        html.matches("<script").count(),
        1,
        "only the page's own script"
    );
    assert!(!html.contains("<img") && !html.contains("<i>"));
    assert_eq!(
        html.matches("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;")
            .count(),
        2
    );
    assert_eq!(
        html.matches(
            "&quot;&gt;&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"
        )
        .count(),
        2
    );
    assert!(html.contains("en &lt;i&gt;.txt") && html.contains("id &quot;&#39;.txt"));
    // Written atomically: nothing else is left beside the report.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["en <i>.txt", "id \"'.txt", "report.html"]);
}

#[test]
fn output_is_required_and_an_unwritable_path_is_an_error() {
    let output = run(&["report", &article("en.txt"), &article("id.txt")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--output"), "{}", stderr(&output));
    let output = run(&[
        "report",
        &article("en.txt"),
        &article("id.txt"),
        "-o",
        "/nonexistent-dir/report.html",
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("/nonexistent-dir/report.html"),
        "{}",
        stderr(&output)
    );
}
