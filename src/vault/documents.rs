//! Documents in the vault of the running app: save, delete, read page bytes. The storage logic
//! itself (one transaction per save or delete) is in the `ordner-documents` crate.

use ordner_core::document::Document;
use ordner_documents::NewBlobs;
use ordner_vault::SecretBytes;

use super::{Error, Part, Vault};

impl Vault {
    /// The document with this id, if it is loaded (reactive).
    pub fn document(&self, id: &str) -> Option<Document> {
        self.folder
            .with_documents(|docs| docs.iter().find(|d| d.id == id).cloned())
    }

    /// Stores a new or edited document with its new page and thumbnail blobs in ONE
    /// transaction; blobs `previous` had that `doc` no longer names are deleted in it too.
    ///
    /// # Errors
    /// [`Error::Locked`] (nothing written); a full storage or any storage error (nothing
    /// written, the list unchanged).
    pub async fn save_document(
        &self,
        doc: Document,
        new_blobs: NewBlobs,
        previous: Option<&Document>,
    ) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        ordner_documents::save(&session, &doc, &new_blobs, previous).await?;
        if self.generation() == generation {
            self.folder.change(Part::Documents, |open| {
                let docs = &mut open.records.documents;
                docs.retain(|d| d.id != doc.id);
                docs.push(doc);
                ordner_documents::sort(docs);
            });
        }
        Ok(())
    }

    /// Deletes a document, its pages and thumbnails in one transaction.
    ///
    /// # Errors
    /// [`Error::Locked`]; storage errors (nothing deleted).
    pub async fn delete_document(&self, doc: &Document) -> Result<(), Error> {
        let (session, generation) = self.session()?;
        ordner_documents::delete(&session, doc).await?;
        if self.generation() == generation {
            self.folder.change(Part::Documents, |open| {
                open.records.documents.retain(|d| d.id != doc.id);
            });
        }
        Ok(())
    }

    /// Decrypts one page or thumbnail blob.
    ///
    /// # Errors
    /// [`Error::Locked`]; not found, damaged, storage errors.
    pub async fn document_blob(&self, id: &str) -> Result<SecretBytes, Error> {
        let (session, _) = self.session()?;
        Ok(ordner_documents::blob(&session, id).await?)
    }
}

impl Vault {
    /// Stores a page's recognised text as its own encrypted record (replacing an older one).
    ///
    /// # Errors
    /// [`Error::Locked`]; the page is no longer in the document; storage errors.
    pub async fn save_page_text(
        &self,
        doc: &Document,
        page_blob: &str,
        text: &ordner_letter::page_text::PageText,
    ) -> Result<(), Error> {
        let (session, _) = self.session()?;
        ordner_documents::save_page_text(&session, doc, page_blob, &text.encode()).await?;
        Ok(())
    }

    /// Every stored page text, decrypted and decoded, by page blob id (damaged ones left out).
    ///
    /// # Errors
    /// [`Error::Locked`]; storage errors.
    pub async fn page_texts(
        &self,
    ) -> Result<Vec<(String, ordner_letter::page_text::PageText)>, Error> {
        let (session, _) = self.session()?;
        let (texts, _damaged) = ordner_documents::page_texts(&session).await?;
        Ok(texts
            .into_iter()
            .filter_map(|(id, bytes)| {
                ordner_letter::page_text::PageText::decode(bytes.as_bytes())
                    .ok()
                    .map(|t| (id, t))
            })
            .collect())
    }
}
