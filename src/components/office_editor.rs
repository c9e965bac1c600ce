//! The office editor (`#/office`): a town creates or edits its content pack in the browser, from
//! a built-in pack (fetched from `packs/<file>`) or from nothing: the town's name, contacts per tab (every field; add, edit,
//! remove, reorder), notes and opening hours in German with translations. "Check" runs the same
//! validation as loading a file (`ContentPack::check`); "Save as a file" exports the `.toml`.
//!
//! The edits themselves are `ordner_core::content::edit` (tested natively); this component only
//! calls them. Field edits change the pack without re-rendering (so the input keeps focus); adding, removing
//! and moving entries re-render the list.

use leptos::prelude::*;
use ordner_core::content::printable::format_unprintable;
use ordner_core::content::{
    CONTACT_TYPES, ContactField, LocalText, PackContact, PackIssue, TEXT_LANGUAGES, builtin_packs,
    edit as pack_edit,
};
use ordner_core::i18n::Arg;
use ordner_core::{Content, ContentPack, TabId};

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::town_picker::PackIssues;
use crate::content_state::{BuiltinError, isolate};
use crate::i18n::{BiText, Texts, use_texts};

/// The result of the last check or export.
#[derive(Debug, Clone, PartialEq)]
enum Checked {
    NotYet,
    Ok {
        exported: Option<String>,
    },
    Problems(Vec<PackIssue>),
    /// A built-in pack to start from could not be fetched (by town name).
    Unavailable(&'static str),
}

fn aria(text: &BiText) -> String {
    match &text.own {
        Some(own) => format!("{} / {own}", text.de),
        None => text.de.clone(),
    }
}

#[component]
pub fn OfficeEditor() -> impl IntoView {
    let t = use_texts();
    let pack = RwSignal::new(ContentPack::new("meine-stadt", ""));
    // Bumped when entries are added, removed or moved, or a new start is made.
    let version = RwSignal::new(0_u32);
    let checked = RwSignal::new(Checked::NotYet);

    let start = move |new: ContentPack| {
        pack.set(new);
        checked.set(Checked::NotYet);
        version.update(|v| *v += 1);
    };
    let starts = {
        let t = t.clone();
        let from_builtin = builtin_packs()
            .iter()
            .map(|b| {
                let label = t.bi_args("office-start-from", &[("town", Arg::Str(b.town))]);
                view! {
                    <button
                        type="button"
                        data-start=b.key
                        on:click=move |_| {
                            leptos::task::spawn_local(async move {
                                match crate::content_state::fetch_builtin(b).await {
                                    Ok(mut p) => {
                                        // Problems are reported against the exported text.
                                        p.origin = None;
                                        start(p);
                                    }
                                    Err(BuiltinError::Issues(issues)) => {
                                        checked.set(Checked::Problems(issues));
                                    }
                                    Err(_) => checked.set(Checked::Unavailable(b.town)),
                                }
                            });
                        }
                    >
                        <Icon name=IconName::MapPin />
                        <span>
                            <Bi text=label />
                        </span>
                    </button>
                }
            })
            .collect_view();
        view! {
            <div class="office-starts">
                <button
                    type="button"
                    data-start=""
                    on:click=move |_| start(ContentPack::new("meine-stadt", ""))
                >
                    <Icon name=IconName::Document />
                    <span>
                        <Bi text=t.bi("office-start-empty") />
                    </span>
                </button>
                {from_builtin}
            </div>
        }
    };

    let head = {
        let t = t.clone();
        move || {
            version.get();
            let p = pack.get_untracked();
            view! {
                <div class="office-head">
                    {text_input(
                        &t,
                        "office-town-name",
                        "office-town".to_owned(),
                        p.town.clone(),
                        move |v| pack.update_untracked(|p| p.town = v),
                    )}
                    {text_input(
                        &t,
                        "office-key",
                        "office-key".to_owned(),
                        p.key.clone(),
                        move |v| pack.update_untracked(|p| p.key = v),
                    )}
                </div>
            }
        }
    };

    let contacts = {
        let t = t.clone();
        move || {
            version.get();
            let count = pack.with_untracked(|p| p.contacts.len());
            (0..count)
                .map(|i| contact_editor(&t, pack, version, i, count))
                .collect_view()
        }
    };

    let add = move |_| {
        pack.update(|p| {
            p.add_contact();
        });
        version.update(|v| *v += 1);
    };

    let run_check = move || -> Option<ContentPack> {
        let p = pack.get_untracked();
        let issues = p.check(&Content::default_germany());
        if issues.is_empty() {
            checked.set(Checked::Ok { exported: None });
            Some(p)
        } else {
            checked.set(Checked::Problems(issues));
            None
        }
    };
    let export = move |_| {
        if let Some(p) = run_check() {
            let file = format!("{}.toml", p.key);
            match crate::browser::download_as(
                p.to_toml().as_bytes(),
                &file,
                "application/toml;charset=utf-8",
            ) {
                Ok(()) => checked.set(Checked::Ok {
                    exported: Some(file),
                }),
                Err(e) => leptos::logging::error!("export: {e:?}"),
            }
        }
    };

    let result = {
        let t = t.clone();
        move || match checked.get() {
            Checked::NotYet => None,
            Checked::Ok { exported } => {
                let p = pack.get_untracked();
                let base = Content::default_germany();
                let (contacts, items, tips) = base
                    .with_pack(&p)
                    .map(|_| (p.contacts.len(), p.checklist.len(), p.tips.len()))
                    .unwrap_or_default();
                let ok = t.bi_args(
                    "pack-check-ok",
                    &[
                        ("file", Arg::Str(&p.file_name())),
                        ("town", Arg::Str(&p.town)),
                        ("contacts", Arg::Num(contacts as f64)),
                        ("items", Arg::Num(items as f64)),
                        ("tips", Arg::Num(tips as f64)),
                    ],
                );
                let exported = exported.map(|file| {
                    view! {
                        <p class="bi-block">
                            <Bi text=t.bi_args("office-exported", &[("file", Arg::Str(&file))]) />
                        </p>
                    }
                });
                Some(
                    view! {
                        <div class="pack-ok" role="status">
                            <p class="bi-block">
                                <Icon name=IconName::Check />
                                <Bi text=ok />
                            </p>
                            {exported}
                        </div>
                    }
                    .into_any(),
                )
            }
            Checked::Unavailable(town) => Some(
                view! { <crate::components::town_picker::PackUnavailable town=town /> }.into_any(),
            ),
            Checked::Problems(issues) => {
                let file = pack.with_untracked(ContentPack::file_name);
                let count = issues.len();
                Some(
                    view! {
                        <p class="bi-block office-issue-count">
                            <Bi text=t.bi_args("office-issues", &[("count", Arg::Num(count as f64))]) />
                        </p>
                        <PackIssues file=file issues=issues />
                    }
                    .into_any(),
                )
            }
        }
    };

    // Characters the printed folder cannot show (emoji): a warning beside the check's
    // result, the pack stays fine to export.
    let warnings = {
        let t = t.clone();
        move || {
            if matches!(checked.get(), Checked::NotYet | Checked::Unavailable(_)) {
                return None;
            }
            let file = pack.with_untracked(ContentPack::file_name);
            let found = pack.with_untracked(ContentPack::unprintable_as_exported);
            if found.is_empty() {
                return None;
            }
            let items = found
                .iter()
                .map(|u| {
                    let text = BiText {
                        de: format_unprintable(&t.de, &file, u),
                        own: (!t.is_german_only())
                            .then(|| isolate(&t, format_unprintable(&t.own, &file, u))),
                    };
                    view! {
                        <li class="pack-issue pack-warning bi-block" data-line=u.line data-field=u.field.clone()>
                            <Bi text=text />
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="pack-warnings" role="status">
                    <ul class="pack-issues">{items}</ul>
                </div>
            })
        }
    };

    view! {
        <section class="office-editor" aria-labelledby="office-heading">
            <p class="back">
                <BackLink />
            </p>
            <h2 id="office-heading">
                <Bi text=t.bi("office-heading") />
            </h2>
            <p class="office-link">
                <a href=crate::route::Route::PrintBlank.to_hash()>
                    <Icon name=IconName::Printer />
                    <span>
                        <Bi text=t.bi("print-blank-open") />
                    </span>
                </a>
            </p>
            <p class="bi-block">
                <Bi text=t.bi("office-intro") />
            </p>
            {starts}
            {head}
            <h3>
                <Bi text=t.bi("office-contacts") />
            </h3>
            <ol class="office-contacts">{contacts}</ol>
            <p>
                <button type="button" class="add-contact" on:click=add>
                    <Icon name=IconName::Plus />
                    <Bi text=t.bi("office-add-contact") />
                </button>
            </p>
            <div class="office-actions">
                <button type="button" class="office-check" on:click=move |_| {
                    run_check();
                }>
                    <Icon name=IconName::Check />
                    <Bi text=t.bi("office-check") />
                </button>
                <button type="button" class="primary office-export" on:click=export>
                    <Icon name=IconName::Download />
                    <Bi text=t.bi("office-export") />
                </button>
            </div>
            <div class="office-result" aria-live="polite">
                {result}
                {warnings}
            </div>
        </section>
    }
}

/// A labelled one-line text input.
fn text_input<F: Fn(String) + 'static>(
    t: &Texts,
    label_id: &str,
    id: String,
    value: String,
    on_edit: F,
) -> impl IntoView + use<F> {
    let label = t.bi(label_id);
    let label_for = id.clone();
    view! {
        <div class="field">
            <label for=label_for>
                <Bi text=label />
            </label>
            <input
                type="text"
                id=id
                dir="auto"
                autocomplete="off"
                prop:value=value
                on:input=move |ev| on_edit(event_target_value(&ev))
            />
        </div>
    }
}

/// Reads and writes one optional text field of a contact.
type FieldAccess = fn(&mut PackContact) -> &mut Option<String>;

fn contact_editor(
    t: &Texts,
    pack: RwSignal<ContentPack>,
    version: RwSignal<u32>,
    index: usize,
    count: usize,
) -> impl IntoView + use<> {
    let c = pack.with_untracked(|p| p.contacts.get(index).cloned())?;
    let base = Content::default_germany();
    let prefix = format!("office-contact-{index}");
    let edit = move |f: Box<dyn Fn(&mut PackContact)>| {
        pack.update_untracked(|p| {
            if let Some(c) = p.contacts.get_mut(index) {
                f(c);
            }
        });
    };

    let heading = t.bi_args(
        "office-contact-heading",
        &[("number", Arg::Num((index + 1) as f64))],
    );

    let key_input = text_input(
        t,
        "office-contact-key",
        format!("{prefix}-key"),
        c.key.clone(),
        move |v| {
            edit(Box::new(move |c| c.key = v.clone()));
        },
    );

    let type_options = CONTACT_TYPES
        .iter()
        .map(|ct| {
            let name = t.bi(&ct.name_id());
            let label = match &name.own {
                Some(own) => format!("{} – {own}", name.de),
                None => name.de.clone(),
            };
            view! {
                <option value=ct.key selected=c.kind.as_deref() == Some(ct.key)>
                    {label}
                </option>
            }
        })
        .collect_view();
    let type_select = view! {
        <div class="field">
            <label for=format!("{prefix}-type")>
                <Bi text=t.bi("office-contact-type") />
            </label>
            <select
                id=format!("{prefix}-type")
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    edit(Box::new(move |c| c.kind = (!v.is_empty()).then(|| v.clone())));
                }
            >
                <option value="" selected=c.kind.is_none()>
                    {t.own("office-contact-type-none")}
                </option>
                {type_options}
            </select>
        </div>
    };

