//! The blank bilingual folder that offices print for people who arrive: cover, how-to page, for
//! each of the ten tabs a divider with its register tab, the tab's introduction, tips, checklist
//! and contacts and a notes page, and spine labels for common binder widths.

use ordner_core::content::{Contact, ContactField, Content, LocalText, TabContent};
use ordner_core::i18n::Arg;
use ordner_core::{Catalog, TabId};

use crate::contacts::{facts_age, hours_lines};
use crate::doc::{A4_HEIGHT, A4_WIDTH, DocBuilder, DocInfo, PdfOutput, mm};
use crate::error::PdfError;
use crate::fonts::{FontLibrary, faces_for_scripts};
use crate::layout::{
    ACCENT, Flow, GREY, LIGHT, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, Sides, bottom_limit,
    check_box, column_width, content_width, number_pages, right_column_x, text_at,
};
use crate::text::{Align, LangSpec, Rgb, TextStyle};

/// A spine label (Rückenschild): the binder's spine width and the label that fits its pocket.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SpineLabel {
    pub spine_mm: f32,
    pub width_mm: f32,
    pub height_mm: f32,
}

/// Labels for the two common binder widths: 50 mm and 80 mm spines.
pub const DEFAULT_SPINES: &[SpineLabel] = &[
    SpineLabel {
        spine_mm: 50.0,
        width_mm: 39.0,
        height_mm: 190.0,
    },
    SpineLabel {
        spine_mm: 80.0,
        width_mm: 61.0,
        height_mm: 190.0,
    },
];

/// What a blank folder is made of.
pub struct BlankFolder<'a> {
    /// German messages (the left side of every page).
    pub german: &'a Catalog,
    /// The other language's messages (the right side). German again gives a German-only folder.
    pub other: &'a Catalog,
    /// The tabs' content: the default content, or the default merged with a town pack.
    pub content: &'a Content,
    pub spines: &'a [SpineLabel],
}

/// The colour of each register tab, in folder order.
pub fn tab_color(tab: TabId) -> Rgb {
    const COLORS: [Rgb; 10] = [
        Rgb(0.80, 0.24, 0.20),
        Rgb(0.89, 0.55, 0.13),
        Rgb(0.70, 0.60, 0.05),
        Rgb(0.35, 0.62, 0.20),
        Rgb(0.10, 0.55, 0.45),
        Rgb(0.13, 0.50, 0.72),
        Rgb(0.22, 0.32, 0.68),
        Rgb(0.50, 0.30, 0.65),
        Rgb(0.72, 0.25, 0.50),
        Rgb(0.40, 0.40, 0.40),
    ];
    COLORS[tab as usize]
}

/// Where a tab's printed register sits on the outer edge: its top and height (points). The ten
/// tabs step down the page like the tabs of a real binder.
pub fn register_slot(tab: TabId) -> (f32, f32) {
    let top = MARGIN_TOP;
    let step = (A4_HEIGHT - MARGIN_TOP - mm(24.0)) / 10.0;
    (top + step * tab as usize as f32, step - 3.0)
}

/// Draws a tab's register on the outer (right) edge; `strong` for the divider page itself.
pub fn draw_register(doc: &mut DocBuilder<'_>, page: usize, tab: TabId, strong: bool) {
    let (top, h) = register_slot(tab);
    let w = mm(12.0);
    let x = A4_WIDTH - mm(4.0) - w;
    let c = tab_color(tab);
    let fill = if strong {
        c
    } else {
        Rgb(
            1.0 - (1.0 - c.0) * 0.35,
            1.0 - (1.0 - c.1) * 0.35,
            1.0 - (1.0 - c.2) * 0.35,
        )
    };
    doc.rect(page, x, top, w, h, Some(fill), None);
    let color = if strong { Rgb::WHITE } else { c };
    let style = TextStyle::bold(if strong { 18.0 } else { 12.0 }).with_color(color);
    text_at(
        doc,
        page,
        &tab.number().to_string(),
        &LangSpec::german(),
        &style,
        x,
        top + h / 2.0 - style.size * 0.7,
        w,
        Align::Center,
    );
}

