//! Browser tests of the app's own code, run by wasm-bindgen-test in headless Chromium
//! (`cargo xtask test`, or `cargo test -p mein-ordner --target wasm32-unknown-unknown`).
#![allow(clippy::unwrap_used)] // tests fail loudly
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use leptos::context::Provider;
use leptos::prelude::*;
use mein_ordner::components::bi::Bi;
use mein_ordner::i18n::Texts;
use ordner_core::{Catalog, TabId};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn catalog(code: &str) -> Arc<Catalog> {
    let (app, tabs) = match code {
        "de" => (
            include_str!("../locales/de/app.ftl"),
            include_str!("../locales/de/tabs.ftl"),
        ),
        "ar" => (
            include_str!("../locales/ar/app.ftl"),
            include_str!("../locales/ar/tabs.ftl"),
        ),
        _ => (
            include_str!("../locales/en/app.ftl"),
            include_str!("../locales/en/tabs.ftl"),
        ),
    };
    Arc::new(Catalog::from_sources(code, &[("app.ftl", app), ("tabs.ftl", tabs)]).unwrap())
}

fn texts(own: &str) -> Texts {
    Texts {
        de: catalog("de"),
        own: catalog(own),
    }
}

fn fresh_container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

#[wasm_bindgen_test]
fn language_choice_survives_in_local_storage() {
    mein_ordner::prefs::forget_language();
    assert!(mein_ordner::prefs::stored_language().is_none());
    mein_ordner::prefs::store_language("ar");
    assert_eq!(
        mein_ordner::prefs::stored_language().map(|l| l.code),
        Some("ar")
    );
    // An unknown code (an older build, a hand edit) is ignored rather than trusted.
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.set_item("mein-ordner-lang", "\"xx\"").unwrap();
    assert!(mein_ordner::prefs::stored_language().is_none());
    mein_ordner::prefs::forget_language();
}

#[wasm_bindgen_test]
fn bilingual_block_marks_each_language_with_lang_and_dir() {
    let container = fresh_container();
    let t = texts("ar");
    let title = t.tab_title(TabId::Arrival, Some("Dresden"));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! {
            <Provider value=t.clone()>
                <Bi text=title.clone() />
            </Provider>
        }
    });
    let de = container.query_selector(".bi-de").unwrap().unwrap();
    let ar = container.query_selector(".bi-own").unwrap().unwrap();
    assert_eq!(de.get_attribute("lang").as_deref(), Some("de"));
    assert_eq!(de.get_attribute("dir").as_deref(), Some("ltr"));
    assert_eq!(ar.get_attribute("lang").as_deref(), Some("ar"));
    assert_eq!(ar.get_attribute("dir").as_deref(), Some("rtl"));
    assert_eq!(
        de.text_content().unwrap(),
        "Ankommen in \u{2068}Dresden\u{2069}"
    );
    // The German town name inside the Arabic title is an isolated left-to-right run.
    let arabic = ar.text_content().unwrap();
    assert!(arabic.contains("\u{2068}Dresden\u{2069}"), "{arabic:?}");
    assert!(arabic.starts_with("الوصول"), "{arabic:?}");
    drop(handle);
}

#[wasm_bindgen_test]
fn german_only_shows_one_block() {
    let container = fresh_container();
    let t = texts("de");
    assert!(t.is_german_only());
    let text = t.bi("app-name");
    let handle = leptos::mount::mount_to(container.clone(), move || {
        view! {
            <Provider value=t.clone()>
                <Bi text=text.clone() />
            </Provider>
        }
    });
    assert_eq!(container.query_selector_all(".bi-de").unwrap().length(), 1);
    assert_eq!(container.query_selector_all(".bi-own").unwrap().length(), 0);
    drop(handle);
}

#[wasm_bindgen_test]
fn route_fragments_round_trip() {
    use mein_ordner::route::Route;
    for route in [
        Route::Home,
        Route::Tab(TabId::Housing),
        Route::Tab(TabId::Documents),
    ] {
        assert_eq!(Route::from_hash(&route.to_hash()), route);
    }
    assert_eq!(Route::from_hash(""), Route::Home);
    assert_eq!(Route::from_hash("#/tab/nope"), Route::Home);
    assert_eq!(Route::from_hash("#/whatever"), Route::Home);
}
