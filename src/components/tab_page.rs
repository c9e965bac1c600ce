//! The page of one register tab: introduction, rules and tips, checklist and contacts, each block
//! in German beside the person's language (side by side on wide screens, stacked on phones).

use leptos::prelude::*;
use ordner_core::TabId;
use ordner_core::content::{ChecklistItem, Contact, ContactField, NOT_LEGAL_ADVICE_ID, Origin};
use ordner_core::i18n::Arg;
use wasm_bindgen_futures::JsFuture;

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::documents_jump::DocumentsJump;
use crate::components::documents_section::{DocumentsSection, documents_heading_id};
use crate::components::icon::{Icon, IconName};
use crate::content_state::{TickStorage, bi_content, bi_local, bi_nested, tab_title, use_content};
use crate::i18n::{BiText, Texts, use_texts};
use crate::route::Route;

#[component]
pub fn TabPage(tab: TabId) -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    let tick_error: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let page = move || {
        let content = state.content.get();
        let tab_content = content.tab(tab).clone();
        let title = tab_title(&t, &content, tab);
        let heading_id = format!("tab-{}-heading", tab.key());
        let labelled_by = heading_id.clone();
        let tips = tab_content
            .tips
            .iter()
            .map(|tip| {
                view! {
                    <li class="tip bi-block" data-key=tip.key.clone()>
                        <Bi text=bi_content(&t, &tip.text) />
                    </li>
                }
            })
            .collect_view();
        let items = tab_content
            .checklist
            .iter()
            .map(|item| checklist_item(&t, item, tick_error))
            .collect_view();
        let contacts = if tab_content.contacts.is_empty() {
            view! {
                <p class="bi-block empty">
                    <Bi text=t.bi("tabs-no-contacts") />
                </p>
            }
            .into_any()
        } else {
            tab_content
                .contacts
                .iter()
                .map(|c| contact_card(&t, c))
                .collect_view()
                .into_any()
        };
        let ticks_note = {
            let t = t.clone();
            move || {
                let storage = state.tick_storage();
                let refused = tick_error.get() == Some(storage.message_id());
                let open = (storage == TickStorage::Locked).then(|| {
                    view! {
                        <a class="button-link" href=Route::Folder.to_hash()>
                            <Icon name=IconName::Unlock />
                            <Bi text=t.bi("vault-unlock-title") />
                        </a>
                    }
                });
                view! {
                    <div
                        class="notice ticks-note"
                        class:refused=refused
                        role="note"
                        data-storage=format!("{storage:?}")
                    >
                        <p class="bi-block">
                            <Bi text=t.bi(storage.message_id()) />
                        </p>
                        {open}
                    </div>
                }
            }
        };
        // A refused tick while the vault is locked highlights the notice above; other storage
        // errors get their own alert.
        let tick_error = {
            let t = t.clone();
            move || {
                let storage = state.tick_storage();
                tick_error
                    .get()
                    .filter(|id| *id != storage.message_id())
                    .map(|id| {
                        view! {
                            <p class="notice tick-error bi-block" role="alert">
                                <Bi text=t.bi(id) />
                            </p>
                        }
                    })
            }
        };
        let progress = {
            let t = t.clone();
            let tab_content = tab_content.clone();
            move || {
                let (done, total) = state.progress(&tab_content);
                let text = t.bi_args(
                    "tabs-progress",
                    &[
                        ("done", Arg::Num(done as f64)),
                        ("total", Arg::Num(total as f64)),
                    ],
                );
                view! {
                    <p class="tab-progress" data-done=done data-total=total>
                        <progress max=total value=done aria-hidden="true"></progress>
                        <span class="tab-progress-text">
                            <Bi text=text />
                        </span>
                    </p>
                }
            }
        };
        view! {
            <article class="tab-page" data-tab=tab.key() aria-labelledby=labelled_by>
                <p class="back">
                    <BackLink />
                </p>
                <h2 class="tab-page-title" id=heading_id>
                    <span class="tab-number" aria-hidden="true">
                        {tab.number()}
                    </span>
                    <span class="tab-icon">
                        <Icon name=IconName::for_tab(tab) />
                    </span>
                    <span class="tab-title">
                        <Bi text=title />
                    </span>
                </h2>
                <DocumentsJump tab=tab target=documents_heading_id(tab) />
                <section class="tab-block tab-intro">
                    <h3>
                        <Bi text=t.bi("tabs-section-intro") />
                    </h3>
                    <p class="bi-block">
                        <Bi text=bi_content(&t, &tab_content.intro) />
                    </p>
                </section>
                <section class="tab-block tab-tips">
                    <h3>
                        <Bi text=t.bi("tab-section-tips") />
                    </h3>
                    <ul class="tips">{tips}</ul>
                </section>
                <section class="tab-block tab-checklist">
                    <h3>
                        <Bi text=t.bi("tab-section-checklist") />
                    </h3>
                    {progress}
                    {ticks_note}
                    {tick_error}
                    <ul class="checklist">{items}</ul>
                </section>
                <DocumentsSection tab=tab />
                <section class="tab-block tab-contacts">
                    <h3>
                        <Bi text=t.bi("tab-section-contacts") />
                    </h3>
                    {contacts}
                </section>
            </article>
        }
    };
    view! { {page} }
}

