//! Page objects: what a person does on each screen, as one call each. The selectors of the app's
//! screens live here (and in [`crate::app`]); a test body reads like the person's steps.
//!
//! - [`Folder`]: the safe folder (`#/folder`): create, unlock, lock, backup.
//! - [`TabPage`]: one register tab (`#/tab/<key>`): its checklist.
//! - [`Printout`]: a print screen's "create PDF" and the PDF it made.
//! - [`Appointments`], [`ConsultationLog`]: the two agenda screens.
//! - [`Home`]: the home screen's "due soon".

use serde_json::Value;

use crate::app::{App, quote};
use crate::{capture_downloads, captured_download, wait_js};

/// The safe folder screen (`#/folder`).
pub struct Folder<'a> {
    app: &'a App,
}

/// What creating a folder leaves the person with.
#[derive(Debug, Clone)]
pub struct Created {
    /// The recovery key as shown on the sheet (groups joined by `-`).
    pub recovery_key: String,
}

impl<'a> Folder<'a> {
    /// Opens the folder screen and waits for it.
    pub async fn open(app: &'a App) -> Folder<'a> {
        app.go("#/folder").await;
        app.wait_for("section.vault", "the folder screen").await;
        Folder { app }
    }

    /// Creates a new folder with `passphrase` (from the screen of a browser without one), reads
    /// the recovery key off the sheet, and closes the sheet: the folder is open, on "my details".
    pub async fn create(app: &'a App, passphrase: &str) -> (Folder<'a>, Created) {
        let folder = Folder::open(app).await;
        folder.wait_status("empty").await;
        app.type_into("#vault-new-1", passphrase).await;
        app.type_into("#vault-new-2", passphrase).await;
        app.click("#vault-understood").await;
        app.click("#vault-create-button").await;
        app.wait_for(".recovery-sheet", "the recovery sheet").await;
        let recovery_key = crate::vault::recovery_key_on_sheet(&app.driver).await;
        app.click("#vault-sheet-done").await;
        app.wait_for("#vault-name", "my details").await;
        folder.wait_status("unlocked").await;
        (folder, Created { recovery_key })
    }

    /// Opens the folder screen of a locked folder and unlocks it with `passphrase`.
    pub async fn unlock(app: &'a App, passphrase: &str) -> Folder<'a> {
        let folder = Folder::open(app).await;
        folder.wait_status("locked").await;
        folder.try_unlock(passphrase).await;
        folder.wait_status("unlocked").await;
        folder
    }

    /// Types `passphrase` and presses "unlock" (it may be refused: see [`Folder::error`]).
    pub async fn try_unlock(&self, passphrase: &str) {
        self.app.type_into("#vault-passphrase", passphrase).await;
        self.app.click("#vault-unlock-button").await;
    }

    /// Locks the open folder ("lock now"): the page reloads (#12 §4); waits for the fresh page's
    /// folder screen, locked.
    pub async fn lock(&self) {
        crate::vault::lock_now(&self.app.driver).await;
    }

    /// Waits for the folder's status: `empty`, `locked`, `unlocked`.
    pub async fn wait_status(&self, status: &str) {
        crate::vault::wait_status(&self.app.driver, status).await;
    }

    /// The id of the error shown in `scope` (a CSS selector inside the folder screen; waits).
    pub async fn error(&self, scope: &str) -> String {
        crate::vault::error_id(&self.app.driver, scope).await
    }
}

/// One register tab's page (`#/tab/<key>`).
pub struct TabPage<'a> {
    app: &'a App,
}

impl<'a> TabPage<'a> {
    /// Opens the tab's page and waits for its checklist.
    pub async fn open(app: &'a App, tab: ordner_core::TabId) -> TabPage<'a> {
        app.go(&format!("#/tab/{}", tab.key())).await;
        app.wait_for(".check-item input[type=checkbox]", "the checklist")
            .await;
        TabPage { app }
    }

    /// Ticks (or unticks) the `n`th checklist item (1-based), waits until the tab's progress
    /// shows `done_after` items, and returns the item's key.
    pub async fn tick(&self, n: usize, done_after: usize) -> String {
        let item = format!(".check-item:nth-of-type({n})");
        self.app
            .click(&format!("{item} input[type=checkbox]"))
            .await;
        self.app
            .wait_for(
                &format!(".tab-progress[data-done=\"{done_after}\"]"),
                "the tick stored",
            )
            .await;
        self.app.attr(&item, "data-key").await.unwrap_or_default()
    }

    /// The keys of the ticked items.
    pub async fn ticked(&self) -> Vec<String> {
        let keys = self
            .app
            .js("Array.from(document.querySelectorAll('.check-item'))\
                 .filter((li) => li.querySelector('input[type=checkbox]').checked)\
                 .map((li) => li.dataset.key)")
            .await;
        strings(&keys)
    }
}

/// A PDF made on a print screen.
#[derive(Debug, Clone)]
pub struct Printout {
    pub bytes: Vec<u8>,
    pub pages: u64,
    /// From pressing the button to the PDF, and the engine's own time, in ms.
    pub ms: f64,
    pub render_ms: f64,
    /// The font files the worker fetched, comma-separated.
    pub fonts: String,
}

impl Printout {
    /// Presses "create PDF" in `scope` (a CSS selector of the print screen's part), waits for
    /// the PDF, and returns it (the Blob the page made its download of). Panics with the
    /// error shown when printing failed.
    pub async fn make(app: &App, scope: &str) -> Printout {
        capture_downloads(&app.driver).await;
        app.click(&format!("{scope} .print-button")).await;
        let state = wait_js(
            &app.driver,
            &format!(
                "document.querySelector({})?.dataset.bytes \
                 || document.querySelector({})?.dataset.error",
                quote(&format!("{scope} #print-result")),
                quote(&format!("{scope} .print-error"))
            ),
            "the PDF",
        )
        .await;
        assert!(
            app.exists(&format!("{scope} #print-result")).await,
            "printing failed: {state}"
        );
        // The page saves the PDF through a Blob URL (its CSP forbids fetching `blob:` URLs back).
        let bytes = captured_download(&app.driver).await;
        let data = app
            .js(&format!(
                "(() => {{ const d = document.querySelector({}).dataset; \
                 return {{ bytes: +d.bytes, pages: +d.pages, ms: +d.ms, renderMs: +d.renderMs, fonts: d.fonts }}; }})()",
                quote(&format!("{scope} #print-result"))
            ))
            .await;
        assert_eq!(data["bytes"].as_u64().unwrap() as usize, bytes.len());
        assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
        app.js(&format!(
            "document.querySelector({}).scrollIntoView({{block: 'center'}})",
            quote(&format!("{scope} #print-result"))
        ))
        .await;
        Printout {
            bytes,
            pages: data["pages"].as_u64().unwrap_or(0),
            ms: data["ms"].as_f64().unwrap_or(0.0),
            render_ms: data["renderMs"].as_f64().unwrap_or(0.0),
            fonts: data["fonts"].as_str().unwrap_or_default().to_owned(),
        }
    }

