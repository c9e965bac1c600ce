//! The app shell end to end: pick Arabic, see the ten tabs right-to-left in both languages,
//! reload with the server stopped and still see them (and `ocr/sizes.txt`, which the document
//! screens read), and prove that every request went to the app's own origin.

#![allow(clippy::unwrap_used, clippy::expect_used)] // tests fail loudly

use e2e::{Driver, Server, browser, built_dist, js, page_requests, repo_root, screenshot, wait_js};
use ordner_core::bidi::strip_bidi_controls;
use ordner_core::{Catalog, TabId};
use thirtyfour::prelude::*;

/// The ten cards show the German and Arabic titles, each marked with its language and direction.
async fn assert_arabic_tabs(driver: &WebDriver, de: &Catalog, ar: &Catalog) {
    wait_js(
        driver,
        "document.querySelectorAll('.tab-card').length === 10",
        "ten tab cards",
    )
    .await;
    assert_eq!(js(driver, "document.documentElement.lang").await, "ar");
    assert_eq!(js(driver, "document.documentElement.dir").await, "rtl");
    for tab in TabId::ALL {
        let card = driver
            .find(By::Css(format!(".tab-card[data-tab='{}']", tab.key())))
            .await
            .unwrap();
        let own = card.find(By::Css(".bi-own")).await.unwrap();
        assert_eq!(own.attr("lang").await.unwrap().as_deref(), Some("ar"));
        assert_eq!(own.attr("dir").await.unwrap().as_deref(), Some("rtl"));
        let german = card.find(By::Css(".bi-de")).await.unwrap();
        assert_eq!(german.attr("lang").await.unwrap().as_deref(), Some("de"));
        assert_eq!(german.attr("dir").await.unwrap().as_deref(), Some("ltr"));

        let id = tab.title_id();
        let want_ar = ar.msg_args(
            &id,
            &[("town", ordner_core::i18n::Arg::Str(&ar.msg("app-country")))],
        );
        let want_de = de.msg_args(
            &id,
            &[("town", ordner_core::i18n::Arg::Str(&de.msg("app-country")))],
        );
        let got_ar = own.prop("textContent").await.unwrap().unwrap_or_default();
        let got_de = german
            .prop("textContent")
            .await
            .unwrap()
            .unwrap_or_default();
        assert_eq!(
            strip_bidi_controls(&got_ar),
            strip_bidi_controls(&want_ar),
            "{id} (ar)"
        );
        assert_eq!(
            strip_bidi_controls(&got_de),
            strip_bidi_controls(&want_de),
            "{id} (de)"
        );
    }
    let body = js(driver, "document.body.textContent").await;
    assert!(
        !body.as_str().unwrap_or("").contains('⟦'),
        "a message is missing: {body}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn arabic_tabs_work_offline_and_only_talk_to_their_own_origin() {
    let dist = built_dist();
    let locales = repo_root().join("locales");
    let de = Catalog::load_dir(&locales, "de").unwrap();
    let ar = Catalog::load_dir(&locales, "ar").unwrap();

    let mut server = Server::start(&dist);
    let chromedriver = Driver::start();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    let origin = server.origin();

    driver.goto(format!("{origin}/")).await.unwrap();
    wait_js(&driver, e2e::APP_LANGUAGE_CHOICE, "the language choice").await;
    screenshot(&driver, "language-picker.png").await;
    driver
        .find(By::Css(".lang-choice[data-lang='ar']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_arabic_tabs(&driver, &de, &ar).await;

    // The service worker controls the page and has cached the build.
    wait_js(
        &driver,
        "navigator.serviceWorker.controller !== null",
        "the service worker",
    )
    .await;
    wait_js(
        &driver,
        "document.querySelector('.offline-ready') !== null",
        "the offline notice",
    )
    .await;
    screenshot(&driver, "home-ar.png").await;

    // Every request the page made went to its own origin: the page's network log says so (it
    // also lists requests a policy blocked), and so does the server, which is the browser's proxy
    // for every host and records what web content (pages, workers, the service worker) asked for.
    let requested = page_requests(&driver, &origin).await;
    assert!(
        requested.iter().any(|u| u.ends_with(".wasm")),
        "no wasm in the page log: {requested:?}"
    );
    for url in &requested {
        assert!(
            url.starts_with(&format!("{origin}/"))
                || url.starts_with("data:")
                || url.starts_with("blob:"),
            "the page asked for {url}"
        );
    }
    let seen = server.seen();
    assert!(
        seen.iter().any(|s| s.path.ends_with("sw.js")),
        "sw.js not fetched: {seen:?}"
    );
    let own = format!("127.0.0.1:{}", server.port);
    let foreign: Vec<_> = seen
        .iter()
        .filter(|s| s.from_web_content && s.authority != own)
        .collect();
    assert!(
        foreign.is_empty(),
        "web content asked other origins: {foreign:?}"
    );
    let resources = js(
        &driver,
        "performance.getEntries().map(e => e.name).filter(n => n.includes('://'))",
    )
    .await;
    for name in resources.as_array().unwrap() {
        let name = name.as_str().unwrap();
        assert!(
            name.starts_with(&format!("{origin}/")),
            "resource from elsewhere: {name}"
        );
    }

    // Offline: the server is gone, the app still opens, in Arabic, from the service worker.
    server.stop();
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", server.port)).is_err(),
        "server still up"
    );
    driver.refresh().await.unwrap();
    assert_arabic_tabs(&driver, &de, &ar).await;
    screenshot(&driver, "home-ar-offline.png").await;
    // The document screens show the text recognition's download size from ocr/sizes.txt: it is
    // precached (the engine itself is not, build/sw-precache.sh).
    let sizes = js(
        &driver,
        "fetch('ocr/sizes.txt').then(r => r.ok ? r.text() : 'HTTP ' + r.status, e => String(e))",
    )
    .await;
    assert!(
        sizes
            .as_str()
            .unwrap_or("")
            .contains("tesseract-core.wasm "),
        "ocr/sizes.txt offline: {sizes}"
    );

    driver.quit().await.unwrap();
}
