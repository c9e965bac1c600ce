//! The vault service on top of a [`Storage`]: create, unlock, read and write records and blobs,
//! change keys, export and import backups.

use core::fmt;

use crate::backup::{self, BackupExport, VerifiedBackup};
use crate::error::{Result, VaultError};
use crate::header::VaultHeader;
use crate::kdf::KeyEncryptionKey;
use crate::recovery::RecoveryKey;
use crate::secret::SecretBytes;
use crate::storage::{Batch, Storage, StoreName};
use crate::vault::{BlobId, RecordId, RecordKind, UnlockedVault};

/// Key of the header in the `meta` store.
pub const HEADER_KEY: &str = "header";

/// The storage key of a record: `kind/id`.
#[must_use]
pub fn record_key(kind: &RecordKind, id: &RecordId) -> String {
    format!("{}/{}", kind.as_str(), id.as_str())
}

/// Splits a `records` storage key into a valid kind and id.
pub(crate) fn parse_record_key(key: &str) -> Option<(RecordKind, RecordId)> {
    let (kind, id) = key.split_once('/')?;
    Some((RecordKind::new(kind).ok()?, RecordId::new(id).ok()?))
}

/// A decrypted record.
#[derive(Debug, Clone)]
pub struct Record {
    /// Its kind.
    pub kind: RecordKind,
    /// Its id.
    pub id: RecordId,
    /// The plaintext (zeroized on drop).
    pub data: SecretBytes,
}

/// A stored record or blob that could not be opened (altered or damaged). Its kind and id are
/// the raw text of the storage key, to name it to the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedEntry {
    /// The store it is in.
    pub store: StoreName,
    /// The record kind (empty for blobs or unparseable keys).
    pub kind: String,
    /// The record or blob id (the whole storage key if it cannot be split).
    pub id: String,
}

impl DamagedEntry {
    pub(crate) fn from_key(store: StoreName, key: &str) -> Self {
        match (store, key.split_once('/')) {
            (StoreName::Records, Some((kind, id))) => DamagedEntry {
                store,
                kind: kind.to_owned(),
                id: id.to_owned(),
            },
            _ => DamagedEntry {
                store,
                kind: String::new(),
                id: key.to_owned(),
            },
        }
    }
}

/// Records that opened, and those that did not: one damaged record never hides the rest.
#[derive(Debug, Clone, Default)]
pub struct OpenedRecords {
    /// Records that decrypted, sorted by kind and id.
    pub records: Vec<Record>,
    /// Records that failed to decrypt, by kind and id.
    pub damaged: Vec<DamagedEntry>,
}

/// Whether [`VaultStore::import_backup`] may replace a vault that is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportMode {
    /// Refuse with [`VaultError::VaultExists`] if the store holds a vault (the default).
    RefuseIfExists,
    /// Replace the existing vault (after the person confirmed it explicitly).
    ReplaceExisting,
}

/// A new vault in the store: the unlocked session and the recovery key to show once.
#[derive(Debug)]
pub struct CreatedVault<S> {
    /// The unlocked session.
    pub session: Session<S>,
    /// The recovery key: show it on the recovery sheet; it is stored nowhere.
    pub recovery_key: RecoveryKey,
}

/// The vault service over a storage (locked state). Cheap to clone if the storage is.
#[derive(Debug, Clone)]
pub struct VaultStore<S> {
    storage: S,
}

impl<S: Storage + Clone> VaultStore<S> {
    /// Wraps a storage.
    pub fn new(storage: S) -> Self {
        VaultStore { storage }
    }

    /// The storage.
    pub fn storage(&self) -> &S {
        &self.storage
    }

    /// The stored header, if a vault exists. Its [`VaultHeader::kdf_settings`] go to the
    /// key-derivation worker.
    ///
    /// # Errors
    /// Storage errors; [`VaultError::Malformed`] etc. for a damaged header.
    pub async fn header(&self) -> Result<Option<VaultHeader>> {
        match self.storage.get(StoreName::Meta, HEADER_KEY).await? {
            Some(bytes) => Ok(Some(VaultHeader::from_bytes(&bytes)?)),
            None => Ok(None),
        }
    }

    /// Whether a vault (a header) is stored.
    ///
    /// # Errors
    /// Storage errors.
    pub async fn exists(&self) -> Result<bool> {
        Ok(self
            .storage
            .get(StoreName::Meta, HEADER_KEY)
            .await?
            .is_some())
    }

    async fn required_header(&self) -> Result<VaultHeader> {
        self.header().await?.ok_or(VaultError::NoVault)
    }

