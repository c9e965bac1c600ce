//! Key derivation: parameter floors and ceilings, settings and transfer forms, passphrase
//! normalization.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

mod common;

use common::cheap;
use ordner_vault::{
    FormatKind, KdfParams, KdfSettings, KekSource, KeyEncryptionKey, RecoveryKey, UnlockedVault,
    VaultError, VaultHeader,
};

#[test]
fn floors_and_ceilings_are_enforced() {
    assert_eq!(KdfParams::new(19 * 1024, 2, 1).unwrap(), KdfParams::MINIMUM);
    assert_eq!(KdfParams::new(64 * 1024, 3, 1).unwrap(), KdfParams::DEFAULT);
    assert_eq!(
        KdfParams::new(19 * 1024 - 1, 2, 1),
        Err(VaultError::KdfTooWeak)
    );
    assert_eq!(KdfParams::new(19 * 1024, 1, 1), Err(VaultError::KdfTooWeak));
    assert_eq!(
        KdfParams::new(1024 * 1024, 0, 1),
        Err(VaultError::KdfTooWeak)
    );
    assert_eq!(KdfParams::new(64 * 1024, 3, 0), Err(VaultError::KdfTooWeak));
    // The ceiling: at most 256 MiB, t = 10, p = 4, so that a crafted header or backup cannot
    // make a phone try 1 GiB.
    assert!(KdfParams::new(256 * 1024, 10, 4).is_ok());
    for (m, t, p) in [
        (256 * 1024 + 1, 3, 1),
        (1024 * 1024, 3, 1),
        (64 * 1024, 11, 1),
        (64 * 1024, 3, 5),
        (u32::MAX, u32::MAX, u32::MAX),
    ] {
        assert_eq!(
            KdfParams::new(m, t, p),
            Err(VaultError::KdfTooCostly),
            "{m} {t} {p}"
        );
    }
    assert_eq!(KdfParams::default(), KdfParams::DEFAULT);
    let d = KdfParams::DEFAULT;
    assert_eq!(
        (d.memory_kib(), d.iterations(), d.parallelism()),
        (65536, 3, 1)
    );
}

#[test]
fn settings_round_trip_and_reject_weak_parameters() {
    let s = KdfSettings::generate(KdfParams::DEFAULT).unwrap();
    let bytes = s.to_bytes();
    assert_eq!(bytes.len(), 6 + 29);
    assert_eq!(&bytes[..4], b"MOKS");
    assert_eq!(KdfSettings::from_bytes(&bytes).unwrap(), s);
    assert_ne!(
        KdfSettings::generate(KdfParams::DEFAULT).unwrap().salt(),
        s.salt(),
        "fresh salt each time"
    );

    // m lives at bytes 7..11, t at 11..15 (after magic, version and algorithm).
    let mut weak = bytes.clone();
    weak[7..11].copy_from_slice(&(19 * 1024 - 1u32).to_be_bytes());
    assert_eq!(KdfSettings::from_bytes(&weak), Err(VaultError::KdfTooWeak));
    let mut weak = bytes.clone();
    weak[11..15].copy_from_slice(&1u32.to_be_bytes());
    assert_eq!(KdfSettings::from_bytes(&weak), Err(VaultError::KdfTooWeak));
    let mut costly = bytes.clone();
    costly[7..11].copy_from_slice(&u32::MAX.to_be_bytes());
    assert_eq!(
        KdfSettings::from_bytes(&costly),
        Err(VaultError::KdfTooCostly)
    );
    let mut alg = bytes.clone();
    alg[6] = 2;
    assert_eq!(
        KdfSettings::from_bytes(&alg),
        Err(VaultError::Malformed {
            what: FormatKind::KdfSettings
        })
    );
    let mut newer = bytes.clone();
    newer[5] = 2;
    assert!(matches!(
        KdfSettings::from_bytes(&newer),
        Err(VaultError::NewerVersion { found: 2, .. })
    ));
    assert!(KdfSettings::from_bytes(&bytes[..bytes.len() - 1]).is_err());
}

#[test]
fn derivation_is_deterministic_and_depends_on_passphrase_salt_and_params() {
    let s = KdfSettings::generate(cheap()).unwrap();
    let a = s.derive_kek("geheim").unwrap().to_transfer_bytes();
    let b = s.derive_kek("geheim").unwrap().to_transfer_bytes();
    assert_eq!(a, b);
    let c = s.derive_kek("Geheim").unwrap().to_transfer_bytes();
    assert_ne!(a.as_bytes()[a.len() - 32..], c.as_bytes()[c.len() - 32..]);
    let other_salt = KdfSettings::new(cheap(), [7; 16]);
    let d = other_salt.derive_kek("geheim").unwrap().to_transfer_bytes();
    assert_ne!(a.as_bytes()[a.len() - 32..], d.as_bytes()[d.len() - 32..]);
    let more = KdfSettings::new(KdfParams::new(19 * 1024, 3, 1).unwrap(), *s.salt());
    let e = more.derive_kek("geheim").unwrap().to_transfer_bytes();
    assert_ne!(a.as_bytes()[a.len() - 32..], e.as_bytes()[e.len() - 32..]);
}

