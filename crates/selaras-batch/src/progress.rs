//! A progress bar on standard error, only when asked (the caller checks for a terminal).

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

#[derive(Debug)]
pub(crate) struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    pub fn new(enabled: bool, total: Option<u64>) -> Self {
        if !enabled {
            return Self { bar: None };
        }
        let bar = match total {
            Some(total) => ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
            None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
        };
        let template = if total.is_some() {
            "{elapsed_precise} {wide_bar} {pos}/{len} documents, {msg}, {per_sec}, ETA {eta}"
        } else {
            "{spinner} {elapsed_precise} {pos} documents, {msg}, {per_sec}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        Self { bar: Some(bar) }
    }

    /// `documents` more were done; `pairs` kept so far.
    pub fn advance(&self, documents: u64, pairs: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(documents);
            bar.set_message(format!("{pairs} pairs"));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
