//! The document builder: pages of text blocks, rules, boxes and images, written with printpdf.
//!
//! Pages are collected in the engine's own form first (glyph ids of the full fonts). When the
//! document is finished, each font is subset to the glyphs it uses (`subsetter`), the glyph ids
//! are renumbered, and the printpdf document is built and written. The catalog then gets the
//! document language (`/Lang`).
//!
//! Coordinates here are in points from the page's top-left corner, y growing downwards.

use std::collections::{BTreeMap, HashMap};

use printpdf::{
    Codepoint, Color, CurTransMat, DictItem, ExternalStream, ExternalXObject, Line,
    LineDashPattern, LinePoint, Op, PaintMode, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix, TextRenderingMode, XObjectId,
    XObjectTransform,
};

use crate::error::PdfError;
use crate::fonts::{FaceIdx, FontLibrary};
use crate::import::{Copier, ImportedPdf};
use crate::jpeg::JpegInfo;
use crate::text::{Rgb, TextBlock};

/// A4 in points.
pub const A4_WIDTH: f32 = 595.276;
pub const A4_HEIGHT: f32 = 841.89;

/// Millimetres to points.
pub fn mm(v: f32) -> f32 {
    v * 72.0 / 25.4
}

#[derive(Debug, Clone)]
enum Item {
    Glyphs {
        face: FaceIdx,
        size: f32,
        color: Rgb,
        /// Drawn with text render mode 3 (only in the text layer).
        invisible: bool,
        /// Absolute x, y (baseline, from the top) and glyph id and its text.
        glyphs: Vec<(f32, f32, u16, String)>,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    Line {
        points: Vec<(f32, f32)>,
        color: Rgb,
        width: f32,
        dash: Option<(f32, f32)>,
    },
    Image {
        index: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
    /// A page of an imported PDF file (index into `DocBuilder::forms`), scaled into the box.
    Form {
        index: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
}

impl Item {
    /// Moves the item `dy` points down the page (negative: up).
    fn shift(&mut self, dy: f32) {
        match self {
            Item::Glyphs { glyphs, .. } => {
                for g in glyphs {
                    g.1 += dy;
                }
            }
            Item::Line { points, .. } => {
                for p in points {
                    p.1 += dy;
                }
            }
            Item::Rect { y, .. } | Item::Image { y, .. } | Item::Form { y, .. } => *y += dy,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Page {
    items: Vec<Item>,
    /// The right end of the first line with right-to-left letters: (x, baseline, face).
    rtl_anchor: Option<(f32, f32, FaceIdx)>,
}

/// Document metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocInfo {
    pub title: String,
    /// BCP 47 codes of the document's languages; the first is the catalog's `/Lang`.
    pub languages: Vec<String>,
    pub subject: String,
}

/// What a finished document reports besides its bytes.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfOutput {
    pub bytes: Vec<u8>,
    pub page_count: usize,
    /// Characters no loaded font could print. Empty for every supported language.
    pub missing_chars: Vec<char>,
    /// Every line of text placed on the pages, in drawing order (the layout test reads it).
    pub lines: Vec<PlacedLine>,
}

/// One line of text as the layout engine placed it: its box on the page (points from the
/// top-left corner; from the top of the line to its bottom, from the first glyph's origin to
/// the end of the last advance), its logical text, direction and fonts.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedLine {
    pub page: usize,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
    pub text: String,
    /// The base direction of the paragraph the line belongs to.
    pub rtl: bool,
    /// The PDF names of the fonts the line is drawn with.
    pub fonts: Vec<String>,
    /// How many glyphs are glyph 0 (.notdef, the empty box).
    pub notdef: usize,
    /// The font size.
    pub size: f32,
    /// Part of a section heading (kept with the first line of its section).
    pub heading: bool,
}

/// How much was drawn on a page (and placed in all): taken before and after drawing something
/// that may have to move to the next page ([`DocBuilder::move_since`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DrawMark {
    pub page: usize,
    items: usize,
    placed: usize,
}

/// Creator written into every document.
pub const CREATOR: &str = "Mein Ordner (ordner-pdf)";

/// Builds a document page by page.
pub struct DocBuilder<'a> {
    lib: &'a FontLibrary,
    pages: Vec<Page>,
    bookmarks: Vec<(String, usize)>,
    images: Vec<(JpegInfo, Vec<u8>)>,
    /// Imported PDF files, and the pages of them drawn (file index, page index).
    imports: Vec<&'a ImportedPdf>,
    forms: Vec<(usize, usize)>,
    missing: Vec<char>,
    placed: Vec<PlacedLine>,
    pub width: f32,
    pub height: f32,
}

impl<'a> DocBuilder<'a> {
    pub fn new(lib: &'a FontLibrary) -> DocBuilder<'a> {
        DocBuilder {
            lib,
            pages: Vec::new(),
            bookmarks: Vec::new(),
            images: Vec::new(),
            imports: Vec::new(),
            forms: Vec::new(),
            missing: Vec::new(),
            placed: Vec::new(),
            width: A4_WIDTH,
            height: A4_HEIGHT,
        }
    }

    pub fn fonts(&self) -> &'a FontLibrary {
        self.lib
    }

