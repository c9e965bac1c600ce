//! Court deadlines end to end in headless Chromium (390 px, German + English), as a person files
//! a BAMF decision:
//!
//! 1. saving a decision without its service date asks for it; "I don't know the date" saves
//!    it, and then the paper, home ("due soon") and the consultation printout all warn "no
//!    deadline computed: enter the date on the yellow envelope";
//! 2. the date help offers the earlier start when the letter came through the reception
//!    centre (§ 10 Abs. 4 AsylG);
//! 3. with "the Rechtsbehelfsbelehrung is missing or wrong" chosen, the 1-week lawsuit and
//!    urgent application are shown (not a date a year later), with the law they follow and
//!    "not legal advice";
//! 4. the printout labels the date "zugestellt am", never "ausgestellt am", and lists the
//!    deadline with its law;
//! 5. recognised as a refugee: the family reunification deadline 3 months after service
//!    (§ 29 Abs. 2 Satz 2 Nr. 1 AufenthG), and no lawsuit;
//!
//! and after it all the raw-storage scan finds none of the typed text.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::process::Command;

use e2e::vault::{
    assert_no_plaintext, click, create_folder, open_folder, raw_storage, set_value, type_into,
    wait_status,
};
use e2e::{
    Driver, Server, browser, built_dist, capture_downloads, captured_download, js, screenshot,
    wait_js,
};
use ordner_core::Catalog;
use ordner_core::date::Date;

const PASSPHRASE: &str = "Gelber Umschlag am Dienstag 2026";
const TITLE: &str = "BESCHEIDMARK-8d1 Asylbescheid";

fn catalog(code: &str) -> Catalog {
    Catalog::load_dir(&e2e::repo_root().join("locales"), code).unwrap()
}

async fn go(driver: &thirtyfour::WebDriver, origin: &str, hash: &str) {
    driver.goto(format!("{origin}/{hash}")).await.unwrap();
}

/// `YYYY-MM-DD` in the browser's local time, `days` from now.
async fn browser_date(driver: &thirtyfour::WebDriver, days: i64) -> String {
    js(
        driver,
        &format!(
            "(() => {{ const d = new Date(Date.now() + {days} * 864e5); \
             return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + \
             String(d.getDate()).padStart(2, '0'); }})()"
        ),
    )
    .await
    .as_str()
    .unwrap()
    .to_owned()
}

