//! Printing end to end in headless Chromium (390 px wide, German + Arabic):
//!
//! 1. the first load fetches nothing of the PDF worker and no print font;
//! 2. the office's blank folder de+ar (Dresden) comes out of the PDF worker: a PDF with the
//!    same page count as the native engine's, whose text layer (`pdftotext`) has every German
//!    and Arabic tab title in logical order; the worker fetched only Noto Sans and Noto Naskh
//!    Arabic (no Ethiopic, no Georgian);
//! 3. the recovery sheet of a newly created folder as a PDF: one page with the key;
//! 4. a consultation printout with the person's name and a ticked checklist item: the name is
//!    in the PDF while the raw storage (IndexedDB, localStorage) still has no plaintext;
//! 5. offline (the server stopped): a blank folder de+ka still prints from the service
//!    worker's cache.
//!
//! Also: a document kept as a PDF file (imported through the add screen) goes into the
//! consultation printout with its pages and their text, while raw storage shows none of it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::process::Command;

use e2e::app::App;
use e2e::pages::{Printout, TownScreen};
use e2e::vault::{assert_no_plaintext, click, raw_storage, type_into};
use e2e::{
    Driver, Server, browser, built_dist, capture_downloads, captured_download, js, page_requests,
    screenshot, wait_js,
};
use ordner_core::content::{BuiltinPack, Content};
use ordner_core::i18n::Arg;
use ordner_core::{Catalog, TabId};
use serde_json::Value;
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "Roter Schirm im Zug 2016";
const NAME: &str = "Printname Zoraqx Haddad";

fn catalog(code: &str) -> Catalog {
    Catalog::load_dir(&e2e::repo_root().join("locales"), code).unwrap()
}

fn dresden() -> Content {
    let pack = BuiltinPack::by_key("dresden").unwrap().parse().unwrap();
    Content::default_germany().with_pack(&pack).unwrap()
}

/// Words without bidi marks and surrounding punctuation (as the native tests compare them).
fn words(s: &str) -> Vec<String> {
    s.chars()
        .filter(|c| {
            !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
        })
        .collect::<String>()
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| c.is_ascii_punctuation() || matches!(c, '،' | '۔' | '።' | '፡'))
                .to_owned()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

