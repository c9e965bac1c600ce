//! The unlocked vault: the vault key, record and blob sealing, and the key-hierarchy flows
//! (create, unlock, change passphrase, reset with the recovery key).

use core::fmt;

use zeroize::Zeroize;

use crate::error::{FormatKind, Result, VaultError};
use crate::format::{self, Reader, WRAPPED_KEY_LEN, push_short};
use crate::hazmat::{self, NONCE_LEN, TAG_LEN};
use crate::header::{HEADER_VERSION, VAULT_ID_LEN, VaultHeader};
use crate::kdf::{KdfParams, KdfSettings, KekSource, KeyEncryptionKey};
use crate::recovery::RecoveryKey;
use crate::secret::{Key32, SecretBytes};

const RECORD_MAGIC: &[u8; 4] = b"MOVR";
const BLOB_MAGIC: &[u8; 4] = b"MOVB";
/// Newest record/blob envelope version this build writes and reads.
pub const ENVELOPE_VERSION: u16 = 1;
/// Bytes a sealed record or blob adds to its plaintext (magic, version, wrapped content key,
/// nonce, tag): 94.
pub const ENVELOPE_OVERHEAD: usize = 4 + 2 + WRAPPED_KEY_LEN + NONCE_LEN + TAG_LEN;
/// Largest record or blob plaintext accepted (512 MiB).
pub const MAX_PLAINTEXT_LEN: usize = 512 * 1024 * 1024;

/// Associated-data prefix for a wrapped content key.
const AAD_KEY: u8 = b'K';
/// Associated-data prefix for a body.
const AAD_DATA: u8 = b'D';

/// Kind of a record: `[a-z][a-z0-9-]{0,31}`, e.g. `note`, `checklist`, `document`.
///
/// Stored in the clear as part of the storage key: never put personal data in it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RecordKind(String);

impl RecordKind {
    /// Validates a kind.
    ///
    /// # Errors
    /// [`VaultError::InvalidKind`].
    pub fn new(kind: &str) -> Result<Self> {
        let b = kind.as_bytes();
        let ok = !b.is_empty()
            && b.len() <= 32
            && b[0].is_ascii_lowercase()
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-');
        if ok {
            Ok(RecordKind(kind.to_owned()))
        } else {
            Err(VaultError::InvalidKind(kind.to_owned()))
        }
    }

    /// The kind as text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn valid_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_')
}

fn random_id() -> Result<String> {
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let bytes: [u8; 15] = hazmat::random_array()?;
    let mut out = String::with_capacity(24);
    for chunk in bytes.chunks(5) {
        let acc = chunk.iter().fold(0u64, |a, &b| (a << 8) | u64::from(b));
        for i in (0..8).rev() {
            out.push(char::from(ALPHABET[((acc >> (5 * i)) & 31) as usize]));
        }
    }
    Ok(out)
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            /// Validates an id: `[A-Za-z0-9_-]{1,64}`.
            ///
            /// # Errors
            /// [`VaultError::InvalidId`].
            pub fn new(id: &str) -> Result<Self> {
                if valid_id(id) {
                    Ok($name(id.to_owned()))
                } else {
                    Err(VaultError::InvalidId(id.to_owned()))
                }
            }

            /// A new random id (120 bits, 24 lowercase base32 characters).
            ///
            /// # Errors
            /// [`VaultError::Random`].
            pub fn random() -> Result<Self> {
                Ok($name(random_id()?))
            }

            /// The id as text.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Id of a record within its kind. Stored in the clear (storage key): use
    /// [`RecordId::random`] for anything the person creates, never personal data.
    RecordId
);
id_type!(
    /// Id of a blob (a scanned page, a PDF). Stored in the clear: use [`BlobId::random`].
    BlobId
);

/// The result of [`UnlockedVault::create`]: the unlocked vault, the recovery key to show once,
/// and the header to store.
#[derive(Debug)]
pub struct NewVault {
    /// The unlocked vault.
    pub vault: UnlockedVault,
    /// The recovery key: show it on the recovery sheet; it is not stored anywhere.
    pub recovery_key: RecoveryKey,
    /// The header to store (`meta`/`header`).
    pub header: VaultHeader,
}

