//! "Let the app read the letter": recognises the document's page images in the text-recognition
//! worker (`crate::ocr`), stores each page's text as an encrypted record, and shows what
//! `ordner_letter::read_letter` proposes. The person ticks what is right and types the day the
//! letter was served or received (never taken from the letter); only then is the document saved.
//! Below, what this kind of letter means, in German and the person's language.

use std::rc::Rc;

use leptos::prelude::*;
use ordner_core::content::{DeadlineRule, DocType, NOT_LEGAL_ADVICE_ID};
use ordner_core::date::Date;
use ordner_core::document::{Document, DocumentForm, PageMime, TypeFields};
use ordner_core::i18n::Arg;
use ordner_letter::confirm::{Choices, fill_form};
use ordner_letter::ocr_protocol::Stage;
use ordner_letter::{Confidence, Proposal, Reading, Sender, read_letter};

use crate::browser::now_ms;
use crate::components::bi::Bi;
use crate::components::doc_list_item::type_name;
use crate::components::vault_common::ErrorLine;
use crate::i18n::{BiText, Texts, use_texts};
use crate::ocr::{OcrError, Recogniser};
use crate::vault::{Error, use_vault};
use ordner_core::i18n::format_bytes;

/// Where the reading is.
#[derive(Debug, Clone, PartialEq)]
enum Phase {
    Idle,
    Download {
        done: u64,
        total: u64,
    },
    Page {
        page: usize,
        pages: usize,
        percent: u64,
    },
    Done(Box<Reading>, String),
    Failed(OcrError),
    Cancelled,
}

/// The sender's name: the contact type's where there is one, else our own.
pub fn sender_name(t: &Texts, sender: Sender) -> BiText {
    match sender.contact_type() {
        Some(c) if !matches!(sender, Sender::School | Sender::Kita) => t.bi(&c.name_id()),
        _ => t.bi(&sender.name_id()),
    }
}

/// The explanation of a document type: what it is, what to do, by when.
pub fn explanation_id(doc_type: &str) -> &'static str {
    match doc_type {
        "bamf-bescheid" => "letter-explain-bamf-bescheid",
        "bamf-einladung" | "bamf-anhoerung" => "letter-explain-bamf-einladung",
        "ankunftsnachweis"
        | "aufenthaltsgestattung"
        | "aufenthaltserlaubnis"
        | "duldung"
        | "fiktionsbescheinigung" => "letter-explain-permit",
        other => match DocType::by_key(other).and_then(|d| d.deadline) {
            Some(DeadlineRule::Objection) => "letter-explain-objection",
            _ => "letter-explain-other",
        },
    }
}

fn confidence_text(t: &Texts, c: Confidence) -> BiText {
    t.bi(if c == Confidence::High {
        "letter-confidence-high"
    } else {
        "letter-confidence-medium"
    })
}

