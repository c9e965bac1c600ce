//! The folder's management flows end to end in headless Chromium (390 px, German + Persian):
//! change the passphrase (the old one stops working), replace the recovery key (the old key stops
//! working), forget the passphrase and come back with the recovery key and a new passphrase,
//! auto-lock after inactivity and after the page stayed hidden, a record that no longer decrypts
//! (the rest opens, the damage is named), and a full storage quota in the middle of a save (the
//! clear message, and what was stored before is unchanged).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use e2e::vault::{
    assert_no_plaintext, click, create_folder, error_id, lock_now, mark_page, open_folder,
    raw_storage, recovery_key_on_sheet, type_into, unlock, vault_entries, wait_reloaded,
    wait_status,
};
use e2e::{Driver, Server, browser, built_dist, js, screenshot, wait_js};
use serde_json::Value;
use thirtyfour::prelude::*;

const FIRST: &str = "Rote Tasche im Zug 2016";
const SECOND: &str = "Grüner Schirm an der Elbe 7";
const THIRD: &str = "Drei Fenster zum Hof 1989";
const NAME: &str = "Marker Farahnaz Qz9";
const NOTE: &str = "NOTEMARKER-77ab Jobcenter Termin";
/// Notes saved by a save that is still running when the folder is locked.
const LATE_NOTE: &str = "LATENOTEMARKER-5c1 Sozialamt";
/// Typed into the name field and never saved, then the folder is locked.
const UNSAVED: &str = "UNSAVEDMARKER-9d2 Rahimi";

async fn clear_error(driver: &WebDriver, scope: &str) {
    js(
        driver,
        &format!(
            "(() => {{ document.querySelector('{scope} .vault-error')?.removeAttribute('data-error'); return 1; }})()"
        ),
    )
    .await;
}

async fn wait_idle(driver: &WebDriver, button: &str) {
    wait_js(
        driver,
        &format!("!document.querySelector('{button}').disabled"),
        "the form idle again",
    )
    .await;
}

async fn name_shown(driver: &WebDriver) -> Value {
    wait_js(
        driver,
        "document.querySelector('#vault-name')",
        "my details",
    )
    .await;
    js(driver, "document.querySelector('#vault-name').value").await
}

/// Goes to the folder screen (locked) and unlocks with `passphrase`.
async fn unlock_on_folder(driver: &WebDriver, origin: &str, passphrase: &str) {
    driver.goto(format!("{origin}/#/folder")).await.unwrap();
    wait_status(driver, "locked").await;
    unlock(driver, passphrase).await;
    wait_status(driver, "unlocked").await;
}

/// Chooses `value` in a `<select>` as a person would (fires `change`).
async fn set_select(driver: &WebDriver, css: &str, value: &str) {
    let el = driver.find(By::Css(css)).await.unwrap();
    el.scroll_into_view().await.unwrap();
    driver
        .execute(
            "arguments[0].value = arguments[1]; \
             arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
            vec![el.to_json().unwrap(), serde_json::json!(value)],
        )
        .await
        .unwrap();
}

/// A wrong passphrase on the unlock screen gives the one vague error.
async fn assert_refused(driver: &WebDriver, passphrase: &str) {
    unlock(driver, passphrase).await;
    assert_eq!(
        error_id(driver, ".vault-unlock").await,
        "vault-error-decrypt"
    );
    clear_error(driver, ".vault-unlock").await;
    wait_idle(driver, "#vault-unlock-button").await;
}

/// Fills the recovery form (reached by "forgot passphrase") and submits it.
async fn recover(driver: &WebDriver, key: &str, new_passphrase: &str) {
    type_into(driver, "#vault-recovery-key", key).await;
    type_into(driver, "#vault-reset-1", new_passphrase).await;
    type_into(driver, "#vault-reset-2", new_passphrase).await;
    click(driver, ".vault-recovery-unlock button[type=submit]").await;
}