/// An unlocked vault: the header and the vault key. Dropping it zeroizes the key (that is
/// "lock"). `Debug` never shows the key.
pub struct UnlockedVault {
    header: VaultHeader,
    key: Key32,
}

impl fmt::Debug for UnlockedVault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnlockedVault")
            .field("header", &self.header)
            .field("key", &"[REDACTED]")
            .finish()
    }
}

impl UnlockedVault {
    /// Creates a new vault: random vault id, random 256-bit vault key, a new recovery key; the
    /// vault key is wrapped by `kek` (which must come from a passphrase, with fresh
    /// [`KdfSettings::generate`]) and by the recovery KEK.
    ///
    /// # Errors
    /// [`VaultError::WrongKeyKind`] for a recovery-derived `kek`; [`VaultError::Random`].
    pub fn create(kek: &KeyEncryptionKey) -> Result<NewVault> {
        let settings = kek.passphrase_settings()?.clone();
        let key = Key32::random()?;
        let recovery_key = RecoveryKey::generate()?;
        let mut header = VaultHeader {
            version: HEADER_VERSION,
            vault_id: hazmat::random_array::<VAULT_ID_LEN>()?,
            kdf: settings,
            passphrase_wrap: [0; WRAPPED_KEY_LEN],
            recovery_wrap: [0; WRAPPED_KEY_LEN],
        };
        header.passphrase_wrap = format::wrap_key(&kek.key, &key, &header.passphrase_aad())?;
        let recovery_kek = KeyEncryptionKey::from_recovery_key(&recovery_key)?;
        header.recovery_wrap = format::wrap_key(&recovery_kek.key, &key, &header.recovery_aad())?;
        Ok(NewVault {
            vault: UnlockedVault {
                header: header.clone(),
                key,
            },
            recovery_key,
            header,
        })
    }

    /// **Slow**: generates settings with `params`, derives the KEK and creates the vault (for
    /// native code and tests; the browser derives in a worker and calls [`UnlockedVault::create`]).
    ///
    /// # Errors
    /// See [`KdfSettings::derive_kek`] and [`UnlockedVault::create`].
    pub fn create_with_passphrase(passphrase: &str, params: KdfParams) -> Result<NewVault> {
        let kek = KdfSettings::generate(params)?.derive_kek(passphrase)?;
        Self::create(&kek)
    }

