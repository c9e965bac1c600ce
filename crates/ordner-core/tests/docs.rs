//! `docs/content-packs.md` stays true: its full example loads, and it lists every key.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::path::Path;

use ordner_core::TabId;
use ordner_core::content::{CONTACT_TYPES, Content, DOC_TYPES, Origin, PackIssueKind};

fn doc() -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/content-packs.md"),
    )
    .unwrap()
}

#[test]
fn the_full_example_loads() {
    let doc = doc();
    let start = doc.find("```toml\n# Mein Ordner").expect("full example") + "```toml\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let example = &doc[start..end];
    let base = Content::default_germany();
    let (content, pack) = base
        .load_pack("musterstadt.toml", example.as_bytes())
        .unwrap();
    assert_eq!(pack.town, "Musterstadt");
    assert!(content.contact("wohnungsamt").is_none());
    let arrival: Vec<&str> = content
        .tab(TabId::Arrival)
        .contacts
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(
        arrival,
        [
            "auslaenderbehoerde",
            "willkommensbuero",
            "bamf",
            "asylverfahrensberatung",
            "buergeramt"
        ]
    );
    assert_eq!(
        content.tab(TabId::Arrival).checklist[0].key,
        "willkommensbuero-besuchen"
    );
    let (_, anmeldung) = content.item("anmeldung").unwrap();
    assert_eq!(anmeldung.origin, Origin::ChangedByPack);
    assert!(anmeldung.deadline.is_some());
}

#[test]
fn every_key_and_error_kind_is_documented() {
    let doc = doc();
    let content = Content::default_germany();
    let mut keys: Vec<String> = Vec::new();
    keys.extend(TabId::ALL.iter().map(|t| t.key().to_owned()));
    keys.extend(CONTACT_TYPES.iter().map(|c| c.key.to_owned()));
    keys.extend(DOC_TYPES.iter().map(|d| d.key.to_owned()));
    for tab in content.tabs() {
        keys.extend(tab.checklist.iter().map(|i| i.key.clone()));
        keys.extend(tab.tips.iter().map(|t| t.key.clone()));
    }
    keys.extend(PackIssueKind::ALL_KEYS.iter().map(|k| (*k).to_owned()));
    for key in keys {
        assert!(
            doc.contains(&format!("`{key}`")),
            "docs/content-packs.md does not list `{key}`"
        );
    }
}
