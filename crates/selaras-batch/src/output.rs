//! Writing kept pairs: as a stream (JSONL or TSV), or at the end of a directory run, the
//! committed chunks concatenated into the corpus files (through the `selaras-corpus` writers).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use selaras::{Alignment, Bead};
use selaras_corpus::{AlignedPair, Format, write_alignment, write_atomically, write_moses};

use crate::journal::Journal;
use crate::{BatchError, PairRecord};

/// Formats of a stream of pairs (standard output).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamFormat {
    /// One [`PairRecord`] per line.
    Jsonl,
    /// `source<TAB>target<TAB>confidence` per line.
    Tsv,
}

/// Formats of a corpus written to a directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirFormat {
    /// `corpus.jsonl`, one [`PairRecord`] per line.
    Jsonl,
    /// `corpus.tsv`: `source<TAB>target<TAB>confidence`.
    Tsv,
    /// Line-parallel `corpus.SRC_LANG` and `corpus.TGT_LANG` (with several language pairs in a
    /// run, `corpus.SRC-TGT.SRC_LANG` and `corpus.SRC-TGT.TGT_LANG` for each).
    Moses,
    /// `corpus.tmx`, TMX 1.4b.
    Tmx,
}

impl DirFormat {
    /// The name used on the command line and in the run's settings.
    pub fn name(self) -> &'static str {
        match self {
            DirFormat::Jsonl => "jsonl",
            DirFormat::Tsv => "tsv",
            DirFormat::Moses => "moses",
            DirFormat::Tmx => "tmx",
        }
    }
}

fn corpus_err(path: &Path) -> impl Fn(std::io::Error) -> selaras_corpus::CorpusError + '_ {
    move |source| selaras_corpus::CorpusError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A record as the corpus writers see it: one bead of one sentence on each side.
