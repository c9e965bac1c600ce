//! Key-hierarchy flows and tamper tests of the unlocked vault (no storage).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use common::{PASSPHRASE, cheap, kek};
use ordner_vault::{
    BlobId, ENVELOPE_OVERHEAD, FormatKind, HEADER_V1_LEN, KdfSettings, KeyEncryptionKey, RecordId,
    RecordKind, RecoveryKey, UnlockedVault, VaultError, VaultHeader,
};

fn note() -> RecordKind {
    RecordKind::new("note").unwrap()
}

#[test]
fn create_unlock_with_passphrase_and_recovery_key() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let header_bytes = new.header.to_bytes();
    assert_eq!(header_bytes.len(), HEADER_V1_LEN);
    assert_eq!(HEADER_V1_LEN, 171);
    let header = VaultHeader::from_bytes(&header_bytes).unwrap();
    assert_eq!(&header, new.vault.header());

    let id = RecordId::new("r1").unwrap();
    let sealed = new.vault.seal_record(&note(), &id, b"Hallo").unwrap();
    assert_eq!(sealed.len(), 5 + ENVELOPE_OVERHEAD);

    let by_pass = UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE).unwrap();
    assert_eq!(
        by_pass
            .open_record(&note(), &id, &sealed)
            .unwrap()
            .as_bytes(),
        b"Hallo"
    );
    let by_recovery = UnlockedVault::unlock_with_recovery_key(&header, &new.recovery_key).unwrap();
    assert_eq!(
        by_recovery
            .open_record(&note(), &id, &sealed)
            .unwrap()
            .as_bytes(),
        b"Hallo"
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
    let id = RecordId::random().unwrap();
    let sealed = vault.seal_record(&note(), &id, b"unchanged").unwrap();
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
    assert_eq!(
        reopened
            .open_record(&note(), &id, &sealed)
            .unwrap()
            .as_bytes(),
        b"unchanged"
    );
    let by_recovery =
        UnlockedVault::unlock_with_recovery_key(&new_header, &new.recovery_key).unwrap();
    assert_eq!(
        by_recovery
            .open_record(&note(), &id, &sealed)
            .unwrap()
            .as_bytes(),
        b"unchanged"
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
    let id = BlobId::random().unwrap();
    let sealed = new.vault.seal_blob(&id, &[7u8; 1000]).unwrap();
    let reset =
        UnlockedVault::reset_passphrase(&new.header, &new.recovery_key, &kek("vergessen? neu!"))
            .unwrap();
    let header = reset.header().clone();
    let again = UnlockedVault::unlock_with_passphrase(&header, "vergessen? neu!").unwrap();
    assert_eq!(
        again.open_blob(&id, &sealed).unwrap().as_bytes(),
        &[7u8; 1000][..]
    );
    assert!(UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE).is_err());
}

#[test]
fn replace_recovery_key_disables_the_old_one() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let mut vault = new.vault;
    let fresh = vault.replace_recovery_key().unwrap();
    assert_ne!(fresh, new.recovery_key);
    let header = vault.header().clone();
    assert_eq!(
        UnlockedVault::unlock_with_recovery_key(&header, &new.recovery_key).unwrap_err(),
        VaultError::Decrypt
    );
    assert!(UnlockedVault::unlock_with_recovery_key(&header, &fresh).is_ok());
    assert!(UnlockedVault::unlock_with_passphrase(&header, PASSPHRASE).is_ok());
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

/// Flip every byte of a sealed record (magic, version, wrapped key, nonce, ciphertext, tag):
/// it never opens. The crypto parts give the one vague error.
#[test]
fn every_flipped_byte_of_a_record_is_detected() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let id = RecordId::new("checklist-1").unwrap();
    let sealed = new
        .vault
        .seal_record(&note(), &id, b"Pass abgegeben")
        .unwrap();
    for i in 0..sealed.len() {
        for flip in [0x01u8, 0x80, 0xff] {
            let mut t = sealed.clone();
            t[i] ^= flip;
            let err = new.vault.open_record(&note(), &id, &t).unwrap_err();
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
        }
    }
    // Truncated at every length, and extended.
    for len in 0..sealed.len() {
        assert!(new.vault.open_record(&note(), &id, &sealed[..len]).is_err());
    }
    let mut longer = sealed.clone();
    longer.push(0);
    assert_eq!(
        new.vault.open_record(&note(), &id, &longer).unwrap_err(),
        VaultError::Decrypt
    );
}

