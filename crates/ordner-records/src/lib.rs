//! # ordner-records: what Mein Ordner keeps in the vault
//!
//! Every record the app stores, its kind and id, its versioned encoding, and how a whole opened
//! vault becomes one typed value ([`decode_all`] → [`Loaded`], the open folder). The writes are
//! here too, each one transaction over a [`Session`], so the browser shell only calls them.
//!
//! | record (kind/id) | value | format |
//! | --- | --- | --- |
//! | `profile/name` | the person's name | [`profile`] |
//! | `note/main` | the free notes | [`profile`] |
//! | `checklist/ticks` | ticked checklist item keys | [`ticks`] |
//! | `settings/autolock` | minutes before auto-lock | [`settings`] |
//! | `settings/town` | the chosen town | [`TownRecord`] |
//! | `appointment/<random>` | one appointment | [`ordner_core::agenda::Appointment`] |
//! | `consultation/<random>` | one consultation log entry | [`ordner_core::agenda::Consultation`] |
//! | `document/<random>` | one filed document (pages are blobs) | [`ordner_core::document`], stored by `ordner-documents` |
//!
//! The small records are written as version 2 ([`binary`]: serde values in postcard behind a
//! mark and a version byte); their version-1 text still opens. Each format version ever
//! written keeps opening: `tests/fixtures/` holds one stored value per
//! format version, and `tests/fixtures.rs` decodes them.
//!
//! A record that cannot be read (damaged, not UTF-8, or written by a newer app) is listed in
//! [`Loaded::damaged`] and never guessed at; the auto-lock setting falls back to its default.

#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, reason = "unit tests")
)]

use std::collections::BTreeSet;

use ordner_core::agenda::{Appointment, Consultation, sort_appointments, sort_consultations};
use ordner_core::document::Document;
use ordner_vault::{OpenedRecords, Record, RecordId, RecordKind, Session, Storage, VaultError};

pub mod binary;
mod town;

pub use town::TownRecord;

/// What can go wrong when storing a record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RecordsError {
    /// From the vault (storage full, ...).
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// A value could not be encoded (not expected for the types of this crate).
    #[error("the record could not be encoded: {0}")]
    Encode(String),
}

/// Result of the writes.
pub type Result<T> = core::result::Result<T, RecordsError>;

/// Record kinds and ids.
pub mod keys {
    /// Kind of the person's name record.
    pub const KIND_PROFILE: &str = "profile";
    /// Kind of the notes record.
    pub const KIND_NOTE: &str = "note";
    /// Kind of the checklist ticks record.
    pub const KIND_CHECKLIST: &str = "checklist";
    /// Kind of the settings records (auto-lock, town).
    pub const KIND_SETTINGS: &str = "settings";
    /// Kind of an appointment.
    pub const KIND_APPOINTMENT: &str = "appointment";
    /// Kind of a consultation log entry.
    pub const KIND_CONSULTATION: &str = "consultation";
    /// Kind of a filed document.
    pub use ordner_core::document::RECORD_KIND as KIND_DOCUMENT;
    /// Id of the name record.
    pub const ID_NAME: &str = "name";
    /// Id of the notes record.
    pub const ID_MAIN: &str = "main";
    /// Id of the ticks record.
    pub const ID_TICKS: &str = "ticks";
    /// Id of the auto-lock record.
    pub const ID_AUTOLOCK: &str = "autolock";
    /// Id of the town record.
    pub const ID_TOWN: &str = "town";
}

use keys::*;

/// The person's name and notes: a string (version 2); version 1 was the plain UTF-8 text.
pub mod profile {
    use crate::binary::{self, Stored};

    /// The stored bytes of a name or notes.
    ///
    /// # Errors
    /// [`crate::RecordsError::Encode`].
    pub fn encode(text: &str) -> crate::Result<Vec<u8>> {
        binary::encode(text)
    }

    /// Reads a stored name or notes; `None` if it cannot be read.
    #[must_use]
    pub fn decode(bytes: &[u8]) -> Option<String> {
        match binary::stored(bytes)? {
            Stored::Text(text) => Some(text.to_owned()),
            Stored::Binary(body) => binary::decode(body),
        }
    }
}

/// The ticked checklist items: a set of keys (version 2); version 1 was UTF-8 text, one key a
/// line.
pub mod ticks {
    use std::collections::BTreeSet;

    use crate::binary::{self, Stored};

    /// A checklist key as it is stored: line breaks become spaces.
    #[must_use]
    pub fn clean_key(key: &str) -> String {
        key.replace(['\n', '\r'], " ")
    }

    /// The stored bytes.
    ///
    /// # Errors
    /// [`crate::RecordsError::Encode`].
    pub fn encode(ticks: &BTreeSet<String>) -> crate::Result<Vec<u8>> {
        binary::encode(ticks)
    }

