//! Storage layout 2: records and blobs under opaque keys, padded, listed in an encrypted
//! manifest that holds their content keys (see `docs/vault-format.md`).
//!
//! - A record or blob is stored under its **slot**: 32 hex characters of keyed BLAKE2b of its
//!   kind and id under the vault's [`IndexKey`]. Nothing in storage names a kind or an id.
//! - Its value is `magic | u16 2 | nonce | AES-GCM(padded plaintext) | tag`: no wrapped key in
//!   the value; the content key is in the manifest.
//! - The **manifest** (meta key `manifest`) lists every record and blob with its content key
//!   and the counter value of its last write. A record that is missing, or older than the
//!   manifest says (another content key), fails to open and is named as damaged.

use core::fmt;
use std::collections::BTreeMap;

use zeroize::{Zeroize, Zeroizing};

use crate::error::{FormatKind, Result, VaultError};
use crate::format::{Reader, push_short};
use crate::hazmat::{self, KEY_LEN, NONCE_LEN, TAG_LEN};
use crate::header::VAULT_ID_LEN;
use crate::keys::{self, ContentKey, IndexKey, VaultKey, WRAPPED_KEY_LEN};
use crate::pad;
use crate::secret::SecretBytes;
use crate::storage::StoreName;
use crate::vault::{BlobId, RecordId, RecordKind};

/// Meta key of the manifest.
pub const MANIFEST_KEY: &str = "manifest";
/// Meta key of the manifest written first while the vault key is replaced.
pub(crate) const MANIFEST_NEXT_KEY: &str = "manifest-next";
/// Version of the record and blob envelopes of layout 2.
pub(crate) const ENTRY_VERSION: u16 = 2;
/// Newest manifest format version.
pub const MANIFEST_VERSION: u16 = 1;

pub(crate) const RECORD_MAGIC: &[u8; 4] = b"MOVR";
pub(crate) const BLOB_MAGIC: &[u8; 4] = b"MOVB";
const MANIFEST_MAGIC: &[u8; 4] = b"MOVM";
const SLOT_LABEL: &[u8] = b"mein-ordner/v2/slot";
const AAD_KEY: u8 = b'K';
const AAD_DATA: u8 = b'D';
const STORE_RECORDS: u8 = 2;
const STORE_BLOBS: u8 = 3;
const FLAG_KEY_NOTICE: u8 = 1;

/// Bytes a stored record or blob of layout 2 adds to its padded plaintext: 34.
pub const ENTRY_OVERHEAD: usize = 4 + 2 + NONCE_LEN + TAG_LEN;

/// What a manifest entry names: a record (kind and id) or a blob (id).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum EntryName {
    Record(RecordKind, RecordId),
    Blob(BlobId),
}

impl EntryName {
    pub(crate) fn store(&self) -> StoreName {
        match self {
            EntryName::Record(..) => StoreName::Records,
            EntryName::Blob(_) => StoreName::Blobs,
        }
    }

    fn magic(&self) -> &'static [u8; 4] {
        match self {
            EntryName::Record(..) => RECORD_MAGIC,
            EntryName::Blob(_) => BLOB_MAGIC,
        }
    }

    fn what(&self) -> FormatKind {
        match self {
            EntryName::Record(..) => FormatKind::Record,
            EntryName::Blob(_) => FormatKind::Blob,
        }
    }

    fn padded_min(&self) -> usize {
        match self {
            EntryName::Record(..) => pad::RECORD_PADDED_MIN,
            EntryName::Blob(_) => pad::BLOB_PADDED_MIN,
        }
    }

    /// `u8 store | lp8(kind) (records only) | lp8(id)`.
    fn write(&self, out: &mut Vec<u8>) {
        match self {
            EntryName::Record(kind, id) => {
                out.push(STORE_RECORDS);
                push_short(out, kind.as_str().as_bytes());
                push_short(out, id.as_str().as_bytes());
            }
            EntryName::Blob(id) => {
                out.push(STORE_BLOBS);
                push_short(out, id.as_str().as_bytes());
            }
        }
    }

    fn read(r: &mut Reader<'_>) -> Result<Self> {
        let short = |r: &mut Reader<'_>| -> Result<String> {
            let n = usize::from(r.u8()?);
            let bytes = r.take(n)?;
            std::str::from_utf8(bytes)
                .map(str::to_owned)
                .map_err(|_| r.malformed())
        };
        match r.u8()? {
            STORE_RECORDS => {
                let kind = RecordKind::new(&short(r)?).map_err(|_| r.malformed())?;
                let id = RecordId::new(&short(r)?).map_err(|_| r.malformed())?;
                Ok(EntryName::Record(kind, id))
            }
            STORE_BLOBS => Ok(EntryName::Blob(
                BlobId::new(&short(r)?).map_err(|_| r.malformed())?,
            )),
            _ => Err(r.malformed()),
        }
    }

    /// Kind (empty for blobs) and id, as text.
    pub(crate) fn kind_and_id(&self) -> (String, String) {
        match self {
            EntryName::Record(kind, id) => (kind.as_str().to_owned(), id.as_str().to_owned()),
            EntryName::Blob(id) => (String::new(), id.as_str().to_owned()),
        }
    }
}

