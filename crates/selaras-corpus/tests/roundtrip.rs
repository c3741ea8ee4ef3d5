//! Every format gives back what was written: random sentences (XML specials, tabs, line breaks,
//! control characters, any Unicode) and random alignments, read back with a parser of the format.

use proptest::prelude::*;
use quick_xml::Reader;
use quick_xml::events::Event;
use selaras_align::{Alignment, Bead, parse_ladder};
use selaras_corpus::{AlignedPair, Format, write_alignment, write_moses};

fn sentence() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<b>".to_string()),
        Just("&amp;".to_string()),
        Just("\"quoted\"".to_string()),
        Just("it's".to_string()),
        Just("\t".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{1b}".to_string()),
        Just("\u{fffe}".to_string()),
        Just("]]>".to_string()),
        "[A-Za-z0-9 ]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 1..8).prop_map(|pieces| pieces.concat())
}

/// Bead shapes (source sentences, target sentences) that tile both sides.
fn shapes() -> impl Strategy<Value = Vec<(usize, usize)>> {
    let shape = prop_oneof![
        Just((1, 1)),
        Just((1, 0)),
        Just((0, 1)),
        Just((2, 1)),
        Just((1, 2)),
        Just((2, 2)),
    ];
    prop::collection::vec(shape, 0..10)
}

/// Sentences for both sides and an alignment that covers them.
fn aligned() -> impl Strategy<Value = (Vec<String>, Vec<String>, Alignment)> {
    shapes().prop_flat_map(|shapes| {
        let (ns, nt) = shapes.iter().fold((0, 0), |(s, t), (a, b)| (s + a, t + b));
        (
            prop::collection::vec(sentence(), ns),
            prop::collection::vec(sentence(), nt),
            Just(shapes),
            prop::collection::vec(0.0f32..=1.0, 10),
        )
            .prop_map(|(src, tgt, shapes, confidences)| {
                let (mut s, mut t) = (0, 0);
                let beads = shapes
                    .iter()
                    .zip(confidences)
                    .map(|(&(a, b), confidence)| {
                        let mut bead = Bead::new(s..s + a, t..t + b);
                        bead.confidence = confidence;
                        (s, t) = (s + a, t + b);
                        bead
                    })
                    .collect();
                (src, tgt, Alignment { beads })
            })
    })
}

/// What a line-oriented format keeps of a bead side: the sentences joined by spaces, with tabs and
/// line breaks as spaces.
fn one_line(sentences: &[String], range: std::ops::Range<usize>) -> String {
    sentences[range].join(" ").replace(['\t', '\n', '\r'], " ")
}

/// What TMX keeps: the text without the characters XML 1.0 cannot carry.
fn xml_text(sentences: &[String], range: std::ops::Range<usize>) -> String {
    sentences[range]
        .join(" ")
        .chars()
        .filter(|&c| selaras_corpus::is_xml_char(c))
        .collect()
}

