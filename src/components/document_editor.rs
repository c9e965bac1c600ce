//! Adding or editing a document: its type (from the tab's catalogue), fields and pages. Saving
//! stores the record and every page in one transaction; nothing is stored when a field is wrong
//! or the storage refuses.

use leptos::prelude::*;
use ordner_core::TabId;
use ordner_core::content::{AsylumOutcome, DocType};
use ordner_core::document::{Document, DocumentForm, Field, FieldProblem, TypeFields};
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::components::doc_locked::DocLocked;
use crate::components::doc_pages_editor::DocPagesEditor;
use crate::components::icon::{Icon, IconName};
use crate::components::service_date_help::ServiceDateHelp;
use crate::components::vault_common::ErrorLine;
use crate::content_state::{tab_title, use_content};
use crate::documents::{self, Draft, SaveError};
use crate::i18n::{Texts, use_texts};
use crate::route::{DocId, Route, navigate};
use crate::vault::{Error, use_vault};

/// Add (`existing` = `None`) or edit a document behind `tab`.
#[component]
pub fn DocumentEditor(tab: TabId, #[prop(optional)] existing: Option<DocId>) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let body = move || {
        if !vault.is_unlocked() {
            return view! { <DocLocked /> }.into_any();
        }
        let previous = existing.and_then(|id| {
            vault
                .folder()
                .with_documents_untracked(|d| d.iter().find(|d| d.id == id.as_str()).cloned())
        });
        if existing.is_some() && previous.is_none() {
            return view! {
                <p class="notice" role="alert">
                    <Bi text=t.bi("doc-not-found") />
                </p>
            }
            .into_any();
        }
        view! { <Form tab=tab previous=previous /> }.into_any()
    };
    view! { <article class="doc-editor">{body}</article> }
}

fn option_text(t: &Texts, id: &str) -> String {
    let b = t.bi(id);
    match b.own {
        // Each language isolated, so the separator stays between them in both directions.
        Some(own) => format!("\u{2068}{}\u{2069} · \u{2068}{own}\u{2069}", b.de),
        None => b.de,
    }
}

