//! Page-image regression (#14): a few key pages, rendered as an office or an advisor would see
//! them, compared with committed reference images, so that a layout change is seen before it
//! lands. The pages: the blank folder's cover, its first tab page, the page with that tab's
//! contacts (Dortmund pack), and the consultation printout's summary page, each in German +
//! Arabic and German + Tigrinya.
//!
//! Each page is rendered with poppler's `pdftoppm -gray -r 100` (the Debian package
//! `poppler-utils`; without it the test says so and checks nothing) and compared pixel by pixel
//! with `tests/page-images/<name>.png` (8-bit grayscale, 100 dpi): the page fails when more than
//! [`MAX_CHANGED`] pixels differ by more than [`THRESHOLD`] grey levels (antialiasing may differ
//! a little between poppler versions; a moved line changes thousands of pixels).
//!
//! Everything printed is fixed by the test (the pack, the texts, the consultation's date), so a
//! page changes only when the layout, the fonts or the texts change. After an intended change,
//! look at the new pages and commit them:
//!
//! ```sh
//! ORDNER_PAGE_IMAGES=update cargo test -p ordner-pdf --test page_images
//! ```
//!
//! A failing page leaves the rendered page and a difference image (changed pixels black) in
//! `target/page-images/`.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
mod common;

use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::Command;

use common::*;
use ordner_core::content::{BuiltinPack, Content};
use ordner_core::{Catalog, TabId};
use ordner_pdf::{
    BlankFolder, ConsultDocument, Consultation, DEFAULT_SPINES, DatedEntry, LogEntry, PdfOutput,
    blank_folder, consultation,
};

/// Grey levels (0–255) a pixel may differ by without counting as changed.
const THRESHOLD: u8 = 48;
/// Changed pixels a page may have (of 827 × 1169 at 100 dpi: 0.1 %).
const MAX_CHANGED: usize = 1000;
const DPI: &str = "100";

/// An 8-bit grayscale image.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Gray {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

/// Reads the binary PGM (`P5`, maxval 255) that `pdftoppm -gray` writes.
fn read_pgm(bytes: &[u8]) -> Gray {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes[i] == b'#' {
            while bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..i]).unwrap().to_owned());
    }
    assert_eq!(fields[0], "P5", "not a binary PGM");
    assert_eq!(fields[3], "255", "not 8 bits");
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = bytes[i + 1..].to_vec();
    assert_eq!(pixels.len(), width * height, "PGM size");
    Gray {
        width,
        height,
        pixels,
    }
}

fn crc(kind: &[u8], data: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(kind);
    h.update(data);
    h.finalize()
}

/// A grayscale PNG: one IDAT, every row with filter "Up" (small files for text pages).
fn write_png(image: &Gray) -> Vec<u8> {
    let mut raw = Vec::with_capacity((image.width + 1) * image.height);
    for y in 0..image.height {
        raw.push(2);
        let row = &image.pixels[y * image.width..(y + 1) * image.width];
        for (x, p) in row.iter().enumerate() {
            let up = if y == 0 {
                0
            } else {
                image.pixels[(y - 1) * image.width + x]
            };
            raw.push(p.wrapping_sub(up));
        }
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(&raw).unwrap();
    let idat = z.finish().unwrap();
    let mut ihdr = Vec::new();
    ihdr.extend((image.width as u32).to_be_bytes());
    ihdr.extend((image.height as u32).to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, data) in [(b"IHDR", &ihdr), (b"IDAT", &idat), (b"IEND", &Vec::new())] {
        out.extend((data.len() as u32).to_be_bytes());
        out.extend(kind);
        out.extend(data);
        out.extend(crc(kind, data).to_be_bytes());
    }
    out
}

/// Reads an 8-bit grayscale, non-interlaced PNG (any row filter).
fn read_png(bytes: &[u8]) -> Gray {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let mut at = 8;
    let (mut width, mut height) = (0, 0);
    let mut idat = Vec::new();
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        let kind = &bytes[at + 4..at + 8];
        let data = &bytes[at + 8..at + 8 + len];
        match kind {
            b"IHDR" => {
                width = u32::from_be_bytes(data[0..4].try_into().unwrap()) as usize;
                height = u32::from_be_bytes(data[4..8].try_into().unwrap()) as usize;
                assert_eq!(&data[8..10], &[8, 0], "only 8-bit grayscale");
                assert_eq!(data[12], 0, "interlaced");
            }
            b"IDAT" => idat.extend_from_slice(data),
            b"IEND" => break,
            _ => {}
        }
        at += 12 + len;
    }
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&idat[..])
        .read_to_end(&mut raw)
        .unwrap();
    assert_eq!(raw.len(), (width + 1) * height, "PNG data size");
    let mut pixels = vec![0u8; width * height];
    for y in 0..height {
        let filter = raw[y * (width + 1)];
        for x in 0..width {
            let v = raw[y * (width + 1) + 1 + x];
            let a = if x > 0 { pixels[y * width + x - 1] } else { 0 };
            let b = if y > 0 {
                pixels[(y - 1) * width + x]
            } else {
                0
            };
            let c = if x > 0 && y > 0 {
                pixels[(y - 1) * width + x - 1]
            } else {
                0
            };
            let predicted = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => {
                    let p = i16::from(a) + i16::from(b) - i16::from(c);
                    let (pa, pb, pc) = (
                        (p - i16::from(a)).abs(),
                        (p - i16::from(b)).abs(),
                        (p - i16::from(c)).abs(),
                    );
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                other => panic!("PNG row filter {other}"),
            };
            pixels[y * width + x] = v.wrapping_add(predicted);
        }
    }
    Gray {
        width,
        height,
        pixels,
    }
}

