//! Printing: the page's side of the PDF worker (`src/bin/pdf_worker.rs`).
//!
//! The PDF engine (`crates/ordner-pdf`, printpdf + harfrust) is about 1.5 MB of wasm, so it lives
//! in its own Web Worker that the page starts only when the person prints: nothing of it is part
//! of the first download (the service worker caches it, and the fonts, after install, so printing
//! works offline). This module never links `ordner-pdf`; it only speaks the worker's protocol:
//!
//! - worker → page: `"ready"` once its message handler is installed;
//! - page → worker: one request object (see [`Job::to_js`]); document pages (JPEG scans and
//!   whole PDF files, `pages` with `pageKinds` 0 = JPEG, 1 = PDF and `pageTurns` in degrees)
//!   are transferred;
//! - worker → page: `[0, stage, done, total]` progress (stage 0 = fonts and texts, 1 = pages),
//!   then either `[1, pdf: Uint8Array, pages, render_ms, fonts]` (the buffer is transferred;
//!   `fonts` = the font files it fetched, comma-separated) or
//!   `[2, code, index, detail]` (see [`PrintError::from_code`]).
//!
//! [`print`] runs one job in a fresh worker and terminates it afterwards (which frees its
//! memory); [`sources`] is where the other features' records come into the consultation
//! printout.

pub mod sources;

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use ordner_core::TabId;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// The loader Trunk writes for the worker binary (`data-loader-shim`), next to `index.html`.
pub const WORKER_URL: &str = "pdf_worker_loader.js";

/// Where the town content of a folder or printout comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    /// The default content for Germany, no town.
    None,
    /// A pack shipped with the app, by key (`dresden`, ...).
    Builtin(String),
    /// A pack file loaded by the person or office: its name and bytes.
    File { name: String, bytes: Vec<u8> },
}

/// A document chosen for the consultation printout, with its pages in order: JPEG files (passed
/// to the PDF byte for byte) and PDF files (every page of them goes into the printout).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintDocument {
    pub title: String,
    /// Its document type key (`aufenthaltsgestattung`, ...), if any.
    pub doctype: Option<String>,
    pub tab: TabId,
    /// Dates as they are to be printed (`03.02.2026`): the day it was served or received (never
    /// printed as "issued"), the letter's own date, the expiry date.
    pub received: Option<String>,
    pub letter_date: Option<String>,
    pub valid_until: Option<String>,
    pub pages: Vec<PrintPage>,
}

/// One stored page of a document, decrypted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintPage {
    /// A JPEG file.
    Jpeg(Vec<u8>),
    /// A whole PDF file, with the turn (clockwise degrees) the person gave it in the app.
    Pdf { bytes: Vec<u8>, rotation: u16 },
}

impl PrintPage {
    fn bytes(&self) -> &[u8] {
        match self {
            PrintPage::Jpeg(b) | PrintPage::Pdf { bytes: b, .. } => b,
        }
    }
}

/// A deadline or an appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintDated {
    /// Sortable date, `YYYY-MM-DD`.
    pub date: String,
    /// The date as printed (`12.05.2026`).
    pub shown_date: String,
    pub title: String,
    pub note: Option<String>,
}

/// One entry of the consultation log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrintLogEntry {
    /// The date as printed.
    pub date: String,
    /// Who the person saw.
    pub with: String,
    pub summary: String,
}

/// What the person chose for the consultation printout.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConsultChoice {
    pub tabs: Vec<TabId>,
    /// Keys of ticked checklist items (empty when the person does not show them).
    pub checked: Vec<String>,
    pub name: Option<String>,
    pub notes: Option<String>,
    pub documents: Vec<PrintDocument>,
    pub deadlines: Vec<PrintDated>,
    pub appointments: Vec<PrintDated>,
    pub log: Vec<PrintLogEntry>,
    /// Keys of the town's contacts the chosen appointments name (#13 §11): the printout lists
    /// them first among its contacts.
    pub contacts: Vec<String>,
}

