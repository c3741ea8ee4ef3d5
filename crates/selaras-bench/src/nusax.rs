//! The NusaX Indonesian-English rows (CC BY-SA 4.0, `corpora/nusax-mt`), compiled in so that the
//! evaluations run from any directory.

/// One split of NusaX: Indonesian and English lines, line-parallel.
#[derive(Debug, Clone, Copy)]
pub struct NusaxSplit {
    /// `train`, `valid` or `test`.
    pub name: &'static str,
    /// Indonesian lines.
    pub id: &'static str,
    /// English lines.
    pub en: &'static str,
}

/// The three splits, in order.
pub const NUSAX: [NusaxSplit; 3] = [
    NusaxSplit {
        name: "train",
        id: include_str!("../../../corpora/nusax-mt/train.id"),
        en: include_str!("../../../corpora/nusax-mt/train.en"),
    },
    NusaxSplit {
        name: "valid",
        id: include_str!("../../../corpora/nusax-mt/valid.id"),
        en: include_str!("../../../corpora/nusax-mt/valid.en"),
    },
    NusaxSplit {
        name: "test",
        id: include_str!("../../../corpora/nusax-mt/test.id"),
        en: include_str!("../../../corpora/nusax-mt/test.en"),
    },
];

/// The split called `name`.
pub fn nusax_split(name: &str) -> Option<NusaxSplit> {
    NUSAX.iter().copied().find(|s| s.name == name)
}
