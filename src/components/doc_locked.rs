//! "Your documents are in the safe folder: open it", with a link to unlock (or create) it.

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;
use crate::route::Route;

#[component]
pub fn DocLocked() -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="notice doc-locked" role="note">
            <p class="bi-block">
                <Bi text=t.bi("doc-locked") />
            </p>
            <a class="button-link" href=Route::Folder.to_hash()>
                <Icon name=IconName::Unlock />
                <Bi text=t.bi("vault-unlock-title") />
            </a>
        </div>
    }
}
