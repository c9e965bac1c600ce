//! Reading a letter end to end in headless Chromium (German + Arabic, 390 px wide): a photographed BAMF invitation (rendered and
//! "photographed" at test time with ImageMagick: turned, blurred, noisy, JPEG) is filed, the app
//! reads it on the device (the recognition files are fetched only now, from our own origin), the
//! proposals show, the person ticks them and types the day it arrived, the appointment shows on
//! home; a word of the letter finds the document in search; and neither IndexedDB nor
//! localStorage holds any word of the recognised text.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::process::Command;

use e2e::vault::{assert_no_plaintext, click, create_folder, raw_storage, type_into, wait_status};
use e2e::{Driver, Server, browser, built_dist, js, page_requests, screenshot, wait_js};
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "Gelber Umschlag vom Amt 2026";
/// Words of the letter that must never be stored in plaintext.
const SECRET_WORDS: &[&str] = &["Dolmetscher", "Zeithainer", "Rahimi", "Beweismittel"];

fn today_plus(days: i64) -> ordner_core::date::Date {
    let today = ordner_core::date::UtcDateTime::from_unix_millis(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as f64,
    )
    .unwrap()
    .date;
    today.add_days(days).unwrap()
}

/// The invitation's text, dated around today so that its appointment is due soon.
fn letter() -> (String, ordner_core::date::Date) {
    let appointment = today_plus(12);
    let written = today_plus(-2);
    let text = format!(
        "Bundesamt für Migration und Flüchtlinge\nAußenstelle Chemnitz\n\nFrau\nFatima Rahimi\n\
         Zeithainer Straße 12\n01127 Dresden\n\nDatum: {}\nGesch.-Z.: 7789012-439\n\n\
         Ladung zur Anhörung gemäß § 25 Asylgesetz\n\nSehr geehrte Frau Rahimi,\n\n\
         in Ihrem Asylverfahren findet Ihre persönliche Anhörung am {}, um 8:30 Uhr\n\
         in der Außenstelle Chemnitz, Adalbert-Stifter-Weg 25, Zimmer 1.23 statt.\n\n\
         Bitte bringen Sie diese Ladung, Ihre Aufenthaltsgestattung und alle Beweismittel mit.\n\
         Ein Dolmetscher wird gestellt.\n\nMit freundlichen Grüßen\nIm Auftrag\nLehmann",
        written.to_german(),
        appointment.to_german()
    );
    (text, appointment)
}

