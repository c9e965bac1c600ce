//! The encrypted vault in the browser: IndexedDB storage ([`idb`]), the key-derivation worker
//! ([`worker`]), and the vault state every screen shares ([`Vault`], a Leptos context).
//!
//! # Using the vault from a screen
//!
//! ```ignore
//! let vault = crate::vault::use_vault();
//! vault.is_unlocked();            // reactive: bool
//! vault.folder().with_ticks(|t| t.contains("housing/registration")); // reactive
//! ```
//!
//! Everything decrypted is one value, the open folder ([`folder::OpenFolder`], `None` while
//! locked): screens read it with its `with_*` accessors and change it only through the vault's
//! methods, which store first.
//!
//! ## Checklist ticks (for the tab pages)
//!
//! - `vault.folder().with_ticks(..)` reads the keys of the ticked checklist items. They are
//!   loaded on unlock and gone on lock.
//! - [`Vault::toggle_tick`]`(key).await` flips one item and stores the whole set in ONE vault
//!   record (kind `checklist`, id `ticks`, encrypted). It returns the new state (`true` =
//!   ticked). While the vault is locked it writes nothing anywhere and returns
//!   [`Error::Locked`]: show the notice `vault-checklist-locked` with a link to `#/folder`.
//!   [`Vault::set_tick`] sets an explicit state. Keys: any text without a line break, e.g.
//!   `housing/registration`.
//! - On a storage error the tick is put back and the error is returned: show
//!   `t.bi(err.message_id())` in an element with `role="alert"`.
//!
//! ## What is stored where
//!
//! Everything personal lives in the IndexedDB database [`idb::DB_NAME`] as ciphertext (records
//! `profile/name`, `note/main`, `checklist/ticks`, `settings/autolock`, ...; their formats are
//! in `ordner-records`; stored under opaque keys and padded to one size by `ordner_vault`).
//! Nothing of the vault is written to localStorage. The recovery key is shown once and stored
//! nowhere.
//!
//! ## Locking
//!
//! [`Vault::lock`] drops the session (its keys are zeroized) and the open folder, and revokes
//! every object URL ([`crate::object_url::revoke_all`]). Locking by the person or by the
//! auto-lock goes further: [`Vault::lock_and_reload`] then reloads the page, so that nothing of
//! the open folder stays in the page or in memory (typed values in fields, decrypted pictures,
//! the wasm heap); only the reason survives, in sessionStorage ([`LOCK_REASON_KEY`]). The vault
//! locks itself after [`folder::OpenFolder::autolock_minutes`] without a touch, click or key
//! press (default 5 minutes, stored inside the vault), and when the page stays hidden for
//! [`HIDDEN_LOCK_MS`], except while the person is in the camera or a file picker that the app
//! opened.

pub mod agenda;
pub mod documents;
pub mod folder;
pub mod idb;
pub mod worker;

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use leptos::prelude::*;
use ordner_vault::{
    BackupFile, CreatedVault, ImportMode, KdfParams, KdfSettings, KeyEncryptionKey, RecoveryKey,
    Session, VaultError, VaultStore,
};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::browser::{ask_persistent_storage, now_ms as now, now_precise};
use folder::Part;
pub use folder::{OpenFolder, Unlocked};
use idb::IdbStorage;

pub use ordner_records::settings::AUTOLOCK_CHOICES;
pub use ordner_records::{Damaged, TownRecord};

pub use ordner_vault::passphrase::{
    MIN_PASSPHRASE_CHARS, PassphraseError, check_new_passphrase, passphrase_strength,
};
/// The vault locks when the page stays hidden this long (milliseconds).
pub const HIDDEN_LOCK_MS: f64 = 30_000.0;
/// A camera or file picker the app opened counts as open this long at most (milliseconds);
/// meanwhile a hidden page locks only by the inactivity auto-lock.
pub const PICKER_GRACE_MS: f64 = 10.0 * 60_000.0;
/// sessionStorage key that carries why the folder was locked across the reload that follows
/// (`manual` or `auto`; nothing else is kept).
pub const LOCK_REASON_KEY: &str = "mein-ordner-locked";
/// Longest wait of a lock for running vault writes before the page reloads (milliseconds).
pub const LOCK_WRITE_WAIT_MS: f64 = 10_000.0;

