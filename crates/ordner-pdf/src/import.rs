//! Pages of PDF files the person imported (a Bescheid, a letter), embedded into the
//! consultation printout as Form XObjects.
//!
//! [`open`] reads a PDF with lopdf and checks everything that can go wrong *before* the printout
//! is laid out: password protection, damage, no pages, too many pages, content that cannot be
//! decoded. What it returns is known to embed: each page's box (CropBox within MediaBox, both
//! inherited through the page tree), its `/Rotate`, its resources and its decoded content. The
//! layout then knows every page count in advance, and [`form_xobject`] turns a page into a Form
//! XObject of the output document (objects copied once per source file, renumbered), which
//! `DocBuilder::finish` puts in place of a placeholder that printpdf wrote.

use std::collections::HashMap;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// Pages taken from one PDF file at most; the rest is named on an explaining page.
pub const MAX_PAGES_PER_FILE: usize = 100;
/// Pages taken from all PDF files of one printout at most.
pub const MAX_PAGES_TOTAL: usize = 300;
/// Decoded content of one page at most (its content streams together).
pub const MAX_PAGE_CONTENT: usize = 16 * 1024 * 1024;
/// Decoded size of any object or cross-reference stream while the file is read.
pub const MAX_STREAM_WHILE_LOADING: usize = 64 * 1024 * 1024;
/// Objects a file may have at most (a normal letter has a few hundred).
pub const MAX_OBJECTS: usize = 500_000;

/// Why a PDF file (or part of it) is not in the printout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PdfProblem {
    /// Protected with a password (a user password, not only restrictions).
    Locked,
    /// Not readable as a PDF, or a page cannot be decoded.
    Damaged,
    /// The file has no pages.
    Empty,
    /// The printout already holds [`MAX_PAGES_TOTAL`] pages of PDF files.
    TooManyPages,
}

impl PdfProblem {
    /// The Fluent message that names the reason.
    pub fn message_id(self) -> &'static str {
        match self {
            PdfProblem::Locked => "pdf-pages-reason-locked",
            PdfProblem::Damaged => "pdf-pages-reason-damaged",
            PdfProblem::Empty => "pdf-pages-reason-empty",
            PdfProblem::TooManyPages => "pdf-pages-reason-too-many",
        }
    }
}

/// One page ready to embed.
#[derive(Debug, Clone)]
pub struct ImportedPage {
    id: ObjectId,
    /// The visible box (CropBox ∩ MediaBox) in the page's user space: llx, lly, urx, ury.
    pub bbox: [f32; 4],
    /// Clockwise rotation when shown: 0, 90, 180 or 270.
    pub rotate: u16,
    /// The page's decoded content streams, concatenated.
    content: Vec<u8>,
}

impl ImportedPage {
    /// Turns the page further clockwise by `degrees` (a multiple of 90; others are ignored).
    pub fn turn(&mut self, degrees: u16) {
        if degrees.is_multiple_of(90) {
            self.rotate = ((u32::from(self.rotate) + u32::from(degrees)) % 360) as u16;
        }
    }

    /// Width and height as the page is shown (after `/Rotate`), in points.
    pub fn shown_size(&self) -> (f32, f32) {
        let (w, h) = (self.bbox[2] - self.bbox[0], self.bbox[3] - self.bbox[1]);
        if self.rotate % 180 == 90 {
            (h, w)
        } else {
            (w, h)
        }
    }

    /// The form matrix: from the page's user space to the shown page with its lower-left corner
    /// at the origin (`[a b c d e f]`).
    pub fn matrix(&self) -> [f32; 6] {
        let [llx, lly, urx, ury] = self.bbox;
        let (w, h) = (urx - llx, ury - lly);
        // Rotation about the origin, then the translation that brings the box back to the
        // first quadrant.
        let (a, b, c, d, e, f) = match self.rotate {
            90 => (0.0, -1.0, 1.0, 0.0, 0.0, w),
            180 => (-1.0, 0.0, 0.0, -1.0, w, h),
            270 => (0.0, 1.0, -1.0, 0.0, h, 0.0),
            _ => (1.0, 0.0, 0.0, 1.0, 0.0, 0.0),
        };
        // Composed with the move of (llx, lly) to the origin.
        [a, b, c, d, e - a * llx - c * lly, f - b * llx - d * lly]
    }
}

/// A PDF file read for embedding.
#[derive(Debug)]
pub struct ImportedPdf {
    doc: Document,
    /// The pages to embed (at most the limit given to [`open`]).
    pub pages: Vec<ImportedPage>,
    /// How many pages the file has.
    pub total_pages: usize,
}

