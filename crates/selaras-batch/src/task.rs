//! The documents of a run: a manifest (TSV or JSONL), a directory of pairs, or a JSONL stream
//! with the texts inline. Tasks are read lazily, so a manifest of millions of lines is never in
//! memory at once.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use selaras::Lang;
use serde_json::Value;

use crate::{BatchError, FailureKind};

/// One side of a pair: a file, or the text itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Side {
    /// A file to read.
    Path(PathBuf),
    /// The text, inline.
    Inline(String),
}

/// What a task asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskSpec {
    /// The original.
    pub src: Side,
    /// The translation.
    pub tgt: Side,
    /// The original's language, when the input names it.
    pub src_lang: Option<Lang>,
    /// The translation's language, when the input names it.
    pub tgt_lang: Option<Lang>,
}

/// One document pair of the run, numbered in input order.
#[derive(Debug, Clone, PartialEq)]
pub struct Task {
    /// Position in the input (0-based, counting tasks, not lines).
    pub index: u64,
    /// The document's id.
    pub id: String,
    /// The pair, or why the input line could not be understood.
    pub spec: Result<TaskSpec, (FailureKind, String)>,
}

/// The tasks of a run, in input order.
pub struct Tasks {
    inner: Box<dyn Iterator<Item = Result<Task, BatchError>>>,
}

impl std::fmt::Debug for Tasks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tasks").finish_non_exhaustive()
    }
}

impl Iterator for Tasks {
    type Item = Result<Task, BatchError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.inner.next()
    }
}

fn parse_lang(tag: &str) -> Result<Option<Lang>, (FailureKind, String)> {
    let tag = tag.trim();
    if tag.is_empty() || tag.eq_ignore_ascii_case("auto") {
        return Ok(None);
    }
    tag.parse::<Lang>()
        .map(Some)
        .map_err(|e| (FailureKind::BadInput, format!("bad language {tag:?}: {e}")))
}

fn resolve(base: &Path, path: &str) -> PathBuf {
    let path = Path::new(path);
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    }
}

/// One JSON line: `{"id", "src"|"src_path", "tgt"|"tgt_path", "src_lang"?, "tgt_lang"?}`.
fn parse_json(
    line: &str,
    number: u64,
    base: &Path,
) -> (String, Result<TaskSpec, (FailureKind, String)>) {
    let fallback = format!("line {number}");
    let value: Value = match serde_json::from_str(line) {
        Ok(value) => value,
        Err(e) => {
            return (
                fallback,
                Err((
                    FailureKind::BadInput,
                    format!("line {number}: invalid JSON: {e}"),
                )),
            );
        }
    };
    let id = match value.get("id") {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => fallback,
    };
    let side = |inline: &str, path: &str| -> Result<Side, (FailureKind, String)> {
        match (value.get(inline), value.get(path)) {
            (Some(Value::String(text)), _) => Ok(Side::Inline(text.clone())),
            (_, Some(Value::String(p))) => Ok(Side::Path(resolve(base, p))),
            _ => Err((
                FailureKind::BadInput,
                format!(
                    "line {number}: needs \"{inline}\" (text) or \"{path}\" (a file) as a string"
                ),
            )),
        }
    };
    let lang = |key: &str| match value.get(key) {
        Some(Value::String(tag)) => parse_lang(tag),
        Some(Value::Null) | None => Ok(None),
        Some(other) => Err((
            FailureKind::BadInput,
            format!("line {number}: {key} {other} is not a string"),
        )),
    };
    let spec = (|| {
        Ok(TaskSpec {
            src: side("src", "src_path")?,
            tgt: side("tgt", "tgt_path")?,
            src_lang: lang("src_lang")?,
            tgt_lang: lang("tgt_lang")?,
        })
    })();
    (id, spec)
}

/// One TSV line: `id<TAB>source path<TAB>translation path[<TAB>src_lang<TAB>tgt_lang]`.
fn parse_tsv(
    line: &str,
    number: u64,
    base: &Path,
) -> (String, Result<TaskSpec, (FailureKind, String)>) {
    let fields: Vec<&str> = line.split('\t').collect();
    if !(fields.len() == 3 || fields.len() == 5) {
        return (
            format!("line {number}"),
            Err((
                FailureKind::BadInput,
                format!(
                    "line {number}: expected id, source path, translation path and optionally two languages, tab-separated; found {} fields",
                    fields.len()
                ),
            )),
        );
    }
    let id = fields[0].to_string();
    let spec = (|| {
        Ok(TaskSpec {
            src: Side::Path(resolve(base, fields[1])),
            tgt: Side::Path(resolve(base, fields[2])),
            src_lang: fields.get(3).map_or(Ok(None), |t| parse_lang(t))?,
            tgt_lang: fields.get(4).map_or(Ok(None), |t| parse_lang(t))?,
        })
    })();
    (id, spec)
}

