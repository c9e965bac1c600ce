//! The recognised text of one page, as stored (encrypted) in the vault: its own record per page.
//!
//! ```text
//! byte 0      format version (FORMAT_VERSION = 1)
//! then        fields: tag (1 byte), length (LEB128), value (length bytes)
//! ```
//!
//! Version 1 tags: `01` engine (what recognised it, e.g. `tesseract-wasm 0.11.0 deu best_int`),
//! `02` the text (UTF-8), `03` image width, `04` image height (pixels, LEB128), `05` recognised at
//! (milliseconds since 1970, LEB128), `10` one word, in order, whose value holds its own fields:
//! `01` start, `02` end (byte offsets of the word in the text), `03` left, `04` top, `05` right,
//! `06` bottom (pixels), `07` confidence (0–100) (numbers LEB128).
//!
//! Readers skip tags they do not know; a new version is needed only when an existing tag changes
//! meaning, and every older version keeps opening (`tests/fixtures/page-text-v1.bin`).

use crate::Span;

/// The version [`PageText::encode`] writes.
pub const FORMAT_VERSION: u8 = 1;

/// A word's box on the page image, and where it is in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WordBox {
    pub span: Span,
    pub left: u32,
    pub top: u32,
    pub right: u32,
    pub bottom: u32,
    /// 0–100.
    pub confidence: u8,
}

/// A word as the recognition engine gives it, before it is placed in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecognisedWord {
    pub text: String,
    pub left: u32,
    pub top: u32,
    pub right: u32,
    pub bottom: u32,
    pub confidence: u8,
}

/// The recognised text of a page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PageText {
    pub engine: String,
    pub text: String,
    pub width: u32,
    pub height: u32,
    pub recognised_at_ms: u64,
    pub words: Vec<WordBox>,
}

/// A stored page text that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageTextError {
    #[error("page text record is empty")]
    Empty,
    #[error("page text record format {found}; this app reads up to {supported}")]
    NewerVersion { found: u8, supported: u8 },
    #[error("damaged page text record: {0}")]
    Damaged(&'static str),
}

mod tag {
    pub const ENGINE: u8 = 0x01;
    pub const TEXT: u8 = 0x02;
    pub const WIDTH: u8 = 0x03;
    pub const HEIGHT: u8 = 0x04;
    pub const AT: u8 = 0x05;
    pub const WORD: u8 = 0x10;

    pub const W_START: u8 = 0x01;
    pub const W_END: u8 = 0x02;
    pub const W_LEFT: u8 = 0x03;
    pub const W_TOP: u8 = 0x04;
    pub const W_RIGHT: u8 = 0x05;
    pub const W_BOTTOM: u8 = 0x06;
    pub const W_CONFIDENCE: u8 = 0x07;
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn put(out: &mut Vec<u8>, tag: u8, value: &[u8]) {
    out.push(tag);
    put_varint(out, value.len() as u64);
    out.extend_from_slice(value);
}

fn put_num(out: &mut Vec<u8>, tag: u8, n: u64) {
    let mut v = Vec::with_capacity(10);
    put_varint(&mut v, n);
    put(out, tag, &v);
}

fn varint(bytes: &[u8], at: &mut usize) -> Result<u64, PageTextError> {
    let mut n: u64 = 0;
    for shift in (0..64).step_by(7) {
        let b = *bytes
            .get(*at)
            .ok_or(PageTextError::Damaged("number cut short"))?;
        *at += 1;
        n |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(n);
        }
    }
    Err(PageTextError::Damaged("number too long"))
}

/// The fields of a TLV run: (tag, value).
fn fields(bytes: &[u8]) -> Result<Vec<(u8, &[u8])>, PageTextError> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        let tag = bytes[at];
        at += 1;
        let len = usize::try_from(varint(bytes, &mut at)?)
            .map_err(|_| PageTextError::Damaged("field too long"))?;
        let end = at
            .checked_add(len)
            .filter(|e| *e <= bytes.len())
            .ok_or(PageTextError::Damaged("field cut short"))?;
        out.push((tag, &bytes[at..end]));
        at = end;
    }
    Ok(out)
}

fn num(value: &[u8]) -> Result<u64, PageTextError> {
    let mut at = 0;
    let n = varint(value, &mut at)?;
    if at != value.len() {
        return Err(PageTextError::Damaged("number with extra bytes"));
    }
    Ok(n)
}

fn num32(value: &[u8]) -> Result<u32, PageTextError> {
    u32::try_from(num(value)?).map_err(|_| PageTextError::Damaged("number too large"))
}

fn text(value: &[u8]) -> Result<String, PageTextError> {
    String::from_utf8(value.to_vec()).map_err(|_| PageTextError::Damaged("text is not UTF-8"))
}

impl PageText {
    /// A page text from the engine's text and words: each word is found in the text, in order,
    /// so a span of the text (a proposal) leads to boxes on the image. Words not found in the text
    /// are left out.
    pub fn from_recognition(
        engine: &str,
        text: String,
        words: &[RecognisedWord],
        width: u32,
        height: u32,
        recognised_at_ms: u64,
    ) -> PageText {
        let mut boxes = Vec::with_capacity(words.len());
        let mut from = 0;
        for w in words {
            let word = w.text.trim();
            if word.is_empty() {
                continue;
            }
            let Some(at) = text.get(from..).and_then(|rest| rest.find(word)) else {
                continue;
            };
            let start = from + at;
            from = start + word.len();
            boxes.push(WordBox {
                span: Span { start, end: from },
                left: w.left,
                top: w.top,
                right: w.right,
                bottom: w.bottom,
                confidence: w.confidence.min(100),
            });
        }
        PageText {
            engine: engine.to_owned(),
            text,
            width,
            height,
            recognised_at_ms,
            words: boxes,
        }
    }

