//! Reading a letter: from the text recognised on a photographed German letter, proposals for the
//! person to confirm — who sent it, which document type it is, the letter's date, the "gültig bis"
//! date of a permit, an appointment (date, time, place) and, for a BAMF decision, what it decides.
//!
//! Every proposal carries a [`Confidence`] and the [`Span`] of the text it came from (to highlight
//! it on the page). Nothing here is set silently: the app shows proposals as proposals. Dates are
//! the dangerous part, so a date is [`Confidence::High`] only when its label says what it is
//! (`gültig bis`, `Datum:`, `am … um … Uhr`) and it was read without repair; the date of service
//! (Zustellung), which starts a lawsuit deadline, is never on the letter and is always asked.
//!
//! [`SearchText`] folds recognised text for search inside documents (case, `ä`/`ae`/`a`, `ß`/`ss`).
//!
//! No web dependencies; tested natively (`cargo test -p ordner-letter`), including a set of whole
//! letters under `tests/letters/`.

#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, reason = "unit tests")
)]

pub mod bamf;
pub mod classify;
pub mod confirm;
pub mod dates;
pub mod fold;
pub mod ocr_protocol;
pub mod page_text;
mod read;
pub mod truth;

pub use bamf::{Finding, Protection};
pub use classify::Sender;
pub use fold::{Folded, SearchText, Span};
pub use read::{Appointment, Reading, read_letter};

/// How sure a proposal is. Only `High` may be shown pre-selected; the person still confirms it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn key(self) -> &'static str {
        match self {
            Confidence::Low => "low",
            Confidence::Medium => "medium",
            Confidence::High => "high",
        }
    }
}

/// A proposed value, how sure it is, and where in the text it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal<T> {
    pub value: T,
    pub confidence: Confidence,
    pub span: Span,
}

impl<T> Proposal<T> {
    pub fn is_confident(&self) -> bool {
        self.confidence == Confidence::High
    }
}
