//! Canonical Huffman decoding of the quantised weights.
//!
//! `scripts/convert_use.py` stores every quantised matrix as the canonical Huffman codes of
//! its quantisation indices (MSB first, codes ordered by length then index, at most
//! [`MAX_CODE_LEN`] bits). A decoder maps the next `MAX_CODE_LEN` bits of the stream through
//! one lookup table straight to the de-quantised `f32` value and the code length.

/// Longest code the converter emits; the lookup table has `1 << MAX_CODE_LEN` entries.
pub(crate) const MAX_CODE_LEN: u32 = 12;

/// A lookup-table decoder for one code.
#[derive(Debug, Clone)]
pub(crate) struct Decoder {
    /// Indexed by the next `MAX_CODE_LEN` bits: (value, code length).
    lut: Vec<(f32, u8)>,
}

impl Decoder {
    /// Builds the decoder from each symbol's code length (0 = unused) and value.
    ///
    /// Fails with a description when the lengths do not form a complete prefix code.
    pub(crate) fn new(lengths: &[u8], values: &[f32]) -> Result<Self, String> {
        if lengths.len() != values.len() {
            return Err(format!(
                "{} code lengths for {} values",
                lengths.len(),
                values.len()
            ));
        }
        let size = 1usize << MAX_CODE_LEN;
        let mut lut = vec![(0.0f32, 0u8); size];
        let mut order: Vec<usize> = (0..lengths.len()).filter(|&s| lengths[s] > 0).collect();
        order.sort_by_key(|&s| (lengths[s], s));
        let mut code = 0usize;
        let mut prev = 0u32;
        for &s in &order {
            let len = u32::from(lengths[s]);
            if len > MAX_CODE_LEN {
                return Err(format!("code length {len} > {MAX_CODE_LEN}"));
            }
            code <<= len - prev;
            prev = len;
            let span = 1usize << (MAX_CODE_LEN - len);
            let start = code * span;
            if start + span > size {
                return Err("code lengths over-subscribe the code space".to_owned());
            }
            lut[start..start + span].fill((values[s], lengths[s]));
            code += 1;
        }
        if order.is_empty() {
            return Err("no symbols".to_owned());
        }
        Ok(Self { lut })
    }

    /// Decodes `out.len()` values from `stream` (which starts on a code boundary).
    ///
    /// Bits past the end of `stream` read as zero, so a corrupt stream yields wrong values,
    /// never a panic.
    pub(crate) fn decode(&self, stream: &[u8], out: &mut [f32]) {
        let mut bytes = stream.iter();
        let mut acc: u64 = 0; // valid bits left-aligned
        let mut nbits: u32 = 0;
        let shift = 64 - MAX_CODE_LEN;
        for slot in out {
            if nbits < MAX_CODE_LEN {
                while nbits <= 56 {
                    let b = bytes.next().copied().unwrap_or(0);
                    acc |= u64::from(b) << (56 - nbits);
                    nbits += 8;
                }
            }
            let (value, len) = self.lut[(acc >> shift) as usize];
            // A zero length only occurs for bit patterns the code does not use.
            let len = u32::from(len.max(1));
            *slot = value;
            acc <<= len;
            nbits = nbits.saturating_sub(len);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Packs (code, length) pairs MSB first, as the converter does.
    fn pack(codes: &[(u32, u32)]) -> Vec<u8> {
        let mut bits = Vec::new();
        for &(c, l) in codes {
            for k in (0..l).rev() {
                bits.push((c >> k) & 1);
            }
        }
        bits.chunks(8)
            .map(|ch| {
                ch.iter()
                    .enumerate()
                    .fold(0u8, |b, (i, &x)| b | ((x as u8) << (7 - i)))
            })
            .collect()
    }

    #[test]
    fn canonical_code_round_trip() {
        // lengths 1, 2, 3, 3 -> canonical codes 0, 10, 110, 111
        let d = Decoder::new(&[2, 1, 3, 3], &[10.0, 20.0, 30.0, 40.0]).expect("valid code");
        let stream = pack(&[(0b0, 1), (0b10, 2), (0b111, 3), (0b110, 3), (0b0, 1)]);
        let mut out = [0.0; 5];
        d.decode(&stream, &mut out);
        assert_eq!(out, [20.0, 10.0, 40.0, 30.0, 20.0]);
    }

    #[test]
    fn six_bit_symbols_with_max_length_codes() {
        // 64 symbols of equal length 6: the code is the symbol itself, 4 values per 3 bytes.
        let values: Vec<f32> = (0..64).map(|q| q as f32 * 0.5 - 3.0).collect();
        let d = Decoder::new(&[6; 64], &values).expect("valid code");
        let syms = [63u32, 0, 17, 42, 5, 60, 33, 1];
        let stream = pack(&syms.map(|s| (s, 6)));
        assert_eq!(stream.len(), 6);
        let mut out = [0.0; 8];
        d.decode(&stream, &mut out);
        assert_eq!(out.to_vec(), syms.map(|s| values[s as usize]).to_vec());
    }

    #[test]
    fn rejects_over_subscribed_lengths() {
        assert!(Decoder::new(&[1, 1, 1], &[0.0; 3]).is_err());
        assert!(Decoder::new(&[13], &[0.0]).is_err());
    }

    #[test]
    fn truncated_stream_does_not_panic() {
        let d = Decoder::new(&[1, 1], &[1.0, 2.0]).expect("valid code");
        let mut out = [0.0; 100];
        d.decode(&[0xff], &mut out);
        assert_eq!(&out[..8], &[2.0; 8]);
        assert_eq!(out[8], 1.0);
    }
}
