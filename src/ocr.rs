//! The page's side of the text-recognition worker (`public/ocr/ocr-worker.js`; its messages are
//! decoded by `ordner_letter::ocr_protocol`, version 1).
//!
//! A [`Recogniser`] starts the module worker and reads one page image after the other; progress
//! (the one-time download of the engine and the model, then the recognition) goes to a callback.
//! Dropping the recogniser, or the future of [`Recogniser::recognise`], terminates the worker:
//! that is how a reading is cancelled. The image bytes are the decrypted page, handed to the
//! worker by transfer; nothing is written anywhere and nothing leaves the origin.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Function, Promise, Uint8Array};
use ordner_letter::ocr_protocol::{Failure, RECOGNISE, Stage, WorkerMessage};
use ordner_letter::page_text::PageText;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// Our worker, next to the engine's files in `ocr/`.
pub const WORKER_URL: &str = "ocr/ocr-worker.js";
/// Written by `build/ocr-files.sh`: bytes per file.
pub const SIZES_URL: &str = "ocr/sizes.txt";
/// What the stored page texts say recognised them.
pub const ENGINE: &str = "tesseract-wasm 0.11.0, deu 4.0.0 best_int";

/// Why a page could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OcrError {
    /// The worker could not start or crashed.
    Worker,
    /// The engine's files could not be fetched (offline before the first use).
    Download,
    /// The image cannot be read.
    Image,
    /// The engine failed on this page.
    Recognition,
}

impl OcrError {
    /// The Fluent message for the person.
    pub fn message_id(self) -> &'static str {
        match self {
            OcrError::Worker | OcrError::Recognition => "letter-error-recognition",
            OcrError::Download => "letter-error-download",
            OcrError::Image => "letter-error-image",
        }
    }
}

type Slot = Rc<RefCell<Option<(Function, Function)>>>;

/// A running worker; terminated when dropped.
pub struct Recogniser {
    worker: Worker,
    /// The resolve/reject of the page being read.
    pending: Slot,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(JsValue)>,
}

impl Drop for Recogniser {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

impl Recogniser {
    /// Starts the worker; `on_progress(stage, done, total)` hears every progress message.
    ///
    /// # Errors
    /// [`OcrError::Worker`] if the browser cannot start a module worker.
    pub fn start(on_progress: impl Fn(Stage, u64, u64) + 'static) -> Result<Recogniser, OcrError> {
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(WORKER_URL, &options).map_err(|e| {
            leptos::logging::error!("cannot start the text-recognition worker: {e:?}");
            OcrError::Worker
        })?;
        let pending: Slot = Rc::new(RefCell::new(None));
        let on_message = {
            let pending = pending.clone();
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let text = event.data().as_string().unwrap_or_default();
                if let Ok(WorkerMessage::Progress { stage, done, total }) =
                    WorkerMessage::decode(&text)
                {
                    on_progress(stage, done, total);
                    return;
                }
                if let Some((resolve, _)) = pending.borrow_mut().take() {
                    let _ = resolve.call1(&JsValue::NULL, &JsValue::from_str(&text));
                }
            })
        };
        let on_error = {
            let pending = pending.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                leptos::logging::error!("text-recognition worker failed: {event:?}");
                if let Some((_, reject)) = pending.borrow_mut().take() {
                    let _ = reject.call1(&JsValue::NULL, &event);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Recogniser {
            worker,
            pending,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Stops the worker now (the page being read fails with [`OcrError::Worker`]).
    pub fn cancel(&self) {
        self.worker.terminate();
        if let Some((_, reject)) = self.pending.borrow_mut().take() {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("cancelled"));
        }
    }

    /// Reads one page image (JPEG or PNG bytes).
    ///
    /// # Errors
    /// [`OcrError`]: the download, the image, the engine or the worker failed.
    pub async fn recognise(&self, image: &[u8], now_ms: u64) -> Result<PageText, OcrError> {
        let pending = self.pending.clone();
        let answer = Promise::new(&mut |resolve, reject| {
            *pending.borrow_mut() = Some((resolve, reject));
        });
        let bytes = Uint8Array::from(image);
        let buffer = bytes.buffer();
        self.worker
            .post_message_with_transfer(
                &Array::of2(&JsValue::from_str(RECOGNISE), &buffer),
                &Array::of1(&buffer),
            )
            .map_err(|_| OcrError::Worker)?;
        let reply = JsFuture::from(answer).await.map_err(|_| OcrError::Worker)?;
        let text = reply.as_string().ok_or(OcrError::Worker)?;
        match WorkerMessage::decode(&text) {
            Ok(WorkerMessage::Result {
                width,
                height,
                words,
                text,
            }) => Ok(PageText::from_recognition(
                ENGINE, text, &words, width, height, now_ms,
            )),
            Ok(WorkerMessage::Error { failure, detail }) => {
                leptos::logging::warn!("text recognition: {detail}");
                Err(match failure {
                    Failure::Fetch => OcrError::Download,
                    Failure::Image => OcrError::Image,
                    Failure::Recognition | Failure::Request => OcrError::Recognition,
                })
            }
            Ok(WorkerMessage::Progress { .. }) | Err(_) => Err(OcrError::Worker),
        }
    }
}

/// The bytes the first reading downloads (engine with SIMD + model), from `ocr/sizes.txt`.
pub async fn download_size() -> Option<u64> {
    let sizes = crate::i18n::fetch_text(SIZES_URL).await.ok()?;
    let size = |name: &str| {
        sizes.lines().find_map(|l| {
            l.strip_prefix(name)?
                .strip_prefix(' ')?
                .trim()
                .parse::<u64>()
                .ok()
        })
    };
    Some(size("tesseract-core.wasm")? + size("deu.traineddata.gz")? + size("lib.js").unwrap_or(0))
}
