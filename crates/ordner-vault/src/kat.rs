//! Known-answer tests for the raw primitives (unit tests: `hazmat` is private to the crate).
#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use crate::error::VaultError;
use crate::hazmat;

/// Decodes hex, ignoring whitespace.
fn hex(s: &str) -> Vec<u8> {
    let digits: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    assert!(digits.len().is_multiple_of(2), "odd hex length");
    digits
        .chunks(2)
        .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
        .collect()
}

/// RFC 9106, section 5.3: Argon2id, version 0x13, m = 32 KiB, t = 3, p = 4, with secret and
/// associated data.
#[test]
fn argon2id_rfc9106_vector() {
    let mut out = [0u8; 32];
    hazmat::argon2id(
        &[0x01; 32],
        &[0x02; 16],
        32,
        3,
        4,
        Some(&[0x03; 8]),
        &[0x04; 12],
        &mut out,
    )
    .unwrap();
    assert_eq!(
        out.to_vec(),
        hex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")
    );
}

/// Changing any input changes the output (sanity check that every input is used).
#[test]
fn argon2id_depends_on_every_input() {
    let run = |pw: &[u8], salt: &[u8], m, t, p, secret: Option<&[u8]>, ad: &[u8]| {
        let mut out = [0u8; 32];
        hazmat::argon2id(pw, salt, m, t, p, secret, ad, &mut out).unwrap();
        out
    };
    let base = run(&[1; 32], &[2; 16], 32, 3, 4, Some(&[3; 8]), &[4; 12]);
    assert_ne!(
        base,
        run(&[9; 32], &[2; 16], 32, 3, 4, Some(&[3; 8]), &[4; 12])
    );
    assert_ne!(
        base,
        run(&[1; 32], &[9; 16], 32, 3, 4, Some(&[3; 8]), &[4; 12])
    );
    assert_ne!(
        base,
        run(&[1; 32], &[2; 16], 64, 3, 4, Some(&[3; 8]), &[4; 12])
    );
    assert_ne!(
        base,
        run(&[1; 32], &[2; 16], 32, 4, 4, Some(&[3; 8]), &[4; 12])
    );
    assert_ne!(
        base,
        run(&[1; 32], &[2; 16], 32, 3, 2, Some(&[3; 8]), &[4; 12])
    );
    assert_ne!(base, run(&[1; 32], &[2; 16], 32, 3, 4, None, &[4; 12]));
    assert_ne!(base, run(&[1; 32], &[2; 16], 32, 3, 4, Some(&[3; 8]), &[]));
}

struct GcmVector {
    name: &'static str,
    key: &'static str,
    nonce: &'static str,
    plaintext: &'static str,
    aad: &'static str,
    ciphertext: &'static str,
    tag: &'static str,
}

/// AES-256-GCM vectors: test cases 13-16 of McGrew & Viega, "The Galois/Counter Mode of
/// Operation (GCM)" (the GCM specification submitted to NIST), and two vectors from NIST CAVP
/// `gcmEncryptExtIV256.rsp`.
const GCM_VECTORS: &[GcmVector] = &[
    GcmVector {
        name: "GCM spec test case 13",
        key: "0000000000000000000000000000000000000000000000000000000000000000",
        nonce: "000000000000000000000000",
        plaintext: "",
        aad: "",
        ciphertext: "",
        tag: "530f8afbc74536b9a963b4f1c4cb738b",
    },
    GcmVector {
        name: "GCM spec test case 14",
        key: "0000000000000000000000000000000000000000000000000000000000000000",
        nonce: "000000000000000000000000",
        plaintext: "00000000000000000000000000000000",
        aad: "",
        ciphertext: "cea7403d4d606b6e074ec5d3baf39d18",
        tag: "d0d1c8a799996bf0265b98b5d48ab919",
    },
    GcmVector {
        name: "GCM spec test case 15",
        key: "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
        nonce: "cafebabefacedbaddecaf888",
        plaintext: "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72\
                    1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
        aad: "",
        ciphertext: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa\
                     8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
        tag: "b094dac5d93471bdec1a502270e3cc6c",
    },
    GcmVector {
        name: "GCM spec test case 16",
        key: "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
        nonce: "cafebabefacedbaddecaf888",
        plaintext: "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72\
                    1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        aad: "feedfacedeadbeeffeedfacedeadbeefabaddad2",
        ciphertext: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa\
                     8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
        tag: "76fc6ece0f4e1768cddf8853bb2d551b",
    },
    GcmVector {
        name: "NIST CAVP gcmEncryptExtIV256, Count 0, PTlen 128, AADlen 0",
        key: "31bdadd96698c204aa9ce1448ea94ae1fb4a9a0b3c9d773b51bb1822666b8f22",
        nonce: "0d18e06c7c725ac9e362e1ce",
        plaintext: "2db5168e932556f8089a0622981d017d",
        aad: "",
        ciphertext: "fa4362189661d163fcd6a56d8bf0405a",
        tag: "d636ac1bbedd5cc3ee727dc2ab4a9489",
    },
    GcmVector {
        name: "NIST CAVP gcmEncryptExtIV256, Count 0, PTlen 128, AADlen 128",
        key: "92e11dcdaa866f5ce790fd24501f92509aacf4cb8b1339d50c9c1240935dd08b",
        nonce: "ac93a1a6145299bde902f21a",
        plaintext: "2d71bcfa914e4ac045b2aa60955fad24",
        aad: "1e0889016f67601c8ebea4943bc23ad6",
        ciphertext: "8995ae2e6df3dbf96fac7b7137bae67f",
        tag: "eca5aa77d51d4a0a14d9c51e1da474ab",
    },
];