/// One thing to print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Job {
    /// The blank folder for offices, German + `lang`.
    Blank { lang: String, pack: PackSource },
    /// The recovery sheet: the key as shown, its QR code (rows of modules, `true` = dark).
    Recovery {
        lang: String,
        key: String,
        qr: Vec<Vec<bool>>,
    },
    /// The consultation printout.
    Consult {
        lang: String,
        pack: PackSource,
        choice: ConsultChoice,
    },
}

/// Today as printed on documents: `21.11.2026`.
pub fn today_shown() -> String {
    crate::browser::today().map_or_else(String::new, ordner_core::date::Date::to_german)
}

fn set(obj: &Object, key: &str, value: &JsValue) {
    let _ = Reflect::set(obj, &JsValue::from_str(key), value);
}

fn opt_str(value: Option<&String>) -> JsValue {
    value.map_or(JsValue::UNDEFINED, |s| JsValue::from_str(s))
}

fn str_array<'a>(items: impl IntoIterator<Item = &'a str>) -> Array {
    items.into_iter().map(JsValue::from_str).collect()
}

fn pack_to_js(obj: &Object, pack: &PackSource, transfer: &Array) {
    match pack {
        PackSource::None => {}
        PackSource::Builtin(key) => set(obj, "packBuiltin", &JsValue::from_str(key)),
        PackSource::File { name, bytes } => {
            let array = Uint8Array::from(bytes.as_slice());
            transfer.push(&array.buffer());
            set(obj, "packName", &JsValue::from_str(name));
            set(obj, "packBytes", &array);
        }
    }
}

fn dated_to_js(list: &[PrintDated]) -> Array {
    list.iter()
        .map(|d| {
            let o = Object::new();
            set(&o, "date", &JsValue::from_str(&d.date));
            set(&o, "shown", &JsValue::from_str(&d.shown_date));
            set(&o, "title", &JsValue::from_str(&d.title));
            set(&o, "note", &opt_str(d.note.as_ref()));
            JsValue::from(o)
        })
        .collect()
}

