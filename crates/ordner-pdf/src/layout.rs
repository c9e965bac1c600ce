//! Page geometry and the bilingual flow shared by the printed documents: German in the left
//! column, the other language in the right one (right-aligned when it is written right to
//! left), rows kept side by side, a new page when a row does not fit.

use ordner_core::Catalog;
use ordner_core::i18n::Arg;
use ordner_core::lang::{Dir, Script};

use crate::doc::{A4_HEIGHT, A4_WIDTH, DocBuilder, DrawMark, mm};
use crate::text::{Align, LangSpec, Rgb, TextBlock, TextStyle, layout_paragraph};

/// Left margin: room for two-hole punching (holes sit 12 mm from the edge; 28 mm keeps text
/// well clear of them).
pub const MARGIN_LEFT: f32 = 28.0 * 72.0 / 25.4;
/// Right margin, with room for the printed register tabs on the outer edge.
pub const MARGIN_RIGHT: f32 = 24.0 * 72.0 / 25.4;
pub const MARGIN_TOP: f32 = 18.0 * 72.0 / 25.4;
pub const MARGIN_BOTTOM: f32 = 20.0 * 72.0 / 25.4;
pub const GUTTER: f32 = 14.0;

pub const GREY: Rgb = Rgb(0.35, 0.35, 0.35);
pub const LIGHT: Rgb = Rgb(0.75, 0.75, 0.75);
pub const ACCENT: Rgb = Rgb(0.08, 0.32, 0.55);

pub fn content_width() -> f32 {
    A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
}

pub fn column_width() -> f32 {
    (content_width() - GUTTER) / 2.0
}

pub fn right_column_x() -> f32 {
    MARGIN_LEFT + column_width() + GUTTER
}

pub fn bottom_limit() -> f32 {
    A4_HEIGHT - MARGIN_BOTTOM
}

/// The two languages of a document and their messages.
pub struct Sides<'c> {
    pub de: &'c Catalog,
    pub other: &'c Catalog,
    pub de_lang: LangSpec,
    pub other_lang: LangSpec,
}

impl<'c> Sides<'c> {
    pub fn new(de: &'c Catalog, other: &'c Catalog) -> Sides<'c> {
        Sides {
            de,
            other,
            de_lang: LangSpec::of(de.language()),
            other_lang: LangSpec::of(other.language()),
        }
    }

    /// A message in both languages.
    pub fn msg(&self, id: &str) -> (String, String) {
        (self.de.msg(id), self.other.msg(id))
    }

    pub fn msg_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> (String, String) {
        (self.de.msg_args(id, args), self.other.msg_args(id, args))
    }

    /// A text of the content in both languages. Where the town wrote no translation, the
    /// other side says "only in German" (in its language) instead of repeating the German text
    /// (which it would set in its own direction: a right-to-left German sentence).
    pub fn text(&self, text: &ordner_core::content::Text) -> (String, String) {
        let de = text.resolve(self.de).text;
        let other = text.resolve(self.other);
        if other.is_german_fallback {
            (de, self.german_only())
        } else {
            (de, other.text)
        }
    }

    /// A multilingual text of a pack in both languages, like [`Sides::text`].
    pub fn local(&self, text: &ordner_core::content::LocalText) -> (String, String) {
        let de = text
            .get(&self.de_lang.code)
            .unwrap_or(text.german())
            .to_owned();
        match text.get(&self.other_lang.code) {
            Some(other) => (de, other.to_owned()),
            None if self.same() => (de.clone(), de),
            None => (de, self.german_only()),
        }
    }

    /// "(only in German)" in the other language.
    pub fn german_only(&self) -> String {
        format!("({})", self.other.msg("tabs-german-only"))
    }

    /// Whether both sides are the same language (a German-only document).
    pub fn same(&self) -> bool {
        self.de_lang.code == self.other_lang.code
    }
}

