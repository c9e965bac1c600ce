//! The office editor end to end (German + Arabic, 390 px): start from the Dortmund pack, add a
//! contact with a note translated into Arabic, move it up, check, export the file; the exported
//! file parses natively with the same contact in the same place, and imported on the town screen
//! its contact shows on the tab page in both languages. A broken copy of the file is refused with
//! the line and field, and the town loaded before stays.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test: failing loudly is the point

use e2e::app::App;
use e2e::pages::{OfficeEditor, TownScreen, contact_card};
use ordner_core::TabId;
use ordner_core::content::ContentPack;

const ORGANISATION: &str = "Beratung Testhaus Nord";
const NOTE_DE: &str = "Termine nur nach Anruf.";
const NOTE_AR: &str = "المواعيد فقط بعد الاتصال الهاتفي.";
const HOURS_DE: &str = "Di 9–12 Uhr";

#[tokio::test(flavor = "multi_thread")]
async fn office_editor_export_and_import() {
    let app = App::start("ar", 390).await;
    let tmp = std::env::temp_dir().join(format!("ordner-office-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let editor = OfficeEditor::open(&app).await;

    // --- Start from Dortmund, add a contact, translate its note, move it up. ---
    // The built-in pack is fetched (`packs/dortmund.toml`) before the editor shows it.
    let before = editor.start_from("dortmund").await;
    assert!(before > 0, "Dortmund has contacts");
    let contact = editor.add_contact().await;
    let n = before; // index of the new contact
    assert_eq!(contact.index, n);
    contact.type_into("key", "testhaus-nord").await;
    contact.type_into("organisation", ORGANISATION).await;
    contact.toggle_tab(TabId::Advice).await;
    contact.type_into("notes-de", NOTE_DE).await;
    contact.translate("notes", "ar", NOTE_AR).await;
    // Opening hours, "by appointment only" and the day the facts are from (pack format 2).
    contact.type_into("hours-de", HOURS_DE).await;
    contact.toggle("by-appointment").await;
    contact.set("facts-as-of", "2025-06-30").await;
    contact.move_up().await;
    assert_eq!(
        editor.contact(n - 1).value("organisation").await,
        ORGANISATION,
        "moved up one place"
    );
    editor.check_passes().await;
    assert_eq!(
        editor.warnings().await,
        [],
        "nothing the printout cannot show"
    );
    // A character the printout cannot show (an emoji; WebDriver types only the Basic
    // Multilingual Plane, so "☕" U+2615) is a warning, in both languages, naming field and
    // character; the pack stays fine to export.
    editor
        .contact(n - 1)
        .type_into("department", "Café ☕")
        .await;
    editor.check_passes().await;
    let warnings = editor.warnings().await;
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    let (field, text) = &warnings[0];
    assert_eq!(field, &format!("contacts[{n}].department"));
    assert!(
        text.contains("☕ (U+2615)") && text.contains(field.as_str()),
        "{text}"
    );
    assert!(
        text.contains("gedruckt") && text.contains("طباعة"),
        "{text}"
    );
    app.screenshot("office-1-checked-de-ar.png").await;

    // --- Export: the text handed to the download link. ---
    let text = editor.export().await;
    let pack = ContentPack::parse("export.toml", &text).unwrap();
    assert_eq!(pack.key, "dortmund");
    let ours = &pack.contacts[n - 1];
    assert_eq!(ours.key, "testhaus-nord");
    assert_eq!(ours.organisation.as_deref(), Some(ORGANISATION));
    assert_eq!(ours.tabs.as_deref(), Some(&[TabId::Advice][..]));
    let notes = ours.notes.as_ref().unwrap();
    assert_eq!(notes.german(), NOTE_DE);
    assert_eq!(notes.get("ar"), Some(NOTE_AR));
    assert_eq!(pack.contacts.len(), n + 1);
    assert_eq!(ours.hours.as_ref().map(|h| h.german()), Some(HOURS_DE));
    assert_eq!(ours.by_appointment, Some(true));
    assert_eq!(ours.facts_as_of.as_deref(), Some("2025-06-30"));
    assert_eq!(ours.department.as_deref(), Some("Café ☕"));
    assert!(
        text.contains("\nformat = 2\n"),
        "the fields of format 2 need it"
    );
    let file = tmp.join("dortmund-neu.toml");
    std::fs::write(&file, &text).unwrap();

    // --- Import on the town screen: the contact is on the advice tab, in both languages. ---
    TownScreen::open(&app).await.load(&file).await;
    app.go("#/tab/advice").await;
    let page = app
        .wait_text(ORGANISATION, "the new contact on the tab page")
        .await;
    assert!(page.contains(NOTE_DE), "German note on the page");
    assert!(page.contains(NOTE_AR), "Arabic note on the page");
    // Its opening hours with "by appointment only", and the facts' age beside it.
    let card = contact_card(&app, "testhaus-nord").await;
    let de = ordner_core::Catalog::load_dir(&e2e::repo_root().join("locales"), "de").unwrap();
    let ar = ordner_core::Catalog::load_dir(&e2e::repo_root().join("locales"), "ar").unwrap();
    assert!(card.contains(HOURS_DE), "{card}");
    assert!(card.contains(&de.msg("contact-by-appointment")), "{card}");
    assert!(card.contains(&ar.msg("contact-by-appointment")), "{card}");
    assert!(card.contains("2025"), "the facts' year: {card}");
    app.screenshot("office-2-imported-contact-de-ar.png").await;

    // --- A broken copy: refused with line and field; the town loaded before stays. ---
    let broken = text.replacen("key = \"testhaus-nord\"", "key = \"Testhaus Nord!\"", 1);
    assert_ne!(broken, text);
    let broken_file = tmp.join("kaputt.toml");
    std::fs::write(&broken_file, &broken).unwrap();
    let town = TownScreen::open(&app).await;
    let problems = town.load_refused(&broken_file).await;
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
    assert!(town.imported_is_chosen().await);
    app.screenshot("office-3-broken-de-ar.png").await;
    app.finish().await;
    let _ = std::fs::remove_dir_all(&tmp);
}
