use ordner_vault::{KdfParams, KdfSettings, MemoryStorage, VaultStore};
use pollster::block_on;

use super::*;

fn session() -> Session<MemoryStorage> {
    let store = VaultStore::new(MemoryStorage::new());
    let kek = KdfSettings::generate(KdfParams::MINIMUM)
        .unwrap()
        .derive_kek("a passphrase for tests")
        .unwrap();
    block_on(store.create(&kek)).unwrap().session
}

fn loaded(session: &Session<MemoryStorage>) -> Loaded {
    decode_all(&block_on(session.open_all()).unwrap())
}

#[test]
fn an_empty_vault_is_the_default() {
    assert_eq!(loaded(&session()), Loaded::default());
    assert_eq!(
        Loaded::default().autolock_minutes,
        settings::DEFAULT_AUTOLOCK_MINUTES
    );
}

#[test]
fn every_write_comes_back() {
    let session = session();
    block_on(save_profile(&session, "Amina", "Pass mitbringen")).unwrap();
    let ticks: BTreeSet<String> = ["b/2".to_owned(), "a/1".to_owned()].into();
    block_on(save_ticks(&session, &ticks)).unwrap();
    let town = TownRecord::Builtin("dresden".into());
    block_on(save_town(&session, Some(&town))).unwrap();
    assert_eq!(block_on(save_autolock(&session, 0)).unwrap(), 1);
    let later = Appointment {
        date: ordner_core::date::Date::parse_iso("2026-12-01").ok(),
        office: "Jobcenter".into(),
        ..Appointment::default()
    };
    let sooner = Appointment {
        date: ordner_core::date::Date::parse_iso("2026-11-01").ok(),
        ..later.clone()
    };
    let later_id = block_on(save_appointment(&session, &later)).unwrap();
    let sooner_id = block_on(save_appointment(&session, &sooner)).unwrap();
    let entry_id = block_on(save_consultation(
        &session,
        &Consultation {
            who: "Beratung".into(),
            ..Consultation::default()
        },
    ))
    .unwrap();

    let all = loaded(&session);
    assert_eq!(
        (all.name.as_str(), all.notes.as_str()),
        ("Amina", "Pass mitbringen")
    );
    assert_eq!(all.ticks, ticks);
    assert_eq!(all.town, Some(town));
    assert_eq!(all.autolock_minutes, 1);
    let ids: Vec<&str> = all.appointments.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(
        ids,
        [sooner_id.as_str(), later_id.as_str()],
        "calendar order"
    );
    assert_eq!(all.consultations[0].id, entry_id);
    assert!(all.damaged.is_empty());

    // Saving under an existing id replaces; deleting removes.
    block_on(save_appointment(
        &session,
        &Appointment {
            id: later_id.clone(),
            office: "Sozialamt".into(),
            ..later
        },
    ))
    .unwrap();
    block_on(delete_appointment(&session, &sooner_id)).unwrap();
    block_on(delete_consultation(&session, &entry_id)).unwrap();
    block_on(save_town(&session, None)).unwrap();
    let all = loaded(&session);
    assert_eq!(all.appointments.len(), 1);
    assert_eq!(all.appointments[0].office, "Sozialamt");
    assert!(all.consultations.is_empty());
    assert_eq!(all.town, None);
}

#[test]
fn unreadable_records_are_named_damaged_and_the_rest_opens() {
    let session = session();
    block_on(save_profile(&session, "Amina", "")).unwrap();
    let put = |kind: &str, id: &str, bytes: &[u8]| {
        block_on(session.put(
            &RecordKind::new(kind).unwrap(),
            &RecordId::new(id).unwrap(),
            bytes,
        ))
        .unwrap();
    };
    put(KIND_CHECKLIST, ID_TICKS, &[0xff, 0xfe]);
    put(KIND_SETTINGS, ID_TOWN, b"mein-ordner-town 9\nbuiltin\nx");
    put(KIND_APPOINTMENT, "a1", b"mein-ordner-appointment 99\n");
    put(KIND_DOCUMENT, "d1", &[1]);
    put(KIND_SETTINGS, ID_AUTOLOCK, b"soon");
    put(KIND_NOTE, ID_MAIN, &[binary::MARK, binary::VERSION + 1, 0]);
    put("future-kind", "x", b"from a newer app");

    let all = loaded(&session);
    assert_eq!(all.name, "Amina");
    assert_eq!(all.autolock_minutes, settings::DEFAULT_AUTOLOCK_MINUTES);
    let mut damaged: Vec<(&str, &str)> = all
        .damaged
        .iter()
        .map(|d| (d.kind.as_str(), d.id.as_str()))
        .collect();
    damaged.sort_unstable();
    assert_eq!(
        damaged,
        [
            (KIND_APPOINTMENT, "a1"),
            (KIND_CHECKLIST, ID_TICKS),
            (KIND_DOCUMENT, "d1"),
            (KIND_NOTE, ID_MAIN),
            (KIND_SETTINGS, ID_TOWN),
        ]
    );
}

#[test]
fn tick_keys_stay_one_line() {
    assert_eq!(ticks::clean_key("a\nb\rc"), "a b c");
    let set: BTreeSet<String> = ["x".to_owned(), "y z".to_owned()].into();
    assert_eq!(ticks::decode(&ticks::encode(&set).unwrap()).unwrap(), set);
    // Version 1 skips empty lines.
    assert_eq!(ticks::decode(b"x\n\ny z\n").unwrap(), set);
}

#[test]
fn version_2_starts_with_the_mark_and_newer_versions_are_refused() {
    let bytes = profile::encode("Amina").unwrap();
    assert_eq!(&bytes[..2], &[binary::MARK, binary::VERSION]);
    assert_eq!(profile::decode(&bytes).as_deref(), Some("Amina"));
    let mut newer = bytes.clone();
    newer[1] = binary::VERSION + 1;
    assert_eq!(profile::decode(&newer), None);
    // Damaged: cut short, or bytes left over.
    assert_eq!(profile::decode(&bytes[..bytes.len() - 1]), None);
    let mut longer = bytes;
    longer.push(0);
    assert_eq!(profile::decode(&longer), None);
    assert_eq!(
        settings::decode_autolock(&settings::encode_autolock(30).unwrap()),
        Some(30)
    );
    assert_eq!(settings::decode_autolock(b" 7 "), Some(7));
}

#[test]
fn town_records_round_trip_and_unknown_versions_are_refused() {
    let imported = TownRecord::Imported {
        file: "a\nb.toml".into(),
        text: "line 1\nline 2".into(),
    };
    assert_eq!(
        TownRecord::decode(&imported.encode().unwrap()),
        Some(TownRecord::Imported {
            file: "a b.toml".into(),
            text: "line 1\nline 2".into(),
        })
    );
    assert_eq!(
        TownRecord::decode(b"mein-ordner-town 1\nbuiltin\nleipzig"),
        Some(TownRecord::Builtin("leipzig".into()))
    );
    assert_eq!(TownRecord::decode(b"mein-ordner-town 2\nbuiltin\nx"), None);
    assert_eq!(TownRecord::decode(b"mein-ordner-town 1\nbuiltin\n "), None);
}
