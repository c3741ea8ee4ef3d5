//! MUSE bilingual dictionaries: one `source target` pair per line, separated by white space.

use std::path::Path;

use selaras_text::Lang;

use super::Lexicon;
use crate::LexiconError;

/// Reads a MUSE dictionary (e.g. `id-en.txt`) between `left` and `right`.
pub fn read_muse(path: &Path, left: Lang, right: Lang) -> Result<Lexicon, LexiconError> {
    let bytes = std::fs::read(path).map_err(|e| LexiconError::io(path, e))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| LexiconError::Utf8 {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    let mut lexicon = Lexicon::new(left, right);
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let mut words = line.split_whitespace();
        match (words.next(), words.next(), words.next()) {
            (Some(l), Some(r), None) => lexicon.insert(l, r, 1.0),
            _ => {
                return Err(LexiconError::parse(
                    path,
                    index + 1,
                    format!("expected two words separated by white space, found {line:?}"),
                ));
            }
        }
    }
    Ok(lexicon)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pairs_and_rejects_malformed_lines() {
        let dir = tempfile::tempdir().expect("temp dir");
        let good = dir.path().join("id-en.txt");
        std::fs::write(&good, "rumah house\nrumah home\nperang\twar\n").expect("write");
        let lexicon = read_muse(&good, Lang::Id, Lang::En).expect("read");
        assert_eq!(lexicon.len(), 3);
        assert_eq!(lexicon.left_to_right("rumah").len(), 2);
        let bad = dir.path().join("bad.txt");
        std::fs::write(&bad, "rumah house\nperang war conflict\n").expect("write");
        match read_muse(&bad, Lang::Id, Lang::En) {
            Err(LexiconError::Parse { line: 2, .. }) => {}
            other => panic!("expected a parse error on line 2, got {other:?}"),
        }
    }
}
