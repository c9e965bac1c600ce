//! The backup file: the whole vault in one encrypted, versioned file.
//!
//! Layout (version 1, all integers big-endian; see `docs/vault-format.md`):
//!
//! ```text
//! "MOBACKUP" | version u16 | header length u32 | vault header
//! | wrapped body key (60) | body nonce (12) | body length u64 | body ciphertext || tag
//! ```
//!
//! The body (entry count, then store, key and sealed value of every record and blob) is
//! encrypted as a whole, so ids, kinds and counts are hidden. The embedded header carries the
//! KDF settings, the salt and both wrapped copies of the vault key, so the passphrase (as it
//! was at export time) and the recovery key both open the file.

use std::collections::BTreeSet;

use zeroize::Zeroize;

use crate::error::{FormatKind, Result, VaultError};
use crate::format::{self, Reader, WRAPPED_KEY_LEN};
use crate::hazmat::{self, NONCE_LEN, TAG_LEN};
use crate::header::VaultHeader;
use crate::kdf::KeyEncryptionKey;
use crate::recovery::RecoveryKey;
use crate::secret::Key32;
use crate::session::{DamagedEntry, parse_record_key};
use crate::storage::StoreName;
use crate::vault::{BlobId, UnlockedVault};

const BACKUP_MAGIC: &[u8; 8] = b"MOBACKUP";
/// Newest backup format version this build writes and reads.
pub const BACKUP_VERSION: u16 = 1;
/// Suggested file name extension.
pub const BACKUP_FILE_EXTENSION: &str = "meinordner";

const STORE_RECORDS: u8 = 2;
const STORE_BLOBS: u8 = 3;
const AAD_BODY_KEY_LABEL: &[u8] = b"mein-ordner/backup/body-key";

const BACKUP: FormatKind = FormatKind::Backup;

fn malformed() -> VaultError {
    VaultError::Malformed { what: BACKUP }
}

/// The result of [`crate::Session::export_backup`].
#[derive(Debug, Clone)]
pub struct BackupExport {
    /// The file to save.
    pub bytes: Vec<u8>,
    /// Records and blobs left out because they could not be decrypted on this device.
    pub skipped: Vec<DamagedEntry>,
}

/// Writes a version-1 backup of `entries` (sealed records and blobs).
pub(crate) fn write_backup(
    vault: &UnlockedVault,
    entries: &[(StoreName, String, Vec<u8>)],
) -> Result<Vec<u8>> {
    let header = vault.header().to_bytes();
    let header_len = u32::try_from(header.len()).map_err(|_| VaultError::TooLarge)?;
    let count = u32::try_from(entries.len()).map_err(|_| VaultError::TooLarge)?;
    let mut body_len: usize = 4;
    for (_, key, value) in entries {
        u16::try_from(key.len()).map_err(|_| VaultError::TooLarge)?;
        u32::try_from(value.len()).map_err(|_| VaultError::TooLarge)?;
        body_len = body_len
            .checked_add(1 + 2 + key.len() + 4 + value.len())
            .ok_or(VaultError::TooLarge)?;
    }
    let ct_len = u64::try_from(body_len + TAG_LEN).map_err(|_| VaultError::TooLarge)?;

    let mut out = Vec::with_capacity(
        BACKUP_MAGIC.len()
            + 2
            + 4
            + header.len()
            + WRAPPED_KEY_LEN
            + NONCE_LEN
            + 8
            + body_len
            + TAG_LEN,
    );
    out.extend_from_slice(BACKUP_MAGIC);
    out.extend_from_slice(&BACKUP_VERSION.to_be_bytes());
    out.extend_from_slice(&header_len.to_be_bytes());
    out.extend_from_slice(&header);

    let body_key = Key32::random()?;
    let key_aad = [AAD_BODY_KEY_LABEL, &out[..]].concat();
    out.extend_from_slice(&format::wrap_key(vault.key(), &body_key, &key_aad)?);
    let nonce: [u8; NONCE_LEN] = hazmat::random_array()?;
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct_len.to_be_bytes());
    let body_start = out.len();

    out.extend_from_slice(&count.to_be_bytes());
    for (store, key, value) in entries {
        out.push(match store {
            StoreName::Records => STORE_RECORDS,
            StoreName::Blobs => STORE_BLOBS,
            StoreName::Meta => return Err(malformed()),
        });
        out.extend_from_slice(&(key.len() as u16).to_be_bytes());
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(&(value.len() as u32).to_be_bytes());
        out.extend_from_slice(value);
    }
    let (aad, body) = out.split_at_mut(body_start);
    let tag = hazmat::aes256gcm_encrypt_in_place(&body_key.0, &nonce, aad, body)?;
    out.extend_from_slice(&tag);
    Ok(out)
}