    /// Presses "create PDF" in `scope` and returns the id of the error it shows.
    pub async fn fail(app: &App, scope: &str) -> String {
        app.click(&format!("{scope} .print-button")).await;
        let error = wait_js(
            &app.driver,
            &format!(
                "document.querySelector({})?.dataset.error",
                quote(&format!("{scope} .print-error"))
            ),
            "the print error",
        )
        .await;
        error.as_str().unwrap_or_default().to_owned()
    }
}

/// An appointment as the form takes it.
#[derive(Debug, Clone, Default)]
pub struct Appointment<'s> {
    /// `YYYY-MM-DD`.
    pub date: &'s str,
    /// `HH:MM`, if any.
    pub time: Option<&'s str>,
    pub office: &'s str,
    pub notes: &'s str,
}

/// The appointments screen (`#/appointments`).
pub struct Appointments<'a> {
    app: &'a App,
}

impl<'a> Appointments<'a> {
    pub async fn open(app: &'a App) -> Appointments<'a> {
        app.go("#/appointments").await;
        app.wait_for("main h2", "the appointments screen").await;
        Appointments { app }
    }

    /// Opens the form for a new appointment.
    pub async fn add(&self) {
        self.app.wait_for("#appt-add", "the add button").await;
        self.app.click("#appt-add").await;
        self.app.wait_for("#appt-form", "the form").await;
    }

    /// Fills the open form (leaving "what to bring" to the test).
    pub async fn fill(&self, a: &Appointment<'_>) {
        self.app.set_value("#appt-date", a.date).await;
        if let Some(time) = a.time {
            self.app.set_value("#appt-time", time).await;
        }
        self.app.type_into("#appt-office", a.office).await;
        if !a.notes.is_empty() {
            self.app.type_into("#appt-notes", a.notes).await;
        }
    }

    /// Presses "save" and waits for the list.
    pub async fn save(&self) {
        self.app.click("#appt-save").await;
        self.app.wait_for(".appt-card", "the appointment").await;
    }

    /// Presses "save" on a form that is refused; returns the problem's id.
    pub async fn save_refused(&self) -> String {
        self.app.click("#appt-save").await;
        wait_js(
            &self.app.driver,
            "document.querySelector('#appt-form .vault-error[data-error]')?.dataset.error",
            "the problem",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// The text of every appointment card (waits for one).
    pub async fn cards(&self) -> Vec<String> {
        self.app.wait_for(".appt-card", "an appointment").await;
        self.app.texts(".appt-card").await
    }

    /// Opens the first appointment's form; returns its date and place as the form shows them.
    pub async fn edit_first(&self) -> (String, String) {
        self.app.click(".appt-edit").await;
        self.app.wait_for("#appt-form", "the form").await;
        let value = |css: &str| format!("document.querySelector({}).value", quote(css));
        let date = self.app.js(&value("#appt-date")).await;
        let office = self.app.js(&value("#appt-office")).await;
        (
            date.as_str().unwrap_or_default().to_owned(),
            office.as_str().unwrap_or_default().to_owned(),
        )
    }

    pub async fn cancel(&self) {
        self.app.click("#appt-cancel").await;
    }

    /// The BAMF warning on an appointment card (waits for it).
    pub async fn bamf_warning(&self) -> String {
        self.app
            .wait_for(
                ".appt-card .appt-bamf-warning",
                "the BAMF warning on the card",
            )
            .await;
        self.app.text(".appt-bamf-warning").await
    }

    /// Deletes the first appointment (the button asks once more) and waits until it is gone.
    pub async fn delete_first(&self) {
        self.app.wait_for(".appt-delete", "delete").await;
        self.app.click(".appt-delete").await;
        self.app
            .wait_for(".appt-card .vault-warning", "confirm")
            .await;
        self.app.click(".appt-delete").await;
        self.app.wait_gone(".appt-card", "deleted").await;
    }

    /// Exports the calendar file and returns it.
    pub async fn export(&self) -> (String, Value) {
        self.app.wait_for("#appt-export", "export").await;
        capture_downloads(&self.app.driver).await;
        self.app.click("#appt-export").await;
        let ics = String::from_utf8(captured_download(&self.app.driver).await).unwrap();
        let mime = self
            .app
            .js("window.__captured[window.__captured.length - 1].type")
            .await;
        (ics, mime)
    }
}

/// A consultation log entry as the form takes it.
#[derive(Debug, Clone, Default)]
pub struct LogEntry<'s> {
    pub who: &'s str,
    pub agreed: &'s str,
    pub next: &'s str,
}

/// The consultation log (`#/log`).
pub struct ConsultationLog<'a> {
    app: &'a App,
}

impl<'a> ConsultationLog<'a> {
    pub async fn open(app: &'a App) -> ConsultationLog<'a> {
        app.go("#/log").await;
        app.wait_for("main h2", "the consultation log").await;
        ConsultationLog { app }
    }

    /// Adds an entry and waits for it in the list.
    pub async fn add(&self, entry: &LogEntry<'_>) {
        self.app.wait_for("#log-add", "the add button").await;
        self.app.click("#log-add").await;
        self.app.type_into("#log-who", entry.who).await;
        self.app.type_into("#log-agreed", entry.agreed).await;
        self.app.type_into("#log-next", entry.next).await;
        self.app.click("#log-save").await;
        self.app.wait_for(".log-card", "the log entry").await;
    }

    /// The text of every entry (waits for one).
    pub async fn cards(&self) -> Vec<String> {
        self.app.wait_for(".log-card", "a log entry").await;
        self.app.texts(".log-card").await
    }
}

/// One line of "due soon" on the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueItem {
    /// `overdue`, `week`, ...
    pub urgency: String,
    /// `appointment`, `bamf-appointment`, `deadline`, ...
    pub kind: String,
    /// How grave missing it is (`court`, ...).
    pub severity: String,
    pub text: String,
}

/// The home screen (`#/`).
pub struct Home<'a> {
    app: &'a App,
}

