//! The open folder as one value: everything decrypted from the vault is one
//! [`Unlocked`] (the records as `ordner_records::Loaded`, and what the session told at
//! unlock) in one signal, `None` while locked. Locking sets `None`, so no decrypted value can
//! stay behind in a signal someone forgot to empty.
//!
//! Screens read it through the `with_*` accessors (reactive, each tracking only its part, so
//! ticking an item does not redraw the document list); they change it only through the vault's
//! methods, which store first and then update the part they changed.

use leptos::prelude::*;
use ordner_core::agenda::{Appointment, Consultation};
use ordner_core::document::Document;
use ordner_records::{Damaged, TownRecord};
use std::collections::BTreeSet;

/// Everything decrypted from the vault (the open folder). A new part of the open folder is a
/// field here (or in `ordner_records::Loaded`), never a signal of its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlocked {
    /// The vault's records, decoded.
    pub records: ordner_records::Loaded,
    /// "Recovery key replaced on …": the date (`YYYY-MM-DD`) told once, at the first unlock
    /// after the recovery key (and the vault key) was replaced.
    pub key_notice: Option<String>,
}

/// What every accessor shows while the vault is locked.
static LOCKED: Unlocked = Unlocked {
    records: ordner_records::Loaded {
        name: String::new(),
        notes: String::new(),
        ticks: BTreeSet::new(),
        town: None,
        autolock_minutes: ordner_records::settings::DEFAULT_AUTOLOCK_MINUTES,
        documents: Vec::new(),
        appointments: Vec::new(),
        consultations: Vec::new(),
        damaged: Vec::new(),
    },
    key_notice: None,
};

/// Which part of the open folder changed (each part has its own change signal; they hold no
/// data).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Part {
    Profile,
    Ticks,
    Town,
    Settings,
    Documents,
    Appointments,
    Consultations,
    KeyNotice,
}

#[derive(Debug, Clone, Copy)]
struct Changed([Trigger; 8]);

impl Changed {
    fn of(&self, part: Part) -> Trigger {
        self.0[part as usize]
    }
}

/// The open folder of the running app (a part of [`super::Vault`]).
#[derive(Debug, Clone, Copy)]
pub struct OpenFolder {
    open: RwSignal<Option<Unlocked>>,
    changed: Changed,
}

impl Default for OpenFolder {
    fn default() -> Self {
        OpenFolder::new()
    }
}

