//! The consultation printout: what the person chose to show an advisor. It opens with a
//! one-page overview (what is there, what is missing, what is due), then the chosen documents
//! with their scanned pages (JPEG bytes embedded unchanged) and the pages of their PDF files
//! (embedded as forms, see [`crate::import`]), the deadlines and appointments, the
//! consultation log, a page for the advisor's notes, and a privacy note. Both languages
//! throughout; what the person typed is printed as typed.

use ordner_core::content::{Content, DocType};
use ordner_core::i18n::Arg;
use ordner_core::lang::{Dir, Script};
use ordner_core::{Catalog, TabId};

use crate::blank::{draw_register, tab_color};
use crate::doc::{A4_HEIGHT, DocBuilder, DocInfo, PdfOutput, mm};
use crate::error::PdfError;
use crate::fonts::{FontFace, FontLibrary, faces_for_scripts};
use crate::import::{self, ImportedPdf, PdfProblem};
use crate::jpeg::{JpegInfo, read_jpeg_info};
use crate::layout::{
    ACCENT, Flow, GREY, MARGIN_LEFT, MARGIN_TOP, Sides, bottom_limit, check_box, content_width,
    number_pages, right_column_x, text_at,
};
use crate::text::{Align, LangSpec, Rgb, TextStyle};

// The printout's parts are the PDF worker's message types: one definition for the page, the
// worker and this engine.
pub use ordner_protocol::pdf::{ConsultDocument, ConsultPage, DatedEntry, LogEntry};

/// A document's page as prepared for drawing.
#[derive(Debug)]
enum Prepared {
    Jpeg(JpegInfo),
    /// A PDF file: what of it can be embedded, or why nothing can.
    Pdf {
        result: Result<Box<ImportedPdf>, PdfProblem>,
        /// Pages left out because of the limits (none when all are in).
        cut: bool,
    },
}

impl Prepared {
    /// Pages of the document as printed (scans and PDF pages; not explaining pages).
    fn document_pages(&self) -> usize {
        match self {
            Prepared::Jpeg(_) => 1,
            Prepared::Pdf {
                result: Ok(pdf), ..
            } => pdf.pages.len(),
            Prepared::Pdf { result: Err(_), .. } => 0,
        }
    }

    fn left_out(&self) -> bool {
        matches!(self, Prepared::Pdf { result: Err(_), .. })
    }

    fn cut(&self) -> bool {
        matches!(self, Prepared::Pdf { cut: true, .. })
    }
}

/// Checks every page before anything is drawn: JPEG headers (an unusable one is an error),
/// PDF files (one that cannot be embedded is reported in the printout, never an error).
fn prepare(input: &Consultation<'_>) -> Result<Vec<Vec<Prepared>>, PdfError> {
    let mut out = Vec::new();
    let mut index = 0;
    let mut pdf_budget = import::MAX_PAGES_TOTAL;
    for d in &input.documents {
        let mut pages = Vec::new();
        for page in &d.pages {
            index += 1;
            match page {
                ConsultPage::Jpeg(bytes) => {
                    let info = read_jpeg_info(bytes)
                        .map_err(|message| PdfError::BadJpeg { index, message })?;
                    pages.push(Prepared::Jpeg(info));
                }
                ConsultPage::Pdf { bytes, rotation } => {
                    let limit = import::MAX_PAGES_PER_FILE.min(pdf_budget);
                    // Once the printout holds as many PDF pages as it may, a further file is
                    // explained (not "0 of N pages").
                    let result = if limit == 0 {
                        Err(PdfProblem::TooManyPages)
                    } else {
                        import::open(bytes, limit).map(|mut pdf| {
                            for p in &mut pdf.pages {
                                p.turn(*rotation);
                            }
                            Box::new(pdf)
                        })
                    };
                    let cut = match &result {
                        Ok(pdf) => pdf.pages.len() < pdf.total_pages,
                        Err(_) => false,
                    };
                    if let Ok(pdf) = &result {
                        pdf_budget -= pdf.pages.len();
                    }
                    pages.push(Prepared::Pdf { result, cut });
                }
            }
        }
        out.push(pages);
    }
    Ok(out)
}

