//! A page thumbnail: decrypted from the vault (or given as bytes for a page not stored yet),
//! shown from an object URL that is revoked when the thumbnail leaves the screen.

use std::rc::Rc;

use leptos::prelude::*;

use crate::components::icon::{Icon, IconName};
use crate::documents::ObjectUrl;
use crate::vault::use_vault;

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
) -> impl IntoView {
    let vault = use_vault();
    let url: RwSignal<Option<Rc<ObjectUrl>>, LocalStorage> = RwSignal::new_local(None);
    let failed = RwSignal::new(false);
    let is_icon = source == ThumbSource::None;
    match source {
        ThumbSource::Stored(id) => {
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
        <span class="doc-thumb" class:doc-thumb-icon=is_icon data-loaded=move || url.with(|u| u.is_some())>
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
