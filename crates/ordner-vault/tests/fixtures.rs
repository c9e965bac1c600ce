//! Format pinning: stored examples of every format version must keep opening.
//!
//! The files under `tests/fixtures/v1/` were written once by `write_v1_fixtures` (run with
//! `ORDNER_VAULT_WRITE_FIXTURES=1 cargo test -p ordner-vault --test fixtures -- --ignored`;
//! it refuses to overwrite existing files). Never regenerate them: a failing test here means a
//! change broke the reading of data people already have. When a format gets a new version, add
//! a `v2/` directory and keep `v1/`.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use std::path::PathBuf;

use common::block_on;
use ordner_vault::{
    BackupFile, BlobId, ImportMode, KdfParams, KdfSettings, MemoryStorage, RecordId, RecordKind,
    RecoveryKey, Storage, StoreName, UnlockedVault, VaultHeader, VaultStore, record_key,
};

/// Non-ASCII on purpose: pins the UTF-8 + NFC passphrase encoding.
const PASSPHRASE: &str = "Mein Ordner Fixture v1 – Größe ٣";
/// The same passphrase in decomposed form (u + combining diaeresis).
const PASSPHRASE_NFD: &str = "Mein Ordner Fixture v1 – Gro\u{308}ße ٣";
const KIND: &str = "note";
const RECORD_ID: &str = "fixture-note";
const RECORD_TEXT: &str = "Termin Ausländerbehörde 2026-03-02 9:00 – موعد";
const BLOB_ID: &str = "fixture-blob";

fn blob_content() -> Vec<u8> {
    (0..4096u32).map(|i| (i * 7 % 256) as u8).collect()
}

fn dir(version: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(version)
}

fn read(version: &str, name: &str) -> Vec<u8> {
    let path = dir(version).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
#[ignore = "writes the pinned fixtures once; see the module docs"]
fn write_v1_fixtures() {
    if std::env::var("ORDNER_VAULT_WRITE_FIXTURES").as_deref() != Ok("1") {
        eprintln!("set ORDNER_VAULT_WRITE_FIXTURES=1 to write the fixtures");
        return;
    }
    let d = dir("v1");
    assert!(
        !d.join("header.bin").exists(),
        "v1 fixtures exist: they are pinned and must never be regenerated"
    );
    std::fs::create_dir_all(&d).unwrap();

    let store = VaultStore::new(MemoryStorage::new());
    let kek = KdfSettings::generate(KdfParams::MINIMUM)
        .unwrap()
        .derive_kek(PASSPHRASE)
        .unwrap();
    let created = block_on(store.create(&kek)).unwrap();
    let s = created.session;
    let kind = RecordKind::new(KIND).unwrap();
    let id = RecordId::new(RECORD_ID).unwrap();
    block_on(s.put(&kind, &id, RECORD_TEXT.as_bytes())).unwrap();
    block_on(s.put_blob(&BlobId::new(BLOB_ID).unwrap(), &blob_content())).unwrap();
    let storage = store.storage();
    let get = |store, key: &str| block_on(storage.get(store, key)).unwrap().unwrap();
    std::fs::write(d.join("header.bin"), get(StoreName::Meta, "header")).unwrap();
    std::fs::write(
        d.join("record.bin"),
        get(StoreName::Records, &record_key(&kind, &id)),
    )
    .unwrap();
    std::fs::write(d.join("blob.bin"), get(StoreName::Blobs, BLOB_ID)).unwrap();
    std::fs::write(
        d.join("backup.bin"),
        block_on(s.export_backup()).unwrap().bytes,
    )
    .unwrap();
    std::fs::write(
        d.join("recovery-key.txt"),
        format!("{}\n", created.recovery_key.to_display_string()),
    )
    .unwrap();
}

fn recovery_key() -> RecoveryKey {
    let text = String::from_utf8(read("v1", "recovery-key.txt")).unwrap();
    RecoveryKey::parse(&text).unwrap()
}

#[test]
fn v1_header_parses_and_reserializes_identically() {
    let bytes = read("v1", "header.bin");
    let header = VaultHeader::from_bytes(&bytes).unwrap();
    assert_eq!(header.format_version(), 1);
    assert_eq!(header.kdf_settings().params(), KdfParams::MINIMUM);
    assert_eq!(header.to_bytes(), bytes);
}

#[test]
fn v1_record_and_blob_open_with_passphrase_and_recovery_key() {
    let header = VaultHeader::from_bytes(&read("v1", "header.bin")).unwrap();
    let kind = RecordKind::new(KIND).unwrap();
    let id = RecordId::new(RECORD_ID).unwrap();
    let blob_id = BlobId::new(BLOB_ID).unwrap();
    for vault in [
        UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE).unwrap(),
        UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE_NFD).unwrap(),
        UnlockedVault::unlock_with_recovery_key(&header, &recovery_key()).unwrap(),
    ] {
        let record = vault
            .open_record(&kind, &id, &read("v1", "record.bin"))
            .unwrap();
        assert_eq!(record.as_bytes(), RECORD_TEXT.as_bytes());
        let blob = vault.open_blob(&blob_id, &read("v1", "blob.bin")).unwrap();
        assert_eq!(blob.as_bytes(), &blob_content()[..]);
    }
}

