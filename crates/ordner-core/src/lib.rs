//! The domain of Mein Ordner, free of any web dependency so that the browser app, the PDF renderer
//! and the command line tool share it and it is tested natively.
//!
//! - [`lang`]: the languages we offer, with direction, script and review state.
//! - [`i18n`]: Fluent message catalogs loaded from `locales/<lang>/*.ftl`.
//! - [`bidi`]: isolation of left-to-right runs (German terms) inside right-to-left text.
//! - [`tabs`]: the ten register tabs of the folder.
//! - [`content`]: what the tabs hold (introduction, tips, checklist, contacts), document types
//!   and deadline rules, and town content packs.
//! - [`document`]: filed documents, their pages and their versioned record encoding.
//! - [`offer`]: what is offered for a finished file (print, share, save as file; never a
//!   download by itself).

#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, reason = "unit tests")
)]

pub mod agenda;
pub mod bidi;
pub mod content;
pub mod date;
pub mod deadline;
pub mod document;
pub mod error;
pub mod i18n;
pub mod ics;
pub mod lang;
pub mod offer;
pub mod search;
pub mod tabs;

pub use content::{Content, ContentPack};
pub use error::CoreError;
pub use i18n::Catalog;
pub use lang::{Dir, LANGUAGES, Language};
pub use tabs::TabId;
