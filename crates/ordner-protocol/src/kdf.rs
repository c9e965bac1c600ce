//! The key-derivation worker's protocol (`src/bin/kdf_worker.rs`; the page's side is
//! `src/vault/worker.rs`).
//!
//! The page sends a [`Derive`] (the vault's KDF settings in their own versioned encoding,
//! `KdfSettings::to_bytes`, and the passphrase as a blob); the worker answers [`Derived`] (the
//! key-encryption key as `KeyEncryptionKey::to_transfer_bytes`, a blob) or an [`Error`].
//! Secrets travel only as blobs, so both sides can zero the transferred buffers; in Rust they are
//! [`Secret`]s, zeroed when dropped.

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

use crate::{Blobs, Message, ProtocolError};

/// The key-derivation worker's protocol.
#[derive(Debug, PartialEq)]
pub enum Kdf {}

impl crate::Protocol for Kdf {
    const NAME: &'static str = "kdf";
    const VERSION: u32 = 1;
    type Request = Derive;
    /// The derivation reports no progress.
    type Progress = NoProgress;
    type Response = Derived;
    type Error = Error;

    fn unreadable_request() -> Error {
        Error::Malformed
    }
}

/// Secret bytes on their way between page and worker: zeroed when dropped, redacted in `Debug`.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Secret(Vec<u8>);

impl Secret {
    #[must_use]
    pub fn new(bytes: Vec<u8>) -> Secret {
        Secret(bytes)
    }

    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Secret({} bytes)", self.0.len())
    }
}

/// Page → worker: derive the key for these settings and this passphrase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Derive {
    /// `KdfSettings::to_bytes`.
    pub settings: Vec<u8>,
    /// The passphrase as UTF-8 (a blob).
    #[serde(skip)]
    pub passphrase: Secret,
}

impl Message for Derive {
    fn take_blobs(&mut self) -> Vec<Vec<u8>> {
        vec![std::mem::take(&mut self.passphrase.0)]
    }

    fn put_blobs(&mut self, blobs: &mut Blobs) -> Result<(), ProtocolError> {
        self.passphrase = Secret(blobs.next_blob()?);
        Ok(())
    }
}

/// The key derivation has no progress to report (a type with no values).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NoProgress {}

impl Message for NoProgress {}

/// Worker → page: the derived key-encryption key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Derived {
    /// `KeyEncryptionKey::to_transfer_bytes` (a blob). **The key itself.**
    #[serde(skip)]
    pub key: Secret,
}

impl Message for Derived {
    fn take_blobs(&mut self) -> Vec<Vec<u8>> {
        vec![std::mem::take(&mut self.key.0)]
    }

    fn put_blobs(&mut self, blobs: &mut Blobs) -> Result<(), ProtocolError> {
        self.key = Secret(blobs.next_blob()?);
        Ok(())
    }
}

/// Why the derivation failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Error {
    EmptyPassphrase,
    /// The settings are below the enforced floor.
    TooWeak,
    /// The settings are above the supported ceiling.
    TooCostly,
    /// Argon2 itself failed (for example out of memory).
    Failed,
    /// The settings were written by a newer app.
    NewerVersion {
        found: u16,
        supported: u16,
    },
    /// The settings or the request cannot be read.
    Malformed,
}

impl Message for Error {}

#[cfg(feature = "vault")]
mod vault {
    use ordner_vault::{FormatKind, VaultError};

    use super::Error;

    impl From<&VaultError> for Error {
        fn from(e: &VaultError) -> Error {
            match e {
                VaultError::EmptyPassphrase => Error::EmptyPassphrase,
                VaultError::KdfTooWeak => Error::TooWeak,
                VaultError::KdfTooCostly => Error::TooCostly,
                VaultError::KdfFailed => Error::Failed,
                VaultError::NewerVersion {
                    found, supported, ..
                } => Error::NewerVersion {
                    found: *found,
                    supported: *supported,
                },
                _ => Error::Malformed,
            }
        }
    }

    impl From<Error> for VaultError {
        fn from(e: Error) -> VaultError {
            match e {
                Error::EmptyPassphrase => VaultError::EmptyPassphrase,
                Error::TooWeak => VaultError::KdfTooWeak,
                Error::TooCostly => VaultError::KdfTooCostly,
                Error::Failed => VaultError::KdfFailed,
                Error::NewerVersion { found, supported } => VaultError::NewerVersion {
                    what: FormatKind::KdfSettings,
                    found,
                    supported,
                },
                Error::Malformed => VaultError::Malformed {
                    what: FormatKind::KdfSettings,
                },
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn vault_errors_survive_the_trip() {
            for e in [
                VaultError::EmptyPassphrase,
                VaultError::KdfTooWeak,
                VaultError::KdfTooCostly,
                VaultError::KdfFailed,
                VaultError::NewerVersion {
                    what: FormatKind::KdfSettings,
                    found: 3,
                    supported: 1,
                },
                VaultError::Malformed {
                    what: FormatKind::KdfSettings,
                },
            ] {
                assert_eq!(VaultError::from(Error::from(&e)), e);
            }
        }
    }
}