/// How many pixels differ by more than [`THRESHOLD`], and an image of them (black).
fn difference(a: &Gray, b: &Gray) -> (usize, Gray) {
    let mut changed = 0;
    let pixels = a
        .pixels
        .iter()
        .zip(&b.pixels)
        .map(|(p, q)| {
            if p.abs_diff(*q) > THRESHOLD {
                changed += 1;
                0
            } else {
                255
            }
        })
        .collect();
    (
        changed,
        Gray {
            width: a.width,
            height: a.height,
            pixels,
        },
    )
}

/// One page of a PDF rendered in gray at 100 dpi; `None` without poppler-utils.
fn render(pdf: &[u8], page: usize, name: &str) -> Option<Gray> {
    if !tool_exists("pdftoppm") {
        return None;
    }
    let dir = tempdir();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let stem = dir.join(name);
    let n = (page + 1).to_string();
    let out = Command::new("pdftoppm")
        .args(["-gray", "-r", DPI, "-f", &n, "-l", &n, "-singlefile"])
        .arg(&path)
        .arg(&stem)
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftoppm: {:?}", out);
    let image = read_pgm(&std::fs::read(stem.with_extension("pgm")).unwrap());
    let _ = std::fs::remove_dir_all(&dir);
    Some(image)
}

fn reference_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/page-images")
}

fn failure_dir() -> PathBuf {
    repo_root().join("target/page-images")
}

/// Compares one page with its reference (or writes the reference when updating); returns the
/// problem, if any.
fn check_page(pdf: &PdfOutput, page: usize, name: &str) -> Option<String> {
    let rendered = render(&pdf.bytes, page, name)?;
    let reference_path = reference_dir().join(format!("{name}.png"));
    if std::env::var("ORDNER_PAGE_IMAGES").as_deref() == Ok("update") {
        std::fs::create_dir_all(reference_dir()).unwrap();
        std::fs::write(&reference_path, write_png(&rendered)).unwrap();
        return None;
    }
    let keep = |what: &str, image: &Gray| {
        std::fs::create_dir_all(failure_dir()).unwrap();
        let path = failure_dir().join(format!("{name}-{what}.png"));
        std::fs::write(&path, write_png(image)).unwrap();
        path
    };
    let Ok(bytes) = std::fs::read(&reference_path) else {
        let path = keep("new", &rendered);
        return Some(format!(
            "{name}: no reference {} (rendered: {})",
            reference_path.display(),
            path.display()
        ));
    };
    let reference = read_png(&bytes);
    if (reference.width, reference.height) != (rendered.width, rendered.height) {
        let path = keep("new", &rendered);
        return Some(format!(
            "{name}: {}×{} instead of {}×{} (rendered: {})",
            rendered.width,
            rendered.height,
            reference.width,
            reference.height,
            path.display()
        ));
    }
    let (changed, diff) = difference(&reference, &rendered);
    if changed > MAX_CHANGED {
        let new = keep("new", &rendered);
        let diff = keep("diff", &diff);
        return Some(format!(
            "{name} (page {}): {changed} pixels changed (at most {MAX_CHANGED}); see {} and {}",
            page + 1,
            new.display(),
            diff.display()
        ));
    }
    None
}

fn dortmund() -> Content {
    let pack = BuiltinPack::by_key("dortmund").unwrap().parse().unwrap();
    Content::default_germany().with_pack(&pack).unwrap()
}

