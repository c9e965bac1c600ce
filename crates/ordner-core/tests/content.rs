//! The default content for Germany: its shape, its keys and links, and its German text.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use ordner_core::content::{
    AsylumOutcome, CONTACT_TYPES, ContactType, Content, DOC_TYPES, DeadlineRule, DeadlineStart,
    DocType, LocalText, NOT_LEGAL_ADVICE_ID, Origin, Period, Text, model::tel_uri,
};
use ordner_core::{Catalog, TabId};

fn locales() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn german() -> Catalog {
    Catalog::load_dir(&locales(), "de").unwrap()
}

#[test]
fn every_tab_has_an_intro_tips_a_checklist_and_contacts_in_folder_order() {
    let content = Content::default_germany();
    assert_eq!(content.tabs().len(), 10);
    assert!(content.town().is_none());
    for (tab, tc) in TabId::ALL.iter().zip(content.tabs()) {
        assert_eq!(*tab, tc.tab);
        assert_eq!(content.tab(*tab).tab, *tab);
        assert_eq!(
            tc.intro.message_id(),
            Some(format!("tab-{}-intro", tab.key()).as_str())
        );
        // "Ankommen" also carries the residence papers after the decision (Duldung,
        // Fiktionsbescheinigung, Wohnsitzauflage: #13 § 6), so it may hold up to 10.
        let most = if *tab == TabId::Arrival { 10 } else { 8 };
        assert!(
            (3..=most).contains(&tc.tips.len()),
            "{tab:?}: {} tips",
            tc.tips.len()
        );
        assert!(
            (4..=most).contains(&tc.checklist.len()),
            "{tab:?}: {} items",
            tc.checklist.len()
        );
        assert!(!tc.contacts.is_empty(), "{tab:?}: no contacts");
        for c in &tc.contacts {
            assert!(c.is_blank(), "default contact {} has data", c.key);
            assert!(c.contact_type().is_some(), "{} has no contact type", c.key);
            assert_eq!(c.origin, Origin::Default);
        }
    }
}

#[test]
fn keys_are_unique_and_kebab_case_and_links_point_into_the_catalogues() {
    let content = Content::default_germany();
    let mut items = BTreeSet::new();
    let mut tips = BTreeSet::new();
    for tc in content.tabs() {
        for i in &tc.checklist {
            assert!(ordner_core::content::pack::valid_key(&i.key), "{}", i.key);
            assert!(items.insert(i.key.clone()), "item {} twice", i.key);
            if let Some(d) = &i.doctype {
                assert!(
                    DocType::by_key(d).is_some(),
                    "{}: unknown doctype {d}",
                    i.key
                );
            }
        }
        for t in &tc.tips {
            assert!(ordner_core::content::pack::valid_key(&t.key), "{}", t.key);
            assert!(tips.insert(t.key.clone()), "tip {} twice", t.key);
        }
    }
    // `check-<key>-hint` must never collide with another item's `check-<key>`.
    for k in &items {
        assert!(
            !items.contains(&format!("{k}-hint")),
            "{k}-hint is also an item key"
        );
    }
    let mut docs = BTreeSet::new();
    for d in DOC_TYPES {
        assert!(ordner_core::content::pack::valid_key(d.key));
        assert!(docs.insert(d.key), "doctype {} twice", d.key);
    }
    let mut types = BTreeSet::new();
    for c in CONTACT_TYPES {
        assert!(types.insert(c.key), "contact type {} twice", c.key);
        assert!(
            content.contact(c.key).is_some(),
            "contact type {} appears in no tab",
            c.key
        );
    }
    // Every tab has document types to file.
    for tab in TabId::ALL {
        assert!(DocType::for_tab(tab).count() >= 3, "{tab:?}");
    }
}

