//! The rules for a new passphrase: [`check_new_passphrase`] decides what is accepted,
//! [`passphrase_strength`] is the guide the person sees while typing. Keep both here, in one
//! place, so a stricter rule changes every screen at once.

/// Shortest passphrase accepted for a new vault.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Why a new passphrase is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseError {
    /// Shorter than [`MIN_PASSPHRASE_CHARS`].
    #[error("the passphrase is shorter than {MIN_PASSPHRASE_CHARS} characters")]
    TooShort,
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
            PassphraseError::Mismatch => "vault-passphrase-mismatch",
        }
    }
}

/// Checks a new passphrase typed twice.
///
/// # Errors
/// [`PassphraseError::TooShort`], [`PassphraseError::Mismatch`].
pub fn check_new_passphrase(first: &str, second: &str) -> Result<(), PassphraseError> {
    if first.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort);
    }
    if first != second {
        return Err(PassphraseError::Mismatch);
    }
    Ok(())
}

/// Passphrase strength from 0 (weak) to 3 (strong): length, with a bonus for several kinds of
/// characters or several words. A rough guide for the person, not a guarantee.
#[must_use]
pub fn passphrase_strength(p: &str) -> u8 {
    let len = p.chars().count();
    let classes = [
        p.chars().any(|c| c.is_lowercase()),
        p.chars().any(|c| c.is_uppercase()),
        p.chars().any(|c| c.is_numeric()),
        p.chars()
            .any(|c| !c.is_alphanumeric() && !c.is_whitespace()),
        !p.is_ascii(),
    ]
    .iter()
    .filter(|b| **b)
    .count();
    let words = p
        .split_whitespace()
        .filter(|w| w.chars().count() >= 3)
        .count();
    let score = len + 2 * classes.saturating_sub(1) + 3 * words.saturating_sub(1);
    match score {
        _ if len < MIN_PASSPHRASE_CHARS => 0,
        0..=11 => 0,
        12..=17 => 1,
        18..=25 => 2,
        _ => 3,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_or_different_passphrases_are_refused() {
        assert_eq!(
            check_new_passphrase("1234567", "1234567"),
            Err(PassphraseError::TooShort)
        );
        assert_eq!(
            check_new_passphrase("12345678", "12345679"),
            Err(PassphraseError::Mismatch)
        );
        assert_eq!(check_new_passphrase("12345678", "12345678"), Ok(()));
        // Characters, not bytes, count.
        assert_eq!(check_new_passphrase("äöüßäöüß", "äöüßäöüß"), Ok(()));
    }

    #[test]
    fn strength_grows_with_length_kinds_and_words() {
        assert_eq!(passphrase_strength("abc"), 0);
        assert_eq!(passphrase_strength("abcdefgh"), 0);
        assert_eq!(passphrase_strength("abcdefghijkl"), 1);
        assert!(passphrase_strength("Haus Baum Fluss 42!") >= 2);
        assert_eq!(passphrase_strength("meine Katze schläft gern im Garten"), 3);
    }
}
