//! Where the other features' records come into the consultation printout.
//!
//! The chooser (`components/print_consult.rs`) lists what [`choices`] returns, one checkbox per
//! record, and at print time calls [`load`] for the records the person ticked. Each feature adds
//! its records in ONE place here:
//!
//! - **documents** (done): one [`Choice`] per document (`id` = its record id, `label` = its
//!   title, `detail` = date, scanned pages and PDF files); [`load`] decrypts its pages (JPEG
//!   unchanged: the engine embeds them byte for byte; PDF files whole: every page of them goes
//!   in) into a [`ConsultDocument`].
//! - **deadlines** and **appointments** (done): `Kind::Deadline` / `Kind::Appointment`
//!   choices, loaded as [`DatedEntry`] (`date` = `YYYY-MM-DD`, `shown_date` as printed, title,
//!   note).
//! - **consultation log** (done): `Kind::Log` choices, loaded as [`LogEntry`].
//!
//! All four are wired: documents (the vault's `documents`; pages decrypted with
//! `Vault::document_blob` and passed in their order, JPEG scans and PDF files alike),
//! appointments and the consultation log (`appointments`, `consultations`), and the deadlines
//! documents start (`crate::agenda::document_deadlines`). When nothing is stored the chooser says
//! so.

use ordner_core::agenda::Appointment;
use ordner_core::content::Content;
use ordner_core::date::{Date, Time};
use ordner_core::deadline::Deadline;
use ordner_core::document::PageMime;
use ordner_core::i18n::Arg;

use crate::i18n::Texts;
use crate::print::{ConsultChoice, ConsultDocument, ConsultPage, DatedEntry, LogEntry, PrintError};
use crate::vault::Vault;

/// The kind of a record the person can choose for the printout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Document,
    Deadline,
    Appointment,
    Log,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Document, Kind::Deadline, Kind::Appointment, Kind::Log];

    /// The heading of its section in the chooser.
    pub fn heading_id(self) -> &'static str {
        match self {
            Kind::Document => "print-consult-documents",
            Kind::Deadline => "print-consult-deadlines",
            Kind::Appointment => "print-consult-appointments",
            Kind::Log => "print-consult-log",
        }
    }

    /// The key used in element ids and `data-kind`.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Document => "document",
            Kind::Deadline => "deadline",
            Kind::Appointment => "appointment",
            Kind::Log => "log",
        }
    }
}

/// A record the person can put into the printout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub kind: Kind,
    /// The record's id in its feature's store.
    pub id: String,
    /// What the chooser shows (as the person typed it).
    pub label: String,
    /// A short second line (a date, a page count), if any.
    pub detail: Option<String>,
}

/// Every record of the open vault that can go into the printout, by kind, in display order.
/// Empty while the vault is locked. Reactive (reads the vault's signals).
pub fn choices(vault: Option<Vault>, texts: &Texts) -> Vec<Choice> {
    let Some(vault) = vault.filter(Vault::is_unlocked) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    vault.folder().with_documents(|docs| {
        for d in docs {
            // Scanned pages and PDF files (whose pages are only counted when printing).
            let pdfs = d.pages.iter().filter(|p| p.mime == PageMime::Pdf).count();
            let jpegs = d.pages.len() - pdfs;
            let mut parts = Vec::new();
            if jpegs > 0 || pdfs == 0 {
                parts.push(
                    texts
                        .own
                        .msg_args("pdf-consult-pages", &[("count", Arg::Num(jpegs as f64))]),
                );
            }
            if pdfs > 0 {
                parts.push(texts.own.msg_args(
                    "print-consult-pdf-files",
                    &[("count", Arg::Num(pdfs as f64))],
                ));
            }
            let mut detail = parts.join(" · ");
            if let Some(date) = d.received {
                detail = format!("{} · {detail}", date.to_german());
            }
            out.push(Choice {
                kind: Kind::Document,
                id: d.id.clone(),
                label: crate::agenda::title_or_type(texts, d),
                detail: Some(detail),
            });
        }
    });
    // Decisions without a date first (a warning, printed at the top of the deadlines), then the
    // deadlines that documents start (appointments are listed as appointments).
    for m in crate::agenda::missing_dates(&vault) {
        out.push(Choice {
            kind: Kind::Deadline,
            id: missing_id(&m.doc_id),
            label: missing_title(texts, m.doc_type),
            detail: Some(texts.own.msg("deadline-missing-date-short")),
        });
    }
    for d in crate::agenda::document_deadlines(&vault) {
        out.push(Choice {
            kind: Kind::Deadline,
            id: d.key(),
            label: deadline_title(texts, &d),
            detail: Some(d.date.to_german()),
        });
    }
    vault.folder().with_appointments(|list| {
        for a in list {
            out.push(Choice {
                kind: Kind::Appointment,
                id: a.id.clone(),
                label: a.office.clone(),
                detail: a.date.map(|d| shown(d, a.time)),
            });
        }
    });
    vault.folder().with_consultations(|list| {
        for c in list {
            out.push(Choice {
                kind: Kind::Log,
                id: c.id.clone(),
                label: c.who.clone(),
                detail: c.date.map(Date::to_german),
            });
        }
    });
    out
}

