//! The calendar export, read back by an independent iCalendar parser (`ical`): structure,
//! bilingual German + Arabic texts, escaping, folding, time zone, reminders.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::io::BufReader;
use std::path::Path;

use ical::parser::ical::component::IcalCalendar;
use ical::property::Property;
use ordner_core::agenda::Appointment;
use ordner_core::content::{AsylumOutcome, Content};
use ordner_core::date::{Date, Time, UtcDateTime};
use ordner_core::deadline::{DocumentDates, deadlines_for};
use ordner_core::ics::{IcsTexts, agenda_calendar};
use ordner_core::{Catalog, i18n};

fn catalog(code: &str) -> Catalog {
    Catalog::load_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales"),
        code,
    )
    .unwrap()
}

fn d(s: &str) -> Date {
    Date::parse_iso(s).unwrap()
}

/// Undoes TEXT escaping (RFC 5545 § 3.3.11), strictly: any other escape is a test failure.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('\\') => out.push('\\'),
                Some(';') => out.push(';'),
                Some(',') => out.push(','),
                Some('n' | 'N') => out.push('\n'),
                other => panic!("bad escape \\{other:?} in {v:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c:?} in TEXT value {v:?}");
            out.push(c);
        }
    }
    out
}

fn prop<'a>(props: &'a [Property], name: &str) -> &'a Property {
    props
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {props:?}"))
}

fn value(props: &[Property], name: &str) -> String {
    prop(props, name).value.clone().unwrap_or_default()
}

fn param(p: &Property, name: &str) -> Option<String> {
    p.params
        .as_ref()?
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.join(","))
}

const NOTES: &str = "مترجم: نعم، الطابق 2; Raum 2.04\\B\nDolmetscher bestellt, bitte früh kommen";

fn export() -> String {
    let de = catalog("de");
    let ar = catalog("ar");
    let content = Content::default_germany();
    let mut deadlines = deadlines_for(&DocumentDates {
        doc_id: "bescheid1".into(),
        doc_type: "bamf-bescheid".into(),
        received: Some(d("2026-11-07")), // + 2 weeks = Saturday 21.11. → Monday 23.11.
        outcome: Some(AsylumOutcome::Unfounded),
        ..DocumentDates::default()
    })
    .unwrap();
    deadlines.extend(
        deadlines_for(&DocumentDates {
            doc_id: "gestattung1".into(),
            doc_type: "aufenthaltsgestattung".into(),
            valid_until: Some(d("2027-01-10")),
            ..DocumentDates::default()
        })
        .unwrap(),
    );
    let appointments = vec![
        Appointment {
            id: "a1".into(),
            date: Some(d("2026-11-24")),
            time: Some(Time::new(9, 30).unwrap()),
            office: "Ausländerbehörde, Zimmer 2.04".into(),
            contact: None,
            documents: vec!["gestattung1".into()],
            checklist: vec!["aufenthaltsgestattung".into()],
            notes: NOTES.into(),
        },
        Appointment {
            id: "a2".into(),
            date: Some(d("2026-12-01")),
            time: None,
            office: "Migrationsberatung".into(),
            ..Appointment::default()
        },
        // Without a date it is not exported.
        Appointment {
            id: "a3".into(),
            office: "x".into(),
            ..Appointment::default()
        },
    ];
    deadlines.extend(appointments.iter().filter_map(Appointment::deadline));
    let doc_title =
        |id: &str| (id == "gestattung1").then(|| "Aufenthaltsgestattung (Foto)".to_owned());
    let texts = IcsTexts {
        de: &de,
        own: Some(&ar),
        content: &content,
        doc_title: &doc_title,
    };
    let stamp = UtcDateTime::from_unix_millis(1_795_244_523_456.0).unwrap();
    agenda_calendar(&deadlines, &appointments, &texts, stamp)
}

fn parse(text: &str) -> IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "only one calendar");
    cal
}

#[test]
fn lines_end_in_crlf_and_fold_at_75_octets() {
    let text = export();
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "bare CR or LF"
    );
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.ends_with(' '), "ends in a space: {line:?}");
    }
    // Arabic text was folded somewhere (the notes are long), and every physical line is valid
    // UTF-8 on its own: no character was split.
    assert!(text.split("\r\n").any(|l| l.starts_with(' ')));
    for line in text.as_bytes().split(|b| *b == b'\n') {
        assert!(std::str::from_utf8(line).is_ok());
    }
}

