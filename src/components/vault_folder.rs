//! The "My folder" screen (`#/folder`): create, unlock, or, when open, the person's name and
//! notes with every vault action (settings, storage, passphrase, backup, recovery key, delete).

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::vault_backup::{VaultExport, VaultImport};
use crate::components::vault_common::{ErrorLine, FolderNotice, FolderNoticeLine};
use crate::components::vault_manage::{
    VaultChangePassphrase, VaultData, VaultDelete, VaultRecoveryReplace, VaultSettings,
    VaultStorage,
};
use crate::components::vault_sheet::{RecoverySheet, SheetData};
use crate::components::vault_unlock::{VaultCreate, VaultUnlock};
use crate::i18n::use_texts;
use crate::vault::{Status, use_vault};

#[component]
pub fn VaultFolder() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    // The recovery sheet to show once (after creating the vault or replacing the key).
    let sheet: RwSignal<Option<SheetData>> = RwSignal::new(None);
    // "Backup imported", "folder deleted": written by forms that the change itself removes.
    let notice = FolderNotice::new();
    // Leaving the screen or locking forgets the sheet.
    Effect::new(move |_| {
        if !vault.is_unlocked() {
            sheet.set(None);
        }
    });
    let status_attr = move || match vault.status.get() {
        Status::Checking => "checking",
        Status::Unavailable(_) => "unavailable",
        Status::Empty => "empty",
        Status::Locked => "locked",
        Status::Unlocked => "unlocked",
    };
    view! {
        <section
            class="vault"
            aria-labelledby="vault-heading"
            data-vault-status=status_attr
            data-unlock-ms=move || vault.last_unlock_ms.get().map(|ms| format!("{ms:.0}"))
        >
            <h2 id="vault-heading" class="vault-heading no-print">
                <Bi text=t.bi("vault-title") />
            </h2>
            <FolderNoticeLine notice=notice />
            {move || {
                let t = t.clone();
                match vault.status.get() {
                Status::Checking => {
                    view! { <p class="loading" aria-busy="true">"…"</p> }.into_any()
                }
                Status::Unavailable(e) => {
                    let error = RwSignal::new(Some(e));
                    view! { <ErrorLine error=error /> }.into_any()
                }
                Status::Empty => {
                    view! {
                        <p class="vault-intro">
                            <Bi text=t.bi("vault-intro") />
                        </p>
                        <VaultCreate sheet=sheet />
                        <VaultImport notice=notice />
                    }
                        .into_any()
                }
                Status::Locked => {
                    view! {
                        <VaultUnlock />
                        <VaultImport notice=notice />
                        <VaultDelete notice=notice />
                    }
                        .into_any()
                }
                Status::Unlocked => {
                    view! {
                        {move || {
                            let t = t.clone();
                            match sheet.get() {
                            Some(data) => view! { <RecoverySheet data=data sheet=sheet /> }.into_any(),
                            None => {
                                view! {
                                    <p class="vault-state">
                                        <Bi text=t.bi("vault-status-unlocked") />
                                    </p>
                                    {
                                        let t = t.clone();
                                        move || {
                                            vault
                                                .folder()
                                                .with_key_notice(Clone::clone)
                                                .map(|date| {
                                                    view! {
                                                        <p class="vault-warning vault-key-notice" role="status">
                                                            <Bi text=t.bi_args(
                                                                "vault-key-replaced",
                                                                &[("date", ordner_core::i18n::Arg::Str(&date))],
                                                            ) />
                                                        </p>
                                                    }
                                                })
                                        }
                                    }
                                    <crate::components::agenda_links::AgendaLinks />
                                    <VaultData />
                                    <p class="office-link print-link">
                                        <a href=crate::route::Route::PrintConsult.to_hash()>
                                            <crate::components::icon::Icon name=crate::components::icon::IconName::Printer />
                                            <span>
                                                <Bi text=t.bi("print-consult-open") />
                                            </span>
                                        </a>
                                    </p>
                                    <VaultSettings />
                                    <VaultExport />
                                    <VaultImport notice=notice />
                                    <VaultChangePassphrase />
                                    <VaultRecoveryReplace sheet=sheet />
                                    <VaultStorage />
                                    <VaultDelete notice=notice />
                                }
                                    .into_any()
                            }
                        }}}
                    }
                        .into_any()
                }
            }}}
        </section>
    }
}
