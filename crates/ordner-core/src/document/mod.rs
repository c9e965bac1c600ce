//! Filed documents: a paper the person photographed or imported, filed behind a tab.
//!
//! - [`Document`]: the metadata of one paper and its [`Page`]s (each page names the vault blobs
//!   of its full image or PDF and of its thumbnail; the bytes themselves live in the vault).
//! - [`DocumentForm`]: the fields as typed, checked into a document ([`DocumentForm::apply`]).
//! - [`encode`]: the small, versioned record encoding stored (encrypted) in the vault.
//! - [`ticks_on_save`]: which checklist items filing a document ticks.
//!
//! Dates are [`crate::date::Date`]s, stored as `YYYY-MM-DD`.

pub mod encode;
pub mod image;

pub use encode::{FORMAT_VERSION, decode, encode};

use crate::content::{AsylumOutcome, Content, DeadlineRule, DocType};
use crate::date::Date;
pub use crate::deadline::{optional_date as parse_optional_date, outcome_by_key};
use crate::tabs::TabId;

/// The vault record kind documents are stored under.
pub const RECORD_KIND: &str = "document";
/// Longest title and issuer, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest notes, in characters.
pub const MAX_NOTES_CHARS: usize = 10_000;
/// Most pages per document.
pub const MAX_PAGES: usize = 50;

/// What a stored page holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PageMime {
    /// A JPEG re-encoded by the app (no metadata).
    Jpeg,
    /// A PDF kept as it was imported.
    Pdf,
}

impl PageMime {
    /// The MIME type.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            PageMime::Jpeg => "image/jpeg",
            PageMime::Pdf => "application/pdf",
        }
    }

    /// Parses a MIME type this app stores.
    #[must_use]
    pub fn from_mime(mime: &str) -> Option<PageMime> {
        match mime {
            "image/jpeg" => Some(PageMime::Jpeg),
            "application/pdf" => Some(PageMime::Pdf),
            _ => None,
        }
    }
}

/// Clockwise quarter turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Rotation {
    #[default]
    R0,
    R90,
    R180,
    R270,
}

impl Rotation {
    /// Degrees clockwise: 0, 90, 180 or 270.
    #[must_use]
    pub fn degrees(self) -> u16 {
        match self {
            Rotation::R0 => 0,
            Rotation::R90 => 90,
            Rotation::R180 => 180,
            Rotation::R270 => 270,
        }
    }

    /// From degrees (any multiple of 90, also negative); `None` otherwise.
    #[must_use]
    pub fn from_degrees(degrees: i32) -> Option<Rotation> {
        if degrees % 90 != 0 {
            return None;
        }
        Some(match degrees.rem_euclid(360) {
            0 => Rotation::R0,
            90 => Rotation::R90,
            180 => Rotation::R180,
            _ => Rotation::R270,
        })
    }

    /// A further quarter turn clockwise.
    #[must_use]
    pub fn turned_right(self) -> Rotation {
        Rotation::from_degrees(i32::from(self.degrees()) + 90).unwrap_or_default()
    }

    /// Whether width and height swap.
    #[must_use]
    pub fn swaps_sides(self) -> bool {
        matches!(self, Rotation::R90 | Rotation::R270)
    }
}

/// One page of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// Vault blob id of the full JPEG or PDF.
    pub blob: String,
    /// Vault blob id of the small JPEG thumbnail (none for PDFs).
    pub thumb: Option<String>,
    pub mime: PageMime,
    /// Pixels (0 for PDFs).
    pub width: u32,
    pub height: u32,
    /// Display rotation. JPEG pages are turned on their pixels, so it stays [`Rotation::R0`];
    /// PDFs keep their bytes and are shown turned.
    pub rotation: Rotation,
    /// Size of the full page in bytes (before encryption).
    pub bytes: u64,
}