    /// Unlocks with an already derived KEK (from the passphrase with this header's settings, or
    /// from the recovery key).
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] for a wrong key or an altered header.
    pub fn unlock(header: &VaultHeader, kek: &KeyEncryptionKey) -> Result<Self> {
        let key = match kek.source() {
            KekSource::Passphrase(settings) => {
                if settings != &header.kdf {
                    return Err(VaultError::Decrypt);
                }
                format::unwrap_key(&kek.key, &header.passphrase_wrap, &header.passphrase_aad())?
            }
            KekSource::Recovery => {
                format::unwrap_key(&kek.key, &header.recovery_wrap, &header.recovery_aad())?
            }
        };
        Ok(UnlockedVault {
            header: header.clone(),
            key,
        })
    }

    /// **Slow**: derives the passphrase KEK with the header's settings and unlocks.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] for a wrong passphrase; see [`KdfSettings::derive_kek`].
    pub fn unlock_with_passphrase(header: &VaultHeader, passphrase: &str) -> Result<Self> {
        let kek = header.kdf.derive_kek(passphrase)?;
        Self::unlock(header, &kek)
    }

    /// Unlocks with the recovery key (fast).
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] for a recovery key of another vault or an altered header.
    pub fn unlock_with_recovery_key(
        header: &VaultHeader,
        recovery_key: &RecoveryKey,
    ) -> Result<Self> {
        Self::unlock(header, &KeyEncryptionKey::from_recovery_key(recovery_key)?)
    }

    /// Forgotten passphrase: unlocks with the recovery key and sets a new passphrase
    /// (`new_kek` from fresh [`KdfSettings::generate`]). Store the returned vault's header.
    ///
    /// # Errors
    /// As [`UnlockedVault::unlock_with_recovery_key`] and [`UnlockedVault::change_passphrase`].
    pub fn reset_passphrase(
        header: &VaultHeader,
        recovery_key: &RecoveryKey,
        new_kek: &KeyEncryptionKey,
    ) -> Result<Self> {
        let mut vault = Self::unlock_with_recovery_key(header, recovery_key)?;
        vault.change_passphrase(new_kek)?;
        Ok(vault)
    }

    /// The current header (store it after any change).
    #[must_use]
    pub fn header(&self) -> &VaultHeader {
        &self.header
    }

    /// The header after a passphrase change, without changing `self`.
    pub(crate) fn header_with_passphrase(&self, new_kek: &KeyEncryptionKey) -> Result<VaultHeader> {
        let settings = new_kek.passphrase_settings()?.clone();
        let mut header = self.header.clone();
        header.kdf = settings;
        header.passphrase_wrap =
            format::wrap_key(&new_kek.key, &self.key, &header.passphrase_aad())?;
        Ok(header)
    }

    /// The header with a new recovery key, without changing `self`.
    pub(crate) fn header_with_new_recovery_key(&self) -> Result<(VaultHeader, RecoveryKey)> {
        let recovery_key = RecoveryKey::generate()?;
        let kek = KeyEncryptionKey::from_recovery_key(&recovery_key)?;
        let mut header = self.header.clone();
        header.recovery_wrap = format::wrap_key(&kek.key, &self.key, &header.recovery_aad())?;
        Ok((header, recovery_key))
    }

    pub(crate) fn set_header(&mut self, header: VaultHeader) {
        self.header = header;
    }

    /// Changes the passphrase: re-wraps the vault key under `new_kek` (derived with fresh
    /// settings). Nothing else is re-encrypted; the recovery key keeps working. Returns the new
    /// header to store.
    ///
    /// # Errors
    /// [`VaultError::WrongKeyKind`] for a recovery-derived key; [`VaultError::Random`].
    pub fn change_passphrase(&mut self, new_kek: &KeyEncryptionKey) -> Result<&VaultHeader> {
        let header = self.header_with_passphrase(new_kek)?;
        self.header = header;
        Ok(&self.header)
    }

    /// Replaces the recovery key (for a lost or used recovery sheet): the old one stops opening
    /// this vault (it still opens backups made before). Returns the new key to show; store
    /// [`UnlockedVault::header`].
    ///
    /// # Errors
    /// [`VaultError::Random`].
    pub fn replace_recovery_key(&mut self) -> Result<RecoveryKey> {
        let (header, recovery_key) = self.header_with_new_recovery_key()?;
        self.header = header;
        Ok(recovery_key)
    }

    /// Checks that `kek` opens this vault (e.g. "type your current passphrase to continue").
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if it does not.
    pub fn verify_kek(&self, kek: &KeyEncryptionKey) -> Result<()> {
        let other = Self::unlock(&self.header, kek)?;
        let diff = other
            .key
            .0
            .iter()
            .zip(self.key.0.iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        if diff == 0 {
            Ok(())
        } else {
            Err(VaultError::Decrypt)
        }
    }

    pub(crate) fn key(&self) -> &Key32 {
        &self.key
    }

    fn binding(&self, magic: &[u8; 4], kind: Option<&RecordKind>, id: &str) -> Vec<u8> {
        let mut b = Vec::with_capacity(4 + 2 + VAULT_ID_LEN + 2 + 32 + 64);
        b.extend_from_slice(magic);
        b.extend_from_slice(&ENVELOPE_VERSION.to_be_bytes());
        b.extend_from_slice(&self.header.vault_id);
        if let Some(kind) = kind {
            push_short(&mut b, kind.as_str().as_bytes());
        }
        push_short(&mut b, id.as_bytes());
        b
    }

    fn seal(&self, binding: &[u8], plaintext: &[u8]) -> Result<Vec<u8>> {
        if plaintext.len() > MAX_PLAINTEXT_LEN {
            return Err(VaultError::TooLarge);
        }
        let content_key = Key32::random()?;
        let key_aad = [&[AAD_KEY][..], binding].concat();
        let data_aad = [&[AAD_DATA][..], binding].concat();
        let wrapped = format::wrap_key(&self.key, &content_key, &key_aad)?;
        let nonce: [u8; NONCE_LEN] = hazmat::random_array()?;
        let mut out = Vec::with_capacity(ENVELOPE_OVERHEAD + plaintext.len());
        out.extend_from_slice(&binding[..6]); // magic + version
        out.extend_from_slice(&wrapped);
        out.extend_from_slice(&nonce);
        let body_start = out.len();
        out.extend_from_slice(plaintext);
        let tag = hazmat::aes256gcm_encrypt_in_place(
            &content_key.0,
            &nonce,
            &data_aad,
            &mut out[body_start..],
        )?;
        out.extend_from_slice(&tag);
        Ok(out)
    }

    fn open(
        &self,
        what: FormatKind,
        magic: &[u8; 4],
        binding: &[u8],
        sealed: &[u8],
    ) -> Result<SecretBytes> {
        let mut r = Reader::new(sealed, what);
        let version = r.magic_and_version(magic, ENVELOPE_VERSION)?;
        if version != 1 {
            return Err(r.malformed());
        }
        let wrapped: [u8; WRAPPED_KEY_LEN] = r.array()?;
        let nonce: [u8; NONCE_LEN] = r.array()?;
        if r.remaining() < TAG_LEN {
            return Err(r.malformed());
        }
        let body = r.take(r.remaining() - TAG_LEN)?;
        let tag: [u8; TAG_LEN] = r.array()?;
        r.finish()?;
        let key_aad = [&[AAD_KEY][..], binding].concat();
        let data_aad = [&[AAD_DATA][..], binding].concat();
        let content_key = format::unwrap_key(&self.key, &wrapped, &key_aad)?;
        let mut plain = body.to_vec();
        match hazmat::aes256gcm_decrypt_in_place(
            &content_key.0,
            &nonce,
            &data_aad,
            &mut plain,
            &tag,
        ) {
            Ok(()) => Ok(SecretBytes::new(plain)),
            Err(e) => {
                plain.zeroize();
                Err(e)
            }
        }
    }

    /// Seals a record with a fresh content key. The ciphertext is bound to this vault, the
    /// record kind, the id and the format version: it opens only under the same kind and id.
    ///
    /// # Errors
    /// [`VaultError::TooLarge`], [`VaultError::Random`].
    pub fn seal_record(
        &self,
        kind: &RecordKind,
        id: &RecordId,
        plaintext: &[u8],
    ) -> Result<Vec<u8>> {
        self.seal(
            &self.binding(RECORD_MAGIC, Some(kind), id.as_str()),
            plaintext,
        )
    }

    /// Opens a sealed record stored under `kind`/`id`.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if anything was altered or the record belongs elsewhere;
    /// [`VaultError::BadMagic`], [`VaultError::NewerVersion`], [`VaultError::Malformed`].
    pub fn open_record(
        &self,
        kind: &RecordKind,
        id: &RecordId,
        sealed: &[u8],
    ) -> Result<SecretBytes> {
        let binding = self.binding(RECORD_MAGIC, Some(kind), id.as_str());
        self.open(FormatKind::Record, RECORD_MAGIC, &binding, sealed)
    }

    /// Seals a blob (a scanned page, a PDF) with a fresh content key, bound to this vault and
    /// the blob id. One pass of AES-256-GCM; one copy of the data.
    ///
    /// # Errors
    /// [`VaultError::TooLarge`], [`VaultError::Random`].
    pub fn seal_blob(&self, id: &BlobId, plaintext: &[u8]) -> Result<Vec<u8>> {
        self.seal(&self.binding(BLOB_MAGIC, None, id.as_str()), plaintext)
    }

    /// Opens a sealed blob stored under `id`.
    ///
    /// # Errors
    /// As [`UnlockedVault::open_record`].
    pub fn open_blob(&self, id: &BlobId, sealed: &[u8]) -> Result<SecretBytes> {
        let binding = self.binding(BLOB_MAGIC, None, id.as_str());
        self.open(FormatKind::Blob, BLOB_MAGIC, &binding, sealed)
    }
}
