//! Appointments, the consultation log, "due soon" and the calendar export end to end in headless
//! Chromium (390 px, German + Arabic, then German + English): create a folder, add an
//! appointment in three days and a log entry, see the appointment under "due soon" on the home
//! screen, lock (nothing personal on any screen), unlock (both are back), export the `.ics` and
//! read it with an independent parser, and find none of the entered text in raw storage.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use std::io::BufReader;

use e2e::vault::{
    assert_no_plaintext, assert_opaque_keys, click, create_folder, open_folder, raw_storage,
    record_sizes, set_value, stored_count, type_into, unlock, wait_status,
};
use e2e::{
    Driver, Server, browser, built_dist, capture_downloads, captured_download, js, screenshot,
    wait_js,
};
use serde_json::Value;

const PASSPHRASE: &str = "Termine im Oktober 2015 Dresden";
const OFFICE: &str = "Ausländerbehörde OFFICEMARK-7f3 Zimmer 204";
const NOTES: &str = "ملاحظة-سرية-للموعد NOTEMARK-c41, mit Dolmetscher";
const WHO: &str = "Frau WHOMARK-91c Migrationsberatung";
const AGREED: &str = "AGREEDMARK-2d Widerspruch; Kopie bringen";
const NEXT: &str = "NEXTMARK-55e am Montag anrufen";

/// `YYYY-MM-DD` in the browser's local time, `days` from now.
async fn browser_date(driver: &thirtyfour::WebDriver, days: i64) -> String {
    js(
        driver,
        &format!(
            "(() => {{ const d = new Date(Date.now() + {days} * 864e5); \
             return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + \
             String(d.getDate()).padStart(2, '0'); }})()"
        ),
    )
    .await
    .as_str()
    .unwrap()
    .to_owned()
}

async fn go(driver: &thirtyfour::WebDriver, origin: &str, hash: &str) {
    driver.goto(format!("{origin}/{hash}")).await.unwrap();
}

