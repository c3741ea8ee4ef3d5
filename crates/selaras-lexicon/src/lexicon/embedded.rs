//! The lexicon compiled into the binary: FreeDict English-Indonesian (converted by
//! `selaras lexicon import`) and the team's supplement of frequent words and news vocabulary.

use std::path::Path;
use std::sync::OnceLock;

use selaras_text::Lang;

use super::Lexicon;
use super::tsv::parse_tsv;

const FREEDICT: &str = include_str!("../../data/freedict-eng-ind.tsv");
const SUPPLEMENT: &str = include_str!("../../data/supplement-id-en.tsv");

/// The embedded Indonesian-English lexicon (left = Indonesian, right = English).
pub fn embedded_id_en() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lexicon = Lexicon::new(Lang::Id, Lang::En);
        for (name, text) in [
            ("supplement-id-en.tsv", SUPPLEMENT),
            ("freedict-eng-ind.tsv", FREEDICT),
        ] {
            // Both files are checked by this crate's tests; a failure here is a build defect.
            let part = parse_tsv(text, Path::new(name))
                .unwrap_or_else(|e| panic!("embedded lexicon {name} is malformed: {e}"));
            lexicon
                .extend(&part)
                .unwrap_or_else(|e| panic!("embedded lexicon {name}: {e}"));
        }
        lexicon
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_files_parse_with_their_languages() {
        let freedict = parse_tsv(FREEDICT, Path::new("freedict")).expect("freedict parses");
        assert_eq!(
            (freedict.left_lang(), freedict.right_lang()),
            (&Lang::En, &Lang::Id)
        );
        assert!(freedict.len() > 14_000, "{} entries", freedict.len());
        let supplement = parse_tsv(SUPPLEMENT, Path::new("supplement")).expect("supplement parses");
        assert_eq!(
            (supplement.left_lang(), supplement.right_lang()),
            (&Lang::Id, &Lang::En)
        );
        assert!(supplement.len() > 500, "{} entries", supplement.len());
    }

    #[test]
    fn knows_news_vocabulary_and_names_that_differ() {
        let lexicon = embedded_id_en();
        let cases = [
            ("gencatan", "ceasefire"),
            ("as", "us"),
            ("pbb", "un"),
            ("moskow", "moscow"),
            ("prancis", "france"),
            ("inggris", "uk"),
            ("jerman", "germany"),
            ("pejabat", "official"),
            ("perundingan", "talk"),
            ("senin", "monday"),
            ("desember", "december"),
            ("rumah", "house"),
        ];
        for (id, en) in cases {
            let found = lexicon.left_to_right(id).iter().any(|(w, _)| w == en);
            assert!(found, "{id} -> {en} missing");
        }
    }
}
