//! The content of the ten tabs: introduction, tips, checklist and contacts.

use std::collections::BTreeMap;

use crate::content::catalogue::{
    ContactField, ContactType, DeadlineRule, DocType, NOT_LEGAL_ADVICE_ID, TEXT_LANGUAGES,
};
use crate::i18n::Catalog;
use crate::lang::GERMAN;
use crate::tabs::TabId;

/// A text written by a town in several languages; German is always there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalText {
    texts: BTreeMap<String, String>,
}

impl LocalText {
    /// A text with its German version.
    pub fn new(german: impl Into<String>) -> LocalText {
        let mut texts = BTreeMap::new();
        texts.insert(GERMAN.to_owned(), german.into());
        LocalText { texts }
    }

    /// Adds or replaces the text in one language (setting `de` replaces the German text).
    pub fn with(mut self, code: &str, text: impl Into<String>) -> LocalText {
        self.set(code, text);
        self
    }

    /// Adds or replaces the text in one language.
    pub fn set(&mut self, code: &str, text: impl Into<String>) {
        self.texts.insert(code.to_owned(), text.into());
    }

    /// Removes a translation. German cannot be removed; returns whether something was removed.
    pub fn remove(&mut self, code: &str) -> bool {
        code != GERMAN && self.texts.remove(code).is_some()
    }

    /// The text in a language, if the town wrote one.
    pub fn get(&self, code: &str) -> Option<&str> {
        self.texts.get(code).map(String::as_str)
    }

    /// The German text.
    pub fn german(&self) -> &str {
        self.get(GERMAN).unwrap_or_default()
    }

    /// The language codes present: German first, then in the order of [`TEXT_LANGUAGES`], then
    /// any others alphabetically.
    pub fn languages(&self) -> Vec<&str> {
        let mut codes: Vec<&str> = self.texts.keys().map(String::as_str).collect();
        codes.sort_by_key(|c| {
            (
                TEXT_LANGUAGES
                    .iter()
                    .position(|l| l == c)
                    .unwrap_or(usize::MAX),
                c.to_string(),
            )
        });
        codes
    }

    /// The app's languages ([`TEXT_LANGUAGES`], German aside) this text has no translation in,
    /// in that order. A language with a translation row counts as present, even while it is
    /// still empty in the office editor. The app shows German where a translation is missing.
    pub fn missing_languages(&self) -> Vec<&'static str> {
        TEXT_LANGUAGES
            .iter()
            .copied()
            .filter(|code| *code != GERMAN && !self.texts.contains_key(*code))
            .collect()
    }

    /// `(code, text)` pairs in the order of [`LocalText::languages`].
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.languages()
            .into_iter()
            .filter_map(move |c| self.get(c).map(|t| (c, t)))
    }
}

/// A text of the content: a Fluent message of the default content, or a town's own text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// A message id in `locales/<lang>/*.ftl`.
    Message(String),
    /// A text from a town pack.
    Local(LocalText),
}

/// A text resolved for one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub text: String,
    /// True when the town wrote no text in the catalog's language and the German text is shown
    /// instead (mark it `lang="de"` on screen).
    pub is_german_fallback: bool,
}

impl Text {
    pub fn message(id: impl Into<String>) -> Text {
        Text::Message(id.into())
    }

    /// The message id, for default content.
    pub fn message_id(&self) -> Option<&str> {
        match self {
            Text::Message(id) => Some(id),
            Text::Local(_) => None,
        }
    }

    /// The text in the catalog's language. A town text missing in that language falls back to
    /// German; a missing message shows as `⟦id⟧` (see [`Catalog::msg`]).
    pub fn resolve(&self, catalog: &Catalog) -> Resolved {
        match self {
            Text::Message(id) => Resolved {
                text: catalog.msg(id),
                is_german_fallback: false,
            },
            Text::Local(local) => match local.get(catalog.language().code) {
                Some(text) => Resolved {
                    text: text.to_owned(),
                    is_german_fallback: false,
                },
                None => Resolved {
                    text: local.german().to_owned(),
                    is_german_fallback: catalog.language().code != GERMAN,
                },
            },
        }
    }
}

/// Where an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Origin {
    /// The built-in default content for Germany.
    #[default]
    Default,
    /// A default entry that a town pack changed.
    ChangedByPack,
    /// An entry a town pack added.
    AddedByPack,
}