    /// Starts a new page and returns its index (0-based).
    pub fn new_page(&mut self) -> usize {
        self.pages.push(Page::default());
        self.pages.len() - 1
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The index of the last page.
    pub fn current(&self) -> usize {
        self.pages.len().saturating_sub(1)
    }

    fn page(&mut self, page: usize) -> &mut Page {
        while self.pages.len() <= page {
            self.pages.push(Page::default());
        }
        &mut self.pages[page]
    }

    /// Adds an outline entry pointing at a page.
    pub fn bookmark(&mut self, title: &str, page: usize) {
        self.bookmarks.push((title.to_owned(), page));
    }

    /// The lines of text placed so far.
    pub fn placed(&self) -> &[PlacedLine] {
        &self.placed
    }

    /// What has been drawn on `page` so far.
    pub fn mark(&self, page: usize) -> DrawMark {
        DrawMark {
            page,
            items: self.pages.get(page).map_or(0, |p| p.items.len()),
            placed: self.placed.len(),
        }
    }

    /// Marks the lines placed since `from` as a heading's.
    pub fn mark_heading(&mut self, from: DrawMark) {
        for line in self.placed.iter_mut().skip(from.placed) {
            line.heading = true;
        }
    }

    /// Moves everything drawn on `from.page` since `from` (and nothing may have been drawn on
    /// other pages since) to page `to`, `dy` points lower (negative: higher).
    pub fn move_since(&mut self, from: DrawMark, to: usize, dy: f32) {
        let Some(page) = self.pages.get_mut(from.page) else {
            return;
        };
        let mut moved: Vec<Item> = page
            .items
            .drain(from.items.min(page.items.len())..)
            .collect();
        for item in &mut moved {
            item.shift(dy);
        }
        let anchor = moved.iter().find_map(|item| match item {
            Item::Glyphs { face, glyphs, .. } => glyphs
                .iter()
                .find(|g| g.3.chars().any(ordner_core::bidi::is_strong_rtl))
                .map(|g| (g.0, g.1, *face)),
            _ => None,
        });
        let target = self.page(to);
        target.items.extend(moved);
        if target.rtl_anchor.is_none() {
            target.rtl_anchor = anchor;
        }
        for line in self.placed.iter_mut().skip(from.placed) {
            if line.page == from.page {
                line.page = to;
                line.y += dy;
            }
        }
    }

    /// Draws a laid-out paragraph with its box's top-left corner at `x`, `y`. Returns its height.
    pub fn draw_block(&mut self, page: usize, block: &TextBlock, x: f32, y: f32) -> f32 {
        for c in &block.missing {
            if !self.missing.contains(c) {
                self.missing.push(*c);
            }
        }
        let mut top = y;
        let style = block.style;
        let mut items = Vec::new();
        let mut anchor = None;
        for line in &block.lines {
            if !line.glyphs.is_empty() {
                let mut fonts: Vec<String> = Vec::new();
                for g in &line.glyphs {
                    let name = self.lib.get(g.face).face.pdf_name();
                    if !fonts.contains(&name) {
                        fonts.push(name);
                    }
                }
                self.placed.push(PlacedLine {
                    page,
                    x: x + line.offset,
                    y: top,
                    w: line.width,
                    h: line.height,
                    text: line.text.clone(),
                    rtl: block.rtl,
                    fonts,
                    notdef: line.glyphs.iter().filter(|g| g.gid == 0).count(),
                    size: style.size,
                    heading: false,
                });
            }
            let baseline = top + line.ascent;
            if anchor.is_none()
                && let Some(g) = line
                    .glyphs
                    .iter()
                    .find(|g| g.text.chars().any(ordner_core::bidi::is_strong_rtl))
            {
                anchor = Some((x + line.offset + line.width, baseline, g.face));
            }
            let mut by_face: BTreeMap<FaceIdx, Vec<(f32, f32, u16, String)>> = BTreeMap::new();
            for g in &line.glyphs {
                by_face.entry(g.face).or_default().push((
                    x + line.offset + g.x,
                    baseline - g.y,
                    g.gid,
                    g.text.clone(),
                ));
            }
            for (face, glyphs) in by_face {
                items.push(Item::Glyphs {
                    face,
                    size: style.size,
                    color: style.color,
                    invisible: false,
                    glyphs,
                });
            }
            top += line.height;
        }
        let p = self.page(page);
        p.items.extend(items);
        if p.rtl_anchor.is_none() {
            p.rtl_anchor = anchor;
        }
        top - y
    }

    /// A rectangle with an optional fill and an optional outline (colour, width).
    #[allow(clippy::too_many_arguments)]
    pub fn rect(
        &mut self,
        page: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    ) {
        self.page(page).items.push(Item::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
        });
    }

