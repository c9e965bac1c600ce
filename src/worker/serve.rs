//! The worker's side of `crate::worker` (see there): [`serve`] or [`serve_now`] installs the
//! message handler, answers each request with the handler's result, and posts `READY`;
//! [`post`] sends progress.
//!
//! Not a module of the app's library: each worker binary compiles this file and `frame.rs` in
//! by `#[path]`, as its modules `serve` and `frame`, so that it does not link the library.

use std::future::Future;
use std::rc::Rc;

use ordner_protocol::{
    Failure, Message, Protocol, ProtocolError, READY, Reply, attach, decode_header, encode,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::MessageEvent;

use super::frame::{from_js, malformed, take, to_js};

/// Decodes a received frame with its blobs (in a worker).
fn receive<P: Protocol, M: Message>(data: &JsValue) -> Result<M, ProtocolError> {
    let (header, blobs) = from_js(data).ok_or_else(malformed::<P>)?;
    let mut message = decode_header::<P, M>(&header)?;
    attach::<P, M>(&mut message, take(blobs))?;
    Ok(message)
}

/// The worker's global scope (only inside a dedicated worker).
fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Posts a reply from inside a worker (progress, or the result). A reply that cannot be
/// encoded is answered with the protocol's "unreadable" error instead.
pub fn post<P: Protocol>(reply: Reply<P>) {
    let frame = encode::<P, _>(reply).or_else(|e| {
        encode::<P, _>(Reply::<P>::Failed(Failure::new(
            P::unreadable_request(),
            e.to_string(),
        )))
    });
    if let Ok(frame) = frame {
        let (message, transfer) = to_js(frame);
        let _ = scope().post_message_with_transfer(&message, &transfer);
    }
}

/// Serves requests inside a worker: each is decoded (its blobs copied in and the transferred
/// buffers zeroed), handed to `handle`, and its result posted when the future is done. Posts
/// `READY` when installed.
pub fn serve<P, F, Fut>(handle: F)
where
    P: Protocol,
    F: Fn(P::Request) -> Fut + 'static,
    Fut: Future<Output = Result<P::Response, Failure<P::Error>>> + 'static,
{
    let handle = Rc::new(handle);
    listen::<P>(move |request| {
        let handle = handle.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = match request {
                Ok(request) => handle(request).await,
                Err(e) => Err(e),
            };
            answer::<P>(result);
        });
    });
}

/// As [`serve`], for a handler that answers at once (the key derivation): no async executor is
/// linked into the worker.
pub fn serve_now<P, F>(handle: F)
where
    P: Protocol,
    F: Fn(P::Request) -> Result<P::Response, Failure<P::Error>> + 'static,
{
    listen::<P>(move |request| answer::<P>(request.and_then(&handle)));
}

/// Installs the message handler, which hands `on_request` each decoded request (or the failure
/// to decode it), and posts `READY`.
fn listen<P: Protocol>(on_request: impl Fn(Result<P::Request, Failure<P::Error>>) + 'static) {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        on_request(
            receive::<P, P::Request>(&event.data())
                .map_err(|e| Failure::new(P::unreadable_request(), e.to_string())),
        );
    });
    let scope = scope();
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

/// Posts a handler's result.
fn answer<P: Protocol>(result: Result<P::Response, Failure<P::Error>>) {
    post::<P>(match result {
        Ok(done) => Reply::Done(done),
        Err(failure) => Reply::Failed(failure),
    });
}
