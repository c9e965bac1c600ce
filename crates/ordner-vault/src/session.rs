//! The vault service on top of a [`Storage`]: create, unlock, read and write records and blobs,
//! change keys, export and import backups.
//!
//! Storage layout 2 (written since format 2): records and blobs under opaque slots, padded,
//! listed with their content keys in the encrypted manifest (`crate::layout`). Folders of
//! layout 1 (`kind/id` keys, unpadded values) still open and are converted in the same
//! transaction as their next write.

use core::fmt;
use std::collections::BTreeMap;
use std::sync::{Mutex, MutexGuard, PoisonError};

use async_lock::Mutex as AsyncMutex;

use crate::backup::{self, BackupEntries, BackupExport, VerifiedBackup};
use crate::error::{FormatKind, Result, VaultError};
use crate::header::VaultHeader;
use crate::kdf::KeyEncryptionKey;
use crate::keys::ContentKey;
use crate::layout::{self, Entry, EntryName, MANIFEST_KEY, MANIFEST_NEXT_KEY, Manifest};
use crate::recovery::RecoveryKey;
use crate::secret::SecretBytes;
use crate::storage::{Batch, Storage, StoreName};
use crate::vault::{BlobId, RecordId, RecordKind, UnlockedVault};

/// Key of the header in the `meta` store.
pub const HEADER_KEY: &str = "header";

/// The storage key of a record in layout 1: `kind/id`. Layout 2 stores records under opaque
/// slots instead; this is only for reading and converting old folders.
pub(crate) fn v1_record_key(kind: &RecordKind, id: &RecordId) -> String {
    format!("{}/{}", kind.as_str(), id.as_str())
}

/// Splits a layout-1 `records` storage key into a valid kind and id.
pub(crate) fn parse_v1_record_key(key: &str) -> Option<(RecordKind, RecordId)> {
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

/// A record or blob that could not be opened: altered, damaged, missing, older than the
/// manifest says, or stored without being listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DamagedEntry {
    /// The store it is (or should be) in.
    pub store: StoreName,
    /// The record kind (empty for blobs and for values the manifest does not list).
    pub kind: String,
    /// The record or blob id (the storage key for values the manifest does not list).
    pub id: String,
}

impl DamagedEntry {
    fn named(name: &EntryName) -> Self {
        let (kind, id) = name.kind_and_id();
        DamagedEntry {
            store: name.store(),
            kind,
            id,
        }
    }

    fn unlisted(store: StoreName, key: &str) -> Self {
        DamagedEntry {
            store,
            kind: String::new(),
            id: key.to_owned(),
        }
    }
}

