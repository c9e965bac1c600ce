//! The backup file: round trip, whole-file validation, tampering, truncation, versions, refusal
//! to overwrite.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use common::{PASSPHRASE, block_on, kek, new_store, raw_get, raw_put, slot_written};
use ordner_vault::{
    BackupFile, BlobId, FormatKind, ImportMode, KeyEncryptionKey, MemoryStorage, RecordId,
    RecordKind, Session, VaultError, VaultStore,
};

fn note() -> RecordKind {
    RecordKind::new("note").unwrap()
}

fn filled_store() -> (
    VaultStore<MemoryStorage>,
    Session<MemoryStorage>,
    ordner_vault::RecoveryKey,
) {
    let (store, created) = new_store();
    let s = created.session;
    block_on(s.put(&note(), &RecordId::new("n1").unwrap(), b"Notiz eins")).unwrap();
    block_on(s.put(
        &RecordKind::new("checklist").unwrap(),
        &RecordId::new("tab-2").unwrap(),
        b"{\"bescheid\":true}",
    ))
    .unwrap();
    block_on(s.put_blob(&BlobId::new("page-1").unwrap(), &[0x5a; 3000])).unwrap();
    (store, s, created.recovery_key)
}

/// A small backup (one record, one blob) for byte-by-byte tests.
fn small_backup() -> (Vec<u8>, KeyEncryptionKey) {
    let (store, created) = new_store();
    let s = created.session;
    block_on(s.put(&note(), &RecordId::new("n").unwrap(), b"hi")).unwrap();
    block_on(s.put_blob(&BlobId::new("b").unwrap(), b"blob")).unwrap();
    let bytes = block_on(s.export_backup()).unwrap().bytes;
    let header = block_on(store.header()).unwrap().unwrap();
    let kek = header.kdf_settings().derive_kek(PASSPHRASE).unwrap();
    (bytes, kek)
}

#[test]
fn export_and_import_into_a_fresh_store() {
    let (_store, s, recovery_key) = filled_store();
    let export = block_on(s.export_backup()).unwrap();
    assert!(export.skipped.is_empty());
    assert_eq!(&export.bytes[..8], b"MOBACKUP");

    // Another device: parse, derive with the file's settings, open, import.
    let file = BackupFile::parse(export.bytes.clone()).unwrap();
    let kek = file.header().kdf_settings().derive_kek(PASSPHRASE).unwrap();
    let verified = file.open(&kek).unwrap();
    assert_eq!(verified.record_count(), 2);
    assert_eq!(verified.blob_count(), 1);
    let other = VaultStore::new(MemoryStorage::new());
    let imported = block_on(other.import_backup(verified, ImportMode::RefuseIfExists)).unwrap();
    let opened = block_on(imported.open_all()).unwrap();
    assert_eq!(opened.records.len(), 2);
    assert!(opened.damaged.is_empty());
    assert_eq!(
        block_on(imported.get_blob(&BlobId::new("page-1").unwrap()))
            .unwrap()
            .unwrap()
            .as_bytes(),
        &[0x5a; 3000][..]
    );
    imported.lock();

    // The imported vault opens with the same passphrase and the same recovery key.
    assert!(block_on(other.unlock_with_passphrase(PASSPHRASE)).is_ok());
    assert!(block_on(other.unlock_with_recovery_key(&recovery_key)).is_ok());
    // The same file also opens with the recovery key alone.
    let file = BackupFile::parse(export.bytes).unwrap();
    assert_eq!(
        file.open_with_recovery_key(&recovery_key)
            .unwrap()
            .record_count(),
        2
    );
}

#[test]
fn nothing_is_readable_without_the_key() {
    let (_store, s, _) = filled_store();
    let bytes = block_on(s.export_backup()).unwrap().bytes;
    for needle in [
        &b"Notiz eins"[..],
        b"checklist",
        b"tab-2",
        b"page-1",
        b"note/n1",
        b"bescheid",
    ] {
        assert!(
            !bytes.windows(needle.len()).any(|w| w == needle),
            "{needle:?} visible"
        );
    }
}

#[test]
fn import_refuses_to_overwrite_unless_asked() {
    let (store, s, _) = filled_store();
    let bytes = block_on(s.export_backup()).unwrap().bytes;
    // Target store holds a different vault.
    let (target, other) = new_store();
    block_on(
        other
            .session
            .put(&note(), &RecordId::new("mine").unwrap(), b"mine"),
    )
    .unwrap();
    let before = target.storage().snapshot();

    let file = BackupFile::parse(bytes).unwrap();
    let verified = file.open_with_passphrase(PASSPHRASE).unwrap();
    assert_eq!(
        block_on(target.import_backup(verified, ImportMode::RefuseIfExists)).unwrap_err(),
        VaultError::VaultExists
    );
    assert_eq!(target.storage().snapshot(), before);

    // Replacing after explicit confirmation: the old vault is gone, the backup is there.
    let verified = file.open_with_passphrase(PASSPHRASE).unwrap();
    let s2 = block_on(target.import_backup(verified, ImportMode::ReplaceExisting)).unwrap();
    let ids: Vec<String> = block_on(s2.open_all())
        .unwrap()
        .records
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    assert_eq!(ids, ["tab-2", "n1"]);
    // Records, blobs and header byte for byte as in the exporting store (the manifest is
    // sealed again, with a fresh key).
    let strip = |m: std::collections::BTreeMap<(ordner_vault::StoreName, String), Vec<u8>>| {
        m.into_iter()
            .filter(|((_, k), _)| k != ordner_vault::MANIFEST_KEY)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        strip(target.storage().snapshot()),
        strip(store.storage().snapshot()),
        "identical to the exporting store"
    );
}

