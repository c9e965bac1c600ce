//! Padding: stored sizes reveal only a size class, never the exact length.
//!
//! A padded plaintext is `u32 length (BE) | data | zero bytes` and has one of the sizes
//! `s0 = minimum`, `s(k+1) = round_up(s(k) * 5 / 4, 256)`: records have the minimum 4096 (so
//! every ordinary record is stored at the same size), blobs and the manifest grow in steps of
//! about 25 %.

use zeroize::Zeroize;

use crate::error::{FormatKind, Result, VaultError};

/// Padded size of every record up to 4092 bytes of plaintext.
pub const RECORD_PADDED_MIN: usize = 4096;
/// Smallest padded size of a blob (a scanned page, a thumbnail, a PDF).
pub const BLOB_PADDED_MIN: usize = 4096;
/// Smallest padded size of the manifest.
pub(crate) const MANIFEST_PADDED_MIN: usize = 4096;

const LEN_PREFIX: usize = 4;

/// The padded size for `data_len` bytes of data (the 4-byte length prefix included).
///
/// # Errors
/// [`VaultError::TooLarge`] when the size would not fit the length prefix.
pub fn padded_size(data_len: usize, minimum: usize) -> Result<usize> {
    let needed = data_len
        .checked_add(LEN_PREFIX)
        .ok_or(VaultError::TooLarge)?;
    let mut size = minimum;
    while size < needed {
        let grown = size.checked_add(size / 4).ok_or(VaultError::TooLarge)?;
        size = grown
            .div_ceil(256)
            .checked_mul(256)
            .ok_or(VaultError::TooLarge)?;
    }
    if u32::try_from(size).is_err() {
        return Err(VaultError::TooLarge);
    }
    Ok(size)
}

/// `data` padded to its size class.
pub(crate) fn pad(data: &[u8], minimum: usize) -> Result<Vec<u8>> {
    let size = padded_size(data.len(), minimum)?;
    let len = u32::try_from(data.len()).map_err(|_| VaultError::TooLarge)?;
    let mut out = Vec::with_capacity(size);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(data);
    out.resize(size, 0);
    Ok(out)
}

/// Removes the padding in place (the padding is zeroized first).
pub(crate) fn unpad(mut padded: Vec<u8>, what: FormatKind) -> Result<Vec<u8>> {
    let malformed = VaultError::Malformed { what };
    if padded.len() < LEN_PREFIX {
        padded.zeroize();
        return Err(malformed);
    }
    let mut prefix = [0u8; LEN_PREFIX];
    prefix.copy_from_slice(&padded[..LEN_PREFIX]);
    let len = u32::from_be_bytes(prefix) as usize;
    if len > padded.len() - LEN_PREFIX {
        padded.zeroize();
        return Err(malformed);
    }
    padded[LEN_PREFIX + len..].zeroize();
    padded.truncate(LEN_PREFIX + len);
    padded.copy_within(LEN_PREFIX.., 0);
    padded.truncate(len);
    Ok(padded)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "unit tests")]
    use super::*;

    #[test]
    fn size_classes_are_pinned() {
        let sizes: Vec<usize> = [0, 4092, 4093, 5116, 5117, 100_000]
            .iter()
            .map(|n| padded_size(*n, RECORD_PADDED_MIN).unwrap())
            .collect();
        assert_eq!(sizes, [4096, 4096, 5120, 5120, 6400, 121_600]);
        // The first classes: 4096, 5120, 6400, 8000, 10 240, 12 800 ...
        let mut classes = vec![4096];
        for _ in 0..5 {
            let last = *classes.last().unwrap();
            classes.push(padded_size(last - 3, 4096).unwrap());
        }
        assert_eq!(classes, [4096, 5120, 6400, 8192, 10_240, 12_800]);
        // Never more than 25 % (plus one 256-byte step) above the data.
        for n in (0..3_000_000).step_by(7919) {
            let s = padded_size(n, BLOB_PADDED_MIN).unwrap();
            assert!(s >= n + 4);
            assert!(s <= (n + 4).max(4096) * 5 / 4 + 256, "{n} -> {s}");
        }
    }

    #[test]
    fn pad_round_trip_and_bad_lengths() {
        for data in [&b""[..], b"x", &[7u8; 4092], &[9u8; 4093]] {
            let padded = pad(data, RECORD_PADDED_MIN).unwrap();
            assert_eq!(
                padded.len(),
                padded_size(data.len(), RECORD_PADDED_MIN).unwrap()
            );
            assert_eq!(unpad(padded, FormatKind::Record).unwrap(), data);
        }
        let mut bad = pad(b"abc", 4096).unwrap();
        bad[..4].copy_from_slice(&5000u32.to_be_bytes());
        assert!(unpad(bad, FormatKind::Record).is_err());
        assert!(unpad(vec![0, 0], FormatKind::Record).is_err());
    }
}
