//! Format pinning: stored examples of every format version must keep opening.
//!
//! The files under `tests/fixtures/v1/` were written once by the code of storage layout 1
//! (commits "ordner-vault: pin ..." in the history; that writer cannot exist any more, since
//! today's code writes layout 2). `tests/fixtures/v2/` is written once by `write_v2_fixtures`
//! (run with `ORDNER_VAULT_WRITE_FIXTURES=1 cargo test -p ordner-vault --test fixtures --
//! --ignored`; it refuses to overwrite existing files). Never regenerate them: a failing test
//! here means a change broke the reading of data people already have. When a format gets a new
//! version, add a `vN/` directory and keep the old ones.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use std::path::PathBuf;

use common::block_on;
use ordner_vault::{
    BackupFile, Batch, BlobId, ImportMode, KdfParams, KdfSettings, MemoryStorage, RecordId,
    RecordKind, RecoveryKey, Storage, StoreName, UnlockedVault, VaultError, VaultHeader,
    VaultStore,
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

/// The single pinned record and blob of layout 1, stored as the old app stored them
/// (`note/fixture-note`, `fixture-blob`), open with the passphrase (also typed in decomposed
/// form) and with the recovery key.
#[test]
fn v1_record_and_blob_open_with_passphrase_and_recovery_key() {
    let storage = MemoryStorage::new();
    let mut batch = Batch::new();
    batch.put(StoreName::Meta, "header", read("v1", "header.bin"));
    batch.put(
        StoreName::Records,
        "note/fixture-note",
        read("v1", "record.bin"),
    );
    batch.put(StoreName::Blobs, BLOB_ID, read("v1", "blob.bin"));
    block_on(storage.commit(batch)).unwrap();
    let store = VaultStore::new(storage);
    let kind = RecordKind::new(KIND).unwrap();
    let id = RecordId::new(RECORD_ID).unwrap();
    let blob_id = BlobId::new(BLOB_ID).unwrap();
    let header = VaultHeader::from_bytes(&read("v1", "header.bin")).unwrap();
    assert!(UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE_NFD).is_ok());
    for s in [
        block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap(),
        block_on(store.unlock_with_passphrase(PASSPHRASE_NFD)).unwrap(),
        block_on(store.unlock_with_recovery_key(&recovery_key())).unwrap(),
    ] {
        let record = block_on(s.get(&kind, &id)).unwrap().unwrap();
        assert_eq!(record.as_bytes(), RECORD_TEXT.as_bytes());
        let blob = block_on(s.get_blob(&blob_id)).unwrap().unwrap();
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
    // Imported as layout 2: opaque keys only.
    assert!(
        store
            .storage()
            .snapshot()
            .keys()
            .all(|(_, k)| !k.contains('/'))
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
    (
        "note",
        "main",
        "Termin Ausländerbehörde mitbringen: Pass, Meldebescheinigung",
    ),
    ("checklist", "ticks", "arrival/registration\nhealth/card"),
    ("settings", "town", "dresden"),
    (
        "appointment",
        "k3m9q2wd7x1a4b6c8e0f2g4h",
        "v1\n2026-03-02\n09:00\nAusländerbehörde",
    ),
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
#[ignore = "writes the pinned v2 fixtures once; see the module docs"]
fn write_v2_fixtures() {
    if std::env::var("ORDNER_VAULT_WRITE_FIXTURES").as_deref() != Ok("1") {
        eprintln!("set ORDNER_VAULT_WRITE_FIXTURES=1 to write the fixtures");
        return;
    }
    let d = dir("v2");
    assert!(
        !d.join("folder.bin").exists(),
        "v2 fixtures exist: they are pinned and must never be regenerated"
    );
    std::fs::create_dir_all(&d).unwrap();
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

fn decode_snapshot(bytes: &[u8]) -> MemoryStorage {
    let storage = MemoryStorage::new();
    let mut batch = Batch::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        let store = match rest[0] {
            1 => StoreName::Meta,
            2 => StoreName::Records,
            3 => StoreName::Blobs,
            other => panic!("store {other}"),
        };
        let key_len = usize::from(u16::from_be_bytes([rest[1], rest[2]]));
        let key = std::str::from_utf8(&rest[3..3 + key_len])
            .unwrap()
            .to_owned();
        rest = &rest[3 + key_len..];
        let len = u32::from_be_bytes(rest[..4].try_into().unwrap()) as usize;
        batch.put(store, key, rest[4..4 + len].to_vec());
        rest = &rest[4 + len..];
    }
    block_on(storage.commit(batch)).unwrap();
    storage
}

fn folder_recovery_key() -> RecoveryKey {
    folder_recovery_key_of("v1")
}

fn folder_recovery_key_of(version: &str) -> RecoveryKey {
    RecoveryKey::parse(&String::from_utf8(read(version, "folder-recovery-key.txt")).unwrap())
        .unwrap()
}

fn assert_folder_contents<S: Storage>(s: &ordner_vault::Session<S>) {
    let opened = block_on(s.open_all()).unwrap();
    assert!(opened.damaged.is_empty(), "{:?}", opened.damaged);
    let mut got: Vec<(String, String, Vec<u8>)> = opened
        .records
        .iter()
        .map(|r| {
            (
                r.kind.to_string(),
                r.id.to_string(),
                r.data.as_bytes().to_vec(),
            )
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String, Vec<u8>)> = FOLDER_RECORDS
        .iter()
        .map(|(k, i, t)| ((*k).to_owned(), (*i).to_owned(), t.as_bytes().to_vec()))
        .collect();
    want.sort();
    assert_eq!(got, want);
    for (id, len, mul) in FOLDER_BLOBS {
        let blob = block_on(s.get_blob(&BlobId::new(id).unwrap()))
            .unwrap()
            .unwrap();
        assert_eq!(blob.as_bytes(), &folder_blob(len, mul)[..], "{id}");
    }
    assert!(block_on(s.check_blobs()).unwrap().is_empty());
}

/// A whole folder of layout 1 opens with the passphrase and the recovery key; reading changes
/// nothing; the first write converts it to layout 2 (opaque keys, one record size, header
/// version 2) in one commit, and it keeps opening with both.
#[test]
fn v1_folder_opens_and_is_converted_on_the_next_write() {
    let storage = decode_snapshot(&read("v1", "folder.bin"));
    let before = storage.snapshot();
    assert!(
        before.keys().any(|(_, k)| k == "profile/name"),
        "a layout-1 folder"
    );
    let store = VaultStore::new(storage.clone());
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    assert_eq!(s.header().format_version(), 1);
    assert_folder_contents(&s);
    s.lock();
    let s = block_on(store.unlock_with_recovery_key(&folder_recovery_key())).unwrap();
    assert_folder_contents(&s);
    assert_eq!(storage.snapshot(), before, "reading writes nothing");

    let commits = storage.commit_count();
    let tick = RecordKind::new("checklist").unwrap();
    block_on(s.put(
        &tick,
        &RecordId::new("ticks").unwrap(),
        b"arrival/registration",
    ))
    .unwrap();
    assert_eq!(
        storage.commit_count(),
        commits + 1,
        "converted in the same commit"
    );
    assert_eq!(s.header().format_version(), 2);
    let after = storage.snapshot();
    for ((store_name, key), value) in &after {
        assert!(!key.contains('/'), "{key}");
        for (kind, id, _) in FOLDER_RECORDS {
            assert!(!key.contains(kind) && !key.contains(id), "{key}");
        }
        if *store_name == StoreName::Records {
            assert_eq!(
                value.len(),
                ordner_vault::RECORD_PADDED_MIN + ordner_vault::ENTRY_OVERHEAD
            );
        }
    }
    s.lock();
    for s in [
        block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap(),
        block_on(store.unlock_with_recovery_key(&folder_recovery_key())).unwrap(),
    ] {
        assert_eq!(s.header().format_version(), 2);
        let ticks = block_on(s.get(&tick, &RecordId::new("ticks").unwrap()))
            .unwrap()
            .unwrap();
        assert_eq!(ticks.as_bytes(), b"arrival/registration");
        let opened = block_on(s.open_all()).unwrap();
        assert!(opened.damaged.is_empty());
        assert_eq!(opened.records.len(), FOLDER_RECORDS.len());
        for (id, len, mul) in FOLDER_BLOBS {
            let blob = block_on(s.get_blob(&BlobId::new(id).unwrap()))
                .unwrap()
                .unwrap();
            assert_eq!(blob.as_bytes(), &folder_blob(len, mul)[..]);
        }
    }
}

/// A conversion that fails to commit (storage full) changes nothing; the folder stays layout 1.
#[test]
fn failed_conversion_changes_nothing() {
    let storage = decode_snapshot(&read("v1", "folder.bin"));
    let before = storage.snapshot();
    let store = VaultStore::new(storage.clone());
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    storage.fail_next_commit(VaultError::StorageFull);
    let note = RecordKind::new("note").unwrap();
    assert_eq!(
        block_on(s.put(&note, &RecordId::new("x").unwrap(), b"x")).unwrap_err(),
        VaultError::StorageFull
    );
    assert_eq!(storage.snapshot(), before);
    assert_folder_contents(&s);
    block_on(s.put(&note, &RecordId::new("x").unwrap(), b"x")).unwrap();
    assert_eq!(s.header().format_version(), 2);
}

/// A backup of layout 1 opens with the passphrase and the recovery key and is imported as
/// layout 2; a layout-1 folder exports a backup of version 2.
#[test]
fn v1_folder_backup_imports_as_layout_2() {
    let file = BackupFile::parse(read("v1", "folder-backup.bin")).unwrap();
    assert_eq!(file.format_version(), 1);
    let by_recovery = file.open_with_recovery_key(&folder_recovery_key()).unwrap();
    assert_eq!(
        (by_recovery.record_count(), by_recovery.blob_count()),
        (6, 2)
    );
    let store = VaultStore::new(MemoryStorage::new());
    let s = block_on(store.import_backup(
        file.open_with_passphrase(PASSPHRASE).unwrap(),
        ImportMode::RefuseIfExists,
    ))
    .unwrap();
    assert_folder_contents(&s);
    assert_eq!(s.header().format_version(), 2);
    assert!(
        store
            .storage()
            .snapshot()
            .keys()
            .all(|(_, k)| !k.contains('/'))
    );
    s.lock();
    assert_folder_contents(
        &block_on(store.unlock_with_recovery_key(&folder_recovery_key())).unwrap(),
    );

    let storage = decode_snapshot(&read("v1", "folder.bin"));
    let old = VaultStore::new(storage);
    let s = block_on(old.unlock_with_passphrase(PASSPHRASE)).unwrap();
    let export = block_on(s.export_backup()).unwrap();
    assert!(export.skipped.is_empty());
    let file = BackupFile::parse(export.bytes).unwrap();
    assert_eq!(file.format_version(), ordner_vault::BACKUP_VERSION);
    let again = VaultStore::new(MemoryStorage::new());
    let s = block_on(again.import_backup(
        file.open_with_recovery_key(&folder_recovery_key()).unwrap(),
        ImportMode::RefuseIfExists,
    ))
    .unwrap();
    assert_folder_contents(&s);
}

/// The pinned folder of layout 2 and its backup (version 2) open with the passphrase and the
/// recovery key, and a write keeps them readable.
#[test]
fn v2_folder_and_backup_open() {
    let storage = decode_snapshot(&read("v2", "folder.bin"));
    let store = VaultStore::new(storage.clone());
    let rk = folder_recovery_key_of("v2");
    for s in [
        block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap(),
        block_on(store.unlock_with_recovery_key(&rk)).unwrap(),
    ] {
        assert_eq!(s.header().format_version(), 2);
        assert_folder_contents(&s);
    }
    assert!(storage.snapshot().keys().all(|(_, k)| !k.contains('/')));
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    block_on(s.put(
        &RecordKind::new("note").unwrap(),
        &RecordId::new("x").unwrap(),
        b"x",
    ))
    .unwrap();
    s.lock();
    assert_eq!(
        block_on(store.unlock_with_recovery_key(&rk))
            .unwrap()
            .header()
            .format_version(),
        2
    );

    let file = BackupFile::parse(read("v2", "folder-backup.bin")).unwrap();
    assert_eq!(file.format_version(), 2);
    let target = VaultStore::new(MemoryStorage::new());
    let s = block_on(target.import_backup(
        file.open_with_recovery_key(&rk).unwrap(),
        ImportMode::RefuseIfExists,
    ))
    .unwrap();
    assert_folder_contents(&s);
    assert_eq!(
        file.open_with_passphrase("wrong").unwrap_err(),
        VaultError::Decrypt
    );
}
