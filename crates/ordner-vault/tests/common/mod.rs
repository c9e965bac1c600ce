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
