//! Documents kept as PDF files in the consultation printout: their pages embedded as Form
//! XObjects (structure with lopdf, validity with qpdf, text with pdftotext), and a page that
//! explains it when a file cannot be embedded (password, damage, no pages, too long).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
mod common;

use std::process::Command;

use common::*;
use lopdf::{Dictionary, Document, Object, Stream, dictionary};
use ordner_core::TabId;
use ordner_core::content::Content;
use ordner_pdf::import::{self, PdfProblem};
use ordner_pdf::{ConsultDocument, ConsultPage, Consultation, PdfOutput, consultation};

/// One page of a test PDF.
struct TestPage<'s> {
    text: &'s str,
    media: [i64; 4],
    rotate: Option<i64>,
}

fn page(text: &str) -> TestPage<'_> {
    TestPage {
        text,
        media: [0, 0, 595, 842],
        rotate: None,
    }
}

/// A small grey image both pages of a file share (like a letterhead).
const LOGO_W: i64 = 40;
fn logo_bytes() -> Vec<u8> {
    (0..LOGO_W * LOGO_W * 3)
        .map(|i| (i * 37 % 251) as u8)
        .collect()
}

/// A PDF made with lopdf: Helvetica text per page, a shared image XObject, the resources on the
/// page tree node (inherited by the pages), each page's content in two streams.
fn make_pdf(pages: &[TestPage<'_>]) -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font = doc.add_object(dictionary! {
        "Type" => "Font",
        "Subtype" => "Type1",
        "BaseFont" => "Helvetica",
        "Encoding" => "WinAnsiEncoding",
    });
    let logo = doc.add_object(Stream::new(
        dictionary! {
            "Type" => "XObject",
            "Subtype" => "Image",
            "Width" => LOGO_W,
            "Height" => LOGO_W,
            "ColorSpace" => "DeviceRGB",
            "BitsPerComponent" => 8,
        },
        logo_bytes(),
    ));
    let resources = doc.add_object(dictionary! {
        "Font" => dictionary! { "F1" => font },
        "XObject" => dictionary! { "Logo" => logo },
    });
    let mut kids = Vec::new();
    for p in pages {
        let head = doc.add_object(Stream::new(
            Dictionary::new(),
            b"q 60 0 0 60 72 740 cm /Logo Do Q\n".to_vec(),
        ));
        let body = format!("BT /F1 18 Tf 72 640 Td ({}) Tj ET", p.text);
        let mut body = Stream::new(Dictionary::new(), body.into_bytes());
        body.compress().unwrap();
        let body = doc.add_object(body);
        let mut dict = dictionary! {
            "Type" => "Page",
            "Parent" => pages_id,
            "MediaBox" => p.media.iter().map(|v| Object::Integer(*v)).collect::<Vec<_>>(),
            "Contents" => vec![Object::Reference(head), Object::Reference(body)],
        };
        if let Some(r) = p.rotate {
            dict.set("Rotate", r);
        }
        kids.push(Object::Reference(doc.add_object(dict)));
    }
    let count = kids.len() as i64;
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => count,
            "Resources" => resources,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A PDF whose trailer names an /Encrypt dictionary with a user password we do not know.
fn locked_pdf() -> Vec<u8> {
    let plain = make_pdf(&[page("Geheim")]);
    let mut doc = Document::load_mem(&plain).unwrap();
    let encrypt = doc.add_object(dictionary! {
        "Filter" => "Standard",
        "V" => 2,
        "R" => 3,
        "Length" => 128,
        "P" => -3904,
        "O" => Object::string_literal(vec![0x5Au8; 32]),
        "U" => Object::string_literal(vec![0xA5u8; 32]),
    });
    doc.trailer.set("Encrypt", encrypt);
    doc.trailer.set(
        "ID",
        vec![
            Object::string_literal(vec![1u8; 16]),
            Object::string_literal(vec![1u8; 16]),
        ],
    );
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

/// A PDF with a page tree but no pages.
fn empty_pdf() -> Vec<u8> {
    let mut doc = Document::with_version("1.5");
    let pages = doc.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![], "Count" => 0 });
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
    doc.trailer.set("Root", catalog);
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

