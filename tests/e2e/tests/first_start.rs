//! The first screen of a first visit, the language choice, is plain HTML in `index.html`
//! (`public/boot.js` shows it; `src/first_start.rs`): it works before the app's wasm has arrived,
//! and the app takes it over without a second choice.
//!
//! - With the wasm held back by the server, the choice shows, a click stores the language as the
//!   app stores it and the page takes its `lang` and `dir`; once the wasm arrives, the app opens
//!   home in that language and never shows its own picker.
//! - Without a choice, the app replaces the page's picker by its own, which renders the same
//!   markup, and gives the keyboard focus back to the same language.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

use e2e::{Driver, Server, app_wasm_path, browser, built_dist, js, repo_root, screenshot, wait_js};
use ordner_core::Catalog;
use ordner_core::bidi::strip_bidi_controls;
use thirtyfour::prelude::*;

/// The static screen is visible and its buttons answer (boot.js has run).
const STATIC_SHOWN: &str = "(() => { const s = document.getElementById('first-start'); \
     return !!s && !s.hidden && s.querySelectorAll('.lang-choice').length === 16; })()";

/// Whether the page has received the app's wasm (resource timing lists finished downloads only).
const WASM_ARRIVED: &str =
    "performance.getEntriesByType('resource').some(e => e.name.endsWith('_bg.wasm'))";

/// Records whether the app ever puts a language picker of its own on the page.
const WATCH_PICKER: &str = "(() => { window.__appPicker = false; \
     new MutationObserver((changes) => { for (const c of changes) for (const n of c.addedNodes) \
       if (n.nodeType === 1 && (n.matches('.language-picker') || n.querySelector('.language-picker'))) \
         window.__appPicker = true; }).observe(document.body, { childList: true, subtree: true }); \
     return true; })()";

/// The picker's markup without the whitespace between tags and Leptos's comment markers.
const PICKER_HTML: &str = "document.querySelector('.language-picker').outerHTML\
     .replace(/<!--.*?-->/g, '').replace(/>\\s+</g, '><')";

#[tokio::test(flavor = "multi_thread")]
async fn the_choice_works_before_the_wasm_and_the_app_opens_home_in_that_language() {
    let dist = built_dist();
    let locales = repo_root().join("locales");
    let de = Catalog::load_dir(&locales, "de").unwrap();
    let ar = Catalog::load_dir(&locales, "ar").unwrap();
    let wasm = app_wasm_path(&dist);

    let server = Server::start(&dist);
    server.hold(&wasm);
    let chromedriver = Driver::start();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    driver.goto(format!("{}/", server.origin())).await.unwrap();

    wait_js(&driver, STATIC_SHOWN, "the page's language choice").await;
    assert_eq!(js(&driver, WASM_ARRIVED).await, false);
    assert!(
        server.seen().iter().any(|s| s.path == wasm),
        "the wasm was not even asked for"
    );
    let text = js(&driver, "document.getElementById('first-start').innerText").await;
    let text = text.as_str().unwrap();
    for want in [
        de.msg("lang-choose-title"),
        de.msg("lang-choose-hint"),
        "العربية".to_owned(),
        "Українська".to_owned(),
    ] {
        assert!(text.contains(&want), "{want} not in {text}");
    }
    let arabic = driver
        .find(By::Css(
            "#first-start .lang-choice[data-lang='ar'] .lang-native",
        ))
        .await
        .unwrap();
    assert_eq!(arabic.attr("lang").await.unwrap().as_deref(), Some("ar"));
    assert_eq!(arabic.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    screenshot(&driver, "first-start-static.png").await;

    js(&driver, WATCH_PICKER).await;
    driver
        .find(By::Css("#first-start .lang-choice[data-lang='ar']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Stored as src/prefs.rs stores it; the page is Arabic, right to left, and says "…".
    assert_eq!(
        js(&driver, "localStorage.getItem('mein-ordner-lang')").await,
        "\"ar\""
    );
    assert_eq!(js(&driver, "document.documentElement.lang").await, "ar");
    assert_eq!(js(&driver, "document.documentElement.dir").await, "rtl");
    assert_eq!(
        js(&driver, "document.querySelectorAll('.loading').length").await,
        1,
        "one \"…\""
    );
    assert_eq!(js(&driver, WASM_ARRIVED).await, false);

    // The wasm arrives: home, in German and Arabic, without the app's own picker.
    server.release(&wasm);
    wait_js(
        &driver,
        "document.querySelectorAll('.tab-card').length === 10",
        "home",
    )
    .await;
    assert_eq!(
        js(&driver, "!document.getElementById('first-start')").await,
        true
    );
    assert_eq!(
        js(&driver, "window.__appPicker").await,
        false,
        "a second choice"
    );
    assert_eq!(js(&driver, "document.documentElement.lang").await, "ar");
    assert_eq!(js(&driver, "document.documentElement.dir").await, "rtl");
    assert_eq!(
        js(&driver, "document.querySelectorAll('main').length").await,
        1
    );
    let own = js(
        &driver,
        "document.querySelector('.tab-card .bi-own').getAttribute('lang')",
    )
    .await;
    assert_eq!(own, "ar");
    let body = js(&driver, "document.body.innerText").await;
    let body = strip_bidi_controls(body.as_str().unwrap());
    assert!(!body.contains('⟦'), "a message is missing: {body}");
    assert!(
        body.contains(&strip_bidi_controls(&ar.msg("app-name"))),
        "{body}"
    );
    driver.quit().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_choice_the_app_puts_the_same_picker_in_its_place_and_keeps_the_focus() {
    let dist = built_dist();
    let wasm = app_wasm_path(&dist);
    let server = Server::start(&dist);
    server.hold(&wasm);
    let chromedriver = Driver::start();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    driver.goto(format!("{}/", server.origin())).await.unwrap();

    wait_js(&driver, STATIC_SHOWN, "the page's language choice").await;
    let page_picker = js(&driver, PICKER_HTML).await;
    assert_eq!(js(&driver, "document.documentElement.lang").await, "en");
    js(
        &driver,
        "(document.querySelector(\"#first-start .lang-choice[data-lang='fa']\").focus(), true)",
    )
    .await;

    server.release(&wasm);
    wait_js(
        &driver,
        "!document.getElementById('first-start') && document.querySelector('.language-picker')",
        "the app's language choice",
    )
    .await;
    assert_eq!(
        js(&driver, PICKER_HTML).await,
        page_picker,
        "not the same picker"
    );
    assert_eq!(
        js(
            &driver,
            "document.querySelectorAll('.language-picker, main').length"
        )
        .await,
        2,
        "one picker in one main"
    );
    wait_js(
        &driver,
        "document.activeElement?.dataset.lang === 'fa'",
        "the focus back on Persian",
    )
    .await;

    // The app's own picker works as before.
    driver
        .find(By::Css(".lang-choice[data-lang='uk']"))
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
    assert_eq!(
        js(&driver, "localStorage.getItem('mein-ordner-lang')").await,
        "\"uk\""
    );
    assert_eq!(js(&driver, "document.documentElement.lang").await, "uk");
    driver.quit().await.unwrap();
}