fn local<'t>(text: &'t LocalText, code: &str) -> &'t str {
    text.get(code).unwrap_or(text.german())
}

/// Renders the blank folder.
pub fn blank_folder(input: &BlankFolder<'_>, fonts: &FontLibrary) -> Result<PdfOutput, PdfError> {
    blank_folder_with_progress(input, fonts, &mut |_, _| {})
}

/// Steps [`blank_folder_with_progress`] reports: the ten tabs, the spine labels and contents,
/// and writing the file.
pub const BLANK_FOLDER_STEPS: u32 = TabId::ALL.len() as u32 + 2;

/// Renders the blank folder, calling `progress(done, total)` after each tab and before the
/// file is written (the browser worker turns these into a progress bar).
pub fn blank_folder_with_progress(
    input: &BlankFolder<'_>,
    fonts: &FontLibrary,
    progress: &mut dyn FnMut(u32, u32),
) -> Result<PdfOutput, PdfError> {
    let total = BLANK_FOLDER_STEPS;
    let sides = Sides::new(input.german, input.other);
    fonts.require(&faces_for_scripts(&[
        sides.de_lang.script,
        sides.other_lang.script,
    ]))?;
    let town = input.content.town().map(|t| t.name.clone());
    let town_de = town
        .clone()
        .unwrap_or_else(|| sides.de.msg("pdf-town-placeholder"));
    let town_other = town
        .clone()
        .unwrap_or_else(|| sides.other.msg("pdf-town-placeholder"));
    let title_of = |tab: TabId| -> (String, String) {
        (
            sides
                .de
                .msg_args(&tab.title_id(), &[("town", Arg::Str(&town_de))]),
            sides
                .other
                .msg_args(&tab.title_id(), &[("town", Arg::Str(&town_other))]),
        )
    };

    let mut doc = DocBuilder::new(fonts);
    cover(&mut doc, &sides, town.as_deref());
    let howto_page = howto(&mut doc, &sides);

    let mut divider_pages = Vec::new();
    for tab in TabId::ALL {
        let titles = title_of(tab);
        let page = divider(&mut doc, &sides, tab, &titles);
        divider_pages.push(page);
        let label = if sides.same() {
            format!("{}. {}", tab.number(), titles.0)
        } else {
            format!("{}. {} – {}", tab.number(), titles.0, titles.1)
        };
        doc.bookmark(&ordner_core::bidi::strip_bidi_controls(&label), page);
        tab_pages(&mut doc, &sides, input.content.tab(tab));
        progress(tab.number() as u32, total);
    }
    spine_page(&mut doc, &sides, input.spines, town.as_deref());
    contents(&mut doc, &sides, howto_page, &divider_pages, &title_of);
    number_pages(&mut doc);
    progress(total - 1, total);

    let (app_de, app_other) = sides.msg("app-name");
    let mut title = if sides.same() {
        app_de
    } else {
        format!("{app_de} – {app_other}")
    };
    if let Some(t) = &town {
        title = format!("{title} – {t}");
    }
    let mut languages = vec![sides.de_lang.code.clone()];
    if !sides.same() {
        languages.push(sides.other_lang.code.clone());
    }
    doc.finish(&DocInfo {
        title: ordner_core::bidi::strip_bidi_controls(&title),
        languages,
        subject: sides.de.msg("pdf-folder-subtitle"),
    })
}