/// What can go wrong in a vault flow of the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// From the vault crate (wrong passphrase, damaged data, storage full, ...).
    Vault(VaultError),
    /// The key-derivation worker could not start or crashed.
    Worker,
    /// The vault is locked (nothing was written).
    Locked,
    /// Another vault operation is still running; try again.
    Busy,
    /// The new passphrase is not accepted (see `ordner_vault::passphrase`).
    Passphrase(PassphraseError),
    /// No backup file was chosen.
    NoFile,
    /// This action needs the current passphrase first (none was given).
    ConfirmNeeded,
    /// Storing or reading a document failed (see its message).
    Document(ordner_documents::DocsError),
    /// A record could not be encoded (see `ordner_records`).
    Records(ordner_records::RecordsError),
}

impl Error {
    /// The Fluent message shown for this error.
    #[must_use]
    pub fn message_id(&self) -> &'static str {
        match self {
            Error::Vault(e) => e.message_id(),
            Error::Worker => "vault-error-worker",
            Error::Locked => "vault-checklist-locked",
            Error::Busy => "vault-error-internal",
            Error::Passphrase(e) => e.message_id(),
            Error::NoFile => "vault-import-no-file",
            Error::ConfirmNeeded => "vault-confirm-needed",
            Error::Document(e) => e.message_id(),
            Error::Records(_) => "vault-error-internal",
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Vault(e) => write!(f, "{e}"),
            Error::Document(e) => write!(f, "{e}"),
            Error::Passphrase(e) => write!(f, "{e}"),
            Error::Records(e) => write!(f, "{e}"),
            other => f.write_str(other.message_id()),
        }
    }
}

impl From<ordner_documents::DocsError> for Error {
    fn from(e: ordner_documents::DocsError) -> Self {
        match e {
            ordner_documents::DocsError::Vault(v) if v != VaultError::StorageFull => {
                Error::Vault(v)
            }
            other => Error::Document(other),
        }
    }
}

impl From<ordner_records::RecordsError> for Error {
    fn from(e: ordner_records::RecordsError) -> Self {
        match e {
            ordner_records::RecordsError::Vault(v) => Error::Vault(v),
            other => Error::Records(other),
        }
    }
}

impl From<PassphraseError> for Error {
    fn from(e: PassphraseError) -> Self {
        Error::Passphrase(e)
    }
}

impl From<VaultError> for Error {
    fn from(e: VaultError) -> Self {
        Error::Vault(e)
    }
}

/// Where the vault stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Opening the database.
    Checking,
    /// IndexedDB cannot be used (the error says why).
    Unavailable(Error),
    /// No vault on this device yet.
    Empty,
    /// A vault exists and is locked.
    Locked,
    /// The vault is open.
    Unlocked,
}

/// Why the vault was locked last (for the notice on the unlock screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockReason {
    /// The person pressed "lock now".
    Manual,
    /// Inactivity or the page stayed hidden.
    Auto,
}

struct Inner {
    store: Option<VaultStore<IdbStorage>>,
    session: Option<Rc<Session<IdbStorage>>>,
    /// Incremented by every lock: results of operations started before are dropped.
    generation: u64,
    last_activity: f64,
    hidden_since: Option<f64>,
    /// When the person last opened the camera or a file picker (cleared when they come back).
    picker_since: Option<f64>,
}

/// The vault state shared by every screen (provided by `App`).
#[derive(Clone, Copy)]
pub struct Vault {
    /// Where the vault stands.
    pub status: RwSignal<Status>,
    /// Why it was locked last.
    pub lock_reason: RwSignal<Option<LockReason>>,
    /// Everything decrypted (empty while locked). Read it with [`Vault::folder`]; change it
    /// with the vault's methods ([`Vault::toggle_tick`], [`Vault::save_document`], ...).
    folder: OpenFolder,
    /// How long the last passphrase unlock took, in milliseconds (key derivation included).
    pub last_unlock_ms: RwSignal<Option<f64>>,
    inner: StoredValue<Rc<RefCell<Inner>>, LocalStorage>,
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Vault").finish_non_exhaustive()
    }
}

