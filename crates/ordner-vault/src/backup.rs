//! The backup file: the whole vault in one encrypted, versioned file.
//!
//! Layout (versions 1 and 2, all integers big-endian; see `docs/vault-format.md`):
//!
//! ```text
//! "MOBACKUP" | version u16 | header length u32 | vault header
//! | wrapped body key (60) | body nonce (12) | body length u64 | body ciphertext || tag
//! ```
//!
//! The body (entry count, then store, key and sealed value of every entry) is encrypted as a
//! whole, so slots and counts are hidden. Version 2 holds the manifest (store 1, key
//! `manifest`) and the records and blobs of storage layout 2 under their slots; version 1
//! held layout-1 records and blobs (`kind/id` keys), which are converted on import.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use zeroize::Zeroizing;

use crate::error::{FormatKind, Result, VaultError};
use crate::format::Reader;
use crate::hazmat::{self, NONCE_LEN, TAG_LEN};
use crate::header::VaultHeader;
use crate::kdf::KeyEncryptionKey;
use crate::keys::{self, ContentKey, WRAPPED_KEY_LEN};
use crate::layout::{self, EntryName, MANIFEST_KEY, Manifest};
use crate::recovery::RecoveryKey;
use crate::secret::SecretBytes;
use crate::session::{DamagedEntry, parse_v1_record_key};
use crate::storage::StoreName;
use crate::vault::{BlobId, UnlockedVault};

const BACKUP_MAGIC: &[u8; 8] = b"MOBACKUP";
/// Newest backup format version this build writes and reads.
pub const BACKUP_VERSION: u16 = 2;
/// Suggested file name extension.
pub const BACKUP_FILE_EXTENSION: &str = "meinordner";
/// Largest backup file the app writes or reads (256 MiB): opening one holds about twice its
/// size in memory, which a phone's browser tab can still afford. Check a chosen file's size
/// against it before reading the file.
pub const MAX_BACKUP_LEN: usize = 256 * 1024 * 1024;

const STORE_META: u8 = 1;
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

fn store_byte(store: StoreName) -> u8 {
    match store {
        StoreName::Meta => STORE_META,
        StoreName::Records => STORE_RECORDS,
        StoreName::Blobs => STORE_BLOBS,
    }
}

/// Writes a version-2 backup: the manifest and the sealed records and blobs (by slot).
pub(crate) fn write_backup(
    vault: &UnlockedVault,
    header: &VaultHeader,
    manifest: &[u8],
    entries: &[(StoreName, String, Vec<u8>)],
) -> Result<Vec<u8>> {
    let header = header.to_bytes();
    let header_len = u32::try_from(header.len()).map_err(|_| VaultError::TooLarge)?;
    let all: Vec<(StoreName, &str, &[u8])> =
        std::iter::once((StoreName::Meta, MANIFEST_KEY, manifest))
            .chain(
                entries
                    .iter()
                    .map(|(s, k, v)| (*s, k.as_str(), v.as_slice())),
            )
            .collect();
    let count = u32::try_from(all.len()).map_err(|_| VaultError::TooLarge)?;
    let mut body_len: usize = 4;
    for (_, key, value) in &all {
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

    let body_key = ContentKey::random()?;
    let key_aad = [AAD_BODY_KEY_LABEL, &out[..]].concat();
    out.extend_from_slice(&keys::wrap_key(&vault.key, &body_key, &key_aad)?);
    let nonce: [u8; NONCE_LEN] = hazmat::random_array()?;
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct_len.to_be_bytes());
    let body_start = out.len();

    out.extend_from_slice(&count.to_be_bytes());
    for (store, key, value) in all {
        out.push(store_byte(store));
        out.extend_from_slice(&(key.len() as u16).to_be_bytes());
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(&(value.len() as u32).to_be_bytes());
        out.extend_from_slice(value);
    }
    let (aad, body) = out.split_at_mut(body_start);
    let tag = hazmat::aes256gcm_encrypt_in_place(body_key.bytes(), &nonce, aad, body)?;
    out.extend_from_slice(&tag);
    if out.len() > MAX_BACKUP_LEN {
        return Err(VaultError::BackupTooLarge);
    }
    Ok(out)
}

