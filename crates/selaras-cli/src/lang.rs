//! Language arguments and lexicon loading shared by the subcommands.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use selaras_lexicon::{Lexicon, embedded_id_en, read_tsv};
use selaras_text::Lang;

/// Parses a language tag given on the command line.
pub fn parse_lang(tag: &str) -> Result<Lang> {
    tag.parse::<Lang>()
        .with_context(|| format!("bad language {tag:?}"))
}

/// Parses `LEFT-RIGHT` (`id-en`, `de-fr`).
pub fn parse_lang_pair(pair: &str) -> Result<(Lang, Lang)> {
    let Some((left, right)) = pair.split_once(['-', ':', '/']) else {
        bail!("bad language pair {pair:?}: expected LEFT-RIGHT such as id-en");
    };
    Ok((parse_lang(left)?, parse_lang(right)?))
}

/// Reads a lexicon file (the pipeline checks its languages against the documents').
pub fn read_lexicon(path: &Path) -> Result<Arc<Lexicon>> {
    Ok(Arc::new(read_tsv(path)?))
}

/// Loads a lexicon file for documents in `src` → `tgt`: it extends the embedded lexicon when
/// that fits the languages, and replaces it otherwise.
pub fn load_lexicon(path: &Path, src: &Lang, tgt: &Lang) -> Result<Arc<Lexicon>> {
    let file = read_tsv(path)?;
    if file.fits(src, tgt).is_none() {
        bail!(
            "{}: the lexicon is for {}-{}, the documents are {src}-{tgt}",
            path.display(),
            file.left_lang(),
            file.right_lang()
        );
    }
    let embedded = embedded_id_en();
    if matches!((src, tgt), (Lang::Id, Lang::En) | (Lang::En, Lang::Id)) {
        let mut merged = embedded.clone();
        merged.extend(&file)?;
        Ok(Arc::new(merged))
    } else {
        Ok(Arc::new(file))
    }
}
