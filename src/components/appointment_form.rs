//! Add or change an appointment: date, time, where (free text and/or a contact of the town's
//! register), what to bring (checklist items), notes. Checked before saving; saved in one
//! vault transaction.

use leptos::prelude::*;
use ordner_core::agenda::Appointment;
use ordner_core::date::{Date, Time};

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::ErrorLine;
use crate::content_state::{bi_content, use_content};
use crate::i18n::{BiText, use_texts};
use crate::vault::{Error, use_vault};

/// The form. `initial` has an empty id for a new appointment. `done` is called with the saved
/// id (or `None` on cancel).
#[component]
pub fn AppointmentForm(initial: Appointment, done: Callback<Option<String>>) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let state = use_content();
    let date = RwSignal::new(initial.date.map(Date::to_iso).unwrap_or_default());
    let time = RwSignal::new(initial.time.map(|t| t.to_string()).unwrap_or_default());
    let office = RwSignal::new(initial.office.clone());
    let contact = RwSignal::new(initial.contact.clone().unwrap_or_default());
    let notes = RwSignal::new(initial.notes.clone());
    let checklist = RwSignal::new(initial.checklist.clone());
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

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        problem.set(None);
        error.set(None);
        let date_text = date.get_untracked();
        let time_text = time.get_untracked();
        let parsed_date = Date::parse_iso(date_text.trim()).ok();
        let parsed_time = if time_text.trim().is_empty() {
            Ok(None)
        } else {
            Time::parse(time_text.trim()).map(Some)
        };
        let Ok(parsed_time) = parsed_time else {
            problem.set(Some("appt-error-no-date"));
            return;
        };
        let contact_key = contact.get_untracked();
        let appointment = Appointment {
            id: initial.id.clone(),
            date: parsed_date,
            time: parsed_time,
            office: office.get_untracked().trim().to_owned(),
            contact: (!contact_key.is_empty()).then_some(contact_key),
            documents: initial.documents.clone(),
            checklist: checklist.get_untracked(),
            notes: notes.get_untracked().trim_end().to_owned(),
        };
        if let Some(p) = appointment.problem() {
            problem.set(Some(p.message_id()));
            return;
        }
        busy.set(true);
        // A lock meanwhile removes this form: then the result is dropped.
        mounted.spawn(
            async move { vault.save_appointment(&appointment).await },
            move |result| {
                busy.set(false);
                match result {
                    Ok(id) => done.run(Some(id)),
                    Err(e) => error.set(Some(e)),
                }
            },
        );
    };

    // Contacts of the register (each once), for the choice. Offices the town pack has no details
    // for are listed by their kind, so the person can still say which office the appointment is at.
    let contact_options = {
        let t = t.clone();
        move || {
            let content = state.content.get();
            let mut seen = std::collections::BTreeSet::new();
            let mut options = Vec::new();
            for tab in content.tabs() {
                for c in &tab.contacts {
                    if !seen.insert(c.key.clone()) {
                        continue;
                    }
                    let kind = c
                        .type_name_id()
                        .map(|id| {
                            if t.is_german_only() {
                                t.de.msg(&id)
                            } else {
                                format!("{} / {}", t.own.msg(&id), t.de.msg(&id))
                            }
                        })
                        .unwrap_or_default();
                    let label = match &c.organisation {
                        Some(org) if !kind.is_empty() => format!("{org} ({kind})"),
                        Some(org) => org.clone(),
                        None => kind,
                    };
                    if label.is_empty() {
                        continue;
                    }
                    let key = c.key.clone();
                    options.push(view! { <option value=key>{label}</option> });
                }
            }
            options
        }
    };

    // What to bring: the checklist items, grouped by tab.
    let bring = {
        let t = t.clone();
        move || {
            let content = state.content.get();
            content
                .tabs()
                .iter()
                .filter(|tab| !tab.checklist.is_empty())
                .map(|tab| {
                    let title = crate::content_state::tab_title(&t, &content, tab.tab);
                    let items = tab
                        .checklist
                        .iter()
                        .map(|item| {
                            let key = item.key.clone();
                            let key2 = key.clone();
                            let text: BiText = bi_content(&t, &item.text);
                            let checked = move || checklist.with(|l| l.contains(&key));
                            let toggle = move |ev: leptos::ev::Event| {
                                let on = event_target_checked(&ev);
                                checklist.update(|l| {
                                    l.retain(|k| k != &key2);
                                    if on {
                                        l.push(key2.clone());
                                    }
                                });
                            };
                            view! {
                                <li>
                                    <label class="vault-check">
                                        <input type="checkbox" prop:checked=checked on:change=toggle />
                                        <span>
                                            <Bi text=text />
                                        </span>
                                    </label>
                                </li>
                            }
                        })
                        .collect_view();
                    view! {
                        <details class="appt-bring-tab">
                            <summary>
                                <span class="summary-text">
                                    <Bi text=title />
                                </span>
                            </summary>
                            <ul class="appt-bring-list">{items}</ul>
                        </details>
                    }
                })
                .collect_view()
        }
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
    let none_label = {
        let b = t.bi("appt-contact-none");
        match b.own {
            Some(own) => format!("{own} / {}", b.de),
            None => b.de,
        }
    };
    let heading = t.bi(if is_new { "appt-add" } else { "appt-edit" });
    let chosen = move || checklist.with(Vec::len);
    view! {
        <form class="vault-card appt-form" id="appt-form" on:submit=submit novalidate>
            <h3>
                <Bi text=heading />
            </h3>
            <div class="appt-row">
                <div>
                    <label class="vault-label" for="appt-date">
                        <Bi text=t.bi("appt-date") />
                    </label>
                    <input class="vault-input" id="appt-date" type="date" autocomplete="off" required node_ref=first bind:value=date />
                </div>
                <div>
                    <label class="vault-label" for="appt-time">
                        <Bi text=t.bi("appt-time") />
                    </label>
                    <input class="vault-input" id="appt-time" type="time" autocomplete="off" bind:value=time />
                </div>
            </div>
            <label class="vault-label" for="appt-office">
                <Bi text=t.bi("appt-office") />
            </label>
            <input class="vault-input" id="appt-office" type="text" dir="auto" autocomplete="off" bind:value=office />
            <label class="vault-label" for="appt-contact">
                <Bi text=t.bi("appt-contact") />
            </label>
            <select
                class="vault-input"
                id="appt-contact"
                dir="auto"
                prop:value=move || contact.get()
                on:change=move |ev| contact.set(event_target_value(&ev))
            >
                <option value="">{none_label}</option>
                {contact_options}
            </select>
            <fieldset class="appt-bring">
                <legend>
                    <Bi text=t.bi("appt-bring") />
                    <span class="appt-bring-count" data-count=chosen>
                        {move || format!("({})", chosen())}
                    </span>
                </legend>
                <p class="vault-hint">
                    <Bi text=t.bi("appt-bring-hint") />
                </p>
                {bring}
            </fieldset>
            <label class="vault-label" for="appt-notes">
                <Bi text=t.bi("appt-notes") />
            </label>
            <textarea class="vault-input vault-notes" id="appt-notes" dir="auto" rows="4" autocomplete="off" bind:value=notes></textarea>
            {problem_line}
            <ErrorLine error=error />
            <div class="vault-actions">
                <button type="submit" class="vault-button vault-primary" id="appt-save" disabled=move || busy.get()>
                    <Icon name=IconName::Check />
                    <Bi text=t.bi("appt-save") />
                </button>
                <button type="button" class="vault-button" id="appt-cancel" on:click=move |_| done.run(None)>
                    <Bi text=t.bi("appt-cancel") />
                </button>
            </div>
        </form>
    }
}
