//! The open vault: the person's name and notes, auto-lock setting, storage space, passphrase
//! change, a new recovery key, and deleting everything.

use leptos::prelude::*;
use ordner_core::i18n::Arg;

use crate::browser::storage_info;
use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::{
    Busy, ErrorLine, FolderNotice, PassphraseField, StatusLine, SuggestPassphrase,
};
use crate::components::vault_sheet::SheetData;
use crate::i18n::{BiText, use_texts};
use crate::task::Mounted;
use crate::vault::{AUTOLOCK_CHOICES, Damaged, Error, Status, use_vault};
use ordner_core::i18n::format_bytes;

/// The name of a damaged record, for the message `vault-damaged`.
fn damaged_name(t: &crate::i18n::Texts, d: &Damaged) -> BiText {
    match d.kind.as_str() {
        "profile" => t.bi("vault-kind-profile"),
        "note" => t.bi("vault-kind-note"),
        "checklist" => t.bi("vault-kind-checklist"),
        "settings" => t.bi("vault-kind-settings"),
        ordner_core::document::RECORD_KIND => t.bi("vault-kind-document"),
        ordner_records::keys::KIND_APPOINTMENT => t.bi("vault-kind-appointment"),
        ordner_records::keys::KIND_CONSULTATION => t.bi("vault-kind-consultation"),
        _ if d.kind.is_empty() => t.bi_args("vault-kind-other", &[("id", Arg::Str(&d.id))]),
        _ => t.bi_args(
            "vault-kind-other",
            &[("id", Arg::Str(&format!("{}/{}", d.kind, d.id)))],
        ),
    }
}