fn checklist_item(
    t: &Texts,
    item: &ChecklistItem,
    tick_error: RwSignal<Option<&'static str>>,
) -> impl IntoView + use<> {
    let state = use_content();
    let key = item.key.clone();
    let input_id = format!("check-{}", item.key);
    let hint_id = format!("check-{}-hint", item.key);
    let hint_text = item.hint.as_ref().map(|h| bi_content(t, h));
    // Default hints of deadline items end with the "not legal advice" sentence; a town's own
    // hint may not, so it is added beside the deadline then.
    let advice_in_hint = hint_text
        .as_ref()
        .is_some_and(|h| h.de.contains(t.de.msg(NOT_LEGAL_ADVICE_ID).trim()));
    let has_hint = hint_text.is_some();
    let hint = hint_text.map(|h| {
        view! {
            <div class="check-hint bi-block" id=hint_id.clone()>
                <Bi text=h />
            </div>
        }
    });
    let doctype = item.doc_type().map(|d| {
        view! {
            <p class="check-doctype bi-block" data-doctype=d.key>
                <Bi text=bi_nested(t, "tabs-item-doctype", "doctype", &d.name_id()) />
            </p>
        }
    });
    let deadline = item.deadline.map(|rule| {
        let advice = (!advice_in_hint).then(|| {
            view! {
                <p class="not-legal-advice bi-block">
                    <Bi text=t.bi(NOT_LEGAL_ADVICE_ID) />
                </p>
            }
        });
        view! {
            <div class="check-deadline" data-deadline=rule.key()>
                <p class="deadline bi-block">
                    <Bi text=t.bi(&rule.message_id()) />
                </p>
                {advice}
            </div>
        }
    });
    let ticked = {
        let key = key.clone();
        move || state.with_ticks(|s| s.contains(&key))
    };
    let toggle_key = key.clone();
    view! {
        <li class="check-item" data-key=key>
            <div class="check-row">
                <input
                    type="checkbox"
                    id=input_id.clone()
                    prop:checked=ticked
                    aria-describedby=has_hint.then(|| hint_id.clone())
                    on:change=move |ev| {
                        let input: web_sys::HtmlInputElement = event_target(&ev);
                        let key = toggle_key.clone();
                        leptos::task::spawn_local(async move {
                            let result = state.toggle(&key).await;
                            // The box shows what is stored, also when storing failed.
                            input.set_checked(state.with_ticks_untracked(|s| s.contains(&key)));
                            tick_error.set(result.err().map(|e| e.message_id()));
                        });
                    }
                />
                <label for=input_id class="bi-block">
                    <Bi text=bi_content(t, &item.text) />
                </label>
            </div>
            {hint}
            {doctype}
            {deadline}
        </li>
    }
}

