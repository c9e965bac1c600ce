//! The content the screens show: the default content for Germany, or that content with a town
//! pack merged in (a built-in pack or an imported file), and the person's checklist ticks.
//!
//! A pack that fails to load changes nothing: the content, the town and the ticks stay as they
//! were, and the caller gets every problem (file, line, field) to show.
//!
//! Built-in packs are files of the web build (`packs/<file>`, precached by the service worker),
//! fetched when chosen, so that their text is not part of the app's wasm; a pack that cannot be
//! fetched is [`BuiltinError::Unavailable`] (the screens say so in both languages).
//!
//! Ticks are personal data: they live in the encrypted vault (its open folder,
//! stored by [`crate::vault::Vault::toggle_tick`]); while the vault is locked nothing is ticked
//! and the tab page says how to open it. The chosen town is stored in the vault too (a
//! [`TownRecord`] of `ordner-records`) and comes back at unlock; chosen while the vault is locked it is kept in
//! memory only (the town screen says so). Neither is ever written to localStorage or any other
//! plaintext storage.

use std::collections::BTreeSet;

use leptos::prelude::*;
use ordner_core::content::{
    BuiltinPack, ContentPack, LocalText, PackIssue, PackIssueKind, TabContent, Text,
};
use ordner_core::{Content, CoreError, bidi};

use crate::i18n::{BiText, Texts};
use crate::vault::{Error as VaultError, TownRecord, Vault};

/// Where the current town content comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TownSource {
    /// The default content for Germany only.
    None,
    /// A pack shipped with the app, by key.
    Builtin(&'static str),
    /// A pack file the person or an office loaded, by file name.
    Imported(String),
}

/// The content of the running app. Provided once by [`crate::App`], so that it survives a change
/// of language.
#[derive(Debug, Clone, Copy)]
pub struct ContentState {
    pub content: RwSignal<Content>,
    pub source: RwSignal<TownSource>,
    /// Keys of the ticked checklist items when there is no vault (tests without one); with a
    /// vault they are the open folder's (see [`ContentState::with_ticks`]).
    memory_ticks: RwSignal<BTreeSet<String>>,
    /// The text of the imported pack, kept to store it in the vault.
    imported_text: RwSignal<Option<String>>,
    /// Counts town choices, so that a built-in pack that arrives after a later choice (fetches
    /// may finish out of order) is dropped instead of replacing it.
    choice: StoredValue<u64>,
    vault: Option<Vault>,
}

/// Why a built-in pack was not loaded.
#[derive(Debug, Clone, PartialEq)]
pub enum BuiltinError {
    /// Its file could not be fetched (offline before the app was cached, or a server error).
    Unavailable,
    /// The pack has problems (each with file, line and field).
    Issues(Vec<PackIssue>),
    /// Another town was chosen while it was being fetched; nothing to show.
    Superseded,
}

/// Fetches a built-in pack's file of the web build (`packs/<file>`) and parses it.
pub async fn fetch_builtin(pack: &BuiltinPack) -> Result<ContentPack, BuiltinError> {
    let text = crate::i18n::fetch_text(&pack.web_path())
        .await
        .map_err(|e| {
            leptos::logging::warn!("town pack not loaded: {e}");
            BuiltinError::Unavailable
        })?;
    pack.parse_text(&text)
        .map_err(|e| BuiltinError::Issues(issues_of(pack.file, e)))
}

impl Default for ContentState {
    fn default() -> Self {
        ContentState::new()
    }
}

impl ContentState {
    /// Uses the vault of the context for ticks, if one is provided.
    pub fn new() -> ContentState {
        let vault = use_context::<Vault>();
        let state = ContentState {
            content: RwSignal::new(Content::default_germany()),
            source: RwSignal::new(TownSource::None),
            memory_ticks: RwSignal::new(BTreeSet::new()),
            imported_text: RwSignal::new(None),
            choice: StoredValue::new(0),
            vault,
        };
        if let Some(vault) = vault {
            state.follow_vault(vault);
        }
        state
    }

