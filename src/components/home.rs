//! The home screen: the ten register tabs of the folder.

use leptos::prelude::*;
use ordner_core::TabId;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::use_texts;

#[component]
pub fn Home() -> impl IntoView {
    let t = use_texts();
    let cards = TabId::ALL
        .into_iter()
        .map(|tab| {
            let title = t.tab_title(tab, None);
            view! {
                <li class="tab-card" data-tab=tab.key()>
                    <span class="tab-number" aria-hidden="true">
                        {tab.number()}
                    </span>
                    <span class="tab-icon">
                        <Icon name=IconName::for_tab(tab) />
                    </span>
                    <span class="tab-title">
                        <Bi text=title />
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="home" aria-labelledby="tabs-heading">
            <p class="tagline">
                <Bi text=t.bi("app-tagline") />
            </p>
            <h2 id="tabs-heading">
                <Bi text=t.bi("app-tabs-heading") />
            </h2>
            <ol class="tabs">{cards}</ol>
            <p class="privacy-note">
                <Bi text=t.bi("app-privacy-note") />
            </p>
        </section>
    }
}