#[component]
fn Form(tab: TabId, previous: Option<Document>) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let state = use_content();
    let form = previous
        .as_ref()
        .map(DocumentForm::from_document)
        .unwrap_or_default();
    let tab = previous.as_ref().map_or(tab, |p| p.tab);
    let doc_type = RwSignal::new(form.doc_type.clone());
    let title = RwSignal::new(form.title.clone());
    let issuer = RwSignal::new(form.issuer.clone());
    let received = RwSignal::new(form.received.clone());
    let valid_until = RwSignal::new(form.valid_until.clone());
    let moved_in = RwSignal::new(form.moved_in.clone());
    let appointment = RwSignal::new(form.appointment.clone());
    let letter_date = RwSignal::new(form.letter_date.clone());
    let date_unknown = RwSignal::new(form.date_unknown);
    let outcome = RwSignal::new(form.outcome.clone());
    let notes = RwSignal::new(form.notes.clone());
    let pages: RwSignal<Vec<Draft>, LocalStorage> = RwSignal::new_local(
        previous
            .as_ref()
            .map(|p| p.pages.iter().cloned().map(Draft::stored).collect())
            .unwrap_or_default(),
    );
    let busy = RwSignal::new(false);
    let saving = RwSignal::new(false);
    let problems: RwSignal<Vec<FieldProblem>> = RwSignal::new(Vec::new());
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let fields = Memo::new(move |_| TypeFields::for_type(&doc_type.get()));

    let mut types: Vec<&'static DocType> = DocType::for_tab(tab).collect();
    // A document filed under a type of another tab keeps its type in the list.
    if let Some(current) = DocType::by_key(&form.doc_type)
        && !types.contains(&current)
    {
        types.insert(0, current);
    }
    let type_options = types
        .iter()
        .map(|d| {
            let key = d.key;
            view! {
                <option value=key selected=move || doc_type.get() == key>
                    {option_text(&t, &d.name_id())}
                </option>
            }
        })
        .collect_view();

    let problem_for = move |field: Field| {
        let t = use_texts();
        move || {
            problems.with(|p| p.iter().find(|p| p.field == field).copied()).map(|p| {
                view! {
                    <p class="vault-error doc-field-error" id=format!("doc-{}-error", field.key()) data-error=p.message_id>
                        <Bi text=t.bi(p.message_id) />
                    </p>
                }
            })
        }
    };
    let invalid = move |field: Field| move || problems.with(|p| p.iter().any(|p| p.field == field));

    let text_field = {
        let t = t.clone();
        move |field: Field, label: &'static str, value: RwSignal<String>, kind: &'static str| {
            let id = format!("doc-{}", field.key());
            view! {
                <label class="vault-label" for=id.clone()>
                    <Bi text=t.bi(label) />
                </label>
                <input
                    class="vault-input"
                    id=id.clone()
                    name=id
                    type=kind
                    dir="auto"
                    autocomplete="off"
                    aria-invalid=move || invalid(field)().to_string()
                    bind:value=value
                />
                {problem_for(field)}
            }
        }
    };

    let outcome_field = {
        let t = t.clone();
        move || {
            fields.get().outcome.then(|| {
                let choices = AsylumOutcome::ALL
                    .iter()
                    .map(|o| {
                        let key = o.key();
                        view! {
                            <label class="vault-check">
                                <input
                                    type="radio"
                                    name="doc-outcome"
                                    value=key
                                    prop:checked=move || outcome.get() == key
                                    on:change=move |_| outcome.set(key.to_owned())
                                />
                                <span>
                                    <Bi text=t.bi(&format!("doc-outcome-{key}")) />
                                </span>
                            </label>
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="doc-outcome">
                        <legend>
                            <Bi text=t.bi("doc-field-outcome") />
                        </legend>
                        <label class="vault-check">
                            <input
                                type="radio"
                                name="doc-outcome"
                                value=""
                                prop:checked=move || outcome.get().is_empty()
                                on:change=move |_| outcome.set(String::new())
                            />
                            <span>
                                <Bi text=t.bi("doc-outcome-none") />
                            </span>
                        </label>
                        {choices}
                    </fieldset>
                }
            })
        }
    };

    let received_field = {
        let text_field = text_field.clone();
        let t = t.clone();
        move || {
            let f = fields.get();
            let label = if f.served {
                "doc-field-served"
            } else {
                "doc-field-received"
            };
            // Decisions that start a deadline: the date is asked for, with help on which one,
            // "I don't know" (which keeps a warning), and the letter's own date.
            let decision = f.needs_date.then(|| {
                view! {
                    <label class="vault-check doc-date-unknown">
                        <input
                            type="checkbox"
                            id="doc-date-unknown"
                            name="doc-date-unknown"
                            prop:checked=move || date_unknown.get()
                            on:change=move |ev| date_unknown.set(event_target_checked(&ev))
                        />
                        <span>
                            <Bi text=t.bi("doc-date-unknown") />
                        </span>
                    </label>
                    <ServiceDateHelp
                        received=received
                        letter_date=letter_date
                        served=Signal::derive(move || fields.get().served)
                    />
                    {text_field(Field::LetterDate, "doc-field-letter-date", letter_date, "date")}
                }
            });
            view! {
                {text_field(Field::Received, label, received, "date")}
                {decision}
            }
        }
    };
    let moved_in_field = {
        let text_field = text_field.clone();
        move || {
            fields
                .get()
                .moved_in
                .then(|| text_field(Field::MovedIn, "doc-field-moved-in", moved_in, "date"))
        }
    };
    let appointment_field = {
        let text_field = text_field.clone();
        move || {
            fields.get().appointment.then(|| {
                text_field(
                    Field::Appointment,
                    "doc-field-appointment",
                    appointment,
                    "date",
                )
            })
        }
    };

    let previous_for_save = previous.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() || saving.get_untracked() {
            return;
        }
        let form = DocumentForm {
            doc_type: doc_type.get_untracked(),
            title: title.get_untracked(),
            issuer: issuer.get_untracked(),
            received: received.get_untracked(),
            valid_until: valid_until.get_untracked(),
            moved_in: moved_in.get_untracked(),
            appointment: appointment.get_untracked(),
            letter_date: letter_date.get_untracked(),
            date_unknown: date_unknown.get_untracked(),
            outcome: outcome.get_untracked(),
            notes: notes.get_untracked(),
        };
        let drafts = pages.get_untracked();
        let previous = previous_for_save.clone();
        let content = state.content.get_untracked();
        saving.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = documents::save(&vault, &content, &form, &drafts, previous, tab).await;
            match result {
                Ok((doc, _ticked)) => {
                    if let Some(id) = DocId::new(&doc.id) {
                        navigate(Route::Doc(id));
                    }
                }
                Err(SaveError::Fields(p)) => {
                    let first = p.first().map(|p| p.field);
                    let _ = problems.try_set(p);
                    if let Some(field) = first {
                        focus_field(field);
                    }
                }
                Err(SaveError::Vault(e)) => {
                    let _ = problems.try_set(Vec::new());
                    let _ = error.try_set(Some(e));
                }
            }
            let _ = saving.try_set(false);
        });
    };

    let heading = if previous.is_some() {
        "doc-edit-title"
    } else {
        "doc-add-title"
    };
    let cancel_href = previous
        .as_ref()
        .and_then(|p| DocId::new(&p.id))
        .map_or_else(|| Route::Tab(tab).to_hash(), |id| Route::Doc(id).to_hash());
    let limits = t.bi_args(
        "doc-notes-hint",
        &[(
            "max",
            Arg::Num(ordner_core::document::MAX_NOTES_CHARS as f64),
        )],
    );
    view! {
        <p class="back">
            <a class="back-link" href=cancel_href.clone()>
                <Icon name=IconName::Back />
                <Bi text=tab_title(&t, &state.content.get_untracked(), tab) />
            </a>
        </p>
        <h2>
            <Bi text=t.bi(heading) />
        </h2>
        <form class="vault-card doc-form" novalidate on:submit=save>
            <label class="vault-label" for="doc-type">
                <Bi text=t.bi("doc-field-type") />
            </label>
            <select
                class="vault-input"
                id="doc-type"
                name="doc-type"
                aria-invalid=move || invalid(Field::DocType)().to_string()
                on:change=move |ev| doc_type.set(event_target_value(&ev))
            >
                <option value="" selected=move || doc_type.get().is_empty()>
                    {option_text(&t, "doc-field-type-choose")}
                </option>
                {type_options}
            </select>
            {problem_for(Field::DocType)}
            {text_field(Field::Title, "doc-field-title", title, "text")}
            {text_field(Field::Issuer, "doc-field-issuer", issuer, "text")}
            {received_field}
            {text_field(Field::ValidUntil, "doc-field-valid-until", valid_until, "date")}
            {moved_in_field}
            {appointment_field}
            {outcome_field}
            <label class="vault-label" for="doc-notes">
                <Bi text=t.bi("doc-field-notes") />
            </label>
            <textarea
                class="vault-input vault-notes"
                id="doc-notes"
                name="doc-notes"
                dir="auto"
                autocomplete="off"
                aria-describedby="doc-notes-hint"
                bind:value=notes
            ></textarea>
            <p class="doc-hint bi-block" id="doc-notes-hint">
                <Bi text=limits />
            </p>
            {problem_for(Field::Notes)}
            <DocPagesEditor pages=pages busy=busy />
            {problem_for(Field::Pages)}
            <ErrorLine error=error />
            <div class="doc-actions">
                <button
                    type="submit"
                    class="vault-button vault-primary doc-save"
                    disabled=move || busy.get() || saving.get()
                >
                    <Icon name=IconName::Check />
                    {move || {
                        if saving.get() {
                            view! { <Bi text=t.bi("doc-saving") /> }
                        } else {
                            view! { <Bi text=t.bi("doc-save") /> }
                        }
                    }}
                </button>
                <a class="button-link doc-cancel" href=cancel_href>
                    <Bi text=use_texts().bi("doc-cancel") />
                </a>
            </div>
        </form>
    }
}

/// Moves the focus to the field with the first problem.
fn focus_field(field: Field) {
    let id = match field {
        Field::Pages => "doc-files".to_owned(),
        other => format!("doc-{}", other.key()),
    };
    if let Some(el) = crate::dom::html_element_by_id(&id) {
        let _ = el.focus();
    }
}
