//! The town packs shipped with the app (`packs/*.toml` in the repository), embedded at build time.

use crate::content::pack::ContentPack;
use crate::error::CoreError;

/// A pack shipped with the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinPack {
    /// The pack's key, equal to its `key` field.
    pub key: &'static str,
    /// The town's name, as shown in a list before the pack is parsed.
    pub town: &'static str,
    /// File name under `packs/`.
    pub file: &'static str,
    /// The TOML text.
    pub toml: &'static str,
}

impl BuiltinPack {
    /// Parses the pack (a test makes sure every built-in pack parses and merges).
    pub fn parse(&self) -> Result<ContentPack, CoreError> {
        ContentPack::parse(self.file, self.toml)
    }

    /// Looks a built-in pack up by its key.
    pub fn by_key(key: &str) -> Option<&'static BuiltinPack> {
        BUILTIN_PACKS.iter().find(|p| p.key == key)
    }
}

/// Every built-in pack, sorted by town name.
pub const BUILTIN_PACKS: &[BuiltinPack] = &[
    BuiltinPack {
        key: "dortmund",
        town: "Dortmund",
        file: "dortmund.toml",
        toml: include_str!("../../../../packs/dortmund.toml"),
    },
    BuiltinPack {
        key: "dresden",
        town: "Dresden",
        file: "dresden.toml",
        toml: include_str!("../../../../packs/dresden.toml"),
    },
    BuiltinPack {
        key: "neuss",
        town: "Neuss",
        file: "neuss.toml",
        toml: include_str!("../../../../packs/neuss.toml"),
    },
    BuiltinPack {
        key: "salzgitter",
        town: "Salzgitter",
        file: "salzgitter.toml",
        toml: include_str!("../../../../packs/salzgitter.toml"),
    },
];

/// Every built-in pack, sorted by town name.
pub fn builtin_packs() -> &'static [BuiltinPack] {
    BUILTIN_PACKS
}
