//! The app bar: the folder's name in both languages and the language switch.

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;

#[component]
pub fn Header(
    /// Setting this to `None` returns to the language choice.
    lang: RwSignal<Option<&'static str>>,
) -> impl IntoView {
    let t = use_texts();
    let label = t.bi("app-change-language");
    let own_lang = t.own_language();
    let search = t.bi("search-button");
    let search_aria = match &search.own {
        Some(own) => format!("{} / {own}", search.de),
        None => search.de.clone(),
    };
    view! {
        <header class="app-bar">
            <h1 class="app-title">
                <span class="app-icon"><Icon name=IconName::Folder /></span>
                // One flex item: the two names stack instead of squeezing each other.
                <span class="app-title-text">
                    <Bi text=t.bi("app-name") />
                </span>
            </h1>
            <a
                class="header-search"
                href=crate::route::Route::Search.to_hash()
                aria-label=search_aria
            >
                <Icon name=IconName::Search />
            </a>
            <crate::components::vault_lock::VaultLock />
            // The accessible name is "change language" in both languages followed by the visible
            // language name (WCAG 2.5.3: the visible text is part of the name).
            <button
                class="lang-switch"
                type="button"
                on:click=move |_| {
                    crate::prefs::forget_language();
                    lang.set(None);
                }
            >
                <Icon name=IconName::Globe />
                <span class="visually-hidden">
                    <Bi text=label />
                </span>
                <span class="lang-switch-name" lang=own_lang.code dir=own_lang.dir.as_html()>
                    {own_lang.native_name}
                </span>
            </button>
        </header>
    }
}
