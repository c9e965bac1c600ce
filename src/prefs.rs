//! The person's language choice, kept in localStorage.
//!
//! This is the only value stored in plaintext: the unlock screen must speak the person's language
//! before anything is decrypted. Everything personal goes through the encrypted vault.
//!
//! The value is the language code as a JSON string (`"ar"`), as it always was; written and read
//! here without a JSON library (a code is ASCII letters), which keeps serde_json out of the wasm.

const LANG_KEY: &str = "mein-ordner-lang";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The language code inside a stored value: `"ar"` (JSON, as written) or `ar`.
fn code_of(stored: &str) -> &str {
    let trimmed = stored.trim();
    trimmed
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .unwrap_or(trimmed)
}

/// The stored language code, if it names a language we offer.
pub fn stored_language() -> Option<&'static ordner_core::Language> {
    let stored = storage()?.get_item(LANG_KEY).ok().flatten()?;
    ordner_core::Language::by_code(code_of(&stored))
}

/// Remembers the language. A failure (storage disabled, quota) is not fatal: the picker just
/// shows again next time.
pub fn store_language(code: &str) {
    let result = storage()
        .ok_or_else(|| "no localStorage".to_owned())
        .and_then(|s| {
            s.set_item(LANG_KEY, &format!("\"{code}\""))
                .map_err(|e| format!("{e:?}"))
        });
    if let Err(e) = result {
        leptos::logging::warn!("could not store the language: {e}");
    }
}

/// Forgets the language so that the first-start screen shows again.
pub fn forget_language() {
    if let Some(s) = storage() {
        let _ = s.remove_item(LANG_KEY);
    }
}