    /// Shows the town stored in the vault when it opens, and forgets it when the vault locks.
    fn follow_vault(self, vault: Vault) {
        let from_vault = StoredValue::new(false);
        Effect::new(move |_| match vault.folder().with_town(Clone::clone) {
            Some(record) => {
                if self.record().as_ref() != Some(&record) {
                    match &record {
                        TownRecord::Builtin(key) => match BuiltinPack::by_key(key) {
                            Some(pack) => leptos::task::spawn_local(async move {
                                match self.choose_builtin(pack).await {
                                    Ok(_) | Err(BuiltinError::Superseded) => {}
                                    Err(e) => leptos::logging::warn!(
                                        "the stored town could not be loaded: {e:?}"
                                    ),
                                }
                            }),
                            None => leptos::logging::warn!(
                                "the stored town `{key}` is not a built-in pack"
                            ),
                        },
                        TownRecord::Imported { file, text } => {
                            if self.import(file, text.as_bytes()).is_err() {
                                leptos::logging::warn!("the stored town could not be loaded");
                            }
                        }
                    }
                }
                from_vault.set_value(true);
            }
            None => {
                if from_vault.get_value() && !vault.is_unlocked_untracked() {
                    self.clear_town();
                }
                from_vault.set_value(false);
            }
        });
    }

    /// The current choice as the vault stores it.
    fn record(&self) -> Option<TownRecord> {
        match self.source.get_untracked() {
            TownSource::None => None,
            TownSource::Builtin(key) => Some(TownRecord::Builtin(key.to_owned())),
            TownSource::Imported(file) => Some(TownRecord::Imported {
                file,
                text: self.imported_text.get_untracked().unwrap_or_default(),
            }),
        }
    }

