//! The vault service over the in-memory storage: flows, atomic batches, quota, damaged records.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use common::{PASSPHRASE, block_on, kek, new_store, raw_get, raw_put, slot_written};
use ordner_vault::{
    Batch, BlobId, DamagedEntry, HEADER_KEY, KdfSettings, MemoryStorage, RecordId, RecordKind,
    Storage, StoreName, VaultError, VaultStore,
};

fn kind(k: &str) -> RecordKind {
    RecordKind::new(k).unwrap()
}
fn rid(i: &str) -> RecordId {
    RecordId::new(i).unwrap()
}

#[test]
fn create_put_lock_unlock_read() {
    let (store, created) = new_store();
    let s = created.session;
    s.put(
        &kind("note"),
        &rid("n1"),
        "Termin: Ausländerbehörde, 9 Uhr".as_bytes(),
    )
    .await_ok();
    s.put(&kind("checklist"), &rid("tab-1"), b"{\"pass\":true}")
        .await_ok();
    s.put_blob(&BlobId::new("page1").unwrap(), &[0xAB; 5000])
        .await_ok();
    s.lock();

    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    let all = block_on(s.open_all()).unwrap();
    assert!(all.damaged.is_empty());
    let got: Vec<(String, String, Vec<u8>)> = all
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
    assert_eq!(
        got,
        vec![
            (
                "checklist".into(),
                "tab-1".into(),
                b"{\"pass\":true}".to_vec()
            ),
            (
                "note".into(),
                "n1".into(),
                "Termin: Ausländerbehörde, 9 Uhr".as_bytes().to_vec()
            ),
        ]
    );
    let notes = block_on(s.list(&kind("note"))).unwrap();
    assert_eq!(notes.records.len(), 1);
    assert_eq!(
        block_on(s.get(&kind("note"), &rid("n1")))
            .unwrap()
            .unwrap()
            .as_bytes(),
        "Termin: Ausländerbehörde, 9 Uhr".as_bytes()
    );
    assert!(
        block_on(s.get(&kind("note"), &rid("missing")))
            .unwrap()
            .is_none()
    );
    assert_eq!(
        block_on(s.get_blob(&BlobId::new("page1").unwrap()))
            .unwrap()
            .unwrap()
            .as_bytes(),
        &[0xAB; 5000][..]
    );
    assert_eq!(
        block_on(s.blob_ids()).unwrap(),
        vec![BlobId::new("page1").unwrap()]
    );

    block_on(s.delete(&kind("note"), &rid("n1"))).unwrap();
    block_on(s.delete_blob(&BlobId::new("page1").unwrap())).unwrap();
    assert_eq!(block_on(s.open_all()).unwrap().records.len(), 1);
    assert!(block_on(s.blob_ids()).unwrap().is_empty());
}

/// Nothing readable is stored: no plaintext, and no kind or id in the keys.
#[test]
fn storage_holds_no_plaintext() {
    let (store, created) = new_store();
    let marker = b"MARKER-7f3a9c-Ausweis";
    let s = created.session;
    s.put(&kind("note"), &rid("n1"), marker).await_ok();
    s.put_blob(&BlobId::new("b1").unwrap(), marker).await_ok();
    for ((_, key), value) in store.storage().snapshot() {
        assert!(!key.as_bytes().windows(6).any(|w| w == b"MARKER"));
        // Opaque: `header`, `manifest`, or 32 hex characters (so no `note`, `n1` or `b1`).
        assert!(
            key == "header"
                || key == "manifest"
                || (key.len() == 32 && key.bytes().all(|b| b.is_ascii_hexdigit())),
            "{key}"
        );
        assert!(!value.windows(marker.len()).any(|w| w == marker));
        assert!(
            !value
                .windows(PASSPHRASE.len())
                .any(|w| w == PASSPHRASE.as_bytes())
        );
    }
}

