//! The chosen town as the vault stores it (record `settings/town`).

/// The town choice as the vault stores it (record `settings/town`), versioned:
///
/// ```text
/// mein-ordner-town 1
/// builtin
/// <pack key>
/// ```
///
/// or `imported`, the file name on the third line and the pack file's text after it (an
/// imported pack must come back even when the file is gone).
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The stored text.
    #[must_use]
    pub fn encode(&self) -> String {
        match self {
            TownRecord::Builtin(key) => format!("{TOWN_RECORD_HEADER}\nbuiltin\n{key}"),
            TownRecord::Imported { file, text } => {
                let file = file.replace(['\n', '\r'], " ");
                format!("{TOWN_RECORD_HEADER}\nimported\n{file}\n{text}")
            }
        }
    }

    /// Reads a stored text; `None` for anything else (an unknown version is ignored, never
    /// guessed at).
    #[must_use]
    pub fn decode(stored: &str) -> Option<TownRecord> {
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
