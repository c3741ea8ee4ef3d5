//! Number parsing in both locales, number words and ordinals.

use selaras_lexicon::{find_numbers, parse_number};
use selaras_text::{Lang, tokenize};

#[test]
fn digits_parse_in_each_locale() {
    let cases: &[(&str, &str, f64)] = &[
        // Indonesian: `.` groups thousands, `,` is the decimal mark.
        ("id", "653", 653.0),
        ("id", "51", 51.0),
        ("id", "1.000", 1000.0),
        ("id", "1.000.000", 1_000_000.0),
        ("id", "12.500", 12_500.0),
        ("id", "2,5", 2.5),
        ("id", "0,75", 0.75),
        ("id", "1.250,5", 1250.5),
        ("id", "3.5", 3.5),
        ("id", "10.30", 10.3),
        ("id", "2025", 2025.0),
        ("id", "100.000.000", 100_000_000.0),
        ("id", "7,25", 7.25),
        ("id", "1.234.567,89", 1_234_567.89),
        // English: `,` groups thousands, `.` is the decimal mark.
        ("en", "653", 653.0),
        ("en", "1,000", 1000.0),
        ("en", "1,000,000", 1_000_000.0),
        ("en", "2.5", 2.5),
        ("en", "0.75", 0.75),
        ("en", "1,250.5", 1250.5),
        ("en", "3rd", 3.0),
        ("en", "21st", 21.0),
        ("en", "2nd", 2.0),
        ("en", "10th", 10.0),
        ("en", "2,5", 2.5),
        ("en", "12,500", 12_500.0),
        ("en", "1,234,567.89", 1_234_567.89),
        ("en", "2025", 2025.0),
        // Generic rules follow the continental convention.
        ("de", "1.000", 1000.0),
        ("fr", "2,5", 2.5),
    ];
    for &(lang, text, want) in cases {
        let lang: Lang = lang.parse().expect("lang");
        assert_eq!(parse_number(text, &lang), Some(want), "{lang} {text}");
    }
}

#[test]
fn malformed_digits_are_not_numbers() {
    for text in ["", "abc", "1.2.3,4,5", "12abc", "x12"] {
        assert_eq!(parse_number(text, &Lang::Id), None, "{text:?}");
    }
}

fn values(text: &str, lang: Lang) -> Vec<(f64, bool)> {
    let tokens = tokenize(text);
    find_numbers(text, &tokens, &lang)
        .iter()
        .map(|m| (m.value, m.ordinal))
        .collect()
}

/// (language, sentence, expected (value, ordinal) mentions).
type SentenceCase = (&'static str, &'static str, &'static [(f64, bool)]);

#[test]
fn number_words_and_ordinals_in_sentences() {
    let cases: &[SentenceCase] = &[
        ("id", "fasilitas energi di delapan wilayah", &[(8.0, false)]),
        (
            "id",
            "Dua minggu sebelumnya, keempatnya bertemu",
            &[(2.0, false), (4.0, false)],
        ),
        ("id", "memasuki hari ketiga", &[(3.0, true)]),
        ("id", "dua puluh lima orang", &[(25.0, false)]),
        ("id", "seratus dua puluh rumah", &[(120.0, false)]),
        ("id", "tiga ratus ribu warga", &[(300_000.0, false)]),
        ("id", "kerugian Rp 2,5 miliar", &[(2.5e9, false)]),
        ("id", "sebanyak 1,5 juta dosis", &[(1.5e6, false)]),
        (
            "id",
            "pertemuan ke-6 dalam dua minggu",
            &[(6.0, true), (2.0, false)],
        ),
        (
            "id",
            "653 drone dan 51 misil",
            &[(653.0, false), (51.0, false)],
        ),
        ("id", "sebelas pemain", &[(11.0, false)]),
        ("id", "seribu orang", &[(1000.0, false)]),
        ("id", "keempatnya bertemu secara virtual", &[(4.0, false)]),
        ("id", "keduanya sepakat", &[]),
        ("en", "energy facilities in eight regions", &[(8.0, false)]),
        (
            "en",
            "Two weeks earlier, the four met",
            &[(2.0, false), (4.0, false)],
        ),
        ("en", "have entered a third day", &[(3.0, true)]),
        ("en", "twenty-five people", &[(25.0, false)]),
        ("en", "one hundred and five votes", &[(105.0, false)]),
        ("en", "a loss of 2.5 billion", &[(2.5e9, false)]),
        ("en", "the sixth meeting", &[(6.0, true)]),
        (
            "en",
            "653 drones and 51 missiles",
            &[(653.0, false), (51.0, false)],
        ),
        (
            "en",
            "two thousand five hundred soldiers",
            &[(2500.0, false)],
        ),
        ("en", "the 3rd round", &[(3.0, true)]),
        ("en", "almost 7 millions", &[(7e6, false)]),
        ("id", "jatuhnya 100 ribuan per orang", &[(100_000.0, false)]),
        ("id", "harganya 25 rb saja", &[(25_000.0, false)]),
        // Clock times: `17:48` in either language is `17.48` written the Indonesian way.
        ("en", "at 17:48 yesterday", &[(17.48, false)]),
        ("id", "jam 17.48 tadi", &[(17.48, false)]),
        ("id", "pukul 09:05 WIB", &[(9.05, false)]),
        ("en", "a ratio of 3:2", &[(3.0, false), (2.0, false)]),
        ("en", "at 25:61", &[(25.0, false), (61.0, false)]),
    ];
    for &(lang, text, want) in cases {
        let lang: Lang = lang.parse().expect("lang");
        assert_eq!(values(text, lang.clone()), want, "{lang}: {text}");
    }
}

#[test]
fn number_words_of_names_copied_across_are_no_numbers() {
    use selaras_lexicon::{Explain, LexicalSimilarity};
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("similarity");
    let numbers = |src: &str, tgt: &str| {
        let report = similarity
            .prepare_sentences(&[src], &[tgt])
            .explain(0..1, 0..1)
            .numbers;
        let texts = |tokens: &[selaras_lexicon::TokenRef]| {
            tokens.iter().map(|t| t.text.clone()).collect::<Vec<_>>()
        };
        (
            report.matched.len(),
            texts(&report.unmatched_src),
            texts(&report.unmatched_tgt),
        )
    };
    // `lima` (five) names the place `Jembatan Lima`: the phone model's 6 has no match.
    assert_eq!(
        numbers(
            "A lost Redmi Note 5 phone in Jembatan Lima, Jakarta",
            "Hilang handphone redmi note 6 di jembatan lima, jakarta",
        ),
        (0, vec!["5".to_string()], vec!["6".to_string()])
    );
    // Without the name, `lima` is five.
    assert_eq!(
        numbers(
            "Five phones were lost in Jakarta",
            "Lima handphone hilang di jakarta",
        ),
        (1, vec![], vec![])
    );
}
