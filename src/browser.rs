//! What the shell asks of the browser outside the vault and the screens: the clock and today's
//! date, downloads, reading a chosen file, the size of stored data, and persistent storage.

use ordner_core::date::Date;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Milliseconds since 1970 (the clock of the device).
#[must_use]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// A precise clock for measuring durations (milliseconds, `performance.now()`).
#[must_use]
pub fn now_precise() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(now_ms, |p| p.now())
}

/// Asks the browser to keep the site's data, without waiting for the answer: Firefox asks the
/// person first, and its answer may never come (a prompt left open), so no flow may wait for it
/// (creating a folder did, and the recovery sheet never appeared).
pub fn ask_persistent_storage() {
    leptos::task::spawn_local(async {
        request_persistent_storage().await;
    });
}

/// Asks the browser to keep the site's data (it may say no; headless Chromium does).
pub async fn request_persistent_storage() -> bool {
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return false;
    };
    match storage.persist() {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// Used and available bytes (`navigator.storage.estimate()`) and whether storage is persistent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageInfo {
    /// Bytes used by this site, if known.
    pub used: Option<f64>,
    /// Bytes this site may use, if known.
    pub quota: Option<f64>,
    /// Whether the browser promised to keep the data.
    pub persisted: bool,
}

/// Reads [`StorageInfo`].
pub async fn storage_info() -> StorageInfo {
    let mut info = StorageInfo {
        used: None,
        quota: None,
        persisted: false,
    };
    let Some(storage) = web_sys::window().map(|w| w.navigator().storage()) else {
        return info;
    };
    if let Ok(p) = storage.estimate()
        && let Ok(estimate) = JsFuture::from(p).await
    {
        let field = |name: &str| {
            js_sys::Reflect::get(&estimate, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_f64())
        };
        info.used = field("usage");
        info.quota = field("quota");
    }
    if let Ok(p) = storage.persisted()
        && let Ok(v) = JsFuture::from(p).await
    {
        info.persisted = v.as_bool().unwrap_or(false);
    }
    info
}

/// Today (local time of the device); `None` only if the device's clock is far off (outside
/// the years [`Date`] accepts).
#[must_use]
pub fn today() -> Option<Date> {
    let d = js_sys::Date::new_0();
    let (month, day) = (d.get_month() + 1, d.get_date());
    Date::new(
        i32::try_from(d.get_full_year()).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()
}

/// The local date of `ms` milliseconds since 1970, as `YYYY-MM-DD` (empty if out of range).
#[must_use]
pub fn date_of_ms(ms: u64) -> String {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let (month, day) = (d.get_month() + 1, d.get_date());
    i32::try_from(d.get_full_year())
        .ok()
        .zip(u8::try_from(month).ok())
        .zip(u8::try_from(day).ok())
        .and_then(|((y, m), d)| Date::new(y, m, d).ok())
        .map(Date::to_iso)
        .unwrap_or_default()
}

/// Today as `YYYY-MM-DD` (for file names; empty if the clock is unusable).
#[must_use]
pub fn today_iso() -> String {
    today().map(Date::to_iso).unwrap_or_default()
}

/// Offers `bytes` as a download named `file_name` (a Blob object URL, revoked afterwards).
///
/// # Errors
/// When the browser refuses to create the Blob or the link.
pub fn download(bytes: &[u8], file_name: &str) -> Result<(), JsValue> {
    download_as(bytes, file_name, "application/octet-stream")
}

/// Offers `bytes` as a file download of type `mime` (the object URL is revoked once the browser
/// has started the download, or earlier by a lock: see [`crate::object_url`]). Only for files
/// that are safe in Downloads (an encrypted backup, a town pack): a file with the person's data
/// is offered through [`crate::file_offer`] instead, where saving is the person's choice.
///
/// # Errors
/// When the browser refuses to create the file or the link.
pub fn download_as(bytes: &[u8], file_name: &str, mime: &str) -> Result<(), JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    let url = crate::object_url::ObjectUrl::new(bytes, mime)?;
    save_url(url.url(), file_name)?;
    // Revoke once the browser has started the download.
    let revoke = Closure::once_into_js(move || drop(url));
    window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000)?;
    Ok(())
}

/// Saves the file at the object URL `url` under `file_name` through a temporary link (the URL
/// stays the caller's).
///
/// # Errors
/// When the browser refuses to create the link.
pub fn save_url(url: &str, file_name: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("no document"))?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    a.set_href(url);
    a.set_download(file_name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        body.append_child(&a)?;
        a.click();
        body.remove_child(&a)?;
    }
    Ok(())
}

/// Reads a chosen file completely.
///
/// # Errors
/// When the browser cannot read it.
pub async fn read_file(file: &web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Waits `ms` milliseconds (a `setTimeout`); returns at once where there is no window.
pub async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        let scheduled = web_sys::window().map(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .is_ok()
        });
        if scheduled != Some(true) {
            let _ = resolve.call0(&JsValue::UNDEFINED);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Calls `obj[method]()` and awaits the promise it returns.
async fn call_async(obj: &JsValue, method: &str, args: &js_sys::Array) -> Result<JsValue, JsValue> {
    let f: js_sys::Function = js_sys::Reflect::get(obj, &JsValue::from_str(method))?.dyn_into()?;
    let promise: js_sys::Promise = f.apply(obj, args)?.dyn_into()?;
    JsFuture::from(promise).await
}

/// What "remove the app and all its data" clears besides the vault and the service worker
/// (#12 §5): every IndexedDB database of the origin, every Cache Storage cache, localStorage
/// (the chosen language) and sessionStorage. Each step is done as far as the browser allows;
/// a failure is logged and the next step still runs.
pub async fn clear_site_data() {
    if let Some(names) = crate::vault::idb::database_names().await {
        for name in names {
            if let Err(e) = crate::vault::idb::delete_database(&name).await {
                leptos::logging::warn!("remove app: database {name}: {e}");
            }
        }
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(caches) = js_sys::Reflect::get(&window, &JsValue::from_str("caches"))
        && !caches.is_undefined()
    {
        match call_async(&caches, "keys", &js_sys::Array::new()).await {
            Ok(names) => {
                for name in js_sys::Array::from(&names).iter() {
                    if let Err(e) = call_async(&caches, "delete", &js_sys::Array::of1(&name)).await
                    {
                        leptos::logging::warn!("remove app: cache {name:?}: {e:?}");
                    }
                }
            }
            Err(e) => leptos::logging::warn!("remove app: caches: {e:?}"),
        }
    }
    if let Ok(Some(local)) = window.local_storage() {
        let _ = local.clear();
    }
    if let Ok(Some(session)) = window.session_storage() {
        let _ = session.clear();
    }
}
