//! Choosing the town: one of the built-in town packs (fetched from `packs/<file>` when chosen),
//! no town, or a pack file an office gave.
//! A file with problems is rejected with every problem (file, line, field, what is wrong, in both
//! languages) and changes nothing already loaded.

use leptos::prelude::*;
use ordner_core::content::{PackIssue, builtin_packs};
use ordner_core::i18n::Arg;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::components::vault_common::ErrorLine;
use crate::content_state::{BuiltinError, TownSource, isolate, use_content};
use crate::i18n::{BiText, Texts, use_texts};

/// The result of the last load, shown under the choice.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Nothing,
    Loaded(String),
    Rejected {
        file: String,
        issues: Vec<PackIssue>,
    },
    /// A built-in pack's file could not be fetched (by town name).
    Unavailable(&'static str),
}

#[component]
pub fn TownPicker() -> impl IntoView {
    let t = use_texts();
    let state = use_content();
    let outcome = RwSignal::new(Outcome::Nothing);
    let save_error: RwSignal<Option<crate::vault::Error>> = RwSignal::new(None);
    // Stores the choice in the open vault (nothing to do while it is locked).
    let persist = move || {
        leptos::task::spawn_local(async move {
            save_error.set(state.persist().await.err());
        });
    };

    let choices = {
        let t = t.clone();
        let none = {
            let checked = move || state.source.with(|s| *s == TownSource::None);
            view! {
                <li>
                    <label class="town-choice" data-town="">
                        <input
                            type="radio"
                            name="town"
                            prop:checked=checked
                            on:change=move |_| {
                                state.clear_town();
                                outcome.set(Outcome::Nothing);
                                persist();
                            }
                        />
                        <span>
                            <Bi text=t.bi("town-none") />
                        </span>
                    </label>
                </li>
            }
        };
        let packs = builtin_packs()
            .iter()
            .map(|pack| {
                let checked = move || state.source.with(|s| *s == TownSource::Builtin(pack.key));
                view! {
                    <li>
                        <label class="town-choice" data-town=pack.key>
                            <input
                                type="radio"
                                name="town"
                                prop:checked=checked
                                on:change=move |_| {
                                    leptos::task::spawn_local(async move {
                                        let result = state.choose_builtin(pack).await;
                                        if result.is_err() {
                                            // Back to the choice that stands.
                                            state.source.notify();
                                        }
                                        match result {
                                            Ok(town) => {
                                                persist();
                                                outcome.set(Outcome::Loaded(town));
                                            }
                                            Err(BuiltinError::Issues(issues)) => {
                                                outcome
                                                    .set(Outcome::Rejected {
                                                        file: pack.file.to_owned(),
                                                        issues,
                                                    });
                                            }
                                            Err(BuiltinError::Unavailable) => {
                                                outcome.set(Outcome::Unavailable(pack.town));
                                            }
                                            Err(BuiltinError::Superseded) => {}
                                        }
                                    });
                                }
                            />
                            <span class="town-name" lang="de" dir="ltr">
                                {pack.town}
                            </span>
                        </label>
                    </li>
                }
            })
            .collect_view();
        let imported = move || {
            state.source.with(|s| match s {
                TownSource::Imported(file) => {
                    let town = state
                        .content
                        .with(|c| c.town().map(|t| t.name.clone()).unwrap_or_default());
                    Some(view! {
                        <li>
                            <label class="town-choice" data-town="imported">
                                <input type="radio" name="town" prop:checked=true />
                                <span>
                                    <span class="town-name" lang="de" dir="ltr">
                                        {town}
                                    </span>
                                    " "
                                    <span class="town-file" dir="ltr">
                                        {format!("({file})")}
                                    </span>
                                </span>
                            </label>
                        </li>
                    })
                }
                _ => None,
            })
        };
        view! { <ul class="town-list">{none} {packs} {imported}</ul> }
    };

    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // The same file can be chosen again after a fix.
        input.set_value("");
        leptos::task::spawn_local(async move {
            let name = file.name();
            // Checked before reading: a file too large for a pack is never loaded (#16).
            if let Err(error) = ordner_core::content::check_pack_size(&name, file.size() as u64) {
                outcome.set(Outcome::Rejected {
                    issues: crate::content_state::issues_of(&name, error),
                    file: name,
                });
                return;
            }
            let bytes = match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                Err(e) => {
                    let error = ordner_core::CoreError::Io {
                        path: name.clone(),
                        message: format!("{e:?}"),
                    };
                    outcome.set(Outcome::Rejected {
                        issues: crate::content_state::issues_of(&name, error),
                        file: name,
                    });
                    return;
                }
            };
            outcome.set(match state.import(&name, &bytes) {
                Ok(town) => {
                    persist();
                    Outcome::Loaded(town)
                }
                Err(issues) => Outcome::Rejected { file: name, issues },
            });
        });
    };

    let result = {
        let t = t.clone();
        move || match outcome.get() {
            Outcome::Nothing => None,
            Outcome::Loaded(town) => Some(
                view! {
                    <p class="pack-ok" role="status">
                        <Icon name=IconName::Check />
                        <span>
                            <Bi text=t.bi_args("town-import-ok", &[("town", Arg::Str(&town))]) />
                        </span>
                    </p>
                }
                .into_any(),
            ),
            Outcome::Rejected { file, issues } => {
                Some(view! { <PackIssues file=file issues=issues /> }.into_any())
            }
            Outcome::Unavailable(town) => Some(view! { <PackUnavailable town=town /> }.into_any()),
        }
    };
    // Stored in the open vault; chosen while it is locked, kept in memory only.
    let storage_note = {
        let t = t.clone();
        move || {
            let id = if state.town_is_stored() {
                "town-vault"
            } else {
                "town-memory-only"
            };
            view! { <Bi text=t.bi(id) /> }
        }
    };

    view! {
        <section class="town-picker" aria-labelledby="town-heading">
            <p class="back">
                <BackLink />
            </p>
            <h2 id="town-heading">
                <Bi text=t.bi("town-heading") />
            </h2>
            <p class="bi-block">
                <Bi text=t.bi("town-hint") />
            </p>
            <fieldset class="town-fieldset">
                <legend class="visually-hidden">
                    <Bi text=t.bi("town-heading") />
                </legend>
                {choices}
            </fieldset>
            <p class="notice" role="note" data-town-stored=move || state.town_is_stored().to_string()>
                {storage_note}
            </p>
            <ErrorLine error=save_error />
            <h3>
                <Bi text=t.bi("town-import-heading") />
            </h3>
            <p class="bi-block">
                <Bi text=t.bi("town-import-hint") />
            </p>
            <label class="file-button">
                <Icon name=IconName::Upload />
                <span>
                    <Bi text=t.bi("town-import-button") />
                </span>
                <input
                    type="file"
                    id="pack-file"
                    class="visually-hidden"
                    accept=".toml"
                    on:change=on_file
                />
            </label>
            <div class="pack-result" aria-live="polite">
                {result}
            </div>
        </section>
    }
}

