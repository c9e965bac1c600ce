//! The layout test (#14): every PDF kind in every one of the 16 languages, with stress inputs,
//! read back from the engine's own record of placed lines and from the written file:
//! (1) no two text lines overlap and no text leaves the printable area, (2) no glyph 0
//! (.notdef, the empty box) is drawn, (3) `qpdf --check` passes and every font is embedded,
//! (4) the text layer gives back the logical text of every line (pdftotext).
//!
//! Each defect found by printing as offices and advisors would (#14) has a case here; they are
//! named `regression_*`.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
mod common;

use std::collections::HashMap;

use common::*;
use ordner_core::content::{BUILTIN_PACKS, BuiltinPack, Content};
use ordner_core::{Catalog, LANGUAGES, TabId};
use ordner_pdf::doc::{A4_HEIGHT, A4_WIDTH, mm};
use ordner_pdf::layout::{MARGIN_BOTTOM, MARGIN_TOP};
use ordner_pdf::{
    BlankFolder, ConsultDocument, ConsultPage, Consultation, DEFAULT_SPINES, DatedEntry,
    FontLibrary, LogEntry, PdfOutput, PlacedLine, RecoverySheet, blank_folder, consultation,
    recovery_sheet,
};

/// What printers reliably print: everything but 5 mm around the sheet.
const PRINTABLE: f32 = 5.0 * 72.0 / 25.4;
/// Overlaps smaller than this (points) are rounding, not overprinting.
const EPS: f32 = 0.6;

fn pack(key: &str) -> Content {
    let pack = BuiltinPack::by_key(key).unwrap().parse().unwrap();
    Content::default_germany().with_pack(&pack).unwrap()
}

fn overlap(a: &PlacedLine, b: &PlacedLine) -> bool {
    let w = (a.x + a.w).min(b.x + b.w) - a.x.max(b.x);
    let h = (a.y + a.h).min(b.y + b.h) - a.y.max(b.y);
    w > EPS && h > EPS
}

/// The problems of a document's layout, read from the engine's record of placed lines.
fn layout_problems(what: &str, out: &PdfOutput) -> Vec<String> {
    let mut problems = Vec::new();
    if !out.missing_chars.is_empty() {
        problems.push(format!(
            "{what}: characters without a font: {:?}",
            out.missing_chars
        ));
    }
    let mut pages: HashMap<usize, Vec<&PlacedLine>> = HashMap::new();
    for line in &out.lines {
        pages.entry(line.page).or_default().push(line);
    }
    let body_bottom = A4_HEIGHT - MARGIN_BOTTOM;
    for (page, lines) in &pages {
        for (i, a) in lines.iter().enumerate() {
            let at = format!("{what} page {}: {:?}", page + 1, a.text);
            if a.notdef > 0 {
                problems.push(format!("{at}: {} empty box(es) (glyph 0)", a.notdef));
            }
            if a.x < PRINTABLE - EPS
                || a.y < PRINTABLE - EPS
                || a.x + a.w > A4_WIDTH - PRINTABLE + EPS
                || a.y + a.h > A4_HEIGHT - PRINTABLE + EPS
            {
                problems.push(format!(
                    "{at}: outside the printable area ({:.1}, {:.1}, {:.1} × {:.1})",
                    a.x, a.y, a.w, a.h
                ));
            }
            // Below the bottom margin stands only the page number.
            let is_number = a.text.chars().all(|c| c.is_ascii_digit());
            if a.y + a.h > body_bottom + EPS && !is_number {
                problems.push(format!(
                    "{at}: runs into the bottom margin (bottom at {:.1}, limit {body_bottom:.1})",
                    a.y + a.h
                ));
            }
            if a.y < MARGIN_TOP - mm(6.0) - EPS {
                problems.push(format!("{at}: above the top margin (y {:.1})", a.y));
            }
            for b in &lines[i + 1..] {
                if overlap(a, b) {
                    problems.push(format!(
                        "{at}: overprinted by {:?} ({:.1},{:.1} {:.1}×{:.1} / {:.1},{:.1} {:.1}×{:.1})",
                        b.text, a.x, a.y, a.w, a.h, b.x, b.y, b.w, b.h
                    ));
                }
            }
        }
    }
    problems.extend(orphaned_headings(what, out));
    problems
}

