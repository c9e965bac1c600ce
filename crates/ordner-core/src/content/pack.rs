//! Town content packs: the data, and the validating TOML parser.
//!
//! The format is documented in `docs/content-packs.md`. Parsing checks everything that can be
//! checked from the file alone (syntax, fields, types, keys, catalogues, phone numbers, ...) and
//! reports every problem with its file, line and field. Checks that need the content the pack
//! is merged over (is this a new entry or a change?) happen in [`crate::content::Content::with_pack`].

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::content::catalogue::{ContactType, DocType, is_text_language};
use crate::content::issue::{PackIssue, PackIssueKind, ValueKind};
use crate::content::model::LocalText;
use crate::error::CoreError;
use crate::tabs::TabId;

/// The newest format version: this code reads it and writes it when a pack uses its fields.
///
/// - Version 1: the first format.
/// - Version 2 adds, per contact, `by_appointment` (opening hours "by appointment only") and, per
///   contact, checklist item and tip, `facts_as_of` (the day its facts are from, which can be
///   older than the day the pack was last checked, `updated`).
///
/// Every version stays readable: a pack of version 1 is read as before (the fields of version 2
/// are unknown there), and [`ContentPack::to_toml`] writes version 1 for a pack that uses none
/// of the fields of version 2, so that older apps keep reading it.
pub const PACK_FORMAT: u32 = 2;
/// Every format version this code reads.
pub const PACK_FORMATS_READ: [u32; 2] = [1, 2];
/// Largest pack file accepted, in bytes.
pub const MAX_PACK_BYTES: usize = 256 * 1024;
/// Longest text (a note, a tip, an address), in characters.
pub const MAX_TEXT_CHARS: usize = 2000;
/// Longest name (town, organisation, department, phone, e-mail, web address), in characters.
pub const MAX_NAME_CHARS: usize = 300;
/// Longest key, in characters.
pub const MAX_KEY_CHARS: usize = 64;

/// A contact of a pack: a change of a contact of the content (same `key`) or a new one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackContact {
    pub key: String,
    /// Contact type key (`type` in the file).
    pub kind: Option<String>,
    /// The tabs that list the contact. For a changed contact, `None` keeps its tabs.
    pub tabs: Option<Vec<TabId>>,
    /// Removes the contact from every tab.
    pub hidden: bool,
    pub organisation: Option<String>,
    pub department: Option<String>,
    pub address: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub web: Option<String>,
    pub hours: Option<LocalText>,
    pub languages: Vec<String>,
    pub notes: Option<LocalText>,
    pub source: Option<String>,
    /// Only by appointment (format 2). `None` keeps the content's value.
    pub by_appointment: Option<bool>,
    /// The day the facts are from, `YYYY-MM-DD` (format 2).
    pub facts_as_of: Option<String>,
}

/// A checklist item of a pack: a change of an item of the content (same `key`) or a new one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackItem {
    pub key: String,
    /// For a changed item, `None` keeps its tab.
    pub tab: Option<TabId>,
    pub hidden: bool,
    pub text: Option<LocalText>,
    pub hint: Option<LocalText>,
    pub doctype: Option<String>,
    pub source: Option<String>,
    /// The day the facts are from, `YYYY-MM-DD` (format 2).
    pub facts_as_of: Option<String>,
}

/// A tip of a pack: a change of a tip of the content (same `key`) or a new one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackTip {
    pub key: String,
    pub tab: Option<TabId>,
    pub hidden: bool,
    pub text: Option<LocalText>,
    pub source: Option<String>,
    /// The day the facts are from, `YYYY-MM-DD` (format 2).
    pub facts_as_of: Option<String>,
}

/// Where an entry of a parsed pack stands in its file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntryOrigin {
    /// Position in its list in the file, from 0 (`contacts[index + 1]` in messages).
    pub index: usize,
    /// Line of its `[[...]]` header.
    pub line: usize,
}

/// Where a parsed pack came from: its file name and where each entry stands, so that problems
/// found when merging can name the line and field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PackOrigin {
    pub file: String,
    /// Line of `town = ...` (0 when it is missing).
    pub town_line: usize,
    pub contacts: Vec<EntryOrigin>,
    pub checklist: Vec<EntryOrigin>,
    pub tips: Vec<EntryOrigin>,
}