fn cover(doc: &mut DocBuilder<'_>, sides: &Sides<'_>, town: Option<&str>) {
    let mut flow = Flow::new(doc);
    let page = flow.page;
    flow.doc
        .rect(page, 0.0, 0.0, A4_WIDTH, mm(10.0), Some(ACCENT), None);
    flow.y = mm(55.0);
    let (app_de, app_other) = sides.msg("app-name");
    let big = TextStyle::bold(34.0);
    flow.full(&app_de, &sides.de_lang, &big);
    if !sides.same() {
        flow.gap(6.0);
        let w = content_width();
        let h = text_at(
            flow.doc,
            page,
            &app_other,
            &sides.other_lang,
            &big.with_color(ACCENT),
            MARGIN_LEFT,
            flow.y,
            w,
            Align::Start,
        );
        flow.y += h;
    }
    flow.gap(14.0);
    flow.pair(
        sides,
        (
            &sides.de.msg("pdf-folder-subtitle"),
            &sides.other.msg("pdf-folder-subtitle"),
        ),
        &TextStyle::regular(13.0).with_color(GREY),
    );
    if let Some(t) = town {
        flow.gap(24.0);
        flow.full(t, &sides.de_lang, &TextStyle::bold(22.0).with_color(ACCENT));
    }

    // Fields for the owner's name and the date.
    flow.y = mm(150.0);
    for id in ["pdf-name", "pdf-date"] {
        let (de, other) = sides.msg(id);
        let label = TextStyle::regular(11.0).with_color(GREY);
        flow.pair(sides, (&de, &other), &label);
        flow.gap(mm(9.0));
        flow.doc.line(
            page,
            (MARGIN_LEFT, flow.y),
            (A4_WIDTH - MARGIN_RIGHT, flow.y),
            Rgb::BLACK,
            0.7,
        );
        flow.gap(mm(8.0));
    }

    // The unreviewed-translation notice.
    if !sides.other.language().reviewed && !sides.same() {
        flow.y = mm(222.0);
        let top = flow.y;
        flow.gap(8.0);
        let head = TextStyle::bold(11.0);
        let body = TextStyle::regular(10.0);
        let (t_de, t_other) = sides.msg("pdf-not-reviewed-title");
        let (b_de, b_other) = sides.msg("app-not-reviewed");
        flow.pair(sides, (&t_de, &t_other), &head);
        flow.gap(3.0);
        flow.pair(sides, (&b_de, &b_other), &body);
        flow.gap(8.0);
        let h = flow.y - top;
        flow.doc.rect(
            page,
            MARGIN_LEFT - 6.0,
            top,
            content_width() + 12.0,
            h,
            None,
            Some((Rgb(0.80, 0.45, 0.05), 1.2)),
        );
    }
}

/// The how-to page; returns its index (the contents list is added at the end).
fn howto(doc: &mut DocBuilder<'_>, sides: &Sides<'_>) -> usize {
    let mut flow = Flow::new(doc);
    let (t_de, t_other) = sides.msg("pdf-howto-title");
    flow.heading(sides, (&t_de, &t_other), 16.0);
    let body = TextStyle::regular(10.5);
    for i in 1..=5 {
        let (de, other) = sides.msg(&format!("pdf-howto-{i}"));
        // The number is part of each side's text: on a right-to-left side it then stands
        // at the start (right) of the line and extracts in order.
        flow.pair(
            sides,
            (&format!("{i}. {de}"), &format!("{i}. {other}")),
            &body,
        );
        flow.gap(6.0);
    }
    flow.page
}

