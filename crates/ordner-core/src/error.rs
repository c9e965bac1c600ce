use thiserror::Error;

/// Every error of the core crate.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum CoreError {
    #[error("unknown language code `{0}`")]
    UnknownLanguage(String),
    #[error("{file}:{line}: Fluent syntax error: {message}")]
    FluentSyntax {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: message `{id}` is defined twice")]
    DuplicateMessage { file: String, id: String },
    /// A language bundle of the web build (`locales/<code>.ftl`) that is not what this build
    /// makes: a file missing, unknown or twice, or no file markers.
    #[error("{bundle}: broken message bundle: {message}")]
    BadBundle { bundle: String, message: String },
    #[error("cannot read {path}: {message}")]
    Io { path: String, message: String },
    /// Not a calendar day (or outside the years 1900–2999); holds the text given.
    #[error("not a valid date: `{0}` (expected YYYY-MM-DD)")]
    InvalidDate(String),
    /// Not a time of day; holds the text given.
    #[error("not a valid time: `{0}` (expected HH:MM)")]
    InvalidTime(String),
    /// A stored appointment or consultation entry that cannot be read.
    #[error("{kind} record: {detail}")]
    InvalidRecord { kind: &'static str, detail: String },
    /// A stored record written by a newer version of the app.
    #[error("{kind} record version {version} is newer than this app understands")]
    NewerRecordVersion { kind: &'static str, version: u32 },
    /// A stored document record that cannot be read.
    #[error("damaged document record: {0}")]
    DocumentFormat(String),
    /// A stored document record written by a newer app.
    #[error("document record format {found}; this app reads up to {supported}")]
    DocumentVersion { found: u8, supported: u8 },
    /// A content pack with problems; `issues` holds every one found, sorted by line, each with
    /// its Fluent message (`PackIssue::format`).
    #[error("{file}: content pack rejected ({} problem(s)); first: {}", issues.len(), issues.first().map(ToString::to_string).unwrap_or_default())]
    InvalidPack {
        file: String,
        issues: Vec<crate::content::PackIssue>,
    },
}

impl CoreError {
    /// The problems of a rejected content pack.
    pub fn pack_issues(&self) -> Option<&[crate::content::PackIssue]> {
        match self {
            CoreError::InvalidPack { issues, .. } => Some(issues),
            _ => None,
        }
    }
}