/// The fields shown as "to be filled in by your town" when a generic contact has no value.
const FILL_IN_FIELDS: [ContactField; 7] = [
    ContactField::Organisation,
    ContactField::Address,
    ContactField::Phone,
    ContactField::Email,
    ContactField::Web,
    ContactField::Hours,
    ContactField::Languages,
];

fn field_icon(field: ContactField) -> Option<IconName> {
    match field {
        ContactField::Address => Some(IconName::MapPin),
        ContactField::Phone => Some(IconName::Phone),
        ContactField::Email => Some(IconName::Mail),
        ContactField::Web => Some(IconName::Globe),
        ContactField::Hours => Some(IconName::Clock),
        ContactField::Languages => Some(IconName::Speech),
        ContactField::Organisation | ContactField::Department | ContactField::Notes => None,
    }
}

fn contact_card(t: &Texts, c: &Contact) -> impl IntoView + use<> {
    let heading = match (c.type_name_id(), &c.organisation) {
        (Some(id), _) => view! { <Bi text=t.bi(&id) /> }.into_any(),
        (None, Some(org)) => view! {
            <span class="bi-de" lang="de" dir="ltr">
                {org.clone()}
            </span>
        }
        .into_any(),
        (None, None) => view! {
            <span class="bi-de" lang="de" dir="ltr">
                {c.key.clone()}
            </span>
        }
        .into_any(),
    };
    let desc = c.contact_type().map(|ct| {
        view! {
            <p class="contact-desc bi-block">
                <Bi text=t.bi(&ct.desc_id()) />
            </p>
        }
    });
    let generic = c.contact_type().is_some();
    let fields = ContactField::ALL
        .into_iter()
        .filter_map(|field| {
            let value = contact_value(t, c, field);
            let value = match value {
                Some(v) => v,
                None if generic && FILL_IN_FIELDS.contains(&field) => view! {
                    <span class="to-fill">
                        <Bi text=t.bi("tabs-contact-to-fill") />
                    </span>
                }
                .into_any(),
                None => return None,
            };
            let icon = field_icon(field).map(|name| view! { <Icon name=name /> });
            Some(view! {
                <div class="contact-field" data-field=field.key()>
                    <dt>
                        {icon}
                        <span class="contact-label">
                            <Bi text=t.bi(&field.label_id()) />
                        </span>
                    </dt>
                    <dd>{value}</dd>
                </div>
            })
        })
        .collect_view();
    // How old the town's facts are: the day of its source, not the day the pack was checked.
    let facts = (c.origin != Origin::Default).then(|| {
        let text = match c.facts_year() {
            Some(year) => both_args(t, ordner_core::content::CONTACT_FACTS_AS_OF_ID, &[("year", Arg::Str(year))]),
            None => t.bi(ordner_core::content::CONTACT_FACTS_UNKNOWN_ID),
        };
        view! {
            <p class="contact-facts bi-block" data-facts-as-of=c.facts_as_of.clone().unwrap_or_default()>
                <Bi text=text />
            </p>
        }
    });
    view! {
        <article class="contact" data-contact=c.key.clone() class:contact-blank=c.is_blank()>
            <h4>{heading}</h4>
            {desc}
            <dl class="contact-fields">{fields}</dl>
            {facts}
        </article>
    }
}