/// The contents list on the how-to page: number, both titles, page of the divider.
fn contents(
    doc: &mut DocBuilder<'_>,
    sides: &Sides<'_>,
    page: usize,
    dividers: &[usize],
    title_of: &dyn Fn(TabId) -> (String, String),
) {
    let mut y = mm(150.0);
    let (c_de, c_other) = sides.msg("pdf-contents");
    let head = TextStyle::bold(14.0).with_color(ACCENT);
    let h1 = text_at(
        doc,
        page,
        &c_de,
        &sides.de_lang,
        &head,
        MARGIN_LEFT,
        y,
        column_width(),
        Align::Start,
    );
    if !sides.same() {
        text_at(
            doc,
            page,
            &c_other,
            &sides.other_lang,
            &head,
            right_column_x(),
            y,
            column_width(),
            Align::Start,
        );
    }
    y += h1 + 4.0;
    doc.line(
        page,
        (MARGIN_LEFT, y),
        (A4_WIDTH - MARGIN_RIGHT, y),
        ACCENT,
        0.6,
    );
    y += 6.0;
    let style = TextStyle::regular(10.5);
    for (tab, divider) in TabId::ALL.into_iter().zip(dividers) {
        let (de, other) = title_of(tab);
        let de = format!("{}  {}", tab.number(), de);
        let num_w = 26.0;
        let h = text_at(
            doc,
            page,
            &de,
            &sides.de_lang,
            &style,
            MARGIN_LEFT,
            y,
            column_width() - num_w,
            Align::Start,
        );
        text_at(
            doc,
            page,
            &(divider + 1).to_string(),
            &LangSpec::german(),
            &style.with_color(GREY),
            MARGIN_LEFT + column_width() - num_w,
            y,
            num_w,
            Align::End,
        );
        let h2 = if sides.same() {
            0.0
        } else {
            text_at(
                doc,
                page,
                &other,
                &sides.other_lang,
                &style,
                right_column_x(),
                y,
                column_width(),
                Align::Start,
            )
        };
        doc.rect(
            page,
            MARGIN_LEFT - 12.0,
            y + 3.0,
            6.0,
            6.0,
            Some(tab_color(tab)),
            None,
        );
        y += h.max(h2) + 4.0;
    }
}

fn divider(
    doc: &mut DocBuilder<'_>,
    sides: &Sides<'_>,
    tab: TabId,
    titles: &(String, String),
) -> usize {
    let page = doc.new_page();
    draw_register(doc, page, tab, true);
    let w = content_width();
    let mut y = mm(95.0);
    let num_style = TextStyle::bold(60.0).with_color(tab_color(tab));
    y += text_at(
        doc,
        page,
        &tab.number().to_string(),
        &LangSpec::german(),
        &num_style,
        MARGIN_LEFT,
        y,
        w,
        Align::Center,
    );
    y += 10.0;
    let big = TextStyle::bold(26.0);
    y += text_at(
        doc,
        page,
        &titles.0,
        &sides.de_lang,
        &big,
        MARGIN_LEFT,
        y,
        w,
        Align::Center,
    );
    if !sides.same() {
        y += 8.0;
        y += text_at(
            doc,
            page,
            &titles.1,
            &sides.other_lang,
            &big.with_color(tab_color(tab)),
            MARGIN_LEFT,
            y,
            w,
            Align::Center,
        );
    }
    y += 30.0;
    let small = TextStyle::regular(10.5).with_color(GREY);
    let (f_de, f_other) = sides.msg("pdf-divider-file-here");
    y += text_at(
        doc,
        page,
        &f_de,
        &sides.de_lang,
        &small,
        MARGIN_LEFT,
        y,
        w,
        Align::Center,
    );
    if !sides.same() {
        y += 4.0;
        text_at(
            doc,
            page,
            &f_other,
            &sides.other_lang,
            &small,
            MARGIN_LEFT,
            y,
            w,
            Align::Center,
        );
    }
    page
}

