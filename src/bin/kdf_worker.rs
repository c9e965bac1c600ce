//! The key-derivation Web Worker: runs Argon2id off the page's thread.
//!
//! Built by Trunk as a second wasm binary (`index.html`: `data-bin="kdf_worker"
//! data-type="worker"`); the page starts it per derivation and terminates it afterwards, which
//! frees Argon2's memory (64 MiB by default) for good. It links only `ordner-vault` and the
//! wasm-bindgen glue, never Leptos.
//!
//! Protocol (see `src/vault/worker.rs`):
//! - worker → page: `"ready"` once its message handler is installed;
//! - page → worker: `[settings: Uint8Array, passphrase: string]` (settings =
//!   `KdfSettings::to_bytes`);
//! - worker → page: `[0, transfer: Uint8Array]` (`KeyEncryptionKey::to_transfer_bytes`) or
//!   `[1, code: number]` (an error code, `src/vault/worker.rs` maps it back to a `VaultError`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use ordner_vault::{KdfSettings, VaultError};
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::*;

    fn error_code(e: &VaultError) -> u32 {
        match e {
            VaultError::EmptyPassphrase => 1,
            VaultError::KdfTooWeak => 2,
            VaultError::KdfTooCostly => 3,
            VaultError::KdfFailed => 4,
            VaultError::NewerVersion { .. } => 5,
            _ => 6,
        }
    }

    fn derive(data: &JsValue) -> Result<js_sys::Uint8Array, u32> {
        let message: js_sys::Array = data.clone().dyn_into().map_err(|_| 6u32)?;
        let settings_bytes = js_sys::Uint8Array::new(&message.get(0)).to_vec();
        let settings = KdfSettings::from_bytes(&settings_bytes).map_err(|e| error_code(&e))?;
        let passphrase = message.get(1).as_string().ok_or(6u32)?;
        let kek = settings.derive_kek(&passphrase);
        // Best effort: overwrite the Rust copy of the passphrase (the JS string cannot be).
        let mut bytes = passphrase.into_bytes();
        bytes.iter_mut().for_each(|b| *b = 0);
        std::hint::black_box(&bytes);
        let kek = kek.map_err(|e| error_code(&e))?;
        let transfer = kek.to_transfer_bytes();
        Ok(js_sys::Uint8Array::from(transfer.as_bytes()))
    }

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let reply = js_sys::Array::new();
            match derive(&event.data()) {
                Ok(bytes) => {
                    reply.push(&JsValue::from(0));
                    reply.push(&bytes);
                    let transfer = js_sys::Array::of1(&bytes.buffer());
                    let _ = reply_scope.post_message_with_transfer(&reply, &transfer);
                }
                Err(code) => {
                    reply.push(&JsValue::from(1));
                    reply.push(&JsValue::from(code));
                    let _ = reply_scope.post_message(&reply);
                }
            }
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