/// Moves the page's clock (`Date.now`, which the auto-lock reads) forward by `ms`.
async fn advance_clock(driver: &WebDriver, ms: u64) {
    js(
        driver,
        &format!(
            "(() => {{ const base = Date.now.bind(Date); const skew = {ms}; \
             Date.now = () => base() + skew; return 1; }})()"
        ),
    )
    .await;
}

/// Makes the page report itself hidden or visible and fires `visibilitychange`.
async fn set_hidden(driver: &WebDriver, hidden: bool) {
    js(
        driver,
        &format!(
            "(() => {{ Object.defineProperty(document, 'hidden', {{ configurable: true, get: () => {hidden} }}); \
             document.dispatchEvent(new Event('visibilitychange')); return 1; }})()"
        ),
    )
    .await;
}

async fn lock_reason(driver: &WebDriver) -> String {
    wait_js(
        driver,
        "document.querySelector('[data-lock-reason]')?.dataset.lockReason",
        "the lock notice",
    )
    .await
    .as_str()
    .unwrap()
    .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn passphrase_recovery_autolock_damage_quota() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    open_folder(&driver, &origin, "fa").await;
    wait_status(&driver, "empty").await;
    let first_key = create_folder(&driver, FIRST).await;
    type_into(&driver, "#vault-name", NAME).await;
    type_into(&driver, "#vault-notes", NOTE).await;
    click(&driver, "#vault-save").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-data .vault-status')?.textContent.length > 0",
        "saved",
    )
    .await;
    // The two records the save wrote (name and notes), under opaque keys.
    let profile_slots: Vec<String> = vault_entries(&raw_storage(&driver).await)
        .into_iter()
        .filter_map(|(k, _)| k.strip_prefix("records/").map(str::to_owned))
        .collect();
    assert_eq!(profile_slots.len(), 2, "{profile_slots:?}");

    // --- Change the passphrase: a wrong current one is refused, then it works. ---
    type_into(&driver, "#vault-current", "not the passphrase").await;
    type_into(&driver, "#vault-change-1", SECOND).await;
    type_into(&driver, "#vault-change-2", SECOND).await;
    click(&driver, ".vault-change button[type=submit]").await;
    assert_eq!(
        error_id(&driver, ".vault-change").await,
        "vault-error-decrypt"
    );
    clear_error(&driver, ".vault-change").await;
    wait_idle(&driver, ".vault-change button[type=submit]").await;
    type_into(&driver, "#vault-current", FIRST).await;
    type_into(&driver, "#vault-change-1", SECOND).await;
    type_into(&driver, "#vault-change-2", SECOND).await;
    click(&driver, ".vault-change button[type=submit]").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-change .vault-status')?.textContent.length > 0",
        "passphrase changed",
    )
    .await;
    screenshot(&driver, "vault-manage-1-changed-fa.png").await;
    lock_now(&driver).await;
    assert_eq!(lock_reason(&driver).await, "vault-locked-manual");
    assert_refused(&driver, FIRST).await;
    unlock(&driver, SECOND).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(name_shown(&driver).await, NAME);

    // --- Lock now reloads the page (#12 §4). A save still running when the lock comes finishes
    // first (nothing is lost); what was typed and not saved is gone from the fields, the page
    // and the storage; and the reload is quick. ---
    type_into(&driver, "#vault-notes", LATE_NOTE).await;
    mark_page(&driver).await;
    js(
        &driver,
        "(document.querySelector('#vault-save').click(), \
          setTimeout(() => document.querySelector('.vault-lock-now').click(), 0), 1)",
    )
    .await;
    wait_reloaded(&driver, "locked").await;
    unlock(&driver, SECOND).await;
    wait_status(&driver, "unlocked").await;
    wait_js(
        &driver,
        "document.querySelector('#vault-notes')",
        "my details",
    )
    .await;
    assert_eq!(
        js(&driver, "document.querySelector('#vault-notes').value").await,
        LATE_NOTE,
        "the save that was running at the lock was kept"
    );
    type_into(&driver, "#vault-notes", NOTE).await;
    click(&driver, "#vault-save").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-data .vault-status')?.textContent.length > 0",
        "saved",
    )
    .await;
    type_into(&driver, "#vault-name", UNSAVED).await;
    mark_page(&driver).await;
    let started = std::time::Instant::now();
    click(&driver, ".vault-lock-now").await;
    wait_reloaded(&driver, "locked").await;
    let lock_ms = started.elapsed().as_millis();
    eprintln!("lock now -> reloaded unlock screen: {lock_ms} ms");
    assert!(lock_ms < 8_000, "the lock's reload took {lock_ms} ms");
    assert_eq!(
        js(
            &driver,
            "Array.from(document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea'), (e) => e.value)\
               .filter((v) => v.length > 0)"
        )
        .await,
        serde_json::json!([]),
        "every field is empty after the lock"
    );
    assert!(
        !js(&driver, "document.documentElement.outerHTML")
            .await
            .as_str()
            .unwrap()
            .contains(UNSAVED)
    );
    assert_no_plaintext(
        &raw_storage(&driver).await,
        &[UNSAVED, NAME, NOTE, LATE_NOTE],
    );
    unlock(&driver, SECOND).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(name_shown(&driver).await, NAME);

    // --- A new recovery key asks for the passphrase first: none or a wrong one changes nothing. ---
    let header_before = vault_entries(&raw_storage(&driver).await);
    click(&driver, "#vault-replace-button").await;
    assert_eq!(
        error_id(&driver, ".vault-recovery-replace").await,
        "vault-confirm-needed"
    );
    clear_error(&driver, ".vault-recovery-replace").await;
    type_into(&driver, "#vault-replace-passphrase", FIRST).await;
    click(&driver, "#vault-replace-button").await;
    assert_eq!(
        error_id(&driver, ".vault-recovery-replace").await,
        "vault-error-decrypt"
    );
    clear_error(&driver, ".vault-recovery-replace").await;
    wait_idle(&driver, "#vault-replace-button").await;
    assert_eq!(
        header_before,
        vault_entries(&raw_storage(&driver).await),
        "a refused key change wrote something"
    );
    assert!(driver.find(By::Css(".recovery-sheet")).await.is_err());
    // --- With the passphrase: the sheet shows a different key; the old one stops working. ---
    type_into(&driver, "#vault-replace-passphrase", SECOND).await;
    click(&driver, "#vault-replace-button").await;
    wait_js(
        &driver,
        "document.querySelector('.recovery-sheet')",
        "the new recovery sheet",
    )
    .await;
    let second_key = recovery_key_on_sheet(&driver).await;
    assert_ne!(first_key, second_key);
    assert_eq!(second_key.split('-').count(), 9, "{second_key}");
    click(&driver, "#vault-sheet-done").await;
    lock_now(&driver).await;
    click(&driver, "#vault-forgot").await;
    recover(&driver, &first_key, THIRD).await;
    assert_eq!(
        error_id(&driver, ".vault-recovery-unlock").await,
        "vault-error-decrypt"
    );
    clear_error(&driver, ".vault-recovery-unlock").await;
    wait_idle(&driver, ".vault-recovery-unlock button[type=submit]").await;
    // A typo in the key is named as such, not as a wrong key.
    let mut typo = second_key.clone().into_bytes();
    typo[0] = if typo[0] == b'A' { b'B' } else { b'A' };
    recover(&driver, std::str::from_utf8(&typo).unwrap(), THIRD).await;
    assert_eq!(
        error_id(&driver, ".vault-recovery-unlock").await,
        "vault-error-recovery-typo"
    );
    clear_error(&driver, ".vault-recovery-unlock").await;
    wait_idle(&driver, ".vault-recovery-unlock button[type=submit]").await;

    // --- Forgotten passphrase: the new recovery key and a new passphrase open the folder. The
    // first unlock after the key change says so, once. ---
    recover(&driver, &second_key.to_lowercase(), THIRD).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(name_shown(&driver).await, NAME);
    let notice = wait_js(
        &driver,
        "document.querySelector('.vault-key-notice')?.textContent",
        "the key-replaced notice",
    )
    .await;
    let today = js(
        &driver,
        "(() => { const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0'); })()",
    )
    .await;
    assert!(
        notice.as_str().unwrap().contains(today.as_str().unwrap()),
        "{notice} names today"
    );
    screenshot(&driver, "vault-manage-1b-key-notice-fa.png").await;
    lock_now(&driver).await;
    assert_refused(&driver, SECOND).await;
    unlock(&driver, THIRD).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(name_shown(&driver).await, NAME);
    assert!(
        driver.find(By::Css(".vault-key-notice")).await.is_err(),
        "the notice is shown once"
    );

    // --- A longer auto-lock asks for the passphrase; a wrong one changes nothing; a shorter
    // one needs none. ---
    set_select(&driver, "#vault-autolock", "30").await;
    wait_js(
        &driver,
        "document.querySelector('#vault-autolock-passphrase')",
        "the confirmation",
    )
    .await;
    type_into(&driver, "#vault-autolock-passphrase", SECOND).await;
    click(&driver, "#vault-autolock-confirm").await;
    assert_eq!(
        error_id(&driver, ".vault-settings").await,
        "vault-error-decrypt"
    );
    clear_error(&driver, ".vault-settings").await;
    wait_idle(&driver, "#vault-autolock-confirm").await;
    click(&driver, "#vault-autolock-cancel").await;
    assert_eq!(
        js(&driver, "document.querySelector('#vault-autolock').value").await,
        "5",
        "still 5 minutes"
    );
    set_select(&driver, "#vault-autolock", "10").await;
    type_into(&driver, "#vault-autolock-passphrase", THIRD).await;
    click(&driver, "#vault-autolock-confirm").await;
    wait_js(
        &driver,
        "!document.querySelector('#vault-autolock-passphrase')",
        "confirmed",
    )
    .await;
    lock_now(&driver).await;
    unlock(&driver, THIRD).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(
        js(&driver, "document.querySelector('#vault-autolock').value").await,
        "10",
        "stored"
    );
    set_select(&driver, "#vault-autolock", "5").await;
    assert!(
        driver
            .find(By::Css("#vault-autolock-passphrase"))
            .await
            .is_err(),
        "shorter needs no passphrase"
    );
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    lock_now(&driver).await;
    unlock(&driver, THIRD).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(
        js(&driver, "document.querySelector('#vault-autolock').value").await,
        "5"
    );

    // --- Auto-lock: after the chosen minutes without activity (the page's clock moved on). ---
    assert_eq!(
        js(&driver, "document.querySelector('#vault-autolock').value").await,
        "5"
    );
    mark_page(&driver).await;
    advance_clock(&driver, 6 * 60 * 1000).await;
    wait_reloaded(&driver, "locked").await;
    assert_eq!(lock_reason(&driver).await, "vault-locked-auto");
    assert!(driver.find(By::Css("#vault-name")).await.is_err());
    screenshot(&driver, "vault-manage-2-autolocked-fa.png").await;

    // --- Auto-lock when the page stays hidden (#12 §4): about 20 seconds are not enough, 30 are;
    // while the camera or a file picker the app opened is in front, it waits (the inactivity
    // auto-lock still counts); back in the app, the next hiding counts again. ---
    unlock(&driver, THIRD).await;
    wait_status(&driver, "unlocked").await;
    mark_page(&driver).await;
    set_hidden(&driver, true).await;
    // 15 s on the page's clock plus the 6 s really waited: about 21 s hidden.
    advance_clock(&driver, 15 * 1000).await;
    tokio::time::sleep(std::time::Duration::from_secs(6)).await;
    set_hidden(&driver, false).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    wait_status(&driver, "unlocked").await;
    // A click that reaches a file input (as the camera and "choose file" buttons do); the
    // synthetic click opens no dialog here.
    js(
        &driver,
        "(document.querySelector('input[type=file]').dispatchEvent(\
           new MouseEvent('click', { bubbles: true, cancelable: true })), 1)",
    )
    .await;
    set_hidden(&driver, true).await;
    advance_clock(&driver, 90 * 1000).await;
    // The 5-second timer looks while the page is hidden, too.
    tokio::time::sleep(std::time::Duration::from_secs(6)).await;
    set_hidden(&driver, false).await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(
        js(&driver, "window.__e2eBeforeReload").await,
        1,
        "no reload while the picker was open"
    );
    set_hidden(&driver, true).await;
    advance_clock(&driver, 31 * 1000).await;
    set_hidden(&driver, false).await;
    wait_reloaded(&driver, "locked").await;
    assert_eq!(lock_reason(&driver).await, "vault-locked-auto");

    // --- A damaged record: flip one byte of one of the two records the first save wrote (keys
    // are opaque: it holds the name or the notes). The rest opens; the damage is named. ---
    driver.refresh().await.unwrap();
    wait_status(&driver, "locked").await;
    let flipped = driver
        .execute_async(
            r"const done = arguments[arguments.length - 1];
            const key = arguments[0];
            const open = indexedDB.open('mein-ordner-vault');
            open.onsuccess = () => {
              const db = open.result;
              const tx = db.transaction('records', 'readwrite');
              const os = tx.objectStore('records');
              const get = os.get(key);
              get.onsuccess = () => {
                const v = get.result;
                if (!v) { done('no record ' + key); return; }
                const bytes = new Uint8Array(v instanceof ArrayBuffer ? v.slice(0) : v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
                bytes[bytes.length - 20] ^= 0x40;
                os.put(bytes.buffer, key);
                tx.oncomplete = () => { db.close(); done([key]); };
              };
            };
            open.onerror = () => done('no database');",
            vec![serde_json::json!(profile_slots[0])],
        )
        .await
        .unwrap()
        .json()
        .clone();
    assert!(flipped.is_array(), "could not damage the record: {flipped}");
    unlock(&driver, THIRD).await;
    wait_status(&driver, "unlocked").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-damaged')",
        "the damaged-record message",
    )
    .await;
    let notes = js(&driver, "document.querySelector('#vault-notes').value").await;
    let name = name_shown(&driver).await;
    assert!(
        (name == NAME && notes == "") || (name == "" && notes == NOTE),
        "exactly one of name and notes is damaged: {name:?} {notes}"
    );
    screenshot(&driver, "vault-manage-3-damaged-fa.png").await;
    type_into(&driver, "#vault-name", NAME).await;

    // --- Storage full in the middle of a save: the message, and nothing stored changes. ---
    type_into(&driver, "#vault-notes", "kurz").await;
    click(&driver, "#vault-save").await;
    wait_js(
        &driver,
        "document.querySelector('.vault-data .vault-status')?.textContent.length > 0",
        "saved",
    )
    .await;
    let before = vault_entries(&raw_storage(&driver).await);
    // The disk fills up between the two writes of one save: the first put is issued, the
    // second throws QuotaExceededError (Chromium's own quota override is not enforced
    // deterministically for IndexedDB, so the browser's error is raised here directly).
    js(
        &driver,
        "(() => { const put = IDBObjectStore.prototype.put; let calls = 0; \
         IDBObjectStore.prototype.put = function (...args) { \
           calls += 1; \
           if (calls === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); \
           return put.apply(this, args); }; return 1; })()",
    )
    .await;
    type_into(&driver, "#vault-notes", "Ordnerblatt Notiz lang").await;
    type_into(&driver, "#vault-name", "Neuer Name Qz9").await;
    click(&driver, "#vault-save").await;
    assert_eq!(
        error_id(&driver, ".vault-data").await,
        "vault-error-storage-full"
    );
    screenshot(&driver, "vault-manage-4-storage-full-fa.png").await;
    assert_eq!(
        before,
        vault_entries(&raw_storage(&driver).await),
        "a failed save changed storage"
    );
    driver.refresh().await.unwrap();
    wait_status(&driver, "locked").await;
    unlock(&driver, THIRD).await;
    wait_status(&driver, "unlocked").await;
    assert_eq!(name_shown(&driver).await, NAME);
    assert_eq!(
        js(&driver, "document.querySelector('#vault-notes').value").await,
        "kurz"
    );

    // --- Ticks: stored while open, shown on the home card, gone when locked, back at unlock. ---
    driver
        .goto(format!("{origin}/#/tab/housing"))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('.check-item input[type=checkbox]')",
        "the housing checklist",
    )
    .await;
    click(&driver, ".check-item:nth-of-type(2) input[type=checkbox]").await;
    wait_js(
        &driver,
        "document.querySelector('.tab-progress[data-done=\"1\"]')",
        "one item ticked",
    )
    .await;
    let ticked_key = js(
        &driver,
        "document.querySelector('.check-item:nth-of-type(2)').dataset.key",
    )
    .await;
    driver.goto(format!("{origin}/#/")).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('a[href=\"#/tab/housing\"] .tab-progress[data-done=\"1\"]')",
        "the housing card showing one done",
    )
    .await;
    lock_now(&driver).await;
    driver
        .goto(format!("{origin}/#/tab/housing"))
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelector('.tab-progress[data-done=\"0\"]')",
        "nothing ticked while locked",
    )
    .await;
    unlock_on_folder(&driver, &origin, THIRD).await;
    driver
        .goto(format!("{origin}/#/tab/housing"))
        .await
        .unwrap();
    wait_js(
        &driver,
        &format!("document.querySelector('.check-item[data-key={ticked_key}] input')?.checked"),
        "the tick back after unlock",
    )
    .await;

    // --- The chosen town is kept in the folder: gone when locked, back when unlocked. ---
    driver.goto(format!("{origin}/#/town")).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('.notice[data-town-stored=\"true\"]')",
        "the town screen saying the town is stored",
    )
    .await;
    let manifest = |dump: &serde_json::Value| {
        vault_entries(dump)
            .into_iter()
            .find(|(k, _)| k == "meta/manifest")
            .map(|(_, v)| v)
    };
    let manifest_before = manifest(&raw_storage(&driver).await);
    click(&driver, "label[data-town=\"dresden\"] input").await;
    wait_js(
        &driver,
        "document.querySelector('.pack-ok')",
        "Dresden loaded",
    )
    .await;
    // The town is one more record under an opaque key: the manifest is rewritten.
    let mut stored = false;
    for _ in 0..50 {
        if manifest(&raw_storage(&driver).await) != manifest_before {
            stored = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(stored, "the town was not stored");
    lock_now(&driver).await;
    let town_checked =
        |key: &str| format!("document.querySelector('label[data-town=\"{key}\"] input')?.checked");
    driver.goto(format!("{origin}/#/town")).await.unwrap();
    wait_js(&driver, &town_checked(""), "no town while locked").await;
    assert_eq!(
        js(
            &driver,
            "document.querySelector('.notice[data-town-stored]').dataset.townStored"
        )
        .await,
        "false"
    );
    unlock_on_folder(&driver, &origin, THIRD).await;
    driver.goto(format!("{origin}/#/town")).await.unwrap();
    wait_js(&driver, &town_checked("dresden"), "Dresden chosen again").await;

    let dump = raw_storage(&driver).await;
    let key: &str = ticked_key.as_str().unwrap();
    assert_no_plaintext(
        &dump,
        &[
            NAME,
            NOTE,
            FIRST,
            SECOND,
            THIRD,
            &first_key,
            &second_key,
            "Dresden",
            "dresden",
            key,
        ],
    );
    driver.quit().await.unwrap();
}