/// The vault of the running app.
pub fn use_vault() -> Vault {
    expect_context::<Vault>()
}

impl Vault {
    /// Creates the state, opens the database in the background, and installs the auto-lock
    /// watchers. Call once, in `App`, and provide it as context.
    #[must_use]
    pub fn new() -> Vault {
        let vault = Vault {
            status: RwSignal::new(Status::Checking),
            lock_reason: RwSignal::new(None),
            folder: OpenFolder::new(),
            last_unlock_ms: RwSignal::new(None),
            inner: StoredValue::new_local(Rc::new(RefCell::new(Inner {
                store: None,
                session: None,
                generation: 0,
                last_activity: now(),
                hidden_since: None,
                picker_since: None,
            }))),
        };
        if let Some(reason) = take_lock_reason() {
            vault.lock_reason.set(Some(reason));
        }
        leptos::task::spawn_local(async move {
            // No folder yet (or it was deleted): the database is created only when a folder is
            // made or imported, so that a deleted folder leaves no database behind.
            if idb::database_names()
                .await
                .is_some_and(|names| !names.iter().any(|n| n == idb::DB_NAME))
            {
                vault.status.set(Status::Empty);
                return;
            }
            match IdbStorage::open().await {
                Ok(storage) => {
                    let store = VaultStore::new(storage);
                    let exists = store.exists().await;
                    vault.inner().borrow_mut().store = Some(store);
                    vault.status.set(match exists {
                        Ok(true) => Status::Locked,
                        Ok(false) => Status::Empty,
                        Err(e) => Status::Unavailable(e.into()),
                    });
                }
                Err(e) => {
                    leptos::logging::error!("vault storage: {e}");
                    vault.status.set(Status::Unavailable(e.into()));
                }
            }
        });
        vault.install_watchers();
        vault
    }

    fn inner(&self) -> Rc<RefCell<Inner>> {
        self.inner.get_value()
    }

    fn store(&self) -> Result<VaultStore<IdbStorage>, Error> {
        self.inner()
            .borrow()
            .store
            .clone()
            .ok_or(Error::Vault(VaultError::Storage("not open yet".into())))
    }

    /// The store, opening (and so creating) the database first if it is not open: for making
    /// or importing a folder.
    async fn store_or_open(&self) -> Result<VaultStore<IdbStorage>, Error> {
        if let Ok(store) = self.store() {
            return Ok(store);
        }
        let store = VaultStore::new(IdbStorage::open().await?);
        self.inner().borrow_mut().store = Some(store.clone());
        Ok(store)
    }

    fn session(&self) -> Result<(Rc<Session<IdbStorage>>, u64), Error> {
        let inner = self.inner();
        let inner = inner.borrow();
        inner
            .session
            .clone()
            .map(|s| (s, inner.generation))
            .ok_or(Error::Locked)
    }

    fn generation(&self) -> u64 {
        self.inner().borrow().generation
    }

    /// The open folder: everything decrypted, read-only (empty while locked).
    pub fn folder(&self) -> OpenFolder {
        self.folder
    }

    /// Whether the vault is open (reactive).
    pub fn is_unlocked(&self) -> bool {
        self.status.with(|s| *s == Status::Unlocked)
    }

    /// Whether the vault is open (not tracked).
    pub fn is_unlocked_untracked(&self) -> bool {
        self.status.with_untracked(|s| *s == Status::Unlocked)
    }

    /// Locks now: zeroizes the keys and drops the open folder (every decrypted value).
    pub fn lock(&self, reason: LockReason) {
        let was_open = {
            let inner = self.inner();
            let mut inner = inner.borrow_mut();
            inner.generation += 1;
            inner.session.take().is_some()
        };
        // No opened page image, printout or calendar file outlives the lock (#12 §1). (A lock
        // of a folder that is not open leaves the office's blank-folder PDF alone.)
        if was_open {
            crate::object_url::revoke_all();
        }
        self.folder.lock();
        if was_open {
            self.lock_reason.set(Some(reason));
            self.status.set(Status::Locked);
        }
    }

