//! The unlocked vault key and the key-hierarchy flows (create, unlock, change passphrase,
//! new recovery key), plus reading the record and blob envelopes of storage layout 1.

use core::fmt;

use crate::error::{FormatKind, Result, VaultError};
use crate::format::{Reader, push_short};
use crate::hazmat;
use crate::header::{HEADER_VERSION, VAULT_ID_LEN, VaultHeader};
use crate::kdf::{KekSource, KeyEncryptionKey};
use crate::keys::{self, ContentKey, VaultKey, WRAPPED_KEY_LEN};
use crate::recovery::RecoveryKey;
use crate::secret::SecretBytes;

const RECORD_MAGIC_V1: &[u8; 4] = b"MOVR";
const BLOB_MAGIC_V1: &[u8; 4] = b"MOVB";
/// Largest record or blob plaintext accepted (512 MiB).
pub const MAX_PLAINTEXT_LEN: usize = 512 * 1024 * 1024;

/// Associated-data prefix for a wrapped content key (layout 1).
const AAD_KEY: u8 = b'K';
/// Associated-data prefix for a body (layout 1).
const AAD_DATA: u8 = b'D';

/// Kind of a record: `[a-z][a-z0-9-]{0,31}`, e.g. `note`, `checklist`, `document`.
///
/// Never stored in the clear (storage keys are opaque since layout 2), but keep personal data
/// out of it all the same.
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
    /// Id of a record within its kind: use [`RecordId::random`] for anything the person
    /// creates, never personal data.
    RecordId
);
id_type!(
    /// Id of a blob (a scanned page, a PDF): use [`BlobId::random`].
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

/// An unlocked vault key with its header: the key hierarchy without storage (create, unlock,
/// change the passphrase, check a passphrase). Records and blobs are sealed and opened by a
/// [`crate::Session`], which also keeps the manifest. Dropping it zeroizes the key; `Debug`
/// never shows it.
pub struct UnlockedVault {
    pub(crate) header: VaultHeader,
    pub(crate) key: VaultKey,
}

impl fmt::Debug for UnlockedVault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UnlockedVault")
            .field("header", &self.header)
            .field("key", &self.key)
            .finish()
    }
}

/// A header for `key` with both wraps made fresh: `kek` (from a passphrase) and a new
/// recovery key.
fn header_for(
    vault_id: [u8; VAULT_ID_LEN],
    kek: &KeyEncryptionKey,
    key: &VaultKey,
) -> Result<(VaultHeader, RecoveryKey)> {
    let settings = kek.passphrase_settings()?.clone();
    let recovery_key = RecoveryKey::generate()?;
    let mut header = VaultHeader {
        version: HEADER_VERSION,
        vault_id,
        kdf: settings,
        passphrase_wrap: [0; WRAPPED_KEY_LEN],
        recovery_wrap: [0; WRAPPED_KEY_LEN],
    };
    header.passphrase_wrap = keys::wrap_key(kek, key, &header.passphrase_aad())?;
    let recovery_kek = KeyEncryptionKey::from_recovery_key(&recovery_key)?;
    header.recovery_wrap = keys::wrap_key(&recovery_kek, key, &header.recovery_aad())?;
    Ok((header, recovery_key))
}

impl UnlockedVault {
    /// Creates a new vault: random vault id, random 256-bit vault key, a new recovery key; the
    /// vault key is wrapped by `kek` (which must come from a passphrase, with fresh
    /// [`crate::KdfSettings::generate`]) and by the recovery KEK.
    ///
    /// # Errors
    /// [`VaultError::WrongKeyKind`] for a recovery-derived `kek`; [`VaultError::Random`].
    pub fn create(kek: &KeyEncryptionKey) -> Result<NewVault> {
        let key = VaultKey::random()?;
        let (header, recovery_key) = header_for(hazmat::random_array()?, kek, &key)?;
        Ok(NewVault {
            header: header.clone(),
            vault: UnlockedVault { header, key },
            recovery_key,
        })
    }

    /// **Slow**: generates settings with `params`, derives the KEK and creates the vault.
    ///
    /// # Errors
    /// See [`crate::KdfSettings::derive_kek`] and [`UnlockedVault::create`].
    pub fn create_with_passphrase(passphrase: &str, params: crate::KdfParams) -> Result<NewVault> {
        Self::create(&crate::KdfSettings::generate(params)?.derive_kek(passphrase)?)
    }

