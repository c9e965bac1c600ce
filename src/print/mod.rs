//! Printing: the page's side of the PDF worker (`src/bin/pdf_worker.rs`).
//!
//! The PDF engine (`crates/ordner-pdf`, printpdf + harfrust) is about 1.5 MB of wasm, so it lives
//! in its own Web Worker that the page starts only when the person prints: nothing of it is part
//! of the first download (the service worker caches it, and the fonts, after install, so printing
//! works offline). This module never links `ordner-pdf`; it speaks the worker's protocol,
//! `ordner_protocol::pdf` (its [`Job`] and the consultation printout's parts are re-exported
//! here), through [`crate::worker`].
//!
//! [`print`] runs one job in a fresh worker and terminates it afterwards (which frees its
//! memory); [`sources`] is where the other features' records come into the consultation
//! printout.

pub mod sources;

use ordner_protocol::pdf::{self, Pdf};

pub use ordner_protocol::pdf::{
    ConsultChoice, ConsultDocument, ConsultPage, DatedEntry, Job, LogEntry, PackSource, Progress,
};

use crate::worker::WorkerError;

/// The loader Trunk writes for the worker binary (`data-loader-shim`), next to `index.html`.
pub const WORKER_URL: &str = "pdf_worker_loader.js";

/// Today as printed on documents: `21.11.2026`.
pub fn today_shown() -> String {
    crate::browser::today().map_or_else(String::new, ordner_core::date::Date::to_german)
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

impl From<pdf::Error> for PrintError {
    fn from(e: pdf::Error) -> PrintError {
        match e {
            pdf::Error::Offline => PrintError::Offline,
            pdf::Error::Font => PrintError::Font,
            pdf::Error::Pack => PrintError::Pack,
            pdf::Error::Scan(index) => PrintError::Scan(index),
            pdf::Error::Internal => PrintError::Internal,
        }
    }
}

impl From<WorkerError<pdf::Error>> for PrintError {
    fn from(e: WorkerError<pdf::Error>) -> PrintError {
        match e {
            WorkerError::Crashed | WorkerError::Protocol(_) => PrintError::Worker,
            WorkerError::Failed(e) => e.into(),
        }
    }
}

impl PrintError {
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

/// Runs one job in a fresh PDF worker, reporting progress, and returns the PDF.
///
/// # Errors
/// [`PrintError`]: the worker could not start, the fonts could not be fetched, the engine
/// refused the input.
pub async fn print(
    job: Job,
    on_progress: impl Fn(Progress) + 'static,
) -> Result<Printed, PrintError> {
    let started = crate::browser::now_precise();
    let request = pdf::Request {
        printed_on: today_shown(),
        job,
    };
    let received = crate::worker::run::<Pdf>(WORKER_URL, request, on_progress).await?;
    let done = received.message;
    // The PDF stays a JS buffer: it becomes the Blob without passing through wasm memory.
    let [pdf] = received.blobs.as_slice() else {
        leptos::logging::error!("PDF worker: {} blobs", received.blobs.len());
        return Err(PrintError::Worker);
    };
    let bytes = pdf.length();
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/pdf");
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&js_sys::Array::of1(pdf), &options)
            .map_err(|_| PrintError::Internal)?;
    Ok(Printed {
        blob,
        bytes,
        pages: done.pages,
        total_ms: crate::browser::now_precise() - started,
        render_ms: done.render_ms,
        fonts: done.fonts.join(","),
    })
}

/// A file name for a PDF: `mein-ordner-<what>-<lang>-YYYY-MM-DD.pdf`.
pub fn file_name(what: &str, lang: &str) -> String {
    format!(
        "mein-ordner-{what}-{lang}-{}.pdf",
        crate::browser::today_iso()
    )
}
