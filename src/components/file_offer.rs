//! A finished file (a PDF, the calendar) offered to the person: print it, share it, or save it
//! as a file. Nothing is written outside the folder until the person presses "Save as file"
//! (a file in Downloads is readable by anyone who holds the phone, #12 §1):
//!
//! - **Print**: the browser's print dialog for the PDF, through a hidden frame showing it; only
//!   where the browser shows PDFs itself (`navigator.pdfViewerEnabled`; elsewhere a PDF in a
//!   frame would be downloaded).
//! - **Share**: the Web Share API with the file (`navigator.canShare({files})`), which hands it
//!   to a printer app or a messenger without a copy in Downloads.
//! - **Save as file**: an explicit choice, with the warning that the file is not protected.
//!
//! The file's object URL lives as long as the offer: it is revoked when the offer is dropped
//! (a new file, leaving the screen, locking).

use std::rc::Rc;

use js_sys::{Array, Function, Object, Reflect};
use leptos::prelude::*;
use ordner_core::i18n::Arg;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::components::bi::Bi;
use crate::components::icon::{Icon, IconName};
use crate::i18n::{BiText, use_texts};
use crate::task::Mounted;

/// The id of the hidden frame that prints a PDF.
const PRINT_FRAME_ID: &str = "print-frame";

/// A finished file held in memory only, with the object URL of its bytes.
#[derive(Debug)]
pub struct Offered {
    blob: web_sys::Blob,
    url: String,
    name: String,
}

impl Offered {
    /// Offers `blob` under the file name `name`.
    ///
    /// # Errors
    /// When the browser refuses the object URL.
    pub fn new(blob: web_sys::Blob, name: String) -> Result<Offered, JsValue> {
        let url = web_sys::Url::create_object_url_with_blob(&blob)?;
        Ok(Offered { blob, url, name })
    }

    /// Offers `bytes` of type `mime` under the file name `name`.
    ///
    /// # Errors
    /// When the browser refuses the Blob or the object URL.
    pub fn from_bytes(bytes: &[u8], mime: &str, name: String) -> Result<Offered, JsValue> {
        let parts = Array::of1(&js_sys::Uint8Array::from(bytes));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
        Offered::new(blob, name)
    }

    /// The object URL (revoked when this is dropped).
    #[must_use]
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The file name offered for saving.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl PartialEq for Offered {
    fn eq(&self, other: &Self) -> bool {
        self.url == other.url
    }
}

impl Drop for Offered {
    fn drop(&mut self) {
        remove_print_frame(&self.url);
        let _ = web_sys::Url::revoke_object_url(&self.url);
    }
}

/// What the offered file is: a PDF can be printed, a calendar file cannot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A PDF (printouts, the recovery sheet, blank folders).
    Pdf,
    /// An `.ics` calendar file.
    Calendar,
}

/// Whether the browser shows PDFs itself (then a frame can print one without a download).
fn pdf_viewer() -> bool {
    web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &JsValue::from_str("pdfViewerEnabled")).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// The Web Share data `{ files: [file], title }` for `offered`, if the browser can share it.
fn share_data(offered: &Offered) -> Option<Object> {
    let navigator = web_sys::window()?.navigator();
    let can_share: Function = Reflect::get(&navigator, &JsValue::from_str("canShare"))
        .ok()?
        .dyn_into()
        .ok()?;
    let options = web_sys::FilePropertyBag::new();
    options.set_type(&offered.blob.type_());
    let file = web_sys::File::new_with_blob_sequence_and_options(
        &Array::of1(&offered.blob),
        &offered.name,
        &options,
    )
    .ok()?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
    Reflect::set(&data, &"title".into(), &JsValue::from_str(&offered.name)).ok()?;
    let can = can_share.call1(&navigator, &data).ok()?.as_bool()?;
    can.then_some(data)
}

/// How sharing ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shared {
    Done,
    /// The person closed the share sheet: nothing to say.
    Cancelled,
    Failed,
}

async fn share(data: Object) -> Shared {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Shared::Failed;
    };
    let Ok(share) = Reflect::get(&navigator, &JsValue::from_str("share"))
        .and_then(|f| f.dyn_into::<Function>().map_err(JsValue::from))
    else {
        return Shared::Failed;
    };
    let Ok(promise) = share.call1(&navigator, &data) else {
        return Shared::Failed;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => Shared::Done,
        Err(e) => {
            let name = Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Failed
            }
        }
    }
}

fn remove_print_frame(url: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(frame) = document.get_element_by_id(PRINT_FRAME_ID)
        && frame.get_attribute("src").as_deref() == Some(url)
    {
        frame.remove();
    }
}