    /// Locks, then reloads the page (see the module documentation): for "lock now" and the
    /// auto-lock. A manual lock lands on the folder screen; an automatic one keeps the screen,
    /// which then asks for the passphrase.
    ///
    /// Nothing already saved or being saved is lost: the reload waits until every vault
    /// operation that was running has let go of the session and every issued write has
    /// finished (a reload could abort an IndexedDB transaction), at most [`LOCK_WRITE_WAIT_MS`].
    /// What was typed and not saved is gone, as intended.
    pub fn lock_and_reload(&self, reason: LockReason) {
        let running = self
            .inner
            .try_get_value()
            .and_then(|inner| inner.borrow().session.as_ref().map(std::rc::Rc::downgrade));
        self.lock(reason);
        let Some(window) = web_sys::window() else {
            return;
        };
        if let Ok(Some(session)) = window.session_storage() {
            let value = match reason {
                LockReason::Manual => "manual",
                LockReason::Auto => "auto",
            };
            let _ = session.set_item(LOCK_REASON_KEY, value);
        }
        if reason == LockReason::Manual {
            crate::route::navigate(crate::route::Route::Folder);
        }
        leptos::task::spawn_local(async move {
            let deadline = now_precise() + LOCK_WRITE_WAIT_MS;
            while (running.as_ref().is_some_and(|w| w.strong_count() > 0)
                || idb::writes_in_flight() > 0)
                && now_precise() < deadline
            {
                crate::browser::sleep_ms(20).await;
            }
            let _ = window.location().reload();
        });
    }

    /// Installs a session and opens the folder with its records.
    async fn open_session(&self, session: Session<IdbStorage>) -> Result<(), Error> {
        let opened = session.open_all().await?;
        // Told once: the notice is cleared in storage as it is shown.
        let notice = session
            .key_replaced_notice()
            .await
            .map(crate::browser::date_of_ms);
        if notice.is_some()
            && let Err(e) = session.acknowledge_key_notice().await
        {
            leptos::logging::warn!("vault: key notice: {e}");
        }
        {
            let inner = self.inner();
            let mut inner = inner.borrow_mut();
            inner.generation += 1;
            inner.session = Some(Rc::new(session));
            inner.last_activity = now();
            inner.hidden_since = None;
        }
        let records = ordner_records::decode_all(&opened);
        for d in &records.damaged {
            leptos::logging::warn!("vault record {}/{} could not be read", d.kind, d.id);
        }
        self.folder.open(Unlocked {
            records,
            key_notice: notice,
        });
        self.lock_reason.set(None);
        self.status.set(Status::Unlocked);
        Ok(())
    }

    /// Creates a new vault with `passphrase` (already checked with
    /// [`check_new_passphrase`]). Returns the recovery key to show on the recovery sheet.
    ///
    /// # Errors
    /// [`VaultError::VaultExists`], worker and storage errors.
    pub async fn create(&self, passphrase: &str) -> Result<RecoveryKey, Error> {
        let settings = KdfSettings::generate(KdfParams::DEFAULT)?;
        let kek = worker::derive_kek(&settings, passphrase).await?;
        let store = self.store_or_open().await?;
        let CreatedVault {
            session,
            recovery_key,
        } = store.create(&kek).await?;
        self.open_session(session).await?;
        ask_persistent_storage();
        Ok(recovery_key)
    }

