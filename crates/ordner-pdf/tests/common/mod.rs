//! Shared test helpers: fonts from the repository, sample text in the 16 languages, and the
//! Debian tools (`pdftotext`, `qpdf`) when they are installed.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::PathBuf;
use std::process::Command;

use ordner_core::lang::{Dir, Script};
use ordner_pdf::{FontFace, FontLibrary, LangSpec};

/// One language with sample sentences written in it (used where no locale exists yet).
pub struct Sample {
    pub code: &'static str,
    pub dir: Dir,
    pub script: Script,
    /// Sentences in logical order; right-to-left ones include a German term.
    pub sentences: &'static [&'static str],
}

impl Sample {
    pub fn lang(&self) -> LangSpec {
        LangSpec::new(self.code, self.dir, self.script)
    }
}

pub const SAMPLES: &[Sample] = &[
    Sample {
        code: "de",
        dir: Dir::Ltr,
        script: Script::Latin,
        sentences: &[
            "Ihre wichtigen Papiere. Geordnet.",
            "Verlängern Sie die Aufenthaltsgestattung vor dem 12.05.2026 beim Bürgeramt.",
        ],
    },
    Sample {
        code: "en",
        dir: Dir::Ltr,
        script: Script::Latin,
        sentences: &["Your important papers. In order."],
    },
    Sample {
        code: "ar",
        dir: Dir::Rtl,
        script: Script::Arabic,
        sentences: &[
            "أوراقك المهمة. مرتبة.",
            "جدّد Aufenthaltsgestattung قبل 12.05.2026 في مكتب Bürgeramt.",
        ],
    },
    Sample {
        code: "fa",
        dir: Dir::Rtl,
        script: Script::Arabic,
        sentences: &[
            "مدارک مهم شما، مرتب‌شده.",
            "اجازه‌ی اقامت (Aufenthaltsgestattung) را تمدید کنید.",
        ],
    },
    Sample {
        code: "prs",
        dir: Dir::Rtl,
        script: Script::Arabic,
        sentences: &["اسناد مهم شما، منظم و مرتب.", "به Jobcenter بروید."],
    },
    Sample {
        code: "ps",
        dir: Dir::Rtl,
        script: Script::Arabic,
        sentences: &["ښار ته ښه راغلاست.", "ستاسو مهم اسناد په ترتیب سره."],
    },
    Sample {
        code: "ckb",
        dir: Dir::Rtl,
        script: Script::Arabic,
        sentences: &["بەڵگەنامە گرنگەکانت، ڕێکخراو.", "بچۆ بۆ Ausländerbehörde."],
    },
    Sample {
        code: "kmr",
        dir: Dir::Ltr,
        script: Script::Latin,
        sentences: &["Belgeyên te yên girîng, bi rêk û pêk."],
    },
    Sample {
        code: "tr",
        dir: Dir::Ltr,
        script: Script::Latin,
        sentences: &["Önemli belgeleriniz. Düzenli ve güvenli."],
    },
    Sample {
        code: "uk",
        dir: Dir::Ltr,
        script: Script::Cyrillic,
        sentences: &[
            "Ваші важливі документи. Упорядковано.",
            "Ласкаво просимо до їхнього міста.",
        ],
    },
    Sample {
        code: "ru",
        dir: Dir::Ltr,
        script: Script::Cyrillic,
        sentences: &["Ваши важные документы. По порядку."],
    },
    Sample {
        code: "fr",
        dir: Dir::Ltr,
        script: Script::Latin,
        sentences: &["Vos papiers importants. Arrivée à Dresde, reçu."],
    },
    Sample {
        code: "ti",
        dir: Dir::Ltr,
        script: Script::Ethiopic,
        sentences: &["ኣገደስቲ ወረቓቕትኹም ብስርዓት።", "ናብ Jobcenter ኪዱ።"],
    },
    Sample {
        code: "so",
        dir: Dir::Ltr,
        script: Script::Latin,
        sentences: &["Waraaqahaaga muhiimka ah, si habsami leh."],
    },
    Sample {
        code: "ka",
        dir: Dir::Ltr,
        script: Script::Georgian,
        sentences: &["თქვენი მნიშვნელოვანი საბუთები. მოწესრიგებული."],
    },
    Sample {
        code: "ur",
        dir: Dir::Rtl,
        script: Script::ArabicNastaliq,
        sentences: &["آپ کے اہم کاغذات، ترتیب سے۔", "Ausländerbehörde میں جائیں۔"],
    },
];

pub fn sample(code: &str) -> &'static Sample {
    SAMPLES
        .iter()
        .find(|s| s.code == code)
        .unwrap_or_else(|| panic!("no sample for {code}"))
}

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub fn font_dir() -> PathBuf {
    repo_root().join("public/fonts")
}

/// Every font the engine knows, from `public/fonts/`.
pub fn all_fonts() -> FontLibrary {
    FontLibrary::load_dir(&font_dir(), &FontFace::ALL).expect("fonts in public/fonts")
}

