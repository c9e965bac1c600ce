//! Add or change an entry of the consultation log: date, who was seen, what was agreed, next
//! steps. Checked before saving; saved in one vault transaction.

use leptos::prelude::*;
use ordner_core::agenda::Consultation;
use ordner_core::date::Date;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::ErrorLine;
use crate::i18n::use_texts;
use crate::vault::{Error, use_vault};

/// The form. `initial` has an empty id for a new entry. `done` gets the saved id, or `None` on
/// cancel.
#[component]
pub fn ConsultForm(initial: Consultation, done: Callback<Option<String>>) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let date = RwSignal::new(initial.date.map(Date::to_iso).unwrap_or_default());
    let who = RwSignal::new(initial.who.clone());
    let agreed = RwSignal::new(initial.agreed.clone());
    let next = RwSignal::new(initial.next_steps.clone());
    let problem: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let mounted = crate::task::Mounted::new();
    let is_new = initial.id.is_empty();
    // The form opens where the person is looking: scrolled into view, the date focused.
    let first: NodeRef<leptos::html::Input> = NodeRef::new();
    Effect::new(move |_| {
        if let Some(input) = first.get() {
            input.scroll_into_view();
            let _ = input.focus();
        }
    });
    let entry_id = initial.id.clone();

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        problem.set(None);
        error.set(None);
        let entry = Consultation {
            id: entry_id.clone(),
            date: Date::parse_iso(date.get_untracked().trim()).ok(),
            who: who.get_untracked().trim().to_owned(),
            agreed: agreed.get_untracked().trim_end().to_owned(),
            next_steps: next.get_untracked().trim_end().to_owned(),
        };
        if let Some(p) = entry.problem() {
            problem.set(Some(p.message_id()));
            return;
        }
        busy.set(true);
        // A lock meanwhile removes this form: then the result is dropped.
        mounted.spawn(
            async move { vault.save_consultation(&entry).await },
            move |result| {
                busy.set(false);
                match result {
                    Ok(id) => done.run(Some(id)),
                    Err(e) => error.set(Some(e)),
                }
            },
        );
    };
    let problem_line = {
        let t = t.clone();
        move || {
            problem.get().map(|id| {
                view! {
                    <p class="vault-error" role="alert" data-error=id>
                        <Bi text=t.bi(id) />
                    </p>
                }
            })
        }
    };
    let heading = t.bi(if is_new { "log-add" } else { "appt-edit" });
    view! {
        <form class="vault-card log-form" id="log-form" on:submit=submit novalidate>
            <h3>
                <Bi text=heading />
            </h3>
            <label class="vault-label" for="log-date">
                <Bi text=t.bi("log-date") />
            </label>
            <input class="vault-input" id="log-date" type="date" autocomplete="off" required node_ref=first bind:value=date />
            <label class="vault-label" for="log-who">
                <Bi text=t.bi("log-who") />
            </label>
            <input class="vault-input" id="log-who" type="text" dir="auto" autocomplete="off" bind:value=who />
            <label class="vault-label" for="log-agreed">
                <Bi text=t.bi("log-agreed") />
            </label>
            <textarea class="vault-input vault-notes" id="log-agreed" dir="auto" rows="4" autocomplete="off" bind:value=agreed></textarea>
            <label class="vault-label" for="log-next">
                <Bi text=t.bi("log-next") />
            </label>
            <textarea class="vault-input vault-notes" id="log-next" dir="auto" rows="3" autocomplete="off" bind:value=next></textarea>
            {problem_line}
            <ErrorLine error=error />
            <div class="vault-actions">
                <button type="submit" class="vault-button vault-primary" id="log-save" disabled=move || busy.get()>
                    <Icon name=IconName::Check />
                    <Bi text=t.bi("appt-save") />
                </button>
                <button type="button" class="vault-button" id="log-cancel" on:click=move |_| done.run(None)>
                    <Bi text=t.bi("appt-cancel") />
                </button>
            </div>
        </form>
    }
}