fn tab_pages(doc: &mut DocBuilder<'_>, sides: &Sides<'_>, tab: &TabContent) {
    let id = tab.tab;
    let mut flow = Flow::new(doc);
    draw_register(flow.doc, flow.page, id, false);
    flow.on_new_page = Some(Box::new(move |doc, page| {
        draw_register(doc, page, id, false)
    }));
    let body = TextStyle::regular(10.0);
    let small = TextStyle::regular(8.5).with_color(GREY);

    // Introduction.
    let intro_de = tab.intro.resolve(sides.de).text;
    let intro_other = tab.intro.resolve(sides.other).text;
    flow.pair(sides, (&intro_de, &intro_other), &TextStyle::regular(11.0));
    flow.gap(12.0);

    // Rules and tips.
    if !tab.tips.is_empty() {
        let (h_de, h_other) = sides.msg("tab-section-tips");
        flow.heading(sides, (&h_de, &h_other), 13.0);
        for tip in &tab.tips {
            let de = tip.text.resolve(sides.de).text;
            let other = tip.text.resolve(sides.other).text;
            flow.pair_with(
                sides,
                (&de, &other),
                &body,
                10.0,
                |doc, page, x, y, line_h| {
                    let r = 2.4;
                    // On a right-to-left side the bullet stands right of the text.
                    let bx = if x > right_column_x() + 1.0 {
                        x + 10.0 - r
                    } else {
                        x
                    };
                    doc.rect(
                        page,
                        bx,
                        y + line_h / 2.0 - r / 2.0,
                        r,
                        r,
                        Some(ACCENT),
                        None,
                    );
                },
            );
            flow.gap(5.0);
        }
        flow.gap(8.0);
    }

    // Checklist with empty boxes.
    if !tab.checklist.is_empty() {
        let (h_de, h_other) = sides.msg("tab-section-checklist");
        flow.heading(sides, (&h_de, &h_other), 13.0);
        let (t_de, t_other) = sides.msg("pdf-checklist-tick");
        flow.pair(sides, (&t_de, &t_other), &small);
        flow.gap(6.0);
        for item in &tab.checklist {
            let de = item.text.resolve(sides.de).text;
            let other = item.text.resolve(sides.other).text;
            flow.pair_with(
                sides,
                (&de, &other),
                &TextStyle::bold(10.0),
                16.0,
                |doc, page, x, y, line_h| {
                    let s = 9.0;
                    let bx = if x > right_column_x() + 1.0 {
                        x + 16.0 - s
                    } else {
                        x
                    };
                    check_box(doc, page, bx, y + (line_h - s) / 2.0, s);
                },
            );
            if let Some(hint) = &item.hint {
                let de = hint.resolve(sides.de).text;
                let other = hint.resolve(sides.other).text;
                flow.pair_with(sides, (&de, &other), &small, 16.0, |_, _, _, _, _| {});
            }
            flow.gap(6.0);
        }
        flow.gap(8.0);
    }

    // The town's contact register; blank lines where the pack has no data.
    let (h_de, h_other) = sides.msg("tab-section-contacts");
    flow.heading(sides, (&h_de, &h_other), 13.0);
    let mut contacts: Vec<&Contact> = tab.contacts.iter().collect();
    let spare = Contact::default();
    contacts.push(&spare);
    for contact in contacts {
        contact_box(&mut flow, sides, contact);
    }

    // A notes page.
    flow.new_page();
    let (n_de, n_other) = sides.msg("pdf-notes");
    flow.heading(sides, (&n_de, &n_other), 13.0);
    flow.ruled_lines(mm(8.5), None);
}