fn jpeg_and(pdf: Vec<u8>, title: &str) -> ConsultDocument {
    ConsultDocument {
        title: title.into(),
        doctype: Some("bamf-bescheid".into()),
        tab: TabId::Arrival,
        received: Some("03.02.2026".into()),
        letter_date: None,
        valid_until: None,
        pages: vec![
            ConsultPage::Jpeg(fake_scan(7, 300, 420)),
            ConsultPage::Pdf {
                bytes: pdf,
                rotation: 0,
            },
        ],
    }
}

fn printout(other: &str, documents: Vec<ConsultDocument>) -> PdfOutput {
    let fonts = all_fonts();
    let de = catalog("de");
    let other = catalog(other);
    let content = Content::default_germany();
    let input = Consultation {
        german: &de,
        other: &other,
        content: &content,
        name: None,
        notes: None,
        printed_on: "21.11.2026".into(),
        tabs: vec![TabId::Arrival],
        checked: Vec::new(),
        documents,
        deadlines: Vec::new(),
        appointments: Vec::new(),
        log: Vec::new(),
        contacts: Vec::new(),
    };
    let out = consultation(&input, &fonts).unwrap();
    // `ORDNER_PDF_DUMP=/some/dir` keeps the printouts to look at (pdftoppm).
    if let Ok(dir) = std::env::var("ORDNER_PDF_DUMP") {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::SeqCst);
        let name = format!("{}-{n}.pdf", input.other.language().code);
        std::fs::write(std::path::Path::new(&dir).join(name), &out.bytes).unwrap();
    }
    out
}

/// The Form XObjects of a document.
fn forms(doc: &Document) -> Vec<&Stream> {
    doc.objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Form"))
        .collect()
}

fn numbers(o: &Object) -> Vec<f32> {
    o.as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_float().unwrap())
        .collect()
}

