//! Mein Ordner, the browser shell: thin Leptos components over the pure crates in `crates/`.
//!
//! - [`app`]: the root component and the screen state.
//! - [`i18n`]: the German and own-language catalogs, fetched per language.
//! - [`prefs`]: the chosen language, the only thing kept in plaintext (localStorage).
//! - [`first_start`]: the static language choice of `index.html`, which the app takes over.
//! - [`sw`]: service worker registration and the update banner.
//! - [`vault`]: the encrypted vault (IndexedDB, key-derivation worker, lock state, checklist ticks).
//! - [`print`]: printing through the PDF worker, loaded only when the person prints.
//! - [`worker`]: the one client (and server) of the workers' typed protocols (`ordner-protocol`).
//! - [`content_state`]: the tabs' content (default or with a town pack) and checklist ticks.
//! - [`documents`]: the add/edit flow of filed documents as plain types; [`scan`]: the image
//!   pipeline (orientation, downscaling, JPEG re-encoding without metadata, paper mode).
//! - [`ocr`]: the text-recognition worker (reading a letter on the device).
//! - [`dom`]: element lookups shared by components. [`browser`]: the clock, today's date,
//!   downloads, reading a chosen file, storage size.
//! - [`object_url`]: every `blob:` URL of decrypted or exported bytes, revoked on drop and all
//!   at once on lock. [`file_offer`]: a finished PDF or calendar file offered to print, share or
//!   save (never downloaded by itself).
//! - [`task`]: async steps of a component that the awaited call may unmount ([`task::Mounted`]).
//! - `test_console` (cargo feature `test-hooks` only): the console watch of the end-to-end
//!   tests in engines without a console log (Firefox, WebKit).
//! - `components/`: one component per file.

pub mod agenda;
pub mod app;
pub mod browser;
pub mod components;
pub mod content_state;
pub mod documents;
pub mod dom;
pub mod file_offer;
pub mod first_start;
pub mod i18n;
pub mod object_url;
pub mod ocr;
pub mod prefs;
pub mod print;
pub mod route;
pub mod scan;
pub mod sw;
pub mod task;
#[cfg(feature = "test-hooks")]
pub mod test_console;
pub mod vault;
pub mod worker;

pub use app::App;