    /// Unlocks with the passphrase (the key derivation runs in the worker).
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] for a wrong passphrase (always the same error); worker and
    /// storage errors.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), Error> {
        let started = now_precise();
        let store = self.store()?;
        let header = store.header().await?.ok_or(VaultError::NoVault)?;
        let kek = worker::derive_kek(header.kdf_settings(), passphrase).await?;
        let session = store.unlock(&kek).await?;
        self.open_session(session).await?;
        let ms = now_precise() - started;
        leptos::logging::log!("vault unlocked in {ms:.0} ms");
        self.last_unlock_ms.set(Some(ms));
        Ok(())
    }

    /// Unlocks with the recovery key and sets a new passphrase.
    ///
    /// # Errors
    /// Recovery-key typos ([`VaultError::RecoveryKeyTypo`] ...), [`VaultError::Decrypt`],
    /// [`PassphraseError`], worker and storage errors.
    pub async fn unlock_with_recovery_key(
        &self,
        recovery_text: &str,
        new_passphrase: &str,
        repeat: &str,
    ) -> Result<(), Error> {
        let recovery_key = RecoveryKey::parse(recovery_text)?;
        check_new_passphrase(new_passphrase, repeat)?;
        let store = self.store()?;
        let mut session = store.unlock_with_recovery_key(&recovery_key).await?;
        let settings = KdfSettings::generate(KdfParams::DEFAULT)?;
        let kek = worker::derive_kek(&settings, new_passphrase).await?;
        session.change_passphrase(&kek).await?;
        self.open_session(session).await
    }

    /// Runs `f` with the session taken out exclusively (for operations that need `&mut`).
    async fn with_exclusive_session<T, F, Fut>(&self, f: F) -> Result<T, Error>
    where
        F: FnOnce(Session<IdbStorage>) -> Fut,
        Fut: Future<Output = (Session<IdbStorage>, Result<T, Error>)>,
    {
        let (rc, generation) = {
            let inner = self.inner();
            let mut inner = inner.borrow_mut();
            let rc = inner.session.take().ok_or(Error::Locked)?;
            (rc, inner.generation)
        };
        let session = match Rc::try_unwrap(rc) {
            Ok(s) => s,
            Err(rc) => {
                self.inner().borrow_mut().session = Some(rc);
                return Err(Error::Busy);
            }
        };
        let (session, result) = f(session).await;
        let inner = self.inner();
        let mut inner = inner.borrow_mut();
        if inner.generation == generation {
            inner.session = Some(Rc::new(session));
        }
        result
    }

    /// Changes the passphrase after checking the current one.
    ///
    /// # Errors
    /// [`VaultError::Decrypt`] if `current` is wrong; [`PassphraseError`];
    /// worker and storage errors (then the old passphrase still works).
    pub async fn change_passphrase(
        &self,
        current: &str,
        new_passphrase: &str,
        repeat: &str,
    ) -> Result<(), Error> {
        check_new_passphrase(new_passphrase, repeat)?;
        let (session, _) = self.session()?;
        let current_settings = session.header().kdf_settings().clone();
        drop(session);
        let current_kek = worker::derive_kek(&current_settings, current).await?;
        let settings = KdfSettings::generate(KdfParams::DEFAULT)?;
        let new_kek = worker::derive_kek(&settings, new_passphrase).await?;
        self.with_exclusive_session(|mut session| async move {
            let result = async {
                session.verify_kek(&current_kek)?;
                session.change_passphrase(&new_kek).await?;
                Ok(())
            }
            .await;
            (session, result)
        })
        .await
    }

    /// The current passphrase's key, derived in the worker with the stored settings.
    async fn current_kek(&self, passphrase: &str) -> Result<KeyEncryptionKey, Error> {
        if passphrase.is_empty() {
            return Err(Error::ConfirmNeeded);
        }
        let (session, _) = self.session()?;
        let settings = session.header().kdf_settings().clone();
        drop(session);
        worker::derive_kek(&settings, passphrase).await
    }

    /// Checks the current passphrase (for actions that change who can open the folder or how
    /// long it stays open). A wrong one changes nothing.
    ///
    /// # Errors
    /// [`Error::ConfirmNeeded`] for an empty one; [`VaultError::Decrypt`] for a wrong one.
    pub async fn confirm_passphrase(&self, passphrase: &str) -> Result<(), Error> {
        let kek = self.current_kek(passphrase).await?;
        let (session, _) = self.session()?;
        session.verify_kek(&kek)?;
        Ok(())
    }

    /// Makes a new recovery key after checking the current passphrase. The vault key is
    /// replaced too, so the old recovery sheet opens nothing written from now on.
    ///
    /// # Errors
    /// [`Error::ConfirmNeeded`], [`VaultError::Decrypt`] (nothing changed); storage errors
    /// (then the old key still works).
    pub async fn replace_recovery_key(&self, current: &str) -> Result<RecoveryKey, Error> {
        let kek = self.current_kek(current).await?;
        let now_ms = now().max(0.0) as u64;
        self.with_exclusive_session(|mut session| async move {
            let result = session
                .rotate_vault_key(&kek, now_ms)
                .await
                .map_err(Error::from);
            (session, result)
        })
        .await
    }

    /// Saves the name and the notes in one transaction.
    ///
    /// # Errors
    /// [`Error::Locked`]; [`VaultError::StorageFull`] and other storage errors (nothing saved).
    pub async fn save_profile(&self, name: &str, notes: &str) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        ordner_records::save_profile(&session, name, notes).await?;
        if self.generation() == generation {
            self.folder.change(Part::Profile, |open| {
                open.records.name = name.to_owned();
                open.records.notes = notes.to_owned();
            });
        }
        Ok(())
    }

    /// Flips the tick of one checklist item and stores all ticks in the vault. Returns the new
    /// state (`true` = ticked).
    ///
    /// # Errors
    /// [`Error::Locked`] (nothing written); storage errors (the tick is put back).
    pub async fn toggle_tick(&self, key: &str) -> Result<bool, Error> {
        let ticked = !self.folder.with_ticks_untracked(|t| t.contains(key));
        self.set_tick(key, ticked).await.map(|()| ticked)
    }

    /// Sets the tick of one checklist item and stores all ticks in the vault.
    ///
    /// # Errors
    /// As [`Vault::toggle_tick`].
    pub async fn set_tick(&self, key: &str, ticked: bool) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        let key = ordner_records::ticks::clean_key(key);
        let before = self.folder.with_ticks_untracked(Clone::clone);
        let mut after = before.clone();
        if ticked {
            after.insert(key);
        } else {
            after.remove(&key);
        }
        self.folder
            .change(Part::Ticks, |open| open.records.ticks.clone_from(&after));
        let result = ordner_records::save_ticks(&session, &after).await;
        if let Err(e) = result {
            if self.generation() == generation {
                self.folder
                    .change(Part::Ticks, |open| open.records.ticks = before);
            }
            return Err(e.into());
        }
        Ok(())
    }

    /// Stores the chosen town (`None`: no town), replacing what was stored.
    ///
    /// # Errors
    /// [`Error::Locked`] (nothing written); storage errors (nothing changed).
    pub async fn save_town(&self, record: Option<TownRecord>) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        ordner_records::save_town(&session, record.as_ref()).await?;
        if self.generation() == generation {
            self.folder
                .change(Part::Town, |open| open.records.town = record);
        }
        Ok(())
    }

    /// Sets and stores the auto-lock delay. A longer delay than now needs the current
    /// passphrase (`confirm`).
    ///
    /// # Errors
    /// [`Error::ConfirmNeeded`], [`VaultError::Decrypt`] (nothing changed); [`Error::Locked`],
    /// storage errors.
    pub async fn set_autolock_minutes(
        &self,
        minutes: u32,
        confirm: Option<&str>,
    ) -> Result<(), Error> {
        if minutes > self.folder.autolock_minutes_untracked() {
            self.confirm_passphrase(confirm.unwrap_or_default()).await?;
        }
        let (session, generation) = self.session()?;
        let minutes = ordner_records::save_autolock(&session, minutes).await?;
        if self.generation() == generation {
            self.folder.change(Part::Settings, |open| {
                open.records.autolock_minutes = minutes
            });
        }
        Ok(())
    }

    /// The whole vault as an encrypted backup file, and how many damaged entries were left out,
    /// after checking the current passphrase.
    ///
    /// # Errors
    /// [`Error::ConfirmNeeded`], [`VaultError::Decrypt`] (nothing exported); [`Error::Locked`],
    /// [`VaultError::BackupTooLarge`], storage errors.
    pub async fn export_backup(&self, passphrase: &str) -> Result<(Vec<u8>, usize), Error> {
        self.confirm_passphrase(passphrase).await?;
        let (session, _) = self.session()?;
        let export = session.export_backup().await?;
        Ok((export.bytes, export.skipped.len()))
    }

    /// Imports a backup file: checks every byte first (with the passphrase of the backup, or its
    /// recovery key), then replaces the stored vault only if `replace` is set. Returns the numbers
    /// of records and blobs.
    ///
    /// # Errors
    /// [`VaultError::VaultExists`] if a vault is there and `replace` is false (nothing
    /// changed); [`VaultError::Malformed`], [`VaultError::BadMagic`],
    /// [`VaultError::NewerVersion`], [`VaultError::Decrypt`], worker and storage errors.
    pub async fn import_backup(
        &self,
        bytes: Vec<u8>,
        secret: &str,
        replace: bool,
    ) -> Result<(usize, usize), Error> {
        let file = BackupFile::parse(bytes)?;
        // Without an open database there is no folder (see `Vault::new`).
        if !replace
            && let Ok(store) = self.store()
            && store.exists().await?
        {
            return Err(VaultError::VaultExists.into());
        }
        let verified = match RecoveryKey::parse(secret) {
            Ok(recovery_key) => file.open_with_recovery_key(&recovery_key)?,
            Err(_) => {
                let kek: KeyEncryptionKey =
                    worker::derive_kek(file.header().kdf_settings(), secret).await?;
                file.open(&kek)?
            }
        };
        // The verified backup holds the decrypted body: free the file's bytes before writing.
        drop(file);
        let store = self.store_or_open().await?;
        let counts = (verified.record_count(), verified.blob_count());
        let mode = if replace {
            ImportMode::ReplaceExisting
        } else {
            ImportMode::RefuseIfExists
        };
        let session = store.import_backup(verified, mode).await?;
        self.lock(LockReason::Manual);
        self.open_session(session).await?;
        ask_persistent_storage();
        Ok(counts)
    }

    /// "Delete my folder" (#12 §5): empties the vault's stores in one transaction (the folder
    /// is gone even if what follows fails), closes the database and deletes it, and forgets the
    /// reason of the last lock. The app itself, its caches and the chosen language stay, so it
    /// keeps working offline.
    ///
    /// # Errors
    /// Storage errors of the first step (then nothing changed).
    pub async fn delete_everything(&self) -> Result<(), Error> {
        let store = self.inner().borrow().store.clone();
        if let Some(store) = &store {
            store.delete_everything().await?;
        }
        self.lock(LockReason::Manual);
        self.lock_reason.set(None);
        forget_lock_reason();
        self.inner().borrow_mut().store = None;
        if let Some(store) = store {
            store.storage().close();
        }
        if let Err(e) = idb::delete_database(idb::DB_NAME).await {
            // Its stores are empty already; a new folder opens it again.
            leptos::logging::warn!("vault: the emptied database could not be deleted: {e}");
        }
        self.status.set(Status::Empty);
        Ok(())
    }

    /// "Remove the app and all its data from this browser" (#12 §5): deletes the folder as
    /// [`Vault::delete_everything`] does, then unregisters the service worker, deletes its
    /// caches and every other IndexedDB database of the origin, and empties localStorage (the
    /// language) and sessionStorage. Files saved or shared earlier are out of its reach.
    ///
    /// # Errors
    /// As [`Vault::delete_everything`] (then nothing changed); the later steps are done as far
    /// as the browser allows, and what failed is logged.
    pub async fn remove_app(&self) -> Result<(), Error> {
        self.delete_everything().await?;
        crate::sw::unregister_all().await;
        crate::browser::clear_site_data().await;
        Ok(())
    }

    fn touch(&self) {
        if let Some(inner) = self.inner.try_get_value() {
            inner.borrow_mut().last_activity = now();
        }
    }

    /// Locks if the person has been away too long. Called by a timer and on page show.
    fn check_autolock(&self) {
        let Some(inner) = self.inner.try_get_value() else {
            return;
        };
        let (idle, hidden_for, picker_open) = {
            let inner = inner.borrow();
            if inner.session.is_none() {
                return;
            }
            (
                now() - inner.last_activity,
                inner.hidden_since.map(|h| now() - h),
                inner
                    .picker_since
                    .is_some_and(|p| now() - p < PICKER_GRACE_MS),
            )
        };
        let minutes = self.folder.autolock_minutes_untracked();
        if idle > f64::from(minutes) * 60_000.0
            || hidden_for.is_some_and(|h| h >= HIDDEN_LOCK_MS && !picker_open)
        {
            self.lock_and_reload(LockReason::Auto);
        }
    }

    fn install_watchers(&self) {
        let Some(window) = web_sys::window() else {
            return;
        };
        let vault = *self;
        let activity = Closure::<dyn FnMut()>::new(move || vault.touch());
        for event in ["pointerdown", "keydown", "touchstart", "input", "wheel"] {
            let _ = window.add_event_listener_with_callback_and_bool(
                event,
                activity.as_ref().unchecked_ref(),
                true,
            );
        }
        activity.forget();

        // The camera and the file pickers hide the page on a phone: opening one (a click that
        // reaches a file input) keeps the short hidden-lock away until the person is back;
        // choosing or cancelling ends it.
        let picker = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let is_file_input = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.type_() == "file");
            if !is_file_input {
                return;
            }
            if let Some(inner) = vault.inner.try_get_value() {
                inner.borrow_mut().picker_since = (ev.type_() == "click").then(now);
            }
        });
        for event in ["click", "change", "cancel"] {
            let _ = window.add_event_listener_with_callback_and_bool(
                event,
                picker.as_ref().unchecked_ref(),
                true,
            );
        }
        picker.forget();

        let visibility = Closure::<dyn FnMut()>::new(move || {
            let hidden = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.hidden());
            if let Some(inner) = vault.inner.try_get_value() {
                if hidden {
                    inner.borrow_mut().hidden_since = Some(now());
                } else {
                    vault.check_autolock();
                    let mut inner = inner.borrow_mut();
                    inner.hidden_since = None;
                    // Back from the camera or picker: the next hiding counts again.
                    inner.picker_since = None;
                }
            }
        });
        if let Some(document) = window.document() {
            let _ = document.add_event_listener_with_callback(
                "visibilitychange",
                visibility.as_ref().unchecked_ref(),
            );
        }
        visibility.forget();

        let tick = Closure::<dyn FnMut()>::new(move || vault.check_autolock());
        let _ = window.set_interval_with_callback_and_timeout_and_arguments_0(
            tick.as_ref().unchecked_ref(),
            5_000,
        );
        tick.forget();
    }
}

impl Default for Vault {
    fn default() -> Self {
        Self::new()
    }
}

/// Forgets the reason of the last lock (sessionStorage).
fn forget_lock_reason() {
    if let Some(session) = web_sys::window().and_then(|w| w.session_storage().ok().flatten()) {
        let _ = session.remove_item(LOCK_REASON_KEY);
    }
}

/// Reads and forgets the reason of the lock that reloaded the page, if any.
fn take_lock_reason() -> Option<LockReason> {
    let session = web_sys::window()?.session_storage().ok()??;
    let value = session.get_item(LOCK_REASON_KEY).ok()??;
    let _ = session.remove_item(LOCK_REASON_KEY);
    match value.as_str() {
        "manual" => Some(LockReason::Manual),
        "auto" => Some(LockReason::Auto),
        _ => None,
    }
}

/// The backup file name for today: `mein-ordner-backup-YYYY-MM-DD.meinordner`.
#[must_use]
pub fn backup_file_name() -> String {
    format!(
        "mein-ordner-backup-{}.{}",
        crate::browser::today_iso(),
        ordner_vault::BACKUP_FILE_EXTENSION
    )
}