#[test]
fn pdf_pages_are_embedded_as_forms_with_our_header_and_their_text() {
    let bescheid = make_pdf(&[page("Bescheid Seite eins"), page("Zweite Seite Jobcenter")]);
    let out = printout("en", vec![jpeg_and(bescheid, "Bescheid BAMF")]);
    qpdf_check(&out.bytes);
    let pdf = inspect(&out.bytes);
    // Overview, document list, the scan, the two PDF pages, details, notes.
    assert_eq!(pdf.pages, 7);
    assert_eq!(out.page_count, 7);

    // Two forms, each an A4 page upright, with the file's font among their resources.
    let forms = forms(&pdf.doc);
    assert_eq!(forms.len(), 2, "one form per embedded page");
    for form in &forms {
        assert_eq!(
            numbers(form.dict.get(b"BBox").unwrap()),
            [0.0, 0.0, 595.0, 842.0]
        );
        assert_eq!(
            numbers(form.dict.get(b"Matrix").unwrap()),
            [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
        );
        let res = match form.dict.get(b"Resources").unwrap() {
            Object::Reference(id) => pdf.doc.get_dictionary(*id).unwrap(),
            Object::Dictionary(d) => d,
            other => panic!("resources {other:?}"),
        };
        assert!(res.get(b"Font").is_ok() && res.get(b"XObject").is_ok());
        // The two content streams are one, decoded.
        let content = form.decompressed_content().unwrap();
        let content = String::from_utf8_lossy(&content);
        assert!(
            content.contains("/Logo Do") && content.contains("Tj"),
            "{content}"
        );
    }

    // The shared image is in the file once, not once per page.
    let logo = logo_bytes();
    let copies = pdf
        .doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| s.dict.get(b"Subtype").and_then(|t| t.as_name()).ok() == Some(b"Image"))
        .filter(|s| {
            s.decompressed_content()
                .unwrap_or_else(|_| s.content.clone())
                == logo
        })
        .count();
    assert_eq!(copies, 1, "the shared image is embedded once");
    // No page tree of the imported file came along: the printout has only its own pages.
    let page_objects = pdf
        .doc
        .objects
        .values()
        .filter(|o| o.as_dict().is_ok_and(|d| d.has_type(b"Page")))
        .count();
    assert_eq!(page_objects, 7);

    // The form is drawn on its page scaled into the content area (inside our margins).
    let pages = pdf.doc.get_pages();
    let fourth = pdf.doc.get_page_content(pages[&4]);
    let ops = lopdf::content::Content::decode(&fourth).unwrap().operations;
    let do_at = ops.iter().position(|o| o.operator == "Do").unwrap();
    // The placement (printpdf adds an identity `cm` of its own right before `Do`).
    let m: Vec<f32> = ops[..do_at]
        .iter()
        .rev()
        .filter(|o| o.operator == "cm")
        .map(|o| {
            o.operands
                .iter()
                .map(|v| v.as_float().unwrap())
                .collect::<Vec<f32>>()
        })
        .find(|m| m[..] != [1.0, 0.0, 0.0, 1.0, 0.0, 0.0])
        .unwrap();
    let (scale, x, y) = (m[0], m[4], m[5]);
    assert!((m[3] - scale).abs() < 1e-4, "aspect ratio kept: {m:?}");
    assert!(scale < 1.0 && scale > 0.7, "scaled to fit: {scale}");
    let left = 28.0 * 72.0 / 25.4;
    assert!(x >= left - 0.5 && x + 595.0 * scale <= 595.3 - 24.0 * 72.0 / 25.4 + 0.5);
    assert!(y > 20.0 && y + 842.0 * scale < 842.0 - 40.0, "{y}");

    if let Some(text) = pdftotext(&out.bytes) {
        let got = words(&text);
        // Their text, from inside the forms.
        assert!(
            contains_words(&got, &words("Bescheid Seite eins")),
            "{text}"
        );
        assert!(contains_words(&got, &words("Zweite Seite Jobcenter")));
        // Our own text around it: caption, page numbers, the overview.
        assert!(contains_words(
            &got,
            &words("PDF-Datei: Bescheid BAMF, Seite 2 von 3")
        ));
        // Our page numbers on the embedded pages (the footer prints the number alone).
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        let caption = lines
            .iter()
            .position(|l| l.contains("Seite 3 von 3"))
            .unwrap();
        assert!(lines[caption..].contains(&"5"), "{text}");
        let de = catalog("de");
        assert!(contains_words(&got, &words(&de.msg("pdf-consult-summary"))));
        // All three pages counted in the document list.
        assert!(contains_words(&got, &words("3 Seiten")));
        assert!(!contains_words(
            &got,
            &words(&de.msg("pdf-pages-short-left-out"))
        ));
    }
}

