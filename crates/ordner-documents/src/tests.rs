use ordner_core::TabId;
use ordner_core::date::Date;
use ordner_core::document::{Document, Page, PageMime, Rotation};
use ordner_vault::{
    KdfParams, KdfSettings, MemoryStorage, RecordId, RecordKind, Session, Storage, StoreName,
    VaultError, VaultStore,
};
use pollster::block_on;

use super::*;

fn session() -> (MemoryStorage, Session<MemoryStorage>) {
    let storage = MemoryStorage::new();
    let store = VaultStore::new(storage.clone());
    let kek = KdfSettings::generate(KdfParams::MINIMUM)
        .unwrap()
        .derive_kek("a passphrase for tests")
        .unwrap();
    let session = block_on(store.create(&kek)).unwrap().session;
    (storage, session)
}

fn page(n: u32) -> Page {
    Page {
        blob: format!("page{n}"),
        thumb: Some(format!("thumb{n}")),
        mime: PageMime::Jpeg,
        width: 1500,
        height: 2000,
        rotation: Rotation::R0,
        bytes: 1000,
    }
}

fn doc(id: &str, pages: &[u32]) -> Document {
    Document {
        id: id.to_owned(),
        doc_type: "meldebescheinigung".into(),
        tab: TabId::Housing,
        title: "TITLEMARKER Anmeldung".into(),
        issuer: "Bürgeramt".into(),
        received: Some(Date::parse_iso("2026-11-20").unwrap()),
        valid_until: None,
        moved_in: None,
        letter_date: None,
        appointment: None,
        outcome: None,
        notes: "NOTESMARKER".into(),
        pages: pages.iter().map(|n| page(*n)).collect(),
        created_ms: 1,
        updated_ms: 1,
    }
}

fn blobs(pages: &[u32]) -> NewBlobs {
    pages
        .iter()
        .flat_map(|n| {
            [
                (format!("page{n}"), vec![0xFF, 0xD8, *n as u8, 1, 2, 3]),
                (format!("thumb{n}"), vec![0xFF, 0xD8, *n as u8]),
            ]
        })
        .collect()
}

fn stored_keys(storage: &MemoryStorage, store: StoreName) -> Vec<String> {
    block_on(storage.keys(store, "")).unwrap()
}

/// The blob ids the vault lists, sorted (storage keys are opaque).
fn blob_ids(s: &Session<MemoryStorage>) -> Vec<String> {
    let mut ids: Vec<String> = block_on(s.blob_ids())
        .unwrap()
        .iter()
        .map(|b| b.as_str().to_owned())
        .collect();
    ids.sort();
    ids
}

fn raw_contains(storage: &MemoryStorage, needle: &[u8]) -> bool {
    [StoreName::Records, StoreName::Blobs].iter().any(|s| {
        block_on(storage.get_all(*s, ""))
            .unwrap()
            .iter()
            .any(|(_, v)| v.windows(needle.len()).any(|w| w == needle))
    })
}

#[test]
fn save_list_open_delete() {
    let (storage, s) = session();
    let d = doc("d1", &[1, 2]);
    block_on(save(&s, &d, &blobs(&[1, 2]), None)).unwrap();
    assert_eq!(
        storage.commit_count(),
        2,
        "vault creation + one commit for the document"
    );
    assert_eq!(stored_keys(&storage, StoreName::Records).len(), 1);
    assert_eq!(blob_ids(&s), ["page1", "page2", "thumb1", "thumb2"]);
    assert_eq!(stored_keys(&storage, StoreName::Blobs).len(), 4);
    assert!(!raw_contains(&storage, b"TITLEMARKER"));
    assert!(!raw_contains(&storage, b"NOTESMARKER"));

    let listed = block_on(list(&s)).unwrap();
    assert_eq!(listed.documents, std::slice::from_ref(&d));
    assert!(listed.damaged.is_empty());
    assert_eq!(
        block_on(blob(&s, "thumb2")).unwrap().as_bytes(),
        &[0xFF, 0xD8, 2]
    );

    block_on(delete(&s, &d)).unwrap();
    assert!(stored_keys(&storage, StoreName::Records).is_empty());
    assert!(stored_keys(&storage, StoreName::Blobs).is_empty());
    assert_eq!(
        block_on(blob(&s, "page1")).unwrap_err(),
        DocsError::NotFound("page1".into())
    );
}

#[test]
fn storage_full_stores_nothing() {
    let (storage, s) = session();
    let before = storage.used_bytes();
    storage.set_quota(Some(before + 100));
    let err = block_on(save(&s, &doc("d1", &[1, 2]), &blobs(&[1, 2]), None)).unwrap_err();
    assert_eq!(err, DocsError::Vault(VaultError::StorageFull));
    assert_eq!(err.message_id(), "doc-error-storage-full");
    assert_eq!(storage.used_bytes(), before);
    assert!(stored_keys(&storage, StoreName::Blobs).is_empty());
    assert!(block_on(list(&s)).unwrap().documents.is_empty());

    // An aborted transaction (tab closed mid-save) as well.
    storage.set_quota(None);
    storage.fail_next_commit(VaultError::Storage("aborted".into()));
    assert!(block_on(save(&s, &doc("d1", &[1]), &blobs(&[1]), None)).is_err());
    assert_eq!(storage.used_bytes(), before);
}

