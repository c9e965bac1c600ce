//! Byte-level helpers shared by the stored formats (see `docs/vault-format.md`).

use crate::error::{FormatKind, Result, VaultError};

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

    /// The rest of a sealed value: `nonce (12) | body | tag (16)`, to the end.
    pub(crate) fn sealed_tail(
        &mut self,
    ) -> Result<(
        [u8; crate::hazmat::NONCE_LEN],
        &'a [u8],
        [u8; crate::hazmat::TAG_LEN],
    )> {
        let nonce = self.array()?;
        let body_len = self
            .remaining()
            .checked_sub(crate::hazmat::TAG_LEN)
            .ok_or_else(|| self.malformed())?;
        let body = self.take(body_len)?;
        let tag = self.array()?;
        self.finish()?;
        Ok((nonce, body, tag))
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
