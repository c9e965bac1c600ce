//! The appointments screen (`#/appointments`): deadlines from the papers, the person's
//! appointments (add, change, delete), and the calendar export (.ics). Locked: a notice with a
//! link to the safe folder, nothing personal.

use leptos::prelude::*;
use ordner_core::agenda::Appointment;
use ordner_core::deadline::{Deadline, Urgency, classify};
use ordner_core::offer::{Contents, FileKind};

use crate::agenda::{calendar_file, document_deadlines, when_bi};
use crate::browser::today;
use crate::components::agenda_card_actions::{AgendaCardActions, AgendaRecord};
use crate::components::appointment_form::AppointmentForm;
use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::deadline_item::DeadlineItem;
use crate::components::file_offer::FileOffer;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::ErrorLine;
use crate::content_state::{bi_content, use_content};
use crate::file_offer::Offered;
use crate::i18n::{BiText, use_texts};
use crate::route::Route;
use crate::vault::{Error, use_vault};

/// "Open your safe folder first", with the link.
#[component]
pub fn AgendaLocked() -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="vault-card agenda-locked" id="agenda-locked">
            <p>
                <Bi text=t.bi("appt-locked") />
            </p>
            <a class="button-link" href=Route::Folder.to_hash()>
                <Icon name=IconName::Lock />
                <span>
                    <Bi text=t.bi("appt-open-folder") />
                </span>
            </a>
        </div>
    }
}

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    // The appointment being edited (an empty id: a new one).
    let editing: RwSignal<Option<Appointment>> = RwSignal::new(None);
    let status: RwSignal<Option<BiText>> = RwSignal::new(None);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let export_failed = RwSignal::new(false);
    // The calendar file, held in memory until the person shares or saves it.
    let calendar: RwSignal<Option<std::rc::Rc<Offered>>, LocalStorage> = RwSignal::new_local(None);
    // Locking forgets it (and revokes its URL).
    Effect::new(move |_| {
        if !vault.is_unlocked() {
            calendar.set(None);
        }
    });
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

    let deadlines = {
        let t = t.clone();
        move || {
            let Some(today) = today() else {
                return ().into_any();
            };
            // Reminders and deadlines long past are left out.
            let list: Vec<(Urgency, Deadline)> = document_deadlines(&vault)
                .into_iter()
                .map(|d| (classify(&d, today), d))
                .filter(|(u, _)| *u != Urgency::Past)
                .collect();
            if list.is_empty() {
                return view! {
                    <p class="vault-hint">
                        <Bi text=t.bi("appt-deadlines-none") />
                    </p>
                }
                .into_any();
            }
            let items = list
                .into_iter()
                .map(|(u, d)| view! { <DeadlineItem deadline=d urgency=u /> })
                .collect_view();
            view! { <ul class="due-list">{items}</ul> }.into_any()
        }
    };

    let list = {
        let t = t.clone();
        move || {
            let all = vault.folder().with_appointments(Clone::clone);
            if all.is_empty() {
                return view! {
                    <p class="appt-empty">
                        <Bi text=t.bi("appt-empty") />
                    </p>
                }
                .into_any();
            }
            let today = today();
            let (past, coming): (Vec<Appointment>, Vec<Appointment>) = all
                .into_iter()
                .partition(|a| matches!((a.date, today), (Some(d), Some(now)) if d < now));
            let coming = coming
                .into_iter()
                .map(|a| view! { <AppointmentCard appointment=a editing=editing status=status error=error /> })
                .collect_view();
            let past_view = (!past.is_empty()).then(|| {
                let items = past
                    .into_iter()
                    .rev()
                    .map(|a| view! { <AppointmentCard appointment=a editing=editing status=status error=error /> })
                    .collect_view();
                view! {
                    <details class="appt-past">
                        <summary>
                            <span class="summary-text">
                                <Bi text=t.bi("appt-past") />
                            </span>
                        </summary>
                        <ul class="appt-list">{items}</ul>
                    </details>
                }
            });
            view! {
                <ul class="appt-list" id="appt-list">{coming}</ul>
                {past_view}
            }
            .into_any()
        }
    };

    let state = use_content();
    let export = {
        let t = t.clone();
        move |_| {
            let content = state.content.get_untracked();
            match calendar_file(&t, &content, &vault) {
                Ok(file) => {
                    export_failed.set(false);
                    calendar.set(Some(std::rc::Rc::new(file)));
                }
                Err(e) => {
                    leptos::logging::error!("calendar export: {e}");
                    export_failed.set(true);
                }
            }
        }
    };

    let body = move || {
        let t = t.clone();
        if !vault.is_unlocked() {
            return view! { <AgendaLocked /> }.into_any();
        }
        let export = export.clone();
        view! {
            <p class="vault-intro">
                <Bi text=t.bi("appt-intro") />
            </p>
            <section class="agenda-block" aria-labelledby="appt-deadlines-heading">
                <h3 id="appt-deadlines-heading">
                    <Bi text=t.bi("appt-deadlines") />
                </h3>
                {deadlines.clone()}
            </section>
            <section class="agenda-block" aria-labelledby="appt-list-heading">
                <h3 id="appt-list-heading">
                    <Bi text=t.bi("appt-title") />
                </h3>
                <p class="vault-status" role="status">
                    {move || status.get().map(|s| view! { <Bi text=s /> })}
                </p>
                <ErrorLine error=error />
                {move || match editing.get() {
                    Some(a) => view! { <AppointmentForm initial=a done=done /> }.into_any(),
                    None => {
                        let t = use_texts();
                        view! {
                            <button
                                type="button"
                                class="vault-button vault-primary"
                                id="appt-add"
                                on:click=move |_| {
                                    status.set(None);
                                    editing.set(Some(Appointment {
                                        date: today(),
                                        ..Appointment::default()
                                    }));
                                }
                            >
                                <Icon name=IconName::Plus />
                                <Bi text=t.bi("appt-add") />
                            </button>
                        }
                            .into_any()
                    }
                }}
                {list.clone()}
            </section>
            <section class="agenda-block vault-card" aria-labelledby="appt-export-heading">
                <h3 id="appt-export-heading">
                    <Bi text=t.bi("appt-export") />
                </h3>
                <p class="vault-hint">
                    <Bi text=t.bi("appt-export-hint") />
                </p>
                <button type="button" class="vault-button" id="appt-export" on:click=export>
                    <Icon name=IconName::Calendar />
                    <Bi text=t.bi("appt-export") />
                </button>
                {move || {
                    calendar
                        .get()
                        .map(|file| {
                            view! {
                                <FileOffer
                                    file=file
                                    kind=FileKind::Calendar
                                    contents=Contents::Personal
                                />
                            }
                        })
                }}
                {move || export_failed.get().then(|| {
                    let t = use_texts();
                    view! {
                        <p class="vault-error" role="alert">
                            <Bi text=t.bi("vault-error-internal") />
                        </p>
                    }
                })}
            </section>
        }
        .into_any()
    };

    view! {
        <section class="agenda" aria-labelledby="appt-heading">
            <BackLink />
            <h2 id="appt-heading">
                <Bi text=use_texts().bi("appt-all") />
            </h2>
            {body}
        </section>
    }
}

