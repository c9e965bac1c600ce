//! Key derivation: Argon2id parameters and salt ([`KdfSettings`]), and the key-encryption key
//! ([`KeyEncryptionKey`]) derived from a passphrase or a recovery key.

use core::fmt;

use unicode_normalization::UnicodeNormalization;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{FormatKind, Result, VaultError};
use crate::format::Reader;
use crate::hazmat;
use crate::recovery::RecoveryKey;
use crate::secret::{Key32, SecretBytes};

/// Algorithm id of Argon2id version 0x13 (the only one so far) in stored formats.
pub(crate) const KDF_ARGON2ID_13: u8 = 1;
/// Salt length in bytes.
pub const SALT_LEN: usize = 16;
/// Length of [`KdfSettings`] inside a header: algorithm (1) + m (4) + t (4) + p (4) + salt (16).
pub(crate) const KDF_SETTINGS_LEN: usize = 1 + 4 + 4 + 4 + SALT_LEN;

const SETTINGS_MAGIC: &[u8; 4] = b"MOKS";
const SETTINGS_VERSION: u16 = 1;
const TRANSFER_MAGIC: &[u8; 4] = b"MOTK";
const TRANSFER_VERSION: u16 = 1;
const SOURCE_PASSPHRASE: u8 = 1;
const SOURCE_RECOVERY: u8 = 2;

/// Domain-separation label for the recovery-key KEK (keyed BLAKE2b message).
const RECOVERY_KEK_LABEL: &[u8] = b"mein-ordner/v1/recovery-kek";

/// Argon2id cost parameters. Always within the enforced floor and ceiling once constructed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KdfParams {
    memory_kib: u32,
    iterations: u32,
    parallelism: u32,
}

impl KdfParams {
    /// The default for new vaults and new passphrases: 64 MiB, t = 3, p = 1.
    ///
    /// p = 1 because the browser derives on one thread (a Web Worker without threads): more
    /// lanes would not make unlocking faster for us, only for an attacker with many cores.
    pub const DEFAULT: KdfParams = KdfParams {
        memory_kib: 64 * 1024,
        iterations: 3,
        parallelism: 1,
    };

    /// The enforced floor (OWASP's minimum for Argon2id): 19 MiB, t = 2, p = 1. A header or
    /// backup with a smaller memory size or fewer iterations is rejected
    /// ([`VaultError::KdfTooWeak`]), so an attacker cannot downgrade a vault.
    pub const MINIMUM: KdfParams = KdfParams {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };

    /// Ceiling on memory (256 MiB, four times what the app writes): a crafted header or
    /// backup must not make a phone try to allocate more ([`VaultError::KdfTooCostly`]).
    pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
    /// Ceiling on iterations (the app writes 3).
    pub const MAX_ITERATIONS: u32 = 10;
    /// Ceiling on lanes (the app writes 1).
    pub const MAX_PARALLELISM: u32 = 4;

    /// Validated parameters: memory in KiB, iterations (t) and lanes (p).
    ///
    /// # Errors
    /// [`VaultError::KdfTooWeak`] below [`KdfParams::MINIMUM`] (memory or iterations, or p = 0);
    /// [`VaultError::KdfTooCostly`] above the ceilings.
    pub fn new(memory_kib: u32, iterations: u32, parallelism: u32) -> Result<Self> {
        if memory_kib < Self::MINIMUM.memory_kib
            || iterations < Self::MINIMUM.iterations
            || parallelism < 1
        {
            return Err(VaultError::KdfTooWeak);
        }
        if memory_kib > Self::MAX_MEMORY_KIB
            || iterations > Self::MAX_ITERATIONS
            || parallelism > Self::MAX_PARALLELISM
        {
            return Err(VaultError::KdfTooCostly);
        }
        Ok(KdfParams {
            memory_kib,
            iterations,
            parallelism,
        })
    }

    /// Memory size in KiB.
    #[must_use]
    pub fn memory_kib(&self) -> u32 {
        self.memory_kib
    }

    /// Iterations (Argon2 `t`).
    #[must_use]
    pub fn iterations(&self) -> u32 {
        self.iterations
    }

    /// Lanes (Argon2 `p`).
    #[must_use]
    pub fn parallelism(&self) -> u32 {
        self.parallelism
    }
}