/// A consultation as an advisor gets it: a name, ticks, two documents, appointments, a
/// deadline, the log and the town's contacts; printed on a fixed day.
fn advice<'a>(de: &'a Catalog, other: &'a Catalog, content: &'a Content) -> Consultation<'a> {
    Consultation {
        german: de,
        other,
        content,
        name: Some("Amina Haddad".into()),
        notes: Some("Bitte Mietvertrag mitbringen.\nTermin beim Jobcenter vorbereiten.".into()),
        printed_on: "21.11.2026".into(),
        tabs: vec![TabId::Arrival, TabId::Money, TabId::Housing],
        checked: vec!["ankunftsnachweis".into()],
        documents: vec![
            ConsultDocument {
                title: "Aufenthaltsgestattung".into(),
                doctype: Some("aufenthaltsgestattung".into()),
                tab: TabId::Arrival,
                received: Some("02.03.2026".into()),
                letter_date: Some("28.02.2026".into()),
                valid_until: Some("12.03.2027".into()),
                pages: Vec::new(),
            },
            ConsultDocument {
                title: "Bescheid Jobcenter".into(),
                doctype: Some("jobcenter-bescheid".into()),
                tab: TabId::Money,
                received: Some("10.11.2026".into()),
                letter_date: Some("06.11.2026".into()),
                valid_until: None,
                pages: Vec::new(),
            },
        ],
        deadlines: vec![DatedEntry {
            date: "2026-12-10".into(),
            shown_date: "10.12.2026".into(),
            title: "Widerspruch gegen den Bescheid des Jobcenters".into(),
            note: None,
        }],
        appointments: vec![DatedEntry {
            date: "2026-12-03".into(),
            shown_date: "Do, 03.12.2026, 09:30 Uhr".into(),
            title: "Termin Ausländerbehörde".into(),
            note: Some("Pass und Foto mitbringen".into()),
        }],
        log: vec![LogEntry {
            date: "12.11.2026".into(),
            with: "Migrationsberatung".into(),
            summary: "Antrag besprochen → Unterlagen nachreichen".into(),
        }],
        contacts: vec!["auslaenderbehoerde".into(), "migrado".into()],
    }
}

/// The page on which a line with exactly `text` is placed first.
fn page_of(out: &PdfOutput, text: &str) -> usize {
    out.lines
        .iter()
        .find(|l| ordner_core::bidi::strip_bidi_controls(&l.text) == text)
        .unwrap_or_else(|| panic!("no line {text:?}"))
        .page
}

#[test]
fn key_pages_look_as_before() {
    if !tool_exists("pdftoppm") {
        eprintln!("pdftoppm not installed (poppler-utils): page images not compared");
        return;
    }
    let fonts = all_fonts();
    let de = catalog("de");
    let content = dortmund();
    let mut problems = Vec::new();
    for code in ["ar", "ti"] {
        let other = catalog(code);
        let blank = blank_folder(
            &BlankFolder {
                german: &de,
                other: &other,
                content: &content,
                spines: DEFAULT_SPINES,
            },
            &fonts,
        )
        .unwrap();
        let tips = page_of(&blank, &de.msg("tab-section-tips"));
        let contacts = page_of(&blank, &de.msg("tab-section-contacts"));
        let printout = consultation(&advice(&de, &other, &content), &fonts).unwrap();
        for (page, out, name) in [
            (0, &blank, "cover"),
            (tips, &blank, "tab"),
            (contacts, &blank, "contacts"),
            (0, &printout, "summary"),
        ] {
            problems.extend(check_page(out, page, &format!("de-{code}-{name}")));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The comparator itself: the PNG files round-trip, and a page with its text moved by a few
/// pixels is far beyond the tolerance while the same page is not.
#[test]
fn the_comparator_sees_a_moved_page() {
    let (width, height) = (200, 120);
    let mut pixels = vec![255u8; width * height];
    for y in 40..52 {
        for x in 20..180 {
            if (x / 3 + y) % 4 != 0 {
                pixels[y * width + x] = 0;
            }
        }
    }
    let page = Gray {
        width,
        height,
        pixels,
    };
    assert_eq!(read_png(&write_png(&page)), page);
    let mut moved = page.clone();
    moved.pixels.rotate_right(3 * width);
    let (same, _) = difference(&page, &page);
    let (changed, diff) = difference(&page, &moved);
    assert_eq!(same, 0);
    assert!(changed > 500, "{changed}");
    assert_eq!(diff.pixels.iter().filter(|p| **p == 0).count(), changed);
    let pgm = [
        format!("P5\n# c\n{width} {height}\n255\n").into_bytes(),
        page.pixels.clone(),
    ]
    .concat();
    assert_eq!(read_pgm(&pgm), page);
}
