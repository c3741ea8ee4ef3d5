//! Morphology tables: Indonesian word forms to roots, English forms to lemmas. The known-word list
//! is the embedded lexicon's side of each language plus the embedded Indonesian root list.

use selaras_lexicon::{Analyzer, embedded_id_en};
use selaras_text::Lang;

#[test]
fn indonesian_word_forms_reduce_to_their_roots() {
    let analyzer = Analyzer::new(Lang::Id, embedded_id_en().left_vocabulary());
    let cases = [
        // meN- with its sound changes
        ("membahas", "bahas"),
        ("memukul", "pukul"),
        ("memakan", "makan"),
        ("mendesak", "desak"),
        ("menolak", "tolak"),
        ("menanti", "nanti"),
        ("menjamin", "jamin"),
        ("mengambil", "ambil"),
        ("mengirim", "kirim"),
        ("menghancurkan", "hancur"),
        ("menyerang", "serang"),
        ("menyebut", "sebut"),
        ("menyatakan", "nyata"),
        ("melancarkan", "lancar"),
        ("merancang", "rancang"),
        ("mewakili", "wakil"),
        ("merusak", "rusak"),
        ("menghantam", "hantam"),
        ("mengonfirmasi", "konfirmasi"),
        ("menginap", "inap"),
        // peN- and peN-an
        ("pemboman", "bom"),
        ("pembicaraan", "bicara"),
        ("pengakhiran", "akhir"),
        ("pemadaman", "padam"),
        ("penjaga", "jaga"),
        ("pemain", "main"),
        // ber-, be-, ter-, per-an
        ("bersedia", "sedia"),
        ("berlangsung", "langsung"),
        ("bekerja", "kerja"),
        ("belajar", "ajar"),
        ("bertemu", "temu"),
        ("berkata", "kata"),
        ("bersama", "sama"),
        ("tercapai", "capai"),
        ("terakhir", "akhir"),
        ("perundingan", "runding"),
        ("persidangan", "sidang"),
        ("perbaikan", "baik"),
        ("pertemuan", "temu"),
        ("perdamaian", "damai"),
        // di-, ke-an, se-
        ("diterjunkan", "terjun"),
        ("disepakati", "sepakat"),
        ("dikembalikan", "kembali"),
        ("ditempuh", "tempuh"),
        ("dikeluarkan", "luar"),
        ("keamanan", "aman"),
        ("kesepakatan", "sepakat"),
        ("kedamaian", "damai"),
        ("kebijakan", "bijak"),
        // stacked prefixes
        ("diperlukan", "perlu"),
        ("memperhatikan", "hati"),
        ("memberlakukan", "laku"),
        ("diberlakukan", "laku"),
        // suffixes, particles, possessives
        ("makanan", "makan"),
        ("mengecewakan", "kecewa"),
        ("menyenangkan", "senang"),
        ("pilihannya", "pilih"),
        ("penuhnya", "penuh"),
        ("keempatnya", "empat"),
        ("bukunya", "buku"),
        ("rumahku", "rumah"),
        ("mobilmu", "mobil"),
        ("pulanglah", "pulang"),
        ("apakah", "apa"),
        ("diapun", "dia"),
        // reduplication
        ("poin-poin", "poin"),
        ("sekutu-sekutu", "sekutu"),
        ("langkah-langkah", "langkah"),
        ("besar-besaran", "besar"),
        ("sungguh-sungguh", "sungguh"),
        ("berhati-hati", "hati"),
        // words that only look affixed stay whole
        ("menteri", "menteri"),
        ("perang", "perang"),
        ("beras", "beras"),
        ("persen", "persen"),
        ("sekutu", "sekutu"),
        ("berita", "berita"),
        ("perdana", "perdana"),
        ("pertama", "pertama"),
        ("kepiting", "kepiting"),
    ];
    let mut failures = Vec::new();
    for (word, root) in cases {
        let got = analyzer.root(word);
        if got != root {
            failures.push(format!("{word}: expected {root}, got {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wrong:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn english_word_forms_reduce_to_their_lemmas() {
    let analyzer = Analyzer::new(Lang::En, embedded_id_en().right_vocabulary());
    let cases = [
        ("talks", "talk"),
        ("officials", "official"),
        ("discussed", "discuss"),
        ("stressed", "stress"),
        ("launched", "launch"),
        ("agreed", "agree"),
        ("leaders", "leader"),
        ("facilities", "facility"),
        ("countries", "country"),
        ("strikes", "strike"),
        ("missiles", "missile"),
        ("targeted", "target"),
        ("hoping", "hope"),
        ("making", "make"),
        ("stopped", "stop"),
        ("planned", "plan"),
        ("virtually", "virtual"),
        ("ukraine's", "ukraine"),
        ("allies'", "ally"),
        ("said", "say"),
        ("met", "meet"),
        ("took", "take"),
        ("news", "news"),
        ("series", "series"),
        ("only", "only"),
        ("us", "us"),
        ("zelensky's", "zelensky"),
    ];
    for (word, lemma) in cases {
        assert_eq!(analyzer.root(word), lemma, "{word}");
    }
}

#[test]
fn other_languages_keep_the_folded_word() {
    let analyzer = Analyzer::new(Lang::Other("de".into()), ["haus"]);
    assert_eq!(analyzer.root("häuser"), "häuser");
}