    /// Reads stored ticks; `None` if they cannot be read.
    #[must_use]
    pub fn decode(bytes: &[u8]) -> Option<BTreeSet<String>> {
        match binary::stored(bytes)? {
            Stored::Text(text) => Some(
                text.lines()
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ),
            Stored::Binary(body) => binary::decode(body),
        }
    }
}

/// The auto-lock delay: minutes as a number (version 2); version 1 was decimal text.
pub mod settings {
    use crate::binary::{self, Stored};

    /// Default minutes without activity before the vault locks itself.
    pub const DEFAULT_AUTOLOCK_MINUTES: u32 = 5;
    /// Choices offered for the auto-lock.
    pub const AUTOLOCK_CHOICES: [u32; 5] = [1, 2, 5, 10, 30];

    /// The stored bytes (at least one minute).
    ///
    /// # Errors
    /// [`crate::RecordsError::Encode`].
    pub fn encode_autolock(minutes: u32) -> crate::Result<Vec<u8>> {
        binary::encode(&minutes.max(1))
    }

    /// Reads the stored minutes; `None` if it cannot be read. A value that is no positive
    /// number gives the default.
    #[must_use]
    pub fn decode_autolock(bytes: &[u8]) -> Option<u32> {
        let minutes = match binary::stored(bytes)? {
            Stored::Text(text) => text.trim().parse().ok(),
            Stored::Binary(body) => Some(binary::decode::<u32>(body)?),
        };
        Some(
            minutes
                .filter(|m| *m > 0)
                .unwrap_or(DEFAULT_AUTOLOCK_MINUTES),
        )
    }
}

/// A record of the vault that could not be opened or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    /// The record kind (`note`, `checklist`, ...).
    pub kind: String,
    /// The record id.
    pub id: String,
}

/// The open folder: everything decrypted from the vault, typed. Dropping it (locking) drops
/// every decrypted value the app holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The person's name.
    pub name: String,
    /// The free notes.
    pub notes: String,
    /// Ticked checklist item keys.
    pub ticks: BTreeSet<String>,
    /// The chosen town, if one is stored.
    pub town: Option<TownRecord>,
    /// Minutes without activity before the vault locks itself.
    pub autolock_minutes: u32,
    /// Filed documents, newest first.
    pub documents: Vec<Document>,
    /// Appointments in calendar order.
    pub appointments: Vec<Appointment>,
    /// The consultation log, newest first.
    pub consultations: Vec<Consultation>,
    /// Records that failed to open or read.
    pub damaged: Vec<Damaged>,
}

impl Default for Loaded {
    fn default() -> Self {
        Loaded {
            name: String::new(),
            notes: String::new(),
            ticks: BTreeSet::new(),
            town: None,
            autolock_minutes: settings::DEFAULT_AUTOLOCK_MINUTES,
            documents: Vec::new(),
            appointments: Vec::new(),
            consultations: Vec::new(),
            damaged: Vec::new(),
        }
    }
}

fn damaged(record: &Record) -> Damaged {
    Damaged {
        kind: record.kind.as_str().to_owned(),
        id: record.id.as_str().to_owned(),
    }
}

/// Reads one record into `loaded`; `false` if it cannot be read. Unknown kinds are skipped.
fn read_record(record: &Record, loaded: &mut Loaded) -> bool {
    let bytes = record.data.as_bytes();
    let rid = record.id.as_str();
    match (record.kind.as_str(), rid) {
        (KIND_DOCUMENT, _) => ordner_core::document::decode(rid, bytes)
            .map(|d| loaded.documents.push(d))
            .is_ok(),
        (KIND_APPOINTMENT, _) => Appointment::decode(rid, bytes)
            .map(|a| loaded.appointments.push(a))
            .is_ok(),
        (KIND_CONSULTATION, _) => Consultation::decode(rid, bytes)
            .map(|c| loaded.consultations.push(c))
            .is_ok(),
        (KIND_PROFILE, ID_NAME) => profile::decode(bytes).map(|n| loaded.name = n).is_some(),
        (KIND_NOTE, ID_MAIN) => profile::decode(bytes).map(|n| loaded.notes = n).is_some(),
        (KIND_CHECKLIST, ID_TICKS) => ticks::decode(bytes).map(|t| loaded.ticks = t).is_some(),
        (KIND_SETTINGS, ID_AUTOLOCK) => settings::decode_autolock(bytes)
            .map(|m| loaded.autolock_minutes = m)
            .is_some(),
        (KIND_SETTINGS, ID_TOWN) => TownRecord::decode(bytes)
            .map(|t| loaded.town = Some(t))
            .is_some(),
        _ => true,
    }
}