/// Records that opened, and those that did not: one damaged record never hides the rest.
#[derive(Debug, Clone, Default)]
pub struct OpenedRecords {
    /// Records that decrypted, sorted by kind and id.
    pub records: Vec<Record>,
    /// Records that are damaged, missing, rolled back or unlisted.
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

/// How the records of an unlocked vault are stored.
enum Layout {
    /// Layout 1: `kind/id` keys, content keys wrapped inside each value.
    V1,
    /// Layout 2: opaque slots, content keys in the manifest.
    V2(Manifest),
}

/// The vault service over a storage (locked state). Cheap to clone if the storage is.
#[derive(Debug, Clone)]
pub struct VaultStore<S> {
    storage: S,
}

async fn read_manifest<S: Storage>(storage: &S, vault: &UnlockedVault) -> Result<Manifest> {
    let id = &vault.header.vault_id;
    for key in [MANIFEST_KEY, MANIFEST_NEXT_KEY] {
        if let Some(bytes) = storage.get(StoreName::Meta, key).await?
            && let Ok(m) = Manifest::open(&vault.key, id, &bytes)
        {
            return Ok(m);
        }
    }
    Err(VaultError::Decrypt)
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

    async fn session(&self, vault: UnlockedVault) -> Result<Session<S>> {
        let layout = if vault.header.version >= 2 {
            Layout::V2(read_manifest(&self.storage, &vault).await?)
        } else if self
            .storage
            .get(StoreName::Meta, MANIFEST_KEY)
            .await?
            .is_some()
        {
            // A layout-1 header next to a manifest: the header was altered.
            return Err(VaultError::Malformed {
                what: FormatKind::Header,
            });
        } else {
            Layout::V1
        };
        Ok(Session::new(self.storage.clone(), vault, layout))
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
        let manifest = Manifest::new()?;
        let mut batch = Batch::new();
        for store in StoreName::ALL {
            batch.clear(store);
        }
        batch.put(StoreName::Meta, HEADER_KEY, new.vault.header.to_bytes());
        batch.put(
            StoreName::Meta,
            MANIFEST_KEY,
            manifest.seal(&new.vault.key, &new.vault.header.vault_id)?,
        );
        self.storage.commit(batch).await?;
        Ok(CreatedVault {
            session: Session::new(self.storage.clone(), new.vault, Layout::V2(manifest)),
            recovery_key: new.recovery_key,
        })
    }

    /// Unlocks with a derived KEK (passphrase via the worker, or recovery key).
    ///
    /// # Errors
    /// [`VaultError::NoVault`]; [`VaultError::Decrypt`] for a wrong key (or a manifest that
    /// no longer opens).
    pub async fn unlock(&self, kek: &KeyEncryptionKey) -> Result<Session<S>> {
        let header = self.required_header().await?;
        self.session(UnlockedVault::unlock(&header, kek)?).await
    }

    /// **Slow**: derives the KEK here and unlocks (native code and tests).
    ///
    /// # Errors
    /// As [`VaultStore::unlock`] and [`crate::KdfSettings::derive_kek`].
    pub async fn unlock_with_passphrase(&self, passphrase: &str) -> Result<Session<S>> {
        let header = self.required_header().await?;
        let kek = header.kdf_settings().derive_kek(passphrase)?;
        self.session(UnlockedVault::unlock(&header, &kek)?).await
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
    /// in one batch; a backup of layout 1 is converted to layout 2 on the way. Returns the
    /// unlocked session of the imported vault.
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
        let (mut vault, entries) = backup.into_parts();
        let mut batch = Batch::new();
        for store in StoreName::ALL {
            batch.clear(store);
        }
        let manifest = match entries {
            BackupEntries::V2 {
                manifest,
                body,
                entries,
            } => {
                for (store, key, range) in entries {
                    batch.put(store, key, body[range].to_vec());
                }
                // The batch holds the values now: free the decrypted body before writing.
                drop(body);
                manifest
            }
            BackupEntries::V1(entries) => {
                let mut manifest = Manifest::new()?;
                manifest.counter = 1;
                for (name, plain) in entries {
                    let (key, sealed) =
                        layout::seal_entry(&vault.header.vault_id, &name, plain.as_bytes())?;
                    batch.put(name.store(), manifest.slot(&name), sealed);
                    manifest.entries.insert(name, Entry { key, written: 1 });
                }
                manifest
            }
        };
        vault.header.version = crate::header::HEADER_VERSION;
        batch.put(StoreName::Meta, HEADER_KEY, vault.header.to_bytes());
        batch.put(
            StoreName::Meta,
            MANIFEST_KEY,
            manifest.seal(&vault.key, &vault.header.vault_id)?,
        );
        self.storage.commit(batch).await?;
        Ok(Session::new(
            self.storage.clone(),
            vault,
            Layout::V2(manifest),
        ))
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
///
/// Commits are serialized (one at a time), so the manifest always lists exactly what the
/// last successful commit stored.
pub struct Session<S> {
    storage: S,
    vault: UnlockedVault,
    /// The current header (it changes when layout 1 is converted).
    header: Mutex<VaultHeader>,
    layout: AsyncMutex<Layout>,
}

impl<S> fmt::Debug for Session<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("vault", &self.vault)
            .finish_non_exhaustive()
    }
}

/// One prepared write of a [`Change`].
enum Pending {
    Put {
        name: EntryName,
        key: ContentKey,
        sealed: Vec<u8>,
    },
    Delete(EntryName),
}

/// A set of writes prepared (already encrypted) for one atomic [`Session::commit`], e.g. a
/// document record together with its scanned pages.
pub struct Change<'a> {
    vault_id: &'a [u8; crate::header::VAULT_ID_LEN],
    ops: Vec<Pending>,
}