#[test]
fn create_refuses_when_a_vault_exists_and_unlock_needs_one() {
    let (store, _created) = new_store();
    let before = store.storage().snapshot();
    assert_eq!(
        block_on(store.create(&kek("other"))).unwrap_err(),
        VaultError::VaultExists
    );
    assert_eq!(store.storage().snapshot(), before);

    let empty = VaultStore::new(MemoryStorage::new());
    assert!(!block_on(empty.exists()).unwrap());
    assert!(block_on(empty.header()).unwrap().is_none());
    assert_eq!(
        block_on(empty.unlock_with_passphrase("x")).unwrap_err(),
        VaultError::NoVault
    );
}

#[test]
fn wrong_passphrase_changes_nothing() {
    let (store, _created) = new_store();
    let before = store.storage().snapshot();
    for i in 0..10 {
        assert_eq!(
            block_on(store.unlock_with_passphrase(&format!("falsch {i}"))).unwrap_err(),
            VaultError::Decrypt
        );
    }
    assert_eq!(store.storage().snapshot(), before);
    assert!(block_on(store.unlock_with_passphrase(PASSPHRASE)).is_ok());
}

/// A document with its scanned pages is one batch: one commit, all or nothing.
#[test]
fn a_change_is_one_atomic_commit() {
    let (store, created) = new_store();
    let s = created.session;
    let commits = store.storage().commit_count();
    let mut change = s.change();
    change
        .put_record(
            &kind("document"),
            &rid("d1"),
            b"{\"pages\":[\"p1\",\"p2\"]}",
        )
        .unwrap();
    change
        .put_blob(&BlobId::new("p1").unwrap(), &[1; 300_000])
        .unwrap();
    change
        .put_blob(&BlobId::new("p2").unwrap(), &[2; 300_000])
        .unwrap();
    block_on(s.commit(change)).unwrap();
    assert_eq!(store.storage().commit_count(), commits + 1);

    // A failing commit (tab closed, transaction aborted) leaves everything as before.
    let before = store.storage().snapshot();
    store
        .storage()
        .fail_next_commit(VaultError::Storage("transaction aborted".into()));
    let mut change = s.change();
    change.delete_record(&kind("document"), &rid("d1"));
    change.delete_blob(&BlobId::new("p1").unwrap());
    change
        .put_blob(&BlobId::new("p3").unwrap(), &[3; 10])
        .unwrap();
    assert_eq!(
        block_on(s.commit(change)).unwrap_err(),
        VaultError::Storage("transaction aborted".into())
    );
    assert_eq!(store.storage().snapshot(), before);
    assert_eq!(block_on(s.open_all()).unwrap().records.len(), 1);
}

#[test]
fn full_quota_gives_storage_full_and_changes_nothing() {
    let (store, created) = new_store();
    let s = created.session;
    s.put(&kind("note"), &rid("n1"), b"small").await_ok();
    let used = store.storage().used_bytes();
    store.storage().set_quota(Some(used + 100_000));
    let before = store.storage().snapshot();

    let mut change = s.change();
    change
        .put_record(&kind("document"), &rid("d1"), b"doc")
        .unwrap();
    change
        .put_blob(&BlobId::new("scan").unwrap(), &vec![9u8; 2_000_000])
        .unwrap();
    let err = block_on(s.commit(change)).unwrap_err();
    assert_eq!(err, VaultError::StorageFull);
    assert_eq!(err.message_id(), "vault-error-storage-full");
    assert_eq!(store.storage().snapshot(), before, "nothing half-written");

    // After freeing space (here: a larger quota) the same save works.
    store.storage().set_quota(Some(used + 3_000_000));
    let mut change = s.change();
    change
        .put_record(&kind("document"), &rid("d1"), b"doc")
        .unwrap();
    change
        .put_blob(&BlobId::new("scan").unwrap(), &vec![9u8; 2_000_000])
        .unwrap();
    block_on(s.commit(change)).unwrap();
}

