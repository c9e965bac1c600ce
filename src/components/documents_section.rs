//! The "Documents" section of a tab page: the documents filed behind the tab, and "add".

use leptos::prelude::*;
use ordner_core::TabId;

use crate::components::bi::Bi;
use crate::components::doc_list_item::DocListItem;
use crate::components::doc_locked::DocLocked;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;
use crate::route::Route;
use crate::vault::use_vault;

/// The id of the section's heading (the target of `DocumentsJump`).
#[must_use]
pub fn documents_heading_id(tab: TabId) -> String {
    format!("tab-{}-documents", tab.key())
}

#[component]
pub fn DocumentsSection(tab: TabId) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let heading_id = documents_heading_id(tab);
    let docs = move || {
        vault.folder().with_documents(|all| {
            all.iter()
                .filter(|d| d.tab == tab)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    let body = {
        let t = t.clone();
        move || {
            if !vault.is_unlocked() {
                return view! { <DocLocked /> }.into_any();
            }
            let list = docs();
            let count = list.len();
            let items = if list.is_empty() {
                view! {
                    <p class="bi-block empty doc-empty">
                        <Bi text=t.bi("doc-list-empty") />
                    </p>
                }
                .into_any()
            } else {
                view! {
                    <ul class="doc-list" data-count=count>
                        <For
                            each=move || docs()
                            key=|d| (d.id.clone(), d.updated_ms)
                            children=|d| view! { <DocListItem doc=d /> }
                        />
                    </ul>
                }
                .into_any()
            };
            view! {
                <p>
                    <a class="button-link doc-add" href=Route::DocAdd(tab).to_hash()>
                        <Icon name=IconName::Plus />
                        <Bi text=t.bi("doc-add") />
                    </a>
                </p>
                {items}
            }
            .into_any()
        }
    };
    view! {
        <section class="tab-block tab-documents" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() tabindex="-1">
                <Bi text=t.bi("doc-section-title") />
            </h3>
            {body}
        </section>
    }
}
