//! The content of the ten register tabs: the model, the default content for Germany, document
//! types with their deadline rules, and town content packs.
//!
//! - [`model`]: [`Content`] → [`TabContent`] → introduction, [`Tip`]s, [`ChecklistItem`]s and
//!   [`Contact`]s. Texts are [`Text`]: a Fluent message id (default content) or a town's own
//!   [`LocalText`] (German plus translations).
//! - [`defaults`]: [`Content::default_germany`], the structure of the default content; its words
//!   are in `locales/<lang>/content.ftl`.
//! - [`catalogue`]: [`DocType`]s (`doctype-<key>`), [`ContactType`]s (`contact-type-<key>`),
//!   [`DeadlineRule`]s (`deadline-<key>`), [`ContactField`]s (`contact-field-<key>`).
//! - [`pack`]: [`ContentPack`], read from TOML by [`ContentPack::parse`] with every problem
//!   reported as a [`PackIssue`] (file, line, field, `pack-error-<kind>` message).
//! - [`merge`]: [`Content::with_pack`], a pure merge; [`Content::load_pack`] parses and merges.
//! - [`encode`]: [`ContentPack::to_toml`], the export of the office editor.
//! - [`edit`]: the office editor's edits (add, move, remove contacts; tabs; town texts).
//! - [`builtin`]: the packs shipped in `packs/`.
//!
//! Message id scheme: `tab-<tab>-intro`, `tab-<tab>-tip-<key>`, `tab-section-<name>`,
//! `check-<key>`, `check-<key>-hint`, `contact-type-<key>`, `contact-type-<key>-desc`,
//! `contact-field-<field>`, `doctype-<key>`, `deadline-<rule>`, `deadline-asylum-<outcome>`,
//! `deadline-not-legal-advice`, `pack-error-<kind>`, `pack-error-summary`, `pack-check-ok`.

pub mod builtin;
pub mod catalogue;
pub mod defaults;
pub mod edit;
pub mod encode;
pub mod issue;
pub mod merge;
pub mod model;
pub mod pack;

pub use builtin::{BUILTIN_PACKS, BuiltinPack, builtin_packs};
pub use catalogue::{
    AsylumOutcome, CONTACT_TYPES, ContactField, ContactType, DOC_TYPES, DeadlineRule,
    DeadlineStart, DocType, NOT_LEGAL_ADVICE_ID, Period, TEXT_LANGUAGES,
};
pub use defaults::{DEFAULT_TABS, SECTION_IDS};
pub use issue::{PackIssue, PackIssueKind, ValueKind};
pub use model::{
    ChecklistItem, Contact, Content, LocalText, Origin, Resolved, TabContent, Text, Tip, TownInfo,
};
pub use pack::{
    ContentPack, EntryOrigin, MAX_PACK_BYTES, PACK_FORMAT, PackContact, PackItem, PackOrigin,
    PackTip,
};

impl ContentPack {
    /// Checks a pack built in code (the office editor) as if it were exported and loaded again:
    /// problems name lines of the text [`ContentPack::to_toml`] writes. Empty when the pack is
    /// fine to export and to merge over `base`.
    pub fn check(&self, base: &Content) -> Vec<PackIssue> {
        let file = self.file_name();
        let text = self.to_toml();
        let result = ContentPack::parse(&file, &text).and_then(|p| base.with_pack(&p).map(|_| ()));
        match result {
            Ok(()) => Vec::new(),
            Err(crate::CoreError::InvalidPack { issues, .. }) => issues,
            Err(other) => vec![PackIssue {
                file,
                line: 0,
                field: String::new(),
                kind: PackIssueKind::Unreadable {
                    detail: other.to_string(),
                },
            }],
        }
    }
}