#[component]
pub fn VaultData() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let name = RwSignal::new(vault.folder().with_name_untracked(Clone::clone));
    let notes = RwSignal::new(vault.folder().with_notes_untracked(Clone::clone));
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let status: RwSignal<Option<BiText>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let t2 = t.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (n, x) = (name.get_untracked(), notes.get_untracked());
        error.set(None);
        status.set(None);
        busy.set(true);
        let t = t2.clone();
        let work = async move { vault.save_profile(&n, &x).await };
        mounted.spawn(work, move |result| {
            busy.set(false);
            match result {
                Ok(()) => status.set(Some(t.bi("vault-saved"))),
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let t3 = t.clone();
    let damaged = move || {
        vault
            .folder()
            .with_damaged(Clone::clone)
            .into_iter()
            .map(|d| {
                let n = damaged_name(&t3, &d);
                let de = t3
                    .de
                    .msg_args("vault-damaged", &[("name", Arg::Str(&n.de))]);
                let own = n.own.map(|own| {
                    t3.own
                        .msg_args("vault-damaged", &[("name", Arg::Str(&own))])
                });
                view! {
                    <p class="vault-error vault-damaged" role="alert">
                        <Bi text=BiText { de, own } />
                    </p>
                }
            })
            .collect_view()
    };
    view! {
        {damaged}
        <form class="vault-card vault-data" on:submit=submit>
            <h3>
                <Bi text=t.bi("vault-data-title") />
            </h3>
            <label class="vault-label" for="vault-name">
                <Bi text=t.bi("vault-name-label") />
            </label>
            <input class="vault-input" id="vault-name" dir="auto" type="text" autocomplete="off" bind:value=name />
            <label class="vault-label" for="vault-notes">
                <Bi text=t.bi("vault-notes-label") />
            </label>
            <textarea class="vault-input vault-notes" id="vault-notes" dir="auto" rows="6" autocomplete="off" bind:value=notes></textarea>
            <ErrorLine error=error />
            <StatusLine status=status />
            <button
                type="submit"
                class="vault-button vault-primary"
                id="vault-save"
                disabled=move || busy.get()
            >
                <Icon name=IconName::Check />
                <Bi text=t.bi("vault-save") />
            </button>
        </form>
    }
}

#[component]
pub fn VaultSettings() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let options = AUTOLOCK_CHOICES
        .iter()
        .map(|m| {
            let m = *m;
            let text = t.bi_args(
                "vault-autolock-minutes",
                &[("minutes", Arg::Num(f64::from(m)))],
            );
            let label = text.own.clone().map_or(text.de.clone(), |own| {
                format!("\u{2068}{}\u{2069} · \u{2068}{own}\u{2069}", text.de)
            });
            view! {
                <option value=m.to_string() selected=move || vault.folder().autolock_minutes() == m>
                    {label}
                </option>
            }
        })
        .collect_view();
    // A longer delay waits here until the passphrase is confirmed.
    let pending: RwSignal<Option<u32>> = RwSignal::new(None);
    let confirm = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let select: NodeRef<leptos::html::Select> = NodeRef::new();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        if let Ok(minutes) = value.parse::<u32>() {
            error.set(None);
            if minutes > vault.folder().autolock_minutes_untracked() {
                pending.set(Some(minutes));
                return;
            }
            pending.set(None);
            let work = async move { vault.set_autolock_minutes(minutes, None).await };
            mounted.spawn(work, move |result| error.set(result.err()));
        }
    };
    let reset_select = move || {
        if let Some(s) = select.get_untracked() {
            s.set_value(&vault.folder().autolock_minutes_untracked().to_string());
        }
    };
    let confirm_click = move |_| {
        let Some(minutes) = pending.get_untracked() else {
            return;
        };
        if busy.get_untracked() {
            return;
        }
        let p = confirm.get_untracked();
        busy.set(true);
        let work = async move { vault.set_autolock_minutes(minutes, Some(&p)).await };
        mounted.spawn(work, move |result| {
            busy.set(false);
            match result {
                Ok(()) => {
                    pending.set(None);
                    confirm.set(String::new());
                    error.set(None);
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    let cancel = move |_| {
        pending.set(None);
        confirm.set(String::new());
        error.set(None);
        reset_select();
    };
    view! {
        <section class="vault-card vault-settings">
            <h3>
                <Bi text=t.bi("vault-settings-title") />
            </h3>
            <label class="vault-label" for="vault-autolock">
                <Bi text=t.bi("vault-autolock-label") />
            </label>
            <select class="vault-input" id="vault-autolock" on:change=on_change node_ref=select>
                {options}
            </select>
            <p class="vault-hint">
                <Bi text=t.bi("vault-autolock-hidden") />
            </p>
            <Show when=move || pending.get().is_some()>
                <div class="vault-confirm" id="vault-autolock-confirm-box">
                    <p class="vault-hint">
                        <Bi text=use_texts().bi("vault-autolock-confirm") />
                    </p>
                    <PassphraseField
                        id="vault-autolock-passphrase"
                        label="vault-current-passphrase"
                        value=confirm
                    />
                    <button
                        type="button"
                        class="vault-button vault-primary"
                        id="vault-autolock-confirm"
                        on:click=confirm_click
                        disabled=move || busy.get()
                    >
                        <Icon name=IconName::Check />
                        <Bi text=use_texts().bi("vault-confirm-button") />
                    </button>
                    <button
                        type="button"
                        class="vault-button"
                        id="vault-autolock-cancel"
                        on:click=cancel
                    >
                        <Bi text=use_texts().bi("vault-cancel") />
                    </button>
                </div>
            </Show>
            <Busy busy=busy />
            <ErrorLine error=error />
        </section>
    }
}

#[component]
pub fn VaultStorage() -> impl IntoView {
    let t = use_texts();
    let info = LocalResource::new(storage_info);
    view! {
        <section class="vault-card vault-storage">
            <h3>
                <Bi text=t.bi("vault-storage-title") />
            </h3>
            {move || {
                info.get()
                    .map(|info| {
                        let usage = match (info.used, info.quota) {
                            (Some(used), Some(quota)) => {
                                t.bi_args_each("vault-storage-usage", |lang| {
                                    vec![
                                        ("used", format_bytes(used, lang)),
                                        ("available", format_bytes(quota, lang)),
                                    ]
                                })
                            }
                            _ => t.bi("vault-storage-unknown"),
                        };
                        let persisted = if info.persisted {
                            t.bi("vault-storage-persisted")
                        } else {
                            t.bi("vault-storage-not-persisted")
                        };
                        view! {
                            <p class="vault-usage">
                                <Bi text=usage />
                            </p>
                            <p class="vault-hint">
                                <Bi text=persisted />
                            </p>
                        }
                    })
            }}
        </section>
    }
}

#[component]
pub fn VaultChangePassphrase() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let current = RwSignal::new(String::new());
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let status: RwSignal<Option<BiText>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let t2 = t.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let (c, p1, p2) = (
            current.get_untracked(),
            first.get_untracked(),
            second.get_untracked(),
        );
        error.set(None);
        status.set(None);
        busy.set(true);
        let t = t2.clone();
        let work = async move { vault.change_passphrase(&c, &p1, &p2).await };
        mounted.spawn(work, move |result| {
            busy.set(false);
            match result {
                Ok(()) => {
                    current.set(String::new());
                    first.set(String::new());
                    second.set(String::new());
                    status.set(Some(t.bi("vault-changed")));
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <form class="vault-card vault-change" on:submit=submit>
            <h3>
                <Bi text=t.bi("vault-change-title") />
            </h3>
            <PassphraseField id="vault-current" label="vault-current-passphrase" value=current />
            <PassphraseField
                id="vault-change-1"
                label="vault-new-passphrase"
                value=first
            />
            <SuggestPassphrase id="vault-change-suggest" first=first second=second />
            <PassphraseField
                id="vault-change-2"
                label="vault-new-passphrase-repeat"
                value=second
            />
            <ErrorLine error=error />
            <StatusLine status=status />
            <Busy busy=busy />
            <button type="submit" class="vault-button" disabled=move || busy.get()>
                <Icon name=IconName::Key />
                <Bi text=t.bi("vault-change-button") />
            </button>
        </form>
    }
}

#[component]
pub fn VaultRecoveryReplace(sheet: RwSignal<Option<SheetData>>) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let current = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let click = move |_| {
        if busy.get_untracked() {
            return;
        }
        let p = current.get_untracked();
        busy.set(true);
        error.set(None);
        // The sheet (owned by the folder screen) replaces this card once it is set.
        let work = async move {
            let key = vault.replace_recovery_key(&p).await?;
            sheet.set(Some(SheetData::new(&key)?));
            Ok::<(), Error>(())
        };
        mounted.spawn(work, move |result| {
            busy.set(false);
            error.set(result.err());
        });
    };
    view! {
        <section class="vault-card vault-recovery-replace">
            <h3>
                <Bi text=t.bi("vault-recovery-replace-title") />
            </h3>
            <p>
                <Bi text=t.bi("vault-recovery-replace-intro") />
            </p>
            <p class="vault-hint">
                <Bi text=t.bi("vault-confirm-needed") />
            </p>
            <PassphraseField
                id="vault-replace-passphrase"
                label="vault-current-passphrase"
                value=current
            />
            <ErrorLine error=error />
            <Busy busy=busy />
            <button
                type="button"
                class="vault-button"
                id="vault-replace-button"
                on:click=click
                disabled=move || busy.get()
            >
                <Icon name=IconName::Key />
                <Bi text=t.bi("vault-recovery-replace-button") />
            </button>
        </section>
    }
}

/// Which "delete" the person asked for (#12 §5).
#[derive(Clone, Copy, PartialEq, Eq)]
enum DeleteLevel {
    /// Delete my folder: the app stays and keeps working offline.
    Folder,
    /// Remove the app and all its data from this browser.
    App,
}

impl DeleteLevel {
    /// Ids of the button, the question and the "yes" button, and the Fluent ids of the button,
    /// the question and "yes".
    fn ids(self) -> [&'static str; 6] {
        match self {
            DeleteLevel::Folder => [
                "vault-delete",
                "vault-delete-q",
                "vault-delete-yes",
                "vault-delete-button",
                "vault-delete-confirm",
                "vault-delete-yes",
            ],
            DeleteLevel::App => [
                "vault-remove-app",
                "vault-remove-app-q",
                "vault-remove-app-yes",
                "vault-remove-app-button",
                "vault-remove-app-confirm",
                "vault-remove-app-yes",
            ],
        }
    }
}

/// The two levels of deleting (#12 §5), each behind its own confirmation, and what the app
/// cannot delete (files saved or shared earlier). Deleting empties the folder screen, which
/// removes this card: the "deleted" goes to the folder screen's `notice`.
#[component]
pub fn VaultDelete(notice: FolderNotice) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let asking: RwSignal<Option<DeleteLevel>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let t2 = t.clone();
    let confirm = Callback::new(move |level: DeleteLevel| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let t = t2.clone();
        let work = async move {
            let result = match level {
                DeleteLevel::Folder => vault.delete_everything().await,
                DeleteLevel::App => vault.remove_app().await,
            };
            if result.is_ok() {
                let done = match level {
                    DeleteLevel::Folder => "vault-deleted",
                    DeleteLevel::App => "vault-app-removed",
                };
                notice.show(Status::Empty, t.bi(done));
            }
            result
        };
        mounted.spawn(work, move |result| {
            busy.set(false);
            asking.set(None);
            error.set(result.err());
        });
    });
    view! {
        <section class="vault-card vault-delete">
            <h3>
                <Bi text=t.bi("vault-delete-title") />
            </h3>
            <p class="vault-hint vault-saved-files">
                <Bi text=t.bi("vault-saved-files") />
            </p>
            <ErrorLine error=error />
            <p>
                <Bi text=t.bi("vault-delete-intro") />
            </p>
            <DeleteStep level=DeleteLevel::Folder asking=asking busy=busy confirm=confirm />
            <p>
                <Bi text=t.bi("vault-remove-app-intro") />
            </p>
            <DeleteStep level=DeleteLevel::App asking=asking busy=busy confirm=confirm />
        </section>
    }
}

/// One level's button, and once pressed its question with "yes" and "cancel".
#[component]
fn DeleteStep(
    level: DeleteLevel,
    asking: RwSignal<Option<DeleteLevel>>,
    busy: RwSignal<bool>,
    confirm: Callback<DeleteLevel>,
) -> impl IntoView {
    let [button_id, question_id, yes_id, button, question, yes] = level.ids();
    view! {
        <Show
            when=move || asking.get() == Some(level)
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="vault-button vault-danger"
                        id=button_id
                        on:click=move |_| asking.set(Some(level))
                        disabled=move || busy.get()
                    >
                        <Icon name=IconName::Trash />
                        <Bi text=use_texts().bi(button) />
                    </button>
                }
            }
        >
            <div class="vault-confirm" role="alertdialog" aria-labelledby=question_id>
                <p id=question_id class="vault-warning">
                    <Bi text=use_texts().bi(question) />
                </p>
                <button
                    type="button"
                    class="vault-button vault-danger"
                    id=yes_id
                    on:click=move |_| confirm.run(level)
                    disabled=move || busy.get()
                >
                    <Icon name=IconName::Trash />
                    <Bi text=use_texts().bi(yes) />
                </button>
                <button type="button" class="vault-button" on:click=move |_| asking.set(None)>
                    <Bi text=use_texts().bi("vault-cancel") />
                </button>
            </div>
        </Show>
    }
}