/// A rule or tip.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tip {
    /// Stable key, unique across all tabs.
    pub key: String,
    pub text: Text,
    pub origin: Origin,
}

/// An item of a tab's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChecklistItem {
    /// Stable key, unique across all tabs; ticks are stored under it.
    pub key: String,
    pub text: Text,
    /// One or two sentences of help under the item.
    pub hint: Option<Text>,
    /// A document type whose filing ticks this item.
    pub doctype: Option<String>,
    /// The deadline rule the item speaks of; its hint ends with the "not legal advice" sentence.
    pub deadline: Option<DeadlineRule>,
    pub origin: Origin,
}

impl ChecklistItem {
    /// The document type this item links to.
    pub fn doc_type(&self) -> Option<&'static DocType> {
        self.doctype.as_deref().and_then(DocType::by_key)
    }
}

/// An entry of a contact register. Every field is optional: the default content has a blank
/// entry per contact type, which a town pack (or the person) fills in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Contact {
    /// Stable key, unique in the content (a contact listed in two tabs has one key).
    pub key: String,
    /// The generic contact type (e.g. `auslaenderbehoerde`), which gives the heading.
    pub kind: Option<String>,
    /// Name of the office or organisation, as written on its door (not translated).
    pub organisation: Option<String>,
    pub department: Option<String>,
    /// Postal address; may contain line breaks.
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Web address, starting with `https://` or `http://`.
    pub web: Option<String>,
    pub hours: Option<LocalText>,
    /// Only by appointment ("Termin nur nach Vereinbarung"), shown with the opening hours.
    pub by_appointment: bool,
    /// Codes of the languages spoken there (e.g. `de`, `ar`).
    pub languages: Vec<String>,
    pub notes: Option<LocalText>,
    /// Where the facts come from (for offices that check and update them; not shown to people).
    pub source: Option<String>,
    /// The day the facts are from (`YYYY-MM-DD`), which can be older than the day the pack was
    /// last checked: the screen shows their age beside the contact.
    pub facts_as_of: Option<String>,
    pub origin: Origin,
}

/// Message id of "by appointment only", shown with the opening hours (`content.ftl`).
pub const CONTACT_BY_APPOINTMENT_ID: &str = "contact-by-appointment";
/// Message id of "information from { $year }" beside a town's contact (`content.ftl`).
pub const CONTACT_FACTS_AS_OF_ID: &str = "contact-facts-as-of";
/// Message id of "it is not known how old this information is" (`content.ftl`).
pub const CONTACT_FACTS_UNKNOWN_ID: &str = "contact-facts-unknown";

impl Contact {
    /// The contact type, if it is one of the catalogue.
    pub fn contact_type(&self) -> Option<&'static ContactType> {
        self.kind.as_deref().and_then(ContactType::by_key)
    }

    /// Message id of the heading (the contact type's name), if the contact has a type.
    pub fn type_name_id(&self) -> Option<String> {
        self.contact_type().map(ContactType::name_id)
    }

    /// The fields written as on the office's door, never translated: organisation, department,
    /// address, phone, e-mail and web address, those that are filled in, in that order (what
    /// search finds a contact by, beside its type and its texts).
    pub fn written_fields(&self) -> impl Iterator<Item = &String> {
        [
            &self.organisation,
            &self.department,
            &self.address,
            &self.phone,
            &self.email,
            &self.web,
        ]
        .into_iter()
        .flatten()
    }

    /// Whether the town filled in anything at all.
    pub fn is_blank(&self) -> bool {
        ContactField::ALL.iter().all(|f| !self.has(*f))
    }

    /// Whether a field has a value.
    pub fn has(&self, field: ContactField) -> bool {
        match field {
            ContactField::Organisation => self.organisation.is_some(),
            ContactField::Department => self.department.is_some(),
            ContactField::Address => self.address.is_some(),
            ContactField::Phone => self.phone.is_some(),
            ContactField::Email => self.email.is_some(),
            ContactField::Web => self.web.is_some(),
            ContactField::Hours => self.hours.is_some() || self.by_appointment,
            ContactField::Languages => !self.languages.is_empty(),
            ContactField::Notes => self.notes.is_some(),
        }
    }

    /// The year the facts are from (`facts_as_of`), for "information from 2022".
    pub fn facts_year(&self) -> Option<&str> {
        self.facts_as_of.as_deref().and_then(|d| d.get(..4))
    }

    /// A phone number as a `tel:` URI (digits and a leading `+` only).
    pub fn tel_uri(&self) -> Option<String> {
        self.phone.as_deref().map(tel_uri)
    }
}

