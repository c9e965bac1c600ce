//! Storage layout 2: opaque keys, padding, the manifest, rollback and deletion detection, and
//! tampering with stored records and blobs.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use common::{
    PASSPHRASE, block_on, new_store, raw_delete, raw_get, raw_put, slot_written, written_by,
};
use ordner_vault::{
    BLOB_PADDED_MIN, BlobId, DamagedEntry, ENTRY_OVERHEAD, FormatKind, MANIFEST_KEY,
    RECORD_PADDED_MIN, RecordId, RecordKind, StoreName, VaultError, padded_size,
};

fn kind(k: &str) -> RecordKind {
    RecordKind::new(k).unwrap()
}
fn rid(i: &str) -> RecordId {
    RecordId::new(i).unwrap()
}
fn damaged(kind: &str, id: &str) -> DamagedEntry {
    DamagedEntry {
        store: StoreName::Records,
        kind: kind.into(),
        id: id.into(),
    }
}

const KINDS: [&str; 8] = [
    "profile",
    "note",
    "checklist",
    "settings",
    "appointment",
    "consultation",
    "document",
    "town",
];

/// Storage keys name no kind and no id, and every small record has the same stored size
/// whatever its length: the town, the name's length, how many records of a kind.
#[test]
fn keys_are_opaque_and_small_records_have_one_size() {
    let (store, created) = new_store();
    let s = created.session;
    let records: [(&str, &str, &[u8]); 6] = [
        ("profile", "name", b"Al"),
        (
            "profile",
            "name2",
            "Mohammed Abdulrahman Al-Hashimi".as_bytes(),
        ),
        ("settings", "town", b"dresden"),
        (
            "appointment",
            "k3m9q2wd7x1a4b6c8e0f2g4h",
            b"v1\n2026-03-02\n09:00\nx",
        ),
        ("note", "main", &[b'n'; 4000]),
        ("checklist", "ticks", b""),
    ];
    for (k, i, data) in records {
        block_on(s.put(&kind(k), &rid(i), data)).unwrap();
    }
    block_on(s.put_blob(&BlobId::new("page-one").unwrap(), &[1; 10])).unwrap();
    let snapshot = store.storage().snapshot();
    for ((store_name, key), value) in &snapshot {
        for word in KINDS
            .iter()
            .chain(&["name", "town", "page", "main", "ticks"])
        {
            assert!(!key.contains(word), "{key:?} names {word:?}");
        }
        assert!(!key.contains('/'), "{key:?}");
        if *store_name != StoreName::Meta {
            assert_eq!(key.len(), 32, "{key:?}");
            assert!(key.bytes().all(|b| b.is_ascii_hexdigit()));
        }
        if *store_name == StoreName::Records {
            assert_eq!(value.len(), RECORD_PADDED_MIN + ENTRY_OVERHEAD, "{key}");
        }
    }
    let meta: Vec<&str> = snapshot
        .keys()
        .filter(|(s, _)| *s == StoreName::Meta)
        .map(|(_, k)| k.as_str())
        .collect();
    assert_eq!(meta, ["header", MANIFEST_KEY]);
    assert_eq!(
        snapshot
            .keys()
            .filter(|(s, _)| *s == StoreName::Records)
            .count(),
        6
    );
    // Everything reads back.
    let opened = block_on(s.open_all()).unwrap();
    assert!(opened.damaged.is_empty());
    assert_eq!(opened.records.len(), 6);
    assert_eq!(
        block_on(s.get(&kind("note"), &rid("main")))
            .unwrap()
            .unwrap()
            .as_bytes(),
        &[b'n'; 4000][..]
    );
}

/// Larger records and blobs are padded to size classes about 25 % apart.
#[test]
fn blobs_and_large_records_are_padded_to_size_classes() {
    let (store, created) = new_store();
    let s = created.session;
    let storage = store.storage();
    for len in [0usize, 1, 4092, 4093, 9000, 123_456, 1_000_001] {
        let id = BlobId::random().unwrap();
        let data = vec![0x5a; len];
        let slot = slot_written(storage, || block_on(s.put_blob(&id, &data)).unwrap());
        let stored = raw_get(storage, StoreName::Blobs, &slot);
        assert_eq!(
            stored.len(),
            padded_size(len, BLOB_PADDED_MIN).unwrap() + ENTRY_OVERHEAD,
            "{len}"
        );
        assert_eq!(
            block_on(s.get_blob(&id)).unwrap().unwrap().as_bytes(),
            &data[..]
        );
    }
    // Two blobs of different lengths in one class are indistinguishable by size.
    let a = slot_written(storage, || {
        block_on(s.put_blob(&BlobId::new("a").unwrap(), &[1; 100_000])).unwrap();
    });
    let b = slot_written(storage, || {
        block_on(s.put_blob(&BlobId::new("b").unwrap(), &[2; 110_000])).unwrap();
    });
    assert_eq!(
        raw_get(storage, StoreName::Blobs, &a).len(),
        raw_get(storage, StoreName::Blobs, &b).len()
    );
    // A record above 4092 bytes gets the next class.
    let slot = slot_written(storage, || {
        block_on(s.put(&kind("document"), &rid("big"), &[3; 5000])).unwrap();
    });
    assert_eq!(
        raw_get(storage, StoreName::Records, &slot).len(),
        5120 + ENTRY_OVERHEAD
    );
}

