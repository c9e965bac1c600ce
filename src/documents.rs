//! The add/edit flow of documents as plain types: the pages being edited ([`Draft`]), turning
//! them into a stored document ([`save`]), short-lived object URLs ([`ObjectUrl`]), and the test
//! hooks the end-to-end tests and the benchmark use.

use std::rc::Rc;

use std::sync::atomic::{AtomicU64, Ordering};

use ordner_core::TabId;
use ordner_core::content::Content;
use ordner_core::document::{
    Document, DocumentForm, FieldProblem, Page, PageMime, Rotation, ticks_on_save,
};
use ordner_documents::NewBlobs;
use ordner_vault::BlobId;

use crate::scan::{self, NewPage, ScanError};
use crate::vault::{Error, Vault};

static NEXT_UID: AtomicU64 = AtomicU64::new(1);

/// One page in the editor: already stored, or new (processed, not stored yet).
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// Stable key for the list on screen.
    pub uid: u64,
    pub source: Source,
}

/// Where a page in the editor comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Stored(Page),
    New(Rc<NewPage>, Rotation),
}

impl Draft {
    /// A new page.
    #[must_use]
    pub fn new(page: NewPage) -> Draft {
        Draft {
            uid: NEXT_UID.fetch_add(1, Ordering::Relaxed),
            source: Source::New(Rc::new(page), Rotation::R0),
        }
    }

    /// A stored page.
    #[must_use]
    pub fn stored(page: Page) -> Draft {
        Draft {
            uid: NEXT_UID.fetch_add(1, Ordering::Relaxed),
            source: Source::Stored(page),
        }
    }

    /// Whether it is a PDF.
    #[must_use]
    pub fn is_pdf(&self) -> bool {
        match &self.source {
            Source::Stored(p) => p.mime == PageMime::Pdf,
            Source::New(p, _) => p.mime == PageMime::Pdf,
        }
    }

    /// Display rotation (PDFs only; JPEGs are turned on their pixels).
    #[must_use]
    pub fn rotation(&self) -> Rotation {
        match &self.source {
            Source::Stored(p) => p.rotation,
            Source::New(_, r) => *r,
        }
    }
}

/// Moves the page at `from` by `delta` places (−1 up, +1 down); out of range does nothing.
pub fn move_page(pages: &mut [Draft], from: usize, delta: isize) {
    let Some(to) = from.checked_add_signed(delta) else {
        return;
    };
    if from < pages.len() && to < pages.len() {
        pages.swap(from, to);
    }
}

/// Turns a page a quarter turn clockwise: JPEGs on their pixels (a stored one is decrypted and
/// becomes a new page), PDFs by their display rotation.
///
/// # Errors
/// Vault errors reading a stored page; [`ScanError`] from the canvas.
pub async fn rotate(vault: &Vault, draft: &Draft) -> Result<Draft, RotateError> {
    let source = match &draft.source {
        Source::Stored(p) if p.mime == PageMime::Pdf => {
            let mut p = p.clone();
            p.rotation = p.rotation.turned_right();
            Source::Stored(p)
        }
        Source::New(p, r) if p.mime == PageMime::Pdf => Source::New(p.clone(), r.turned_right()),
        Source::Stored(p) => {
            let bytes = vault
                .document_blob(&p.blob)
                .await
                .map_err(RotateError::Vault)?;
            let turned = scan::rotate_jpeg(bytes.as_bytes())
                .await
                .map_err(RotateError::Scan)?;
            Source::New(Rc::new(turned), Rotation::R0)
        }
        Source::New(p, _) => {
            let turned = scan::rotate_jpeg(&p.full)
                .await
                .map_err(RotateError::Scan)?;
            Source::New(Rc::new(turned), Rotation::R0)
        }
    };
    Ok(Draft {
        uid: draft.uid,
        source,
    })
}

/// Why turning a page failed.
#[derive(Debug, Clone, PartialEq)]
pub enum RotateError {
    Vault(Error),
    Scan(ScanError),
}

/// Why saving failed.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    /// Fields to correct (nothing stored).
    Fields(Vec<FieldProblem>),
    /// The vault refused (nothing stored).
    Vault(Error),
}

/// The pages of the document and the new blobs to store, with fresh blob ids.
///
/// # Errors
/// [`ordner_vault::VaultError::Random`].
pub fn pages_and_blobs(drafts: &[Draft]) -> Result<(Vec<Page>, NewBlobs), Error> {
    let mut pages = Vec::with_capacity(drafts.len());
    let mut blobs = NewBlobs::new();
    for d in drafts {
        match &d.source {
            Source::Stored(p) => pages.push(p.clone()),
            Source::New(p, rotation) => {
                let blob = BlobId::random()?.as_str().to_owned();
                blobs.push((blob.clone(), p.full.clone()));
                let thumb = match &p.thumb {
                    Some(bytes) => {
                        let id = BlobId::random()?.as_str().to_owned();
                        blobs.push((id.clone(), bytes.clone()));
                        Some(id)
                    }
                    None => None,
                };
                pages.push(Page {
                    blob,
                    thumb,
                    mime: p.mime,
                    width: p.width,
                    height: p.height,
                    rotation: *rotation,
                    bytes: p.full.len() as u64,
                });
            }
        }
    }
    Ok((pages, blobs))
}

/// Milliseconds since 1970.
#[must_use]
pub fn now_ms() -> u64 {
    js_sys::Date::now().max(0.0) as u64
}