    /// The boxes of the words a span of the text touches (to highlight a proposal on the image).
    pub fn boxes_of(&self, span: Span) -> impl Iterator<Item = &WordBox> {
        self.words
            .iter()
            .filter(move |w| w.span.start < span.end && span.start < w.span.end)
    }

    /// The record's bytes (the vault encrypts them).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = vec![FORMAT_VERSION];
        if !self.engine.is_empty() {
            put(&mut out, tag::ENGINE, self.engine.as_bytes());
        }
        put(&mut out, tag::TEXT, self.text.as_bytes());
        put_num(&mut out, tag::WIDTH, u64::from(self.width));
        put_num(&mut out, tag::HEIGHT, u64::from(self.height));
        put_num(&mut out, tag::AT, self.recognised_at_ms);
        for w in &self.words {
            let mut v = Vec::with_capacity(24);
            put_num(&mut v, tag::W_START, w.span.start as u64);
            put_num(&mut v, tag::W_END, w.span.end as u64);
            put_num(&mut v, tag::W_LEFT, u64::from(w.left));
            put_num(&mut v, tag::W_TOP, u64::from(w.top));
            put_num(&mut v, tag::W_RIGHT, u64::from(w.right));
            put_num(&mut v, tag::W_BOTTOM, u64::from(w.bottom));
            put_num(&mut v, tag::W_CONFIDENCE, u64::from(w.confidence));
            put(&mut out, tag::WORD, &v);
        }
        out
    }

    /// Reads a record written by this or an older version.
    ///
    /// # Errors
    /// [`PageTextError`]: empty, from a newer app, or damaged (a word outside the text included).
    pub fn decode(bytes: &[u8]) -> Result<PageText, PageTextError> {
        let (&version, rest) = bytes.split_first().ok_or(PageTextError::Empty)?;
        if version == 0 {
            return Err(PageTextError::Damaged("version 0"));
        }
        if version > FORMAT_VERSION {
            return Err(PageTextError::NewerVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let mut page = PageText::default();
        for (t, value) in fields(rest)? {
            match t {
                tag::ENGINE => page.engine = text(value)?,
                tag::TEXT => page.text = text(value)?,
                tag::WIDTH => page.width = num32(value)?,
                tag::HEIGHT => page.height = num32(value)?,
                tag::AT => page.recognised_at_ms = num(value)?,
                tag::WORD => {
                    let mut w = WordBox::default();
                    for (wt, wv) in fields(value)? {
                        let n = || num32(wv);
                        match wt {
                            tag::W_START => w.span.start = n()? as usize,
                            tag::W_END => w.span.end = n()? as usize,
                            tag::W_LEFT => w.left = n()?,
                            tag::W_TOP => w.top = n()?,
                            tag::W_RIGHT => w.right = n()?,
                            tag::W_BOTTOM => w.bottom = n()?,
                            tag::W_CONFIDENCE => {
                                w.confidence = u8::try_from(n()?.min(100)).unwrap_or(100);
                            }
                            _ => {}
                        }
                    }
                    page.words.push(w);
                }
                _ => {}
            }
        }
        for w in &page.words {
            if w.span.start > w.span.end || page.text.get(w.span.start..w.span.end).is_none() {
                return Err(PageTextError::Damaged("a word outside the text"));
            }
        }
        Ok(page)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> PageText {
        let words = [
            ("Gültig", 100, 200, 180, 230, 93),
            ("bis:", 190, 200, 240, 230, 90),
            ("30.09.2026", 250, 200, 400, 230, 88),
            ("Geisterwort", 0, 0, 1, 1, 10),
        ]
        .map(|(t, l, tp, r, b, c)| RecognisedWord {
            text: t.into(),
            left: l,
            top: tp,
            right: r,
            bottom: b,
            confidence: c,
        });
        PageText::from_recognition(
            "tesseract-wasm 0.11.0 deu best_int",
            "Aufenthaltsgestattung\nGültig bis: 30.09.2026\n".into(),
            &words,
            2000,
            2828,
            1_780_000_000_000,
        )
    }

    #[test]
    fn words_are_placed_in_the_text() {
        let page = sample();
        assert_eq!(page.words.len(), 3, "a word not in the text is left out");
        assert_eq!(page.words[2].span.of(&page.text), "30.09.2026");
        let reading = crate::read_letter(&page.text);
        let until = reading.valid_until.unwrap();
        let boxes: Vec<_> = page.boxes_of(until.span).collect();
        assert_eq!(boxes.len(), 1);
        assert_eq!(boxes[0].left, 250);
    }

    #[test]
    fn round_trip_and_damage() {
        let page = sample();
        let bytes = page.encode();
        assert_eq!(PageText::decode(&bytes).unwrap(), page);
        assert_eq!(PageText::decode(&[]), Err(PageTextError::Empty));
        assert!(matches!(
            PageText::decode(&[2]),
            Err(PageTextError::NewerVersion { found: 2, .. })
        ));
        for cut in 1..bytes.len() {
            // Any cut is an error or a shorter valid record, never a panic.
            let _ = PageText::decode(&bytes[..cut]);
        }
        // An unknown tag is skipped.
        let mut extra = bytes.clone();
        extra.extend_from_slice(&[0x7e, 1, 0]);
        assert_eq!(PageText::decode(&extra).unwrap(), page);
    }

    /// Version 1 as first written: must keep opening, byte for byte.
    #[test]
    fn stored_version_1_fixture_opens() {
        let fixture = include_bytes!("../tests/fixtures/page-text-v1.bin");
        let page = PageText::decode(fixture).unwrap();
        assert_eq!(page, sample());
        assert_eq!(page.encode(), fixture.to_vec());
    }
}
