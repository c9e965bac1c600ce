//! Filed documents end to end in headless Chromium (390 px wide, German + English, then German +
//! Arabic): create a folder, add a two-page document from real JPEG files (one with EXIF
//! Orientation=6 and GPS tags), refuse an unsupported file (nothing stored), see the document
//! under its tab with its checklist item ticked, lock and unlock, open it (turned correctly, no
//! metadata left in the stored page), and scan the raw IndexedDB and localStorage bytes for the
//! title, the notes and every piece of the original EXIF/GPS segment.
//!
//! Also: a full storage in the middle of a save, a PDF page kept byte for byte, edit (turn,
//! reorder) and delete.
//!
//! Fixtures: `tests/e2e/fixtures/` (made once by `make_fixtures.py`).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::path::PathBuf;

use e2e::vault::{
    assert_opaque_keys, click, hex_utf16le, raw_storage, stored_count, type_into, vault_entries,
};
use e2e::{Driver, Server, browser, built_dist, js, repo_root, screenshot, wait_js};
use serde_json::Value;
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "Gelber Umschlag vom Amt 2026";
const TITLE: &str = "TITLEMARKER-7c2e Anmeldung Hauptstraße";
const NOTES: &str = "NOTESMARKER-91ab Termin Bürgeramt mitnehmen";

