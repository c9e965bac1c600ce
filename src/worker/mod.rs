//! The one way the app talks to its Web Workers, both sides of `postMessage`.
//!
//! Each worker speaks a typed protocol of `ordner-protocol` (`ordner_protocol::pdf`,
//! `ordner_protocol::kdf`). A frame crosses as a JS array `[header, ...blobs]` of `Uint8Array`s,
//! every buffer transferred (not copied); received blobs are copied into Rust and then zeroed
//! ([`frame`], the same code on both sides).
//!
//! - Page: [`run`] starts a fresh module worker, waits for its `READY`, posts the request,
//!   hands progress to a callback, returns the result and terminates the worker (which frees
//!   its memory, e.g. Argon2's 64 MiB).
//! - Worker (`src/bin/*_worker.rs`): `serve.rs` installs the message handler, answers each
//!   request with the handler's result, and posts `READY`. It is not part of this crate: each
//!   worker binary compiles `frame.rs` and `serve.rs` in by `#[path]`, so that a worker never
//!   links the app's library (with it, every dependency's wasm-bindgen exports would come along:
//!   the key-derivation worker grew from 161 to 208 KB that way).

mod frame;

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Promise, Uint8Array};
use ordner_protocol::{
    Failure, Message, Protocol, ProtocolError, READY, Reply, attach, decode_header, encode,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use frame::{from_js, malformed, take, to_js};

/// Why a worker gave no result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerError<E> {
    /// It could not be started, or it crashed (for example out of memory).
    Crashed,
    /// A message could not be encoded or read (page and worker of different builds).
    Protocol(ProtocolError),
    /// It answered with an error.
    Failed(E),
}

/// A worker's result whose blobs are still JS buffers, for a receiver that passes them on
/// without copying them into the page's wasm memory (the PDF becomes a `Blob`).
#[derive(Debug)]
pub struct Received<M> {
    /// The message, its blob fields empty.
    pub message: M,
    pub blobs: Vec<Uint8Array>,
}

impl<M: Message> Received<M> {
    /// The message with its blobs copied in (the JS buffers are zeroed).
    ///
    /// # Errors
    /// [`ProtocolError::Blobs`] when the blobs do not match the message.
    pub fn attach<P: Protocol>(self) -> Result<M, ProtocolError> {
        let mut message = self.message;
        attach::<P, M>(&mut message, take(self.blobs))?;
        Ok(message)
    }
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

/// Runs one request in a fresh worker loaded from `url` (a Trunk loader shim), reporting
/// progress, and returns its result. The worker is terminated before this returns.
///
/// # Errors
/// [`WorkerError`]: it could not start or crashed, a message could not be read, or the worker
/// answered with its protocol's error (its detail is logged to the console).
pub async fn run<P: Protocol>(
    url: &str,
    request: P::Request,
    on_progress: impl Fn(P::Progress) + 'static,
) -> Result<Received<P::Response>, WorkerError<P::Error>> {
    let frame = encode::<P, _>(request).map_err(WorkerError::Protocol)?;
    let request = Rc::new(RefCell::new(Some(to_js(frame))));
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(url, &options).map_err(|e| {
        leptos::logging::error!("cannot start the {} worker: {e:?}", P::NAME);
        WorkerError::Crashed
    })?;
    let running = Running { worker };
    let on_progress = Rc::new(on_progress);
    let mut handler: Option<Closure<dyn FnMut(MessageEvent)>> = None;
    let result = Promise::new(&mut |resolve, reject| {
        let worker = running.worker.clone();
        let request = request.clone();
        let on_progress = on_progress.clone();
        running.worker.set_onerror(Some(&reject));
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            if data.as_string().as_deref() == Some(READY) {
                if let Some((message, transfer)) = request.borrow_mut().take()
                    && let Err(e) = worker.post_message_with_transfer(&message, &transfer)
                {
                    let _ = reject.call1(&JsValue::NULL, &e);
                }
                return;
            }
            let Some((header, blobs)) = from_js(&data) else {
                let _ = resolve.call1(&JsValue::NULL, &data);
                return;
            };
            match decode_header::<P, Reply<P>>(&header) {
                Ok(Reply::Progress(mut p)) => {
                    if attach::<P, _>(&mut p, take(blobs)).is_ok() {
                        on_progress(p);
                    }
                }
                _ => {
                    let _ = resolve.call1(&JsValue::NULL, &data);
                }
            }
        });
        running
            .worker
            .set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        handler = Some(on_message);
    });
    let reply = JsFuture::from(result).await;
    drop(running); // terminate now: frees the worker's memory
    drop(handler);
    let reply = reply.map_err(|e| {
        leptos::logging::error!("the {} worker failed: {e:?}", P::NAME);
        WorkerError::Crashed
    })?;
    let (header, blobs) = from_js(&reply).ok_or(WorkerError::Protocol(malformed::<P>()))?;
    match decode_header::<P, Reply<P>>(&header).map_err(WorkerError::Protocol)? {
        Reply::Done(message) => Ok(Received { message, blobs }),
        Reply::Failed(Failure { error, detail }) => {
            leptos::logging::error!("{} worker: {detail}", P::NAME);
            Err(WorkerError::Failed(error))
        }
        Reply::Progress(_) => Err(WorkerError::Crashed),
    }
}
