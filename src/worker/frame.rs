//! Frames across `postMessage`, the same on the page and in the workers: a frame is a JS array
//! `[header, ...blobs]` of `Uint8Array`s whose buffers are transferred.
//!
//! Compiled into the app's library (`crate::worker`) and, by `#[path]`, into each worker binary
//! beside `serve.rs`; so it names nothing of either crate.

use js_sys::{Array, Uint8Array};
use ordner_protocol::{Frame, Protocol, ProtocolError};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// A frame as a JS message and the buffers to transfer with it. The Rust copies are dropped as
/// they are copied over.
pub fn to_js(frame: Frame) -> (Array, Array) {
    let message = Array::new();
    let transfer = Array::new();
    for part in std::iter::once(frame.header).chain(frame.blobs) {
        let array = Uint8Array::from(part.as_slice());
        transfer.push(&array.buffer());
        message.push(&array);
    }
    (message, transfer)
}

/// A received frame: the header's bytes and the blobs, still in JS.
pub fn from_js(data: &JsValue) -> Option<(Vec<u8>, Vec<Uint8Array>)> {
    let parts: &Array = data.dyn_ref()?;
    let header = parts.get(0).dyn_into::<Uint8Array>().ok()?.to_vec();
    let blobs = parts
        .iter()
        .skip(1)
        .map(JsCast::dyn_into::<Uint8Array>)
        .collect::<Result<_, _>>()
        .ok()?;
    Some((header, blobs))
}

/// Copies blobs into Rust and zeroes the JS buffers (they may hold a passphrase or a key).
pub fn take(blobs: Vec<Uint8Array>) -> Vec<Vec<u8>> {
    blobs
        .into_iter()
        .map(|array| {
            let bytes = array.to_vec();
            array.fill(0, 0, array.length());
            bytes
        })
        .collect()
}

pub fn malformed<P: Protocol>() -> ProtocolError {
    ProtocolError::Malformed {
        protocol: P::NAME,
        detail: "not a frame".into(),
    }
}
