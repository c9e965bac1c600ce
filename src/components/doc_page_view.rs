//! One full page of an opened document: decrypted when shown, displayed from an object URL that
//! is revoked when the page leaves the screen (or on lock). A PDF page is a file: it opens in a
//! tab only where the browser shows PDFs itself (elsewhere, as on Android, "open" would download
//! it), and it is offered to print, share or save like a printout (#12 §1).

use std::rc::Rc;

use leptos::prelude::*;
use ordner_core::document::{Page, PageMime};
use ordner_core::i18n::{Arg, format_bytes};
use ordner_core::offer::{Contents, FileKind};

use crate::components::bi::Bi;
use crate::components::file_offer::FileOffer;
use crate::components::icon::{Icon, IconName};
use crate::documents::ObjectUrl;
use crate::file_offer::Offered;
use crate::i18n::use_texts;
use crate::vault::use_vault;

#[component]
pub fn DocPageView(page: Page, number: usize) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let url: RwSignal<Option<Rc<ObjectUrl>>, LocalStorage> = RwSignal::new_local(None);
    let pdf: RwSignal<Option<Rc<Offered>>, LocalStorage> = RwSignal::new_local(None);
    let error: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let blob = page.blob.clone();
    let mime = page.mime;
    leptos::task::spawn_local(async move {
        let bytes = match vault.document_blob(&blob).await {
            Ok(bytes) => bytes,
            Err(e) => {
                error.try_set(Some(e.message_id()));
                return;
            }
        };
        let shown = match mime {
            PageMime::Jpeg => ObjectUrl::new(bytes.as_bytes(), mime.as_str())
                .map(|u| drop(url.try_set(Some(Rc::new(u))))),
            PageMime::Pdf => Offered::from_bytes(
                bytes.as_bytes(),
                mime.as_str(),
                format!("mein-ordner-seite-{number}.pdf"),
            )
            .map(|f| drop(pdf.try_set(Some(Rc::new(f))))),
        };
        if shown.is_err() {
            error.try_set(Some("doc-error-browser"));
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
    let bytes = page.bytes as f64;
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
            if let Some(file) = pdf.get() {
                let href = file.url().to_owned();
                let link = crate::file_offer::pdf_viewer().then(|| {
                    let target = href.clone();
                    let open = move |ev: leptos::ev::MouseEvent| {
                        // Through `window.open`, so that a lock can close the tab.
                        ev.prevent_default();
                        if let Err(e) = crate::object_url::open_in_tab(&target) {
                            leptos::logging::warn!("opening the PDF: {e:?}");
                        }
                    };
                    view! {
                        <a
                            class="button-link doc-open-pdf"
                            href=href
                            target="_blank"
                            data-rotation=rotation
                            on:click=open
                        >
                            <Icon name=IconName::Document />
                            <Bi text=t.bi_args_each("doc-pdf-page", |lang| vec![("size", format_bytes(bytes, lang))]) />
                        </a>
                    }
                });
                return view! {
                    <div class="doc-pdf">
                        {link}
                        <FileOffer
                            file=file
                            kind=FileKind::Pdf
                            contents=Contents::Personal
                            ready=false
                        />
                    </div>
                }
                .into_any();
            }
            match url.get() {
                None => view! { <progress class="vault-progress" aria-hidden="true"></progress> }
                    .into_any(),
                Some(u) => view! {
                    <img
                        class="doc-page-image"
                        src=u.url().to_owned()
                        alt=alt.clone()
                        width=w
                        height=h
                    />
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
