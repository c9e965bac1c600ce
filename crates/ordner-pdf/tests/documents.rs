//! The printed documents end to end: structure (lopdf), validity (qpdf), text layer (pdftotext).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
mod common;

use common::*;
use ordner_core::TabId;
use ordner_core::content::{BuiltinPack, Content};
use ordner_core::i18n::Arg;
use ordner_pdf::{
    BlankFolder, ConsultDocument, ConsultPage, Consultation, DEFAULT_SPINES, DatedEntry, LogEntry,
    PdfError, RecoverySheet, blank_folder, consultation, recovery_sheet,
};

fn dresden() -> Content {
    let pack = BuiltinPack::by_key("dresden").unwrap().parse().unwrap();
    Content::default_germany().with_pack(&pack).unwrap()
}

#[test]
fn blank_folders_for_every_language_with_locales() {
    let fonts = all_fonts();
    let de = catalog("de");
    let content = dresden();
    for lang in ordner_core::LANGUAGES {
        let other = catalog(lang.code);
        let out = blank_folder(
            &BlankFolder {
                german: &de,
                other: &other,
                content: &content,
                spines: DEFAULT_SPINES,
            },
            &fonts,
        )
        .unwrap();
        assert!(
            out.missing_chars.is_empty(),
            "{}: {:?}",
            lang.code,
            out.missing_chars
        );
        let pdf = inspect(&out.bytes);
        assert_eq!(pdf.pages, out.page_count);
        // Cover, how-to, per tab at least a divider, a content page and a notes page, spines.
        assert!(pdf.pages > 2 + 10 * 3, "{}: {} pages", lang.code, pdf.pages);
        assert_eq!(
            pdf.outline.len(),
            10,
            "{}: one outline entry per tab",
            lang.code
        );
        let town = "Dresden";
        let title_de = de.msg_args("tab-arrival-title", &[("town", Arg::Str(town))]);
        assert!(
            pdf.outline[0].contains(&ordner_core::bidi::strip_bidi_controls(&title_de)),
            "{:?}",
            pdf.outline[0]
        );
        assert!(pdf.embedded_fonts >= 2, "{}: fonts embedded", lang.code);
        assert_eq!(pdf.lang.as_deref(), Some("de"));
        assert!(pdf.info_title.contains("Mein Ordner") && pdf.info_title.contains(town));
        assert!(pdf.creator.contains("Mein Ordner"));
        assert!(
            !String::from_utf8_lossy(&out.bytes).contains("D:1970"),
            "no made-up 1970 date in the document info"
        );
        // Well under the 1.5 MB budget thanks to font subsetting.
        assert!(
            out.bytes.len() < 1_500_000,
            "{}: {} bytes",
            lang.code,
            out.bytes.len()
        );
        qpdf_check(&out.bytes);
        if let Some(text) = pdftotext(&out.bytes) {
            let got = words(&text);
            for tab in TabId::ALL {
                for cat in [&de, &other] {
                    let title = cat.msg_args(&tab.title_id(), &[("town", Arg::Str(town))]);
                    let want = words(&title);
                    assert!(
                        contains_words(&got, &want),
                        "{}: {want:?} not in the text layer",
                        lang.code
                    );
                }
            }
            // Blank contact lines, checklist and notes headings are there in both languages.
            for id in ["pdf-notes", "tab-section-checklist", "pdf-name"] {
                assert!(
                    contains_words(&got, &words(&other.msg(id))),
                    "{}: {id}",
                    lang.code
                );
            }
        }
    }
}

#[test]
fn blank_folder_without_a_town_uses_the_placeholder() {
    let fonts = all_fonts();
    let de = catalog("de");
    let ar = catalog("ar");
    let content = Content::default_germany();
    let out = blank_folder(
        &BlankFolder {
            german: &de,
            other: &ar,
            content: &content,
            spines: &[],
        },
        &fonts,
    )
    .unwrap();
    let text = pdftotext(&out.bytes);
    if let Some(text) = text {
        let title = ar.msg_args(
            "tab-arrival-title",
            &[("town", Arg::Str(&ar.msg("pdf-town-placeholder")))],
        );
        assert!(contains_words(&words(&text), &words(&title)), "{title}");
    }
}