/// Turns a phone number as written (`0231 / 50-0`, `+49 (0)30 123`) into a `tel:` URI.
pub fn tel_uri(phone: &str) -> String {
    let trimmed = phone.trim();
    let international = trimmed.starts_with('+');
    // "+49 (0)30": the "(0)" is dialled only from inside the country.
    let without_trunk = if international {
        trimmed.replace("(0)", "")
    } else {
        trimmed.to_owned()
    };
    let digits: String = without_trunk.chars().filter(char::is_ascii_digit).collect();
    if international {
        format!("tel:+{digits}")
    } else {
        format!("tel:{digits}")
    }
}

/// The content of one tab.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TabContent {
    pub tab: TabId,
    /// Two to four short sentences.
    pub intro: Text,
    pub tips: Vec<Tip>,
    pub checklist: Vec<ChecklistItem>,
    pub contacts: Vec<Contact>,
}

/// The town a pack describes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TownInfo {
    /// Stable key of the pack (e.g. `dortmund`).
    pub key: String,
    /// The town's name, used in the title of the first tab (`tab-arrival-title`, `$town`).
    pub name: String,
    /// When the pack's facts were last checked (`YYYY-MM-DD`).
    pub updated: Option<String>,
    /// Where the pack's facts come from.
    pub sources: Vec<String>,
}

/// The content of all ten tabs, in folder order; optionally with a town pack merged in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub(crate) tabs: Vec<TabContent>,
    pub(crate) town: Option<TownInfo>,
}

impl Content {
    /// The ten tabs in folder order.
    pub fn tabs(&self) -> &[TabContent] {
        &self.tabs
    }

    /// One tab.
    pub fn tab(&self, tab: TabId) -> &TabContent {
        // The constructors always hold the ten tabs in folder order.
        &self.tabs[tab as usize]
    }

    /// The town whose pack was merged in, if any.
    pub fn town(&self) -> Option<&TownInfo> {
        self.town.as_ref()
    }

    /// A checklist item by key, with its tab.
    pub fn item(&self, key: &str) -> Option<(TabId, &ChecklistItem)> {
        self.tabs.iter().find_map(|t| {
            t.checklist
                .iter()
                .find(|i| i.key == key)
                .map(|i| (t.tab, i))
        })
    }

    /// A contact by key (a contact listed in several tabs is the same in each).
    pub fn contact(&self, key: &str) -> Option<&Contact> {
        self.tabs
            .iter()
            .flat_map(|t| t.contacts.iter())
            .find(|c| c.key == key)
    }

    /// The tabs that list a contact.
    pub fn contact_tabs(&self, key: &str) -> Vec<TabId> {
        self.tabs
            .iter()
            .filter(|t| t.contacts.iter().any(|c| c.key == key))
            .map(|t| t.tab)
            .collect()
    }

    /// Keys of the checklist items that filing a document of this type ticks.
    pub fn items_ticked_by(&self, doctype: &str) -> Vec<&str> {
        self.tabs
            .iter()
            .flat_map(|t| t.checklist.iter())
            .filter(|i| i.doctype.as_deref() == Some(doctype))
            .map(|i| i.key.as_str())
            .collect()
    }

    /// Every Fluent message id this content refers to (intros, tips, items, hints, contact
    /// types and descriptions), without duplicates, in content order.
    pub fn message_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = Vec::new();
        let mut push = |id: &str| {
            if !ids.iter().any(|i| i == id) {
                ids.push(id.to_owned());
            }
        };
        for tab in &self.tabs {
            push(&tab.tab.title_id());
            if let Some(id) = tab.intro.message_id() {
                push(id);
            }
            for tip in &tab.tips {
                if let Some(id) = tip.text.message_id() {
                    push(id);
                }
            }
            for item in &tab.checklist {
                if let Some(id) = item.text.message_id() {
                    push(id);
                }
                if let Some(id) = item.hint.as_ref().and_then(Text::message_id) {
                    push(id);
                }
                if let Some(rule) = item.deadline {
                    push(&rule.message_id());
                    push(NOT_LEGAL_ADVICE_ID);
                }
            }
            for contact in &tab.contacts {
                if let Some(t) = contact.contact_type() {
                    push(&t.name_id());
                    push(&t.desc_id());
                }
            }
        }
        ids
    }
}
