//! Helpers for tests that use the encrypted folder: create, unlock, click, read errors, and read
//! every byte the origin stored (IndexedDB, localStorage, sessionStorage and Cache Storage) to
//! prove no plaintext is there.

use serde_json::Value;
use thirtyfour::prelude::*;

use crate::{js, wait_js};

/// Every IndexedDB database, object store, key and value of the origin, values as hex, every
/// localStorage and sessionStorage entry, and every Cache Storage entry with the SHA-256 of its
/// body: `{"databases": [name, ...], "idb": [[db, store, key, hex], ...], "local": [[k, v],
/// ...], "session": [[k, v], ...], "cacheNames": [name, ...], "caches": [[cache, url, sha256,
/// bytes], ...]}` (`databases` is `indexedDB.databases()`, `cacheNames` is `caches.keys()`).
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
  const out = { databases: [], idb: [], local: [], session: [], caches: [], cacheNames: [] };
  for (const info of await indexedDB.databases()) {
    out.databases.push(info.name);
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
  for (let i = 0; i < sessionStorage.length; i++) {
    const k = sessionStorage.key(i);
    out.session.push([k, sessionStorage.getItem(k)]);
  }
  for (const name of await caches.keys()) {
    out.cacheNames.push(name);
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      const body = await response.arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', body));
      const sha = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
      out.caches.push([name, request.url, sha, body.byteLength]);
    }
  }
  return out;
})().then(done, (e) => done({ error: String(e) }));
"#;

pub async fn raw_storage(driver: &WebDriver) -> Value {
    let value = driver
        .execute_async(RAW_DUMP, Vec::new())
        .await
        .unwrap()
        .json()
        .clone();
    assert!(value.get("error").is_none(), "raw dump failed: {value}");
    assert_caches_hold_only_the_build(&value);
    value
}

/// Every Cache Storage entry is a file of the tested build, byte for byte (its SHA-256 equals
/// the file's in the build directory): the service worker's caches can then hold nothing
/// personal, and the plaintext scan needs no copy of their megabytes.
pub fn assert_caches_hold_only_the_build(dump: &Value) {
    use sha2::{Digest, Sha256};
    let dist = crate::built_dist();
    for entry in dump["caches"].as_array().unwrap() {
        let cache = entry[0].as_str().unwrap();
        let url = entry[1].as_str().unwrap();
        let sha = entry[2].as_str().unwrap();
        assert!(
            cache.starts_with("mein-ordner-"),
            "a cache not of the app: {cache}"
        );
        let path = url
            .split_once("://")
            .and_then(|(_, rest)| rest.split_once('/'))
            .map_or("", |(_, p)| p);
        let path = path.split(['?', '#']).next().unwrap_or("");
        let rel = if path.is_empty() || path.ends_with('/') {
            format!("{path}index.html")
        } else {
            path.to_owned()
        };
        let bytes = std::fs::read(dist.join(&rel)).unwrap_or_else(|e| {
            panic!("Cache Storage ({cache}) holds {url}, not a build file: {e}")
        });
        let expected: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            sha, expected,
            "Cache Storage ({cache}) holds {url} with other bytes than the build's {rel}"
        );
    }
}

pub fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