fn unescape(v: &str) -> String {
    v.replace("\\n", "\n")
        .replace("\\N", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
}

#[tokio::test(flavor = "multi_thread")]
async fn appointments_log_due_soon_lock_export() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let driver = browser(&chromedriver, server.port, 390, 844).await;

    // --- A new folder (German + Arabic). ---
    open_folder(&driver, &origin, "ar").await;
    wait_status(&driver, "empty").await;
    create_folder(&driver, PASSPHRASE).await;
    assert!(
        driver
            .find(thirtyfour::By::Css("#agenda-appointments-link"))
            .await
            .is_ok(),
        "the folder links to the appointments"
    );

    // --- An appointment in three days, 09:30, with an item to bring and Arabic notes. ---
    go(&driver, &origin, "#/appointments").await;
    wait_js(
        &driver,
        "document.querySelector('#appt-add')",
        "the add button",
    )
    .await;
    click(&driver, "#appt-add").await;
    wait_js(&driver, "document.querySelector('#appt-form')", "the form").await;
    // Without a place it is refused, clearly.
    set_value(&driver, "#appt-office", "").await;
    click(&driver, "#appt-save").await;
    assert_eq!(
        wait_js(
            &driver,
            "document.querySelector('#appt-form .vault-error[data-error]')?.dataset.error",
            "the problem"
        )
        .await,
        "appt-error-no-office"
    );
    let date = browser_date(&driver, 3).await;
    set_value(&driver, "#appt-date", &date).await;
    set_value(&driver, "#appt-time", "09:30").await;
    type_into(&driver, "#appt-office", OFFICE).await;
    type_into(&driver, "#appt-notes", NOTES).await;
    js(
        &driver,
        "document.querySelector('.appt-bring-tab').open = true",
    )
    .await;
    click(&driver, ".appt-bring-tab input[type=checkbox]").await;
    wait_js(
        &driver,
        "document.querySelector('.appt-bring-count').dataset.count === '1'",
        "one item to bring",
    )
    .await;
    let bring_text = js(
        &driver,
        "document.querySelector('.appt-bring-tab li .bi-de').textContent",
    )
    .await
    .as_str()
    .unwrap()
    .to_owned();
    screenshot(&driver, "appt-1-form-ar.png").await;
    click(&driver, "#appt-save").await;
    wait_js(
        &driver,
        "document.querySelector('.appt-card')",
        "the appointment",
    )
    .await;
    let card = js(&driver, "document.querySelector('.appt-card').textContent").await;
    let card = card.as_str().unwrap();
    assert!(card.contains(OFFICE), "{card}");
    assert!(card.contains(&bring_text), "{card}");
    assert!(card.contains("09:30"), "{card}");
    screenshot(&driver, "appt-2-list-ar.png").await;

    // --- A consultation log entry. ---
    go(&driver, &origin, "#/log").await;
    wait_js(
        &driver,
        "document.querySelector('#log-add')",
        "the add button",
    )
    .await;
    click(&driver, "#log-add").await;
    type_into(&driver, "#log-who", WHO).await;
    type_into(&driver, "#log-agreed", AGREED).await;
    type_into(&driver, "#log-next", NEXT).await;
    click(&driver, "#log-save").await;
    wait_js(
        &driver,
        "document.querySelector('.log-card')",
        "the log entry",
    )
    .await;
    let log = js(&driver, "document.querySelector('.log-card').textContent").await;
    assert!(log.as_str().unwrap().contains(WHO), "{log}");
    screenshot(&driver, "appt-3-log-ar.png").await;

    // --- Home: "due soon" lists the appointment in the next 7 days. ---
    go(&driver, &origin, "#/").await;
    wait_js(&driver, "document.querySelector('#due-soon')", "due soon").await;
    let due = js(
        &driver,
        "Array.from(document.querySelectorAll('#due-soon .due-item'), (e) => \
         [e.dataset.urgency, e.dataset.kind, e.textContent])",
    )
    .await;
    let due = due.as_array().unwrap();
    assert_eq!(due.len(), 1, "{due:?}");
    assert_eq!(due[0][0], "week");
    assert_eq!(due[0][1], "appointment");
    assert!(due[0][2].as_str().unwrap().contains(OFFICE), "{due:?}");
    screenshot(&driver, "appt-4-home-due-ar.png").await;

    // --- Lock: nothing personal anywhere. ---
    e2e::vault::lock_now(&driver).await;
    for hash in ["#/", "#/appointments", "#/log"] {
        go(&driver, &origin, hash).await;
        wait_js(&driver, "document.querySelector('main h2')", "the screen").await;
        let text = js(&driver, "document.body.textContent").await;
        let text = text.as_str().unwrap();
        for secret in ["OFFICEMARK", "NOTEMARK", "WHOMARK", "AGREEDMARK"] {
            assert!(
                !text.contains(secret),
                "{secret} shown on {hash} while locked"
            );
        }
        assert!(driver.find(thirtyfour::By::Css("#due-soon")).await.is_err());
    }
    assert!(
        driver
            .find(thirtyfour::By::Css("#agenda-locked"))
            .await
            .is_ok()
    );
    screenshot(&driver, "appt-5-locked-ar.png").await;

    // --- Unlock: both are back. ---
    go(&driver, &origin, "#/folder").await;
    wait_status(&driver, "locked").await;
    unlock(&driver, PASSPHRASE).await;
    wait_status(&driver, "unlocked").await;
    go(&driver, &origin, "#/appointments").await;
    wait_js(
        &driver,
        "document.querySelector('.appt-card')",
        "the appointment",
    )
    .await;
    go(&driver, &origin, "#/log").await;
    wait_js(
        &driver,
        "document.querySelector('.log-card')",
        "the log entry",
    )
    .await;
    let log = js(&driver, "document.querySelector('.log-card').textContent").await;
    assert!(log.as_str().unwrap().contains(AGREED), "{log}");

    // --- Export the calendar: capture the Blob the page hands to the download link. ---
    go(&driver, &origin, "#/appointments").await;
    wait_js(&driver, "document.querySelector('#appt-export')", "export").await;
    capture_downloads(&driver).await;
    click(&driver, "#appt-export").await;
    let ics = String::from_utf8(captured_download(&driver).await).unwrap();
    assert_eq!(
        js(
            &driver,
            "window.__captured[window.__captured.length - 1].type"
        )
        .await,
        "text/calendar;charset=utf-8"
    );
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
    let dump = raw_storage(&driver).await;
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
    js(
        &driver,
        "localStorage.setItem('mein-ordner-lang', JSON.stringify('en'))",
    )
    .await;
    go(&driver, &origin, "#/folder").await;
    driver.refresh().await.unwrap();
    wait_status(&driver, "locked").await;
    unlock(&driver, PASSPHRASE).await;
    wait_status(&driver, "unlocked").await;
    go(&driver, &origin, "#/").await;
    wait_js(
        &driver,
        "document.querySelector('#due-soon .due-item')",
        "due soon",
    )
    .await;
    screenshot(&driver, "appt-6-home-due-en.png").await;
    go(&driver, &origin, "#/appointments").await;
    wait_js(
        &driver,
        "document.querySelector('.appt-card')",
        "the appointment",
    )
    .await;
    screenshot(&driver, "appt-7-list-en.png").await;
    click(&driver, ".appt-edit").await;
    wait_js(&driver, "document.querySelector('#appt-form')", "the form").await;
    assert_eq!(
        js(&driver, "document.querySelector('#appt-date').value").await,
        date.as_str()
    );
    assert_eq!(
        js(&driver, "document.querySelector('#appt-office').value").await,
        OFFICE
    );
    screenshot(&driver, "appt-8-edit-en.png").await;
    click(&driver, "#appt-cancel").await;
    go(&driver, &origin, "#/log").await;
    wait_js(
        &driver,
        "document.querySelector('.log-card')",
        "the log entry",
    )
    .await;
    screenshot(&driver, "appt-9-log-en.png").await;

    // --- Delete the appointment (press twice): gone from the list and from storage. ---
    let records_before = stored_count(&raw_storage(&driver).await, "records");
    go(&driver, &origin, "#/appointments").await;
    wait_js(&driver, "document.querySelector('.appt-delete')", "delete").await;
    click(&driver, ".appt-delete").await;
    wait_js(
        &driver,
        "document.querySelector('.appt-card .vault-warning')",
        "confirm",
    )
    .await;
    click(&driver, ".appt-delete").await;
    wait_js(&driver, "!document.querySelector('.appt-card')", "deleted").await;
    let dump = raw_storage(&driver).await;
    assert_eq!(stored_count(&dump, "records"), records_before - 1);
    assert_opaque_keys(&dump);

    // --- An appointment at the BAMF: the strong warning with its law (§ 33 Abs. 2 AsylG), on
    // the card and on home; the calendar reminds 1 week before. ---
    click(&driver, "#appt-add").await;
    wait_js(&driver, "document.querySelector('#appt-form')", "the form").await;
    let bamf_date = browser_date(&driver, 5).await;
    set_value(&driver, "#appt-date", &bamf_date).await;
    set_value(&driver, "#appt-office", "").await;
    type_into(&driver, "#appt-office", "BAMF Außenstelle BAMFMARK-3e").await;
    click(&driver, "#appt-save").await;
    wait_js(
        &driver,
        "document.querySelector('.appt-card .appt-bamf-warning')",
        "the BAMF warning on the card",
    )
    .await;
    let warning = js(
        &driver,
        "document.querySelector('.appt-bamf-warning').textContent",
    )
    .await;
    let warning = warning.as_str().unwrap();
    assert!(warning.contains("§ 33 Abs. 2"), "{warning}");
    assert!(warning.contains("BAMF"), "{warning}");
    screenshot(&driver, "appt-10-bamf-en.png").await;
    go(&driver, &origin, "#/").await;
    wait_js(
        &driver,
        "document.querySelector('#due-soon .due-item[data-kind=\"bamf-appointment\"][data-severity=\"court\"]')",
        "the BAMF appointment on home, critical",
    )
    .await;
    go(&driver, &origin, "#/appointments").await;
    wait_js(&driver, "document.querySelector('#appt-export')", "export").await;
    capture_downloads(&driver).await;
    click(&driver, "#appt-export").await;
    let ics = String::from_utf8(captured_download(&driver).await).unwrap();
    assert!(ics.contains("TRIGGER:-P7D"), "1 week before: {ics}");

    driver.quit().await.unwrap();
}
