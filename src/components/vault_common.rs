//! Small pieces shared by the vault screens: error and status lines, passphrase fields, the
//! progress indicator.

use leptos::prelude::*;
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::i18n::{BiText, Texts, use_texts};
use crate::vault::{Error, MIN_PASSPHRASE_CHARS, PassphraseError};

/// The translated text of a vault error, in both languages.
pub fn error_text(t: &Texts, e: &Error) -> BiText {
    match e {
        Error::Passphrase(PassphraseError::TooShort) => t.bi_args(
            e.message_id(),
            &[("min", Arg::Num(MIN_PASSPHRASE_CHARS as f64))],
        ),
        other => t.bi(other.message_id()),
    }
}

/// An always-present live region (`role="alert"`) that shows the error, if any.
#[component]
pub fn ErrorLine(error: RwSignal<Option<Error>>) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="vault-error" role="alert" data-error=move || error.get().map(|e| e.message_id())>
            {move || error.get().map(|e| view! { <Bi text=error_text(&t, &e) /> })}
        </p>
    }
}

/// An always-present polite live region (`role="status"`) for confirmations.
#[component]
pub fn StatusLine(status: RwSignal<Option<BiText>>) -> impl IntoView {
    view! {
        <p class="vault-status" role="status">
            {move || status.get().map(|s| view! { <Bi text=s /> })}
        </p>
    }
}

/// A labelled password field bound to `value`.
#[component]
pub fn PassphraseField(
    /// Element id (unique on the page).
    id: &'static str,
    /// Fluent id of the label.
    label: &'static str,
    value: RwSignal<String>,
    /// `current-password` or `new-password`.
    #[prop(default = "current-password")]
    autocomplete: &'static str,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <label class="vault-label" for=id>
            <Bi text=t.bi(label) />
        </label>
        <input
            class="vault-input"
            id=id
            name=id
            type="password"
            autocomplete=autocomplete
            spellcheck="false"
            autocapitalize="off"
            bind:value=value
        />
    }
}

/// "Please wait" with an indeterminate progress bar, while `busy`.
#[component]
pub fn Busy(busy: RwSignal<bool>) -> impl IntoView {
    let t = use_texts();
    view! {
        <Show when=move || busy.get()>
            <div class="vault-busy" aria-live="polite">
                <progress class="vault-progress" aria-hidden="true"></progress>
                <p>
                    <Bi text=t.bi("vault-working") />
                </p>
            </div>
        </Show>
    }
}