/// Headings that end a page: the first line after a heading (in the order the engine placed
/// them) is on a later page. A heading at the top of its page is not orphaned (what follows
/// it, e.g. a notes page's ruled lines, is not text).
fn orphaned_headings(what: &str, out: &PdfOutput) -> Vec<String> {
    let mut problems = Vec::new();
    let lines = &out.lines;
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].heading {
            i += 1;
            continue;
        }
        let first = &lines[i];
        let mut end = i;
        while end < lines.len() && lines[end].heading {
            end += 1;
        }
        if let Some(next) = lines.get(end)
            && next.page != first.page
            && first.y > MARGIN_TOP + 1.0
        {
            problems.push(format!(
                "{what} page {}: heading {:?} ends the page (at y {:.1}); its text starts on page {}",
                first.page + 1,
                first.text,
                first.y,
                next.page + 1
            ));
        }
        i = end;
    }
    problems
}

/// The file's checks: qpdf, embedded fonts, and the text layer: every word of every placed
/// line comes back from its page, and left-to-right lines come back with their words in order.
fn file_problems(what: &str, out: &PdfOutput) -> Vec<String> {
    let mut problems = Vec::new();
    qpdf_check(&out.bytes);
    let pdf = inspect(&out.bytes);
    let mut descriptors = 0;
    for obj in pdf.doc.objects.values() {
        if let Ok(dict) = obj.as_dict()
            && dict.get(b"Type").and_then(|t| t.as_name()).ok()
                == Some(b"FontDescriptor".as_slice())
        {
            descriptors += 1;
            if dict.get(b"FontFile2").is_err() && dict.get(b"FontFile3").is_err() {
                problems.push(format!("{what}: a font is not embedded"));
            }
        }
    }
    if descriptors == 0 {
        problems.push(format!("{what}: no fonts"));
    }
    // regression (#14): /PageMode is a name, and there is no empty /GTS_PDFXVersion.
    let catalog = pdf.doc.catalog().unwrap();
    if !matches!(catalog.get(b"PageMode"), Ok(lopdf::Object::Name(_))) {
        problems.push(format!("{what}: /PageMode is not a name"));
    }
    let info_id = pdf
        .doc
        .trailer
        .get(b"Info")
        .unwrap()
        .as_reference()
        .unwrap();
    let info = pdf.doc.get_dictionary(info_id).unwrap();
    if info.get(b"GTS_PDFXVersion").is_ok() {
        problems.push(format!(
            "{what}: /GTS_PDFXVersion in a file that is not PDF/X"
        ));
    }
    let Some(text) = pdftotext(&out.bytes) else {
        return problems;
    };
    let pages: Vec<&str> = text.split('\u{c}').collect();
    for line in &out.lines {
        let Some(page) = pages.get(line.page) else {
            problems.push(format!(
                "{what}: page {} missing in the text layer",
                line.page
            ));
            continue;
        };
        // Every word (run of letters and digits) of the line comes back from its page
        // (compared without spaces: poppler joins a word broken after a hyphen).
        let got = letters(page);
        let lost: Vec<String> = alnum_words(&line.text)
            .into_iter()
            .filter(|w| !got.contains(w.as_str()))
            .collect();
        if !lost.is_empty() {
            problems.push(format!(
                "{what} page {}: text layer lost {lost:?} of {:?}",
                line.page + 1,
                line.text
            ));
            continue;
        }
        // On a page without right-to-left text, a line comes back in its logical order
        // (poppler may join a line broken after a hyphen with the next: letters only).
        let page_rtl = page.chars().any(ordner_core::bidi::is_strong_rtl);
        if !page_rtl && !letters(page).contains(&letters(&line.text)) {
            problems.push(format!(
                "{what} page {}: text layer reorders {:?}",
                line.page + 1,
                line.text
            ));
        }
    }
    problems
}