/// A town content pack.
#[derive(Debug, Clone, Default)]
pub struct ContentPack {
    /// Stable key of the pack, e.g. `dortmund`.
    pub key: String,
    /// The town's name, e.g. `Dortmund`.
    pub town: String,
    /// When the facts were last checked, `YYYY-MM-DD`.
    pub updated: Option<String>,
    /// Where the facts come from (articles, web pages).
    pub sources: Vec<String>,
    pub contacts: Vec<PackContact>,
    pub checklist: Vec<PackItem>,
    pub tips: Vec<PackTip>,
    /// Set by the parser; `None` for a pack built in code (e.g. in the office editor).
    pub origin: Option<PackOrigin>,
}

impl PartialEq for ContentPack {
    /// Two packs are equal when their content is; where they were read from does not matter.
    fn eq(&self, other: &Self) -> bool {
        self.key == other.key
            && self.town == other.town
            && self.updated == other.updated
            && self.sources == other.sources
            && self.contacts == other.contacts
            && self.checklist == other.checklist
            && self.tips == other.tips
    }
}

impl Eq for ContentPack {}

impl ContentPack {
    /// An empty pack for a town.
    pub fn new(key: impl Into<String>, town: impl Into<String>) -> ContentPack {
        ContentPack {
            key: key.into(),
            town: town.into(),
            ..ContentPack::default()
        }
    }

    /// The file name problems are reported under.
    pub fn file_name(&self) -> String {
        match &self.origin {
            Some(o) => o.file.clone(),
            None => format!("{}.toml", self.key),
        }
    }

    /// Reads a pack from the bytes of a file: checks the size and the encoding (UTF-8, an
    /// optional byte order mark is skipped), then [`ContentPack::parse`]s it.
    pub fn parse_bytes(file: &str, bytes: &[u8]) -> Result<ContentPack, CoreError> {
        check_bytes(file, bytes)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => ContentPack::parse(file, text),
            Err(e) => Err(not_utf8(file, bytes, e.valid_up_to())),
        }
    }

    /// Parses and checks a pack. Every problem found is reported, sorted by line.
    pub fn parse(file: &str, text: &str) -> Result<ContentPack, CoreError> {
        let (pack, mut issues) = ContentPack::parse_partial(file, text)?;
        if issues.is_empty() {
            Ok(pack)
        } else {
            sort_issues(&mut issues);
            Err(invalid(file, issues))
        }
    }

    /// Parses a pack as far as it can: the entries without problems, and the problems. Only
    /// problems that stop reading altogether (size, syntax, format version) are an `Err`.
    pub(crate) fn parse_partial(
        file: &str,
        text: &str,
    ) -> Result<(ContentPack, Vec<PackIssue>), CoreError> {
        if text.len() > MAX_PACK_BYTES {
            return Err(invalid(
                file,
                vec![issue(
                    file,
                    0,
                    "",
                    PackIssueKind::TooLarge {
                        max_kb: MAX_PACK_BYTES / 1024,
                    },
                )],
            ));
        }
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
        let root = match DeTable::parse(text) {
            Ok(root) => root,
            Err(e) => {
                let line = e.span().map_or(1, |s| line_at(text, s.start));
                return Err(invalid(
                    file,
                    vec![issue(
                        file,
                        line,
                        "",
                        PackIssueKind::Syntax {
                            detail: e.message().to_owned(),
                        },
                    )],
                ));
            }
        };
        let mut ctx = Ctx {
            file,
            src: text,
            issues: Vec::new(),
            stop: false,
            format: PACK_FORMAT,
        };
        let pack = ctx.pack(root.get_ref(), root.span());
        if ctx.stop {
            return Err(invalid(file, ctx.issues));
        }
        Ok((pack, ctx.issues))
    }

    /// Reads a pack from bytes like [`ContentPack::parse_bytes`], but keeps the entries without
    /// problems and returns the problems beside them.
    pub(crate) fn parse_bytes_partial(
        file: &str,
        bytes: &[u8],
    ) -> Result<(ContentPack, Vec<PackIssue>), CoreError> {
        check_bytes(file, bytes)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => ContentPack::parse_partial(file, text),
            Err(e) => Err(not_utf8(file, bytes, e.valid_up_to())),
        }
    }
}

