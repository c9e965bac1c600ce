//! Shared helpers for the integration tests.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
#![allow(dead_code)]

use ordner_vault::{
    CreatedVault, KdfParams, KdfSettings, KeyEncryptionKey, MemoryStorage, VaultStore,
};

/// Runs a future to completion (the in-memory storage never pends).
pub fn block_on<F: std::future::Future>(f: F) -> F::Output {
    pollster::block_on(f)
}

/// Decodes hex, ignoring whitespace.
pub fn hex(s: &str) -> Vec<u8> {
    let digits: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    assert!(digits.len().is_multiple_of(2), "odd hex length");
    digits
        .chunks(2)
        .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
        .collect()
}

/// The cheapest parameters production code accepts (the floor): about 20 ms natively.
pub fn cheap() -> KdfParams {
    KdfParams::MINIMUM
}

pub const PASSPHRASE: &str = "Aufenthaltsgestattung verlängern 2026!";

/// A passphrase KEK with fresh settings at the floor parameters.
pub fn kek(passphrase: &str) -> KeyEncryptionKey {
    KdfSettings::generate(cheap())
        .unwrap()
        .derive_kek(passphrase)
        .unwrap()
}

/// A store with a freshly created vault.
pub fn new_store() -> (VaultStore<MemoryStorage>, CreatedVault<MemoryStorage>) {
    let store = VaultStore::new(MemoryStorage::new());
    let created = block_on(store.create(&kek(PASSPHRASE))).unwrap();
    (store, created)
}

use ordner_vault::{Batch, Storage, StoreName};

/// Runs `f` and returns the storage keys it added or changed (outside `meta`).
pub fn written_by(storage: &MemoryStorage, f: impl FnOnce()) -> Vec<(StoreName, String)> {
    let before = storage.snapshot();
    f();
    storage
        .snapshot()
        .into_iter()
        .filter(|(k, v)| k.0 != StoreName::Meta && before.get(k) != Some(v))
        .map(|(k, _)| k)
        .collect()
}

/// The one storage key (outside `meta`) that `f` wrote.
pub fn slot_written(storage: &MemoryStorage, f: impl FnOnce()) -> String {
    let keys = written_by(storage, f);
    assert_eq!(keys.len(), 1, "{keys:?}");
    keys[0].1.clone()
}

/// The stored value under `key`.
pub fn raw_get(storage: &MemoryStorage, store: StoreName, key: &str) -> Vec<u8> {
    block_on(storage.get(store, key)).unwrap().unwrap()
}

/// Writes `value` under `key` behind the vault's back.
pub fn raw_put(storage: &MemoryStorage, store: StoreName, key: &str, value: Vec<u8>) {
    let mut batch = Batch::new();
    batch.put(store, key, value);
    block_on(storage.commit(batch)).unwrap();
}

/// Deletes `key` behind the vault's back.
pub fn raw_delete(storage: &MemoryStorage, store: StoreName, key: &str) {
    let mut batch = Batch::new();
    batch.delete(store, key);
    block_on(storage.commit(batch)).unwrap();
}
