//! Site boilerplate that news pages insert into articles: "Baca juga:", "MEMBACA", link lists.

use selaras_lexicon::fold;

/// Openings of boilerplate lines, folded (Indonesian and English news sites).
const OPENINGS: &[&str] = &[
    "baca juga",
    "membaca",
    "simak juga",
    "simak",
    "lihat juga",
    "baca selengkapnya",
    "berita terkait",
    "artikel terkait",
    "klik di sini",
    "ikuti kami",
    "ikuti juga",
    "tonton juga",
    "scroll untuk",
    "advertisement",
    "iklan",
    "read also",
    "read more",
    "see also",
    "related",
    "also read",
    "watch",
    "click here",
    "follow us",
    "subscribe",
    "sign up",
    "share this",
    "copyright",
    "hak cipta",
    "editor",
    "penulis",
    "sumber",
    "source",
    "foto",
    "photo",
];

/// The boilerplate opening that `sentence` starts with, if any (case- and accent-insensitive).
pub fn boilerplate_opening(sentence: &str) -> Option<&'static str> {
    let folded = fold(sentence.trim_start_matches(|c: char| !c.is_alphanumeric()));
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    OPENINGS.iter().copied().find(|opening| {
        let pattern: Vec<&str> = opening.split(' ').collect();
        // A single-word opening must stand alone or end the line's first segment (`Editor:`),
        // or be written in capitals (`MEMBACA`), to avoid words that merely start a sentence.
        words.len() >= pattern.len()
            && words[..pattern.len()] == pattern[..]
            && (pattern.len() > 1 || single_word_marker(sentence, opening))
    })
}

fn single_word_marker(sentence: &str, opening: &str) -> bool {
    let trimmed = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first: String = trimmed
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let rest = trimmed[first.len()..].trim_start_matches([' ', '\u{a0}']);
    fold(&first) == opening
        && (first.chars().all(|c| !c.is_lowercase()) || rest.starts_with(':') || rest.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_news_site_boilerplate() {
        let cases = [
            (
                "MEMBACA\u{a0} Bagian publik dari persidangan Panama Papers berakhir",
                Some("membaca"),
            ),
            ("Baca juga: Harga Cabai Naik Lagi", Some("baca juga")),
            ("Simak juga video berikut", Some("simak juga")),
            ("Read more: Ukraine war latest", Some("read more")),
            ("Editor: Rina", Some("editor")),
            ("Membaca buku membuat anak pintar.", None),
            ("Related talks will continue on Monday.", None),
            ("Sumber daya alam Indonesia melimpah.", None),
            (
                "Zelensky reports progress in peace plan talks with US",
                None,
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(boilerplate_opening(sentence), want, "{sentence}");
        }
    }
}
