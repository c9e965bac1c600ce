//! Pins the stored record format of appointments and consultation log entries: the example
//! files in `tests/data/` were written by format version 1 and must decode to exactly these
//! values in every later version of the app. Encoding the same values must still give the same
//! bytes while version 1 is the version written (when a version 2 comes, keep the decode checks
//! and move the byte check to a new example file).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use ordner_core::agenda::{APPOINTMENT_VERSION, Appointment, CONSULTATION_VERSION, Consultation};
use ordner_core::date::{Date, Time};

const APPOINTMENT_V1: &[u8] = include_bytes!("data/appointment-v1.rec");
const CONSULTATION_V1: &[u8] = include_bytes!("data/consultation-v1.rec");

fn appointment_v1() -> Appointment {
    Appointment {
        id: "rec-1".into(),
        date: Some(Date::new(2026, 11, 23).unwrap()),
        time: Some(Time::new(9, 30).unwrap()),
        office: "Ausländerbehörde Dresden, Zimmer 2.04\nTheaterstraße 13".into(),
        contact: Some("dresden-auslaenderbehoerde".into()),
        documents: vec![
            "7k2m9q4x8w1v5t3r6p0n2b4c".into(),
            "h3j5k7m9n1p3q5r7s9t1v3w5".into(),
        ],
        checklist: vec!["arrival/gestattung-verlaengern".into()],
        notes: "مترجم: نعم\\ Dolmetscher bestellt".into(),
    }
}

fn consultation_v1() -> Consultation {
    Consultation {
        id: "rec-2".into(),
        date: Some(Date::new(2026, 11, 20).unwrap()),
        who: "Frau Kühn, Migrationsberatung (MBE)".into(),
        agreed: "Widerspruch gegen den Bescheid vom 02.11.\nKopie vom Mietvertrag geben".into(),
        next_steps: "Am 25.11. anrufen; Unterlagen: Bescheid, Pass".into(),
    }
}

#[test]
fn version_1_appointment_decodes() {
    assert_eq!(
        Appointment::decode("rec-1", APPOINTMENT_V1).unwrap(),
        appointment_v1()
    );
}

#[test]
fn version_1_consultation_decodes() {
    assert_eq!(
        Consultation::decode("rec-2", CONSULTATION_V1).unwrap(),
        consultation_v1()
    );
}

#[test]
fn the_writer_still_writes_version_1_byte_for_byte() {
    assert_eq!(APPOINTMENT_VERSION, 1);
    assert_eq!(CONSULTATION_VERSION, 1);
    assert_eq!(
        String::from_utf8(appointment_v1().encode()).unwrap(),
        String::from_utf8(APPOINTMENT_V1.to_vec()).unwrap()
    );
    assert_eq!(
        String::from_utf8(consultation_v1().encode()).unwrap(),
        String::from_utf8(CONSULTATION_V1.to_vec()).unwrap()
    );
}