impl Job {
    /// The request object for the worker, and the buffers to transfer with it.
    pub fn to_js(&self) -> (Object, Array) {
        let obj = Object::new();
        let transfer = Array::new();
        set(&obj, "date", &JsValue::from_str(&today_shown()));
        match self {
            Job::Blank { lang, pack } => {
                set(&obj, "kind", &JsValue::from_str("blank"));
                set(&obj, "lang", &JsValue::from_str(lang));
                pack_to_js(&obj, pack, &transfer);
            }
            Job::Recovery { lang, key, qr } => {
                set(&obj, "kind", &JsValue::from_str("recovery"));
                set(&obj, "lang", &JsValue::from_str(lang));
                set(&obj, "key", &JsValue::from_str(key));
                let flat: Vec<u8> = qr.iter().flatten().map(|&dark| u8::from(dark)).collect();
                set(&obj, "qr", &Uint8Array::from(flat.as_slice()));
                set(&obj, "qrSize", &JsValue::from(qr.len() as u32));
            }
            Job::Consult { lang, pack, choice } => {
                set(&obj, "kind", &JsValue::from_str("consult"));
                set(&obj, "lang", &JsValue::from_str(lang));
                pack_to_js(&obj, pack, &transfer);
                set(
                    &obj,
                    "tabs",
                    &str_array(choice.tabs.iter().map(|t| t.key())),
                );
                set(
                    &obj,
                    "checked",
                    &str_array(choice.checked.iter().map(String::as_str)),
                );
                set(&obj, "name", &opt_str(choice.name.as_ref()));
                set(&obj, "notes", &opt_str(choice.notes.as_ref()));
                let docs: Array = choice
                    .documents
                    .iter()
                    .map(|d| {
                        let o = Object::new();
                        set(&o, "title", &JsValue::from_str(&d.title));
                        set(&o, "doctype", &opt_str(d.doctype.as_ref()));
                        set(&o, "tab", &JsValue::from_str(d.tab.key()));
                        set(&o, "received", &opt_str(d.received.as_ref()));
                        set(&o, "letterDate", &opt_str(d.letter_date.as_ref()));
                        set(&o, "validUntil", &opt_str(d.valid_until.as_ref()));
                        let pages: Array = d
                            .pages
                            .iter()
                            .map(|p| {
                                let a = Uint8Array::from(p.bytes());
                                transfer.push(&a.buffer());
                                JsValue::from(a)
                            })
                            .collect();
                        set(&o, "pages", &pages);
                        let (kinds, turns): (Array, Array) = d
                            .pages
                            .iter()
                            .map(|p| match p {
                                PrintPage::Jpeg(_) => (JsValue::from(0), JsValue::from(0)),
                                PrintPage::Pdf { rotation, .. } => {
                                    (JsValue::from(1), JsValue::from(*rotation))
                                }
                            })
                            .unzip();
                        set(&o, "pageKinds", &kinds);
                        set(&o, "pageTurns", &turns);
                        JsValue::from(o)
                    })
                    .collect();
                set(&obj, "documents", &docs);
                set(&obj, "deadlines", &dated_to_js(&choice.deadlines));
                set(&obj, "appointments", &dated_to_js(&choice.appointments));
                let log: Array = choice
                    .log
                    .iter()
                    .map(|l| {
                        let o = Object::new();
                        set(&o, "date", &JsValue::from_str(&l.date));
                        set(&o, "with", &JsValue::from_str(&l.with));
                        set(&o, "summary", &JsValue::from_str(&l.summary));
                        JsValue::from(o)
                    })
                    .collect();
                set(&obj, "log", &log);
                set(
                    &obj,
                    "contacts",
                    &str_array(choice.contacts.iter().map(String::as_str)),
                );
            }
        }
        (obj, transfer)
    }
}

/// What went wrong while printing. Each maps to a translated message ([`Self::message_id`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintError {
    /// The worker could not be started or crashed (e.g. out of memory).
    Worker,
    /// Fonts or texts could not be loaded: offline before they were ever cached.
    Offline,
    /// A font file is damaged or missing.
    Font,
    /// The town pack cannot be read.
    Pack,
    /// A scanned page is not a JPEG the printout can use (1-based, over all pages).
    Scan(u32),
    /// Anything else inside the engine (the detail is logged to the console).
    Internal,
}

impl PrintError {
    /// Maps the worker's error code (see `src/bin/pdf_worker.rs`).
    pub fn from_code(code: u32, index: u32) -> PrintError {
        match code {
            1 => PrintError::Offline,
            2 => PrintError::Font,
            3 => PrintError::Pack,
            4 => PrintError::Scan(index),
            _ => PrintError::Internal,
        }
    }

    pub fn message_id(&self) -> &'static str {
        match self {
            PrintError::Worker => "print-error-worker",
            PrintError::Offline => "print-error-offline",
            PrintError::Font => "print-error-font",
            PrintError::Pack => "print-error-pack",
            PrintError::Scan(_) => "print-error-scan",
            PrintError::Internal => "print-error-internal",
        }
    }
}

/// A progress report of the worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// 0: loading fonts and texts; 1: setting pages.
    pub stage: u8,
    pub done: u32,
    pub total: u32,
}

impl Progress {
    /// Overall share done, 0..=1000 (loading counts for the first fifth).
    pub fn permille(self) -> u32 {
        let part = (self.done.min(self.total) * 1000)
            .checked_div(self.total)
            .unwrap_or(0);
        match self.stage {
            0 => part / 5,
            _ => 200 + part * 4 / 5,
        }
    }
}