impl<'a> Home<'a> {
    pub async fn open(app: &'a App) -> Home<'a> {
        app.go("#/").await;
        app.wait_for("main h2", "the home screen").await;
        Home { app }
    }

    /// What "due soon" lists (waits for the section).
    pub async fn due_soon(&self) -> Vec<DueItem> {
        self.app.wait_for("#due-soon", "due soon").await;
        let items = self
            .app
            .js(
                "Array.from(document.querySelectorAll('#due-soon .due-item'), (e) => \
                 [e.dataset.urgency, e.dataset.kind, e.dataset.severity, e.textContent])",
            )
            .await;
        items
            .as_array()
            .unwrap()
            .iter()
            .map(|i| DueItem {
                urgency: i[0].as_str().unwrap_or_default().to_owned(),
                kind: i[1].as_str().unwrap_or_default().to_owned(),
                severity: i[2].as_str().unwrap_or_default().to_owned(),
                text: i[3].as_str().unwrap_or_default().to_owned(),
            })
            .collect()
    }
}

/// The rendered text of a contact's card on a tab page (`#/tab/<key>`), by the contact's key
/// (waits for it).
pub async fn contact_card(app: &App, key: &str) -> String {
    let css = format!("article.contact[data-contact={}]", quote(key));
    app.wait_for(&css, "the contact's card").await;
    app.js(&format!(
        "document.querySelector({}).innerText",
        quote(&css)
    ))
    .await
    .as_str()
    .unwrap_or_default()
    .to_owned()
}

/// The screen's whole text (to prove something is *not* shown).
pub async fn screen_text(app: &App) -> String {
    app.js("document.body.textContent")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .map(|s| s.as_str().unwrap_or_default().to_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// The office editor (`#/office`): a town's content pack.
pub struct OfficeEditor<'a> {
    app: &'a App,
}

/// One contact in the office editor, by its place in the list (0-based).
pub struct ContactForm<'a> {
    app: &'a App,
    pub index: usize,
}

impl<'a> OfficeEditor<'a> {
    pub async fn open(app: &'a App) -> OfficeEditor<'a> {
        app.go("#/office").await;
        app.wait_for(".office-editor", "the office editor").await;
        OfficeEditor { app }
    }

    /// Starts from a built-in town pack (fetched as a file) and returns how many contacts it
    /// has.
    pub async fn start_from(&self, town: &str) -> usize {
        self.app
            .click(&format!("button[data-start=\"{town}\"]"))
            .await;
        wait_js(
            &self.app.driver,
            "document.querySelectorAll('.office-contact').length",
            "the town's contacts",
        )
        .await
        .as_u64()
        .unwrap_or(0) as usize
    }

    /// Adds a contact at the end and returns its form.
    pub async fn add_contact(&self) -> ContactForm<'a> {
        let index = self.app.count(".office-contact").await;
        self.app.click(".add-contact").await;
        self.app
            .wait_for(&format!("#office-contact-{index}-key"), "the new contact")
            .await;
        ContactForm {
            app: self.app,
            index,
        }
    }