/// A filed paper.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Vault record id (random, see `ordner_vault::RecordId::random`).
    pub id: String,
    /// Key of a [`DocType`] of the catalogue (kept as text: a newer catalogue may know more).
    pub doc_type: String,
    /// The tab it is filed behind.
    pub tab: TabId,
    pub title: String,
    pub issuer: String,
    /// The day it was received, or for a BAMF decision the day of service.
    pub received: Option<Date>,
    pub valid_until: Option<Date>,
    /// The day the person moved in (types with [`DeadlineRule::RegisterAddress`]).
    pub moved_in: Option<Date>,
    /// The date of the appointment the letter gives (types with [`DeadlineRule::BamfAppointment`]).
    pub appointment: Option<Date>,
    /// The date printed on the letter itself (decisions: shown beside the received date; the
    /// editor offers the 4th day after it as the earliest legal start).
    pub letter_date: Option<Date>,
    /// What a BAMF decision says (types with [`DeadlineRule::AsylumDecision`]).
    pub outcome: Option<AsylumOutcome>,
    pub notes: String,
    pub pages: Vec<Page>,
    /// Milliseconds since 1970 (UTC).
    pub created_ms: u64,
    pub updated_ms: u64,
}

impl Document {
    /// The catalogue entry of its type, if this app knows it.
    #[must_use]
    pub fn doc_type(&self) -> Option<&'static DocType> {
        DocType::by_key(&self.doc_type)
    }

    /// Every vault blob id this document refers to (pages and thumbnails).
    #[must_use]
    pub fn blob_ids(&self) -> Vec<&str> {
        self.pages
            .iter()
            .flat_map(|p| std::iter::once(p.blob.as_str()).chain(p.thumb.as_deref()))
            .collect()
    }

    /// The first page's thumbnail blob id.
    #[must_use]
    pub fn cover_thumb(&self) -> Option<&str> {
        self.pages.iter().find_map(|p| p.thumb.as_deref())
    }
}

/// Which optional fields a document type asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeFields {
    /// The received date is the day of service (date on the yellow envelope).
    pub served: bool,
    /// Ask for the day the person moved in.
    pub moved_in: bool,
    /// Ask what the BAMF decision says.
    pub outcome: bool,
    /// Ask for the date of the appointment on the letter.
    pub appointment: bool,
    /// A decision whose remedy runs from the day it was served or received: saving asks for
    /// that day (or "I don't know", which keeps a warning), and for the letter's own date.
    pub needs_date: bool,
}

impl TypeFields {
    /// The fields for a document type key (unknown types get the plain fields).
    #[must_use]
    pub fn for_type(doc_type: &str) -> TypeFields {
        let rule = DocType::by_key(doc_type).and_then(|d| d.deadline);
        TypeFields {
            served: rule == Some(DeadlineRule::AsylumDecision),
            moved_in: rule == Some(DeadlineRule::RegisterAddress),
            outcome: rule == Some(DeadlineRule::AsylumDecision),
            appointment: rule == Some(DeadlineRule::BamfAppointment),
            needs_date: rule.is_some_and(DeadlineRule::needs_received_date),
        }
    }
}

/// A form field, for pointing at a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    DocType,
    Title,
    Issuer,
    Received,
    ValidUntil,
    MovedIn,
    Appointment,
    LetterDate,
    Notes,
    Pages,
}

impl Field {
    /// Stable key (used for element ids and test hooks).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Field::DocType => "type",
            Field::Title => "title",
            Field::Issuer => "issuer",
            Field::Received => "received",
            Field::ValidUntil => "valid-until",
            Field::MovedIn => "moved-in",
            Field::Appointment => "appointment",
            Field::LetterDate => "letter-date",
            Field::Notes => "notes",
            Field::Pages => "pages",
        }
    }
}

/// A problem with one field: the field and the Fluent message that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldProblem {
    pub field: Field,
    pub message_id: &'static str,
}