/// One appointment with its details, "change" and "delete" (delete asks to press again).
#[component]
fn AppointmentCard(
    appointment: Appointment,
    editing: RwSignal<Option<Appointment>>,
    status: RwSignal<Option<BiText>>,
    error: RwSignal<Option<Error>>,
) -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    let when = appointment.date.map(|d| when_bi(&t, d, appointment.time));
    let content = state.content.get_untracked();
    let contact = appointment
        .contact
        .as_deref()
        .and_then(|k| content.contact(k))
        .map(|c| {
            let kind = c.type_name_id().map(|id| t.bi(&id));
            let org = c.organisation.clone();
            let phone = c.phone.clone();
            view! {
                <div class="appt-contact">
                    {kind.map(|k| view! { <Bi text=k /> })}
                    {org.map(|o| view! { <span class="appt-org" dir="auto">{o}</span> })}
                    {phone.map(|p| {
                        let href = ordner_core::content::model::tel_uri(&p);
                        view! { <a href=href dir="ltr">{p}</a> }
                    })}
                </div>
            }
        });
    let bring: Vec<BiText> = appointment
        .checklist
        .iter()
        .filter_map(|k| content.item(k).map(|(_, item)| bi_content(&t, &item.text)))
        .collect();
    let bring = (!bring.is_empty()).then(|| {
        let items = bring
            .into_iter()
            .map(|b| view! { <li><Bi text=b /></li> })
            .collect_view();
        view! {
            <div class="appt-bring-view">
                <strong><Bi text=t.bi("appt-bring") /></strong>
                <ul>{items}</ul>
            </div>
        }
    });
    // At the BAMF: missing it without an excuse can end the procedure (§ 33 Abs. 2 AsylG).
    let bamf_warning = appointment.is_bamf(&content).then(|| {
        let rule = ordner_core::content::DeadlineRule::BamfAppointment;
        let law = rule.source();
        let based_on = BiText {
            de: ordner_core::ics::based_on(&t.de, law),
            own: (!t.is_german_only()).then(|| {
                crate::content_state::isolate(&t, ordner_core::ics::based_on(&t.own, law))
            }),
        };
        view! {
            <div class="appt-bamf-warning" role="note" data-law=law.law>
                <strong>
                    <Bi text=t.bi(&ordner_core::deadline::DeadlineKind::BamfAppointment.title_id()) />
                </strong>
                <p>
                    <Bi text=t.bi(&rule.message_id()) />
                </p>
                <span class="due-law">
                    <Bi text=based_on />
                </span>
            </div>
        }
    });
    let office = appointment.office.clone();
    let notes = appointment.notes.clone();
    let for_edit = appointment.clone();
    let on_edit = Callback::new(move |()| editing.set(Some(for_edit.clone())));
    view! {
        <li class="appt-card vault-card" data-id=appointment.id.clone()>
            <p class="appt-when">
                <Icon name=IconName::Calendar />
                {when.map(|w| view! { <span class="when-text"><Bi text=w /></span> })}
            </p>
            {(!office.is_empty()).then(|| view! { <p class="appt-office" dir="auto">{office}</p> })}
            {contact}
            {bamf_warning}
            {bring}
            {(!notes.is_empty()).then(|| view! { <p class="appt-notes" dir="auto">{notes}</p> })}
            <AgendaCardActions
                record=AgendaRecord::Appointment
                id=appointment.id.clone()
                on_edit=on_edit
                status=status
                error=error
            />
        </li>
    }
}
