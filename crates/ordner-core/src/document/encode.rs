//! The record encoding of a [`Document`] (the plaintext that the vault encrypts).
//!
//! ```text
//! byte 0      format version (FORMAT_VERSION = 1)
//! then        fields: tag (1 byte), length (LEB128), value (length bytes)
//! ```
//!
//! Version 1 tags: `01` type key, `02` tab key, `03` title, `04` issuer, `05` received,
//! `06` valid until, `07` moved in, `0c` appointment, `0d` the letter's own date (dates as
//! `YYYY-MM-DD`; `0d` added later without a new version, older apps skip it), `08` asylum outcome
//! key, `09` notes (texts UTF-8), `0a` created, `0b` updated (milliseconds, LEB128), `10` one page,
//! in order,
//! whose value holds its own fields: `01` blob id, `02` thumbnail blob id, `03` MIME type,
//! `04` width, `05` height, `06` rotation in degrees, `07` size in bytes (numbers LEB128).
//!
//! Readers skip tags they do not know, so a field can be added without a new version; a new
//! version is only needed when the meaning of an existing tag changes. A decoder keeps reading
//! every older version. The record id is the vault key, not part of the value.

use super::{Document, Page, PageMime, Rotation, outcome_by_key};
use crate::date::Date;
use crate::error::CoreError;
use crate::tabs::TabId;

/// The version [`encode`] writes.
pub const FORMAT_VERSION: u8 = 1;

mod tag {
    pub const TYPE: u8 = 0x01;
    pub const TAB: u8 = 0x02;
    pub const TITLE: u8 = 0x03;
    pub const ISSUER: u8 = 0x04;
    pub const RECEIVED: u8 = 0x05;
    pub const VALID_UNTIL: u8 = 0x06;
    pub const MOVED_IN: u8 = 0x07;
    pub const OUTCOME: u8 = 0x08;
    pub const NOTES: u8 = 0x09;
    pub const CREATED: u8 = 0x0a;
    pub const UPDATED: u8 = 0x0b;
    pub const APPOINTMENT: u8 = 0x0c;
    pub const LETTER_DATE: u8 = 0x0d;
    pub const PAGE: u8 = 0x10;

    pub const P_BLOB: u8 = 0x01;
    pub const P_THUMB: u8 = 0x02;
    pub const P_MIME: u8 = 0x03;
    pub const P_WIDTH: u8 = 0x04;
    pub const P_HEIGHT: u8 = 0x05;
    pub const P_ROTATION: u8 = 0x06;
    pub const P_BYTES: u8 = 0x07;
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

fn put_text(out: &mut Vec<u8>, tag: u8, text: &str) {
    if !text.is_empty() {
        put(out, tag, text.as_bytes());
    }
}

fn put_num(out: &mut Vec<u8>, tag: u8, n: u64) {
    let mut v = Vec::with_capacity(10);
    put_varint(&mut v, n);
    put(out, tag, &v);
}

/// Encodes a document (without its id) in the current format.
#[must_use]
pub fn encode(doc: &Document) -> Vec<u8> {
    let mut out = vec![FORMAT_VERSION];
    put_text(&mut out, tag::TYPE, &doc.doc_type);
    put_text(&mut out, tag::TAB, doc.tab.key());
    put_text(&mut out, tag::TITLE, &doc.title);
    put_text(&mut out, tag::ISSUER, &doc.issuer);
    for (t, d) in [
        (tag::RECEIVED, &doc.received),
        (tag::VALID_UNTIL, &doc.valid_until),
        (tag::MOVED_IN, &doc.moved_in),
        (tag::APPOINTMENT, &doc.appointment),
        (tag::LETTER_DATE, &doc.letter_date),
    ] {
        if let Some(d) = d {
            put_text(&mut out, t, &d.to_iso());
        }
    }
    if let Some(o) = doc.outcome {
        put_text(&mut out, tag::OUTCOME, o.key());
    }
    put_text(&mut out, tag::NOTES, &doc.notes);
    put_num(&mut out, tag::CREATED, doc.created_ms);
    put_num(&mut out, tag::UPDATED, doc.updated_ms);
    for page in &doc.pages {
        let mut p = Vec::new();
        put_text(&mut p, tag::P_BLOB, &page.blob);
        if let Some(thumb) = &page.thumb {
            put_text(&mut p, tag::P_THUMB, thumb);
        }
        put_text(&mut p, tag::P_MIME, page.mime.as_str());
        put_num(&mut p, tag::P_WIDTH, u64::from(page.width));
        put_num(&mut p, tag::P_HEIGHT, u64::from(page.height));
        put_num(&mut p, tag::P_ROTATION, u64::from(page.rotation.degrees()));
        put_num(&mut p, tag::P_BYTES, page.bytes);
        put(&mut out, tag::PAGE, &p);
    }
    out
}

fn malformed(what: &str) -> CoreError {
    CoreError::DocumentFormat(what.to_owned())
}

struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    fn varint(&mut self) -> Result<u64, CoreError> {
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self
                .rest
                .split_first()
                .ok_or_else(|| malformed("truncated number"))?;
            self.rest = rest;
            n |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(malformed("number too long"))
    }