impl fmt::Debug for Change<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Change")
            .field("operations", &self.ops.len())
            .finish()
    }
}

impl Change<'_> {
    fn put(&mut self, name: EntryName, data: &[u8]) -> Result<&mut Self> {
        let (key, sealed) = layout::seal_entry(self.vault_id, &name, data)?;
        self.ops.push(Pending::Put { name, key, sealed });
        Ok(self)
    }

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
        self.put(EntryName::Record(kind.clone(), id.clone()), data)
    }

    /// Adds a record deletion.
    pub fn delete_record(&mut self, kind: &RecordKind, id: &RecordId) -> &mut Self {
        self.ops
            .push(Pending::Delete(EntryName::Record(kind.clone(), id.clone())));
        self
    }

    /// Encrypts and adds a blob write.
    ///
    /// # Errors
    /// [`VaultError::TooLarge`], [`VaultError::Random`].
    pub fn put_blob(&mut self, id: &BlobId, data: &[u8]) -> Result<&mut Self> {
        self.put(EntryName::Blob(id.clone()), data)
    }

    /// Adds a blob deletion.
    pub fn delete_blob(&mut self, id: &BlobId) -> &mut Self {
        self.ops.push(Pending::Delete(EntryName::Blob(id.clone())));
        self
    }

    /// Whether nothing was added.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }
}

impl<S> Session<S> {
    fn new(storage: S, vault: UnlockedVault, layout: Layout) -> Self {
        Session {
            storage,
            header: Mutex::new(vault.header.clone()),
            vault,
            layout: AsyncMutex::new(layout),
        }
    }

