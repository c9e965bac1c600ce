//! The recovery key: 160 random bits, written as nine groups of four Crockford base32
//! characters (the ninth group is a checksum), plus a QR code of the same text.

use core::fmt;

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};
use zeroize::Zeroize;

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
        let mut values: Vec<u8> = Vec::with_capacity(RECOVERY_KEY_CHARS);
        for c in text.chars() {
            if is_separator(c) {
                continue;
            }
            let v = char_value(c).ok_or(VaultError::RecoveryKeyCharacter(c))?;
            values.push(v);
        }
        if values.len() != RECOVERY_KEY_CHARS {
            let found = values.len();
            values.zeroize();
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
        let ok = values[DATA_CHARS..] == expected;
        values.zeroize();
        if !ok {
            return Err(VaultError::RecoveryKeyTypo);
        }
        Ok(key)
    }

    pub(crate) fn as_bytes(&self) -> &[u8; RECOVERY_KEY_BYTES] {
        &self.0
    }

    /// The four checksum character values: the first 20 bits of
    /// BLAKE2b-256(label || key bytes).
    fn checksum_values(&self) -> [u8; CHECK_CHARS] {
        let mut msg = Vec::with_capacity(CHECKSUM_LABEL.len() + RECOVERY_KEY_BYTES);
        msg.extend_from_slice(CHECKSUM_LABEL);
        msg.extend_from_slice(&self.0);
        let h = hazmat::blake2b256(&msg);
        msg.zeroize();
        let bits = (u32::from(h[0]) << 12) | (u32::from(h[1]) << 4) | (u32::from(h[2]) >> 4);
        [
            ((bits >> 15) & 31) as u8,
            ((bits >> 10) & 31) as u8,
            ((bits >> 5) & 31) as u8,
            (bits & 31) as u8,
        ]
    }

    fn chars(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(RECOVERY_KEY_CHARS);
        for chunk in self.0.chunks(5) {
            let mut acc: u64 = 0;
            for &b in chunk {
                acc = (acc << 8) | u64::from(b);
            }
            for i in (0..8).rev() {
                out.push(ALPHABET[((acc >> (5 * i)) & 31) as usize]);
            }
            acc.zeroize();
        }
        for v in self.checksum_values() {
            out.push(ALPHABET[usize::from(v)]);
        }
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