    // A changed default contact without its own list keeps the tabs of the default content.
    let current_tabs = c.tabs.clone().unwrap_or_else(|| base.contact_tabs(&c.key));
    let tab_boxes = TabId::ALL
        .into_iter()
        .map(|tab| {
            let id = format!("{prefix}-tab-{}", tab.key());
            let label_for = id.clone();
            let on = current_tabs.contains(&tab);
            let title = t.tab_title(tab, None);
            view! {
                <label class="tab-box" for=label_for>
                    <input
                        type="checkbox"
                        id=id
                        data-tab=tab.key()
                        prop:checked=on
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            let base = Content::default_germany();
                            edit(Box::new(move |c| {
                                let key = c.key.clone();
                                c.set_tab(tab, checked, || base.contact_tabs(&key));
                            }));
                        }
                    />
                    <span>{tab.number()} ". " <Bi text=title /></span>
                </label>
            }
        })
        .collect_view();

    let text_fields: [(ContactField, FieldAccess, bool); 6] = [
        (ContactField::Organisation, |c| &mut c.organisation, false),
        (ContactField::Department, |c| &mut c.department, false),
        (ContactField::Address, |c| &mut c.address, true),
        (ContactField::Phone, |c| &mut c.phone, false),
        (ContactField::Email, |c| &mut c.email, false),
        (ContactField::Web, |c| &mut c.web, false),
    ];
    let mut c_mut = c.clone();
    let fields = text_fields
        .into_iter()
        .map(|(field, access, multiline)| {
            let id = format!("{prefix}-{}", field.key());
            let value = access(&mut c_mut).clone().unwrap_or_default();
            let on_input = move |ev: leptos::ev::Event| {
                let v = event_target_value(&ev);
                edit(Box::new(move |c| pack_edit::set_plain(access(c), &v)));
            };
            let input = if multiline {
                view! { <textarea id=id.clone() dir="ltr" rows="3" autocomplete="off" prop:value=value on:input=on_input></textarea> }
                    .into_any()
            } else {
                view! { <input type="text" id=id.clone() dir="ltr" autocomplete="off" prop:value=value on:input=on_input /> }
                    .into_any()
            };
            view! {
                <div class="field" data-field=field.key()>
                    <label for=id>
                        <Bi text=t.bi(&field.label_id()) />
                    </label>
                    {input}
                </div>
            }
        })
        .collect_view();

    let languages = view! {
        <div class="field" data-field="languages">
            <label for=format!("{prefix}-languages")>
                <Bi text=t.bi("contact-field-languages") />
            </label>
            <input
                type="text"
                id=format!("{prefix}-languages")
                dir="ltr"
                autocomplete="off"
                prop:value=c.languages.join(", ")
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    edit(Box::new(move |c| c.set_languages(&v)));
                }
            />
            <small class="bi-block">
                <Bi text=t.bi("office-languages-hint") />
            </small>
        </div>
    };

    let hours = local_text_editor(
        t,
        pack,
        version,
        index,
        ContactField::Hours,
        c.hours.clone(),
        |c| &mut c.hours,
    );
    let notes = local_text_editor(
        t,
        pack,
        version,
        index,
        ContactField::Notes,
        c.notes.clone(),
        |c| &mut c.notes,
    );

    // Format 2: "by appointment only" beside the hours, and the day the facts are from.
    let by_appointment = view! {
        <div class="field field-check" data-field="by_appointment">
            <label class="vault-check" for=format!("{prefix}-by-appointment")>
                <input
                    type="checkbox"
                    id=format!("{prefix}-by-appointment")
                    prop:checked=c.by_appointment == Some(true)
                    on:change=move |ev| {
                        let checked = event_target_checked(&ev);
                        edit(Box::new(move |c| c.by_appointment = checked.then_some(true)));
                    }
                />
                <span>
                    <Bi text=t.bi("contact-by-appointment") />
                </span>
            </label>
        </div>
    };
    let facts_as_of = view! {
        <div class="field" data-field="facts_as_of">
            <label for=format!("{prefix}-facts-as-of")>
                <Bi text=t.bi("office-contact-facts-as-of") />
            </label>
            <input
                type="date"
                id=format!("{prefix}-facts-as-of")
                dir="ltr"
                autocomplete="off"
                prop:value=c.facts_as_of.clone().unwrap_or_default()
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    edit(Box::new(move |c| {
                        c.facts_as_of = (!v.trim().is_empty()).then(|| v.trim().to_owned());
                    }));
                }
            />
        </div>
    };

    let move_by = move |delta: isize| {
        pack.update(|p| {
            p.move_contact(index, delta);
        });
        version.update(|v| *v += 1);
    };
    let remove = move |_| {
        pack.update(|p| {
            p.remove_contact(index);
        });
        version.update(|v| *v += 1);
    };
    let first = index == 0;
    let last = index + 1 >= count;
    let up = t.bi("office-move-up");
    let down = t.bi("office-move-down");
    let del = t.bi("office-remove");

    Some(view! {
        <li class="office-contact" data-index=index>
            <fieldset>
                <legend>
                    <Bi text=heading />
                </legend>
                <div class="office-contact-tools">
                    <button type="button" class="move-up" aria-label=aria(&up) disabled=first on:click=move |_| move_by(-1)>
                        "↑"
                    </button>
                    <button type="button" class="move-down" aria-label=aria(&down) disabled=last on:click=move |_| move_by(1)>
                        "↓"
                    </button>
                    <button type="button" class="remove" aria-label=aria(&del) on:click=remove>
                        <Icon name=IconName::Trash />
                    </button>
                </div>
                {key_input}
                {type_select}
                <fieldset class="tab-boxes">
                    <legend>
                        <Bi text=t.bi("office-contact-tabs") />
                    </legend>
                    {tab_boxes}
                </fieldset>
                {fields}
                {languages}
                {hours}
                {by_appointment}
                {notes}
                {facts_as_of}
            </fieldset>
        </li>
    })
}

