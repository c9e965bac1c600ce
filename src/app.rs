//! The root component: language choice, text loading, and the screen.

use leptos::context::Provider;
use leptos::prelude::*;

use crate::components::document_editor::DocumentEditor;
use crate::components::document_view::DocumentView;
use crate::components::header::Header;
use crate::components::home::Home;
use crate::components::language_picker::LanguagePicker;
use crate::components::office_editor::OfficeEditor;
use crate::components::search::SearchPage;
use crate::components::tab_page::TabPage;
use crate::components::town_picker::TownPicker;
use crate::components::update_banner::UpdateBanner;
use crate::content_state::ContentState;
use crate::i18n::{Texts, load_start_texts, load_texts};
use crate::route::Route;
use crate::{first_start, prefs, sw};

/// The language the first-start screen speaks beside German (`public/boot.js` preloads its
/// first-start messages).
const PICKER_LANGUAGE: &str = "en";

#[component]
pub fn App() -> impl IntoView {
    let lang: RwSignal<Option<&'static str>> =
        RwSignal::new(prefs::stored_language().map(|l| l.code));
    // A choice on the first-start screen of index.html while the app was starting (it stored the
    // choice too, but after the line above read the storage).
    first_start::on_choice(move |language| {
        if lang.get_untracked().is_none() {
            lang.set(Some(language.code));
        }
    });
    // The vault (and its lock state) survives a change of language.
    let vault = crate::vault::Vault::new();
    #[cfg(feature = "test-hooks")]
    crate::documents::install_test_hooks(vault);
    provide_context(vault);
    // The content (and a chosen town) survive a change of language.
    provide_context(ContentState::new());

    // Before a language is chosen, the first-start screen needs only `app.ftl` of German and
    // English; once chosen, every message of German and that language. Each load says which
    // choice it was made for.
    let texts = LocalResource::new(move || {
        let chosen = lang.get();
        async move {
            match chosen {
                Some(code) => load_texts(code).await.map(|t| (chosen, t)),
                None => load_start_texts(PICKER_LANGUAGE).await.map(|t| (None, t)),
            }
        }
    });
    // The service worker starts caching the whole build once the first screen is shown.
    let sw_state = sw::register(move || texts.with(Option::is_some));

    // The page speaks the person's language: `lang` and `dir` on <html> mirror the layout.
    Effect::new(move |_| {
        let language = lang
            .get()
            .and_then(ordner_core::Language::by_code)
            .or_else(|| ordner_core::Language::by_code(PICKER_LANGUAGE));
        if let (Some(language), Some(root)) = (
            language,
            web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element()),
        ) {
            let _ = root.set_attribute("lang", language.code);
            let _ = root.set_attribute("dir", language.dir.as_html());
        }
    });

    view! {
        {move || {
            let loaded = texts.get();
            // Still loading, or a language was chosen and only the first-start messages are
            // there: "…". While the first-start screen of index.html shows, it stays (the CSS
            // hides this "…" beside it).
            let waiting = match &loaded {
                None => true,
                Some(Ok((None, _))) => lang.get().is_some(),
                Some(_) => false,
            };
            if waiting {
                return view! { <p class="loading" aria-busy="true">"…"</p> }.into_any();
            }
            let focused = first_start::take_over();
            match loaded {
                None => view! { <p class="loading" aria-busy="true">"…"</p> }.into_any(),
                Some(Err(error)) => {
                    leptos::logging::error!("{error}");
                    view! { <LoadError /> }.into_any()
                }
                Some(Ok((chosen, t))) => {
                    if let Some(code) = focused {
                        first_start::focus_choice(code);
                    }
                    view! { <Screens texts=t chosen=chosen.is_some() lang=lang sw=sw_state /> }
                        .into_any()
                }
            }
        }}
    }
}

#[component]
fn Screens(
    texts: Texts,
    /// Whether a language is chosen (else: the language choice).
    chosen: bool,
    lang: RwSignal<Option<&'static str>>,
    sw: sw::SwState,
) -> impl IntoView {
    let unreviewed = !texts.own_language().reviewed;
    let route = crate::route::use_route();
    view! {
        <Provider value=texts>
            {if chosen {
                view! {
                    <Header lang=lang />
                    <main id="main">
                        <UpdateBanner sw=sw />
                        {unreviewed.then(|| view! { <UnreviewedNotice /> })}
                        {move || match route.get() {
                            Route::Home => view! { <Home /> }.into_any(),
                            Route::Folder => {
                                view! { <crate::components::vault_folder::VaultFolder /> }.into_any()
                            }
                            Route::Tab(tab) => view! { <TabPage tab=tab /> }.into_any(),
                            Route::DocAdd(tab) => {
                                view! { <DocumentEditor tab=tab /> }.into_any()
                            }
                            Route::Doc(id) => view! { <DocumentView id=id /> }.into_any(),
                            Route::DocEdit(id) => {
                                view! { <DocumentEditor tab=ordner_core::TabId::Documents existing=id /> }
                                    .into_any()
                            }
                            Route::Search => view! { <SearchPage /> }.into_any(),
                            Route::Office => view! { <OfficeEditor /> }.into_any(),
                            Route::Town => view! { <TownPicker /> }.into_any(),
                            Route::PrintBlank => {
                                view! { <crate::components::print_blank::PrintBlank /> }.into_any()
                            }
                            Route::PrintConsult => {
                                view! { <crate::components::print_consult::PrintConsult /> }
                                    .into_any()
                            }
                            Route::Appointments => {
                                view! { <crate::components::appointments_page::AppointmentsPage /> }
                                    .into_any()
                            }
                            Route::Consultations => {
                                view! { <crate::components::consult_page::ConsultPage /> }.into_any()
                            }
                            Route::About => {
                                view! { <crate::components::about::About /> }.into_any()
                            }
                        }}
                    </main>
                }
                    .into_any()
            } else {
                view! {
                    <main id="main">
                        <LanguagePicker lang=lang />
                    </main>
                }
                    .into_any()
            }}
        </Provider>
    }
}

#[component]
fn UnreviewedNotice() -> impl IntoView {
    let t = crate::i18n::use_texts();
    view! {
        <p class="notice unreviewed" role="note">
            <crate::components::bi::Bi text=t.bi("app-not-reviewed") />
        </p>
    }
}

/// Shown when the Fluent files cannot be fetched. Its text comes from the German and English
/// messages compiled into the app, the only ones that are.
#[component]
fn LoadError() -> impl IntoView {
    const DE: &str = include_str!("../locales/de/app.ftl");
    const EN: &str = include_str!("../locales/en/app.ftl");
    let text = |code: &str, src: &str| {
        ordner_core::Catalog::from_sources(code, &[("app.ftl", src)])
            .map(|c| c.msg("app-load-error"))
            .unwrap_or_default()
    };
    view! {
        <p class="load-error" role="alert">
            <span class="bi-de" lang="de">{text("de", DE)}</span>
            <span class="bi-own" lang="en">{text("en", EN)}</span>
        </p>
    }
}