#[test]
fn edit_replaces_pages_in_one_commit() {
    let (storage, s) = session();
    let first = doc("d1", &[1, 2]);
    block_on(save(&s, &first, &blobs(&[1, 2]), None)).unwrap();
    // Page 1 removed, page 2 kept, page 3 added in front.
    let mut edited = doc("d1", &[3, 2]);
    edited.title = "new title".into();
    let commits = storage.commit_count();
    block_on(save(&s, &edited, &blobs(&[3]), Some(&first))).unwrap();
    assert_eq!(storage.commit_count(), commits + 1);
    assert_eq!(blob_ids(&s), ["page2", "page3", "thumb2", "thumb3"]);
    assert_eq!(stored_keys(&storage, StoreName::Blobs).len(), 4);
    assert_eq!(block_on(list(&s)).unwrap().documents, [edited.clone()]);

    // A failed edit leaves the previous version whole.
    storage.fail_next_commit(VaultError::StorageFull);
    let again = doc("d1", &[4]);
    assert!(block_on(save(&s, &again, &blobs(&[4]), Some(&edited))).is_err());
    assert_eq!(block_on(list(&s)).unwrap().documents, [edited]);
    assert_eq!(stored_keys(&storage, StoreName::Blobs).len(), 4);
}

#[test]
fn pages_and_blobs_must_match() {
    let (storage, s) = session();
    let d = doc("d1", &[1, 2]);
    assert_eq!(
        block_on(save(&s, &d, &blobs(&[1]), None)).unwrap_err(),
        DocsError::MissingBlob("page2".into())
    );
    assert_eq!(
        block_on(save(&s, &doc("d1", &[1]), &blobs(&[1, 2]), None)).unwrap_err(),
        DocsError::StrayBlob("page2".into())
    );
    assert!(stored_keys(&storage, StoreName::Blobs).is_empty());
}

#[test]
fn damaged_records_are_named_not_hidden() {
    let (storage, s) = session();
    block_on(save(&s, &doc("good", &[1]), &blobs(&[1]), None)).unwrap();
    // A record that decrypts but is not a document, and one that does not decrypt.
    let kind = RecordKind::new(RECORD_KIND).unwrap();
    block_on(s.put(&kind, &RecordId::new("junk").unwrap(), b"\x09nope")).unwrap();
    let before = stored_keys(&storage, StoreName::Records);
    block_on(save(&s, &doc("broken", &[]), &[], None)).unwrap();
    let slot = stored_keys(&storage, StoreName::Records)
        .into_iter()
        .find(|k| !before.contains(k))
        .unwrap();
    let mut batch = ordner_vault::Batch::new();
    batch.put(StoreName::Records, slot, vec![1, 2, 3]);
    block_on(storage.commit(batch)).unwrap();
    let listed = block_on(list(&s)).unwrap();
    assert_eq!(listed.documents.len(), 1);
    let mut damaged = listed.damaged.clone();
    damaged.sort();
    assert_eq!(damaged, ["broken", "junk"]);
}

#[test]
fn newest_first() {
    let mut docs = vec![doc("a", &[]), doc("b", &[]), doc("c", &[])];
    docs[0].received = Some(Date::parse_iso("2025-01-01").unwrap());
    docs[1].received = None;
    docs[1].created_ms = 5;
    docs[2].received = Some(Date::parse_iso("2026-01-01").unwrap());
    sort(&mut docs);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["c", "a", "b"]);
}

#[test]
fn page_texts_are_encrypted_and_go_with_their_page() {
    let (storage, session) = session();
    let first = doc("d1", &[1, 2]);
    block_on(save(&session, &first, &blobs(&[1, 2]), None)).unwrap();
    block_on(save_page_text(
        &session,
        &first,
        "page1",
        b"PAGETEXTMARKER one",
    ))
    .unwrap();
    block_on(save_page_text(
        &session,
        &first,
        "page2",
        b"PAGETEXTMARKER two",
    ))
    .unwrap();
    // Only a page of the document gets a text.
    assert_eq!(
        block_on(save_page_text(&session, &first, "page9", b"x")),
        Err(DocsError::NotFound("page9".into()))
    );
    assert!(!raw_contains(&storage, b"PAGETEXTMARKER"));
    let (texts, damaged) = block_on(page_texts(&session)).unwrap();
    assert!(damaged.is_empty());
    let mut ids: Vec<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["page1", "page2"]);
    // A page taken out of the document takes its text along.
    let edited = doc("d1", &[2]);
    block_on(save(&session, &edited, &[], Some(&first))).unwrap();
    let (texts, _) = block_on(page_texts(&session)).unwrap();
    assert_eq!(texts.len(), 1);
    assert_eq!(texts[0].0, "page2");
    assert_eq!(texts[0].1.as_bytes(), b"PAGETEXTMARKER two");
    // Deleting the document deletes the rest.
    block_on(delete(&session, &edited)).unwrap();
    assert!(block_on(page_texts(&session)).unwrap().0.is_empty());
    assert!(
        stored_keys(&storage, StoreName::Records).len() <= 1,
        "only the header may remain"
    );
}
