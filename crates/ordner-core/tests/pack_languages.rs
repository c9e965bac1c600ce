//! Town pack texts in every language: the built-in packs have each note, item, hint and tip in
//! all sixteen languages, and `ContentPack::missing_translations` names the gaps of a pack that
//! does not (the warnings of `ordner check-pack` and the office editor).

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use ordner_core::content::{ContentPack, LocalText, MissingTranslations, builtin_packs};

#[test]
fn every_builtin_pack_text_is_in_all_sixteen_languages() {
    for builtin in builtin_packs() {
        let pack = builtin.parse().unwrap();
        assert_eq!(pack.missing_translations(), [], "{}", builtin.file);
    }
}

#[test]
fn missing_translations_name_the_field_its_line_and_the_languages() {
    let text = "format = 1\nkey = \"x\"\ntown = \"X\"\n\n[[contacts]]\nkey = \"jobcenter\"\n\
                notes.de = \"Notiz\"\nnotes.en = \"Note\"\n\n[[checklist]]\nkey = \"x-item\"\n\
                tab = \"arrival\"\ntext.de = \"Punkt\"\n";
    let pack = ContentPack::parse("x.toml", text).unwrap();
    let all_but_en = vec![
        "ar", "fa", "prs", "ps", "ckb", "kmr", "tr", "uk", "ru", "fr", "ti", "so", "ka", "ur",
    ];
    let mut all_but_german = vec!["en"];
    all_but_german.extend(&all_but_en);
    assert_eq!(
        pack.missing_translations(),
        [
            MissingTranslations {
                line: 5,
                field: "contacts[1].notes".into(),
                languages: all_but_en,
            },
            MissingTranslations {
                line: 10,
                field: "checklist[1].text".into(),
                languages: all_but_german,
            },
        ]
    );
    // A pack built in code (the office editor) has no lines; a text present in every language is
    // no gap.
    let mut built = ContentPack::new("y", "Y");
    built.contacts = pack.contacts.clone();
    let mut full = LocalText::new("Notiz");
    for code in ordner_core::content::TEXT_LANGUAGES {
        full.set(code, "x");
    }
    built.contacts[0].notes = Some(full.clone());
    assert_eq!(built.missing_translations(), []);
    assert_eq!(full.missing_languages(), Vec::<&str>::new());
    built.contacts[0].hours = Some(LocalText::new("Mo 8–12").with("ar", "x"));
    let gaps = built.missing_translations();
    assert_eq!(gaps.len(), 1);
    assert_eq!(
        (gaps[0].line, gaps[0].field.as_str()),
        (0, "contacts[1].hours")
    );
    assert!(!gaps[0].languages.contains(&"ar") && gaps[0].languages.contains(&"en"));
}