#[component]
pub fn LetterReader(doc: Document) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let phase = RwSignal::new(Phase::Idle);
    let running: StoredValue<Option<Rc<Recogniser>>, LocalStorage> = StoredValue::new_local(None);
    let size = LocalResource::new(crate::ocr::download_size);
    let images: Vec<String> = doc
        .pages
        .iter()
        .filter(|p| p.mime != PageMime::Pdf)
        .map(|p| p.blob.clone())
        .collect();
    let has_images = !images.is_empty();
    let start = {
        let doc = doc.clone();
        move |_| {
            let doc = doc.clone();
            let images = images.clone();
            phase.set(Phase::Download { done: 0, total: 0 });
            leptos::task::spawn_local(async move {
                let pages = images.len();
                let current = Rc::new(std::cell::Cell::new(0usize));
                let on_page = current.clone();
                let recogniser = match Recogniser::start(move |stage, done, total| {
                    let next = match stage {
                        Stage::Download => Phase::Download { done, total },
                        Stage::Recognise => Phase::Page {
                            page: on_page.get() + 1,
                            pages,
                            percent: done.min(100),
                        },
                    };
                    phase.try_set(next);
                }) {
                    Ok(r) => Rc::new(r),
                    Err(e) => {
                        phase.try_set(Phase::Failed(e));
                        return;
                    }
                };
                running.set_value(Some(recogniser.clone()));
                let mut texts = Vec::new();
                for (i, blob) in images.iter().enumerate() {
                    current.set(i);
                    phase.try_set(Phase::Page {
                        page: i + 1,
                        pages,
                        percent: 0,
                    });
                    let Ok(bytes) = vault.document_blob(blob).await else {
                        phase.try_set(Phase::Failed(OcrError::Image));
                        return;
                    };
                    let now = now_ms() as u64;
                    let result = recogniser.recognise(bytes.as_bytes(), now).await;
                    if phase.get_untracked() == Phase::Cancelled {
                        return;
                    }
                    match result {
                        Ok(text) => {
                            // Stored encrypted at once: a later failure keeps what was read.
                            if let Err(e) = vault.save_page_text(&doc, blob, &text).await {
                                leptos::logging::warn!("page text not stored: {e}");
                            }
                            texts.push(text.text);
                        }
                        Err(e) => {
                            phase.try_set(Phase::Failed(e));
                            running.set_value(None);
                            return;
                        }
                    }
                }
                running.set_value(None);
                let joined = texts.join("\n");
                let reading = read_letter(&joined);
                phase.try_set(Phase::Done(Box::new(reading), joined));
            });
        }
    };
    let cancel = move |_| {
        phase.set(Phase::Cancelled);
        if let Some(r) = running.get_value() {
            r.cancel();
        }
        running.set_value(None);
    };
    on_cleanup(move || {
        if let Some(r) = running.try_get_value().flatten() {
            r.cancel();
        }
    });
    let body = {
        let t = t.clone();
        let doc = doc.clone();
        move || {
            let t = t.clone();
            match phase.get() {
                Phase::Idle | Phase::Cancelled | Phase::Failed(_) => {
                    let note = match phase.get_untracked() {
                        Phase::Cancelled => Some(t.bi("letter-cancelled")),
                        Phase::Failed(e) => Some(t.bi(e.message_id())),
                        _ => None,
                    };
                    let size_note = {
                        let t = t.clone();
                        move || {
                            size.get().flatten().map(|bytes| {
                                let text = t.bi_args_each("letter-read-size", |lang| {
                                    vec![("size", format_bytes(bytes as f64, lang))]
                                });
                                view! {
                                    <p class="bi-block letter-size">
                                        <Bi text=text />
                                    </p>
                                }
                            })
                        }
                    };
                    view! {
                        {note.map(|n| view! { <p class="notice letter-note" role="status"><Bi text=n /></p> })}
                        {size_note}
                        <button type="button" class="vault-button letter-start" on:click=start.clone()>
                            <Bi text=t.bi("letter-read-start") />
                        </button>
                    }
                    .into_any()
                }
                Phase::Download { done, total } => {
                    let text = t.bi_args_each("letter-progress-download", |lang| {
                        vec![
                            ("done", format_bytes(done as f64, lang)),
                            ("total", format_bytes(total.max(done) as f64, lang)),
                        ]
                    });
                    view! {
                        <p class="bi-block" role="status"><Bi text=text /></p>
                        <progress class="letter-progress" max=total.max(1).to_string() value=done.to_string()></progress>
                        <button type="button" class="vault-button letter-cancel" on:click=cancel>
                            <Bi text=t.bi("letter-cancel") />
                        </button>
                    }
                    .into_any()
                }
                Phase::Page {
                    page,
                    pages,
                    percent,
                } => {
                    let text = t.bi_args(
                        "letter-progress-page",
                        &[
                            ("page", Arg::Num(page as f64)),
                            ("pages", Arg::Num(pages as f64)),
                        ],
                    );
                    view! {
                        <p class="bi-block" role="status"><Bi text=text /></p>
                        <progress class="letter-progress" max="100" value=percent.to_string()></progress>
                        <button type="button" class="vault-button letter-cancel" on:click=cancel>
                            <Bi text=t.bi("letter-cancel") />
                        </button>
                    }
                    .into_any()
                }
                Phase::Done(reading, text) => {
                    view! { <Proposals doc=doc.clone() reading=*reading text=text /> }.into_any()
                }
            }
        }
    };
    view! {
        <section class="letter-reader tab-block" aria-labelledby="letter-title">
            <h3 id="letter-title">
                <Bi text=t.bi("letter-read-title") />
            </h3>
            <p class="bi-block">
                <Bi text=t.bi("letter-read-intro") />
            </p>
            {if has_images {
                body.into_any()
            } else {
                view! { <p class="bi-block"><Bi text=t.bi("letter-no-pages") /></p> }.into_any()
            }}
        </section>
    }
}

