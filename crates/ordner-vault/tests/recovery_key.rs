//! The recovery key: format, tolerant parsing, typo detection, QR code.
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::collections::HashSet;

use ordner_vault::{RECOVERY_KEY_CHARS, RecoveryKey, VaultError};

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

#[test]
fn display_is_nine_groups_of_four_crockford_characters() {
    let key = RecoveryKey::generate().unwrap();
    let groups = key.display_groups();
    assert_eq!(groups.len(), 9);
    for g in &groups {
        assert_eq!(g.len(), 4);
        assert!(g.chars().all(|c| ALPHABET.contains(c)), "{g}");
    }
    let s = key.to_display_string();
    assert_eq!(s.len(), 44);
    assert_eq!(s, groups.join("-"));
    assert_eq!(RecoveryKey::parse(&s).unwrap(), key);
}

#[test]
fn keys_are_random_and_use_the_whole_alphabet() {
    let mut seen_keys = HashSet::new();
    let mut seen_chars = HashSet::new();
    for _ in 0..200 {
        let s = RecoveryKey::generate().unwrap().to_display_string();
        seen_chars.extend(s.chars().filter(|c| *c != '-'));
        assert!(seen_keys.insert(s));
    }
    assert_eq!(seen_chars.len(), 32, "all 32 symbols appear over 200 keys");
}

#[test]
fn parsing_tolerates_case_spaces_dashes_and_lookalikes() {
    let key = RecoveryKey::generate().unwrap();
    let s = key.to_display_string();
    let variants = [
        s.to_lowercase(),
        s.replace('-', " "),
        s.replace('-', ""),
        format!("  {}\n", s.replace('-', "  -  ")),
        s.replace('-', "\u{2010}"),            // Unicode hyphen
        s.replace('0', "O").replace('1', "l"), // Crockford look-alikes
        s.replace('1', "I").to_lowercase(),    // i -> 1
        s.replace('-', "\u{00a0}"),            // no-break space
    ];
    for v in variants {
        assert_eq!(RecoveryKey::parse(&v).unwrap(), key, "{v:?}");
    }
}

#[test]
fn arabic_indic_and_persian_digits_are_read_as_digits() {
    let key = RecoveryKey::generate().unwrap();
    let s = key.to_display_string();
    let arabic: String = s
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x0660 + d).unwrap(),
            None => c,
        })
        .collect();
    let persian: String = s
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(0x06F0 + d).unwrap(),
            None => c,
        })
        .collect();
    assert_eq!(RecoveryKey::parse(&arabic).unwrap(), key);
    assert_eq!(RecoveryKey::parse(&persian).unwrap(), key);
}

/// Every single-character substitution and every swap of two adjacent different characters is
/// reported as a typo (the checksum catches it), never accepted as another key.
#[test]
fn every_single_typo_is_detected() {
    for _ in 0..20 {
        let key = RecoveryKey::generate().unwrap();
        let chars: Vec<char> = key.to_display_string().replace('-', "").chars().collect();
        assert_eq!(chars.len(), RECOVERY_KEY_CHARS);
        let mut substitutions = 0;
        for i in 0..chars.len() {
            for c in ALPHABET.chars() {
                if c == chars[i] {
                    continue;
                }
                let mut typo = chars.clone();
                typo[i] = c;
                let typed: String = typo.iter().collect();
                assert_eq!(
                    RecoveryKey::parse(&typed),
                    Err(VaultError::RecoveryKeyTypo),
                    "substitution at {i}"
                );
                substitutions += 1;
            }
        }
        assert_eq!(substitutions, 36 * 31);
        for i in 0..chars.len() - 1 {
            if chars[i] == chars[i + 1] {
                continue;
            }
            let mut typo = chars.clone();
            typo.swap(i, i + 1);
            let typed: String = typo.iter().collect();
            assert_eq!(RecoveryKey::parse(&typed), Err(VaultError::RecoveryKeyTypo));
        }
    }
}