#[test]
fn rotated_and_cropped_pages_are_turned_upright() {
    let mut landscape = page("Quer gedreht");
    landscape.rotate = Some(90);
    let mut cropped = page("Beschnitten");
    cropped.media = [0, 0, 612, 792];
    let bytes = {
        // The second page gets a CropBox inside its MediaBox.
        let raw = make_pdf(&[landscape, cropped]);
        let mut doc = Document::load_mem(&raw).unwrap();
        let second = doc.get_pages()[&2];
        doc.get_dictionary_mut(second).unwrap().set(
            "CropBox",
            vec![50.into(), 60.into(), 562.into(), 752.into()],
        );
        let mut out = Vec::new();
        doc.save_to(&mut out).unwrap();
        out
    };
    let document = ConsultDocument {
        title: "Brief".into(),
        doctype: None,
        tab: TabId::Arrival,
        received: None,
        letter_date: None,
        valid_until: None,
        pages: vec![ConsultPage::Pdf {
            bytes: bytes.clone(),
            // Turned once more by the person in the app: 90 + 90 = upside down.
            rotation: 90,
        }],
    };
    let out = printout("de", vec![document]);
    qpdf_check(&out.bytes);
    let pdf = inspect(&out.bytes);
    let forms = forms(&pdf.doc);
    assert_eq!(forms.len(), 2);
    let matrices: Vec<Vec<f32>> = forms
        .iter()
        .map(|f| numbers(f.dict.get(b"Matrix").unwrap()))
        .collect();
    // 180°: x' = 595 − x, y' = 842 − y.
    assert!(
        matrices.contains(&vec![-1.0, 0.0, 0.0, -1.0, 595.0, 842.0]),
        "{matrices:?}"
    );
    // 90° (the person's turn): x' = y − 60, y' = 562 − x; the cropped box is 512 × 692.
    assert!(
        matrices.contains(&vec![0.0, -1.0, 1.0, 0.0, -60.0, 562.0]),
        "{matrices:?}"
    );
    let bboxes: Vec<Vec<f32>> = forms
        .iter()
        .map(|f| numbers(f.dict.get(b"BBox").unwrap()))
        .collect();
    assert!(bboxes.contains(&vec![50.0, 60.0, 562.0, 752.0]));

    // Without the person's turn the file's own /Rotate counts.
    let opened = import::open(&bytes, 10).unwrap();
    assert_eq!(opened.pages[0].rotate, 90);
    assert_eq!(opened.pages[0].shown_size(), (842.0, 595.0));
    assert_eq!(opened.pages[1].shown_size(), (512.0, 692.0));
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(text.contains("Beschnitten"), "{text}");
    }
}

/// pdftotext's words of the explaining page's messages, in German and the other language.
fn assert_explained(out: &PdfOutput, other: &str, reason: &str) {
    let text = match pdftotext(&out.bytes) {
        Some(t) => t,
        None => return,
    };
    // pdftotext joins a word broken after its hyphen (Original-|Datei → OriginalDatei).
    let unhyphen =
        |w: Vec<String>| -> Vec<String> { w.iter().map(|w| w.replace('-', "")).collect() };
    let got = unhyphen(words(&text));
    for code in ["de", other] {
        let cat = catalog(code);
        for id in [
            "pdf-pages-left-out-title",
            "pdf-pages-left-out",
            reason,
            "pdf-pages-short-left-out",
        ] {
            let want = unhyphen(words(&ordner_core::bidi::strip_bidi_controls(&cat.msg(id))));
            // Side-by-side columns of a right-to-left page come out of pdftotext line by
            // line, interleaved: short texts whole, paragraphs word by word.
            if want.len() <= 6 {
                assert!(contains_words(&got, &want), "{code}: {id} not in\n{text}");
            } else {
                for w in &want {
                    assert!(got.contains(w), "{code}: {id}: {w} not in\n{text}");
                }
            }
        }
    }
}

#[test]
fn a_locked_pdf_gets_an_explaining_page() {
    assert_eq!(
        import::open(&locked_pdf(), 10).unwrap_err(),
        PdfProblem::Locked
    );
    let out = printout("en", vec![jpeg_and(locked_pdf(), "Bescheid")]);
    qpdf_check(&out.bytes);
    // Overview, list, the scan, the explaining page, details, notes.
    assert_eq!(inspect(&out.bytes).pages, 6);
    assert!(forms(&inspect(&out.bytes).doc).is_empty());
    assert_explained(&out, "en", "pdf-pages-reason-locked");
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(!text.contains("Geheim"));
    }
}

#[test]
fn a_pdf_with_only_restrictions_is_embedded_and_one_with_a_password_is_not() {
    if !tool_exists("qpdf") {
        eprintln!("qpdf not installed: real encryption not checked");
        return;
    }
    let dir = tempdir();
    let plain = dir.join("plain.pdf");
    std::fs::write(&plain, make_pdf(&[page("Nur eingeschraenkt")])).unwrap();
    let encrypt = |user: &str, name: &str| {
        let out = dir.join(name);
        let status = Command::new("qpdf")
            .args([
                "--encrypt",
                user,
                "owner-secret",
                "256",
                "--print=none",
                "--",
            ])
            .arg(&plain)
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        std::fs::read(out).unwrap()
    };
    let restricted = encrypt("", "restricted.pdf");
    let opened = import::open(&restricted, 10).unwrap();
    assert_eq!(opened.pages.len(), 1);
    let out = printout("de", vec![jpeg_and(restricted, "Brief")]);
    qpdf_check(&out.bytes);
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(text.contains("Nur eingeschraenkt"), "{text}");
    }

    let with_password = encrypt("user-secret", "locked.pdf");
    assert_eq!(
        import::open(&with_password, 10).unwrap_err(),
        PdfProblem::Locked
    );
}