fn contact_value(t: &Texts, c: &Contact, field: ContactField) -> Option<AnyView> {
    let plain = |text: &str| {
        view! {
            <span class="value" lang="de" dir="ltr">
                {text.to_owned()}
            </span>
        }
        .into_any()
    };
    match field {
        ContactField::Organisation => c.organisation.as_deref().map(plain),
        ContactField::Department => c.department.as_deref().map(plain),
        ContactField::Address => c.address.clone().map(|a| address_view(t, a)),
        ContactField::Phone => {
            let uri = c.tel_uri()?;
            let phone = c.phone.clone()?;
            let aria = format!(
                "{} ({})",
                t.de.msg_args("tabs-contact-call", &[("phone", Arg::Str(&phone))]),
                t.own
                    .msg_args("tabs-contact-call", &[("phone", Arg::Str(&phone))])
            );
            Some(
                view! {
                    <a class="tel value" href=uri dir="ltr" aria-label=aria>
                        {phone}
                    </a>
                }
                .into_any(),
            )
        }
        ContactField::Email => c.email.clone().map(|mail| {
            let href = format!("mailto:{mail}");
            view! {
                <a class="mail value" href=href dir="ltr">
                    {mail}
                </a>
            }
            .into_any()
        }),
        ContactField::Web => c.web.clone().map(|web| {
            let href = web.clone();
            view! {
                <a class="web value" href=href dir="ltr" rel="noopener noreferrer" target="_blank">
                    {web}
                </a>
            }
            .into_any()
        }),
        ContactField::Hours => (c.hours.is_some() || c.by_appointment).then(|| {
            let hours = c.hours.as_ref().map(|h| {
                view! {
                    <span class="bi-block">
                        <Bi text=bi_local(t, h) />
                    </span>
                }
            });
            let by_appointment = c.by_appointment.then(|| {
                view! {
                    <span class="bi-block contact-by-appointment">
                        <Bi text=t.bi(ordner_core::content::CONTACT_BY_APPOINTMENT_ID) />
                    </span>
                }
            });
            view! { {hours}{by_appointment} }.into_any()
        }),
        ContactField::Languages => (!c.languages.is_empty()).then(|| {
            let names = c
                .languages
                .iter()
                .map(|code| match ordner_core::Language::by_code(code) {
                    Some(l) => view! {
                        <li lang=l.code dir=l.dir.as_html()>
                            {l.native_name}
                        </li>
                    }
                    .into_any(),
                    None => view! { <li dir="ltr">{code.clone()}</li> }.into_any(),
                })
                .collect_view();
            view! { <ul class="contact-languages">{names}</ul> }.into_any()
        }),
        ContactField::Notes => c.notes.as_ref().map(|n| {
            view! {
                <span class="bi-block">
                    <Bi text=bi_local(t, n) />
                </span>
            }
            .into_any()
        }),
    }
}

/// A message with arguments in both languages.
fn both_args(t: &Texts, id: &str, args: &[(&str, Arg<'_>)]) -> BiText {
    BiText {
        de: t.de.msg_args(id, args),
        own: (!t.is_german_only()).then(|| t.own.msg_args(id, args)),
    }
}

/// An address, with a button that copies it (Clipboard API) and says whether that worked.
fn address_view(t: &Texts, address: String) -> AnyView {
    #[derive(Clone, Copy, PartialEq)]
    enum Copied {
        Not,
        Yes,
        Failed,
    }
    let status = RwSignal::new(Copied::Not);
    let copy_label = t.bi("tabs-contact-copy");
    let aria = format!(
        "{} / {}",
        copy_label.de,
        copy_label.own.clone().unwrap_or_default()
    );
    let ok = t.bi("tabs-contact-copied");
    let failed = t.bi("tabs-contact-copy-failed");
    let text = address.clone();
    let copy = move |_| {
        let text = text.clone();
        leptos::task::spawn_local(async move {
            let result = match web_sys::window() {
                Some(w) => JsFuture::from(w.navigator().clipboard().write_text(&text))
                    .await
                    .is_ok(),
                None => false,
            };
            status.set(if result { Copied::Yes } else { Copied::Failed });
        });
    };
    view! {
        <span class="address">
            <span class="value address-text" lang="de" dir="ltr">
                {address}
            </span>
            <button type="button" class="copy" aria-label=aria on:click=copy>
                <Icon name=IconName::Copy />
            </button>
            <span class="copy-status" role="status">
                {move || match status.get() {
                    Copied::Not => None,
                    Copied::Yes => Some(view! { <Bi text=ok.clone() /> }),
                    Copied::Failed => Some(view! { <Bi text=failed.clone() /> }),
                }}
            </span>
        </span>
    }
    .into_any()
}
