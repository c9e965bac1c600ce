//! [`IdbStorage`]: the IndexedDB implementation of [`ordner_vault::Storage`].
//!
//! One database (`mein-ordner-vault`, version 1) with the object stores `meta`, `records` and
//! `blobs`; string keys, `Uint8Array` values (always ciphertext, or the non-secret header).
//! [`Storage::commit`] issues every operation of a batch in ONE `readwrite` transaction over the
//! three stores without awaiting anything in between, then waits for `complete`: the browser
//! applies all of it or nothing, even if the tab closes midway.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Promise, Uint8Array};
use ordner_vault::{Batch, Result, Storage, StoreName, VaultError, WriteOp};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    DomException, IdbDatabase, IdbFactory, IdbKeyRange, IdbObjectStore, IdbOpenDbRequest,
    IdbRequest, IdbTransaction, IdbTransactionMode,
};

/// Name of the IndexedDB database.
pub const DB_NAME: &str = "mein-ordner-vault";
const DB_VERSION: u32 = 1;

thread_local! {
    /// `readwrite` transactions issued and not yet complete or aborted.
    static WRITES_IN_FLIGHT: Cell<u32> = const { Cell::new(0) };
}

/// How many vault writes (transactions) are issued and not finished: a page reload now could
/// abort them, so a lock waits until this is 0 before it reloads.
#[must_use]
pub fn writes_in_flight() -> u32 {
    WRITES_IN_FLIGHT.with(Cell::get)
}

/// Counts one write from its transaction's start until it is dropped (finished, failed, or the
/// future was dropped).
struct WriteGuard;

impl WriteGuard {
    fn new() -> WriteGuard {
        WRITES_IN_FLIGHT.with(|c| c.set(c.get().saturating_add(1)));
        WriteGuard
    }
}

impl Drop for WriteGuard {
    fn drop(&mut self) {
        WRITES_IN_FLIGHT.with(|c| c.set(c.get().saturating_sub(1)));
    }
}

/// The vault's IndexedDB database. Clones share the connection.
#[derive(Clone, Debug)]
pub struct IdbStorage {
    db: Rc<IdbDatabase>,
}

fn storage_error(context: &str, e: &JsValue) -> VaultError {
    if let Some(ex) = e.dyn_ref::<DomException>() {
        if ex.name() == "QuotaExceededError" {
            return VaultError::StorageFull;
        }
        return VaultError::Storage(format!("{context}: {}: {}", ex.name(), ex.message()));
    }
    VaultError::Storage(format!("{context}: {e:?}"))
}

/// Resolves when the request succeeds (with its result), rejects with its error.
async fn request(req: &IdbRequest, context: &str) -> Result<JsValue> {
    if req.ready_state() == web_sys::IdbRequestReadyState::Done {
        return match req.error() {
            Ok(None) => req.result().map_err(|e| storage_error(context, &e)),
            _ => Err(request_error(req, context)),
        };
    }
    let promise = Promise::new(&mut |resolve, reject| {
        req.set_onsuccess(Some(&resolve));
        req.set_onerror(Some(&reject));
    });
    let outcome = JsFuture::from(promise).await;
    req.set_onsuccess(None);
    req.set_onerror(None);
    match outcome {
        Ok(_) => req.result().map_err(|e| storage_error(context, &e)),
        Err(_) => Err(request_error(req, context)),
    }
}

fn request_error(req: &IdbRequest, context: &str) -> VaultError {
    match req.error() {
        Ok(Some(ex)) => storage_error(context, &ex.into()),
        _ => VaultError::Storage(format!("{context}: request failed")),
    }
}

/// Resolves when the transaction completes; rejects (with its error) when it aborts.
async fn transaction_done(tx: &IdbTransaction, context: &str) -> Result<()> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onabort(Some(&reject));
        tx.set_onerror(None);
    });
    let outcome = JsFuture::from(promise).await;
    tx.set_oncomplete(None);
    tx.set_onabort(None);
    match outcome {
        Ok(_) => Ok(()),
        Err(_) => Err(match tx.error() {
            Some(ex) => storage_error(context, &ex.into()),
            None => VaultError::Storage(format!("{context}: transaction aborted")),
        }),
    }
}

