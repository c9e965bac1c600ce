//! Small lookups in the page's DOM shared by components.

use wasm_bindgen::JsCast;

/// The HTML element with this id, if the page has one.
#[must_use]
pub fn html_element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
}