#[test]
fn aes256gcm_published_vectors_encrypt_and_decrypt() {
    for v in GCM_VECTORS {
        let key: [u8; 32] = hex(v.key).try_into().unwrap();
        let nonce: [u8; 12] = hex(v.nonce).try_into().unwrap();
        let pt = hex(v.plaintext);
        let aad = hex(v.aad);
        let expected = [hex(v.ciphertext), hex(v.tag)].concat();

        let ct = hazmat::aes256gcm_encrypt(&key, &nonce, &aad, &pt).unwrap();
        assert_eq!(ct, expected, "{}: encrypt", v.name);
        let back = hazmat::aes256gcm_decrypt(&key, &nonce, &aad, &expected).unwrap();
        assert_eq!(back, pt, "{}: decrypt", v.name);

        // The in-place API gives the same bytes.
        let mut buf = pt.clone();
        let tag = hazmat::aes256gcm_encrypt_in_place(&key, &nonce, &aad, &mut buf).unwrap();
        assert_eq!(
            [buf.clone(), tag.to_vec()].concat(),
            expected,
            "{}: in place",
            v.name
        );
        hazmat::aes256gcm_decrypt_in_place(&key, &nonce, &aad, &mut buf, &tag).unwrap();
        assert_eq!(buf, pt, "{}: in place decrypt", v.name);
    }
}

/// Flipping any bit of ciphertext, tag, nonce, key or associated data makes decryption fail
/// with the one vague error.
#[test]
fn aes256gcm_rejects_any_flipped_bit() {
    let v = &GCM_VECTORS[3];
    let key: [u8; 32] = hex(v.key).try_into().unwrap();
    let nonce: [u8; 12] = hex(v.nonce).try_into().unwrap();
    let aad = hex(v.aad);
    let sealed = [hex(v.ciphertext), hex(v.tag)].concat();

    for i in 0..sealed.len() * 8 {
        let mut s = sealed.clone();
        s[i / 8] ^= 1 << (i % 8);
        assert_eq!(
            hazmat::aes256gcm_decrypt(&key, &nonce, &aad, &s),
            Err(VaultError::Decrypt)
        );
    }
    for i in 0..nonce.len() * 8 {
        let mut n = nonce;
        n[i / 8] ^= 1 << (i % 8);
        assert_eq!(
            hazmat::aes256gcm_decrypt(&key, &n, &aad, &sealed),
            Err(VaultError::Decrypt)
        );
    }
    for i in 0..aad.len() * 8 {
        let mut a = aad.clone();
        a[i / 8] ^= 1 << (i % 8);
        assert_eq!(
            hazmat::aes256gcm_decrypt(&key, &nonce, &a, &sealed),
            Err(VaultError::Decrypt)
        );
    }
    for i in 0..key.len() * 8 {
        let mut k = key;
        k[i / 8] ^= 1 << (i % 8);
        assert_eq!(
            hazmat::aes256gcm_decrypt(&k, &nonce, &aad, &sealed),
            Err(VaultError::Decrypt)
        );
    }
    // Truncated (shorter than a tag) and extended.
    assert_eq!(
        hazmat::aes256gcm_decrypt(&key, &nonce, &aad, &sealed[..15]),
        Err(VaultError::Decrypt)
    );
    let mut longer = sealed.clone();
    longer.push(0);
    assert_eq!(
        hazmat::aes256gcm_decrypt(&key, &nonce, &aad, &longer),
        Err(VaultError::Decrypt)
    );
}

/// BLAKE2b-256 (RFC 7693 parameters, 32-byte output) of "abc": published vector.
#[test]
fn blake2b256_known_answer() {
    assert_eq!(
        hazmat::blake2b256(b"abc").to_vec(),
        hex("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319")
    );
}