/// One proposal with its tick box, how sure it is and where it was found.
#[allow(clippy::too_many_arguments, reason = "one row: its parts")]
fn proposal_row<T>(
    t: &Texts,
    key: &'static str,
    value_key: String,
    label: BiText,
    value: BiText,
    proposal: &Proposal<T>,
    text: &str,
    ticked: RwSignal<bool>,
) -> impl IntoView {
    let found = proposal
        .span
        .of(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let id = format!("letter-tick-{key}");
    view! {
        <li
            class="letter-proposal"
            data-proposal=key
            data-value=value_key
            data-confidence=proposal.confidence.key()
        >
            <input type="checkbox" id=id.clone() bind:checked=ticked />
            <label for=id>
                <span class="letter-label"><Bi text=label /></span>
                " "
                <strong class="letter-value"><Bi text=value /></strong>
            </label>
            <span class="letter-confidence"><Bi text=confidence_text(t, proposal.confidence) /></span>
            {(!found.is_empty()).then(|| view! {
                <span class="letter-found" lang="de" dir="ltr">
                    <Bi text=t.bi_args("letter-found", &[("text", Arg::Str(&found))]) />
                </span>
            })}
        </li>
    }
}

#[component]
fn Proposals(doc: Document, reading: Reading, text: String) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let pre = Choices::preselected(&reading);
    let sender = RwSignal::new(pre.sender);
    let doc_type = RwSignal::new(pre.doc_type);
    let valid_until = RwSignal::new(pre.valid_until);
    let appointment = RwSignal::new(pre.appointment);
    let outcome = RwSignal::new(pre.outcome);
    let served = RwSignal::new(doc.received.map(Date::to_iso).unwrap_or_default());
    let saved = RwSignal::new(false);
    let error: RwSignal<Option<Error>> = RwSignal::new(None);
    let problem: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let mut rows = Vec::new();
    if let Some(p) = &reading.sender {
        rows.push(
            proposal_row(
                &t,
                "sender",
                p.value.key().to_owned(),
                t.bi("letter-prop-sender"),
                sender_name(&t, p.value),
                p,
                &text,
                sender,
            )
            .into_any(),
        );
    }
    if let Some(p) = &reading.doc_type {
        rows.push(
            proposal_row(
                &t,
                "type",
                p.value.key.to_owned(),
                t.bi("letter-prop-type"),
                type_name(&t, p.value.key),
                p,
                &text,
                doc_type,
            )
            .into_any(),
        );
    }
    if let Some(p) = &reading.letter_date {
        // Shown, never stored: the letter's date is not the day it was served.
        let found = p.span.of(&text).to_owned();
        rows.push(view! {
            <li class="letter-proposal letter-info" data-proposal="letter-date" data-confidence=p.confidence.key()>
                <span class="letter-label"><Bi text=t.bi("letter-prop-letter-date") /></span>
                " "
                <strong class="letter-value"><Bi text=crate::agenda::date_bi(&t, p.value) /></strong>
                <span class="letter-found" lang="de" dir="ltr">{found}</span>
            </li>
        }.into_any());
    }
    if let Some(p) = &reading.valid_until {
        rows.push(
            proposal_row(
                &t,
                "valid-until",
                p.value.to_iso(),
                t.bi("letter-prop-valid-until"),
                crate::agenda::date_bi(&t, p.value),
                p,
                &text,
                valid_until,
            )
            .into_any(),
        );
    }
    if let Some(p) = &reading.appointment {
        let mut value = crate::agenda::date_bi(&t, p.value.date);
        let extra = [
            p.value.time.map(|tm| format!("{tm}")),
            p.value.place.as_ref().map(|pl| pl.value.clone()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        if !extra.is_empty() {
            value.de = format!("{}, {extra}", value.de);
            value.own = value.own.map(|o| format!("{o}, {extra}"));
        }
        rows.push(
            proposal_row(
                &t,
                "appointment",
                p.value.date.to_iso(),
                t.bi("letter-prop-appointment"),
                value,
                p,
                &text,
                appointment,
            )
            .into_any(),
        );
    }
    if let Some(p) = &reading.outcome {
        let value = t.bi(&format!("doc-outcome-{}", p.value.key()));
        rows.push(
            proposal_row(
                &t,
                "outcome",
                p.value.key().to_owned(),
                t.bi("letter-prop-outcome"),
                value,
                p,
                &text,
                outcome,
            )
            .into_any(),
        );
    }
    let findings = (!reading.findings.is_empty()).then(|| {
        let items = reading
            .findings
            .iter()
            .map(|f| {
                let status = t.bi(&format!("letter-status-{}", f.value.protection.key()));
                let id = if f.value.granted {
                    "letter-finding-granted"
                } else {
                    "letter-finding-refused"
                };
                let de = t.bi_args(id, &[("status", Arg::Str(&status.de))]).de;
                let own = status
                    .own
                    .as_ref()
                    .and_then(|s| t.bi_args(id, &[("status", Arg::Str(s))]).own);
                view! { <li class="letter-finding"><Bi text=BiText { de, own } /></li> }
            })
            .collect_view();
        view! { <ul class="letter-findings">{items}</ul> }
    });
    let nothing = rows
        .is_empty()
        .then(|| view! { <p class="bi-block"><Bi text=t.bi("letter-nothing-found") /></p> });
    // The type the explanation and the date question are about: the proposal if ticked.
    let proposed_type = reading.doc_type.as_ref().map(|p| p.value.key);
    let current_type = doc.doc_type.clone();
    let chosen_type = move || {
        if doc_type.get() {
            proposed_type
                .map(str::to_owned)
                .unwrap_or_else(|| current_type.clone())
        } else {
            current_type.clone()
        }
    };
    let served_label = {
        let t = t.clone();
        let chosen_type = chosen_type.clone();
        move || {
            let kind = chosen_type();
            let help = DocType::by_key(&kind)
                .and_then(|d| d.deadline)
                .map(|rule| view! { <p class="bi-block letter-served-help"><Bi text=t.bi(&rule.message_id()) /></p> });
            let field = if TypeFields::for_type(&kind).served {
                "doc-field-served"
            } else {
                "doc-field-received"
            };
            view! {
                <label for="letter-served" class="bi-block"><Bi text=t.bi("letter-served-question") /></label>
                <p class="bi-block"><Bi text=t.bi(field) /></p>
                {help}
            }
        }
    };
    let explanation = {
        let t = t.clone();
        let chosen_type = chosen_type.clone();
        move || {
            let id = explanation_id(&chosen_type());
            view! {
                <p class="bi-block"><Bi text=t.bi(id) /></p>
                <p class="bi-block"><Bi text=t.bi("deadline-advice") /></p>
                <p class="bi-block"><Bi text=t.bi(NOT_LEGAL_ADVICE_ID) /></p>
            }
        }
    };
    let sender_de = reading.sender.as_ref().map(|p| sender_name(&t, p.value).de);
    let apply = {
        let doc = doc.clone();
        let reading = reading.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let choices = Choices {
                sender: sender.get_untracked(),
                doc_type: doc_type.get_untracked(),
                valid_until: valid_until.get_untracked(),
                appointment: appointment.get_untracked(),
                outcome: outcome.get_untracked(),
            };
            let served_date = Date::parse_iso(served.get_untracked().trim()).ok();
            let mut form = DocumentForm::from_document(&doc);
            fill_form(
                &mut form,
                &reading,
                choices,
                sender_de.as_deref(),
                served_date,
            );
            let mut updated = doc.clone();
            let page_count = updated.pages.len();
            if let Err(problems) = form.apply(&mut updated, page_count) {
                problem.set(problems.first().map(|p| p.message_id));
                return;
            }
            problem.set(None);
            updated.updated_ms = now_ms() as u64;
            let before = doc.clone();
            leptos::task::spawn_local(async move {
                match vault
                    .save_document(updated, Vec::new(), Some(&before))
                    .await
                {
                    Ok(()) => {
                        saved.try_set(true);
                        error.try_set(None);
                    }
                    Err(e) => {
                        error.try_set(Some(e));
                    }
                }
            });
        }
    };
    view! {
        <div class="letter-result">
            <h4><Bi text=t.bi("letter-proposals-title") /></h4>
            <p class="bi-block"><Bi text=t.bi("letter-proposals-hint") /></p>
            {nothing}
            <form class="letter-form" novalidate on:submit=apply>
                <ul class="letter-proposals">{rows}</ul>
                {findings}
                {served_label}
                <input class="vault-input" id="letter-served" type="date" bind:value=served />
                <button type="submit" class="vault-button letter-apply">
                    <Bi text=t.bi("letter-apply") />
                </button>
            </form>
            <Show when=move || saved.get()>
                <p class="notice letter-applied" role="status"><Bi text=use_texts().bi("letter-applied") /></p>
            </Show>
            {move || problem.get().map(|id| view! { <p class="notice" role="alert"><Bi text=use_texts().bi(id) /></p> })}
            <ErrorLine error=error />
            <section class="letter-explain">
                <h4><Bi text=t.bi("letter-explain-title") /></h4>
                {explanation}
            </section>
            <details class="letter-text">
                <summary><Bi text=t.bi("letter-text-title") /></summary>
                <pre lang="de" dir="ltr">{text.clone()}</pre>
            </details>
        </div>
    }
}
