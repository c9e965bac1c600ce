//! #12 §1 end to end (390 px, German + Arabic): nothing readable is written outside the folder
//! unless the person chooses it. For every kind of file the app makes (the office's blank
//! folder, the recovery sheet, the consultation printout as PDFs, and the calendar `.ics`):
//!
//! - making it downloads nothing: the browser's download directory stays empty;
//! - "Print" (where the browser shows PDFs) hands the PDF to a frame and downloads nothing;
//! - "Share" (here through a stand-in for `navigator.share`, which headless Chromium on Linux
//!   lacks) receives the very file and downloads nothing;
//! - only "Save as file" writes, and then exactly that one file appears, with the bytes made;
//! - personal files show the "not protected" warning above "Save as file", the recovery sheet
//!   also the one that the file opens the folder; the sheet shows the key to copy by hand and
//!   warns against screenshots;
//! - locking removes the print frame and the offers and revokes every file's object URL.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::time::{Duration, Instant};

use e2e::vault::{click, type_into, wait_status};
use e2e::{Browser, Driver, Server, browser, built_dist, js, screenshot, wait_js};
use serde_json::Value;

const PASSPHRASE: &str = "Roter Schirm im Zug 2016";

/// Records every object URL the page makes and revokes, with the Blob's type.
const TRACK_URLS: &str = "(() => { if (!window.__urls) { \
    const make = URL.createObjectURL.bind(URL), revoke = URL.revokeObjectURL.bind(URL); \
    window.__urls = { made: [], revoked: [] }; \
    URL.createObjectURL = (b) => { const u = make(b); window.__urls.made.push([u, b.type]); return u; }; \
    URL.revokeObjectURL = (u) => { window.__urls.revoked.push(u); return revoke(u); }; } return 1; })()";

/// A stand-in for the Web Share API that keeps what it was handed.
const SHARE_STUB: &str = "(() => { \
    navigator.canShare = (d) => !!(d && d.files && d.files.length === 1); \
    navigator.share = (d) => { const f = d.files[0]; \
      window.__shared = { name: f.name, type: f.type, size: f.size, title: d.title }; \
      return Promise.resolve(); }; \
    window.__shared = null; return 1; })()";

/// Waits long enough for a download the page might have started to show up, then asserts the
/// download directory is empty.
async fn assert_nothing_saved(b: &Browser, step: &str) {
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let files = b.downloaded();
    assert!(
        files.is_empty(),
        "{step}: files in Downloads without \"Save as file\": {files:?}"
    );
}

