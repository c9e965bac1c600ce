//! Creating the vault, unlocking it with the passphrase, and unlocking it with the recovery
//! key (then setting a new passphrase).

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::{Busy, ErrorLine, PassphraseField, SuggestPassphrase};
use crate::components::vault_sheet::SheetData;
use crate::i18n::use_texts;
use crate::task::Mounted;
use crate::vault::{Error, LockReason, check_new_passphrase, passphrase_strength, use_vault};

/// Strength feedback for a new passphrase: a meter and a sentence.
#[component]
fn Strength(value: RwSignal<String>) -> impl IntoView {
    let t = use_texts();
    let score = move || value.with(|v| passphrase_strength(v));
    let label_id = "vault-strength-label";
    view! {
        <div class="vault-strength" data-score=move || score().to_string()>
            <span id=label_id class="vault-strength-label">
                <Bi text=t.bi("vault-strength-label") />
            </span>
            <meter
                aria-labelledby=label_id
                min="0"
                max="3"
                low="1"
                high="2"
                optimum="3"
                value=move || score().to_string()
            ></meter>
            <p class="vault-strength-text" aria-live="polite">
                {move || {
                    if value.with(String::is_empty) {
                        None
                    } else {
                        let id = match score() {
                            0 => "vault-strength-weak",
                            1 => "vault-strength-fair",
                            2 => "vault-strength-good",
                            _ => "vault-strength-strong",
                        };
                        Some(view! { <Bi text=t.bi(id) /> })
                    }
                }}
            </p>
        </div>
    }
}

