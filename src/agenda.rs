//! Deadlines and appointments for the screens: every deadline the vault's
//! documents and appointments give, dates in both languages, and the `.ics` download.
//!
//! [`document_dates`] maps every filed document to [`DocumentDates`]; everything else (home "due
//! soon", the appointments screen, the calendar export) follows from it.

use ordner_core::date::{Date, UtcDateTime};
use ordner_core::deadline::{Deadline, DocumentDates, deadlines_for};
use ordner_core::i18n::Arg;
use ordner_core::ics::{self, IcsTexts};

use crate::i18n::{BiText, Texts};
use crate::vault::Vault;

/// The dates of one filed document.
pub fn dates_of(d: &ordner_core::document::Document) -> DocumentDates {
    DocumentDates {
        doc_id: d.id.clone(),
        doc_type: d.doc_type.clone(),
        received: d.received,
        valid_until: d.valid_until,
        moved_in: d.moved_in,
        appointment: d.appointment,
        outcome: d.outcome,
    }
}

/// The decisions that start a deadline but have no served/received date (reactive): each is a
/// warning instead of a deadline.
pub fn missing_dates(vault: &Vault) -> Vec<ordner_core::deadline::MissingDate> {
    document_dates(vault)
        .iter()
        .filter_map(ordner_core::deadline::missing_date)
        .collect()
}

/// The dates of every filed document (reactive).
pub fn document_dates(vault: &Vault) -> Vec<DocumentDates> {
    vault
        .folder()
        .with_documents(|docs| docs.iter().map(dates_of).collect())
}

/// The title of a filed document by its id, for "bring along" lists (`None` if unknown). A
/// document without a title is named by its type (German name).
pub fn document_title(t: &Texts, vault: &Vault, doc_id: &str) -> Option<String> {
    vault.folder().with_documents(|docs| {
        docs.iter()
            .find(|d| d.id == doc_id)
            .map(|d| title_or_type(t, d))
    })
}

/// The title the person gave a document, else its type's German name (never a raw key, unless
/// the type is unknown to this version of the app).
pub fn title_or_type(t: &Texts, d: &ordner_core::document::Document) -> String {
    if d.title.trim().is_empty() {
        ordner_core::content::DocType::by_key(&d.doc_type)
            .map_or_else(|| d.doc_type.clone(), |ty| t.de.msg(&ty.name_id()))
    } else {
        d.title.clone()
    }
}

/// Every deadline of the documents and every dated appointment (reactive). A document whose
/// dates give a date outside the years 1900–2999 is skipped (logged). An appointment at the
/// BAMF (its contact's type, or the office named) is a critical BAMF appointment.
pub fn all_deadlines(vault: &Vault, content: &ordner_core::Content) -> Vec<Deadline> {
    let mut out = document_deadlines(vault);
    vault.folder().with_appointments(|list| {
        out.extend(list.iter().filter_map(|a| a.deadline_in(content)));
    });
    out
}

/// Deadlines from documents only (the appointments are listed themselves), sorted by date.
pub fn document_deadlines(vault: &Vault) -> Vec<Deadline> {
    let mut list: Vec<Deadline> = Vec::new();
    for doc in document_dates(vault) {
        match deadlines_for(&doc) {
            Ok(found) => list.extend(found),
            Err(e) => leptos::logging::warn!("deadlines of {}: {e}", doc.doc_id),
        }
    }
    list.sort_by_key(|d| (d.date, d.kind));
    list
}

/// "Samstag, 21.11.2026" beside the same in the person's language.
pub fn date_bi(t: &Texts, date: Date) -> BiText {
    let de = ics::date_label(&t.de, date);
    let own = (!t.is_german_only()).then(|| ics::date_label(&t.own, date));
    BiText { de, own }
}

/// A date with a time ("Dienstag, 24.11.2026, 09:30 Uhr"), or the date alone.
pub fn when_bi(t: &Texts, date: Date, time: Option<ordner_core::date::Time>) -> BiText {
    let Some(time) = time else {
        return date_bi(t, date);
    };
    let time = time.to_string();
    let one = |c: &ordner_core::Catalog| {
        let d = ics::date_label(c, date);
        c.msg_args(
            "appt-when-time",
            &[("date", Arg::Str(&d)), ("time", Arg::Str(&time))],
        )
    };
    BiText {
        de: one(&t.de),
        own: (!t.is_german_only()).then(|| one(&t.own)),
    }
}

/// Why the calendar file could not be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// The browser's clock gives no usable time.
    Clock(ordner_core::CoreError),
    /// The browser refused to hold the file (its detail).
    File(String),
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarError::Clock(e) => write!(f, "the clock: {e}"),
            CalendarError::File(detail) => write!(f, "the file: {detail}"),
        }
    }
}

impl std::error::Error for CalendarError {}

/// Builds the calendar of all deadlines and appointments, held in memory to be offered (share,
/// save as file); nothing is written anywhere yet.
///
/// # Errors
/// [`CalendarError`]: the clock is unusable or the browser refuses the file.
pub fn calendar_file(
    t: &Texts,
    content: &ordner_core::Content,
    vault: &Vault,
) -> Result<crate::file_offer::Offered, CalendarError> {
    let stamp =
        UtcDateTime::from_unix_millis(crate::browser::now_ms()).map_err(CalendarError::Clock)?;
    let deadlines = all_deadlines(vault, content);
    let appointments = vault.folder().with_appointments_untracked(Clone::clone);
    let doc_title = |id: &str| document_title(t, vault, id);
    let texts = IcsTexts {
        de: &t.de,
        own: (!t.is_german_only()).then_some(&*t.own),
        content,
        doc_title: &doc_title,
    };
    let text = ics::agenda_calendar(&deadlines, &appointments, &texts, stamp);
    crate::file_offer::Offered::from_bytes(
        text.as_bytes(),
        ics::MIME_TYPE,
        ics::FILE_NAME.to_owned(),
    )
    .map_err(|e| CalendarError::File(format!("{e:?}")))
}
