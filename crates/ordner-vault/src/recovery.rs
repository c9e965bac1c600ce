//! The recovery key: 160 random bits, written as nine groups of four Crockford base32
//! characters (the ninth group is a checksum), plus a QR code of the same text.

use core::fmt;

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Result, VaultError};
use crate::hazmat;

/// Random bytes in a recovery key (160 bits).
pub const RECOVERY_KEY_BYTES: usize = 20;
/// Characters per group.
pub const RECOVERY_GROUP_LEN: usize = 4;
/// Data characters (160 bits / 5 bits per character).
const DATA_CHARS: usize = RECOVERY_KEY_BYTES * 8 / 5;
/// Checksum characters (20 bits).
const CHECK_CHARS: usize = 4;
/// All characters of a recovery key, separators not counted (36).
pub const RECOVERY_KEY_CHARS: usize = DATA_CHARS + CHECK_CHARS;

const CHECKSUM_LABEL: &[u8] = b"mein-ordner/v1/recovery-checksum";

/// Crockford's base32 alphabet: no I, L, O, U (they read like 1, 1, 0, V).
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The recovery key. Zeroized on drop; `Debug` is redacted; there is deliberately no `Display`
/// (use [`RecoveryKey::to_display_string`] where the key must be shown).
#[derive(Clone, PartialEq, Eq)]
pub struct RecoveryKey([u8; RECOVERY_KEY_BYTES]);

impl RecoveryKey {
    /// A new random recovery key.
    ///
    /// # Errors
    /// [`VaultError::Random`].
    pub fn generate() -> Result<Self> {
        Ok(RecoveryKey(hazmat::random_array()?))
    }

    /// Parses a typed or scanned recovery key.
    ///
    /// Tolerant of case, spaces, line breaks and dashes; reads `O` as `0` and `I`/`L` as `1`
    /// (Crockford's rule), and Arabic-Indic and Persian digits as `0`–`9`.
    ///
    /// # Errors
    /// - [`VaultError::RecoveryKeyCharacter`]: a character recovery keys never contain;
    /// - [`VaultError::RecoveryKeyLength`]: too few or too many characters;
    /// - [`VaultError::RecoveryKeyTypo`]: the checksum group does not match (a typo).
    ///
    /// A well-formed key that belongs to another vault passes here and fails at unlock with
    /// [`VaultError::Decrypt`].
    pub fn parse(text: &str) -> Result<Self> {
        // Zeroized on every return path. Sized to the valid length; a longer input only
        // reallocates on the error path.
        let mut values = Zeroizing::new(Vec::with_capacity(RECOVERY_KEY_CHARS));
        for c in text.chars() {
            if is_separator(c) {
                continue;
            }
            let v = char_value(c).ok_or(VaultError::RecoveryKeyCharacter(c))?;
            values.push(v);
        }
        if values.len() != RECOVERY_KEY_CHARS {
            let found = values.len();
            return Err(VaultError::RecoveryKeyLength {
                found,
                expected: RECOVERY_KEY_CHARS,
            });
        }
        let mut bytes = [0u8; RECOVERY_KEY_BYTES];
        // 8 characters = 5 bytes, big-endian bit order.
        for (chunk, out) in values[..DATA_CHARS].chunks(8).zip(bytes.chunks_mut(5)) {
            let mut acc: u64 = 0;
            for &v in chunk {
                acc = (acc << 5) | u64::from(v);
            }
            for (i, b) in out.iter_mut().enumerate() {
                *b = ((acc >> (8 * (4 - i))) & 0xff) as u8;
            }
            acc.zeroize();
        }
        let key = RecoveryKey(bytes);
        bytes.zeroize();
        let expected = key.checksum_values();
        if values[DATA_CHARS..] != expected {
            return Err(VaultError::RecoveryKeyTypo);
        }
        Ok(key)
    }

    pub(crate) fn as_bytes(&self) -> &[u8; RECOVERY_KEY_BYTES] {
        &self.0
    }

    /// The four checksum character values (see `docs/vault-format.md`):
    ///
    /// - `S1 = sum(alpha^i * d_i)` and `S2 = sum(alpha^(2i) * d_i)` over GF(32) (modulus
    ///   `x^5 + x^2 + 1`, `alpha = x`), `d_i` the 32 data symbols: every single substitution and
    ///   every swap of two adjacent different symbols changes `S1`, so it is always caught;
    /// - the top five bits of the first two bytes of BLAKE2b-256(label || key bytes), so that
    ///   random garbage passes with probability 2^-20 only.
    fn checksum_values(&self) -> [u8; CHECK_CHARS] {
        let mut data = self.data_values();
        let (mut s1, mut s2) = (0u8, 0u8);
        let (mut w1, mut w2) = (1u8, 1u8);
        for &d in &data {
            s1 ^= gf32_mul(w1, d);
            s2 ^= gf32_mul(w2, d);
            w1 = gf32_mul(w1, 2);
            w2 = gf32_mul(w2, 4);
        }
        data.zeroize();
        let mut msg = Vec::with_capacity(CHECKSUM_LABEL.len() + RECOVERY_KEY_BYTES);
        msg.extend_from_slice(CHECKSUM_LABEL);
        msg.extend_from_slice(&self.0);
        let h = hazmat::blake2b256(&msg);
        msg.zeroize();
        [s1, s2, h[0] >> 3, h[1] >> 3]
    }