    /// Creates a vault in an empty store, with a passphrase KEK derived from fresh settings.
    /// Leftover records or blobs without a header (unreadable without it) are removed in the
    /// same batch.
    ///
    /// # Errors
    /// [`VaultError::VaultExists`]; [`VaultError::WrongKeyKind`]; storage errors (nothing
    /// stored).
    pub async fn create(&self, kek: &KeyEncryptionKey) -> Result<CreatedVault<S>> {
        if self.exists().await? {
            return Err(VaultError::VaultExists);
        }
        let new = UnlockedVault::create(kek)?;
        let mut batch = Batch::new();
        for store in StoreName::ALL {
            batch.clear(store);
        }
        batch.put(StoreName::Meta, HEADER_KEY, new.header.to_bytes());
        self.storage.commit(batch).await?;
        Ok(CreatedVault {
            session: Session {
                storage: self.storage.clone(),
                vault: new.vault,
            },
            recovery_key: new.recovery_key,
        })
    }

    /// Unlocks with a derived KEK (passphrase via the worker, or recovery key).
    ///
    /// # Errors
    /// [`VaultError::NoVault`]; [`VaultError::Decrypt`] for a wrong key.
    pub async fn unlock(&self, kek: &KeyEncryptionKey) -> Result<Session<S>> {
        let header = self.required_header().await?;
        let vault = UnlockedVault::unlock(&header, kek)?;
        Ok(Session {
            storage: self.storage.clone(),
            vault,
        })
    }

    /// **Slow**: derives the KEK here and unlocks (native code and tests).
    ///
    /// # Errors
    /// As [`VaultStore::unlock`] and [`crate::KdfSettings::derive_kek`].
    pub async fn unlock_with_passphrase(&self, passphrase: &str) -> Result<Session<S>> {
        let header = self.required_header().await?;
        let kek = header.kdf_settings().derive_kek(passphrase)?;
        let vault = UnlockedVault::unlock(&header, &kek)?;
        Ok(Session {
            storage: self.storage.clone(),
            vault,
        })
    }

    /// Unlocks with the recovery key. Then call [`Session::change_passphrase`] to set a new
    /// passphrase.
    ///
    /// # Errors
    /// As [`VaultStore::unlock`].
    pub async fn unlock_with_recovery_key(&self, recovery_key: &RecoveryKey) -> Result<Session<S>> {
        self.unlock(&KeyEncryptionKey::from_recovery_key(recovery_key)?)
            .await
    }

    /// Imports a verified backup ([`crate::BackupFile::open`] has already checked every byte)
    /// in one batch. Returns the unlocked session of the imported vault.
    ///
    /// # Errors
    /// [`VaultError::VaultExists`] if a vault is stored and `mode` is
    /// [`ImportMode::RefuseIfExists`]; storage errors (nothing changed).
    pub async fn import_backup(
        &self,
        backup: VerifiedBackup,
        mode: ImportMode,
    ) -> Result<Session<S>> {
        if mode == ImportMode::RefuseIfExists && self.exists().await? {
            return Err(VaultError::VaultExists);
        }
        let (vault, entries) = backup.into_parts();
        let mut batch = Batch::new();
        for store in StoreName::ALL {
            batch.clear(store);
        }
        batch.put(StoreName::Meta, HEADER_KEY, vault.header().to_bytes());
        for (store, key, value) in entries {
            batch.put(store, key, value);
        }
        self.storage.commit(batch).await?;
        Ok(Session {
            storage: self.storage.clone(),
            vault,
        })
    }

    /// Deletes the vault and everything in it, in one batch. Irreversible: ask first.
    ///
    /// # Errors
    /// Storage errors (nothing changed).
    pub async fn delete_everything(&self) -> Result<()> {
        let mut batch = Batch::new();
        for store in StoreName::ALL {
            batch.clear(store);
        }
        self.storage.commit(batch).await
    }
}

/// An unlocked vault over a storage. Dropping it (or [`Session::lock`]) zeroizes the keys.
pub struct Session<S> {
    storage: S,
    vault: UnlockedVault,
}

impl<S> fmt::Debug for Session<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("vault", &self.vault)
            .finish_non_exhaustive()
    }
}

/// A set of writes prepared (already encrypted) for one atomic [`Session::commit`], e.g. a
/// document record together with its scanned pages.
pub struct Change<'a> {
    vault: &'a UnlockedVault,
    batch: Batch,
}

impl fmt::Debug for Change<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Change")
            .field("batch", &self.batch)
            .finish()
    }
}