#[test]
fn damaged_and_empty_pdfs_get_an_explaining_page_in_both_languages() {
    let good = make_pdf(&[page("Erste"), page("Zweite")]);
    let truncated = good[..good.len() / 3].to_vec();
    let mut garbage = b"%PDF-1.7\n".to_vec();
    garbage.extend((0..5000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8));
    for (bytes, want) in [
        (truncated.clone(), PdfProblem::Damaged),
        (garbage.clone(), PdfProblem::Damaged),
        (b"Das ist keine PDF-Datei".to_vec(), PdfProblem::Damaged),
        (empty_pdf(), PdfProblem::Empty),
    ] {
        let got = import::open(&bytes, 10).map(|p| p.pages.len());
        // A truncated file whose pages are still all there may be read; otherwise the reason.
        if bytes != truncated || got.is_err() {
            assert_eq!(got.unwrap_err(), want);
        }
    }
    // Arabic: the explaining page right to left, in both languages.
    let out = printout("ar", vec![jpeg_and(garbage, "قرار BAMF")]);
    qpdf_check(&out.bytes);
    assert_eq!(inspect(&out.bytes).pages, 6);
    assert_explained(&out, "ar", "pdf-pages-reason-damaged");

    let out = printout("uk", vec![jpeg_and(empty_pdf(), "Лист")]);
    qpdf_check(&out.bytes);
    assert_explained(&out, "uk", "pdf-pages-reason-empty");
}

#[test]
fn no_truncation_of_a_pdf_breaks_the_reader() {
    // Every cut of a real file either reads (with all its content decodable) or is refused.
    let good = make_pdf(&[page("Erste Seite"), page("Zweite Seite")]);
    for len in (0..good.len()).step_by(7) {
        match import::open(&good[..len], 10) {
            Ok(pdf) => assert!(pdf.pages.len() <= 2),
            Err(p) => assert!(
                matches!(p, PdfProblem::Damaged | PdfProblem::Empty),
                "{p:?}"
            ),
        }
    }
    // Bytes flipped in the middle.
    for at in (0..good.len()).step_by(31) {
        let mut bad = good.clone();
        bad[at] ^= 0x5A;
        let _ = import::open(&bad, 10);
    }
}

#[test]
fn a_very_long_pdf_is_cut_and_the_printout_says_so() {
    let texts: Vec<String> = (1..=import::MAX_PAGES_PER_FILE + 5)
        .map(|i| format!("Blatt {i}"))
        .collect();
    let pages: Vec<TestPage<'_>> = texts.iter().map(|t| page(t)).collect();
    let long = make_pdf(&pages);
    let out = printout(
        "fr",
        vec![ConsultDocument {
            title: "Akte".into(),
            doctype: None,
            tab: TabId::Arrival,
            received: None,
            letter_date: None,
            valid_until: None,
            pages: vec![ConsultPage::Pdf {
                bytes: long,
                rotation: 0,
            }],
        }],
    );
    qpdf_check(&out.bytes);
    // Overview, list, 100 pages, the page that says the rest is missing, details, notes.
    assert_eq!(out.page_count, 2 + import::MAX_PAGES_PER_FILE + 1 + 2);
    if let Some(text) = pdftotext(&out.bytes) {
        let got = words(&text);
        assert!(contains_words(&got, &words("Blatt 100")));
        assert!(!contains_words(&got, &words("Blatt 101")));
        for code in ["de", "fr"] {
            let cat = catalog(code);
            let cut = cat.msg_args(
                "pdf-pages-cut",
                &[
                    ("shown", ordner_core::i18n::Arg::Num(100.0)),
                    ("total", ordner_core::i18n::Arg::Num(105.0)),
                ],
            );
            assert!(
                contains_words(&got, &words(&ordner_core::bidi::strip_bidi_controls(&cut))),
                "{code}: {cut}"
            );
            assert!(contains_words(
                &got,
                &words(&cat.msg("pdf-pages-short-cut"))
            ));
        }
    }
}

