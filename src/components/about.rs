//! "About this app" (`#/about`, #12 §8): the build's id and the origin the app is loaded from,
//! so that an office can tell which build a person runs and from where. The id is written at
//! build time into `build-id.txt` (`build/sw-precache.sh`: the same hash that names the service
//! worker's cache) and read from the app's own origin (precached, so it shows offline too).

use leptos::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::bi::Bi;
use crate::i18n::use_texts;
use ordner_core::i18n::Arg;

/// The build id as written by the build: 16 hex digits, else nothing.
fn parse_build_id(text: &str) -> Option<String> {
    let id = text.trim();
    (id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit())).then(|| id.to_owned())
}

#[component]
pub fn About() -> impl IntoView {
    let t = use_texts();
    let build: RwSignal<Option<String>> = RwSignal::new(None);
    let mounted = crate::task::Mounted::new();
    mounted.spawn(
        async { crate::i18n::fetch_text("./build-id.txt").await },
        move |text: Result<String, crate::i18n::LoadError>| {
            let id = match text {
                Ok(text) => parse_build_id(&text),
                Err(e) => {
                    leptos::logging::warn!("build id: {e}");
                    None
                }
            };
            build.set(Some(id.unwrap_or_else(|| "?".to_owned())));
        },
    );
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    view! {
        <section class="about" aria-labelledby="about-heading">
            <BackLink />
            <h2 id="about-heading">
                <Bi text=t.bi("home-about-title") />
            </h2>
            <p class="privacy-note">
                <Bi text=t.bi("app-privacy-note") />
            </p>
            {
                let t = t.clone();
                move || {
                    build
                        .get()
                        .map(|id| {
                            view! {
                                <p class="about-build" data-build=id.clone()>
                                    <Bi text=t.bi_args("home-about-build", &[("build", Arg::Str(&id))]) />
                                </p>
                            }
                        })
                }
            }
            <p class="about-build-help">
                <Bi text=t.bi("home-about-build-help") />
            </p>
            <p class="about-origin">
                <Bi text=t.bi_args("home-about-origin", &[("origin", Arg::Str(&origin))]) />
            </p>
        </section>
    }
}
