//! The consultation printout (`#/print`): the person chooses what goes in (tabs, which checklist
//! items are done, their name, their notes, and the records of the other features: documents,
//! deadlines, appointments, the consultation log; see `crate::print::sources`), then the PDF
//! worker makes it. Personal data comes from the open vault only and goes nowhere but into the
//! PDF on this device.

use std::collections::BTreeSet;

use leptos::prelude::*;
use ordner_core::TabId;

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::print_action::PrintAction;
use crate::content_state::{tab_title, use_content};
use crate::i18n::use_texts;
use crate::print::sources::{self, Choice, Kind};
use crate::print::{ConsultChoice, Job};
use crate::route::Route;
use crate::vault::Vault;

#[component]
pub fn PrintConsult() -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    let vault = use_context::<Vault>();
    let unlocked = move || vault.is_some_and(|v| v.is_unlocked());

    let tabs: RwSignal<BTreeSet<TabId>> = RwSignal::new(TabId::ALL.into_iter().collect());
    let with_ticks = RwSignal::new(true);
    let with_name = RwSignal::new(false);
    let name = RwSignal::new(
        vault
            .map(|v| v.folder().with_name_untracked(Clone::clone))
            .unwrap_or_default(),
    );
    let with_notes = RwSignal::new(false);
    let chosen: RwSignal<BTreeSet<(usize, String)>> = RwSignal::new(BTreeSet::new());
    // What the other features offer (reloaded when the vault opens or closes).
    let offered = {
        let t = t.clone();
        Memo::new(move |_| {
            let _ = unlocked();
            sources::choices(vault, &t)
        })
    };
    // Keep the name field in step with the vault (it opens after this screen may have).
    Effect::new(move |_| {
        if let Some(v) = vault
            && v.is_unlocked()
            && name.get_untracked().is_empty()
        {
            name.set(v.folder().with_name(Clone::clone));
        }
    });

    let tab_boxes = {
        let t = t.clone();
        move || {
            let content = state.content.get();
            TabId::ALL
                .into_iter()
                .map(|tab| {
                    let title = tab_title(&t, &content, tab);
                    view! {
                        <li>
                            <label class="print-check" data-tab=tab.key()>
                                <input
                                    type="checkbox"
                                    prop:checked=move || tabs.with(|s| s.contains(&tab))
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        tabs.update(|s| {
                                            if on {
                                                s.insert(tab);
                                            } else {
                                                s.remove(&tab);
                                            }
                                        });
                                    }
                                />
                                <span class="print-tab-number" aria-hidden="true">
                                    {tab.number()}
                                </span>
                                <span>
                                    <Bi text=title />
                                </span>
                            </label>
                        </li>
                    }
                })
                .collect_view()
        }
    };

    let personal = {
        let t = t.clone();
        move || {
            let t = t.clone();
            if !unlocked() {
                return view! {
                    <p class="notice" role="note" id="print-consult-locked">
                        <Bi text=t.bi("print-consult-locked") />
                        " "
                        <a href=Route::Folder.to_hash()>
                            <Bi text=t.bi("print-consult-open-folder") />
                        </a>
                    </p>
                }
                .into_any();
            }
            let has_notes = vault.is_some_and(|v| v.folder().with_notes(|n| !n.trim().is_empty()));
            view! {
                <label class="print-check">
                    <input
                        type="checkbox"
                        id="print-consult-ticks"
                        prop:checked=move || with_ticks.get()
                        on:change=move |ev| with_ticks.set(event_target_checked(&ev))
                    />
                    <span>
                        <Bi text=t.bi("print-consult-ticks") />
                    </span>
                </label>
                <label class="print-check">
                    <input
                        type="checkbox"
                        id="print-consult-with-name"
                        prop:checked=move || with_name.get()
                        on:change=move |ev| with_name.set(event_target_checked(&ev))
                    />
                    <span>
                        <Bi text=t.bi("print-consult-name") />
                    </span>
                </label>
                <div class="print-field" class:hidden=move || !with_name.get()>
                    <label for="print-consult-name">
                        <Bi text=t.bi("print-consult-name-field") />
                    </label>
                    <input
                        type="text"
                        id="print-consult-name"
                        dir="auto"
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <label class="print-check">
                    <input
                        type="checkbox"
                        id="print-consult-with-notes"
                        disabled=!has_notes
                        prop:checked=move || with_notes.get()
                        on:change=move |ev| with_notes.set(event_target_checked(&ev))
                    />
                    <span>
                        <Bi text=t.bi("print-consult-notes") />
                    </span>
                </label>
            }
            .into_any()
        }
    };

    let records = {
        let t = t.clone();
        move || {
            let all = offered.get();
            Kind::ALL
                .into_iter()
                .map(|kind| {
                    let mine: Vec<Choice> = all.iter().filter(|c| c.kind == kind).cloned().collect();
                    let list = if mine.is_empty() {
                        view! {
                            <p class="print-nothing">
                                <Bi text=t.bi("print-consult-nothing") />
                            </p>
                        }
                        .into_any()
                    } else {
                        let items = mine
                            .into_iter()
                            .map(|c| {
                                let key = (kind as usize, c.id.clone());
                                let key2 = key.clone();
                                view! {
                                    <li>
                                        <label class="print-check" data-kind=kind.key()>
                                            <input
                                                type="checkbox"
                                                prop:checked=move || chosen.with(|s| s.contains(&key))
                                                on:change=move |ev| {
                                                    let on = event_target_checked(&ev);
                                                    let key = key2.clone();
                                                    chosen.update(|s| {
                                                        if on {
                                                            s.insert(key);
                                                        } else {
                                                            s.remove(&key);
                                                        }
                                                    });
                                                }
                                            />
                                            <span dir="auto">{c.label.clone()}</span>
                                            {c.detail.clone().map(|d| view! { <span class="print-detail" dir="auto">{d}</span> })}
                                        </label>
                                    </li>
                                }
                            })
                            .collect_view();
                        view! { <ul class="print-list">{items}</ul> }.into_any()
                    };
                    view! {
                        <fieldset class="print-group" data-kind=kind.key()>
                            <legend>
                                <Bi text=t.bi(kind.heading_id()) />
                            </legend>
                            {list}
                        </fieldset>
                    }
                })
                .collect_view()
        }
    };

    let lang = t.own_language().code.to_owned();
    let texts = t.clone();
    let make = move || {
        let lang = lang.clone();
        let texts = texts.clone();
        let open = vault.filter(Vault::is_unlocked);
        let mut choice = ConsultChoice {
            tabs: tabs.get_untracked().into_iter().collect(),
            ..ConsultChoice::default()
        };
        if open.is_some() {
            if with_ticks.get_untracked() {
                choice.checked = state.with_ticks_untracked(|t| t.iter().cloned().collect());
            }
            let typed = name.get_untracked();
            if with_name.get_untracked() && !typed.trim().is_empty() {
                choice.name = Some(typed.trim().to_owned());
            }
            if with_notes.get_untracked() {
                choice.notes = open
                    .map(|v| v.folder().with_notes_untracked(Clone::clone))
                    .filter(|n| !n.trim().is_empty());
            }
        }
        let picked: Vec<Choice> = {
            let keys = chosen.get_untracked();
            offered
                .get_untracked()
                .into_iter()
                .filter(|c| keys.contains(&(c.kind as usize, c.id.clone())))
                .collect()
        };
        let pack = state.pack_source();
        let content = state.content.get_untracked();
        async move {
            sources::load_into(open, &texts, &content, &picked, &mut choice).await?;
            Ok((
                Job::Consult {
                    lang: lang.clone(),
                    pack,
                    choice,
                },
                lang,
            ))
        }
    };
    let no_tab = Signal::derive(move || tabs.with(BTreeSet::is_empty));

    view! {
        <section class="print-screen" aria-labelledby="print-consult-heading">
            <p class="back">
                <BackLink />
            </p>
            <h2 id="print-consult-heading">
                <Bi text=t.bi("print-consult-title") />
            </h2>
            <p class="bi-block">
                <Bi text=t.bi("print-consult-intro") />
            </p>
            <fieldset class="print-group">
                <legend>
                    <Bi text=t.bi("print-consult-tabs") />
                </legend>
                <ul class="print-list">{tab_boxes}</ul>
            </fieldset>
            <fieldset class="print-group">
                <legend>
                    <Bi text=t.bi("print-consult-personal") />
                </legend>
                {personal}
            </fieldset>
            {records}
            <p class="notice" role="note">
                <Icon name=IconName::Lock />
                <Bi text=t.bi("print-consult-privacy") />
            </p>
            <PrintAction
                make=make
                file="beratung"
                label=t.bi("print-consult-button")
                disabled=no_tab
            />
        </section>
    }
}
