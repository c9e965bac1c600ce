//! The core flows in Firefox (Gecko) and in WebKitGTK's MiniBrowser (WebKit, the engine of
//! Safari), one browser session per engine (#18; docs/browsers.md). Chromium runs the whole
//! suite, these flows included, in the other test files. `cargo xtask test --engines all` runs this
//! file as a step of its own.
//!
//! In each engine: the harness sees console errors and uncaught exceptions (the page's own
//! record, `src/test_console.rs`); first visit and an RTL language (Arabic); create a folder and
//! see the recovery sheet (it never appeared in Firefox); add a photo (turned by its EXIF
//! orientation) and a PDF; lock and unlock; the raw-storage scan (IndexedDB, localStorage,
//! sessionStorage, Cache Storage: ciphertext and the build's own files only); the consultation
//! printout and a blank folder, offered with the fallbacks of this engine (no Web Share with
//! files: "Save as file"); what the folder screen says when the browser does not promise to keep
//! the data; export a backup, delete the folder, import the backup; then offline, the main
//! screens from the service worker.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::path::PathBuf;
use std::time::{Duration, Instant};

use e2e::vault::{
    assert_no_plaintext, assert_opaque_keys, click, create_folder, error_id, import, lock_now,
    raw_storage, stored_count, type_into, unlock, vault_entries, wait_status,
};
use e2e::{
    Browser, Driver, Engine, Server, built_dist, capture_downloads, captured_download,
    console_problems, console_watched, engine_browser, js, repo_root, screenshot, wait_js,
};
use serde_json::Value;
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "Gelber Umschlag vom Amt 2026";
const TITLE: &str = "ENGINETITLE-5d1f Anhörung Niederschrift";

fn fixture(name: &str) -> PathBuf {
    repo_root().join("tests/e2e/fixtures").join(name)
}

async fn go(b: &WebDriver, origin: &str, hash: &str) {
    b.goto(format!("{origin}/{hash}")).await.unwrap();
}

/// The page is in Arabic, right to left, with German beside it.
async fn assert_arabic(b: &WebDriver, what: &str) {
    let got = wait_js(
        b,
        "document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl' \
         && document.querySelector('[lang=\"de\"]') \
         ? getComputedStyle(document.body).direction : ''",
        &format!("Arabic, right to left ({what})"),
    )
    .await;
    assert_eq!(got, "rtl", "{what}");
}

/// The harness sees, in this engine too, a console error, an uncaught exception, a promise
/// rejection nobody handled and a Content-Security-Policy violation.
///
/// Firefox runs WebDriver's scripts in a sandbox whose own exceptions the page never sees, so
/// the rejection comes from the page's own code (a test hook asked for a page that does not
/// exist) and the exception is dispatched as the browser would.
async fn assert_console_is_watched(b: &WebDriver, engine: Engine) {
    assert!(
        console_watched(b).await,
        "{}: the page does not record its console",
        engine.name()
    );
    assert!(console_problems(b).await.is_empty());
    b.execute(
        "console.error('marker-console-error'); \
         window.dispatchEvent(new ErrorEvent('error', { message: 'marker-uncaught' })); \
         setTimeout(window.__meinOrdnerBlob, 0, 'marker-no-such-page'); \
         const b = document.createElement('button'); \
         b.setAttribute('onclick', 'void 0'); document.body.append(b); b.click(); b.remove(); \
         return 1;",
        Vec::new(),
    )
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let problems = console_problems(b).await;
    for marker in [
        "marker-console-error",
        "marker-uncaught",
        "unhandled rejection",
        "Content-Security-Policy",
    ] {
        assert!(
            problems.iter().any(|p| p.contains(marker)),
            "{}: {marker} not seen: {problems:?}",
            engine.name()
        );
    }
    assert!(console_problems(b).await.is_empty(), "reading empties it");
}

/// Presses the print button in `scope` and returns the PDF's bytes (the Blob the page offers).
async fn make_pdf(b: &WebDriver, scope: &str) -> Vec<u8> {
    capture_downloads(b).await;
    click(b, &format!("{scope} .print-button")).await;
    let state = wait_js(
        b,
        &format!(
            "document.querySelector('{scope} #print-result')?.dataset.bytes \
             || document.querySelector('{scope} .print-error')?.dataset.error"
        ),
        "the PDF",
    )
    .await;
    assert!(
        js(
            b,
            &format!("!!document.querySelector('{scope} #print-result')")
        )
        .await
            == Value::Bool(true),
        "printing failed: {state}"
    );
    let bytes = captured_download(b).await;
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    assert_eq!(state.as_str().unwrap(), bytes.len().to_string());
    bytes
}

