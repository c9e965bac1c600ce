//! The town packs shipped with the app (`packs/*.toml` in the repository).
//!
//! Native tools (the CLI, the PDF renderer and its web worker) use the TOML text compiled in
//! ([`BuiltinPack::embedded_text`], [`BuiltinPack::parse`]). The web page does not: it fetches
//! `packs/<file>` (the same files, copied into the web build and cached by the service worker)
//! and calls [`BuiltinPack::parse_text`], so that the texts are not part of its first download.
//! The texts are linked into a binary only if it calls `embedded_text` or `parse`.

use crate::content::pack::ContentPack;
use crate::error::CoreError;

/// A pack shipped with the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinPack {
    /// The pack's key, equal to its `key` field.
    pub key: &'static str,
    /// The town's name, as shown in a list before the pack is parsed.
    pub town: &'static str,
    /// File name under `packs/` (in the repository and in the web build).
    pub file: &'static str,
}

/// The TOML texts, by key. Referenced only by [`BuiltinPack::embedded_text`].
static EMBEDDED: &[(&str, &str)] = &[
    ("dortmund", include_str!("../../../../packs/dortmund.toml")),
    ("dresden", include_str!("../../../../packs/dresden.toml")),
    ("neuss", include_str!("../../../../packs/neuss.toml")),
    (
        "salzgitter",
        include_str!("../../../../packs/salzgitter.toml"),
    ),
];

impl BuiltinPack {
    /// The TOML text compiled into this binary (native tools and the PDF worker).
    pub fn embedded_text(&self) -> &'static str {
        EMBEDDED
            .iter()
            .find(|(key, _)| *key == self.key)
            .map_or("", |(_, text)| text)
    }

    /// Parses the compiled-in text (a test makes sure every built-in pack parses and merges).
    pub fn parse(&self) -> Result<ContentPack, CoreError> {
        self.parse_text(self.embedded_text())
    }

    /// Parses the pack's text fetched from `packs/<file>` (the web page). Problems are reported
    /// against the file name like those of any pack file.
    pub fn parse_text(&self, text: &str) -> Result<ContentPack, CoreError> {
        ContentPack::parse(self.file, text)
    }

    /// The path of the pack's file in the web build, relative to the page.
    pub fn web_path(&self) -> String {
        format!("packs/{}", self.file)
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
    },
    BuiltinPack {
        key: "dresden",
        town: "Dresden",
        file: "dresden.toml",
    },
    BuiltinPack {
        key: "neuss",
        town: "Neuss",
        file: "neuss.toml",
    },
    BuiltinPack {
        key: "salzgitter",
        town: "Salzgitter",
        file: "salzgitter.toml",
    },
];

/// Every built-in pack, sorted by town name.
pub fn builtin_packs() -> &'static [BuiltinPack] {
    BUILTIN_PACKS
}