#[test]
fn a_pdf_after_the_printouts_last_pdf_page_is_explained() {
    let texts: Vec<String> = (1..=import::MAX_PAGES_PER_FILE)
        .map(|i| format!("Blatt {i}"))
        .collect();
    let pages: Vec<TestPage<'_>> = texts.iter().map(|t| page(t)).collect();
    let full = make_pdf(&pages);
    let document = |title: &str, bytes: Vec<u8>| ConsultDocument {
        title: title.into(),
        doctype: None,
        tab: TabId::Arrival,
        received: None,
        letter_date: None,
        valid_until: None,
        pages: vec![ConsultPage::Pdf { bytes, rotation: 0 }],
    };
    let files = import::MAX_PAGES_TOTAL / import::MAX_PAGES_PER_FILE;
    let mut documents: Vec<ConsultDocument> = (0..files)
        .map(|i| document(&format!("Akte {i}"), full.clone()))
        .collect();
    documents.push(document("Brief", make_pdf(&[page("Nachzuegler")])));
    let out = printout("ar", documents);
    qpdf_check(&out.bytes);
    // Overview, list, every allowed PDF page, the explaining page, details, notes.
    assert_eq!(out.page_count, 2 + import::MAX_PAGES_TOTAL + 1 + 2);
    assert_explained(&out, "ar", "pdf-pages-reason-too-many");
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(!text.contains("Nachzuegler"));
    }
}

/// A PDF of 10,000 pages (all sharing one content stream): only the first
/// [`import::MAX_PAGES_PER_FILE`] are prepared, in bounded time, and the printout is cut and
/// says so (#16).
#[test]
fn a_pdf_of_10000_pages_is_cut_in_bounded_time() {
    const PAGES: usize = 10_000;
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let content = doc.add_object(Stream::new(
        Dictionary::new(),
        b"0 0 1 rg 72 72 200 200 re f".to_vec(),
    ));
    let kids: Vec<Object> = (0..PAGES)
        .map(|_| {
            Object::Reference(doc.add_object(dictionary! {
                "Type" => "Page",
                "Parent" => pages_id,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
                "Contents" => content,
            }))
        })
        .collect();
    doc.objects.insert(
        pages_id,
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => kids,
            "Count" => PAGES as i64,
        }),
    );
    let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();

    let started = std::time::Instant::now();
    let opened = import::open(&bytes, import::MAX_PAGES_PER_FILE).unwrap();
    let took = started.elapsed();
    assert_eq!(opened.total_pages, PAGES);
    assert_eq!(opened.pages.len(), import::MAX_PAGES_PER_FILE);
    assert!(
        took < std::time::Duration::from_secs(10),
        "opened in {took:?}"
    );

    let started = std::time::Instant::now();
    let out = printout(
        "ar",
        vec![ConsultDocument {
            title: "Akte".into(),
            doctype: None,
            tab: TabId::Arrival,
            received: None,
            letter_date: None,
            valid_until: None,
            pages: vec![ConsultPage::Pdf { bytes, rotation: 0 }],
        }],
    );
    let took = started.elapsed();
    assert_eq!(out.page_count, 2 + import::MAX_PAGES_PER_FILE + 1 + 2);
    assert!(
        took < std::time::Duration::from_secs(30),
        "printed in {took:?}"
    );
    eprintln!("10,000-page PDF: {} KB printout", out.bytes.len() / 1024);
}
