//! Screens are addressed by the URL fragment (`#/`, `#/tab/housing`, ...), so that the phone's back
//! button works and a screen survives a reload. Add a screen: a variant here, its fragment in both
//! functions, and its arm in `app::Screens`.

use leptos::prelude::*;
use ordner_core::TabId;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    /// The safe folder (the vault): `#/folder`.
    Folder,
    Tab(TabId),
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
}

impl Route {
    /// Parses a fragment such as `#/tab/housing`; anything unknown is the home screen.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/');
        match (parts.next(), parts.next()) {
            (Some("tab"), Some(key)) => TabId::from_key(key).map_or(Route::Home, Route::Tab),
            (Some("folder"), _) => Route::Folder,
            (Some("search"), _) => Route::Search,
            (Some("office"), Some("blank")) => Route::PrintBlank,
            (Some("office"), _) => Route::Office,
            (Some("print"), _) => Route::PrintConsult,
            (Some("town"), _) => Route::Town,
            (Some("appointments"), _) => Route::Appointments,
            (Some("log"), _) => Route::Consultations,
            _ => Route::Home,
        }
    }

    pub fn to_hash(self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Folder => "#/folder".to_owned(),
            Route::Tab(tab) => format!("#/tab/{}", tab.key()),
            Route::Search => "#/search".to_owned(),
            Route::Office => "#/office".to_owned(),
            Route::Town => "#/town".to_owned(),
            Route::PrintBlank => "#/office/blank".to_owned(),
            Route::PrintConsult => "#/print".to_owned(),
            Route::Appointments => "#/appointments".to_owned(),
            Route::Consultations => "#/log".to_owned(),
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