impl Change<'_> {
    /// Encrypts and adds a record write.
    ///
    /// # Errors
    /// [`VaultError::TooLarge`], [`VaultError::Random`].
    pub fn put_record(
        &mut self,
        kind: &RecordKind,
        id: &RecordId,
        data: &[u8],
    ) -> Result<&mut Self> {
        let sealed = self.vault.seal_record(kind, id, data)?;
        self.batch
            .put(StoreName::Records, record_key(kind, id), sealed);
        Ok(self)
    }

    /// Adds a record deletion.
    pub fn delete_record(&mut self, kind: &RecordKind, id: &RecordId) -> &mut Self {
        self.batch.delete(StoreName::Records, record_key(kind, id));
        self
    }

    /// Encrypts and adds a blob write.
    ///
    /// # Errors
    /// [`VaultError::TooLarge`], [`VaultError::Random`].
    pub fn put_blob(&mut self, id: &BlobId, data: &[u8]) -> Result<&mut Self> {
        let sealed = self.vault.seal_blob(id, data)?;
        self.batch.put(StoreName::Blobs, id.as_str(), sealed);
        Ok(self)
    }

    /// Adds a blob deletion.
    pub fn delete_blob(&mut self, id: &BlobId) -> &mut Self {
        self.batch.delete(StoreName::Blobs, id.as_str());
        self
    }

    /// Whether nothing was added.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.batch.is_empty()
    }
}

impl<S: Storage> Session<S> {
    /// The current header.
    pub fn header(&self) -> &VaultHeader {
        self.vault.header()
    }

    /// The unlocked vault (for sealing or opening outside the store).
    pub fn vault(&self) -> &UnlockedVault {
        &self.vault
    }

    /// Locks: drops and zeroizes the keys.
    pub fn lock(self) {
        drop(self);
    }

    /// Opens every record. Records that fail to decrypt are listed in
    /// [`OpenedRecords::damaged`] by kind and id; the others open normally.
    ///
    /// # Errors
    /// Storage errors only.
    pub async fn open_all(&self) -> Result<OpenedRecords> {
        self.open_prefix("").await
    }

    /// Opens every record of one kind (damaged ones reported as in [`Session::open_all`]).
    ///
    /// # Errors
    /// Storage errors only.
    pub async fn list(&self, kind: &RecordKind) -> Result<OpenedRecords> {
        self.open_prefix(&format!("{}/", kind.as_str())).await
    }

    async fn open_prefix(&self, prefix: &str) -> Result<OpenedRecords> {
        let mut out = OpenedRecords::default();
        for (key, value) in self.storage.get_all(StoreName::Records, prefix).await? {
            let opened = parse_record_key(&key).and_then(|(kind, id)| {
                let data = self.vault.open_record(&kind, &id, &value).ok()?;
                Some(Record { kind, id, data })
            });
            match opened {
                Some(r) => out.records.push(r),
                None => out
                    .damaged
                    .push(DamagedEntry::from_key(StoreName::Records, &key)),
            }
        }
        Ok(out)
    }

    /// Reads one record.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if it is damaged; storage errors.
    pub async fn get(&self, kind: &RecordKind, id: &RecordId) -> Result<Option<SecretBytes>> {
        match self
            .storage
            .get(StoreName::Records, &record_key(kind, id))
            .await?
        {
            Some(sealed) => Ok(Some(self.vault.open_record(kind, id, &sealed)?)),
            None => Ok(None),
        }
    }