fn check_bytes(file: &str, bytes: &[u8]) -> Result<(), CoreError> {
    if bytes.len() > MAX_PACK_BYTES {
        return Err(invalid(
            file,
            vec![issue(
                file,
                0,
                "",
                PackIssueKind::TooLarge {
                    max_kb: MAX_PACK_BYTES / 1024,
                },
            )],
        ));
    }
    Ok(())
}

fn not_utf8(file: &str, bytes: &[u8], valid_up_to: usize) -> CoreError {
    let line = bytes[..valid_up_to].iter().filter(|b| **b == b'\n').count() + 1;
    invalid(file, vec![issue(file, line, "", PackIssueKind::NotUtf8)])
}

/// Sorts problems by line, then field.
pub(crate) fn sort_issues(issues: &mut [PackIssue]) {
    issues.sort_by(|a, b| a.line.cmp(&b.line).then_with(|| a.field.cmp(&b.field)));
}

pub(crate) fn issue(file: &str, line: usize, field: &str, kind: PackIssueKind) -> PackIssue {
    PackIssue {
        file: file.to_owned(),
        line,
        field: field.to_owned(),
        kind,
    }
}

pub(crate) fn invalid(file: &str, issues: Vec<PackIssue>) -> CoreError {
    CoreError::InvalidPack {
        file: file.to_owned(),
        issues,
    }
}

/// 1-based line of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

fn kind_of(value: &DeValue<'_>) -> ValueKind {
    match value {
        DeValue::String(_) => ValueKind::String,
        DeValue::Integer(_) => ValueKind::Integer,
        DeValue::Float(_) => ValueKind::Float,
        DeValue::Boolean(_) => ValueKind::Boolean,
        DeValue::Datetime(_) => ValueKind::Datetime,
        DeValue::Array(_) => ValueKind::Array,
        DeValue::Table(_) => ValueKind::Table,
    }
}

type Val<'i> = Spanned<DeValue<'i>>;

/// A table being read, with its path in the file (`contacts[2]`).
struct Obj<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    path: String,
}

impl<'t, 'i> Obj<'t, 'i> {
    fn field(&self, name: &str) -> String {
        if self.path.is_empty() {
            name.to_owned()
        } else {
            format!("{}.{name}", self.path)
        }
    }

    fn get(&self, name: &str) -> Option<&'t Val<'i>> {
        self.table.get(name)
    }
}

struct Ctx<'a> {
    file: &'a str,
    src: &'a str,
    issues: Vec<PackIssue>,
    /// Set when the pack cannot be read any further (another format version).
    stop: bool,
    /// The pack's format version (the newest until `format` is read).
    format: u32,
}

const TOP_FIELDS: &[&str] = &[
    "format",
    "key",
    "town",
    "updated",
    "sources",
    "contacts",
    "checklist",
    "tips",
];
const CONTACT_FIELDS: &[&str] = &[
    "key",
    "type",
    "tabs",
    "hidden",
    "organisation",
    "department",
    "address",
    "phone",
    "email",
    "web",
    "hours",
    "languages",
    "notes",
    "source",
];
const ITEM_FIELDS: &[&str] = &["key", "tab", "hidden", "text", "hint", "doctype", "source"];
const TIP_FIELDS: &[&str] = &["key", "tab", "hidden", "text", "source"];
/// Fields format 2 adds to contacts, checklist items and tips.
const CONTACT_FIELDS_2: &[&str] = &["by_appointment", "facts_as_of"];
const ITEM_FIELDS_2: &[&str] = &["facts_as_of"];
const TIP_FIELDS_2: &[&str] = &["facts_as_of"];

