//! Backup file: export (a download) and import (checked completely before anything changes;
//! an existing folder is replaced only after an explicit "yes").

use leptos::prelude::*;
use ordner_core::i18n::Arg;

use crate::browser::{download, read_file};
use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::{Busy, ErrorLine, FolderNotice, PassphraseField, StatusLine};
use crate::i18n::{BiText, use_texts};
use crate::task::Mounted;
use crate::vault::{Error, Status, backup_file_name, use_vault};

#[component]
pub fn VaultExport() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let current = RwSignal::new(String::new());
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let status: RwSignal<Option<BiText>> = RwSignal::new(None);
    let mounted = Mounted::new();
    let t2 = t.clone();
    let click = move |_| {
        if busy.get_untracked() {
            return;
        }
        let p = current.get_untracked();
        busy.set(true);
        error.set(None);
        status.set(None);
        let t = t2.clone();
        // A lock during the export removes this card: then the result is dropped.
        mounted.spawn(
            async move { vault.export_backup(&p).await },
            move |result| {
                busy.set(false);
                match result {
                    Ok((bytes, skipped)) => {
                        current.set(String::new());
                        let name = backup_file_name();
                        if download(&bytes, &name).is_err() {
                            error.set(Some(Error::Vault(ordner_vault::VaultError::Storage(
                                "download".into(),
                            ))));
                            return;
                        }
                        if skipped > 0 {
                            status.set(Some(t.bi_args(
                                "vault-backup-skipped",
                                &[("count", Arg::Num(skipped as f64))],
                            )));
                        } else {
                            status.set(Some(
                                t.bi_args("vault-backup-exported", &[("file", Arg::Str(&name))]),
                            ));
                        }
                    }
                    Err(e) => error.set(Some(e)),
                }
            },
        );
    };
    view! {
        <section class="vault-card vault-export">
            <h3>
                <Bi text=t.bi("vault-backup-title") />
            </h3>
            <p>
                <Bi text=t.bi("vault-backup-intro") />
            </p>
            <p class="vault-hint">
                <Bi text=t.bi("vault-confirm-needed") />
            </p>
            <PassphraseField id="vault-export-passphrase" label="vault-current-passphrase" value=current />
            <ErrorLine error=error />
            <StatusLine status=status />
            <Busy busy=busy />
            <button
                type="button"
                class="vault-button"
                id="vault-export"
                on:click=click
                disabled=move || busy.get()
            >
                <Icon name=IconName::Download />
                <Bi text=t.bi("vault-backup-export") />
            </button>
        </section>
    }
}

/// Importing replaces or creates the folder and opens it, which removes this form: the "done"
/// goes to the folder screen's `notice`.
#[component]
pub fn VaultImport(notice: FolderNotice) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let secret = RwSignal::new(String::new());
    let replace = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let exists = move || matches!(vault.status.get(), Status::Locked | Status::Unlocked);
    let mounted = Mounted::new();
    let t2 = t.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let file = input
            .get_untracked()
            .and_then(|i| i.files())
            .and_then(|f| f.get(0));
        let Some(file) = file else {
            error.set(Some(Error::NoFile));
            return;
        };
        // Checked before reading: a file too large for a phone is never loaded.
        if file.size() > ordner_vault::MAX_BACKUP_LEN as f64 {
            error.set(Some(Error::Vault(ordner_vault::VaultError::BackupTooLarge)));
            return;
        }
        let s = secret.get_untracked();
        let r = replace.get_untracked();
        error.set(None);
        busy.set(true);
        let t = t2.clone();
        let work = async move {
            let result = match read_file(&file).await {
                Ok(bytes) => vault.import_backup(bytes, &s, r).await,
                Err(_) => Err(Error::NoFile),
            };
            if let Ok((records, blobs)) = &result {
                notice.show(
                    Status::Unlocked,
                    t.bi_args(
                        "vault-import-done",
                        &[
                            ("records", Arg::Num(*records as f64)),
                            ("blobs", Arg::Num(*blobs as f64)),
                        ],
                    ),
                );
            }
            result
        };
        mounted.spawn(work, move |result| {
            busy.set(false);
            match result {
                Ok(_) => {
                    secret.set(String::new());
                    replace.set(false);
                    if let Some(i) = input.get_untracked() {
                        i.set_value("");
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        });
    };
    view! {
        <form class="vault-card vault-import" on:submit=submit>
            <h3>
                <Bi text=t.bi("vault-import-title") />
            </h3>
            <label class="vault-label" for="vault-import-file">
                <Bi text=t.bi("vault-import-file") />
            </label>
            <input
                class="vault-input"
                id="vault-import-file"
                type="file"
                accept=format!(".{}", ordner_vault::BACKUP_FILE_EXTENSION)
                node_ref=input
            />
            <label class="vault-label" for="vault-import-secret">
                <Bi text=t.bi("vault-import-secret") />
            </label>
            <input
                class="vault-input"
                id="vault-import-secret"
                type="password"
                autocomplete="off"
                bind:value=secret
            />
            <Show when=exists>
                <p class="vault-warning" id="vault-import-warning">
                    <Icon name=IconName::Warning />
                    <Bi text=use_texts().bi("vault-import-exists") />
                </p>
                <label class="vault-check">
                    <input
                        type="checkbox"
                        id="vault-import-replace"
                        aria-describedby="vault-import-warning"
                        bind:checked=replace
                    />
                    <Bi text=use_texts().bi("vault-import-replace") />
                </label>
            </Show>
            <ErrorLine error=error />
            <Busy busy=busy />
            <button
                type="submit"
                class="vault-button"
                id="vault-import-button"
                disabled=move || busy.get()
            >
                <Icon name=IconName::Upload />
                <Bi text=t.bi("vault-import-button") />
            </button>
        </form>
    }
}
