//! The consultation printout: what the person chose to show an advisor. It opens with a
//! one-page overview (what is there, what is missing, what is due), then the chosen documents
//! with their scanned pages (JPEG bytes embedded unchanged), the deadlines and appointments, the
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
use crate::jpeg::read_jpeg_info;
use crate::layout::{
    ACCENT, Flow, GREY, MARGIN_LEFT, MARGIN_TOP, Sides, bottom_limit, check_box, content_width,
    number_pages, right_column_x, text_at,
};
use crate::text::{Align, LangSpec, Rgb, TextStyle};

/// A document the person chose, with its scanned pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsultDocument {
    /// The title the person gave it (printed as typed).
    pub title: String,
    /// Its document type key (`doctype-<key>` names it), if any.
    pub doctype: Option<String>,
    /// The tab it is filed behind.
    pub tab: TabId,
    /// Dates, already formatted (e.g. `03.02.2026`).
    pub issued: Option<String>,
    pub valid_until: Option<String>,
    /// The scanned pages as JPEG files; embedded byte for byte.
    pub pages: Vec<Vec<u8>>,
}

/// A deadline or an appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedEntry {
    /// Sortable date, `YYYY-MM-DD`.
    pub date: String,
    /// The date as printed (e.g. `12.05.2026`); the sortable date when empty.
    pub shown_date: String,
    pub title: String,
    pub note: Option<String>,
}

/// One entry of the consultation log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogEntry {
    pub date: String,
    /// Who the person saw (an office, an advisor).
    pub with: String,
    pub summary: String,
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

    // Check every scanned page before drawing anything.
    let mut infos = Vec::new();
    let mut index = 0;
    for d in &input.documents {
        let mut pages = Vec::new();
        for bytes in &d.pages {
            index += 1;
            let info =
                read_jpeg_info(bytes).map_err(|message| PdfError::BadJpeg { index, message })?;
            pages.push(info);
        }
        infos.push(pages);
    }

    let mut doc = DocBuilder::new(fonts);
    summary(&mut doc, &sides, input);
    let mut done = 1;
    progress(done, total);
    if !input.documents.is_empty() {
        documents(&mut doc, &sides, input, &infos, &mut |_| {
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

/// The one-page overview for the advisor.
fn summary(doc: &mut DocBuilder<'_>, sides: &Sides<'_>, input: &Consultation<'_>) {
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
        let docs: Vec<&ConsultDocument> =
            input.documents.iter().filter(|d| d.tab == *tab).collect();
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
        for d in &docs {
            rows.push((d.title.clone(), d.title.clone(), true));
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

/// Steps [`consultation_with_progress`] reports: the overview, each scanned page, the lists,
/// and writing the file.
pub fn consultation_steps(input: &Consultation<'_>) -> u32 {
    let scans: usize = input.documents.iter().map(|d| d.pages.len()).sum();
    u32::try_from(scans).unwrap_or(u32::MAX - 3) + 3
}

/// Each document: a header, then its scanned pages, one per page, scaled to fit.
fn documents(
    doc: &mut DocBuilder<'_>,
    sides: &Sides<'_>,
    input: &Consultation<'_>,
    infos: &[Vec<crate::jpeg::JpegInfo>],
    on_scan: &mut dyn FnMut(usize),
) {
    let mut flow = Flow::new(doc);
    let (h_de, h_other) = sides.msg("pdf-consult-documents");
    flow.heading(sides, (&h_de, &h_other), 14.0);
    for d in &input.documents {
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
        for (id, date) in [
            ("pdf-consult-issued", &d.issued),
            ("pdf-consult-valid-until", &d.valid_until),
        ] {
            if let Some(date) = date {
                let (a, b) = sides.msg_args(id, &[("date", Arg::Str(date))]);
                facts_de.push(a);
                facts_other.push(b);
            }
        }
        let (p_de, p_other) = sides.msg_args(
            "pdf-consult-pages",
            &[("count", Arg::Num(d.pages.len() as f64))],
        );
        facts_de.push(p_de);
        facts_other.push(p_other);
        flow.pair(
            sides,
            (&facts_de.join(" · "), &facts_other.join(" · ")),
            &TextStyle::regular(9.0).with_color(GREY),
        );
        flow.gap(8.0);
    }
    // The scans, one per page.
    for (d, pages) in input.documents.iter().zip(infos) {
        for (i, (bytes, info)) in d.pages.iter().zip(pages).enumerate() {
            let page = flow.doc.new_page();
            draw_register(flow.doc, page, d.tab, false);
            let idx = flow.doc.add_jpeg(*info, bytes.clone());
            let caption = sides.de.msg_args(
                "pdf-consult-scan",
                &[
                    ("title", Arg::Str(&d.title)),
                    ("page", Arg::Num((i + 1) as f64)),
                    ("count", Arg::Num(d.pages.len() as f64)),
                ],
            );
            let ch = text_at(
                flow.doc,
                page,
                &caption,
                &sides.de_lang,
                &TextStyle::regular(8.5).with_color(GREY),
                MARGIN_LEFT,
                MARGIN_TOP - 14.0,
                content_width(),
                Align::Start,
            );
            let top = MARGIN_TOP - 14.0 + ch + 4.0;
            let (bw, bh) = (content_width(), bottom_limit() - top);
            let (iw, ih) = (info.width as f32, info.height as f32);
            let scale = (bw / iw).min(bh / ih);
            let (w, h) = (iw * scale, ih * scale);
            let x = MARGIN_LEFT + (bw - w) / 2.0;
            flow.doc.image(page, idx, x, top, w, h);
            flow.doc
                .rect(page, x, top, w, h, None, Some((Rgb(0.8, 0.8, 0.8), 0.4)));
            on_scan(i);
        }
    }
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
