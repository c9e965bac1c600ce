//! Small pieces shared by the vault screens: error and status lines, passphrase fields, the
//! progress indicator.

use leptos::prelude::*;
use ordner_core::i18n::Arg;

use ordner_vault::VaultError;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::{BiText, Texts, use_texts};
use crate::vault::{Error, MIN_PASSPHRASE_CHARS, PassphraseError, Status, use_vault};

/// The translated text of a vault error, in both languages.
pub fn error_text(t: &Texts, e: &Error) -> BiText {
    match e {
        Error::Passphrase(PassphraseError::TooShort) => t.bi_args(
            e.message_id(),
            &[("min", Arg::Num(MIN_PASSPHRASE_CHARS as f64))],
        ),
        Error::Vault(VaultError::BackupTooLarge) => t.bi_args(
            e.message_id(),
            &[(
                "size",
                Arg::Str(&format!("{} MB", ordner_vault::MAX_BACKUP_LEN >> 20)),
            )],
        ),
        other => t.bi(other.message_id()),
    }
}

/// "Suggest a passphrase": fills both fields with five random words and shows them to write
/// down (while the field still holds them).
#[component]
pub fn SuggestPassphrase(
    /// Element id of the button (unique on the page).
    id: &'static str,
    first: RwSignal<String>,
    second: RwSignal<String>,
) -> impl IntoView {
    let t = use_texts();
    let shown: RwSignal<Option<String>> = RwSignal::new(None);
    let click = move |_| {
        if let Ok(p) = ordner_vault::passphrase::suggest() {
            first.set(p.to_string());
            second.set(p.to_string());
            shown.set(Some(p.to_string()));
        }
    };
    let t2 = t.clone();
    let suggestion = move || {
        shown.get().filter(|s| first.with(|f| f == s)).map(|s| {
            view! {
                <p class="vault-suggestion" aria-live="polite">
                    <Bi text=t2.bi("vault-passphrase-suggestion") />
                    " "
                    <code class="vault-suggested" dir="ltr" lang="en" translate="no">
                        {s}
                    </code>
                </p>
            }
        })
    };
    view! {
        <button type="button" class="vault-button vault-suggest" id=id on:click=click>
            <Icon name=IconName::Key />
            <Bi text=t.bi("vault-passphrase-suggest") />
        </button>
        {suggestion}
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

/// A confirmation that must outlive the form that caused it: importing a backup or deleting the
/// folder switches the folder screen to another branch and drops the form, so the form writes
/// its "done" here, into state the folder screen owns. Shown while the vault stays in the status
/// it was given for; cleared once the status moves on.
#[derive(Clone, Copy)]
pub struct FolderNotice(RwSignal<Option<(Status, BiText)>>);

impl FolderNotice {
    /// An empty notice, owned by the component being built (the folder screen).
    #[must_use]
    pub fn new() -> FolderNotice {
        let notice = FolderNotice(RwSignal::new(None));
        let vault = use_vault();
        Effect::new(move |_| {
            let status = vault.status.get();
            if notice
                .0
                .with_untracked(|n| n.as_ref().is_some_and(|(s, _)| *s != status))
            {
                notice.0.set(None);
            }
        });
        notice
    }

    /// Shows `text` while the vault is in `status`.
    pub fn show(self, status: Status, text: BiText) {
        self.0.set(Some((status, text)));
    }
}

impl Default for FolderNotice {
    fn default() -> Self {
        FolderNotice::new()
    }
}

/// The [`FolderNotice`], an always-present polite live region.
#[component]
pub fn FolderNoticeLine(notice: FolderNotice) -> impl IntoView {
    let vault = use_vault();
    view! {
        <p class="vault-status vault-notice-line" id="vault-folder-notice" role="status">
            {move || {
                notice
                    .0
                    .get()
                    .filter(|(s, _)| vault.status.with(|now| now == s))
                    .map(|(_, text)| view! { <Bi text=text /> })
            }}
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
    /// `off` (the default): on a phone that others use, a passphrase the browser keeps would
    /// open the folder for them, so the browser is not invited to save or suggest one.
    #[prop(default = "off")]
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