/// `21.11.2026` or `21.11.2026, 09:30`.
fn shown(date: Date, time: Option<Time>) -> String {
    match time {
        Some(t) => format!("{}, {t}", date.to_german()),
        None => date.to_german(),
    }
}

/// A deadline's title in German and the person's language (`Klage – …`), with the document
/// type when there is one.
/// Who an appointment is with ([`Appointment::with_whom`]), or, for a chosen contact without an
/// organisation name, its contact type in both languages (never an empty title).
fn appointment_title(texts: &Texts, content: &Content, a: &Appointment) -> String {
    let who = a.with_whom(content);
    if !who.trim().is_empty() {
        return who;
    }
    a.contact
        .as_deref()
        .and_then(|k| content.contact(k))
        .and_then(|c| c.type_name_id())
        .map(|id| both(texts, |c| c.msg(&id)))
        .unwrap_or_default()
}

fn deadline_title(texts: &Texts, d: &Deadline) -> String {
    let one = |c: &ordner_core::Catalog| {
        let kind = c.msg(&d.kind.title_id());
        match d.doc_type.and_then(ordner_core::content::DocType::by_key) {
            Some(t) => format!("{kind} ({})", c.msg(&t.name_id())),
            None => kind,
        }
    };
    both(texts, one)
}

/// Choice ids of "no deadline computed" warnings start with this (deadline keys start with
/// `doc-` or `appt-`).
const MISSING_PREFIX: &str = "missing-";

fn missing_id(doc_id: &str) -> String {
    format!("{MISSING_PREFIX}{doc_id}")
}

/// "No deadline computed (BAMF decision)" in both languages.
fn missing_title(texts: &Texts, doc_type: &str) -> String {
    both(texts, |c| {
        format!(
            "{} ({})",
            c.msg(ordner_core::deadline::MISSING_DATE_TITLE_ID),
            c.msg(&format!("doctype-{doc_type}"))
        )
    })
}

/// A text in German and, after " / ", in the person's language (German only: once).
fn both(texts: &Texts, f: impl Fn(&ordner_core::Catalog) -> String) -> String {
    let de = f(&texts.de);
    if texts.is_german_only() {
        de
    } else {
        format!("{de} / {}", f(&texts.own))
    }
}

/// One loaded record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Document(ConsultDocument),
    Deadline(DatedEntry),
    /// An appointment and the key of the town's contact it is at, if one was chosen.
    Appointment(DatedEntry, Option<String>),
    Log(LogEntry),
}

