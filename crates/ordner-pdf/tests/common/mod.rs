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
