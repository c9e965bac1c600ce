//! Helpers for tests that need an open safe folder: create one, lock and unlock it, type and
//! click reliably, and read every stored byte raw (IndexedDB and localStorage) to check that
//! nothing personal is stored in plaintext.

use serde_json::Value;
use thirtyfour::prelude::*;

use crate::{js, wait_js};

/// Every IndexedDB database, object store, key and value of the origin, values as hex, plus
/// every localStorage entry: `{"idb": [[db, store, key, hex], ...], "local": [[k, v], ...]}`.
pub const RAW_DUMP: &str = r#"
const done = arguments[arguments.length - 1];
(async () => {
  const hex = async (v) => {
    let bytes;
    if (v instanceof ArrayBuffer) bytes = new Uint8Array(v);
    else if (ArrayBuffer.isView(v)) bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    else if (v instanceof Blob) bytes = new Uint8Array(await v.arrayBuffer());
    else bytes = new TextEncoder().encode(JSON.stringify(v));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  };
  const req = (r) => new Promise((ok, err) => { r.onsuccess = () => ok(r.result); r.onerror = () => err(r.error); });
  const out = { idb: [], local: [] };
  for (const info of await indexedDB.databases()) {
    const db = await req(indexedDB.open(info.name));
    for (const store of Array.from(db.objectStoreNames)) {
      const tx = db.transaction(store, 'readonly');
      const os = tx.objectStore(store);
      const keys = await req(os.getAllKeys());
      const values = await req(os.getAll());
      for (let i = 0; i < keys.length; i++) {
        out.idb.push([info.name, store, String(keys[i]), await hex(values[i])]);
      }
    }
    db.close();
  }
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    out.local.push([k, localStorage.getItem(k)]);
  }
  return out;
})().then(done, (e) => done({ error: String(e) }));
"#;

/// The raw storage dump ([`RAW_DUMP`]).
pub async fn raw_storage(driver: &WebDriver) -> Value {
    let value = driver
        .execute_async(RAW_DUMP, Vec::new())
        .await
        .unwrap()
        .json()
        .clone();
    assert!(value.get("error").is_none(), "raw dump failed: {value}");
    value
}

fn hex(bytes: impl IntoIterator<Item = u8>) -> String {
    bytes.into_iter().map(|b| format!("{b:02x}")).collect()
}

/// No part (6 bytes or longer) of any secret anywhere in the dump: as text, as UTF-8 hex or as
/// UTF-16LE hex.
pub fn assert_no_plaintext(dump: &Value, secrets: &[&str]) {
    let text = dump.to_string();
    let lower = text.to_lowercase();
    for secret in secrets {
        for part in secret.split_whitespace().filter(|p| p.len() >= 6) {
            assert!(!text.contains(part), "{part:?} found in raw storage");
            assert!(
                !lower.contains(&hex(part.bytes())),
                "{part:?} (UTF-8 hex) found in raw storage"
            );
            let utf16 = hex(part.encode_utf16().flat_map(u16::to_le_bytes));
            assert!(
                !lower.contains(&utf16),
                "{part:?} (UTF-16 hex) found in raw storage"
            );
        }
    }
}

/// The vault's IndexedDB entries as `(store/key, hex value)`.
pub fn vault_entries(dump: &Value) -> Vec<(String, String)> {
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

/// Chooses the language (stored preference) and opens `#/folder`.
pub async fn open_folder(driver: &WebDriver, origin: &str, lang: &str) {
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

/// Waits for the folder screen's status (`empty`, `locked`, `unlocked`).
pub async fn wait_status(driver: &WebDriver, status: &str) {
    wait_js(
        driver,
        &format!("document.querySelector('section.vault[data-vault-status=\"{status}\"]')"),
        &format!("vault status {status}"),
    )
    .await;
}

/// Types into a field (after clearing it).
pub async fn type_into(driver: &WebDriver, css: &str, text: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// Sets a field's value as the browser's own pickers do (date and time inputs cannot be typed
/// into the same way in every locale) and fires `input` and `change`.
pub async fn set_value(driver: &WebDriver, css: &str, value: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    driver
        .execute(
            "arguments[0].value = arguments[1]; \
             arguments[0].dispatchEvent(new Event('input', { bubbles: true })); \
             arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
            vec![el.to_json().unwrap(), serde_json::json!(value)],
        )
        .await
        .unwrap();
}

/// Clicks through `HTMLElement.click()` after scrolling the element into view (a pointer click
/// can land beside it when the page shifts meanwhile).
pub async fn click(driver: &WebDriver, css: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    el.scroll_into_view().await.unwrap();
    driver
        .execute("arguments[0].click();", vec![el.to_json().unwrap()])
        .await
        .unwrap();
}

/// Creates a safe folder with `passphrase` on the folder screen and closes the recovery sheet.
pub async fn create_folder(driver: &WebDriver, passphrase: &str) {
    wait_status(driver, "empty").await;
    type_into(driver, "#vault-new-1", passphrase).await;
    type_into(driver, "#vault-new-2", passphrase).await;
    click(driver, "#vault-understood").await;
    click(driver, "#vault-create-button").await;
    wait_js(
        driver,
        "document.querySelector('#vault-sheet-done')",
        "the recovery sheet",
    )
    .await;
    click(driver, "#vault-sheet-done").await;
    wait_status(driver, "unlocked").await;
}

/// Unlocks on the folder screen.
pub async fn unlock(driver: &WebDriver, passphrase: &str) {
    wait_status(driver, "locked").await;
    type_into(driver, "#vault-passphrase", passphrase).await;
    click(driver, "#vault-unlock-button").await;
    wait_status(driver, "unlocked").await;
}