/// A record put back in an older version, or deleted, is named as damaged; so is a value
/// stored under a key the manifest does not list. The rest opens.
#[test]
fn rollback_and_deletion_of_a_record_are_named() {
    let (store, created) = new_store();
    let s = created.session;
    let storage = store.storage();
    let town = slot_written(storage, || {
        block_on(s.put(&kind("settings"), &rid("town"), b"dresden")).unwrap();
    });
    let old_town = raw_get(storage, StoreName::Records, &town);
    let name = slot_written(storage, || {
        block_on(s.put(&kind("profile"), &rid("name"), b"Amina")).unwrap();
    });
    block_on(s.put(&kind("settings"), &rid("town"), b"leipzig")).unwrap();
    block_on(s.put(&kind("note"), &rid("main"), b"stays")).unwrap();

    // Roll the town back to the old (validly encrypted) version, delete the name.
    raw_put(storage, StoreName::Records, &town, old_town);
    raw_delete(storage, StoreName::Records, &name);
    raw_put(
        storage,
        StoreName::Records,
        "0123456789abcdef0123456789abcdef",
        vec![7; 4130],
    );
    s.lock();
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    let opened = block_on(s.open_all()).unwrap();
    let ids: Vec<&str> = opened.records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["main"]);
    assert_eq!(
        opened.damaged,
        vec![
            damaged("profile", "name"),
            damaged("settings", "town"),
            DamagedEntry {
                store: StoreName::Records,
                kind: String::new(),
                id: "0123456789abcdef0123456789abcdef".into()
            },
        ]
    );
    assert_eq!(
        block_on(s.get(&kind("settings"), &rid("town"))).unwrap_err(),
        VaultError::Decrypt
    );
    assert_eq!(
        block_on(s.get(&kind("profile"), &rid("name"))).unwrap_err(),
        VaultError::Decrypt
    );
    // Writing the record again repairs it.
    block_on(s.put(&kind("settings"), &rid("town"), b"leipzig")).unwrap();
    assert_eq!(block_on(s.open_all()).unwrap().records.len(), 2);
}

/// Putting back an old manifest (with the records of that time) does not hide newer records
/// silently: what was written since is named as damaged.
#[test]
fn rollback_of_the_manifest_is_detected() {
    let (store, created) = new_store();
    let s = created.session;
    let storage = store.storage();
    block_on(s.put(&kind("note"), &rid("main"), b"first")).unwrap();
    let old_manifest = raw_get(storage, StoreName::Meta, MANIFEST_KEY);
    block_on(s.put(&kind("note"), &rid("main"), b"second")).unwrap();
    block_on(s.put(&kind("appointment"), &rid("a1"), b"new")).unwrap();
    raw_put(storage, StoreName::Meta, MANIFEST_KEY, old_manifest);
    s.lock();
    let s = block_on(store.unlock_with_passphrase(PASSPHRASE)).unwrap();
    let opened = block_on(s.open_all()).unwrap();
    assert!(opened.records.is_empty());
    assert_eq!(opened.damaged.len(), 2, "{:?}", opened.damaged);
    assert_eq!(opened.damaged[0], damaged("note", "main"));
    assert_eq!(opened.damaged[1].kind, "", "the newer record is unlisted");
}

/// Every byte of a stored record flipped: never opens, always named.
#[test]
fn every_flipped_byte_of_a_stored_record_is_named() {
    let (store, created) = new_store();
    let s = created.session;
    let storage = store.storage();
    let slot = slot_written(storage, || {
        block_on(s.put(&kind("note"), &rid("n"), b"Pass abgegeben")).unwrap();
    });
    let sealed = raw_get(storage, StoreName::Records, &slot);
    for i in (0..sealed.len()).step_by(7).chain([4, 5, sealed.len() - 1]) {
        let mut t = sealed.clone();
        t[i] ^= 0x01;
        raw_put(storage, StoreName::Records, &slot, t);
        let err = block_on(s.get(&kind("note"), &rid("n"))).unwrap_err();
        match i {
            0..=3 => assert_eq!(
                err,
                VaultError::BadMagic {
                    what: FormatKind::Record
                }
            ),
            4 | 5 => assert!(
                matches!(
                    err,
                    VaultError::NewerVersion { .. } | VaultError::Malformed { .. }
                ),
                "{err:?}"
            ),
            _ => assert_eq!(err, VaultError::Decrypt, "byte {i}"),
        }
        assert_eq!(
            block_on(s.open_all()).unwrap().damaged,
            vec![damaged("note", "n")]
        );
    }
    for len in [0, 5, 17, 18, 33, sealed.len() - 1] {
        raw_put(storage, StoreName::Records, &slot, sealed[..len].to_vec());
        assert!(block_on(s.get(&kind("note"), &rid("n"))).is_err());
    }
    raw_put(storage, StoreName::Records, &slot, sealed);
    assert!(block_on(s.get(&kind("note"), &rid("n"))).is_ok());
}