/// The associated data binds each ciphertext to its kind, id, vault and type: a record cannot
/// be moved to another id or kind, into another vault, or be read as a blob.
#[test]
fn records_cannot_be_swapped_or_replayed_elsewhere() {
    let a = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let id = RecordId::new("one").unwrap();
    let sealed = a.vault.seal_record(&note(), &id, b"data").unwrap();
    let checklist = RecordKind::new("checklist").unwrap();
    assert_eq!(
        a.vault.open_record(&checklist, &id, &sealed).unwrap_err(),
        VaultError::Decrypt
    );
    assert_eq!(
        a.vault
            .open_record(&note(), &RecordId::new("two").unwrap(), &sealed)
            .unwrap_err(),
        VaultError::Decrypt
    );
    // Same bytes as a blob: different magic.
    assert!(
        a.vault
            .open_blob(&BlobId::new("one").unwrap(), &sealed)
            .is_err()
    );
    let mut as_blob = sealed.clone();
    as_blob[..4].copy_from_slice(b"MOVB");
    assert_eq!(
        a.vault
            .open_blob(&BlobId::new("one").unwrap(), &as_blob)
            .unwrap_err(),
        VaultError::Decrypt
    );
    // Another vault (even holding the same kind and id) cannot open it.
    let b = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    assert_eq!(
        b.vault.open_record(&note(), &id, &sealed).unwrap_err(),
        VaultError::Decrypt
    );
    // Blob bound to its id.
    let blob = a
        .vault
        .seal_blob(&BlobId::new("p1").unwrap(), b"page")
        .unwrap();
    assert_eq!(
        a.vault
            .open_blob(&BlobId::new("p2").unwrap(), &blob)
            .unwrap_err(),
        VaultError::Decrypt
    );
    // A newer envelope version is reported as such.
    let mut newer = sealed.clone();
    newer[4..6].copy_from_slice(&2u16.to_be_bytes());
    assert_eq!(
        a.vault.open_record(&note(), &id, &newer).unwrap_err(),
        VaultError::NewerVersion {
            what: FormatKind::Record,
            found: 2,
            supported: 1
        }
    );
}

#[test]
fn every_seal_uses_a_fresh_content_key_and_nonce() {
    let a = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let id = RecordId::new("same").unwrap();
    let x = a.vault.seal_record(&note(), &id, b"same text").unwrap();
    let y = a.vault.seal_record(&note(), &id, b"same text").unwrap();
    assert_ne!(x[6..66], y[6..66], "wrapped content keys differ");
    assert_ne!(x[66..78], y[66..78], "nonces differ");
    assert_ne!(x[78..], y[78..]);
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

#[test]
fn large_blob_round_trip() {
    let new = UnlockedVault::create(&kek(PASSPHRASE)).unwrap();
    let data: Vec<u8> = (0..20 * 1024 * 1024u32)
        .map(|i| (i * 31 % 251) as u8)
        .collect();
    let id = BlobId::random().unwrap();
    let sealed = new.vault.seal_blob(&id, &data).unwrap();
    assert_eq!(sealed.len(), data.len() + ENVELOPE_OVERHEAD);
    assert_eq!(
        new.vault.open_blob(&id, &sealed).unwrap().as_bytes(),
        &data[..]
    );
    let mut t = sealed;
    let mid = t.len() / 2;
    t[mid] ^= 1;
    assert_eq!(
        new.vault.open_blob(&id, &t).unwrap_err(),
        VaultError::Decrypt
    );
}
