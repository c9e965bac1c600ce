//! The rules for a new passphrase, in one place so a stricter rule changes every screen at
//! once: [`check_new_passphrase`] decides what is accepted, [`passphrase_strength`] is the guide
//! the person sees while typing, [`suggest`] offers one that is easy to write down.
//!
//! A new passphrase is **refused** (not only warned about) when it is shorter than
//! [`MIN_PASSPHRASE_CHARS`], is one of the most common passwords (`data/common-passwords.txt`,
//! also with digits or signs added at the end), or is estimated below [`MIN_STRENGTH_BITS`].
//! The estimate counts each character by its kind (lower case 26, upper case 26, digit 10,
//! sign 33, other letters 100 possibilities), a repeated character or one continuing a
//! sequence (`aaaa`, `1234`, `abcd`) as 1 bit, and a common password inside it as 10 bits.
//! It is deliberately simple; Argon2id then slows every guess.
//!
//! [`suggest`] draws [`SUGGESTED_WORDS`] words from a list of 2048 short English words
//! (`data/words-en.txt`, BIP-0039, MIT licence): 55 bits, written with `-` between the words.

use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use crate::error::Result;
use crate::hazmat;

/// Shortest new passphrase, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
/// Weakest new passphrase accepted, in estimated bits.
pub const MIN_STRENGTH_BITS: f64 = 50.0;
/// Words in a suggested passphrase.
pub const SUGGESTED_WORDS: usize = 5;

const COMMON: &str = include_str!("../data/common-passwords.txt");
const WORDS: &str = include_str!("../data/words-en.txt");

/// Why a new passphrase is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, thiserror::Error)]
pub enum PassphraseError {
    /// Fewer than [`MIN_PASSPHRASE_CHARS`] characters.
    #[error("the passphrase is shorter than {MIN_PASSPHRASE_CHARS} characters")]
    TooShort,
    /// One of the most common passwords (perhaps with digits or signs at the end).
    #[error("the passphrase is one of the most common ones")]
    Common,
    /// Too easy to guess (below [`MIN_STRENGTH_BITS`]).
    #[error("the passphrase is too easy to guess")]
    TooWeak,
    /// The two new passphrases differ.
    #[error("the two passphrases differ")]
    Mismatch,
}

impl PassphraseError {
    /// The Fluent message shown for this error (`TooShort` takes the argument `min`).
    #[must_use]
    pub fn message_id(self) -> &'static str {
        match self {
            PassphraseError::TooShort => "vault-passphrase-too-short",
            PassphraseError::Common => "vault-passphrase-common",
            PassphraseError::TooWeak => "vault-passphrase-weak",
            PassphraseError::Mismatch => "vault-passphrase-mismatch",
        }
    }
}

fn common() -> impl Iterator<Item = &'static str> {
    COMMON.lines().map(str::trim).filter(|l| !l.is_empty())
}

/// The words suggested passphrases are made of (2048).
fn words() -> impl Iterator<Item = &'static str> {
    WORDS.lines().map(str::trim).filter(|l| !l.is_empty())
}

fn folded(passphrase: &str) -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(passphrase.len() * 2));
    for c in passphrase.nfc().flat_map(char::to_lowercase) {
        let c = match c {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(c);
    }
    out
}

fn is_common(folded: &str) -> bool {
    let core = folded.trim_end_matches(|c: char| !c.is_alphabetic());
    let core = core.trim_start_matches(|c: char| !c.is_alphanumeric());
    let squeezed: String = folded.chars().filter(|c| c.is_alphanumeric()).collect();
    common().any(|w| w == folded || w == core || w == squeezed)
}

fn pool(c: char) -> f64 {
    if c.is_ascii_alphabetic() {
        26.0
    } else if c.is_ascii_digit() {
        10.0
    } else if c.is_ascii() {
        33.0
    } else {
        100.0
    }
}

/// Estimated strength in bits (see the module docs).
#[must_use]
pub fn estimate_bits(passphrase: &str) -> f64 {
    let chars: Vec<char> = passphrase.nfc().collect();
    let lower: Vec<char> = chars.iter().flat_map(|c| c.to_lowercase()).collect();
    // Characters covered by a common password of 4 or more letters count 10 bits together.
    let mut covered = vec![false; lower.len()];
    let mut bits = 0.0;
    if lower.len() == chars.len() {
        for word in common().filter(|w| w.chars().count() >= 4) {
            let w: Vec<char> = word.chars().collect();
            let mut i = 0;
            while i + w.len() <= lower.len() {
                if lower[i..i + w.len()] == w[..] && !covered[i..i + w.len()].iter().any(|c| *c) {
                    covered[i..i + w.len()].iter_mut().for_each(|c| *c = true);
                    bits += 10.0;
                    i += w.len();
                } else {
                    i += 1;
                }
            }
        }
    }
    for (i, c) in chars.iter().enumerate() {
        if covered.get(i).copied().unwrap_or(false) {
            continue;
        }
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let step = prev.map(|p| i64::from(u32::from(*c)) - i64::from(u32::from(p)));
        let predictable = matches!(step, Some(-1..=1));
        bits += if predictable { 1.0 } else { pool(*c).log2() };
    }
    bits
}

/// Why one new passphrase is refused, if it is.
fn weakness(passphrase: &str) -> Option<PassphraseError> {
    if passphrase.nfc().count() < MIN_PASSPHRASE_CHARS {
        return Some(PassphraseError::TooShort);
    }
    if is_common(&folded(passphrase)) {
        return Some(PassphraseError::Common);
    }
    if estimate_bits(passphrase) < MIN_STRENGTH_BITS {
        return Some(PassphraseError::TooWeak);
    }
    None
}

