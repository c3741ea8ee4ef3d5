//! Table-driven segmentation cases on news-like Indonesian and English text.
//!
//! Each case names the rule it covers; the expected sentences are printed forms (white space
//! collapsed), in order.

use selaras_text::{Lang, RuleSegmenter, Segmenter};

fn segment(lang: Lang, text: &str) -> Vec<String> {
    let segmenter = RuleSegmenter::builder(lang)
        .build()
        .expect("default rules build");
    segmenter
        .segment(text)
        .iter()
        .map(|s| s.normalized(text))
        .collect()
}

macro_rules! cases {
    ($($name:ident: $lang:ident, $input:expr => [$($want:expr),* $(,)?];)*) => {
        $(
            #[test]
            fn $name() {
                let want: Vec<&str> = vec![$($want),*];
                let lang: Lang = stringify!($lang).parse().expect("language tag");
                assert_eq!(segment(lang, $input), want, "input: {:?}", $input);
            }
        )*
    };
}

cases! {
    // Paragraphs, headlines and lines without final punctuation.
    id_headline_then_paragraph: Id, "Zelensky Tunjukkan Kemajuan dalam Perundingan\n\nPresiden Ukraina menyatakan bahwa ia telah melakukan panggilan telepon." => ["Zelensky Tunjukkan Kemajuan dalam Perundingan", "Presiden Ukraina menyatakan bahwa ia telah melakukan panggilan telepon."];
    en_headline_then_paragraph: En, "Zelensky reports progress in peace plan talks with US\n\nUkraine's President says he has had a phone call." => ["Zelensky reports progress in peace plan talks with US", "Ukraine's President says he has had a phone call."];
    id_headline_single_newline: Id, "Gempa Guncang Cianjur\nSedikitnya 56 orang meninggal dunia akibat gempa." => ["Gempa Guncang Cianjur", "Sedikitnya 56 orang meninggal dunia akibat gempa."];
    en_paragraph_without_final_punctuation: En, "Russia launched 653 drones\n\nOfficials said the attack lasted hours." => ["Russia launched 653 drones", "Officials said the attack lasted hours."];
    id_paragraph_break_splits_unfinished_sentence: Id, "Pejabat Ukraina juga bergabung dalam panggilan tersebut\n\ndari Miami, kata sumber." => ["Pejabat Ukraina juga bergabung dalam panggilan tersebut", "dari Miami, kata sumber."];
    id_two_sentences_one_paragraph: Id, "Zelensky mengungkapkan bahwa mereka membahas cara memastikan Rusia mematuhi kesepakatan. Ia menegaskan tekadnya untuk terus bekerja sama dengan Amerika Serikat." => ["Zelensky mengungkapkan bahwa mereka membahas cara memastikan Rusia mematuhi kesepakatan.", "Ia menegaskan tekadnya untuk terus bekerja sama dengan Amerika Serikat."];
    en_two_sentences_one_paragraph: En, "Sir Keir has repeatedly said that Ukraine must decide its own future. He has argued that a coalition would play a vital role." => ["Sir Keir has repeatedly said that Ukraine must decide its own future.", "He has argued that a coalition would play a vital role."];
    id_lowercase_next_line_continues: Id, "Pemerintah menyatakan bahwa bantuan akan dikirim\nke wilayah terdampak pekan depan." => ["Pemerintah menyatakan bahwa bantuan akan dikirim ke wilayah terdampak pekan depan."];
    en_comma_at_line_end_continues: En, "The ministry said on Friday,\nMonday's talks would go ahead as planned." => ["The ministry said on Friday, Monday's talks would go ahead as planned."];
    en_hard_wrapped_paragraph: En, "Russia launched another wave of air and missile strikes on\nUkraine overnight, which drew condemnation from Ukraine's\nallies in the European Union. The strikes hit Kyiv and\nFastiv." => ["Russia launched another wave of air and missile strikes on Ukraine overnight, which drew condemnation from Ukraine's allies in the European Union.", "The strikes hit Kyiv and Fastiv."];
    id_byline_and_dateline: Id, "Oleh Rina Wulandari\nJAKARTA, KOMPAS.com - Harga beras kembali naik pekan ini." => ["Oleh Rina Wulandari", "JAKARTA, KOMPAS.com - Harga beras kembali naik pekan ini."];
    id_read_also_line: Id, "Dua minggu sebelumnya, keempatnya bertemu secara virtual.\n\nMEMBACA\u{a0} Bagian publik dari persidangan Panama Papers berakhir\n\nSir Keir berulang kali menekankan hal itu." => ["Dua minggu sebelumnya, keempatnya bertemu secara virtual.", "MEMBACA Bagian publik dari persidangan Panama Papers berakhir", "Sir Keir berulang kali menekankan hal itu."];
    id_baca_juga_inside_paragraph: Id, "Harga cabai naik 20 persen.\nBaca juga: Inflasi Oktober Terkendali\nPedagang mengeluhkan sepinya pembeli." => ["Harga cabai naik 20 persen.", "Baca juga: Inflasi Oktober Terkendali", "Pedagang mengeluhkan sepinya pembeli."];
    crlf_line_endings: En, "Moscow appears to have offered no concessions.\r\n\r\nRussia kept up its heavy bombardment.\r\n" => ["Moscow appears to have offered no concessions.", "Russia kept up its heavy bombardment."];

    // Indonesian abbreviations.
    id_abbrev_dr_lowercase: Id, "Pasien dirawat oleh dr. Andi Pratama di RSUD setempat. Kondisinya kini membaik." => ["Pasien dirawat oleh dr. Andi Pratama di RSUD setempat.", "Kondisinya kini membaik."];
    id_abbrev_dr_capital: Id, "Rektor Dr. Budi Santoso membuka acara itu. Ia berharap mahasiswa berprestasi." => ["Rektor Dr. Budi Santoso membuka acara itu.", "Ia berharap mahasiswa berprestasi."];
    id_abbrev_prof: Id, "Guru besar UI Prof. Rhenald Kasali menilai kebijakan itu tepat. Menurut dia, pasar akan pulih." => ["Guru besar UI Prof. Rhenald Kasali menilai kebijakan itu tepat.", "Menurut dia, pasar akan pulih."];
    id_abbrev_jl: Id, "Kebakaran terjadi di Jl. Sudirman No. 12, Jakarta Pusat. Api padam setelah dua jam." => ["Kebakaran terjadi di Jl. Sudirman No. 12, Jakarta Pusat.", "Api padam setelah dua jam."];
    id_abbrev_no_before_number: Id, "Aturan itu tertuang dalam Peraturan Pemerintah No. 35 Tahun 2021. Aturan tersebut berlaku sejak Februari." => ["Aturan itu tertuang dalam Peraturan Pemerintah No. 35 Tahun 2021.", "Aturan tersebut berlaku sejak Februari."];
    id_abbrev_dll_sentence_final: Id, "Pedagang menjual beras, minyak, gula, dll. Harga gula naik paling tinggi." => ["Pedagang menjual beras, minyak, gula, dll.", "Harga gula naik paling tinggi."];
    id_abbrev_dll_mid_sentence: Id, "Bantuan berupa beras, selimut, obat-obatan, dll. sudah disalurkan ke posko." => ["Bantuan berupa beras, selimut, obat-obatan, dll. sudah disalurkan ke posko."];
    id_abbrev_dsb: Id, "Warga diminta menyiapkan senter, air minum, dsb. Petugas akan berkeliling malam ini." => ["Warga diminta menyiapkan senter, air minum, dsb.", "Petugas akan berkeliling malam ini."];
    id_abbrev_dst: Id, "Urutannya adalah tahap satu, tahap dua, dst. Semua tahap diawasi KPU." => ["Urutannya adalah tahap satu, tahap dua, dst.", "Semua tahap diawasi KPU."];
    id_abbrev_tgl: Id, "Pendaftaran ditutup tgl. 15 Desember pukul 23.59 WIB. Peserta diminta segera mendaftar." => ["Pendaftaran ditutup tgl. 15 Desember pukul 23.59 WIB.", "Peserta diminta segera mendaftar."];
    id_abbrev_an: Id, "Dana ditransfer ke rekening a.n. Yayasan Peduli Bangsa. Panitia mengucapkan terima kasih." => ["Dana ditransfer ke rekening a.n. Yayasan Peduli Bangsa.", "Panitia mengucapkan terima kasih."];
    id_abbrev_sh_after_name: Id, "Kuasa hukum terdakwa, Andi Wijaya, S.H., M.H., menolak berkomentar. Sidang dilanjutkan pekan depan." => ["Kuasa hukum terdakwa, Andi Wijaya, S.H., M.H., menolak berkomentar.", "Sidang dilanjutkan pekan depan."];
    id_abbrev_msi_sentence_final: Id, "Penelitian itu dipimpin Siti Rahma, M.Si. Ia meneliti kualitas air sungai." => ["Penelitian itu dipimpin Siti Rahma, M.Si.", "Ia meneliti kualitas air sungai."];
    id_abbrev_ir: Id, "Proyek itu dirancang Ir. Soekarno pada 1950-an. Kini bangunan itu menjadi cagar budaya." => ["Proyek itu dirancang Ir. Soekarno pada 1950-an.", "Kini bangunan itu menjadi cagar budaya."];
    id_abbrev_hj: Id, "Bantuan diserahkan oleh Hj. Nur Aini kepada warga. Acara berlangsung khidmat." => ["Bantuan diserahkan oleh Hj. Nur Aini kepada warga.", "Acara berlangsung khidmat."];
    id_abbrev_h_initial_title: Id, "Sambutan disampaikan H. Ahmad Fauzi, ketua panitia. Ia mengapresiasi warga." => ["Sambutan disampaikan H. Ahmad Fauzi, ketua panitia.", "Ia mengapresiasi warga."];
    id_abbrev_bpk: Id, "Surat ditujukan kepada Bpk. Joko Susilo selaku kepala desa. Surat itu dikirim Senin." => ["Surat ditujukan kepada Bpk. Joko Susilo selaku kepala desa.", "Surat itu dikirim Senin."];
    id_abbrev_kec_kab: Id, "Banjir melanda Kec. Dayeuhkolot, Kab. Bandung, sejak Sabtu. Ribuan warga mengungsi." => ["Banjir melanda Kec. Dayeuhkolot, Kab. Bandung, sejak Sabtu.", "Ribuan warga mengungsi."];
    id_abbrev_rp: Id, "Kerugian ditaksir mencapai Rp. 2,5 miliar. Polisi masih menyelidiki penyebabnya." => ["Kerugian ditaksir mencapai Rp. 2,5 miliar.", "Polisi masih menyelidiki penyebabnya."];
    id_abbrev_tbk_sentence_final: Id, "Saham itu dimiliki PT Bank Rakyat Indonesia Tbk. Sementara itu, IHSG melemah." => ["Saham itu dimiliki PT Bank Rakyat Indonesia Tbk.", "Sementara itu, IHSG melemah."];
    id_abbrev_tbk_mid_sentence: Id, "PT Telkom Indonesia Tbk. Divisi Digital meluncurkan produk baru." => ["PT Telkom Indonesia Tbk. Divisi Digital meluncurkan produk baru."];
    id_abbrev_dkk: Id, "Studi itu ditulis oleh Sutanto dkk. Hasilnya dimuat di jurnal internasional." => ["Studi itu ditulis oleh Sutanto dkk.", "Hasilnya dimuat di jurnal internasional."];
    id_abbrev_month_before_date: Id, "Rapat digelar pada 5 Des. 2025 di Jakarta. Rapat dihadiri para menteri." => ["Rapat digelar pada 5 Des. 2025 di Jakarta.", "Rapat dihadiri para menteri."];

    // English abbreviations.
    en_abbrev_mr: En, "Mr. Zelensky said the talks were constructive. He thanked the US envoys." => ["Mr. Zelensky said the talks were constructive.", "He thanked the US envoys."];
    en_abbrev_mrs: En, "Mrs. Thatcher visited Moscow in 1987. The trip was widely covered." => ["Mrs. Thatcher visited Moscow in 1987.", "The trip was widely covered."];
    en_abbrev_dr: En, "Dr. Sarah Jones, who led the study, urged caution. Her team will publish next month." => ["Dr. Sarah Jones, who led the study, urged caution.", "Her team will publish next month."];
    en_abbrev_st_saint: En, "The delegation flew to St. Petersburg on Tuesday. It returned a day later." => ["The delegation flew to St. Petersburg on Tuesday.", "It returned a day later."];
    en_abbrev_st_street_final: En, "Protesters gathered on Main St. The police closed the road." => ["Protesters gathered on Main St.", "The police closed the road."];
    en_abbrev_us_before_noun: En, "The U.S. State Department issued a statement on Friday. It called for calm." => ["The U.S. State Department issued a statement on Friday.", "It called for calm."];
    en_abbrev_us_sentence_final: En, "Ukraine's negotiators met officials from the U.S. They discussed security guarantees." => ["Ukraine's negotiators met officials from the U.S.", "They discussed security guarantees."];
    en_abbrev_eg: En, "Some regions, e.g. Kharkiv and Odesa, lost power overnight. Repairs began at dawn." => ["Some regions, e.g. Kharkiv and Odesa, lost power overnight.", "Repairs began at dawn."];
    en_abbrev_ie: En, "The plan covers the front line, i.e. the 1,200 km of contact. Officials declined to say more." => ["The plan covers the front line, i.e. the 1,200 km of contact.", "Officials declined to say more."];
    en_abbrev_jan_before_date: En, "The deal was signed on Jan. 5 in Geneva. Both sides welcomed it." => ["The deal was signed on Jan. 5 in Geneva.", "Both sides welcomed it."];
    en_abbrev_gen: En, "Gen. Valery Zaluzhny, the former commander, is now ambassador. He arrived in London in May." => ["Gen. Valery Zaluzhny, the former commander, is now ambassador.", "He arrived in London in May."];
    en_abbrev_sgt: En, "Sgt. Mark Evans was injured in the blast. He is in stable condition." => ["Sgt. Mark Evans was injured in the blast.", "He is in stable condition."];
    en_abbrev_no_before_number: En, "The order was listed as No. 64 in the register. It took effect at once." => ["The order was listed as No. 64 in the register.", "It took effect at once."];
    en_abbrev_no_as_word: En, "Asked about a ceasefire, the spokesman said No. Talks continue on Monday." => ["Asked about a ceasefire, the spokesman said No.", "Talks continue on Monday."];
    en_abbrev_vs: En, "The case of Ukraine vs. Russia opens at The Hague. Judges will hear both sides." => ["The case of Ukraine vs. Russia opens at The Hague.", "Judges will hear both sides."];
    en_abbrev_etc_final: En, "Shops ran out of water, bread, batteries, etc. Residents queued for hours." => ["Shops ran out of water, bread, batteries, etc.", "Residents queued for hours."];
    en_abbrev_etc_mid: En, "Drones, missiles, etc. were launched from three directions." => ["Drones, missiles, etc. were launched from three directions."];
    en_abbrev_inc_mid: En, "Shares of Apple Inc. Rose sharply in early trading after the report." => ["Shares of Apple Inc. Rose sharply in early trading after the report."];
    en_abbrev_inc_final: En, "The contract went to Raytheon Technologies Inc. The Pentagon confirmed it." => ["The contract went to Raytheon Technologies Inc.", "The Pentagon confirmed it."];
    en_abbrev_pm_time: En, "The sirens sounded at 11 p.m. on Friday. They stopped after midnight." => ["The sirens sounded at 11 p.m. on Friday.", "They stopped after midnight."];
    en_abbrev_am_final: En, "The first strike hit at 4 a.m. The second came an hour later." => ["The first strike hit at 4 a.m.", "The second came an hour later."];

    // Initials.
    en_initials_spaced: En, "The novel by J. K. Rowling was translated into 80 languages. It sold millions." => ["The novel by J. K. Rowling was translated into 80 languages.", "It sold millions."];
    en_initial_middle_name: En, "George W. Bush met the Ukrainian leader in 2008. The meeting was brief." => ["George W. Bush met the Ukrainian leader in 2008.", "The meeting was brief."];
    de_initials_unspaced: De, "MIT NACHTRÄGEN AUS FRÜHEREN JAHREN VON G.O.DYHRENFURTH\nMit 3 Bildern" => ["MIT NACHTRÄGEN AUS FRÜHEREN JAHREN VON G.O.DYHRENFURTH", "Mit 3 Bildern"];
    fr_initials_spaced_uppercase: Fr, "AVEC NOTES COMPLÉMENTAIRES PAR G. O. DYHRENFURTH\nAvec 3 illustrations" => ["AVEC NOTES COMPLÉMENTAIRES PAR G. O. DYHRENFURTH", "Avec 3 illustrations"];
    id_initial_in_name: Id, "Wakil Presiden Jusuf Kalla dan B. J. Habibie hadir dalam acara itu. Keduanya memberikan sambutan." => ["Wakil Presiden Jusuf Kalla dan B. J. Habibie hadir dalam acara itu.", "Keduanya memberikan sambutan."];
    id_sentence_ends_with_single_capital: Id, "“Ukraina bertekad mencapai perdamaian,” ujar Zelensky di X. Ia juga berterima kasih kepada sekutu." => ["“Ukraina bertekad mencapai perdamaian,” ujar Zelensky di X.", "Ia juga berterima kasih kepada sekutu."];
    id_single_capital_before_name: Id, "Pernyataan itu diunggah di X. Zelensky menambahkan bahwa perundingan berlanjut." => ["Pernyataan itu diunggah di X.", "Zelensky menambahkan bahwa perundingan berlanjut."];
    en_sentence_ends_with_single_capital: En, "\"Ukraine is determined to achieve peace,\" Zelensky wrote on X. He did not give details." => ["\"Ukraine is determined to achieve peace,\" Zelensky wrote on X.", "He did not give details."];
    en_vitamin_d_final: En, "Doctors say many people lack vitamin D. Supplements can help in winter." => ["Doctors say many people lack vitamin D.", "Supplements can help in winter."];

    // Numbers, times, web addresses.
    id_decimal_comma: Id, "Inflasi tahunan tercatat 2,5 persen pada November. Angka itu sesuai target." => ["Inflasi tahunan tercatat 2,5 persen pada November.", "Angka itu sesuai target."];
    en_decimal_point: En, "The economy grew 3.5 percent last year. Growth slowed in the fourth quarter." => ["The economy grew 3.5 percent last year.", "Growth slowed in the fourth quarter."];
    id_thousands_dot: Id, "Sebanyak 1.000.000 dosis vaksin tiba di Bandara Soekarno-Hatta. Vaksin itu segera didistribusikan." => ["Sebanyak 1.000.000 dosis vaksin tiba di Bandara Soekarno-Hatta.", "Vaksin itu segera didistribusikan."];
    en_thousands_comma: En, "About 1,000,000 people lost power in Kyiv. Crews worked through the night." => ["About 1,000,000 people lost power in Kyiv.", "Crews worked through the night."];
    id_time_with_dot: Id, "Sidang dimulai pukul 10.30 WIB dan berakhir sore hari. Hakim menunda putusan." => ["Sidang dimulai pukul 10.30 WIB dan berakhir sore hari.", "Hakim menunda putusan."];
    id_sentence_ends_with_time: Id, "Kereta terakhir berangkat pukul 22.15. Penumpang diminta datang lebih awal." => ["Kereta terakhir berangkat pukul 22.15.", "Penumpang diminta datang lebih awal."];
    en_sentence_ends_with_number: En, "Ukrainian authorities said Russia launched 653 drones and 51 missiles on Friday night. The air force said 585 drones were shot down." => ["Ukrainian authorities said Russia launched 653 drones and 51 missiles on Friday night.", "The air force said 585 drones were shot down."];
    id_sentence_ends_with_year: Id, "Perjanjian itu ditandatangani pada 2015. Sejak itu, konflik terus berlanjut." => ["Perjanjian itu ditandatangani pada 2015.", "Sejak itu, konflik terus berlanjut."];
    en_percent_decimal: En, "Turnout was 67.4% according to the commission. Results are due on Sunday." => ["Turnout was 67.4% according to the commission.", "Results are due on Sunday."];
    id_url_mid_sentence: Id, "Informasi lengkap tersedia di https://www.bmkg.go.id/gempabumi.html bagi masyarakat. Warga diimbau tetap tenang." => ["Informasi lengkap tersedia di https://www.bmkg.go.id/gempabumi.html bagi masyarakat.", "Warga diimbau tetap tenang."];
    id_url_sentence_final: Id, "Pendaftaran dilakukan melalui laman kemdikbud.go.id. Pendaftaran dibuka hingga Jumat." => ["Pendaftaran dilakukan melalui laman kemdikbud.go.id.", "Pendaftaran dibuka hingga Jumat."];
    en_url_with_query: En, "Read the full statement at https://www.president.gov.ua/en/news?id=1234. The office published it overnight." => ["Read the full statement at https://www.president.gov.ua/en/news?id=1234.", "The office published it overnight."];
    en_email_address: En, "Tips can be sent to news.desk@example.org. All messages are confidential." => ["Tips can be sent to news.desk@example.org.", "All messages are confidential."];
    id_email_mid_sentence: Id, "Keluhan dapat dikirim ke pengaduan@ojk.go.id setiap hari kerja. Petugas akan menjawab dalam 24 jam." => ["Keluhan dapat dikirim ke pengaduan@ojk.go.id setiap hari kerja.", "Petugas akan menjawab dalam 24 jam."];
    en_domain_in_name: En, "Shares of Amazon.com rose 4% on Thursday. Analysts expect more gains." => ["Shares of Amazon.com rose 4% on Thursday.", "Analysts expect more gains."];

    // Ellipsis.
    id_ellipsis_mid_sentence: Id, "Ia terdiam sejenak... lalu melanjutkan pidatonya di depan wartawan." => ["Ia terdiam sejenak... lalu melanjutkan pidatonya di depan wartawan."];
    id_ellipsis_sentence_end: Id, "Warga menunggu kabar dari tim SAR... Hingga malam, belum ada informasi baru." => ["Warga menunggu kabar dari tim SAR...", "Hingga malam, belum ada informasi baru."];
    en_unicode_ellipsis_end: En, "The talks dragged on… Neither side would give ground." => ["The talks dragged on…", "Neither side would give ground."];
    en_unicode_ellipsis_mid: En, "He paused… and then read the statement aloud." => ["He paused… and then read the statement aloud."];

    // Numbered lists.
    id_numbered_list_lines: Id, "Pemerintah menetapkan tiga langkah:\n1. Menambah pasokan beras.\n2. Mengawasi harga di pasar.\n3. Menindak penimbun." => ["Pemerintah menetapkan tiga langkah:", "1. Menambah pasokan beras.", "2. Mengawasi harga di pasar.", "3. Menindak penimbun."];
    en_numbered_list_lines: En, "The plan has two parts:\n1. A ceasefire along the front line.\n2. Security guarantees for Ukraine." => ["The plan has two parts:", "1. A ceasefire along the front line.", "2. Security guarantees for Ukraine."];
    id_lettered_list: Id, "Syarat pendaftaran:\na. Fotokopi KTP.\nb. Pas foto terbaru." => ["Syarat pendaftaran:", "a. Fotokopi KTP.", "b. Pas foto terbaru."];
    en_bulleted_list: En, "Key points of the statement:\n- a framework of security arrangements\n- deterrence capabilities" => ["Key points of the statement:", "- a framework of security arrangements", "- deterrence capabilities"];
    en_list_items_on_one_line: En, "1. Stop the strikes. 2. Exchange prisoners. 3. Hold elections." => ["1. Stop the strikes.", "2. Exchange prisoners.", "3. Hold elections."];

    // Quotes.
    id_curly_quote_end_inside: Id, "“Kami membahas banyak aspek dan menelaah poin-poin kunci.” Rusia kembali melancarkan serangan udara." => ["“Kami membahas banyak aspek dan menelaah poin-poin kunci.”", "Rusia kembali melancarkan serangan udara."];
    id_curly_quote_end_outside: Id, "Putin menyebut pasukan itu akan menjadi “target sah”. Pernyataan itu dikecam Eropa." => ["Putin menyebut pasukan itu akan menjadi “target sah”.", "Pernyataan itu dikecam Eropa."];
    id_quote_comma_attribution: Id, "“Prancis bertekad untuk bekerja sama dengan semua mitra,” tambah Macron. Ia berbicara di Paris." => ["“Prancis bertekad untuk bekerja sama dengan semua mitra,” tambah Macron.", "Ia berbicara di Paris."];
    id_quote_suffix_nya: Id, "Macron menawarkan “solidaritas penuh”-nya. Ia juga menelepon Starmer." => ["Macron menawarkan “solidaritas penuh”-nya.", "Ia juga menelepon Starmer."];
    en_straight_quote_end_inside: En, "\"We discussed many aspects.\" Russia launched another wave of strikes overnight." => ["\"We discussed many aspects.\"", "Russia launched another wave of strikes overnight."];
    en_straight_quote_end_outside: En, "Putin said troops would be \"legitimate targets\". Kyiv rejected the claim." => ["Putin said troops would be \"legitimate targets\".", "Kyiv rejected the claim."];
    en_question_in_quote_lowercase_continues: En, "\"Why now?\" asked one diplomat, pointing to the timing of the strikes." => ["\"Why now?\" asked one diplomat, pointing to the timing of the strikes."];
    en_exclamation_in_quote_new_sentence: En, "\"Enough!\" The crowd chanted outside the parliament building." => ["\"Enough!\"", "The crowd chanted outside the parliament building."];
    en_single_curly_quotes: En, "The envoy called it ‘a very good meeting.’ Others were less sure." => ["The envoy called it ‘a very good meeting.’", "Others were less sure."];
    de_guillemets: De, "Er sagte: «Wir verhandeln weiter.» Dann verliess er den Saal." => ["Er sagte: «Wir verhandeln weiter.»", "Dann verliess er den Saal."];
    de_low_high_quotes: De, "„Die Lage ist ernst.“ So begann der Bericht des Ministers." => ["„Die Lage ist ernst.“", "So begann der Bericht des Ministers."];
    en_next_sentence_opens_with_quote: En, "Macron spoke to Zelensky. \"France is determined to work with all partners,\" he added." => ["Macron spoke to Zelensky.", "\"France is determined to work with all partners,\" he added."];
    id_next_sentence_opens_with_curly_quote: Id, "Zelensky menulis di media sosial. “Ukraina bertekad mencapai perdamaian,” katanya." => ["Zelensky menulis di media sosial.", "“Ukraina bertekad mencapai perdamaian,” katanya."];
    en_parenthesised_sentence: En, "The strikes hit eight regions. (Officials gave no casualty figures.) Power was restored by noon." => ["The strikes hit eight regions.", "(Officials gave no casualty figures.)", "Power was restored by noon."];

    // Question and exclamation marks.
    id_question_mark: Id, "Apakah perundingan ini akan membawa perdamaian? Para analis masih ragu." => ["Apakah perundingan ini akan membawa perdamaian?", "Para analis masih ragu."];
    en_exclamation_mark: En, "What a week it has been! Markets swung wildly on every headline." => ["What a week it has been!", "Markets swung wildly on every headline."];
    en_interrobang_run: En, "Can the deal hold?! Diplomats in Geneva doubt it." => ["Can the deal hold?!", "Diplomats in Geneva doubt it."];
    id_question_then_number: Id, "Berapa korban jiwa? 56 orang dilaporkan meninggal." => ["Berapa korban jiwa?", "56 orang dilaporkan meninggal."];

    // Offsets and white space.
    id_no_break_space_collapsed: Id, "MEMBACA\u{a0} Bagian publik dari persidangan\u{a0}Panama Papers." => ["MEMBACA Bagian publik dari persidangan Panama Papers."];
    en_leading_and_trailing_space: En, "   \t The four leaders will discuss the negotiations.   " => ["The four leaders will discuss the negotiations."];
    en_lowercase_after_period_continues: En, "The statement was issued by the ministry. and later withdrawn." => ["The statement was issued by the ministry. and later withdrawn."];
    id_empty_input: Id, "" => [];
    en_only_white_space: En, " \n\n \u{a0}\n" => [];
}
