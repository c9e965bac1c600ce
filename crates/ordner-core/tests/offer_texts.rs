//! Every text the file offer (print, share, save; #12 §1) uses exists in all 16 languages.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::Path;

use ordner_core::{Catalog, LANGUAGES, offer};

#[test]
fn every_offer_text_exists_in_every_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut missing = Vec::new();
    for lang in LANGUAGES {
        let catalog = Catalog::load_dir(&root, lang.code).unwrap();
        for id in offer::MESSAGE_IDS {
            if !catalog.has(id) {
                missing.push(format!("{}: {id}", lang.code));
            }
        }
    }
    assert!(missing.is_empty(), "missing: {missing:?}");
    assert_eq!(LANGUAGES.len(), 16);
}
