//! # ordner-vault: the encrypted vault of Mein Ordner
//!
//! Everything personal (documents, checklist ticks, notes, appointments, the person's name)
//! lives in this vault, encrypted on the device. No web dependencies: the browser supplies a
//! [`Storage`] implementation (IndexedDB) and runs the slow key derivation in a Web Worker.
//! Byte layouts and the threat model: `docs/vault-format.md`.
//!
//! ## Key hierarchy (modelled on Bitwarden's `bitwarden-crypto`)
//!
//! ```text
//! passphrase --NFC, Argon2id(salt, m, t, p)--> passphrase KEK --\
//!                                                                 +--AES-256-GCM wrap--> vault key (random 256 bit)
//! recovery key (160 bit) --keyed BLAKE2b-----> recovery KEK -----/                          |
//!                                                              fresh content key per record / blob / manifest / backup body
//!                                                                     --AES-256-GCM, AAD = format, vault, kind, id
//! ```
//!
//! One Rust type per key role (`keys`: vault key, content key, index key; and
//! [`KeyEncryptionKey`]): a key can only be wrapped by the key one level up.
//!
//! ## What storage shows (layout 2)
//!
//! Records and blobs are stored under opaque slots (keyed BLAKE2b of kind and id under the
//! vault's index key), padded (every record to 4096 bytes, blobs to size classes about 25 %
//! apart), and listed with their content keys in an encrypted **manifest** with a commit
//! counter. A record that is deleted, or put back in an older version, is named as damaged.
//! Folders and backups of layout 1 still open and are converted at their next write.
//!
//! - [`KdfParams`]: Argon2id cost; [`KdfParams::DEFAULT`] 64 MiB, t = 3, p = 1; floor
//!   [`KdfParams::MINIMUM`] 19 MiB, t = 2 enforced on every header and backup read.
//! - [`KdfSettings`]: parameters + salt. [`KdfSettings::derive_kek`] is the slow step.
//! - [`KeyEncryptionKey`]: opens the vault key; from a passphrase or a [`RecoveryKey`].
//! - [`UnlockedVault`]: the vault key with the header: create, unlock, change the passphrase
//!   (re-wraps the vault key only), check a passphrase.
//! - [`VaultStore`] / [`Session`]: records and blobs over a [`Storage`], with atomic batches
//!   and the manifest.
//! - [`BackupFile`] / [`Session::export_backup`]: the encrypted backup file.
//! - [`passphrase`]: what a new passphrase must be ([`check_new_passphrase`]), the strength
//!   guide shown while typing ([`passphrase_strength`]) and a suggested one.
//! - The raw primitives (`hazmat`) are private to this crate.
//!
//! Secrets ([`KeyEncryptionKey`], [`UnlockedVault`], [`RecoveryKey`], [`SecretBytes`],
//! [`QrMatrix`]) are zeroized on drop, show `[REDACTED]` in `Debug`, and implement no
//! serialization trait. Every failed authentication is the same [`VaultError::Decrypt`].
//!
//! ## Browser flows
//!
//! The page owns a `VaultStore<IdbStorage>` (the IndexedDB implementation of [`Storage`], with
//! object stores `meta`, `records`, `blobs`). The worker only runs Argon2id:
//!
//! ```text
//! worker(passphrase, settings_bytes):
//!     KdfSettings::from_bytes(settings_bytes)?.derive_kek(passphrase)?.to_transfer_bytes()
//! ```
//!
//! - **Create**: `settings = KdfSettings::generate(KdfParams::DEFAULT)?`; worker derives;
//!   `kek = KeyEncryptionKey::from_transfer_bytes(..)?`; `store.create(&kek).await?` gives the
//!   [`Session`] and the [`RecoveryKey`] for the recovery sheet
//!   ([`RecoveryKey::display_groups`], [`RecoveryKey::qr_code`]).
//! - **Unlock**: `store.header().await?` → `header.kdf_settings().to_bytes()` to the worker →
//!   `store.unlock(&kek).await?` → [`Session::open_all`] (damaged records are listed by id,
//!   the rest opens).
//! - **Recovery**: `RecoveryKey::parse(text)?` (typo → [`VaultError::RecoveryKeyTypo`]) →
//!   `store.unlock_with_recovery_key(&rk).await?` → new settings, worker →
//!   [`Session::change_passphrase`].
//! - **Change passphrase**: optionally [`Session::verify_kek`] with the current one, then
//!   new settings, worker, [`Session::change_passphrase`]. A new passphrase must pass
//!   [`passphrase::check_new_passphrase`]; [`passphrase::suggest`] offers one to write down.
//! - **New recovery key**: the current passphrase's KEK (worker) → [`Session::rotate_vault_key`]
//!   (a new vault key: the old sheet opens nothing written afterwards). The next unlock reads
//!   [`Session::key_replaced_notice`] and calls [`Session::acknowledge_key_notice`].
//! - **Confirm an action** (backup, longer auto-lock): derive the KEK of the typed passphrase
//!   and [`Session::verify_kek`]; a wrong one is [`VaultError::Decrypt`] and changes nothing.
//! - **Save**: [`Session::change`], add records and blobs (encrypted immediately), then
//!   [`Session::commit`]: one IndexedDB transaction. [`VaultError::StorageFull`] means the
//!   quota is exhausted and nothing changed.
//! - **Lock**: drop the [`Session`] (or [`Session::lock`]).
//! - **Backup**: [`Session::export_backup`] → save the bytes. Import: check the file's size
//!   against [`MAX_BACKUP_LEN`] before reading it, [`BackupFile::parse`] →
//!   `file.header().kdf_settings()` to the worker →
//!   [`BackupFile::open`] (checks every byte) → [`VaultStore::import_backup`] with
//!   [`ImportMode::RefuseIfExists`] unless the person confirmed replacing.
//! - **Delete everything**: [`VaultStore::delete_everything`].
//!
//! ## Example (native)
//!
//! ```
//! use ordner_vault::*;
//! # pollster::block_on(async {
//! let store = VaultStore::new(MemoryStorage::new());
//! let kek = KdfSettings::generate(KdfParams::MINIMUM)?.derive_kek("correct horse")?;
//! let CreatedVault { session, recovery_key } = store.create(&kek).await?;
//! let note = RecordKind::new("note")?;
//! let id = RecordId::random()?;
//! session.put(&note, &id, b"Termin bei der Ausl\xc3\xa4nderbeh\xc3\xb6rde").await?;
//! session.lock();
//!
//! let session = store.unlock_with_recovery_key(&recovery_key).await?;
//! let opened = session.open_all().await?;
//! assert_eq!(opened.records.len(), 1);
//! assert!(opened.damaged.is_empty());
//! # Ok::<(), VaultError>(())
//! # }).unwrap();
//! ```