fn contains_words(hay: &[String], needle: &[String]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

fn tmp_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("ordner-print-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The PDF's text layer, by poppler's `pdftotext` (run here, on the bytes the page made). With
/// `$ORDNER_PDF_OUT` set, the PDF is also kept there (for looking at it).
fn pdftotext(bytes: &[u8], name: &str) -> String {
    let path = tmp_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    if let Ok(dir) = std::env::var("ORDNER_PDF_OUT") {
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(std::path::Path::new(&dir).join(name), bytes).unwrap();
    }
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    assert!(out.status.success(), "pdftotext failed on {name}");
    String::from_utf8(out.stdout).unwrap()
}

/// The page count by poppler's `pdfinfo`.
fn pdf_pages(bytes: &[u8], name: &str) -> usize {
    let path = tmp_dir().join(name);
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdfinfo").arg(&path).output().unwrap();
    assert!(out.status.success(), "pdfinfo failed on {name}");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count: {text}"))
}

/// Presses the print button in `scope`, waits for the result and returns the PDF's bytes (the
/// Blob the page makes its download of) and the result's data attributes.
async fn print_and_fetch(driver: &WebDriver, scope: &str) -> (Vec<u8>, Value) {
    capture_downloads(driver).await;
    click(driver, &format!("{scope} .print-button")).await;
    let state = wait_js(
        driver,
        &format!(
            "document.querySelector('{scope} #print-result')?.dataset.bytes \
             || document.querySelector('{scope} .print-error')?.dataset.error"
        ),
        "the PDF",
    )
    .await;
    assert!(
        js(
            driver,
            &format!("!!document.querySelector('{scope} #print-result')")
        )
        .await
            == Value::Bool(true),
        "printing failed: {state}"
    );
    // The page saves the PDF through a Blob URL (its CSP forbids fetching `blob:` URLs back).
    let bytes = captured_download(driver).await;
    let data = js(
        driver,
        &format!(
            "(() => {{ const d = document.querySelector('{scope} #print-result').dataset; \
             return {{ bytes: +d.bytes, pages: +d.pages, ms: +d.ms, renderMs: +d.renderMs, fonts: d.fonts }}; }})()"
        ),
    )
    .await;
    assert_eq!(data["bytes"].as_u64().unwrap() as usize, bytes.len());
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    js(
        driver,
        &format!(
            "document.querySelector('{scope} #print-result').scrollIntoView({{block: 'center'}})"
        ),
    )
    .await;
    (bytes, data)
}

#[tokio::test(flavor = "multi_thread")]
async fn print_blank_folder_recovery_sheet_and_consultation() {
    let dist = built_dist();
    let mut server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;

    // --- 1. First load (German + Arabic): nothing of the PDF engine. ---
    driver.goto(format!("{origin}/")).await.unwrap();
    js(
        &driver,
        "(localStorage.setItem('mein-ordner-lang', JSON.stringify('ar')), 1)",
    )
    .await;
    let _ = page_requests(&driver, &origin).await;
    driver.refresh().await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('.tab-card')",
        "the home screen",
    )
    .await;
    wait_js(
        &driver,
        "navigator.serviceWorker.controller",
        "the service worker in control",
    )
    .await;
    let first = page_requests(&driver, &origin).await;
    assert!(
        first.iter().any(|u| u.contains(".wasm")),
        "the log has the app's requests: {first:?}"
    );
    let pdf_related: Vec<&String> = first
        .iter()
        .filter(|u| u.contains("pdf_worker") || u.contains("/fonts/") || u.ends_with(".ttf"))
        .collect();
    assert!(
        pdf_related.is_empty(),
        "first load fetched print files: {pdf_related:?}"
    );

    // --- 2. The office's blank folder de+ar with Dresden. ---
    driver
        .goto(format!("{origin}/#/office/blank"))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('#print-blank-lang')",
        "the blank-folder screen",
    )
    .await;
    assert_eq!(
        js(&driver, "document.querySelector('#print-blank-lang').value").await,
        "ar"
    );
    driver
        .find(By::Css("#print-blank-town option[value='dresden']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(
        js(&driver, "document.querySelector('#print-blank-town').value").await,
        "dresden"
    );
    screenshot(&driver, "print-1-blank-ar.png").await;
    let _ = page_requests(&driver, &origin).await;
    let (pdf, data) = print_and_fetch(&driver, ".print-screen").await;
    screenshot(&driver, "print-2-blank-done-ar.png").await;
    let printing_log = page_requests(&driver, &origin).await;
    let blank_data = data.clone();
    eprintln!(
        "blank folder de+ar in the browser: {} bytes, {} pages, {} ms (engine {} ms)",
        pdf.len(),
        data["pages"],
        data["ms"],
        data["renderMs"]
    );
    let de = catalog("de");
    let ar = catalog("ar");
    let content = dresden();
    let native = {
        let fonts = ordner_pdf::FontLibrary::load_dir(
            &e2e::repo_root().join("public/fonts"),
            &ordner_pdf::FontFace::ALL,
        )
        .unwrap();
        ordner_pdf::blank_folder(
            &ordner_pdf::BlankFolder {
                german: &de,
                other: &ar,
                content: &content,
                spines: ordner_pdf::DEFAULT_SPINES,
            },
            &fonts,
        )
        .unwrap()
    };
    let pages = pdf_pages(&pdf, "blank-de-ar.pdf");
    assert_eq!(pages, native.page_count, "same pages as the native engine");
    assert_eq!(data["pages"].as_u64().unwrap() as usize, pages);
    let text = words(&pdftotext(&pdf, "blank-de-ar.pdf"));
    for tab in TabId::ALL {
        for cat in [&de, &ar] {
            let title = cat.msg_args(&tab.title_id(), &[("town", Arg::Str("Dresden"))]);
            assert!(
                contains_words(&text, &words(&title)),
                "{title:?} ({}) not in the text layer in logical order",
                cat.language().code
            );
        }
    }

    // --- 3. Create a folder; its recovery sheet as a PDF. ---
    driver.goto(format!("{origin}/#/folder")).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('section.vault[data-vault-status=\"empty\"]')",
        "an empty folder",
    )
    .await;
    type_into(&driver, "#vault-new-1", PASSPHRASE).await;
    type_into(&driver, "#vault-new-2", PASSPHRASE).await;
    click(&driver, "#vault-understood").await;
    click(&driver, "#vault-create-button").await;
    wait_js(
        &driver,
        "document.querySelector('.recovery-sheet')",
        "the recovery sheet",
    )
    .await;
    let groups: Vec<String> = js(
        &driver,
        "Array.from(document.querySelectorAll('.recovery-group'), (g) => g.textContent)",
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .map(|g| g.as_str().unwrap().to_owned())
    .collect();
    let (sheet, _) = print_and_fetch(&driver, ".recovery-sheet").await;
    screenshot(&driver, "print-3-recovery-ar.png").await;
    assert_eq!(pdf_pages(&sheet, "recovery.pdf"), 1);
    let sheet_text = pdftotext(&sheet, "recovery.pdf");
    for g in &groups {
        assert!(
            sheet_text.contains(g.as_str()),
            "key group {g} not in the PDF"
        );
    }
    for cat in [&de, &ar] {
        assert!(contains_words(
            &words(&sheet_text),
            &words(&cat.msg("pdf-recovery-title"))
        ));
    }
    click(&driver, "#vault-sheet-done").await;

    // --- 4. Name saved in the vault, one item ticked; the consultation printout. ---
    wait_js(
        &driver,
        "document.querySelector('#vault-name')",
        "my details",
    )
    .await;
    type_into(&driver, "#vault-name", NAME).await;
    click(&driver, "#vault-save").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-data .vault-status')?.textContent.length > 0",
        "saved",
    )
    .await;
    // Two documents with one scanned page each (the documents feature's test hook files them
    // as the add screen would; the JPEG is made by a canvas in the page).
    let seeded = driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             (async () => {
               const c = new OffscreenCanvas(620, 877); const g = c.getContext('2d');
               g.fillStyle = '#f1efe8'; g.fillRect(0, 0, 620, 877);
               g.fillStyle = '#223'; for (let y = 90; y < 800; y += 24) g.fillRect(60, y, 480 - (y % 70), 9);
               const b = await c.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
               const bytes = new Uint8Array(await b.arrayBuffer());
               const n = await window.__meinOrdnerSeedDocuments(2, 'arrival', bytes);
               done([n, Array.from(bytes, (x) => x.toString(16).padStart(2, '0')).join('')]);
             })().catch((e) => done({ error: String(e) }));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    assert_eq!(seeded[0], 2, "documents seeded: {seeded}");
    let jpeg_hex = seeded[1].as_str().unwrap();
    let scan: Vec<u8> = (0..jpeg_hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&jpeg_hex[i..i + 2], 16).unwrap())
        .collect();
    driver
        .goto(format!("{origin}/#/tab/arrival"))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('#check-ankunftsnachweis')",
        "the checklist",
    )
    .await;
    click(&driver, "#check-ankunftsnachweis").await;
    wait_js(
        &driver,
        "document.querySelector('#check-ankunftsnachweis').checked",
        "ticked",
    )
    .await;
    driver.goto(format!("{origin}/#/print")).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('#print-consult-with-name')",
        "the consultation chooser, unlocked",
    )
    .await;
    click(&driver, "#print-consult-with-name").await;
    assert_eq!(
        js(
            &driver,
            "document.querySelector('#print-consult-name').value"
        )
        .await,
        NAME,
        "the name comes from the folder"
    );
    // Only the first two tabs.
    for tab in TabId::ALL.into_iter().skip(2) {
        click(
            &driver,
            &format!(".print-check[data-tab='{}'] input", tab.key()),
        )
        .await;
    }
    wait_js(
        &driver,
        "document.querySelectorAll('.print-check[data-kind=\"document\"] input').length === 2",
        "the two documents offered",
    )
    .await;
    click(&driver, ".print-check[data-kind='document'] input").await;
    screenshot(&driver, "print-4-consult-ar.png").await;
    let (printout, _) = print_and_fetch(&driver, ".print-screen").await;
    screenshot(&driver, "print-5-consult-done-ar.png").await;
    let got = words(&pdftotext(&printout, "consult.pdf"));
    assert!(contains_words(&got, &words(NAME)), "the name is printed");
    // The chosen document (one of the two) with its scan, the JPEG bytes unchanged.
    assert!(
        printout
            .windows(scan.len())
            .filter(|w| *w == scan.as_slice())
            .count()
            == 1,
        "the scanned page is embedded byte for byte, once"
    );
    assert!(
        contains_words(&got, &words("Test 0")) != contains_words(&got, &words("Test 1")),
        "exactly the chosen document is listed"
    );
    for cat in [&de, &ar] {
        for id in [
            "pdf-consult-summary",
            "pdf-consult-have",
            "pdf-consult-privacy",
        ] {
            assert!(
                contains_words(&got, &words(&cat.msg(id))),
                "{id} ({})",
                cat.language().code
            );
        }
        let ticked = cat.msg("check-ankunftsnachweis");
        assert!(contains_words(&got, &words(&ticked)), "ticked item listed");
        let arrival = cat.msg_args(
            &TabId::Arrival.title_id(),
            &[("town", Arg::Str(&cat.msg("pdf-town-placeholder")))],
        );
        assert!(contains_words(&got, &words(&arrival)), "{arrival}");
        let health = cat.msg(&TabId::Health.title_id());
        assert!(
            !contains_words(&got, &words(&health)),
            "an unchosen tab is printed"
        );
    }
    let dump = raw_storage(&driver).await;
    assert_no_plaintext(&dump, &[NAME, PASSPHRASE]);

    // --- 5. Offline: the worker and the Georgian fonts come from the service worker's cache. ---
    wait_js(
        &driver,
        "(async () => { for (const n of await caches.keys()) { const c = await caches.open(n); \
         if (await c.match('fonts/NotoSansGeorgian-Bold.ttf') && await c.match('pdf_worker_bg.wasm')) return true; } \
         return false; })()",
        "the print files cached after install",
    )
    .await;
    server.stop();
    driver
        .goto(format!("{origin}/#/office/blank"))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('#print-blank-lang')",
        "the blank-folder screen, offline",
    )
    .await;
    driver
        .find(By::Css("#print-blank-lang option[value='ka']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let (offline, _) = print_and_fetch(&driver, ".print-screen").await;
    let ka = catalog("ka");
    let got = words(&pdftotext(&offline, "blank-de-ka.pdf"));
    let title = ka.msg_args(
        &TabId::Health.title_id(),
        &[("town", Arg::Str(&ka.msg("pdf-town-placeholder")))],
    );
    assert!(contains_words(&got, &words(&title)), "Georgian offline");

    driver.quit().await.unwrap();
    let _ = std::fs::remove_dir_all(tmp_dir());
    // The worker fetched only the fonts of German and Arabic (its own requests do not show in
    // the page's log; it reports the files it loaded).
    assert!(
        printing_log
            .iter()
            .any(|u| u.ends_with("pdf_worker_loader.js")),
        "the worker is loaded now: {printing_log:?}"
    );
    let fonts = blank_data["fonts"].as_str().unwrap_or_default().to_owned();
    let mut fonts: Vec<&str> = fonts.split(',').filter(|f| !f.is_empty()).collect();
    fonts.sort_unstable();
    assert_eq!(
        fonts,
        [
            "NotoNaskhArabic-Bold.ttf",
            "NotoNaskhArabic-Regular.ttf",
            "NotoSans-Bold.ttf",
            "NotoSans-Regular.ttf"
        ],
        "de+ar needs Noto Sans and Noto Naskh Arabic only"
    );
}

/// German + English, no folder created: the chooser offers no personal data (it says the folder
/// is locked), prints the chosen tabs without any name, and the blank folder in German only
/// has no second language.
#[tokio::test(flavor = "multi_thread")]
async fn print_without_a_folder_in_english() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    driver.goto(format!("{origin}/")).await.unwrap();
    js(
        &driver,
        "localStorage.setItem('mein-ordner-lang', JSON.stringify('en'))",
    )
    .await;
    driver.goto(format!("{origin}/#/print")).await.unwrap();
    driver.refresh().await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('#print-consult-locked')",
        "the locked notice",
    )
    .await;
    assert!(
        js(
            &driver,
            "!document.querySelector('#print-consult-with-name')"
        )
        .await
            == Value::Bool(true),
        "no name to print without an open folder"
    );
    screenshot(&driver, "print-6-consult-en.png").await;
    let (pdf, _) = print_and_fetch(&driver, ".print-screen").await;
    screenshot(&driver, "print-7-consult-done-en.png").await;
    let de = catalog("de");
    let en = catalog("en");
    let got = words(&pdftotext(&pdf, "consult-en.pdf"));
    for cat in [&de, &en] {
        assert!(contains_words(
            &got,
            &words(&cat.msg("pdf-consult-summary"))
        ));
        assert!(contains_words(
            &got,
            &words(&cat.msg("pdf-consult-missing"))
        ));
    }
    // The chosen tabs are there, with the checklist as still missing (nothing ticked).
    let check = en.msg("check-ankunftsnachweis");
    assert!(contains_words(&got, &words(&check)), "{check}");

    driver
        .goto(format!("{origin}/#/office/blank"))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('#print-blank-lang')",
        "the blank-folder screen",
    )
    .await;
    assert_eq!(
        js(&driver, "document.querySelector('#print-blank-lang').value").await,
        "en"
    );
    screenshot(&driver, "print-8-blank-en.png").await;
    driver
        .find(By::Css("#print-blank-lang option[value='de']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let (pdf, data) = print_and_fetch(&driver, ".print-screen").await;
    screenshot(&driver, "print-9-blank-done-de.png").await;
    let text = pdftotext(&pdf, "blank-de.pdf");
    let got = words(&text);
    let title = de.msg_args(
        &TabId::Work.title_id(),
        &[("town", Arg::Str(&de.msg("pdf-town-placeholder")))],
    );
    assert!(contains_words(&got, &words(&title)));
    assert!(
        !contains_words(&got, &words(&en.msg(&TabId::Work.title_id()))),
        "German only"
    );
    assert_eq!(
        data["fonts"].as_str().unwrap().split(',').count(),
        2,
        "German only needs Noto Sans regular and bold"
    );
    driver.quit().await.unwrap();
}

/// A document imported as a PDF file (the add screen, German + Arabic) is chosen for the
/// consultation printout: both pages of the file are in the PDF the worker makes (their text
/// comes out of pdftotext), under our captions, with no explaining page; the chooser names the
/// PDF file; raw storage has none of the file's words.
#[tokio::test(flavor = "multi_thread")]
async fn print_a_document_kept_as_a_pdf_file() {
    const TITLE: &str = "Pdftitlemarker Anhörung Niederschrift";
    let letter = e2e::repo_root().join("tests/e2e/fixtures/letter.pdf");
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    driver.goto(format!("{origin}/")).await.unwrap();
    js(
        &driver,
        "localStorage.setItem('mein-ordner-lang', JSON.stringify('ar'))",
    )
    .await;
    driver.goto(format!("{origin}/#/folder")).await.unwrap();
    driver.refresh().await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('section.vault[data-vault-status=\"empty\"]')",
        "an empty vault",
    )
    .await;
    type_into(&driver, "#vault-new-1", PASSPHRASE).await;
    type_into(&driver, "#vault-new-2", PASSPHRASE).await;
    click(&driver, "#vault-understood").await;
    click(&driver, "#vault-create-button").await;
    wait_js(
        &driver,
        "document.querySelector('#vault-sheet-done')",
        "the recovery sheet",
    )
    .await;
    click(&driver, "#vault-sheet-done").await;
    wait_js(
        &driver,
        "document.querySelector('section.vault[data-vault-status=\"unlocked\"]')",
        "unlocked",
    )
    .await;

    // --- The letter, a two-page PDF file, filed behind the first tab. ---
    driver
        .goto(format!("{origin}/#/tab/arrival"))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('.doc-add')",
        "the add button",
    )
    .await;
    click(&driver, ".doc-add").await;
    wait_js(
        &driver,
        "document.querySelector('#doc-type')",
        "the add form",
    )
    .await;
    js(
        &driver,
        "(() => { const e = document.querySelector('#doc-type'); e.value = 'bamf-anhoerung'; \
         e.dispatchEvent(new Event('change', { bubbles: true })); return 1; })()",
    )
    .await;
    type_into(&driver, "#doc-title", TITLE).await;
    driver
        .find(By::Css("#doc-files"))
        .await
        .unwrap()
        .send_keys(letter.to_str().unwrap())
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelectorAll('.doc-edit-page').length === 1 && !document.querySelector('.doc-progress')",
        "the PDF page",
    )
    .await;
    click(&driver, ".doc-save").await;
    wait_js(
        &driver,
        "document.querySelector('.doc-page[data-mime=\"application/pdf\"]')",
        "the stored document",
    )
    .await;

    // --- Chosen for the printout: the chooser names the PDF file. ---
    driver.goto(format!("{origin}/#/print")).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('.print-check[data-kind=\"document\"] input')",
        "the document offered",
    )
    .await;
    let ar = catalog("ar");
    let de = catalog("de");
    let detail = js(
        &driver,
        "document.querySelector('.print-check[data-kind=\"document\"] .print-detail').textContent",
    )
    .await;
    let want = ordner_core::bidi::strip_bidi_controls(
        &ar.msg_args("print-consult-pdf-files", &[("count", Arg::Num(1.0))]),
    );
    assert!(
        ordner_core::bidi::strip_bidi_controls(detail.as_str().unwrap()).contains(&want),
        "{detail} names the PDF file ({want})"
    );
    // Only the first tab, so the overview stays one page.
    for tab in TabId::ALL.into_iter().skip(1) {
        click(
            &driver,
            &format!(".print-check[data-tab='{}'] input", tab.key()),
        )
        .await;
    }
    click(&driver, ".print-check[data-kind='document'] input").await;
    screenshot(&driver, "print-10-consult-pdf-ar.png").await;
    let (pdf, data) = print_and_fetch(&driver, ".print-screen").await;
    screenshot(&driver, "print-11-consult-pdf-done-ar.png").await;
    let text = pdftotext(&pdf, "consult-pdf-ar.pdf");
    let got = words(&text);
    // Overview, list of documents, the letter's two pages, details, advisor's notes.
    assert_eq!(pdf_pages(&pdf, "consult-pdf-ar.pdf"), 6, "{text}");
    assert_eq!(data["pages"], 6);
    for line in [
        "Niederschrift PDFLETTERMARKER Anhoerung",
        "Seite eins des Briefes",
        "Zweite Seite QUILLMARKER Unterschrift",
    ] {
        assert!(contains_words(&got, &words(line)), "{line} not in\n{text}");
    }
    for page in [1, 2] {
        let caption = de.msg_args(
            "pdf-pages-caption",
            &[
                ("title", Arg::Str(TITLE)),
                ("page", Arg::Num(f64::from(page))),
                ("count", Arg::Num(2.0)),
            ],
        );
        assert!(
            contains_words(&got, &words(&caption)),
            "{caption} not in\n{text}"
        );
    }
    for cat in [&de, &ar] {
        assert!(
            !contains_words(&got, &words(&cat.msg("pdf-pages-left-out-title"))),
            "no explaining page"
        );
        assert!(contains_words(
            &got,
            &words(&cat.msg("pdf-consult-summary"))
        ));
    }
    let dump = raw_storage(&driver).await;
    assert_no_plaintext(
        &dump,
        &[
            TITLE,
            "PDFLETTERMARKER QUILLMARKER Unterschrift",
            PASSPHRASE,
        ],
    );
    driver.quit().await.unwrap();
}

