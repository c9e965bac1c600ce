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

/// The fixtures of today's encoders: file name, record kind, record id, the bytes written.
fn current() -> Vec<(&'static str, &'static str, &'static str, Vec<u8>)> {
    vec![
        (
            "profile-name.v2.bin",
            KIND_PROFILE,
            ID_NAME,
            profile::encode(NAME).unwrap(),
        ),
        (
            "note-main.v2.bin",
            KIND_NOTE,
            ID_MAIN,
            profile::encode(NOTES).unwrap(),
        ),
        (
            "checklist-ticks.v2.bin",
            KIND_CHECKLIST,
            ID_TICKS,
            ticks::encode(&ticks_sample()).unwrap(),
        ),
        (
            "settings-autolock.v2.bin",
            KIND_SETTINGS,
            ID_AUTOLOCK,
            settings::encode_autolock(10).unwrap(),
        ),
        (
            "settings-town-builtin.v2.bin",
            KIND_SETTINGS,
            ID_TOWN,
            builtin_town().encode().unwrap(),
        ),
        (
            "settings-town-imported.v2.bin",
            KIND_SETTINGS,
            ID_TOWN,
            imported_town().encode().unwrap(),
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

fn builtin_town() -> TownRecord {
    TownRecord::Builtin("dresden".into())
}

fn imported_town() -> TownRecord {
    TownRecord::Imported {
        file: "musterstadt.toml".into(),
        text: PACK_TEXT.into(),
    }
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

/// The small records of one version, each opened alone.
fn small_records_open(version: u8) {
    let file = |name: &str| format!("{name}.v{version}.bin");
    assert_eq!(
        open(&file("profile-name"), KIND_PROFILE, ID_NAME).name,
        NAME
    );
    assert_eq!(open(&file("note-main"), KIND_NOTE, ID_MAIN).notes, NOTES);
    assert_eq!(
        open(&file("checklist-ticks"), KIND_CHECKLIST, ID_TICKS).ticks,
        ticks_sample()
    );
    assert_eq!(
        open(&file("settings-autolock"), KIND_SETTINGS, ID_AUTOLOCK).autolock_minutes,
        10
    );
    assert_eq!(
        open(&file("settings-town-builtin"), KIND_SETTINGS, ID_TOWN).town,
        Some(builtin_town())
    );
    assert_eq!(
        open(&file("settings-town-imported"), KIND_SETTINGS, ID_TOWN).town,
        Some(imported_town())
    );
}

#[test]
fn version_1_fixtures_keep_opening() {
    small_records_open(1);
    // Version 1 was text: the fixtures are what the released app wrote.
    let text = |name: &str| std::fs::read_to_string(dir().join(name)).unwrap();
    assert_eq!(text("settings-autolock.v1.bin"), "10");
    assert_eq!(text("checklist-ticks.v1.bin"), TICKS.join("\n"));
    assert_eq!(
        text("settings-town-builtin.v1.bin"),
        "mein-ordner-town 1\nbuiltin\ndresden"
    );
}

#[test]
fn version_2_fixtures_keep_opening() {
    small_records_open(2);
}

#[test]
fn agenda_and_document_fixtures_keep_opening() {
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
        .filter(|(file, ..)| *file != "settings-town-imported.v2.bin")
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

/// Storage layout 2 pads every record (`ordner-vault`): the small records of both versions,
/// stored byte for byte through a layout-2 vault and opened again, still read exactly (version
/// 2 refuses bytes left over, so padding must never reach it).
#[test]
fn both_versions_open_through_a_padded_layout_2_vault() {
    use ordner_vault::{KdfParams, KdfSettings, MemoryStorage, VaultStore};
    use pollster::block_on;

    const PASSPHRASE: &str = "a passphrase for the records test";
    for version in [1, 2] {
        let storage = MemoryStorage::new();
        let store = VaultStore::new(storage.clone());
        let kek = KdfSettings::generate(KdfParams::MINIMUM)
            .unwrap()
            .derive_kek(PASSPHRASE)
            .unwrap();
        let session = block_on(store.create(&kek)).unwrap().session;
        assert_eq!(session.header().format_version(), 2, "layout 2");
        for (name, kind, id) in [
            ("profile-name", KIND_PROFILE, ID_NAME),
            ("note-main", KIND_NOTE, ID_MAIN),
            ("checklist-ticks", KIND_CHECKLIST, ID_TICKS),
            ("settings-autolock", KIND_SETTINGS, ID_AUTOLOCK),
            ("settings-town-imported", KIND_SETTINGS, ID_TOWN),
        ] {
            let bytes = std::fs::read(dir().join(format!("{name}.v{version}.bin"))).unwrap();
            let (kind, id) = (RecordKind::new(kind).unwrap(), RecordId::new(id).unwrap());
            block_on(session.put(&kind, &id, &bytes)).unwrap();
        }
        session.lock();
        let again = VaultStore::new(storage);
        let session = block_on(again.unlock_with_passphrase(PASSPHRASE)).unwrap();
        let loaded = decode_all(&block_on(session.open_all()).unwrap());
        assert!(
            loaded.damaged.is_empty(),
            "v{version}: {:?}",
            loaded.damaged
        );
        assert_eq!(
            (
                loaded.name.as_str(),
                loaded.notes.as_str(),
                &loaded.ticks,
                loaded.autolock_minutes,
                &loaded.town
            ),
            (NAME, NOTES, &ticks_sample(), 10, &Some(imported_town())),
            "version {version}"
        );
    }
}