/// Everything the consultation printout shows.
pub struct Consultation<'a> {
    pub german: &'a Catalog,
    pub other: &'a Catalog,
    /// The tabs' content (checklists), default or with the town pack.
    pub content: &'a Content,
    /// The person's name, only if they chose to print it.
    pub name: Option<String>,
    /// The person's own notes (from the safe folder), only if they chose to print them.
    pub notes: Option<String>,
    /// The print date, formatted.
    pub printed_on: String,
    /// The tabs the person chose, in folder order.
    pub tabs: Vec<TabId>,
    /// Keys of the checklist items the person has ticked.
    pub checked: Vec<String>,
    pub documents: Vec<ConsultDocument>,
    pub deadlines: Vec<DatedEntry>,
    pub appointments: Vec<DatedEntry>,
    pub log: Vec<LogEntry>,
    /// Keys of the town's contacts the chosen appointments name (#13 §11): listed first among
    /// the printout's contacts, before the offices of the tabs in use.
    pub contacts: Vec<String>,
}

/// The direction of text the person typed: right-to-left if its first letter is.
fn typed_lang(text: &str, sides: &Sides<'_>) -> LangSpec {
    let first = text.chars().find(|c| c.is_alphabetic());
    match first {
        Some(c) if ordner_core::bidi::is_strong_rtl(c) => {
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

/// The scripts of what the person typed (titles, name, notes, log) beyond Latin.
fn typed_scripts(input: &Consultation<'_>) -> Vec<Script> {
    let texts = input
        .documents
        .iter()
        .map(|d| d.title.as_str())
        .chain(input.deadlines.iter().map(|d| d.title.as_str()))
        .chain(input.deadlines.iter().filter_map(|d| d.note.as_deref()))
        .chain(input.appointments.iter().map(|d| d.title.as_str()))
        .chain(input.appointments.iter().filter_map(|d| d.note.as_deref()))
        .chain(input.log.iter().map(|l| l.with.as_str()))
        .chain(input.log.iter().map(|l| l.summary.as_str()))
        .chain(input.name.as_deref())
        .chain(input.notes.as_deref());
    let mut scripts = Vec::new();
    for text in texts {
        for c in text.chars() {
            let script = match c as u32 {
                0x0600..=0x06FF
                | 0x0750..=0x077F
                | 0x08A0..=0x08FF
                | 0xFB50..=0xFDFF
                | 0xFE70..=0xFEFF => Script::Arabic,
                0x1200..=0x139F | 0x2D80..=0x2DDF | 0xAB00..=0xAB2F => Script::Ethiopic,
                0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Script::Georgian,
                _ => continue,
            };
            if !scripts.contains(&script) {
                scripts.push(script);
            }
        }
    }
    scripts
}

/// The font files this printout needs: those of both languages and of every script the person
/// typed in (an Arabic document title in a German–English printout needs Naskh). The browser
/// worker fetches exactly these.
pub fn consultation_faces(input: &Consultation<'_>) -> Vec<FontFace> {
    let mut scripts = vec![
        input.german.language().script,
        input.other.language().script,
    ];
    scripts.extend(typed_scripts(input));
    faces_for_scripts(&scripts)
}

/// Renders the consultation printout.
pub fn consultation(input: &Consultation<'_>, fonts: &FontLibrary) -> Result<PdfOutput, PdfError> {
    consultation_with_progress(input, fonts, &mut |_, _| {})
}

/// Renders the consultation printout, calling `progress(done, total)` after the overview,
/// after each scanned page, after the lists and before the file is written. `total` is
/// [`consultation_steps`].
pub fn consultation_with_progress(
    input: &Consultation<'_>,
    fonts: &FontLibrary,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<PdfOutput, PdfError> {
    let sides = Sides::new(input.german, input.other);
    fonts.require(&consultation_faces(input))?;
    let total = consultation_steps(input);

    // Check every page before drawing anything: the layout then knows all page counts.
    let prepared = prepare(input)?;

    let mut doc = DocBuilder::new(fonts);
    summary(&mut doc, &sides, input, &prepared);
    let mut done = 1;
    progress(done, total);
    if !input.documents.is_empty() {
        documents(&mut doc, &sides, input, &prepared, &mut |_| {
            done += 1;
            progress(done, total);
        });
    }
    details(&mut doc, &sides, input);
    notes_page(&mut doc, &sides);
    number_pages(&mut doc);
    progress(total - 1, total);

    let mut languages = vec![sides.de_lang.code.clone()];
    if !sides.same() {
        languages.push(sides.other_lang.code.clone());
    }
    let mut title = sides.de.msg("pdf-consult-title");
    if let Some(n) = &input.name {
        title = format!("{title} – {n}");
    }
    doc.finish(&DocInfo {
        title,
        languages,
        subject: sides.de.msg("pdf-consult-summary"),
    })
}

fn tab_title(sides: &Sides<'_>, content: &Content, tab: TabId) -> (String, String) {
    let town = content.town().map(|t| t.name.clone());
    let de_town = town
        .clone()
        .unwrap_or_else(|| sides.de.msg("pdf-town-placeholder"));
    let other_town = town.unwrap_or_else(|| sides.other.msg("pdf-town-placeholder"));
    (
        sides
            .de
            .msg_args(&tab.title_id(), &[("town", Arg::Str(&de_town))]),
        sides
            .other
            .msg_args(&tab.title_id(), &[("town", Arg::Str(&other_town))]),
    )
}

fn sorted(entries: &[DatedEntry]) -> Vec<&DatedEntry> {
    let mut v: Vec<&DatedEntry> = entries.iter().collect();
    v.sort_by(|a, b| a.date.cmp(&b.date));
    v
}

fn shown(d: &DatedEntry) -> &str {
    if d.shown_date.is_empty() {
        &d.date
    } else {
        &d.shown_date
    }
}

fn privacy_box(flow: &mut Flow<'_, '_>, sides: &Sides<'_>) {
    let top = flow.y;
    flow.gap(5.0);
    let (p_de, p_other) = sides.msg("pdf-consult-privacy");
    flow.pair(
        sides,
        (&p_de, &p_other),
        &TextStyle::regular(8.0).with_color(GREY),
    );
    flow.gap(5.0);
    let page = flow.page;
    flow.doc.rect(
        page,
        MARGIN_LEFT - 6.0,
        top,
        content_width() + 12.0,
        flow.y - top,
        None,
        Some((GREY, 0.6)),
    );
}

/// Every computed deadline is printed with the words that it is a help, not legal advice.
fn not_legal_advice(flow: &mut Flow<'_, '_>, sides: &Sides<'_>) {
    flow.gap(2.0);
    let (de, other) = sides.msg("deadline-not-legal-advice");
    flow.pair(
        sides,
        (&de, &other),
        &TextStyle::bold(8.0).with_color(Rgb(0.75, 0.15, 0.1)),
    );
}

/// What the overview and the document list add to a document whose PDF files are not (all)
/// in the printout: (German, other language), or `None`.
fn pdf_notice(sides: &Sides<'_>, pages: &[Prepared]) -> Option<(String, String)> {
    let mut parts = (Vec::new(), Vec::new());
    if pages.iter().any(Prepared::left_out) {
        let (de, other) = sides.msg("pdf-pages-short-left-out");
        parts.0.push(de);
        parts.1.push(other);
    }
    if pages.iter().any(Prepared::cut) {
        let (de, other) = sides.msg("pdf-pages-short-cut");
        parts.0.push(de);
        parts.1.push(other);
    }
    (!parts.0.is_empty()).then(|| (parts.0.join(" · "), parts.1.join(" · ")))
}

/// The one-page overview for the advisor.
fn summary(
    doc: &mut DocBuilder<'_>,
    sides: &Sides<'_>,
    input: &Consultation<'_>,
    prepared: &[Vec<Prepared>],
) {
    let mut flow = Flow::new(doc);
    let (t_de, t_other) = sides.msg("pdf-consult-summary");
    flow.heading(sides, (&t_de, &t_other), 16.0);
    let small = TextStyle::regular(8.5).with_color(GREY);
    let (pr_de, pr_other) = sides.msg_args(
        "pdf-consult-printed",
        &[("date", Arg::Str(&input.printed_on))],
    );
    flow.pair(sides, (&pr_de, &pr_other), &small);
    if let Some(name) = &input.name {
        flow.gap(4.0);
        let (f_de, f_other) = sides.msg("pdf-consult-for");
        flow.pair(sides, (&f_de, &f_other), &small);
        let lang = typed_lang(name, sides);
        flow.full(name, &lang, &TextStyle::bold(14.0));
    }
    flow.gap(10.0);

    // What is due: deadlines and appointments, soonest first.
    let (d_de, d_other) = sides.msg("pdf-consult-due");
    flow.heading(sides, (&d_de, &d_other), 12.0);
    let mut due: Vec<(&DatedEntry, bool)> = input.deadlines.iter().map(|d| (d, true)).collect();
    due.extend(input.appointments.iter().map(|a| (a, false)));
    due.sort_by(|a, b| a.0.date.cmp(&b.0.date));
    if due.is_empty() {
        let (n_de, n_other) = sides.msg("pdf-consult-none");
        flow.pair(sides, (&n_de, &n_other), &small);
    }
    for (entry, is_deadline) in due {
        let page = flow.page;
        let y = flow.y;
        let color = if is_deadline {
            Rgb(0.75, 0.15, 0.1)
        } else {
            ACCENT
        };
        text_at(
            flow.doc,
            page,
            shown(entry),
            &LangSpec::german(),
            &TextStyle::bold(9.5).with_color(color),
            MARGIN_LEFT,
            y,
            70.0,
            Align::Start,
        );
        let lang = typed_lang(&entry.title, sides);
        let h = text_at(
            flow.doc,
            page,
            &entry.title,
            &lang,
            &TextStyle::regular(9.5),
            MARGIN_LEFT + 72.0,
            y,
            content_width() - 72.0,
            Align::Start,
        );
        flow.y += h + 2.0;
    }
    if !input.deadlines.is_empty() {
        not_legal_advice(&mut flow, sides);
    }
    flow.gap(8.0);

    // Per chosen tab: what is there and what is missing.
    let (h_de, h_other) = sides.msg("pdf-consult-tabs");
    flow.heading(sides, (&h_de, &h_other), 12.0);
    let (have_de, have_other) = sides.msg("pdf-consult-have");
    let (miss_de, miss_other) = sides.msg("pdf-consult-missing");
    let item_style = TextStyle::regular(8.5);
    for tab in &input.tabs {
        let (td, to) = tab_title(sides, input.content, *tab);
        let page = flow.page;
        flow.ensure(40.0);
        flow.doc.rect(
            page,
            MARGIN_LEFT - 10.0,
            flow.y + 3.0,
            5.0,
            5.0,
            Some(tab_color(*tab)),
            None,
        );
        flow.pair(
            sides,
            (&format!("{}  {td}", tab.number()), &to),
            &TextStyle::bold(10.0),
        );
        let tc = input.content.tab(*tab);
        let docs: Vec<(&ConsultDocument, &Vec<Prepared>)> = input
            .documents
            .iter()
            .zip(prepared)
            .filter(|(d, _)| d.tab == *tab)
            .collect();
        let have: Vec<_> = tc
            .checklist
            .iter()
            .filter(|i| input.checked.contains(&i.key))
            .collect();
        let missing: Vec<_> = tc
            .checklist
            .iter()
            .filter(|i| !input.checked.contains(&i.key))
            .collect();
        // German on the left, the other language on the right: ticked items and documents,
        // then the items still missing.
        let mut rows: Vec<(String, String, bool)> = Vec::new();
        for (d, pages) in &docs {
            match pdf_notice(sides, pages) {
                // A document whose PDF file is not in the printout says so right here.
                Some((de, other)) => rows.push((
                    format!("{} – {de}", d.title),
                    format!("{} – {other}", d.title),
                    true,
                )),
                None => rows.push((d.title.clone(), d.title.clone(), true)),
            }
        }
        for i in &have {
            rows.push((
                i.text.resolve(sides.de).text,
                i.text.resolve(sides.other).text,
                true,
            ));
        }
        if !rows.is_empty() {
            flow.pair(
                sides,
                (&have_de, &have_other),
                &TextStyle::bold(8.0).with_color(Rgb(0.1, 0.45, 0.2)),
            );
        }
        for (de, other, _) in &rows {
            flow.pair_with(
                sides,
                (de, other),
                &item_style,
                12.0,
                |doc, page, x, y, lh| {
                    let bx = if x > right_column_x() + 1.0 {
                        x + 12.0 - 7.0
                    } else {
                        x
                    };
                    check_box(doc, page, bx, y + (lh - 7.0) / 2.0, 7.0);
                    doc.line(
                        page,
                        (bx + 1.2, y + lh / 2.0),
                        (bx + 3.0, y + lh / 2.0 + 2.0),
                        Rgb::BLACK,
                        0.9,
                    );
                    doc.line(
                        page,
                        (bx + 3.0, y + lh / 2.0 + 2.0),
                        (bx + 6.0, y + lh / 2.0 - 2.5),
                        Rgb::BLACK,
                        0.9,
                    );
                },
            );
        }
        if !missing.is_empty() {
            flow.pair(
                sides,
                (&miss_de, &miss_other),
                &TextStyle::bold(8.0).with_color(Rgb(0.75, 0.15, 0.1)),
            );
            for i in missing {
                let de = i.text.resolve(sides.de).text;
                let other = i.text.resolve(sides.other).text;
                flow.pair_with(
                    sides,
                    (&de, &other),
                    &item_style,
                    12.0,
                    |doc, page, x, y, lh| {
                        let bx = if x > right_column_x() + 1.0 {
                            x + 12.0 - 7.0
                        } else {
                            x
                        };
                        check_box(doc, page, bx, y + (lh - 7.0) / 2.0, 7.0);
                    },
                );
            }
        }
        flow.gap(6.0);
    }
    flow.gap(6.0);
    flow.ensure(50.0);
    privacy_box(&mut flow, sides);
}

/// Steps [`consultation_with_progress`] reports: the overview, each scanned page and each PDF
/// file, the lists, and writing the file.
pub fn consultation_steps(input: &Consultation<'_>) -> u32 {
    let pages: usize = input.documents.iter().map(|d| d.pages.len()).sum();
    u32::try_from(pages).unwrap_or(u32::MAX - 3) + 3
}

/// Each document: a header, then its pages, one per page of the printout, scaled to fit: the
/// scans, the pages of its PDF files, and an explaining page for a PDF file that is not (all)
/// in the printout.
fn documents<'a>(
    doc: &mut DocBuilder<'a>,
    sides: &Sides<'_>,
    input: &Consultation<'_>,
    prepared: &'a [Vec<Prepared>],
    on_page: &mut dyn FnMut(usize),
) {
    let mut flow = Flow::new(doc);
    let (h_de, h_other) = sides.msg("pdf-consult-documents");
    flow.heading(sides, (&h_de, &h_other), 14.0);
    for (d, pages) in input.documents.iter().zip(prepared) {
        flow.ensure(60.0);
        let page = flow.page;
        flow.doc.rect(
            page,
            MARGIN_LEFT - 10.0,
            flow.y + 3.0,
            5.0,
            5.0,
            Some(tab_color(d.tab)),
            None,
        );
        let lang = typed_lang(&d.title, sides);
        flow.full(&d.title, &lang, &TextStyle::bold(11.0));
        let mut facts_de = Vec::new();
        let mut facts_other = Vec::new();
        if let Some(t) = d.doctype.as_deref().and_then(DocType::by_key) {
            facts_de.push(sides.de.msg(&t.name_id()));
            facts_other.push(sides.other.msg(&t.name_id()));
        }
        let served = d
            .doctype
            .as_deref()
            .and_then(DocType::by_key)
            .and_then(|t| t.deadline)
            .is_some_and(|r| r.starts() == ordner_core::content::DeadlineStart::Served);
        let received_id = if served {
            "pdf-consult-served"
        } else {
            "pdf-consult-received"
        };
        for (id, date) in [
            (received_id, &d.received),
            ("pdf-consult-letter-date", &d.letter_date),
            ("pdf-consult-valid-until", &d.valid_until),
        ] {
            if let Some(date) = date {
                let (a, b) = sides.msg_args(id, &[("date", Arg::Str(date))]);
                facts_de.push(a);
                facts_other.push(b);
            }
        }
        let count: usize = pages.iter().map(Prepared::document_pages).sum();
        let (p_de, p_other) =
            sides.msg_args("pdf-consult-pages", &[("count", Arg::Num(count as f64))]);
        facts_de.push(p_de);
        facts_other.push(p_other);
        flow.pair(
            sides,
            (&facts_de.join(" · "), &facts_other.join(" · ")),
            &TextStyle::regular(9.0).with_color(GREY),
        );
        if let Some((de, other)) = pdf_notice(sides, pages) {
            flow.pair(
                sides,
                (&de, &other),
                &TextStyle::bold(9.0).with_color(Rgb(0.75, 0.15, 0.1)),
            );
        }
        flow.gap(8.0);
    }
    // The pages, one per page of the printout, numbered through the document.
    for (step, (d, pages)) in input.documents.iter().zip(prepared).enumerate() {
        let count: usize = pages.iter().map(Prepared::document_pages).sum();
        let mut number = 0;
        // `prepare` made one entry per page, in order.
        for (source, p) in d.pages.iter().zip(pages) {
            match p {
                Prepared::Jpeg(info) => {
                    number += 1;
                    let ConsultPage::Jpeg(bytes) = source else {
                        continue;
                    };
                    let caption = caption(sides, "pdf-consult-scan", &d.title, number, count);
                    let (page, top) = page_with_caption(&mut flow, sides, d.tab, &caption);
                    let idx = flow.doc.add_jpeg(*info, bytes.clone());
                    let (x, y, w, h) = fit(top, info.width as f32, info.height as f32);
                    flow.doc.image(page, idx, x, y, w, h);
                    flow.doc
                        .rect(page, x, y, w, h, None, Some((Rgb(0.8, 0.8, 0.8), 0.4)));
                }
                Prepared::Pdf {
                    result: Ok(pdf),
                    cut,
                } => {
                    let file = flow.doc.add_pdf(pdf);
                    for (i, imported) in pdf.pages.iter().enumerate() {
                        number += 1;
                        let caption = caption(sides, "pdf-pages-caption", &d.title, number, count);
                        let (page, top) = page_with_caption(&mut flow, sides, d.tab, &caption);
                        let (sw, sh) = imported.shown_size();
                        let (x, y, w, h) = fit(top, sw, sh);
                        flow.doc.pdf_page(page, file, i, x, y, w, h);
                        flow.doc
                            .rect(page, x, y, w, h, None, Some((Rgb(0.8, 0.8, 0.8), 0.4)));
                    }
                    if *cut {
                        let shown = pdf.pages.len() as f64;
                        let total = pdf.total_pages as f64;
                        let args = [("shown", Arg::Num(shown)), ("total", Arg::Num(total))];
                        explaining_page(
                            &mut flow,
                            sides,
                            d,
                            "pdf-pages-cut-title",
                            sides.msg_args("pdf-pages-cut", &args),
                        );
                    }
                }
                Prepared::Pdf {
                    result: Err(problem),
                    ..
                } => {
                    let (body_de, body_other) = sides.msg("pdf-pages-left-out");
                    let (why_de, why_other) = sides.msg(problem.message_id());
                    explaining_page(
                        &mut flow,
                        sides,
                        d,
                        "pdf-pages-left-out-title",
                        (
                            format!("{body_de}\n{why_de}"),
                            format!("{body_other}\n{why_other}"),
                        ),
                    );
                }
            }
            on_page(step);
        }
    }
}

/// The caption above a page of a document: `Scan: title, Seite 2 von 5` (German only, as the
/// scans have always had it).
fn caption(sides: &Sides<'_>, id: &str, title: &str, page: usize, count: usize) -> String {
    sides.de.msg_args(
        id,
        &[
            ("title", Arg::Str(title)),
            ("page", Arg::Num(page as f64)),
            ("count", Arg::Num(count.max(page) as f64)),
        ],
    )
}

/// A new page of a document with its register tab and caption; returns the page and the top
/// of the space below the caption.
fn page_with_caption(
    flow: &mut Flow<'_, '_>,
    sides: &Sides<'_>,
    tab: TabId,
    caption: &str,
) -> (usize, f32) {
    let page = flow.doc.new_page();
    flow.page = page;
    draw_register(flow.doc, page, tab, false);
    let ch = text_at(
        flow.doc,
        page,
        caption,
        &sides.de_lang,
        &TextStyle::regular(8.5).with_color(GREY),
        MARGIN_LEFT,
        MARGIN_TOP - 14.0,
        content_width(),
        Align::Start,
    );
    (page, MARGIN_TOP - 14.0 + ch + 4.0)
}

/// The box (x, y, w, h) of a page of `iw` × `ih` scaled to fit below `top`, centred.
fn fit(top: f32, iw: f32, ih: f32) -> (f32, f32, f32, f32) {
    let (bw, bh) = (content_width(), bottom_limit() - top);
    let scale = (bw / iw).min(bh / ih);
    let (w, h) = (iw * scale, ih * scale);
    (MARGIN_LEFT + (bw - w) / 2.0, top, w, h)
}

/// A page in place of a PDF file (or its rest) that is not in the printout: a heading and the
/// explanation (paragraphs separated by `\n`) in both languages, in a red frame.
fn explaining_page(
    flow: &mut Flow<'_, '_>,
    sides: &Sides<'_>,
    d: &ConsultDocument,
    title_id: &str,
    body: (String, String),
) {
    let (page, top) = page_with_caption(flow, sides, d.tab, &d.title);
    flow.y = top + mm(20.0);
    let frame_top = flow.y;
    flow.gap(6.0);
    let (t_de, t_other) = sides.msg(title_id);
    flow.heading(sides, (&t_de, &t_other), 14.0);
    let style = TextStyle::regular(10.5);
    for (de, other) in body.0.split('\n').zip(body.1.split('\n')) {
        flow.pair(sides, (de, other), &style);
        flow.gap(4.0);
    }
    flow.gap(4.0);
    let red = Rgb(0.75, 0.15, 0.1);
    flow.doc.rect(
        page,
        MARGIN_LEFT - 6.0,
        frame_top,
        content_width() + 12.0,
        flow.y - frame_top,
        None,
        Some((red, 1.2)),
    );
}

/// Deadlines, appointments and the consultation log in full.
fn details(doc: &mut DocBuilder<'_>, sides: &Sides<'_>, input: &Consultation<'_>) {
    let mut flow = Flow::new(doc);
    let body = TextStyle::regular(9.5);
    for (id, list) in [
        ("pdf-consult-deadlines", &input.deadlines),
        ("pdf-consult-appointments", &input.appointments),
    ] {
        let (h_de, h_other) = sides.msg(id);
        flow.heading(sides, (&h_de, &h_other), 13.0);
        if list.is_empty() {
            let (n_de, n_other) = sides.msg("pdf-consult-none");
            flow.pair(sides, (&n_de, &n_other), &body.with_color(GREY));
        }
        for e in sorted(list) {
            flow.ensure(30.0);
            let page = flow.page;
            text_at(
                flow.doc,
                page,
                shown(e),
                &LangSpec::german(),
                &TextStyle::bold(9.5),
                MARGIN_LEFT,
                flow.y,
                70.0,
                Align::Start,
            );
            let mut text = e.title.clone();
            if let Some(n) = &e.note {
                text = format!("{text} — {n}");
            }
            let lang = typed_lang(&text, sides);
            let h = text_at(
                flow.doc,
                page,
                &text,
                &lang,
                &body,
                MARGIN_LEFT + 72.0,
                flow.y,
                content_width() - 72.0,
                Align::Start,
            );
            flow.y += h + 4.0;
        }
        if id == "pdf-consult-deadlines" && !list.is_empty() {
            not_legal_advice(&mut flow, sides);
        }
        flow.gap(10.0);
    }
    // Where to go: address, phone, opening hours and the facts' age (#13 §11).
    let mut tabs = input.tabs.clone();
    tabs.extend(input.documents.iter().map(|d| d.tab));
    let contacts = crate::contacts::consult_contacts(input.content, &input.contacts, &tabs);
    crate::contacts::consult_section(&mut flow, sides, &contacts);
    if let Some(notes) = input.notes.as_deref().filter(|n| !n.trim().is_empty()) {
        let (h_de, h_other) = sides.msg("pdf-consult-own-notes");
        flow.heading(sides, (&h_de, &h_other), 13.0);
        for para in notes.lines().filter(|l| !l.trim().is_empty()) {
            flow.ensure(20.0);
            let lang = typed_lang(para, sides);
            flow.full(para, &lang, &body);
        }
        flow.gap(10.0);
    }
    let (h_de, h_other) = sides.msg("pdf-consult-log");
    flow.heading(sides, (&h_de, &h_other), 13.0);
    if input.log.is_empty() {
        let (n_de, n_other) = sides.msg("pdf-consult-none");
        flow.pair(sides, (&n_de, &n_other), &body.with_color(GREY));
    }
    for entry in &input.log {
        flow.ensure(40.0);
        let page = flow.page;
        let head = format!("{} · {}", entry.date, entry.with);
        let lang = typed_lang(&entry.with, sides);
        let h = text_at(
            flow.doc,
            page,
            &head,
            &lang,
            &TextStyle::bold(9.5),
            MARGIN_LEFT,
            flow.y,
            content_width(),
            Align::Start,
        );
        flow.y += h;
        let lang = typed_lang(&entry.summary, sides);
        let h = text_at(
            flow.doc,
            page,
            &entry.summary,
            &lang,
            &body,
            MARGIN_LEFT,
            flow.y,
            content_width(),
            Align::Start,
        );
        flow.y += h + 6.0;
    }
}

/// A ruled page for the advisor's notes, with the privacy note at its foot.
fn notes_page(doc: &mut DocBuilder<'_>, sides: &Sides<'_>) {
    let mut flow = Flow::new(doc);
    let (n_de, n_other) = sides.msg("pdf-consult-notes");
    flow.heading(sides, (&n_de, &n_other), 14.0);
    flow.ruled_lines(mm(8.5), Some(A4_HEIGHT - mm(52.0)));
    flow.y = A4_HEIGHT - mm(45.0);
    privacy_box(&mut flow, sides);
}
