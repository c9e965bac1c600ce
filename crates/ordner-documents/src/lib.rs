//! Filed documents in the vault.
//!
//! A document is ONE encrypted record (kind [`RECORD_KIND`], its random id, the value
//! [`ordner_core::document::encode`]) plus one encrypted blob per page and per thumbnail. Saving
//! and deleting write all of it in one [`Session::commit`]: a full storage, a closed tab or an
//! aborted transaction leaves the vault exactly as it was.
//!
//! The text recognised on a page is its own encrypted record (kind [`PAGE_TEXT_KIND`], id = the
//! page's blob id, the value `ordner_letter::page_text::PageText::encode`); deleting a document,
//! or a page from it, deletes the page's text in the same transaction.
//!
//! Lists decrypt only records and thumbnails ([`list`], [`blob`] for each thumbnail); a full
//! page is decrypted only when it is opened ([`blob`] with the page's blob id).

#![cfg_attr(
    test,
    allow(clippy::unwrap_used, clippy::expect_used, reason = "unit tests")
)]

use std::collections::BTreeSet;

use ordner_core::CoreError;
pub use ordner_core::document::RECORD_KIND;
use ordner_core::document::{Document, decode, encode};
use ordner_vault::{BlobId, RecordId, RecordKind, SecretBytes, Session, Storage, VaultError};

/// What can go wrong when storing or reading documents.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocsError {
    /// From the vault (storage full, damaged data, ...).
    #[error(transparent)]
    Vault(#[from] VaultError),
    /// A record that cannot be read.
    #[error(transparent)]
    Core(#[from] CoreError),
    /// The document names a blob that is neither new nor already stored with it.
    #[error("page blob {0} is missing")]
    MissingBlob(String),
    /// A new blob that the document does not name (it would be stored for nothing).
    #[error("blob {0} belongs to no page")]
    StrayBlob(String),
    /// A blob that is not stored (deleted meanwhile, or the vault was replaced).
    #[error("blob {0} is not stored")]
    NotFound(String),
}

impl DocsError {
    /// The Fluent message for the person.
    #[must_use]
    pub fn message_id(&self) -> &'static str {
        match self {
            DocsError::Vault(VaultError::StorageFull) => "doc-error-storage-full",
            DocsError::Vault(VaultError::Decrypt) | DocsError::Core(_) => "doc-error-damaged",
            DocsError::Vault(e) => e.message_id(),
            DocsError::MissingBlob(_) | DocsError::StrayBlob(_) => "doc-error-internal",
            DocsError::NotFound(_) => "doc-error-not-found",
        }
    }
}

/// Result of this crate.
pub type Result<T> = core::result::Result<T, DocsError>;

fn kind() -> Result<RecordKind> {
    Ok(RecordKind::new(RECORD_KIND)?)
}

/// Record kind of a page's recognised text (one record per page, id = the page's blob id).
pub const PAGE_TEXT_KIND: &str = "page-text";

fn text_kind() -> Result<RecordKind> {
    Ok(RecordKind::new(PAGE_TEXT_KIND)?)
}

/// The page and thumbnail bytes that a save adds, by blob id.
pub type NewBlobs = Vec<(String, Vec<u8>)>;

/// Stores `doc` (new, or replacing `previous`, the version loaded before the edit) with the new
/// page and thumbnail blobs, and deletes the blobs `previous` had that `doc` no longer names,
/// all in one transaction.
///
/// # Errors
/// [`DocsError::MissingBlob`] / [`DocsError::StrayBlob`] if blobs and pages do not match (nothing
/// written); [`VaultError::StorageFull`] and other storage errors (nothing written).
pub async fn save<S: Storage>(
    session: &Session<S>,
    doc: &Document,
    new_blobs: &[(String, Vec<u8>)],
    previous: Option<&Document>,
) -> Result<()> {
    let named: BTreeSet<&str> = doc.blob_ids().into_iter().collect();
    let before: BTreeSet<&str> = previous
        .map(|p| p.blob_ids().into_iter().collect())
        .unwrap_or_default();
    let new: BTreeSet<&str> = new_blobs.iter().map(|(id, _)| id.as_str()).collect();
    if let Some(stray) = new.iter().find(|id| !named.contains(*id)) {
        return Err(DocsError::StrayBlob((*stray).to_owned()));
    }
    if let Some(missing) = named
        .iter()
        .find(|id| !new.contains(*id) && !before.contains(*id))
    {
        return Err(DocsError::MissingBlob((*missing).to_owned()));
    }
    let mut change = session.change();
    change.put_record(&kind()?, &RecordId::new(&doc.id)?, &encode(doc))?;
    for (id, bytes) in new_blobs {
        change.put_blob(&BlobId::new(id)?, bytes)?;
    }
    for gone in before.difference(&named) {
        change.delete_blob(&BlobId::new(gone)?);
        change.delete_record(&text_kind()?, &RecordId::new(gone)?);
    }
    session.commit(change).await?;
    Ok(())
}

