//! Reads sentences, one per line, on stdin and prints one JSON line per sentence:
//! `{"ids":[...],"embedding":[...]}`. Used by `scripts/crosscheck_embed.py`.
//!
//! Lines are split at `\n` only (a `\r` stays part of the sentence).
//!
//! `printf 'Hello world\n' | cargo run --release -p selaras-embed --example embed_jsonl`

use std::io::{BufWriter, Read, Write};

use selaras_embed::Encoder;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let mut lines: Vec<&str> = input.split('\n').collect();
    if lines.last() == Some(&"") {
        lines.pop();
    }
    let encoder = Encoder::embedded()?;
    let embeddings = encoder.embed(&lines);
    let mut out = BufWriter::new(std::io::stdout().lock());
    for (line, row) in lines.iter().zip(embeddings.iter()) {
        let record = serde_json::json!({ "ids": encoder.tokenize(line), "embedding": row });
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(())
}