#[test]
fn import_that_fails_to_commit_changes_nothing() {
    let (_store, s, _) = filled_store();
    let bytes = block_on(s.export_backup()).unwrap().bytes;
    let (target, _other) = new_store();
    let before = target.storage().snapshot();
    target.storage().fail_next_commit(VaultError::StorageFull);
    let verified = BackupFile::parse(bytes)
        .unwrap()
        .open_with_passphrase(PASSPHRASE)
        .unwrap();
    assert_eq!(
        block_on(target.import_backup(verified, ImportMode::ReplaceExisting)).unwrap_err(),
        VaultError::StorageFull
    );
    assert_eq!(target.storage().snapshot(), before);
}

#[test]
fn wrong_passphrase_for_backup_is_the_vague_error_and_can_be_retried() {
    let (bytes, _) = small_backup();
    let file = BackupFile::parse(bytes).unwrap();
    for wrong in ["falsch", "Aufenthaltsgestattung verlängern 2026", "x"] {
        assert_eq!(
            file.open_with_passphrase(wrong).unwrap_err(),
            VaultError::Decrypt
        );
    }
    let other_rk = ordner_vault::RecoveryKey::generate().unwrap();
    assert_eq!(
        file.open_with_recovery_key(&other_rk).unwrap_err(),
        VaultError::Decrypt
    );
    assert!(file.open_with_passphrase(PASSPHRASE).is_ok());
}

fn import(
    target: &VaultStore<MemoryStorage>,
    bytes: Vec<u8>,
    kek: &KeyEncryptionKey,
) -> ordner_vault::Result<Session<MemoryStorage>> {
    let verified = BackupFile::parse(bytes)?.open(kek)?;
    block_on(target.import_backup(verified, ImportMode::ReplaceExisting))
}

/// Flip every byte of a small backup file: parsing or opening fails, and an import attempt
/// leaves the target store exactly as it was.
#[test]
fn every_flipped_byte_of_a_backup_is_detected_and_changes_nothing() {
    let (bytes, kek) = small_backup();
    assert!(bytes.len() < 13_000, "small: {}", bytes.len());
    let (target, _existing) = new_store();
    let before = target.storage().snapshot();
    for i in (0..bytes.len()).filter(|i| *i < 400 || i % 13 == 0 || *i > bytes.len() - 40) {
        for flip in [0x01u8, 0x80] {
            let mut t = bytes.clone();
            t[i] ^= flip;
            // The whole import flow, in its most dangerous mode (replace the existing vault).
            let err = import(&target, t, &kek).map(|_| ()).unwrap_err();
            match i {
                0..=7 => assert_eq!(
                    err,
                    VaultError::BadMagic {
                        what: FormatKind::Backup
                    }
                ),
                _ => assert!(
                    matches!(
                        err,
                        VaultError::Decrypt
                            | VaultError::Malformed { .. }
                            | VaultError::NewerVersion { .. }
                            | VaultError::KdfTooWeak
                            | VaultError::KdfTooCostly
                    ),
                    "byte {i}: {err:?}"
                ),
            }
            assert_eq!(target.storage().snapshot(), before);
        }
    }
    // The untouched file does import (so the loop above tested real rejections).
    assert!(import(&target, bytes.clone(), &kek).is_ok());
    // Bytes inside the encrypted part give exactly the vague error. (Header is 171 bytes from
    // offset 14; then wrapped body key 60, nonce 12, length 8.)
    let body_start = 14 + 171 + 60 + 12 + 8;
    for i in (14 + 171)..bytes.len() {
        if (body_start - 8..body_start).contains(&i) {
            continue; // the length field: Malformed
        }
        let mut t = bytes.clone();
        t[i] ^= 0x01;
        let err = BackupFile::parse(t)
            .and_then(|f| f.open(&kek))
            .map(|_| ())
            .unwrap_err();
        assert_eq!(err, VaultError::Decrypt, "byte {i}");
    }
}

/// Truncated at every length: a clear "truncated or damaged" error, never a panic.
#[test]
fn truncated_backup_at_every_length() {
    let (bytes, _) = small_backup();
    for len in 0..bytes.len() {
        assert_eq!(
            BackupFile::parse(bytes[..len].to_vec()).unwrap_err(),
            VaultError::Malformed {
                what: FormatKind::Backup
            },
            "length {len}"
        );
    }
    let mut longer = bytes.clone();
    longer.extend_from_slice(b"trailing");
    assert_eq!(
        BackupFile::parse(longer).unwrap_err(),
        VaultError::Malformed {
            what: FormatKind::Backup
        }
    );
}

