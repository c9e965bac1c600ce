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
//! - [`printable`]: the characters the printed folder can show, and a pack's texts with others
//!   (emoji), which `ordner check-pack` and the office editor warn about.
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
pub mod printable;
mod printable_ranges;

pub use builtin::{BUILTIN_PACKS, BuiltinPack, builtin_packs};
pub use catalogue::{
    AsylumOutcome, CONTACT_TYPES, ContactField, ContactType, DOC_TYPES, DeadlineRule,
    DeadlineStart, DocType, INSTRUCTIONS_MISSING_LAW, LegalSource, NOT_LEGAL_ADVICE_ID,
    PERSONAL_APPOINTMENT_MESSAGE_ID, Period, RULES_CHECKED, TEXT_LANGUAGES,
};
pub use defaults::{DEFAULT_TABS, SECTION_IDS};
pub use issue::{PackIssue, PackIssueKind, ValueKind};
pub use model::{
    CONTACT_BY_APPOINTMENT_ID, CONTACT_FACTS_AS_OF_ID, CONTACT_FACTS_UNKNOWN_ID, ChecklistItem,
    Contact, Content, LocalText, Origin, Resolved, TabContent, Text, Tip, TownInfo,
};
pub use pack::{
    ContentPack, EntryOrigin, MAX_PACK_BYTES, PACK_FORMAT, PACK_FORMATS_READ, PackContact,
    PackItem, PackOrigin, PackTip,
};
pub use printable::{Unprintable, printable};

/// A text of a pack that lacks some of the app's languages: a warning, not a problem (the app
/// shows the German text there, marked as German). `ordner check-pack` reports these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingTranslations {
    /// Line of the entry's `[[...]]` header in the file it was read from, 0 for a pack built in
    /// code.
    pub line: usize,
    /// The field as problems name it: `contacts[2].notes` (positions count from 1).
    pub field: String,
    /// Language codes without a text, in the order of [`TEXT_LANGUAGES`].
    pub languages: Vec<&'static str>,
}

impl ContentPack {
    /// Every multilingual text (notes, opening hours, checklist items and hints, tips) that has
    /// no translation in some of the app's languages, in file order.
    pub fn missing_translations(&self) -> Vec<MissingTranslations> {
        let origin = self.origin.as_ref();
        let line_of = |entries: Option<&Vec<EntryOrigin>>, index: usize| {
            entries.and_then(|e| e.get(index)).map_or(0, |e| e.line)
        };
        let mut out = Vec::new();
        let mut add =
            |list: &str, index: usize, line: usize, field: &str, text: Option<&LocalText>| {
                let languages = text.map(LocalText::missing_languages).unwrap_or_default();
                if !languages.is_empty() {
                    out.push(MissingTranslations {
                        line,
                        field: format!("{list}[{}].{field}", index + 1),
                        languages,
                    });
                }
            };
        for (i, c) in self.contacts.iter().enumerate() {
            let line = line_of(origin.map(|o| &o.contacts), i);
            add("contacts", i, line, "hours", c.hours.as_ref());
            add("contacts", i, line, "notes", c.notes.as_ref());
        }
        for (i, item) in self.checklist.iter().enumerate() {
            let line = line_of(origin.map(|o| &o.checklist), i);
            add("checklist", i, line, "text", item.text.as_ref());
            add("checklist", i, line, "hint", item.hint.as_ref());
        }
        for (i, tip) in self.tips.iter().enumerate() {
            let line = line_of(origin.map(|o| &o.tips), i);
            add("tips", i, line, "text", tip.text.as_ref());
        }
        out
    }

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