#[test]
fn missing_fonts_are_named() {
    let de = catalog("de");
    let ar = catalog("ar");
    let content = Content::default_germany();
    let mut fonts = ordner_pdf::FontLibrary::new();
    let sans = ordner_pdf::FontFace::new(ordner_pdf::Family::Sans, ordner_pdf::Weight::Regular);
    fonts
        .add(
            sans,
            std::fs::read(font_dir().join(sans.file_name())).unwrap(),
        )
        .unwrap();
    let err = blank_folder(
        &BlankFolder {
            german: &de,
            other: &ar,
            content: &content,
            spines: DEFAULT_SPINES,
        },
        &fonts,
    )
    .unwrap_err();
    assert!(matches!(err, PdfError::MissingFont { .. }), "{err}");
}

fn qr(size: usize) -> Vec<Vec<bool>> {
    (0..size)
        .map(|y| (0..size).map(|x| (x * 7 + y * 3) % 5 < 2).collect())
        .collect()
}

#[test]
fn recovery_sheet_shows_key_qr_and_instructions() {
    let fonts = all_fonts();
    let de = catalog("de");
    let ar = catalog("ar");
    let key = "7K3M-Q2WD-H8PZ-4TXN-B6RJ-C9LV-E5YF-G2SA-M3QD";
    let matrix = qr(29);
    let out = recovery_sheet(
        &RecoverySheet {
            german: &de,
            other: &ar,
            key,
            qr: &matrix,
            created: "21.11.2026",
        },
        &fonts,
    )
    .unwrap();
    assert_eq!(out.page_count, 1);
    qpdf_check(&out.bytes);
    let pdf = inspect(&out.bytes);
    assert_eq!(pdf.pages, 1);
    // The QR modules are drawn as filled rectangles: count `re` operators in the page.
    let page_id = *pdf.doc.get_pages().get(&1).unwrap();
    let content = pdf.doc.get_page_content(page_id);
    let ops = lopdf::content::Content::decode(&content)
        .unwrap()
        .operations;
    let dark_runs: usize = matrix
        .iter()
        .map(|row| {
            row.iter()
                .zip(std::iter::once(&false).chain(row.iter()))
                .filter(|(c, p)| **c && !**p)
                .count()
        })
        .sum();
    let rects = ops.iter().filter(|o| o.operator == "re").count();
    assert!(
        rects >= dark_runs,
        "{rects} rectangles for {dark_runs} dark runs"
    );
    if let Some(text) = pdftotext(&out.bytes) {
        let squashed: String = text.split_whitespace().collect();
        for group in key.split('-') {
            assert!(squashed.contains(group), "{group} not in {squashed}");
        }
        let got = words(&text);
        for cat in [&de, &ar] {
            assert!(contains_words(
                &got,
                &words(&cat.msg("pdf-recovery-step-2"))
            ));
        }
    }
    // Bad input is refused with a clear error.
    let ragged = vec![vec![true; 3], vec![true; 2], vec![true; 3]];
    assert!(matches!(
        recovery_sheet(
            &RecoverySheet {
                german: &de,
                other: &ar,
                key,
                qr: &ragged,
                created: ""
            },
            &fonts
        ),
        Err(PdfError::BadQr { .. })
    ));
    assert!(matches!(
        recovery_sheet(
            &RecoverySheet {
                german: &de,
                other: &ar,
                key: " - ",
                qr: &matrix,
                created: ""
            },
            &fonts
        ),
        Err(PdfError::EmptyRecoveryKey)
    ));
}

