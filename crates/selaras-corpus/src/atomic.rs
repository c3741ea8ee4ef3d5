use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::CorpusError;

/// Writes `path` through `write`, into a temporary file beside it that is renamed into place
/// only when everything was written: a failure leaves no partial file behind.
pub fn write_atomically<F>(path: &Path, write: F) -> Result<(), CorpusError>
where
    F: FnOnce(&mut dyn Write) -> Result<(), CorpusError>,
{
    let io = |source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    };
    let temp = temp_path(path);
    let result = (|| {
        let file = File::create(&temp).map_err(io)?;
        let mut out = BufWriter::new(file);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        std::fs::rename(&temp, path).map_err(io)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    path.with_file_name(format!(".{name}.tmp{}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_leaves_no_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.tsv");
        let result = write_atomically(&path, |out| {
            out.write_all(b"partial").map_err(CorpusError::stdout)?;
            Err(CorpusError::Xml("stop".into()))
        });
        assert!(result.is_err());
        assert!(!path.exists());
        assert_eq!(std::fs::read_dir(dir.path()).expect("dir").count(), 0);
    }

    #[test]
    fn success_renames_into_place() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("out.tsv");
        write_atomically(&path, |out| {
            out.write_all(b"a\tb\n").map_err(CorpusError::stdout)
        })
        .expect("write");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "a\tb\n");
    }
}