impl Ctx<'_> {
    fn push(&mut self, span: Range<usize>, field: &str, kind: PackIssueKind) {
        let line = line_at(self.src, span.start);
        self.issues.push(issue(self.file, line, field, kind));
    }

    fn pack(&mut self, root: &DeTable<'_>, span: Range<usize>) -> ContentPack {
        let obj = Obj {
            table: root,
            span,
            path: String::new(),
        };
        // The format version first: a pack of another version is not read any further.
        match obj.get("format") {
            None => self.push(obj.span.clone(), "format", PackIssueKind::MissingField),
            Some(v) => match v.get_ref() {
                DeValue::Integer(i) => {
                    let found = i64::from_str_radix(i.as_str(), i.radix()).unwrap_or(i64::MAX);
                    if let Some(version) = PACK_FORMATS_READ
                        .into_iter()
                        .find(|v| i64::from(*v) == found)
                    {
                        self.format = version;
                    } else {
                        self.push(
                            v.span(),
                            "format",
                            PackIssueKind::UnsupportedFormat { found },
                        );
                        self.stop = true;
                        return ContentPack::default();
                    }
                }
                other => self.push(
                    v.span(),
                    "format",
                    PackIssueKind::WrongType {
                        expected: ValueKind::Integer,
                        found: kind_of(other),
                    },
                ),
            },
        }
        self.unknown_fields(&obj, TOP_FIELDS);
        let key = self.required(&obj, "key", |c, v, f| c.key_value(v, f));
        let town = self.required(&obj, "town", |c, v, f| c.text_value(v, f, MAX_NAME_CHARS));
        let updated = self.optional(&obj, "updated", |c, v, f| c.date_value(v, f));
        let sources = self
            .optional(&obj, "sources", |c, v, f| {
                c.string_list(v, f, |c, v, f| c.text_value(v, f, MAX_TEXT_CHARS))
            })
            .unwrap_or_default();

        let mut origin = PackOrigin {
            file: self.file.to_owned(),
            town_line: obj
                .get("town")
                .map_or(0, |v| line_at(self.src, v.span().start)),
            ..PackOrigin::default()
        };
        let contacts = self.entries(&obj, "contacts", &mut origin.contacts, |c, e| c.contact(e));
        let checklist = self.entries(&obj, "checklist", &mut origin.checklist, |c, e| c.item(e));
        let tips = self.entries(&obj, "tips", &mut origin.tips, |c, e| c.tip(e));
        self.duplicates("contacts", &obj);
        self.duplicates("checklist", &obj);
        self.duplicates("tips", &obj);

        ContentPack {
            key: key.unwrap_or_default(),
            town: town.unwrap_or_default(),
            updated,
            sources,
            contacts,
            checklist,
            tips,
            origin: Some(origin),
        }
    }

    /// Reports a key used twice in one list, at every use after the first.
    fn duplicates(&mut self, list: &str, obj: &Obj<'_, '_>) {
        let Some(DeValue::Array(array)) = obj.get(list).map(Spanned::get_ref) else {
            return;
        };
        let mut seen: Vec<&str> = Vec::new();
        for (i, entry) in array.iter().enumerate() {
            let DeValue::Table(table) = entry.get_ref() else {
                continue;
            };
            let Some(key_value) = table.get("key") else {
                continue;
            };
            let Some(key) = key_value.get_ref().as_str().map(str::trim) else {
                continue;
            };
            if seen.contains(&key) {
                self.push(
                    key_value.span(),
                    &format!("{list}[{}].key", i + 1),
                    PackIssueKind::DuplicateKey {
                        value: key.to_owned(),
                    },
                );
            } else {
                seen.push(key);
            }
        }
    }

    /// Reads an array of tables; entries with problems are left out (their problems reported).
    fn entries<T>(
        &mut self,
        obj: &Obj<'_, '_>,
        name: &str,
        origins: &mut Vec<EntryOrigin>,
        mut read: impl FnMut(&mut Self, &Obj<'_, '_>) -> Option<T>,
    ) -> Vec<T> {
        let Some(value) = obj.get(name) else {
            return Vec::new();
        };
        let DeValue::Array(array) = value.get_ref() else {
            self.wrong_type(value, name, ValueKind::Array);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, entry) in array.iter().enumerate() {
            let path = format!("{name}[{}]", i + 1);
            let DeValue::Table(table) = entry.get_ref() else {
                self.wrong_type(entry, &path, ValueKind::Table);
                continue;
            };
            let entry_obj = Obj {
                table,
                span: entry.span(),
                path,
            };
            if let Some(item) = read(self, &entry_obj) {
                out.push(item);
                origins.push(EntryOrigin {
                    index: i,
                    line: line_at(self.src, entry.span().start),
                });
            }
        }
        out
    }

    fn contact(&mut self, obj: &Obj<'_, '_>) -> Option<PackContact> {
        let before = self.issues.len();
        self.unknown_fields_v(obj, CONTACT_FIELDS, CONTACT_FIELDS_2);
        let key = self.required(obj, "key", |c, v, f| c.key_value(v, f));
        let kind = self.optional(obj, "type", |c, v, f| {
            let key = c.key_value(v, f)?;
            if ContactType::by_key(&key).is_none() {
                c.push(
                    v.span(),
                    f,
                    PackIssueKind::UnknownContactType { value: key },
                );
                return None;
            }
            Some(key)
        });
        let tabs = self.optional(obj, "tabs", |c, v, f| c.tab_list(v, f));
        let hidden = self.optional(obj, "hidden", |c, v, f| c.bool_value(v, f));
        let organisation = self.optional(obj, "organisation", |c, v, f| {
            c.text_value(v, f, MAX_NAME_CHARS)
        });
        let department = self.optional(obj, "department", |c, v, f| {
            c.text_value(v, f, MAX_NAME_CHARS)
        });
        let address = self.optional(obj, "address", |c, v, f| c.text_value(v, f, MAX_TEXT_CHARS));
        let phone = self.optional(obj, "phone", |c, v, f| {
            c.checked_text(v, f, valid_phone, |value| PackIssueKind::InvalidPhone {
                value,
            })
        });
        let email = self.optional(obj, "email", |c, v, f| {
            c.checked_text(v, f, valid_email, |value| PackIssueKind::InvalidEmail {
                value,
            })
        });
        let web = self.optional(obj, "web", |c, v, f| {
            c.checked_text(v, f, valid_web, |value| PackIssueKind::InvalidWeb { value })
        });
        let hours = self.optional(obj, "hours", |c, v, f| c.local_text(v, f));
        let languages = self.optional(obj, "languages", |c, v, f| {
            let list = c.string_list(v, f, |c, v, f| {
                let code = c.text_value(v, f, 8)?;
                if valid_language_code(&code) {
                    Some(code)
                } else {
                    c.push(
                        v.span(),
                        f,
                        PackIssueKind::InvalidLanguageCode { value: code },
                    );
                    None
                }
            })?;
            c.no_duplicates(v, f, &list);
            Some(list)
        });
        let notes = self.optional(obj, "notes", |c, v, f| c.local_text(v, f));
        let source = self.optional(obj, "source", |c, v, f| c.text_value(v, f, MAX_TEXT_CHARS));
        let (by_appointment, facts_as_of) = if self.format >= 2 {
            (
                self.optional(obj, "by_appointment", |c, v, f| c.bool_value(v, f)),
                self.optional(obj, "facts_as_of", |c, v, f| c.date_value(v, f)),
            )
        } else {
            (None, None)
        };
        if self.issues.len() > before {
            return None;
        }
        Some(PackContact {
            key: key?,
            kind,
            tabs,
            hidden: hidden.unwrap_or(false),
            organisation,
            department,
            address,
            phone,
            email,
            web,
            hours,
            languages: languages.unwrap_or_default(),
            notes,
            source,
            by_appointment,
            facts_as_of,
        })
    }

    fn item(&mut self, obj: &Obj<'_, '_>) -> Option<PackItem> {
        let before = self.issues.len();
        self.unknown_fields_v(obj, ITEM_FIELDS, ITEM_FIELDS_2);
        let key = self.required(obj, "key", |c, v, f| c.key_value(v, f));
        let tab = self.optional(obj, "tab", |c, v, f| c.tab_value(v, f));
        let hidden = self.optional(obj, "hidden", |c, v, f| c.bool_value(v, f));
        let text = self.optional(obj, "text", |c, v, f| c.local_text(v, f));
        let hint = self.optional(obj, "hint", |c, v, f| c.local_text(v, f));
        let doctype = self.optional(obj, "doctype", |c, v, f| {
            let key = c.key_value(v, f)?;
            if DocType::by_key(&key).is_none() {
                c.push(v.span(), f, PackIssueKind::UnknownDoctype { value: key });
                return None;
            }
            Some(key)
        });
        let source = self.optional(obj, "source", |c, v, f| c.text_value(v, f, MAX_TEXT_CHARS));
        let facts_as_of = self.facts_as_of(obj);
        if self.issues.len() > before {
            return None;
        }
        Some(PackItem {
            key: key?,
            tab,
            hidden: hidden.unwrap_or(false),
            text,
            hint,
            doctype,
            source,
            facts_as_of,
        })
    }

    fn tip(&mut self, obj: &Obj<'_, '_>) -> Option<PackTip> {
        let before = self.issues.len();
        self.unknown_fields_v(obj, TIP_FIELDS, TIP_FIELDS_2);
        let key = self.required(obj, "key", |c, v, f| c.key_value(v, f));
        let tab = self.optional(obj, "tab", |c, v, f| c.tab_value(v, f));
        let hidden = self.optional(obj, "hidden", |c, v, f| c.bool_value(v, f));
        let text = self.optional(obj, "text", |c, v, f| c.local_text(v, f));
        let source = self.optional(obj, "source", |c, v, f| c.text_value(v, f, MAX_TEXT_CHARS));
        let facts_as_of = self.facts_as_of(obj);
        if self.issues.len() > before {
            return None;
        }
        Some(PackTip {
            key: key?,
            tab,
            hidden: hidden.unwrap_or(false),
            text,
            source,
            facts_as_of,
        })
    }

    /// `facts_as_of` of an entry (format 2; unknown in format 1).
    fn facts_as_of(&mut self, obj: &Obj<'_, '_>) -> Option<String> {
        if self.format >= 2 {
            self.optional(obj, "facts_as_of", |c, v, f| c.date_value(v, f))
        } else {
            None
        }
    }

    // ---- fields ----

    /// Reports the fields neither in `allowed` nor, from format 2 on, in `allowed_2`.
    fn unknown_fields_v(&mut self, obj: &Obj<'_, '_>, allowed: &[&str], allowed_2: &[&str]) {
        for (key, _) in obj.table.iter() {
            let name: &str = key.get_ref();
            if !allowed.contains(&name) && (self.format < 2 || !allowed_2.contains(&name)) {
                self.push(key.span(), &obj.field(name), PackIssueKind::UnknownField);
            }
        }
    }

    fn unknown_fields(&mut self, obj: &Obj<'_, '_>, allowed: &[&str]) {
        for (key, _) in obj.table.iter() {
            let name: &str = key.get_ref();
            if !allowed.contains(&name) {
                self.push(key.span(), &obj.field(name), PackIssueKind::UnknownField);
            }
        }
    }

    fn required<T>(
        &mut self,
        obj: &Obj<'_, '_>,
        name: &str,
        read: impl FnOnce(&mut Self, &Val<'_>, &str) -> Option<T>,
    ) -> Option<T> {
        let field = obj.field(name);
        match obj.get(name) {
            Some(v) => read(self, v, &field),
            None => {
                self.push(obj.span.clone(), &field, PackIssueKind::MissingField);
                None
            }
        }
    }

    fn optional<T>(
        &mut self,
        obj: &Obj<'_, '_>,
        name: &str,
        read: impl FnOnce(&mut Self, &Val<'_>, &str) -> Option<T>,
    ) -> Option<T> {
        let field = obj.field(name);
        obj.get(name).and_then(|v| read(self, v, &field))
    }

    fn wrong_type(&mut self, v: &Val<'_>, field: &str, expected: ValueKind) {
        self.push(
            v.span(),
            field,
            PackIssueKind::WrongType {
                expected,
                found: kind_of(v.get_ref()),
            },
        );
    }

    /// A string, trimmed, not empty, at most `max` characters.
    fn text_value(&mut self, v: &Val<'_>, field: &str, max: usize) -> Option<String> {
        let DeValue::String(s) = v.get_ref() else {
            self.wrong_type(v, field, ValueKind::String);
            return None;
        };
        let trimmed = s.trim();
        if trimmed.is_empty() {
            self.push(v.span(), field, PackIssueKind::Empty);
            return None;
        }
        if trimmed.chars().count() > max {
            self.push(v.span(), field, PackIssueKind::TooLong { max });
            return None;
        }
        Some(trimmed.to_owned())
    }

    fn checked_text(
        &mut self,
        v: &Val<'_>,
        field: &str,
        valid: fn(&str) -> bool,
        kind: fn(String) -> PackIssueKind,
    ) -> Option<String> {
        let text = self.text_value(v, field, MAX_NAME_CHARS)?;
        if valid(&text) {
            Some(text)
        } else {
            self.push(v.span(), field, kind(text));
            None
        }
    }

    fn key_value(&mut self, v: &Val<'_>, field: &str) -> Option<String> {
        let text = self.text_value(v, field, MAX_KEY_CHARS)?;
        if valid_key(&text) {
            Some(text)
        } else {
            self.push(v.span(), field, PackIssueKind::InvalidKey { value: text });
            None
        }
    }

    fn bool_value(&mut self, v: &Val<'_>, field: &str) -> Option<bool> {
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(v, field, ValueKind::Boolean);
                None
            }
        }
    }

    fn date_value(&mut self, v: &Val<'_>, field: &str) -> Option<String> {
        let text = match v.get_ref() {
            // A TOML date (`updated = 2025-03-31`) is accepted as well as a string.
            DeValue::Datetime(d) => d.to_string(),
            DeValue::String(_) => self.text_value(v, field, 32)?,
            _ => {
                self.wrong_type(v, field, ValueKind::String);
                return None;
            }
        };
        if valid_date(&text) {
            Some(text)
        } else {
            self.push(v.span(), field, PackIssueKind::InvalidDate { value: text });
            None
        }
    }

    fn tab_value(&mut self, v: &Val<'_>, field: &str) -> Option<TabId> {
        let DeValue::String(s) = v.get_ref() else {
            self.wrong_type(v, field, ValueKind::String);
            return None;
        };
        match TabId::from_key(s.trim()) {
            Some(tab) => Some(tab),
            None => {
                self.push(
                    v.span(),
                    field,
                    PackIssueKind::UnknownTab {
                        value: s.to_string(),
                    },
                );
                None
            }
        }
    }

    fn tab_list(&mut self, v: &Val<'_>, field: &str) -> Option<Vec<TabId>> {
        let tabs = self.list(v, field, |c, v, f| c.tab_value(v, f))?;
        let keys: Vec<String> = tabs.iter().map(|t| t.key().to_owned()).collect();
        self.no_duplicates(v, field, &keys);
        Some(tabs)
    }

    fn string_list(
        &mut self,
        v: &Val<'_>,
        field: &str,
        read: impl FnMut(&mut Self, &Val<'_>, &str) -> Option<String>,
    ) -> Option<Vec<String>> {
        self.list(v, field, read)
    }

    /// A non-empty array whose every element `read` accepts.
    fn list<T>(
        &mut self,
        v: &Val<'_>,
        field: &str,
        mut read: impl FnMut(&mut Self, &Val<'_>, &str) -> Option<T>,
    ) -> Option<Vec<T>> {
        let DeValue::Array(array) = v.get_ref() else {
            self.wrong_type(v, field, ValueKind::Array);
            return None;
        };
        if array.is_empty() {
            self.push(v.span(), field, PackIssueKind::Empty);
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        for (i, element) in array.iter().enumerate() {
            match read(self, element, &format!("{field}[{}]", i + 1)) {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// Reports the second use of a value in a list (`tabs`, `languages`).
    fn no_duplicates(&mut self, v: &Val<'_>, field: &str, values: &[String]) {
        let DeValue::Array(array) = v.get_ref() else {
            return;
        };
        for (i, value) in values.iter().enumerate() {
            if values[..i].contains(value) {
                let span = array.get(i).map_or(v.span(), Spanned::span);
                self.push(
                    span,
                    &format!("{field}[{}]", i + 1),
                    PackIssueKind::DuplicateKey {
                        value: value.clone(),
                    },
                );
            }
        }
    }

    /// A table of texts by language code, with German.
    fn local_text(&mut self, v: &Val<'_>, field: &str) -> Option<LocalText> {
        let DeValue::Table(table) = v.get_ref() else {
            self.wrong_type(v, field, ValueKind::Table);
            return None;
        };
        let before = self.issues.len();
        let mut texts: Vec<(String, String)> = Vec::new();
        for (code, value) in table.iter() {
            let code: &str = code.get_ref();
            let path = format!("{field}.{code}");
            if !is_text_language(code) {
                self.push(
                    value.span(),
                    &path,
                    PackIssueKind::UnknownTextLanguage {
                        value: code.to_owned(),
                    },
                );
                continue;
            }
            if let Some(text) = self.text_value(value, &path, MAX_TEXT_CHARS) {
                texts.push((code.to_owned(), text));
            }
        }
        let german = texts
            .iter()
            .find(|(c, _)| c == crate::lang::GERMAN)
            .map(|(_, t)| t.clone());
        let Some(german) = german else {
            // An empty German text was reported already; only report a German text that is absent.
            if !table.contains_key(crate::lang::GERMAN) {
                self.push(v.span(), field, PackIssueKind::MissingGerman);
            }
            return None;
        };
        if self.issues.len() > before {
            return None;
        }
        let mut local = LocalText::new(german);
        for (code, text) in texts {
            local.set(&code, text);
        }
        Some(local)
    }
}

/// Lowercase kebab-case: `a-z`, `0-9`, single hyphens inside.
pub fn valid_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= MAX_KEY_CHARS
        && key.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Digits, spaces and `+ / - ( ) .`, with `+` only at the start and at least three digits.
pub fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    digits >= 3
        && phone
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '/' | '-' | '(' | ')' | '.'))
        && !phone.chars().skip(1).any(|c| c == '+')
}

/// `local@domain.tld` without spaces or characters that do not belong in an address.
pub fn valid_email(email: &str) -> bool {
    let mut parts = email.split('@');
    let (Some(local), Some(domain), None) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let bad = |c: char| c.is_whitespace() || c.is_control() || "<>()[]\\,;:\"".contains(c);
    !local.is_empty()
        && !local.chars().any(bad)
        && !domain.chars().any(bad)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
}

/// `https://host...` or `http://host...`, with a dotted host and no spaces.
pub fn valid_web(web: &str) -> bool {
    let rest = web
        .strip_prefix("https://")
        .or_else(|| web.strip_prefix("http://"));
    let Some(rest) = rest else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && !web.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// 2 or 3 lowercase letters (ISO 639), as in `languages = ["de", "ar", "prs"]`.
pub fn valid_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// A calendar date `YYYY-MM-DD`, as [`crate::date::Date::parse_iso`] reads it (the one date
/// parser: years 1900–2999).
pub fn valid_date(date: &str) -> bool {
    crate::date::Date::parse_iso(date).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn value_checks() {
        assert!(valid_key("migrado"));
        assert!(valid_key("lokal-willkommen-2"));
        assert!(!valid_key("Migrado"));
        assert!(!valid_key("a--b"));
        assert!(!valid_key("-a"));
        assert!(!valid_key("a_b"));
        assert!(valid_phone("05341 / 839-4121"));
        assert!(valid_phone("+49 (0)231 50-0"));
        assert!(!valid_phone("0231 x 5"));
        assert!(!valid_phone("12"));
        assert!(!valid_phone("0231+5"));
        assert!(valid_email("info@stadt.example.de"));
        assert!(!valid_email("info@stadt"));
        assert!(!valid_email("in fo@stadt.de"));
        assert!(!valid_email("a@b@c.de"));
        assert!(valid_web("https://www.dresden.de"));
        assert!(valid_web("http://example.org/a?b#c"));
        assert!(!valid_web("www.dresden.de"));
        assert!(!valid_web("https://"));
        assert!(!valid_web("https://dresden de"));
        assert!(valid_date("2024-02-29"));
        assert!(!valid_date("2023-02-29"));
        assert!(!valid_date("2024-13-01"));
        assert!(!valid_date("24-01-01"));
        assert!(valid_language_code("prs"));
        assert!(!valid_language_code("DE"));
        assert!(!valid_language_code("deutsch"));
    }
}