fn sample_consultation<'a>(
    de: &'a ordner_core::Catalog,
    other: &'a ordner_core::Catalog,
    content: &'a Content,
    scans: Vec<Vec<u8>>,
) -> Consultation<'a> {
    let per_doc = scans.len().div_ceil(2).max(1);
    let mut docs = Vec::new();
    let mut chunks = scans.chunks(per_doc);
    if let Some(first) = chunks.next() {
        docs.push(ConsultDocument {
            title: "Aufenthaltsgestattung".into(),
            doctype: Some("aufenthaltsgestattung".into()),
            tab: TabId::Arrival,
            received: Some("03.02.2026".into()),
            letter_date: None,
            valid_until: Some("02.08.2026".into()),
            pages: first.iter().cloned().map(ConsultPage::Jpeg).collect(),
        });
    }
    if let Some(second) = chunks.next() {
        docs.push(ConsultDocument {
            title: "قرار مكتب العمل Jobcenter".into(),
            doctype: None,
            tab: TabId::Money,
            received: None,
            letter_date: None,
            valid_until: None,
            pages: second.iter().cloned().map(ConsultPage::Jpeg).collect(),
        });
    }
    Consultation {
        german: de,
        other,
        content,
        name: Some("Amal Haddad".into()),
        notes: Some("Nach dem Kindergeld fragen.\nسؤال عن تصريح العمل".into()),
        printed_on: "21.11.2026".into(),
        tabs: vec![TabId::Arrival, TabId::Money],
        checked: vec!["ankunftsnachweis".into(), "aufenthaltsgestattung".into()],
        documents: docs,
        deadlines: vec![DatedEntry {
            date: "2026-08-02".into(),
            shown_date: "02.08.2026".into(),
            title: "Aufenthaltsgestattung verlängern".into(),
            note: None,
        }],
        appointments: vec![DatedEntry {
            date: "2026-06-10".into(),
            shown_date: "10.06.2026".into(),
            title: "Termin Ausländerbehörde, Zimmer 204".into(),
            note: Some("Pass mitbringen".into()),
        }],
        log: vec![LogEntry {
            date: "12.05.2026".into(),
            with: "Migrationsberatung Caritas".into(),
            summary: "Antrag auf Kindergeld besprochen.".into(),
        }],
        contacts: vec!["auslaenderbehoerde".into()],
    }
}

#[test]
fn consultation_embeds_scans_byte_for_byte() {
    let fonts = all_fonts();
    let de = catalog("de");
    let ar = catalog("ar");
    let content = dresden();
    let scans: Vec<Vec<u8>> = (0..3).map(|i| fake_scan(i, 620, 877)).collect();
    let input = sample_consultation(&de, &ar, &content, scans.clone());
    let out = consultation(&input, &fonts).unwrap();
    qpdf_check(&out.bytes);
    let pdf = inspect(&out.bytes);
    // Summary, document list, three scans, details, notes.
    assert_eq!(pdf.pages, 7, "pages");
    // Every JPEG is in the file unchanged, as a DCTDecode image.
    let mut found = 0;
    for obj in pdf.doc.objects.values() {
        if let Ok(stream) = obj.as_stream()
            && stream.dict.get(b"Filter").and_then(|f| f.as_name()).ok()
                == Some(b"DCTDecode".as_slice())
        {
            assert!(
                scans.contains(&stream.content),
                "a JPEG stream differs from its input"
            );
            assert_eq!(stream.dict.get(b"Width").unwrap().as_i64().unwrap(), 620);
            assert_eq!(stream.dict.get(b"Height").unwrap().as_i64().unwrap(), 877);
            found += 1;
        }
    }
    assert_eq!(found, 3);
    if let Some(text) = pdftotext(&out.bytes) {
        let got = words(&text);
        for id in [
            "pdf-consult-summary",
            "pdf-consult-missing",
            "pdf-consult-notes",
            "pdf-consult-privacy",
            "deadline-not-legal-advice",
        ] {
            for cat in [&de, &ar] {
                assert!(
                    contains_words(&got, &words(&cat.msg(id))),
                    "{id} ({})",
                    cat.language().code
                );
            }
        }
        assert!(contains_words(&got, &words("قرار مكتب العمل Jobcenter")));
        assert!(contains_words(&got, &words("Amal Haddad")));
        assert!(contains_words(&got, &words("Nach dem Kindergeld fragen.")));
        assert!(contains_words(&got, &words("سؤال عن تصريح العمل")));
        for cat in [&de, &ar] {
            assert!(contains_words(
                &got,
                &words(&cat.msg("pdf-consult-own-notes"))
            ));
        }
    }
    // A corrupt scan is refused and named.
    let mut bad = sample_consultation(&de, &ar, &content, vec![b"not a jpeg".to_vec()]);
    bad.name = None;
    assert!(matches!(
        consultation(&bad, &fonts),
        Err(PdfError::BadJpeg { index: 1, .. })
    ));
}

