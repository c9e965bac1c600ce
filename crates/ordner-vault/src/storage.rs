//! The storage trait (implemented with IndexedDB in the browser) and an in-memory
//! implementation for tests and native tools.

use core::fmt;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::error::{Result, VaultError};

/// The three object stores. Their names in IndexedDB are [`StoreName::as_str`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StoreName {
    /// `meta`: the vault header under the key `header`.
    Meta,
    /// `records`: sealed records under `kind/id`.
    Records,
    /// `blobs`: sealed blobs under their id.
    Blobs,
}

impl StoreName {
    /// All stores, in a fixed order.
    pub const ALL: [StoreName; 3] = [StoreName::Meta, StoreName::Records, StoreName::Blobs];

    /// The object store's name: `meta`, `records` or `blobs`.
    #[must_use]
    pub fn as_str(&self) -> &'static str {
        match self {
            StoreName::Meta => "meta",
            StoreName::Records => "records",
            StoreName::Blobs => "blobs",
        }
    }
}

/// One operation of a [`Batch`].
#[derive(Clone, PartialEq, Eq)]
pub enum WriteOp {
    /// Insert or overwrite `key` with `value`.
    Put {
        /// Object store.
        store: StoreName,
        /// Key.
        key: String,
        /// Value (always ciphertext or the non-secret header).
        value: Vec<u8>,
    },
    /// Remove `key` (no error if absent).
    Delete {
        /// Object store.
        store: StoreName,
        /// Key.
        key: String,
    },
    /// Remove every key of the store.
    Clear {
        /// Object store.
        store: StoreName,
    },
}

impl fmt::Debug for WriteOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WriteOp::Put { store, key, value } => {
                write!(f, "Put({}/{key}, {} bytes)", store.as_str(), value.len())
            }
            WriteOp::Delete { store, key } => write!(f, "Delete({}/{key})", store.as_str()),
            WriteOp::Clear { store } => write!(f, "Clear({})", store.as_str()),
        }
    }
}

/// One logical change: operations applied in order, **all or none** (one IndexedDB
/// transaction over the three stores, mode `readwrite`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Batch {
    ops: Vec<WriteOp>,
}

impl Batch {
    /// An empty batch.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a put.
    pub fn put(&mut self, store: StoreName, key: impl Into<String>, value: Vec<u8>) -> &mut Self {
        self.ops.push(WriteOp::Put {
            store,
            key: key.into(),
            value,
        });
        self
    }

    /// Adds a delete.
    pub fn delete(&mut self, store: StoreName, key: impl Into<String>) -> &mut Self {
        self.ops.push(WriteOp::Delete {
            store,
            key: key.into(),
        });
        self
    }

    /// Adds a clear of a whole store.
    pub fn clear(&mut self, store: StoreName) -> &mut Self {
        self.ops.push(WriteOp::Clear { store });
        self
    }

    /// The operations, in order.
    #[must_use]
    pub fn ops(&self) -> &[WriteOp] {
        &self.ops
    }

    /// Takes the operations.
    #[must_use]
    pub fn into_ops(self) -> Vec<WriteOp> {
        self.ops
    }

    /// Whether there is nothing to do.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// Number of operations.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ops.len()
    }
}

/// Key-value storage with three stores and atomic batches.
///
/// Contract for implementations (the browser's is IndexedDB):
/// - [`Storage::commit`] applies the whole batch or nothing, even if the tab closes midway;
///   on failure it returns [`VaultError::StorageFull`] when the quota is exceeded
///   (IndexedDB `QuotaExceededError`) and [`VaultError::Storage`] for anything else.
/// - `keys` and `get_all` return entries whose key starts with `prefix` (`""` = all), sorted
///   by key (IndexedDB's order for string keys).
/// - Futures need not be `Send` (IndexedDB futures are not).
#[allow(async_fn_in_trait)]
pub trait Storage {
    /// The value under `key`, if any.
    async fn get(&self, store: StoreName, key: &str) -> Result<Option<Vec<u8>>>;
    /// Keys starting with `prefix`, sorted.
    async fn keys(&self, store: StoreName, prefix: &str) -> Result<Vec<String>>;
    /// Key-value pairs whose key starts with `prefix`, sorted by key.
    async fn get_all(&self, store: StoreName, prefix: &str) -> Result<Vec<(String, Vec<u8>)>>;
    /// Applies the batch atomically.
    async fn commit(&self, batch: Batch) -> Result<()>;
}

#[derive(Default)]
struct MemoryInner {
    stores: BTreeMap<StoreName, BTreeMap<String, Vec<u8>>>,
    quota: Option<u64>,
    fail_next: Option<VaultError>,
    tear_next: Option<usize>,
    commits: u64,
}

