//! One deadline or appointment in a list: its date with the weekday in both languages, what is
//! due, and for deadlines of papers the explanation, the notes, and where to get advice now
//! (always with the sentence that this is a help, not legal advice).

use leptos::prelude::*;
use ordner_core::Catalog;
use ordner_core::deadline::{Deadline, DeadlineSource, Urgency};

use crate::agenda::when_bi;
use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::content_state::bi_nested;
use crate::content_state::use_content;
use crate::i18n::{BiText, use_texts};
use crate::route::Route;
use crate::vault::use_vault;

#[component]
pub fn DeadlineItem(
    deadline: Deadline,
    urgency: Urgency,
    /// On the home screen: the explanation folded under the "not legal advice" sentence.
    #[prop(optional)]
    compact: bool,
    /// Inside the document's own view: the title is not a link to the page already shown.
    #[prop(optional)]
    in_document: bool,
) -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let when = when_bi(&t, deadline.date, deadline.time);
    let (title, detail) = match &deadline.source {
        DeadlineSource::Appointment(id) => {
            let content = use_content().content;
            let office = vault.folder().with_appointments_untracked(|list| {
                list.iter()
                    .find(|a| &a.id == id)
                    .map(|a| content.with_untracked(|c| a.with_whom(c)))
                    .unwrap_or_default()
            });
            let title = t.bi(&deadline.kind.title_id());
            let office = (!office.is_empty()).then(|| {
                view! {
                    <span class="due-office" dir="auto">
                        {office}
                    </span>
                }
            });
            (
                view! {
                    <a href=Route::Appointments.to_hash()>
                        <Bi text=title />
                    </a>
                    {office}
                }
                .into_any(),
                None,
            )
        }
        DeadlineSource::Document(_) => {
            let title = t.bi(&deadline.kind.title_id());
            let from = deadline.doc_type.map(|k| {
                bi_nested(
                    &t,
                    "deadline-from-document",
                    "doctype",
                    &format!("doctype-{k}"),
                )
            });
            let lines: Vec<BiText> = deadline
                .notes
                .iter()
                .map(|n| both(&t, |c| ordner_core::ics::note_text(c, *n)))
                .collect();
            let notes = lines
                .into_iter()
                .map(|l| view! { <p class="due-note"><Bi text=l /></p> })
                .collect_view();
            let explanation = [t.bi(&deadline.message_id), t.bi("deadline-advice")]
                .into_iter()
                .map(|l| view! { <p><Bi text=l /></p> })
                .collect_view();
            let caution = t.bi(ordner_core::content::NOT_LEGAL_ADVICE_ID);
            let advice = view! {
                <a class="due-advice-link" href=Route::Tab(ordner_core::TabId::Advice).to_hash()>
                    <Icon name=IconName::Lifebuoy />
                    <Bi text=t.bi("tab-advice-title") />
                </a>
            };
            let heading = if in_document {
                view! { <span><Bi text=title /></span> }.into_any()
            } else {
                view! {
                    <a href=crate::route::DocId::new(deadline.source.id())
                        .map(|id| Route::Doc(id).to_hash())>
                        <Bi text=title />
                    </a>
                }
                .into_any()
            };
            let law = deadline.law.map(|law| {
                let text = both(&t, |c| ordner_core::ics::based_on(c, law));
                view! { <span class="due-law" data-law=law.law><Bi text=text /></span> }
            });
            (
                view! {
                    {heading}
                    {from.map(|f| view! { <span class="due-from"><Bi text=f /></span> })}
                    {law}
                }
                .into_any(),
                Some(view! {
                    {notes}
                    <details class="due-detail" open=!compact>
                        <summary>
                            <span class="summary-text">
                                <Bi text=caution />
                            </span>
                        </summary>
                        {explanation}
                        {advice}
                    </details>
                }),
            )
        }
    };
    view! {
        <li
            class="due-item"
            data-urgency=urgency.key()
            data-severity=deadline.severity().key()
            data-kind=deadline.kind.key()
        >
            <span class="due-when">
                {(urgency == Urgency::Overdue).then(|| view! { <Icon name=IconName::Warning /> })}
                <span class="when-text">
                    <Bi text=when />
                </span>
            </span>
            <span class="due-title">{title}</span>
            {detail}
        </li>
    }
}

/// A text made by `f` from the German catalog and from the person's (isolated in right-to-left
/// text).
fn both(t: &crate::i18n::Texts, f: impl Fn(&Catalog) -> String) -> BiText {
    BiText {
        de: f(&t.de),
        own: (!t.is_german_only()).then(|| crate::content_state::isolate(t, f(&t.own))),
    }
}
