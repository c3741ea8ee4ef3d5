//! Reading a TMX file back: the corpus reader that the writers' round trips are checked with.

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::CorpusError;

/// One translation unit of a TMX file: the text of each `<tuv>`'s `<seg>`, with its
/// `xml:lang`, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TmxUnit {
    /// (language, segment text) of every variant.
    pub variants: Vec<(String, String)>,
}

/// The translation units of a TMX document, entities and character references resolved.
/// A document that is not well-formed XML is an error naming the byte position.
pub fn read_tmx(text: &str) -> Result<Vec<TmxUnit>, CorpusError> {
    let mut reader = Reader::from_str(text);
    let mut units = Vec::new();
    let mut unit: Option<TmxUnit> = None;
    let mut lang = String::new();
    let mut seg: Option<String> = None;
    let error = |reader: &Reader<&[u8]>, what: String| {
        CorpusError::Xml(format!(
            "TMX input at byte {}: {what}",
            reader.buffer_position()
        ))
    };
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => match e.name().as_ref() {
                b"tu" => unit = Some(TmxUnit::default()),
                b"tuv" => {
                    lang.clear();
                    for attribute in e.attributes().flatten() {
                        if attribute.key.as_ref() == b"xml:lang" {
                            lang = String::from_utf8_lossy(&attribute.value).into_owned();
                        }
                    }
                }
                b"seg" => seg = Some(String::new()),
                _ => {}
            },
            Ok(Event::Text(t)) => {
                if let Some(seg) = seg.as_mut() {
                    let text = t.decode().map_err(|e| error(&reader, e.to_string()))?;
                    seg.push_str(&text);
                }
            }
            Ok(Event::GeneralRef(reference)) => {
                if let Some(seg) = seg.as_mut() {
                    let name = reference
                        .decode()
                        .map_err(|e| error(&reader, e.to_string()))?;
                    let resolved = quick_xml::escape::resolve_predefined_entity(&name)
                        .map(str::to_string)
                        .or_else(|| {
                            reference
                                .resolve_char_ref()
                                .ok()
                                .flatten()
                                .map(String::from)
                        })
                        .ok_or_else(|| error(&reader, format!("unknown entity &{name};")))?;
                    seg.push_str(&resolved);
                }
            }
            Ok(Event::End(e)) => match e.name().as_ref() {
                b"seg" => {
                    if let (Some(text), Some(unit)) = (seg.take(), unit.as_mut()) {
                        unit.variants.push((lang.clone(), text));
                    }
                }
                b"tu" => units.extend(unit.take()),
                _ => {}
            },
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => return Err(error(&reader, e.to_string())),
        }
    }
    Ok(units)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AlignedPair, Format, write_alignment};
    use selaras_align::{Alignment, Bead};

    #[test]
    fn written_units_read_back() -> Result<(), CorpusError> {
        let src = ["A <b> & \"c\"", "Two\rlines"];
        let tgt = ["Satu <b> & 'c'", "Dua"];
        let alignment = Alignment {
            beads: vec![
                Bead::new(0..1, 0..1),
                Bead::new(1..2, 0..0),
                Bead::new(2..2, 1..2),
            ],
        };
        let pair = AlignedPair {
            src: &src,
            tgt: &tgt,
            src_lang: "en",
            tgt_lang: "id",
            alignment: &alignment,
        };
        let mut out = Vec::new();
        write_alignment(Format::Tmx, &pair, &mut out)?;
        let units = read_tmx(&String::from_utf8_lossy(&out))?;
        assert_eq!(units.len(), 1, "null beads are left out");
        assert_eq!(
            units[0].variants,
            [
                ("en".to_string(), src[0].to_string()),
                ("id".to_string(), tgt[0].to_string())
            ]
        );
        assert!(read_tmx("<tmx><body><tu><tuv><seg>a</tu>").is_err());
        Ok(())
    }
}
