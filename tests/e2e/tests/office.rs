//! The office editor end to end (German + Arabic, 390 px): start from the Dortmund pack, add a
//! contact with a note translated into Arabic, move it up, check, export the file; the exported
//! file parses natively with the same contact in the same place, and imported on the town screen
//! its contact shows on the tab page in both languages. A broken copy of the file is refused with
//! the line and field, and the town loaded before stays.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use e2e::vault::{click, set_value, type_into};
use e2e::{
    Driver, Server, browser, built_dist, capture_downloads, captured_download, js, screenshot,
    wait_js,
};
use ordner_core::TabId;
use ordner_core::content::ContentPack;
use thirtyfour::prelude::*;

const ORGANISATION: &str = "Beratung Testhaus Nord";
const NOTE_DE: &str = "Termine nur nach Anruf.";
const NOTE_AR: &str = "المواعيد فقط بعد الاتصال الهاتفي.";
const HOURS_DE: &str = "Di 9–12 Uhr";

#[tokio::test(flavor = "multi_thread")]
async fn office_editor_export_and_import() {
    let dist = built_dist();
    let server = Server::start(&dist);
    let chromedriver = Driver::start();
    let origin = server.origin();
    let tmp = std::env::temp_dir().join(format!("ordner-office-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let driver = browser(&chromedriver, server.port, 390, 844).await;
    driver.goto(format!("{origin}/")).await.unwrap();
    js(
        &driver,
        "localStorage.setItem('mein-ordner-lang', JSON.stringify('ar'))",
    )
    .await;
    driver.goto(format!("{origin}/#/office")).await.unwrap();
    driver.refresh().await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('.office-editor')",
        "the office editor",
    )
    .await;

    // --- Start from Dortmund, add a contact, translate its note, move it up. ---
    click(&driver, "button[data-start=\"dortmund\"]").await;
    // The built-in pack is fetched (`packs/dortmund.toml`) before the editor shows it.
    let before = wait_js(
        &driver,
        "document.querySelectorAll('.office-contact').length",
        "Dortmund's contacts",
    )
    .await
    .as_u64()
    .unwrap();
    assert!(before > 0, "Dortmund has contacts");
    click(&driver, ".add-contact").await;
    let n = before; // index of the new contact
    let p = format!("#office-contact-{n}");
    type_into(&driver, &format!("{p}-key"), "testhaus-nord").await;
    type_into(&driver, &format!("{p}-organisation"), ORGANISATION).await;
    click(&driver, &format!("{p}-tab-advice")).await;
    type_into(&driver, &format!("{p}-notes-de"), NOTE_DE).await;
    let select = driver
        .find(By::Css(format!("{p}-notes-add")))
        .await
        .unwrap();
    driver
        .execute(
            "arguments[0].value = 'ar'; arguments[0].dispatchEvent(new Event('change'));",
            vec![select.to_json().unwrap()],
        )
        .await
        .unwrap();
    click(
        &driver,
        &format!(".office-contact[data-index=\"{n}\"] fieldset[data-field=\"notes\"] .add-translation button"),
    )
    .await;
    let ar_field = format!(
        ".office-contact[data-index=\"{n}\"] fieldset[data-field=\"notes\"] .translation[data-lang=\"ar\"] textarea"
    );
    wait_js(
        &driver,
        &format!(
            "document.querySelector('{}')",
            ar_field.replace('\'', "\\'")
        ),
        "the Arabic note field",
    )
    .await;
    type_into(&driver, &ar_field, NOTE_AR).await;
    // Opening hours, "by appointment only" and the day the facts are from (pack format 2).
    type_into(&driver, &format!("{p}-hours-de"), HOURS_DE).await;
    click(&driver, &format!("{p}-by-appointment")).await;
    set_value(&driver, &format!("{p}-facts-as-of"), "2025-06-30").await;
    click(
        &driver,
        &format!(".office-contact[data-index=\"{n}\"] .move-up"),
    )
    .await;
    assert_eq!(
        js(
            &driver,
            &format!(
                "document.querySelector('#office-contact-{}-organisation').value",
                n - 1
            )
        )
        .await,
        ORGANISATION,
        "moved up one place"
    );
    click(&driver, ".office-check").await;
    wait_js(
        &driver,
        "document.querySelector('.office-result .pack-ok')",
        "the check passing",
    )
    .await;
    screenshot(&driver, "office-1-checked-de-ar.png").await;

    // --- Export: the text handed to the download link. ---
    capture_downloads(&driver).await;
    click(&driver, ".office-export").await;
    let text = String::from_utf8(captured_download(&driver).await).unwrap();
    let pack = ContentPack::parse("export.toml", &text).unwrap();
    assert_eq!(pack.key, "dortmund");
    let ours = &pack.contacts[usize::try_from(n - 1).unwrap()];
    assert_eq!(ours.key, "testhaus-nord");
    assert_eq!(ours.organisation.as_deref(), Some(ORGANISATION));
    assert_eq!(ours.tabs.as_deref(), Some(&[TabId::Advice][..]));
    let notes = ours.notes.as_ref().unwrap();
    assert_eq!(notes.german(), NOTE_DE);
    assert_eq!(notes.get("ar"), Some(NOTE_AR));
    assert_eq!(pack.contacts.len(), usize::try_from(n + 1).unwrap());
    assert_eq!(ours.hours.as_ref().map(|h| h.german()), Some(HOURS_DE));
    assert_eq!(ours.by_appointment, Some(true));
    assert_eq!(ours.facts_as_of.as_deref(), Some("2025-06-30"));
    assert!(
        text.contains("\nformat = 2\n"),
        "the fields of format 2 need it"
    );
    let file = tmp.join("dortmund-neu.toml");
    std::fs::write(&file, &text).unwrap();

    // --- Import on the town screen: the contact is on the advice tab, in both languages. ---
    driver.goto(format!("{origin}/#/town")).await.unwrap();
    let input = driver.find(By::Css("#pack-file")).await.unwrap();
    input.send_keys(file.to_str().unwrap()).await.unwrap();
    wait_js(
        &driver,
        "document.querySelector('.pack-result .pack-ok')",
        "the file loaded",
    )
    .await;
    driver.goto(format!("{origin}/#/tab/advice")).await.unwrap();
    let page = wait_js(
        &driver,
        &format!("document.body.innerText.includes('{ORGANISATION}') && document.body.innerText"),
        "the new contact on the tab page",
    )
    .await;
    let page = page.as_str().unwrap();
    assert!(page.contains(NOTE_DE), "German note on the page");
    assert!(page.contains(NOTE_AR), "Arabic note on the page");
    // Its opening hours with "by appointment only", and the facts' age beside it.
    let card = js(
        &driver,
        "document.querySelector('article.contact[data-contact=\"testhaus-nord\"]').innerText",
    )
    .await;
    let card = card.as_str().unwrap();
    let de = ordner_core::Catalog::load_dir(&e2e::repo_root().join("locales"), "de").unwrap();
    let ar = ordner_core::Catalog::load_dir(&e2e::repo_root().join("locales"), "ar").unwrap();
    assert!(card.contains(HOURS_DE), "{card}");
    assert!(card.contains(&de.msg("contact-by-appointment")), "{card}");
    assert!(card.contains(&ar.msg("contact-by-appointment")), "{card}");
    assert!(card.contains("2025"), "the facts' year: {card}");
    screenshot(&driver, "office-2-imported-contact-de-ar.png").await;

    // --- A broken copy: refused with line and field; the town loaded before stays. ---
    let broken = text.replacen("key = \"testhaus-nord\"", "key = \"Testhaus Nord!\"", 1);
    assert_ne!(broken, text);
    let broken_file = tmp.join("kaputt.toml");
    std::fs::write(&broken_file, &broken).unwrap();
    driver.goto(format!("{origin}/#/town")).await.unwrap();
    let input = driver.find(By::Css("#pack-file")).await.unwrap();
    input
        .send_keys(broken_file.to_str().unwrap())
        .await
        .unwrap();
    let problems = wait_js(
        &driver,
        "document.querySelector('.pack-result .pack-issues')?.innerText",
        "the problems of the broken file",
    )
    .await;
    let problems = problems.as_str().unwrap();
    assert!(problems.contains("kaputt.toml"), "{problems}");
    let line = broken
        .lines()
        .position(|l| l.contains("Testhaus Nord!"))
        .unwrap()
        + 1;
    assert!(
        problems.contains(&line.to_string()),
        "line {line}: {problems}"
    );
    assert_eq!(
        js(
            &driver,
            "document.querySelector('label[data-town=\"imported\"] input')?.checked"
        )
        .await,
        true
    );
    screenshot(&driver, "office-3-broken-de-ar.png").await;
    driver.quit().await.unwrap();
    let _ = std::fs::remove_dir_all(&tmp);
}