fn contact_box(flow: &mut Flow<'_, '_>, sides: &Sides<'_>, c: &Contact) {
    let fields = [
        ContactField::Organisation,
        ContactField::Department,
        ContactField::Address,
        ContactField::Phone,
        ContactField::Email,
        ContactField::Web,
        ContactField::Hours,
        ContactField::Languages,
    ];
    // Blank contacts show the fields people fill in by hand; known contacts only what they have
    // plus blank lines for the essentials they lack.
    let essential = [
        ContactField::Organisation,
        ContactField::Address,
        ContactField::Phone,
        ContactField::Email,
        ContactField::Hours,
    ];
    let shown: Vec<ContactField> = fields
        .into_iter()
        .filter(|f| c.has(*f) || essential.contains(f))
        .collect();
    let row_h = 17.0;
    let mut needed = 22.0 + row_h * shown.len() as f32 + 10.0;
    if c.notes.is_some() {
        needed += 40.0;
    }
    if c.origin != ordner_core::content::Origin::Default {
        needed += 14.0;
    }
    flow.ensure(needed.min(bottom_limit() - MARGIN_TOP));
    let top = flow.y;
    flow.gap(5.0);
    let (name_de, name_other) = match c.type_name_id() {
        Some(id) => sides.msg(&id),
        None => sides.msg("pdf-contact-blank"),
    };
    flow.pair(sides, (&name_de, &name_other), &TextStyle::bold(10.5));
    flow.gap(3.0);
    let label = TextStyle::regular(8.0).with_color(GREY);
    let value = TextStyle::regular(9.5);
    let label_w = 70.0;
    let right = A4_WIDTH - MARGIN_RIGHT;
    for field in shown {
        let page = flow.page;
        let y = flow.y;
        let (l_de, l_other) = sides.msg(&field.label_id());
        text_at(
            flow.doc,
            page,
            &l_de,
            &sides.de_lang,
            &label,
            MARGIN_LEFT,
            y + 3.0,
            label_w,
            Align::Start,
        );
        if !sides.same() {
            text_at(
                flow.doc,
                page,
                &l_other,
                &sides.other_lang,
                &label,
                right - label_w,
                y + 3.0,
                label_w,
                Align::Start,
            );
        }
        let text = match field {
            ContactField::Organisation => c.organisation.clone(),
            ContactField::Department => c.department.clone(),
            // On one line: a line break is no glyph of the fonts.
            ContactField::Address => c.address.as_deref().map(crate::contacts::one_line),
            ContactField::Phone => c.phone.clone(),
            ContactField::Email => c.email.clone(),
            ContactField::Web => c.web.clone(),
            // The hours are drawn below, each language on its own line in its own direction.
            ContactField::Hours => hours_lines(c, sides).map(|(de, _)| de),
            ContactField::Languages => (!c.languages.is_empty()).then(|| c.languages.join(", ")),
            ContactField::Notes => None,
        };
        let vx = MARGIN_LEFT + label_w;
        let vw = right - label_w - vx - 6.0;
        let mut used = 0.0;
        match text {
            Some(t) => {
                // Values are mostly German names, numbers and addresses: laid out left to right.
                used = text_at(
                    flow.doc,
                    page,
                    &t,
                    &sides.de_lang,
                    &value,
                    vx,
                    y + 1.0,
                    vw,
                    Align::Start,
                );
                // The opening hours in the person's language, on their own line and in its
                // direction (an Arabic "8–12" inside a German line would come out reversed).
                if field == ContactField::Hours
                    && let Some((_, Some(other))) = hours_lines(c, sides)
                {
                    used += text_at(
                        flow.doc,
                        page,
                        &other,
                        &sides.other_lang,
                        &value,
                        vx,
                        y + 1.0 + used,
                        vw,
                        Align::Start,
                    );
                }
            }
            None => {
                flow.doc.dashed_line(
                    page,
                    (vx, y + row_h - 3.0),
                    (vx + vw, y + row_h - 3.0),
                    LIGHT,
                    0.6,
                    (2.0, 2.0),
                );
            }
        }
        // A value that wraps (long hours, both languages) makes its row taller.
        flow.y += row_h.max(used + 4.0);
    }
    if let Some(notes) = &c.notes {
        flow.gap(3.0);
        let de = local(notes, &sides.de_lang.code).to_owned();
        let other = local(notes, &sides.other_lang.code).to_owned();
        flow.pair(
            sides,
            (&de, &other),
            &TextStyle::regular(8.5).with_color(GREY),
        );
    }
    // How old the town's facts are (#13 §10), in both languages.
    if let Some((de, other)) = facts_age(c, sides) {
        flow.gap(2.0);
        flow.pair(
            sides,
            (&de, &other),
            &TextStyle::regular(8.0).with_color(GREY),
        );
    }
    flow.gap(6.0);
    if flow.page == flow.doc.current() && flow.y > top {
        flow.doc.rect(
            flow.page,
            MARGIN_LEFT - 6.0,
            top,
            content_width() + 12.0,
            flow.y - top,
            None,
            Some((LIGHT, 0.7)),
        );
    }
    flow.gap(8.0);
}

