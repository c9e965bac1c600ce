//! The vault header: KDF settings and the two wrapped copies of the vault key.

use crate::error::{FormatKind, Result, VaultError};
use crate::format::Reader;
use crate::kdf::{KDF_SETTINGS_LEN, KdfSettings};
use crate::keys::WRAPPED_KEY_LEN;

pub(crate) const HEADER_MAGIC: &[u8; 4] = b"MOVH";
/// Newest header format version this build writes and reads. Version 2 has the layout of
/// version 1; it says that records are stored in layout 2 (opaque slots, padding, manifest),
/// so that an app that knows only layout 1 reports "newer version" instead of misreading.
pub const HEADER_VERSION: u16 = 2;
/// Version of the key-wrapping scheme bound into the wraps' associated data (unchanged since
/// header version 1, so converting a header to version 2 needs no key).
const WRAP_SCHEME_VERSION: u16 = 1;
/// Length of a version-1 (and version-2) header in bytes.
pub const HEADER_V1_LEN: usize = 4 + 2 + VAULT_ID_LEN + KDF_SETTINGS_LEN + 2 * WRAPPED_KEY_LEN;
/// Length of the random vault id.
pub const VAULT_ID_LEN: usize = 16;

/// Offset of the end of magic + version + vault id (start of the KDF settings).
const PREFIX_IDENTITY_END: usize = 4 + 2 + VAULT_ID_LEN;
/// Offset of the end of the KDF settings (start of the passphrase-wrapped key).
const PREFIX_KDF_END: usize = PREFIX_IDENTITY_END + KDF_SETTINGS_LEN;

const AAD_PASSPHRASE_LABEL: &[u8] = b"mein-ordner/wrap/passphrase";
const AAD_RECOVERY_LABEL: &[u8] = b"mein-ordner/wrap/recovery";

/// The vault header, stored under `meta`/`header` and embedded in backups. Not secret: it holds
/// the KDF settings and the vault key wrapped by the passphrase KEK and by the recovery KEK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VaultHeader {
    pub(crate) version: u16,
    pub(crate) vault_id: [u8; VAULT_ID_LEN],
    pub(crate) kdf: KdfSettings,
    pub(crate) passphrase_wrap: [u8; WRAPPED_KEY_LEN],
    pub(crate) recovery_wrap: [u8; WRAPPED_KEY_LEN],
}

impl VaultHeader {
    /// Parses a stored header (any supported version). Enforces the KDF parameter floor.
    ///
    /// # Errors
    /// [`VaultError::BadMagic`], [`VaultError::NewerVersion`], [`VaultError::Malformed`] (all with
    /// [`FormatKind::Header`]), [`VaultError::KdfTooWeak`], [`VaultError::KdfTooCostly`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let mut r = Reader::new(bytes, FormatKind::Header);
        let version = r.magic_and_version(HEADER_MAGIC, HEADER_VERSION)?;
        match version {
            1 | 2 => {
                let vault_id = r.array()?;
                let kdf = KdfSettings::read_embedded(&mut r)?;
                let passphrase_wrap = r.array()?;
                let recovery_wrap = r.array()?;
                r.finish()?;
                Ok(VaultHeader {
                    version,
                    vault_id,
                    kdf,
                    passphrase_wrap,
                    recovery_wrap,
                })
            }
            _ => Err(VaultError::Malformed {
                what: FormatKind::Header,
            }),
        }
    }

    /// The stored form ([`HEADER_V1_LEN`] bytes).
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.prefix(self.version);
        out.extend_from_slice(&self.passphrase_wrap);
        out.extend_from_slice(&self.recovery_wrap);
        out
    }

    /// Magic, `version`, vault id and KDF settings.
    fn prefix(&self, version: u16) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_V1_LEN);
        out.extend_from_slice(HEADER_MAGIC);
        out.extend_from_slice(&version.to_be_bytes());
        out.extend_from_slice(&self.vault_id);
        self.kdf.write_embedded(&mut out);
        out
    }

    /// Associated data of the passphrase-wrapped vault key: label, then magic, wrap scheme
    /// version (1), vault id and KDF settings (so parameters and salt cannot be altered without
    /// detection).
    pub(crate) fn passphrase_aad(&self) -> Vec<u8> {
        let prefix = self.prefix(WRAP_SCHEME_VERSION);
        [AAD_PASSPHRASE_LABEL, &prefix[..PREFIX_KDF_END]].concat()
    }

    /// Associated data of the recovery-wrapped vault key: label, then magic, wrap scheme version
    /// (1) and vault id (not the KDF settings, so a passphrase change leaves the recovery wrap
    /// valid).
    pub(crate) fn recovery_aad(&self) -> Vec<u8> {
        let prefix = self.prefix(WRAP_SCHEME_VERSION);
        [AAD_RECOVERY_LABEL, &prefix[..PREFIX_IDENTITY_END]].concat()
    }

    /// The passphrase KDF settings: send [`KdfSettings::to_bytes`] to the key-derivation worker.
    #[must_use]
    pub fn kdf_settings(&self) -> &KdfSettings {
        &self.kdf
    }

    /// The random id of this vault (also bound into every record and blob).
    #[must_use]
    pub fn vault_id(&self) -> &[u8; VAULT_ID_LEN] {
        &self.vault_id
    }

    /// The header's format version.
    #[must_use]
    pub fn format_version(&self) -> u16 {
        self.version
    }
}
