//! Screens are addressed by the URL fragment (`#/`, `#/tab/housing`, ...), so that the phone's back
//! button works and a screen survives a reload. Add a screen: a variant here, its fragment in both
//! functions, and its arm in `app::Screens`.

use leptos::prelude::*;
use ordner_core::TabId;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// A document's record id in a route (`[A-Za-z0-9_-]{1,64}`), kept inline so routes stay
/// `Copy`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct DocId {
    bytes: [u8; 64],
    len: u8,
}

impl DocId {
    /// Parses an id; `None` if it is not a valid record id.
    pub fn new(id: &str) -> Option<DocId> {
        let b = id.as_bytes();
        let valid = !b.is_empty()
            && b.len() <= 64
            && b.iter()
                .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_');
        if !valid {
            return None;
        }
        let mut bytes = [0u8; 64];
        bytes[..b.len()].copy_from_slice(b);
        Some(DocId {
            bytes,
            len: u8::try_from(b.len()).ok()?,
        })
    }

    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

impl std::fmt::Debug for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DocId({})", self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The safe folder (the vault): `#/folder`.
    Folder,
    Tab(TabId),
    /// Add a document behind a tab: `#/tab/housing/add`.
    DocAdd(TabId),
    /// One document: `#/doc/<id>`.
    Doc(DocId),
    /// Edit a document: `#/doc/<id>/edit`.
    DocEdit(DocId),
    Search,
    Office,
    Town,
    /// The blank folder for offices: `#/office/blank`.
    PrintBlank,
    /// The consultation printout: `#/print`.
    PrintConsult,
    /// Appointments and deadlines: `#/appointments`.
    Appointments,
    /// The consultation log: `#/log`.
    Consultations,
    /// About this app (its build id): `#/about`.
    About,
}

impl Route {
    /// Parses a fragment such as `#/tab/housing`; anything unknown is the home screen.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next()) {
            (Some("tab"), Some(key)) => match (TabId::from_key(key), parts.next()) {
                (Some(tab), Some("add")) => Route::DocAdd(tab),
                (Some(tab), _) => Route::Tab(tab),
                (None, _) => Route::Home,
            },
            (Some("doc"), Some(id)) => match (DocId::new(id), parts.next()) {
                (Some(id), Some("edit")) => Route::DocEdit(id),
                (Some(id), _) => Route::Doc(id),
                (None, _) => Route::Home,
            },
            (Some("folder"), _) => Route::Folder,
            (Some("search"), _) => Route::Search,
            (Some("office"), Some("blank")) => Route::PrintBlank,
            (Some("office"), _) => Route::Office,
            (Some("print"), _) => Route::PrintConsult,
            (Some("town"), _) => Route::Town,
            (Some("appointments"), _) => Route::Appointments,
            (Some("log"), _) => Route::Consultations,
            (Some("about"), _) => Route::About,
            _ => Route::Home,
        }
    }

    pub fn to_hash(self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Folder => "#/folder".to_owned(),
            Route::Tab(tab) => format!("#/tab/{}", tab.key()),
            Route::DocAdd(tab) => format!("#/tab/{}/add", tab.key()),
            Route::Doc(id) => format!("#/doc/{}", id.as_str()),
            Route::DocEdit(id) => format!("#/doc/{}/edit", id.as_str()),
            Route::Search => "#/search".to_owned(),
            Route::Office => "#/office".to_owned(),
            Route::Town => "#/town".to_owned(),
            Route::PrintBlank => "#/office/blank".to_owned(),
            Route::PrintConsult => "#/print".to_owned(),
            Route::Appointments => "#/appointments".to_owned(),
            Route::Consultations => "#/log".to_owned(),
            Route::About => "#/about".to_owned(),
        }
    }
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The current route, following `hashchange` (links, the back button).
pub fn use_route() -> ReadSignal<Route> {
    let (route, set_route) = signal(Route::from_hash(&current_hash()));
    if let Some(window) = web_sys::window() {
        let on_change = Closure::<dyn FnMut()>::new(move || {
            set_route.set(Route::from_hash(&current_hash()));
            // A new screen starts at its top.
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        });
        window.set_onhashchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }
    route
}

/// Goes to a screen (adds a history entry, so "back" returns).
pub fn navigate(route: Route) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&route.to_hash());
    }
}
