//! Reading input files, with errors that name the file and the byte offset.

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use selaras_text::{TextError, decode_utf8};

/// A text input: its name for messages and its content.
#[derive(Debug)]
pub struct TextInput {
    pub name: String,
    pub text: String,
}

/// Reads `path` (`-` for standard input) as UTF-8 text.
pub fn read_text(path: &Path) -> Result<TextInput> {
    let (name, bytes) = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        ("<stdin>".to_string(), bytes)
    } else {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        (path.display().to_string(), bytes)
    };
    let text = match decode_utf8(&bytes) {
        Ok(text) => text.to_string(),
        Err(TextError::InvalidUtf8 { offset }) => {
            let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
            anyhow::bail!("{name}: invalid UTF-8 at byte offset {offset} (line {line})");
        }
        Err(err) => return Err(err).with_context(|| name.clone()),
    };
    Ok(TextInput { name, text })
}

/// Reads a line-oriented file (one sentence or segment per line); a final newline is optional.
pub fn read_lines(path: &Path) -> Result<Vec<String>> {
    let input = read_text(path)?;
    Ok(input
        .text
        .lines()
        .map(|line| line.strip_suffix('\r').unwrap_or(line).to_string())
        .collect())
}