/// A new, empty document behind `tab` with a fresh id.
///
/// # Errors
/// [`ordner_vault::VaultError::Random`].
pub fn new_document(tab: TabId) -> Result<Document, Error> {
    let now = now_ms();
    Ok(Document {
        id: ordner_vault::RecordId::random()?.as_str().to_owned(),
        doc_type: String::new(),
        tab,
        title: String::new(),
        issuer: String::new(),
        received: None,
        valid_until: None,
        moved_in: None,
        appointment: None,
        letter_date: None,
        outcome: None,
        notes: String::new(),
        pages: Vec::new(),
        created_ms: now,
        updated_ms: now,
    })
}

/// Checks the form, stores the document with its pages in one transaction, then ticks the
/// checklist items its type names (if it is new or its type changed). Returns the stored
/// document and the keys it ticked.
///
/// # Errors
/// [`SaveError::Fields`] or [`SaveError::Vault`]; nothing is stored in either case.
pub async fn save(
    vault: &Vault,
    content: &Content,
    form: &DocumentForm,
    drafts: &[Draft],
    previous: Option<Document>,
    tab: TabId,
) -> Result<(Document, Vec<String>), SaveError> {
    let mut doc = match &previous {
        Some(p) => p.clone(),
        None => new_document(tab).map_err(SaveError::Vault)?,
    };
    let is_new = previous.is_none();
    if is_new {
        // `apply` moves a new document behind its type's tab; the person started from `tab`.
        doc.id.clear();
    }
    form.apply(&mut doc, drafts.len())
        .map_err(SaveError::Fields)?;
    if is_new {
        doc.id = ordner_vault::RecordId::random()
            .map_err(|e| SaveError::Vault(e.into()))?
            .as_str()
            .to_owned();
    }
    let (pages, blobs) = pages_and_blobs(drafts).map_err(SaveError::Vault)?;
    doc.pages = pages;
    doc.updated_ms = now_ms();
    vault
        .save_document(doc.clone(), blobs, previous.as_ref())
        .await
        .map_err(SaveError::Vault)?;
    let ticked = vault.folder().with_ticks_untracked(Clone::clone);
    let to_tick = ticks_on_save(content, previous.as_ref(), &doc, &ticked);
    for key in &to_tick {
        // The document is stored; a tick that fails to store is only a tick.
        if let Err(e) = vault.set_tick(key, true).await {
            leptos::logging::warn!("tick {key}: {e}");
        }
    }
    Ok((doc, to_tick))
}

pub use crate::object_url::ObjectUrl;

/// Installs, in the build the end-to-end tests and the benchmark use (cargo feature
/// `test-hooks`; `cargo xtask dist` builds without it, and a test checks that the release wasm
/// lacks these names), `window.__meinOrdnerSeedDocuments(count, tabKey, jpegBytes)`, which files
/// `count` documents (each with one page and its thumbnail, both `jpegBytes`) while the vault is
/// open, and resolves to the number stored; and `window.__meinOrdnerBlob(blobId)`, which resolves
/// to the decrypted bytes of a page or thumbnail (to check what was stored; the page's CSP keeps
/// `fetch` away from `blob:` URLs). They can do nothing the person could not do through the
/// screens.
#[cfg(feature = "test-hooks")]
pub fn install_test_hooks(vault: Vault) {
    use wasm_bindgen::prelude::*;
    let Some(window) = web_sys::window() else {
        return;
    };
    let seed = Closure::<dyn FnMut(u32, String, js_sys::Uint8Array) -> js_sys::Promise>::new(
        move |count: u32, tab: String, jpeg: js_sys::Uint8Array| {
            let jpeg = jpeg.to_vec();
            wasm_bindgen_futures::future_to_promise(async move {
                let tab = TabId::from_key(&tab).ok_or_else(|| JsValue::from_str("unknown tab"))?;
                let doc_type = ordner_core::content::DocType::for_tab(tab)
                    .next()
                    .ok_or_else(|| JsValue::from_str("no type"))?
                    .key;
                let page = NewPage {
                    full: jpeg.clone(),
                    thumb: Some(jpeg),
                    mime: PageMime::Jpeg,
                    width: 0,
                    height: 0,
                };
                for i in 0..count {
                    let mut doc =
                        new_document(tab).map_err(|e| JsValue::from_str(&e.to_string()))?;
                    doc.doc_type = doc_type.to_owned();
                    doc.title = format!("Test {i}");
                    let (pages, blobs) = pages_and_blobs(&[Draft::new(page.clone())])
                        .map_err(|e| JsValue::from_str(&e.to_string()))?;
                    doc.pages = pages;
                    vault
                        .save_document(doc, blobs, None)
                        .await
                        .map_err(|e| JsValue::from_str(&e.to_string()))?;
                }
                Ok(JsValue::from(count))
            })
        },
    );
    let _ = js_sys::Reflect::set(
        &window,
        &JsValue::from_str("__meinOrdnerSeedDocuments"),
        seed.as_ref(),
    );
    seed.forget();
    let blob = Closure::<dyn FnMut(String) -> js_sys::Promise>::new(move |id: String| {
        wasm_bindgen_futures::future_to_promise(async move {
            let bytes = vault
                .document_blob(&id)
                .await
                .map_err(|e| JsValue::from_str(&e.to_string()))?;
            Ok(js_sys::Uint8Array::from(bytes.as_bytes()).into())
        })
    });
    let _ = js_sys::Reflect::set(
        &window,
        &JsValue::from_str("__meinOrdnerBlob"),
        blob.as_ref(),
    );
    blob.forget();
}