#[test]
fn v1_backup_opens_and_imports() {
    let file = BackupFile::parse(read("v1", "backup.bin")).unwrap();
    assert_eq!(file.header().to_bytes(), read("v1", "header.bin"));
    let by_recovery = file.open_with_recovery_key(&recovery_key()).unwrap();
    assert_eq!(
        (by_recovery.record_count(), by_recovery.blob_count()),
        (1, 1)
    );
    let verified = file.open_with_passphrase(PASSPHRASE).unwrap();

    let store = VaultStore::new(MemoryStorage::new());
    let s = block_on(store.import_backup(verified, ImportMode::RefuseIfExists)).unwrap();
    let opened = block_on(s.open_all()).unwrap();
    assert!(opened.damaged.is_empty());
    assert_eq!(opened.records.len(), 1);
    assert_eq!(opened.records[0].kind.as_str(), KIND);
    assert_eq!(opened.records[0].id.as_str(), RECORD_ID);
    assert_eq!(opened.records[0].data.as_bytes(), RECORD_TEXT.as_bytes());
    let blob = block_on(s.get_blob(&BlobId::new(BLOB_ID).unwrap()))
        .unwrap()
        .unwrap();
    assert_eq!(blob.as_bytes(), &blob_content()[..]);
    // The stored values are byte-identical to the pinned record and blob.
    assert_eq!(
        block_on(store.storage().get(StoreName::Records, "note/fixture-note"))
            .unwrap()
            .unwrap(),
        read("v1", "record.bin")
    );
}

// ---------------------------------------------------------------------------------------------
// A whole v1 folder (the stored bytes of every store) and its v1 backup, as the app wrote them
// before layout 2: kinds in the clear in the storage keys, unpadded values. Written once by
// `write_v1_folder_fixture` with the code of that time.
// ---------------------------------------------------------------------------------------------

/// The records of the v1 folder fixture: (kind, id, text).
const FOLDER_RECORDS: [(&str, &str, &str); 6] = [
    ("profile", "name", "Amina Haddad"),
    ("note", "main", "Termin Ausländerbehörde mitbringen: Pass, Meldebescheinigung"),
    ("checklist", "ticks", "arrival/registration\nhealth/card"),
    ("settings", "town", "dresden"),
    ("appointment", "k3m9q2wd7x1a4b6c8e0f2g4h", "v1\n2026-03-02\n09:00\nAusländerbehörde"),
    ("document", "p7r2t9v4x6z8b1d3f5h7j9k2", "a document record"),
];
/// The blobs of the v1 folder fixture: (id, length, byte pattern multiplier).
const FOLDER_BLOBS: [(&str, u32, u32); 2] = [
    ("m4n6p8r0t2v4x6z8b0d2f4h6", 5000, 13),
    ("q1s3u5w7y9a1c3e5g7i9k1m3", 70_000, 29),
];

fn folder_blob(len: u32, mul: u32) -> Vec<u8> {
    (0..len).map(|i| (i * mul % 251) as u8).collect()
}

/// `u8 store (1 meta, 2 records, 3 blobs) | u16 key length | key | u32 value length | value`
/// for every stored entry, sorted by store and key.
fn encode_snapshot(storage: &MemoryStorage) -> Vec<u8> {
    let mut out = Vec::new();
    for ((store, key), value) in storage.snapshot() {
        out.push(match store {
            StoreName::Meta => 1,
            StoreName::Records => 2,
            StoreName::Blobs => 3,
        });
        out.extend_from_slice(&u16::try_from(key.len()).unwrap().to_be_bytes());
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(&u32::try_from(value.len()).unwrap().to_be_bytes());
        out.extend_from_slice(&value);
    }
    out
}

#[test]
#[ignore = "writes the pinned v1 folder fixture once; see the module docs"]
fn write_v1_folder_fixture() {
    if std::env::var("ORDNER_VAULT_WRITE_FIXTURES").as_deref() != Ok("1") {
        eprintln!("set ORDNER_VAULT_WRITE_FIXTURES=1 to write the fixtures");
        return;
    }
    let d = dir("v1");
    assert!(
        !d.join("folder.bin").exists(),
        "the v1 folder fixture exists: it is pinned and must never be regenerated"
    );
    let store = VaultStore::new(MemoryStorage::new());
    let kek = KdfSettings::generate(KdfParams::MINIMUM)
        .unwrap()
        .derive_kek(PASSPHRASE)
        .unwrap();
    let created = block_on(store.create(&kek)).unwrap();
    let s = created.session;
    for (kind, id, text) in FOLDER_RECORDS {
        let (kind, id) = (RecordKind::new(kind).unwrap(), RecordId::new(id).unwrap());
        block_on(s.put(&kind, &id, text.as_bytes())).unwrap();
    }
    for (id, len, mul) in FOLDER_BLOBS {
        block_on(s.put_blob(&BlobId::new(id).unwrap(), &folder_blob(len, mul))).unwrap();
    }
    std::fs::write(d.join("folder.bin"), encode_snapshot(store.storage())).unwrap();
    std::fs::write(
        d.join("folder-backup.bin"),
        block_on(s.export_backup()).unwrap().bytes,
    )
    .unwrap();
    std::fs::write(
        d.join("folder-recovery-key.txt"),
        format!("{}\n", created.recovery_key.to_display_string()),
    )
    .unwrap();
}