    /// A straight line.
    pub fn line(&mut self, page: usize, from: (f32, f32), to: (f32, f32), color: Rgb, width: f32) {
        self.page(page).items.push(Item::Line {
            points: vec![from, to],
            color,
            width,
            dash: None,
        });
    }

    /// A dashed line (dash and gap length in points).
    #[allow(clippy::too_many_arguments)]
    pub fn dashed_line(
        &mut self,
        page: usize,
        from: (f32, f32),
        to: (f32, f32),
        color: Rgb,
        width: f32,
        dash: (f32, f32),
    ) {
        self.page(page).items.push(Item::Line {
            points: vec![from, to],
            color,
            width,
            dash: Some(dash),
        });
    }

    /// Registers a JPEG whose bytes are embedded as they are; returns its index for [`Self::image`].
    pub fn add_jpeg(&mut self, info: JpegInfo, bytes: Vec<u8>) -> usize {
        self.images.push((info, bytes));
        self.images.len() - 1
    }

    /// Draws a registered image into the box at `x`, `y` (top-left) of size `w` × `h`.
    pub fn image(&mut self, page: usize, index: usize, x: f32, y: f32, w: f32, h: f32) {
        self.page(page)
            .items
            .push(Item::Image { index, x, y, w, h });
    }

    /// Registers a PDF file read by [`crate::import::open`]; returns its index for
    /// [`Self::pdf_page`].
    pub fn add_pdf(&mut self, pdf: &'a ImportedPdf) -> usize {
        self.imports.push(pdf);
        self.imports.len() - 1
    }

