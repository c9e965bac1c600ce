//! The key-derivation Web Worker: runs Argon2id off the page's thread.
//!
//! Built by Trunk as a second wasm binary (`index.html`: `data-bin="kdf_worker"
//! data-type="worker"`); the page starts it per derivation and terminates it afterwards, which
//! frees Argon2's memory (64 MiB by default) for good. It links only `ordner-vault`, the
//! protocol and the wasm-bindgen glue, never Leptos.
//!
//! Protocol: `ordner_protocol::kdf` (the settings and the passphrase in, the key-encryption key
//! out, as `KeyEncryptionKey::to_transfer_bytes`), served by `mein_ordner::worker::serve`; the
//! page's side is `src/vault/worker.rs`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use ordner_protocol::Failure;
    use ordner_protocol::kdf::{self, Derive, Derived, Kdf, Secret};
    use ordner_vault::KdfSettings;

    async fn derive(request: Derive) -> Result<Derived, Failure<kdf::Error>> {
        let fail = |e: &ordner_vault::VaultError| Failure::new(kdf::Error::from(e), e.to_string());
        let settings = KdfSettings::from_bytes(&request.settings).map_err(|e| fail(&e))?;
        // The passphrase's bytes are zeroed when `request` drops (the transferred buffer was
        // zeroed on arrival).
        let passphrase = std::str::from_utf8(request.passphrase.as_bytes())
            .map_err(|e| Failure::new(kdf::Error::Malformed, e.to_string()))?;
        let kek = settings.derive_kek(passphrase).map_err(|e| fail(&e))?;
        Ok(Derived {
            key: Secret::new(kek.to_transfer_bytes().as_bytes().to_vec()),
        })
    }

    mein_ordner::worker::serve::<Kdf, _, _>(derive);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
