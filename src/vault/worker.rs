//! The page's side of the key-derivation worker (`src/bin/kdf_worker.rs`).
//!
//! [`derive_kek`] runs one `ordner_protocol::kdf` request in a fresh worker
//! ([`crate::worker::run`]): the settings and the passphrase go in, the key comes back, and the
//! worker is terminated, which releases Argon2's memory. The page's thread only waits on a
//! promise, so it stays responsive.

use ordner_protocol::kdf::{Derive, Kdf, Secret};
use ordner_vault::{KdfSettings, KeyEncryptionKey, VaultError};

use super::Error;
use crate::worker::WorkerError;

/// The loader Trunk writes for the worker binary (`data-loader-shim`), next to `index.html`.
pub const WORKER_URL: &str = "kdf_worker_loader.js";

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
    let request = Derive {
        settings: settings.to_bytes(),
        passphrase: Secret::new(passphrase.as_bytes().to_vec()),
    };
    let received = crate::worker::run::<Kdf>(WORKER_URL, request, |never| match never {})
        .await
        .map_err(|e| match e {
            WorkerError::Crashed | WorkerError::Protocol(_) => Error::Worker,
            WorkerError::Failed(e) => VaultError::from(e).into(),
        })?;
    let derived = received.attach::<Kdf>().map_err(|e| {
        leptos::logging::error!("key-derivation worker: {e}");
        Error::Worker
    })?;
    Ok(KeyEncryptionKey::from_transfer_bytes(
        derived.key.as_bytes(),
    )?)
}