    /// Draws page `page` of a registered PDF file into the box at `x`, `y` (top-left) of size
    /// `w` × `h` (give it the page's shown aspect ratio). Each call embeds the page once more
    /// as a form; the objects it uses (fonts, images) are in the file once.
    #[allow(clippy::too_many_arguments)]
    pub fn pdf_page(
        &mut self,
        page: usize,
        pdf: usize,
        pdf_page: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    ) {
        self.forms.push((pdf, pdf_page));
        let index = self.forms.len() - 1;
        self.page(page).items.push(Item::Form { index, x, y, w, h });
    }

    /// Subsets the fonts, writes the PDF and returns its bytes.
    pub fn finish(self, info: &DocInfo) -> Result<PdfOutput, PdfError> {
        let page_h = self.height;
        let mut doc = PdfDocument::new(&info.title);
        doc.metadata.info.creator = CREATOR.to_owned();
        doc.metadata.info.producer = CREATOR.to_owned();
        doc.metadata.info.subject = info.subject.clone();
        doc.metadata.info.keywords = info.languages.clone();

        // 0. Pages with right-to-left text get an invisible run of RLM marks when their
        //    left-to-right letters outnumber the right-to-left ones (see `balance_direction`).
        let mut pages = self.pages;
        for page in &mut pages {
            balance_direction(page, page_h);
        }

        // 1. Glyphs used per face, and the text each glyph stands for. A glyph that must stand
        //    for different texts in different places (a base letter alone and with its mark)
        //    goes into another copy ("variant") of the font, each with its own ToUnicode map.
        let mut variants: BTreeMap<FaceIdx, Vec<BTreeMap<u16, String>>> = BTreeMap::new();
        let mut variant_of: HashMap<(FaceIdx, u16, String), usize> = HashMap::new();
        for page in &pages {
            for item in &page.items {
                if let Item::Glyphs { face, glyphs, .. } = item {
                    let list = variants.entry(*face).or_default();
                    for (_, _, gid, text) in glyphs {
                        if variant_of.contains_key(&(*face, *gid, text.clone())) {
                            continue;
                        }
                        let slot = list
                            .iter()
                            .position(|m| m.get(gid).is_none_or(|t| t == text))
                            .unwrap_or_else(|| {
                                list.push(BTreeMap::new());
                                list.len() - 1
                            });
                        list[slot].insert(*gid, text.clone());
                        variant_of.insert((*face, *gid, text.clone()), slot);
                    }
                }
            }
        }

        // 2. Subset each font variant and register it.
        let mut font_ids = BTreeMap::new();
        let mut remaps: BTreeMap<(FaceIdx, usize), subsetter::GlyphRemapper> = BTreeMap::new();
        for (face, list) in &variants {
            let loaded = self.lib.get(*face);
            for (slot, glyphs) in list.iter().enumerate() {
                let mut remapper = subsetter::GlyphRemapper::new();
                for g in glyphs.keys() {
                    remapper.remap(*g);
                }
                let subset = subsetter::subset(&loaded.bytes, 0, &remapper).map_err(|e| {
                    PdfError::Subset {
                        face: loaded.face.pdf_name(),
                        message: e.to_string(),
                    }
                })?;
                let mut warnings = Vec::new();
                let mut parsed =
                    ParsedFont::from_bytes(&subset, 0, &mut warnings).ok_or_else(|| {
                        PdfError::Subset {
                            face: loaded.face.pdf_name(),
                            message: "the subset font cannot be read back".to_owned(),
                        }
                    })?;
                parsed.font_name = Some(if slot == 0 {
                    loaded.face.pdf_name()
                } else {
                    format!("{}-V{slot}", loaded.face.pdf_name())
                });
                font_ids.insert((*face, slot), doc.add_font(&parsed));
                remaps.insert((*face, slot), remapper);
            }
        }

        // 3. Images: the JPEG bytes as they are, with the DCTDecode filter.
        let mut image_ids: Vec<XObjectId> = Vec::new();
        for (jpeg, bytes) in &self.images {
            let mut dict = BTreeMap::new();
            dict.insert("Type".to_owned(), DictItem::Name(b"XObject".to_vec()));
            dict.insert("Subtype".to_owned(), DictItem::Name(b"Image".to_vec()));
            dict.insert("Width".to_owned(), DictItem::Int(i64::from(jpeg.width)));
            dict.insert("Height".to_owned(), DictItem::Int(i64::from(jpeg.height)));
            dict.insert("BitsPerComponent".to_owned(), DictItem::Int(8));
            let cs: &[u8] = match jpeg.components {
                1 => b"DeviceGray",
                4 => b"DeviceCMYK",
                _ => b"DeviceRGB",
            };
            dict.insert("ColorSpace".to_owned(), DictItem::Name(cs.to_vec()));
            if jpeg.components == 4 && jpeg.adobe_inverted {
                // Adobe CMYK JPEGs are stored inverted.
                dict.insert(
                    "Decode".to_owned(),
                    DictItem::Array(
                        [1, 0, 1, 0, 1, 0, 1, 0]
                            .iter()
                            .map(|v| DictItem::Int(*v))
                            .collect(),
                    ),
                );
            }
            dict.insert("Filter".to_owned(), DictItem::Name(b"DCTDecode".to_vec()));
            let xobj = ExternalXObject {
                stream: ExternalStream {
                    dict,
                    content: bytes.clone(),
                    compress: false,
                },
                width: None,
                height: None,
                dpi: None,
            };
            image_ids.push(doc.add_xobject(&xobj));
        }

        // 3b. Imported PDF pages: an empty form as a placeholder each, filled after printpdf
        //     has written the document (see step 6).
        let mut form_ids: Vec<XObjectId> = Vec::new();
        for _ in &self.forms {
            let mut dict = BTreeMap::new();
            dict.insert("Type".to_owned(), DictItem::Name(b"XObject".to_vec()));
            dict.insert("Subtype".to_owned(), DictItem::Name(b"Form".to_vec()));
            dict.insert(
                "BBox".to_owned(),
                DictItem::Array([0, 0, 1, 1].iter().map(|v| DictItem::Int(*v)).collect()),
            );
            let xobj = ExternalXObject {
                stream: ExternalStream {
                    dict,
                    content: Vec::new(),
                    compress: false,
                },
                width: None,
                height: None,
                dpi: None,
            };
            form_ids.push(doc.add_xobject(&xobj));
        }

        // 4. Pages.
        let mut pdf_pages = Vec::new();
        for page in &pages {
            let mut ops = Vec::new();
            for item in &page.items {
                match item {
                    Item::Glyphs {
                        face,
                        size,
                        color,
                        invisible,
                        glyphs,
                    } => {
                        ops.push(Op::StartTextSection);
                        ops.push(Op::SetFillColor {
                            col: color_of(*color),
                        });
                        if *invisible {
                            ops.push(Op::SetTextRenderingMode {
                                mode: TextRenderingMode::Invisible,
                            });
                        }
                        let mut current: Option<usize> = None;
                        for (x, y, gid, text) in glyphs {
                            let slot = variant_of
                                .get(&(*face, *gid, text.clone()))
                                .copied()
                                .unwrap_or(0);
                            let (Some(font), Some(remap)) =
                                (font_ids.get(&(*face, slot)), remaps.get(&(*face, slot)))
                            else {
                                continue;
                            };
                            if current != Some(slot) {
                                ops.push(Op::SetFont {
                                    font: PdfFontHandle::External(font.clone()),
                                    size: Pt(*size),
                                });
                                current = Some(slot);
                            }
                            let new_gid = remap.get(*gid).unwrap_or(0);
                            ops.push(Op::SetTextMatrix {
                                matrix: TextMatrix::Translate(Pt(*x), Pt(page_h - *y)),
                            });
                            ops.push(Op::ShowText {
                                items: vec![TextItem::GlyphIds(vec![Codepoint::with_cid(
                                    new_gid,
                                    0.0,
                                    text.clone(),
                                )])],
                            });
                        }
                        if *invisible {
                            ops.push(Op::SetTextRenderingMode {
                                mode: TextRenderingMode::Fill,
                            });
                        }
                        ops.push(Op::EndTextSection);
                    }
                    Item::Rect {
                        x,
                        y,
                        w,
                        h,
                        fill,
                        stroke,
                    } => {
                        let mode = match (fill, stroke) {
                            (Some(_), Some(_)) => PaintMode::FillStroke,
                            (Some(_), None) => PaintMode::Fill,
                            (None, Some(_)) => PaintMode::Stroke,
                            (None, None) => continue,
                        };
                        ops.push(Op::SaveGraphicsState);
                        if let Some(f) = fill {
                            ops.push(Op::SetFillColor { col: color_of(*f) });
                        }
                        if let Some((c, width)) = stroke {
                            ops.push(Op::SetOutlineColor { col: color_of(*c) });
                            ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        }
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(*x),
                                y: Pt(page_h - *y - *h),
                                width: Pt(*w),
                                height: Pt(*h),
                                mode: Some(mode),
                                winding_order: None,
                            },
                        });
                        ops.push(Op::RestoreGraphicsState);
                    }
                    Item::Line {
                        points,
                        color,
                        width,
                        dash,
                    } => {
                        ops.push(Op::SaveGraphicsState);
                        ops.push(Op::SetOutlineColor {
                            col: color_of(*color),
                        });
                        ops.push(Op::SetOutlineThickness { pt: Pt(*width) });
                        if let Some((on, off)) = dash {
                            ops.push(Op::SetLineDashPattern {
                                dash: LineDashPattern::new(0.0, &[*on, *off]),
                            });
                        }
                        ops.push(Op::DrawLine {
                            line: Line {
                                points: points
                                    .iter()
                                    .map(|(x, y)| LinePoint {
                                        p: Point {
                                            x: Pt(*x),
                                            y: Pt(page_h - *y),
                                        },
                                        bezier: false,
                                    })
                                    .collect(),
                                is_closed: false,
                            },
                        });
                        ops.push(Op::RestoreGraphicsState);
                    }
                    Item::Image { index, x, y, w, h } => {
                        let Some(id) = image_ids.get(*index) else {
                            continue;
                        };
                        ops.push(Op::SaveGraphicsState);
                        ops.push(Op::SetTransformationMatrix {
                            matrix: CurTransMat::Raw([*w, 0.0, 0.0, *h, *x, page_h - *y - *h]),
                        });
                        ops.push(Op::UseXobject {
                            id: id.clone(),
                            transform: XObjectTransform {
                                no_auto_scale: true,
                                ..Default::default()
                            },
                        });
                        ops.push(Op::RestoreGraphicsState);
                    }
                    Item::Form { index, x, y, w, h } => {
                        let (Some(id), Some((pdf, page))) =
                            (form_ids.get(*index), self.forms.get(*index))
                        else {
                            continue;
                        };
                        let Some(imported) =
                            self.imports.get(*pdf).and_then(|p| p.pages.get(*page))
                        else {
                            continue;
                        };
                        // The form's matrix puts the shown page at the origin, in points.
                        let (sw, sh) = imported.shown_size();
                        ops.push(Op::SaveGraphicsState);
                        ops.push(Op::SetTransformationMatrix {
                            matrix: CurTransMat::Raw([
                                *w / sw,
                                0.0,
                                0.0,
                                *h / sh,
                                *x,
                                page_h - *y - *h,
                            ]),
                        });
                        ops.push(Op::UseXobject {
                            id: id.clone(),
                            transform: XObjectTransform {
                                no_auto_scale: true,
                                ..Default::default()
                            },
                        });
                        ops.push(Op::RestoreGraphicsState);
                    }
                }
            }
            pdf_pages.push(PdfPage::new(
                printpdf::Mm(self.width * 25.4 / 72.0),
                printpdf::Mm(self.height * 25.4 / 72.0),
                ops,
            ));
        }
        let page_count = pdf_pages.len();
        doc.with_pages(pdf_pages);
        for (title, page) in &self.bookmarks {
            // printpdf counts bookmark pages from 1.
            doc.add_bookmark(title, page + 1);
        }

        // 5. Write, then set the document language in the catalog.
        let opts = PdfSaveOptions {
            subset_fonts: false,
            image_optimization: None,
            ..PdfSaveOptions::default()
        };
        let mut warnings = Vec::new();
        let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
        if let Ok(catalog) = lo.catalog_mut() {
            if let Some(lang) = info.languages.first() {
                catalog.set("Lang", lopdf::Object::string_literal(lang.as_str()));
            }
            // printpdf writes /PageMode as a string; the PDF reference wants a name.
            let mode: &[u8] = if catalog.has(b"Outlines") {
                b"UseOutlines"
            } else {
                b"UseNone"
            };
            catalog.set("PageMode", lopdf::Object::Name(mode.to_vec()));
        }
        if let Ok(info_ref) = lo.trailer.get(b"Info").and_then(|o| o.as_reference())
            && let Ok(dict) = lo.get_dictionary_mut(info_ref)
        {
            dict.set("Language", pdf_text_string(&info.languages.join(", ")));
            // An empty /GTS_PDFXVersion (printpdf writes one) makes readers call the file
            // PDF/X, which it is not.
            if matches!(dict.get(b"GTS_PDFXVersion"), Ok(lopdf::Object::String(v, _)) if v.is_empty())
            {
                dict.remove(b"GTS_PDFXVersion");
            }
            // printpdf writes 1 January 1970 when no date is set; the engine has no clock
            // (wasm), so the file carries no date rather than a wrong one (the printouts
            // print their date on the page).
            for key in [b"CreationDate".as_slice(), b"ModDate".as_slice()] {
                if matches!(dict.get(key), Ok(lopdf::Object::String(v, _)) if v.starts_with(b"D:1970"))
                {
                    dict.remove(key);
                }
            }
        }
        utf16_titles(&mut lo);

        // 6. Fill the placeholders with the imported pages (objects of each file copied once).
        if !form_ids.is_empty() {
            fill_forms(&mut lo, &self.imports, &self.forms, &form_ids)?;
        }
        lo.compress();
        let mut bytes = Vec::new();
        lo.save_to(&mut bytes)
            .map_err(|e| PdfError::Write(e.to_string()))?;
        let mut missing = self.missing;
        missing.sort_unstable();
        Ok(PdfOutput {
            bytes,
            page_count,
            missing_chars: missing,
            lines: self.placed,
        })
    }
}

