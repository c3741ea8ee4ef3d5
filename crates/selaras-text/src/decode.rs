use crate::TextError;

/// Decodes UTF-8 input, naming the byte offset of the first invalid byte on failure.
///
/// A leading byte-order mark is kept in the returned text (so that offsets stay offsets into the
/// original bytes); the segmenter treats it as white space.
pub fn decode_utf8(bytes: &[u8]) -> Result<&str, TextError> {
    std::str::from_utf8(bytes).map_err(|e| TextError::InvalidUtf8 {
        offset: e.valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_offset_of_first_invalid_byte() {
        let bytes = b"Rusia meluncurkan 653 drone\n\xffdan 51 misil";
        match decode_utf8(bytes) {
            Err(TextError::InvalidUtf8 { offset }) => assert_eq!(offset, 28),
            other => panic!("expected invalid UTF-8, got {other:?}"),
        }
    }

    #[test]
    fn truncated_multibyte_sequence_is_an_error() {
        let mut bytes = "Kyiv “".as_bytes().to_vec();
        bytes.pop();
        assert!(matches!(
            decode_utf8(&bytes),
            Err(TextError::InvalidUtf8 { offset: 5 })
        ));
    }

    #[test]
    fn valid_text_is_returned_unchanged() {
        assert_eq!(
            decode_utf8("Fastiv\u{a0}".as_bytes()).ok(),
            Some("Fastiv\u{a0}")
        );
    }
}
