//! The header's vault controls: the link to the folder screen ("my data": name, backup,
//! passphrase, recovery key, auto-lock, delete) always, and "lock now" while the vault is open.

use leptos::prelude::*;

use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;
use crate::vault::{LockReason, use_vault};

#[component]
pub fn VaultLock() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let own = t.own_language();
    let bi_label = |id: &str| {
        let b = t.bi(id);
        match b.own {
            Some(own) => format!("{} / {}", b.de, own),
            None => b.de,
        }
    };
    let lock_label = bi_label("vault-lock-now");
    let open_label = bi_label("vault-nav");
    let lock_text = t.own("vault-lock-now");
    let open_text = t.own("vault-nav");
    let link = view! {
        <a class="vault-nav-link" href="#/folder" aria-label=open_label>
            <Icon name=IconName::Key />
            <span lang=own.code dir=own.dir.as_html()>{open_text}</span>
        </a>
    };
    view! {
        {link}
        {move || {
            vault
                .is_unlocked()
                .then(|| {
                    view! {
                        <button
                            class="vault-lock-now"
                            type="button"
                            aria-label=lock_label.clone()
                            on:click=move |_| {
                                vault.lock_and_reload(LockReason::Manual);
                            }
                        >
                            <Icon name=IconName::Lock />
                            <span lang=own.code dir=own.dir.as_html()>{lock_text.clone()}</span>
                        </button>
                    }
                })
        }}
    }
}
