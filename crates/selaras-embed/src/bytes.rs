//! A bounds-checked little-endian reader over the embedded data.

use crate::EmbedError;

/// Reads little-endian fields from a byte slice, reporting the file and offset on failure.
#[derive(Debug, Clone)]
pub(crate) struct Reader<'a> {
    file: &'static str,
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(file: &'static str, data: &'a [u8]) -> Self {
        Self { file, data, pos: 0 }
    }

    pub(crate) fn at(file: &'static str, data: &'a [u8], pos: usize) -> Self {
        Self { file, data, pos }
    }

    pub(crate) fn file(&self) -> &'static str {
        self.file
    }

    pub(crate) fn bytes(&mut self, n: usize, what: &str) -> Result<&'a [u8], EmbedError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let Some(end) = end else {
            return Err(EmbedError::Truncated {
                file: self.file,
                offset: self.pos,
                what: what.to_owned(),
            });
        };
        let out = &self.data[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn array<const N: usize>(&mut self, what: &str) -> Result<[u8; N], EmbedError> {
        let mut out = [0u8; N];
        out.copy_from_slice(self.bytes(N, what)?);
        Ok(out)
    }

    pub(crate) fn u8(&mut self, what: &str) -> Result<u8, EmbedError> {
        Ok(self.array::<1>(what)?[0])
    }

    pub(crate) fn u16(&mut self, what: &str) -> Result<u16, EmbedError> {
        Ok(u16::from_le_bytes(self.array(what)?))
    }

    pub(crate) fn u32(&mut self, what: &str) -> Result<u32, EmbedError> {
        Ok(u32::from_le_bytes(self.array(what)?))
    }

    pub(crate) fn usize32(&mut self, what: &str) -> Result<usize, EmbedError> {
        Ok(self.u32(what)? as usize)
    }

    pub(crate) fn u64(&mut self, what: &str) -> Result<u64, EmbedError> {
        Ok(u64::from_le_bytes(self.array(what)?))
    }

    pub(crate) fn f32(&mut self, what: &str) -> Result<f32, EmbedError> {
        Ok(f32::from_le_bytes(self.array(what)?))
    }

    pub(crate) fn f32s(&mut self, n: usize, what: &str) -> Result<Vec<f32>, EmbedError> {
        let raw = self.bytes(n.saturating_mul(4), what)?;
        Ok(raw
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }

    pub(crate) fn u32s(&mut self, n: usize, what: &str) -> Result<Vec<u32>, EmbedError> {
        let raw = self.bytes(n.saturating_mul(4), what)?;
        Ok(raw
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect())
    }

    pub(crate) fn invalid(&self, what: &str, detail: impl Into<String>) -> EmbedError {
        EmbedError::Invalid {
            file: self.file,
            what: what.to_owned(),
            detail: detail.into(),
        }
    }
}