/// The examples named in the issue and the brief are there, with their links.
#[test]
fn the_papers_and_steps_of_the_brief_are_covered() {
    let content = Content::default_germany();
    let (tab, item) = content.item("gestattung-verlaengern").unwrap();
    assert_eq!(tab, TabId::Arrival);
    assert_eq!(item.doctype.as_deref(), Some("aufenthaltsgestattung"));
    assert_eq!(item.deadline, Some(DeadlineRule::RenewBeforeExpiry));
    let (tab, item) = content.item("anmeldung").unwrap();
    assert_eq!(tab, TabId::Housing);
    assert_eq!(item.doctype.as_deref(), Some("meldebescheinigung"));
    assert_eq!(item.deadline, Some(DeadlineRule::RegisterAddress));

    for (key, tab, rule) in [
        (
            "aufenthaltsgestattung",
            TabId::Arrival,
            Some(DeadlineRule::RenewBeforeExpiry),
        ),
        (
            "bamf-bescheid",
            TabId::Arrival,
            Some(DeadlineRule::AsylumDecision),
        ),
        ("meldebescheinigung", TabId::Housing, None),
        (
            "mietvertrag",
            TabId::Housing,
            Some(DeadlineRule::RegisterAddress),
        ),
        ("arbeitsvertrag", TabId::Work, None),
        ("impfpass", TabId::Health, None),
        (
            "jobcenter-bescheid",
            TabId::Money,
            Some(DeadlineRule::Objection),
        ),
    ] {
        let d = DocType::by_key(key).unwrap();
        assert_eq!(d.tab, tab, "{key}");
        assert_eq!(d.deadline, rule, "{key}");
        assert_eq!(d.name_id(), format!("doctype-{key}"));
    }
    // Filing an Aufenthaltsgestattung ticks both items about it.
    assert_eq!(
        content.items_ticked_by("aufenthaltsgestattung"),
        vec!["aufenthaltsgestattung", "gestattung-verlaengern"]
    );
    assert_eq!(
        content.items_ticked_by("impfpass"),
        vec!["masern", "impfpass"]
    );
    assert!(content.items_ticked_by("sonstiges").is_empty());

    for key in [
        "auslaenderbehoerde",
        "sozialamt",
        "jobcenter",
        "bamf",
        "buergeramt",
        "migrationsberatung",
        "jugendmigrationsdienst",
        "krankenkasse",
        "kita-schulamt",
        "agentur-fuer-arbeit",
    ] {
        assert!(ContactType::by_key(key).is_some(), "{key}");
        assert!(content.contact(key).is_some(), "{key}");
    }
    assert_eq!(
        content.contact_tabs("auslaenderbehoerde"),
        vec![TabId::Arrival, TabId::Work, TabId::Documents]
    );
}

#[test]
fn deadline_rules_follow_the_brief() {
    assert_eq!(AsylumOutcome::Unfounded.period(), Period::Weeks(2));
    assert_eq!(
        AsylumOutcome::ManifestlyUnfounded.period(),
        Period::Weeks(1)
    );
    assert_eq!(AsylumOutcome::Inadmissible.period(), Period::Weeks(1));
    // "Rechtsbehelfsbelehrung missing or wrong" never hides the short deadline (issue 13 §1).
    assert_eq!(
        AsylumOutcome::NoLegalRemedyInstructions.period(),
        Period::Weeks(1)
    );
    assert!(AsylumOutcome::NoLegalRemedyInstructions.needs_urgent_application());
    assert!(AsylumOutcome::ManifestlyUnfounded.needs_urgent_application());
    assert!(AsylumOutcome::Inadmissible.needs_urgent_application());
    assert!(!AsylumOutcome::Unfounded.needs_urgent_application());
    assert_eq!(
        DeadlineRule::RegisterAddress.period(),
        Some(Period::Weeks(2))
    );
    assert_eq!(
        DeadlineRule::RegisterAddress.starts(),
        DeadlineStart::MovedIn
    );
    assert_eq!(DeadlineRule::AsylumDecision.starts(), DeadlineStart::Served);
    assert_eq!(
        DeadlineRule::RenewBeforeExpiry.starts(),
        DeadlineStart::ValidUntil
    );
    assert_eq!(DeadlineRule::RenewBeforeExpiry.period(), None);
}