/// A finished PDF, held by the page as a Blob.
#[derive(Debug, Clone)]
pub struct Printed {
    pub blob: web_sys::Blob,
    pub bytes: u32,
    pub pages: u32,
    /// From starting the worker to having the PDF, in ms.
    pub total_ms: f64,
    /// The engine's own time inside the worker, in ms.
    pub render_ms: f64,
    /// The font files the worker fetched, comma-separated (only those of the scripts in use).
    pub fonts: String,
}

/// Terminates the worker when dropped (also when the future is dropped midway).
struct Running {
    worker: Worker,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// Runs one job in a fresh PDF worker, reporting progress, and returns the PDF.
///
/// # Errors
/// [`PrintError`]: the worker could not start, the fonts could not be fetched, the engine
/// refused the input.
pub async fn print(
    job: &Job,
    on_progress: impl Fn(Progress) + 'static,
) -> Result<Printed, PrintError> {
    let started = crate::browser::now_precise();
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(WORKER_URL, &options).map_err(|e| {
        leptos::logging::error!("cannot start the PDF worker: {e:?}");
        PrintError::Worker
    })?;
    let running = Running { worker };
    let request = Rc::new(RefCell::new(Some(job.to_js())));
    let on_progress = Rc::new(on_progress);
    let mut handler: Option<Closure<dyn FnMut(MessageEvent)>> = None;
    let result = Promise::new(&mut |resolve, reject| {
        let worker = running.worker.clone();
        let request = request.clone();
        let on_progress = on_progress.clone();
        running.worker.set_onerror(Some(&reject));
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some("ready") {
                if let Some((obj, transfer)) = request.borrow_mut().take()
                    && let Err(e) = worker.post_message_with_transfer(&obj, &transfer)
                {
                    let _ = reject.call1(&JsValue::NULL, &e);
                }
                return;
            }
            let Ok(message) = data.dyn_into::<Array>() else {
                return;
            };
            if message.get(0).as_f64() == Some(0.0) {
                let num = |i: u32| message.get(i).as_f64().unwrap_or(0.0) as u32;
                on_progress(Progress {
                    stage: num(1) as u8,
                    done: num(2),
                    total: num(3),
                });
            } else {
                let _ = resolve.call1(&JsValue::NULL, &message);
            }
        });
        running
            .worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        handler = Some(on_message);
    });
    let reply = JsFuture::from(result).await;
    drop(running); // terminate now: frees the engine's memory
    drop(handler);
    let reply: Array = reply
        .map_err(|e| {
            leptos::logging::error!("PDF worker failed: {e:?}");
            PrintError::Worker
        })?
        .dyn_into()
        .map_err(|_| PrintError::Worker)?;
    let num = |i: u32| reply.get(i).as_f64().unwrap_or(0.0);
    match reply.get(0).as_f64() {
        Some(1.0) => {
            let pdf = Uint8Array::new(&reply.get(1));
            let bytes = pdf.length();
            let parts = Array::of1(&pdf);
            let options = web_sys::BlobPropertyBag::new();
            options.set_type("application/pdf");
            let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
                .map_err(|_| PrintError::Internal)?;
            Ok(Printed {
                blob,
                bytes,
                pages: num(2) as u32,
                total_ms: crate::browser::now_precise() - started,
                render_ms: num(3),
                fonts: reply.get(4).as_string().unwrap_or_default(),
            })
        }
        Some(2.0) => {
            let detail = reply.get(3).as_string().unwrap_or_default();
            leptos::logging::error!("PDF worker: {detail}");
            Err(PrintError::from_code(num(1) as u32, num(2) as u32))
        }
        _ => Err(PrintError::Worker),
    }
}

/// A file name for a PDF: `mein-ordner-<what>-<lang>-YYYY-MM-DD.pdf`.
pub fn file_name(what: &str, lang: &str) -> String {
    format!(
        "mein-ordner-{what}-{lang}-{}.pdf",
        crate::browser::today_iso()
    )
}