/// A damaged record is named by kind and id; everything else still opens.
#[test]
fn damaged_records_are_reported_by_id_and_the_rest_opens() {
    let (store, created) = new_store();
    let s = created.session;
    let storage = store.storage();
    let mut slots = Vec::new();
    for i in 0..5 {
        slots.push(slot_written(storage, || {
            s.put(
                &kind("note"),
                &rid(&format!("n{i}")),
                format!("note {i}").as_bytes(),
            )
            .await_ok();
        }));
    }
    // Damage n2 (one flipped byte) and swap n3's ciphertext into n4's slot.
    let mut n2 = raw_get(storage, StoreName::Records, &slots[2]);
    let last = n2.len() - 1;
    n2[last] ^= 0x40;
    let n3 = raw_get(storage, StoreName::Records, &slots[3]);
    raw_put(storage, StoreName::Records, &slots[2], n2);
    raw_put(storage, StoreName::Records, &slots[4], n3);
    raw_put(storage, StoreName::Records, "garbage-key", vec![1, 2, 3]);

    s.lock();
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    let opened = block_on(s.open_all()).unwrap();
    let ids: Vec<&str> = opened.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["n0", "n1", "n3"]);
    assert_eq!(opened.records[2].data.as_bytes(), b"note 3");
    assert_eq!(
        opened.damaged,
        vec![
            DamagedEntry {
                store: StoreName::Records,
                kind: "note".into(),
                id: "n2".into()
            },
            DamagedEntry {
                store: StoreName::Records,
                kind: "note".into(),
                id: "n4".into()
            },
            DamagedEntry {
                store: StoreName::Records,
                kind: String::new(),
                id: "garbage-key".into()
            },
        ]
    );
    assert_eq!(
        block_on(s.get(&kind("note"), &rid("n2"))).unwrap_err(),
        VaultError::Decrypt
    );
    // The damaged record can be deleted or overwritten.
    s.put(&kind("note"), &rid("n2"), b"rewritten").await_ok();
    assert_eq!(block_on(s.open_all()).unwrap().damaged.len(), 2);
}

#[test]
fn check_blobs_names_damaged_blobs() {
    let (store, created) = new_store();
    let s = created.session;
    s.put_blob(&BlobId::new("ok").unwrap(), b"fine").await_ok();
    let slot = slot_written(store.storage(), || {
        s.put_blob(&BlobId::new("bad").unwrap(), b"will break")
            .await_ok();
    });
    let mut bad = raw_get(store.storage(), StoreName::Blobs, &slot);
    bad[80] ^= 1;
    raw_put(store.storage(), StoreName::Blobs, &slot, bad);
    assert_eq!(
        block_on(s.check_blobs()).unwrap(),
        vec![DamagedEntry {
            store: StoreName::Blobs,
            kind: String::new(),
            id: "bad".into()
        }]
    );
    assert_eq!(
        block_on(s.get_blob(&BlobId::new("bad").unwrap())).unwrap_err(),
        VaultError::Decrypt
    );
}

#[test]
fn change_passphrase_touches_only_the_header() {
    let (store, created) = new_store();
    let mut s = created.session;
    s.put(&kind("note"), &rid("n1"), b"keep me").await_ok();
    s.put_blob(&BlobId::new("b1").unwrap(), b"blob").await_ok();
    let before = store.storage().snapshot();

    block_on(s.change_passphrase(&kek("Neue Passphrase 1"))).unwrap();
    let after = store.storage().snapshot();
    for (k, v) in &before {
        if *k == (StoreName::Meta, HEADER_KEY.to_owned()) {
            assert_ne!(after.get(k), Some(v), "header rewritten");
        } else {
            assert_eq!(after.get(k), Some(v), "{k:?} untouched");
        }
    }
    assert_eq!(before.len(), after.len());
    s.lock();

    assert_eq!(
        block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap_err(),
        VaultError::Decrypt
    );
    let s = block_on(store.unlock_with_passphrase("Neue Passphrase 1")).unwrap();
    assert_eq!(
        block_on(s.get(&kind("note"), &rid("n1")))
            .unwrap()
            .unwrap()
            .as_bytes(),
        b"keep me"
    );
    let s = block_on(store.unlock_with_recovery_key(&created.recovery_key)).unwrap();
    assert_eq!(block_on(s.open_all()).unwrap().records.len(), 1);
}

#[test]
fn failed_passphrase_change_keeps_the_old_passphrase() {
    let (store, created) = new_store();
    let mut s = created.session;
    store.storage().fail_next_commit(VaultError::StorageFull);
    assert_eq!(
        block_on(s.change_passphrase(&kek("new one"))).unwrap_err(),
        VaultError::StorageFull
    );
    // Both the store and the session still use the old header.
    assert_eq!(block_on(store.header()).unwrap(), Some(s.header()));
    s.lock();
    assert!(block_on(store.unlock_with_passphrase(PASSPHRASE)).is_ok());
}

