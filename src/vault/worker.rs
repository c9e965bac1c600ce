//! The page's side of the key-derivation worker (`src/bin/kdf_worker.rs`).
//!
//! [`derive_kek`] starts a fresh module worker, waits for its `"ready"`, sends the settings and
//! the passphrase, takes the key back and terminates the worker, which releases Argon2's
//! memory. The page's thread only waits on a promise, so it stays responsive.

use js_sys::{Array, Promise, Uint8Array};
use ordner_vault::{FormatKind, KdfSettings, KeyEncryptionKey, SecretBytes, VaultError};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::Error;

/// The loader Trunk writes for the worker binary (`data-loader-shim`), next to `index.html`.
pub const WORKER_URL: &str = "kdf_worker_loader.js";

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

/// The next message from the worker (or its error event as `Err`).
async fn next_message(running: &Running) -> Result<JsValue, Error> {
    let worker = running.worker.clone();
    let promise = Promise::new(&mut |resolve, _reject| {
        let resolve = resolve.clone();
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
    });
    let errored = Promise::new(&mut |_resolve, reject| {
        running.worker.set_onerror(Some(&reject));
    });
    let either = Promise::race(&Array::of2(&promise, &errored));
    JsFuture::from(either).await.map_err(|e| {
        leptos::logging::error!("key-derivation worker failed: {e:?}");
        Error::Worker
    })
}

fn worker_error(code: u32) -> VaultError {
    match code {
        1 => VaultError::EmptyPassphrase,
        2 => VaultError::KdfTooWeak,
        3 => VaultError::KdfTooCostly,
        4 => VaultError::KdfFailed,
        5 => VaultError::NewerVersion {
            what: FormatKind::KdfSettings,
            found: 0,
            supported: 1,
        },
        _ => VaultError::Malformed {
            what: FormatKind::KdfSettings,
        },
    }
}

/// Derives the passphrase key-encryption key for `settings` in a Web Worker.
///
/// # Errors
/// [`Error::Worker`] if the worker cannot start or crashes (for example out of memory);
/// the vault errors of [`KdfSettings::derive_kek`].
pub async fn derive_kek(
    settings: &KdfSettings,
    passphrase: &str,
) -> Result<KeyEncryptionKey, Error> {
    if passphrase.is_empty() {
        return Err(VaultError::EmptyPassphrase.into());
    }
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(WORKER_URL, &options).map_err(|e| {
        leptos::logging::error!("cannot start the key-derivation worker: {e:?}");
        Error::Worker
    })?;
    let running = Running { worker };
    let ready = next_message(&running).await?;
    if ready.as_string().as_deref() != Some("ready") {
        return Err(Error::Worker);
    }
    let message = Array::of2(
        &Uint8Array::from(settings.to_bytes().as_slice()),
        &JsValue::from_str(passphrase),
    );
    running
        .worker
        .post_message(&message)
        .map_err(|_| Error::Worker)?;
    let reply: Array = next_message(&running)
        .await?
        .dyn_into()
        .map_err(|_| Error::Worker)?;
    drop(running); // terminate now: frees Argon2's memory
    match reply.get(0).as_f64() {
        Some(0.0) => {
            let array = Uint8Array::new(&reply.get(1));
            let bytes = SecretBytes::new(array.to_vec());
            array.fill(0, 0, array.length());
            Ok(KeyEncryptionKey::from_transfer_bytes(bytes.as_bytes())?)
        }
        Some(code) => Err(worker_error(code as u32).into()),
        None => Err(Error::Worker),
    }
}