    /// A new empty change for [`Session::commit`].
    pub fn change(&self) -> Change<'_> {
        Change {
            vault: &self.vault,
            batch: Batch::new(),
        }
    }

    /// Writes a prepared change in one atomic batch.
    ///
    /// # Errors
    /// [`VaultError::StorageFull`], [`VaultError::Storage`] (nothing changed).
    pub async fn commit(&self, change: Change<'_>) -> Result<()> {
        if change.batch.is_empty() {
            return Ok(());
        }
        self.storage.commit(change.batch).await
    }

    /// Writes (creates or replaces) one record.
    ///
    /// # Errors
    /// As [`Session::commit`] and [`Change::put_record`].
    pub async fn put(&self, kind: &RecordKind, id: &RecordId, data: &[u8]) -> Result<()> {
        let mut change = self.change();
        change.put_record(kind, id, data)?;
        self.commit(change).await
    }

    /// Deletes one record (no error if absent).
    ///
    /// # Errors
    /// As [`Session::commit`].
    pub async fn delete(&self, kind: &RecordKind, id: &RecordId) -> Result<()> {
        let mut change = self.change();
        change.delete_record(kind, id);
        self.commit(change).await
    }

    /// Reads one blob.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if it is damaged; storage errors.
    pub async fn get_blob(&self, id: &BlobId) -> Result<Option<SecretBytes>> {
        match self.storage.get(StoreName::Blobs, id.as_str()).await? {
            Some(sealed) => Ok(Some(self.vault.open_blob(id, &sealed)?)),
            None => Ok(None),
        }
    }

    /// Writes one blob.
    ///
    /// # Errors
    /// As [`Session::commit`] and [`Change::put_blob`].
    pub async fn put_blob(&self, id: &BlobId, data: &[u8]) -> Result<()> {
        let mut change = self.change();
        change.put_blob(id, data)?;
        self.commit(change).await
    }

    /// Deletes one blob (no error if absent).
    ///
    /// # Errors
    /// As [`Session::commit`].
    pub async fn delete_blob(&self, id: &BlobId) -> Result<()> {
        let mut change = self.change();
        change.delete_blob(id);
        self.commit(change).await
    }

    /// Ids of all stored blobs (keys that are not valid ids are skipped).
    ///
    /// # Errors
    /// Storage errors.
    pub async fn blob_ids(&self) -> Result<Vec<BlobId>> {
        Ok(self
            .storage
            .keys(StoreName::Blobs, "")
            .await?
            .iter()
            .filter_map(|k| BlobId::new(k).ok())
            .collect())
    }

    /// Decrypts every blob and returns those that fail (a "check my folder" function).
    ///
    /// # Errors
    /// Storage errors.
    pub async fn check_blobs(&self) -> Result<Vec<DamagedEntry>> {
        let mut damaged = Vec::new();
        for key in self.storage.keys(StoreName::Blobs, "").await? {
            let ok = match (
                BlobId::new(&key),
                self.storage.get(StoreName::Blobs, &key).await?,
            ) {
                (Ok(id), Some(sealed)) => self.vault.open_blob(&id, &sealed).is_ok(),
                (_, None) => true, // deleted meanwhile
                (Err(_), Some(_)) => false,
            };
            if !ok {
                damaged.push(DamagedEntry::from_key(StoreName::Blobs, &key));
            }
        }
        Ok(damaged)
    }

    /// Changes the passphrase: stores the header with the vault key re-wrapped under `new_kek`
    /// (derived from fresh [`crate::KdfSettings::generate`]). Records and blobs are untouched.
    ///
    /// # Errors
    /// [`VaultError::WrongKeyKind`]; storage errors (then the old passphrase still works).
    pub async fn change_passphrase(&mut self, new_kek: &KeyEncryptionKey) -> Result<()> {
        let header = self.vault.header_with_passphrase(new_kek)?;
        self.store_header(header).await
    }

    /// Replaces the recovery key; returns the new one to show on a new recovery sheet.
    ///
    /// # Errors
    /// Storage errors (then the old recovery key still works).
    pub async fn replace_recovery_key(&mut self) -> Result<RecoveryKey> {
        let (header, recovery_key) = self.vault.header_with_new_recovery_key()?;
        self.store_header(header).await?;
        Ok(recovery_key)
    }

    async fn store_header(&mut self, header: VaultHeader) -> Result<()> {
        let mut batch = Batch::new();
        batch.put(StoreName::Meta, HEADER_KEY, header.to_bytes());
        self.storage.commit(batch).await?;
        self.vault.set_header(header);
        Ok(())
    }

    /// Checks that `kek` opens this vault ("confirm your current passphrase").
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if it does not.
    pub fn verify_kek(&self, kek: &KeyEncryptionKey) -> Result<()> {
        self.vault.verify_kek(kek)
    }

    /// Exports the whole vault as one encrypted backup file. Records and blobs that fail to
    /// decrypt are left out and listed in the result (so the file always imports).
    ///
    /// # Errors
    /// Storage errors; [`VaultError::TooLarge`].
    pub async fn export_backup(&self) -> Result<BackupExport> {
        let mut entries = Vec::new();
        let mut skipped = Vec::new();
        for (key, value) in self.storage.get_all(StoreName::Records, "").await? {
            let ok = parse_record_key(&key)
                .is_some_and(|(kind, id)| self.vault.open_record(&kind, &id, &value).is_ok());
            if ok {
                entries.push((StoreName::Records, key, value));
            } else {
                skipped.push(DamagedEntry::from_key(StoreName::Records, &key));
            }
        }
        for (key, value) in self.storage.get_all(StoreName::Blobs, "").await? {
            let ok = BlobId::new(&key).is_ok_and(|id| self.vault.open_blob(&id, &value).is_ok());
            if ok {
                entries.push((StoreName::Blobs, key, value));
            } else {
                skipped.push(DamagedEntry::from_key(StoreName::Blobs, &key));
            }
        }
        let bytes = backup::write_backup(&self.vault, &entries)?;
        Ok(BackupExport { bytes, skipped })
    }
}
