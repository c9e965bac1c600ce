//! Key-hierarchy flows and header tamper tests of the unlocked vault (no storage). Records and
//! blobs are sealed by a session: see `layout.rs`.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use common::{PASSPHRASE, cheap, kek};
use ordner_vault::{
    BlobId, HEADER_V1_LEN, HEADER_VERSION, KdfSettings, KeyEncryptionKey, RecordId, RecordKind,
    RecoveryKey, UnlockedVault, VaultError, VaultHeader,
};

#[test]
fn create_unlock_with_passphrase_and_recovery_key() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let header_bytes = new.header.to_bytes();
    assert_eq!(header_bytes.len(), HEADER_V1_LEN);
    assert_eq!(HEADER_V1_LEN, 171);
    let header = VaultHeader::from_bytes(&header_bytes).unwrap();
    assert_eq!(&header, new.vault.header());
    assert_eq!(header.format_version(), HEADER_VERSION);

    let by_pass = UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE).unwrap();
    let by_recovery = UnlockedVault::unlock_with_recovery_key(&header, &new.recovery_key).unwrap();
    // Both open the same vault key: each verifies the other's key.
    let rkek = KeyEncryptionKey::from_recovery_key(&new.recovery_key).unwrap();
    assert!(by_pass.verify_kek(&rkek).is_ok());
    assert!(
        by_recovery
            .verify_kek(&header.kdf_settings().derive_kek(PASSPHRASE).unwrap())
            .is_ok()
    );
    // Same with the recovery key typed back in from its printed form.
    let typed = RecoveryKey::parse(&new.recovery_key.to_display_string().to_lowercase()).unwrap();
    assert!(UnlockedVault::unlock_with_recovery_key(&header, &typed).is_ok());
}

#[test]
fn key_derivation_as_a_separate_step() {
    // Page: create settings, send bytes to the worker.
    let settings = KdfSettings::generate(cheap()).unwrap();
    let to_worker = settings.to_bytes();
    // Worker: derive, send the key back.
    let from_worker = KdfSettings::from_bytes(&to_worker)
        .unwrap()
        .derive_kek(PASSPHRASE)
        .unwrap()
        .to_transfer_bytes();
    // Page: create the vault with the derived key.
    let kek = KeyEncryptionKey::from_transfer_bytes(from_worker.as_bytes()).unwrap();
    let new = UnlockedVault::create(&kek).unwrap();
    assert_eq!(new.header.kdf_settings(), &settings);

    // Unlock: settings from the header to the worker, key back, unwrap.
    let header = VaultHeader::from_bytes(&new.header.to_bytes()).unwrap();
    let worker_kek = KdfSettings::from_bytes(&header.kdf_settings().to_bytes())
        .unwrap()
        .derive_kek(PASSPHRASE)
        .unwrap();
    let kek =
        KeyEncryptionKey::from_transfer_bytes(worker_kek.to_transfer_bytes().as_bytes()).unwrap();
    assert!(UnlockedVault::unlock(&header, &kek).is_ok());
}

#[test]
fn wrong_passphrase_many_times_then_right_one() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let header = new.header.clone();
    for i in 0..25 {
        let wrong = format!("{PASSPHRASE}{i}");
        assert_eq!(
            UnlockedVault::unlock_with_passphrase(&header, &wrong).unwrap_err(),
            VaultError::Decrypt
        );
    }
    for wrong in ["aufenthaltsgestattung verlängern 2026!", " ", "x"] {
        assert_eq!(
            UnlockedVault::unlock_with_passphrase(&header, wrong).unwrap_err(),
            VaultError::Decrypt
        );
    }
    // No lock-out, no state change: the right passphrase still works.
    assert!(UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE).is_ok());
}

#[test]
fn wrong_recovery_key_and_recovery_kek_of_other_vault_fail_vaguely() {
    let a = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let b = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    assert_eq!(
        UnlockedVault::unlock_with_recovery_key(&a.header, &b.recovery_key).unwrap_err(),
        VaultError::Decrypt
    );
    // b's passphrase key (same passphrase, other salt) does not open a.
    let b_kek = b.header.kdf_settings().derive_kek(PASSPHRASE).unwrap();
    assert_eq!(
        UnlockedVault::unlock(&a.header, &b_kek).unwrap_err(),
        VaultError::Decrypt
    );
}