fn write(format: Format, pair: &AlignedPair<'_>) -> String {
    let mut out = Vec::new();
    write_alignment(format, pair, &mut out).expect("write");
    String::from_utf8(out).expect("UTF-8")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn formats_round_trip((src, tgt, alignment) in aligned()) {
        let src_refs: Vec<&str> = src.iter().map(String::as_str).collect();
        let tgt_refs: Vec<&str> = tgt.iter().map(String::as_str).collect();
        let pair = AlignedPair {
            src: &src_refs,
            tgt: &tgt_refs,
            src_lang: "en",
            tgt_lang: "id",
            alignment: &alignment,
        };
        let beads = &alignment.beads;
        let translated: Vec<&Bead> = beads.iter().filter(|b| !b.is_null()).collect();

        // Ladder: the same indices back.
        let ladder = parse_ladder(&write(Format::Ladder, &pair)).expect("ladder parses");
        prop_assert_eq!(ladder.len(), beads.len());
        for (read, bead) in ladder.iter().zip(beads) {
            prop_assert_eq!(&read.0, &bead.src.clone().collect::<Vec<_>>());
            prop_assert_eq!(&read.1, &bead.tgt.clone().collect::<Vec<_>>());
        }

        // TSV: three fields a line, the texts on one line.
        let tsv = write(Format::Tsv, &pair);
        prop_assert_eq!(tsv.lines().count(), beads.len());
        for (line, bead) in tsv.lines().zip(beads) {
            let fields: Vec<&str> = line.split('\t').collect();
            prop_assert_eq!(fields.len(), 3, "{:?}", line);
            prop_assert_eq!(fields[0], one_line(&src, bead.src.clone()));
            prop_assert_eq!(fields[1], one_line(&tgt, bead.tgt.clone()));
        }

        // JSONL: the exact texts and indices.
        let jsonl = write(Format::Jsonl, &pair);
        prop_assert_eq!(jsonl.lines().count(), beads.len());
        for (line, bead) in jsonl.lines().zip(beads) {
            let value: serde_json::Value = serde_json::from_str(line).expect("JSON");
            prop_assert_eq!(&value["src_text"], &serde_json::json!(src[bead.src.clone()].join(" ")));
            prop_assert_eq!(&value["tgt_text"], &serde_json::json!(tgt[bead.tgt.clone()].join(" ")));
            prop_assert_eq!(&value["src"], &serde_json::json!(bead.src.clone().collect::<Vec<_>>()));
        }

        // Moses: line-parallel, null beads left out.
        let (mut src_out, mut tgt_out) = (Vec::new(), Vec::new());
        write_moses(&pair, &mut src_out, &mut tgt_out).expect("moses");
        let (src_lines, tgt_lines) = (String::from_utf8(src_out).expect("UTF-8"), String::from_utf8(tgt_out).expect("UTF-8"));
        prop_assert_eq!(src_lines.lines().count(), translated.len());
        prop_assert_eq!(tgt_lines.lines().count(), translated.len());
        for ((s, t), bead) in src_lines.lines().zip(tgt_lines.lines()).zip(&translated) {
            prop_assert_eq!(s, one_line(&src, bead.src.clone()));
            prop_assert_eq!(t, one_line(&tgt, bead.tgt.clone()));
        }

        // TMX: well-formed XML, one unit per translated bead, the segment texts back.
        let tmx = write(Format::Tmx, &pair);
        let mut reader = Reader::from_str(&tmx);
        let (mut segs, mut in_seg, mut current) = (Vec::new(), false, String::new());
        loop {
            match reader.read_event() {
                Ok(Event::Start(e)) if e.name().as_ref() == b"seg" => {
                    in_seg = true;
                    current.clear();
                }
                Ok(Event::Text(text)) if in_seg => {
                    current.push_str(text.decode().expect("text").as_ref());
                }
                Ok(Event::GeneralRef(reference)) if in_seg => {
                    let name = reference.decode().expect("reference");
                    let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                        .map(str::to_string)
                        .or_else(|| reference.resolve_char_ref().ok().flatten().map(String::from));
                    prop_assert!(resolved.is_some(), "unknown entity {}", name);
                    current.push_str(&resolved.unwrap_or_default());
                }
                Ok(Event::End(e)) if e.name().as_ref() == b"seg" => {
                    in_seg = false;
                    segs.push(current.clone());
                }
                Ok(Event::Eof) => break,
                Ok(_) => {}
                Err(e) => prop_assert!(false, "TMX does not parse: {e}\n{tmx}"),
            }
        }
        prop_assert_eq!(segs.len(), 2 * translated.len());
        for (k, bead) in translated.iter().enumerate() {
            prop_assert_eq!(&segs[2 * k], &xml_text(&src, bead.src.clone()));
            prop_assert_eq!(&segs[2 * k + 1], &xml_text(&tgt, bead.tgt.clone()));
        }
    }
}
