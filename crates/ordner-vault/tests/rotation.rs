//! A new recovery key retires the old one: the vault key is replaced, so an old recovery sheet
//! opens nothing written afterwards, even together with a copy of today's storage. Interrupted
//! at any write, the folder opens with the passphrase and with the old or the new recovery key.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use common::{PASSPHRASE, block_on, kek, new_store};
use ordner_vault::{
    BackupFile, BlobId, KeyEncryptionKey, MemoryStorage, RecordId, RecordKind, RecoveryKey,
    Session, StoreName, VaultError, VaultStore,
};

fn note() -> RecordKind {
    RecordKind::new("note").unwrap()
}
fn rid(i: &str) -> RecordId {
    RecordId::new(i).unwrap()
}
fn current_kek(store: &VaultStore<MemoryStorage>) -> KeyEncryptionKey {
    block_on(store.header())
        .unwrap()
        .unwrap()
        .kdf_settings()
        .derive_kek(PASSPHRASE)
        .unwrap()
}
fn filled() -> (
    VaultStore<MemoryStorage>,
    Session<MemoryStorage>,
    RecoveryKey,
) {
    let (store, created) = new_store();
    let s = created.session;
    block_on(s.put(&note(), &rid("old"), b"written before")).unwrap();
    block_on(s.put_blob(&BlobId::new("page").unwrap(), &[9; 5000])).unwrap();
    (store, s, created.recovery_key)
}
fn text(s: &Session<MemoryStorage>, id: &str) -> Vec<u8> {
    block_on(s.get(&note(), &rid(id)))
        .unwrap()
        .unwrap()
        .as_bytes()
        .to_vec()
}

#[test]
fn a_new_recovery_key_retires_the_old_one_and_the_vault_key() {
    let (store, mut s, old_key) = filled();
    let before = store.storage().snapshot();
    let new_key = block_on(s.rotate_vault_key(&current_kek(&store), 1_767_225_600_000)).unwrap();
    assert_ne!(new_key, old_key);
    // Records and blobs were not rewritten: only meta changed.
    let after = store.storage().snapshot();
    for (k, v) in &before {
        if k.0 != StoreName::Meta {
            assert_eq!(after.get(k), Some(v), "{k:?} untouched");
        }
    }
    block_on(s.put(&note(), &rid("new"), b"written after")).unwrap();
    let today = store.storage().snapshot();
    s.lock();

    // The old sheet no longer opens today's storage.
    assert_eq!(
        block_on(store.unlock_with_recovery_key(&old_key)).unwrap_err(),
        VaultError::Decrypt
    );
    // Even with the old header put back into today's storage (a copy kept from before), the
    // old key reaches the old vault key, which opens no manifest written since.
    let old_header = before[&(StoreName::Meta, "header".to_owned())].clone();
    let mixed = MemoryStorage::new();
    let mut batch = ordner_vault::Batch::new();
    for ((st, k), v) in &today {
        batch.put(*st, k.clone(), v.clone());
    }
    batch.put(StoreName::Meta, "header", old_header);
    block_on(ordner_vault::Storage::commit(&mixed, batch)).unwrap();
    let mixed = VaultStore::new(mixed);
    assert_eq!(
        block_on(mixed.unlock_with_recovery_key(&old_key)).unwrap_err(),
        VaultError::Decrypt,
        "the old vault key opens nothing of today's storage"
    );

    // The passphrase and the new key open everything, and the next unlock tells.
    for s in [
        block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap(),
        block_on(store.unlock_with_recovery_key(&new_key)).unwrap(),
    ] {
        assert_eq!(text(&s, "old"), b"written before");
        assert_eq!(text(&s, "new"), b"written after");
        assert_eq!(
            block_on(s.get_blob(&BlobId::new("page").unwrap()))
                .unwrap()
                .unwrap()
                .as_bytes(),
            &[9; 5000][..]
        );
        assert_eq!(block_on(s.key_replaced_notice()), Some(1_767_225_600_000));
    }
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    block_on(s.acknowledge_key_notice()).unwrap();
    s.lock();
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    assert_eq!(block_on(s.key_replaced_notice()), None);
    assert_eq!(text(&s, "new"), b"written after");

    // A backup made now opens with the new key only.
    let bytes = block_on(s.export_backup()).unwrap().bytes;
    let file = BackupFile::parse(bytes).unwrap();
    assert!(file.open_with_recovery_key(&new_key).is_ok());
    assert_eq!(
        file.open_with_recovery_key(&old_key).unwrap_err(),
        VaultError::Decrypt
    );
}