#[component]
pub fn VaultCreate(sheet: RwSignal<Option<SheetData>>) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let understood = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (p1, p2) = (first.get_untracked(), second.get_untracked());
        if let Err(e) = check_new_passphrase(&p1, &p2) {
            error.set(Some(e.into()));
            return;
        }
        error.set(None);
        busy.set(true);
        // Creating opens the folder, which removes this form: the recovery sheet goes to the
        // folder screen's `sheet` from the work itself, whether or not the form is still there.
        let work = async move {
            let key = vault.create(&p1).await?;
            let data = SheetData::new(&key)?;
            sheet.set(Some(data));
            Ok::<(), Error>(())
        };
        mounted.spawn(work, move |result| {
            busy.set(false);
            match result {
                Ok(()) => {
                    first.set(String::new());
                    second.set(String::new());
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <form class="vault-card vault-create" on:submit=submit>
            <h3>
                <Bi text=t.bi("vault-create-title") />
            </h3>
            <p>
                <Bi text=t.bi("vault-create-intro") />
            </p>
            <PassphraseField
                id="vault-new-1"
                label="vault-passphrase"
                value=first
            />
            <Strength value=first />
            <SuggestPassphrase id="vault-new-suggest" first=first second=second />
            <PassphraseField
                id="vault-new-2"
                label="vault-passphrase-repeat"
                value=second
            />
            <p class="vault-hint vault-no-browser-save">
                <Bi text=t.bi("vault-no-browser-save") />
            </p>
            <p class="vault-warning" id="vault-create-warning">
                <Icon name=IconName::Warning />
                <Bi text=t.bi("vault-create-warning") />
            </p>
            <label class="vault-check">
                <input
                    type="checkbox"
                    id="vault-understood"
                    aria-describedby="vault-create-warning"
                    bind:checked=understood
                />
                <Bi text=t.bi("vault-create-understood") />
            </label>
            <ErrorLine error=error />
            <Busy busy=busy />
            <button
                type="submit"
                class="vault-button vault-primary"
                id="vault-create-button"
                disabled=move || busy.get() || !understood.get()
            >
                <Icon name=IconName::Lock />
                <Bi text=t.bi("vault-create-button") />
            </button>
        </form>
    }
}

#[component]
pub fn VaultUnlock() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let passphrase = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let recovery = RwSignal::new(false);
    let mounted = Mounted::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let p = passphrase.get_untracked();
        error.set(None);
        busy.set(true);
        // Unlocking removes this form: on success there is nothing left to update.
        mounted.spawn(async move { vault.unlock(&p).await }, move |result| {
            busy.set(false);
            match result {
                Ok(()) => passphrase.set(String::new()),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let t_reason = t.clone();
    let reason = move || {
        let t = t_reason.clone();
        vault.lock_reason.get().map(|r| {
            let id = match r {
                LockReason::Manual => "vault-locked-manual",
                LockReason::Auto => "vault-locked-auto",
            };
            view! {
                <p class="vault-notice" role="status" data-lock-reason=id>
                    <Bi text=t.bi(id) />
                </p>
            }
        })
    };
    view! {
        {reason}
        <Show
            when=move || recovery.get()
            fallback=move || {
                view! {
                    <form class="vault-card vault-unlock" on:submit=submit>
                        <h3>
                            <Bi text=t.bi("vault-unlock-title") />
                        </h3>
                        <p>
                            <Bi text=t.bi("vault-unlock-intro") />
                        </p>
                        <PassphraseField id="vault-passphrase" label="vault-passphrase" value=passphrase />
                        <p class="vault-hint vault-no-browser-save">
                            <Bi text=t.bi("vault-no-browser-save") />
                        </p>
                        <ErrorLine error=error />
                        <Busy busy=busy />
                        <button
                            type="submit"
                            class="vault-button vault-primary"
                            id="vault-unlock-button"
                            disabled=move || busy.get()
                        >
                            <Icon name=IconName::Unlock />
                            <Bi text=t.bi("vault-unlock-button") />
                        </button>
                        <button
                            type="button"
                            class="vault-link-button"
                            id="vault-forgot"
                            on:click=move |_| recovery.set(true)
                        >
                            <Bi text=t.bi("vault-forgot") />
                        </button>
                    </form>
                }
            }
        >
            <VaultRecoveryUnlock back=recovery />
        </Show>
    }
}

#[component]
fn VaultRecoveryUnlock(back: RwSignal<bool>) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let key = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (k, p1, p2) = (
            key.get_untracked(),
            first.get_untracked(),
            second.get_untracked(),
        );
        error.set(None);
        busy.set(true);
        let work = async move { vault.unlock_with_recovery_key(&k, &p1, &p2).await };
        mounted.spawn(work, move |result| {
            busy.set(false);
            match result {
                Ok(()) => {
                    key.set(String::new());
                    first.set(String::new());
                    second.set(String::new());
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <form class="vault-card vault-recovery-unlock" on:submit=submit>
            <h3>
                <Bi text=t.bi("vault-recovery-unlock-title") />
            </h3>
            <p>
                <Bi text=t.bi("vault-recovery-unlock-intro") />
            </p>
            <label class="vault-label" for="vault-recovery-key">
                <Bi text=t.bi("vault-recovery-input") />
            </label>
            <input
                class="vault-input vault-recovery-input"
                id="vault-recovery-key"
                type="text"
                dir="ltr"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                bind:value=key
            />
            <PassphraseField
                id="vault-reset-1"
                label="vault-new-passphrase"
                value=first
            />
            <Strength value=first />
            <SuggestPassphrase id="vault-reset-suggest" first=first second=second />
            <PassphraseField
                id="vault-reset-2"
                label="vault-new-passphrase-repeat"
                value=second
            />
            <ErrorLine error=error />
            <Busy busy=busy />
            <button type="submit" class="vault-button vault-primary" disabled=move || busy.get()>
                <Icon name=IconName::Key />
                <Bi text=t.bi("vault-recovery-unlock-button") />
            </button>
            <button type="button" class="vault-link-button" on:click=move |_| back.set(false)>
                <Bi text=t.bi("vault-cancel") />
            </button>
        </form>
    }
}