pub fn hex_utf16le(s: &str) -> String {
    s.encode_utf16()
        .flat_map(u16::to_le_bytes)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// No plaintext marker anywhere in the raw storage, in UTF-8 or UTF-16, as text or bytes.
///
/// Cache Storage is left out here: [`raw_storage`] has already found every cached file equal to
/// the build's own (whose file names may well contain a town's name, `packs/dresden.toml`).
pub fn assert_no_plaintext(dump: &Value, secrets: &[&str]) {
    let mut dump = dump.clone();
    if let Some(map) = dump.as_object_mut() {
        map.remove("caches");
        map.remove("cacheNames");
    }
    let text = dump.to_string();
    let lower = text.to_lowercase();
    for secret in secrets {
        for part in secret.split_whitespace().filter(|p| p.len() >= 6) {
            assert!(!text.contains(part), "{part:?} found in raw storage");
            assert!(
                !lower.contains(&hex(part)),
                "{part:?} (UTF-8 hex) found in raw storage"
            );
            assert!(
                !lower.contains(&hex_utf16le(part)),
                "{part:?} (UTF-16 hex) found in raw storage"
            );
        }
    }
}

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

pub async fn wait_status(driver: &WebDriver, status: &str) {
    wait_js(
        driver,
        &format!("document.querySelector('section.vault[data-vault-status=\"{status}\"]')"),
        &format!("vault status {status}"),
    )
    .await;
}

/// Marks the page, so that [`wait_reloaded`] can tell that it was replaced by a reload.
pub async fn mark_page(driver: &WebDriver) {
    js(driver, "(window.__e2eBeforeReload = 1, 1)").await;
}

/// Waits until the page marked by [`mark_page`] was replaced by a fresh one (a lock reloads
/// the page, #12 §4) and the new page's folder screen shows `status`.
pub async fn wait_reloaded(driver: &WebDriver, status: &str) {
    wait_js(
        driver,
        "!window.__e2eBeforeReload && document.readyState === 'complete' \
         && performance.getEntriesByType('navigation')[0]?.type === 'reload'",
        "the page reloaded",
    )
    .await;
    wait_status(driver, status).await;
}

/// Presses "lock now" and waits for the reloaded page (the folder screen, locked).
pub async fn lock_now(driver: &WebDriver) {
    mark_page(driver).await;
    click(driver, ".vault-lock-now").await;
    wait_reloaded(driver, "locked").await;
}

pub async fn type_into(driver: &WebDriver, css: &str, text: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// Clicks an element through `HTMLElement.click()` after scrolling it into view: a pointer
/// click can land beside it when the page shifts meanwhile (the "works offline now" banner
/// appears in a fresh profile).
pub async fn click(driver: &WebDriver, css: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    el.scroll_into_view().await.unwrap();
    driver
        .execute("arguments[0].click();", vec![el.to_json().unwrap()])
        .await
        .unwrap();
    crate::assert_console_clean(driver, &format!("clicking {css}")).await;
}

pub async fn error_id(driver: &WebDriver, scope: &str) -> String {
    let v = wait_js(
        driver,
        &format!("document.querySelector('{scope} .vault-error[data-error]')?.dataset.error"),
        "an error",
    )
    .await;
    v.as_str().unwrap().to_owned()
}

pub async fn unlock(driver: &WebDriver, passphrase: &str) {
    type_into(driver, "#vault-passphrase", passphrase).await;
    click(driver, "#vault-unlock-button").await;
}

pub async fn import(driver: &WebDriver, file: &std::path::Path, secret: &str) {
    let input = driver.find(By::Css("#vault-import-file")).await.unwrap();
    input.send_keys(file.to_str().unwrap()).await.unwrap();
    type_into(driver, "#vault-import-secret", secret).await;
    click(driver, "#vault-import-button").await;
}

/// Creates a folder with `passphrase` on the folder screen (status "empty") and returns the
/// recovery key as shown on the sheet (groups joined by `-`). Leaves the page on "my details".
pub async fn create_folder(driver: &WebDriver, passphrase: &str) -> String {
    type_into(driver, "#vault-new-1", passphrase).await;
    type_into(driver, "#vault-new-2", passphrase).await;
    click(driver, "#vault-understood").await;
    click(driver, "#vault-create-button").await;
    wait_js(
        driver,
        "document.querySelector('.recovery-sheet')",
        "the recovery sheet",
    )
    .await;
    let key = recovery_key_on_sheet(driver).await;
    click(driver, "#vault-sheet-done").await;
    wait_js(
        driver,
        "document.querySelector('#vault-name')",
        "my details",
    )
    .await;
    key
}

/// The recovery key as shown on the sheet on screen (groups joined by `-`).
pub async fn recovery_key_on_sheet(driver: &WebDriver) -> String {
    let groups = js(
        driver,
        "Array.from(document.querySelectorAll('.recovery-group'), (g) => g.textContent.trim())",
    )
    .await;
    groups
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g.as_str().unwrap().to_owned())
        .collect::<Vec<_>>()
        .join("-")
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

/// Words that name a record kind or id of the app: since storage layout 2 none of them may
/// appear in a storage key.
pub const KIND_WORDS: [&str; 12] = [
    "profile",
    "note",
    "checklist",
    "settings",
    "appointment",
    "consultation",
    "document",
    "town",
    "name",
    "main",
    "ticks",
    "autolock",
];

/// Every vault storage key is opaque: `meta/header` and `meta/manifest`, otherwise 32 hex
/// characters that name no kind or id.
pub fn assert_opaque_keys(dump: &Value) {
    for (key, _) in vault_entries(dump) {
        let (store, rest) = key.split_once('/').unwrap();
        if store == "meta" {
            assert!(
                ["header", "manifest", "manifest-next"].contains(&rest),
                "{key}"
            );
            continue;
        }
        assert!(
            rest.len() == 32 && rest.bytes().all(|b| b.is_ascii_hexdigit()),
            "{key} is not an opaque slot"
        );
        for word in KIND_WORDS {
            assert!(!rest.contains(word), "{key} names {word:?}");
        }
    }
}

/// How many values the vault stores in `store` (`records` or `blobs`).
pub fn stored_count(dump: &Value, store: &str) -> usize {
    vault_entries(dump)
        .iter()
        .filter(|(k, _)| k.starts_with(&format!("{store}/")))
        .count()
}

/// The sizes in bytes of the values in the `records` store, sorted.
pub fn record_sizes(dump: &Value) -> Vec<usize> {
    let mut sizes: Vec<usize> = vault_entries(dump)
        .iter()
        .filter(|(k, _)| k.starts_with("records/"))
        .map(|(_, hex)| hex.len() / 2)
        .collect();
    sizes.sort_unstable();
    sizes
}

/// Fields on the current screen that invite the browser to keep a copy: every text-like input
/// and text area must say `autocomplete="off"` (names, notes, document fields, appointments, log
/// entries, passphrases: on a shared phone the browser's suggestions would show them to the next
/// person, #12 §4). One readable line each.
pub async fn autofill_problems(driver: &WebDriver, screen: &str) -> Vec<String> {
    let found = js(
        driver,
        "Array.from(document.querySelectorAll('input, textarea'))\
           .filter((e) => !['checkbox', 'radio', 'file', 'hidden', 'range', 'submit', 'button']\
             .includes(e.type))\
           .filter((e) => e.getAttribute('autocomplete') !== 'off')\
           .map((e) => e.outerHTML.slice(0, 140))",
    )
    .await;
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{screen}: autocomplete is not off: {}",
                s.as_str().unwrap_or("")
            )
        })
        .collect()
}