#[test]
fn empty_passphrase_is_refused() {
    let s = KdfSettings::generate(cheap()).unwrap();
    assert_eq!(s.derive_kek("").unwrap_err(), VaultError::EmptyPassphrase);
}

/// The same passphrase typed with precomposed (NFC) or decomposed (NFD) characters gives the
/// same key: German umlauts, Vietnamese tone marks.
#[test]
fn passphrase_is_unicode_normalized() {
    let s = KdfSettings::generate(cheap()).unwrap();
    let nfc = "Grüße aus Đà Nẵng";
    let nfd = "Gru\u{308}\u{df}e aus D\u{335}a\u{300} Na\u{306}\u{303}ng";
    let nfd = nfd.replace("D\u{335}", "\u{110}"); // Đ has no decomposition
    assert_ne!(nfc.as_bytes(), nfd.as_bytes());
    let a = s.derive_kek(nfc).unwrap();
    let b = s.derive_kek(&nfd).unwrap();
    assert_eq!(a.to_transfer_bytes(), b.to_transfer_bytes());
}

#[test]
fn transfer_bytes_round_trip_for_worker_handoff() {
    let s = KdfSettings::generate(cheap()).unwrap();
    let kek = s.derive_kek("pass").unwrap();
    let bytes = kek.to_transfer_bytes();
    assert_eq!(&bytes.as_bytes()[..4], b"MOTK");
    let back = KeyEncryptionKey::from_transfer_bytes(bytes.as_bytes()).unwrap();
    assert_eq!(back.source(), &KekSource::Passphrase(s.clone()));
    assert_eq!(back.to_transfer_bytes(), bytes);

    let rk = RecoveryKey::generate().unwrap();
    let rkek = KeyEncryptionKey::from_recovery_key(&rk).unwrap();
    let back = KeyEncryptionKey::from_transfer_bytes(rkek.to_transfer_bytes().as_bytes()).unwrap();
    assert_eq!(back.source(), &KekSource::Recovery);

    for len in 0..bytes.len() {
        assert!(KeyEncryptionKey::from_transfer_bytes(&bytes.as_bytes()[..len]).is_err());
    }
    let mut longer = bytes.as_bytes().to_vec();
    longer.push(0);
    assert!(KeyEncryptionKey::from_transfer_bytes(&longer).is_err());
}

#[test]
fn debug_output_never_shows_key_material() {
    let s = KdfSettings::generate(cheap()).unwrap();
    let kek = s.derive_kek("pass").unwrap();
    let dbg = format!("{kek:?}");
    assert!(dbg.contains("REDACTED"));
    let transfer = kek.to_transfer_bytes();
    let key_bytes = &transfer.as_bytes()[transfer.len() - 32..];
    assert!(!dbg.contains(&format!("{key_bytes:?}")));
    let bytes_dbg = format!("{:?}", kek.to_transfer_bytes());
    assert_eq!(
        bytes_dbg,
        format!("SecretBytes([REDACTED; {} bytes])", 6 + 1 + 29 + 32)
    );
    let vault = UnlockedVault::create(&kek).unwrap();
    assert!(format!("{:?}", vault.vault).contains("REDACTED"));
}

/// A header whose parameters were lowered below the floor is rejected before any derivation:
/// an attacker cannot downgrade the vault to make guessing cheaper.
#[test]
fn header_with_weakened_parameters_is_rejected() {
    let new = UnlockedVault::create(&common::kek("pass")).unwrap();
    let bytes = new.header.to_bytes();
    // Header layout: magic 0..4, version 4..6, vault id 6..22, algorithm 22, m 23..27,
    // t 27..31, p 31..35.
    let mut weak_m = bytes.clone();
    weak_m[23..27].copy_from_slice(&(8 * 1024u32).to_be_bytes());
    assert_eq!(
        VaultHeader::from_bytes(&weak_m),
        Err(VaultError::KdfTooWeak)
    );
    let mut weak_t = bytes.clone();
    weak_t[27..31].copy_from_slice(&1u32.to_be_bytes());
    assert_eq!(
        VaultHeader::from_bytes(&weak_t),
        Err(VaultError::KdfTooWeak)
    );
    for (offset, value) in [(23, 1024 * 1024u32), (27, 11), (31, 5)] {
        let mut huge = bytes.clone();
        huge[offset..offset + 4].copy_from_slice(&value.to_be_bytes());
        assert_eq!(
            VaultHeader::from_bytes(&huge),
            Err(VaultError::KdfTooCostly),
            "{offset}"
        );
    }
    assert_eq!(VaultHeader::from_bytes(&bytes).unwrap(), new.header);
}