/// The runs of letters, digits and marks of a text.
fn alnum_words(s: &str) -> std::collections::HashSet<String> {
    s.split(|c: char| !(c.is_alphanumeric() || is_mark(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Only the letters, digits and marks of a text, in order.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric() || is_mark(*c))
        .collect()
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x135D..=0x135F | 0x200C | 0x200D)
}

/// With `ORDNER_LAYOUT_OUT=<dir>` set, the documents of the test are written there to look at.
fn keep(name: &str, out: &PdfOutput) {
    if let Some(dir) = std::env::var_os("ORDNER_LAYOUT_OUT") {
        let dir = std::path::PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join(format!("{}.pdf", name.replace([' ', '+'], "-"))),
            &out.bytes,
        )
        .unwrap();
    }
}

fn assert_clean(problems: Vec<String>) {
    if !problems.is_empty() {
        let path = std::env::temp_dir().join(format!(
            "layout-problems-{}-{}.txt",
            std::process::id(),
            problems.len()
        ));
        let _ = std::fs::write(&path, problems.join("\n"));
        eprintln!("all problems: {}", path.display());
    }
    assert!(
        problems.is_empty(),
        "{} problem(s):\n{}",
        problems.len(),
        problems
            .iter()
            .take(40)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn blank(fonts: &FontLibrary, de: &Catalog, other: &Catalog, content: &Content) -> PdfOutput {
    blank_folder(
        &BlankFolder {
            german: de,
            other,
            content,
            spines: DEFAULT_SPINES,
        },
        fonts,
    )
    .unwrap()
}

/// The blank folder for every built-in town (and none): with the Dortmund pack (the one the
/// defects were seen in) in every language, layout and file checks; with the others in one
/// language per script and direction, the layout checks.
#[test]
fn blank_folders_every_town_every_language() {
    let fonts = all_fonts();
    let de = catalog("de");
    let mut towns: Vec<(&str, Content)> = vec![("no town", Content::default_germany())];
    towns.extend(BUILTIN_PACKS.iter().map(|p| (p.key, pack(p.key))));
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let other = catalog(lang.code);
        for (town, content) in &towns {
            // Every language with the Dortmund pack; the other towns in one language per
            // script and direction (the runtime stays modest: CI's budget is tight).
            if *town != "dortmund" && !SCRIPT_SAMPLES.contains(&lang.code) {
                continue;
            }
            let what = format!("blank de+{} {town}", lang.code);
            let out = blank(&fonts, &de, &other, content);
            keep(&what, &out);
            problems.extend(layout_problems(&what, &out));
            if *town == "dortmund" {
                problems.extend(file_problems(&what, &out));
            }
        }
    }
    assert_clean(problems);
}

/// One language per script and direction, for the towns other than Dortmund.
const SCRIPT_SAMPLES: &[&str] = &["de", "ar", "ti", "ka", "uk", "ur"];

/// 200 characters of organisation name.
fn long_organisation() -> String {
    let s = "Beratungsstelle für Geflüchtete und Migrantinnen und Migranten des Caritasverbandes \
             für das Erzbistum und die Stadt Dortmund e. V., Fachdienst Integration, Migration \
             und Flüchtlingshilfe (Zimmer 214)";
    let mut out: String = s.chars().take(200).collect();
    while out.chars().count() < 200 {
        out.push('x');
    }
    out
}

/// 60 letters without a break.
const COMPOUND: &str = "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunte";

/// Every script of the 16 languages in one note.
const ALL_SCRIPTS: &str = "Termin beim Jobcenter → danach Sozialamt; أوراقك المهمة؛ مدارک مهم \
     شما؛ ښار ته ښه راغلاست؛ بەڵگەنامە گرنگەکانت؛ آپ کے اہم کاغذات؛ ኣገደስቲ ወረቓቕትኹም፤ \
     თქვენი საბუთები; Ваші документи; Önemli belgeleriniz; Belgeyên te; Waraaqahaaga.";

fn forty_line_note() -> String {
    (1..=40)
        .map(|i| format!("Zeile {i}: Unterlagen mitbringen, Nachweis {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn stress_consultation<'a>(
    de: &'a Catalog,
    other: &'a Catalog,
    content: &'a Content,
) -> Consultation<'a> {
    let scan = fake_scan(1, 120, 170);
    let documents = (0..12)
        .map(|i| ConsultDocument {
            title: if i == 0 {
                long_organisation()
            } else if i == 1 {
                COMPOUND.to_owned()
            } else if i == 2 {
                "تصريح الإقامة Aufenthaltsgestattung".to_owned()
            } else {
                format!("Bescheid Nummer {i}")
            },
            doctype: Some("bamf-bescheid".into()),
            tab: TabId::ALL[i % 10],
            received: Some("02.03.2026".into()),
            letter_date: Some("28.02.2026".into()),
            valid_until: None,
            pages: if i < 2 {
                vec![ConsultPage::Jpeg(scan.clone())]
            } else {
                Vec::new()
            },
        })
        .collect();
    let appointments = (0..25)
        .map(|i| DatedEntry {
            date: format!("2026-{:02}-{:02}", 1 + i % 12, 1 + i),
            shown_date: format!("Mo, {:02}.{:02}.2026, 09:30 Uhr", 1 + i, 1 + i % 12),
            title: if i == 0 {
                long_organisation()
            } else {
                format!("Termin Ausländerbehörde, Zimmer {i}")
            },
            note: Some(match i {
                0 => forty_line_note(),
                1 => "Pass mitbringen\nFoto mitbringen\nMietvertrag".to_owned(),
                2 => ALL_SCRIPTS.to_owned(),
                3 => COMPOUND.to_owned(),
                _ => "Pass mitbringen".to_owned(),
            }),
        })
        .collect();
    let deadlines = (0..6)
        .map(|i| DatedEntry {
            date: format!("2026-0{}-10", 1 + i),
            shown_date: format!("10.0{}.2026", 1 + i),
            title: format!("Klage beim Verwaltungsgericht {i}"),
            note: None,
        })
        .collect();
    let log = (0..10)
        .map(|i| LogEntry {
            date: format!("{:02}.01.2026", 1 + i),
            with: if i == 0 {
                long_organisation()
            } else {
                "Migrationsberatung".to_owned()
            },
            summary: match i {
                0 => forty_line_note(),
                1 => ALL_SCRIPTS.to_owned(),
                2 => "vereinbart → nächste Schritte\nRathausplatz 1\n12345 Musterstadt".to_owned(),
                _ => format!("Gespräch {i}: Antrag besprochen."),
            },
        })
        .collect();
    Consultation {
        german: de,
        other,
        content,
        name: Some(long_organisation()),
        notes: Some(format!("{}\n{ALL_SCRIPTS}\n{COMPOUND}", forty_line_note())),
        printed_on: "21.11.2026".into(),
        tabs: TabId::ALL.to_vec(),
        checked: vec!["ankunftsnachweis".into()],
        documents,
        deadlines,
        appointments,
        log,
        contacts: vec!["auslaenderbehoerde".into(), "migrado".into()],
    }
}

/// The consultation printout with stress inputs and the recovery sheet, in every language.
#[test]
fn consultation_and_recovery_every_language() {
    let fonts = all_fonts();
    let de = catalog("de");
    let content = pack("dortmund");
    let qr: Vec<Vec<bool>> = (0..29)
        .map(|y| (0..29).map(|x| (x * 7 + y * 3) % 5 < 2).collect())
        .collect();
    let mut problems = Vec::new();
    for lang in LANGUAGES {
        let other = catalog(lang.code);
        let what = format!("consultation de+{}", lang.code);
        let out = consultation(&stress_consultation(&de, &other, &content), &fonts).unwrap();
        keep(&what, &out);
        problems.extend(layout_problems(&what, &out));
        problems.extend(file_problems(&what, &out));
        let what = format!("recovery de+{}", lang.code);
        let out = recovery_sheet(
            &RecoverySheet {
                german: &de,
                other: &other,
                key: "7K3M-Q2WD-H8PZ-4TXN-B6RJ-C9LV-E5YF-G2SA-M3QD",
                qr: &qr,
                created: "21.11.2026",
            },
            &fonts,
        )
        .unwrap();
        problems.extend(layout_problems(&what, &out));
        problems.extend(file_problems(&what, &out));
    }
    assert_clean(problems);
}

fn one_entry_consultation<'a>(
    de: &'a Catalog,
    other: &'a Catalog,
    content: &'a Content,
    summary: &str,
) -> Consultation<'a> {
    Consultation {
        german: de,
        other,
        content,
        name: None,
        notes: None,
        printed_on: "21.11.2026".into(),
        tabs: vec![TabId::Arrival],
        checked: Vec::new(),
        documents: Vec::new(),
        deadlines: Vec::new(),
        appointments: vec![DatedEntry {
            date: "2026-03-12".into(),
            shown_date: "Do, 12.03.2026, 09:30 Uhr".into(),
            title: "Termin Ausländerbehörde".into(),
            note: Some("Rathausplatz 1\n12345 Musterstadt".into()),
        }],
        log: vec![LogEntry {
            date: "01.02.2026".into(),
            with: "Migrationsberatung".into(),
            summary: summary.into(),
        }],
        contacts: vec!["auslaenderbehoerde".into()],
    }
}

