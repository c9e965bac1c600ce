//! "Due soon" on the home screen: deadlines and appointments of the next 30 days and missed
//! deadlines, most urgent first. Only while the vault is open; locked, it shows nothing
//! personal (not even whether anything is due).

use leptos::prelude::*;
use ordner_core::deadline::{Urgency, due_soon};

use crate::agenda::{all_deadlines, missing_dates};
use crate::browser::today;
use crate::components::agenda_links::AgendaLinks;
use crate::components::bi::Bi;
use crate::components::deadline_item::DeadlineItem;
use crate::components::missing_date_item::MissingDateItem;
use crate::content_state::use_content;
use crate::i18n::use_texts;
use crate::vault::use_vault;

#[component]
pub fn DueSoon() -> impl IntoView {
    let t = use_texts();
    let vault = use_vault();
    let state = use_content();
    let body = move || {
        if !vault.is_unlocked() {
            return None;
        }
        let t = t.clone();
        let deadlines = state.content.with(|content| all_deadlines(&vault, content));
        let items: Vec<(Urgency, ordner_core::deadline::Deadline)> = match today() {
            Some(today) => due_soon(&deadlines, today)
                .into_iter()
                .map(|(u, d)| (u, d.clone()))
                .collect(),
            None => Vec::new(),
        };
        // Decisions without a date come first: no deadline could be computed for them.
        let missing = missing_dates(&vault);
        let warnings = (!missing.is_empty()).then(|| {
            let list = missing
                .into_iter()
                .map(|m| view! { <MissingDateItem missing=m /> })
                .collect_view();
            view! { <ul class="due-list due-missing-list">{list}</ul> }
        });
        let list = if items.is_empty() && warnings.is_none() {
            view! {
                <p class="due-empty">
                    <Bi text=t.bi("deadline-due-empty") />
                </p>
            }
            .into_any()
        } else {
            let mut groups = Vec::new();
            for urgency in [Urgency::Overdue, Urgency::Week, Urgency::Month] {
                let group: Vec<_> = items
                    .iter()
                    .filter(|(u, _)| *u == urgency)
                    .map(|(u, d)| view! { <DeadlineItem deadline=d.clone() urgency=*u compact=true /> })
                    .collect();
                if group.is_empty() {
                    continue;
                }
                let heading = t.bi(&format!("deadline-due-{}", urgency.key()));
                groups.push(view! {
                    <h3 class="due-group" data-urgency=urgency.key()>
                        <Bi text=heading />
                    </h3>
                    <ul class="due-list">{group}</ul>
                });
            }
            groups.collect_view().into_any()
        };
        Some(view! {
            <section class="due-soon" id="due-soon" aria-labelledby="due-heading">
                <h2 id="due-heading">
                    <Bi text=t.bi("deadline-due-title") />
                </h2>
                {warnings}
                {list}
                <AgendaLinks />
            </section>
        })
    };
    view! { {body} }
}
