//! Importer for dictionaries in dictd format (FreeDict): an `.index` file and a `.dict` or
//! `.dict.dz` data file beside it.
//!
//! Each index line is `headword<TAB>offset<TAB>length` with offset and length in dictd's base64.
//! A FreeDict (WikDict) entry body is a header line (`talk /tɔːk/ <v>`), then per sense a line of
//! comma-separated translations (numbered `1. ` when there are several senses) optionally
//! followed by a gloss line in the headword's language, which is skipped.

use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use selaras_text::Lang;

use super::Lexicon;
use crate::LexiconError;

/// Reads a dictd dictionary from its `.index` file. The languages come from a FreeDict file name
/// (`freedict-eng-ind.index` gives `en` → `id`) unless `langs` names them.
pub fn read_dictd(index_path: &Path, langs: Option<(Lang, Lang)>) -> Result<Lexicon, LexiconError> {
    let index = read_utf8(index_path)?;
    let data_path = data_path(index_path)?;
    let data = read_data(&data_path)?;
    let (left, right) = match langs {
        Some(langs) => langs,
        None => langs_from_name(index_path),
    };
    let mut lexicon = Lexicon::new(left, right);
    for (number, line) in index.lines().enumerate() {
        let number = number + 1;
        let mut fields = line.split('\t');
        let (Some(headword), Some(offset), Some(length), None) =
            (fields.next(), fields.next(), fields.next(), fields.next())
        else {
            return Err(LexiconError::parse(
                index_path,
                number,
                "expected `headword<TAB>offset<TAB>length`",
            ));
        };
        if headword.starts_with("00database") || headword.starts_with("00-database") {
            continue;
        }
        let (Some(offset), Some(length)) = (decode_base64(offset), decode_base64(length)) else {
            return Err(LexiconError::parse(
                index_path,
                number,
                format!("bad base64 offset or length in {line:?}"),
            ));
        };
        let body = offset
            .checked_add(length)
            .and_then(|end| data.get(offset..end))
            .ok_or_else(|| {
                LexiconError::parse(
                    index_path,
                    number,
                    format!(
                        "entry {headword:?} points past the end of {}",
                        data_path.display()
                    ),
                )
            })?;
        let body = String::from_utf8_lossy(body);
        for translation in translations(&body) {
            lexicon.insert(headword, &translation, 1.0);
        }
    }
    Ok(lexicon)
}

fn read_utf8(path: &Path) -> Result<String, LexiconError> {
    let bytes = std::fs::read(path).map_err(|e| LexiconError::io(path, e))?;
    let mut text = String::from_utf8(bytes).map_err(|e| LexiconError::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    // A UTF-8 byte order mark is not part of the first headword.
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

fn data_path(index_path: &Path) -> Result<PathBuf, LexiconError> {
    let stem = index_path.with_extension("");
    for candidate in [stem.with_extension("dict.dz"), stem.with_extension("dict")] {
        if candidate.exists() {
            return Ok(candidate);
        }
    }
    Err(LexiconError::io(
        stem.with_extension("dict.dz"),
        std::io::Error::new(
            std::io::ErrorKind::NotFound,
            "no .dict.dz or .dict data file beside the index",
        ),
    ))
}

fn read_data(path: &Path) -> Result<Vec<u8>, LexiconError> {
    let raw = std::fs::read(path).map_err(|e| LexiconError::io(path, e))?;
    if path.extension().is_some_and(|ext| ext == "dz") {
        let mut data = Vec::new();
        MultiGzDecoder::new(raw.as_slice())
            .read_to_end(&mut data)
            .map_err(|e| LexiconError::io(path, e))?;
        Ok(data)
    } else {
        Ok(raw)
    }
}

fn langs_from_name(index_path: &Path) -> (Lang, Lang) {
    let name = index_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut parts = name.rsplit('-');
    let right = parts.next().and_then(|code| code.parse().ok());
    let left = parts.next().and_then(|code| code.parse().ok());
    match (left, right) {
        (Some(left), Some(right)) => (left, right),
        _ => (Lang::undetermined(), Lang::undetermined()),
    }
}

/// Decodes dictd's base64 numbers (`A`-`Z`, `a`-`z`, `0`-`9`, `+`, `/`).
fn decode_base64(text: &str) -> Option<usize> {
    if text.is_empty() || text.len() > 10 {
        return None;
    }
    text.bytes().try_fold(0usize, |n, b| {
        let digit = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        };
        Some(n * 64 + usize::from(digit))
    })
}

/// The translations of one FreeDict entry body.
fn translations(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (index, line) in body.lines().enumerate().skip(1) {
        let numbered = strip_sense_number(line);
        let line = match numbered {
            Some(rest) => rest,
            None if index == 1 => line,
            None => continue,
        };
        let line = strip_trailing_sense_refs(line);
        for part in line.split([',', ';']) {
            let part = remove_parentheses(part);
            let part = part.trim();
            if !part.is_empty() && part.chars().any(char::is_alphabetic) {
                out.push(part.to_string());
            }
        }
    }
    out
}

fn strip_sense_number(line: &str) -> Option<&str> {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0)
        .then(|| line[digits..].strip_prefix(". "))
        .flatten()
}

/// `aller, marcher 2.` → `aller, marcher` (WikDict leaves sense references at line ends).
fn strip_trailing_sense_refs(line: &str) -> &str {
    let mut line = line.trim_end();
    while let Some(rest) = line.strip_suffix('.') {
        let digits = rest.bytes().rev().take_while(u8::is_ascii_digit).count();
        if digits == 0 || !rest[..rest.len() - digits].ends_with(' ') {
            break;
        }
        line = rest[..rest.len() - digits].trim_end();
    }
    line
}

fn remove_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_dictd_base64() {
        assert_eq!(decode_base64("A"), Some(0));
        assert_eq!(decode_base64("B"), Some(1));
        assert_eq!(decode_base64("po"), Some(41 * 64 + 40));
        assert_eq!(
            decode_base64("D7v7"),
            Some(((3 * 64 + 59) * 64 + 47) * 64 + 59)
        );
        assert_eq!(decode_base64("a-b"), None);
        assert_eq!(decode_base64(""), None);
    }

    #[test]
    fn parses_freedict_entry_bodies() {
        let talk =
            "talk /tɔːk/ <n>\n1. bicara, bincang\nconversation\n2. bicara, kuliah\nlecture\n";
        assert_eq!(
            translations(talk),
            ["bicara", "bincang", "bicara", "kuliah"]
        );
        let aback = "aback //əˈbæk// <adv>\nmundur\n";
        assert_eq!(translations(aback), ["mundur"]);
        let gehen = "gehen /ɡeːn/ <v>\n1. aller, marcher 2.\nsich fortbewegen\n 3.\nmit einem Infinitiv\n2. partir, aller\neinen Ort verlassen\n";
        assert_eq!(translations(gehen), ["aller", "marcher", "partir", "aller"]);
        let ceasefire = "cease-fire /sˈiːs/ <n>\ngencatan senjata\nin warfare, an agreed end\n";
        assert_eq!(translations(ceasefire), ["gencatan senjata"]);
    }

    #[test]
    fn languages_from_freedict_names() {
        assert_eq!(
            langs_from_name(Path::new("/usr/share/dictd/freedict-eng-ind.index")),
            (Lang::En, Lang::Id)
        );
        assert_eq!(
            langs_from_name(Path::new("freedict-deu-fra.index")),
            (Lang::Other("de".into()), Lang::Other("fr".into()))
        );
    }
}
