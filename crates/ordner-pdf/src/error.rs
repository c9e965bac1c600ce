use thiserror::Error;

/// Every error of the PDF engine.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The bytes given for a font are not a font the engine can read.
    #[error("font {face}: the data is not a readable TrueType font")]
    BadFont { face: String },
    /// A font the document needs was not given to the engine.
    #[error("font {face} is needed but was not loaded (file {file})")]
    MissingFont { face: String, file: String },
    /// Reading a font file from disk failed (native callers only).
    #[error("cannot read font file {path}: {message}")]
    FontIo { path: String, message: String },
    /// Subsetting a font for embedding failed.
    #[error("cannot subset font {face}: {message}")]
    Subset { face: String, message: String },
    /// A scanned page is not a baseline or progressive JPEG the engine can pass through.
    #[error("scanned page {index}: {message}")]
    BadJpeg { index: usize, message: String },
    /// The QR code matrix of the recovery sheet is empty or not square.
    #[error(
        "the QR code matrix must be square and non-empty (got {rows} rows, row lengths {detail})"
    )]
    BadQr { rows: usize, detail: String },
    /// The recovery key is empty.
    #[error("the recovery key is empty")]
    EmptyRecoveryKey,
    /// The language code is not one the app offers.
    #[error("unknown language code `{0}`")]
    UnknownLanguage(String),
    /// Writing the finished PDF failed.
    #[error("cannot write the PDF: {0}")]
    Write(String),
}
