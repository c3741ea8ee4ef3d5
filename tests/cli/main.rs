//! End-to-end tests: the `selaras` binary on the bundled corpora.

mod align;
mod lexicon;
mod mt;
mod score;
mod segment;
