//! The "create PDF" button every print screen uses: starts the PDF worker (loaded only now),
//! shows its progress as a bar, then offers the PDF to print, share or save
//! ([`FileOffer`]): nothing is saved until the person chooses it. Errors are shown translated;
//! nothing is sent anywhere.

use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use ordner_core::i18n::{Arg, format_bytes, format_decimal};

use crate::components::bi::Bi;
use ordner_core::offer::{Contents, FileKind};

use crate::components::file_offer::FileOffer;
use crate::components::icon::{Icon, IconName};
use crate::file_offer::Offered;
use crate::i18n::{BiText, use_texts};
use crate::print::{Job, PrintError, Progress};

/// Where a print job stands.
#[derive(Debug, Clone, PartialEq)]
enum State {
    Idle,
    Running(Option<Progress>),
    Done {
        file: Rc<Offered>,
        bytes: u32,
        pages: u32,
        total_ms: f64,
        render_ms: f64,
        fonts: String,
    },
    Failed(PrintError),
}

/// `make` builds the job when the button is pressed (it may load records first); `file` names
/// the PDF (`mein-ordner-<file>-<lang>-<date>.pdf`); `disabled` greys the button out (e.g. no
/// tab chosen); `contents` says whose data the PDF holds (saving a personal one warns first).
#[component]
pub fn PrintAction<F, Fut>(
    make: F,
    file: &'static str,
    label: BiText,
    #[prop(into, optional)] disabled: Signal<bool>,
    #[prop(default = Contents::Personal)] contents: Contents,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<(Job, String), PrintError>> + 'static,
{
    let t = use_texts();
    // The finished PDF (its object URL) is dropped, and so revoked, with the state: by the next
    // run or by leaving the screen. Locking revokes every object URL at once
    // (`crate::object_url::revoke_all`); the offer then goes too.
    let state: RwSignal<State, LocalStorage> = RwSignal::new_local(State::Idle);
    let vault = crate::vault::use_vault();
    Effect::new(move |was_open: Option<bool>| {
        let open = vault.is_unlocked();
        if was_open == Some(true) && !open {
            state.set(State::Idle);
        }
        open
    });
    let running = move || matches!(state.get(), State::Running(_));
    let start = move |_| {
        if running() {
            return;
        }
        state.set(State::Running(None));
        let make = make.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = async {
                let (job, lang) = make().await?;
                let printed = crate::print::print(job, move |p| {
                    let _ = state.try_set(State::Running(Some(p)));
                })
                .await?;
                let name = crate::print::file_name(file, &lang);
                let offered = Offered::new(printed.blob, name).map_err(|_| PrintError::Internal)?;
                Ok::<_, PrintError>(State::Done {
                    file: Rc::new(offered),
                    bytes: printed.bytes,
                    pages: printed.pages,
                    total_ms: printed.total_ms,
                    render_ms: printed.render_ms,
                    fonts: printed.fonts,
                })
            }
            .await;
            // The screen may be gone: then the PDF is dropped (and its URL revoked) at once.
            let _ = state.try_set(result.unwrap_or_else(State::Failed));
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
                file,
                bytes,
                pages,
                total_ms,
                render_ms,
                fonts,
            } => {
                let url = file.url().to_owned();
                let done = t.bi_args_each("print-done", |lang| {
                    vec![
                        ("pages", pages.to_string()),
                        ("size", format_bytes(f64::from(bytes), lang)),
                        ("seconds", format_decimal(total_ms / 1000.0, 1, lang)),
                    ]
                });
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
                        data-url=url
                    >
                        <p>
                            <Icon name=IconName::Check />
                            <Bi text=done />
                        </p>
                        <FileOffer file=file kind=FileKind::Pdf contents=contents />
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