impl Default for KdfParams {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// Everything needed to derive a passphrase KEK: Argon2id parameters and a random 16-byte salt.
///
/// Not secret. Stored in the vault header; sent to the key-derivation worker as
/// [`KdfSettings::to_bytes`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KdfSettings {
    params: KdfParams,
    salt: [u8; SALT_LEN],
}

impl KdfSettings {
    /// New settings with a fresh random salt: use for a new vault and for every new passphrase.
    ///
    /// # Errors
    /// [`VaultError::Random`].
    pub fn generate(params: KdfParams) -> Result<Self> {
        Ok(KdfSettings {
            params,
            salt: hazmat::random_array()?,
        })
    }

    /// Settings from validated parameters and a salt.
    #[must_use]
    pub fn new(params: KdfParams, salt: [u8; SALT_LEN]) -> Self {
        KdfSettings { params, salt }
    }

    /// The Argon2id parameters.
    #[must_use]
    pub fn params(&self) -> KdfParams {
        self.params
    }

    /// The salt.
    #[must_use]
    pub fn salt(&self) -> &[u8; SALT_LEN] {
        &self.salt
    }

    /// **Slow** (hundreds of milliseconds, 64 MiB): derives the passphrase KEK with Argon2id.
    /// In the browser, call this in a Web Worker and send back
    /// [`KeyEncryptionKey::to_transfer_bytes`].
    ///
    /// The passphrase is normalized to Unicode NFC first, so the same passphrase typed on
    /// keyboards that compose characters differently gives the same key.
    ///
    /// # Errors
    /// [`VaultError::EmptyPassphrase`]; [`VaultError::KdfFailed`] if memory runs out.
    pub fn derive_kek(&self, passphrase: &str) -> Result<KeyEncryptionKey> {
        if passphrase.is_empty() {
            return Err(VaultError::EmptyPassphrase);
        }
        let normalized = normalize_passphrase(passphrase);
        let mut key = Key32([0u8; 32]);
        hazmat::argon2id(
            normalized.as_bytes(),
            &self.salt,
            self.params.memory_kib,
            self.params.iterations,
            self.params.parallelism,
            None,
            &[],
            &mut key.0,
        )?;
        Ok(KeyEncryptionKey {
            key,
            source: KekSource::Passphrase(self.clone()),
        })
    }

    /// The 29-byte form embedded in headers: algorithm, m, t, p (u32 big-endian), salt.
    pub(crate) fn write_embedded(&self, out: &mut Vec<u8>) {
        out.push(KDF_ARGON2ID_13);
        out.extend_from_slice(&self.params.memory_kib.to_be_bytes());
        out.extend_from_slice(&self.params.iterations.to_be_bytes());
        out.extend_from_slice(&self.params.parallelism.to_be_bytes());
        out.extend_from_slice(&self.salt);
    }

    /// Reads the embedded form and enforces the parameter floor and ceiling.
    pub(crate) fn read_embedded(r: &mut Reader<'_>) -> Result<Self> {
        let alg = r.u8()?;
        if alg != KDF_ARGON2ID_13 {
            return Err(r.malformed());
        }
        let m = r.u32()?;
        let t = r.u32()?;
        let p = r.u32()?;
        let salt = r.array()?;
        let params = KdfParams::new(m, t, p)?;
        Ok(KdfSettings { params, salt })
    }

    /// Standalone form (for `postMessage` to the key-derivation worker):
    /// `"MOKS"`, version (u16 BE), then the 29-byte embedded form.
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(6 + KDF_SETTINGS_LEN);
        out.extend_from_slice(SETTINGS_MAGIC);
        out.extend_from_slice(&SETTINGS_VERSION.to_be_bytes());
        self.write_embedded(&mut out);
        out
    }

    /// Parses [`KdfSettings::to_bytes`]; enforces the parameter floor and ceiling.
    ///
    /// # Errors
    /// [`VaultError::BadMagic`], [`VaultError::NewerVersion`], [`VaultError::Malformed`],
    /// [`VaultError::KdfTooWeak`], [`VaultError::KdfTooCostly`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let mut r = Reader::new(bytes, FormatKind::KdfSettings);
        r.magic_and_version(SETTINGS_MAGIC, SETTINGS_VERSION)?;
        let s = Self::read_embedded(&mut r)?;
        r.finish()?;
        Ok(s)
    }
}

