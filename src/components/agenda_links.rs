//! Links to the appointments and the consultation log (shown while the vault is open).

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;
use crate::route::Route;

#[component]
pub fn AgendaLinks() -> impl IntoView {
    let t = use_texts();
    view! {
        <nav class="agenda-links">
            <a class="button-link" href=Route::Appointments.to_hash() id="agenda-appointments-link">
                <Icon name=IconName::Calendar />
                <span>
                    <Bi text=t.bi("appt-all") />
                </span>
            </a>
            <a class="button-link" href=Route::Consultations.to_hash() id="agenda-log-link">
                <Icon name=IconName::User />
                <span>
                    <Bi text=t.bi("log-open") />
                </span>
            </a>
        </nav>
    }
}