#[test]
fn newer_backup_or_header_version_gives_its_own_error() {
    let (bytes, _) = small_backup();
    let mut newer = bytes.clone();
    newer[8..10].copy_from_slice(&3u16.to_be_bytes());
    let err = BackupFile::parse(newer).unwrap_err();
    assert_eq!(
        err,
        VaultError::NewerVersion {
            what: FormatKind::Backup,
            found: 3,
            supported: 2
        }
    );
    assert_eq!(err.message_id(), "vault-error-newer-version");

    let mut newer_header = bytes.clone();
    newer_header[14 + 4..14 + 6].copy_from_slice(&7u16.to_be_bytes());
    assert_eq!(
        BackupFile::parse(newer_header).unwrap_err(),
        VaultError::NewerVersion {
            what: FormatKind::Header,
            found: 7,
            supported: 2
        }
    );

    let not_backup = b"%PDF-1.7 this is a pdf".to_vec();
    let err = BackupFile::parse(not_backup).unwrap_err();
    assert_eq!(
        err,
        VaultError::BadMagic {
            what: FormatKind::Backup
        }
    );
    assert_eq!(err.message_id(), "vault-error-not-a-backup");
}

#[test]
fn backup_with_weakened_kdf_parameters_is_rejected() {
    let (bytes, _) = small_backup();
    // m of the embedded header: header starts at 14, m at header offset 23.
    let mut weak = bytes.clone();
    weak[14 + 23..14 + 27].copy_from_slice(&(1024u32).to_be_bytes());
    assert_eq!(BackupFile::parse(weak).unwrap_err(), VaultError::KdfTooWeak);
}

#[test]
fn damaged_records_are_left_out_of_the_export_and_named() {
    let (store, s, _) = filled_store();
    let slot = slot_written(store.storage(), || {
        block_on(s.put(&note(), &RecordId::new("n1").unwrap(), b"Notiz eins")).unwrap();
    });
    let mut bad = raw_get(store.storage(), ordner_vault::StoreName::Records, &slot);
    bad[90] ^= 1;
    raw_put(
        store.storage(),
        ordner_vault::StoreName::Records,
        &slot,
        bad,
    );

    let export = block_on(s.export_backup()).unwrap();
    assert_eq!(export.skipped.len(), 1);
    assert_eq!(
        (
            export.skipped[0].kind.as_str(),
            export.skipped[0].id.as_str()
        ),
        ("note", "n1")
    );
    let verified = BackupFile::parse(export.bytes)
        .unwrap()
        .open_with_passphrase(PASSPHRASE)
        .unwrap();
    assert_eq!(verified.record_count(), 1);
    assert_eq!(verified.blob_count(), 1);
}

#[test]
fn backup_after_passphrase_change_uses_the_new_passphrase() {
    let (_store, mut s, recovery_key) = filled_store();
    let old = block_on(s.export_backup()).unwrap().bytes;
    block_on(s.change_passphrase(&kek("zweite Passphrase"))).unwrap();
    let new = block_on(s.export_backup()).unwrap().bytes;
    let old = BackupFile::parse(old).unwrap();
    let new = BackupFile::parse(new).unwrap();
    assert!(old.open_with_passphrase(PASSPHRASE).is_ok());
    assert_eq!(
        new.open_with_passphrase(PASSPHRASE).unwrap_err(),
        VaultError::Decrypt
    );
    assert!(new.open_with_passphrase("zweite Passphrase").is_ok());
    assert!(new.open_with_recovery_key(&recovery_key).is_ok());
}

#[test]
fn empty_vault_backup_round_trips() {
    let (_store, created) = new_store();
    let bytes = block_on(created.session.export_backup()).unwrap().bytes;
    let verified = BackupFile::parse(bytes)
        .unwrap()
        .open_with_passphrase(PASSPHRASE)
        .unwrap();
    assert_eq!((verified.record_count(), verified.blob_count()), (0, 0));
}

/// A crafted backup cannot make the phone try costly key derivation or read a huge file.
#[test]
fn costly_kdf_parameters_and_oversized_files_are_refused_before_any_work() {
    let (bytes, _) = small_backup();
    for (offset, value) in [(23, 1024 * 1024u32), (27, 11), (31, 5)] {
        let mut costly = bytes.clone();
        costly[14 + offset..14 + offset + 4].copy_from_slice(&value.to_be_bytes());
        assert_eq!(
            BackupFile::parse(costly).unwrap_err(),
            VaultError::KdfTooCostly,
            "{offset}"
        );
    }
    let mut huge = bytes;
    huge.resize(ordner_vault::MAX_BACKUP_LEN + 1, 0);
    let err = BackupFile::parse(huge).unwrap_err();
    assert_eq!(err, VaultError::BackupTooLarge);
    assert_eq!(err.message_id(), "vault-error-backup-too-large");
}
