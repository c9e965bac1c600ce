//! At the top of a tab page: how many documents are filed behind the tab, as a button that
//! jumps down to them (on a phone the list is several screens below the tab's checklist).

use leptos::prelude::*;
use ordner_core::TabId;
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;
use crate::vault::use_vault;

/// Scrolls the element with this id to the top of the view and moves the keyboard focus to it.
fn jump_to(id: &str) {
    if let Some(el) = crate::dom::html_element_by_id(id) {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

#[component]
pub fn DocumentsJump(
    tab: TabId,
    /// The id of the documents section's heading.
    target: String,
) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    move || {
        if !vault.is_unlocked() {
            return None;
        }
        let count = vault
            .folder()
            .with_documents(|all| all.iter().filter(|d| d.tab == tab).count());
        if count == 0 {
            return None;
        }
        let text = t.bi_args("doc-jump", &[("count", Arg::Num(count as f64))]);
        let target = target.clone();
        Some(view! {
            <p class="doc-jump-row">
                <button type="button" class="button-link doc-jump" on:click=move |_| jump_to(&target)>
                    <Icon name=IconName::Document />
                    <Bi text=text />
                </button>
            </p>
        })
    }
}