/// A backup file whose structure has been checked (magic, version, lengths, header, KDF
/// parameter floor) but not yet decrypted. Get the KDF settings from
/// [`BackupFile::header`], derive the KEK (in the worker), then [`BackupFile::open`].
#[derive(Debug, Clone)]
pub struct BackupFile {
    bytes: Vec<u8>,
    header: VaultHeader,
    header_end: usize,
    wrapped_body_key: [u8; WRAPPED_KEY_LEN],
    nonce: [u8; NONCE_LEN],
    body_start: usize,
}

impl BackupFile {
    /// Checks the structure of a backup file.
    ///
    /// # Errors
    /// - [`VaultError::BadMagic`]: not a Mein Ordner backup;
    /// - [`VaultError::NewerVersion`]: written by a newer app (backup or embedded header);
    /// - [`VaultError::Malformed`]: truncated, trailing bytes or inconsistent lengths;
    /// - [`VaultError::KdfTooWeak`] / [`VaultError::KdfTooCostly`]: parameters out of range.
    pub fn parse(bytes: Vec<u8>) -> Result<Self> {
        let mut r = Reader::new(&bytes, BACKUP);
        let version = r.magic_and_version(BACKUP_MAGIC, BACKUP_VERSION)?;
        if version != 1 {
            return Err(malformed());
        }
        let header_len = usize::try_from(r.u32()?).map_err(|_| malformed())?;
        let header = VaultHeader::from_bytes(r.take(header_len)?).map_err(|e| match e {
            VaultError::BadMagic { .. } | VaultError::Malformed { .. } => malformed(),
            other => other,
        })?;
        let header_end = r.position();
        let wrapped_body_key = r.array()?;
        let nonce = r.array()?;
        let ct_len = r.u64()?;
        let body_start = r.position();
        if ct_len < TAG_LEN as u64 || ct_len != r.remaining() as u64 {
            return Err(malformed());
        }
        Ok(BackupFile {
            bytes,
            header,
            header_end,
            wrapped_body_key,
            nonce,
            body_start,
        })
    }

    /// The embedded vault header: its [`VaultHeader::kdf_settings`] go to the key-derivation
    /// worker.
    #[must_use]
    pub fn header(&self) -> &VaultHeader {
        &self.header
    }

