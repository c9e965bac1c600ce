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
                let docs = &mut open.documents;
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
                open.documents.retain(|d| d.id != doc.id);
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
