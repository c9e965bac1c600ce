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
//!                                                              fresh content key per record / blob / backup body
//!                                                                     --AES-256-GCM, AAD = format, vault, kind, id
//! ```
//!
//! - [`KdfParams`]: Argon2id cost; [`KdfParams::DEFAULT`] 64 MiB, t = 3, p = 1; floor
//!   [`KdfParams::MINIMUM`] 19 MiB, t = 2 enforced on every header and backup read.
//! - [`KdfSettings`]: parameters + salt. [`KdfSettings::derive_kek`] is the slow step.
//! - [`KeyEncryptionKey`]: opens the vault key; from a passphrase or a [`RecoveryKey`].
//! - [`UnlockedVault`]: the vault key with the header: seal/open records and blobs, change the
//!   passphrase (re-wraps the vault key only), replace the recovery key.
//! - [`VaultStore`] / [`Session`]: the same over a [`Storage`], with atomic batches.
//! - [`BackupFile`] / [`Session::export_backup`]: the encrypted backup file.
//! - [`hazmat`]: raw primitives, for tests and benchmarks only.
//! - [`passphrase`]: what a new passphrase must be ([`check_new_passphrase`]) and the strength
//!   guide shown while typing ([`passphrase_strength`]).
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
//!   new settings, worker, [`Session::change_passphrase`].
//! - **Save**: [`Session::change`], add records and blobs (encrypted immediately), then
//!   [`Session::commit`]: one IndexedDB transaction. [`VaultError::StorageFull`] means the
//!   quota is exhausted and nothing changed.
//! - **Lock**: drop the [`Session`] (or [`Session::lock`]).
//! - **Backup**: [`Session::export_backup`] → save the bytes. Import:
//!   [`BackupFile::parse`] → `file.header().kdf_settings()` to the worker →
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
pub mod hazmat;
mod header;
mod kdf;
pub mod passphrase;
mod recovery;
mod secret;
mod session;
mod storage;
mod vault;

pub use backup::{BACKUP_FILE_EXTENSION, BACKUP_VERSION, BackupExport, BackupFile, VerifiedBackup};
pub use error::{FormatKind, Result, VaultError};
pub use header::{HEADER_V1_LEN, HEADER_VERSION, VAULT_ID_LEN, VaultHeader};
pub use kdf::{KdfParams, KdfSettings, KekSource, KeyEncryptionKey, SALT_LEN};
pub use passphrase::{
    MIN_PASSPHRASE_CHARS, PassphraseError, check_new_passphrase, passphrase_strength,
};
pub use recovery::{
    QrMatrix, RECOVERY_GROUP_LEN, RECOVERY_KEY_BYTES, RECOVERY_KEY_CHARS, RecoveryKey,
};
pub use secret::SecretBytes;
pub use session::{
    Change, CreatedVault, DamagedEntry, HEADER_KEY, ImportMode, OpenedRecords, Record, Session,
    VaultStore, record_key,
};
pub use storage::{Batch, MemoryStorage, Storage, StoreName, WriteOp};
pub use vault::{
    BlobId, ENVELOPE_OVERHEAD, ENVELOPE_VERSION, MAX_PLAINTEXT_LEN, NewVault, RecordId, RecordKind,
    UnlockedVault,
};