/// Reads a PDF file and prepares at most `max_pages` of its pages for embedding.
///
/// # Errors
/// [`PdfProblem`] when nothing of the file can be embedded.
pub fn open(bytes: &[u8], max_pages: usize) -> Result<ImportedPdf, PdfProblem> {
    if !looks_like_pdf(bytes) {
        return Err(PdfProblem::Damaged);
    }
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(MAX_STREAM_WHILE_LOADING),
        ..Default::default()
    };
    let doc = match Document::load_mem_with_options(bytes, options) {
        Ok(doc) => doc,
        Err(
            lopdf::Error::Decryption(_)
            | lopdf::Error::InvalidPassword
            | lopdf::Error::UnsupportedSecurityHandler(_),
        ) => {
            return Err(PdfProblem::Locked);
        }
        Err(_) => {
            return Err(if has_encrypt_entry(bytes) {
                PdfProblem::Locked
            } else {
                PdfProblem::Damaged
            });
        }
    };
    // lopdf opens files that only restrict printing or copying (empty user password) and
    // removes their /Encrypt entry; one that is still there needs a password we do not have.
    if doc.trailer.get(b"Encrypt").is_ok() {
        return Err(PdfProblem::Locked);
    }
    if doc.objects.len() > MAX_OBJECTS {
        return Err(PdfProblem::Damaged);
    }
    let ids: Vec<ObjectId> = doc.page_iter().collect();
    if ids.is_empty() {
        return Err(PdfProblem::Empty);
    }
    let mut pages = Vec::new();
    for id in ids.iter().take(max_pages) {
        pages.push(prepare_page(&doc, *id)?);
    }
    Ok(ImportedPdf {
        doc,
        pages,
        total_pages: ids.len(),
    })
}

/// A PDF header in the first kilobyte (as readers accept it).
fn looks_like_pdf(bytes: &[u8]) -> bool {
    bytes
        .get(..bytes.len().min(1024))
        .is_some_and(|head| head.windows(5).any(|w| w == b"%PDF-"))
}

fn has_encrypt_entry(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

/// An inherited page attribute: on the page or the nearest ancestor that has it.
fn inherited<'a>(doc: &'a Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut dict = doc.get_dictionary(page).ok()?;
    for _ in 0..64 {
        if let Ok(value) = dict.get(key) {
            return doc.dereference(value).ok().map(|(_, o)| o);
        }
        let parent = dict.get(b"Parent").and_then(Object::as_reference).ok()?;
        dict = doc.get_dictionary(parent).ok()?;
    }
    None
}

fn read_box(doc: &Document, page: ObjectId, key: &[u8]) -> Option<[f32; 4]> {
    let array = inherited(doc, page, key)?.as_array().ok()?;
    if array.len() != 4 {
        return None;
    }
    let mut v = [0.0f32; 4];
    for (slot, item) in v.iter_mut().zip(array) {
        let n = doc.dereference(item).ok()?.1.as_float().ok()?;
        if !n.is_finite() {
            return None;
        }
        *slot = n;
    }
    // Normalise: lower-left, upper-right.
    Some([
        v[0].min(v[2]),
        v[1].min(v[3]),
        v[0].max(v[2]),
        v[1].max(v[3]),
    ])
}

fn prepare_page(doc: &Document, id: ObjectId) -> Result<ImportedPage, PdfProblem> {
    // A missing MediaBox is an error in the file; US Letter is what readers assume.
    let media = read_box(doc, id, b"MediaBox").unwrap_or([0.0, 0.0, 612.0, 792.0]);
    let bbox = match read_box(doc, id, b"CropBox") {
        Some(c) => [
            c[0].max(media[0]),
            c[1].max(media[1]),
            c[2].min(media[2]),
            c[3].min(media[3]),
        ],
        None => media,
    };
    // A page smaller than a millimetre or larger than 200 inches (PDF's own limit) is damage.
    let (w, h) = (bbox[2] - bbox[0], bbox[3] - bbox[1]);
    if !(3.0..=14_400.0).contains(&w) || !(3.0..=14_400.0).contains(&h) {
        return Err(PdfProblem::Damaged);
    }
    let rotate = inherited(doc, id, b"Rotate")
        .and_then(|o| o.as_i64().ok())
        .unwrap_or(0)
        .rem_euclid(360);
    let rotate = match rotate {
        90 | 180 | 270 => rotate as u16,
        _ => 0,
    };
    let mut content = Vec::new();
    for stream_id in doc.get_page_contents(id) {
        let Ok(stream) = doc.get_object(stream_id).and_then(Object::as_stream) else {
            // A content reference to nothing draws nothing.
            continue;
        };
        let budget = MAX_PAGE_CONTENT.saturating_sub(content.len());
        let data = stream
            .decompressed_content_with_limit(budget)
            .map_err(|_| PdfProblem::Damaged)?;
        content.extend_from_slice(&data);
        content.push(b'\n');
    }
    Ok(ImportedPage {
        id,
        bbox,
        rotate,
        content,
    })
}

/// Copies objects of one source file into the output document, each once.
pub struct Copier<'s> {
    src: &'s Document,
    map: HashMap<ObjectId, ObjectId>,
}

