//! SentencePiece's `nmt_nfkc` normaliser: the precompiled charsmap and the white-space rules.
//!
//! The charsmap is sentencepiece's own: a `u32` trie size, a darts-clone double-array trie of
//! the source strings, then a pool of NUL-terminated replacements that the trie values point
//! into. At every position the longest source string in the trie is replaced (sentencepiece
//! `Normalizer::NormalizePrefix`); user-defined pieces are copied verbatim before that.

/// The `▁` that stands for a space in pieces.
pub(crate) const SPACE: &[u8] = "\u{2581}".as_bytes();

/// The normaliser: charsmap trie, replacement pool and white-space flags.
#[derive(Debug)]
pub(crate) struct Normalizer {
    units: Vec<u32>,
    pool: &'static [u8],
    user_defined: Vec<&'static [u8]>,
    add_dummy_prefix: bool,
    remove_extra_whitespaces: bool,
    escape_whitespaces: bool,
}

/// Byte length of the UTF-8 character starting with `lead`, as sentencepiece's `OneCharLen`.
pub(crate) fn one_char_len(lead: u8) -> usize {
    const LEN: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];
    usize::from(LEN[usize::from(lead >> 4)])
}

fn offset(unit: u32) -> usize {
    ((unit >> 10) << ((unit & 0x200) >> 6)) as usize
}

impl Normalizer {
    pub(crate) fn new(
        charsmap: &'static [u8],
        user_defined: Vec<&'static [u8]>,
        flags: [bool; 3],
    ) -> Result<Self, String> {
        let (units, pool) = if charsmap.is_empty() {
            (Vec::new(), &[][..])
        } else {
            let size_bytes: [u8; 4] = charsmap
                .get(..4)
                .and_then(|b| b.try_into().ok())
                .ok_or("charsmap shorter than its header")?;
            let size = u32::from_le_bytes(size_bytes) as usize;
            let trie = charsmap
                .get(4..4 + size)
                .ok_or("charsmap trie longer than the charsmap")?;
            let units = trie
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            (units, &charsmap[4 + size..])
        };
        let [
            add_dummy_prefix,
            remove_extra_whitespaces,
            escape_whitespaces,
        ] = flags;
        Ok(Self {
            units,
            pool,
            user_defined,
            add_dummy_prefix,
            remove_extra_whitespaces,
            escape_whitespaces,
        })
    }

    /// Longest charsmap match at the start of `input`: (source length, replacement).
    fn charsmap_match(&self, input: &[u8]) -> Option<(usize, &'static [u8])> {
        let mut node = offset(*self.units.first()?);
        let mut best = None;
        for (i, &c) in input.iter().enumerate() {
            node ^= usize::from(c);
            let unit = *self.units.get(node)?;
            if unit & 0x8000_00FF != u32::from(c) {
                break;
            }
            node ^= offset(unit);
            if unit & 0x100 != 0 {
                let value = (*self.units.get(node)? & 0x7FFF_FFFF) as usize;
                best = Some((i + 1, value));
            }
        }
        let (len, value) = best?;
        let tail = self.pool.get(value..)?;
        let end = tail.iter().position(|&b| b == 0).unwrap_or(tail.len());
        Some((len, &tail[..end]))
    }

    /// What the start of `input` normalises to, and how many input bytes that consumes.
    fn prefix<'a>(&self, input: &'a [u8]) -> (&'a [u8], usize)
    where
        'static: 'a,
    {
        if let Some(len) = self
            .user_defined
            .iter()
            .filter(|p| input.starts_with(p))
            .map(|p| p.len())
            .max()
        {
            return (&input[..len], len);
        }
        if let Some((len, replacement)) = self.charsmap_match(input) {
            return (replacement, len);
        }
        // `input` comes from a `&str`, so it starts with a whole character.
        let len = one_char_len(input[0]).min(input.len());
        (&input[..len], len)
    }

    /// Normalises `text` as sentencepiece does (white space escaped to `▁` when so configured).
    pub(crate) fn normalize(&self, text: &str) -> Vec<u8> {
        let mut input = text.as_bytes();
        let mut out = Vec::with_capacity(input.len() + 8);
        if self.remove_extra_whitespaces {
            while !input.is_empty() {
                let (p, consumed) = self.prefix(input);
                if p != b" " {
                    break;
                }
                input = &input[consumed..];
            }
        }
        if input.is_empty() {
            return out;
        }
        let space: &[u8] = if self.escape_whitespaces { SPACE } else { b" " };
        if self.add_dummy_prefix {
            out.extend_from_slice(space);
        }
        let mut is_prev_space = self.remove_extra_whitespaces;
        while !input.is_empty() {
            let (mut p, consumed) = self.prefix(input);
            while is_prev_space && p.first() == Some(&b' ') {
                p = &p[1..];
            }
            if !p.is_empty() {
                for &b in p {
                    if b == b' ' {
                        out.extend_from_slice(space);
                    } else {
                        out.push(b);
                    }
                }
                is_prev_space = p.last() == Some(&b' ');
            }
            input = &input[consumed..];
            if !self.remove_extra_whitespaces {
                is_prev_space = false;
            }
        }
        if self.remove_extra_whitespaces {
            while out.ends_with(space) {
                out.truncate(out.len() - space.len());
            }
        }
        out
    }
}
