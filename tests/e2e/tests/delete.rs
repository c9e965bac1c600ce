//! "Delete" leaves what it says and nothing else (#12 §5), and the about screen shows the build
//! id (#12 §8), in headless Chromium (390 px, German + Ukrainian):
//!
//! - before any folder exists, the origin has no IndexedDB database;
//! - the about screen shows the id the build wrote into `build-id.txt`, and the origin;
//! - "delete my folder": the vault's database is gone (`indexedDB.databases()` is empty), nothing
//!   of the folder is in the raw dump, sessionStorage is empty, localStorage holds only the
//!   language, and the app's caches and service worker stay: the app opens again with the
//!   server stopped;
//! - "remove the app and all its data": no database, no cache (`caches.keys()` is empty), no
//!   service worker registration, localStorage and sessionStorage empty.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::time::{Duration, Instant};

use e2e::vault::{
    assert_no_plaintext, click, create_folder, open_folder, raw_storage, type_into, vault_entries,
    wait_status,
};
use e2e::{Driver, Server, browser, built_dist, js, screenshot, wait_js};
use serde_json::Value;
use thirtyfour::prelude::*;

const PASSPHRASE: &str = "Blaue Brücke über der Saale 42";
const NAME: &str = "DELNAMEMARK Oksana Kovalenko";
const NOTE: &str = "DELNOTEMARK Termin Ausländerbehörde";

/// The service worker registrations of the origin (their scopes).
async fn registrations(driver: &WebDriver) -> Vec<String> {
    let value = driver
        .execute_async(
            "const done = arguments[arguments.length - 1];\
             navigator.serviceWorker.getRegistrations()\
               .then((rs) => done(rs.map((r) => r.scope)), (e) => done(['error: ' + e]));",
            Vec::new(),
        )
        .await
        .unwrap()
        .json()
        .clone();
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// Waits until the service worker controls the page and its cache holds the build (the raw
/// dump checks every cached file against the build).
async fn wait_cached(driver: &WebDriver) -> Value {
    wait_js(
        driver,
        "navigator.serviceWorker.controller !== null",
        "the service worker",
    )
    .await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let dump = raw_storage(driver).await;
        if dump["caches"].as_array().unwrap().len() > 10 {
            return dump;
        }
        assert!(
            Instant::now() < deadline,
            "the build was not cached: {dump}"
        );
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Creates a folder and saves a name and notes.
async fn make_folder(driver: &WebDriver) {
    create_folder(driver, PASSPHRASE).await;
    type_into(driver, "#vault-name", NAME).await;
    type_into(driver, "#vault-notes", NOTE).await;
    click(driver, "#vault-save").await;
    wait_js(
        driver,
        "document.querySelector('.vault-data .vault-status')?.textContent.length > 0",
        "saved",
    )
    .await;
    let dump = raw_storage(driver).await;
    assert!(
        !vault_entries(&dump).is_empty(),
        "the folder is stored: {dump}"
    );
    assert_eq!(strings(&dump["databases"]), ["mein-ordner-vault"]);
}

#[tokio::test(flavor = "multi_thread")]
async fn delete_my_folder_then_remove_the_app() {
    let dist = built_dist();
    let mut server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;

    // --- No folder yet: no database either (it is created with the folder). ---
    open_folder(&driver, &origin, "uk").await;
    wait_status(&driver, "empty").await;
    let dump = wait_cached(&driver).await;
    assert_eq!(strings(&dump["databases"]), Vec::<String>::new(), "{dump}");

    // --- The about screen: the build id of this build, and where the app came from. ---
    let build_id = std::fs::read_to_string(dist.join("build-id.txt")).unwrap();
    let build_id = build_id.trim();
    assert_eq!(build_id.len(), 16, "{build_id:?}");
    js(&driver, "(location.hash = '#/', 1)").await;
    wait_js(
        &driver,
        "document.querySelector('.about-link a')",
        "the about link",
    )
    .await;
    click(&driver, ".about-link a").await;
    let shown = wait_js(
        &driver,
        "document.querySelector('.about-build')?.dataset.build",
        "the build id",
    )
    .await;
    assert_eq!(shown, build_id);
    let text = js(
        &driver,
        "document.querySelector('section.about').textContent",
    )
    .await;
    let text = text.as_str().unwrap();
    assert!(text.contains(build_id), "{text}");
    assert!(text.contains(&origin), "{text}");
    screenshot(&driver, "about-uk.png").await;

    // --- Level 1: delete my folder. ---
    js(&driver, "(location.hash = '#/folder', 1)").await;
    wait_status(&driver, "empty").await;
    make_folder(&driver).await;
    assert!(
        driver
            .find(By::Css(".vault-delete .vault-saved-files"))
            .await
            .is_ok(),
        "the files the app cannot delete are named"
    );
    click(&driver, "#vault-delete").await;
    click(&driver, "#vault-delete-yes").await;
    wait_status(&driver, "empty").await;
    screenshot(&driver, "delete-1-folder-deleted-uk.png").await;
    let dump = raw_storage(&driver).await;
    assert_eq!(strings(&dump["databases"]), Vec::<String>::new(), "{dump}");
    assert!(dump["idb"].as_array().unwrap().is_empty(), "{dump}");
    assert!(dump["session"].as_array().unwrap().is_empty(), "{dump}");
    let local: Vec<String> = dump["local"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e[0].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(local, ["mein-ordner-lang"], "only the language stays");
    assert!(
        !dump["cacheNames"].as_array().unwrap().is_empty(),
        "the app stays cached: {dump}"
    );
    assert_eq!(registrations(&driver).await.len(), 1);
    assert_no_plaintext(&dump, &[NAME, NOTE, PASSPHRASE]);

    // The app still opens offline, with no folder, and makes no database by opening.
    server.stop();
    driver.refresh().await.unwrap();
    wait_status(&driver, "empty").await;
    let dump = raw_storage(&driver).await;
    assert_eq!(strings(&dump["databases"]), Vec::<String>::new(), "{dump}");

    // --- Level 2: remove the app and all its data (a new folder first, made offline). ---
    make_folder(&driver).await;
    click(&driver, "#vault-remove-app").await;
    click(&driver, "#vault-remove-app-yes").await;
    wait_status(&driver, "empty").await;
    wait_js(
        &driver,
        "document.querySelector('#vault-folder-notice')?.textContent.length > 0",
        "the removed notice",
    )
    .await;
    screenshot(&driver, "delete-2-app-removed-uk.png").await;
    let dump = raw_storage(&driver).await;
    assert_eq!(strings(&dump["databases"]), Vec::<String>::new(), "{dump}");
    assert!(dump["idb"].as_array().unwrap().is_empty(), "{dump}");
    assert!(dump["local"].as_array().unwrap().is_empty(), "{dump}");
    assert!(dump["session"].as_array().unwrap().is_empty(), "{dump}");
    assert!(dump["cacheNames"].as_array().unwrap().is_empty(), "{dump}");
    assert!(registrations(&driver).await.is_empty());
    assert_no_plaintext(&dump, &[NAME, NOTE, PASSPHRASE]);

    driver.quit().await.unwrap();
}