    /// The 32 data symbols (5 bits each, big-endian bit order).
    fn data_values(&self) -> [u8; DATA_CHARS] {
        let mut out = [0u8; DATA_CHARS];
        for (chunk, values) in self.0.chunks(5).zip(out.chunks_mut(8)) {
            let mut acc: u64 = 0;
            for &b in chunk {
                acc = (acc << 8) | u64::from(b);
            }
            for (i, v) in values.iter_mut().enumerate() {
                *v = ((acc >> (5 * (7 - i))) & 31) as u8;
            }
            acc.zeroize();
        }
        out
    }

    fn chars(&self) -> Vec<u8> {
        let mut data = self.data_values();
        let out = data
            .iter()
            .chain(self.checksum_values().iter())
            .map(|&v| ALPHABET[usize::from(v)])
            .collect();
        data.zeroize();
        out
    }

    /// The nine groups of four characters; the last group is the checksum.
    /// **Secret**: show it on the recovery sheet only.
    #[must_use]
    pub fn display_groups(&self) -> Vec<String> {
        let mut chars = self.chars();
        let groups = chars
            .chunks(RECOVERY_GROUP_LEN)
            .map(|g| g.iter().map(|&c| char::from(c)).collect())
            .collect();
        chars.zeroize();
        groups
    }

    /// The groups joined by `-`, e.g. `7K3M-...-Q2WD` (44 characters). This is also the text in
    /// the QR code. **Secret**.
    #[must_use]
    pub fn to_display_string(&self) -> String {
        self.display_groups().join("-")
    }

    /// The QR code of [`RecoveryKey::to_display_string`] (alphanumeric mode, error correction
    /// level M, version 3: 29 × 29 modules). **Secret**.
    ///
    /// # Errors
    /// None in practice: 44 alphanumeric characters always fit.
    pub fn qr_code(&self) -> Result<QrMatrix> {
        let mut text = self.to_display_string();
        let segment = QrSegment::make_alphanumeric(&text);
        text.zeroize();
        let qr = QrCode::encode_segments(&[segment], QrCodeEcc::Medium)
            .map_err(|_| VaultError::TooLarge)?;
        let size = usize::try_from(qr.size()).map_err(|_| VaultError::TooLarge)?;
        let mut modules = Vec::with_capacity(size * size);
        for y in 0..qr.size() {
            for x in 0..qr.size() {
                modules.push(qr.get_module(x, y));
            }
        }
        Ok(QrMatrix { size, modules })
    }
}

/// Multiplication in GF(32) with modulus x^5 + x^2 + 1.
fn gf32_mul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0u8;
    for _ in 0..5 {
        if b & 1 != 0 {
            p ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 0x20 != 0 {
            a ^= 0x25;
        }
    }
    p
}

impl Drop for RecoveryKey {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("RecoveryKey([REDACTED])")
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '_' | '.' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

fn char_value(c: char) -> Option<u8> {
    let c = match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (u32::from(c) - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (u32::from(c) - 0x06F0) as u8),
        _ => c.to_ascii_uppercase(),
    };
    let c = match c {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    let b = u8::try_from(c).ok()?;
    ALPHABET
        .iter()
        .position(|&a| a == b)
        .and_then(|p| u8::try_from(p).ok())
}

/// A QR code as a square matrix of modules (`true` = dark). Draw it with a light quiet zone of at
/// least four modules on every side. Zeroized on drop (it encodes the recovery key).
#[derive(Clone, PartialEq, Eq)]
pub struct QrMatrix {
    size: usize,
    modules: Vec<bool>,
}

impl QrMatrix {
    /// Modules per side.
    #[must_use]
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark (`false` outside the matrix).
    #[must_use]
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x]
    }

    /// The matrix as rows of modules, top to bottom.
    #[must_use]
    pub fn rows(&self) -> Vec<Vec<bool>> {
        self.modules
            .chunks(self.size)
            .map(<[bool]>::to_vec)
            .collect()
    }

    /// SVG path data drawing every dark module as a unit square, offset by `quiet_zone`
    /// modules. Use with `viewBox="0 0 W W"` where `W = size + 2 * quiet_zone`, and
    /// `shape-rendering="crispEdges"`.
    #[must_use]
    pub fn svg_path(&self, quiet_zone: usize) -> String {
        let mut d = String::new();
        for y in 0..self.size {
            for x in 0..self.size {
                if self.is_dark(x, y) {
                    d.push_str(&format!("M{} {}h1v1h-1z", x + quiet_zone, y + quiet_zone));
                }
            }
        }
        d
    }
}

impl Drop for QrMatrix {
    fn drop(&mut self) {
        self.modules.zeroize();
    }
}

impl fmt::Debug for QrMatrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "QrMatrix({0}x{0}, [REDACTED])", self.size)
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]
    use super::*;

    #[test]
    fn gf32_alpha_is_primitive_and_multiplication_is_a_field() {
        let mut w = 1u8;
        for k in 1..=31 {
            w = gf32_mul(w, 2);
            assert_eq!(w == 1, k == 31, "alpha^{k}");
        }
        for a in 1..32u8 {
            // Every non-zero element has an inverse: no zero divisors.
            assert_eq!((1..32u8).filter(|&b| gf32_mul(a, b) == 1).count(), 1);
        }
    }

    #[test]
    fn encoding_round_trips_all_bit_patterns() {
        for pattern in [[0u8; 20], [0xff; 20], [0xa5; 20]] {
            let key = RecoveryKey(pattern);
            assert_eq!(RecoveryKey::parse(&key.to_display_string()).unwrap(), key);
        }
        assert!(
            RecoveryKey([0; 20])
                .to_display_string()
                .starts_with("0000-0000-")
        );
        assert!(
            RecoveryKey([0xff; 20])
                .to_display_string()
                .starts_with("ZZZZ-ZZZZ-")
        );
    }
}