/// Opens the browser's print dialog for the PDF at `url`: a hidden frame shows it, and its
/// window prints once loaded.
fn print_pdf(url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    if let Some(old) = document.get_element_by_id(PRINT_FRAME_ID) {
        old.remove();
    }
    let frame: web_sys::HtmlIFrameElement = document.create_element("iframe")?.unchecked_into();
    frame.set_id(PRINT_FRAME_ID);
    frame.set_attribute("aria-hidden", "true")?;
    frame.set_attribute("tabindex", "-1")?;
    frame.set_class_name("print-frame");
    let target = frame.clone();
    let onload = Closure::once_into_js(move || {
        if let Some(w) = target.content_window() {
            let _ = w.print();
        }
    });
    frame.set_onload(Some(onload.unchecked_ref()));
    frame.set_src(url);
    document
        .body()
        .ok_or_else(|| JsValue::from_str("no body"))?
        .append_child(&frame)?;
    Ok(())
}

/// What the offer says after a choice.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Said {
    Nothing,
    Saved(String),
    Problem(&'static str),
}

/// The offer of a finished file: Print (PDFs, where the browser shows PDFs), Share (where the
/// browser can share files), Save as file (always, after its warning when `personal`).
#[component]
pub fn FileOffer(
    file: Rc<Offered>,
    kind: FileKind,
    /// The file holds the person's data: saving it shows the warning first.
    personal: bool,
) -> impl IntoView {
    let t = use_texts();
    let can_print = kind == FileKind::Pdf && pdf_viewer();
    let share = share_data(&file);
    let can_share = share.is_some();
    let file = StoredValue::new_local(file);
    let share = StoredValue::new_local(share);
    let said = RwSignal::new(Said::Nothing);
    let mounted = Mounted::new();
    let print = move |_| {
        said.set(Said::Nothing);
        if print_pdf(file.with_value(|f| f.url.clone()).as_str()).is_err() {
            said.set(Said::Problem("print-print-failed"));
        }
    };
    let share_click = move |_| {
        said.set(Said::Nothing);
        let Some(data) = share.get_value() else {
            return;
        };
        mounted.spawn(share(data), move |shared| {
            if shared == Shared::Failed {
                said.set(Said::Problem("print-share-failed"));
            }
        });
    };
    let save = move |_| {
        let (url, name) = file.with_value(|f| (f.url.clone(), f.name.clone()));
        match crate::print::save(&url, &name) {
            Ok(()) => said.set(Said::Saved(name)),
            Err(_) => said.set(Said::Problem("print-save-failed")),
        }
    };
    let t2 = t.clone();
    let said_line = move || match said.get() {
        Said::Nothing => None,
        Said::Saved(name) => {
            let id = if personal {
                "print-saved-personal"
            } else {
                "print-saved"
            };
            let text: BiText = t2.bi_args(id, &[("file", Arg::Str(&name))]);
            Some(view! { <Bi text=text /> }.into_any())
        }
        Said::Problem(id) => Some(
            view! {
                <span class="print-error" data-error=id>
                    <Bi text=t2.bi(id) />
                </span>
            }
            .into_any(),
        ),
    };
    let kind_attr = match kind {
        FileKind::Pdf => "pdf",
        FileKind::Calendar => "calendar",
    };
    view! {
        <div class="file-offer" data-kind=kind_attr>
            <p class="vault-hint">
                <Bi text=t.bi("print-ready") />
            </p>
            <div class="file-offer-actions">
                {can_print
                    .then(|| {
                        view! {
                            <button type="button" class="vault-button file-print" on:click=print>
                                <Icon name=IconName::Printer />
                                <Bi text=use_texts().bi("print-print") />
                            </button>
                        }
                    })}
                {can_share
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="vault-button file-share"
                                on:click=share_click
                            >
                                <Icon name=IconName::Share />
                                <Bi text=use_texts().bi("print-share") />
                            </button>
                        }
                    })}
            </div>
            {personal
                .then(|| {
                    view! {
                        <p class="vault-warning file-save-warning">
                            <Icon name=IconName::Warning />
                            <Bi text=use_texts().bi("print-save-warning") />
                        </p>
                    }
                })}
            <button type="button" class="vault-button file-save" on:click=save>
                <Icon name=IconName::Download />
                <Bi text=t.bi("print-save-file") />
            </button>
            <p class="vault-status file-offer-status" role="status">
                {said_line}
            </p>
        </div>
    }
}