    /// Stores the current choice in the vault when it is open (`Ok(false)` when there is no
    /// open vault: the choice stays in memory only).
    pub async fn persist(&self) -> Result<bool, VaultError> {
        match self.vault {
            Some(vault) if vault.is_unlocked_untracked() => {
                vault.save_town(self.record()).await?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// Whether a town chosen now is stored (reactive).
    pub fn town_is_stored(&self) -> bool {
        self.vault.is_some_and(|v| v.is_unlocked())
    }

    /// A new town choice begins: any built-in pack still being fetched is dropped when it comes.
    fn next_choice(&self) -> u64 {
        self.choice.update_value(|c| *c += 1);
        self.choice.get_value()
    }

    /// Back to the default content for Germany.
    pub fn clear_town(&self) {
        self.next_choice();
        self.content.set(Content::default_germany());
        self.source.set(TownSource::None);
    }

    /// Fetches a built-in pack and merges it over the default content. On error nothing changes;
    /// when another town was chosen meanwhile, nothing changes either ([`BuiltinError::Superseded`]).
    pub async fn choose_builtin(&self, pack: &'static BuiltinPack) -> Result<String, BuiltinError> {
        let choice = self.next_choice();
        let parsed = fetch_builtin(pack).await;
        if self.choice.try_get_value() != Some(choice) {
            return Err(BuiltinError::Superseded);
        }
        let parsed = parsed?;
        let content = Content::default_germany()
            .with_pack(&parsed)
            .map_err(|e| BuiltinError::Issues(issues_of(pack.file, e)))?;
        self.content.set(content);
        self.source.set(TownSource::Builtin(pack.key));
        Ok(parsed.town)
    }

    /// Reads a pack file and merges it over the default content (it replaces any town chosen
    /// before). On error nothing changes and every problem is returned.
    pub fn import(&self, file: &str, bytes: &[u8]) -> Result<String, Vec<PackIssue>> {
        self.next_choice();
        let (content, pack) = Content::default_germany()
            .load_pack(file, bytes)
            .map_err(|e| issues_of(file, e))?;
        self.content.set(content);
        self.imported_text
            .set(Some(String::from_utf8_lossy(bytes).into_owned()));
        self.source.set(TownSource::Imported(file.to_owned()));
        Ok(pack.town)
    }

    /// Ticks or unticks a checklist item: stored in the vault (an error while it is locked
    /// or cannot be written; nothing is stored then), or in memory without a vault.
    pub async fn toggle(&self, key: &str) -> Result<(), VaultError> {
        match self.vault {
            Some(vault) => vault.toggle_tick(key).await.map(|_| ()),
            None => {
                self.memory_ticks.update(|ticks| {
                    if !ticks.remove(key) {
                        ticks.insert(key.to_owned());
                    }
                });
                Ok(())
            }
        }
    }

    /// Reads the keys of the ticked checklist items (reactive).
    pub fn with_ticks<T>(&self, f: impl FnOnce(&BTreeSet<String>) -> T) -> T {
        match self.vault {
            Some(vault) => vault.folder().with_ticks(f),
            None => self.memory_ticks.with(f),
        }
    }

    /// Reads the keys of the ticked checklist items (not tracked).
    pub fn with_ticks_untracked<T>(&self, f: impl FnOnce(&BTreeSet<String>) -> T) -> T {
        match self.vault {
            Some(vault) => vault.folder().with_ticks_untracked(f),
            None => self.memory_ticks.with_untracked(f),
        }
    }

    /// Ticked and total items of a tab's checklist (reactive).
    pub fn progress(&self, tab: &TabContent) -> (usize, usize) {
        let done = self.with_ticks(|ticks| {
            tab.checklist
                .iter()
                .filter(|i| ticks.contains(&i.key))
                .count()
        });
        (done, tab.checklist.len())
    }

    /// The current town content as the PDF worker takes it (not reactive).
    pub fn pack_source(&self) -> crate::print::PackSource {
        use crate::print::PackSource;
        match self.source.get_untracked() {
            TownSource::None => PackSource::None,
            TownSource::Builtin(key) => PackSource::Builtin(key.to_owned()),
            TownSource::Imported(name) => {
                self.imported_text
                    .get_untracked()
                    .map_or(PackSource::None, |text| PackSource::File {
                        name,
                        bytes: text.into_bytes(),
                    })
            }
        }
    }

    /// Where ticks go now (reactive).
    pub fn tick_storage(&self) -> TickStorage {
        match self.vault {
            Some(vault) if vault.is_unlocked() => TickStorage::Vault,
            Some(_) => TickStorage::Locked,
            None => TickStorage::Memory,
        }
    }
}

/// Where checklist ticks are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickStorage {
    /// In the open vault, encrypted.
    Vault,
    /// The vault is locked: ticking needs it open.
    Locked,
    /// No vault in this context: in memory only.
    Memory,
}

impl TickStorage {
    /// The notice on the tab page.
    pub fn message_id(self) -> &'static str {
        match self {
            TickStorage::Vault => "tabs-ticks-vault",
            TickStorage::Locked => "vault-checklist-locked",
            TickStorage::Memory => "tabs-ticks-memory-only",
        }
    }
}

/// The problems of a failed load, as pack issues (errors that are not about the pack's content
/// become one "unreadable" issue).
pub fn issues_of(file: &str, error: CoreError) -> Vec<PackIssue> {
    match error {
        CoreError::InvalidPack { issues, .. } => issues,
        other => vec![PackIssue {
            file: file.to_owned(),
            line: 0,
            field: String::new(),
            kind: PackIssueKind::Unreadable {
                detail: other.to_string(),
            },
        }],
    }
}

/// The content state of the running app.
pub fn use_content() -> ContentState {
    expect_context::<ContentState>()
}

/// German runs inside right-to-left text are isolated.
pub fn isolate(t: &Texts, text: String) -> String {
    if t.own_language().is_rtl() {
        bidi::isolate_ltr_runs(&text)
    } else {
        text
    }
}

/// A text of the content in both languages. A town text that has no translation into the
/// person's language shows its German text once, with "only in German" on the other side.
pub fn bi_content(t: &Texts, text: &Text) -> BiText {
    let de = text.resolve(&t.de).text;
    let own = (!t.is_german_only()).then(|| {
        let own = text.resolve(&t.own);
        if own.is_german_fallback {
            t.own("tabs-german-only")
        } else {
            isolate(t, own.text)
        }
    });
    BiText { de, own }
}

/// A town's own text in both languages.
pub fn bi_local(t: &Texts, text: &LocalText) -> BiText {
    bi_content(t, &Text::Local(text.clone()))
}

/// A message with one argument that is itself a message (e.g. a document type's name), each
/// language with the argument in that language.
pub fn bi_nested(t: &Texts, id: &str, arg: &str, nested_id: &str) -> BiText {
    use ordner_core::i18n::Arg;
    let de_arg = t.de.msg(nested_id);
    let de = t.de.msg_args(id, &[(arg, Arg::Str(&de_arg))]);
    let own = (!t.is_german_only()).then(|| {
        let own_arg = t.own.msg(nested_id);
        isolate(t, t.own.msg_args(id, &[(arg, Arg::Str(&own_arg))]))
    });
    BiText { de, own }
}

/// The title of a tab in both languages; the arrival tab names the chosen town.
pub fn tab_title(t: &Texts, content: &Content, tab: ordner_core::TabId) -> BiText {
    t.tab_title(tab, content.town().map(|town| town.name.as_str()))
}
