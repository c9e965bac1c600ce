//! A page thumbnail: decrypted from the vault (or given as bytes for a page not stored yet),
//! shown from an object URL that is revoked when the thumbnail leaves the screen.
//!
//! In a list (`lazy`), a stored thumbnail is decrypted only when it comes near the visible part of the page (an
//! `IntersectionObserver`), so a long list costs nothing for the entries nobody scrolls to.

use std::rc::Rc;

use leptos::prelude::*;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::components::icon::{Icon, IconName};
use crate::documents::ObjectUrl;
use crate::vault::use_vault;

/// How far below the visible part a thumbnail starts loading.
const LOAD_AHEAD: &str = "300px 0px";

/// Calls a function once, the first time an element comes near the visible part of the page;
/// stops watching when dropped.
struct NearScreen {
    observer: web_sys::IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>,
}

impl NearScreen {
    /// `None` when the browser has no `IntersectionObserver` (the caller loads at once).
    fn watch(el: &web_sys::Element, f: impl FnOnce() + 'static) -> Option<NearScreen> {
        let mut f = Some(f);
        let callback = Closure::<dyn FnMut(js_sys::Array, web_sys::IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: web_sys::IntersectionObserver| {
                let near = entries.iter().any(|e| {
                    e.dyn_into::<web_sys::IntersectionObserverEntry>()
                        .is_ok_and(|e| e.is_intersecting())
                });
                if near {
                    observer.disconnect();
                    if let Some(f) = f.take() {
                        f();
                    }
                }
            },
        );
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin(LOAD_AHEAD);
        let observer = web_sys::IntersectionObserver::new_with_options(
            callback.as_ref().unchecked_ref(),
            &options,
        )
        .ok()?;
        observer.observe(el);
        Some(NearScreen {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for NearScreen {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Where the thumbnail's JPEG comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum ThumbSource {
    /// A blob in the vault.
    Stored(String),
    /// Bytes of a page not stored yet.
    Bytes(Rc<Vec<u8>>),
    /// No thumbnail (PDF): an icon.
    None,
}

#[component]
pub fn DocThumb(
    source: ThumbSource,
    /// Text for screen readers (empty: decorative).
    #[prop(default = String::new())]
    alt: String,
    /// Turned for display (PDF pages), in degrees.
    #[prop(default = 0)]
    rotation: u16,
    /// Decrypt only when near the visible part of the page (long lists).
    #[prop(default = false)]
    lazy: bool,
) -> impl IntoView {
    let vault = use_vault();
    let url: RwSignal<Option<Rc<ObjectUrl>>, LocalStorage> = RwSignal::new_local(None);
    let failed = RwSignal::new(false);
    let is_icon = source == ThumbSource::None;
    let node: NodeRef<leptos::html::Span> = NodeRef::new();
    match source {
        ThumbSource::Stored(id) => {
            let load = move || {
                leptos::task::spawn_local(async move {
                    let made = match vault.document_blob(&id).await {
                        Ok(bytes) => ObjectUrl::new(bytes.as_bytes(), "image/jpeg").ok(),
                        Err(_) => None,
                    };
                    match made {
                        // A thumbnail that left the screen meanwhile: the URL is revoked at once.
                        Some(u) => drop(url.try_set(Some(Rc::new(u)))),
                        None => drop(failed.try_set(true)),
                    }
                });
            };
            if lazy {
                let watcher: StoredValue<Option<NearScreen>, LocalStorage> =
                    StoredValue::new_local(None);
                let mut load = Some(load);
                Effect::new(move |_| {
                    let Some(el) = node.get() else { return };
                    let Some(load) = load.take() else { return };
                    let el: &web_sys::Element = &el;
                    match NearScreen::watch(el, load.clone()) {
                        Some(w) => watcher.set_value(Some(w)),
                        None => load(),
                    }
                });
                on_cleanup(move || {
                    let _ = watcher.try_update_value(|w| w.take());
                });
            } else {
                load();
            }
        }
        ThumbSource::Bytes(bytes) => match ObjectUrl::new(&bytes, "image/jpeg") {
            Ok(u) => url.set(Some(Rc::new(u))),
            Err(_) => failed.set(true),
        },
        ThumbSource::None => {}
    }
    // The page CSP forbids inline styles: the turn is a class.
    let turn_class = format!("doc-rot-{rotation}");
    view! {
        <span node_ref=node class="doc-thumb" class:doc-thumb-icon=is_icon data-loaded=move || url.with(|u| u.is_some())>
            {move || match url.get() {
                Some(u) => view! {
                    <img src=u.url().to_owned() alt=alt.clone() class=turn_class.clone() decoding="async" />
                }
                .into_any(),
                None if is_icon || failed.get() => view! { <Icon name=IconName::Document /> }.into_any(),
                None => view! { <span class="doc-thumb-wait" aria-hidden="true"></span> }.into_any(),
            }}
        </span>
    }
}