/// A stored value cannot be moved to another record, kind or id, be read as a blob, or be
/// copied into another vault.
#[test]
fn values_cannot_be_swapped_or_replayed_elsewhere() {
    let (store, created) = new_store();
    let s = created.session;
    let storage = store.storage();
    let a = slot_written(storage, || {
        block_on(s.put(&kind("note"), &rid("a"), b"aaa")).unwrap();
    });
    let b = slot_written(storage, || {
        block_on(s.put(&kind("checklist"), &rid("a"), b"bbb")).unwrap();
    });
    let blob = slot_written(storage, || {
        block_on(s.put_blob(&BlobId::new("a").unwrap(), b"ccc")).unwrap();
    });
    let (va, vb, vblob) = (
        raw_get(storage, StoreName::Records, &a),
        raw_get(storage, StoreName::Records, &b),
        raw_get(storage, StoreName::Blobs, &blob),
    );
    raw_put(storage, StoreName::Records, &a, vb.clone());
    raw_put(storage, StoreName::Records, &b, va.clone());
    let mut as_blob = va.clone();
    as_blob[..4].copy_from_slice(b"MOVB");
    raw_put(storage, StoreName::Blobs, &blob, as_blob);
    let opened = block_on(s.open_all()).unwrap();
    assert_eq!(
        opened.damaged,
        vec![damaged("checklist", "a"), damaged("note", "a")]
    );
    assert_eq!(
        block_on(s.get_blob(&BlobId::new("a").unwrap())).unwrap_err(),
        VaultError::Decrypt
    );
    raw_put(storage, StoreName::Blobs, &blob, vblob);
    assert!(block_on(s.get_blob(&BlobId::new("a").unwrap())).is_ok());

    // Another vault, same kind and id: its slot differs, and our value under its slot fails.
    let (other, oc) = new_store();
    let os = oc.session;
    let oslot = slot_written(other.storage(), || {
        block_on(os.put(&kind("note"), &rid("a"), b"theirs")).unwrap();
    });
    assert_ne!(oslot, a);
    raw_put(other.storage(), StoreName::Records, &oslot, vb);
    assert_eq!(
        block_on(os.get(&kind("note"), &rid("a"))).unwrap_err(),
        VaultError::Decrypt
    );
}

/// Every write draws a new content key and nonce; the same text twice is stored differently.
#[test]
fn every_write_is_fresh() {
    let (store, created) = new_store();
    let s = created.session;
    let storage = store.storage();
    let slot = slot_written(storage, || {
        block_on(s.put(&kind("note"), &rid("same"), b"same text")).unwrap();
    });
    let x = raw_get(storage, StoreName::Records, &slot);
    let y_keys = written_by(storage, || {
        block_on(s.put(&kind("note"), &rid("same"), b"same text")).unwrap();
    });
    assert_eq!(
        y_keys,
        vec![(StoreName::Records, slot.clone())],
        "same slot"
    );
    let y = raw_get(storage, StoreName::Records, &slot);
    assert_ne!(x[6..18], y[6..18], "nonces differ");
    assert_ne!(x[18..], y[18..]);
    // The manifest is rewritten by every commit, also with a fresh key.
    let m1 = raw_get(storage, StoreName::Meta, MANIFEST_KEY);
    block_on(s.put(&kind("note"), &rid("other"), b"x")).unwrap();
    let m2 = raw_get(storage, StoreName::Meta, MANIFEST_KEY);
    assert_ne!(m1[6..66], m2[6..66]);
}

/// A 20 MiB scan: one pass each way, padded, tamper-evident.
#[test]
fn large_blob_round_trip() {
    let (store, created) = new_store();
    let s = created.session;
    let data: Vec<u8> = (0..20 * 1024 * 1024u32)
        .map(|i| (i * 31 % 251) as u8)
        .collect();
    let id = BlobId::random().unwrap();
    let slot = slot_written(store.storage(), || {
        block_on(s.put_blob(&id, &data)).unwrap()
    });
    let mut sealed = raw_get(store.storage(), StoreName::Blobs, &slot);
    assert_eq!(
        sealed.len(),
        padded_size(data.len(), BLOB_PADDED_MIN).unwrap() + ENTRY_OVERHEAD
    );
    assert_eq!(
        block_on(s.get_blob(&id)).unwrap().unwrap().as_bytes(),
        &data[..]
    );
    let mid = sealed.len() / 2;
    sealed[mid] ^= 1;
    raw_put(store.storage(), StoreName::Blobs, &slot, sealed);
    assert_eq!(block_on(s.get_blob(&id)).unwrap_err(), VaultError::Decrypt);
    assert_eq!(
        block_on(s.check_blobs()).unwrap(),
        vec![DamagedEntry {
            store: StoreName::Blobs,
            kind: String::new(),
            id: id.as_str().to_owned()
        }]
    );
}