    /// The next field, or `None` at the end.
    fn field(&mut self) -> Result<Option<(u8, &'a [u8])>, CoreError> {
        let Some((&tag, rest)) = self.rest.split_first() else {
            return Ok(None);
        };
        self.rest = rest;
        let len = usize::try_from(self.varint()?).map_err(|_| malformed("length"))?;
        if len > self.rest.len() {
            return Err(malformed("truncated field"));
        }
        let (value, rest) = self.rest.split_at(len);
        self.rest = rest;
        Ok(Some((tag, value)))
    }
}

fn text(value: &[u8]) -> Result<String, CoreError> {
    std::str::from_utf8(value)
        .map(str::to_owned)
        .map_err(|_| malformed("text is not UTF-8"))
}

fn num(value: &[u8]) -> Result<u64, CoreError> {
    let mut r = Reader { rest: value };
    let n = r.varint()?;
    if r.rest.is_empty() {
        Ok(n)
    } else {
        Err(malformed("number field"))
    }
}

fn small(value: &[u8]) -> Result<u32, CoreError> {
    u32::try_from(num(value)?).map_err(|_| malformed("number too large"))
}

fn date(value: &[u8]) -> Result<Date, CoreError> {
    Date::parse_iso(&text(value)?).map_err(|_| malformed("date"))
}

/// Decodes a stored document of any version this app knows; `id` is its record id.
///
/// # Errors
/// [`CoreError::DocumentVersion`] for a newer format; [`CoreError::DocumentFormat`] for damaged
/// or incomplete data.
pub fn decode(id: &str, bytes: &[u8]) -> Result<Document, CoreError> {
    let (&version, body) = bytes.split_first().ok_or_else(|| malformed("empty"))?;
    match version {
        1 => decode_v1(id, body),
        v => Err(CoreError::DocumentVersion {
            found: v,
            supported: FORMAT_VERSION,
        }),
    }
}

fn decode_v1(id: &str, body: &[u8]) -> Result<Document, CoreError> {
    let mut doc = Document {
        id: id.to_owned(),
        doc_type: String::new(),
        tab: TabId::Documents,
        title: String::new(),
        issuer: String::new(),
        received: None,
        valid_until: None,
        moved_in: None,
        appointment: None,
        letter_date: None,
        outcome: None,
        notes: String::new(),
        pages: Vec::new(),
        created_ms: 0,
        updated_ms: 0,
    };
    let mut tab = None;
    let mut r = Reader { rest: body };
    while let Some((t, value)) = r.field()? {
        match t {
            tag::TYPE => doc.doc_type = text(value)?,
            tag::TAB => tab = Some(TabId::from_key(&text(value)?).ok_or_else(|| malformed("tab"))?),
            tag::TITLE => doc.title = text(value)?,
            tag::ISSUER => doc.issuer = text(value)?,
            tag::RECEIVED => doc.received = Some(date(value)?),
            tag::VALID_UNTIL => doc.valid_until = Some(date(value)?),
            tag::MOVED_IN => doc.moved_in = Some(date(value)?),
            tag::APPOINTMENT => doc.appointment = Some(date(value)?),
            tag::LETTER_DATE => doc.letter_date = Some(date(value)?),
            // An outcome a newer app added is left out rather than failing the document.
            tag::OUTCOME => doc.outcome = outcome_by_key(&text(value)?),
            tag::NOTES => doc.notes = text(value)?,
            tag::CREATED => doc.created_ms = num(value)?,
            tag::UPDATED => doc.updated_ms = num(value)?,
            tag::PAGE => doc.pages.push(decode_page(value)?),
            _ => {}
        }
    }
    if doc.doc_type.is_empty() {
        return Err(malformed("no type"));
    }
    doc.tab = tab.ok_or_else(|| malformed("no tab"))?;
    Ok(doc)
}

