//! An opened document: its pages, its fields, edit and delete (with a confirmation).

use leptos::prelude::*;
use ordner_core::date::Date;
use ordner_core::document::{Document, TypeFields, outcome_by_key};

use crate::components::bi::Bi;
use crate::components::deadline_item::DeadlineItem;
use crate::components::doc_list_item::type_name;
use crate::components::doc_locked::DocLocked;
use crate::components::doc_page_view::DocPageView;
use crate::components::icon::{Icon, IconName};
use crate::components::letter_reader::LetterReader;
use crate::components::missing_date_item::MissingDateItem;
use crate::components::vault_common::ErrorLine;
use crate::content_state::{tab_title, use_content};
use crate::i18n::{BiText, use_texts};
use crate::route::{DocId, Route, navigate};
use crate::vault::{Error, use_vault};

#[component]
pub fn DocumentView(id: DocId) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let page = move || {
        if !vault.is_unlocked() {
            return view! { <DocLocked /> }.into_any();
        }
        // Read once: the pages below decrypt on their own and must not restart on a change.
        match vault
            .folder()
            .with_documents_untracked(|docs| docs.iter().find(|d| d.id == id.as_str()).cloned())
        {
            Some(doc) => view! { <Opened doc=doc /> }.into_any(),
            None => view! {
                <p class="notice" role="alert">
                    <Bi text=t.bi("doc-not-found") />
                </p>
            }
            .into_any(),
        }
    };
    view! { <article class="doc-view">{page}</article> }
}

