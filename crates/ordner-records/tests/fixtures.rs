//! Stored values of every record format version must keep opening.
//!
//! `tests/fixtures/<kind>-<id>.v<N>.bin` are the bytes a released app wrote (version N of that
//! record's format). They are never rewritten: a new format version adds new files next to them.
//! `ORDNER_WRITE_FIXTURES=1 cargo test -p ordner-records --test fixtures` writes the files of the
//! current encoders that do not exist yet.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]
#![allow(clippy::needless_update, reason = "the agenda types may gain fields")]

use std::collections::BTreeSet;
use std::path::PathBuf;

use ordner_core::TabId;
use ordner_core::agenda::{Appointment, Consultation};
use ordner_core::date::{Date, Time};
use ordner_core::document::{Document, Page, PageMime, Rotation};
use ordner_records::{Loaded, TownRecord, decode_all, keys::*, profile, settings, ticks};
use ordner_vault::{OpenedRecords, Record, RecordId, RecordKind, SecretBytes};

fn date(iso: &str) -> Option<Date> {
    Some(Date::parse_iso(iso).unwrap())
}

const NAME: &str = "Amina Haidari امينه";
const NOTES: &str = "Termin Ausländerbehörde: Pass mitbringen.\nZweite Zeile, ሰላም";
const TICKS: [&str; 3] = [
    "arrival/registration",
    "housing/contract",
    "money/bank-account",
];
const PACK_TEXT: &str = "[pack]\ntown = \"Musterstadt\"\n";

fn ticks_sample() -> BTreeSet<String> {
    TICKS.iter().map(|t| (*t).to_owned()).collect()
}

fn appointment() -> Appointment {
    Appointment {
        id: "appt1".into(),
        date: date("2026-11-23"),
        time: Some(Time::new(9, 30).unwrap()),
        office: "Ausländerbehörde, Zimmer 204".into(),
        contact: Some("auslaenderbehoerde".into()),
        documents: vec!["doc1".into()],
        checklist: vec!["arrival/registration".into()],
        notes: "Pass\nund Foto".into(),
        ..Appointment::default()
    }
}

fn consultation() -> Consultation {
    Consultation {
        id: "log1".into(),
        date: date("2026-10-02"),
        who: "Migrationsberatung, Frau K.".into(),
        agreed: "Widerspruch prüfen".into(),
        next_steps: "Bescheid mitbringen".into(),
        ..Consultation::default()
    }
}

fn document() -> Document {
    Document {
        id: "doc1".into(),
        doc_type: "meldebescheinigung".into(),
        tab: TabId::Housing,
        title: "Anmeldung Hauptstraße 1".into(),
        issuer: "Bürgerbüro".into(),
        received: date("2026-09-14"),
        valid_until: None,
        moved_in: date("2026-09-01"),
        appointment: None,
        letter_date: None,
        outcome: None,
        notes: "Original im Ordner".into(),
        pages: vec![Page {
            blob: "page1".into(),
            thumb: Some("thumb1".into()),
            mime: PageMime::Jpeg,
            width: 1500,
            height: 2000,
            rotation: Rotation::R0,
            bytes: 123_456,
        }],
        created_ms: 1_790_000_000_000,
        updated_ms: 1_790_000_100_000,
    }
}

/// Every fixture: file name, record kind, record id, and the bytes today's encoder writes.
fn current() -> Vec<(&'static str, &'static str, &'static str, Vec<u8>)> {
    vec![
        (
            "profile-name.v1.bin",
            KIND_PROFILE,
            ID_NAME,
            profile::encode(NAME),
        ),
        (
            "note-main.v1.bin",
            KIND_NOTE,
            ID_MAIN,
            profile::encode(NOTES),
        ),
        (
            "checklist-ticks.v1.bin",
            KIND_CHECKLIST,
            ID_TICKS,
            ticks::encode(&ticks_sample()),
        ),
        (
            "settings-autolock.v1.bin",
            KIND_SETTINGS,
            ID_AUTOLOCK,
            settings::encode_autolock(10),
        ),
        (
            "settings-town-builtin.v1.bin",
            KIND_SETTINGS,
            ID_TOWN,
            TownRecord::Builtin("dresden".into()).encode().into_bytes(),
        ),
        (
            "settings-town-imported.v1.bin",
            KIND_SETTINGS,
            ID_TOWN,
            TownRecord::Imported {
                file: "musterstadt.toml".into(),
                text: PACK_TEXT.into(),
            }
            .encode()
            .into_bytes(),
        ),
        (
            "appointment.v1.bin",
            KIND_APPOINTMENT,
            "appt1",
            appointment().encode(),
        ),
        (
            "consultation.v1.bin",
            KIND_CONSULTATION,
            "log1",
            consultation().encode(),
        ),
        (
            "document.v1.bin",
            KIND_DOCUMENT,
            "doc1",
            ordner_core::document::encode(&document()),
        ),
    ]
}

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn record(kind: &str, id: &str, bytes: Vec<u8>) -> Record {
    Record {
        kind: RecordKind::new(kind).unwrap(),
        id: RecordId::new(id).unwrap(),
        data: SecretBytes::new(bytes),
    }
}

