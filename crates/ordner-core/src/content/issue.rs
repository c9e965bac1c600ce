//! Problems found in a content pack: where (file, line, field), what, and the Fluent message
//! that tells it in the person's language.

use std::fmt;

use crate::i18n::{Arg, Catalog};

/// The type of a TOML value, as named in error messages (`$expected`, `$found`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueKind {
    String,
    Integer,
    Float,
    Boolean,
    Datetime,
    Array,
    Table,
}

impl ValueKind {
    /// The key used in messages: `string`, `integer`, `float`, `boolean`, `datetime`, `array`,
    /// `table` (the Fluent messages select on it).
    pub fn key(self) -> &'static str {
        match self {
            ValueKind::String => "string",
            ValueKind::Integer => "integer",
            ValueKind::Float => "float",
            ValueKind::Boolean => "boolean",
            ValueKind::Datetime => "datetime",
            ValueKind::Array => "array",
            ValueKind::Table => "table",
        }
    }
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackIssueKind {
    /// Not valid TOML; `detail` is the parser's own (English) description.
    Syntax {
        detail: String,
    },
    /// Larger than [`crate::content::MAX_PACK_BYTES`].
    TooLarge {
        max_kb: usize,
    },
    /// Not UTF-8; the line is where the first bad byte is.
    NotUtf8,
    /// The file could not be read at all (command line tool).
    Unreadable {
        detail: String,
    },
    /// The `format` version is not the one this app knows.
    UnsupportedFormat {
        found: i64,
    },
    /// A required field is missing.
    MissingField,
    /// A field that the format does not have (often a typing mistake).
    UnknownField,
    /// A value of the wrong type.
    WrongType {
        expected: ValueKind,
        found: ValueKind,
    },
    /// An empty text or list.
    Empty,
    /// A text longer than allowed.
    TooLong {
        max: usize,
    },
    /// A key that is not lowercase kebab-case.
    InvalidKey {
        value: String,
    },
    /// The same key twice in one list.
    DuplicateKey {
        value: String,
    },
    UnknownTab {
        value: String,
    },
    UnknownDoctype {
        value: String,
    },
    UnknownContactType {
        value: String,
    },
    /// A text in a language the app does not have.
    UnknownTextLanguage {
        value: String,
    },
    /// An entry of `languages` that is not a language code.
    InvalidLanguageCode {
        value: String,
    },
    /// A multilingual text without its German version.
    MissingGerman,
    InvalidPhone {
        value: String,
    },
    InvalidEmail {
        value: String,
    },
    InvalidWeb {
        value: String,
    },
    InvalidDate {
        value: String,
    },
    /// `hidden = true` for a key that the content does not have.
    UnknownEntry {
        value: String,
    },
}