#[component]
fn Opened(doc: Document) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let state = use_content();
    let tab = doc.tab;
    let fields = TypeFields::for_type(&doc.doc_type);
    let kind = type_name(&t, &doc.doc_type);
    let heading = if doc.title.is_empty() {
        view! { <Bi text=kind.clone() /> }.into_any()
    } else {
        view! { <span dir="auto" class="doc-title">{doc.title.clone()}</span> }.into_any()
    };
    let row = |label: BiText, value: AnyView, key: &'static str| {
        view! {
            <div class="doc-field" data-field=key>
                <dt>
                    <Bi text=label />
                </dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let text = |s: &str| view! { <span dir="auto">{s.to_owned()}</span> }.into_any();
    let date = |d: &Date| view! { <Bi text=crate::agenda::date_bi(&t, *d) /> }.into_any();
    let received_label = if fields.served {
        "doc-field-served"
    } else {
        "doc-field-received"
    };
    let mut rows = vec![
        row(
            t.bi("doc-field-type"),
            view! { <Bi text=kind /> }.into_any(),
            "type",
        ),
        row(
            t.bi("doc-field-tab"),
            view! { <Bi text=tab_title(&t, &state.content.get_untracked(), tab) /> }.into_any(),
            "tab",
        ),
    ];
    if !doc.issuer.is_empty() {
        rows.push(row(t.bi("doc-field-issuer"), text(&doc.issuer), "issuer"));
    }
    if let Some(d) = &doc.received {
        rows.push(row(t.bi(received_label), date(d), "received"));
    }
    if let Some(d) = &doc.letter_date {
        rows.push(row(t.bi("doc-field-letter-date"), date(d), "letter-date"));
    }
    if let Some(d) = &doc.valid_until {
        rows.push(row(t.bi("doc-field-valid-until"), date(d), "valid-until"));
    }
    if let Some(d) = &doc.moved_in {
        rows.push(row(t.bi("doc-field-moved-in"), date(d), "moved-in"));
    }
    if let Some(d) = &doc.appointment {
        rows.push(row(t.bi("doc-field-appointment"), date(d), "appointment"));
    }
    if let Some(o) = doc.outcome.map(|o| o.key()).and_then(outcome_by_key) {
        rows.push(row(
            t.bi("doc-field-outcome"),
            view! { <Bi text=t.bi(&format!("doc-outcome-{}", o.key())) /> }.into_any(),
            "outcome",
        ));
    }
    if !doc.notes.is_empty() {
        rows.push(row(
            t.bi("doc-field-notes"),
            view! { <span dir="auto" class="doc-notes">{doc.notes.clone()}</span> }.into_any(),
            "notes",
        ));
    }
    // The deadlines this paper starts (a help, not legal advice: each item says so).
    let deadlines = {
        let dates = crate::agenda::dates_of(&doc);
        let list = ordner_core::deadline::deadlines_for(&dates).unwrap_or_default();
        let missing = ordner_core::deadline::missing_date(&dates)
            .map(|m| view! { <MissingDateItem missing=m /> });
        let today = crate::browser::today();
        (!list.is_empty() || missing.is_some()).then(|| {
            let items = list
                .into_iter()
                .map(|d| {
                    let urgency = today.map_or(ordner_core::deadline::Urgency::Later, |t| {
                        ordner_core::deadline::classify(&d, t)
                    });
                    view! { <DeadlineItem deadline=d urgency=urgency in_document=true /> }
                })
                .collect_view();
            view! {
                <section class="doc-deadlines tab-block">
                    <h3>
                        <Bi text=t.bi("doc-deadlines") />
                    </h3>
                    <ul class="due-list">{missing}{items}</ul>
                </section>
            }
        })
    };
    let pages = doc
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| view! { <DocPageView page=p.clone() number=i + 1 /> })
        .collect_view();
    let no_pages = doc.pages.is_empty().then(|| {
        view! {
            <p class="bi-block empty">
                <Bi text=t.bi("doc-no-pages-stored") />
            </p>
        }
    });
    let edit_href = DocId::new(&doc.id).map(|id| Route::DocEdit(id).to_hash());
    let confirming = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let to_delete = doc.clone();
    let delete = move |_| {
        let doc = to_delete.clone();
        busy.set(true);
        leptos::task::spawn_local(async move {
            match vault.delete_document(&doc).await {
                Ok(()) => navigate(Route::Tab(doc.tab)),
                Err(e) => {
                    error.try_set(Some(e));
                    busy.try_set(false);
                }
            }
        });
    };
    view! {
        <p class="back">
            <a class="back-link" href=Route::Tab(tab).to_hash()>
                <Icon name=IconName::Back />
                <Bi text=tab_title(&t, &state.content.get_untracked(), tab) />
            </a>
        </p>
        <h2 class="doc-heading" data-doc=doc.id.clone()>
            {heading}
        </h2>
        <dl class="doc-fields tab-block">{rows}</dl>
        {deadlines}
        <section class="doc-pages tab-block">
            <h3>
                <Bi text=t.bi("doc-pages-title") />
            </h3>
            {no_pages}
            {pages}
        </section>
        <LetterReader doc=doc.clone() />
        <div class="doc-actions">
            <a class="button-link doc-edit" href=edit_href>
                <Icon name=IconName::Pencil />
                <Bi text=t.bi("doc-edit") />
            </a>
            <Show
                when=move || confirming.get()
                fallback={
                    let t = t.clone();
                    move || view! {
                        <button type="button" class="vault-button vault-danger doc-delete" on:click=move |_| confirming.set(true)>
                            <Icon name=IconName::Trash />
                            <Bi text=t.bi("doc-delete") />
                        </button>
                    }
                }
            >
                <div class="vault-confirm doc-confirm" role="alertdialog" aria-live="assertive">
                    <p class="bi-block">
                        <Bi text=t.bi("doc-delete-confirm") />
                    </p>
                    <button
                        type="button"
                        class="vault-button vault-danger doc-delete-yes"
                        disabled=move || busy.get()
                        on:click=delete.clone()
                    >
                        <Bi text=t.bi("doc-delete-yes") />
                    </button>
                    <button type="button" class="vault-button" on:click=move |_| confirming.set(false)>
                        <Bi text=t.bi("doc-cancel") />
                    </button>
                </div>
            </Show>
        </div>
        <ErrorLine error=error />
    }
}