/// Replaces printpdf's placeholder forms with the imported pages. The placeholders are found by
/// their names in the document's XObject dictionary (printpdf shares one among all pages).
fn fill_forms(
    lo: &mut lopdf::Document,
    imports: &[&ImportedPdf],
    forms: &[(usize, usize)],
    form_ids: &[XObjectId],
) -> Result<(), PdfError> {
    let missing = || PdfError::Write("the placeholder of an imported page is missing".to_owned());
    let first = lo.page_iter().next().ok_or_else(missing)?;
    let page = lo.get_dictionary(first).map_err(|_| missing())?;
    let resources = match page.get(b"Resources").map_err(|_| missing())? {
        lopdf::Object::Reference(id) => lo.get_dictionary(*id).map_err(|_| missing())?,
        lopdf::Object::Dictionary(d) => d,
        _ => return Err(missing()),
    };
    let xobjects = match resources.get(b"XObject").map_err(|_| missing())? {
        lopdf::Object::Reference(id) => lo.get_dictionary(*id).map_err(|_| missing())?,
        lopdf::Object::Dictionary(d) => d,
        _ => return Err(missing()),
    };
    let mut targets = Vec::new();
    for id in form_ids {
        let target = xobjects
            .get(id.0.as_bytes())
            .and_then(lopdf::Object::as_reference)
            .map_err(|_| missing())?;
        targets.push(target);
    }
    let mut copiers: Vec<Copier<'_>> = imports.iter().map(|p| Copier::new(p)).collect();
    for ((pdf, page), target) in forms.iter().zip(targets) {
        let (Some(copier), Some(imported)) = (
            copiers.get_mut(*pdf),
            imports.get(*pdf).and_then(|p| p.pages.get(*page)),
        ) else {
            return Err(missing());
        };
        let form = copier.form_xobject(lo, imported);
        lo.objects.insert(target, lopdf::Object::Stream(form));
    }
    Ok(())
}

