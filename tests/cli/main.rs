//! End-to-end tests: the `selaras` binary on the bundled corpora.

mod align;
mod batch;
mod faults;
mod lexicon;
mod mt;
mod report;
mod score;
mod segment;
