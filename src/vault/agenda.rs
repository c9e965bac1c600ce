//! Appointments and the consultation log in the vault: one encrypted record each (kinds
//! [`KIND_APPOINTMENT`] and [`KIND_CONSULTATION`], random ids, the versioned text format of
//! [`ordner_core::agenda`]). Every change is one transaction: the record is written or deleted
//! completely, or not at all; on an error the signals keep what was stored before.

use leptos::prelude::*;
use ordner_core::agenda::{Appointment, Consultation, sort_appointments, sort_consultations};
use ordner_vault::{Record, RecordId};

use super::{Damaged, Error, Vault, id, kind};

/// Record kind of an appointment.
pub const KIND_APPOINTMENT: &str = "appointment";
/// Record kind of a consultation log entry.
pub const KIND_CONSULTATION: &str = "consultation";

/// Reads one record of the two kinds into the lists; returns `false` for other kinds. A record
/// that cannot be read (damaged, or written by a newer app) goes to `damaged`.
pub(super) fn read_record(
    record: &Record,
    appointments: &mut Vec<Appointment>,
    consultations: &mut Vec<Consultation>,
    damaged: &mut Vec<Damaged>,
) -> bool {
    let bytes = record.data.as_bytes();
    let rid = record.id.as_str();
    let result = match record.kind.as_str() {
        KIND_APPOINTMENT => Appointment::decode(rid, bytes).map(|a| appointments.push(a)),
        KIND_CONSULTATION => Consultation::decode(rid, bytes).map(|c| consultations.push(c)),
        _ => return false,
    };
    if let Err(e) = result {
        leptos::logging::warn!("vault record {}/{rid}: {e}", record.kind.as_str());
        damaged.push(Damaged {
            kind: record.kind.as_str().to_owned(),
            id: rid.to_owned(),
        });
    }
    true
}

impl Vault {
    /// Stores an appointment (a new one when its `id` is empty) in one transaction and returns
    /// its id. Check [`Appointment::problem`] first.
    ///
    /// # Errors
    /// [`Error::Locked`] (nothing written); [`ordner_vault::VaultError::StorageFull`] and other
    /// storage errors (nothing written, the list unchanged).
    pub async fn save_appointment(&self, appointment: &Appointment) -> Result<String, Error> {
        let (session, generation) = self.session()?;
        let rid = if appointment.id.is_empty() {
            RecordId::random()?
        } else {
            id(&appointment.id)?
        };
        session
            .put(&kind(KIND_APPOINTMENT)?, &rid, &appointment.encode())
            .await?;
        if self.generation() == generation {
            let mut stored = appointment.clone();
            stored.id = rid.as_str().to_owned();
            self.appointments.update(|list| {
                list.retain(|a| a.id != stored.id);
                list.push(stored);
                sort_appointments(list);
            });
        }
        Ok(rid.as_str().to_owned())
    }

    /// Deletes an appointment.
    ///
    /// # Errors
    /// [`Error::Locked`], storage errors (then it is still there).
    pub async fn delete_appointment(&self, appointment_id: &str) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        session
            .delete(&kind(KIND_APPOINTMENT)?, &id(appointment_id)?)
            .await?;
        if self.generation() == generation {
            self.appointments
                .update(|list| list.retain(|a| a.id != appointment_id));
        }
        Ok(())
    }

    /// Stores a consultation log entry (a new one when its `id` is empty) in one transaction
    /// and returns its id. Check [`Consultation::problem`] first.
    ///
    /// # Errors
    /// As [`Vault::save_appointment`].
    pub async fn save_consultation(&self, entry: &Consultation) -> Result<String, Error> {
        let (session, generation) = self.session()?;
        let rid = if entry.id.is_empty() {
            RecordId::random()?
        } else {
            id(&entry.id)?
        };
        session
            .put(&kind(KIND_CONSULTATION)?, &rid, &entry.encode())
            .await?;
        if self.generation() == generation {
            let mut stored = entry.clone();
            stored.id = rid.as_str().to_owned();
            self.consultations.update(|list| {
                list.retain(|c| c.id != stored.id);
                list.push(stored);
                sort_consultations(list);
            });
        }
        Ok(rid.as_str().to_owned())
    }

    /// Deletes a consultation log entry.
    ///
    /// # Errors
    /// [`Error::Locked`], storage errors (then it is still there).
    pub async fn delete_consultation(&self, entry_id: &str) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        session
            .delete(&kind(KIND_CONSULTATION)?, &id(entry_id)?)
            .await?;
        if self.generation() == generation {
            self.consultations
                .update(|list| list.retain(|c| c.id != entry_id));
        }
        Ok(())
    }
}