/// The consultation printout in German + Arabic with Dresden chosen and no folder (#13 §11):
/// it lists the town's office of the chosen tabs with how old its facts are ("Angaben von
/// 2015"), in both languages.
#[tokio::test(flavor = "multi_thread")]
async fn the_consultation_printout_lists_the_towns_contacts_with_the_facts_age() {
    let app = App::start("ar", 390).await;
    app.wait_for(".tab-card", "the home screen").await;
    TownScreen::open(&app).await.choose("dresden").await;
    app.go("#/print").await;
    app.wait_for(".print-screen .print-button", "the print screen")
        .await;
    let pdf = Printout::make(&app, ".print-screen").await.bytes;
    let got = words(&pdftotext(&pdf, "consult-dresden-ar.pdf"));
    let content = dresden();
    let abh = content.contact("auslaenderbehoerde").unwrap();
    let organisation = abh.organisation.clone().unwrap();
    assert!(
        contains_words(&got, &words(&organisation)),
        "{organisation} not in the printout"
    );
    for code in ["de", "ar"] {
        let cat = catalog(code);
        for want in [
            cat.msg("tab-section-contacts"),
            cat.msg_args("contact-facts-as-of", &[("year", Arg::Str("2015"))]),
        ] {
            assert!(contains_words(&got, &words(&want)), "{code}: {want}");
        }
    }
    app.finish().await;
}
