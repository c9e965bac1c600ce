//! One type per key role, so that keys cannot be mixed up.
//!
//! | type | role | wraps / is wrapped by |
//! | --- | --- | --- |
//! | [`crate::KeyEncryptionKey`] | from the passphrase (Argon2id) or the recovery key | wraps the [`VaultKey`] |
//! | [`VaultKey`] | random, one per vault (replaced when the recovery key is replaced) | wraps every [`ContentKey`] |
//! | [`ContentKey`] | random, one per sealed value (record, blob, manifest, backup body) | encrypts that value |
//! | [`IndexKey`] | random, one per vault, kept in the manifest | names records in storage (keyed BLAKE2b) |
//!
//! [`wrap_key`] and [`unwrap_key`] accept only the pairs of the table (traits [`WrapsKey`]):
//! wrapping a key-encryption key under a content key, or passing the two in the wrong order,
//! does not compile. Every key zeroizes itself on drop and shows `[REDACTED]` in `Debug`.

use core::fmt;

use zeroize::Zeroize;

use crate::error::{Result, VaultError};
use crate::hazmat::{self, KEY_LEN, NONCE_LEN, TAG_LEN};
use crate::secret::Key32;

/// Length of a wrapped 256-bit key: nonce (12) + encrypted key (32) + tag (16).
pub(crate) const WRAPPED_KEY_LEN: usize = NONCE_LEN + KEY_LEN + TAG_LEN;

macro_rules! key_role {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub(crate) struct $name(Key32);

        impl $name {
            /// A new random key.
            pub(crate) fn random() -> Result<Self> {
                Ok($name(Key32::random()?))
            }

            #[allow(dead_code, reason = "not every role is read from bytes")]
            pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
                $name(Key32(bytes))
            }

            pub(crate) fn bytes(&self) -> &[u8; KEY_LEN] {
                &self.0.0
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "([REDACTED])"))
            }
        }

        impl WrappableKey for $name {
            fn key_bytes(&self) -> &[u8; KEY_LEN] {
                self.bytes()
            }
            fn from_unwrapped(key: Key32) -> Self {
                $name(key)
            }
        }
    };
}

key_role!(
    /// The vault key: wraps every content key (and the manifest's key).
    VaultKey
);
key_role!(
    /// A content key: encrypts exactly one value, once.
    ContentKey
);
key_role!(
    /// The index key: turns a record's kind and id into its opaque storage key.
    IndexKey
);

/// A key that can be wrapped (encrypted) by another key.
pub(crate) trait WrappableKey: Sized {
    fn key_bytes(&self) -> &[u8; KEY_LEN];
    fn from_unwrapped(key: Key32) -> Self;
}

/// `Self` may wrap keys of type `K`. Implemented only for the pairs of the key hierarchy.
pub(crate) trait WrapsKey<K: WrappableKey> {
    fn wrapping_bytes(&self) -> &[u8; KEY_LEN];
}

impl WrapsKey<VaultKey> for crate::kdf::KeyEncryptionKey {
    fn wrapping_bytes(&self) -> &[u8; KEY_LEN] {
        &self.key.0
    }
}

impl WrapsKey<ContentKey> for VaultKey {
    fn wrapping_bytes(&self) -> &[u8; KEY_LEN] {
        self.bytes()
    }
}

/// Wraps (encrypts) `key` under `wrapping` with a fresh random nonce.
pub(crate) fn wrap_key<K: WrappableKey, W: WrapsKey<K>>(
    wrapping: &W,
    key: &K,
    aad: &[u8],
) -> Result<[u8; WRAPPED_KEY_LEN]> {
    let nonce: [u8; NONCE_LEN] = hazmat::random_array()?;
    let mut buf = *key.key_bytes();
    let tag = hazmat::aes256gcm_encrypt_in_place(wrapping.wrapping_bytes(), &nonce, aad, &mut buf)?;
    let mut out = [0u8; WRAPPED_KEY_LEN];
    out[..NONCE_LEN].copy_from_slice(&nonce);
    out[NONCE_LEN..NONCE_LEN + KEY_LEN].copy_from_slice(&buf);
    out[NONCE_LEN + KEY_LEN..].copy_from_slice(&tag);
    buf.zeroize();
    Ok(out)
}

/// Unwraps a key wrapped by [`wrap_key`].
pub(crate) fn unwrap_key<K: WrappableKey, W: WrapsKey<K>>(
    wrapping: &W,
    wrapped: &[u8; WRAPPED_KEY_LEN],
    aad: &[u8],
) -> Result<K> {
    let mut nonce = [0u8; NONCE_LEN];
    nonce.copy_from_slice(&wrapped[..NONCE_LEN]);
    let mut key = Key32([0u8; KEY_LEN]);
    key.0
        .copy_from_slice(&wrapped[NONCE_LEN..NONCE_LEN + KEY_LEN]);
    let tag: [u8; TAG_LEN] = wrapped[NONCE_LEN + KEY_LEN..]
        .try_into()
        .map_err(|_| VaultError::Decrypt)?;
    hazmat::aes256gcm_decrypt_in_place(wrapping.wrapping_bytes(), &nonce, aad, &mut key.0, &tag)?;
    Ok(K::from_unwrapped(key))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "unit tests")]
    use super::*;

    #[test]
    fn wrap_round_trip_and_aad_binding() {
        let vk = VaultKey::random().unwrap();
        let ck = ContentKey::random().unwrap();
        let wrapped = wrap_key(&vk, &ck, b"aad").unwrap();
        let back: ContentKey = unwrap_key(&vk, &wrapped, b"aad").unwrap();
        assert_eq!(back.bytes(), ck.bytes());
        assert_eq!(
            unwrap_key::<ContentKey, _>(&vk, &wrapped, b"other").unwrap_err(),
            VaultError::Decrypt
        );
        let other = VaultKey::random().unwrap();
        assert!(unwrap_key::<ContentKey, _>(&other, &wrapped, b"aad").is_err());
    }

    #[test]
    fn debug_is_redacted() {
        let vk = VaultKey::from_bytes([0xab; 32]);
        let ck = ContentKey::from_bytes([0xcd; 32]);
        let ik = IndexKey::from_bytes([0xef; 32]);
        for s in [format!("{vk:?}"), format!("{ck:?}"), format!("{ik:?}")] {
            assert!(s.contains("[REDACTED]"), "{s}");
            assert!(
                !s.contains("ab") && !s.contains("171") && !s.contains("cd"),
                "{s}"
            );
        }
    }
}
