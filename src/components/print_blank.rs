//! The blank folder for offices (`#/office/blank`): German and one other language (or German
//! only), a town pack (none, a built-in one, or the pack file loaded under "choose town"), then a
//! PDF made by the PDF worker.

use leptos::prelude::*;
use ordner_core::LANGUAGES;
use ordner_core::content::builtin_packs;
use ordner_core::i18n::Arg;

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::print_action::PrintAction;
use crate::content_state::{TownSource, use_content};
use crate::i18n::use_texts;
use crate::print::{Job, PackSource};
use crate::route::Route;

/// The value of the town `<select>`: `""` = none, a built-in key, or `file:` for the loaded file.
const IMPORTED: &str = "file:";

#[component]
pub fn PrintBlank() -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    let own = t.own_language().code;
    let lang = RwSignal::new(if own == ordner_core::lang::GERMAN {
        "ar".to_owned()
    } else {
        own.to_owned()
    });
    let town = RwSignal::new(match state.source.get_untracked() {
        TownSource::None => String::new(),
        TownSource::Builtin(key) => key.to_owned(),
        TownSource::Imported(_) => IMPORTED.to_owned(),
    });

    let languages = LANGUAGES
        .iter()
        .map(|l| {
            let label = if l.code == ordner_core::lang::GERMAN {
                t.de.msg("print-blank-german-only")
            } else if l.native_name == l.english_name {
                l.native_name.to_owned()
            } else {
                format!("{} ({})", l.native_name, l.english_name)
            };
            let code = l.code;
            view! {
                <option value=code selected=move || lang.with(|c| c == code)>
                    {label}
                </option>
            }
        })
        .collect_view();
    let imported_file = match state.source.get_untracked() {
        TownSource::Imported(file) => Some(file),
        _ => None,
    };
    let towns = {
        let none = t.de.msg("print-blank-town-none");
        let builtins = builtin_packs()
            .iter()
            .map(|p| {
                view! {
                    <option value=p.key selected=move || town.with(|k| k == p.key)>
                        {p.town}
                    </option>
                }
            })
            .collect_view();
        let imported = imported_file.map(|file| {
            let label =
                t.de.msg_args("print-blank-town-file", &[("file", Arg::Str(&file))]);
            view! {
                <option value=IMPORTED selected=move || town.with(|k| k == IMPORTED)>
                    {label}
                </option>
            }
        });
        view! {
            <option value="" selected=move || town.with(String::is_empty)>
                {none}
            </option>
            {builtins}
            {imported}
        }
    };

    let make = move || {
        let lang = lang.get_untracked();
        let key = town.get_untracked();
        let pack = if key.is_empty() {
            PackSource::None
        } else if key == IMPORTED {
            state.pack_source()
        } else {
            PackSource::Builtin(key)
        };
        async move {
            Ok((
                Job::Blank {
                    lang: lang.clone(),
                    pack,
                },
                lang,
            ))
        }
    };
    let reviewed_note = {
        let t = t.clone();
        move || {
            let code = lang.get();
            let language = ordner_core::Language::by_code(&code)?;
            (!language.reviewed).then(|| {
                view! {
                    <p class="notice" role="note">
                        <Bi text=t.bi("print-blank-unreviewed") />
                    </p>
                }
            })
        }
    };

    view! {
        <section class="print-screen" aria-labelledby="print-blank-heading">
            <p class="back">
                <BackLink />
            </p>
            <h2 id="print-blank-heading">
                <Bi text=t.bi("print-blank-title") />
            </h2>
            <p class="bi-block">
                <Bi text=t.bi("print-blank-intro") />
            </p>
            <div class="print-field">
                <label for="print-blank-lang">
                    <Bi text=t.bi("print-blank-language") />
                </label>
                <select
                    id="print-blank-lang"
                    on:change=move |ev| lang.set(event_target_value(&ev))
                >
                    {languages}
                </select>
            </div>
            {reviewed_note}
            <div class="print-field">
                <label for="print-blank-town">
                    <Bi text=t.bi("print-blank-town") />
                </label>
                <select
                    id="print-blank-town"
                    on:change=move |ev| town.set(event_target_value(&ev))
                >
                    {towns}
                </select>
                <a class="print-town-link" href=Route::Town.to_hash()>
                    <Bi text=t.bi("print-blank-town-load") />
                </a>
            </div>
            <PrintAction
                make=make
                file="blanko-de"
                label=t.bi("print-blank-button")
                contents=ordner_core::offer::Contents::Public
            />
        </section>
    }
}