/// regression (#14): a line break in an address, a note or a log entry starts a new line; it is
/// never drawn (it was an empty box with the lines run together).
#[test]
fn regression_hard_line_breaks_start_new_lines() {
    let fonts = all_fonts();
    let (de, ar) = (catalog("de"), catalog("ar"));
    let content = pack("dortmund");
    let input = one_entry_consultation(&de, &ar, &content, "vereinbart\r\nnächste Schritte");
    let out = consultation(&input, &fonts).unwrap();
    assert_clean(layout_problems("line breaks", &out));
    let texts: Vec<&str> = out.lines.iter().map(|l| l.text.as_str()).collect();
    assert!(texts.contains(&"12345 Musterstadt"), "{texts:?}");
    assert!(texts.contains(&"nächste Schritte"), "{texts:?}");
    assert!(texts.iter().all(|t| !t.contains('\n') && !t.contains('\r')));
}

/// regression (#14): "→" (Noto Sans has no arrow) is drawn with Noto Sans Symbols; an emoji (no
/// font of the engine has one) is drawn as the visible replacement character, reported in
/// `missing_chars`, and the text layer keeps it.
#[test]
fn regression_arrow_falls_back_and_emoji_is_replaced_visibly() {
    let fonts = all_fonts();
    let (de, ti) = (catalog("de"), catalog("ti"));
    let content = pack("dortmund");
    let input = one_entry_consultation(&de, &ti, &content, "vereinbart → nächste Schritte 📅");
    assert!(ordner_pdf::consultation_faces(&input).contains(&ordner_pdf::fonts::SYMBOLS));
    let out = consultation(&input, &fonts).unwrap();
    let arrow = out
        .lines
        .iter()
        .find(|l| l.text.contains('→'))
        .expect("the line with the arrow");
    assert!(
        arrow.fonts.iter().any(|f| f == "NotoSansSymbols-Regular"),
        "{:?}",
        arrow.fonts
    );
    assert_eq!(arrow.notdef, 0, "no empty box");
    assert_eq!(out.missing_chars, vec!['📅']);
    let problems: Vec<String> = layout_problems("arrow", &out)
        .into_iter()
        .filter(|p| !p.contains("characters without a font"))
        .collect();
    assert_clean(problems);
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(text.contains('→') && text.contains('📅'), "{text}");
    }
}

