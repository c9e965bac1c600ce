//! The two catalogs every screen speaks: German, and the person's own language.
//!
//! Each language's messages are one file of the web build, `locales/<code>.ftl` (the source files
//! joined by `build/ftl-bundles.sh`; same origin, cached by the service worker), so that only the
//! languages in use are downloaded, with one request each. Before any language was chosen, the
//! first-start screen needs only `app.ftl` of German and English (`locales/<code>.start.ftl`).
//! `public/boot.js` starts these requests (`<link rel="preload" as="fetch">`) before the wasm is
//! even compiled; the fetch here uses the same URLs, mode and credentials, so the browser hands
//! over the preloaded responses.

use std::sync::Arc;

use leptos::prelude::*;
use ordner_core::i18n::{Arg, bundle_path, start_path};
use ordner_core::{Catalog, Language, bidi};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// German beside the person's language. When the person chose German, both are the same.
#[derive(Clone, Debug)]
pub struct Texts {
    pub de: Arc<Catalog>,
    pub own: Arc<Catalog>,
}

/// One text in both languages, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BiText {
    pub de: String,
    /// `None` when the person's language is German.
    pub own: Option<String>,
}

impl Texts {
    pub fn own_language(&self) -> &'static Language {
        self.own.language()
    }

    pub fn is_german_only(&self) -> bool {
        self.own.language().code == ordner_core::lang::GERMAN
    }

    /// The message in the person's language, with German terms isolated in right-to-left text.
    pub fn own(&self, id: &str) -> String {
        self.own_text(self.own.msg(id))
    }

    /// The message in both languages.
    pub fn bi(&self, id: &str) -> BiText {
        self.bi_args(id, &[])
    }

    /// The message in both languages, with arguments.
    pub fn bi_args(&self, id: &str, args: &[(&str, Arg<'_>)]) -> BiText {
        let de = self.de.msg_args(id, args);
        let own = (!self.is_german_only()).then(|| self.own_text(self.own.msg_args(id, args)));
        BiText { de, own }
    }

    fn own_text(&self, text: String) -> String {
        if self.own.language().is_rtl() {
            bidi::isolate_ltr_runs(&text)
        } else {
            text
        }
    }
}

/// Fetches and parses the message bundle of one language.
pub async fn load_catalog(code: &str) -> Result<Catalog, String> {
    let url = bundle_path(code);
    let text = fetch_text(&url).await?;
    Catalog::from_bundle(code, &url, &text).map_err(|e| e.to_string())
}

/// Loads the first-start screen's messages (`app.ftl`) of German and `code`, in parallel.
pub async fn load_start_texts(code: &str) -> Result<Texts, String> {
    let load = |code: &'static str| async move {
        let url = start_path(code);
        let text = fetch_text(&url).await?;
        Catalog::from_start_file(code, &text).map_err(|e| e.to_string())
    };
    let code = ordner_core::Language::by_code(code)
        .ok_or_else(|| format!("unknown language {code}"))?
        .code;
    let (de, own) = futures::future::try_join(load(ordner_core::lang::GERMAN), load(code)).await?;
    Ok(Texts {
        de: Arc::new(de),
        own: Arc::new(own),
    })
}

/// Loads German and the person's language, in parallel.
pub async fn load_texts(code: &str) -> Result<Texts, String> {
    if code == ordner_core::lang::GERMAN {
        let de = Arc::new(load_catalog(code).await?);
        return Ok(Texts {
            own: de.clone(),
            de,
        });
    }
    let (de, own) =
        futures::future::try_join(load_catalog(ordner_core::lang::GERMAN), load_catalog(code))
            .await?;
    Ok(Texts {
        de: Arc::new(de),
        own: Arc::new(own),
    })
}

/// Fetches a text file of the app's own origin (mode `cors`, credentials `same-origin`: the
/// defaults, which a `<link rel="preload" as="fetch" crossorigin>` matches).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| format!("{url}: {e:?}"))?)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

/// The texts of the running app. Only call below the point where they are loaded.
pub fn use_texts() -> Texts {
    expect_context::<Texts>()
}

impl Texts {
    /// The title of a register tab in both languages. Without a town, "Ankommen in Deutschland".
    pub fn tab_title(&self, tab: ordner_core::TabId, town: Option<&str>) -> BiText {
        let id = tab.title_id();
        let de_town = town.map_or_else(|| self.de.msg("app-country"), str::to_owned);
        let de = self.de.msg_args(&id, &[("town", Arg::Str(&de_town))]);
        let own = (!self.is_german_only()).then(|| {
            let own_town = town.map_or_else(|| self.own.msg("app-country"), str::to_owned);
            self.own_text(self.own.msg_args(&id, &[("town", Arg::Str(&own_town))]))
        });
        BiText { de, own }
    }
}
