//! The first-start screen of `index.html`: the language choice as plain HTML, which
//! `public/boot.js` shows before the app's wasm has arrived (only when no language is stored).
//!
//! Its markup is the app's own picker (`components::language_picker`), built from the same
//! messages and languages (`crates/ordner-core/tests/first_start_html.rs`). A choice made there is
//! stored as [`crate::prefs::store_language`] stores it and announced with the window event
//! [`CHOSEN_EVENT`] (for an app that started before the choice). The app removes the screen
//! ([`take_over`]) when it shows a screen of its own, so the person never chooses twice.

use wasm_bindgen::JsCast;

/// The id of the static screen in `index.html`.
const ID: &str = "first-start";

/// The window event `public/boot.js` sends with the chosen code as `detail`.
pub const CHOSEN_EVENT: &str = "mein-ordner-lang";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Calls `chosen` with the language chosen on the static screen after the app started.
pub fn on_choice(chosen: impl Fn(&'static ordner_core::Language) + 'static) {
    // The listener lives as long as the page (the app is never unmounted).
    let _ = leptos::prelude::window_event_listener_untyped(CHOSEN_EVENT, move |event| {
        let code = js_sys::Reflect::get(&event, &"detail".into())
            .ok()
            .and_then(|d| d.as_string());
        if let Some(language) = code.as_deref().and_then(ordner_core::Language::by_code) {
            chosen(language);
        }
    });
}

/// Removes the static screen, if it is still there. Returns the code of the language whose
/// button had the keyboard focus, so that the app's picker can give the focus back
/// ([`focus_choice`]).
pub fn take_over() -> Option<String> {
    let document = document()?;
    let screen = document.get_element_by_id(ID)?;
    let focused = document
        .active_element()
        .filter(|el| screen.contains(Some(el)))
        .and_then(|el| el.get_attribute("data-lang"));
    screen.remove();
    focused
}

/// Moves the keyboard focus to the app's button for `code` once it is on the page.
pub fn focus_choice(code: String) {
    leptos::prelude::request_animation_frame(move || {
        let button = document()
            .and_then(|d| {
                d.query_selector(&format!(".lang-choice[data-lang='{code}']"))
                    .ok()
                    .flatten()
            })
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(button) = button {
            let _ = button.focus();
        }
    });
}