macro_rules! part {
    ($(#[$doc:meta])* $($field:ident).+: $ty:ty, $part:ident, $with:ident, $untracked:ident) => {
        $(#[$doc])*
        /// Reactive; while locked `f` sees the empty value.
        pub fn $with<T>(&self, f: impl FnOnce(&$ty) -> T) -> T {
            self.changed.of(Part::$part).track();
            self.open.with(|o| f(&o.as_ref().unwrap_or(&LOCKED).$($field).+))
        }

        $(#[$doc])*
        /// Not tracked.
        pub fn $untracked<T>(&self, f: impl FnOnce(&$ty) -> T) -> T {
            self.open
                .with_untracked(|o| f(&o.as_ref().unwrap_or(&LOCKED).$($field).+))
        }
    };
}

impl OpenFolder {
    /// A closed folder.
    #[must_use]
    pub fn new() -> OpenFolder {
        OpenFolder {
            open: RwSignal::new(None),
            changed: Changed(std::array::from_fn(|_| Trigger::new())),
        }
    }

    /// Shows an opened vault's records.
    pub fn open(&self, unlocked: Unlocked) {
        self.open.set(Some(unlocked));
    }

    /// Drops every decrypted value: all readers now see the empty folder.
    pub fn lock(&self) {
        self.open.set(None);
    }

    /// Whether a folder is open (reactive).
    pub fn is_open(&self) -> bool {
        self.open.with(Option::is_some)
    }

    /// The whole open folder, `None` while locked (not tracked).
    pub fn with_all_untracked<T>(&self, f: impl FnOnce(Option<&Unlocked>) -> T) -> T {
        self.open.with_untracked(|o| f(o.as_ref()))
    }

    /// Changes one part of the open folder (nothing while locked) and tells its readers.
    pub(crate) fn change(&self, part: Part, f: impl FnOnce(&mut Unlocked)) {
        let changed = self
            .open
            .try_update_untracked(|o| o.as_mut().map(f))
            .flatten()
            .is_some();
        if changed {
            self.changed.of(part).notify();
        }
    }

    part!(
        /// The person's name.
        records.name: String, Profile, with_name, with_name_untracked
    );
    part!(
        /// The free notes.
        records.notes: String, Profile, with_notes, with_notes_untracked
    );
    part!(
        /// The keys of the ticked checklist items.
        records.ticks: BTreeSet<String>, Ticks, with_ticks, with_ticks_untracked
    );
    part!(
        /// The chosen town as stored (`None`: none stored).
        records.town: Option<TownRecord>, Town, with_town, with_town_untracked
    );
    part!(
        /// Filed documents, newest first.
        records.documents: Vec<Document>, Documents, with_documents, with_documents_untracked
    );
    part!(
        /// Appointments in calendar order.
        records.appointments: Vec<Appointment>, Appointments, with_appointments, with_appointments_untracked
    );
    part!(
        /// The consultation log, newest first.
        records.consultations: Vec<Consultation>, Consultations, with_consultations, with_consultations_untracked
    );
    part!(
        /// Records that failed to open at the last unlock.
        records.damaged: Vec<Damaged>, Documents, with_damaged, with_damaged_untracked
    );
    part!(
        /// "Recovery key replaced on …" (`YYYY-MM-DD`), told once after the key was replaced.
        key_notice: Option<String>, KeyNotice, with_key_notice, with_key_notice_untracked
    );

    /// Minutes without activity before the vault locks itself (reactive).
    pub fn autolock_minutes(&self) -> u32 {
        self.changed.of(Part::Settings).track();
        self.open
            .with(|o| o.as_ref().unwrap_or(&LOCKED).records.autolock_minutes)
    }

    /// As [`OpenFolder::autolock_minutes`], not tracked.
    pub fn autolock_minutes_untracked(&self) -> u32 {
        self.open
            .with_untracked(|o| o.as_ref().unwrap_or(&LOCKED).records.autolock_minutes)
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests fail loudly")]

    use ordner_vault::{OpenedRecords, Record, RecordId, RecordKind, SecretBytes};
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    use super::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn record(kind: &str, id: &str, bytes: &[u8]) -> Record {
        Record {
            kind: RecordKind::new(kind).unwrap(),
            id: RecordId::new(id).unwrap(),
            data: SecretBytes::new(bytes.to_vec()),
        }
    }

    /// A folder with something in every part, from the stored fixtures.
    fn full() -> Unlocked {
        macro_rules! fixture {
            ($file:literal) => {
                include_bytes!(concat!(
                    "../../crates/ordner-records/tests/fixtures/",
                    $file
                ))
            };
        }
        let mut loaded = ordner_records::decode_all(&OpenedRecords {
            records: vec![
                record("profile", "name", fixture!("profile-name.v1.bin")),
                record("note", "main", fixture!("note-main.v1.bin")),
                record("checklist", "ticks", fixture!("checklist-ticks.v1.bin")),
                record("settings", "autolock", fixture!("settings-autolock.v1.bin")),
                record("settings", "town", fixture!("settings-town-builtin.v1.bin")),
                record("appointment", "appt1", fixture!("appointment.v1.bin")),
                record("consultation", "log1", fixture!("consultation.v1.bin")),
                record("document", "doc1", fixture!("document.v1.bin")),
                record("document", "doc2", b"damaged"),
            ],
            damaged: Vec::new(),
        });
        loaded.ticks.insert("one/more".into());
        Unlocked {
            records: loaded,
            key_notice: Some("2026-12-01".into()),
        }
    }

    #[wasm_bindgen_test]
    fn locking_leaves_no_decrypted_value_reachable() {
        let owner = Owner::new();
        owner.set();
        let folder = OpenFolder::new();
        let full = full();
        // Every part of the folder (a new part fails to compile here until it is checked).
        let Unlocked {
            records:
                ordner_records::Loaded {
                    name,
                    notes,
                    ticks,
                    town,
                    autolock_minutes,
                    documents,
                    appointments,
                    consultations,
                    damaged,
                },
            key_notice,
        } = full.clone();
        folder.open(full);
        assert!(folder.is_open());
        assert_eq!(folder.with_name_untracked(Clone::clone), name);
        assert_eq!(folder.with_notes_untracked(Clone::clone), notes);
        assert_eq!(folder.with_ticks_untracked(Clone::clone), ticks);
        assert_eq!(folder.with_town_untracked(Clone::clone), town);
        assert_eq!(folder.autolock_minutes_untracked(), autolock_minutes);
        assert_eq!(folder.with_documents_untracked(Clone::clone), documents);
        assert_eq!(
            folder.with_appointments_untracked(Clone::clone),
            appointments
        );
        assert_eq!(
            folder.with_consultations_untracked(Clone::clone),
            consultations
        );
        assert_eq!(folder.with_damaged_untracked(Clone::clone), damaged);
        assert_eq!(folder.with_key_notice_untracked(Clone::clone), key_notice);
        assert!(!name.is_empty() && !notes.is_empty() && ticks.len() == 4 && town.is_some());
        assert!(!documents.is_empty() && !appointments.is_empty() && !consultations.is_empty());
        assert_eq!((damaged.len(), autolock_minutes), (1, 10));
        assert!(key_notice.is_some());

        // A change through the vault's path reaches its part.
        folder.change(Part::Profile, |open| open.records.name = "Other".into());
        assert_eq!(folder.with_name(Clone::clone), "Other");

        folder.lock();
        assert!(!folder.is_open());
        assert!(folder.with_all_untracked(|o| o.is_none()));
        assert_eq!(folder.with_name(Clone::clone), "");
        assert_eq!(folder.with_notes(Clone::clone), "");
        assert!(folder.with_ticks(BTreeSet::is_empty));
        assert_eq!(folder.with_town(Clone::clone), None);
        assert_eq!(
            folder.autolock_minutes(),
            ordner_records::settings::DEFAULT_AUTOLOCK_MINUTES
        );
        assert!(folder.with_documents(Vec::is_empty));
        assert!(folder.with_appointments(Vec::is_empty));
        assert!(folder.with_consultations(Vec::is_empty));
        assert!(folder.with_damaged(Vec::is_empty));
        assert_eq!(folder.with_key_notice(Clone::clone), None);

        // Changes after locking write nothing anywhere.
        folder.change(Part::Ticks, |open| {
            open.records.ticks.insert("late".into());
        });
        assert!(folder.with_all_untracked(|o| o.is_none()));
        assert!(folder.with_ticks_untracked(BTreeSet::is_empty));
    }
}
