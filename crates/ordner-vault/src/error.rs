//! The crate's single error type.

use core::fmt;

/// Which stored or transferred format an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormatKind {
    /// The vault header (`meta` store, key `header`).
    Header,
    /// A sealed record (`records` store).
    Record,
    /// A sealed blob (`blobs` store).
    Blob,
    /// The manifest (`meta` store, key `manifest`).
    Manifest,
    /// A backup file.
    Backup,
    /// Serialized key-derivation settings (sent to the key-derivation worker).
    KdfSettings,
    /// A key-encryption key in transfer form (sent back by the key-derivation worker).
    TransferKey,
}

impl fmt::Display for FormatKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FormatKind::Header => "vault header",
            FormatKind::Record => "record",
            FormatKind::Blob => "blob",
            FormatKind::Manifest => "manifest",
            FormatKind::Backup => "backup file",
            FormatKind::KdfSettings => "key-derivation settings",
            FormatKind::TransferKey => "transferred key",
        })
    }
}

/// Everything that can go wrong in the vault.
///
/// Every authentication failure (wrong passphrase, wrong recovery key, altered ciphertext,
/// nonce, tag or associated data, a record moved to another id) is the single
/// [`VaultError::Decrypt`]: the crate never tells which part failed.
///
/// [`VaultError::message_id`] gives the Fluent message id for each variant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VaultError {
    /// The passphrase or key is wrong, or the data was altered or damaged.
    #[error("the passphrase or key is wrong, or the data was altered or damaged")]
    Decrypt,
    /// The typed recovery key has the wrong number of characters.
    #[error("the recovery key has {found} characters; it should have {expected}")]
    RecoveryKeyLength {
        /// Characters found (separators not counted).
        found: usize,
        /// Characters a recovery key has.
        expected: usize,
    },
    /// The typed recovery key contains a character that recovery keys never contain.
    #[error("the recovery key contains {0:?}, which recovery keys never contain")]
    RecoveryKeyCharacter(char),
    /// The typed recovery key has a typo: its checksum group does not match.
    #[error("the recovery key has a typo (its last group does not match the others)")]
    RecoveryKeyTypo,
    /// An empty passphrase was given.
    #[error("the passphrase is empty")]
    EmptyPassphrase,
    /// Key-derivation parameters below the enforced floor (a possible downgrade attack).
    #[error("the key-derivation parameters are weaker than the allowed minimum")]
    KdfTooWeak,
    /// Key-derivation parameters above the supported ceiling (they would exhaust memory or time).
    #[error("the key-derivation parameters are larger than this app supports")]
    KdfTooCostly,
    /// The key derivation itself failed (for example not enough memory).
    #[error("the key derivation failed (not enough memory?)")]
    KdfFailed,
    /// The data does not start with the magic bytes of the expected format.
    #[error("this is not a Mein Ordner {what}")]
    BadMagic {
        /// The format that was expected.
        what: FormatKind,
    },
    /// The data was written by a newer version of the app.
    #[error("this {what} has format version {found}; this app reads up to version {supported}")]
    NewerVersion {
        /// The format.
        what: FormatKind,
        /// Version found in the data.
        found: u16,
        /// Newest version this build reads.
        supported: u16,
    },
    /// The data is truncated, has trailing bytes, or has inconsistent lengths or fields.
    #[error("this {what} is truncated or damaged")]
    Malformed {
        /// The format.
        what: FormatKind,
    },
    /// A record kind that does not follow the rules (`[a-z][a-z0-9-]{0,31}`).
    #[error("invalid record kind {0:?}")]
    InvalidKind(String),
    /// A record or blob id that does not follow the rules (`[A-Za-z0-9_-]{1,64}`).
    #[error("invalid record or blob id {0:?}")]
    InvalidId(String),
    /// A record or blob larger than [`crate::MAX_PLAINTEXT_LEN`].
    #[error("the data is too large to store")]
    TooLarge,
    /// A backup file larger than [`crate::MAX_BACKUP_LEN`] (to read, or to write).
    #[error("the backup file is larger than this app can open")]
    BackupTooLarge,
    /// The key-encryption key does not fit the operation (for example a recovery-derived key
    /// where a passphrase-derived one is needed).
    #[error("this key cannot be used for this operation")]
    WrongKeyKind,
    /// The store already holds a vault (create or import without replace).
    #[error("a vault already exists here")]
    VaultExists,
    /// The store holds no vault.
    #[error("there is no vault here")]
    NoVault,
    /// The storage quota is exhausted; nothing was changed.
    #[error("the storage is full")]
    StorageFull,
    /// Any other storage failure; nothing was changed.
    #[error("storage failure: {0}")]
    Storage(String),
    /// The operating system's random generator failed.
    #[error("the random number generator failed")]
    Random,
}

impl VaultError {
    /// The Fluent message id (feature prefix `vault-`) the UI shows for this error.
    ///
    /// Several variants share a message where the user cannot act differently.
    #[must_use]
    pub fn message_id(&self) -> &'static str {
        match self {
            VaultError::Decrypt => "vault-error-decrypt",
            VaultError::RecoveryKeyLength { .. } => "vault-error-recovery-length",
            VaultError::RecoveryKeyCharacter(_) => "vault-error-recovery-character",
            VaultError::RecoveryKeyTypo => "vault-error-recovery-typo",
            VaultError::EmptyPassphrase => "vault-error-empty-passphrase",
            VaultError::KdfTooWeak | VaultError::KdfTooCostly => "vault-error-kdf-params",
            VaultError::KdfFailed => "vault-error-kdf-failed",
            VaultError::BadMagic {
                what: FormatKind::Backup,
            } => "vault-error-not-a-backup",
            VaultError::NewerVersion { .. } => "vault-error-newer-version",
            VaultError::BadMagic { .. } | VaultError::Malformed { .. } => "vault-error-damaged",
            VaultError::InvalidKind(_)
            | VaultError::InvalidId(_)
            | VaultError::WrongKeyKind
            | VaultError::Random => "vault-error-internal",
            VaultError::TooLarge => "vault-error-too-large",
            VaultError::BackupTooLarge => "vault-error-backup-too-large",
            VaultError::VaultExists => "vault-error-exists",
            VaultError::NoVault => "vault-error-no-vault",
            VaultError::StorageFull => "vault-error-storage-full",
            VaultError::Storage(_) => "vault-error-storage",
        }
    }
}

/// Result alias for this crate.
pub type Result<T, E = VaultError> = core::result::Result<T, E>;