impl Tasks {
    /// Tasks from lines of JSON objects or TSV rows (each line is read by its first character:
    /// `{` starts JSON). Blank lines, `#` comments and a TSV header (`id<TAB>...`) are skipped;
    /// relative paths are read from `base`.
    pub fn from_reader(reader: impl Read + 'static, base: PathBuf) -> Tasks {
        let mut reader = BufReader::new(reader);
        let mut number = 0u64;
        let mut index = 0u64;
        let mut buf = Vec::new();
        let inner = std::iter::from_fn(move || {
            loop {
                buf.clear();
                match reader.read_until(b'\n', &mut buf) {
                    Ok(0) => return None,
                    Ok(_) => {}
                    Err(e) => return Some(Err(BatchError::io("-")(e))),
                }
                number += 1;
                let (id, spec) = match std::str::from_utf8(&buf) {
                    Err(e) => (
                        format!("line {number}"),
                        Err((
                            FailureKind::InvalidUtf8,
                            format!(
                                "line {number}: invalid UTF-8 at byte offset {} of the line",
                                e.valid_up_to()
                            ),
                        )),
                    ),
                    Ok(line) => {
                        let line = line.trim_end_matches(['\n', '\r']);
                        let trimmed = line.trim_start();
                        if trimmed.is_empty() || trimmed.starts_with('#') {
                            continue;
                        }
                        if trimmed.starts_with('{') {
                            parse_json(line, number, &base)
                        } else {
                            if index == 0 && line.split('\t').next() == Some("id") {
                                continue;
                            }
                            parse_tsv(line, number, &base)
                        }
                    }
                };
                let task = Task { index, id, spec };
                index += 1;
                return Some(Ok(task));
            }
        });
        Tasks {
            inner: Box::new(inner),
        }
    }

    /// Tasks from a manifest file; relative paths in it are read from its folder.
    pub fn from_manifest(path: &Path) -> Result<Tasks, BatchError> {
        let file = std::fs::File::open(path).map_err(BatchError::io(path))?;
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        Ok(Tasks::from_reader(file, base))
    }

    /// Tasks from a directory of pairs `NAME.SRC_EXT` + `NAME.TGT_EXT`, in name order (a name
    /// with one side only is a task whose other side is missing).
    pub fn from_directory(dir: &Path, src_ext: &str, tgt_ext: &str) -> Result<Tasks, BatchError> {
        let mut names = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).map_err(BatchError::io(dir))? {
            let path = entry.map_err(BatchError::io(dir))?.path();
            let (Some(stem), Some(ext)) = (path.file_stem(), path.extension()) else {
                continue;
            };
            if (ext == src_ext || ext == tgt_ext) && path.is_file() {
                names.insert(stem.to_string_lossy().into_owned());
            }
        }
        let lang = |ext: &str| ext.parse::<Lang>().ok();
        let (src_lang, tgt_lang) = (lang(src_ext), lang(tgt_ext));
        let (dir, src_ext, tgt_ext) = (dir.to_path_buf(), src_ext.to_string(), tgt_ext.to_string());
        let inner = names.into_iter().enumerate().map(move |(index, name)| {
            Ok(Task {
                index: index as u64,
                spec: Ok(TaskSpec {
                    src: Side::Path(dir.join(format!("{name}.{src_ext}"))),
                    tgt: Side::Path(dir.join(format!("{name}.{tgt_ext}"))),
                    src_lang: src_lang.clone(),
                    tgt_lang: tgt_lang.clone(),
                }),
                id: name,
            })
        });
        Ok(Tasks {
            inner: Box::new(inner),
        })
    }

    /// Tasks from any iterator (for callers that build their own).
    pub fn from_tasks(tasks: impl Iterator<Item = Task> + 'static) -> Tasks {
        Tasks {
            inner: Box::new(tasks.map(Ok)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_and_tsv_lines() {
        let input = "id\tsrc\ttgt\n# comment\n\na\tx.en\t/abs/x.id\nb\tx.en\tx.id\ten\tid\n{\"id\":7,\"src\":\"A.\",\"tgt\":\"B.\",\"src_lang\":\"en\"}\nbroken line\n{oops\n";
        let tasks: Vec<Task> =
            Tasks::from_reader(std::io::Cursor::new(input.to_string()), "/m".into())
                .collect::<Result<_, _>>()
                .expect("read");
        let ids: Vec<&str> = tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "7", "line 7", "line 8"]);
        let a = tasks[0].spec.as_ref().expect("a");
        assert_eq!(a.src, Side::Path("/m/x.en".into()));
        assert_eq!(a.tgt, Side::Path("/abs/x.id".into()));
        assert_eq!(tasks[1].spec.as_ref().expect("b").tgt_lang, Some(Lang::Id));
        let c = tasks[2].spec.as_ref().expect("c");
        assert_eq!(
            (c.src.clone(), c.src_lang.clone()),
            (Side::Inline("A.".into()), Some(Lang::En))
        );
        assert!(tasks[3].spec.is_err() && tasks[4].spec.is_err());
        assert_eq!(tasks[4].index, 4);
    }
}