/// The fields of the add/edit form, as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentForm {
    pub doc_type: String,
    pub title: String,
    pub issuer: String,
    pub received: String,
    pub valid_until: String,
    pub moved_in: String,
    pub appointment: String,
    pub letter_date: String,
    /// The person does not know the day it was served or received: saving without it is
    /// allowed, and the paper shows a warning instead of a deadline.
    pub date_unknown: bool,
    /// An [`AsylumOutcome`] key or empty.
    pub outcome: String,
    pub notes: String,
}

impl DocumentForm {
    /// The form filled from a stored document.
    #[must_use]
    pub fn from_document(doc: &Document) -> DocumentForm {
        let date = |d: &Option<Date>| d.map(Date::to_iso).unwrap_or_default();
        DocumentForm {
            doc_type: doc.doc_type.clone(),
            title: doc.title.clone(),
            issuer: doc.issuer.clone(),
            received: date(&doc.received),
            valid_until: date(&doc.valid_until),
            moved_in: date(&doc.moved_in),
            appointment: date(&doc.appointment),
            letter_date: date(&doc.letter_date),
            date_unknown: doc.received.is_none() && TypeFields::for_type(&doc.doc_type).needs_date,
            outcome: doc.outcome.map(|o| o.key().to_owned()).unwrap_or_default(),
            notes: doc.notes.clone(),
        }
    }

    /// Checks the form and writes its fields into `doc` (type, tab, texts, dates, outcome).
    /// Fields the type does not ask for are cleared. Pages and timestamps are left alone;
    /// `page_count` is the number of pages the document will have.
    ///
    /// # Errors
    /// Every problem found (nothing is written then).
    pub fn apply(&self, doc: &mut Document, page_count: usize) -> Result<(), Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let mut problem = |field, message_id| problems.push(FieldProblem { field, message_id });
        let doc_type = DocType::by_key(self.doc_type.trim());
        if doc_type.is_none() {
            problem(Field::DocType, "doc-error-type");
        }
        let fields = TypeFields::for_type(self.doc_type.trim());
        let mut date = |field, text: &str, wanted: bool| {
            if !wanted {
                return None;
            }
            match parse_optional_date(text) {
                Ok(d) => d,
                Err(_) => {
                    problem(field, "doc-error-date");
                    None
                }
            }
        };
        let received = date(Field::Received, &self.received, true);
        let valid_until = date(Field::ValidUntil, &self.valid_until, true);
        let moved_in = date(Field::MovedIn, &self.moved_in, fields.moved_in);
        let appointment = date(Field::Appointment, &self.appointment, fields.appointment);
        let letter_date = date(Field::LetterDate, &self.letter_date, fields.needs_date);
        // A decision that starts a deadline asks for the day it came; "I don't know" is an
        // answer too (the paper then shows a warning).
        if fields.needs_date && !self.date_unknown && self.received.trim().is_empty() {
            problems.push(FieldProblem {
                field: Field::Received,
                message_id: "doc-error-date-needed",
            });
        }
        let mut problem = |field, message_id| problems.push(FieldProblem { field, message_id });
        let title = self.title.trim();
        let issuer = self.issuer.trim();
        if title.chars().count() > MAX_TITLE_CHARS {
            problem(Field::Title, "doc-error-too-long");
        }
        if issuer.chars().count() > MAX_TITLE_CHARS {
            problem(Field::Issuer, "doc-error-too-long");
        }
        if self.notes.chars().count() > MAX_NOTES_CHARS {
            problem(Field::Notes, "doc-error-too-long");
        }
        if page_count > MAX_PAGES {
            problem(Field::Pages, "doc-error-too-many-pages");
        }
        let outcome = if fields.outcome {
            outcome_by_key(self.outcome.trim())
        } else {
            None
        };
        match doc_type {
            Some(t) if problems.is_empty() => {
                // A document goes behind its type's tab when it is new or its type changed;
                // otherwise the person's choice of tab stays.
                if doc.doc_type != t.key || doc.id.is_empty() {
                    doc.tab = t.tab;
                }
                doc.doc_type = t.key.to_owned();
                doc.title = title.to_owned();
                doc.issuer = issuer.to_owned();
                doc.received = received;
                doc.valid_until = valid_until;
                doc.moved_in = moved_in;
                doc.appointment = appointment;
                doc.letter_date = letter_date;
                doc.outcome = outcome;
                doc.notes = self.notes.trim_end().to_owned();
                Ok(())
            }
            _ => Err(problems),
        }
    }
}

