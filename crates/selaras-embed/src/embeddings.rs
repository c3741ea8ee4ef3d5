//! The embedding matrix returned by [`Encoder::embed`](crate::Encoder::embed).

use crate::DIM;

/// `n` embeddings of [`DIM`] values each, row-major. Every row is a unit vector.
#[derive(Debug, Clone, PartialEq)]
pub struct Embeddings {
    data: Vec<f32>,
}

impl Embeddings {
    pub(crate) fn new(data: Vec<f32>) -> Self {
        debug_assert_eq!(data.len() % DIM, 0);
        Self { data }
    }

    /// Number of embeddings (rows).
    pub fn len(&self) -> usize {
        self.data.len() / DIM
    }

    /// Whether there are no embeddings.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Embedding `i`. Panics if `i >= self.len()`, like slice indexing; see [`Self::get`].
    pub fn row(&self, i: usize) -> &[f32] {
        &self.data[i * DIM..(i + 1) * DIM]
    }

    /// Embedding `i`, or `None` past the end.
    pub fn get(&self, i: usize) -> Option<&[f32]> {
        self.data.get(i * DIM..(i + 1) * DIM)
    }

    /// The rows in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[f32]> {
        self.data.chunks_exact(DIM)
    }

    /// All values, row-major (`len() * DIM`).
    pub fn as_slice(&self) -> &[f32] {
        &self.data
    }

    /// The values, row-major, by value.
    pub fn into_vec(self) -> Vec<f32> {
        self.data
    }
}

/// Cosine similarity of two embeddings. Embeddings are unit vectors, so this is their dot
/// product; a shorter slice compares the common prefix.
pub fn cosine(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}