/// The stored fixture, opened alone.
fn open(file: &str, kind: &str, id: &str) -> Loaded {
    let bytes = std::fs::read(dir().join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
    let loaded = decode_all(&OpenedRecords {
        records: vec![record(kind, id, bytes)],
        damaged: Vec::new(),
    });
    assert!(loaded.damaged.is_empty(), "{file} did not open: {loaded:?}");
    loaded
}

#[test]
fn write_missing_fixtures() {
    if std::env::var_os("ORDNER_WRITE_FIXTURES").is_none() {
        return;
    }
    for (file, _, _, bytes) in current() {
        let path = dir().join(file);
        if !path.exists() {
            std::fs::write(&path, bytes).unwrap();
        }
    }
}

#[test]
fn every_current_format_has_a_fixture() {
    for (file, ..) in current() {
        assert!(
            dir().join(file).exists(),
            "{file} is missing: run with ORDNER_WRITE_FIXTURES=1"
        );
    }
}

#[test]
fn version_1_fixtures_keep_opening() {
    assert_eq!(
        open("profile-name.v1.bin", KIND_PROFILE, ID_NAME).name,
        NAME
    );
    assert_eq!(open("note-main.v1.bin", KIND_NOTE, ID_MAIN).notes, NOTES);
    assert_eq!(
        open("checklist-ticks.v1.bin", KIND_CHECKLIST, ID_TICKS).ticks,
        ticks_sample()
    );
    assert_eq!(
        open("settings-autolock.v1.bin", KIND_SETTINGS, ID_AUTOLOCK).autolock_minutes,
        10
    );
    assert_eq!(
        open("settings-town-builtin.v1.bin", KIND_SETTINGS, ID_TOWN).town,
        Some(TownRecord::Builtin("dresden".into()))
    );
    assert_eq!(
        open("settings-town-imported.v1.bin", KIND_SETTINGS, ID_TOWN).town,
        Some(TownRecord::Imported {
            file: "musterstadt.toml".into(),
            text: PACK_TEXT.into(),
        })
    );
    assert_eq!(
        open("appointment.v1.bin", KIND_APPOINTMENT, "appt1").appointments,
        vec![appointment()]
    );
    assert_eq!(
        open("consultation.v1.bin", KIND_CONSULTATION, "log1").consultations,
        vec![consultation()]
    );
    let docs = open("document.v1.bin", KIND_DOCUMENT, "doc1").documents;
    assert_eq!(docs.len(), 1);
    let (doc, expected) = (&docs[0], document());
    assert_eq!(
        (&doc.id, &doc.doc_type, doc.tab, &doc.title, &doc.issuer),
        (
            &expected.id,
            &expected.doc_type,
            expected.tab,
            &expected.title,
            &expected.issuer
        )
    );
    assert_eq!(
        (doc.received, doc.moved_in, &doc.notes, &doc.pages),
        (
            expected.received,
            expected.moved_in,
            &expected.notes,
            &expected.pages
        )
    );
    assert_eq!(
        (doc.created_ms, doc.updated_ms),
        (expected.created_ms, expected.updated_ms)
    );
}

#[test]
fn all_fixtures_open_together() {
    let records = current()
        .into_iter()
        .filter(|(file, ..)| *file != "settings-town-imported.v1.bin")
        .map(|(file, kind, id, _)| record(kind, id, std::fs::read(dir().join(file)).unwrap()))
        .collect();
    let loaded = decode_all(&OpenedRecords {
        records,
        damaged: Vec::new(),
    });
    assert!(loaded.damaged.is_empty());
    assert_eq!(loaded.name, NAME);
    assert_eq!(loaded.ticks.len(), 3);
    assert_eq!(loaded.town, Some(TownRecord::Builtin("dresden".into())));
    assert_eq!(
        (
            loaded.documents.len(),
            loaded.appointments.len(),
            loaded.consultations.len()
        ),
        (1, 1, 1)
    );
}