fn prefix_range(prefix: &str) -> Result<Option<IdbKeyRange>> {
    if prefix.is_empty() {
        return Ok(None);
    }
    // Every string that starts with `prefix` sorts between `prefix` and `prefix` + U+FFFF
    // (record keys are ASCII).
    let upper = format!("{prefix}\u{ffff}");
    IdbKeyRange::bound(&JsValue::from_str(prefix), &JsValue::from_str(&upper))
        .map(Some)
        .map_err(|e| storage_error("key range", &e))
}

fn factory() -> Result<IdbFactory> {
    let window = web_sys::window().ok_or_else(|| VaultError::Storage("no window".into()))?;
    window
        .indexed_db()
        .map_err(|e| storage_error("indexedDB", &e))?
        .ok_or_else(|| VaultError::Storage("IndexedDB is not available".into()))
}

/// The names of the origin's IndexedDB databases (`indexedDB.databases()`), or `None` where the
/// browser cannot list them without opening (then the vault's database is opened, and so
/// created, at start, as before).
pub async fn database_names() -> Option<Vec<String>> {
    let factory = factory().ok()?;
    let list = js_sys::Reflect::get(&factory, &JsValue::from_str("databases"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let promise: Promise = list.call0(&factory).ok()?.dyn_into().ok()?;
    let infos: Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    Some(
        infos
            .iter()
            .filter_map(|info| {
                js_sys::Reflect::get(&info, &JsValue::from_str("name"))
                    .ok()?
                    .as_string()
            })
            .collect(),
    )
}

/// Deletes the database `name` of this origin, the database itself and not only its content.
/// Open connections of other tabs close on `versionchange` (see [`IdbStorage::open`]); the
/// deletion waits for them.
///
/// # Errors
/// [`VaultError::Storage`] when the browser refuses.
pub async fn delete_database(name: &str) -> Result<()> {
    let req = factory()?
        .delete_database(name)
        .map_err(|e| storage_error("delete database", &e))?;
    request(&req, "delete database").await.map(|_| ())
}

impl IdbStorage {
    /// Opens (and on first use creates) the database.
    ///
    /// # Errors
    /// [`VaultError::Storage`] when IndexedDB is unavailable (some private modes) or refuses.
    pub async fn open() -> Result<IdbStorage> {
        let open: IdbOpenDbRequest = factory()?
            .open_with_u32(DB_NAME, DB_VERSION)
            .map_err(|e| storage_error("open", &e))?;
        let upgrade = Closure::<dyn FnMut(web_sys::IdbVersionChangeEvent)>::new({
            let open = open.clone();
            move |_event: web_sys::IdbVersionChangeEvent| {
                if let Ok(result) = open.result()
                    && let Ok(db) = result.dyn_into::<IdbDatabase>()
                {
                    let existing = db.object_store_names();
                    for store in StoreName::ALL {
                        if !existing.contains(store.as_str()) {
                            let _ = db.create_object_store(store.as_str());
                        }
                    }
                }
            }
        });
        open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let result = request(&open, "open").await;
        open.set_onupgradeneeded(None);
        drop(upgrade);
        let db: IdbDatabase = result?
            .dyn_into()
            .map_err(|_| VaultError::Storage("open: not a database".into()))?;
        // Another tab deletes the database ("delete my folder", "remove the app"): let go of it
        // at once (the deletion waits for every connection), and reload, so that this tab keeps
        // nothing of the deleted folder either.
        let on_version_change = Closure::<dyn FnMut()>::new({
            let db = db.clone();
            move || {
                db.close();
                if let Some(window) = web_sys::window() {
                    let _ = window.location().reload();
                }
            }
        });
        db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
        on_version_change.forget();
        Ok(IdbStorage { db: Rc::new(db) })
    }

    /// Closes the connection of this storage and all its clones (needed before the database
    /// can be deleted); any later use fails with a storage error.
    pub fn close(&self) {
        self.db.set_onversionchange(None);
        self.db.close();
    }

    fn store(&self, store: StoreName, mode: IdbTransactionMode) -> Result<IdbObjectStore> {
        let tx = self
            .db
            .transaction_with_str_and_mode(store.as_str(), mode)
            .map_err(|e| storage_error("transaction", &e))?;
        tx.object_store(store.as_str())
            .map_err(|e| storage_error("object store", &e))
    }
}

fn to_bytes(value: &JsValue) -> Option<Vec<u8>> {
    if value.is_undefined() || value.is_null() {
        return None;
    }
    if let Some(a) = value.dyn_ref::<Uint8Array>() {
        return Some(a.to_vec());
    }
    if let Some(b) = value.dyn_ref::<js_sys::ArrayBuffer>() {
        return Some(Uint8Array::new(b).to_vec());
    }
    None
}

impl Storage for IdbStorage {
    async fn get(&self, store: StoreName, key: &str) -> Result<Option<Vec<u8>>> {
        let os = self.store(store, IdbTransactionMode::Readonly)?;
        let req = os
            .get(&JsValue::from_str(key))
            .map_err(|e| storage_error("get", &e))?;
        let value = request(&req, "get").await?;
        if value.is_undefined() {
            return Ok(None);
        }
        to_bytes(&value)
            .map(Some)
            .ok_or_else(|| VaultError::Storage(format!("get: {key} is not bytes")))
    }

    async fn keys(&self, store: StoreName, prefix: &str) -> Result<Vec<String>> {
        let os = self.store(store, IdbTransactionMode::Readonly)?;
        let req = match prefix_range(prefix)? {
            Some(range) => os.get_all_keys_with_key(&range),
            None => os.get_all_keys(),
        }
        .map_err(|e| storage_error("keys", &e))?;
        let keys: Array = request(&req, "keys")
            .await?
            .dyn_into()
            .map_err(|_| VaultError::Storage("keys: not an array".into()))?;
        Ok(keys.iter().filter_map(|k| k.as_string()).collect())
    }

    async fn get_all(&self, store: StoreName, prefix: &str) -> Result<Vec<(String, Vec<u8>)>> {
        // Keys and values from two requests of the same transaction: same range, same order.
        let os = self.store(store, IdbTransactionMode::Readonly)?;
        let range = prefix_range(prefix)?;
        let (keys_req, values_req) = match &range {
            Some(range) => (os.get_all_keys_with_key(range), os.get_all_with_key(range)),
            None => (os.get_all_keys(), os.get_all()),
        };
        let keys_req = keys_req.map_err(|e| storage_error("get_all", &e))?;
        let values_req = values_req.map_err(|e| storage_error("get_all", &e))?;
        let keys: Array = request(&keys_req, "get_all")
            .await?
            .dyn_into()
            .map_err(|_| VaultError::Storage("get_all: not an array".into()))?;
        let values: Array = request(&values_req, "get_all")
            .await?
            .dyn_into()
            .map_err(|_| VaultError::Storage("get_all: not an array".into()))?;
        let mut out = Vec::with_capacity(keys.length() as usize);
        for (k, v) in keys.iter().zip(values.iter()) {
            if let (Some(k), Some(v)) = (k.as_string(), to_bytes(&v)) {
                out.push((k, v));
            }
        }
        Ok(out)
    }

    async fn commit(&self, batch: Batch) -> Result<()> {
        if batch.is_empty() {
            return Ok(());
        }
        // Everything is encrypted already; from here on nothing is awaited until `complete`.
        let _writing = WriteGuard::new();
        let names = Array::new();
        for store in StoreName::ALL {
            names.push(&JsValue::from_str(store.as_str()));
        }
        let tx = self
            .db
            .transaction_with_str_sequence_and_mode(&names, IdbTransactionMode::Readwrite)
            .map_err(|e| storage_error("transaction", &e))?;
        let done = transaction_done(&tx, "commit");
        let issue = || -> core::result::Result<(), JsValue> {
            for op in batch.into_ops() {
                match op {
                    WriteOp::Put { store, key, value } => {
                        let os = tx.object_store(store.as_str())?;
                        let bytes = Uint8Array::from(value.as_slice());
                        os.put_with_key(&bytes, &JsValue::from_str(&key))?;
                    }
                    WriteOp::Delete { store, key } => {
                        tx.object_store(store.as_str())?
                            .delete(&JsValue::from_str(&key))?;
                    }
                    WriteOp::Clear { store } => {
                        tx.object_store(store.as_str())?.clear()?;
                    }
                }
            }
            Ok(())
        };
        if let Err(e) = issue() {
            // A request could not even be issued (e.g. DataCloneError): undo all of it.
            let _ = tx.abort();
            let _ = done.await;
            return Err(storage_error("commit", &e));
        }
        done.await
    }
}
