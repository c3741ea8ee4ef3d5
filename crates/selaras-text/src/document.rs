//! The document model every stage reads: a text, its language and its sentences as spans.

use std::ops::Range;

use serde::Serialize;

use crate::{Lang, Segmenter, Span, collapse_whitespace};

/// One sentence of a [`Document`]: where it stands in the original text, its paragraph, and the
/// form shown to people (white space collapsed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocSentence {
    /// Byte range in the document's text (trimmed of white space).
    pub span: Span,
    /// 0-based paragraph index (0 for every sentence when paragraphs are unknown).
    pub paragraph: u32,
    /// The sentence with its white space collapsed to single spaces: the form printed.
    pub norm: String,
}

/// A document: the original text, its language, and its sentences in order.
///
/// Every later stage refers to sentences by index and to words by byte spans into
/// [`Document::text`], so a finding can always be traced back to the exact characters of the
/// input. A `Document` is built by a [`Segmenter`] ([`Document::segment`]), from one sentence per
/// line ([`Document::from_lines`]), or from a list of sentences ([`Document::from_sentences`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    text: String,
    lang: Lang,
    sentences: Vec<DocSentence>,
    paragraphs: bool,
}

impl Document {
    /// Cuts `text` into sentences with `segmenter`; paragraphs are known.
    pub fn segment(text: impl Into<String>, lang: Lang, segmenter: &dyn Segmenter) -> Self {
        let text = text.into();
        let sentences = segmenter
            .segment(&text)
            .into_iter()
            .map(|s| sentence(&text, s.span, s.paragraph))
            .collect();
        Self {
            text,
            lang,
            sentences,
            paragraphs: true,
        }
    }

    /// One sentence per non-blank line (a final `\r` is not part of it); paragraphs unknown.
    pub fn from_lines(text: impl Into<String>, lang: Lang) -> Self {
        let text = text.into();
        let mut spans = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let content = line.trim_end_matches(['\n', '\r']);
            if !content.trim().is_empty() {
                spans.push(Span::new(offset, offset + content.len()));
            }
            offset += line.len();
        }
        let sentences = spans.into_iter().map(|s| sentence(&text, s, 0)).collect();
        Self {
            text,
            lang,
            sentences,
            paragraphs: false,
        }
    }

    /// A document made of `sentences`, joined by one `\n` each (the spans count that way), each
    /// kept whole even when it holds a line break; paragraphs unknown.
    pub fn from_sentences<S: AsRef<str>>(lang: Lang, sentences: &[S]) -> Self {
        let mut text = String::new();
        let mut spans = Vec::with_capacity(sentences.len());
        for (k, s) in sentences.iter().enumerate() {
            if k > 0 {
                text.push('\n');
            }
            let start = text.len();
            text.push_str(s.as_ref());
            spans.push(Span::new(start, text.len()));
        }
        let sentences = spans.into_iter().map(|s| sentence(&text, s, 0)).collect();
        Self {
            text,
            lang,
            sentences,
            paragraphs: false,
        }
    }

    /// The text as read.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The document's language.
    pub fn lang(&self) -> &Lang {
        &self.lang
    }

    /// The sentences, in order.
    pub fn sentences(&self) -> &[DocSentence] {
        &self.sentences
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.sentences.len()
    }

    /// True when the document has no sentence.
    pub fn is_empty(&self) -> bool {
        self.sentences.is_empty()
    }

    /// Sentence `k` exactly as it stands in the text (token offsets within it plus its span's
    /// start are document offsets).
    pub fn raw(&self, k: usize) -> &str {
        self.sentences[k].span.slice(&self.text)
    }

    /// Every sentence as it stands in the text.
    pub fn raw_sentences(&self) -> Vec<&str> {
        (0..self.len()).map(|k| self.raw(k)).collect()
    }

    /// Every sentence in its printed form.
    pub fn norm_sentences(&self) -> Vec<&str> {
        self.sentences.iter().map(|s| s.norm.as_str()).collect()
    }

    /// The paragraph of each sentence, when the text had paragraphs.
    pub fn paragraphs(&self) -> Option<Vec<u32>> {
        self.paragraphs
            .then(|| self.sentences.iter().map(|s| s.paragraph).collect())
    }

    /// Whether paragraphs are known.
    pub fn has_paragraphs(&self) -> bool {
        self.paragraphs
    }

    /// The document span of a byte range `within` sentence `k`.
    pub fn span_in(&self, k: usize, within: Span) -> [usize; 2] {
        let base = self.sentences[k].span.start;
        [base + within.start, base + within.end]
    }

    /// The printed form of sentences `range`, joined by one space.
    pub fn joined(&self, range: Range<usize>) -> String {
        self.sentences[range]
            .iter()
            .map(|s| s.norm.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Characters of each sentence as it stands in the text.
    pub fn char_lengths(&self) -> Vec<usize> {
        (0..self.len())
            .map(|k| self.raw(k).chars().count())
            .collect()
    }
}

fn sentence(text: &str, span: Span, paragraph: u32) -> DocSentence {
    DocSentence {
        span,
        paragraph,
        norm: collapse_whitespace(span.slice(text)),
    }
}

/// A document and its translation: the unit every stage after segmentation works on.
///
/// Both sides are owned, so sentence counts, spans and texts cannot disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocPair {
    /// The original.
    pub src: Document,
    /// The translation.
    pub tgt: Document,
}

impl DocPair {
    /// A pair of documents.
    pub fn new(src: Document, tgt: Document) -> Self {
        Self { src, tgt }
    }

    /// A pair of sentence lists (see [`Document::from_sentences`]).
    pub fn from_sentences<S: AsRef<str>, T: AsRef<str>>(
        src: (Lang, &[S]),
        tgt: (Lang, &[T]),
    ) -> Self {
        Self {
            src: Document::from_sentences(src.0, src.1),
            tgt: Document::from_sentences(tgt.0, tgt.1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::RuleSegmenter;

    #[test]
    fn lines_keep_offsets_and_skip_blank_lines() {
        let doc = Document::from_lines("Satu.\r\n\n  \nDua  tiga.\n", Lang::Id);
        assert_eq!(doc.len(), 2);
        assert_eq!(doc.raw(0), "Satu.");
        assert_eq!(doc.sentences()[1].span, Span::new(11, 21));
        assert_eq!(doc.sentences()[1].norm, "Dua tiga.");
        assert_eq!(doc.paragraphs(), None);
    }

    #[test]
    fn sentences_are_joined_by_one_newline() {
        let doc = Document::from_sentences(Lang::En, &["A b.", "C\nd."]);
        assert_eq!(doc.text(), "A b.\nC\nd.");
        assert_eq!(doc.len(), 2);
        assert_eq!(doc.raw(1), "C\nd.");
        assert_eq!(doc.sentences()[1].norm, "C d.");
        assert_eq!(doc.span_in(1, Span::new(2, 4)), [7, 9]);
    }

    #[test]
    fn segmented_documents_know_paragraphs() -> Result<(), crate::TextError> {
        let segmenter = RuleSegmenter::builder(Lang::En).build()?;
        let doc = Document::segment("One. Two.\n\nThree.", Lang::En, &segmenter);
        assert_eq!(doc.norm_sentences(), ["One.", "Two.", "Three."]);
        assert_eq!(doc.paragraphs(), Some(vec![0, 0, 1]));
        assert_eq!(doc.joined(0..2), "One. Two.");
        Ok(())
    }
}
