//! End-to-end tests: the `selaras` binary on the bundled corpora.

mod lexicon;
mod segment;