impl<'s> Copier<'s> {
    pub fn new(src: &'s ImportedPdf) -> Copier<'s> {
        Copier {
            src: &src.doc,
            map: HashMap::new(),
        }
    }

    /// The output id of a source object, copying it (and what it refers to) on first use.
    /// References to page tree nodes (which would pull in the whole file) and to missing
    /// objects become `null`.
    fn reference(&mut self, out: &mut Document, id: ObjectId) -> Object {
        if let Some(new) = self.map.get(&id) {
            return Object::Reference(*new);
        }
        let Ok(object) = self.src.get_object(id) else {
            return Object::Null;
        };
        if let Ok(dict) = object.as_dict()
            && (dict.has_type(b"Page") || dict.has_type(b"Pages"))
        {
            return Object::Null;
        }
        let new = out.new_object_id();
        self.map.insert(id, new);
        let copied = self.object(out, object);
        out.objects.insert(new, copied);
        Object::Reference(new)
    }

    fn object(&mut self, out: &mut Document, object: &Object) -> Object {
        match object {
            Object::Reference(id) => self.reference(out, *id),
            Object::Array(items) => {
                Object::Array(items.iter().map(|o| self.object(out, o)).collect())
            }
            Object::Dictionary(dict) => Object::Dictionary(self.dict(out, dict)),
            Object::Stream(stream) => {
                let mut dict = self.dict(out, &stream.dict);
                dict.set("Length", stream.content.len() as i64);
                let mut copy = Stream::new(dict, stream.content.clone());
                copy.allows_compression = stream.allows_compression;
                Object::Stream(copy)
            }
            other => other.clone(),
        }
    }

    fn dict(&mut self, out: &mut Document, dict: &Dictionary) -> Dictionary {
        let mut copy = Dictionary::new();
        for (key, value) in dict.iter() {
            if key.as_slice() == b"Parent" {
                continue;
            }
            copy.set(key.clone(), self.object(out, value));
        }
        copy
    }

    /// The page as a Form XObject of the output document: its resources (copied), its
    /// content, its box and the matrix that turns it upright (`/Rotate`).
    pub fn form_xobject(&mut self, out: &mut Document, page: &ImportedPage) -> Stream {
        let mut dict = Dictionary::new();
        dict.set("Type", Object::Name(b"XObject".to_vec()));
        dict.set("Subtype", Object::Name(b"Form".to_vec()));
        dict.set("FormType", 1);
        dict.set(
            "BBox",
            Object::Array(page.bbox.iter().map(|v| Object::Real(*v)).collect()),
        );
        dict.set(
            "Matrix",
            Object::Array(page.matrix().iter().map(|v| Object::Real(*v)).collect()),
        );
        let resources = inherited(self.src, page.id, b"Resources")
            .cloned()
            .map(|r| self.object(out, &r))
            .filter(|r| matches!(r, Object::Dictionary(_) | Object::Reference(_)))
            .unwrap_or_else(|| Object::Dictionary(Dictionary::new()));
        dict.set("Resources", resources);
        // A page that is a transparency group keeps that (how its content blends).
        if let Ok(group) = self
            .src
            .get_dictionary(page.id)
            .and_then(|d| d.get(b"Group"))
        {
            let group = group.clone();
            let copied = self.object(out, &group);
            dict.set("Group", copied);
        }
        Stream::new(dict, page.content.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(bbox: [f32; 4], rotate: u16) -> ImportedPage {
        ImportedPage {
            id: (1, 0),
            bbox,
            rotate,
            content: Vec::new(),
        }
    }

    fn apply(m: [f32; 6], x: f32, y: f32) -> (f32, f32) {
        (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
    }

    #[test]
    fn matrices_turn_the_box_upright() {
        // A 100 × 200 box at (10, 20). The top-left corner as the page is shown must land at
        // (0, shown height) for every rotation.
        let bbox = [10.0, 20.0, 110.0, 220.0];
        for (rotate, shown, top_left_in_page) in [
            (0u16, (100.0, 200.0), (10.0, 220.0)),
            // Turned clockwise: the page's lower-left corner is shown top left.
            (90, (200.0, 100.0), (10.0, 20.0)),
            (180, (100.0, 200.0), (110.0, 20.0)),
            (270, (200.0, 100.0), (110.0, 220.0)),
        ] {
            let p = page(bbox, rotate);
            assert_eq!(p.shown_size(), shown, "rotate {rotate}");
            let (x, y) = apply(p.matrix(), top_left_in_page.0, top_left_in_page.1);
            assert!(
                x.abs() < 1e-3 && (y - shown.1).abs() < 1e-3,
                "rotate {rotate}: {x}, {y}"
            );
            // All four corners stay inside the shown box.
            for (cx, cy) in [(10.0, 20.0), (110.0, 20.0), (10.0, 220.0), (110.0, 220.0)] {
                let (x, y) = apply(p.matrix(), cx, cy);
                assert!(x > -1e-3 && x < shown.0 + 1e-3, "rotate {rotate}: x {x}");
                assert!(y > -1e-3 && y < shown.1 + 1e-3, "rotate {rotate}: y {y}");
            }
        }
    }

    #[test]
    fn not_a_pdf_is_damaged() {
        assert_eq!(open(b"hello", 10).unwrap_err(), PdfProblem::Damaged);
        assert_eq!(open(b"", 10).unwrap_err(), PdfProblem::Damaged);
        assert_eq!(
            open(b"%PDF-1.4\n%%EOF", 10).unwrap_err(),
            PdfProblem::Damaged
        );
    }
}