/// Forgotten passphrase: recovery key, then a new passphrase.
#[test]
fn reset_passphrase_with_the_recovery_key() {
    let (store, created) = new_store();
    created
        .session
        .put(&kind("note"), &rid("n1"), b"still here")
        .await_ok();
    created.session.lock();
    let typed = created
        .recovery_key
        .to_display_string()
        .to_lowercase()
        .replace('-', " ");
    let rk = ordner_vault::RecoveryKey::parse(&typed).unwrap();
    let mut s = block_on(store.unlock_with_recovery_key(&rk)).unwrap();
    block_on(s.change_passphrase(&kek("nach dem Vergessen"))).unwrap();
    s.lock();
    let s = block_on(store.unlock_with_passphrase("nach dem Vergessen")).unwrap();
    assert_eq!(
        block_on(s.get(&kind("note"), &rid("n1")))
            .unwrap()
            .unwrap()
            .as_bytes(),
        b"still here"
    );
}

#[test]
fn replace_recovery_key_in_store() {
    let (store, created) = new_store();
    let mut s = created.session;
    let fresh = block_on(s.replace_recovery_key()).unwrap();
    s.lock();
    assert_eq!(
        block_on(store.unlock_with_recovery_key(&created.recovery_key)).unwrap_err(),
        VaultError::Decrypt
    );
    assert!(block_on(store.unlock_with_recovery_key(&fresh)).is_ok());
}

#[test]
fn unlock_with_worker_derived_key() {
    let (store, _created) = new_store();
    let header = block_on(store.header()).unwrap().unwrap();
    let to_worker = header.kdf_settings().to_bytes();
    let back = KdfSettings::from_bytes(&to_worker)
        .unwrap()
        .derive_kek(PASSPHRASE)
        .unwrap()
        .to_transfer_bytes();
    let kek = ordner_vault::KeyEncryptionKey::from_transfer_bytes(back.as_bytes()).unwrap();
    let s = block_on(store.unlock(&kek)).unwrap();
    assert!(s.verify_kek(&kek).is_ok());
}

#[test]
fn delete_everything_empties_all_stores() {
    let (store, created) = new_store();
    created
        .session
        .put(&kind("note"), &rid("n1"), b"x")
        .await_ok();
    created
        .session
        .put_blob(&BlobId::new("b").unwrap(), b"y")
        .await_ok();
    block_on(store.delete_everything()).unwrap();
    assert!(store.storage().snapshot().is_empty());
    assert!(!block_on(store.exists()).unwrap());
    // A new vault can be created afterwards.
    assert!(block_on(store.create(&kek("fresh start"))).is_ok());
}

#[test]
fn create_clears_leftovers_without_header() {
    let storage = MemoryStorage::new();
    let mut batch = Batch::new();
    batch.put(
        StoreName::Records,
        "0123456789abcdef0123456789abcdef",
        vec![1, 2, 3],
    );
    block_on(storage.commit(batch)).unwrap();
    let store = VaultStore::new(storage);
    let created = block_on(store.create(&kek(PASSPHRASE))).unwrap();
    let opened = block_on(created.session.open_all()).unwrap();
    assert!(opened.records.is_empty() && opened.damaged.is_empty());
}

#[test]
fn record_keys_and_messages() {
    assert_eq!(StoreName::Meta.as_str(), "meta");
    assert_eq!(StoreName::Records.as_str(), "records");
    assert_eq!(StoreName::Blobs.as_str(), "blobs");
    assert_eq!(VaultError::Decrypt.message_id(), "vault-error-decrypt");
    assert!(format!("{:?}", new_store().1.session).contains("REDACTED"));
}

/// Small helper: block on a unit future and unwrap it.
trait AwaitOk {
    fn await_ok(self);
}
impl<F: std::future::Future<Output = ordner_vault::Result<()>>> AwaitOk for F {
    fn await_ok(self) {
        block_on(self).unwrap();
    }
}