mod backup;
mod error;
mod format;
mod hazmat;
mod header;
mod kdf;
mod keys;
mod layout;
mod pad;
pub mod passphrase;
mod recovery;
mod secret;
mod session;
mod storage;
mod vault;

#[cfg(test)]
mod kat;

/// Raw AES-256-GCM, only for the browser benchmark that compares it with WebCrypto on the same
/// bytes (feature `bench`, enabled only by that test).
#[cfg(feature = "bench")]
#[doc(hidden)]
pub mod bench {
    pub use crate::hazmat::{aes256gcm_decrypt_in_place, aes256gcm_encrypt_in_place};
}

pub use backup::{
    BACKUP_FILE_EXTENSION, BACKUP_VERSION, BackupExport, BackupFile, MAX_BACKUP_LEN, VerifiedBackup,
};
pub use error::{FormatKind, Result, VaultError};
pub use header::{HEADER_V1_LEN, HEADER_VERSION, VAULT_ID_LEN, VaultHeader};
pub use kdf::{KdfParams, KdfSettings, KekSource, KeyEncryptionKey, SALT_LEN};
pub use layout::{ENTRY_OVERHEAD, MANIFEST_KEY, MANIFEST_VERSION};
pub use pad::{BLOB_PADDED_MIN, RECORD_PADDED_MIN, padded_size};
pub use passphrase::{
    MIN_PASSPHRASE_CHARS, PassphraseError, check_new_passphrase, passphrase_strength,
};
pub use recovery::{
    QrMatrix, RECOVERY_GROUP_LEN, RECOVERY_KEY_BYTES, RECOVERY_KEY_CHARS, RecoveryKey,
};
pub use secret::SecretBytes;
pub use session::{
    Change, CreatedVault, DamagedEntry, HEADER_KEY, ImportMode, OpenedRecords, Record, Session,
    VaultStore,
};
pub use storage::{Batch, MemoryStorage, Storage, StoreName, WriteOp};
pub use vault::{BlobId, MAX_PLAINTEXT_LEN, NewVault, RecordId, RecordKind, UnlockedVault};
