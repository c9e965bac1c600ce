//! Service worker registration, the "works offline" state and the update banner.
//!
//! `public/sw.js` precaches one build as a whole under a versioned cache name. A new build
//! installs beside the old one and waits; the page shows a banner, and only when the person
//! chooses "reload now" does the new worker take over and every open tab reload, so no page ever
//! runs on a mix of old and new files.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// What the page knows about its service worker.
#[derive(Clone, Copy, Debug)]
pub struct SwState {
    /// The app is cached and will open without a network.
    pub offline_ready: RwSignal<bool>,
    /// A new build is installed and waiting.
    pub update_ready: RwSignal<bool>,
}

fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // `navigator.serviceWorker` is missing outside secure contexts.
    let has = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    has.then(|| navigator.service_worker())
}

/// Registers `sw.js` once `first_screen` is true, and wires the state signals. Does nothing where
/// service workers are missing.
///
/// On a first visit the new worker downloads every file of the build (all languages, the
/// workers); started together with the app it would share a slow connection with the messages
/// the first screen waits for, so it starts when that screen is there.
pub fn register(first_screen: impl Fn() -> bool + 'static) -> SwState {
    let state = SwState {
        offline_ready: RwSignal::new(false),
        update_ready: RwSignal::new(false),
    };
    let Some(container) = container() else {
        return state;
    };
    let had_controller = container.controller().is_some();

    // When another build takes over (after "reload now" here or in another tab), reload so this
    // tab runs the new build as a whole. On the very first install there was no controller, and
    // nothing needs reloading.
    if had_controller {
        let on_change = Closure::<dyn FnMut()>::new(move || {
            if let Some(w) = web_sys::window() {
                let _ = w.location().reload();
            }
        });
        container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
        on_change.forget();
    }

    if let Ok(ready) = container.ready() {
        spawn_local(async move {
            if JsFuture::from(ready).await.is_ok() {
                state.offline_ready.set(true);
            }
        });
    }

    let started = StoredValue::new(false);
    Effect::new(move |_| {
        if first_screen() && !started.get_value() {
            started.set_value(true);
            install(&container, state, had_controller);
        }
    });
    state
}

/// Registers the worker and follows its updates.
fn install(container: &ServiceWorkerContainer, state: SwState, had_controller: bool) {
    let promise = container.register("./sw.js");
    spawn_local(async move {
        let registration = match JsFuture::from(promise).await {
            Ok(r) => r.unchecked_into::<ServiceWorkerRegistration>(),
            Err(e) => {
                leptos::logging::warn!("service worker not registered: {e:?}");
                return;
            }
        };
        if registration.waiting().is_some() && had_controller {
            state.update_ready.set(true);
        }
        let reg = registration.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && had_controller {
                    state.update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
    });
}

/// Lets the waiting build take over; every tab then reloads through `controllerchange`.
pub fn apply_update() {
    let Some(container) = container() else {
        return;
    };
    spawn_local(async move {
        let Ok(found) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Some(waiting) = found
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        else {
            return;
        };
        if let Err(e) = waiting.post_message(&"skip-waiting".into()) {
            leptos::logging::warn!("could not activate the update: {e:?}");
        }
    });
}

/// Unregisters every service worker of the origin ("remove the app", #12 §5). The open page
/// stays served by it until it is closed; the worker then fetches from the network instead of
/// creating the deleted caches again (`public/sw.js`).
pub async fn unregister_all() {
    let Some(container) = container() else {
        return;
    };
    let registrations = match JsFuture::from(container.get_registrations()).await {
        Ok(list) => js_sys::Array::from(&list),
        Err(e) => {
            leptos::logging::warn!("remove app: service workers: {e:?}");
            return;
        }
    };
    for registration in registrations.iter() {
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            continue;
        };
        match registration.unregister() {
            Ok(promise) => {
                if let Err(e) = JsFuture::from(promise).await {
                    leptos::logging::warn!("remove app: unregister: {e:?}");
                }
            }
            Err(e) => leptos::logging::warn!("remove app: unregister: {e:?}"),
        }
    }
}
