//! The chosen town as the vault stores it (record `settings/town`).

use serde::{Deserialize, Serialize};

use crate::binary::{self, Stored};

/// The town choice as the vault stores it (record `settings/town`).
///
/// Version 2 is this enum in [`crate::binary`] (postcard: the variant's index, 0 = `Builtin`,
/// 1 = `Imported`, then its fields; never reorder them). Version 1, still read, was text:
///
/// ```text
/// mein-ordner-town 1
/// builtin
/// <pack key>
/// ```
///
/// or `imported`, the file name on the third line and the pack file's text after it (an
/// imported pack must come back even when the file is gone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TownRecord {
    /// A pack shipped with the app, by key.
    Builtin(String),
    /// A pack file the person or an office loaded: its file name and its text.
    Imported {
        /// The file name (one line).
        file: String,
        /// The pack file's text.
        text: String,
    },
}

const TOWN_RECORD_HEADER: &str = "mein-ordner-town 1";

impl TownRecord {
    /// The stored bytes (version 2; the file name kept to one line).
    ///
    /// # Errors
    /// [`crate::RecordsError::Encode`].
    pub fn encode(&self) -> crate::Result<Vec<u8>> {
        match self {
            TownRecord::Imported { file, text } => binary::encode(&TownRecord::Imported {
                file: file.replace(['\n', '\r'], " "),
                text: text.clone(),
            }),
            builtin @ TownRecord::Builtin(_) => binary::encode(builtin),
        }
    }

    /// Reads a stored record of any version so far; `None` for anything else (an unknown
    /// version is ignored, never guessed at).
    #[must_use]
    pub fn decode(bytes: &[u8]) -> Option<TownRecord> {
        match binary::stored(bytes)? {
            Stored::Text(text) => Self::decode_v1(text),
            Stored::Binary(body) => binary::decode(body),
        }
    }

    fn decode_v1(stored: &str) -> Option<TownRecord> {
        let mut parts = stored.splitn(4, '\n');
        if parts.next()? != TOWN_RECORD_HEADER {
            return None;
        }
        match parts.next()? {
            "builtin" => {
                let key = parts.next()?.trim();
                (!key.is_empty()).then(|| TownRecord::Builtin(key.to_owned()))
            }
            "imported" => Some(TownRecord::Imported {
                file: parts.next()?.to_owned(),
                text: parts.next().unwrap_or_default().to_owned(),
            }),
            _ => None,
        }
    }
}