#[test]
fn parses_with_an_independent_parser() {
    let text = export();
    let cal = parse(&text);
    assert_eq!(value(&cal.properties, "VERSION"), "2.0");
    assert!(value(&cal.properties, "PRODID").contains("Mein Ordner"));
    assert_eq!(cal.timezones.len(), 1);
    assert_eq!(value(&cal.timezones[0].properties, "TZID"), "Europe/Berlin");

    // Lawsuit + three renewal entries + two dated appointments.
    assert_eq!(cal.events.len(), 6, "{text}");
    let mut uids: Vec<String> = cal
        .events
        .iter()
        .map(|e| value(&e.properties, "UID"))
        .collect();
    uids.sort();
    uids.dedup();
    assert_eq!(uids.len(), 6);
    for e in &cal.events {
        assert_eq!(value(&e.properties, "DTSTAMP"), "20261121T070203Z");
        assert!(!e.alarms.is_empty());
        for a in &e.alarms {
            assert_eq!(value(&a.properties, "ACTION"), "DISPLAY");
            assert!(value(&a.properties, "TRIGGER").starts_with("-P"));
        }
    }

    let de = catalog("de");
    let ar = catalog("ar");
    let clean = |s: String| s.replace([i18n::FSI, i18n::PDI], "");

    // The lawsuit: all-day on the moved date, with the note, both languages, not legal advice.
    let lawsuit = cal
        .events
        .iter()
        .find(|e| value(&e.properties, "UID") == "doc-bescheid1-lawsuit@mein-ordner.app")
        .unwrap();
    let start = prop(&lawsuit.properties, "DTSTART");
    assert_eq!(param(start, "VALUE").as_deref(), Some("DATE"));
    assert_eq!(start.value.as_deref(), Some("20261123"));
    assert_eq!(value(&lawsuit.properties, "DTEND"), "20261124");
    let summary = unescape(&value(&lawsuit.properties, "SUMMARY"));
    assert!(
        summary.contains("Klage beim Verwaltungsgericht"),
        "{summary}"
    );
    assert!(
        summary.contains(&clean(ar.msg("deadline-title-lawsuit"))),
        "{summary}"
    );
    let desc = unescape(&value(&lawsuit.properties, "DESCRIPTION"));
    for c in [&de, &ar] {
        assert!(
            desc.contains(&clean(c.msg("deadline-not-legal-advice"))),
            "{desc}"
        );
        assert!(desc.contains(&clean(c.msg("deadline-advice"))), "{desc}");
    }
    assert!(desc.contains("Samstag, 21.11.2026"), "{desc}");
    assert!(desc.contains("Montag, 23.11.2026"), "{desc}");
    assert!(desc.contains(&de.msg("doctype-bamf-bescheid")), "{desc}");
    assert_eq!(lawsuit.alarms.len(), 2);

    // The appointment with a time: Berlin time, location, notes back byte for byte.
    let appt = cal
        .events
        .iter()
        .find(|e| value(&e.properties, "UID") == "appt-a1@mein-ordner.app")
        .unwrap();
    let start = prop(&appt.properties, "DTSTART");
    assert_eq!(param(start, "TZID").as_deref(), Some("Europe/Berlin"));
    assert_eq!(start.value.as_deref(), Some("20261124T093000"));
    assert_eq!(value(&appt.properties, "DURATION"), "PT60M");
    assert_eq!(
        unescape(&value(&appt.properties, "LOCATION")),
        "Ausländerbehörde, Zimmer 2.04"
    );
    let summary = unescape(&value(&appt.properties, "SUMMARY"));
    assert!(
        summary.starts_with("Termin: Ausländerbehörde, Zimmer 2.04 / "),
        "{summary}"
    );
    let desc = unescape(&value(&appt.properties, "DESCRIPTION"));
    assert!(desc.contains(NOTES), "{desc}");
    assert!(desc.contains("Dienstag, 24.11.2026, 09:30 Uhr"), "{desc}");
    assert!(desc.contains("Aufenthaltsgestattung (Foto)"), "{desc}");
    assert!(desc.contains(&clean(ar.msg("appt-bring"))), "{desc}");
    let triggers: Vec<String> = appt
        .alarms
        .iter()
        .map(|a| value(&a.properties, "TRIGGER"))
        .collect();
    assert_eq!(triggers, ["-P1D", "-PT2H"]);

    // Without a time: an all-day event.
    let all_day = cal
        .events
        .iter()
        .find(|e| value(&e.properties, "UID") == "appt-a2@mein-ordner.app")
        .unwrap();
    assert_eq!(
        param(prop(&all_day.properties, "DTSTART"), "VALUE").as_deref(),
        Some("DATE")
    );
}

#[test]
fn without_appointments_there_is_no_time_zone_block() {
    let de = catalog("de");
    let content = Content::default_germany();
    let texts = IcsTexts {
        de: &de,
        own: None,
        content: &content,
        doc_title: &|_| None,
    };
    let stamp = UtcDateTime::from_unix_millis(0.0).unwrap();
    let text = agenda_calendar(&[], &[], &texts, stamp);
    assert_eq!(
        text,
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mein Ordner//Fristen und Termine//DE\r\n\
         CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n"
    );
    let cal = parse(&text);
    assert!(cal.events.is_empty());
}
