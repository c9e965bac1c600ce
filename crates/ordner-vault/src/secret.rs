//! Containers for secret bytes: zeroized on drop, redacted in `Debug`, never serializable.

use core::fmt;

use zeroize::Zeroize;

/// Decrypted plaintext (a record or blob) or other secret bytes.
///
/// Zeroized when dropped; `Debug` shows only the length. Copy the bytes out only as far as you
/// must (for example into a `Uint8Array` for display).
#[derive(Clone, PartialEq, Eq)]
pub struct SecretBytes(Vec<u8>);

impl SecretBytes {
    /// Wraps bytes; they are zeroized when this value drops.
    #[must_use]
    pub fn new(bytes: Vec<u8>) -> Self {
        SecretBytes(bytes)
    }

    /// The secret bytes.
    #[must_use]
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Length in bytes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are no bytes.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<u8>> for SecretBytes {
    fn from(v: Vec<u8>) -> Self {
        SecretBytes(v)
    }
}

impl AsRef<[u8]> for SecretBytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl Drop for SecretBytes {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for SecretBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretBytes([REDACTED; {} bytes])", self.0.len())
    }
}

/// A 256-bit symmetric key, zeroized on drop. Internal building block of every key type.
#[derive(Clone)]
pub(crate) struct Key32(pub(crate) [u8; 32]);

impl Key32 {
    pub(crate) fn random() -> crate::Result<Self> {
        Ok(Key32(crate::hazmat::random_array()?))
    }
}

impl Drop for Key32 {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for Key32 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}
