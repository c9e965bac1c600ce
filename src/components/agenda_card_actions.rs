//! "Change" and "delete" under an appointment or a consultation-log card. Delete asks to press
//! again; while it runs the button is disabled; a failure puts the question away and shows the
//! error.

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::{BiText, use_texts};
use crate::vault::{Error, use_vault};

/// Which kind of record a card shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaRecord {
    Appointment,
    Consultation,
}

impl AgendaRecord {
    /// Prefix of the buttons' classes (`appt-edit`, `log-delete`, ...).
    fn class_prefix(self) -> &'static str {
        match self {
            AgendaRecord::Appointment => "appt",
            AgendaRecord::Consultation => "log",
        }
    }
}

#[component]
pub fn AgendaCardActions(
    record: AgendaRecord,
    /// The record's id.
    id: String,
    /// Opens the card's form.
    on_edit: Callback<()>,
    status: RwSignal<Option<BiText>>,
    error: RwSignal<Option<Error>>,
) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let confirm = RwSignal::new(false);
    let busy = RwSignal::new(false);
    let mounted = crate::task::Mounted::new();
    let t_del = t.clone();
    let delete = move |_| {
        if !confirm.get_untracked() {
            confirm.set(true);
            return;
        }
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        error.set(None);
        let id = id.clone();
        let t = t_del.clone();
        let work = async move {
            match record {
                AgendaRecord::Appointment => vault.delete_appointment(&id).await,
                AgendaRecord::Consultation => vault.delete_consultation(&id).await,
            }
        };
        mounted.spawn(work, move |result| {
            busy.set(false);
            match result {
                Ok(()) => status.set(Some(t.bi("appt-deleted"))),
                Err(e) => {
                    confirm.set(false);
                    error.set(Some(e));
                }
            }
        });
    };
    let prefix = record.class_prefix();
    let t2 = t.clone();
    view! {
        {move || confirm.get().then(|| view! {
            <p class="vault-warning" role="alert">
                <Bi text=t2.bi("appt-delete-confirm") />
            </p>
        })}
        <div class="vault-actions">
            <button
                type="button"
                class=format!("vault-button {prefix}-edit")
                on:click=move |_| {
                    status.set(None);
                    on_edit.run(());
                }
            >
                <Icon name=IconName::Pencil />
                <Bi text=t.bi("appt-edit") />
            </button>
            <button
                type="button"
                class=format!("vault-button vault-danger {prefix}-delete")
                disabled=move || busy.get()
                on:click=delete
            >
                <Icon name=IconName::Trash />
                <Bi text=t.bi("appt-delete") />
            </button>
        </div>
    }
}