#[test]
fn wrong_length_and_foreign_characters_have_their_own_errors() {
    let key = RecoveryKey::generate().unwrap();
    let s = key.to_display_string();
    assert_eq!(
        RecoveryKey::parse(&s[..s.len() - 1]),
        Err(VaultError::RecoveryKeyLength {
            found: 35,
            expected: 36
        })
    );
    assert_eq!(
        RecoveryKey::parse(&format!("{s}-7")),
        Err(VaultError::RecoveryKeyLength {
            found: 37,
            expected: 36
        })
    );
    assert_eq!(
        RecoveryKey::parse(""),
        Err(VaultError::RecoveryKeyLength {
            found: 0,
            expected: 36
        })
    );
    // U is not in Crockford's alphabet; neither are punctuation or other scripts.
    let with_u = format!("U{}", &s[1..]);
    assert_eq!(
        RecoveryKey::parse(&with_u),
        Err(VaultError::RecoveryKeyCharacter('U'))
    );
    assert_eq!(
        RecoveryKey::parse(&format!("{s}!")),
        Err(VaultError::RecoveryKeyCharacter('!'))
    );
    assert_eq!(
        RecoveryKey::parse("ЖABC"),
        Err(VaultError::RecoveryKeyCharacter('Ж'))
    );
    // The error messages differ from the vague decryption error.
    assert_ne!(
        VaultError::RecoveryKeyTypo.message_id(),
        VaultError::Decrypt.message_id()
    );
}

#[test]
fn secrets_are_redacted_in_debug() {
    let key = RecoveryKey::generate().unwrap();
    let dbg = format!("{key:?}");
    assert!(dbg.contains("REDACTED"));
    for g in key.display_groups() {
        assert!(!dbg.contains(&g));
    }
    let qr = key.qr_code().unwrap();
    assert!(format!("{qr:?}").contains("REDACTED"));
}

fn finder_pattern_at(qr: &ordner_vault::QrMatrix, x0: usize, y0: usize) -> bool {
    (0..7).all(|dy| {
        (0..7).all(|dx| {
            let ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
            let core = (2..=4).contains(&dx) && (2..=4).contains(&dy);
            qr.is_dark(x0 + dx, y0 + dy) == (ring || core)
        })
    })
}

#[test]
fn qr_code_is_version_3_with_finder_patterns_and_depends_on_the_key() {
    let a = RecoveryKey::generate().unwrap();
    let qr = a.qr_code().unwrap();
    // 44 alphanumeric characters at level M fit version 3: 29 x 29 modules.
    assert_eq!(qr.size(), 29);
    let n = qr.size();
    assert!(finder_pattern_at(&qr, 0, 0));
    assert!(finder_pattern_at(&qr, n - 7, 0));
    assert!(finder_pattern_at(&qr, 0, n - 7));
    // Timing pattern on row 6 alternates between the finder patterns.
    for x in 8..n - 8 {
        assert_eq!(qr.is_dark(x, 6), x % 2 == 0);
    }
    let rows = qr.rows();
    assert_eq!(rows.len(), n);
    assert!(rows.iter().all(|r| r.len() == n));
    assert_eq!(rows[3][3], qr.is_dark(3, 3));
    assert!(!qr.is_dark(n, 0), "outside is light");
    // Deterministic for the same key, different for another key.
    assert_eq!(qr, a.clone().qr_code().unwrap());
    let b = RecoveryKey::generate().unwrap();
    assert_ne!(qr, b.qr_code().unwrap());
    // SVG path: one unit square per dark module.
    let dark = rows.iter().flatten().filter(|d| **d).count();
    let path = qr.svg_path(4);
    assert_eq!(path.matches('z').count(), dark);
    assert!(
        path.starts_with("M4 4h1v1h-1z"),
        "top-left finder module at the quiet zone"
    );
}