/// Called for every page a [`Flow`] starts.
pub type PageHook<'d, 'a> = Box<dyn FnMut(&mut DocBuilder<'a>, usize) + 'd>;

/// Writes rows of text down the pages, starting new pages as needed.
pub struct Flow<'d, 'a> {
    pub doc: &'d mut DocBuilder<'a>,
    pub page: usize,
    pub y: f32,
    /// Called for every page the flow starts (to mark it, e.g. with its register tab).
    pub on_new_page: Option<PageHook<'d, 'a>>,
    /// The heading drawn last, while nothing has been drawn after it: a page break now takes
    /// it along to the new page, so that a heading never ends a page (#14).
    kept: Option<Kept>,
}

/// A heading that must stay with what follows it: where it started (the drawing mark and its
/// top) and the mark after it.
#[derive(Debug, Clone, Copy)]
struct Kept {
    start: DrawMark,
    top: f32,
    end: DrawMark,
}

impl<'d, 'a> Flow<'d, 'a> {
    /// A flow on a fresh page.
    pub fn new(doc: &'d mut DocBuilder<'a>) -> Flow<'d, 'a> {
        let page = doc.new_page();
        Flow {
            doc,
            page,
            y: MARGIN_TOP,
            on_new_page: None,
            kept: None,
        }
    }

    /// Starts a new page. A heading with nothing drawn after it moves along to the new page
    /// (unless it is at the top of its page already: moving it would gain nothing).
    pub fn new_page(&mut self) {
        let kept = self.kept.take().filter(|k| {
            k.end.page == self.page && self.doc.mark(self.page) == k.end && k.top > MARGIN_TOP + 1.0
        });
        let below_heading = kept.map(|k| self.y - k.top);
        self.page = self.doc.new_page();
        self.y = MARGIN_TOP;
        if let Some(f) = self.on_new_page.as_mut() {
            f(self.doc, self.page);
        }
        if let (Some(k), Some(height)) = (kept, below_heading) {
            self.doc.move_since(k.start, self.page, MARGIN_TOP - k.top);
            self.y = MARGIN_TOP + height;
        }
    }

    /// Starts a new page unless `height` still fits on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.y + height > bottom_limit() && self.y > MARGIN_TOP + 1.0 {
            self.new_page();
        }
    }

    /// Draws a heading with `draw` and keeps it with what follows: if the next thing drawn
    /// needs a new page, the heading moves there too.
    pub fn keep_with_next(&mut self, draw: impl FnOnce(&mut Self)) {
        let start = self.doc.mark(self.page);
        let top = self.y;
        draw(self);
        if self.page != start.page {
            // The heading itself broke the page: it is at the top of the new one.
            self.kept = None;
            return;
        }
        self.doc.mark_heading(start);
        self.kept = Some(Kept {
            start,
            top,
            end: self.doc.mark(self.page),
        });
    }

    pub fn gap(&mut self, h: f32) {
        self.y += h;
    }

    pub fn layout(&self, text: &str, lang: &LangSpec, style: &TextStyle, width: f32) -> TextBlock {
        layout_paragraph(self.doc.fonts(), text, lang, style, width, Align::Start)
    }

    /// One paragraph across the full width.
    pub fn full(&mut self, text: &str, lang: &LangSpec, style: &TextStyle) {
        let block = self.layout(text, lang, style, content_width());
        self.block_at(&block, MARGIN_LEFT);
    }

    /// Draws a laid-out block at `x`, below everything drawn so far: kept on one page when it
    /// fits on one, else broken between its lines onto new pages. Returns the height it took
    /// on its last page.
    pub fn block_at(&mut self, block: &TextBlock, x: f32) -> f32 {
        let page_room = bottom_limit() - MARGIN_TOP;
        if block.height() <= page_room {
            self.ensure(block.height());
        }
        let mut start = 0;
        let mut last = 0.0;
        while start < block.lines.len() {
            let mut end = start;
            let mut h = 0.0;
            while end < block.lines.len()
                && self.y + h + block.lines[end].height <= bottom_limit() + 0.01
            {
                h += block.lines[end].height;
                end += 1;
            }
            if end == start {
                if self.y > MARGIN_TOP + 1.0 {
                    self.new_page();
                    continue;
                }
                h = block.lines[start].height;
                end = start + 1;
            }
            let part = block.part(start..end);
            self.doc.draw_block(self.page, &part, x, self.y);
            self.y += h;
            last = h;
            start = end;
        }
        last
    }

    /// A row of two blocks side by side (a narrow one at `x1`, e.g. a date, and the text at
    /// `x2`): the row is as tall as the taller of the two, and continues on new pages.
    pub fn row(&mut self, left: (&TextBlock, f32), right: (&TextBlock, f32)) {
        let (l, r) = (left.0, right.0);
        let h = l.height().max(r.height());
        if h <= bottom_limit() - MARGIN_TOP {
            self.ensure(h);
            let y = self.y;
            self.doc.draw_block(self.page, l, left.1, y);
            self.doc.draw_block(self.page, r, right.1, y);
            self.y = y + h;
        } else {
            // Taller than a page: the narrow block first, then the text flowing beside it.
            self.ensure(
                l.height()
                    .max(r.lines.first().map_or(0.0, |line| line.height)),
            );
            let page = self.page;
            let ly = self.y;
            self.doc.draw_block(page, l, left.1, ly);
            self.block_at(r, right.1);
            if self.page == page {
                self.y = self.y.max(ly + l.height());
            }
        }
    }

    /// A row: German on the left, the other language on the right. `indent` leaves room in
    /// front of both (for a check box or a bullet); `marker` draws it for each side.
    pub fn pair_with(
        &mut self,
        sides: &Sides<'_>,
        texts: (&str, &str),
        style: &TextStyle,
        indent: f32,
        marker: impl FnMut(&mut DocBuilder<'a>, usize, f32, f32, f32),
    ) -> f32 {
        let langs = (sides.de_lang.clone(), sides.other_lang.clone());
        self.pair_in(sides, texts, (&langs.0, &langs.1), style, indent, marker)
    }

    /// [`Flow::pair_with`] with the language (direction) of each side's text given: a text
    /// the person typed is set by its own first letter on both sides.
    pub fn pair_in(
        &mut self,
        sides: &Sides<'_>,
        texts: (&str, &str),
        langs: (&LangSpec, &LangSpec),
        style: &TextStyle,
        indent: f32,
        mut marker: impl FnMut(&mut DocBuilder<'a>, usize, f32, f32, f32),
    ) -> f32 {
        let w = column_width() - indent;
        let de = self.layout(texts.0, langs.0, style, w);
        if sides.same() {
            let full = self.layout(texts.0, langs.0, style, content_width() - indent);
            self.ensure(full.height());
            let first_line = full.lines.first().map_or(style.size, |l| l.height);
            marker(self.doc, self.page, MARGIN_LEFT, self.y, first_line);
            let h = self
                .doc
                .draw_block(self.page, &full, MARGIN_LEFT + indent, self.y);
            self.y += h;
            return h;
        }
        let other = self.layout(texts.1, langs.1, style, w);
        let h = de.height().max(other.height());
        self.ensure(h);
        let (lx, rx) = (MARGIN_LEFT, right_column_x());
        let first = |b: &TextBlock| b.lines.first().map_or(style.size, |l| l.height);
        marker(self.doc, self.page, lx, self.y, first(&de));
        self.doc.draw_block(self.page, &de, lx + indent, self.y);
        if sides.other_lang.is_rtl() {
            // The marker goes on the right, where a right-to-left line starts.
            marker(
                self.doc,
                self.page,
                rx + column_width() - indent,
                self.y,
                first(&other),
            );
            self.doc.draw_block(self.page, &other, rx, self.y);
        } else {
            marker(self.doc, self.page, rx, self.y, first(&other));
            self.doc.draw_block(self.page, &other, rx + indent, self.y);
        }
        self.y += h;
        h
    }

    /// A row of text in both languages, without a marker.
    pub fn pair(&mut self, sides: &Sides<'_>, texts: (&str, &str), style: &TextStyle) -> f32 {
        self.pair_with(sides, texts, style, 0.0, |_, _, _, _, _| {})
    }

    /// A section heading in both languages with a rule under it.
    /// It is kept with the first line of what follows it ([`Flow::keep_with_next`]).
    pub fn heading(&mut self, sides: &Sides<'_>, texts: (&str, &str), size: f32) {
        self.ensure(size * 4.0);
        let style = TextStyle::bold(size).with_color(ACCENT);
        self.keep_with_next(|flow| {
            flow.pair(sides, texts, &style);
            flow.doc.line(
                flow.page,
                (MARGIN_LEFT, flow.y + 2.0),
                (A4_WIDTH - MARGIN_RIGHT, flow.y + 2.0),
                ACCENT,
                0.6,
            );
            flow.y += 8.0;
        });
    }

    /// Blank ruled lines to write on, down to `until` (or the page's bottom).
    pub fn ruled_lines(&mut self, spacing: f32, until: Option<f32>) {
        let end = until.unwrap_or(bottom_limit());
        while self.y + spacing <= end {
            self.y += spacing;
            self.doc.line(
                self.page,
                (MARGIN_LEFT, self.y),
                (A4_WIDTH - MARGIN_RIGHT, self.y),
                LIGHT,
                0.5,
            );
        }
    }
}

/// Draws an empty check box with its top-left corner at `x`, `y`.
pub fn check_box(doc: &mut DocBuilder<'_>, page: usize, x: f32, y: f32, size: f32) {
    doc.rect(page, x, y, size, size, None, Some((Rgb::BLACK, 0.8)));
}

/// Draws a text block at a point with the given alignment inside `width`.
#[allow(clippy::too_many_arguments)]
pub fn text_at(
    doc: &mut DocBuilder<'_>,
    page: usize,
    text: &str,
    lang: &LangSpec,
    style: &TextStyle,
    x: f32,
    y: f32,
    width: f32,
    align: Align,
) -> f32 {
    let block = layout_paragraph(doc.fonts(), text, lang, style, width, align);
    doc.draw_block(page, &block, x, y)
}

/// Writes the page number at the foot of every page but the first.
pub fn number_pages(doc: &mut DocBuilder<'_>) {
    let style = TextStyle::regular(9.0).with_color(GREY);
    let lang = LangSpec::german();
    for page in 1..doc.page_count() {
        text_at(
            doc,
            page,
            &format!("{}", page + 1),
            &lang,
            &style,
            MARGIN_LEFT,
            A4_HEIGHT - mm(13.0),
            content_width(),
            Align::Center,
        );
    }
}

/// The language a text typed by a person (or a value of a pack: a name, an address) is set in,
/// one rule everywhere: a text with right-to-left letters is written in a right-to-left
/// language and is set right to left (a mixed "Aufenthaltsgestattung ساري حتى 12.03.2027"
/// too, as on screen), in the other side's language when that is right to left (else Arabic);
/// letters of another non-Latin script take the other side's language when that is written in
/// it; everything else is German, left to right.
pub fn typed_lang(text: &str, sides: &Sides<'_>) -> LangSpec {
    let first = text.chars().find(|c| c.is_alphabetic());
    match first {
        _ if text.chars().any(ordner_core::bidi::is_strong_rtl) => {
            if sides.other_lang.is_rtl() {
                sides.other_lang.clone()
            } else {
                LangSpec::new("ar", Dir::Rtl, Script::Arabic)
            }
        }
        _ => {
            if first.is_some_and(|c| !c.is_ascii()) && sides.other_lang.script != Script::Latin {
                sides.other_lang.clone()
            } else {
                sides.de_lang.clone()
            }
        }
    }
}
