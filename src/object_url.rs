//! Every `blob:` URL the app makes for decrypted or exported bytes (page images, thumbnails, a
//! finished PDF or calendar file, a download), in one registry, so that locking revokes them all
//! (#12 §1: nothing opened outlives a lock). An [`ObjectUrl`] is revoked when dropped; on lock
//! [`revoke_all`] revokes the ones still alive, closes the tabs opened on them
//! ([`open_in_tab`]) and removes the frame that prints a PDF.

use std::cell::RefCell;
use std::collections::BTreeSet;

use wasm_bindgen::JsValue;

thread_local! {
    /// The URLs made and not yet revoked.
    static LIVE: RefCell<BTreeSet<String>> = const { RefCell::new(BTreeSet::new()) };
    /// The tabs opened on one of them (a filed PDF), closed on lock.
    static TABS: RefCell<Vec<web_sys::Window>> = const { RefCell::new(Vec::new()) };
}

/// The class of the frame that hands a PDF to the print dialog (`src/file_offer.rs`).
pub const PRINT_FRAME_CLASS: &str = "print-frame";

/// An object URL, revoked when dropped (or earlier, by [`revoke_all`] on lock).
#[derive(Debug)]
pub struct ObjectUrl(String);

impl ObjectUrl {
    /// Makes an object URL for `bytes` of type `mime`.
    ///
    /// # Errors
    /// When the browser refuses.
    pub fn new(bytes: &[u8], mime: &str) -> Result<ObjectUrl, JsValue> {
        ObjectUrl::of_blob(&crate::scan::bytes_blob(bytes, mime)?)
    }

    /// Makes an object URL for `blob`.
    ///
    /// # Errors
    /// When the browser refuses.
    pub fn of_blob(blob: &web_sys::Blob) -> Result<ObjectUrl, JsValue> {
        let url = web_sys::Url::create_object_url_with_blob(blob)?;
        LIVE.with(|l| l.borrow_mut().insert(url.clone()));
        Ok(ObjectUrl(url))
    }

    /// The `blob:` URL.
    #[must_use]
    pub fn url(&self) -> &str {
        &self.0
    }
}

impl Drop for ObjectUrl {
    fn drop(&mut self) {
        LIVE.with(|l| l.borrow_mut().remove(&self.0));
        let _ = web_sys::Url::revoke_object_url(&self.0);
    }
}

/// Opens `url` (one of ours) in a new tab and keeps the tab's window, so that a lock closes it.
///
/// # Errors
/// When the browser refuses to open it.
pub fn open_in_tab(url: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    if let Some(tab) = window.open_with_url_and_target(url, "_blank")? {
        TABS.with(|t| t.borrow_mut().push(tab));
    }
    Ok(())
}

/// How many object URLs are alive (for the tests).
#[must_use]
pub fn live_count() -> usize {
    LIVE.with(|l| l.borrow().len())
}

/// Revokes every object URL still alive, closes the tabs opened on them and removes every print
/// frame: called by the vault's lock. A component that still holds an [`ObjectUrl`] then holds a
/// dead URL (it drops it when it sees the lock).
pub fn revoke_all() {
    for tab in TABS.with(|t| std::mem::take(&mut *t.borrow_mut())) {
        let _ = tab.close();
    }
    if let Some(document) = web_sys::window().and_then(|w| w.document())
        && let Ok(frames) = document.query_selector_all(&format!("iframe.{PRINT_FRAME_CLASS}"))
    {
        for i in 0..frames.length() {
            if let Some(node) = frames.item(i)
                && let Some(parent) = node.parent_node()
            {
                let _ = parent.remove_child(&node);
            }
        }
    }
    let urls = LIVE.with(|l| std::mem::take(&mut *l.borrow_mut()));
    for url in urls {
        let _ = web_sys::Url::revoke_object_url(&url);
    }
}
