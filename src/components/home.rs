//! The home screen: the ten register tabs of the folder as large cards that link to their page,
//! each with its pictogram, number, title in both languages and checklist progress.

use leptos::prelude::*;
use ordner_core::TabId;
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::content_state::{tab_title, use_content};
use crate::i18n::{BiText, use_texts};
use crate::route::Route;

#[component]
pub fn Home() -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    let cards = {
        let t = t.clone();
        move || {
            let content = state.content.get();
            TabId::ALL
                .into_iter()
                .map(|tab| {
                    let title = tab_title(&t, &content, tab);
                    let tab_content = content.tab(tab).clone();
                    let progress = {
                        let t = t.clone();
                        move || {
                            let (done, total) = state.progress(&tab_content);
                            let args = [
                                ("done", Arg::Num(done as f64)),
                                ("total", Arg::Num(total as f64)),
                            ];
                            let text = t.bi_args("tabs-progress", &args);
                            let complete = total > 0 && done == total;
                            view! {
                                <span
                                    class="tab-progress"
                                    class:complete=complete
                                    data-done=done
                                    data-total=total
                                >
                                    <progress max=total value=done aria-hidden="true"></progress>
                                    <span class="tab-progress-text">
                                        <Bi text=text />
                                    </span>
                                </span>
                            }
                        }
                    };
                    view! {
                        <li class="tab-card" data-tab=tab.key()>
                            <a class="tab-link" href=Route::Tab(tab).to_hash()>
                                <span class="tab-number" aria-hidden="true">
                                    {tab.number()}
                                </span>
                                <span class="tab-icon">
                                    <Icon name=IconName::for_tab(tab) />
                                </span>
                                <span class="tab-title">
                                    <Bi text=title />
                                </span>
                                {progress}
                            </a>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <section class="home" aria-labelledby="tabs-heading">
            <p class="tagline">
                <Bi text=t.bi("app-tagline") />
            </p>
            <crate::components::due_soon::DueSoon />
            <TownBar />
            <h2 id="tabs-heading">
                <Bi text=t.bi("app-tabs-heading") />
            </h2>
            <ol class="tabs">{cards}</ol>
            <p class="privacy-note">
                <Bi text=t.bi("app-privacy-note") />
            </p>
            <p class="office-link print-link">
                <a href=Route::PrintConsult.to_hash()>
                    <Icon name=IconName::Printer />
                    <span>
                        <Bi text=t.bi("print-consult-open") />
                    </span>
                </a>
            </p>
            <p class="office-link">
                <a href=Route::Office.to_hash()>
                    <Icon name=IconName::Pencil />
                    <span>
                        <Bi text=t.bi("office-open") />
                    </span>
                </a>
            </p>
            <p class="office-link">
                <a href=Route::PrintBlank.to_hash()>
                    <Icon name=IconName::Printer />
                    <span>
                        <Bi text=t.bi("print-blank-open") />
                    </span>
                </a>
            </p>
            <p class="office-link about-link">
                <a href=Route::About.to_hash()>
                    <Icon name=IconName::Document />
                    <span>
                        <Bi text=t.bi("home-about-title") />
                    </span>
                </a>
            </p>
        </section>
    }
}

/// The chosen town, with a link to choose another.
#[component]
pub fn TownBar() -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    let current = {
        let t = t.clone();
        move || {
            state.content.with(|c| match c.town() {
                Some(town) => t.bi_args("town-current", &[("town", Arg::Str(&town.name))]),
                None => t.bi("town-current-none"),
            })
        }
    };
    let change: BiText = t.bi("town-change");
    view! {
        <div class="town-bar">
            <span class="town-bar-icon">
                <Icon name=IconName::MapPin />
            </span>
            <span class="town-current">{move || view! { <Bi text=current() /> }}</span>
            <a class="button-link town-change" href=Route::Town.to_hash()>
                <Icon name=IconName::Pencil />
                <span>
                    <Bi text=change />
                </span>
            </a>
        </div>
    }
}