impl PackIssueKind {
    /// Every kind's key, for tests that check each message exists.
    pub const ALL_KEYS: &'static [&'static str] = &[
        "syntax",
        "too-large",
        "not-utf8",
        "unreadable",
        "unsupported-format",
        "missing-field",
        "unknown-field",
        "wrong-type",
        "empty",
        "too-long",
        "invalid-key",
        "duplicate-key",
        "unknown-tab",
        "unknown-doctype",
        "unknown-contact-type",
        "unknown-text-language",
        "invalid-language-code",
        "missing-german",
        "invalid-phone",
        "invalid-email",
        "invalid-web",
        "invalid-date",
        "unknown-entry",
    ];

    /// Stable key of the kind.
    pub fn key(&self) -> &'static str {
        match self {
            PackIssueKind::Syntax { .. } => "syntax",
            PackIssueKind::TooLarge { .. } => "too-large",
            PackIssueKind::NotUtf8 => "not-utf8",
            PackIssueKind::Unreadable { .. } => "unreadable",
            PackIssueKind::UnsupportedFormat { .. } => "unsupported-format",
            PackIssueKind::MissingField => "missing-field",
            PackIssueKind::UnknownField => "unknown-field",
            PackIssueKind::WrongType { .. } => "wrong-type",
            PackIssueKind::Empty => "empty",
            PackIssueKind::TooLong { .. } => "too-long",
            PackIssueKind::InvalidKey { .. } => "invalid-key",
            PackIssueKind::DuplicateKey { .. } => "duplicate-key",
            PackIssueKind::UnknownTab { .. } => "unknown-tab",
            PackIssueKind::UnknownDoctype { .. } => "unknown-doctype",
            PackIssueKind::UnknownContactType { .. } => "unknown-contact-type",
            PackIssueKind::UnknownTextLanguage { .. } => "unknown-text-language",
            PackIssueKind::InvalidLanguageCode { .. } => "invalid-language-code",
            PackIssueKind::MissingGerman => "missing-german",
            PackIssueKind::InvalidPhone { .. } => "invalid-phone",
            PackIssueKind::InvalidEmail { .. } => "invalid-email",
            PackIssueKind::InvalidWeb { .. } => "invalid-web",
            PackIssueKind::InvalidDate { .. } => "invalid-date",
            PackIssueKind::UnknownEntry { .. } => "unknown-entry",
        }
    }

    /// The offending value, where the kind has one.
    pub fn value(&self) -> Option<&str> {
        match self {
            PackIssueKind::InvalidKey { value }
            | PackIssueKind::DuplicateKey { value }
            | PackIssueKind::UnknownTab { value }
            | PackIssueKind::UnknownDoctype { value }
            | PackIssueKind::UnknownContactType { value }
            | PackIssueKind::UnknownTextLanguage { value }
            | PackIssueKind::InvalidLanguageCode { value }
            | PackIssueKind::InvalidPhone { value }
            | PackIssueKind::InvalidEmail { value }
            | PackIssueKind::InvalidWeb { value }
            | PackIssueKind::InvalidDate { value }
            | PackIssueKind::UnknownEntry { value } => Some(value),
            _ => None,
        }
    }

    fn describe(&self) -> String {
        match self {
            PackIssueKind::Syntax { detail } => format!("not valid TOML: {detail}"),
            PackIssueKind::TooLarge { max_kb } => format!("file larger than {max_kb} KB"),
            PackIssueKind::NotUtf8 => "not UTF-8".to_owned(),
            PackIssueKind::Unreadable { detail } => format!("cannot read: {detail}"),
            PackIssueKind::UnsupportedFormat { found } => format!(
                "format version {found} is not supported (supported: 1 to {})",
                crate::content::PACK_FORMAT
            ),
            PackIssueKind::MissingField => "missing".to_owned(),
            PackIssueKind::UnknownField => "unknown field".to_owned(),
            PackIssueKind::WrongType { expected, found } => {
                format!("expected {}, found {}", expected.key(), found.key())
            }
            PackIssueKind::Empty => "empty".to_owned(),
            PackIssueKind::TooLong { max } => format!("longer than {max} characters"),
            PackIssueKind::InvalidKey { value } => format!("not a kebab-case key: {value:?}"),
            PackIssueKind::DuplicateKey { value } => format!("duplicate key {value:?}"),
            PackIssueKind::UnknownTab { value } => format!("unknown tab {value:?}"),
            PackIssueKind::UnknownDoctype { value } => {
                format!("unknown document type {value:?}")
            }
            PackIssueKind::UnknownContactType { value } => {
                format!("unknown contact type {value:?}")
            }
            PackIssueKind::UnknownTextLanguage { value } => {
                format!("texts in language {value:?} are not supported")
            }
            PackIssueKind::InvalidLanguageCode { value } => {
                format!("not a language code: {value:?}")
            }
            PackIssueKind::MissingGerman => "German text (de) missing".to_owned(),
            PackIssueKind::InvalidPhone { value } => format!("not a phone number: {value:?}"),
            PackIssueKind::InvalidEmail { value } => format!("not an e-mail address: {value:?}"),
            PackIssueKind::InvalidWeb { value } => {
                format!("not an http(s) web address: {value:?}")
            }
            PackIssueKind::InvalidDate { value } => format!("not a date YYYY-MM-DD: {value:?}"),
            PackIssueKind::UnknownEntry { value } => {
                format!("{value:?} is not in the content, nothing to hide")
            }
        }
    }
}

/// An argument of a pack message, owned.
#[derive(Debug, Clone, PartialEq)]
pub enum PackArg {
    Str(String),
    Num(f64),
}

/// One problem in a content pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackIssue {
    /// The file name as given to the parser (e.g. `dresden.toml`).
    pub file: String,
    /// Line in the file, from 1; 0 when the problem concerns the whole file.
    pub line: usize,
    /// Path of the field, e.g. `contacts[2].phone` (list positions count from 1); empty when
    /// the problem concerns the whole file.
    pub field: String,
    pub kind: PackIssueKind,
}

/// Values longer than this are shortened in messages.
const MAX_VALUE_CHARS: usize = 60;

fn shorten(value: &str) -> String {
    if value.chars().count() <= MAX_VALUE_CHARS {
        value.to_owned()
    } else {
        let mut s: String = value.chars().take(MAX_VALUE_CHARS).collect();
        s.push('…');
        s
    }
}

impl PackIssue {
    /// The Fluent message id: `pack-error-<kind>`.
    pub fn message_id(&self) -> String {
        format!("pack-error-{}", self.kind.key())
    }