fn with_pair<T>(
    record: &PairRecord,
    f: impl FnOnce(&AlignedPair<'_>) -> Result<T, selaras_corpus::CorpusError>,
) -> Result<T, BatchError> {
    let alignment = Alignment {
        beads: vec![Bead {
            confidence: record.confidence,
            ..Bead::new(0..1, 0..1)
        }],
    };
    let (src, tgt) = ([record.src_text.as_str()], [record.tgt_text.as_str()]);
    let pair = AlignedPair {
        src: &src,
        tgt: &tgt,
        src_lang: &record.src_lang,
        tgt_lang: &record.tgt_lang,
        alignment: &alignment,
    };
    Ok(f(&pair)?)
}

/// Writes one record to a stream.
pub(crate) fn write_record(
    format: StreamFormat,
    record: &PairRecord,
    out: &mut dyn Write,
) -> Result<(), BatchError> {
    match format {
        StreamFormat::Jsonl => {
            serde_json::to_writer(&mut *out, record).map_err(|e| BatchError::io("-")(e.into()))?;
            out.write_all(b"\n").map_err(BatchError::io("-"))
        }
        StreamFormat::Tsv => with_pair(record, |pair| write_alignment(Format::Tsv, pair, out)),
    }
}

/// Writes the corpus files of the committed chunks `0..chunks` and returns their names.
pub(crate) fn finalize(
    journal: &Journal,
    chunks: u64,
    format: DirFormat,
) -> Result<Vec<String>, BatchError> {
    match format {
        DirFormat::Jsonl => {
            let path = journal.dir.join("corpus.jsonl");
            write_atomically(&path, |out| {
                for chunk in 0..chunks {
                    let source = journal.records_file(chunk);
                    let mut file = File::open(&source).map_err(corpus_err(&source))?;
                    std::io::copy(&mut file, out).map_err(corpus_err(&path))?;
                }
                Ok(())
            })?;
            Ok(vec!["corpus.jsonl".into()])
        }
        DirFormat::Tsv => {
            let mut file = TempFile::create(journal, "corpus.tsv")?;
            for record in journal.records(chunks) {
                write_record(StreamFormat::Tsv, &record?, &mut file.out)?;
            }
            file.commit(&journal.dir.join("corpus.tsv"))?;
            Ok(vec!["corpus.tsv".into()])
        }
        DirFormat::Tmx => tmx(journal, chunks),
        DirFormat::Moses => moses(journal, chunks),
    }
}

/// A file written under a temporary name in the journal, renamed into place by `commit`.
struct TempFile {
    temp: PathBuf,
    out: BufWriter<File>,
}

impl TempFile {
    fn create(journal: &Journal, name: &str) -> Result<Self, BatchError> {
        let temp = journal.work.join(format!(".{name}.tmp"));
        let file = File::create(&temp).map_err(BatchError::io(&temp))?;
        Ok(Self {
            temp,
            out: BufWriter::new(file),
        })
    }

    fn commit(self, path: &Path) -> Result<(), BatchError> {
        let io = BatchError::io(&self.temp);
        let file = self.out.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(BatchError::io(&self.temp))?;
        std::fs::rename(&self.temp, path).map_err(BatchError::io(path))
    }
}

/// TMX: the corpus writer renders each document (a run of records with one id), and its units
/// are spliced into one file under the first document's header.
struct TmxSplicer {
    file: TempFile,
    tail: Option<String>,
}

impl TmxSplicer {
    fn document(&mut self, group: &[PairRecord]) -> Result<(), BatchError> {
        let (src_lang, tgt_lang) = group.first().map_or(("und", "und"), |r| {
            (r.src_lang.as_str(), r.tgt_lang.as_str())
        });
        let src: Vec<&str> = group.iter().map(|r| r.src_text.as_str()).collect();
        let tgt: Vec<&str> = group.iter().map(|r| r.tgt_text.as_str()).collect();
        let alignment = Alignment {
            beads: group
                .iter()
                .enumerate()
                .map(|(k, r)| Bead {
                    confidence: r.confidence,
                    ..Bead::new(k..k + 1, k..k + 1)
                })
                .collect(),
        };
        let pair = AlignedPair {
            src: &src,
            tgt: &tgt,
            src_lang,
            tgt_lang,
            alignment: &alignment,
        };
        let mut buffer = Vec::new();
        write_alignment(Format::Tmx, &pair, &mut buffer)?;
        let text = String::from_utf8_lossy(&buffer);
        let broken = || BatchError::Corrupt {
            path: PathBuf::from("corpus.tmx"),
            message: "unexpected TMX writer output".into(),
        };
        // `...<body>` | units | `\n  </body>\n</tmx>\n`
        let body = text.find("<body>").ok_or_else(broken)? + "<body>".len();
        let close = text.rfind("</body>").ok_or_else(broken)?;
        let end = text[..close].rfind('\n').ok_or_else(broken)?.max(body);
        let io = BatchError::io(&self.file.temp);
        if self.tail.is_none() {
            self.file
                .out
                .write_all(text[..body].as_bytes())
                .map_err(io)?;
            self.tail = Some(text[end..].to_string());
        } else {
            self.file
                .out
                .write_all(text[body..end].as_bytes())
                .map_err(io)?;
            return Ok(());
        }
        let io = BatchError::io(&self.file.temp);
        self.file
            .out
            .write_all(text[body..end].as_bytes())
            .map_err(io)
    }

    fn finish(mut self, path: &Path) -> Result<(), BatchError> {
        if self.tail.is_none() {
            self.document(&[])?;
        }
        let tail = self.tail.take().unwrap_or_default();
        self.file
            .out
            .write_all(tail.as_bytes())
            .map_err(BatchError::io(&self.file.temp))?;
        self.file.commit(path)
    }
}

fn tmx(journal: &Journal, chunks: u64) -> Result<Vec<String>, BatchError> {
    let mut splicer = TmxSplicer {
        file: TempFile::create(journal, "corpus.tmx")?,
        tail: None,
    };
    let mut group: Vec<PairRecord> = Vec::new();
    for record in journal.records(chunks) {
        let record = record?;
        if group.last().is_some_and(|last| {
            last.doc != record.doc
                || last.src_lang != record.src_lang
                || last.tgt_lang != record.tgt_lang
        }) {
            splicer.document(&group)?;
            group.clear();
        }
        group.push(record);
    }
    if !group.is_empty() {
        splicer.document(&group)?;
    }
    splicer.finish(&journal.dir.join("corpus.tmx"))?;
    Ok(vec!["corpus.tmx".into()])
}

/// Moses: two line-parallel files per language pair of the run.
fn moses(journal: &Journal, chunks: u64) -> Result<Vec<String>, BatchError> {
    let mut files: BTreeMap<(String, String), (TempFile, TempFile)> = BTreeMap::new();
    for record in journal.records(chunks) {
        let record = record?;
        let key = (record.src_lang.clone(), record.tgt_lang.clone());
        if !files.contains_key(&key) {
            let name = format!("corpus.{}-{}", key.0, key.1);
            let pair = (
                TempFile::create(journal, &format!("{name}.src"))?,
                TempFile::create(journal, &format!("{name}.tgt"))?,
            );
            files.insert(key.clone(), pair);
        }
        if let Some((src, tgt)) = files.get_mut(&key) {
            with_pair(&record, |pair| {
                write_moses(pair, &mut src.out, &mut tgt.out)
            })?;
        }
    }
    let single = files.len() == 1;
    let mut names = Vec::new();
    for ((src_lang, tgt_lang), (src, tgt)) in files {
        let (src_name, tgt_name) = if src_lang == tgt_lang {
            let stem = format!("corpus.{src_lang}-{tgt_lang}");
            (format!("{stem}.src"), format!("{stem}.tgt"))
        } else if single {
            (format!("corpus.{src_lang}"), format!("corpus.{tgt_lang}"))
        } else {
            let stem = format!("corpus.{src_lang}-{tgt_lang}");
            (format!("{stem}.{src_lang}"), format!("{stem}.{tgt_lang}"))
        };
        src.commit(&journal.dir.join(&src_name))?;
        tgt.commit(&journal.dir.join(&tgt_name))?;
        names.extend([src_name, tgt_name]);
    }
    Ok(names)
}