/// Every German deadline text (rules and checklist items with a deadline) ends by referencing
/// the "help, not legal advice" sentence; the locale test makes every language keep it.
#[test]
fn every_deadline_text_says_it_is_not_legal_advice() {
    let mut sources = String::new();
    for f in ["content.ftl", "doctypes.ftl"] {
        sources.push_str(&std::fs::read_to_string(locales().join("de").join(f)).unwrap());
        sources.push('\n');
    }
    let resource = FluentResource::try_new(sources).unwrap();
    let references_disclaimer = |id: &str| -> bool {
        resource.entries().any(|e| match e {
            ast::Entry::Message(m) if m.id.name == id => {
                let value = m.value.as_ref().unwrap();
                matches!(
                    value.elements.last(),
                    Some(ast::PatternElement::Placeable {
                        expression: ast::Expression::Inline(
                            ast::InlineExpression::MessageReference { id, .. }
                        )
                    }) if id.name == NOT_LEGAL_ADVICE_ID
                )
            }
            _ => false,
        })
    };
    let mut ids: Vec<String> = DeadlineRule::ALL.iter().map(|r| r.message_id()).collect();
    ids.extend(AsylumOutcome::ALL.iter().map(|o| o.message_id()));
    let content = Content::default_germany();
    for tc in content.tabs() {
        for i in tc.checklist.iter().filter(|i| i.deadline.is_some()) {
            ids.push(format!("check-{}-hint", i.key));
        }
    }
    assert!(ids.len() >= 14);
    for id in ids {
        assert!(
            references_disclaimer(&id),
            "{id} does not end with {{ {NOT_LEGAL_ADVICE_ID} }}"
        );
    }
    let de = german();
    let text = de.msg("deadline-asylum-unfounded");
    assert!(text.contains("2 Wochen"), "{text}");
    assert!(text.contains("keine Rechtsberatung"), "{text}");
    assert!(
        de.msg("deadline-asylum-manifestly-unfounded")
            .contains("1 Woche")
    );
    assert!(de.msg("deadline-register-address").contains("2 Wochen"));
}

#[test]
fn texts_resolve_in_the_catalog_language_with_german_fallback_for_town_texts() {
    let de = german();
    let ar = Catalog::load_dir(&locales(), "ar").unwrap();
    let content = Content::default_germany();
    let item = &content.tab(TabId::Housing).checklist[1];
    assert_eq!(item.key, "anmeldung");
    let r = item.text.resolve(&de);
    assert_eq!(
        r.text,
        "Anmeldung beim Bürgeramt — innerhalb von 2 Wochen nach dem Einzug"
    );
    assert!(!r.is_german_fallback);
    let r = item.text.resolve(&ar);
    assert!(
        r.text.contains("Bürgeramt") && r.text.contains("أسبوعين"),
        "{}",
        r.text
    );

    let town = Text::Local(LocalText::new("Friedensplatz 7").with("en", "Friedensplatz 7 (en)"));
    assert_eq!(town.resolve(&ar).text, "Friedensplatz 7");
    assert!(town.resolve(&ar).is_german_fallback);
    assert!(!town.resolve(&de).is_german_fallback);
    let en = Catalog::load_dir(&locales(), "en").unwrap();
    assert_eq!(town.resolve(&en).text, "Friedensplatz 7 (en)");
}

#[test]
fn local_texts_keep_german() {
    let mut t = LocalText::new("Hallo")
        .with("ar", "مرحبا")
        .with("en", "Hello");
    assert_eq!(t.languages(), vec!["de", "en", "ar"]);
    assert!(!t.remove("de"));
    assert!(t.remove("en"));
    assert_eq!(t.german(), "Hallo");
    assert_eq!(
        t.iter().collect::<Vec<_>>(),
        vec![("de", "Hallo"), ("ar", "مرحبا")]
    );
}

#[test]
fn phone_numbers_become_tel_links() {
    assert_eq!(tel_uri("05341 / 839-4121"), "tel:053418394121");
    assert_eq!(tel_uri("+49 (0)231 50-0"), "tel:+49231500");
    assert_eq!(tel_uri("116 117"), "tel:116117");
}