/// The file offer in `scope` has what this browser can do: "Share" only where the browser can
/// share a file (`navigator.canShare({files})`), "Save as file" always; saving says so.
async fn assert_offer_fits(b: &Browser, scope: &str) {
    let can_share = js(
        b,
        "(() => { try { return !!(navigator.canShare && navigator.canShare({ files: \
         [new File(['%PDF-'], 'a.pdf', { type: 'application/pdf' })] })); } \
         catch (_) { return false; } })()",
    )
    .await;
    let offered = js(
        b,
        &format!("!!document.querySelector('{scope} .file-offer .file-share')"),
    )
    .await;
    assert_eq!(offered, can_share, "Share offered only where it works");
    click(b, &format!("{scope} .file-offer .file-save")).await;
    let name = wait_js(
        b,
        &format!("document.querySelector('{scope} .file-saved')?.dataset.file"),
        "the saved notice",
    )
    .await;
    assert!(name.as_str().unwrap().ends_with(".pdf"), "{name}");
}

async fn core_flows(engine: Engine) {
    let started = Instant::now();
    let dist = built_dist();
    let mut server = Server::start(&dist);
    let origin = server.origin();
    let wd = Driver::start_engine(engine);
    let b = engine_browser(&wd, &server, 390, 844).await;
    eprintln!(
        "{}: {}",
        engine.name(),
        b.execute("return navigator.userAgent;", Vec::new())
            .await
            .unwrap()
            .json()
    );

    // --- First visit: the language choice; Arabic turns the page right to left. ---
    go(&b, &origin, "").await;
    wait_js(&b, e2e::APP_LANGUAGE_CHOICE, "the language choice").await;
    assert_console_is_watched(&b, engine).await;
    click(&b, ".lang-choice[data-lang='ar']").await;
    assert_arabic(&b, "home").await;
    wait_js(
        &b,
        "document.querySelectorAll('a[href^=\"#/tab/\"]').length >= 10",
        "the ten tabs",
    )
    .await;
    screenshot(&b, &format!("engine-{}-1-home-ar.png", engine.name())).await;

    // --- Create a folder: the recovery sheet is shown (Firefox never showed it, #18). ---
    go(&b, &origin, "#/folder").await;
    wait_status(&b, "empty").await;
    let key = create_folder(&b, PASSPHRASE).await;
    assert_eq!(key.split('-').count(), 9, "nine groups: {key}");

    // --- The browser's promise to keep the data: where it cannot say (WebKit has no
    // navigator.storage) or says no, the screen asks for a backup. ---
    let has_persist = js(
        &b,
        "!!(navigator.storage && typeof navigator.storage.persist === 'function')",
    )
    .await;
    eprintln!(
        "{}: navigator.storage.persist: {has_persist}",
        engine.name()
    );
    wait_js(
        &b,
        "document.querySelector('.vault-storage .vault-hint')?.textContent.length > 0",
        "the storage hint",
    )
    .await;

    // --- Add a photo (EXIF orientation 6: stored upright) and a PDF to the first tab. ---
    go(&b, &origin, "#/tab/arrival").await;
    wait_js(&b, "document.querySelector('.doc-add')", "the add button").await;
    click(&b, ".doc-add").await;
    wait_js(&b, "document.querySelector('#doc-type')", "the add form").await;
    js(
        &b,
        "(() => { const e = document.querySelector('#doc-type'); e.value = 'bamf-anhoerung'; \
         e.dispatchEvent(new Event('change', { bubbles: true })); return 1; })()",
    )
    .await;
    type_into(&b, "#doc-title", TITLE).await;
    let files = [fixture("page1-exif-rot6-gps.jpg"), fixture("tiny.pdf")];
    // Both at once: WebKitWebDriver replaces, rather than adds to, what a second call chose.
    let paths: Vec<&str> = files.iter().map(|f| f.to_str().unwrap()).collect();
    b.find(By::Css("#doc-files"))
        .await
        .unwrap()
        .send_keys(paths.join("\n"))
        .await
        .unwrap();
    wait_js(
        &b,
        "document.querySelectorAll('.doc-edit-page').length === 2 && !document.querySelector('.doc-progress')",
        "the photo and the PDF",
    )
    .await;
    click(&b, ".doc-save").await;
    wait_js(
        &b,
        "document.querySelector('.doc-view .doc-heading') \
         && document.querySelector('.doc-page[data-mime=\"application/pdf\"]')",
        "the stored document",
    )
    .await;
    let photo = wait_js(
        &b,
        "(() => { const i = document.querySelector('.doc-page img'); \
         return i && i.complete && i.naturalWidth > 0 ? [i.naturalWidth, i.naturalHeight] : null; })()",
        "the photo",
    )
    .await;
    assert_eq!(
        photo,
        serde_json::json!([160, 240]),
        "{}: Orientation=6, 240x160 stored upright as 160x240",
        engine.name()
    );
    screenshot(&b, &format!("engine-{}-2-document-ar.png", engine.name())).await;

    // --- Lock and unlock. ---
    go(&b, &origin, "#/folder").await;
    wait_status(&b, "unlocked").await;
    lock_now(&b).await;
    assert_arabic(&b, "locked").await;
    unlock(&b, PASSPHRASE).await;
    wait_status(&b, "unlocked").await;
    go(&b, &origin, "#/tab/arrival").await;
    wait_js(
        &b,
        &format!(
            "Array.from(document.querySelectorAll('.doc-item .doc-title')).some((e) => e.textContent.includes('{TITLE}'))"
        ),
        "the document after unlocking",
    )
    .await;

    // --- Raw storage: ciphertext under opaque keys; Cache Storage holds only the build. ---
    let dump = raw_storage(&b).await;
    assert_opaque_keys(&dump);
    assert!(stored_count(&dump, "blobs") >= 2, "photo and PDF stored");
    assert_no_plaintext(&dump, &[TITLE, PASSPHRASE, &key]);
    e2e::assert_storage_clean(&b).await;

    // --- The consultation printout and a blank folder: a PDF each, offered as this browser can. ---
    go(&b, &origin, "#/print").await;
    wait_js(
        &b,
        "document.querySelector('.print-screen .print-button')",
        "the print screen",
    )
    .await;
    let consult = make_pdf(&b, ".print-screen").await;
    assert!(
        consult.len() > 1000,
        "consultation PDF of {} bytes",
        consult.len()
    );
    assert_offer_fits(&b, ".print-screen").await;
    go(&b, &origin, "#/office/blank").await;
    wait_js(
        &b,
        "document.querySelector('#print-blank-lang')",
        "the blank-folder screen",
    )
    .await;
    let blank = make_pdf(&b, ".print-screen").await;
    assert!(
        blank.len() > 1000,
        "blank folder PDF of {} bytes",
        blank.len()
    );
    screenshot(&b, &format!("engine-{}-3-print-ar.png", engine.name())).await;

    // --- Export a backup, delete the folder, import the backup. ---
    go(&b, &origin, "#/folder").await;
    wait_status(&b, "unlocked").await;
    capture_downloads(&b).await;
    type_into(&b, "#vault-export-passphrase", PASSPHRASE).await;
    click(&b, "#vault-export").await;
    let backup = captured_download(&b).await;
    assert!(backup.len() > 1000, "backup of {} bytes", backup.len());
    let backup_path = std::env::temp_dir().join(format!(
        "ordner-engine-{}-{}.meinordner",
        engine.name(),
        std::process::id()
    ));
    std::fs::write(&backup_path, &backup).unwrap();
    click(&b, "#vault-delete").await;
    click(&b, "#vault-delete-yes").await;
    wait_status(&b, "empty").await;
    assert!(vault_entries(&raw_storage(&b).await).is_empty());
    import(&b, &backup_path, "a wrong passphrase").await;
    assert_eq!(error_id(&b, ".vault-import").await, "vault-error-decrypt");
    js(
        &b,
        "(() => { document.querySelector('.vault-import .vault-error').removeAttribute('data-error'); return 1; })()",
    )
    .await;
    wait_js(
        &b,
        "!document.querySelector('#vault-import-button').disabled",
        "idle",
    )
    .await;
    import(&b, &backup_path, PASSPHRASE).await;
    wait_status(&b, "unlocked").await;
    wait_js(
        &b,
        "document.querySelector('#vault-folder-notice')?.textContent.length > 0",
        "the imported notice",
    )
    .await;
    let _ = std::fs::remove_file(&backup_path);
    go(&b, &origin, "#/tab/arrival").await;
    wait_js(
        &b,
        &format!(
            "Array.from(document.querySelectorAll('.doc-item .doc-title')).some((e) => e.textContent.includes('{TITLE}'))"
        ),
        "the document after the import",
    )
    .await;
    assert_no_plaintext(&raw_storage(&b).await, &[TITLE, PASSPHRASE, &key]);

    // --- Offline: the server is gone; the main screens open from the service worker. ---
    wait_js(
        &b,
        "navigator.serviceWorker.controller !== null",
        "the service worker",
    )
    .await;
    server.stop();
    // Opened anew each time, as a person opens the app (a WebDriver refresh in Firefox bypasses
    // the service worker, as Shift+Reload does).
    for hash in ["", "#/tab/arrival", "#/folder", "#/print"] {
        b.goto("about:blank").await.unwrap();
        go(&b, &origin, hash).await;
        assert_arabic(&b, &format!("offline {hash}")).await;
        if hash == "#/folder" {
            wait_status(&b, "locked").await;
        }
    }
    screenshot(&b, &format!("engine-{}-4-offline-ar.png", engine.name())).await;
    b.quit().await.unwrap();
    eprintln!(
        "{}: core flows in {:.1} s",
        engine.name(),
        started.elapsed().as_secs_f64()
    );
}

// Run by `cargo xtask test --engines all` (its own step, timed apart from Chromium's), or by
// `cargo test -p e2e --test engines -- --ignored` after `cargo xtask setup --engines all`.
#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Firefox and WebKit: cargo xtask test --engines all"]
async fn core_flows_in_firefox() {
    core_flows(Engine::Firefox).await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs Firefox and WebKit: cargo xtask test --engines all"]
async fn core_flows_in_webkit() {
    core_flows(Engine::WebKit).await;
}
