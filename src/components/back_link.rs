//! "Back to the overview", at the top of every screen below the home screen.

use leptos::prelude::*;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;
use crate::route::Route;

#[component]
pub fn BackLink() -> impl IntoView {
    let t = use_texts();
    view! {
        <a class="back-link" href=Route::Home.to_hash()>
            <Icon name=IconName::Back />
            <span>
                <Bi text=t.bi("tabs-back") />
            </span>
        </a>
    }
}