/// Deletes the document's record and every blob it names, in one transaction.
///
/// # Errors
/// Storage errors (nothing deleted).
pub async fn delete<S: Storage>(session: &Session<S>, doc: &Document) -> Result<()> {
    let mut change = session.change();
    change.delete_record(&kind()?, &RecordId::new(&doc.id)?);
    for id in doc.blob_ids() {
        change.delete_blob(&BlobId::new(id)?);
    }
    for page in &doc.pages {
        change.delete_record(&text_kind()?, &RecordId::new(&page.blob)?);
    }
    session.commit(change).await?;
    Ok(())
}

/// Stores the recognised text of the page whose blob is `page_blob` (replacing an older one),
/// if the document still has that page.
///
/// # Errors
/// [`DocsError::NotFound`] if `doc` has no such page (nothing written); storage errors.
pub async fn save_page_text<S: Storage>(
    session: &Session<S>,
    doc: &Document,
    page_blob: &str,
    encoded: &[u8],
) -> Result<()> {
    if !doc.pages.iter().any(|p| p.blob == page_blob) {
        return Err(DocsError::NotFound(page_blob.to_owned()));
    }
    session
        .put(&text_kind()?, &RecordId::new(page_blob)?, encoded)
        .await?;
    Ok(())
}

/// Every stored page text, as (page blob id, encoded record), and the ids of damaged ones.
///
/// # Errors
/// Storage errors only.
pub async fn page_texts<S: Storage>(
    session: &Session<S>,
) -> Result<(Vec<(String, SecretBytes)>, Vec<String>)> {
    let opened = session.list(&text_kind()?).await?;
    Ok((
        opened
            .records
            .into_iter()
            .map(|r| (r.id.as_str().to_owned(), r.data))
            .collect(),
        opened.damaged.into_iter().map(|d| d.id).collect(),
    ))
}

/// Every stored document, and the ids of records that could not be opened or read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listed {
    /// Newest first (by received date, then by when it was added).
    pub documents: Vec<Document>,
    /// Record ids of damaged documents.
    pub damaged: Vec<String>,
}

/// Decrypts and decodes every document record (no blobs).
///
/// # Errors
/// Storage errors only; damaged records are listed in [`Listed::damaged`].
pub async fn list<S: Storage>(session: &Session<S>) -> Result<Listed> {
    let opened = session.list(&kind()?).await?;
    let mut out = Listed {
        damaged: opened.damaged.into_iter().map(|d| d.id).collect(),
        ..Listed::default()
    };
    for record in opened.records {
        match decode(record.id.as_str(), record.data.as_bytes()) {
            Ok(doc) => out.documents.push(doc),
            Err(_) => out.damaged.push(record.id.as_str().to_owned()),
        }
    }
    sort(&mut out.documents);
    Ok(out)
}

/// Sorts newest first: by received date (documents without one by when they were added), then
/// by when they were added.
pub fn sort(docs: &mut [Document]) {
    docs.sort_by(|a, b| {
        let key = |d: &Document| (d.received, d.created_ms);
        key(b).cmp(&key(a))
    });
}

/// Decrypts one blob (a thumbnail for a list, a full page when opened).
///
/// # Errors
/// [`DocsError::NotFound`]; [`VaultError::Decrypt`] if damaged; storage errors.
pub async fn blob<S: Storage>(session: &Session<S>, id: &str) -> Result<SecretBytes> {
    session
        .get_blob(&BlobId::new(id)?)
        .await?
        .ok_or_else(|| DocsError::NotFound(id.to_owned()))
}

#[cfg(test)]
mod tests;
