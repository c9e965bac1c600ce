//! The "create PDF" button every print screen uses: starts the PDF worker (loaded only now),
//! shows its progress as a bar, then saves the PDF and offers to open or save it again. Errors
//! are shown translated; nothing is sent anywhere.

use std::future::Future;

use leptos::prelude::*;
use ordner_core::i18n::Arg;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::{BiText, use_texts};
use crate::print::{Job, PrintError, Progress};

/// Where a print job stands.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Running(Option<Progress>),
    Done {
        url: String,
        file: String,
        bytes: u32,
        pages: u32,
        total_ms: f64,
        render_ms: f64,
        fonts: String,
    },
    Failed(PrintError),
}

fn revoke(state: &State) {
    if let State::Done { url, .. } = state {
        let _ = web_sys::Url::revoke_object_url(url);
    }
}

/// `make` builds the job when the button is pressed (it may load records first); `file` names
/// the PDF (`mein-ordner-<file>-<lang>-<date>.pdf`); `disabled` greys the button out (e.g. no
/// tab chosen).
#[component]
pub fn PrintAction<F, Fut>(
    make: F,
    file: &'static str,
    label: BiText,
    #[prop(into, optional)] disabled: Signal<bool>,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(Job, String), PrintError>> + 'static,
{
    let t = use_texts();
    let state = RwSignal::new(State::Idle);
    on_cleanup(move || state.with_untracked(revoke));
    let running = move || matches!(state.get(), State::Running(_));
    let start = move |_| {
        if running() {
            return;
        }
        state.update(|s| {
            revoke(s);
            *s = State::Running(None);
        });
        let make = make.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = async {
                let (job, lang) = make().await?;
                let printed = crate::print::print(job, move |p| {
                    state.set(State::Running(Some(p)));
                })
                .await?;
                let url = web_sys::Url::create_object_url_with_blob(&printed.blob)
                    .map_err(|_| PrintError::Internal)?;
                let name = crate::print::file_name(file, &lang);
                if let Err(e) = crate::print::save(&url, &name) {
                    leptos::logging::error!("saving the PDF: {e:?}");
                }
                Ok::<_, PrintError>(State::Done {
                    url,
                    file: name,
                    bytes: printed.bytes,
                    pages: printed.pages,
                    total_ms: printed.total_ms,
                    render_ms: printed.render_ms,
                    fonts: printed.fonts,
                })
            }
            .await;
            let next = result.unwrap_or_else(State::Failed);
            // The screen may be gone: then free the PDF at once.
            if state.try_set(next.clone()).is_some() {
                revoke(&next);
            }
        });
    };

    let status = move || {
        let t = t.clone();
        match state.get() {
            State::Idle => ().into_any(),
            State::Running(p) => {
                let (label, value) = match p {
                    Some(p) if p.stage == 1 => (t.bi("print-working-pages"), p.permille()),
                    Some(p) => (t.bi("print-working-load"), p.permille()),
                    None => (t.bi("print-working-start"), 0),
                };
                view! {
                    <div class="print-status" role="status" aria-live="polite">
                        <progress
                            id="print-progress"
                            max="1000"
                            value=value
                            aria-label=label.de.clone()
                        ></progress>
                        <p>
                            <Bi text=label />
                        </p>
                    </div>
                }
                .into_any()
            }
            State::Done {
                url,
                file,
                bytes,
                pages,
                total_ms,
                render_ms,
                fonts,
            } => {
                let size = crate::vault::format_bytes(f64::from(bytes));
                let seconds = format!("{:.1}", total_ms / 1000.0);
                let done = t.bi_args(
                    "print-done",
                    &[
                        ("pages", Arg::Num(f64::from(pages))),
                        ("size", Arg::Str(&size)),
                        ("seconds", Arg::Str(&seconds)),
                    ],
                );
                view! {
                    <div
                        class="print-status print-done"
                        id="print-result"
                        role="status"
                        data-bytes=bytes
                        data-pages=pages
                        data-ms=format!("{total_ms:.0}")
                        data-render-ms=format!("{render_ms:.0}")
                        data-fonts=fonts
                    >
                        <p>
                            <Icon name=IconName::Check />
                            <Bi text=done />
                        </p>
                        <p class="print-links">
                            <a
                                class="button-link print-open"
                                href=url.clone()
                                target="_blank"
                                rel="noopener"
                            >
                                <Icon name=IconName::Document />
                                <Bi text=t.bi("print-open") />
                            </a>
                            <a class="button-link print-save" href=url download=file>
                                <Icon name=IconName::Download />
                                <Bi text=t.bi("print-save") />
                            </a>
                        </p>
                    </div>
                }
                .into_any()
            }
            State::Failed(e) => {
                let text = match e {
                    PrintError::Scan(index) => {
                        t.bi_args(e.message_id(), &[("index", Arg::Num(f64::from(index)))])
                    }
                    _ => t.bi(e.message_id()),
                };
                view! {
                    <p class="print-status print-error" role="alert" data-error=e.message_id()>
                        <Icon name=IconName::Warning />
                        <Bi text=text />
                    </p>
                }
                .into_any()
            }
        }
    };

    view! {
        <div class="print-action">
            <button
                type="button"
                class="primary print-button"
                on:click=start
                disabled=move || running() || disabled.get()
                aria-busy=move || running().then_some("true")
            >
                <Icon name=IconName::Printer />
                <Bi text=label />
            </button>
            {status}
        </div>
    }
}
