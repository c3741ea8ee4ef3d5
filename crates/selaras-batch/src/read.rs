//! Reading one side of a document pair, with a reason a person can act on when it fails.

use std::path::Path;

use selaras::stages::text::decode_utf8;
use serde::{Deserialize, Serialize};

/// What went wrong with a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FailureKind {
    /// A file that does not exist.
    MissingFile,
    /// A file that exists but cannot be read.
    Unreadable,
    /// Bytes that are not UTF-8.
    InvalidUtf8,
    /// A file with NUL bytes.
    Binary,
    /// A side with no text.
    Empty,
    /// A manifest line or stream record that cannot be understood.
    BadInput,
    /// The pipeline refused the pair (a lexicon for other languages, an internal error).
    Pipeline,
}

/// A document that was skipped, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    /// The document's id.
    pub id: String,
    /// The kind of failure.
    pub kind: FailureKind,
    /// The reason, naming the file and the byte offset where there is one.
    pub reason: String,
}

/// Checks text already in memory (an inline side): no NUL bytes, not empty.
pub(crate) fn check_text(name: &str, text: &str) -> Result<(), (FailureKind, String)> {
    if let Some(offset) = text.bytes().position(|b| b == 0) {
        return Err((
            FailureKind::Binary,
            format!("{name}: binary data (NUL byte at offset {offset})"),
        ));
    }
    if text.trim().is_empty() {
        return Err((FailureKind::Empty, format!("{name}: empty document")));
    }
    Ok(())
}

/// Reads a side from `path`: a missing file, a binary file (a NUL byte), invalid UTF-8 (with
/// the byte offset and line) and an empty file are failures with their reason.
pub fn read_side(path: &Path) -> Result<String, (FailureKind, String)> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => (FailureKind::MissingFile, format!("{name}: no such file")),
        _ => (FailureKind::Unreadable, format!("{name}: {e}")),
    })?;
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err((
            FailureKind::Binary,
            format!("{name}: binary file (NUL byte at offset {offset})"),
        ));
    }
    let text = decode_utf8(&bytes).map_err(|_| {
        let offset = std::str::from_utf8(&bytes)
            .err()
            .map_or(0, |e| e.valid_up_to());
        let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
        (
            FailureKind::InvalidUtf8,
            format!("{name}: invalid UTF-8 at byte offset {offset} (line {line})"),
        )
    })?;
    check_text(&name, text)?;
    Ok(text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_name_their_reason() {
        let dir = tempfile::tempdir().expect("temp dir");
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).expect("write");
            path
        };
        let cases: [(&str, &[u8], FailureKind, &str); 4] = [
            (
                "utf8",
                b"Kyiv\n\xffx",
                FailureKind::InvalidUtf8,
                "byte offset 5 (line 2)",
            ),
            (
                "bin",
                b"\x7fELF\x00\x01",
                FailureKind::Binary,
                "NUL byte at offset 4",
            ),
            ("empty", b" \n\n", FailureKind::Empty, "empty"),
            ("ok", b"Kyiv.", FailureKind::Empty, ""),
        ];
        for (name, bytes, kind, needle) in cases {
            let result = read_side(&write(name, bytes));
            if name == "ok" {
                assert_eq!(result.as_deref(), Ok("Kyiv."));
                continue;
            }
            let (got, reason) = result.expect_err(name);
            assert_eq!(got, kind, "{name}");
            assert!(reason.contains(needle), "{name}: {reason}");
        }
        let (kind, _) = read_side(&dir.path().join("nope")).expect_err("missing");
        assert_eq!(kind, FailureKind::MissingFile);
    }
}
