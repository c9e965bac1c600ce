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

    /// The message in both languages, with arguments each language writes its own way
    /// (decimal numbers and sizes: [`ordner_core::i18n::format_decimal`],
    /// [`ordner_core::i18n::format_bytes`]): `args` is called with each language's code.
    pub fn bi_args_each(
        &self,
        id: &str,
        args: impl Fn(&str) -> Vec<(&'static str, String)>,
    ) -> BiText {
        let format = |catalog: &Catalog| {
            let values = args(catalog.language().code);
            let args: Vec<(&str, Arg<'_>)> = values
                .iter()
                .map(|(name, value)| (*name, Arg::Str(value)))
                .collect();
            catalog.msg_args(id, &args)
        };
        let de = format(&self.de);
        let own = (!self.is_german_only()).then(|| self.own_text(format(&self.own)));
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

/// Why a file of the app's own origin (a message bundle, a town pack, the build id) could not
/// be loaded. The screens show a translated message; this says, for the console, what failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The request failed (offline before the app was cached) or the browser refused it.
    Network { url: String, detail: String },
    /// The server answered with an error status.
    Http { url: String, status: u16 },
    /// The answer cannot be read as text.
    NotText { url: String },
    /// A message bundle does not parse.
    Messages { url: String, detail: String },
    /// No such language.
    UnknownLanguage(String),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Network { url, detail } => write!(f, "{url}: {detail}"),
            LoadError::Http { url, status } => write!(f, "{url}: HTTP {status}"),
            LoadError::NotText { url } => write!(f, "{url}: not text"),
            LoadError::Messages { url, detail } => write!(f, "{url}: {detail}"),
            LoadError::UnknownLanguage(code) => write!(f, "unknown language {code}"),
        }
    }
}

impl std::error::Error for LoadError {}

fn messages_error(url: &str) -> impl Fn(ordner_core::CoreError) -> LoadError + '_ {
    move |e| LoadError::Messages {
        url: url.to_owned(),
        detail: e.to_string(),
    }
}

/// Fetches and parses the message bundle of one language.
///
/// # Errors
/// [`LoadError`]: the bundle could not be fetched or does not parse.
pub async fn load_catalog(code: &str) -> Result<Catalog, LoadError> {
    let url = bundle_path(code);
    let text = fetch_text(&url).await?;
    Catalog::from_bundle(code, &url, &text).map_err(messages_error(&url))
}

/// Loads the first-start screen's messages (`app.ftl`) of German and `code`, in parallel.
///
/// # Errors
/// [`LoadError`]: an unknown language, or a file that could not be fetched or does not parse.
pub async fn load_start_texts(code: &str) -> Result<Texts, LoadError> {
    let load = |code: &'static str| async move {
        let url = start_path(code);
        let text = fetch_text(&url).await?;
        Catalog::from_start_file(code, &text).map_err(messages_error(&url))
    };
    let code = ordner_core::Language::by_code(code)
        .ok_or_else(|| LoadError::UnknownLanguage(code.to_owned()))?
        .code;
    let (de, own) = futures::future::try_join(load(ordner_core::lang::GERMAN), load(code)).await?;
    Ok(Texts {
        de: Arc::new(de),
        own: Arc::new(own),
    })
}

/// Loads German and the person's language, in parallel.
///
/// # Errors
/// [`LoadError`]: a bundle could not be fetched or does not parse.
pub async fn load_texts(code: &str) -> Result<Texts, LoadError> {
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
///
/// # Errors
/// [`LoadError`]: the request failed, the server answered with an error, or the answer is not
/// text.
pub async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network = |detail: String| LoadError::Network {
        url: url.to_owned(),
        detail,
    };
    let window = web_sys::window().ok_or_else(|| network("no window".to_owned()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| network(format!("{e:?}")))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| network("not a response".to_owned()))?;
    if !response.ok() {
        return Err(LoadError::Http {
            url: url.to_owned(),
            status: response.status(),
        });
    }
    let text = JsFuture::from(response.text().map_err(|e| network(format!("{e:?}")))?)
        .await
        .map_err(|e| network(format!("{e:?}")))?;
    text.as_string().ok_or_else(|| LoadError::NotText {
        url: url.to_owned(),
    })
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