#[test]
fn consultation_reports_progress_and_names_the_fonts_of_typed_text() {
    use ordner_pdf::fonts::{Family, Weight};
    use ordner_pdf::{
        FontFace, consultation_faces, consultation_steps, consultation_with_progress,
    };
    let fonts = all_fonts();
    let de = catalog("de");
    let en = catalog("en");
    let content = dresden();
    let scans: Vec<Vec<u8>> = (0..4).map(|i| fake_scan(i, 300, 420)).collect();
    let mut input = sample_consultation(&de, &en, &content, scans);
    // The sample has an Arabic document title: Naskh is needed although de+en is Latin only.
    let faces = consultation_faces(&input);
    assert!(faces.contains(&FontFace::new(Family::Naskh, Weight::Regular)));
    assert!(!faces.contains(&FontFace::new(Family::Ethiopic, Weight::Regular)));
    input.name = Some("ሰላም ገብረ".into());
    let faces = consultation_faces(&input);
    assert!(faces.contains(&FontFace::new(Family::Ethiopic, Weight::Bold)));
    assert!(!faces.contains(&FontFace::new(Family::Georgian, Weight::Regular)));

    let mut seen = Vec::new();
    let out =
        consultation_with_progress(&input, &fonts, &mut |done, total| seen.push((done, total)))
            .unwrap();
    let total = consultation_steps(&input);
    assert_eq!(total, 4 + 3);
    // One step for the overview, one per scan, one before writing; steadily rising.
    assert_eq!(seen.len() as u32, total - 1);
    assert!(seen.windows(2).all(|w| w[0].0 < w[1].0));
    assert!(seen.iter().all(|(d, t)| *t == total && *d < total));
    assert_eq!(inspect(&out.bytes).pages, out.page_count);
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(contains_words(&words(&text), &words("ሰላም ገብረ")));
    }
}

#[test]
fn blank_folder_reports_one_step_per_tab() {
    use ordner_pdf::{BLANK_FOLDER_STEPS, blank_folder_with_progress};
    let fonts = all_fonts();
    let de = catalog("de");
    let ka = catalog("ka");
    let content = dresden();
    let mut seen = Vec::new();
    let out = blank_folder_with_progress(
        &BlankFolder {
            german: &de,
            other: &ka,
            content: &content,
            spines: DEFAULT_SPINES,
        },
        &fonts,
        &mut |done, total| seen.push((done, total)),
    )
    .unwrap();
    assert!(out.page_count > 30);
    let want: Vec<(u32, u32)> = (1..BLANK_FOLDER_STEPS)
        .map(|d| (d, BLANK_FOLDER_STEPS))
        .collect();
    assert_eq!(seen, want);
}

/// Opening hours and "by appointment only" (pack format 2) are printed in the blank folder, in
/// both languages (§ 11 of #13).
#[test]
fn blank_folder_prints_opening_hours_and_by_appointment_only() {
    let fonts = all_fonts();
    let de = catalog("de");
    let en = catalog("en");
    let text = "format = 2\nkey = \"teststadt\"\ntown = \"Teststadt\"\n\n[[contacts]]\nkey = \"jobcenter\"\norganisation = \"Jobcenter Teststadt\"\nhours.de = \"Mo–Fr 8–12 Uhr\"\nhours.en = \"Mon–Fri 8–12\"\nby_appointment = true\n";
    let (content, _) = Content::default_germany()
        .load_pack("teststadt.toml", text.as_bytes())
        .unwrap();
    let out = blank_folder(
        &BlankFolder {
            german: &de,
            other: &en,
            content: &content,
            spines: DEFAULT_SPINES,
        },
        &fonts,
    )
    .unwrap();
    qpdf_check(&out.bytes);
    if let Some(text) = pdftotext(&out.bytes) {
        let got = words(&text);
        for want in [
            "Jobcenter Teststadt".to_owned(),
            "Mo–Fr 8–12 Uhr".to_owned(),
            de.msg("contact-by-appointment"),
            en.msg("contact-by-appointment"),
        ] {
            assert!(
                contains_words(&got, &words(&want)),
                "{want} not in:\n{text}"
            );
        }
    }
}

/// A town pack with opening hours in German, Arabic, Persian and Tigrinya, "by appointment only"
/// and the day its facts are from (one contact without that day).
fn hours_town() -> Content {
    let text = "format = 2\nkey = \"teststadt\"\ntown = \"Teststadt\"\n\n\
        [[contacts]]\nkey = \"auslaenderbehoerde\"\norganisation = \"Stadt Teststadt, Ausländerbehörde\"\n\
        address = \"Friedensplatz 7\\n44135 Teststadt\"\nphone = \"0231 50-0\"\n\
        hours.de = \"Mo, Di, Do 8–12 Uhr\"\nhours.ar = \"الاثنين والثلاثاء والخميس 8–12\"\n\
        hours.fa = \"دوشنبه، سه‌شنبه، پنجشنبه 8–12\"\nhours.ti = \"ሰኑይ፡ ሰሉስ፡ ሓሙስ 8–12\"\n\
        by_appointment = true\nfacts_as_of = \"2022-02-25\"\n\n\
        [[contacts]]\nkey = \"jobcenter\"\norganisation = \"Jobcenter Teststadt\"\n\
        address = \"Steinstraße 39, Teststadt\"\n";
    Content::default_germany()
        .load_pack("teststadt.toml", text.as_bytes())
        .unwrap()
        .0
}