/// Every record of an opened vault as one typed value: lists sorted as the screens show them,
/// damaged and unreadable records in [`Loaded::damaged`].
#[must_use]
pub fn decode_all(opened: &OpenedRecords) -> Loaded {
    let mut loaded = Loaded {
        damaged: opened
            .damaged
            .iter()
            .map(|d| Damaged {
                kind: d.kind.clone(),
                id: d.id.clone(),
            })
            .collect(),
        ..Loaded::default()
    };
    for record in &opened.records {
        if !read_record(record, &mut loaded) {
            loaded.damaged.push(damaged(record));
        }
    }
    ordner_documents::sort(&mut loaded.documents);
    sort_appointments(&mut loaded.appointments);
    sort_consultations(&mut loaded.consultations);
    loaded
}

fn key(kind: &str, id: &str) -> Result<(RecordKind, RecordId)> {
    Ok((RecordKind::new(kind)?, RecordId::new(id)?))
}

/// Stores the name and the notes in one transaction.
///
/// # Errors
/// [`VaultError::StorageFull`] and other storage errors (nothing saved).
pub async fn save_profile<S: Storage>(session: &Session<S>, name: &str, notes: &str) -> Result<()> {
    let mut change = session.change();
    let (kind, id) = key(KIND_PROFILE, ID_NAME)?;
    change.put_record(&kind, &id, &profile::encode(name)?)?;
    let (kind, id) = key(KIND_NOTE, ID_MAIN)?;
    change.put_record(&kind, &id, &profile::encode(notes)?)?;
    Ok(session.commit(change).await?)
}

/// Stores all ticks in one record.
///
/// # Errors
/// Storage errors (nothing changed).
pub async fn save_ticks<S: Storage>(session: &Session<S>, ticks: &BTreeSet<String>) -> Result<()> {
    let (kind, id) = key(KIND_CHECKLIST, ID_TICKS)?;
    Ok(session.put(&kind, &id, &ticks::encode(ticks)?).await?)
}

/// Stores the chosen town (`None`: no town), replacing what was stored.
///
/// # Errors
/// Storage errors (nothing changed).
pub async fn save_town<S: Storage>(session: &Session<S>, town: Option<&TownRecord>) -> Result<()> {
    let (kind, id) = key(KIND_SETTINGS, ID_TOWN)?;
    match town {
        Some(record) => session.put(&kind, &id, &record.encode()?).await?,
        None => session.delete(&kind, &id).await?,
    }
    Ok(())
}

/// Stores the auto-lock delay (at least one minute) and returns what was stored.
///
/// # Errors
/// Storage errors (nothing changed).
pub async fn save_autolock<S: Storage>(session: &Session<S>, minutes: u32) -> Result<u32> {
    let minutes = minutes.max(1);
    let (kind, id) = key(KIND_SETTINGS, ID_AUTOLOCK)?;
    session
        .put(&kind, &id, &settings::encode_autolock(minutes)?)
        .await?;
    Ok(minutes)
}

/// The record id of an agenda entry: a new random one when `id` is empty.
fn entry_id(id: &str) -> Result<RecordId> {
    if id.is_empty() {
        Ok(RecordId::random()?)
    } else {
        Ok(RecordId::new(id)?)
    }
}

/// Stores an appointment (a new one when its `id` is empty) in one transaction and returns its
/// id. Check [`Appointment::problem`] first.
///
/// # Errors
/// [`VaultError::StorageFull`] and other storage errors (nothing written).
pub async fn save_appointment<S: Storage>(
    session: &Session<S>,
    appointment: &Appointment,
) -> Result<String> {
    let rid = entry_id(&appointment.id)?;
    session
        .put(
            &RecordKind::new(KIND_APPOINTMENT)?,
            &rid,
            &appointment.encode(),
        )
        .await?;
    Ok(rid.as_str().to_owned())
}

/// Stores a consultation log entry (a new one when its `id` is empty) and returns its id.
///
/// # Errors
/// As [`save_appointment`].
pub async fn save_consultation<S: Storage>(
    session: &Session<S>,
    entry: &Consultation,
) -> Result<String> {
    let rid = entry_id(&entry.id)?;
    session
        .put(&RecordKind::new(KIND_CONSULTATION)?, &rid, &entry.encode())
        .await?;
    Ok(rid.as_str().to_owned())
}

/// Deletes an appointment.
///
/// # Errors
/// Storage errors (then it is still there).
pub async fn delete_appointment<S: Storage>(session: &Session<S>, id: &str) -> Result<()> {
    let (kind, id) = key(KIND_APPOINTMENT, id)?;
    Ok(session.delete(&kind, &id).await?)
}

/// Deletes a consultation log entry.
///
/// # Errors
/// Storage errors (then it is still there).
pub async fn delete_consultation<S: Storage>(session: &Session<S>, id: &str) -> Result<()> {
    let (kind, id) = key(KIND_CONSULTATION, id)?;
    Ok(session.delete(&kind, &id).await?)
}

#[cfg(test)]
mod tests;