/// A pack with a tip only in German, a contact whose organisation and address are Arabic.
const DIRECTION_PACK: &str = r#"
format = 2
key = "richtung"
town = "Richtung"
updated = "2026-11-21"

[[contacts]]
key = "verein"
tabs = ["arrival"]
organisation = "جمعية الجالية العربية e. V."
address = "شارع المحطة 5 (Zimmer 214)\nDortmund"

[[tips]]
key = "richtung-nur-deutsch"
tab = "arrival"
text.de = "Bitte kommen Sie dafür persönlich vorbei."
"#;

/// regression (#14): pack text without a translation in the person's language is printed once,
/// in German, left to right (it was set right to left in de+fa, with the full stop jumping to
/// the start, and printed twice side by side in de+ti); the other side says "only in German".
/// Arabic organisation names and addresses are set right to left (they were forced left to
/// right, which misordered "e. V." and "(Zimmer 214)"). A mixed line the person typed is set
/// right to left everywhere in the printout (the field's language, as on screen).
#[test]
fn regression_direction_of_untranslated_and_mixed_text() {
    let fonts = all_fonts();
    let de = catalog("de");
    let pack = ordner_core::content::ContentPack::parse("richtung.toml", DIRECTION_PACK).unwrap();
    let content = Content::default_germany().with_pack(&pack).unwrap();
    for code in ["fa", "ti", "ar"] {
        let other = catalog(code);
        let out = blank(&fonts, &de, &other, &content);
        assert_clean(layout_problems(&format!("direction de+{code}"), &out));
        let german: Vec<&PlacedLine> = out
            .lines
            .iter()
            .filter(|l| l.text.contains("persönlich vorbei"))
            .collect();
        assert_eq!(german.len(), 1, "de+{code}: printed once: {german:?}");
        assert!(!german[0].rtl, "de+{code}: German is set left to right");
        let only = format!("({})", other.msg("tabs-german-only"));
        assert!(
            out.lines.iter().any(|l| l.text == only),
            "de+{code}: the other side says {only}"
        );
        for needle in ["e. V.", "Zimmer 214"] {
            let line = out
                .lines
                .iter()
                .find(|l| ordner_core::bidi::strip_bidi_controls(&l.text).contains(needle))
                .unwrap_or_else(|| panic!("de+{code}: {needle:?} printed"));
            assert!(line.rtl, "de+{code}: {needle:?} in a right-to-left line");
        }
    }
    let ar = catalog("ar");
    let mixed = "Aufenthaltsgestattung ساري حتى 12.03.2027";
    let dortmund = pack_content();
    let mut input = one_entry_consultation(&de, &ar, &dortmund, mixed);
    input.documents.push(ConsultDocument {
        title: mixed.into(),
        doctype: None,
        tab: TabId::Arrival,
        received: None,
        letter_date: None,
        valid_until: None,
        pages: Vec::new(),
    });
    input.appointments[0].title = mixed.into();
    input.notes = Some(mixed.into());
    let out = consultation(&input, &fonts).unwrap();
    assert_clean(layout_problems("mixed", &out));
    let lines: Vec<&PlacedLine> = out
        .lines
        .iter()
        .filter(|l| l.text.contains("ساري"))
        .collect();
    assert!(lines.len() >= 5, "{lines:?}");
    assert!(lines.iter().all(|l| l.rtl), "{lines:?}");
}

