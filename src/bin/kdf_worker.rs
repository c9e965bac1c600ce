//! The key-derivation Web Worker: runs Argon2id off the page's thread.
//!
//! Built by Trunk as a second wasm binary (`index.html`: `data-bin="kdf_worker"
//! data-type="worker"`); the page starts it per derivation and terminates it afterwards, which
//! frees Argon2's memory (64 MiB by default) for good. It links only `ordner-vault`, the
//! protocol and the wasm-bindgen glue: never Leptos, nor the app's library (the worker side of
//! `src/worker/` is compiled in by `#[path]`), nor an async executor (it answers at once).
//!
//! Protocol: `ordner_protocol::kdf` (the settings and the passphrase in, the key-encryption key
//! out, as `KeyEncryptionKey::to_transfer_bytes`), served by `serve::serve_now`
//! (`src/worker/serve.rs`); the page's side is `src/vault/worker.rs`.

#[cfg(target_arch = "wasm32")]
#[path = "../worker/frame.rs"]
mod frame;
#[cfg(target_arch = "wasm32")]
#[path = "../worker/serve.rs"]
#[allow(dead_code)] // each worker uses one of `serve` and `serve_now`
mod serve;

#[cfg(target_arch = "wasm32")]
fn main() {
    use ordner_protocol::Failure;
    use ordner_protocol::kdf::{self, Derive, Derived, Kdf, Secret};
    use ordner_vault::KdfSettings;

    // The details are fixed texts: the error enum already says what went wrong, and formatting
    // a `VaultError` would link every vault message and Rust's `Debug` for strings (with its
    // Unicode tables) into this worker, about 10 KB.
    fn derive(request: Derive) -> Result<Derived, Failure<kdf::Error>> {
        let fail = |detail: &'static str| {
            move |e: ordner_vault::VaultError| Failure::new(kdf::Error::from(&e), detail)
        };
        let settings = KdfSettings::from_bytes(&request.settings)
            .map_err(fail("the key-derivation settings are refused"))?;
        // The passphrase's bytes are zeroed when `request` drops (the transferred buffer was
        // zeroed on arrival).
        let passphrase = std::str::from_utf8(request.passphrase.as_bytes())
            .map_err(|_| Failure::new(kdf::Error::Malformed, "the passphrase is not UTF-8"))?;
        let kek = settings
            .derive_kek(passphrase)
            .map_err(fail("Argon2id refused the passphrase or failed"))?;
        Ok(Derived {
            key: Secret::new(kek.to_transfer_bytes().as_bytes().to_vec()),
        })
    }

    serve::serve_now::<Kdf, _>(derive);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