fn color_of(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

/// RLM marks carried by one padding glyph (poppler accepts at most 8 UTF-16 units per glyph).
const RLM_PER_GLYPH: usize = 8;

/// Text extractors that follow poppler (pdftotext, Evince, Okular) choose ONE reading direction
/// per page, by counting left-to-right against right-to-left letters, and order mixed lines by
/// it. A bilingual page usually has more German letters than Arabic ones, which would put the
/// German words inside Arabic lines (and the Arabic words around them) in the wrong order. A
/// page that carries right-to-left text therefore gets invisible right-to-left marks (U+200F,
/// which change nothing when the text is copied) in its bottom margin, enough to make
/// right-to-left the page's direction. Left-to-right lines come out right either way.
fn balance_direction(page: &mut Page, page_h: f32) {
    let Some((_, _, face)) = page.rtl_anchor else {
        return;
    };
    let (mut ltr, mut rtl) = (0usize, 0usize);
    for item in &page.items {
        if let Item::Glyphs { glyphs, .. } = item {
            for (_, _, _, text) in glyphs {
                for c in text.chars() {
                    if ordner_core::bidi::is_strong_rtl(c) {
                        rtl += 1;
                    } else if !c.is_whitespace() {
                        ltr += 1;
                    }
                }
            }
        }
    }
    if rtl == 0 || rtl > ltr {
        return;
    }
    // 10 % more than needed, for letters poppler counts differently from us.
    let needed = (ltr - rtl) + (ltr - rtl) / 10 + 8;
    let count = needed.div_ceil(RLM_PER_GLYPH);
    let text: String = std::iter::repeat_n('\u{200F}', RLM_PER_GLYPH).collect();
    let per_row = 500;
    let glyphs = (0..count)
        .map(|i| {
            let x = mm(20.0) + (i % per_row) as f32 * 0.8;
            let y = page_h - mm(4.0) - (i / per_row) as f32 * 1.2;
            (x, y, 0u16, text.clone())
        })
        .collect();
    page.items.push(Item::Glyphs {
        face,
        size: 1.0,
        color: Rgb::WHITE,
        invisible: true,
        glyphs,
    });
}

/// printpdf writes outline titles and document info as UTF-8 bytes; PDF text strings outside
/// ASCII must be UTF-16BE with a byte order mark.
fn utf16_titles(lo: &mut lopdf::Document) {
    for object in lo.objects.values_mut() {
        let lopdf::Object::Dictionary(dict) = object else {
            continue;
        };
        for key in [b"Title".as_slice(), b"Subject", b"Keywords", b"Author"] {
            if let Ok(lopdf::Object::String(bytes, _)) = dict.get(key)
                && !bytes.is_ascii()
                && !bytes.starts_with(&[0xFE, 0xFF])
            {
                let text = String::from_utf8_lossy(bytes).into_owned();
                dict.set(key, pdf_text_string(&text));
            }
        }
    }
}

/// A PDF text string: ASCII as is, anything else UTF-16BE with a byte order mark.
pub(crate) fn pdf_text_string(text: &str) -> lopdf::Object {
    if text.is_ascii() {
        return lopdf::Object::string_literal(text);
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    lopdf::Object::String(bytes, lopdf::StringFormat::Hexadecimal)
}
