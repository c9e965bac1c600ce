//! Byte-level helpers shared by the stored formats (see `docs/vault-format.md`).

use zeroize::Zeroize;

use crate::error::{FormatKind, Result, VaultError};
use crate::hazmat::{self, KEY_LEN, NONCE_LEN, TAG_LEN};
use crate::secret::Key32;

/// Length of a wrapped 256-bit key: nonce (12) + encrypted key (32) + tag (16).
pub(crate) const WRAPPED_KEY_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;

/// Wraps (encrypts) `key` under `kek` with a fresh random nonce.
pub(crate) fn wrap_key(kek: &Key32, key: &Key32, aad: &[u8]) -> Result<[u8; WRAPPED_KEY_LEN]> {
    let nonce: [u8; NONCE_LEN] = hazmat::random_array()?;
    let mut buf = key.0;
    let tag = hazmat::aes256gcm_encrypt_in_place(&kek.0, &nonce, aad, &mut buf)?;
    let mut out = [0u8; WRAPPED_KEY_LEN];
    out[..NONCE_LEN].copy_from_slice(&nonce);
    out[NONCE_LEN..NONCE_LEN + KEY_LEN].copy_from_slice(&buf);
    out[NONCE_LEN + KEY_LEN..].copy_from_slice(&tag);
    buf.zeroize();
    Ok(out)
}

/// Unwraps a key wrapped by [`wrap_key`].
pub(crate) fn unwrap_key(
    kek: &Key32,
    wrapped: &[u8; WRAPPED_KEY_LEN],
    aad: &[u8],
) -> Result<Key32> {
    let (nonce, rest) = split_array::<NONCE_LEN>(wrapped);
    let mut key = Key32([0u8; KEY_LEN]);
    key.0.copy_from_slice(&rest[..KEY_LEN]);
    let (_, tag) = rest.split_at(KEY_LEN);
    let tag: [u8; TAG_LEN] = tag.try_into().map_err(|_| VaultError::Decrypt)?;
    hazmat::aes256gcm_decrypt_in_place(&kek.0, &nonce, aad, &mut key.0, &tag)?;
    Ok(key)
}

fn split_array<const N: usize>(bytes: &[u8]) -> ([u8; N], &[u8]) {
    let mut head = [0u8; N];
    head.copy_from_slice(&bytes[..N]);
    (head, &bytes[N..])
}

/// Sequential reader that turns every out-of-bounds access into [`VaultError::Malformed`].
pub(crate) struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    what: FormatKind,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(data: &'a [u8], what: FormatKind) -> Self {
        Reader { data, pos: 0, what }
    }

    pub(crate) fn malformed(&self) -> VaultError {
        VaultError::Malformed { what: self.what }
    }

    pub(crate) fn position(&self) -> usize {
        self.pos
    }

    pub(crate) fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        let end = self.pos.checked_add(n).ok_or_else(|| self.malformed())?;
        let s = self
            .data
            .get(self.pos..end)
            .ok_or_else(|| self.malformed())?;
        self.pos = end;
        Ok(s)
    }

    pub(crate) fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let s = self.take(N)?;
        let mut out = [0u8; N];
        out.copy_from_slice(s);
        Ok(out)
    }

    pub(crate) fn u8(&mut self) -> Result<u8> {
        Ok(self.array::<1>()?[0])
    }

    pub(crate) fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_be_bytes(self.array()?))
    }

    pub(crate) fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_be_bytes(self.array()?))
    }

    pub(crate) fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_be_bytes(self.array()?))
    }

    /// Checks the magic bytes and the format version (1 ..= `supported`); returns the version.
    pub(crate) fn magic_and_version(&mut self, magic: &[u8], supported: u16) -> Result<u16> {
        let what = self.what;
        let rest = &self.data[self.pos..];
        if rest.len() < magic.len() && magic.starts_with(rest) {
            // A (possibly empty) prefix of the magic: truncated, not foreign.
            return Err(self.malformed());
        }
        match self.take(magic.len()) {
            Ok(m) if m == magic => {}
            _ => return Err(VaultError::BadMagic { what }),
        }
        let version = self.u16()?;
        if version == 0 {
            return Err(self.malformed());
        }
        if version > supported {
            return Err(VaultError::NewerVersion {
                what,
                found: version,
                supported,
            });
        }
        Ok(version)
    }

    /// Fails unless every byte has been consumed.
    pub(crate) fn finish(&self) -> Result<()> {
        if self.pos == self.data.len() {
            Ok(())
        } else {
            Err(self.malformed())
        }
    }
}

/// Appends `bytes` prefixed by its length as one byte (callers guarantee `len <= 255`).
pub(crate) fn push_short(out: &mut Vec<u8>, bytes: &[u8]) {
    debug_assert!(bytes.len() <= 255);
    out.push(u8::try_from(bytes.len()).unwrap_or(u8::MAX));
    out.extend_from_slice(bytes);
}