/// A built-in pack whose file could not be fetched.
#[component]
pub fn PackUnavailable(town: &'static str) -> impl IntoView {
    let t = use_texts();
    view! {
        <p class="pack-error pack-unavailable bi-block" role="alert">
            <Icon name=IconName::Warning />
            <Bi text=t.bi_args("town-pack-unavailable", &[("town", Arg::Str(town))]) />
        </p>
    }
}

/// Every problem of a rejected pack: a summary, then one line per problem in both languages.
#[component]
pub fn PackIssues(file: String, issues: Vec<PackIssue>) -> impl IntoView {
    let t = use_texts();
    let summary = t.bi_args(
        "pack-error-summary",
        &[
            ("file", Arg::Str(&file)),
            ("count", Arg::Num(issues.len() as f64)),
        ],
    );
    let items = issues
        .iter()
        .map(|issue| {
            view! {
                <li
                    class="pack-issue bi-block"
                    data-line=issue.line
                    data-field=issue.field.clone()
                    data-kind=issue.kind.key()
                >
                    <Bi text=issue_text(&t, issue) />
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="pack-error" role="alert">
            <p class="bi-block pack-error-summary">
                <Icon name=IconName::Warning />
                <Bi text=summary />
            </p>
            <ul class="pack-issues">{items}</ul>
        </div>
    }
}

/// One pack problem in both languages.
pub fn issue_text(t: &Texts, issue: &PackIssue) -> BiText {
    BiText {
        de: issue.format(&t.de),
        own: (!t.is_german_only()).then(|| isolate(t, issue.format(&t.own))),
    }
}