/// A backup file whose structure has been checked (magic, version, lengths, header, KDF
/// parameter limits) but not yet decrypted. Get the KDF settings from
/// [`BackupFile::header`], derive the KEK (in the worker), then [`BackupFile::open`].
#[derive(Debug, Clone)]
pub struct BackupFile {
    bytes: Vec<u8>,
    version: u16,
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
    /// - [`VaultError::KdfTooWeak`] / [`VaultError::KdfTooCostly`]: parameters out of range;
    /// - [`VaultError::BackupTooLarge`]: larger than [`MAX_BACKUP_LEN`].
    pub fn parse(bytes: Vec<u8>) -> Result<Self> {
        if bytes.len() > MAX_BACKUP_LEN {
            return Err(VaultError::BackupTooLarge);
        }
        let mut r = Reader::new(&bytes, BACKUP);
        let version = r.magic_and_version(BACKUP_MAGIC, BACKUP_VERSION)?;
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
            version,
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

    /// The backup format version of this file.
    #[must_use]
    pub fn format_version(&self) -> u16 {
        self.version
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

    /// Decrypts and verifies everything: the vault key, the body, the body's structure, the
    /// manifest, and every record and blob in it. Nothing is stored; pass the result to
    /// [`crate::VaultStore::import_backup`]. On a wrong key, try again with another one.
    ///
    /// Memory: the result holds one decrypted copy of the body (the values are not copied
    /// again); drop this file once it opened, so that at most two copies exist at a time.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] for a wrong passphrase/recovery key or any altered byte;
    /// [`VaultError::Malformed`] for an inconsistent body.
    pub fn open(&self, kek: &KeyEncryptionKey) -> Result<VerifiedBackup> {
        let vault = UnlockedVault::unlock(&self.header, kek)?;
        let key_aad = [AAD_BODY_KEY_LABEL, &self.bytes[..self.header_end]].concat();
        let body_key: ContentKey = keys::unwrap_key(&vault.key, &self.wrapped_body_key, &key_aad)?;
        let tag_start = self.bytes.len() - TAG_LEN;
        let tag: [u8; TAG_LEN] = self.bytes[tag_start..]
            .try_into()
            .map_err(|_| malformed())?;
        let mut body = Zeroizing::new(self.bytes[self.body_start..tag_start].to_vec());
        hazmat::aes256gcm_decrypt_in_place(
            body_key.bytes(),
            &self.nonce,
            &self.bytes[..self.body_start],
            &mut body,
            &tag,
        )?;
        let entries = parse_body(&body)?;
        let entries = match self.version {
            1 => verify_v1(&vault, &body, entries)?,
            _ => verify_v2(&vault, body, entries)?,
        };
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

/// Entries of a decrypted body: store, key, and where the value is in the body.
type RawEntries = Vec<(StoreName, String, Range<usize>)>;

fn parse_body(body: &[u8]) -> Result<RawEntries> {
    let mut r = Reader::new(body, BACKUP);
    let count = r.u32()?;
    // Each entry takes at least 7 bytes: never trust the count for allocation.
    let mut entries = Vec::with_capacity((count as usize).min(r.remaining() / 7));
    let mut seen = BTreeSet::new();
    for _ in 0..count {
        let store = match r.u8()? {
            STORE_META => StoreName::Meta,
            STORE_RECORDS => StoreName::Records,
            STORE_BLOBS => StoreName::Blobs,
            _ => return Err(malformed()),
        };
        let key_len = usize::from(r.u16()?);
        let key = std::str::from_utf8(r.take(key_len)?)
            .map_err(|_| malformed())?
            .to_owned();
        let value_len = usize::try_from(r.u32()?).map_err(|_| malformed())?;
        let start = r.position();
        r.take(value_len)?;
        if !seen.insert((store, key.clone())) {
            return Err(malformed());
        }
        entries.push((store, key, start..start + value_len));
    }
    r.finish()?;
    Ok(entries)
}

/// Layout 1: every record and blob opened with the vault key (to be converted on import).
fn verify_v1(vault: &UnlockedVault, body: &[u8], raw: RawEntries) -> Result<BackupEntries> {
    let mut out = Vec::with_capacity(raw.len());
    for (store, key, range) in raw {
        let value = &body[range];
        match store {
            StoreName::Records => {
                let (kind, id) = parse_v1_record_key(&key).ok_or_else(malformed)?;
                let plain = vault.open_record_v1(&kind, &id, value)?;
                out.push((EntryName::Record(kind, id), plain));
            }
            StoreName::Blobs => {
                let id = BlobId::new(&key).map_err(|_| malformed())?;
                let plain = vault.open_blob_v1(&id, value)?;
                out.push((EntryName::Blob(id), plain));
            }
            StoreName::Meta => return Err(malformed()),
        }
    }
    Ok(BackupEntries::V1(out))
}

/// Layout 2: the manifest, then every stored value must be listed there and open with its key.
fn verify_v2(
    vault: &UnlockedVault,
    body: Zeroizing<Vec<u8>>,
    raw: RawEntries,
) -> Result<BackupEntries> {
    let mut manifest = None;
    let mut values = Vec::with_capacity(raw.len());
    for (store, key, range) in raw {
        if store == StoreName::Meta {
            if key != MANIFEST_KEY || manifest.is_some() {
                return Err(malformed());
            }
            manifest = Some(Manifest::open(
                &vault.key,
                &vault.header.vault_id,
                &body[range],
            )?);
        } else {
            values.push((store, key, range));
        }
    }
    let manifest = manifest.ok_or_else(malformed)?;
    let by_slot: BTreeMap<String, &EntryName> = manifest
        .entries
        .keys()
        .map(|n| (manifest.slot(n), n))
        .collect();
    for (store, key, range) in &values {
        let name = by_slot.get(key).ok_or_else(malformed)?;
        if name.store() != *store {
            return Err(malformed());
        }
        let entry = manifest.entries.get(*name).ok_or_else(malformed)?;
        layout::open_entry(
            &vault.header.vault_id,
            name,
            &entry.key,
            &body[range.clone()],
        )?;
    }
    Ok(BackupEntries::V2 {
        manifest,
        body,
        entries: values,
    })
}

/// What a verified backup holds, by storage layout.
pub(crate) enum BackupEntries {
    /// Layout 1: the decrypted records and blobs (re-sealed on import).
    V1(Vec<(EntryName, SecretBytes)>),
    /// Layout 2: the manifest and the sealed values by slot (ranges of the decrypted body),
    /// imported byte for byte.
    V2 {
        manifest: Manifest,
        body: Zeroizing<Vec<u8>>,
        entries: RawEntries,
    },
}

/// A fully decrypted and verified backup, ready for [`crate::VaultStore::import_backup`].
/// Holds the unlocked vault key (zeroized on drop).
pub struct VerifiedBackup {
    vault: UnlockedVault,
    entries: BackupEntries,
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
        &self.vault.header
    }

    fn count(&self, store: StoreName) -> usize {
        match &self.entries {
            BackupEntries::V1(e) => e.iter().filter(|(n, _)| n.store() == store).count(),
            BackupEntries::V2 { entries, .. } => {
                entries.iter().filter(|(s, _, _)| *s == store).count()
            }
        }
    }

    /// Number of records in the backup.
    #[must_use]
    pub fn record_count(&self) -> usize {
        self.count(StoreName::Records)
    }

    /// Number of blobs in the backup.
    #[must_use]
    pub fn blob_count(&self) -> usize {
        self.count(StoreName::Blobs)
    }

    pub(crate) fn into_parts(self) -> (UnlockedVault, BackupEntries) {
        (self.vault, self.entries)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "unit tests")]
mod tests {
    use super::*;

    fn entry(out: &mut Vec<u8>, store: u8, key: &str, value: &[u8]) {
        out.push(store);
        out.extend(u16::try_from(key.len()).unwrap().to_be_bytes());
        out.extend(key.as_bytes());
        out.extend(u32::try_from(value.len()).unwrap().to_be_bytes());
        out.extend(value);
    }

    /// A decrypted body of 100,000 entries is read in bounded time and memory (#16).
    #[test]
    fn a_body_of_100000_entries_is_read_in_bounded_time() {
        let n: u32 = 100_000;
        let mut body = n.to_be_bytes().to_vec();
        for i in 0..n {
            entry(&mut body, STORE_RECORDS, &format!("{i:032x}"), &[7; 16]);
        }
        let started = std::time::Instant::now();
        let entries = parse_body(&body).unwrap();
        let took = started.elapsed();
        assert_eq!(entries.len(), 100_000);
        assert!(took < std::time::Duration::from_secs(10), "{took:?}");
    }

    /// The entry count is never trusted for allocation: a count of 4 billion over a few bytes is
    /// refused as malformed at once.
    #[test]
    fn a_count_larger_than_the_body_is_refused_at_once() {
        let mut body = u32::MAX.to_be_bytes().to_vec();
        entry(&mut body, STORE_RECORDS, "a", b"x");
        let started = std::time::Instant::now();
        assert!(matches!(
            parse_body(&body),
            Err(VaultError::Malformed { .. })
        ));
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        // A duplicate entry is refused too.
        let mut body = 2u32.to_be_bytes().to_vec();
        entry(&mut body, STORE_RECORDS, "a", b"x");
        entry(&mut body, STORE_RECORDS, "a", b"y");
        assert!(parse_body(&body).is_err());
    }
}
