//! vecalign's bead format: `[0, 1]:[2]:0.873` (source indices, target indices, optional score).

use std::fmt::Write as _;
use std::ops::Range;

use crate::{AlignError, Alignment, Bead};

/// A bead as read from a ladder file: source and target index lists.
pub type IndexBead = (Vec<usize>, Vec<usize>);

/// Formats one bead as `[0, 1]:[2]:0.873`.
pub fn format_bead(bead: &Bead) -> String {
    let mut line = String::new();
    push_indices(&mut line, &bead.src);
    line.push(':');
    push_indices(&mut line, &bead.tgt);
    let _ = write!(line, ":{:.3}", bead.confidence);
    line
}

fn push_indices(out: &mut String, range: &Range<usize>) {
    out.push('[');
    for (k, i) in range.clone().enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{i}");
    }
    out.push(']');
}

/// Parses ladder text. Blank lines are skipped; each other line needs two `:`-separated index
/// lists (a third field, the score, becomes the bead's confidence). Indices in a list must be
/// consecutive.
pub fn parse_ladder(text: &str) -> Result<Vec<IndexBead>, AlignError> {
    // A UTF-8 byte order mark (as some editors write) is not part of the first bead.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut beads = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let error = |message: String| AlignError::Ladder {
            line: number,
            message,
        };
        let fields: Vec<&str> = line.split(':').map(str::trim).collect();
        if fields.len() < 2 || fields.len() > 3 {
            return Err(error(format!(
                "expected `[src]:[tgt]` or `[src]:[tgt]:score`, found {line:?}"
            )));
        }
        let src = parse_list(fields[0]).map_err(&error)?;
        let tgt = parse_list(fields[1]).map_err(&error)?;
        if let Some(score) = fields.get(2)
            && score.parse::<f64>().is_err()
        {
            return Err(error(format!("the score {score:?} is not a number")));
        }
        beads.push((src, tgt));
    }
    Ok(beads)
}

fn parse_list(field: &str) -> Result<Vec<usize>, String> {
    let inner = field
        .strip_prefix('[')
        .and_then(|f| f.strip_suffix(']'))
        .ok_or_else(|| format!("{field:?} is not a bracketed index list like [0, 1]"))?;
    if inner.trim().is_empty() {
        return Ok(Vec::new());
    }
    inner
        .split(',')
        .map(|n| {
            n.trim()
                .parse::<usize>()
                .map_err(|_| format!("{:?} is not a sentence index", n.trim()))
        })
        .collect()
}

/// Turns parsed beads into an [`Alignment`] of ranges; each list must be consecutive.
pub fn to_alignment(beads: &[IndexBead]) -> Result<Alignment, AlignError> {
    let range = |list: &[usize], line: usize| -> Result<Range<usize>, AlignError> {
        match list {
            [] => Ok(0..0),
            [first, ..] => {
                if list.windows(2).any(|w| w[1] != w[0] + 1) {
                    return Err(AlignError::Ladder {
                        line,
                        message: format!("indices {list:?} are not consecutive"),
                    });
                }
                Ok(*first..first + list.len())
            }
        }
    };
    let mut out = Vec::with_capacity(beads.len());
    for (k, (src, tgt)) in beads.iter().enumerate() {
        out.push(Bead::new(range(src, k + 1)?, range(tgt, k + 1)?));
    }
    Ok(Alignment { beads: out })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_beads() {
        let bead = Bead {
            src: 13..15,
            tgt: 15..16,
            confidence: 0.8734,
        };
        assert_eq!(format_bead(&bead), "[13, 14]:[15]:0.873");
        assert_eq!(format_bead(&Bead::new(17..17, 17..17)), "[]:[]:1.000");
        let parsed = parse_ladder("[13, 14]:[15]:0.873\n\n[]:[14]\n[17]:[]\n").expect("parse");
        assert_eq!(
            parsed,
            vec![
                (vec![13, 14], vec![15]),
                (vec![], vec![14]),
                (vec![17], vec![])
            ]
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        assert_eq!(
            parse_ladder("\u{feff}[0]:[0]\n[1, 2]:[1]\n").expect("parse"),
            parse_ladder("[0]:[0]\n[1, 2]:[1]\n").expect("parse")
        );
    }

    #[test]
    fn malformed_lines_name_their_number() {
        for (text, line) in [
            ("[0]:[0]\n[1]-[1]\n", 2),
            ("[0]:[x]\n", 1),
            ("[0]:[0]\n\n[1]:[1]:abc\n", 3),
            ("0:[1]\n", 1),
        ] {
            match parse_ladder(text) {
                Err(AlignError::Ladder { line: got, .. }) => assert_eq!(got, line, "{text:?}"),
                other => panic!("{text:?}: expected an error, got {other:?}"),
            }
        }
    }
}