    /// The contact at `index`.
    pub fn contact(&self, index: usize) -> ContactForm<'a> {
        ContactForm {
            app: self.app,
            index,
        }
    }

    /// Presses "check" and waits until the pack passes.
    pub async fn check_passes(&self) {
        self.app.click(".office-check").await;
        self.app
            .wait_for(".office-result .pack-ok", "the check passing")
            .await;
    }

    /// The warnings shown beside the check's result (characters the printout cannot show):
    /// `(field, text)` each.
    pub async fn warnings(&self) -> Vec<(String, String)> {
        let fields = self
            .app
            .js("[...document.querySelectorAll('.office-result .pack-warning')].map((li) => li.dataset.field)")
            .await;
        let texts = self.app.texts(".office-result .pack-warning").await;
        let fields: Vec<String> = fields
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        fields.into_iter().zip(texts).collect()
    }

    /// Presses "save as a file" and returns the file's text.
    pub async fn export(&self) -> String {
        capture_downloads(&self.app.driver).await;
        self.app.click(".office-export").await;
        String::from_utf8(captured_download(&self.app.driver).await).unwrap()
    }
}

impl ContactForm<'_> {
    fn id(&self, field: &str) -> String {
        format!("#office-contact-{}-{field}", self.index)
    }

    fn part(&self, css: &str) -> String {
        format!(".office-contact[data-index=\"{}\"] {css}", self.index)
    }

    /// Types into a field by its key (`key`, `organisation`, `phone`, `notes-de`, ...).
    pub async fn type_into(&self, field: &str, text: &str) {
        self.app.type_into(&self.id(field), text).await;
    }

    /// A field's value now.
    pub async fn value(&self, field: &str) -> Value {
        self.app
            .js(&format!(
                "document.querySelector({}).value",
                quote(&self.id(field))
            ))
            .await
    }

    /// Sets a field by its key as the browser's pickers do (`facts-as-of`, ...).
    pub async fn set(&self, field: &str, value: &str) {
        self.app.set_value(&self.id(field), value).await;
    }

    /// Ticks or unticks a box by its key (`by-appointment`, ...).
    pub async fn toggle(&self, field: &str) {
        self.app.click(&self.id(field)).await;
    }

    /// Ticks or unticks the contact's box for a tab.
    pub async fn toggle_tab(&self, tab: ordner_core::TabId) {
        self.app
            .click(&self.id(&format!("tab-{}", tab.key())))
            .await;
    }

    /// Adds a translation of a town text (`notes`, `hours`) in `lang` and types it.
    pub async fn translate(&self, field: &str, lang: &str, text: &str) {
        self.app
            .set_value(&self.id(&format!("{field}-add")), lang)
            .await;
        self.app
            .click(&self.part(&format!(
                "fieldset[data-field=\"{field}\"] .add-translation button"
            )))
            .await;
        let input = self.part(&format!(
            "fieldset[data-field=\"{field}\"] .translation[data-lang=\"{lang}\"] textarea"
        ));
        self.app.wait_for(&input, "the translation's field").await;
        self.app.type_into(&input, text).await;
    }

    /// Moves the contact one place up.
    pub async fn move_up(&self) {
        self.app.click(&self.part(".move-up")).await;
    }
}