    /// Size of the file in bytes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.bytes.len()
    }

    /// Always false for a parsed file (present for API symmetry).
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    /// Decrypts and verifies everything: the vault key, the body, the body's structure, and
    /// every record and blob in it. Nothing is stored; pass the result to
    /// [`crate::VaultStore::import_backup`]. On a wrong key, try again with another one.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] for a wrong passphrase/recovery key or any altered byte;
    /// [`VaultError::Malformed`] for an inconsistent body.
    pub fn open(&self, kek: &KeyEncryptionKey) -> Result<VerifiedBackup> {
        let vault = UnlockedVault::unlock(&self.header, kek)?;
        let key_aad = [AAD_BODY_KEY_LABEL, &self.bytes[..self.header_end]].concat();
        let body_key = format::unwrap_key(vault.key(), &self.wrapped_body_key, &key_aad)?;
        let tag_start = self.bytes.len() - TAG_LEN;
        let tag: [u8; TAG_LEN] = self.bytes[tag_start..]
            .try_into()
            .map_err(|_| malformed())?;
        let mut body = self.bytes[self.body_start..tag_start].to_vec();
        hazmat::aes256gcm_decrypt_in_place(
            &body_key.0,
            &self.nonce,
            &self.bytes[..self.body_start],
            &mut body,
            &tag,
        )?;
        let entries = parse_body(&body);
        body.zeroize();
        let entries = entries?;
        for (store, key, value) in &entries {
            match store {
                StoreName::Records => {
                    let (kind, id) = parse_record_key(key).ok_or_else(malformed)?;
                    vault.open_record(&kind, &id, value)?;
                }
                StoreName::Blobs => {
                    let id = BlobId::new(key).map_err(|_| malformed())?;
                    vault.open_blob(&id, value)?;
                }
                StoreName::Meta => return Err(malformed()),
            }
        }
        Ok(VerifiedBackup { vault, entries })
    }

    /// **Slow**: derives the KEK from the passphrase (as it was when the backup was made) and
    /// opens.
    ///
    /// # Errors
    /// As [`BackupFile::open`] and [`crate::KdfSettings::derive_kek`].
    pub fn open_with_passphrase(&self, passphrase: &str) -> Result<VerifiedBackup> {
        self.open(&self.header.kdf_settings().derive_kek(passphrase)?)
    }

    /// Opens with the recovery key.
    ///
    /// # Errors
    /// As [`BackupFile::open`].
    pub fn open_with_recovery_key(&self, recovery_key: &RecoveryKey) -> Result<VerifiedBackup> {
        self.open(&KeyEncryptionKey::from_recovery_key(recovery_key)?)
    }
}

type Entries = Vec<(StoreName, String, Vec<u8>)>;

fn parse_body(body: &[u8]) -> Result<Entries> {
    let mut r = Reader::new(body, BACKUP);
    let count = r.u32()?;
    // Each entry takes at least 7 bytes: never trust the count for allocation.
    let mut entries = Vec::with_capacity((count as usize).min(r.remaining() / 7));
    let mut seen = BTreeSet::new();
    for _ in 0..count {
        let store = match r.u8()? {
            STORE_RECORDS => StoreName::Records,
            STORE_BLOBS => StoreName::Blobs,
            _ => return Err(malformed()),
        };
        let key_len = usize::from(r.u16()?);
        let key = std::str::from_utf8(r.take(key_len)?)
            .map_err(|_| malformed())?
            .to_owned();
        let value_len = usize::try_from(r.u32()?).map_err(|_| malformed())?;
        let value = r.take(value_len)?.to_vec();
        if !seen.insert((store, key.clone())) {
            return Err(malformed());
        }
        entries.push((store, key, value));
    }
    r.finish()?;
    Ok(entries)
}

/// A fully decrypted and verified backup, ready for [`crate::VaultStore::import_backup`].
/// Holds the unlocked vault key (zeroized on drop).
pub struct VerifiedBackup {
    vault: UnlockedVault,
    entries: Entries,
}

impl core::fmt::Debug for VerifiedBackup {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("VerifiedBackup")
            .field("vault", &self.vault)
            .field("records", &self.record_count())
            .field("blobs", &self.blob_count())
            .finish()
    }
}

impl VerifiedBackup {
    /// The vault header that will be stored.
    #[must_use]
    pub fn header(&self) -> &VaultHeader {
        self.vault.header()
    }

    /// Number of records in the backup.
    #[must_use]
    pub fn record_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|(s, _, _)| *s == StoreName::Records)
            .count()
    }

    /// Number of blobs in the backup.
    #[must_use]
    pub fn blob_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|(s, _, _)| *s == StoreName::Blobs)
            .count()
    }

    pub(crate) fn into_parts(self) -> (UnlockedVault, Entries) {
        (self.vault, self.entries)
    }
}
