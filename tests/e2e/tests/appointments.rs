//! Appointments, the consultation log, "due soon" and the calendar export end to end in headless
//! Chromium (390 px, German + Arabic, then German + English): create a folder, add an
//! appointment in three days and a log entry, see the appointment under "due soon" on the home
//! screen, lock (nothing personal on any screen), unlock (both are back), export the `.ics` and
//! read it with an independent parser, and find none of the entered text in raw storage.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::io::BufReader;

use e2e::app::App;
use e2e::pages::{Appointment, Appointments, ConsultationLog, Folder, Home, LogEntry, screen_text};
use e2e::vault::{
    assert_no_plaintext, assert_opaque_keys, raw_storage, record_sizes, stored_count,
};
use serde_json::Value;

const PASSPHRASE: &str = "Termine im Oktober 2015 Dresden";
const OFFICE: &str = "Ausländerbehörde OFFICEMARK-7f3 Zimmer 204";
const NOTES: &str = "ملاحظة-سرية-للموعد NOTEMARK-c41, mit Dolmetscher";
const WHO: &str = "Frau WHOMARK-91c Migrationsberatung";
const AGREED: &str = "AGREEDMARK-2d Widerspruch; Kopie bringen";
const NEXT: &str = "NEXTMARK-55e am Montag anrufen";

fn unescape(v: &str) -> String {
    v.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
}