pub fn tool_exists(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

/// Runs `pdftotext` (raw content order off, default layout) and returns the text, or `None`
/// when poppler-utils is not installed.
pub fn pdftotext(bytes: &[u8]) -> Option<String> {
    if !tool_exists("pdftotext") {
        eprintln!("pdftotext not installed: text layer not checked");
        return None;
    }
    let dir = tempdir();
    let path = dir.join("t.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    assert!(out.status.success(), "pdftotext failed");
    Some(String::from_utf8(out.stdout).unwrap())
}

/// Runs `qpdf --check` and asserts it finds nothing wrong (skipped without qpdf).
pub fn qpdf_check(bytes: &[u8]) {
    if !tool_exists("qpdf") {
        eprintln!("qpdf not installed: structure not checked");
        return;
    }
    let dir = tempdir();
    let path = dir.join("q.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("qpdf")
        .arg("--check")
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && !stderr.contains("WARNING") && !stdout.contains("WARNING"),
        "qpdf --check failed:\n{stdout}\n{stderr}"
    );
    assert!(
        stdout.contains("No syntax or stream encoding errors found"),
        "{stdout}"
    );
}

pub fn tempdir() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "ordner-pdf-test-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Collapses all whitespace runs to one space (pdftotext breaks lines and pages).
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Removes bidi controls (poppler adds LRE/RLE/PDF, the engine adds RLM) and splits into words
/// without the punctuation around them: the unit in which logical order is checked.
pub fn words(s: &str) -> Vec<String> {
    s.chars()
        .filter(|c| !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect::<String>()
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '،' | '۔' | '።' | '፡'))
                .to_owned()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Whether `needle`'s words occur consecutively, in order, in `hay`'s words.
pub fn contains_words(hay: &[String], needle: &[String]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

/// A synthetic scanned page: a light paper background with dark "text lines" and some noise,
/// encoded as a JPEG at 150 dpi (A4: 1240 × 1754), like a phone scan.
pub fn fake_scan(seed: u32, width: u16, height: u16) -> Vec<u8> {
    let (w, h) = (width as usize, height as usize);
    let mut px = vec![0u8; w * h * 3];
    let mut state = seed.wrapping_mul(2654435761).wrapping_add(12345);
    let mut rnd = || {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        state
    };
    for y in 0..h {
        let line = (y / 22) % 3 != 2 && y > h / 10 && y < h * 9 / 10 && (y % 22) > 6;
        for x in 0..w {
            let i = (y * w + x) * 3;
            let noise = (rnd() % 12) as u8;
            let ink = line && x > w / 12 && x < w * 11 / 12 && (rnd() % 5 == 0);
            let v = if ink { 40 + noise } else { 235 + noise / 2 };
            px[i] = v;
            px[i + 1] = v;
            px[i + 2] = v.saturating_sub(4);
        }
    }
    let mut out = Vec::new();
    let enc = jpeg_encoder::Encoder::new(&mut out, 75);
    enc.encode(&px, width, height, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

/// Loads the catalog of a language from the repository's locales.
pub fn catalog(code: &str) -> ordner_core::Catalog {
    ordner_core::Catalog::load_dir(&repo_root().join("locales"), code).unwrap()
}

/// Page count, outline titles and embedded font files, read back with lopdf.
pub struct Inspected {
    pub pages: usize,
    pub outline: Vec<String>,
    pub embedded_fonts: usize,
    pub lang: Option<String>,
    pub info_title: String,
    pub creator: String,
    pub doc: lopdf::Document,
}

pub fn decode_text(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

pub fn inspect(bytes: &[u8]) -> Inspected {
    let doc = lopdf::Document::load_mem(bytes).expect("lopdf reads the PDF");
    let pages = doc.get_pages().len();
    let catalog = doc.catalog().unwrap();
    let lang = catalog
        .get(b"Lang")
        .ok()
        .and_then(|o| o.as_str().ok())
        .map(decode_text);
    let mut outline = Vec::new();
    if let Ok(outlines) = catalog.get(b"Outlines").and_then(|o| o.as_reference()) {
        let root = doc.get_dictionary(outlines).unwrap();
        let mut next = root.get(b"First").and_then(|o| o.as_reference()).ok();
        while let Some(id) = next {
            let item = doc.get_dictionary(id).unwrap();
            outline.push(decode_text(item.get(b"Title").unwrap().as_str().unwrap()));
            next = item.get(b"Next").and_then(|o| o.as_reference()).ok();
        }
    }
    let mut embedded_fonts = 0;
    for obj in doc.objects.values() {
        if let Ok(dict) = obj.as_dict()
            && dict.get(b"Type").and_then(|t| t.as_name()).ok()
                == Some(b"FontDescriptor".as_slice())
            && dict.get(b"FontFile2").is_ok()
        {
            embedded_fonts += 1;
        }
    }
    let info_id = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let info = doc.get_dictionary(info_id).unwrap();
    let get = |k: &[u8]| {
        info.get(k)
            .ok()
            .and_then(|o| o.as_str().ok())
            .map(decode_text)
            .unwrap_or_default()
    };
    let info_title = get(b"Title");
    let creator = get(b"Creator");
    Inspected {
        pages,
        outline,
        embedded_fonts,
        lang,
        info_title,
        creator,
        doc,
    }
}