/// The decrypted bytes of the first page as hex, through the test hook (the page's CSP keeps
/// `fetch` away from its `blob:` URLs).
const PAGE_HEX: &str = r#"
const done = arguments[arguments.length - 1];
window.__meinOrdnerBlob(document.querySelector('.doc-page').dataset.blob).then((b) =>
  done(Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')),
  (e) => done('error: ' + e));
"#;

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/e2e/fixtures").join(name)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The EXIF APP1 segment of a JPEG (marker to end).
fn exif_segment(jpeg: &[u8]) -> Vec<u8> {
    let mut i = 2;
    while i + 4 <= jpeg.len() {
        assert_eq!(jpeg[i], 0xFF, "JPEG marker expected");
        let marker = jpeg[i + 1];
        let len = usize::from(u16::from_be_bytes([jpeg[i + 2], jpeg[i + 3]]));
        if marker == 0xE1 && jpeg[i + 4..].starts_with(b"Exif") {
            return jpeg[i..i + 2 + len].to_vec();
        }
        i += 2 + len;
    }
    panic!("no EXIF segment in the fixture");
}

/// Asserts that none of the marker texts, nor any 12-byte piece of the original EXIF segment
/// (with its GPS position and camera make), occurs in `hex_text`.
fn assert_clean(hex_text: &str, texts: &[&str], exif: &[u8], what: &str) {
    let lower = hex_text.to_lowercase();
    for text in texts {
        for part in text.split_whitespace().filter(|p| p.len() >= 6) {
            assert!(
                !lower.contains(&hex(part.as_bytes())),
                "{part:?} (UTF-8) in {what}"
            );
            assert!(
                !lower.contains(&hex_utf16le(part)),
                "{part:?} (UTF-16) in {what}"
            );
        }
    }
    for marker in [&b"Exif\0\0"[..], b"GPSMARKERCAM"] {
        assert!(!lower.contains(&hex(marker)), "{marker:?} in {what}");
    }
    for chunk in exif.chunks_exact(12) {
        assert!(
            !lower.contains(&hex(chunk)),
            "a piece of the original EXIF/GPS segment ({}) in {what}",
            hex(chunk)
        );
    }
}

/// Sets an input's value as typing would (`input` event; date inputs take `YYYY-MM-DD`).
async fn set_value(driver: &WebDriver, css: &str, value: &str, event: &str) {
    js(
        driver,
        &format!(
            "(() => {{ const e = document.querySelector('{css}'); e.value = '{value}'; \
             e.dispatchEvent(new Event('{event}', {{ bubbles: true }})); return 1; }})()"
        ),
    )
    .await;
}

async fn choose_files(driver: &WebDriver, css: &str, files: &[PathBuf]) {
    let paths: Vec<String> = files
        .iter()
        .map(|p| p.to_str().unwrap().to_owned())
        .collect();
    let input = driver.find(By::Css(css)).await.unwrap();
    input.send_keys(paths.join("\n")).await.unwrap();
}

async fn goto(driver: &WebDriver, origin: &str, hash: &str) {
    driver.goto(format!("{origin}/{hash}")).await.unwrap();
}

async fn set_language(driver: &WebDriver, origin: &str, lang: &str) {
    driver.goto(format!("{origin}/")).await.unwrap();
    js(
        driver,
        &format!("(localStorage.setItem('mein-ordner-lang', JSON.stringify('{lang}')), 1)"),
    )
    .await;
    driver.refresh().await.unwrap();
}

async fn create_folder(driver: &WebDriver, origin: &str) {
    goto(driver, origin, "#/folder").await;
    wait_js(
        driver,
        "document.querySelector('section.vault[data-vault-status=\"empty\"]')",
        "an empty vault",
    )
    .await;
    type_into(driver, "#vault-new-1", PASSPHRASE).await;
    type_into(driver, "#vault-new-2", PASSPHRASE).await;
    click(driver, "#vault-understood").await;
    click(driver, "#vault-create-button").await;
    wait_js(
        driver,
        "document.querySelector('#vault-sheet-done')",
        "the recovery sheet",
    )
    .await;
    click(driver, "#vault-sheet-done").await;
    wait_js(
        driver,
        "document.querySelector('section.vault[data-vault-status=\"unlocked\"]')",
        "unlocked",
    )
    .await;
}

async fn unlock(driver: &WebDriver, origin: &str) {
    goto(driver, origin, "#/folder").await;
    wait_js(
        driver,
        "document.querySelector('#vault-passphrase')",
        "the unlock form",
    )
    .await;
    type_into(driver, "#vault-passphrase", PASSPHRASE).await;
    click(driver, "#vault-unlock-button").await;
    wait_js(
        driver,
        "document.querySelector('section.vault[data-vault-status=\"unlocked\"]')",
        "unlocked",
    )
    .await;
}

/// Waits until every page image of the opened document has loaded; returns
/// `[[naturalWidth, naturalHeight], ...]`.
async fn loaded_pages(driver: &WebDriver, count: usize) -> Value {
    wait_js(
        driver,
        &format!(
            "(() => {{ const i = Array.from(document.querySelectorAll('.doc-page img')); \
             return i.length === {count} && i.every((x) => x.complete && x.naturalWidth > 0) \
             ? i.map((x) => [x.naturalWidth, x.naturalHeight]) : null; }})()"
        ),
        "the pages",
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn documents_add_lock_unlock_open_and_raw_storage() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let page1 = fixture("page1-exif-rot6-gps.jpg");
    let page2 = fixture("page2-plain.jpg");
    let exif = exif_segment(&std::fs::read(&page1).unwrap());
    assert!(exif.len() > 100, "the fixture's EXIF segment is there");

    let driver = browser(&chromedriver, server.port, 390, 844).await;
    set_language(&driver, &origin, "en").await;

    // --- Locked (no folder yet): the tab says where documents are, with a link. ---
    goto(&driver, &origin, "#/tab/housing").await;
    wait_js(
        &driver,
        "document.querySelector('.tab-documents .doc-locked a[href=\"#/folder\"]')",
        "the locked notice",
    )
    .await;

    create_folder(&driver, &origin).await;

    // --- Add a document behind "Wohnen": type, fields, two pages. ---
    goto(&driver, &origin, "#/tab/housing").await;
    wait_js(
        &driver,
        "document.querySelector('.tab-documents .doc-empty')",
        "no documents yet",
    )
    .await;
    let item_key = js(
        &driver,
        "document.querySelector('.check-item:has([data-doctype=\"mietvertrag\"])')?.dataset.key",
    )
    .await;
    let item_key = item_key
        .as_str()
        .expect("a checklist item names the Mietvertrag")
        .to_owned();
    let ticked_js =
        format!("document.querySelector('.check-item[data-key=\"{item_key}\"] input').checked");
    assert_eq!(js(&driver, &ticked_js).await, Value::Bool(false));
    click(&driver, ".doc-add").await;
    wait_js(
        &driver,
        "document.querySelector('#doc-type')",
        "the add form",
    )
    .await;
    // No type chosen: the field's message, nothing stored.
    let before = raw_storage(&driver).await;
    click(&driver, ".doc-save").await;
    wait_js(
        &driver,
        "document.querySelector('#doc-type-error[data-error=\"doc-error-type\"]')",
        "the type message",
    )
    .await;
    assert_eq!(
        js(&driver, "document.activeElement.id").await,
        "doc-type",
        "focus on the field"
    );
    assert_eq!(
        vault_entries(&before),
        vault_entries(&raw_storage(&driver).await)
    );
    set_value(&driver, "#doc-type", "mietvertrag", "change").await;
    type_into(&driver, "#doc-title", TITLE).await;
    type_into(&driver, "#doc-issuer", "Bürgeramt Dresden").await;
    set_value(&driver, "#doc-received", "2026-11-20", "input").await;
    // A rental contract asks for the day of moving in (it starts the Anmeldung deadline): today.
    wait_js(
        &driver,
        "document.querySelector('#doc-moved-in')",
        "the moved-in field",
    )
    .await;
    let today = js(&driver, "(() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); })()").await;
    set_value(&driver, "#doc-moved-in", today.as_str().unwrap(), "input").await;
    type_into(&driver, "#doc-notes", NOTES).await;

    // An unsupported file: its message, no page.
    choose_files(&driver, "#doc-files", &[fixture("not-a-photo.txt")]).await;
    wait_js(
        &driver,
        "document.querySelector('.doc-file-errors [data-error=\"doc-error-unsupported\"]')",
        "the unsupported-file message",
    )
    .await;
    assert_eq!(
        js(
            &driver,
            "document.querySelectorAll('.doc-edit-page').length"
        )
        .await,
        0
    );

    choose_files(&driver, "#doc-files", &[page1.clone(), page2.clone()]).await;
    wait_js(
        &driver,
        "document.querySelectorAll('.doc-edit-page .doc-thumb img').length === 2 && !document.querySelector('.doc-progress')",
        "two processed pages",
    )
    .await;
    assert!(
        js(&driver, "document.querySelector('.doc-file-errors')")
            .await
            .is_null(),
        "the errors of the last choice are gone"
    );
    screenshot(&driver, "documents-1-add-en.png").await;
    click(&driver, ".doc-save").await;

    // --- The document opens: EXIF orientation applied, no metadata in the stored page. ---
    wait_js(
        &driver,
        "document.querySelector('.doc-view .doc-heading')",
        "the document",
    )
    .await;
    let sizes = loaded_pages(&driver, 2).await;
    assert_eq!(
        sizes[0],
        serde_json::json!([160, 240]),
        "Orientation=6: 240x160 shown as 160x240"
    );
    assert_eq!(sizes[1], serde_json::json!([200, 280]));
    // The red edge of the fixture is at the top once turned.
    let red_top = js(
        &driver,
        "(() => { const i = document.querySelector('.doc-page img'); const c = document.createElement('canvas'); \
         c.width = i.naturalWidth; c.height = i.naturalHeight; const x = c.getContext('2d'); x.drawImage(i, 0, 0); \
         const top = x.getImageData(80, 8, 1, 1).data, bottom = x.getImageData(80, 230, 1, 1).data; \
         return [top[0] > 150 && top[1] < 90, bottom[0] > 150 && bottom[1] < 90]; })()",
    )
    .await;
    assert_eq!(red_top, serde_json::json!([true, false]), "red edge on top");
    let page_hex = driver
        .execute_async(PAGE_HEX, Vec::new())
        .await
        .unwrap()
        .json()
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        page_hex.starts_with("ffd8"),
        "a JPEG: {}",
        &page_hex[..20.min(page_hex.len())]
    );
    assert_clean(&page_hex, &[], &exif, "the stored page");
    let text = js(&driver, "document.querySelector('.doc-view').textContent").await;
    assert!(text.as_str().unwrap().contains(TITLE));
    assert!(text.as_str().unwrap().contains(NOTES));
    // Its deadline: register the address within 2 weeks of moving in, with "not legal advice".
    wait_js(
        &driver,
        "document.querySelector('.doc-deadlines .due-item[data-kind=\"register-address\"]')",
        "the Anmeldung deadline",
    )
    .await;
    assert_eq!(
        js(
            &driver,
            "document.querySelector('.doc-deadlines .due-item a[href^=\"#/doc/\"]') === null"
        )
        .await,
        true,
        "the deadline in the document's own view does not link to that same page"
    );
    screenshot(&driver, "documents-2-view-en.png").await;
    js(
        &driver,
        "(document.querySelector('.doc-deadlines').scrollIntoView(), 1)",
    )
    .await;
    screenshot(&driver, "documents-2b-deadline-en.png").await;
    // ... and due soon on the home screen, linking back to the document.
    goto(&driver, &origin, "#/").await;
    wait_js(
        &driver,
        "document.querySelector('.due-item[data-kind=\"register-address\"] a[href^=\"#/doc/\"]')",
        "due soon on home",
    )
    .await;

    // --- Under its tab, with its checklist item ticked. ---
    goto(&driver, &origin, "#/tab/housing").await;
    wait_js(
        &driver,
        // Thumbnails load when scrolled near: the list is below the tab's checklist.
        "(document.querySelector('.tab-documents .doc-item')?.scrollIntoView(), \
         document.querySelectorAll('.tab-documents .doc-item .doc-thumb img').length === 1)",
        "the document in the list",
    )
    .await;
    assert_eq!(
        js(&driver, &ticked_js).await,
        Value::Bool(true),
        "filing ticks the item"
    );
    let listed = js(
        &driver,
        "document.querySelector('.doc-item .doc-title').textContent",
    )
    .await;
    assert_eq!(listed, TITLE);
    js(
        &driver,
        "document.querySelector('.tab-documents').scrollIntoView()",
    )
    .await;
    screenshot(&driver, "documents-3-tab-en.png").await;

    // --- The stored bytes: one record, two pages, two thumbnails, all ciphertext. ---
    let dump = raw_storage(&driver).await;
    let entries = vault_entries(&dump);
    // Opaque keys: no kind, no document or page id.
    assert_opaque_keys(&dump);
    assert!(stored_count(&dump, "records") >= 1, "{entries:?}");
    assert_eq!(
        stored_count(&dump, "blobs"),
        4,
        "two pages and two thumbnails"
    );
    let all_hex: String = dump["idb"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e[3].as_str().unwrap())
        .collect::<Vec<_>>()
        .join(" ");
    assert_clean(
        &all_hex,
        &[TITLE, NOTES, "Bürgeramt Dresden"],
        &exif,
        "raw IndexedDB",
    );
    let local = dump["local"].to_string();
    let local_keys: Vec<&str> = dump["local"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e[0].as_str().unwrap())
        .collect();
    assert_eq!(local_keys, ["mein-ordner-lang"], "only the language");
    for marker in ["TITLEMARKER", "NOTESMARKER", "GPSMARKERCAM"] {
        assert!(!local.contains(marker), "{marker} in localStorage");
    }

    // --- Lock: the list is gone, the notice links to the folder. ---
    e2e::vault::lock_now(&driver).await;
    js(&driver, "(location.hash = '#/tab/housing', 1)").await;
    wait_js(
        &driver,
        "document.querySelector('.tab-documents .doc-locked')",
        "the locked notice",
    )
    .await;
    screenshot(&driver, "documents-3b-locked-en.png").await;
    assert!(
        js(&driver, "document.querySelector('.doc-item')")
            .await
            .is_null()
    );
    assert!(
        !js(&driver, "document.body.textContent")
            .await
            .as_str()
            .unwrap()
            .contains("TITLEMARKER")
    );

    // --- Unlock and open it again. ---
    unlock(&driver, &origin).await;
    goto(&driver, &origin, "#/tab/housing").await;
    wait_js(
        &driver,
        "document.querySelector('.doc-item .doc-link')",
        "the list after unlock",
    )
    .await;
    click(&driver, ".doc-item .doc-link").await;
    let sizes = loaded_pages(&driver, 2).await;
    assert_eq!(sizes[0], serde_json::json!([160, 240]));

    // --- An unsupported file in a new document stores nothing. ---
    let before = vault_entries(&raw_storage(&driver).await);
    goto(&driver, &origin, "#/tab/documents/add").await;
    wait_js(
        &driver,
        "document.querySelector('#doc-files')",
        "the add form",
    )
    .await;
    set_value(&driver, "#doc-type", "sonstiges", "change").await;
    choose_files(&driver, "#doc-files", &[fixture("not-a-photo.txt")]).await;
    wait_js(
        &driver,
        "document.querySelector('[data-error=\"doc-error-unsupported\"]')",
        "the message",
    )
    .await;
    assert_eq!(
        before,
        vault_entries(&raw_storage(&driver).await),
        "nothing stored"
    );

    // --- Files over the limits (a 60 MB "photo", a 21 MB PDF): their messages name the limit;
    // nothing is read or stored. ---
    for (name, mime, mb, error) in [
        ("huge.jpg", "image/jpeg", 60, "doc-error-image-too-large"),
        ("huge.pdf", "application/pdf", 21, "doc-error-pdf-too-large"),
    ] {
        js(
            &driver,
            &format!(
                "(() => {{ const head = '{mime}' === 'application/pdf' ? '%PDF-1.7' : '\\xff\\xd8\\xff'; \
                 const f = new File([head, new Uint8Array({mb} * 1000 * 1000)], '{name}', {{ type: '{mime}' }}); \
                 const dt = new DataTransfer(); dt.items.add(f); const i = document.querySelector('#doc-files'); \
                 i.files = dt.files; i.dispatchEvent(new Event('change', {{ bubbles: true }})); return 1; }})()"
            ),
        )
        .await;
        let text = wait_js(
            &driver,
            &format!(
                "document.querySelector('.doc-file-errors [data-error=\"{error}\"]')?.textContent"
            ),
            error,
        )
        .await;
        let limit = if error == "doc-error-image-too-large" {
            "40"
        } else {
            "20"
        };
        assert!(text.as_str().unwrap().contains(limit), "{text}");
    }
    assert_eq!(
        js(
            &driver,
            "document.querySelectorAll('.doc-edit-page').length"
        )
        .await,
        0
    );
    assert_eq!(
        before,
        vault_entries(&raw_storage(&driver).await),
        "nothing stored"
    );

    // --- Storage full in the middle of the save (the browser's QuotaExceededError on the third
    // write: record and page written, thumbnail refused): the message, nothing half-stored. ---
    choose_files(&driver, "#doc-files", std::slice::from_ref(&page2)).await;
    wait_js(&driver, "document.querySelectorAll('.doc-edit-page .doc-thumb img').length === 1 && !document.querySelector('.doc-progress')", "the page").await;
    js(
        &driver,
        "(() => { const put = IDBObjectStore.prototype.put; window.__put = put; let calls = 0; \
         IDBObjectStore.prototype.put = function (...args) { calls += 1; \
           if (calls === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); \
           return put.apply(this, args); }; return 1; })()",
    )
    .await;
    click(&driver, ".doc-save").await;
    wait_js(
        &driver,
        "document.querySelector('.doc-form .vault-error[data-error=\"doc-error-storage-full\"]')",
        "the storage-full message",
    )
    .await;
    screenshot(&driver, "documents-3c-storage-full-en.png").await;
    assert_eq!(
        before,
        vault_entries(&raw_storage(&driver).await),
        "nothing half-stored"
    );
    assert_eq!(
        js(
            &driver,
            "document.querySelectorAll('.doc-edit-page').length"
        )
        .await,
        1,
        "the page is still there to retry"
    );

    // --- With the storage back: a PDF page is kept byte for byte and opens from a link. ---
    js(&driver, "(IDBObjectStore.prototype.put = window.__put, 1)").await;
    choose_files(&driver, "#doc-files", &[fixture("tiny.pdf")]).await;
    wait_js(&driver, "document.querySelectorAll('.doc-edit-page').length === 2 && !document.querySelector('.doc-progress')", "the PDF page").await;
    click(&driver, ".doc-save").await;
    wait_js(&driver, "document.querySelector('.doc-page[data-mime=\"application/pdf\"] a.doc-open-pdf[href^=\"blob:\"]')", "the PDF link").await;
    let pdf_hex = driver
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             window.__meinOrdnerBlob(document.querySelector('.doc-page[data-mime=\"application/pdf\"]').dataset.blob) \
             .then((b) => done(Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')), (e) => done(String(e)));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    assert_eq!(
        pdf_hex,
        hex(&std::fs::read(fixture("tiny.pdf")).unwrap()),
        "the PDF as it was"
    );
    // Deleted again (with its confirmation): back to the first document's four blobs.
    click(&driver, ".doc-delete").await;
    click(&driver, ".doc-delete-yes").await;
    wait_js(
        &driver,
        "document.querySelector('.tab-page[data-tab=\"documents\"] .doc-empty')",
        "the empty list",
    )
    .await;
    assert_eq!(
        vault_entries(&raw_storage(&driver).await)
            .iter()
            .filter(|(k, _)| k.starts_with("blobs/"))
            .count(),
        4
    );

    // --- German + Arabic: the same screens right to left. ---
    set_language(&driver, &origin, "ar").await;
    unlock(&driver, &origin).await;
    goto(&driver, &origin, "#/tab/housing").await;
    wait_js(
        &driver,
        "(document.querySelector('.doc-item')?.scrollIntoView(), \
         document.querySelector('.doc-item .doc-thumb img'))",
        "the list",
    )
    .await;
    assert_eq!(js(&driver, "document.documentElement.dir").await, "rtl");
    js(
        &driver,
        "document.querySelector('.tab-documents').scrollIntoView()",
    )
    .await;
    screenshot(&driver, "documents-4-tab-ar.png").await;
    click(&driver, ".doc-item .doc-link").await;
    loaded_pages(&driver, 2).await;
    screenshot(&driver, "documents-5-view-ar.png").await;
    click(&driver, ".doc-edit").await;
    wait_js(
        &driver,
        "document.querySelectorAll('.doc-edit-page .doc-thumb img').length === 2",
        "the edit form",
    )
    .await;
    assert_eq!(
        js(&driver, "document.querySelector('#doc-title').value").await,
        TITLE
    );
    js(
        &driver,
        "document.querySelector('.doc-pages-editor').scrollIntoView()",
    )
    .await;
    screenshot(&driver, "documents-6-edit-ar.png").await;
    js(&driver, "(window.scrollTo(0, 0), 1)").await;
    screenshot(&driver, "documents-7-edit-top-ar.png").await;

    // --- Edit: turn page 2, move it first, save; then delete with confirmation. ---
    click(&driver, ".doc-edit-page[data-page=\"2\"] .doc-page-rotate").await;
    wait_js(
        &driver,
        "!document.querySelector('.doc-page-rotate').disabled",
        "turned",
    )
    .await;
    click(&driver, ".doc-edit-page[data-page=\"2\"] .doc-page-up").await;
    click(&driver, ".doc-save").await;
    let sizes = loaded_pages(&driver, 2).await;
    assert_eq!(
        sizes,
        serde_json::json!([[280, 200], [160, 240]]),
        "turned page first"
    );
    let entries = vault_entries(&raw_storage(&driver).await);
    assert_eq!(
        entries
            .iter()
            .filter(|(k, _)| k.starts_with("blobs/"))
            .count(),
        4,
        "the replaced page's blobs are gone"
    );
    let records_before_delete = stored_count(&raw_storage(&driver).await, "records");
    click(&driver, ".doc-delete").await;
    click(&driver, ".doc-delete-yes").await;
    wait_js(
        &driver,
        "document.querySelector('.tab-documents .doc-empty')",
        "deleted",
    )
    .await;
    let dump = raw_storage(&driver).await;
    assert_eq!(
        stored_count(&dump, "blobs"),
        0,
        "{:?}",
        vault_entries(&dump)
    );
    assert_eq!(
        stored_count(&dump, "records"),
        records_before_delete - 1,
        "the document record is gone"
    );
    assert_eq!(
        js(&driver, &ticked_js).await,
        Value::Bool(true),
        "deleting does not untick"
    );

    driver.quit().await.unwrap();
}

/// A long list decrypts only the thumbnails near the visible part of the page; the others load
/// when scrolled to.
#[tokio::test(flavor = "multi_thread")]
async fn thumbnails_of_a_long_list_load_when_scrolled_near() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    set_language(&driver, &origin, "en").await;
    create_folder(&driver, &origin).await;
    let seeded = driver
        .execute_async(
            r"const done = arguments[arguments.length - 1];
            (async () => {
              const c = document.createElement('canvas'); c.width = 60; c.height = 80;
              const x = c.getContext('2d'); x.fillStyle = '#fff'; x.fillRect(0, 0, 60, 80);
              const blob = await new Promise((ok) => c.toBlob(ok, 'image/jpeg', 0.7));
              const bytes = new Uint8Array(await blob.arrayBuffer());
              return await window.__meinOrdnerSeedDocuments(60, 'documents', bytes);
            })().then(done, (e) => done('error: ' + e));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    assert_eq!(seeded, serde_json::json!(60), "seeding: {seeded}");
    goto(&driver, &origin, "#/tab/documents").await;
    wait_js(
        &driver,
        "document.querySelectorAll('.tab-documents .doc-item').length === 60",
        "60 list entries",
    )
    .await;
    // The list is below the tab's checklist: the button at the top says how many documents
    // there are and jumps down to them (the keyboard focus goes along).
    screenshot(&driver, "documents-jump.png").await;
    let jump = driver.find(By::Css(".doc-jump")).await.unwrap();
    assert!(
        jump.text().await.unwrap().contains("60"),
        "the count on the jump button"
    );
    jump.click().await.unwrap();
    wait_js(
        &driver,
        "document.activeElement?.id === 'tab-documents-documents' \
         && document.activeElement.getBoundingClientRect().top < innerHeight",
        "the documents heading focused and in view",
    )
    .await;
    // The entries on screen get their thumbnails ...
    wait_js(
        &driver,
        "(() => { const on = Array.from(document.querySelectorAll('.doc-item .doc-thumb')) \
         .filter((t) => { const r = t.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }); \
         return on.length > 0 && on.every((t) => t.querySelector('img')); })()",
        "the thumbnails on screen",
    )
    .await;
    // ... the last ones, far below, are not decrypted yet.
    let last_loaded = js(
        &driver,
        "(() => { const items = document.querySelectorAll('.doc-item .doc-thumb'); \
         return items[items.length - 1].querySelector('img') !== null; })()",
    )
    .await;
    assert_eq!(last_loaded, serde_json::json!(false));
    let loaded = js(
        &driver,
        "document.querySelectorAll('.doc-item .doc-thumb img').length",
    )
    .await
    .as_u64()
    .unwrap();
    assert!(
        loaded < 60,
        "{loaded} of 60 thumbnails decrypted before scrolling"
    );
    // Scrolled to the end, the last one loads.
    js(
        &driver,
        "(() => { const items = document.querySelectorAll('.doc-item'); \
         items[items.length - 1].scrollIntoView(); return 1; })()",
    )
    .await;
    wait_js(
        &driver,
        "(() => { const items = document.querySelectorAll('.doc-item .doc-thumb'); \
         return items[items.length - 1].querySelector('img'); })()",
        "the last thumbnail after scrolling",
    )
    .await;
    driver.quit().await.unwrap();
}
