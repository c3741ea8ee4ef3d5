//! The page as text: its policy names exactly its inline script and style, it loads nothing,
//! and document text cannot become markup.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use selaras::{Pipeline, Source};
use selaras_report::{ReportSettings, render_html};
use sha2::{Digest, Sha256};

fn render(src: &str, tgt: &str, settings: &ReportSettings) -> String {
    let pipeline = Pipeline::builder().build().expect("pipeline");
    let loaded = pipeline
        .load(Source::new("en.txt", src), Source::new("id.txt", tgt))
        .expect("load");
    let report = pipeline.score(&loaded.pair).expect("score");
    render_html(&loaded.pair, &report, settings)
}

fn between<'a>(html: &'a str, open: &str, close: &str) -> Vec<&'a str> {
    html.split(open)
        .skip(1)
        .map(|rest| rest.split(close).next().expect("closed"))
        .collect()
}

fn sha256(text: &str) -> String {
    format!(
        "'sha256-{}'",
        STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

const SRC: &str = "Russia launched 653 drones on Friday.\n\nThe mayor said <script>document.title='pwned'</script> power was restored.\n\nEngineers wrote \"><img src=x onerror=\"document.title='pwned'\"> on the wall.\n";
const TGT: &str = "Rusia meluncurkan 635 drone pada hari Jumat.\n\nWali kota mengatakan <script>document.title='pwned'</script> listrik sudah dipulihkan.\n\nPara insinyur menulis \"><img src=x onerror=\"document.title='pwned'\"> di dinding.\n";

#[test]
fn policy_hashes_are_those_of_the_inline_script_and_style() {
    let html = render(SRC, TGT, &ReportSettings::new("en.txt", "id.txt"));
    let scripts = between(&html, "<script>", "</script>");
    let styles = between(&html, "<style>", "</style>");
    assert_eq!((scripts.len(), styles.len()), (1, 1));
    let policy = between(
        &html,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"",
        "\"",
    );
    assert_eq!(policy.len(), 1);
    assert_eq!(
        policy[0],
        format!(
            "default-src 'none'; script-src {}; style-src {}; base-uri 'none'; form-action 'none'",
            sha256(scripts[0]),
            sha256(styles[0])
        )
    );
    // The policy comes before anything it governs.
    assert!(html.find("Content-Security-Policy") < html.find("<style>"));
}

#[test]
fn document_text_and_names_are_escaped() {
    let settings = ReportSettings {
        lexicon: "x\"><img src=y>".to_string(),
        ..ReportSettings::new("a<b>.txt", "q\"'.txt")
    };
    let html = render(SRC, TGT, &settings);
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b>"));
    assert_eq!(html.matches("<script").count(), 1);
    assert!(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
    assert!(html.contains(
        "&quot;&gt;&lt;img src=x onerror=&quot;document.title=&#39;pwned&#39;&quot;&gt;"
    ));
    assert!(html.contains("a&lt;b&gt;.txt") && html.contains("q&quot;&#39;.txt"));
    // The changed number is marked on both sides.
    assert!(html.contains(">653</mark>") && html.contains(">635</mark>"));
}

#[test]
fn the_page_loads_nothing() {
    let corpus = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../corpora/zelensky-peace-talks/"
    );
    let read = |name: &str| std::fs::read_to_string(format!("{corpus}{name}")).expect("article");
    let html = render(
        &read("en.txt"),
        &read("id.txt"),
        &ReportSettings::new("en.txt", "id.txt"),
    );
    for external in [
        "http:",
        "https:",
        "//",
        " src=",
        " href=",
        "url(",
        "@import",
        "innerHTML",
        "<link",
        "<iframe",
        "<object",
        "<embed",
        "<img",
    ] {
        let hits: Vec<_> = html.match_indices(external).collect();
        assert!(hits.is_empty(), "{external:?} in the page: {hits:?}");
    }
}
