//! The consultation log (`#/log`): who was seen, what was agreed, next steps; newest first.
//! Add, change, delete. Locked: a notice with a link to the safe folder, nothing personal.

use leptos::prelude::*;
use ordner_core::agenda::Consultation;

use crate::agenda::date_bi;
use crate::browser::today;
use crate::components::agenda_card_actions::{AgendaCardActions, AgendaRecord};
use crate::components::appointments_page::AgendaLocked;
use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::consult_form::ConsultForm;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::ErrorLine;
use crate::i18n::{BiText, use_texts};
use crate::vault::{Error, use_vault};

#[component]
pub fn ConsultPage() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let editing: RwSignal<Option<Consultation>> = RwSignal::new(None);
    let status: RwSignal<Option<BiText>> = RwSignal::new(None);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    Effect::new(move |_| {
        if !vault.is_unlocked() {
            editing.set(None);
        }
    });
    let t_done = t.clone();
    let done = Callback::new(move |saved: Option<String>| {
        editing.set(None);
        if saved.is_some() {
            status.set(Some(t_done.bi("appt-saved")));
        }
    });
    let body = move || {
        let t = t.clone();
        if !vault.is_unlocked() {
            return view! { <AgendaLocked /> }.into_any();
        }
        let list = {
            let t = t.clone();
            move || {
                let all = vault.folder().with_consultations(Clone::clone);
                if all.is_empty() {
                    return view! {
                        <p class="log-empty">
                            <Bi text=t.bi("log-empty") />
                        </p>
                    }
                    .into_any();
                }
                let items = all
                    .into_iter()
                    .map(|c| view! { <ConsultCard entry=c editing=editing status=status error=error /> })
                    .collect_view();
                view! { <ol class="log-list" id="log-list">{items}</ol> }.into_any()
            }
        };
        view! {
            <p class="vault-intro">
                <Bi text=t.bi("log-intro") />
            </p>
            <p class="vault-status" role="status">
                {move || status.get().map(|s| view! { <Bi text=s /> })}
            </p>
            <ErrorLine error=error />
            {move || match editing.get() {
                Some(c) => view! { <ConsultForm initial=c done=done /> }.into_any(),
                None => {
                    let t = use_texts();
                    view! {
                        <button
                            type="button"
                            class="vault-button vault-primary"
                            id="log-add"
                            on:click=move |_| {
                                status.set(None);
                                editing.set(Some(Consultation {
                                    date: today(),
                                    ..Consultation::default()
                                }));
                            }
                        >
                            <Icon name=IconName::Plus />
                            <Bi text=t.bi("log-add") />
                        </button>
                    }
                        .into_any()
                }
            }}
            {list}
        }
        .into_any()
    };
    view! {
        <section class="agenda consult" aria-labelledby="log-heading">
            <BackLink />
            <h2 id="log-heading">
                <Bi text=use_texts().bi("log-title") />
            </h2>
            {body}
        </section>
    }
}

/// One log entry with "change" and "delete" (delete asks to press again).
#[component]
fn ConsultCard(
    entry: Consultation,
    editing: RwSignal<Option<Consultation>>,
    status: RwSignal<Option<BiText>>,
    error: RwSignal<Option<Error>>,
) -> impl IntoView {
    let t = use_texts();
    let when = entry.date.map(|d| date_bi(&t, d));
    let field = |label: &str, text: &str| {
        (!text.is_empty()).then(|| {
            let label = t.bi(label);
            let text = text.to_owned();
            view! {
                <div class="log-field">
                    <strong>
                        <Bi text=label />
                    </strong>
                    <p dir="auto">{text}</p>
                </div>
            }
        })
    };
    let who = entry.who.clone();
    let agreed = field("log-agreed", &entry.agreed);
    let next = field("log-next", &entry.next_steps);
    let for_edit = entry.clone();
    let on_edit = Callback::new(move |()| editing.set(Some(for_edit.clone())));
    view! {
        <li class="log-card vault-card" data-id=entry.id.clone()>
            <p class="appt-when">
                <Icon name=IconName::Calendar />
                {when.map(|w| view! { <span class="when-text"><Bi text=w /></span> })}
            </p>
            <p class="log-who" dir="auto">{who}</p>
            {agreed}
            {next}
            <AgendaCardActions
                record=AgendaRecord::Consultation
                id=entry.id.clone()
                on_edit=on_edit
                status=status
                error=error
            />
        </li>
    }
}
