//! The lexicon's own TSV format.
//!
//! ```text
//! # selaras-lexicon/1 id en
//! gencatan senjata<TAB>ceasefire<TAB>1
//! rumah<TAB>house<TAB>0.82
//! ```
//! The header names the left and right languages; without it both are undetermined (`und`) and
//! the lexicon fits any document pair, left = source. Other lines starting with `#` are comments.
//! The third column (weight in (0, 1]) is optional and defaults to 1.

use std::io::Write;
use std::path::Path;

use selaras_text::Lang;

use super::Lexicon;
use crate::LexiconError;

const HEADER: &str = "# selaras-lexicon/1";

/// Reads a lexicon TSV file.
pub fn read_tsv(path: &Path) -> Result<Lexicon, LexiconError> {
    let bytes = std::fs::read(path).map_err(|e| LexiconError::io(path, e))?;
    let text = std::str::from_utf8(&bytes).map_err(|e| LexiconError::Utf8 {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    parse_tsv(text, path)
}

/// Parses lexicon TSV text; `path` names the source in errors.
pub(crate) fn parse_tsv(text: &str, path: &Path) -> Result<Lexicon, LexiconError> {
    // A UTF-8 byte order mark (as some editors write) is not part of the first entry.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().enumerate().peekable();
    let mut lexicon = Lexicon::new(Lang::undetermined(), Lang::undetermined());
    if let Some((_, first)) = lines.peek()
        && let Some(langs) = first.strip_prefix(HEADER)
    {
        let mut codes = langs.split_whitespace();
        let (Some(left), Some(right), None) = (codes.next(), codes.next(), codes.next()) else {
            return Err(LexiconError::parse(
                path,
                1,
                "the header must name two languages",
            ));
        };
        let parse = |code: &str| {
            code.parse::<Lang>()
                .map_err(|e| LexiconError::parse(path, 1, e.to_string()))
        };
        lexicon = Lexicon::new(parse(left)?, parse(right)?);
        lines.next();
    }
    for (index, line) in lines {
        let number = index + 1;
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut fields = line.split('\t');
        let (left, right) = match (fields.next(), fields.next()) {
            (Some(left), Some(right)) if !left.trim().is_empty() && !right.trim().is_empty() => {
                (left, right)
            }
            _ => {
                return Err(LexiconError::parse(
                    path,
                    number,
                    format!("expected `left<TAB>right[<TAB>weight]`, found {line:?}"),
                ));
            }
        };
        let weight = match fields.next() {
            None => 1.0,
            Some(field) => match field.trim().parse::<f32>() {
                Ok(w) if w > 0.0 && w <= 1.0 => w,
                _ => {
                    return Err(LexiconError::parse(
                        path,
                        number,
                        format!("the weight must be a number in (0, 1], found {field:?}"),
                    ));
                }
            },
        };
        if fields.next().is_some() {
            return Err(LexiconError::parse(path, number, "more than three columns"));
        }
        lexicon.insert(left, right, weight);
    }
    Ok(lexicon)
}

/// Writes `lexicon` as TSV to `path`, atomically (a temporary file renamed into place).
pub fn write_tsv(lexicon: &Lexicon, path: &Path) -> Result<(), LexiconError> {
    let io = |e| LexiconError::io(path, e);
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let file_name = path.file_name().map_or_else(
        || "lexicon.tsv".into(),
        |name| name.to_string_lossy().into_owned(),
    );
    let temp = dir.join(format!(".{file_name}.tmp{}", std::process::id()));
    let result = (|| {
        let file = std::fs::File::create(&temp)?;
        let mut out = std::io::BufWriter::new(file);
        writeln!(
            out,
            "{HEADER} {} {}",
            lexicon.left_lang(),
            lexicon.right_lang()
        )?;
        for entry in lexicon.entries() {
            writeln!(out, "{}\t{}\t{}", entry.left, entry.right, entry.weight)?;
        }
        out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result.map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_a_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("lex.tsv");
        let mut lexicon = Lexicon::new(Lang::Id, Lang::En);
        lexicon.insert("gencatan senjata", "ceasefire", 1.0);
        lexicon.insert("rumah", "house", 0.5);
        write_tsv(&lexicon, &path).expect("write");
        let back = read_tsv(&path).expect("read");
        assert_eq!(back.left_lang(), &Lang::Id);
        assert_eq!(back.right_lang(), &Lang::En);
        assert_eq!(back.entries(), lexicon.entries());
    }

    #[test]
    fn malformed_lines_name_the_line() {
        let cases = [
            ("# selaras-lexicon/1 id en\nrumah\thouse\nrusak\n", 3),
            ("rumah\thouse\t2\n", 1),
            ("rumah\thouse\tsatu\n", 1),
            ("\n\nrumah\t\n", 3),
            ("a\tb\t1\tx\n", 1),
            ("# selaras-lexicon/1 id\n", 1),
        ];
        for (text, want_line) in cases {
            match parse_tsv(text, Path::new("lex.tsv")) {
                Err(LexiconError::Parse { line, .. }) => assert_eq!(line, want_line, "{text:?}"),
                other => panic!("{text:?}: expected a parse error, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_first_entry() {
        for text in [
            "\u{feff}rumah\thouse\n",
            "\u{feff}# selaras-lexicon/1 id en\nrumah\thouse\n",
        ] {
            let with = parse_tsv(text, Path::new("x")).expect("parse");
            let without =
                parse_tsv(text.trim_start_matches('\u{feff}'), Path::new("x")).expect("parse");
            assert_eq!(with.entries(), without.entries(), "{text:?}");
            assert_eq!(with.left_lang(), without.left_lang(), "{text:?}");
        }
    }

    #[test]
    fn headerless_file_is_undetermined() {
        let lexicon = parse_tsv("Haus\tmaison\n", Path::new("x")).expect("parse");
        assert_eq!(lexicon.left_lang(), &Lang::undetermined());
        assert_eq!(
            lexicon.fits(&Lang::Other("de".into()), &Lang::Other("fr".into())),
            Some(false)
        );
    }
}
