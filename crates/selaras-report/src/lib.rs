//! selaras-report: a faithfulness report as one self-contained HTML page.
//!
//! ```text
//! DocPair + Report (selaras::Pipeline::score) ──render_html──▶ one HTML file
//!   header: faithfulness, coverage, findings by severity and kind, settings
//!   table:  source and translation side by side, bead by bead; findings under each bead,
//!           the words they are about marked on both sides
//!   script: filters (only findings, one kind), n / p between findings
//! ```
//!
//! The page loads nothing: its only style sheet and script are inline and named by their SHA-256
//! hashes in a Content-Security-Policy (`default-src 'none'`), and every piece of document text
//! is HTML-escaped, so a document holding markup shows it as text.
//!
//! ```
//! use selaras::{Pipeline, Source};
//! use selaras_report::{ReportSettings, render_html};
//!
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let pipeline = Pipeline::builder().build()?;
//! let loaded = pipeline.load(
//!     Source::new("en.txt", "Russia launched 653 drones on Friday. Power was cut in Kyiv."),
//!     Source::new("id.txt", "Rusia meluncurkan 635 drone pada hari Jumat. Listrik padam di Kyiv."),
//! )?;
//! let report = pipeline.score(&loaded.pair)?;
//! let html = render_html(&loaded.pair, &report, &ReportSettings::new("en.txt", "id.txt"));
//! assert!(html.contains("<mark class=\"hl-critical\" title=\"critical: number mismatch\">653</mark>"));
//! # Ok(())
//! # }
//! ```
#![deny(missing_docs)]

mod beads;
mod csp;
mod escape;
mod highlight;
mod labels;
mod page;
mod summary;

pub use escape::escape;

use selaras::{AlignConfig, DocPair, Report};

/// What the page says about how the report was made (shown in its header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSettings {
    /// The original document's name, as the user gave it.
    pub src_name: String,
    /// The translation's name.
    pub tgt_name: String,
    /// The lexicon: `embedded id-en`, a file name, or both.
    pub lexicon: String,
    /// The similarity backend: `lexical` (later `embedding`, `hybrid`).
    pub similarity: String,
    /// Whether the inputs were read one sentence per line (else segmented by the rules).
    pub presegmented: bool,
    /// The largest number of sentences on one side of a bead.
    pub max_bead: usize,
}

impl ReportSettings {
    /// Settings for two named documents with the defaults: the embedded lexicon, lexical
    /// similarity, rule segmentation, the default bead size.
    pub fn new(src_name: impl Into<String>, tgt_name: impl Into<String>) -> Self {
        Self {
            src_name: src_name.into(),
            tgt_name: tgt_name.into(),
            lexicon: "embedded id-en".to_string(),
            similarity: "lexical".to_string(),
            presegmented: false,
            max_bead: AlignConfig::default().max_bead,
        }
    }
}

/// The report of `pair` as one self-contained HTML page.
///
/// `report` must come from scoring `pair`: its spans are byte offsets into `pair`'s texts and its
/// sentence indices index `pair`'s sentences (a bead whose sentences are missing shows the
/// report's own text for it; a span outside the text is not marked).
pub fn render_html(pair: &DocPair, report: &Report, settings: &ReportSettings) -> String {
    let mut html =
        String::with_capacity(64 * 1024 + 4 * (pair.src.text().len() + pair.tgt.text().len()));
    page::write_page(&mut html, pair, report, settings).expect("writing to a String cannot fail");
    html
}

/// The lexicon as the page names it: the embedded one, a file, or a file extending the embedded
/// one (for Indonesian and English documents).
pub fn lexicon_label(
    file: Option<&std::path::Path>,
    src: &selaras::Lang,
    tgt: &selaras::Lang,
) -> String {
    let id_en = matches!(
        (src, tgt),
        (selaras::Lang::Id, selaras::Lang::En) | (selaras::Lang::En, selaras::Lang::Id)
    );
    let file_name = |path: &std::path::Path| {
        path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    match (file, id_en) {
        (None, true) => "embedded id-en".to_string(),
        (None, false) => "embedded id-en (does not cover these languages)".to_string(),
        (Some(path), true) => format!("embedded id-en + {}", file_name(path)),
        (Some(path), false) => file_name(path),
    }
}
