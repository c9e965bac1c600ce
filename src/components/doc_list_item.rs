//! One document in a list: thumbnail, title, type, date and number of pages; links to it.

use leptos::prelude::*;
use ordner_core::document::Document;
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::components::doc_thumb::{DocThumb, ThumbSource};
use crate::i18n::{BiText, Texts, use_texts};
use crate::route::{DocId, Route};

/// The name of a document's type in both languages (its key if this app does not know it).
pub fn type_name(t: &Texts, doc_type: &str) -> BiText {
    match ordner_core::content::DocType::by_key(doc_type) {
        Some(d) => t.bi(&d.name_id()),
        None => BiText {
            de: doc_type.to_owned(),
            own: None,
        },
    }
}

#[component]
pub fn DocListItem(doc: Document) -> impl IntoView {
    let t = use_texts();
    let href = DocId::new(&doc.id).map(|id| Route::Doc(id).to_hash());
    let thumb = match doc.cover_thumb() {
        Some(id) => ThumbSource::Stored(id.to_owned()),
        None => ThumbSource::None,
    };
    let kind = type_name(&t, &doc.doc_type);
    let title = (!doc.title.is_empty()).then(|| {
        view! {
            <span class="doc-title" dir="auto">
                {doc.title.clone()}
            </span>
        }
    });
    let pages = t.bi_args("doc-pages", &[("count", Arg::Num(doc.pages.len() as f64))]);
    let date = doc.received.as_ref().map(|d| {
        view! {
            <span class="doc-date" dir="ltr">
                {d.to_german()}
            </span>
        }
    });
    view! {
        <li class="doc-item" data-doc=doc.id.clone() data-type=doc.doc_type.clone()>
            <a class="doc-link" href=href>
                <DocThumb source=thumb lazy=true />
                <span class="doc-text">
                    {title}
                    <span class="doc-type">
                        <Bi text=kind />
                    </span>
                    <span class="doc-meta">
                        {date}
                        <span class="doc-page-count">
                            <Bi text=pages />
                        </span>
                    </span>
                </span>
            </a>
        </li>
    }
}