    fn header_guard(&self) -> MutexGuard<'_, VaultHeader> {
        self.header.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl<S: Storage> Session<S> {
    /// The current header.
    pub fn header(&self) -> VaultHeader {
        self.header_guard().clone()
    }

    /// Locks: drops and zeroizes the keys.
    pub fn lock(self) {
        drop(self);
    }

    /// Opens every record. Records that fail to decrypt, are missing, are older than the
    /// manifest says, or are stored without being listed are named in
    /// [`OpenedRecords::damaged`]; the others open normally.
    ///
    /// # Errors
    /// Storage errors only.
    pub async fn open_all(&self) -> Result<OpenedRecords> {
        self.open_records(None).await
    }

    /// Opens every record of one kind (damaged ones reported as in [`Session::open_all`]).
    ///
    /// # Errors
    /// Storage errors only.
    pub async fn list(&self, kind: &RecordKind) -> Result<OpenedRecords> {
        self.open_records(Some(kind)).await
    }

    async fn open_records(&self, only: Option<&RecordKind>) -> Result<OpenedRecords> {
        let layout = self.layout.lock().await;
        let mut out = OpenedRecords::default();
        match &*layout {
            Layout::V1 => {
                let prefix = only.map(|k| format!("{}/", k.as_str())).unwrap_or_default();
                for (key, value) in self.storage.get_all(StoreName::Records, &prefix).await? {
                    let opened = parse_v1_record_key(&key).and_then(|(kind, id)| {
                        let data = self.vault.open_record_v1(&kind, &id, &value).ok()?;
                        Some(Record { kind, id, data })
                    });
                    match opened {
                        Some(r) => out.records.push(r),
                        None => out.damaged.push(v1_damaged(StoreName::Records, &key)),
                    }
                }
            }
            Layout::V2(manifest) => {
                let mut stored: BTreeMap<String, Vec<u8>> = self
                    .storage
                    .get_all(StoreName::Records, "")
                    .await?
                    .into_iter()
                    .collect();
                for (name, entry) in &manifest.entries {
                    let EntryName::Record(kind, id) = name else {
                        continue;
                    };
                    if only.is_some_and(|k| k != kind) {
                        continue;
                    }
                    let opened = stored
                        .remove(&manifest.slot(name))
                        .and_then(|v| self.open_listed(name, entry, &v).ok());
                    match opened {
                        Some(data) => out.records.push(Record {
                            kind: kind.clone(),
                            id: id.clone(),
                            data,
                        }),
                        None => out.damaged.push(DamagedEntry::named(name)),
                    }
                }
                if only.is_none() {
                    let listed: std::collections::BTreeSet<String> =
                        manifest.entries.keys().map(|n| manifest.slot(n)).collect();
                    for key in stored.keys().filter(|k| !listed.contains(*k)) {
                        out.damaged
                            .push(DamagedEntry::unlisted(StoreName::Records, key));
                    }
                }
            }
        }
        Ok(out)
    }

    fn open_listed(&self, name: &EntryName, entry: &Entry, value: &[u8]) -> Result<SecretBytes> {
        layout::open_entry(&self.vault.header.vault_id, name, &entry.key, value)
    }

    async fn get_entry(&self, name: &EntryName) -> Result<Option<SecretBytes>> {
        let layout = self.layout.lock().await;
        match &*layout {
            Layout::V1 => {
                let key = match name {
                    EntryName::Record(kind, id) => v1_record_key(kind, id),
                    EntryName::Blob(id) => id.as_str().to_owned(),
                };
                let Some(sealed) = self.storage.get(name.store(), &key).await? else {
                    return Ok(None);
                };
                Ok(Some(match name {
                    EntryName::Record(kind, id) => self.vault.open_record_v1(kind, id, &sealed)?,
                    EntryName::Blob(id) => self.vault.open_blob_v1(id, &sealed)?,
                }))
            }
            Layout::V2(manifest) => {
                let Some(entry) = manifest.entries.get(name) else {
                    return Ok(None);
                };
                // Listed but missing: deleted behind the app's back.
                let sealed = self
                    .storage
                    .get(name.store(), &manifest.slot(name))
                    .await?
                    .ok_or(VaultError::Decrypt)?;
                Ok(Some(self.open_listed(name, entry, &sealed)?))
            }
        }
    }

    /// Reads one record.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if it is damaged, missing or rolled back; storage errors.
    pub async fn get(&self, kind: &RecordKind, id: &RecordId) -> Result<Option<SecretBytes>> {
        self.get_entry(&EntryName::Record(kind.clone(), id.clone()))
            .await
    }

    /// A new empty change for [`Session::commit`].
    pub fn change(&self) -> Change<'_> {
        Change {
            vault_id: &self.vault.header.vault_id,
            ops: Vec::new(),
        }
    }

    /// Converts a layout-1 folder: every record and blob that opens is re-sealed (padded,
    /// under its slot) into `batch`, its old key deleted; returns the new manifest and header.
    /// Values that do not open stay where they are (and are reported as unlisted).
    async fn convert_v1(&self, batch: &mut Batch) -> Result<(Manifest, VaultHeader)> {
        let mut manifest = Manifest::new()?;
        let mut puts = Vec::new();
        for store in [StoreName::Records, StoreName::Blobs] {
            for (key, value) in self.storage.get_all(store, "").await? {
                let opened = match store {
                    StoreName::Records => parse_v1_record_key(&key).and_then(|(kind, id)| {
                        let plain = self.vault.open_record_v1(&kind, &id, &value).ok()?;
                        Some((EntryName::Record(kind, id), plain))
                    }),
                    _ => BlobId::new(&key).ok().and_then(|id| {
                        let plain = self.vault.open_blob_v1(&id, &value).ok()?;
                        Some((EntryName::Blob(id), plain))
                    }),
                };
                let Some((name, plain)) = opened else {
                    continue;
                };
                drop(value);
                let (ckey, sealed) =
                    layout::seal_entry(&self.vault.header.vault_id, &name, plain.as_bytes())?;
                batch.delete(store, key);
                puts.push((store, manifest.slot(&name), sealed));
                manifest.entries.insert(
                    name,
                    Entry {
                        key: ckey,
                        written: 0,
                    },
                );
            }
        }
        // Deletes of the old keys first: a slot never collides with them, but order them safely.
        for (store, slot, sealed) in puts {
            batch.put(store, slot, sealed);
        }
        let mut header = self.header();
        header.version = crate::header::HEADER_VERSION;
        batch.put(StoreName::Meta, HEADER_KEY, header.to_bytes());
        Ok((manifest, header))
    }

