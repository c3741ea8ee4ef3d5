//! End-to-end tests: the `selaras` binary on the bundled corpora.

mod align;
mod lexicon;
mod score;
mod segment;
