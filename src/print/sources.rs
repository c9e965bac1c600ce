//! Where the other features' records come into the consultation printout.
//!
//! The chooser (`components/print_consult.rs`) lists what [`choices`] returns, one checkbox per
//! record, and at print time calls [`load`] for the records the person ticked. Each feature adds
//! its records in ONE place here:
//!
//! - **documents** (scanned pages): in [`choices`], push one [`Choice`] per document of the open
//!   vault with `kind: Kind::Document`, `id` = the document's record id, `label` = its title,
//!   `detail` = its date or page count; in [`load`], the `Kind::Document` arm decrypts that
//!   document's pages (JPEG bytes, unchanged: the engine embeds them byte for byte) and returns
//!   a [`PrintDocument`].
//! - **deadlines** and **appointments**: push `Kind::Deadline` / `Kind::Appointment` choices;
//!   in [`load`] turn the record into a [`PrintDated`] (`date` = `YYYY-MM-DD`, `shown_date` as
//!   printed, title, note).
//! - **consultation log**: push `Kind::Log` choices; in [`load`] return a [`PrintLogEntry`].
//!
//! Until a feature stores records there is nothing to choose, and the chooser says so.

use crate::print::{ConsultChoice, PrintDated, PrintDocument, PrintError, PrintLogEntry};
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
/// Empty while the vault is locked.
pub fn choices(vault: Option<Vault>) -> Vec<Choice> {
    let Some(vault) = vault.filter(Vault::is_unlocked) else {
        return Vec::new();
    };
    let _ = vault;
    // Documents, deadlines, appointments and the log push their records here (see the module
    // documentation); none of them stores records yet.
    Vec::new()
}

/// One loaded record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    Document(PrintDocument),
    Deadline(PrintDated),
    Appointment(PrintDated),
    Log(PrintLogEntry),
}

/// Loads (decrypts) one chosen record for printing.
///
/// # Errors
/// [`PrintError::Internal`] when the record is gone or cannot be decrypted.
pub async fn load(vault: Option<Vault>, choice: &Choice) -> Result<Loaded, PrintError> {
    let Some(_vault) = vault.filter(Vault::is_unlocked) else {
        return Err(PrintError::Internal);
    };
    // Each feature adds its arm: `Kind::Document => Ok(Loaded::Document(...))`, etc.
    leptos::logging::error!("no loader for {:?} record {}", choice.kind, choice.id);
    Err(PrintError::Internal)
}

/// Loads every chosen record into the printout's choice.
///
/// # Errors
/// The first record that cannot be loaded.
pub async fn load_into(
    vault: Option<Vault>,
    chosen: &[Choice],
    into: &mut ConsultChoice,
) -> Result<(), PrintError> {
    for choice in chosen {
        match load(vault, choice).await? {
            Loaded::Document(d) => into.documents.push(d),
            Loaded::Deadline(d) => into.deadlines.push(d),
            Loaded::Appointment(a) => into.appointments.push(a),
            Loaded::Log(l) => into.log.push(l),
        }
    }
    Ok(())
}