fn entry_aad(vault_id: &[u8; VAULT_ID_LEN], name: &EntryName) -> Vec<u8> {
    let mut aad = Vec::with_capacity(1 + 4 + 2 + VAULT_ID_LEN + 3 + 32 + 64);
    aad.push(AAD_DATA);
    aad.extend_from_slice(name.magic());
    aad.extend_from_slice(&ENTRY_VERSION.to_be_bytes());
    aad.extend_from_slice(vault_id);
    name.write(&mut aad);
    aad
}

/// Seals a record or blob with a fresh content key: returns the key (for the manifest) and
/// the value to store.
pub(crate) fn seal_entry(
    vault_id: &[u8; VAULT_ID_LEN],
    name: &EntryName,
    plaintext: &[u8],
) -> Result<(ContentKey, Vec<u8>)> {
    if plaintext.len() > crate::vault::MAX_PLAINTEXT_LEN {
        return Err(VaultError::TooLarge);
    }
    let key = ContentKey::random()?;
    let nonce: [u8; NONCE_LEN] = hazmat::random_array()?;
    let size = pad::padded_size(plaintext.len(), name.padded_min())?;
    let mut out = Vec::with_capacity(ENTRY_OVERHEAD + size);
    out.extend_from_slice(name.magic());
    out.extend_from_slice(&ENTRY_VERSION.to_be_bytes());
    out.extend_from_slice(&nonce);
    let body_start = out.len();
    out.extend_from_slice(&pad::pad(plaintext, name.padded_min())?);
    let tag = hazmat::aes256gcm_encrypt_in_place(
        key.bytes(),
        &nonce,
        &entry_aad(vault_id, name),
        &mut out[body_start..],
    )?;
    out.extend_from_slice(&tag);
    Ok((key, out))
}

/// Opens a stored record or blob of layout 2 with its content key from the manifest.
pub(crate) fn open_entry(
    vault_id: &[u8; VAULT_ID_LEN],
    name: &EntryName,
    key: &ContentKey,
    sealed: &[u8],
) -> Result<SecretBytes> {
    let mut r = Reader::new(sealed, name.what());
    let version = r.magic_and_version(name.magic(), ENTRY_VERSION)?;
    if version != ENTRY_VERSION {
        return Err(r.malformed());
    }
    let (nonce, body, tag) = r.sealed_tail()?;
    let mut plain = body.to_vec();
    hazmat::aes256gcm_decrypt_in_place(
        key.bytes(),
        &nonce,
        &entry_aad(vault_id, name),
        &mut plain,
        &tag,
    )?;
    Ok(SecretBytes::new(pad::unpad(plain, name.what())?))
}

/// One manifest entry: the content key of the stored value and when it was written.
#[derive(Clone)]
pub(crate) struct Entry {
    pub(crate) key: ContentKey,
    /// The manifest counter of the commit that wrote it.
    pub(crate) written: u64,
}

/// The decrypted manifest. `Debug` shows only the counter and the number of entries.
#[derive(Clone)]
pub(crate) struct Manifest {
    /// Incremented by every commit.
    pub(crate) counter: u64,
    pub(crate) index_key: IndexKey,
    /// When the vault key (and with it the recovery key) was last replaced, in milliseconds
    /// since 1970 (0 = never).
    pub(crate) key_replaced_at_ms: u64,
    /// Whether the next unlock should tell the person about that replacement.
    pub(crate) key_notice_pending: bool,
    pub(crate) entries: BTreeMap<EntryName, Entry>,
}

impl fmt::Debug for Manifest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Manifest")
            .field("counter", &self.counter)
            .field("entries", &self.entries.len())
            .finish_non_exhaustive()
    }
}

impl Manifest {
    /// An empty manifest with a new random index key.
    pub(crate) fn new() -> Result<Self> {
        Ok(Manifest {
            counter: 0,
            index_key: IndexKey::random()?,
            key_replaced_at_ms: 0,
            key_notice_pending: false,
            entries: BTreeMap::new(),
        })
    }

