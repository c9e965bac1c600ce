//! Raw primitives: AES-256-GCM, Argon2id, BLAKE2b and the system random generator.
//!
//! **Hazardous material.** These functions do exactly what they say and nothing more: no key
//! hierarchy, no associated-data conventions, no parameter floors, no nonce management. The
//! module is private to the crate (known-answer tests are unit tests, `src/kat.rs`); everything
//! outside uses the safe API at the crate root ([`crate::VaultStore`], [`crate::KdfSettings`],
//! ...). Only the in-place AES-GCM functions are re-exported, behind the `bench` feature, for
//! the browser benchmark.

#[cfg(test)]
use aes_gcm::aead::{Aead, Payload};
use aes_gcm::aead::{AeadInOut, KeyInit};
use aes_gcm::{Aes256Gcm, Key};
use blake2::digest::Mac;
use zeroize::Zeroize;

use crate::error::{Result, VaultError};

/// AES-256 key length in bytes.
pub const KEY_LEN: usize = 32;
/// AES-GCM nonce length in bytes (96 bits).
pub const NONCE_LEN: usize = 12;
/// AES-GCM tag length in bytes.
pub const TAG_LEN: usize = 16;

/// Fills `buf` from the operating system's random generator (`crypto.getRandomValues` in the
/// browser).
///
/// # Errors
/// [`VaultError::Random`] if the generator is unavailable.
pub fn fill_random(buf: &mut [u8]) -> Result<()> {
    getrandom::fill(buf).map_err(|_| VaultError::Random)
}

/// Returns `N` random bytes.
///
/// # Errors
/// [`VaultError::Random`] if the generator is unavailable.
pub fn random_array<const N: usize>() -> Result<[u8; N]> {
    let mut out = [0u8; N];
    fill_random(&mut out)?;
    Ok(out)
}

fn cipher(key: &[u8; KEY_LEN]) -> Aes256Gcm {
    let mut k = Key::<Aes256Gcm>::from(*key);
    let c = Aes256Gcm::new(&k);
    k.zeroize();
    c
}

/// AES-256-GCM encryption. Returns `ciphertext || tag`. (Known-answer tests only.)
#[cfg(test)]
///
/// # Errors
/// [`VaultError::TooLarge`] if the input exceeds the GCM limits.
pub fn aes256gcm_encrypt(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>> {
    cipher(key)
        .encrypt(
            &(*nonce).into(),
            Payload {
                msg: plaintext,
                aad,
            },
        )
        .map_err(|_| VaultError::TooLarge)
}

/// AES-256-GCM decryption of `ciphertext || tag`. (Known-answer tests only.)
#[cfg(test)]
///
/// # Errors
/// [`VaultError::Decrypt`] if the tag does not verify (any altered byte of key, nonce,
/// associated data, ciphertext or tag) or the input is shorter than a tag.
pub fn aes256gcm_decrypt(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    ciphertext_and_tag: &[u8],
) -> Result<Vec<u8>> {
    cipher(key)
        .decrypt(
            &(*nonce).into(),
            Payload {
                msg: ciphertext_and_tag,
                aad,
            },
        )
        .map_err(|_| VaultError::Decrypt)
}

/// AES-256-GCM encryption in place; returns the tag. Used for large blobs (no extra copy).
///
/// # Errors
/// [`VaultError::TooLarge`] if the input exceeds the GCM limits.
pub fn aes256gcm_encrypt_in_place(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    buffer: &mut [u8],
) -> Result<[u8; TAG_LEN]> {
    let tag = cipher(key)
        .encrypt_inout_detached(&(*nonce).into(), aad, buffer.into())
        .map_err(|_| VaultError::TooLarge)?;
    Ok(tag.into())
}

/// AES-256-GCM decryption in place with a detached tag.
///
/// On failure the buffer content is unspecified (it is zeroed here, to be safe).
///
/// # Errors
/// [`VaultError::Decrypt`] if the tag does not verify.
pub fn aes256gcm_decrypt_in_place(
    key: &[u8; KEY_LEN],
    nonce: &[u8; NONCE_LEN],
    aad: &[u8],
    buffer: &mut [u8],
    tag: &[u8; TAG_LEN],
) -> Result<()> {
    let result =
        cipher(key).decrypt_inout_detached(&(*nonce).into(), aad, buffer.into(), &(*tag).into());
    if result.is_err() {
        buffer.zeroize();
        return Err(VaultError::Decrypt);
    }
    Ok(())
}

/// Raw Argon2id (version 0x13) into `out`, with optional secret (`K`) and associated data (`X`)
/// as in RFC 9106. No parameter floors are applied here.
///
/// `memory_kib` is the memory size in KiB, `iterations` is `t`, `lanes` is `p`.
///
/// # Errors
/// [`VaultError::KdfFailed`] for parameters or lengths Argon2 rejects, or when memory cannot be
/// allocated.
#[allow(clippy::too_many_arguments)]
pub fn argon2id(
    password: &[u8],
    salt: &[u8],
    memory_kib: u32,
    iterations: u32,
    lanes: u32,
    secret: Option<&[u8]>,
    associated_data: &[u8],
    out: &mut [u8],
) -> Result<()> {
    let mut builder = argon2::ParamsBuilder::new();
    builder
        .m_cost(memory_kib)
        .t_cost(iterations)
        .p_cost(lanes)
        .output_len(out.len());
    if !associated_data.is_empty() {
        builder
            .data(argon2::AssociatedData::new(associated_data).map_err(|_| VaultError::KdfFailed)?);
    }
    let params = builder.build().map_err(|_| VaultError::KdfFailed)?;
    let ctx = match secret {
        Some(s) => argon2::Argon2::new_with_secret(
            s,
            argon2::Algorithm::Argon2id,
            argon2::Version::V0x13,
            params,
        )
        .map_err(|_| VaultError::KdfFailed)?,
        None => argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params),
    };
    ctx.hash_password_into(password, salt, out)
        .map_err(|_| VaultError::KdfFailed)
}

/// Keyed BLAKE2b with a 256-bit output (RFC 7693 keyed mode): a PRF used to derive keys from
/// high-entropy material (the recovery key).
///
/// # Errors
/// [`VaultError::KdfFailed`] if the key is empty or longer than 64 bytes.
pub fn blake2b256_keyed(key: &[u8], message: &[u8]) -> Result<[u8; 32]> {
    let mut mac = <blake2::Blake2bMac<blake2::digest::consts::U32> as blake2::digest::KeyInit>::new_from_slice(key)
        .map_err(|_| VaultError::KdfFailed)?;
    mac.update(message);
    Ok(mac.finalize().into_bytes().into())
}

/// Unkeyed BLAKE2b-256 of `message`.
#[must_use]
pub fn blake2b256(message: &[u8]) -> [u8; 32] {
    use blake2::Digest;
    blake2::Blake2b256::digest(message).into()
}