fn spine_page(
    doc: &mut DocBuilder<'_>,
    sides: &Sides<'_>,
    spines: &[SpineLabel],
    town: Option<&str>,
) {
    if spines.is_empty() {
        return;
    }
    let page = doc.new_page();
    let mut x = MARGIN_LEFT;
    let top = MARGIN_TOP + 40.0;
    let (cut_de, cut_other) = sides.msg("pdf-spine-cut");
    let small = TextStyle::regular(9.0).with_color(GREY);
    let mut y0 = MARGIN_TOP;
    y0 += text_at(
        doc,
        page,
        &cut_de,
        &sides.de_lang,
        &small,
        MARGIN_LEFT,
        y0,
        content_width(),
        Align::Start,
    );
    if !sides.same() {
        text_at(
            doc,
            page,
            &cut_other,
            &sides.other_lang,
            &small,
            MARGIN_LEFT,
            y0,
            content_width(),
            Align::Start,
        );
    }
    for spine in spines {
        let w = mm(spine.width_mm);
        let h = mm(spine.height_mm);
        if x + w > A4_WIDTH - MARGIN_RIGHT {
            break;
        }
        let caption = sides.de.msg_args(
            "pdf-spine-title",
            &[("width", Arg::Num(f64::from(spine.spine_mm)))],
        );
        text_at(
            doc,
            page,
            &caption,
            &sides.de_lang,
            &TextStyle::regular(6.5).with_color(GREY),
            x,
            top - 20.0,
            w,
            Align::Start,
        );
        doc.dashed_line(page, (x, top), (x + w, top), Rgb::BLACK, 0.5, (3.0, 2.0));
        doc.dashed_line(
            page,
            (x, top + h),
            (x + w, top + h),
            Rgb::BLACK,
            0.5,
            (3.0, 2.0),
        );
        doc.dashed_line(page, (x, top), (x, top + h), Rgb::BLACK, 0.5, (3.0, 2.0));
        doc.dashed_line(
            page,
            (x + w, top),
            (x + w, top + h),
            Rgb::BLACK,
            0.5,
            (3.0, 2.0),
        );
        doc.rect(page, x, top, w, mm(14.0), Some(ACCENT), None);
        let inner = w - 8.0;
        let mut y = top + mm(22.0);
        let (app_de, app_other) = sides.msg("app-name");
        let size = if spine.width_mm < 45.0 { 13.0 } else { 18.0 };
        y += text_at(
            doc,
            page,
            &app_de,
            &sides.de_lang,
            &TextStyle::bold(size),
            x + 4.0,
            y,
            inner,
            Align::Center,
        );
        if !sides.same() {
            y += 4.0;
            y += text_at(
                doc,
                page,
                &app_other,
                &sides.other_lang,
                &TextStyle::bold(size).with_color(ACCENT),
                x + 4.0,
                y,
                inner,
                Align::Center,
            );
        }
        if let Some(t) = town {
            y += 10.0;
            text_at(
                doc,
                page,
                t,
                &sides.de_lang,
                &TextStyle::regular(size * 0.75),
                x + 4.0,
                y,
                inner,
                Align::Center,
            );
        }
        // Name field at the foot of the label.
        let mut ny = top + h - mm(40.0);
        let (n_de, n_other) = sides.msg("pdf-name");
        let label = TextStyle::regular(8.0).with_color(GREY);
        ny += text_at(
            doc,
            page,
            &n_de,
            &sides.de_lang,
            &label,
            x + 4.0,
            ny,
            inner,
            Align::Start,
        );
        if !sides.same() {
            ny += text_at(
                doc,
                page,
                &n_other,
                &sides.other_lang,
                &label,
                x + 4.0,
                ny,
                inner,
                Align::Start,
            );
        }
        for _ in 0..2 {
            ny += mm(8.0);
            doc.line(page, (x + 4.0, ny), (x + w - 4.0, ny), GREY, 0.5);
        }
        // The ten tab colours as a strip, so the folder is recognisable on the shelf.
        let strip_y = top + h - mm(10.0);
        let sw = (w - 8.0) / 10.0;
        for (i, tab) in TabId::ALL.into_iter().enumerate() {
            doc.rect(
                page,
                x + 4.0 + sw * i as f32,
                strip_y,
                sw,
                mm(4.0),
                Some(tab_color(tab)),
                None,
            );
        }
        x += w + mm(12.0);
    }
}
