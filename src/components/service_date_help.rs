//! "Which date do I enter?" under the received/served date of a decision: the date on the yellow
//! envelope, otherwise the day the letter came; ordinary post counts as received on the 4th day
//! after posting; a letter handed over by the reception centre (or sent to a lawyer first) may
//! have started the deadline earlier (§ 10 Abs. 4 AsylG). When the law may count from an earlier
//! day than the one entered, it offers that day; the app itself counts from the day entered.

use leptos::prelude::*;
use ordner_core::date::Date;
use ordner_core::deadline::{EarlierStart, earlier_start};
use ordner_core::document::parse_optional_date;
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::i18n::use_texts;

#[component]
pub fn ServiceDateHelp(
    /// The received (or served) date as typed (`YYYY-MM-DD` or empty).
    received: RwSignal<String>,
    /// The letter's own date as typed.
    letter_date: RwSignal<String>,
    /// The date is the day of service (a BAMF decision): the reception centre matters.
    served: Signal<bool>,
) -> impl IntoView {
    let t = use_texts();
    let centre = RwSignal::new(String::new());
    let date = |s: &RwSignal<String>| parse_optional_date(&s.get()).ok().flatten();
    let offer = Memo::new(move |_| {
        let mut candidates = Vec::new();
        if let Some(d) = date(&letter_date) {
            candidates.push(EarlierStart::LetterDate(d));
        }
        if served.get()
            && let Some(d) = date(&centre)
        {
            candidates.push(EarlierStart::ReceptionCentre(d));
        }
        let entered = parse_optional_date(&received.get()).ok().flatten();
        earlier_start(entered, &candidates)
    });
    let intro = {
        let t = t.clone();
        move || {
            let id = if served.get() {
                "doc-date-help-served"
            } else {
                "doc-date-help-received"
            };
            view! { <Bi text=t.bi(id) /> }
        }
    };
    let centre_part = {
        let t = t.clone();
        move || {
            served.get().then(|| {
                view! {
                    <p class="bi-block">
                        <Bi text=t.bi("doc-date-help-centre") />
                    </p>
                    <label class="vault-label" for="doc-centre-date">
                        <Bi text=t.bi("doc-field-centre-date") />
                    </label>
                    <input class="vault-input" id="doc-centre-date" name="doc-centre-date" type="date" bind:value=centre />
                }
            })
        }
    };
    let suggestion = {
        let t = t.clone();
        move || {
            offer.get().map(|day: Date| {
                let shown = crate::agenda::date_bi(&t, day);
                let text = crate::i18n::BiText {
                    de: t
                        .de
                        .msg_args("doc-earlier-start", &[("date", Arg::Str(&shown.de))]),
                    own: shown.own.map(|own| {
                        crate::content_state::isolate(
                            &t,
                            t.own
                                .msg_args("doc-earlier-start", &[("date", Arg::Str(&own))]),
                        )
                    }),
                };
                let iso = day.to_iso();
                let shown_iso = iso.clone();
                view! {
                    <div class="doc-earlier" role="status" data-date=shown_iso>
                        <p class="bi-block">
                            <Bi text=text />
                        </p>
                        <button
                            type="button"
                            class="vault-button"
                            id="doc-use-earlier"
                            on:click=move |_| received.set(iso.clone())
                        >
                            <Bi text=t.bi("doc-use-earlier") />
                        </button>
                    </div>
                }
            })
        }
    };
    view! {
        <details class="doc-date-help" id="doc-date-help">
            <summary>
                <span class="summary-text">
                    <Bi text=t.bi("doc-date-help-title") />
                </span>
            </summary>
            <p class="bi-block">{intro}</p>
            <p class="bi-block">
                <Bi text=t.bi("doc-date-help-post") />
            </p>
            {centre_part}
        </details>
        {suggestion}
    }
}
