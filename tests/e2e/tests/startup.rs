//! What the first screen downloads (issue 7's budget: only the messages of the languages in use,
//! no town packs in the app's wasm), and that what was moved out of the wasm still works:
//!
//! - the build has one message bundle per language, which reads back into the source messages;
//! - the town packs' text is not in the app's wasm (only in the PDF worker's, which prints them);
//! - the first visit fetches only the first-start files (`app.ftl`) of German and English, once
//!   each, as preloads started before the wasm; a choice fetches all messages of German and the
//!   chosen language and nothing of any other; a reload preloads exactly those (`public/boot.js`);
//! - a built-in town pack comes from `packs/<file>`; when it cannot be fetched, the town screen
//!   says so in both languages and keeps the town chosen before.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

use std::path::{Path, PathBuf};

use e2e::{Driver, Server, browser, built_dist, js, repo_root, screenshot, wait_js};
use ordner_core::content::builtin_packs;
use ordner_core::i18n::{Arg, bundle_path, start_path};
use ordner_core::{Catalog, LANGUAGES};
use thirtyfour::prelude::*;

/// The app's own wasm: the one `index.html` names (the workers are loaded on demand).
fn main_wasm(dist: &Path) -> PathBuf {
    dist.join(e2e::app_wasm_path(dist).trim_start_matches('/'))
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

#[test]
fn the_build_has_one_message_bundle_per_language_and_no_pack_text_in_the_app_wasm() {
    let dist = built_dist();
    let locales = repo_root().join("locales");
    for language in LANGUAGES {
        let code = language.code;
        let path = bundle_path(code);
        let text = std::fs::read_to_string(dist.join(&path)).unwrap();
        let bundle = Catalog::from_bundle(code, &path, &text).unwrap();
        let source = Catalog::load_dir(&locales, code).unwrap();
        for id in ["app-name", "town-pack-unavailable", "lang-choose-title"] {
            assert_eq!(bundle.msg(id), source.msg(id), "{code}: {id}");
        }
        let start = std::fs::read_to_string(dist.join(start_path(code))).unwrap();
        let start = Catalog::from_start_file(code, &start).unwrap();
        assert_eq!(
            start.msg("lang-choose-title"),
            source.msg("lang-choose-title")
        );
        assert!(
            !dist.join("locales").join(code).exists(),
            "{code}: the per-file directory is in the build too"
        );
    }

    let app = std::fs::read(main_wasm(&dist)).unwrap();
    let worker = std::fs::read(dist.join("pdf_worker_bg.wasm")).unwrap();
    for pack in builtin_packs() {
        let text = std::fs::read_to_string(repo_root().join("packs").join(pack.file)).unwrap();
        assert_eq!(
            std::fs::read_to_string(dist.join(pack.web_path())).unwrap(),
            text,
            "{}",
            pack.file
        );
        // The pack's longest line, a string no other part of the app has.
        let line = text.lines().max_by_key(|l| l.len()).unwrap();
        assert!(line.len() > 60, "{}: {line}", pack.file);
        assert!(
            !contains(&app, line),
            "{}: its text is in the app's wasm",
            pack.file
        );
        assert!(
            contains(&worker, line),
            "{}: not in the PDF worker",
            pack.file
        );
    }
}

/// The message bundles the page itself fetched (resource timing; the service worker's own
/// downloads are not the page's), as `(file, initiator)`: `link` for a preload, `fetch` when the
/// app's fetch could not use one.
async fn page_bundles(driver: &WebDriver) -> Vec<(String, String)> {
    let entries = js(
        driver,
        "performance.getEntriesByType('resource').filter(e => /\\/locales\\/.*\\.ftl$/.test(e.name))\
         .map(e => [e.name.replace(/^.*\\/locales\\//, ''), e.initiatorType])",
    )
    .await;
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e[0].as_str().unwrap().to_owned(),
                e[1].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn only_the_languages_in_use_are_fetched_preloaded_and_packs_come_as_files() {
    let dist = built_dist();
    let locales = repo_root().join("locales");
    let de = Catalog::load_dir(&locales, "de").unwrap();
    let ar = Catalog::load_dir(&locales, "ar").unwrap();

    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    let origin = server.origin();

    // First visit: the first-start files of German and English, each fetched once, by the
    // preloads; the language choice has every text it shows.
    driver.goto(format!("{origin}/")).await.unwrap();
    wait_js(&driver, e2e::APP_LANGUAGE_CHOICE, "the language choice").await;
    let mut first = page_bundles(&driver).await;
    first.sort();
    assert_eq!(
        first,
        [
            ("de.start.ftl".to_owned(), "link".to_owned()),
            ("en.start.ftl".to_owned(), "link".to_owned())
        ],
        "first visit"
    );
    let picker = js(&driver, "document.body.textContent").await;
    let picker = picker.as_str().unwrap();
    assert!(!picker.contains('⟦'), "{picker}");
    assert!(picker.contains(&de.msg("lang-choose-title")), "{picker}");

    // Choosing Arabic fetches all messages of German and Arabic, nothing else.
    driver
        .find(By::Css(".lang-choice[data-lang='ar']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_js(
        &driver,
        "document.querySelectorAll('.tab-card').length === 10",
        "home",
    )
    .await;
    let mut after: Vec<String> = page_bundles(&driver)
        .await
        .into_iter()
        .map(|(f, _)| f)
        .filter(|f| !f.ends_with(".start.ftl"))
        .collect();
    after.sort();
    assert_eq!(after, ["ar.ftl", "de.ftl"], "after choosing Arabic");

    // A reload preloads German and Arabic before the wasm runs, and only those.
    driver.refresh().await.unwrap();
    wait_js(
        &driver,
        "document.querySelectorAll('.tab-card').length === 10",
        "home after reload",
    )
    .await;
    let mut reload = page_bundles(&driver).await;
    reload.sort();
    assert_eq!(
        reload,
        [
            ("ar.ftl".to_owned(), "link".to_owned()),
            ("de.ftl".to_owned(), "link".to_owned())
        ],
        "reload"
    );

    // Town packs are fetched from packs/<file>. Dresden loads.
    js(&driver, "(location.hash = '#/town', true)").await;
    let choose = |key: &'static str| {
        let driver = driver.clone();
        async move {
            wait_js(
                &driver,
                &format!("document.querySelector(\".town-choice[data-town='{key}'] input\")"),
                "the town choice",
            )
            .await;
            driver
                .find(By::Css(format!(".town-choice[data-town='{key}'] input")))
                .await
                .unwrap()
                .click()
                .await
                .unwrap();
        }
    };
    choose("dresden").await;
    let ok = wait_js(
        &driver,
        "document.querySelector('.pack-ok')?.textContent",
        "Dresden loaded",
    )
    .await;
    assert!(ok.as_str().unwrap().contains("Dresden"), "{ok}");
    let fetched = js(
        &driver,
        "performance.getEntriesByType('resource').some(e => e.name.endsWith('/packs/dresden.toml'))",
    )
    .await;
    assert_eq!(fetched, serde_json::Value::Bool(true));

    // Neuss cannot be fetched (blocked, past the service worker's cache): the screen says so in
    // German and Arabic, and Dresden stays chosen.
    let dev = driver.cdp();
    dev.send_raw("Network.enable", serde_json::json!({}))
        .await
        .unwrap();
    dev.send_raw(
        "Network.setBypassServiceWorker",
        serde_json::json!({"bypass": true}),
    )
    .await
    .unwrap();
    dev.send_raw(
        "Network.setBlockedURLs",
        serde_json::json!({"urls": ["*/packs/neuss.toml"]}),
    )
    .await
    .unwrap();
    choose("neuss").await;
    wait_js(
        &driver,
        "document.querySelector('.pack-unavailable')",
        "the error",
    )
    .await;
    let de_text = js(
        &driver,
        "document.querySelector('.pack-unavailable .bi-de').textContent",
    )
    .await;
    let ar_text = js(
        &driver,
        "document.querySelector('.pack-unavailable .bi-own').textContent",
    )
    .await;
    let strip = ordner_core::bidi::strip_bidi_controls;
    assert_eq!(
        strip(de_text.as_str().unwrap()),
        strip(&de.msg_args("town-pack-unavailable", &[("town", Arg::Str("Neuss"))]))
    );
    assert_eq!(
        strip(ar_text.as_str().unwrap()),
        strip(&ar.msg_args("town-pack-unavailable", &[("town", Arg::Str("Neuss"))]))
    );
    js(
        &driver,
        "(document.querySelector('.pack-unavailable').scrollIntoView({block: 'center'}), true)",
    )
    .await;
    screenshot(&driver, "town-pack-unavailable-ar.png").await;
    let checked = js(
        &driver,
        "[...document.querySelectorAll('.town-choice input')].filter(i => i.checked)\
         .map(i => i.closest('.town-choice').dataset.town)",
    )
    .await;
    assert_eq!(checked, serde_json::json!(["dresden"]));

    driver.quit().await.unwrap();
}