    /// The message's variables. Every message takes `$file`; those about a place in the file
    /// take `$line` and `$field`; kinds add their own (`$value`, `$expected`, `$found`, `$max`,
    /// `$allowed`, `$supported`, `$detail`).
    pub fn args(&self) -> Vec<(&'static str, PackArg)> {
        let mut args = vec![("file", PackArg::Str(self.file.clone()))];
        let located = !matches!(
            self.kind,
            PackIssueKind::TooLarge { .. } | PackIssueKind::Unreadable { .. }
        );
        if located {
            args.push(("line", PackArg::Num(self.line as f64)));
        }
        let with_field = !matches!(
            self.kind,
            PackIssueKind::Syntax { .. }
                | PackIssueKind::TooLarge { .. }
                | PackIssueKind::NotUtf8
                | PackIssueKind::Unreadable { .. }
        );
        if with_field {
            args.push(("field", PackArg::Str(self.field.clone())));
        }
        if let Some(value) = self.kind.value() {
            args.push(("value", PackArg::Str(shorten(value))));
        }
        match &self.kind {
            PackIssueKind::Syntax { detail } | PackIssueKind::Unreadable { detail } => {
                args.push(("detail", PackArg::Str(detail.clone())));
            }
            PackIssueKind::TooLarge { max_kb } => {
                args.push(("max", PackArg::Num(*max_kb as f64)));
            }
            PackIssueKind::TooLong { max } => args.push(("max", PackArg::Num(*max as f64))),
            PackIssueKind::UnsupportedFormat { found } => {
                args.push(("found", PackArg::Num(*found as f64)));
                // The message says "versions 1 to { $supported }" (`PACK_FORMATS_READ`, tested).
                args.push((
                    "supported",
                    PackArg::Num(f64::from(crate::content::PACK_FORMAT)),
                ));
            }
            PackIssueKind::WrongType { expected, found } => {
                args.push(("expected", PackArg::Str(expected.key().to_owned())));
                args.push(("found", PackArg::Str(found.key().to_owned())));
            }
            PackIssueKind::UnknownTab { .. } => {
                let allowed: Vec<&str> = crate::tabs::TabId::ALL.iter().map(|t| t.key()).collect();
                args.push(("allowed", PackArg::Str(allowed.join(", "))));
            }
            PackIssueKind::UnknownTextLanguage { .. } => {
                args.push((
                    "allowed",
                    PackArg::Str(crate::content::catalogue::TEXT_LANGUAGES.join(", ")),
                ));
            }
            _ => {}
        }
        args
    }

    /// The message in the catalog's language.
    pub fn format(&self, catalog: &Catalog) -> String {
        let args = self.args();
        let borrowed: Vec<(&str, Arg<'_>)> = args
            .iter()
            .map(|(name, value)| {
                let arg = match value {
                    PackArg::Str(s) => Arg::Str(s),
                    PackArg::Num(n) => Arg::Num(*n),
                };
                (*name, arg)
            })
            .collect();
        catalog.msg_args(&self.message_id(), &borrowed)
    }
}

impl fmt::Display for PackIssue {
    /// `file:line: field: description` in English, for logs and tests.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if !self.field.is_empty() {
            write!(f, ": {}", self.field)?;
        }
        write!(f, ": {}", self.kind.describe())
    }
}

/// Message id of the summary line (`$file`, `$count`).
pub const SUMMARY_ID: &str = "pack-error-summary";
/// Message id of the "pack is fine" line of `ordner check-pack` (`$file`, `$town`, `$contacts`,
/// `$items`, `$tips`).
pub const CHECK_OK_ID: &str = "pack-check-ok";

/// Message id of the warning that a text lacks translations (`$file`, `$line`, `$field`,
/// `$languages`), see [`crate::content::MissingTranslations`].
pub const MISSING_LANGUAGES_ID: &str = "pack-warning-missing-languages";

/// The warning line for a text without some translations, in the catalog's language.
pub fn format_missing(
    catalog: &Catalog,
    file: &str,
    missing: &crate::content::MissingTranslations,
) -> String {
    let languages = missing.languages.join(", ");
    catalog.msg_args(
        MISSING_LANGUAGES_ID,
        &[
            ("file", Arg::Str(file)),
            ("line", Arg::Num(missing.line as f64)),
            ("field", Arg::Str(&missing.field)),
            ("languages", Arg::Str(&languages)),
        ],
    )
}

/// The summary line for a rejected pack, in the catalog's language.
pub fn format_summary(catalog: &Catalog, file: &str, count: usize) -> String {
    catalog.msg_args(
        SUMMARY_ID,
        &[("file", Arg::Str(file)), ("count", Arg::Num(count as f64))],
    )
}