#[test]
fn a_wrong_passphrase_or_a_recovery_key_changes_nothing() {
    let (store, mut s, old_key) = filled();
    let before = store.storage().snapshot();
    let header = block_on(store.header()).unwrap().unwrap();
    let wrong = header
        .kdf_settings()
        .derive_kek("not the passphrase")
        .unwrap();
    assert_eq!(
        block_on(s.rotate_vault_key(&wrong, 1)).unwrap_err(),
        VaultError::Decrypt
    );
    let rkek = KeyEncryptionKey::from_recovery_key(&old_key).unwrap();
    assert_eq!(
        block_on(s.rotate_vault_key(&rkek, 1)).unwrap_err(),
        VaultError::WrongKeyKind
    );
    // Another passphrase's key (fresh settings) is refused too.
    assert_eq!(
        block_on(s.rotate_vault_key(&kek(PASSPHRASE), 1)).unwrap_err(),
        VaultError::Decrypt
    );
    assert_eq!(store.storage().snapshot(), before);
    assert_eq!(text(&s, "old"), b"written before");
    s.lock();
    assert!(block_on(store.unlock_with_recovery_key(&old_key)).is_ok());
}

/// The storage tears the replacement batch after every number of writes (0 = nothing written,
/// then one write more each time): the folder always opens with the passphrase, and with the
/// recovery key that the call's result says is valid.
#[test]
fn interrupted_at_every_write_the_folder_opens_with_the_old_or_the_new_key() {
    for torn_after in 0..=5 {
        let (store, mut s, old_key) = filled();
        store.storage().tear_next_commit(torn_after);
        let result = block_on(s.rotate_vault_key(&current_kek(&store), 42));
        // The session keeps working either way.
        block_on(s.put(&note(), &rid("after"), b"still saving")).unwrap();
        s.lock();
        let valid = match &result {
            Ok(new_key) => new_key.clone(),
            Err(e) => {
                assert_eq!(*e, VaultError::Storage("torn write".into()));
                old_key.clone()
            }
        };
        let other = if result.is_ok() { Some(old_key) } else { None };
        for s in [
            block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap(),
            block_on(store.unlock_with_recovery_key(&valid)).unwrap(),
        ] {
            assert_eq!(
                text(&s, "old"),
                b"written before",
                "torn after {torn_after}"
            );
            assert_eq!(
                text(&s, "after"),
                b"still saving",
                "torn after {torn_after}"
            );
            assert!(block_on(s.open_all()).unwrap().damaged.is_empty());
            assert!(block_on(s.check_blobs()).unwrap().is_empty());
        }
        if let Some(old) = other {
            assert_eq!(
                block_on(store.unlock_with_recovery_key(&old)).unwrap_err(),
                VaultError::Decrypt
            );
        }
    }
}

/// A folder of layout 1 is converted first, then its key replaced.
#[test]
fn replacing_the_key_of_a_fresh_vault_twice() {
    let (store, mut s, first) = filled();
    let second = block_on(s.rotate_vault_key(&current_kek(&store), 1)).unwrap();
    let third = block_on(s.rotate_vault_key(&current_kek(&store), 2)).unwrap();
    s.lock();
    for k in [&first, &second] {
        assert!(block_on(store.unlock_with_recovery_key(k)).is_err());
    }
    let s = block_on(store.unlock_with_recovery_key(&third)).unwrap();
    assert_eq!(text(&s, "old"), b"written before");
    assert_eq!(block_on(s.key_replaced_notice()), Some(2));
}