fn pack_content() -> Content {
    pack("dortmund")
}

/// A pack with opening hours only in German (by appointment) and hours translated into Arabic.
const HOURS_PACK: &str = r#"
format = 2
key = "stunden"
town = "Stunden"
updated = "2026-11-21"

[[contacts]]
key = "auslaenderbehoerde"
organisation = "Ausländerbehörde Stunden"
hours.de = "Mo 8–12 Uhr, Do 14–18 Uhr"
by_appointment = true
facts_as_of = "2026-01-10"

[[contacts]]
key = "sprechstunde"
tabs = ["advice"]
organisation = "Beratungsstelle Stunden"
hours.de = "Di 9–11 Uhr"
hours.ar = "الثلاثاء 9–11"
facts_as_of = "2026-01-10"
"#;

/// regression (#14): opening hours the town wrote only in German are printed once, on the
/// German side, left to right; the other side says "(only in German)" as for every untranslated
/// pack text (the consultation printout's contacts printed the German hours again in the
/// person's column, set right to left in Arabic). Hours with a translation print it.
#[test]
fn regression_untranslated_hours_printed_once_in_german() {
    let fonts = all_fonts();
    let de = catalog("de");
    let pack = ordner_core::content::ContentPack::parse("stunden.toml", HOURS_PACK).unwrap();
    let content = Content::default_germany().with_pack(&pack).unwrap();
    for code in ["ar", "ti"] {
        let other = catalog(code);
        let only = format!("({})", other.msg("tabs-german-only"));
        let mut input = one_entry_consultation(&de, &other, &content, "Antrag besprochen.");
        input.tabs = vec![TabId::Arrival, TabId::Advice];
        input.contacts = vec!["auslaenderbehoerde".into(), "sprechstunde".into()];
        let consult = consultation(&input, &fonts).unwrap();
        let folder = blank(&fonts, &de, &other, &content);
        for (what, out) in [("consultation", &consult), ("blank folder", &folder)] {
            let what = format!("{what} de+{code}");
            assert_clean(layout_problems(&what, out));
            let text = |l: &PlacedLine| ordner_core::bidi::strip_bidi_controls(&l.text);
            // Once per contact (the blank folder lists a contact behind each of its tabs).
            for (hours, name) in [
                ("Mo 8–12 Uhr", "Ausländerbehörde Stunden"),
                ("Di 9–11 Uhr", "Beratungsstelle Stunden"),
            ] {
                let german: Vec<&PlacedLine> = out
                    .lines
                    .iter()
                    .filter(|l| text(l).contains(hours))
                    .collect();
                let shown = out.lines.iter().filter(|l| text(l).contains(name)).count();
                assert!(shown >= 1, "{what}: {name} listed");
                assert_eq!(
                    german.len(),
                    shown,
                    "{what}: {hours} once a contact: {german:?}"
                );
                assert!(
                    german.iter().all(|l| !l.rtl),
                    "{what}: {hours} left to right"
                );
            }
            assert!(
                out.lines.iter().any(|l| text(l).contains(&only)),
                "{what}: the person's side says {only}"
            );
            let translated = out.lines.iter().any(|l| text(l).contains("الثلاثاء 9–11"));
            assert_eq!(translated, code == "ar", "{what}: the Arabic hours");
        }
    }
}