/// Loads one chosen record for printing (the vault's records are already decrypted in memory
/// while it is open; the documents feature decrypts its pages here).
///
/// # Errors
/// [`PrintError::Internal`] when the vault is locked or the record is gone.
pub async fn load(
    vault: Option<Vault>,
    texts: &Texts,
    content: &Content,
    choice: &Choice,
) -> Result<Loaded, PrintError> {
    let Some(vault) = vault.filter(Vault::is_unlocked) else {
        return Err(PrintError::Internal);
    };
    let gone = || {
        leptos::logging::error!("{:?} record {} is gone", choice.kind, choice.id);
        PrintError::Internal
    };
    match choice.kind {
        Kind::Document => {
            let d = vault
                .folder()
                .with_documents_untracked(|l| l.iter().find(|d| d.id == choice.id).cloned())
                .ok_or_else(gone)?;
            // Every page in its order: JPEG pages unchanged, PDF files whole with the turn the
            // person gave them (the engine embeds their pages, or explains why it cannot).
            let mut pages = Vec::new();
            for page in &d.pages {
                let bytes = vault.document_blob(&page.blob).await.map_err(|e| {
                    leptos::logging::error!("page of {}: {e:?}", d.id);
                    PrintError::Internal
                })?;
                let bytes = bytes.as_bytes().to_vec();
                pages.push(match page.mime {
                    PageMime::Jpeg => ConsultPage::Jpeg(bytes),
                    PageMime::Pdf => ConsultPage::Pdf {
                        bytes,
                        rotation: page.rotation.degrees(),
                    },
                });
            }
            Ok(Loaded::Document(ConsultDocument {
                title: crate::agenda::title_or_type(texts, &d),
                doctype: ordner_core::content::DocType::by_key(&d.doc_type)
                    .map(|_| d.doc_type.clone()),
                tab: d.tab,
                received: d.received.map(Date::to_german),
                letter_date: d.letter_date.map(Date::to_german),
                valid_until: d.valid_until.map(Date::to_german),
                pages,
            }))
        }
        Kind::Deadline if choice.id.starts_with(MISSING_PREFIX) => {
            let m = crate::agenda::missing_dates(&vault)
                .into_iter()
                .find(|m| missing_id(&m.doc_id) == choice.id)
                .ok_or_else(gone)?;
            // No date: sorted first, the date column says "date missing".
            Ok(Loaded::Deadline(DatedEntry {
                date: String::new(),
                shown_date: texts.de.msg("deadline-missing-date-short"),
                title: missing_title(texts, m.doc_type),
                note: Some(both(texts, |c| {
                    format!(
                        "{} {}",
                        c.msg(ordner_core::deadline::MISSING_DATE_MESSAGE_ID),
                        c.msg(ordner_core::content::NOT_LEGAL_ADVICE_ID)
                    )
                })),
            }))
        }
        Kind::Deadline => {
            let d = crate::agenda::document_deadlines(&vault)
                .into_iter()
                .find(|d| d.key() == choice.id)
                .ok_or_else(gone)?;
            Ok(Loaded::Deadline(DatedEntry {
                date: d.date.to_iso(),
                shown_date: d.date.to_german(),
                title: deadline_title(texts, &d),
                note: d
                    .law
                    .map(|law| both(texts, |c| ordner_core::ics::based_on(c, law))),
            }))
        }
        Kind::Appointment => {
            let a = vault
                .folder()
                .with_appointments_untracked(|l| l.iter().find(|a| a.id == choice.id).cloned())
                .ok_or_else(gone)?;
            let date = a.date.ok_or_else(gone)?;
            Ok(Loaded::Appointment(
                DatedEntry {
                    date: date.to_iso(),
                    shown_date: shown(date, a.time),
                    title: appointment_title(texts, content, &a),
                    note: Some(a.notes).filter(|n| !n.trim().is_empty()),
                },
                a.contact,
            ))
        }
        Kind::Log => {
            let c = vault
                .folder()
                .with_consultations_untracked(|l| l.iter().find(|c| c.id == choice.id).cloned())
                .ok_or_else(gone)?;
            let mut summary = c.agreed.trim().to_owned();
            let next = c.next_steps.trim();
            if !next.is_empty() {
                if !summary.is_empty() {
                    summary.push_str(" → ");
                }
                summary.push_str(next);
            }
            Ok(Loaded::Log(LogEntry {
                date: c.date.map(Date::to_german).unwrap_or_default(),
                with: c.who,
                summary,
            }))
        }
    }
}

/// Loads every chosen record into the printout's choice.
///
/// # Errors
/// The first record that cannot be loaded.
pub async fn load_into(
    vault: Option<Vault>,
    texts: &Texts,
    content: &Content,
    chosen: &[Choice],
    into: &mut ConsultChoice,
) -> Result<(), PrintError> {
    for choice in chosen {
        match load(vault, texts, content, choice).await? {
            Loaded::Document(d) => into.documents.push(d),
            Loaded::Deadline(d) => into.deadlines.push(d),
            Loaded::Appointment(a, contact) => {
                into.appointments.push(a);
                // The office it is at goes into the printout's contacts (#13 §11).
                if let Some(key) = contact.filter(|k| !into.contacts.contains(k)) {
                    into.contacts.push(key);
                }
            }
            Loaded::Log(l) => into.log.push(l),
        }
    }
    Ok(())
}