/// Checks a new passphrase typed twice: refused if too short, one of the most common, or too
/// weak; then both must match.
///
/// # Errors
/// [`PassphraseError`].
pub fn check_new_passphrase(
    first: &str,
    second: &str,
) -> core::result::Result<(), PassphraseError> {
    if let Some(e) = weakness(first) {
        return Err(e);
    }
    if first != second {
        return Err(PassphraseError::Mismatch);
    }
    Ok(())
}

/// Strength for the meter, 0 to 3: 0 = refused, 1 = acceptable, 2 = good, 3 = strong.
#[must_use]
pub fn passphrase_strength(passphrase: &str) -> u8 {
    if weakness(passphrase).is_some() {
        return 0;
    }
    match estimate_bits(passphrase) {
        b if b < 65.0 => 1,
        b if b < 90.0 => 2,
        _ => 3,
    }
}

/// A new random passphrase of [`SUGGESTED_WORDS`] words joined by `-`, e.g.
/// `orbit-candle-wisdom-tribe-velvet` (55 bits).
///
/// # Errors
/// [`crate::VaultError::Random`].
pub fn suggest() -> Result<Zeroizing<String>> {
    let list: Vec<&str> = words().collect();
    let mut out = Zeroizing::new(String::with_capacity(SUGGESTED_WORDS * 9));
    for i in 0..SUGGESTED_WORDS {
        // 2048 words: 11 bits from two random bytes, no bias.
        let r: [u8; 2] = hazmat::random_array()?;
        let index = usize::from(u16::from_be_bytes(r) & 0x07ff);
        if i > 0 {
            out.push('-');
        }
        out.push_str(list.get(index).copied().unwrap_or("word"));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "unit tests")]
    use super::*;

    #[test]
    fn lists_are_shipped_whole() {
        assert_eq!(words().count(), 2048);
        let mut w: Vec<&str> = words().collect();
        w.sort_unstable();
        w.dedup();
        assert_eq!(w.len(), 2048, "unique words");
        assert!(
            words()
                .all(|w| (3..=8).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase()))
        );
        assert!(common().count() >= 150);
        assert!(common().all(|w| w == w.to_lowercase()));
    }

    #[test]
    fn common_and_short_and_weak_passphrases_are_refused() {
        for p in ["passwort", "hallo123", "1234", "Schatz"] {
            assert_eq!(
                check_new_passphrase(p, p),
                Err(PassphraseError::TooShort),
                "{p}"
            );
        }
        for p in [
            "Passwort123",
            "passwort123!",
            "123456789000",
            "qwertzuiop",
            "Ichliebedich",
            "Deutschland1",
            "Fußball2024",
            "Muenchen!!!!",
            "Bismillah786",
        ] {
            assert!(
                matches!(
                    check_new_passphrase(p, p),
                    Err(PassphraseError::Common | PassphraseError::TooWeak)
                ),
                "{p}"
            );
        }
        assert_eq!(
            check_new_passphrase("Passwort123", "Passwort123"),
            Err(PassphraseError::Common)
        );
        assert_eq!(
            check_new_passphrase("ichliebedich", "ichliebedich"),
            Err(PassphraseError::Common)
        );
        for p in [
            "aaaaaaaaaaaa",
            "1234567890123",
            "abcdefghijkl",
            "1111122222",
            "Sommer2024Sommer",
        ] {
            assert_eq!(
                check_new_passphrase(p, p),
                Err(PassphraseError::TooWeak),
                "{p}"
            );
        }
    }

    #[test]
    fn ordinary_passphrases_pass() {
        for p in [
            "Blauer Koffer am Bahnhof 2015",
            "Termine im Oktober 2015 Dresden",
            "Gelber Umschlag vom Amt 2026",
            "Rote Tasche im Zug 2016",
            "Grüner Schirm an der Elbe 7",
            "Drei Fenster zum Hof 1989",
            "Aufenthaltsgestattung verlängern 2026!",
            "حديقة الياسمين في دمشق",
            "Kartoffelsalat",
        ] {
            assert_eq!(
                check_new_passphrase(p, p),
                Ok(()),
                "{p}: {}",
                estimate_bits(p)
            );
            assert_eq!(
                check_new_passphrase(p, "something else"),
                Err(PassphraseError::Mismatch)
            );
            assert!(passphrase_strength(p) >= 1);
        }
        assert_eq!(
            passphrase_strength("Kartoffelsalat"),
            1,
            "one long word: acceptable"
        );
        assert_eq!(passphrase_strength("Blauer Koffer am Bahnhof 2015"), 3);
        // Characters, not bytes, count.
        assert_eq!(passphrase_strength("äöüßäöüß"), 0);
        assert_eq!(passphrase_strength("hallo"), 0);
    }

    #[test]
    fn suggestions_are_five_listed_words_and_pass() {
        let list: Vec<&str> = words().collect();
        let a = suggest().unwrap();
        let b = suggest().unwrap();
        assert_ne!(*a, *b);
        for s in [&a, &b] {
            let parts: Vec<&str> = s.split('-').collect();
            assert_eq!(parts.len(), SUGGESTED_WORDS);
            assert!(parts.iter().all(|p| list.contains(p)), "{}", s.as_str());
            assert_eq!(check_new_passphrase(s, s), Ok(()), "{}", s.as_str());
        }
    }
}
