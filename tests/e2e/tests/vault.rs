//! The encrypted vault end to end in headless Chromium (390 px wide, German + Arabic):
//! create a folder, save a name and a note with marker strings, reload, fail to unlock with a
//! wrong passphrase (nothing changes), unlock, see them; read every IndexedDB and localStorage
//! value raw and find no marker; export a backup, delete everything, reject a truncated backup
//! (nothing changes), import the backup in a fresh browser profile, unlock, and see everything.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::time::Duration;

use e2e::{
    Driver, Server, assert_no_plaintext, browser, built_dist, js, raw_storage, screenshot, wait_js,
};
use serde_json::Value;
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "Blauer Koffer am Bahnhof 2015";
const NAME: &str = "Marker Nameoflinda Qx7";
const NOTE_MARKER: &str = "NOTEMARKER-5b1f Termin Ausländerbehörde";

fn vault_entries(dump: &Value) -> Vec<(String, String)> {
    dump["idb"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e[0] == "mein-ordner-vault")
        .map(|e| {
            (
                format!("{}/{}", e[1].as_str().unwrap(), e[2].as_str().unwrap()),
                e[3].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

async fn open_folder(driver: &WebDriver, origin: &str, lang: &str) {
    driver.goto(format!("{origin}/")).await.unwrap();
    js(
        driver,
        &format!("localStorage.setItem('mein-ordner-lang', JSON.stringify('{lang}'))"),
    )
    .await;
    driver.goto(format!("{origin}/#/folder")).await.unwrap();
    driver.refresh().await.unwrap();
    wait_js(
        driver,
        "document.querySelector('section.vault')",
        "the folder screen",
    )
    .await;
}

async fn wait_status(driver: &WebDriver, status: &str) {
    wait_js(
        driver,
        &format!("document.querySelector('section.vault[data-vault-status=\"{status}\"]')"),
        &format!("vault status {status}"),
    )
    .await;
}

async fn type_into(driver: &WebDriver, css: &str, text: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// Clicks an element through `HTMLElement.click()` after scrolling it into view: a pointer
/// click can land beside it when the page shifts meanwhile (the "works offline now" banner
/// appears in a fresh profile).
async fn click(driver: &WebDriver, css: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    el.scroll_into_view().await.unwrap();
    driver
        .execute("arguments[0].click();", vec![el.to_json().unwrap()])
        .await
        .unwrap();
}

async fn error_id(driver: &WebDriver, scope: &str) -> String {
    let v = wait_js(
        driver,
        &format!("document.querySelector('{scope} .vault-error[data-error]')?.dataset.error"),
        "an error",
    )
    .await;
    v.as_str().unwrap().to_owned()
}

async fn unlock(driver: &WebDriver, passphrase: &str) {
    type_into(driver, "#vault-passphrase", passphrase).await;
    click(driver, "#vault-unlock-button").await;
}

async fn import(driver: &WebDriver, file: &std::path::Path, secret: &str) {
    let input = driver.find(By::Css("#vault-import-file")).await.unwrap();
    input.send_keys(file.to_str().unwrap()).await.unwrap();
    type_into(driver, "#vault-import-secret", secret).await;
    click(driver, "#vault-import-button").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn vault_create_unlock_raw_storage_backup() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let tmp = std::env::temp_dir().join(format!("ordner-vault-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();

    // --- Create the folder (German + Arabic, 390 px). ---
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    open_folder(&driver, &origin, "ar").await;
    wait_status(&driver, "empty").await;
    screenshot(&driver, "vault-1-create-ar.png").await;
    type_into(&driver, "#vault-new-1", PASSPHRASE).await;
    type_into(&driver, "#vault-new-2", "something else").await;
    click(&driver, "#vault-understood").await;
    click(&driver, "#vault-create-button").await;
    assert_eq!(
        error_id(&driver, ".vault-create").await,
        "vault-passphrase-mismatch"
    );
    type_into(&driver, "#vault-new-2", PASSPHRASE).await;
    click(&driver, "#vault-create-button").await;
    wait_js(
        &driver,
        "document.querySelector('.recovery-sheet')",
        "the recovery sheet",
    )
    .await;
    let groups = js(
        &driver,
        "Array.from(document.querySelectorAll('.recovery-group'), (g) => g.textContent)",
    )
    .await;
    assert_eq!(groups.as_array().unwrap().len(), 9, "nine groups: {groups}");
    assert!(
        js(
            &driver,
            "document.querySelector('.recovery-qr path').getAttribute('d').length > 100"
        )
        .await
            == Value::Bool(true)
    );
    screenshot(&driver, "vault-2-recovery-sheet-ar.png").await;
    click(&driver, "#vault-sheet-done").await;
    wait_js(
        &driver,
        "document.querySelector('#vault-name')",
        "my details",
    )
    .await;

    // --- Name and note; the header's lock button is there. ---
    type_into(&driver, "#vault-name", NAME).await;
    type_into(&driver, "#vault-notes", NOTE_MARKER).await;
    click(&driver, "#vault-save").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-data .vault-status')?.textContent.length > 0",
        "saved",
    )
    .await;
    assert!(driver.find(By::Css(".vault-lock-now")).await.is_ok());
    screenshot(&driver, "vault-3-open-ar.png").await;

    // --- Reload: locked. A wrong passphrase (twice) gives the one error and changes nothing. ---
    driver.refresh().await.unwrap();
    wait_status(&driver, "locked").await;
    let before = raw_storage(&driver).await;
    for attempt in ["wrong passphrase", "Blauer Koffer am Bahnhof 2016"] {
        unlock(&driver, attempt).await;
        assert_eq!(
            error_id(&driver, ".vault-unlock").await,
            "vault-error-decrypt"
        );
        js(
            &driver,
            "document.querySelector('.vault-unlock .vault-error').removeAttribute('data-error')",
        )
        .await;
    }
    wait_js(
        &driver,
        "!document.querySelector('#vault-unlock-button').disabled",
        "idle",
    )
    .await;
    screenshot(&driver, "vault-4-wrong-passphrase-ar.png").await;
    let after = raw_storage(&driver).await;
    assert_eq!(
        vault_entries(&before),
        vault_entries(&after),
        "a wrong passphrase changed storage"
    );
    assert_eq!(before["local"], after["local"]);

    // --- Unlock: name and note are back. ---
    unlock(&driver, PASSPHRASE).await;
    wait_status(&driver, "unlocked").await;
    let unlock_ms = js(
        &driver,
        "document.querySelector('section.vault').dataset.unlockMs",
    )
    .await;
    eprintln!(
        "unlock in the browser (Argon2id 64 MiB t=3 in a fresh worker + open): {unlock_ms} ms"
    );
    wait_js(
        &driver,
        "document.querySelector('#vault-name')",
        "my details",
    )
    .await;
    assert_eq!(
        js(&driver, "document.querySelector('#vault-name').value").await,
        NAME
    );
    assert_eq!(
        js(&driver, "document.querySelector('#vault-notes').value").await,
        NOTE_MARKER
    );

    // --- Raw storage: ciphertext only. ---
    let dump = raw_storage(&driver).await;
    let entries = vault_entries(&dump);
    let keys: Vec<&str> = entries.iter().map(|(k, _)| k.as_str()).collect();
    assert!(keys.contains(&"meta/header"), "{keys:?}");
    assert!(keys.contains(&"records/profile/name"), "{keys:?}");
    assert!(keys.contains(&"records/note/main"), "{keys:?}");
    let mut secrets = vec![NAME, NOTE_MARKER, PASSPHRASE];
    let checklist_texts = checklist_texts();
    secrets.extend(checklist_texts.iter().map(String::as_str));
    assert_no_plaintext(&dump, &secrets);
    let local_keys: Vec<&str> = dump["local"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e[0].as_str().unwrap())
        .collect();
    assert_eq!(
        local_keys,
        ["mein-ordner-lang"],
        "localStorage holds only the language"
    );

    // --- Export a backup: the bytes the page hands to the download link. ---
    js(
        &driver,
        "(() => { const o = URL.createObjectURL.bind(URL); window.__vaultBlob = null; \
         URL.createObjectURL = (b) => { window.__vaultBlob = b; return o(b); }; return 1; })()",
    )
    .await;
    click(&driver, "#vault-export").await;
    wait_js(&driver, "window.__vaultBlob", "the backup blob").await;
    let backup_hex = driver
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.__vaultBlob.arrayBuffer().then((b) => \
             done(Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2, '0')).join('')));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .as_str()
        .unwrap()
        .to_owned();
    let backup: Vec<u8> = (0..backup_hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&backup_hex[i..i + 2], 16).unwrap())
        .collect();
    assert!(backup.len() > 200, "backup of {} bytes", backup.len());
    let status = js(
        &driver,
        "document.querySelector('.vault-export .vault-status').textContent",
    )
    .await;
    assert!(
        status.as_str().unwrap().contains("mein-ordner-backup-"),
        "{status}"
    );
    assert_no_plaintext(
        &serde_json::json!(backup_hex),
        &[NAME, NOTE_MARKER, PASSPHRASE],
    );
    let backup_path = tmp.join("mein-ordner-backup.meinordner");
    std::fs::write(&backup_path, &backup).unwrap();
    let truncated_path = tmp.join("truncated.meinordner");
    std::fs::write(&truncated_path, &backup[..backup.len() - 37]).unwrap();

    // --- Delete everything (after the explicit confirmation). ---
    click(&driver, "#vault-delete").await;
    screenshot(&driver, "vault-5-delete-confirm-ar.png").await;
    click(&driver, "#vault-delete-yes").await;
    wait_status(&driver, "empty").await;
    assert!(vault_entries(&raw_storage(&driver).await).is_empty());
    assert!(driver.find(By::Css(".vault-lock-now")).await.is_err());

    // --- A truncated backup: the clear error, nothing changes. ---
    import(&driver, &truncated_path, PASSPHRASE).await;
    assert_eq!(
        error_id(&driver, ".vault-import").await,
        "vault-error-damaged"
    );
    screenshot(&driver, "vault-6-truncated-ar.png").await;
    wait_status(&driver, "empty").await;
    assert!(vault_entries(&raw_storage(&driver).await).is_empty());
    driver.quit().await.unwrap();

    // --- A fresh profile (German only): import the backup, everything is back. ---
    let fresh = browser(&chromedriver, server.port, 390, 844).await;
    open_folder(&fresh, &origin, "de").await;
    wait_status(&fresh, "empty").await;
    import(&fresh, &backup_path, "a wrong passphrase").await;
    assert_eq!(
        error_id(&fresh, ".vault-import").await,
        "vault-error-decrypt"
    );
    assert!(vault_entries(&raw_storage(&fresh).await).is_empty());
    js(
        &fresh,
        "document.querySelector('.vault-import .vault-error').removeAttribute('data-error')",
    )
    .await;
    wait_js(
        &fresh,
        "!document.querySelector('#vault-import-button').disabled",
        "idle",
    )
    .await;
    import(&fresh, &backup_path, PASSPHRASE).await;
    wait_status(&fresh, "unlocked").await;
    wait_js(
        &fresh,
        "document.querySelector('#vault-name')",
        "my details",
    )
    .await;
    assert_eq!(
        js(&fresh, "document.querySelector('#vault-name').value").await,
        NAME
    );
    assert_eq!(
        js(&fresh, "document.querySelector('#vault-notes').value").await,
        NOTE_MARKER
    );
    screenshot(&fresh, "vault-7-imported-de.png").await;

    // Lock now, then the imported folder opens with the same passphrase.
    click(&fresh, ".vault-lock-now").await;
    wait_status(&fresh, "locked").await;
    assert!(fresh.find(By::Css("#vault-name")).await.is_err());
    unlock(&fresh, PASSPHRASE).await;
    wait_status(&fresh, "unlocked").await;
    wait_js(
        &fresh,
        "document.querySelector('#vault-name')",
        "my details",
    )
    .await;
    assert_eq!(
        js(&fresh, "document.querySelector('#vault-name').value").await,
        NAME
    );
    assert_no_plaintext(&raw_storage(&fresh).await, &[NAME, NOTE_MARKER, PASSPHRASE]);

    // A backup never silently replaces a folder that is there.
    import(&fresh, &backup_path, PASSPHRASE).await;
    assert_eq!(
        error_id(&fresh, ".vault-import").await,
        "vault-error-exists"
    );
    fresh.quit().await.unwrap();
    tokio::time::sleep(Duration::from_millis(100)).await;
    let _ = std::fs::remove_dir_all(&tmp);
}

/// The German texts of every checklist item (`check-*` messages): none may appear in storage.
fn checklist_texts() -> Vec<String> {
    let text = std::fs::read_to_string(e2e::repo_root().join("locales/de/content.ftl")).unwrap();
    let texts: Vec<String> = text
        .lines()
        .filter(|l| l.starts_with("check-") && !l.contains("-hint ="))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.trim().to_owned()))
        .collect();
    assert!(texts.len() > 10, "checklist texts not found");
    texts
}