/// The town screen (`#/town`): choose a town or load a pack file.
pub struct TownScreen<'a> {
    app: &'a App,
}

impl<'a> TownScreen<'a> {
    pub async fn open(app: &'a App) -> TownScreen<'a> {
        app.go("#/town").await;
        app.wait_for("#pack-file", "the town screen").await;
        TownScreen { app }
    }

    /// Chooses a built-in town (`dresden`, `dortmund`, ...).
    pub async fn choose(&self, town: &str) {
        let input = format!(".town-choice[data-town='{town}'] input");
        self.app.wait_for(&input, "the town choice").await;
        self.app.click(&input).await;
    }

    /// Loads a pack file and waits until it is taken.
    pub async fn load(&self, file: &std::path::Path) {
        self.app
            .choose_files("#pack-file", &[file.to_path_buf()])
            .await;
        self.app
            .wait_for(".pack-result .pack-ok", "the file loaded")
            .await;
    }

    /// Loads a pack file that is refused and returns the problems as shown.
    pub async fn load_refused(&self, file: &std::path::Path) -> String {
        self.app
            .choose_files("#pack-file", &[file.to_path_buf()])
            .await;
        wait_js(
            &self.app.driver,
            "document.querySelector('.pack-result .pack-issues')?.innerText",
            "the problems of the file",
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Whether the town loaded from a file is the one chosen.
    pub async fn imported_is_chosen(&self) -> bool {
        self.app
            .js("document.querySelector('label[data-town=\"imported\"] input')?.checked")
            .await
            == Value::Bool(true)
    }
}
