//! The first-start screen: the person chooses their language by its own name.

use leptos::prelude::*;
use ordner_core::LANGUAGES;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;

#[component]
pub fn LanguagePicker(lang: RwSignal<Option<&'static str>>) -> impl IntoView {
    let t = use_texts();
    let buttons = LANGUAGES
        .iter()
        .map(|l| {
            let code = l.code;
            view! {
                <li>
                    <button
                        type="button"
                        class="lang-choice"
                        data-lang=code
                        on:click=move |_| {
                            crate::prefs::store_language(code);
                            lang.set(Some(code));
                        }
                    >
                        <span class="lang-native" lang=code dir=l.dir.as_html()>
                            {l.native_name}
                        </span>
                        <span class="lang-english" lang="en" dir="ltr">
                            {l.english_name}
                        </span>
                    </button>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="language-picker" aria-labelledby="lang-heading">
            <h1 id="lang-heading">
                <span class="app-icon"><Icon name=IconName::Globe /></span>
                <span>
                    <Bi text=t.bi("lang-choose-title") />
                </span>
            </h1>
            <p>
                <Bi text=t.bi("lang-choose-hint") />
            </p>
            <ul class="lang-list">{buttons}</ul>
        </section>
    }
}