fn normalize_passphrase(passphrase: &str) -> Zeroizing<String> {
    // Reserve generously so collecting never reallocates (a reallocation would leave an
    // unzeroized copy behind). NFC output is at most 3x the input length.
    let mut out = Zeroizing::new(String::with_capacity(passphrase.len().saturating_mul(3)));
    out.extend(passphrase.nfc());
    out
}

/// Where a [`KeyEncryptionKey`] came from; decides which wrapped copy of the vault key it opens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KekSource {
    /// Derived from a passphrase with these settings.
    Passphrase(KdfSettings),
    /// Derived from the recovery key.
    Recovery,
}

/// A key-encryption key: opens (unwraps) the vault key. Zeroized on drop, redacted `Debug`.
#[derive(Clone)]
pub struct KeyEncryptionKey {
    pub(crate) key: Key32,
    source: KekSource,
}

impl KeyEncryptionKey {
    /// **Slow**: the passphrase KEK; same as [`KdfSettings::derive_kek`].
    ///
    /// # Errors
    /// See [`KdfSettings::derive_kek`].
    pub fn from_passphrase(passphrase: &str, settings: &KdfSettings) -> Result<Self> {
        settings.derive_kek(passphrase)
    }

    /// Fast: the recovery KEK, keyed BLAKE2b-256 of the recovery key's 160 random bits (they
    /// need no stretching).
    ///
    /// # Errors
    /// Practically none ([`VaultError::KdfFailed`] is unreachable for a valid key).
    pub fn from_recovery_key(recovery_key: &RecoveryKey) -> Result<Self> {
        let key = hazmat::blake2b256_keyed(recovery_key.as_bytes(), RECOVERY_KEK_LABEL)?;
        Ok(KeyEncryptionKey {
            key: Key32(key),
            source: KekSource::Recovery,
        })
    }

    /// Where this key came from.
    #[must_use]
    pub fn source(&self) -> &KekSource {
        &self.source
    }

    /// Serializes the key (with its source and settings) to move it from the key-derivation
    /// worker to the page. **The result is the key itself**: send it only by `postMessage`
    /// between the app's own worker and page; never store or log it.
    ///
    /// Layout: `"MOTK"`, version (u16 BE), source (1 = passphrase, 2 = recovery),
    /// [29-byte settings if passphrase], 32 key bytes.
    #[must_use]
    pub fn to_transfer_bytes(&self) -> SecretBytes {
        let mut out = Vec::with_capacity(7 + KDF_SETTINGS_LEN + 32);
        out.extend_from_slice(TRANSFER_MAGIC);
        out.extend_from_slice(&TRANSFER_VERSION.to_be_bytes());
        match &self.source {
            KekSource::Passphrase(s) => {
                out.push(SOURCE_PASSPHRASE);
                s.write_embedded(&mut out);
            }
            KekSource::Recovery => out.push(SOURCE_RECOVERY),
        }
        out.extend_from_slice(&self.key.0);
        SecretBytes::new(out)
    }

    /// Parses [`KeyEncryptionKey::to_transfer_bytes`].
    ///
    /// # Errors
    /// [`VaultError::BadMagic`], [`VaultError::NewerVersion`], [`VaultError::Malformed`],
    /// parameter floor errors.
    pub fn from_transfer_bytes(bytes: &[u8]) -> Result<Self> {
        let mut r = Reader::new(bytes, FormatKind::TransferKey);
        r.magic_and_version(TRANSFER_MAGIC, TRANSFER_VERSION)?;
        let source = match r.u8()? {
            SOURCE_PASSPHRASE => KekSource::Passphrase(KdfSettings::read_embedded(&mut r)?),
            SOURCE_RECOVERY => KekSource::Recovery,
            _ => return Err(r.malformed()),
        };
        let mut raw = r.array::<32>()?;
        r.finish()?;
        let key = Key32(raw);
        raw.zeroize();
        Ok(KeyEncryptionKey { key, source })
    }

    /// The settings, if this key was derived from a passphrase.
    pub(crate) fn passphrase_settings(&self) -> Result<&KdfSettings> {
        match &self.source {
            KekSource::Passphrase(s) => Ok(s),
            KekSource::Recovery => Err(VaultError::WrongKeyKind),
        }
    }
}

impl fmt::Debug for KeyEncryptionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KeyEncryptionKey")
            .field("key", &"[REDACTED]")
            .field("source", &self.source)
            .finish()
    }
}
