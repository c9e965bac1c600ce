//! Appointments and the consultation log in the vault: one encrypted record each (see
//! `ordner_records`). Every change is one transaction: the record is written or deleted
//! completely, or not at all; on an error the open folder keeps what was stored before.

use ordner_core::agenda::{Appointment, Consultation, sort_appointments, sort_consultations};

use super::{Error, Part, Vault};

impl Vault {
    /// Stores an appointment (a new one when its `id` is empty) in one transaction and returns
    /// its id. Check [`Appointment::problem`] first.
    ///
    /// # Errors
    /// [`Error::Locked`] (nothing written); [`ordner_vault::VaultError::StorageFull`] and other
    /// storage errors (nothing written, the list unchanged).
    pub async fn save_appointment(&self, appointment: &Appointment) -> Result<String, Error> {
        let (session, generation) = self.session()?;
        let id = ordner_records::save_appointment(&session, appointment).await?;
        if self.generation() == generation {
            let mut stored = appointment.clone();
            stored.id.clone_from(&id);
            self.folder.change(Part::Appointments, |open| {
                let list = &mut open.records.appointments;
                list.retain(|a| a.id != stored.id);
                list.push(stored);
                sort_appointments(list);
            });
        }
        Ok(id)
    }

    /// Deletes an appointment.
    ///
    /// # Errors
    /// [`Error::Locked`], storage errors (then it is still there).
    pub async fn delete_appointment(&self, appointment_id: &str) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        ordner_records::delete_appointment(&session, appointment_id).await?;
        if self.generation() == generation {
            self.folder.change(Part::Appointments, |open| {
                open.records.appointments.retain(|a| a.id != appointment_id);
            });
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
        let id = ordner_records::save_consultation(&session, entry).await?;
        if self.generation() == generation {
            let mut stored = entry.clone();
            stored.id.clone_from(&id);
            self.folder.change(Part::Consultations, |open| {
                let list = &mut open.records.consultations;
                list.retain(|c| c.id != stored.id);
                list.push(stored);
                sort_consultations(list);
            });
        }
        Ok(id)
    }

    /// Deletes a consultation log entry.
    ///
    /// # Errors
    /// [`Error::Locked`], storage errors (then it is still there).
    pub async fn delete_consultation(&self, entry_id: &str) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        ordner_records::delete_consultation(&session, entry_id).await?;
        if self.generation() == generation {
            self.folder.change(Part::Consultations, |open| {
                open.records.consultations.retain(|c| c.id != entry_id);
            });
        }
        Ok(())
    }
}