impl MemoryInner {
    fn used(stores: &BTreeMap<StoreName, BTreeMap<String, Vec<u8>>>) -> u64 {
        stores
            .values()
            .flat_map(|s| s.iter())
            .map(|(k, v)| (k.len() + v.len()) as u64)
            .sum()
    }
}

/// In-memory [`Storage`]: clones share the same data. For tests and native tools; it can
/// simulate a storage quota and a failing commit.
#[derive(Clone, Default)]
pub struct MemoryStorage {
    inner: Arc<Mutex<MemoryInner>>,
}

impl fmt::Debug for MemoryStorage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = self.lock();
        f.debug_struct("MemoryStorage")
            .field("used_bytes", &MemoryInner::used(&inner.stores))
            .field("quota", &inner.quota)
            .field("commits", &inner.commits)
            .finish()
    }
}

impl MemoryStorage {
    /// Empty storage without quota.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, MemoryInner> {
        self.inner
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Limits the total size (keys + values) in bytes; a commit that would exceed it fails with
    /// [`VaultError::StorageFull`] and changes nothing.
    pub fn set_quota(&self, bytes: Option<u64>) {
        self.lock().quota = bytes;
    }

    /// Makes the next commit fail with `error`, changing nothing (simulates a tab closed or a
    /// transaction aborted mid-save).
    pub fn fail_next_commit(&self, error: VaultError) {
        self.lock().fail_next = Some(error);
    }

    /// Makes the next commit apply only its first `ops` operations and then fail with
    /// [`VaultError::Storage`]: a storage that is *not* atomic, torn at any write. IndexedDB
    /// never does this; it tests that key replacement survives it anyway.
    pub fn tear_next_commit(&self, ops: usize) {
        self.lock().tear_next = Some(ops);
    }

    /// Total bytes used (keys + values).
    #[must_use]
    pub fn used_bytes(&self) -> u64 {
        MemoryInner::used(&self.lock().stores)
    }

    /// Number of successful commits so far.
    #[must_use]
    pub fn commit_count(&self) -> u64 {
        self.lock().commits
    }

    /// A copy of everything stored, for comparisons in tests.
    #[must_use]
    pub fn snapshot(&self) -> BTreeMap<(StoreName, String), Vec<u8>> {
        let inner = self.lock();
        inner
            .stores
            .iter()
            .flat_map(|(s, m)| m.iter().map(move |(k, v)| ((*s, k.clone()), v.clone())))
            .collect()
    }
}

impl Storage for MemoryStorage {
    async fn get(&self, store: StoreName, key: &str) -> Result<Option<Vec<u8>>> {
        Ok(self
            .lock()
            .stores
            .get(&store)
            .and_then(|s| s.get(key))
            .cloned())
    }

    async fn keys(&self, store: StoreName, prefix: &str) -> Result<Vec<String>> {
        Ok(self
            .lock()
            .stores
            .get(&store)
            .map(|s| {
                s.keys()
                    .filter(|k| k.starts_with(prefix))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default())
    }

    async fn get_all(&self, store: StoreName, prefix: &str) -> Result<Vec<(String, Vec<u8>)>> {
        Ok(self
            .lock()
            .stores
            .get(&store)
            .map(|s| {
                s.iter()
                    .filter(|(k, _)| k.starts_with(prefix))
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            })
            .unwrap_or_default())
    }

    async fn commit(&self, batch: Batch) -> Result<()> {
        let mut inner = self.lock();
        if let Some(e) = inner.fail_next.take() {
            return Err(e);
        }
        // Apply to a copy, then swap: all or nothing (unless torn on purpose).
        let mut next = inner.stores.clone();
        let tear = inner.tear_next.take();
        for (i, op) in batch.into_ops().into_iter().enumerate() {
            if tear == Some(i) {
                inner.stores = next;
                return Err(VaultError::Storage("torn write".into()));
            }
            match op {
                WriteOp::Put { store, key, value } => {
                    next.entry(store).or_default().insert(key, value);
                }
                WriteOp::Delete { store, key } => {
                    if let Some(s) = next.get_mut(&store) {
                        s.remove(&key);
                    }
                }
                WriteOp::Clear { store } => {
                    next.remove(&store);
                }
            }
        }
        if tear.is_some() {
            inner.stores = next;
            return Err(VaultError::Storage("torn write".into()));
        }
        if let Some(q) = inner.quota
            && MemoryInner::used(&next) > q
        {
            return Err(VaultError::StorageFull);
        }
        inner.stores = next;
        inner.commits += 1;
        Ok(())
    }
}