    /// The opaque storage key of an entry: 32 hex characters.
    pub(crate) fn slot(&self, name: &EntryName) -> String {
        let mut msg = Vec::with_capacity(SLOT_LABEL.len() + 3 + 32 + 64);
        msg.extend_from_slice(SLOT_LABEL);
        name.write(&mut msg);
        // The index key is 32 bytes, which keyed BLAKE2b always accepts.
        let digest = hazmat::blake2b256_keyed(self.index_key.bytes(), &msg).unwrap_or([0; 32]);
        digest[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    fn encode(&self) -> Result<Zeroizing<Vec<u8>>> {
        let count = u32::try_from(self.entries.len()).map_err(|_| VaultError::TooLarge)?;
        let mut out = Zeroizing::new(Vec::with_capacity(
            8 + KEY_LEN + 8 + 1 + 4 + self.entries.len() * 140,
        ));
        out.extend_from_slice(&self.counter.to_be_bytes());
        out.extend_from_slice(self.index_key.bytes());
        out.extend_from_slice(&self.key_replaced_at_ms.to_be_bytes());
        out.push(if self.key_notice_pending {
            FLAG_KEY_NOTICE
        } else {
            0
        });
        out.extend_from_slice(&count.to_be_bytes());
        for (name, entry) in &self.entries {
            name.write(&mut out);
            out.extend_from_slice(entry.key.bytes());
            out.extend_from_slice(&entry.written.to_be_bytes());
        }
        Ok(out)
    }

    fn decode(bytes: &[u8]) -> Result<Self> {
        let mut r = Reader::new(bytes, FormatKind::Manifest);
        let counter = r.u64()?;
        let index_key = IndexKey::from_bytes(r.array()?);
        let key_replaced_at_ms = r.u64()?;
        let flags = r.u8()?;
        if flags & !FLAG_KEY_NOTICE != 0 {
            return Err(r.malformed());
        }
        let count = r.u32()?;
        let mut entries = BTreeMap::new();
        let mut last: Option<EntryName> = None;
        for _ in 0..count {
            let name = EntryName::read(&mut r)?;
            let key = ContentKey::from_bytes(r.array()?);
            let written = r.u64()?;
            if last.as_ref().is_some_and(|l| *l >= name) || written > counter {
                return Err(r.malformed());
            }
            last = Some(name.clone());
            entries.insert(name, Entry { key, written });
        }
        r.finish()?;
        Ok(Manifest {
            counter,
            index_key,
            key_replaced_at_ms,
            key_notice_pending: flags & FLAG_KEY_NOTICE != 0,
            entries,
        })
    }

    fn binding(vault_id: &[u8; VAULT_ID_LEN]) -> Vec<u8> {
        let mut b = Vec::with_capacity(4 + 2 + VAULT_ID_LEN);
        b.extend_from_slice(MANIFEST_MAGIC);
        b.extend_from_slice(&MANIFEST_VERSION.to_be_bytes());
        b.extend_from_slice(vault_id);
        b
    }

    /// `"MOVM" | u16 1 | content key wrapped by the vault key | nonce | AES-GCM(padded) | tag`.
    pub(crate) fn seal(
        &self,
        vault_key: &VaultKey,
        vault_id: &[u8; VAULT_ID_LEN],
    ) -> Result<Vec<u8>> {
        let binding = Self::binding(vault_id);
        let key = ContentKey::random()?;
        let wrapped = keys::wrap_key(vault_key, &key, &[&[AAD_KEY][..], &binding].concat())?;
        let nonce: [u8; NONCE_LEN] = hazmat::random_array()?;
        let plain = self.encode()?;
        let padded = pad::pad(&plain, pad::MANIFEST_PADDED_MIN)?;
        let mut out = Vec::with_capacity(6 + WRAPPED_KEY_LEN + NONCE_LEN + padded.len() + TAG_LEN);
        out.extend_from_slice(&binding[..6]);
        out.extend_from_slice(&wrapped);
        out.extend_from_slice(&nonce);
        let body_start = out.len();
        out.extend_from_slice(&padded);
        let tag = hazmat::aes256gcm_encrypt_in_place(
            key.bytes(),
            &nonce,
            &[&[AAD_DATA][..], &binding].concat(),
            &mut out[body_start..],
        )?;
        out.extend_from_slice(&tag);
        Ok(out)
    }

    /// Opens a sealed manifest.
    pub(crate) fn open(
        vault_key: &VaultKey,
        vault_id: &[u8; VAULT_ID_LEN],
        sealed: &[u8],
    ) -> Result<Self> {
        let mut r = Reader::new(sealed, FormatKind::Manifest);
        r.magic_and_version(MANIFEST_MAGIC, MANIFEST_VERSION)?;
        let wrapped: [u8; WRAPPED_KEY_LEN] = r.array()?;
        let (nonce, body, tag) = r.sealed_tail()?;
        let binding = Self::binding(vault_id);
        let key: ContentKey =
            keys::unwrap_key(vault_key, &wrapped, &[&[AAD_KEY][..], &binding].concat())?;
        let mut plain = body.to_vec();
        hazmat::aes256gcm_decrypt_in_place(
            key.bytes(),
            &nonce,
            &[&[AAD_DATA][..], &binding].concat(),
            &mut plain,
            &tag,
        )?;
        let mut plain = pad::unpad(plain, FormatKind::Manifest)?;
        let manifest = Self::decode(&plain);
        plain.zeroize();
        manifest
    }
}
