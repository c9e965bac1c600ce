//! The person's language choice, kept in localStorage.
//!
//! This is the only value stored in plaintext: the unlock screen must speak the person's language
//! before anything is decrypted. Everything personal goes through the encrypted vault.

use gloo_storage::{LocalStorage, Storage};

const LANG_KEY: &str = "mein-ordner-lang";

/// The stored language code, if it names a language we offer.
pub fn stored_language() -> Option<&'static ordner_core::Language> {
    let code: String = LocalStorage::get(LANG_KEY).ok()?;
    ordner_core::Language::by_code(&code)
}

/// Remembers the language. A failure (storage disabled, quota) is not fatal: the picker just
/// shows again next time.
pub fn store_language(code: &str) {
    if let Err(e) = LocalStorage::set(LANG_KEY, code) {
        leptos::logging::warn!("could not store the language: {e}");
    }
}

/// Forgets the language so that the first-start screen shows again.
pub fn forget_language() {
    LocalStorage::delete(LANG_KEY);
}