fn decode_page(value: &[u8]) -> Result<Page, CoreError> {
    let (mut blob, mut thumb, mut mime) = (None, None, None);
    let (mut width, mut height, mut rotation, mut bytes) = (0, 0, Rotation::R0, 0);
    let mut r = Reader { rest: value };
    while let Some((t, v)) = r.field()? {
        match t {
            tag::P_BLOB => blob = Some(text(v)?),
            tag::P_THUMB => thumb = Some(text(v)?),
            tag::P_MIME => {
                mime = Some(PageMime::from_mime(&text(v)?).ok_or_else(|| malformed("page type"))?);
            }
            tag::P_WIDTH => width = small(v)?,
            tag::P_HEIGHT => height = small(v)?,
            tag::P_ROTATION => {
                rotation = i32::try_from(small(v)?)
                    .ok()
                    .and_then(Rotation::from_degrees)
                    .ok_or_else(|| malformed("rotation"))?;
            }
            tag::P_BYTES => bytes = num(v)?,
            _ => {}
        }
    }
    // The encoder writes no empty text (`put_text`): an empty blob id is a page without blob,
    // an empty thumbnail id no thumbnail (found by fuzzing, #16: such a page decoded, but its
    // encoding did not).
    Ok(Page {
        blob: blob
            .filter(|b| !b.is_empty())
            .ok_or_else(|| malformed("page without blob"))?,
        thumb: thumb.filter(|t| !t.is_empty()),
        mime: mime.ok_or_else(|| malformed("page without type"))?,
        width,
        height,
        rotation,
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::AsylumOutcome;

    fn sample() -> Document {
        Document {
            id: "doc1".into(),
            doc_type: "bamf-bescheid".into(),
            tab: TabId::Arrival,
            title: "Bescheid".into(),
            issuer: "BAMF".into(),
            received: Some(Date::parse_iso("2026-11-02").unwrap()),
            valid_until: None,
            moved_in: None,
            appointment: None,
            letter_date: None,
            outcome: Some(AsylumOutcome::Unfounded),
            notes: "ä".into(),
            pages: vec![
                Page {
                    blob: "p1".into(),
                    thumb: Some("t1".into()),
                    mime: PageMime::Jpeg,
                    width: 1500,
                    height: 2000,
                    rotation: Rotation::R0,
                    bytes: 300_000,
                },
                Page {
                    blob: "p2".into(),
                    thumb: None,
                    mime: PageMime::Pdf,
                    width: 0,
                    height: 0,
                    rotation: Rotation::R90,
                    bytes: 5,
                },
            ],
            created_ms: 1_763_700_000_000,
            updated_ms: 1_763_700_000_001,
        }
    }

    /// Version 1 as written on 2026-11-21. Never change this constant: stored documents look
    /// like this, and every later app must read them.
    const V1_SAMPLE: &str = concat!(
        "01",
        "010d62616d662d6265736368656964", // type bamf-bescheid
        "0207617272697661 6c",            // tab arrival
        "030842657363686569 64",          // title
        "040442414d46",                   // issuer
        "050a323032362d31312d3032",       // received
        "0809756e666f756e646564",         // outcome unfounded
        "0902c3a4",                       // notes ä
        "0a06808ad9a5aa33",               // created
        "0b06818ad9a5aa33",               // updated
        "10240102703102027431030a696d6167652f6a706567040 2dc0b0502d00f060100070 3e0a712",
        "102101027032030f6170706c69636174696f6e2f7064660401000501000601 5a070105",
    );

    fn unhex(s: &str) -> Vec<u8> {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    #[test]
    fn round_trip() {
        let doc = sample();
        assert_eq!(decode("doc1", &encode(&doc)).unwrap(), doc);
        let mut invitation = sample();
        invitation.doc_type = "bamf-einladung".into();
        invitation.appointment = Some(Date::parse_iso("2026-12-01").unwrap());
        assert_eq!(decode("doc1", &encode(&invitation)).unwrap(), invitation);
    }

    #[test]
    fn version_1_is_pinned() {
        let bytes = unhex(V1_SAMPLE);
        assert_eq!(decode("doc1", &bytes).unwrap(), sample());
        assert_eq!(encode(&sample()), bytes);
    }

    /// The letter's own date (tag `0d`, added 2026-12-03 without a new version): written after
    /// the other dates; a record without it (every older one) still opens.
    #[test]
    fn the_letters_own_date_is_pinned() {
        let mut doc = sample();
        doc.letter_date = Some(Date::parse_iso("2026-10-29").unwrap());
        let bytes = encode(&doc);
        let field = unhex("0d0a 323032362d31302d3239"); // 0d, 10 bytes, 2026-10-29
        let pos = bytes
            .windows(field.len())
            .position(|w| w == field.as_slice())
            .expect("the letter date field");
        // Right after the received date.
        let received = unhex("050a323032362d31312d3032");
        assert_eq!(&bytes[pos - received.len()..pos], received.as_slice());
        assert_eq!(decode("doc1", &bytes).unwrap(), doc);
    }

    #[test]
    fn unknown_fields_are_skipped() {
        let mut bytes = encode(&sample());
        bytes.extend_from_slice(&[0x7f, 0x03, b'n', b'e', b'w']);
        assert_eq!(decode("doc1", &bytes).unwrap(), sample());
    }

    #[test]
    fn damaged_and_newer_records_are_refused() {
        let bytes = encode(&sample());
        assert!(matches!(
            decode("doc1", &bytes[..bytes.len() - 3]),
            Err(CoreError::DocumentFormat(_))
        ));
        assert!(matches!(
            decode("x", &[]),
            Err(CoreError::DocumentFormat(_))
        ));
        let mut newer = bytes.clone();
        newer[0] = 2;
        assert_eq!(
            decode("x", &newer),
            Err(CoreError::DocumentVersion {
                found: 2,
                supported: 1
            })
        );
        // No type: refused.
        assert!(decode("x", &[1, 0x02, 0x02, b'x', b'y']).is_err());
    }

    /// Found by fuzzing (#16): a page whose blob id is stored empty (a later `01` field of
    /// length 0) decoded, but the encoder writes no empty text, so its encoding did not. An
    /// empty blob id is a page without blob; an empty thumbnail id is no thumbnail.
    #[test]
    fn empty_page_ids_are_no_ids() {
        let page = |fields: &[u8]| {
            let mut v = vec![1, 0x01, 0x01, b't', 0x02, 0x07];
            v.extend_from_slice(b"housing");
            v.push(0x10);
            v.push(u8::try_from(fields.len()).unwrap());
            v.extend_from_slice(fields);
            v
        };
        let mime = [
            0x03, 0x0a, b'i', b'm', b'a', b'g', b'e', b'/', b'j', b'p', b'e', b'g',
        ];
        let blob_then_empty = [&[0x01, 0x02, b'p', b'1', 0x01, 0x00][..], &mime].concat();
        assert_eq!(
            decode("x", &page(&blob_then_empty)),
            Err(CoreError::DocumentFormat("page without blob".into()))
        );
        let empty_thumb = [&[0x01, 0x02, b'p', b'1', 0x02, 0x00][..], &mime].concat();
        let doc = decode("x", &page(&empty_thumb)).unwrap();
        assert_eq!(doc.pages[0].thumb, None);
        assert_eq!(decode("x", &encode(&doc)).unwrap(), doc);
    }
}
