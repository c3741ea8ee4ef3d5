//! Each check on short English-Indonesian pairs: what it flags, at which severity, and what it
//! leaves alone. The source and translation are one or more sentences each, scored as a document.

use selaras_align::{AlignConfig, SentenceAligner};
use selaras_lexicon::LexicalSimilarity;
use selaras_score::{Flag, FlagKind, Scorer, Severity};
use selaras_text::Lang;

fn findings(src: &[&str], tgt: &[&str]) -> Vec<Flag> {
    let similarity = LexicalSimilarity::builder(Lang::En, Lang::Id)
        .build()
        .expect("similarity");
    let scorer =
        Scorer::new(SentenceAligner::new(similarity, AlignConfig::default()).expect("aligner"));
    let report = scorer.score_sentences((&Lang::En, src), (&Lang::Id, tgt));
    report.beads.into_iter().flat_map(|b| b.flags).collect()
}

/// The findings of `kind` at major or worse.
fn serious(flags: &[Flag], kind: FlagKind) -> Vec<&Flag> {
    flags
        .iter()
        .filter(|f| f.kind == kind && f.severity >= Severity::Major)
        .collect()
}

/// (case, source, translation, whether a major negation finding is expected)
const NEGATION: &[(&str, &str, &str, bool)] = &[
    (
        "negation inserted",
        "The food was delicious and the staff were friendly.",
        "Makanannya tidak enak dan stafnya ramah.",
        true,
    ),
    (
        "negation on both sides",
        "The food was not delicious.",
        "Makanannya tidak enak.",
        false,
    ),
    (
        "negation removed",
        "The food was not delicious.",
        "Makanannya enak.",
        true,
    ),
    (
        "a prefix carries the negation",
        "The servers were unresponsive.",
        "Pelayannya tidak responsif.",
        false,
    ),
    (
        "a prefix on a word the lexicon knows",
        "The station is inconsistent.",
        "Stasiunnya tidak konsisten.",
        false,
    ),
    (
        "a negated phrase of the lexicon",
        "I really hate this place.",
        "Saya sangat tidak suka tempat ini.",
        false,
    ),
    (
        "an informal negator in a negated phrase",
        "My internet bill is insane.",
        "Tagihan internet saya enggak masuk akal.",
        false,
    ),
    (
        "a negated phrase whose translation is absent",
        "My internet bill is cheap.",
        "Tagihan internet saya tidak masuk akal.",
        true,
    ),
    (
        "not only limits",
        "The place is cheap, not only cozy.",
        "Tempatnya murah, tidak hanya nyaman.",
        false,
    ),
    (
        "not to mention adds",
        "The rooms were clean. Not to mention the price was cheap.",
        "Kamarnya bersih. Harganya juga murah.",
        false,
    ),
    (
        "a negated negation affirms",
        "Please contact us again.",
        "Jangan ragu untuk menghubungi kami kembali.",
        false,
    ),
    (
        "jangan cuma still negates (not the limiting tidak hanya)",
        "Just believe the news.",
        "Jangan cuma percaya pada berita.",
        true,
    ),
    (
        "the same negator written in the other language",
        "The food is not bad.",
        "Makanannya juga not bad.",
        false,
    ),
    (
        "yet to is negation",
        "My package has yet to arrive.",
        "Paket saya belum sampai.",
        false,
    ),
    (
        "a verb of stopping alone is no reversal",
        "We stopped by this restaurant on the way home.",
        "Kami mampir ke restoran ini dalam perjalanan pulang.",
        false,
    ),
];

#[test]
fn negation_mismatch_cases() {
    for (case, src, tgt, expected) in NEGATION {
        let flags = findings(&[src], &[tgt]);
        let found = !serious(&flags, FlagKind::NegationMismatch).is_empty();
        assert_eq!(found, *expected, "{case}: {flags:#?}");
    }
}