/// regression (#14): a heading never ends a page. A heading drawn low on a page, followed by a
/// paragraph too tall for the rest of the page, moves with the paragraph to the next page
/// (the paragraph went on alone and left the heading at the foot of the page before it).
#[test]
fn regression_heading_moves_with_its_section() {
    use ordner_pdf::layout::{Flow, Sides, bottom_limit};
    use ordner_pdf::{DocInfo, TextStyle};
    let fonts = all_fonts();
    let (de, ar) = (catalog("de"), catalog("ar"));
    let sides = Sides::new(&de, &ar);
    let mut doc = ordner_pdf::DocBuilder::new(&fonts);
    let text_de = "Bitte bringen Sie alle Bescheide und Ihren Ausweis mit. ".repeat(8);
    let text_ar = "يرجى إحضار جميع القرارات وبطاقة الهوية. ".repeat(8);
    let mut flow = Flow::new(&mut doc);
    flow.y = bottom_limit() - 70.0;
    flow.heading(&sides, ("Checkliste", "قائمة التحقق"), 13.0);
    flow.pair(&sides, (&text_de, &text_ar), &TextStyle::regular(10.0));
    // A heading at the very top of a page stays there, whatever follows it.
    flow.new_page();
    flow.heading(&sides, ("Notizen", "ملاحظات"), 13.0);
    flow.new_page();
    flow.pair(&sides, ("Ende", "نهاية"), &TextStyle::regular(10.0));
    drop(flow);
    let out = doc
        .finish(&DocInfo {
            title: "heading".into(),
            languages: vec!["de".into(), "ar".into()],
            subject: String::new(),
        })
        .unwrap();
    assert_clean(layout_problems("heading", &out));
    let heading = out.lines.iter().find(|l| l.text == "Checkliste").unwrap();
    let first = out
        .lines
        .iter()
        .find(|l| l.text.starts_with("Bitte"))
        .unwrap();
    assert_eq!((heading.page, first.page), (1, 1), "{heading:?} {first:?}");
    assert!(heading.y < first.y && heading.y <= MARGIN_TOP + 1.0);
    let notes = out.lines.iter().find(|l| l.text == "Notizen").unwrap();
    assert_eq!(notes.page, 2);
    let last = out.lines.iter().find(|l| l.text == "Ende").unwrap();
    assert_eq!(last.page, 3);
}