type LocalAccess = fn(&mut PackContact) -> &mut Option<LocalText>;
/// An edit of one multilingual field.
type LocalEdit = Box<dyn Fn(&mut Option<LocalText>)>;

/// German text plus translations of one multilingual field.
fn local_text_editor(
    t: &Texts,
    pack: RwSignal<ContentPack>,
    version: RwSignal<u32>,
    index: usize,
    field: ContactField,
    value: Option<LocalText>,
    access: LocalAccess,
) -> impl IntoView + use<> {
    let edit = move |f: LocalEdit| {
        pack.update_untracked(|p| {
            if let Some(c) = p.contacts.get_mut(index) {
                f(access(c));
            }
        });
    };
    let id = format!("office-contact-{index}-{}", field.key());
    let german = value
        .as_ref()
        .map(|v| v.german().to_owned())
        .unwrap_or_default();
    let translations = value
        .as_ref()
        .map(|v| {
            v.iter()
                .filter(|(code, _)| *code != "de")
                .map(|(code, text)| (code.to_owned(), text.to_owned()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let used: Vec<String> = translations.iter().map(|(c, _)| c.clone()).collect();
    // Which of the app's languages still lack this text (shown as German there).
    let missing = value
        .as_ref()
        .map(LocalText::missing_languages)
        .unwrap_or_default();
    // The codes stand apart, left to right, so that they do not break a right-to-left sentence.
    let missing_note = (!missing.is_empty()).then(|| {
        let list = missing.join(", ");
        view! {
            <div class="missing-languages">
                <Bi text=t.bi("office-missing-languages") />
                <p class="missing-codes" dir="ltr" translate="no">
                    {list}
                </p>
            </div>
        }
    });
    let rows = translations
        .into_iter()
        .map(|(code, text)| {
            let row_id = format!("{id}-{code}");
            let lang = ordner_core::Language::by_code(&code);
            let dir = lang.map_or("auto", |l| l.dir.as_html());
            let name = lang.map_or(code.clone(), |l| l.native_name.to_owned());
            let code_edit = code.clone();
            let code_remove = code.clone();
            let del = t.bi("office-remove-translation");
            view! {
                <div class="field translation" data-lang=code.clone()>
                    <label for=row_id.clone()>
                        <span dir="auto">{name}</span>
                        " (" {code.clone()} ")"
                    </label>
                    <textarea
                        id=row_id
                        lang=code.clone()
                        dir=dir
                        autocomplete="off"
                        rows="2"
                        prop:value=text
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            let code = code_edit.clone();
                            edit(Box::new(move |slot| pack_edit::set_translation(slot, &code, &v)));
                        }
                    ></textarea>
                    <button
                        type="button"
                        class="remove-translation"
                        aria-label=aria(&del)
                        on:click=move |_| {
                            let code = code_remove.clone();
                            edit(Box::new(move |slot| pack_edit::remove_translation(slot, &code)));
                            version.update(|v| *v += 1);
                        }
                    >
                        <Icon name=IconName::Trash />
                    </button>
                </div>
            }
        })
        .collect_view();
    let choice = RwSignal::new(String::new());
    let options = TEXT_LANGUAGES
        .iter()
        .filter(|code| **code != "de" && !used.iter().any(|u| u == *code))
        .map(|code| {
            let name = ordner_core::Language::by_code(code).map_or((*code).to_owned(), |l| {
                format!("{} ({code})", l.native_name)
            });
            view! { <option value=*code>{name}</option> }
        })
        .collect_view();
    let select_id = format!("{id}-add");
    view! {
        <fieldset class="local-text" data-field=field.key()>
            <legend>
                <Bi text=t.bi(&field.label_id()) />
            </legend>
            <div class="field">
                <label for=format!("{id}-de")>
                    <Bi text=t.bi("office-text-german") />
                </label>
                <textarea
                    id=format!("{id}-de")
                    lang="de"
                    dir="ltr"
                    autocomplete="off"
                    rows="2"
                    prop:value=german
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        edit(Box::new(move |slot| pack_edit::set_german(slot, &v)));
                    }
                ></textarea>
            </div>
            {rows}
            {missing_note}
            <div class="add-translation">
                <label for=select_id.clone()>
                    <Bi text=t.bi("office-translation-language") />
                </label>
                <select id=select_id on:change=move |ev| choice.set(event_target_value(&ev))>
                    <option value="">"—"</option>
                    {options}
                </select>
                <button
                    type="button"
                    on:click=move |_| {
                        let code = choice.get_untracked();
                        if code.is_empty() {
                            return;
                        }
                        edit(Box::new(move |slot| pack_edit::add_translation(slot, &code)));
                        version.update(|v| *v += 1);
                    }
                >
                    <Icon name=IconName::Plus />
                    <Bi text=t.bi("office-add-translation") />
                </button>
            </div>
        </fieldset>
    }
}