/// The checklist items to tick when `after` is saved: those linked to its type, if the document
/// is new (`before` is `None`) or its type changed. Items already ticked are left out. Unticking
/// stays the person's choice: saving or deleting never unticks.
#[must_use]
pub fn ticks_on_save(
    content: &Content,
    before: Option<&Document>,
    after: &Document,
    ticked: &std::collections::BTreeSet<String>,
) -> Vec<String> {
    if before.is_some_and(|b| b.doc_type == after.doc_type) {
        return Vec::new();
    }
    content
        .items_ticked_by(&after.doc_type)
        .into_iter()
        .filter(|k| !ticked.contains(*k))
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn blank(id: &str) -> Document {
        Document {
            id: id.to_owned(),
            doc_type: String::new(),
            tab: TabId::Documents,
            title: String::new(),
            issuer: String::new(),
            received: None,
            valid_until: None,
            moved_in: None,
            appointment: None,
            letter_date: None,
            outcome: None,
            notes: String::new(),
            pages: Vec::new(),
            created_ms: 0,
            updated_ms: 0,
        }
    }

    #[test]
    fn form_applies_fields_for_the_type() {
        let mut doc = blank("");
        let form = DocumentForm {
            doc_type: "bamf-bescheid".into(),
            title: "  Bescheid vom BAMF ".into(),
            issuer: "BAMF".into(),
            received: "2026-11-02".into(),
            valid_until: String::new(),
            moved_in: "2026-10-01".into(),
            appointment: "2026-12-01".into(),
            letter_date: "2026-10-29".into(),
            date_unknown: false,
            outcome: "manifestly-unfounded".into(),
            notes: "Anwalt anrufen\n".into(),
        };
        form.apply(&mut doc, 2).unwrap();
        assert_eq!(doc.tab, TabId::Arrival);
        assert_eq!(doc.title, "Bescheid vom BAMF");
        assert_eq!(doc.received.unwrap().to_iso(), "2026-11-02");
        assert_eq!(doc.letter_date.unwrap().to_iso(), "2026-10-29");
        // A BAMF decision has no moving-in or appointment date: the fields are cleared.
        assert_eq!(doc.moved_in, None);
        assert_eq!(doc.appointment, None);
        assert_eq!(doc.outcome, Some(AsylumOutcome::ManifestlyUnfounded));
        assert_eq!(doc.notes, "Anwalt anrufen");
        assert_eq!(
            DocumentForm::from_document(&doc).outcome,
            "manifestly-unfounded"
        );

        let mut flat = blank("");
        DocumentForm {
            doc_type: "mietvertrag".into(),
            moved_in: "2026-10-01".into(),
            outcome: "unfounded".into(),
            ..DocumentForm::default()
        }
        .apply(&mut flat, 1)
        .unwrap();
        assert_eq!(flat.tab, TabId::Housing);
        assert_eq!(flat.moved_in.unwrap().to_iso(), "2026-10-01");
        assert_eq!(flat.outcome, None);

        let mut invitation = blank("");
        DocumentForm {
            doc_type: "bamf-einladung".into(),
            appointment: "2026-12-01".into(),
            ..DocumentForm::default()
        }
        .apply(&mut invitation, 1)
        .unwrap();
        assert_eq!(invitation.appointment.unwrap().to_iso(), "2026-12-01");
    }

    #[test]
    fn form_reports_every_problem_and_writes_nothing() {
        let mut doc = blank("x");
        doc.title = "old".into();
        let form = DocumentForm {
            doc_type: "no-such-type".into(),
            title: "t".repeat(MAX_TITLE_CHARS + 1),
            received: "2026-02-30".into(),
            valid_until: "morgen".into(),
            ..DocumentForm::default()
        };
        let problems = form.apply(&mut doc, MAX_PAGES + 1).unwrap_err();
        let fields: Vec<Field> = problems.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            [
                Field::DocType,
                Field::Received,
                Field::ValidUntil,
                Field::Title,
                Field::Pages
            ]
        );
        assert_eq!(problems[1].message_id, "doc-error-date");
        assert_eq!(doc.title, "old");
    }

    #[test]
    fn a_decision_asks_for_its_date_unless_the_person_does_not_know_it() {
        for t in ["bamf-bescheid", "jobcenter-bescheid", "kindergeld-bescheid"] {
            let mut doc = blank("");
            let mut form = DocumentForm {
                doc_type: t.into(),
                ..DocumentForm::default()
            };
            let problems = form.apply(&mut doc, 0).unwrap_err();
            assert_eq!(problems.len(), 1, "{t}");
            assert_eq!(problems[0].field, Field::Received);
            assert_eq!(problems[0].message_id, "doc-error-date-needed");
            form.date_unknown = true;
            form.apply(&mut doc, 0).unwrap();
            assert_eq!(doc.received, None);
            // Reopened for editing, "I don't know" is still ticked.
            assert!(DocumentForm::from_document(&doc).date_unknown);
        }
        // Papers without such a deadline save without a date.
        let mut doc = blank("");
        DocumentForm {
            doc_type: "reisepass".into(),
            letter_date: "2026-10-29".into(),
            ..DocumentForm::default()
        }
        .apply(&mut doc, 0)
        .unwrap();
        assert_eq!(
            doc.letter_date, None,
            "only decisions keep the letter's date"
        );
    }

    #[test]
    fn an_edit_keeps_the_chosen_tab() {
        let mut doc = blank("abc");
        doc.doc_type = "sonstiges".into();
        doc.tab = TabId::Health;
        DocumentForm {
            doc_type: "sonstiges".into(),
            ..DocumentForm::default()
        }
        .apply(&mut doc, 0)
        .unwrap();
        assert_eq!(doc.tab, TabId::Health);
    }

    #[test]
    fn filing_ticks_linked_items_once() {
        let content = Content::default_germany();
        let linked: Vec<&str> = content.items_ticked_by("meldebescheinigung");
        assert!(
            !linked.is_empty(),
            "the default checklist links Meldebescheinigung"
        );
        let mut doc = blank("a");
        doc.doc_type = "meldebescheinigung".into();
        let none = BTreeSet::new();
        assert_eq!(ticks_on_save(&content, None, &doc, &none), linked);
        // Saving again with the same type ticks nothing (the person may have unticked it).
        assert!(ticks_on_save(&content, Some(&doc.clone()), &doc, &none).is_empty());
        // Already ticked: nothing to do.
        let all: BTreeSet<String> = linked.iter().map(|s| (*s).to_owned()).collect();
        assert!(ticks_on_save(&content, None, &doc, &all).is_empty());
        // A type no item names ticks nothing.
        doc.doc_type = "sonstiges".into();
        assert!(ticks_on_save(&content, None, &doc, &none).is_empty());
    }

    #[test]
    fn rotation_steps() {
        assert_eq!(Rotation::R270.turned_right(), Rotation::R0);
        assert_eq!(Rotation::from_degrees(-90), Some(Rotation::R270));
        assert_eq!(Rotation::from_degrees(45), None);
        assert!(Rotation::R90.swaps_sides());
    }
}
