//! A decision that starts a deadline but has no served/received date: "No deadline computed:
//! enter the date on the yellow envelope — ask an advice centre today", as an item of a deadline
//! list (home "due soon", the document's own view), with the "not legal advice" sentence.

use leptos::prelude::*;
use ordner_core::deadline::{MISSING_DATE_MESSAGE_ID, MISSING_DATE_TITLE_ID, MissingDate};

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::content_state::bi_nested;
use crate::i18n::use_texts;
use crate::route::{DocId, Route};

#[component]
pub fn MissingDateItem(missing: MissingDate) -> impl IntoView {
    let t = use_texts();
    let title = t.bi(MISSING_DATE_TITLE_ID);
    // The title opens the paper's editor, where the date is entered.
    let heading = match DocId::new(&missing.doc_id) {
        Some(id) => view! {
            <a href=Route::DocEdit(id).to_hash()>
                <Bi text=title />
            </a>
        }
        .into_any(),
        None => view! { <span><Bi text=title /></span> }.into_any(),
    };
    let from = bi_nested(
        &t,
        "deadline-from-document",
        "doctype",
        &format!("doctype-{}", missing.doc_type),
    );
    view! {
        <li
            class="due-item due-missing"
            data-urgency="overdue"
            data-severity="court"
            data-kind="missing-date"
            data-doc=missing.doc_id.clone()
        >
            <span class="due-when">
                <Icon name=IconName::Warning />
                <span class="when-text">
                    <Bi text=t.bi("deadline-missing-date-short") />
                </span>
            </span>
            <span class="due-title">
                {heading}
                <span class="due-from">
                    <Bi text=from />
                </span>
            </span>
            <p class="due-note">
                <Bi text=t.bi(MISSING_DATE_MESSAGE_ID) />
            </p>
            <p class="due-note">
                <Bi text=t.bi(ordner_core::content::NOT_LEGAL_ADVICE_ID) />
            </p>
        </li>
    }
}
