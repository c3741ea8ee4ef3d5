//! The model weights in `data/model.bin`: the lazily decoded token table and the dense layers.

use std::collections::HashMap;

use ndarray::Array2;

use crate::EmbedError;
use crate::bytes::Reader;
use crate::huffman::Decoder;

const FILE: &str = "model.bin";
const MAGIC: &[u8] = b"SELUSEM3";

/// The token embedding table, decoded one row at a time on demand.
#[derive(Debug)]
pub(crate) struct Table {
    rows: usize,
    cols: usize,
    /// One decoder per row block; row `r` uses block `r % blocks.len()`.
    blocks: Vec<Decoder>,
    /// Byte offset of every row in `stream`, plus the end.
    offsets: Vec<u32>,
    stream: &'static [u8],
}

impl Table {
    /// Number of rows (token ids) the table holds.
    pub(crate) fn rows(&self) -> usize {
        self.rows
    }

    /// Writes the de-quantised row `id` into `out` (`out.len()` == columns).
    ///
    /// An id outside the table (never produced by the tokenizer) gives a zero row.
    pub(crate) fn row(&self, id: usize, out: &mut [f32]) {
        debug_assert_eq!(out.len(), self.cols);
        let (Some(&start), Some(&end)) = (self.offsets.get(id), self.offsets.get(id + 1)) else {
            out.fill(0.0);
            return;
        };
        let stream = self.stream.get(start as usize..end as usize).unwrap_or(&[]);
        self.blocks[id % self.blocks.len()].decode(stream, out);
    }
}

/// A dense layer's matrix (row-major, `in x out`).
pub(crate) type Matrix = Array2<f32>;

/// Every tensor of `model.bin`, decoded.
#[derive(Debug)]
pub(crate) struct Weights {
    pub(crate) table: Table,
    pub(crate) dense: HashMap<String, Matrix>,
    pub(crate) vectors: HashMap<String, Vec<f32>>,
}

impl Weights {
    pub(crate) fn parse(data: &'static [u8]) -> Result<Self, EmbedError> {
        let mut r = Reader::new(FILE, data);
        if r.bytes(MAGIC.len(), "magic")? != MAGIC {
            return Err(EmbedError::BadMagic {
                file: FILE,
                expected: "SELUSEM3",
            });
        }
        let version = r.u32("version")?;
        if version != 1 {
            return Err(r.invalid("version", format!("{version}, expected 1")));
        }
        let count = r.usize32("tensor count")?;
        let mut table = None;
        let mut dense = HashMap::new();
        let mut vectors = HashMap::new();
        for _ in 0..count {
            let name_len = usize::from(r.u8("name length")?);
            let name = std::str::from_utf8(r.bytes(name_len, "tensor name")?)
                .map_err(|e| r.invalid("tensor name", e.to_string()))?
                .to_owned();
            let kind = r.u8(&name)?;
            let ndim = usize::from(r.u8(&name)?);
            let dims: Vec<usize> = r
                .u32s(ndim, &name)?
                .into_iter()
                .map(|d| d as usize)
                .collect();
            let offset =
                usize::try_from(r.u64(&name)?).map_err(|e| r.invalid(&name, e.to_string()))?;
            let len =
                usize::try_from(r.u64(&name)?).map_err(|e| r.invalid(&name, e.to_string()))?;
            let payload = Reader::at(FILE, data, offset).bytes(len, &name)?;
            let numel: usize = dims.iter().product();
            match kind {
                0 => {
                    let v = Reader::new(FILE, payload).f32s(numel, &name)?;
                    vectors.insert(name, v);
                }
                1 => {
                    let &[rows, cols] = dims.as_slice() else {
                        return Err(r.invalid(&name, format!("dense tensor of shape {dims:?}")));
                    };
                    let values = decode_coded(payload, numel, &name)?;
                    let m = Array2::from_shape_vec((rows, cols), values)
                        .map_err(|e| r.invalid(&name, e.to_string()))?;
                    dense.insert(name, m);
                }
                2 => table = Some(parse_table(payload)?),
                k => return Err(r.invalid(&name, format!("unknown tensor kind {k}"))),
            }
        }
        let table = table.ok_or_else(|| EmbedError::MissingTensor("table".to_owned()))?;
        Ok(Self {
            table,
            dense,
            vectors,
        })
    }

    /// Removes and returns a dense matrix of the expected shape.
    pub(crate) fn take_dense(
        &mut self,
        name: &str,
        shape: (usize, usize),
    ) -> Result<Matrix, EmbedError> {
        let m = self
            .dense
            .remove(name)
            .ok_or_else(|| EmbedError::MissingTensor(name.to_owned()))?;
        if m.dim() != shape {
            return Err(EmbedError::Invalid {
                file: FILE,
                what: name.to_owned(),
                detail: format!("shape {:?}, expected {shape:?}", m.dim()),
            });
        }
        Ok(m)
    }

    /// Removes and returns a vector of the expected length.
    pub(crate) fn take_vector(&mut self, name: &str, len: usize) -> Result<Vec<f32>, EmbedError> {
        let v = self
            .vectors
            .remove(name)
            .ok_or_else(|| EmbedError::MissingTensor(name.to_owned()))?;
        if v.len() != len {
            return Err(EmbedError::Invalid {
                file: FILE,
                what: name.to_owned(),
                detail: format!("length {}, expected {len}", v.len()),
            });
        }
        Ok(v)
    }
}

/// Decodes a kind-1 tensor: codebook, code lengths, one Huffman stream.
fn decode_coded(payload: &'static [u8], numel: usize, name: &str) -> Result<Vec<f32>, EmbedError> {
    let mut r = Reader::new(FILE, payload);
    let n = usize::from(r.u16(name)?);
    let book = r.f32s(n, name)?;
    let lengths = r.bytes(n, name)?;
    let decoder = Decoder::new(lengths, &book).map_err(|e| r.invalid(name, e))?;
    let stream = r.bytes(payload.len() - 2 - 5 * n, name)?;
    let mut out = vec![0.0f32; numel];
    decoder.decode(stream, &mut out);
    Ok(out)
}

/// Parses the kind-2 token table header; rows stay encoded.
fn parse_table(payload: &'static [u8]) -> Result<Table, EmbedError> {
    let mut r = Reader::new(FILE, payload);
    let rows = r.usize32("table rows")?;
    let cols = r.usize32("table columns")?;
    let n_blocks = r.usize32("table blocks")?;
    if n_blocks == 0 {
        return Err(r.invalid("table blocks", "0"));
    }
    let mut blocks = Vec::with_capacity(n_blocks);
    for _ in 0..n_blocks {
        let scale = r.f32("block scale")?;
        let lo = r.f32("block lo")?;
        let lengths = r.bytes(64, "block code lengths")?;
        // The same two f32 roundings as numpy's `q * scale + lo`.
        let values: Vec<f32> = (0..64u8).map(|q| f32::from(q) * scale + lo).collect();
        blocks.push(Decoder::new(lengths, &values).map_err(|e| r.invalid("block code", e))?);
    }
    let offsets = r.u32s(rows + 1, "row offsets")?;
    let header = 12 + n_blocks * 72 + 4 * (rows + 1);
    let stream = &payload[header..];
    if offsets.windows(2).any(|w| w[0] > w[1])
        || offsets.last().is_some_and(|&e| e as usize > stream.len())
    {
        return Err(r.invalid("row offsets", "not increasing within the stream"));
    }
    Ok(Table {
        rows,
        cols,
        blocks,
        offsets,
        stream,
    })
}
