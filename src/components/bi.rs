//! A text in German and in the person's language, each marked with its own `lang` and `dir` so
//! that it lays out correctly and screen readers switch voice.

use leptos::prelude::*;

use crate::i18n::{BiText, use_texts};

/// Renders German and the own language as two blocks (`.bi-de`, `.bi-own`). CSS puts them side by
/// side where there is room and stacks them on phones.
#[component]
pub fn Bi(text: BiText) -> impl IntoView {
    let texts = use_texts();
    let lang = texts.own_language();
    let own = text.own.map(|own| {
        view! {
            <span class="bi-own" lang=lang.code dir=lang.dir.as_html()>
                {own}
            </span>
        }
    });
    view! {
        <span class="bi-de" lang="de" dir="ltr">
            {text.de}
        </span>
        {own}
    }
}

/// The text in the person's language only, with its `lang` and `dir` (for short labels such as
/// accessible names, where German would only add noise).
#[component]
pub fn Own(text: String) -> impl IntoView {
    let lang = use_texts().own_language();
    view! {
        <span lang=lang.code dir=lang.dir.as_html()>
            {text}
        </span>
    }
}
