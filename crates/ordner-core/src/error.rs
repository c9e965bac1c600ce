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
    #[error("cannot read {path}: {message}")]
    Io { path: String, message: String },
}
