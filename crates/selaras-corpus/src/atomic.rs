use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::CorpusError;

/// Writes `path` through `write`, into a temporary file beside it that is renamed into place
/// only when everything was written: a failure leaves no partial file behind.
///
/// A symbolic link is followed: its target is replaced, the link stays. A FIFO or a device
/// file is written through directly (it cannot be replaced). An existing regular file keeps
/// its permissions. Errors name `path`.
pub fn write_atomically<F>(path: &Path, write: F) -> Result<(), CorpusError>
where
    F: FnOnce(&mut dyn Write) -> Result<(), CorpusError>,
{
    let io = |source| CorpusError::Io {
        path: path.to_path_buf(),
        source,
    };
    // Errors of the writer itself are reported under `-` by the formats: name the real file.
    let name = |err: CorpusError| match err {
        CorpusError::Io { source, .. } => io(source),
        other => other,
    };
    let target = resolve_links(path).map_err(io)?;
    let existing = std::fs::metadata(&target).ok();
    if existing.as_ref().is_some_and(is_special) {
        let file = OpenOptions::new().write(true).open(&target).map_err(io)?;
        let mut out = BufWriter::new(file);
        write(&mut out).map_err(name)?;
        out.flush().map_err(io)?;
        return Ok(());
    }
    let temp = temp_path(&target);
    let result = (|| {
        let file = File::create(&temp).map_err(io)?;
        if let Some(meta) = existing.as_ref().filter(|m| m.is_file()) {
            file.set_permissions(meta.permissions()).map_err(io)?;
        }
        let mut out = BufWriter::new(file);
        write(&mut out).map_err(name)?;
        let file = out.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        std::fs::rename(&temp, &target).map_err(io)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Follows symbolic links from `path` to the file they finally name (which may not exist yet).
fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// A FIFO, a character or a block device: written through, never replaced.
#[cfg(unix)]
fn is_special(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    let kind = meta.file_type();
    kind.is_fifo() || kind.is_char_device() || kind.is_block_device()
}

#[cfg(not(unix))]
fn is_special(_meta: &std::fs::Metadata) -> bool {
    false
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