    /// **Slow**: derives the passphrase KEK with the header's settings and unlocks.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] for a wrong passphrase; see [`crate::KdfSettings::derive_kek`].
    pub fn unlock_with_passphrase(header: &VaultHeader, passphrase: &str) -> Result<Self> {
        Self::unlock(header, &header.kdf.derive_kek(passphrase)?)
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

    /// Forgotten passphrase: unlocks with the recovery key and sets a new passphrase.
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

    /// The current header.
    #[must_use]
    pub fn header(&self) -> &VaultHeader {
        &self.header
    }

    /// Changes the passphrase: re-wraps the vault key under `new_kek` (derived with fresh
    /// settings); the recovery key keeps working. Returns the new header to store.
    ///
    /// # Errors
    /// [`VaultError::WrongKeyKind`] for a recovery-derived key; [`VaultError::Random`].
    pub fn change_passphrase(&mut self, new_kek: &KeyEncryptionKey) -> Result<&VaultHeader> {
        self.header = self.header_with_passphrase(&self.header, new_kek)?;
        Ok(&self.header)
    }

    /// Checks that `kek` opens this vault ("type your current passphrase to continue").
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if it does not.
    pub fn verify_kek(&self, kek: &KeyEncryptionKey) -> Result<()> {
        self.verify_kek_against(&self.header, kek)
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
                keys::unwrap_key(kek, &header.passphrase_wrap, &header.passphrase_aad())?
            }
            KekSource::Recovery => {
                keys::unwrap_key(kek, &header.recovery_wrap, &header.recovery_aad())?
            }
        };
        Ok(UnlockedVault {
            header: header.clone(),
            key,
        })
    }

    /// `header` with the vault key re-wrapped under `new_kek` (a passphrase change).
    pub(crate) fn header_with_passphrase(
        &self,
        header: &VaultHeader,
        new_kek: &KeyEncryptionKey,
    ) -> Result<VaultHeader> {
        let settings = new_kek.passphrase_settings()?.clone();
        let mut header = header.clone();
        header.kdf = settings;
        header.passphrase_wrap = keys::wrap_key(new_kek, &self.key, &header.passphrase_aad())?;
        Ok(header)
    }

    /// A NEW vault key for this vault (same id), wrapped under `kek` (the current passphrase)
    /// and a new recovery key.
    pub(crate) fn rotated(
        header: &VaultHeader,
        kek: &KeyEncryptionKey,
    ) -> Result<(UnlockedVault, RecoveryKey)> {
        let key = VaultKey::random()?;
        let (mut new_header, recovery_key) = header_for(header.vault_id, kek, &key)?;
        new_header.version = HEADER_VERSION;
        Ok((
            UnlockedVault {
                header: new_header,
                key,
            },
            recovery_key,
        ))
    }

    /// `header` with a new recovery key wrapping this vault key.
    pub(crate) fn header_with_new_recovery_key(
        &self,
        header: &VaultHeader,
    ) -> Result<(VaultHeader, RecoveryKey)> {
        let recovery_key = RecoveryKey::generate()?;
        let kek = KeyEncryptionKey::from_recovery_key(&recovery_key)?;
        let mut header = header.clone();
        header.recovery_wrap = keys::wrap_key(&kek, &self.key, &header.recovery_aad())?;
        Ok((header, recovery_key))
    }

    /// Checks that `kek` opens `header` to this vault key.
    pub(crate) fn verify_kek_against(
        &self,
        header: &VaultHeader,
        kek: &KeyEncryptionKey,
    ) -> Result<()> {
        let other = Self::unlock(header, kek)?;
        let diff = other
            .key
            .bytes()
            .iter()
            .zip(self.key.bytes().iter())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b));
        if diff == 0 {
            Ok(())
        } else {
            Err(VaultError::Decrypt)
        }
    }

    fn binding_v1(&self, magic: &[u8; 4], kind: Option<&RecordKind>, id: &str) -> Vec<u8> {
        let mut b = Vec::with_capacity(4 + 2 + VAULT_ID_LEN + 2 + 32 + 64);
        b.extend_from_slice(magic);
        b.extend_from_slice(&1u16.to_be_bytes());
        b.extend_from_slice(&self.header.vault_id);
        if let Some(kind) = kind {
            push_short(&mut b, kind.as_str().as_bytes());
        }
        push_short(&mut b, id.as_bytes());
        b
    }

    /// Opens a value of layout 1: `magic | u16 1 | wrapped content key | nonce | body | tag`.
    fn open_v1(
        &self,
        what: FormatKind,
        magic: &[u8; 4],
        binding: &[u8],
        sealed: &[u8],
    ) -> Result<SecretBytes> {
        let mut r = Reader::new(sealed, what);
        let version = r.magic_and_version(magic, 2)?;
        if version != 1 {
            return Err(r.malformed());
        }
        let wrapped: [u8; WRAPPED_KEY_LEN] = r.array()?;
        let (nonce, body, tag) = r.sealed_tail()?;
        let key_aad = [&[AAD_KEY][..], binding].concat();
        let data_aad = [&[AAD_DATA][..], binding].concat();
        let content_key: ContentKey = keys::unwrap_key(&self.key, &wrapped, &key_aad)?;
        let mut plain = body.to_vec();
        hazmat::aes256gcm_decrypt_in_place(
            content_key.bytes(),
            &nonce,
            &data_aad,
            &mut plain,
            &tag,
        )?;
        Ok(SecretBytes::new(plain))
    }

    /// Opens a record of layout 1 stored under `kind/id`.
    pub(crate) fn open_record_v1(
        &self,
        kind: &RecordKind,
        id: &RecordId,
        sealed: &[u8],
    ) -> Result<SecretBytes> {
        let binding = self.binding_v1(RECORD_MAGIC_V1, Some(kind), id.as_str());
        self.open_v1(FormatKind::Record, RECORD_MAGIC_V1, &binding, sealed)
    }

    /// Opens a blob of layout 1 stored under its id.
    pub(crate) fn open_blob_v1(&self, id: &BlobId, sealed: &[u8]) -> Result<SecretBytes> {
        let binding = self.binding_v1(BLOB_MAGIC_V1, None, id.as_str());
        self.open_v1(FormatKind::Blob, BLOB_MAGIC_V1, &binding, sealed)
    }
}
