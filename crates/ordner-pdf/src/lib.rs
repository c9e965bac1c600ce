//! ordner-pdf: the PDF engine of Mein Ordner. Bytes in, bytes out, no web dependencies.
//!
//! - [`fonts`]: the Noto fonts and which files a document needs ([`FontLibrary`]).
//! - [`text`]: bidi, shaping (harfrust) and line breaking ([`text::layout_paragraph`]).
//! - [`doc`]: pages, font subsetting and writing with printpdf ([`doc::DocBuilder`]).
//! - [`blank`]: the blank bilingual folder for offices ([`blank_folder`]).
//! - [`recovery`]: the recovery sheet ([`recovery_sheet`]).
//! - [`consult`]: the consultation printout ([`consultation`]).
//! - [`contacts`]: town contacts in the printouts (opening hours, the facts' age).
//! - [`import`]: pages of imported PDF files, embedded as Form XObjects.
//! - [`jpeg`]: JPEG frame headers for byte-for-byte embedding of scanned pages.
//!
//! See `docs/pdf.md` for how it works and its limits.
#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, reason = "unit tests")
)]

pub mod blank;
pub mod consult;
pub mod contacts;
pub mod doc;
pub mod error;
pub mod fonts;
pub mod import;
pub mod jpeg;
pub mod layout;
pub mod recovery;
pub mod text;

pub use blank::{
    BLANK_FOLDER_STEPS, BlankFolder, DEFAULT_SPINES, SpineLabel, blank_folder,
    blank_folder_with_progress,
};
pub use consult::{
    ConsultDocument, ConsultPage, Consultation, DatedEntry, LogEntry, consultation,
    consultation_faces, consultation_steps, consultation_with_progress,
};
pub use doc::{DocBuilder, DocInfo, PdfOutput};
pub use error::PdfError;
pub use fonts::{Family, FontFace, FontLibrary, Weight, faces_for_scripts};
pub use recovery::{RecoverySheet, recovery_sheet};
pub use text::{Align, LangSpec, Rgb, TextStyle};
