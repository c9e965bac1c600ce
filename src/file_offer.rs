//! A finished file (a PDF, the calendar) held in memory and handed on only the way the person
//! chooses (#12 §1; what is offered is decided by [`ordner_core::offer`]):
//!
//! - **Print** ([`print_pdf`]): a hidden frame shows the PDF and its window opens the print
//!   dialog; only where the browser shows PDFs itself (`navigator.pdfViewerEnabled`; elsewhere a
//!   PDF in a frame would be downloaded). The page's CSP allows `frame-src blob:` for this.
//! - **Share** ([`share`]): the Web Share API with the file, where `navigator.canShare` accepts
//!   it; it hands the file to a printer app or a messenger without a copy in Downloads.
//! - **Save as file** ([`Offered::save`]): a link with `download`, only when pressed.
//!
//! The bytes live in a Blob behind an [`ObjectUrl`]: revoked when the offer is dropped (a new
//! file, leaving the screen) and, with every other object URL, on lock
//! ([`crate::object_url::revoke_all`], which also removes the print frame).

use js_sys::{Array, Function, Object, Reflect};
use ordner_core::offer::{Platform, ShareOutcome, share_outcome};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::object_url::{ObjectUrl, PRINT_FRAME_CLASS};

/// The id of the frame that prints a PDF (one at a time).
const PRINT_FRAME_ID: &str = "print-frame";

/// A finished file held in memory only.
#[derive(Debug)]
pub struct Offered {
    blob: web_sys::Blob,
    url: ObjectUrl,
    name: String,
}

impl Offered {
    /// Offers `blob` under the file name `name`.
    ///
    /// # Errors
    /// When the browser refuses the object URL.
    pub fn new(blob: web_sys::Blob, name: String) -> Result<Offered, JsValue> {
        let url = ObjectUrl::of_blob(&blob)?;
        Ok(Offered { blob, url, name })
    }

    /// Offers `bytes` of type `mime` under the file name `name`.
    ///
    /// # Errors
    /// When the browser refuses the Blob or the object URL.
    pub fn from_bytes(bytes: &[u8], mime: &str, name: String) -> Result<Offered, JsValue> {
        Offered::new(crate::scan::bytes_blob(bytes, mime)?, name)
    }

    /// The object URL (revoked when this is dropped, or on lock).
    #[must_use]
    pub fn url(&self) -> &str {
        self.url.url()
    }

    /// The file name offered for saving and sharing.
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What this browser can do with this file.
    #[must_use]
    pub fn platform(&self) -> Platform {
        Platform {
            pdf_viewer: pdf_viewer(),
            can_share_file: self.share_data().is_some(),
        }
    }

    /// Saves the file under its name (the person pressed "Save as file").
    ///
    /// # Errors
    /// When the browser refuses the link.
    pub fn save(&self) -> Result<(), JsValue> {
        crate::browser::save_url(self.url(), &self.name)
    }

    /// Opens the print dialog for the PDF.
    ///
    /// # Errors
    /// When the browser refuses the frame.
    pub fn print(&self) -> Result<(), JsValue> {
        print_pdf(self.url())
    }

    /// The Web Share data `{ files: [file], title }`, if the browser can share this file.
    fn share_data(&self) -> Option<Object> {
        let navigator = web_sys::window()?.navigator();
        let can_share: Function = Reflect::get(&navigator, &JsValue::from_str("canShare"))
            .ok()?
            .dyn_into()
            .ok()?;
        let options = web_sys::FilePropertyBag::new();
        options.set_type(&self.blob.type_());
        let file = web_sys::File::new_with_blob_sequence_and_options(
            &Array::of1(&self.blob),
            &self.name,
            &options,
        )
        .ok()?;
        let data = Object::new();
        Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
        Reflect::set(&data, &"title".into(), &JsValue::from_str(&self.name)).ok()?;
        let can = can_share.call1(&navigator, &data).ok()?.as_bool()?;
        can.then_some(data)
    }

    /// Hands the file to the system's share sheet.
    pub async fn share(&self) -> ShareOutcome {
        match self.share_data() {
            Some(data) => share(data).await,
            None => ShareOutcome::Failed,
        }
    }
}

impl PartialEq for Offered {
    fn eq(&self, other: &Self) -> bool {
        self.url() == other.url()
    }
}

impl Drop for Offered {
    fn drop(&mut self) {
        remove_print_frame(self.url());
    }
}

/// Whether the browser shows PDFs itself (then a frame can print one, and a tab open one,
/// without a download).
#[must_use]
pub fn pdf_viewer() -> bool {
    web_sys::window()
        .and_then(|w| Reflect::get(&w.navigator(), &JsValue::from_str("pdfViewerEnabled")).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// `navigator.share(data)`, with its outcome.
async fn share(data: Object) -> ShareOutcome {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return ShareOutcome::Failed;
    };
    let Ok(share) = Reflect::get(&navigator, &JsValue::from_str("share"))
        .and_then(|f| f.dyn_into::<Function>())
    else {
        return ShareOutcome::Failed;
    };
    let Ok(promise) = share.call1(&navigator, &data) else {
        return ShareOutcome::Failed;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await {
        Ok(_) => share_outcome(None),
        Err(e) => {
            let name = Reflect::get(&e, &JsValue::from_str("name"))
                .ok()
                .and_then(|n| n.as_string());
            share_outcome(Some(name.as_deref().unwrap_or("")))
        }
    }
}

/// Removes the print frame if it shows `url`.
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
/// window prints once loaded. The frame stays (printing may still read it) until the next
/// print, the offer's end or a lock.
fn print_pdf(url: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    if let Some(old) = document.get_element_by_id(PRINT_FRAME_ID) {
        old.remove();
    }
    let frame: web_sys::HtmlIFrameElement = document.create_element("iframe")?.unchecked_into();
    frame.set_id(PRINT_FRAME_ID);
    frame.set_class_name(PRINT_FRAME_CLASS);
    frame.set_attribute("aria-hidden", "true")?;
    frame.set_attribute("tabindex", "-1")?;
    let target = frame.clone();
    let onload = Closure::once_into_js(move || {
        if let Some(w) = target.content_window()
            && let Err(e) = w.print()
        {
            leptos::logging::warn!("print frame: {e:?}");
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
