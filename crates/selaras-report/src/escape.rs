//! HTML escaping: every piece of document text, file name and message goes through [`escape`],
//! in element content and in (always double-quoted) attribute values alike.

use std::fmt::{self, Write};

/// Text made safe for HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and
/// `'` become character references, so nothing in it can open a tag, close an attribute or
/// start an entity.
#[derive(Debug, Clone, Copy)]
pub struct Escaped<'a>(pub &'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            let entity = match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            };
            f.write_str(entity)?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// `text` escaped for HTML content or a quoted attribute value.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Writing to a String cannot fail.
    let _ = write!(out, "{}", Escaped(text));
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_quotes() {
        let cases = [
            ("plain", "plain", "plain"),
            (
                "script",
                "<script>x</script>",
                "&lt;script&gt;x&lt;/script&gt;",
            ),
            (
                "attribute breakout",
                "\"><img src=x onerror='a'>",
                "&quot;&gt;&lt;img src=x onerror=&#39;a&#39;&gt;",
            ),
            ("entity", "&amp; &#x3c;", "&amp;amp; &amp;#x3c;"),
            (
                "unicode kept",
                "Zelenskyy “kata” — é",
                "Zelenskyy “kata” — é",
            ),
            ("empty", "", ""),
        ];
        for (name, input, expected) in cases {
            assert_eq!(escape(input), expected, "{name}");
        }
    }
}