    /// The manifest; a folder of layout 1 is converted first (one commit).
    async fn converted<'l>(&self, layout: &'l mut Layout) -> Result<&'l Manifest> {
        if matches!(layout, Layout::V1) {
            self.commit_locked(layout, Vec::new(), |_| {}).await?;
        }
        match layout {
            Layout::V2(m) => Ok(m),
            Layout::V1 => Err(VaultError::Malformed {
                what: FormatKind::Manifest,
            }),
        }
    }

    /// Writes a prepared change in one atomic batch (with the updated manifest).
    ///
    /// # Errors
    /// [`VaultError::StorageFull`], [`VaultError::Storage`] (nothing changed).
    pub async fn commit(&self, change: Change<'_>) -> Result<()> {
        if change.ops.is_empty() {
            return Ok(());
        }
        let mut layout = self.layout.lock().await;
        self.commit_locked(&mut layout, change.ops, |_| {}).await
    }

    async fn commit_locked(
        &self,
        layout: &mut Layout,
        ops: Vec<Pending>,
        edit: impl FnOnce(&mut Manifest),
    ) -> Result<()> {
        let mut batch = Batch::new();
        let (mut next, new_header) = match &*layout {
            Layout::V2(m) => (m.clone(), None),
            Layout::V1 => {
                let (m, h) = self.convert_v1(&mut batch).await?;
                (m, Some(h))
            }
        };
        next.counter += 1;
        edit(&mut next);
        for op in ops {
            match op {
                Pending::Put { name, key, sealed } => {
                    batch.put(name.store(), next.slot(&name), sealed);
                    next.entries.insert(
                        name,
                        Entry {
                            key,
                            written: next.counter,
                        },
                    );
                }
                Pending::Delete(name) => {
                    batch.delete(name.store(), next.slot(&name));
                    next.entries.remove(&name);
                }
            }
        }
        batch.put(
            StoreName::Meta,
            MANIFEST_KEY,
            next.seal(&self.vault.key, &self.vault.header.vault_id)?,
        );
        batch.delete(StoreName::Meta, MANIFEST_NEXT_KEY);
        self.storage.commit(batch).await?;
        if let Some(h) = new_header {
            *self.header_guard() = h;
        }
        *layout = Layout::V2(next);
        Ok(())
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
    /// [`VaultError::Decrypt`] if it is damaged, missing or rolled back; storage errors.
    pub async fn get_blob(&self, id: &BlobId) -> Result<Option<SecretBytes>> {
        self.get_entry(&EntryName::Blob(id.clone())).await
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

    /// Ids of all stored blobs.
    ///
    /// # Errors
    /// Storage errors.
    pub async fn blob_ids(&self) -> Result<Vec<BlobId>> {
        let layout = self.layout.lock().await;
        Ok(match &*layout {
            Layout::V1 => self
                .storage
                .keys(StoreName::Blobs, "")
                .await?
                .iter()
                .filter_map(|k| BlobId::new(k).ok())
                .collect(),
            Layout::V2(m) => m
                .entries
                .keys()
                .filter_map(|n| match n {
                    EntryName::Blob(id) => Some(id.clone()),
                    EntryName::Record(..) => None,
                })
                .collect(),
        })
    }

    /// Decrypts every blob and returns those that fail, are missing, or are unlisted (a
    /// "check my folder" function).
    ///
    /// # Errors
    /// Storage errors.
    pub async fn check_blobs(&self) -> Result<Vec<DamagedEntry>> {
        let layout = self.layout.lock().await;
        let mut damaged = Vec::new();
        match &*layout {
            Layout::V1 => {
                for key in self.storage.keys(StoreName::Blobs, "").await? {
                    let ok = match (
                        BlobId::new(&key),
                        self.storage.get(StoreName::Blobs, &key).await?,
                    ) {
                        (Ok(id), Some(sealed)) => self.vault.open_blob_v1(&id, &sealed).is_ok(),
                        (_, None) => true,
                        (Err(_), Some(_)) => false,
                    };
                    if !ok {
                        damaged.push(v1_damaged(StoreName::Blobs, &key));
                    }
                }
            }
            Layout::V2(m) => {
                let mut unlisted: std::collections::BTreeSet<String> = self
                    .storage
                    .keys(StoreName::Blobs, "")
                    .await?
                    .into_iter()
                    .collect();
                for (name, entry) in &m.entries {
                    if name.store() != StoreName::Blobs {
                        continue;
                    }
                    let slot = m.slot(name);
                    unlisted.remove(&slot);
                    let ok = match self.storage.get(StoreName::Blobs, &slot).await? {
                        Some(sealed) => self.open_listed(name, entry, &sealed).is_ok(),
                        None => false,
                    };
                    if !ok {
                        damaged.push(DamagedEntry::named(name));
                    }
                }
                damaged.extend(
                    unlisted
                        .iter()
                        .map(|k| DamagedEntry::unlisted(StoreName::Blobs, k)),
                );
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
        let header = self.vault.header_with_passphrase(&self.header(), new_kek)?;
        let mut batch = Batch::new();
        batch.put(StoreName::Meta, HEADER_KEY, header.to_bytes());
        self.storage.commit(batch).await?;
        *self.header_guard() = header;
        Ok(())
    }

    /// Replaces the recovery key; returns the new one to show on a new recovery sheet.
    ///
    /// # Errors
    /// Storage errors (then the old recovery key still works).
    pub async fn replace_recovery_key(&mut self) -> Result<RecoveryKey> {
        let (header, recovery_key) = self.vault.header_with_new_recovery_key(&self.header())?;
        let mut batch = Batch::new();
        batch.put(StoreName::Meta, HEADER_KEY, header.to_bytes());
        self.storage.commit(batch).await?;
        *self.header_guard() = header;
        Ok(recovery_key)
    }

    /// Makes a new recovery key and **retires the old one together with the vault key**: a new
    /// random vault key is wrapped under `current` (the current passphrase, checked first) and
    /// a new recovery key, and the manifest, which holds every content key, is sealed under it.
    /// Records and blobs are not rewritten. An old recovery sheet, even with a copy of today's
    /// storage, opens nothing written after this. The next unlock reports the change
    /// ([`Session::key_replaced_notice`], with `now_ms`, milliseconds since 1970).
    ///
    /// Written so that a storage that applied only part of the batch still opens with the
    /// passphrase and with the old or the new recovery key: `manifest-next` (new key) first,
    /// then the header (the switch), then `manifest`.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if `current` is not the current passphrase (nothing changed);
    /// [`VaultError::WrongKeyKind`] for a recovery-derived key; storage errors (then the old
    /// recovery key still works).
    pub async fn rotate_vault_key(
        &mut self,
        current: &KeyEncryptionKey,
        now_ms: u64,
    ) -> Result<RecoveryKey> {
        let header = self.header();
        current.passphrase_settings()?;
        self.vault.verify_kek_against(&header, current)?;
        let mut layout = self.layout.lock().await;
        let manifest = self.converted(&mut layout).await?;
        let header = self.header();
        let (new_vault, recovery_key) = UnlockedVault::rotated(&header, current)?;
        let mut next = manifest.clone();
        next.counter += 1;
        next.key_replaced_at_ms = now_ms;
        next.key_notice_pending = true;
        let sealed = next.seal(&new_vault.key, &header.vault_id)?;
        let header_bytes = new_vault.header.to_bytes();
        let mut batch = Batch::new();
        batch.put(StoreName::Meta, MANIFEST_NEXT_KEY, sealed.clone());
        batch.put(StoreName::Meta, HEADER_KEY, header_bytes.clone());
        batch.put(StoreName::Meta, MANIFEST_KEY, sealed);
        batch.delete(StoreName::Meta, MANIFEST_NEXT_KEY);
        if let Err(e) = self.storage.commit(batch).await {
            // Did the switch (the header) land before the failure?
            let landed = matches!(
                self.storage.get(StoreName::Meta, HEADER_KEY).await,
                Ok(Some(bytes)) if bytes == header_bytes
            );
            if !landed {
                return Err(e);
            }
        }
        *layout = Layout::V2(next);
        drop(layout);
        *self.header_guard() = new_vault.header.clone();
        self.vault = new_vault;
        Ok(recovery_key)
    }

    /// When the vault key and recovery key were last replaced (milliseconds since 1970), if
    /// that has not been acknowledged yet: "recovery key replaced on …" at the next unlock.
    pub async fn key_replaced_notice(&self) -> Option<u64> {
        match &*self.layout.lock().await {
            Layout::V2(m) if m.key_notice_pending && m.key_replaced_at_ms > 0 => {
                Some(m.key_replaced_at_ms)
            }
            _ => None,
        }
    }

    /// Clears the notice of [`Session::key_replaced_notice`] (one commit).
    ///
    /// # Errors
    /// Storage errors (the notice stays).
    pub async fn acknowledge_key_notice(&self) -> Result<()> {
        let mut layout = self.layout.lock().await;
        if !matches!(&*layout, Layout::V2(m) if m.key_notice_pending) {
            return Ok(());
        }
        self.commit_locked(&mut layout, Vec::new(), |m| m.key_notice_pending = false)
            .await
    }

    /// Checks that `kek` opens this vault ("confirm your current passphrase").
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if it does not.
    pub fn verify_kek(&self, kek: &KeyEncryptionKey) -> Result<()> {
        self.vault.verify_kek_against(&self.header(), kek)
    }

    /// Exports the whole vault as one encrypted backup file. Records and blobs that fail to
    /// decrypt are left out and listed in the result (so the file always imports). A folder of
    /// layout 1 is converted first.
    ///
    /// # Errors
    /// Storage errors; [`VaultError::TooLarge`].
    pub async fn export_backup(&self) -> Result<BackupExport> {
        let mut layout = self.layout.lock().await;
        let manifest = self.converted(&mut layout).await?;
        let mut entries = Vec::new();
        let mut skipped = Vec::new();
        for (name, entry) in &manifest.entries {
            let slot = manifest.slot(name);
            let value = self.storage.get(name.store(), &slot).await?;
            match value {
                Some(v) if self.open_listed(name, entry, &v).is_ok() => {
                    entries.push((name.store(), slot, v));
                }
                _ => skipped.push(DamagedEntry::named(name)),
            }
        }
        let manifest_bytes = manifest.seal(&self.vault.key, &self.vault.header.vault_id)?;
        let bytes = backup::write_backup(&self.vault, &self.header(), &manifest_bytes, &entries)?;
        Ok(BackupExport { bytes, skipped })
    }
}

fn v1_damaged(store: StoreName, key: &str) -> DamagedEntry {
    match (store, key.split_once('/')) {
        (StoreName::Records, Some((kind, id))) => DamagedEntry {
            store,
            kind: kind.to_owned(),
            id: id.to_owned(),
        },
        _ => DamagedEntry::unlisted(store, key),
    }
}