#[test]
fn untranslated_counts_copied_words_but_not_names() {
    let copied = findings(
        &["My brother is watching Harry Potter on Trans TV"],
        &["My brother is watching Harry Potter on Trans TV"],
    );
    let flag = serious(&copied, FlagKind::Untranslated);
    assert_eq!(flag.len(), 1, "{copied:#?}");
    assert_eq!(flag[0].severity, Severity::Critical);

    let names_kept = findings(
        &[
            "We're reporting a lost Xiaomi Redmi Note phone in Duri Selatan area, Jembatan Lima, Tambora, Jakarta Barat",
        ],
        &[
            "Telah hilang handphone xiaomi redmi note di daerah duri selatan, jembatan lima, tambora, jakarta barat.",
        ],
    );
    assert!(
        serious(&names_kept, FlagKind::Untranslated).is_empty(),
        "{names_kept:#?}"
    );
}

#[test]
fn number_mismatch_compares_values() {
    let changed = findings(
        &["Russia launched 653 drones overnight."],
        &["Rusia meluncurkan 635 drone semalam."],
    );
    let flag = serious(&changed, FlagKind::NumberMismatch);
    assert_eq!(flag.len(), 1, "{changed:#?}");
    assert_eq!(flag[0].severity, Severity::Critical);
    assert!(flag[0].message.contains("653") && flag[0].message.contains("635"));

    for (src, tgt) in [
        (
            "The debt reached 2.5 billion dollars.",
            "Utangnya mencapai 2,5 miliar dolar.",
        ),
        (
            "They debited almost 7 millions from my account.",
            "Mereka mendebit hampir 7 juta dari rekening saya.",
        ),
        (
            "Eight regions were hit by the storm.",
            "Delapan wilayah dilanda badai.",
        ),
    ] {
        let flags = findings(&[src], &[tgt]);
        assert!(
            flags.iter().all(|f| f.kind != FlagKind::NumberMismatch),
            "{src}: {flags:#?}"
        );
    }
}

#[test]
fn entity_mismatch_finds_a_replaced_name() {
    let flags = findings(
        &["We went to Bandung last week with my family."],
        &["Kami pergi ke Surabaya minggu lalu bersama keluarga saya."],
    );
    let flag = serious(&flags, FlagKind::EntityMismatch);
    assert_eq!(flag.len(), 1, "{flags:#?}");
    assert!(flag[0].message.contains("Bandung") && flag[0].message.contains("Surabaya"));
}

#[test]
fn partial_omission_and_addition_need_evidence() {
    let faithful = findings(
        &["The hotel was clean and the staff were friendly, but the breakfast was cold."],
        &["Hotelnya bersih dan stafnya ramah, tetapi sarapannya dingin."],
    );
    assert!(
        faithful.iter().all(|f| f.severity < Severity::Major),
        "{faithful:#?}"
    );

    let dropped = findings(
        &[
            "The hotel was clean and the staff were friendly, but the breakfast was cold, the swimming pool was closed for repairs all week and nobody told us when we booked the room.",
        ],
        &["Hotelnya bersih dan stafnya ramah."],
    );
    let flag = serious(&dropped, FlagKind::Omission);
    assert_eq!(flag.len(), 1, "{dropped:#?}");
    assert!(
        flag[0]
            .message
            .contains("content words have no counterpart"),
        "the message names the unexpressed run: {}",
        flag[0].message
    );
    assert!(!flag[0].src_spans.is_empty());

    let added = findings(
        &["The hotel was clean and the staff were friendly."],
        &[
            "Hotelnya bersih dan stafnya ramah, dan harga cabai di pasar tradisional naik lagi menjelang akhir tahun.",
        ],
    );
    let flag = serious(&added, FlagKind::Addition);
    assert_eq!(flag.len(), 1, "{added:#?}");
    assert!(flag[0].message.contains("cabai"), "{}", flag[0].message);
    assert!(!flag[0].tgt_spans.is_empty());
}

#[test]
fn boilerplate_is_named() {
    let flags = findings(
        &["The hotel was clean and the staff were friendly."],
        &[
            "Hotelnya bersih dan stafnya ramah.",
            "Baca juga: Harga Cabai Naik Jelang Akhir Tahun",
        ],
    );
    let flag = serious(&flags, FlagKind::Addition);
    assert_eq!(flag.len(), 1, "{flags:#?}");
    assert!(
        flag[0].message.contains("boilerplate"),
        "{}",
        flag[0].message
    );
}
