//! One full page of an opened document: decrypted when shown, displayed from an object URL that
//! is revoked when the page leaves the screen. PDFs get a link that opens them.

use std::rc::Rc;

use leptos::prelude::*;
use ordner_core::document::{Page, PageMime};
use ordner_core::i18n::Arg;

use crate::browser::format_bytes;
use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::documents::ObjectUrl;
use crate::i18n::use_texts;
use crate::vault::use_vault;

#[component]
pub fn DocPageView(page: Page, number: usize) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let url: RwSignal<Option<Rc<ObjectUrl>>, LocalStorage> = RwSignal::new_local(None);
    let error: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let blob = page.blob.clone();
    let mime = page.mime;
    leptos::task::spawn_local(async move {
        match vault.document_blob(&blob).await {
            Ok(bytes) => match ObjectUrl::new(bytes.as_bytes(), mime.as_str()) {
                Ok(u) => drop(url.try_set(Some(Rc::new(u)))),
                Err(_) => drop(error.try_set(Some("doc-error-browser"))),
            },
            Err(e) => drop(error.try_set(Some(e.message_id()))),
        }
    });
    let label = t.bi_args("doc-page", &[("number", Arg::Num(number as f64))]);
    let alt = format!(
        "{}{}",
        label.de,
        label
            .own
            .as_ref()
            .map(|o| format!(" / {o}"))
            .unwrap_or_default()
    );
    let (w, h) = (page.width, page.height);
    let rotation = page.rotation.degrees();
    let size = format_bytes(page.bytes as f64);
    let content = {
        let t = t.clone();
        move || {
            if let Some(e) = error.get() {
                return view! {
                    <p class="vault-error" role="alert">
                        <Bi text=t.bi(e) />
                    </p>
                }
                .into_any();
            }
            match (url.get(), mime) {
                (None, _) => {
                    view! { <progress class="vault-progress" aria-hidden="true"></progress> }
                        .into_any()
                }
                (Some(u), PageMime::Jpeg) => view! {
                    <img
                        class="doc-page-image"
                        src=u.url().to_owned()
                        alt=alt.clone()
                        width=w
                        height=h
                    />
                }
                .into_any(),
                (Some(u), PageMime::Pdf) => view! {
                    <a
                        class="button-link doc-open-pdf"
                        href=u.url().to_owned()
                        target="_blank"
                        rel="noopener"
                        data-rotation=rotation
                    >
                        <Icon name=IconName::Document />
                        <Bi text=t.bi_args("doc-pdf-page", &[("size", Arg::Str(&size))]) />
                    </a>
                }
                .into_any(),
            }
        }
    };
    view! {
        <figure class="doc-page" data-page=number data-mime=mime.as_str() data-blob=page.blob.clone()>
            <figcaption>
                <Bi text=label />
            </figcaption>
            {content}
        </figure>
    }
}