#[tokio::test(flavor = "multi_thread")]
async fn appointments_log_due_soon_lock_export() {
    let app = App::start("ar", 390).await;

    // --- A new folder (German + Arabic). ---
    Folder::create(&app, PASSPHRASE).await;
    assert!(
        app.exists("#agenda-appointments-link").await,
        "the folder links to the appointments"
    );

    // --- An appointment in three days, 09:30, with an item to bring and Arabic notes. ---
    let appointments = Appointments::open(&app).await;
    appointments.add().await;
    // Without a place it is refused, clearly.
    app.set_value("#appt-office", "").await;
    assert_eq!(appointments.save_refused().await, "appt-error-no-office");
    let date = app.date_in(3).await;
    appointments
        .fill(&Appointment {
            date: &date,
            time: Some("09:30"),
            office: OFFICE,
            notes: NOTES,
        })
        .await;
    app.js("document.querySelector('.appt-bring-tab').open = true")
        .await;
    app.click(".appt-bring-tab input[type=checkbox]").await;
    app.wait_for(".appt-bring-count[data-count='1']", "one item to bring")
        .await;
    let bring_text = app.text(".appt-bring-tab li .bi-de").await;
    app.screenshot("appt-1-form-ar.png").await;
    appointments.save().await;
    let card = &appointments.cards().await[0];
    assert!(card.contains(OFFICE), "{card}");
    assert!(card.contains(&bring_text), "{card}");
    assert!(card.contains("09:30"), "{card}");
    app.screenshot("appt-2-list-ar.png").await;

    // --- A consultation log entry. ---
    let log = ConsultationLog::open(&app).await;
    log.add(&LogEntry {
        who: WHO,
        agreed: AGREED,
        next: NEXT,
    })
    .await;
    let entry = &log.cards().await[0];
    assert!(entry.contains(WHO), "{entry}");
    app.screenshot("appt-3-log-ar.png").await;

    // --- Home: "due soon" lists the appointment in the next 7 days. ---
    let due = Home::open(&app).await.due_soon().await;
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(due[0].urgency, "week");
    assert_eq!(due[0].kind, "appointment");
    assert!(due[0].text.contains(OFFICE), "{due:?}");
    app.screenshot("appt-4-home-due-ar.png").await;

    // --- Lock: nothing personal anywhere. ---
    Folder::open(&app).await.lock().await;
    for hash in ["#/", "#/appointments", "#/log"] {
        app.go(hash).await;
        app.wait_for("main h2", "the screen").await;
        let text = screen_text(&app).await;
        for secret in ["OFFICEMARK", "NOTEMARK", "WHOMARK", "AGREEDMARK"] {
            assert!(
                !text.contains(secret),
                "{secret} shown on {hash} while locked"
            );
        }
        assert!(!app.exists("#due-soon").await);
    }
    assert!(app.exists("#agenda-locked").await);
    app.screenshot("appt-5-locked-ar.png").await;

    // --- Unlock: both are back. ---
    Folder::unlock(&app, PASSPHRASE).await;
    Appointments::open(&app).await.cards().await;
    let entry = &ConsultationLog::open(&app).await.cards().await[0];
    assert!(entry.contains(AGREED), "{entry}");

    // --- Export the calendar: capture the Blob the page hands to the download link. ---
    let (ics, mime) = Appointments::open(&app).await.export().await;
    assert_eq!(mime, "text/calendar;charset=utf-8");
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "line of {} octets: {line}", line.len());
    }
    let cal = ical::IcalParser::new(BufReader::new(ics.as_bytes()))
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(cal.events.len(), 1, "{ics}");
    let props = &cal.events[0].properties;
    let get = |name: &str| -> &ical::property::Property {
        props.iter().find(|p| p.name == name).unwrap()
    };
    let start = get("DTSTART");
    assert_eq!(
        start.value.as_deref(),
        Some(format!("{}T093000", date.replace('-', "")).as_str())
    );
    assert!(
        start
            .params
            .as_ref()
            .unwrap()
            .iter()
            .any(|(k, v)| k == "TZID" && v == &["Europe/Berlin".to_owned()])
    );
    assert!(get("UID").value.as_deref().unwrap().starts_with("appt-"));
    let summary = unescape(get("SUMMARY").value.as_deref().unwrap());
    assert!(summary.contains(OFFICE), "{summary}");
    assert!(summary.contains("موعد"), "Arabic beside German: {summary}");
    let description = unescape(get("DESCRIPTION").value.as_deref().unwrap());
    assert!(description.contains(NOTES), "{description}");
    assert!(description.contains(&bring_text), "{description}");
    assert_eq!(cal.events[0].alarms.len(), 2);
    assert_eq!(cal.timezones.len(), 1);

    // --- Raw storage: ciphertext only. ---
    let dump = raw_storage(&app.driver).await;
    // The appointment and the log entry are records like any other: opaque keys, one size.
    assert_opaque_keys(&dump);
    assert!(stored_count(&dump, "records") >= 2);
    let sizes = record_sizes(&dump);
    assert!(sizes.windows(2).all(|w| w[0] == w[1]), "{sizes:?}");
    assert_no_plaintext(&dump, &[OFFICE, NOTES, WHO, AGREED, NEXT, PASSPHRASE]);
    let local: Vec<&Value> = dump["local"].as_array().unwrap().iter().collect();
    assert_eq!(
        local.len(),
        1,
        "localStorage holds only the language: {local:?}"
    );

    // --- German + English: the same screens. ---
    app.js("localStorage.setItem('mein-ordner-lang', JSON.stringify('en'))")
        .await;
    app.go("#/folder").await;
    app.reload().await;
    Folder::unlock(&app, PASSPHRASE).await;
    Home::open(&app).await;
    app.wait_for("#due-soon .due-item", "due soon").await;
    app.screenshot("appt-6-home-due-en.png").await;
    let appointments = Appointments::open(&app).await;
    appointments.cards().await;
    app.screenshot("appt-7-list-en.png").await;
    assert_eq!(
        appointments.edit_first().await,
        (date.clone(), OFFICE.to_owned())
    );
    app.screenshot("appt-8-edit-en.png").await;
    appointments.cancel().await;
    ConsultationLog::open(&app).await.cards().await;
    app.screenshot("appt-9-log-en.png").await;

    // --- Delete the appointment (press twice): gone from the list and from storage. ---
    let records_before = stored_count(&raw_storage(&app.driver).await, "records");
    let appointments = Appointments::open(&app).await;
    appointments.delete_first().await;
    let dump = raw_storage(&app.driver).await;
    assert_eq!(stored_count(&dump, "records"), records_before - 1);
    assert_opaque_keys(&dump);

    // --- An appointment at the BAMF: the strong warning with its law (§ 33 Abs. 2 AsylG), on
    // the card and on home; the calendar reminds 1 week before. ---
    appointments.add().await;
    let bamf_date = app.date_in(5).await;
    appointments
        .fill(&Appointment {
            date: &bamf_date,
            office: "BAMF Außenstelle BAMFMARK-3e",
            ..Appointment::default()
        })
        .await;
    appointments.save().await;
    let warning = appointments.bamf_warning().await;
    assert!(warning.contains("§ 33 Abs. 2"), "{warning}");
    assert!(warning.contains("BAMF"), "{warning}");
    app.screenshot("appt-10-bamf-en.png").await;
    let due = Home::open(&app).await.due_soon().await;
    assert!(
        due.iter()
            .any(|d| d.kind == "bamf-appointment" && d.severity == "court"),
        "the BAMF appointment on home, critical: {due:?}"
    );
    let (ics, _) = Appointments::open(&app).await.export().await;
    assert!(ics.contains("TRIGGER:-P7D"), "1 week before: {ics}");

    app.finish().await;
}