/// Presses "Save as file" in `scope`, waits until exactly the named file is complete in the
/// download directory, and returns its name and bytes (removing it, so that the next step
/// starts from an empty directory again).
async fn save_and_take(b: &Browser, scope: &str) -> (String, Vec<u8>) {
    click(b, &format!("{scope} .file-save")).await;
    let name = wait_js(
        b,
        &format!("document.querySelector('{scope} .file-saved')?.dataset.file"),
        "the saved notice",
    )
    .await
    .as_str()
    .unwrap()
    .to_owned();
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let files = b.downloaded();
        if files == [name.clone()] {
            break;
        }
        assert!(
            files
                .iter()
                .all(|f| *f == name || f.ends_with(".crdownload")),
            "other files than {name} in Downloads: {files:?}"
        );
        assert!(
            Instant::now() < deadline,
            "{name} did not appear: {files:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // One more look: still exactly that file.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(b.downloaded(), std::slice::from_ref(&name));
    let path = b.download_dir().join(&name);
    let bytes = std::fs::read(&path).unwrap();
    std::fs::remove_file(&path).unwrap();
    (name, bytes)
}

/// Presses the "create PDF" button in `scope` and returns the result's object URL and size.
async fn make_pdf(b: &Browser, scope: &str) -> (String, usize) {
    click(b, &format!("{scope} .print-button")).await;
    let state = wait_js(
        b,
        &format!(
            "document.querySelector('{scope} #print-result')?.dataset.url \
             || document.querySelector('{scope} .print-error')?.dataset.error"
        ),
        "the PDF",
    )
    .await;
    let url = state.as_str().unwrap().to_owned();
    assert!(url.starts_with("blob:"), "printing failed: {state}");
    let bytes = js(
        b,
        &format!("+document.querySelector('{scope} #print-result').dataset.bytes"),
    )
    .await
    .as_u64()
    .unwrap();
    (url, usize::try_from(bytes).unwrap())
}

/// Presses "Print" in `scope`: a frame shows the PDF at `url` (its window opens the dialog).
async fn press_print(b: &Browser, scope: &str, url: &str) {
    click(b, &format!("{scope} .file-print")).await;
    wait_js(
        b,
        &format!("document.querySelector('iframe#print-frame')?.getAttribute('src') === '{url}'"),
        "the print frame",
    )
    .await;
}

/// Presses "Share" in `scope` and returns what the share sheet was handed.
async fn press_share(b: &Browser, scope: &str) -> Value {
    js(b, "(window.__shared = null, 1)").await;
    click(b, &format!("{scope} .file-share")).await;
    wait_js(b, "window.__shared", "the shared file").await
}

async fn warnings(b: &Browser, scope: &str) -> Vec<String> {
    js(
        b,
        &format!(
            "Array.from(document.querySelectorAll('{scope} .file-save-warning'), (w) => w.dataset.warning)"
        ),
    )
    .await
    .as_array()
    .unwrap()
    .iter()
    .map(|v| v.as_str().unwrap().to_owned())
    .collect()
}

async fn has(b: &Browser, css: &str) -> bool {
    js(b, &format!("!!document.querySelector(\"{css}\")")).await == Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_is_saved_until_save_as_file_is_pressed() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let b = browser(&chromedriver, server.port, 390, 844).await;

    b.goto(format!("{origin}/")).await.unwrap();
    js(
        &b,
        "(localStorage.setItem('mein-ordner-lang', JSON.stringify('ar')), 1)",
    )
    .await;
    b.refresh().await.unwrap();
    wait_js(&b, "document.querySelector('.tab-card')", "the home screen").await;
    js(&b, TRACK_URLS).await;
    assert!(b.downloaded().is_empty());
    let viewer = js(&b, "navigator.pdfViewerEnabled === true").await == Value::Bool(true);
    assert!(
        viewer,
        "headless Chromium shows PDFs itself: Print must be offered"
    );

    // --- 1. The office's blank folder: public, printable, no Web Share in this browser. ---
    b.goto(format!("{origin}/#/office/blank")).await.unwrap();
    wait_js(
        &b,
        "document.querySelector('#print-blank-lang')",
        "the blank-folder screen",
    )
    .await;
    let (url, size) = make_pdf(&b, ".print-screen").await;
    assert_nothing_saved(&b, "blank folder made").await;
    // Size and time as each language writes decimals: "0,4 s" in German, "0.4" in Arabic.
    let done_de = js(
        &b,
        "document.querySelector('#print-result .bi-de').textContent",
    )
    .await;
    let done_de = done_de.as_str().unwrap_or_default();
    let seconds_de = done_de
        .split("Zeit: ")
        .nth(1)
        .and_then(|rest| rest.strip_suffix(" s"))
        .unwrap_or_default();
    assert!(
        seconds_de.len() >= 3 && seconds_de.contains(',') && !seconds_de.contains('.'),
        "German time: {done_de}"
    );
    let done_ar = js(
        &b,
        "document.querySelector('#print-result .bi-own').textContent",
    )
    .await;
    let done_ar = done_ar.as_str().unwrap_or_default();
    assert!(
        done_ar.contains(&seconds_de.replace(',', ".")),
        "Arabic time with a point: {done_ar} (German {done_de})"
    );
    assert_eq!(
        js(&b, "typeof navigator.canShare").await,
        "undefined",
        "this browser has no Web Share"
    );
    assert!(
        !has(&b, ".print-screen .file-share").await,
        "Share offered without Web Share"
    );
    assert!(
        warnings(&b, ".print-screen").await.is_empty(),
        "a blank folder is not personal"
    );
    press_print(&b, ".print-screen", &url).await;
    assert_nothing_saved(&b, "blank folder printed").await;
    screenshot(&b, "offer-1-blank-ar.png").await;
    let (name, bytes) = save_and_take(&b, ".print-screen").await;
    assert!(
        name.starts_with("mein-ordner-blanko-de-ar-") && name.ends_with(".pdf"),
        "{name}"
    );
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(bytes.len(), size);

    // From here on, a browser that can share files.
    js(&b, SHARE_STUB).await;

    // --- 2. A new folder's recovery sheet: the key on screen, its PDF never saved by itself. ---
    b.goto(format!("{origin}/#/folder")).await.unwrap();
    wait_status(&b, "empty").await;
    type_into(&b, "#vault-new-1", PASSPHRASE).await;
    type_into(&b, "#vault-new-2", PASSPHRASE).await;
    click(&b, "#vault-understood").await;
    click(&b, "#vault-create-button").await;
    wait_js(
        &b,
        "document.querySelector('.recovery-sheet')",
        "the recovery sheet",
    )
    .await;
    assert_nothing_saved(&b, "folder created").await;
    let groups = js(
        &b,
        "document.querySelectorAll('.recovery-sheet .recovery-group').length",
    )
    .await;
    assert!(
        groups.as_u64().unwrap() >= 4,
        "the key is shown to copy by hand"
    );
    assert!(has(&b, "#recovery-handwrite").await);
    assert!(has(&b, "#recovery-no-screenshot").await);
    let (url, size) = make_pdf(&b, ".recovery-sheet").await;
    assert_nothing_saved(&b, "recovery sheet made").await;
    assert_eq!(
        warnings(&b, ".recovery-sheet").await,
        ["print-save-warning-key", "print-save-warning"]
    );
    screenshot(&b, "offer-2-recovery-ar.png").await;
    let shared = press_share(&b, ".recovery-sheet").await;
    assert!(
        shared["name"]
            .as_str()
            .unwrap()
            .starts_with("mein-ordner-wiederherstellung-ar-"),
        "{shared}"
    );
    assert_eq!(shared["type"], "application/pdf");
    assert_eq!(shared["size"].as_u64().unwrap() as usize, size);
    assert_nothing_saved(&b, "recovery sheet shared").await;
    press_print(&b, ".recovery-sheet", &url).await;
    assert_nothing_saved(&b, "recovery sheet printed").await;
    let (name, bytes) = save_and_take(&b, ".recovery-sheet").await;
    assert_eq!(name, shared["name"].as_str().unwrap());
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(bytes.len(), size);
    click(&b, "#vault-sheet-done").await;
    wait_js(&b, "document.querySelector('#vault-name')", "my details").await;

    // --- 3. The consultation printout. ---
    b.goto(format!("{origin}/#/print")).await.unwrap();
    wait_js(
        &b,
        "document.querySelector('#print-consult-with-name')",
        "the consultation chooser, unlocked",
    )
    .await;
    let (url, size) = make_pdf(&b, ".print-screen").await;
    assert_nothing_saved(&b, "consultation printout made").await;
    assert_eq!(warnings(&b, ".print-screen").await, ["print-save-warning"]);
    screenshot(&b, "offer-3-consult-ar.png").await;
    press_print(&b, ".print-screen", &url).await;
    assert_nothing_saved(&b, "consultation printout printed").await;
    let shared = press_share(&b, ".print-screen").await;
    assert!(
        shared["name"]
            .as_str()
            .unwrap()
            .starts_with("mein-ordner-beratung-ar-"),
        "{shared}"
    );
    assert_eq!(shared["size"].as_u64().unwrap() as usize, size);
    assert_nothing_saved(&b, "consultation printout shared").await;
    let (name, bytes) = save_and_take(&b, ".print-screen").await;
    assert_eq!(name, shared["name"].as_str().unwrap());
    assert_eq!(bytes.len(), size);

    // --- 4. The calendar file: no Print, Share and Save as file. ---
    b.goto(format!("{origin}/#/appointments")).await.unwrap();
    wait_js(&b, "document.querySelector('#appt-export')", "the export").await;
    click(&b, "#appt-export").await;
    wait_js(
        &b,
        "document.querySelector('.file-offer[data-kind=\"calendar\"]')",
        "the calendar offer",
    )
    .await;
    assert_nothing_saved(&b, "calendar made").await;
    let scope = ".file-offer[data-kind=calendar]";
    assert!(!has(&b, ".file-offer[data-kind=calendar] .file-print").await);
    assert_eq!(warnings(&b, scope).await, ["print-save-warning"]);
    screenshot(&b, "offer-4-calendar-ar.png").await;
    let shared = press_share(&b, scope).await;
    assert_eq!(shared["name"], "mein-ordner-termine.ics");
    assert!(
        shared["type"]
            .as_str()
            .unwrap()
            .starts_with("text/calendar"),
        "{shared}"
    );
    assert_nothing_saved(&b, "calendar shared").await;
    let (name, bytes) = save_and_take(&b, scope).await;
    assert_eq!(name, "mein-ordner-termine.ics");
    assert!(bytes.starts_with(b"BEGIN:VCALENDAR\r\n"));

    // --- 5. Locking with a printout on screen and in the print frame. ---
    b.goto(format!("{origin}/#/print")).await.unwrap();
    wait_js(
        &b,
        "document.querySelector('#print-consult-with-name')",
        "the consultation chooser",
    )
    .await;
    let (url, _) = make_pdf(&b, ".print-screen").await;
    press_print(&b, ".print-screen", &url).await;
    let files = js(
        &b,
        "window.__urls.made.filter(([, t]) => t.startsWith('application/pdf') || t.startsWith('text/calendar')).length",
    )
    .await;
    assert!(
        files.as_u64().unwrap() >= 5,
        "every file was tracked: {files}"
    );
    // The lock revokes every object URL and then reloads the page (#12 §4): a `blob:` URL lives
    // no longer than the document that made it, so none of the old page's files is reachable,
    // and the print frame and the offers are gone with the page.
    e2e::vault::mark_page(&b).await;
    click(&b, ".vault-lock-now").await;
    e2e::vault::wait_reloaded(&b, "locked").await;
    assert!(
        js(
            &b,
            "!document.querySelector('iframe.print-frame') && !document.querySelector('.file-offer')",
        )
        .await
        .as_bool()
        .unwrap(),
        "the print frame and the offer gone"
    );
    assert_nothing_saved(&b, "locked").await;

    b.quit().await.unwrap();
}