/// A phone-like photo of the letter (JPEG bytes), made with ImageMagick.
fn photo(text: &str) -> Vec<u8> {
    let dir = std::env::temp_dir().join(format!("letters-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("letter.jpg");
    let status = Command::new("convert")
        .args(["-size", "1600x2262", "xc:white", "-font", "DejaVu-Sans"])
        .args([
            "-pointsize",
            "26",
            "-fill",
            "black",
            "-annotate",
            "+110+130",
            text,
        ])
        .args(["-background", "#d9d4ca", "-rotate", "1.5", "-blur", "0x0.8"])
        .args(["-attenuate", "0.4", "+noise", "Gaussian", "-quality", "75"])
        .arg(&out)
        .status()
        .expect("ImageMagick's convert (cargo xtask setup installs it)");
    assert!(status.success(), "convert failed");
    let bytes = std::fs::read(&out).unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        bytes.starts_with(&[0xFF, 0xD8]),
        "not a JPEG: is ImageMagick installed?"
    );
    bytes
}

async fn set_value(driver: &WebDriver, css: &str, value: &str) {
    js(
        driver,
        &format!(
            "(() => {{ const e = document.querySelector('{css}'); e.value = '{value}'; \
             e.dispatchEvent(new Event('input', {{ bubbles: true }})); return 1; }})()"
        ),
    )
    .await;
}

/// Waits up to `secs` seconds (recognition takes longer than the usual 30).
async fn wait_long(driver: &WebDriver, expr: &str, what: &str, secs: u64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    loop {
        let v = driver
            .execute(format!("return !!({expr});"), Vec::new())
            .await
            .map(|r| r.json().clone())
            .unwrap_or_default();
        if v == serde_json::json!(true) {
            return;
        }
        let failed = js(
            driver,
            "document.querySelector('.letter-note')?.innerText || ''",
        )
        .await;
        assert!(
            failed.as_str().is_none_or(str::is_empty),
            "reading failed: {failed}"
        );
        assert!(
            std::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_photographed_letter_is_read_confirmed_found_and_never_stored_in_plaintext() {
    let (text, appointment) = letter();
    let jpeg = photo(&text);
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;

    driver.goto(format!("{origin}/")).await.unwrap();
    js(
        &driver,
        "(localStorage.setItem('mein-ordner-lang', JSON.stringify('ar')), 1)",
    )
    .await;
    driver.refresh().await.unwrap();
    driver.goto(format!("{origin}/#/folder")).await.unwrap();
    wait_status(&driver, "empty").await;
    create_folder(&driver, PASSPHRASE).await;

    // File the photo as a page of a document (the add form is tested in documents.rs).
    let hex: String = jpeg.iter().map(|b| format!("{b:02x}")).collect();
    let seeded = driver
        .execute_async(
            format!(
                "const done = arguments[arguments.length - 1];
                 const hex = '{hex}';
                 const bytes = new Uint8Array(hex.length / 2);
                 for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
                 window.__meinOrdnerSeedDocuments(1, 'arrival', bytes).then(done, (e) => done('error: ' + e));"
            ),
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    assert_eq!(seeded, serde_json::json!(1), "seeding: {seeded}");
    driver
        .goto(format!("{origin}/#/tab/arrival"))
        .await
        .unwrap();
    let href = wait_js(
        &driver,
        "document.querySelector('.tab-documents .doc-item a')?.getAttribute('href')",
        "the filed document",
    )
    .await;
    driver
        .goto(format!("{origin}/{}", href.as_str().unwrap()))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('.letter-start')",
        "the read button",
    )
    .await;
    // The size of the one-time download is said before it starts, and nothing of it was fetched.
    wait_js(
        &driver,
        "document.querySelector('.letter-size')",
        "the download note",
    )
    .await;
    let before = page_requests(&driver, &origin).await;
    assert!(
        !before
            .iter()
            .any(|u| u.contains("/ocr/") && !u.ends_with("sizes.txt")),
        "the recognition files were fetched before they were needed: {before:?}"
    );

    let started = std::time::Instant::now();
    click(&driver, ".letter-start").await;
    wait_long(
        &driver,
        "document.querySelector('.letter-result')",
        "the proposals",
        120,
    )
    .await;
    eprintln!(
        "first reading in the browser (download from loopback, engine start, one 1600 x 2262 page): {} ms",
        started.elapsed().as_millis()
    );
    screenshot(&driver, "letters-proposals").await;

    let proposal = |key: &str| format!("document.querySelector('[data-proposal=\"{key}\"]')");
    let value = |key: &str| format!("{}?.dataset.value", proposal(key));
    assert_eq!(
        js(&driver, &value("type")).await,
        serde_json::json!("bamf-einladung")
    );
    assert_eq!(
        js(&driver, &value("sender")).await,
        serde_json::json!("bamf")
    );
    assert_eq!(
        js(&driver, &value("appointment")).await,
        serde_json::json!(appointment.to_iso())
    );
    let found = js(&driver, &format!("{}?.innerText", proposal("appointment"))).await;
    assert!(
        found.as_str().unwrap_or("").contains("8:30 Uhr"),
        "where it was found: {found}"
    );
    let appt = js(
        &driver,
        &format!("{}?.dataset.confidence", proposal("appointment")),
    )
    .await;
    assert_eq!(
        appt,
        serde_json::json!("high"),
        "the appointment is read with certainty"
    );
    // Only the certain proposals are ticked before the person looks.
    let ticked = js(
        &driver,
        "document.querySelector('#letter-tick-appointment').checked",
    )
    .await;
    assert_eq!(ticked, serde_json::json!(true));

    // The person says when the letter came, and takes the proposals.
    let arrived = today_plus(-1).to_iso();
    set_value(&driver, "#letter-served", &arrived).await;
    click(&driver, ".letter-apply").await;
    wait_js(
        &driver,
        "document.querySelector('.letter-applied')",
        "the proposals taken",
    )
    .await;

    // The appointment is due soon on home.
    driver.goto(format!("{origin}/#/")).await.unwrap();
    let due = wait_js(
        &driver,
        "document.querySelector('.due-list')?.innerText",
        "the due-soon list on home",
    )
    .await;
    let day = appointment.day().to_string();
    assert!(
        due.as_str().unwrap().contains(&day),
        "home shows the appointment ({appointment}): {due}"
    );

    // A word of the letter, spelled without the umlaut, finds the document.
    driver.goto(format!("{origin}/#/search")).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('#search-input')",
        "the search box",
    )
    .await;
    type_into(&driver, "#search-input", "persoenliche Anhoerung").await;
    wait_js(
        &driver,
        "document.querySelector('.search-hit-doc a')",
        "a document hit",
    )
    .await;
    click(&driver, ".search-hit-doc a").await;
    wait_js(
        &driver,
        "document.querySelector('.doc-view .doc-heading')",
        "the document",
    )
    .await;

    // No word of the letter in raw storage.
    let dump = raw_storage(&driver).await;
    assert_no_plaintext(&dump, SECRET_WORDS);

    // Nothing left the origin.
    for url in page_requests(&driver, &origin).await {
        assert!(
            url.starts_with(&origin) || url.starts_with("blob:") || url.starts_with("data:"),
            "{url}"
        );
    }
    let own = format!("127.0.0.1:{}", server.port);
    let foreign: Vec<_> = server
        .seen()
        .into_iter()
        .filter(|s| s.from_web_content && s.authority != own)
        .collect();
    assert!(
        foreign.is_empty(),
        "web content asked other origins: {foreign:?}"
    );
    assert!(
        server
            .seen()
            .iter()
            .any(|s| s.path.ends_with("deu.traineddata.gz")),
        "the model was fetched from our own origin"
    );
    driver.quit().await.unwrap();
}