#[test]
fn change_passphrase_rewraps_only_the_vault_key() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let mut vault = new.vault;
    let old_header = vault.header().clone();

    let new_header = vault
        .change_passphrase(&kek("neues Passwort"))
        .unwrap()
        .clone();
    assert_eq!(new_header.vault_id(), old_header.vault_id());
    assert_ne!(
        new_header.kdf_settings(),
        old_header.kdf_settings(),
        "fresh salt"
    );
    assert_eq!(
        &new_header.to_bytes()[111..],
        &old_header.to_bytes()[111..],
        "recovery wrap kept"
    );

    assert_eq!(
        UnlockedVault::unlock_with_passphrase(&new_header, PASSPHRASE).unwrap_err(),
        VaultError::Decrypt
    );
    let reopened = UnlockedVault::unlock_with_passphrase(&new_header, "neues Passwort").unwrap();
    let rkek = KeyEncryptionKey::from_recovery_key(&new.recovery_key).unwrap();
    assert!(
        reopened.verify_kek(&rkek).is_ok(),
        "same vault key, recovery key kept"
    );
    // A recovery-derived key cannot become a passphrase.
    let rkek = KeyEncryptionKey::from_recovery_key(&new.recovery_key).unwrap();
    assert_eq!(
        vault.change_passphrase(&rkek).unwrap_err(),
        VaultError::WrongKeyKind
    );
    assert_eq!(
        UnlockedVault::create(&rkek).unwrap_err(),
        VaultError::WrongKeyKind
    );
}

#[test]
fn reset_passphrase_with_recovery_key() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let reset =
        UnlockedVault::reset_passphrase(&new.header, &new.recovery_key, &kek("vergessen? neu!"))
            .unwrap();
    let header = reset.header().clone();
    let again = UnlockedVault::unlock_with_passphrase(&header, "vergessen? neu!").unwrap();
    let rkek = KeyEncryptionKey::from_recovery_key(&new.recovery_key).unwrap();
    assert!(again.verify_kek(&rkek).is_ok());
    assert!(UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE).is_err());
}

#[test]
fn verify_kek_confirms_the_current_passphrase() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let settings = new.header.kdf_settings();
    assert!(
        new.vault
            .verify_kek(&settings.derive_kek(PASSPHRASE).unwrap())
            .is_ok()
    );
    assert_eq!(
        new.vault
            .verify_kek(&settings.derive_kek("nope").unwrap())
            .unwrap_err(),
        VaultError::Decrypt
    );
    let rkek = KeyEncryptionKey::from_recovery_key(&new.recovery_key).unwrap();
    assert!(new.vault.verify_kek(&rkek).is_ok());
}

/// Flip every byte of the header: the copy of the vault key it affects never unwraps. With a key whose settings were
/// forged to match a tampered salt or parameters, the associated data still catches it.
#[test]
fn every_flipped_byte_of_the_header_is_detected() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let bytes = new.header.to_bytes();
    let good_kek = new.header.kdf_settings().derive_kek(PASSPHRASE).unwrap();
    let transfer = good_kek.to_transfer_bytes();
    let rkek = KeyEncryptionKey::from_recovery_key(&new.recovery_key).unwrap();
    for i in 0..bytes.len() {
        let mut t = bytes.clone();
        t[i] ^= 0x01;
        let Ok(header) = VaultHeader::from_bytes(&t) else {
            continue; // magic, version, algorithm or parameter floor: rejected when parsing
        };
        // Bytes 111..171 are the recovery wrap, which the passphrase path does not read.
        if i < 111 {
            assert_eq!(
                UnlockedVault::unlock(&header, &good_kek).unwrap_err(),
                VaultError::Decrypt
            );
        }
        // Forge a KEK with the real key bytes and the tampered settings: the wrap's associated
        // data covers the settings, so this still fails.
        let mut forged = transfer.as_bytes().to_vec();
        forged[7..7 + 29].copy_from_slice(&t[22..22 + 29]);
        if let (true, Ok(forged)) = (i < 111, KeyEncryptionKey::from_transfer_bytes(&forged)) {
            assert_eq!(
                UnlockedVault::unlock(&header, &forged).unwrap_err(),
                VaultError::Decrypt
            );
        }
        // The recovery wrap is bound to magic, version and vault id; bytes 22..111 do not
        // concern it (settings and passphrase wrap).
        if !(22..111).contains(&i) {
            assert_eq!(
                UnlockedVault::unlock(&header, &rkek).unwrap_err(),
                VaultError::Decrypt,
                "byte {i}"
            );
        }
    }
}

#[test]
fn ids_and_kinds_are_validated() {
    for bad in ["", "Note", "1note", "no te", "note/x", "ä", &"a".repeat(33)] {
        assert!(
            matches!(RecordKind::new(bad), Err(VaultError::InvalidKind(_))),
            "{bad:?}"
        );
    }
    for good in ["note", "checklist-tab-3", "a"] {
        assert!(RecordKind::new(good).is_ok());
    }
    for bad in ["", "a/b", "a b", "Ümlaut", &"x".repeat(65)] {
        assert!(
            matches!(RecordId::new(bad), Err(VaultError::InvalidId(_))),
            "{bad:?}"
        );
        assert!(BlobId::new(bad).is_err());
    }
    let r = RecordId::random().unwrap();
    assert_eq!(r.as_str().len(), 24);
    assert!(RecordId::new(r.as_str()).is_ok());
    assert_ne!(RecordId::random().unwrap(), r);
}