/// The PDF's text layer by poppler's `pdftotext`, spaces collapsed.
fn pdftotext(bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("ordner-deadlines-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("consult.pdf");
    std::fs::write(&path, bytes).unwrap();
    if let Ok(out) = std::env::var("ORDNER_PDF_OUT") {
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(
            std::path::Path::new(&out).join("deadlines-consult.pdf"),
            bytes,
        )
        .unwrap();
    }
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is needed");
    assert!(out.status.success());
    let _ = std::fs::remove_dir_all(&dir);
    String::from_utf8(out.stdout)
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Prints the consultation printout with the ticked records and returns its bytes.
async fn print_consult(driver: &thirtyfour::WebDriver) -> Vec<u8> {
    capture_downloads(driver).await;
    click(driver, ".print-screen .print-button").await;
    let state = wait_js(
        driver,
        "document.querySelector('.print-screen #print-result')?.dataset.bytes \
         || document.querySelector('.print-screen .print-error')?.dataset.error",
        "the PDF",
    )
    .await;
    assert!(
        js(
            driver,
            "!!document.querySelector('.print-screen #print-result')"
        )
        .await
        .as_bool()
        .unwrap(),
        "printing failed: {state}"
    );
    let bytes = captured_download(driver).await;
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    bytes
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bamf_decision_without_date_warns_and_missing_instructions_keep_the_short_deadline() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    let de = catalog("de");
    let en = catalog("en");

    open_folder(&driver, &origin, "en").await;
    wait_status(&driver, "empty").await;
    create_folder(&driver, PASSPHRASE).await;

    // --- 1. A BAMF decision: saving without the date asks for it. ---
    go(&driver, &origin, "#/tab/arrival").await;
    wait_js(&driver, "document.querySelector('.doc-add')", "add").await;
    click(&driver, ".doc-add").await;
    wait_js(&driver, "document.querySelector('#doc-type')", "the form").await;
    set_value(&driver, "#doc-type", "bamf-bescheid").await;
    wait_js(
        &driver,
        "document.querySelector('#doc-date-unknown') && document.querySelector('#doc-date-help')",
        "the date question of a decision",
    )
    .await;
    type_into(&driver, "#doc-title", TITLE).await;
    let before = raw_storage(&driver).await;
    click(&driver, ".doc-save").await;
    wait_js(
        &driver,
        "document.querySelector('#doc-received-error[data-error=\"doc-error-date-needed\"]')",
        "the date is asked for",
    )
    .await;
    assert_eq!(
        e2e::vault::vault_entries(&before),
        e2e::vault::vault_entries(&raw_storage(&driver).await),
        "nothing saved"
    );
    screenshot(&driver, "deadlines-1-date-needed-en.png").await;

    // The help: the reception centre's date gives an earlier start (3rd day after).
    let centre = browser_date(&driver, -9).await;
    let got_it = browser_date(&driver, -2).await;
    set_value(&driver, "#doc-received", &got_it).await;
    click(&driver, "#doc-date-help summary").await;
    set_value(&driver, "#doc-centre-date", &centre).await;
    let earlier = Date::parse_iso(&centre)
        .unwrap()
        .add_period(ordner_core::content::Period::Days(3))
        .unwrap()
        .to_iso();
    wait_js(
        &driver,
        &format!("document.querySelector('.doc-earlier[data-date=\"{earlier}\"]')"),
        "the earlier start offered",
    )
    .await;
    screenshot(&driver, "deadlines-2-date-help-en.png").await;
    // "I don't know the date" saves it without one (this test wants the warning).
    set_value(&driver, "#doc-received", "").await;
    click(&driver, "#doc-date-unknown").await;
    click(&driver, ".doc-save").await;
    wait_js(
        &driver,
        "document.querySelector('.doc-deadlines .due-item[data-kind=\"missing-date\"]')",
        "the warning on the paper",
    )
    .await;
    let doc_hash = js(&driver, "location.hash").await;
    let doc_hash = doc_hash.as_str().unwrap().to_owned();
    let warning = js(
        &driver,
        "document.querySelector('.doc-deadlines [data-kind=\"missing-date\"]').textContent",
    )
    .await;
    let warning = warning.as_str().unwrap();
    for cat in [&de, &en] {
        assert!(
            warning.contains(&cat.msg("deadline-missing-date")),
            "{warning}"
        );
        assert!(
            warning.contains(&cat.msg("deadline-not-legal-advice")),
            "{warning}"
        );
    }
    screenshot(&driver, "deadlines-3-warning-doc-en.png").await;

    // ... on home ("due soon") ...
    go(&driver, &origin, "#/").await;
    wait_js(
        &driver,
        "document.querySelector('#due-soon .due-item[data-kind=\"missing-date\"] a[href^=\"#/doc/\"]')",
        "the warning on home",
    )
    .await;
    screenshot(&driver, "deadlines-4-warning-home-en.png").await;

    // ... and in the printout.
    go(&driver, &origin, "#/print").await;
    wait_js(
        &driver,
        "document.querySelectorAll('.print-check[data-kind=\"deadline\"] input').length === 1",
        "the warning offered for the printout",
    )
    .await;
    click(&driver, ".print-check[data-kind='deadline'] input").await;
    let pdf = print_consult(&driver).await;
    let text = pdftotext(&pdf);
    assert!(
        text.contains(&de.msg("deadline-title-missing-date")),
        "{text}"
    );
    assert!(text.contains("gelben Umschlag"), "{text}");

    // --- 3. The date and "the Rechtsbehelfsbelehrung is missing or wrong". ---
    let served = browser_date(&driver, -3).await;
    let edit_hash = format!("{doc_hash}/edit");
    go(&driver, &origin, &edit_hash).await;
    wait_js(
        &driver,
        "document.querySelector('#doc-received')",
        "the edit form",
    )
    .await;
    assert_eq!(
        js(
            &driver,
            "document.querySelector('#doc-date-unknown').checked"
        )
        .await,
        serde_json::Value::Bool(true),
        "reopened: still 'I don't know'"
    );
    set_value(&driver, "#doc-received", &served).await;
    set_value(
        &driver,
        "#doc-letter-date",
        &browser_date(&driver, -8).await,
    )
    .await;
    click(&driver, "#doc-date-unknown").await;
    click(
        &driver,
        "input[name='doc-outcome'][value='no-instructions']",
    )
    .await;
    click(&driver, ".doc-save").await;
    wait_js(
        &driver,
        "document.querySelector('.doc-deadlines .due-item[data-kind=\"lawsuit\"]')",
        "the lawsuit deadline",
    )
    .await;
    let week = Date::parse_iso(&served)
        .unwrap()
        .add_period(ordner_core::content::Period::Weeks(1))
        .unwrap()
        .next_working_day()
        .unwrap();
    let shown = js(
        &driver,
        "Array.from(document.querySelectorAll('.doc-deadlines .due-item'), (i) => i.dataset.kind + ' ' + i.textContent)",
    )
    .await;
    let items: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(items.len(), 2, "lawsuit and urgent application: {items:?}");
    for item in &items {
        assert!(
            item.starts_with("lawsuit ") || item.starts_with("urgent-application "),
            "{item}"
        );
        assert!(item.contains(&week.to_german()), "the 1-week date: {item}");
        assert!(item.contains("§ 74 Abs. 1"), "its law: {item}");
        assert!(
            item.contains("§ 58 Abs. 2 VwGO"),
            "the 1 year only as a note: {item}"
        );
        assert!(
            item.contains(&en.msg("deadline-not-legal-advice")),
            "not legal advice: {item}"
        );
    }
    assert!(
        js(
            &driver,
            "!document.querySelector('[data-kind=\"missing-date\"]')"
        )
        .await
        .as_bool()
        .unwrap(),
        "the warning is gone"
    );
    screenshot(&driver, "deadlines-5-no-instructions-en.png").await;

    // --- 4. The printout: "zugestellt am", the letter's own date, the deadline and its law. ---
    go(&driver, &origin, "#/print").await;
    wait_js(
        &driver,
        "document.querySelectorAll('.print-check[data-kind=\"deadline\"] input').length === 2",
        "the two deadlines offered",
    )
    .await;
    click(&driver, ".print-check[data-kind='document'] input").await;
    click(&driver, ".print-check[data-kind='deadline'] input").await;
    let pdf = print_consult(&driver).await;
    let text = pdftotext(&pdf);
    let served_de = Date::parse_iso(&served).unwrap().to_german();
    assert!(
        text.contains(&format!("zugestellt am {served_de}")),
        "{text}"
    );
    assert!(!text.contains("ausgestellt am"), "{text}");
    assert!(text.contains("Brief vom"), "{text}");
    assert!(text.contains(&week.to_german()), "{text}");
    assert!(text.contains("Grundlage: § 74 Abs. 1"), "{text}");

    // --- 5. Recognised as a refugee: family reunification within 3 months of service
    // (§ 29 Abs. 2 Satz 2 Nr. 1 AufenthG), no lawsuit deadline. ---
    go(&driver, &origin, &edit_hash).await;
    wait_js(
        &driver,
        "document.querySelector(\"input[name='doc-outcome'][value='refugee-recognised']\")",
        "the outcome choice",
    )
    .await;
    click(
        &driver,
        "input[name='doc-outcome'][value='refugee-recognised']",
    )
    .await;
    click(&driver, ".doc-save").await;
    wait_js(
        &driver,
        "document.querySelector('.doc-deadlines .due-item[data-kind=\"family-reunification\"]')",
        "the family reunification deadline",
    )
    .await;
    let months = Date::parse_iso(&served)
        .unwrap()
        .add_period(ordner_core::content::Period::Months(3))
        .unwrap();
    let shown = js(
        &driver,
        "Array.from(document.querySelectorAll('.doc-deadlines .due-item'), (i) => i.dataset.kind + ' ' + i.textContent)",
    )
    .await;
    let items: Vec<&str> = shown
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(items.len(), 1, "only family reunification: {items:?}");
    let item = items[0];
    assert!(item.starts_with("family-reunification "), "{item}");
    assert!(
        item.contains(&months.to_german()),
        "3 months after service: {item}"
    );
    assert!(
        item.contains("§ 29 Abs. 2 Satz 2 Nr. 1 AufenthG"),
        "its law: {item}"
    );
    for cat in [&de, &en] {
        assert!(
            item.contains(&cat.msg("deadline-title-family-reunification")),
            "{item}"
        );
        assert!(
            item.contains(&cat.msg("deadline-not-legal-advice")),
            "not legal advice: {item}"
        );
    }
    screenshot(&driver, "deadlines-6-family-reunification-en.png").await;

    // --- Nothing typed is in raw storage. ---
    assert_no_plaintext(&raw_storage(&driver).await, &[TITLE, "BESCHEIDMARK"]);
    driver.quit().await.unwrap();
}