/// The consultation printout lists the contacts an advisor needs: the office an appointment
/// names, then the town's offices of the tabs in use, each with address, phone, opening hours
/// ("by appointment only") in both languages and how old the facts are (#13 §11).
#[test]
fn consultation_lists_contacts_with_opening_hours_and_the_facts_age() {
    let fonts = all_fonts();
    let de = catalog("de");
    let content = hours_town();
    for code in ["ar", "fa", "ti"] {
        let other = catalog(code);
        let mut input = sample_consultation(&de, &other, &content, Vec::new());
        input.tabs = vec![TabId::Arrival, TabId::Money];
        let out = consultation(&input, &fonts).unwrap();
        qpdf_check(&out.bytes);
        if let Ok(dir) = std::env::var("ORDNER_PDF_DUMP") {
            std::fs::write(
                std::path::Path::new(&dir).join(format!("consult-contacts-{code}.pdf")),
                &out.bytes,
            )
            .unwrap();
        }
        let Some(text) = pdftotext(&out.bytes) else {
            continue;
        };
        let got = words(&text);
        let year = [("year", Arg::Str("2022"))];
        for (want, what) in [
            (
                "Stadt Teststadt, Ausländerbehörde".to_owned(),
                "organisation",
            ),
            ("Friedensplatz 7, 44135 Teststadt".to_owned(), "address"),
            ("0231 50-0".to_owned(), "phone"),
            ("Mo, Di, Do 8–12 Uhr".to_owned(), "German hours"),
            (de.msg("contact-by-appointment"), "German by appointment"),
            (other.msg("contact-by-appointment"), "by appointment"),
            (
                de.msg_args("contact-facts-as-of", &year),
                "German facts' age",
            ),
            (other.msg_args("contact-facts-as-of", &year), "facts' age"),
            ("Jobcenter Teststadt".to_owned(), "second contact"),
            (de.msg("contact-facts-unknown"), "German unknown age"),
            (other.msg("contact-facts-unknown"), "unknown age"),
            (de.msg("tab-section-contacts"), "German heading"),
            (other.msg("tab-section-contacts"), "heading"),
        ] {
            assert!(
                contains_words(&got, &words(&want)),
                "{code}: {what} `{want}` not in:\n{text}"
            );
        }
    }
    // Without a town pack there is nothing to list: no empty heading.
    let plain = Content::default_germany();
    let en = catalog("en");
    let input = sample_consultation(&de, &en, &plain, Vec::new());
    let out = consultation(&input, &fonts).unwrap();
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(!contains_words(
            &words(&text),
            &words(&en.msg("contact-facts-unknown"))
        ));
    }
}

/// The blank folder says beside each town contact how old its facts are, in both languages,
/// or that this is not known (#13 §10).
#[test]
fn blank_folder_prints_the_facts_age_of_town_contacts() {
    let fonts = all_fonts();
    let de = catalog("de");
    let ar = catalog("ar");
    let content = hours_town();
    let out = blank_folder(
        &BlankFolder {
            german: &de,
            other: &ar,
            content: &content,
            spines: DEFAULT_SPINES,
        },
        &fonts,
    )
    .unwrap();
    if let Ok(dir) = std::env::var("ORDNER_PDF_DUMP") {
        std::fs::write(
            std::path::Path::new(&dir).join("blank-facts-ar.pdf"),
            &out.bytes,
        )
        .unwrap();
    }
    if let Some(text) = pdftotext(&out.bytes) {
        let got = words(&text);
        let year = [("year", Arg::Str("2022"))];
        for want in [
            de.msg_args("contact-facts-as-of", &year),
            ar.msg_args("contact-facts-as-of", &year),
            de.msg("contact-facts-unknown"),
            ar.msg("contact-facts-unknown"),
        ] {
            assert!(
                contains_words(&got, &words(&want)),
                "{want} not in:\n{text}"
            );
        }
    }
}
