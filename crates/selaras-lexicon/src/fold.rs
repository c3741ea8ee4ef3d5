//! Case and diacritic folding for matching.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases `word` and removes diacritics (`Müller` → `muller`, `Zelenskyy` stays), and maps
/// typographic apostrophes to `'`.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    word.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| {
            if matches!(c, '’' | '‘' | 'ʼ') {
                '\''
            } else {
                c
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn folds_case_and_diacritics() {
        let cases = [
            ("Zelensky", "zelensky"),
            ("COMPLÉMENTAIRES", "complementaires"),
            ("Müller", "muller"),
            ("Ukraine’s", "ukraine's"),
            ("Kyiv", "kyiv"),
            ("ẞ", "ß"),
        ];
        for (word, want) in cases {
            assert_eq!(fold(word), want, "{word}");
        }
    }
}
