//! Town content packs: the shipped packs, every kind of error with its exact file, line and
//! field, merging, and writing a pack back to TOML.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests")]

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use ordner_core::bidi::strip_bidi_controls;
use ordner_core::content::{
    BUILTIN_PACKS, Content, ContentPack, LocalText, MAX_PACK_BYTES, Origin, PackContact, PackIssue,
    PackIssueKind, PackItem, PackTip, Text, ValueKind, builtin_packs,
};
use ordner_core::{Catalog, CoreError, TabId};

fn locales() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
}

fn catalog(code: &str) -> Catalog {
    Catalog::load_dir(&locales(), code).unwrap()
}

/// The issues of a pack that must be rejected, parsing and then merging over the defaults.
fn issues(file: &str, text: &str) -> Vec<PackIssue> {
    let base = Content::default_germany();
    match base.load_pack(file, text.as_bytes()) {
        Ok(_) => panic!("{file} was accepted:\n{text}"),
        Err(CoreError::InvalidPack { file: f, issues }) => {
            assert_eq!(f, file);
            assert!(!issues.is_empty());
            issues
        }
        Err(other) => panic!("unexpected error {other:?}"),
    }
}

/// Exactly one issue, at this line and field, of this kind.
fn one_issue(text: &str, line: usize, field: &str, kind: PackIssueKind) {
    let found = issues("test.toml", text);
    let expected = PackIssue {
        file: "test.toml".into(),
        line,
        field: field.into(),
        kind,
    };
    assert_eq!(found, vec![expected], "in:\n{text}");
}

const HEAD: &str = "format = 1\nkey = \"teststadt\"\ntown = \"Teststadt\"\n";

fn pack(body: &str) -> String {
    format!("{HEAD}{body}")
}

// ---------------------------------------------------------------- the shipped packs

#[test]
fn every_builtin_pack_is_the_file_in_packs_and_loads_over_the_defaults() {
    let base = Content::default_germany();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../packs");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    on_disk.sort();
    let listed: Vec<String> = builtin_packs().iter().map(|p| p.file.to_owned()).collect();
    assert_eq!(on_disk, listed, "packs/ and BUILTIN_PACKS differ");
    for b in BUILTIN_PACKS {
        let on_disk = std::fs::read_to_string(dir.join(b.file)).unwrap();
        assert_eq!(on_disk, b.embedded_text());
        assert_eq!(b.parse_text(&on_disk).unwrap(), b.parse().unwrap());
        assert_eq!(b.web_path(), format!("packs/{}", b.file));
        let pack = b.parse().unwrap_or_else(|e| panic!("{}: {e}", b.file));
        assert_eq!(pack.key, b.key);
        assert_eq!(pack.town, b.town);
        assert!(!pack.sources.is_empty(), "{}: no sources", b.file);
        let merged = base.with_pack(&pack).unwrap();
        assert_eq!(merged.town().unwrap().name, b.town);
        // Every contact of the pack is shown in at least one tab, with what the pack says.
        for pc in pack.contacts.iter().filter(|c| !c.hidden) {
            let shown = merged
                .contact(&pc.key)
                .unwrap_or_else(|| panic!("{} not shown", pc.key));
            assert_eq!(
                shown.organisation,
                pc.organisation.clone().or(shown.organisation.clone())
            );
            assert!(!merged.contact_tabs(&pc.key).is_empty());
            // Every fact says where it comes from.
            assert!(pc.source.is_some(), "{}: {} has no source", b.file, pc.key);
        }
        // Town texts are complete in all sixteen languages.
        let texts = pack
            .contacts
            .iter()
            .filter_map(|c| c.notes.as_ref())
            .chain(pack.checklist.iter().filter_map(|i| i.text.as_ref()))
            .chain(pack.checklist.iter().filter_map(|i| i.hint.as_ref()))
            .chain(pack.tips.iter().filter_map(|t| t.text.as_ref()));
        for t in texts {
            assert_eq!(t.languages().len(), 16, "{}: {t:?}", b.file);
            assert_eq!(t.missing_languages(), Vec::<&str>::new(), "{}", b.file);
        }
    }
}

/// The packs hold only facts from the seed articles: this pins every phone number, e-mail,
/// web address, address and opening hour they contain, so that none is added unnoticed.
#[test]
fn builtin_packs_hold_only_the_known_facts() {
    let mut phones = BTreeSet::new();
    let mut emails = BTreeSet::new();
    let mut webs = BTreeSet::new();
    let mut addresses = BTreeSet::new();
    let mut hours = 0;
    for b in BUILTIN_PACKS {
        let pack = b.parse().unwrap();
        for c in &pack.contacts {
            phones.extend(c.phone.clone());
            emails.extend(c.email.clone());
            webs.extend(c.web.clone());
            addresses.extend(c.address.clone());
            hours += usize::from(c.hours.is_some());
        }
    }
    assert_eq!(phones, BTreeSet::from(["05341 / 839-4121".to_owned()]));
    assert!(emails.is_empty());
    assert_eq!(webs, BTreeSet::from(["https://www.dresden.de".to_owned()]));
    assert_eq!(
        addresses,
        BTreeSet::from([
            "Bayrische Straße 135, Dortmund".to_owned(),
            "Friedensplatz 7, Dortmund".to_owned()
        ])
    );
    assert_eq!(hours, 0);
}

#[test]
fn dortmund_shows_migrado_and_lokal_willkommen() {
    let base = Content::default_germany();
    let pack = BUILTIN_PACKS[0].parse().unwrap();
    assert_eq!(pack.key, "dortmund");
    let c = base.with_pack(&pack).unwrap();

    let arrival = c.tab(TabId::Arrival);
    assert_eq!(arrival.contacts[0].key, "migrado");
    assert_eq!(
        arrival.contacts[0].address.as_deref(),
        Some("Friedensplatz 7, Dortmund")
    );
    assert_eq!(arrival.contacts[0].origin, Origin::AddedByPack);
    assert_eq!(arrival.contacts[1].key, "auslaenderbehoerde");
    assert_eq!(
        arrival.contacts[1].organisation.as_deref(),
        Some("Stadt Dortmund, Ausländerbehörde")
    );
    assert_eq!(
        arrival.contacts[1].kind.as_deref(),
        Some("auslaenderbehoerde")
    );
    assert_eq!(arrival.contacts[1].origin, Origin::ChangedByPack);
    // Changed contacts stay in their tabs.
    assert_eq!(
        c.contact_tabs("auslaenderbehoerde"),
        vec![TabId::Arrival, TabId::Work, TabId::Documents]
    );
    // The generic contacts the pack does not name follow, still blank.
    let keys: Vec<&str> = arrival.contacts.iter().map(|x| x.key.as_str()).collect();
    assert_eq!(
        keys,
        [
            "migrado",
            "auslaenderbehoerde",
            "buergeramt",
            "bamf",
            "asylverfahrensberatung"
        ]
    );
    assert!(c.contact("bamf").unwrap().is_blank());

    let lw = c.contact("lokal-willkommen-eving-scharnhorst").unwrap();
    assert_eq!(
        lw.address.as_deref(),
        Some("Bayrische Straße 135, Dortmund")
    );
    assert_eq!(
        c.contact_tabs(&lw.key),
        vec![TabId::Housing, TabId::Family, TabId::Advice]
    );
    assert_eq!(arrival.checklist[0].key, "migrado-besuchen");
    assert_eq!(arrival.checklist.len(), 11);
    assert_eq!(arrival.tips[0].key, "dortmund-anmeldung");

    // § 9 of #13: the pack overrides the default item's text: in Dortmund people from outside
    // the EU register at the Ausländerbehörde, not at the Bürgeramt. The item keeps its tab,
    // hint and deadline rule.
    let de = catalog("de");
    let (tab, item) = c.item("anmeldung").unwrap();
    assert_eq!(tab, TabId::Housing);
    assert_eq!(item.origin, Origin::ChangedByPack);
    let text = item.text.resolve(&de).text;
    assert!(text.contains("Ausländerbehörde"), "{text}");
    assert!(!text.contains("Bürgeramt"), "{text}");
    assert!(item.hint.is_some());
    assert!(item.deadline.is_some());
    let default_text = base.item("anmeldung").unwrap().1.text.resolve(&de).text;
    assert!(default_text.contains("Bürgeramt"), "{default_text}");
    let own = item.text.resolve(&catalog("ar"));
    assert!(!own.is_german_fallback);
    assert!(own.text.contains("دائرة الأجانب"), "{}", own.text);

    let ar = catalog("ar");
    let note = Text::Local(lw.notes.clone().unwrap()).resolve(&ar);
    assert!(!note.is_german_fallback);
    assert!(note.text.contains("Lanstrop"));
}

#[test]
fn salzgitter_dresden_and_neuss_show_their_contacts() {
    let base = Content::default_germany();
    let get = |key: &str| {
        let b = ordner_core::content::BuiltinPack::by_key(key).unwrap();
        base.with_pack(&b.parse().unwrap()).unwrap()
    };
    let sz = get("salzgitter");
    let rt = sz.contact("runder-tisch").unwrap();
    assert_eq!(rt.phone.as_deref(), Some("05341 / 839-4121"));
    assert_eq!(rt.tel_uri().as_deref(), Some("tel:053418394121"));
    assert_eq!(sz.tab(TabId::Advice).contacts[0].key, "runder-tisch");
    assert_eq!(
        sz.contact("gesundheitsamt")
            .unwrap()
            .organisation
            .as_deref(),
        Some("Stadt Salzgitter, Fachdienst Gesundheit")
    );

    let dd = get("dresden");
    assert_eq!(
        dd.contact("jobcenter").unwrap().organisation.as_deref(),
        Some("Jobcenter Dresden")
    );
    assert_eq!(
        dd.contact_tabs("jobcenter"),
        vec![TabId::Money, TabId::Housing, TabId::Work]
    );
    assert_eq!(
        dd.contact("anerkennungsberatung")
            .unwrap()
            .organisation
            .as_deref(),
        Some("IQ Netzwerk Sachsen")
    );

    let ne = get("neuss");
    assert_eq!(
        ne.contact("auslaenderbehoerde")
            .unwrap()
            .organisation
            .as_deref(),
        Some("Stadt Neuss, Ausländer- und Einbürgerungsbehörde")
    );
    assert_eq!(ne.tab(TabId::Advice).tips[0].key, "neuss-integreat");
    assert_eq!(ne.town().unwrap().key, "neuss");
}

// ---------------------------------------------------------------- errors, one per kind

#[test]
fn syntax_error() {
    let found = issues("test.toml", "format = 1\nkey = \"x\"\ntown = \"Teststadt\n");
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].line, found[0].field.as_str()), (3, ""));
    assert!(matches!(found[0].kind, PackIssueKind::Syntax { .. }));
}

#[test]
fn too_large_and_not_utf8() {
    let mut big = pack("");
    big.push_str(&"# padding\n".repeat(MAX_PACK_BYTES / 10 + 1));
    one_issue(&big, 0, "", PackIssueKind::TooLarge { max_kb: 256 });
    let bytes = b"format = 1\nkey = \"x\"\ntown = \"M\xfcnchen\"\n";
    let err = Content::default_germany()
        .load_pack("latin1.toml", bytes)
        .unwrap_err();
    assert_eq!(
        err.pack_issues().unwrap(),
        [PackIssue {
            file: "latin1.toml".into(),
            line: 3,
            field: String::new(),
            kind: PackIssueKind::NotUtf8
        }]
    );
    // A byte order mark is fine.
    let with_bom = format!("\u{FEFF}{}", pack(""));
    assert!(ContentPack::parse("bom.toml", &with_bom).is_ok());
}

#[test]
fn unsupported_format_stops_reading() {
    one_issue(
        "format = 3\nkey = \"Bad Key\"\n",
        1,
        "format",
        PackIssueKind::UnsupportedFormat { found: 3 },
    );
}

/// The message says which versions the app reads: "1 to { $supported }" in every language
/// (#13: it said "it knows version 2" while versions 1 and 2 are read).
#[test]
fn the_unsupported_format_message_names_every_version_read() {
    use ordner_core::content::{PACK_FORMAT, PACK_FORMATS_READ};
    assert_eq!(
        PACK_FORMATS_READ.to_vec(),
        (1..=PACK_FORMAT).collect::<Vec<_>>(),
        "the message says versions 1 to PACK_FORMAT"
    );
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    for lang in ordner_core::LANGUAGES {
        let catalog = ordner_core::Catalog::load_dir(&dir, lang.code).unwrap();
        let text = catalog.msg_args(
            "pack-error-unsupported-format",
            &[
                ("file", ordner_core::i18n::Arg::Str("x.toml")),
                ("line", ordner_core::i18n::Arg::Num(1.0)),
                ("field", ordner_core::i18n::Arg::Str("format")),
                ("found", ordner_core::i18n::Arg::Num(3.0)),
                (
                    "supported",
                    ordner_core::i18n::Arg::Num(f64::from(PACK_FORMAT)),
                ),
            ],
        );
        let digits: String = text.chars().filter(char::is_ascii_digit).collect();
        // line 1, found 3, then the versions read: 1 and 2.
        assert!(digits.ends_with("312"), "{}: {text}", lang.code);
    }
}

// ---------------------------------------------------------------- format versions

/// A pack of format 1 keeps loading (the fixture is Dresden's pack as shipped in format 1), and
/// the fields of format 2 are unknown there.
#[test]
fn format_1_keeps_loading_and_knows_no_fields_of_format_2() {
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pack-v1.toml"),
    )
    .unwrap();
    assert!(text.contains("\nformat = 1\n"));
    let base = Content::default_germany();
    let (content, v1) = base.load_pack("pack-v1.toml", text.as_bytes()).unwrap();
    assert_eq!(v1.key, "dresden");
    assert_eq!(v1.format_needed(), 1);
    let c = content.contact("auslaenderbehoerde").unwrap();
    assert_eq!(c.facts_as_of, None);
    assert!(!c.by_appointment);
    // Written back, it stays format 1 (older apps read it).
    assert!(v1.to_toml().contains("\nformat = 1\n"));
    one_issue(
        &pack("\n[[contacts]]\nkey = \"jobcenter\"\nby_appointment = true\n"),
        7,
        "contacts[1].by_appointment",
        PackIssueKind::UnknownField,
    );
    one_issue(
        &pack("\n[[tips]]\nkey = \"x\"\nfacts_as_of = \"2022-02-25\"\n"),
        7,
        "tips[1].facts_as_of",
        PackIssueKind::UnknownField,
    );
}

/// Format 2: "by appointment only" and the day each entry's facts are from; both merged into
/// the content and written back.
#[test]
fn format_2_reads_by_appointment_and_facts_as_of() {
    let text = "format = 2\nkey = \"teststadt\"\ntown = \"Teststadt\"\nupdated = \"2026-12-03\"\n\
        \n[[contacts]]\nkey = \"jobcenter\"\nhours.de = \"Mo 8–12 Uhr\"\nby_appointment = true\n\
        facts_as_of = \"2022-02-25\"\n\
        \n[[checklist]]\nkey = \"anmeldung\"\nfacts_as_of = 2021-01-31\n\
        \n[[tips]]\nkey = \"t1\"\ntab = \"arrival\"\ntext.de = \"Tipp\"\nfacts_as_of = \"2015-09-16\"\n";
    let base = Content::default_germany();
    let (content, pack) = base.load_pack("v2.toml", text.as_bytes()).unwrap();
    let jc = content.contact("jobcenter").unwrap();
    assert!(jc.by_appointment);
    assert_eq!(jc.facts_as_of.as_deref(), Some("2022-02-25"));
    assert_eq!(jc.facts_year(), Some("2022"));
    assert_eq!(pack.checklist[0].facts_as_of.as_deref(), Some("2021-01-31"));
    assert_eq!(pack.tips[0].facts_as_of.as_deref(), Some("2015-09-16"));
    assert_eq!(pack.format_needed(), 2);
    let written = pack.to_toml();
    assert!(written.contains("\nformat = 2\n"), "{written}");
    assert_eq!(ContentPack::parse("v2.toml", &written).unwrap(), pack);
    // A contact without the flag is not "by appointment"; a wrong date is reported.
    assert!(!content.contact("sozialamt").unwrap().by_appointment);
    let bad = "format = 2\nkey = \"t\"\ntown = \"T\"\n\n[[contacts]]\nkey = \"jobcenter\"\nfacts_as_of = \"Februar 2022\"\n";
    one_issue(
        bad,
        7,
        "contacts[1].facts_as_of",
        PackIssueKind::InvalidDate {
            value: "Februar 2022".into(),
        },
    );
}

/// The built-in packs give the day of their facts where their sources say it: Dortmund's
/// contacts are from 2022 (MigraDO) and 2018 ("lokal willkommen"), Dresden's from 2015.
#[test]
fn builtin_packs_date_their_facts() {
    let base = Content::default_germany();
    for (key, contact, year) in [
        ("dortmund", "migrado", "2022"),
        ("dortmund", "lokal-willkommen-eving-scharnhorst", "2018"),
        ("dresden", "jobcenter", "2015"),
    ] {
        let b = BUILTIN_PACKS.iter().find(|b| b.key == key).unwrap();
        let c = base.with_pack(&b.parse().unwrap()).unwrap();
        assert_eq!(
            c.contact(contact).unwrap().facts_year(),
            Some(year),
            "{key}"
        );
    }
}

#[test]
fn missing_fields() {
    let found = issues(
        "test.toml",
        "format = 1\n\n[[contacts]]\norganisation = \"X\"\n",
    );
    let fields: Vec<(usize, &str)> = found.iter().map(|i| (i.line, i.field.as_str())).collect();
    assert_eq!(fields, [(1, "key"), (1, "town"), (3, "contacts[1].key")]);
    assert!(found.iter().all(|i| i.kind == PackIssueKind::MissingField));
    one_issue(
        "key = \"a\"\ntown = \"A\"\n",
        1,
        "format",
        PackIssueKind::MissingField,
    );
}

#[test]
fn unknown_field() {
    one_issue(
        &pack("\n[[contacts]]\nkey = \"auslaenderbehoerde\"\nphon = \"0231 50\"\n"),
        7,
        "contacts[1].phon",
        PackIssueKind::UnknownField,
    );
    one_issue(
        &pack("stadt = \"X\"\n"),
        4,
        "stadt",
        PackIssueKind::UnknownField,
    );
}

#[test]
fn wrong_type() {
    one_issue(
        &pack("\n[[contacts]]\nkey = \"auslaenderbehoerde\"\nphone = 23150\n"),
        7,
        "contacts[1].phone",
        PackIssueKind::WrongType {
            expected: ValueKind::String,
            found: ValueKind::Integer,
        },
    );
    one_issue(
        &pack("contacts = \"none\"\n"),
        4,
        "contacts",
        PackIssueKind::WrongType {
            expected: ValueKind::Array,
            found: ValueKind::String,
        },
    );
    one_issue(
        &pack("\n[[contacts]]\nkey = \"bamf\"\nnotes = \"nur deutsch\"\n"),
        7,
        "contacts[1].notes",
        PackIssueKind::WrongType {
            expected: ValueKind::Table,
            found: ValueKind::String,
        },
    );
    one_issue(
        &pack("\n[[tips]]\nkey = \"kopien\"\nhidden = \"yes\"\n"),
        7,
        "tips[1].hidden",
        PackIssueKind::WrongType {
            expected: ValueKind::Boolean,
            found: ValueKind::String,
        },
    );
}

#[test]
fn empty_and_too_long() {
    one_issue(
        &pack("\n[[contacts]]\nkey = \"bamf\"\norganisation = \"   \"\n"),
        7,
        "contacts[1].organisation",
        PackIssueKind::Empty,
    );
    one_issue(
        &pack("\n[[contacts]]\nkey = \"bamf\"\ntabs = []\n"),
        7,
        "contacts[1].tabs",
        PackIssueKind::Empty,
    );
    let long = "x".repeat(2001);
    one_issue(
        &pack(&format!(
            "\n[[contacts]]\nkey = \"bamf\"\nnotes.de = \"{long}\"\n"
        )),
        7,
        "contacts[1].notes.de",
        PackIssueKind::TooLong { max: 2000 },
    );
}

#[test]
fn invalid_and_duplicate_keys() {
    one_issue(
        "format = 1\nkey = \"Bad Town\"\ntown = \"X\"\n",
        2,
        "key",
        PackIssueKind::InvalidKey {
            value: "Bad Town".into(),
        },
    );
    one_issue(
        &pack(
            "\n[[contacts]]\nkey = \"bamf\"\n\n[[contacts]]\nkey = \"jobcenter\"\n\n\
             [[contacts]]\nkey = \"bamf\"\n",
        ),
        12,
        "contacts[3].key",
        PackIssueKind::DuplicateKey {
            value: "bamf".into(),
        },
    );
    one_issue(
        &pack("\n[[contacts]]\nkey = \"bamf\"\ntabs = [\"arrival\", \"german\", \"arrival\"]\n"),
        7,
        "contacts[1].tabs[3]",
        PackIssueKind::DuplicateKey {
            value: "arrival".into(),
        },
    );
}

#[test]
fn unknown_tab_doctype_contact_type_and_languages() {
    one_issue(
        &pack("\n[[contacts]]\nkey = \"bamf\"\ntabs = [\"arrival\",\n  \"flat\"]\n"),
        8,
        "contacts[1].tabs[2]",
        PackIssueKind::UnknownTab {
            value: "flat".into(),
        },
    );
    one_issue(
        &pack("\n[[checklist]]\nkey = \"anmeldung\"\ndoctype = \"pass\"\n"),
        7,
        "checklist[1].doctype",
        PackIssueKind::UnknownDoctype {
            value: "pass".into(),
        },
    );
    one_issue(
        &pack("\n[[contacts]]\nkey = \"neu\"\ntype = \"amt\"\n"),
        7,
        "contacts[1].type",
        PackIssueKind::UnknownContactType {
            value: "amt".into(),
        },
    );
    one_issue(
        &pack("\n[[contacts]]\nkey = \"bamf\"\nnotes.de = \"Hallo\"\nnotes.xx = \"?\"\n"),
        8,
        "contacts[1].notes.xx",
        PackIssueKind::UnknownTextLanguage { value: "xx".into() },
    );
    one_issue(
        &pack("\n[[contacts]]\nkey = \"bamf\"\nlanguages = [\"de\", \"Arabic\"]\n"),
        7,
        "contacts[1].languages[2]",
        PackIssueKind::InvalidLanguageCode {
            value: "Arabic".into(),
        },
    );
    one_issue(
        &pack("\n[[tips]]\nkey = \"neu\"\ntab = \"arrival\"\ntext.en = \"English only\"\n"),
        8,
        "tips[1].text",
        PackIssueKind::MissingGerman,
    );
}

#[test]
fn invalid_values() {
    let contact = |field: &str, value: &str| {
        pack(&format!(
            "\n[[contacts]]\nkey = \"jobcenter\"\n{field} = \"{value}\"\n"
        ))
    };
    one_issue(
        &contact("phone", "0231 / fünfzig"),
        7,
        "contacts[1].phone",
        PackIssueKind::InvalidPhone {
            value: "0231 / fünfzig".into(),
        },
    );
    one_issue(
        &contact("email", "jobcenter at dortmund.de"),
        7,
        "contacts[1].email",
        PackIssueKind::InvalidEmail {
            value: "jobcenter at dortmund.de".into(),
        },
    );
    one_issue(
        &contact("web", "www.dortmund.de"),
        7,
        "contacts[1].web",
        PackIssueKind::InvalidWeb {
            value: "www.dortmund.de".into(),
        },
    );
    one_issue(
        &pack("updated = \"2025-02-30\"\n"),
        4,
        "updated",
        PackIssueKind::InvalidDate {
            value: "2025-02-30".into(),
        },
    );
    // A TOML date is read like a string.
    let ok = ContentPack::parse("d.toml", &pack("updated = 2025-02-28\n")).unwrap();
    assert_eq!(ok.updated.as_deref(), Some("2025-02-28"));
}

#[test]
fn problems_that_appear_when_merging() {
    // Hiding something the content does not have.
    one_issue(
        &pack("\n[[contacts]]\nkey = \"gibt-es-nicht\"\nhidden = true\n"),
        5,
        "contacts[1].hidden",
        PackIssueKind::UnknownEntry {
            value: "gibt-es-nicht".into(),
        },
    );
    // A new contact needs its organisation and tabs; a new item or tip its tab and text.
    let found = issues(
        "test.toml",
        &pack(
            "\n[[contacts]]\nkey = \"neu\"\nphone = \"0231 1\"\n\n\
             [[checklist]]\nkey = \"neu\"\nhint.de = \"Tipp\"\n\n\
             [[tips]]\nkey = \"neu\"\ntab = \"money\"\n",
        ),
    );
    let fields: Vec<(usize, &str)> = found.iter().map(|i| (i.line, i.field.as_str())).collect();
    assert_eq!(
        fields,
        [
            (5, "contacts[1].organisation"),
            (5, "contacts[1].tabs"),
            (9, "checklist[1].tab"),
            (9, "checklist[1].text"),
            (13, "tips[1].text"),
        ]
    );
    assert!(found.iter().all(|i| i.kind == PackIssueKind::MissingField));
}

#[test]
fn problems_of_reading_and_of_merging_are_reported_together() {
    let text = pack(
        "\n[[contacts]]\nkey = \"neu-1\"\nphone = \"abc\"\n\n\
         [[contacts]]\nkey = \"neu-2\"\ntabs = [\"advice\"]\n\n\
         [[checklist]]\nkey = \"neu\"\ntab = \"arrival\"\n",
    );
    let found = issues("test.toml", &text);
    let got: Vec<(usize, &str, &str)> = found
        .iter()
        .map(|i| (i.line, i.field.as_str(), i.kind.key()))
        .collect();
    assert_eq!(
        got,
        [
            (7, "contacts[1].phone", "invalid-phone"),
            (9, "contacts[2].organisation", "missing-field"),
            (13, "checklist[1].text", "missing-field"),
        ]
    );
    // Parsing alone reports only what the file itself gets wrong.
    let err = ContentPack::parse("test.toml", &text).unwrap_err();
    assert_eq!(err.pack_issues().unwrap().len(), 1);
}

#[test]
fn all_problems_are_reported_sorted_by_line_and_shown_in_every_language() {
    let text = "# Dresden\nformat = 1\nkey = \"dresden\"\ntown = \"Dresden\"\n\n\
                [[contacts]]\nkey = \"auslaenderbehoerde\"\norganisation = \"Ausländerbehörde\"\n\n\
                [[contacts]]\nkey = \"jobcenter\"\norganisation = \"Jobcenter Dresden\"\n\
                email = \"jobcenter-dresden\"\nphone = \"abc\"\n";
    let found = issues("dresden.toml", text);
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[0].to_string(),
        "dresden.toml:13: contacts[2].email: not an e-mail address: \"jobcenter-dresden\""
    );
    assert_eq!(
        found[1].to_string(),
        "dresden.toml:14: contacts[2].phone: not a phone number: \"abc\""
    );
    let phone = &found[1];
    assert_eq!(phone.message_id(), "pack-error-invalid-phone");
    assert_eq!(
        strip_bidi_controls(&phone.format(&catalog("de"))),
        "dresden.toml, Zeile 14, contacts[2].phone: „abc“ ist keine Telefonnummer. \
         Erlaubt sind Ziffern, Leerzeichen und die Zeichen + / - ( )."
    );
    assert_eq!(
        strip_bidi_controls(&phone.format(&catalog("en"))),
        "dresden.toml, line 14, contacts[2].phone: “abc” is not a phone number. \
         Use digits, spaces and the characters + / - ( )."
    );
    let ar = phone.format(&catalog("ar"));
    assert!(ar.contains("\u{2068}contacts[2].phone\u{2069}"), "{ar}");
    assert!(
        ar.contains("\u{2068}14\u{2069}") && ar.contains("ليس رقم هاتف"),
        "{ar}"
    );
    let summary = ordner_core::content::issue::format_summary(&catalog("de"), "dresden.toml", 2);
    assert!(strip_bidi_controls(&summary).starts_with("dresden.toml: 2 Fehler."));
    let wrong = PackIssue {
        file: "x.toml".into(),
        line: 3,
        field: "contacts[1].phone".into(),
        kind: PackIssueKind::WrongType {
            expected: ValueKind::String,
            found: ValueKind::Integer,
        },
    };
    assert_eq!(
        strip_bidi_controls(&wrong.format(&catalog("de"))),
        "x.toml, Zeile 3, contacts[1].phone: Hier steht eine ganze Zahl, aber erwartet wird \
         ein Text in Anführungszeichen."
    );
}

/// Each kind's arguments are exactly the variables its message uses in German (the locale test
/// makes every other language use the same).
#[test]
fn every_issue_kind_passes_the_variables_its_message_uses() {
    let text = std::fs::read_to_string(locales().join("de/packs.ftl")).unwrap();
    let resource = FluentResource::try_new(text).unwrap();
    let variables = |id: &str| -> BTreeSet<String> {
        fn walk(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
            for e in &p.elements {
                if let ast::PatternElement::Placeable { expression } = e {
                    let mut inline = |i: &ast::InlineExpression<&str>| {
                        if let ast::InlineExpression::VariableReference { id } = i {
                            out.insert(id.name.to_owned());
                        }
                    };
                    match expression {
                        ast::Expression::Inline(i) => inline(i),
                        ast::Expression::Select { selector, variants } => {
                            inline(selector);
                            for v in variants {
                                walk(&v.value, out);
                            }
                        }
                    }
                }
            }
        }
        let mut out = BTreeSet::new();
        for e in resource.entries() {
            if let ast::Entry::Message(m) = e
                && m.id.name == id
            {
                walk(m.value.as_ref().unwrap(), &mut out);
            }
        }
        out
    };
    let v = || "v".to_owned();
    let kinds = [
        PackIssueKind::Syntax { detail: v() },
        PackIssueKind::TooLarge { max_kb: 1 },
        PackIssueKind::NotUtf8,
        PackIssueKind::Unreadable { detail: v() },
        PackIssueKind::UnsupportedFormat { found: 2 },
        PackIssueKind::MissingField,
        PackIssueKind::UnknownField,
        PackIssueKind::WrongType {
            expected: ValueKind::Table,
            found: ValueKind::Float,
        },
        PackIssueKind::Empty,
        PackIssueKind::TooLong { max: 1 },
        PackIssueKind::InvalidKey { value: v() },
        PackIssueKind::DuplicateKey { value: v() },
        PackIssueKind::UnknownTab { value: v() },
        PackIssueKind::UnknownDoctype { value: v() },
        PackIssueKind::UnknownContactType { value: v() },
        PackIssueKind::UnknownTextLanguage { value: v() },
        PackIssueKind::InvalidLanguageCode { value: v() },
        PackIssueKind::MissingGerman,
        PackIssueKind::InvalidPhone { value: v() },
        PackIssueKind::InvalidEmail { value: v() },
        PackIssueKind::InvalidWeb { value: v() },
        PackIssueKind::InvalidDate { value: v() },
        PackIssueKind::UnknownEntry { value: v() },
    ];
    let keys: Vec<&str> = kinds.iter().map(PackIssueKind::key).collect();
    assert_eq!(keys, PackIssueKind::ALL_KEYS);
    for kind in kinds {
        let issue = PackIssue {
            file: "f.toml".into(),
            line: 2,
            field: "a.b".into(),
            kind,
        };
        let args: BTreeSet<String> = issue.args().iter().map(|(n, _)| (*n).to_owned()).collect();
        assert_eq!(
            args,
            variables(&issue.message_id()),
            "{}",
            issue.message_id()
        );
        let text = issue.format(&catalog("de"));
        assert!(!text.contains('⟦') && !text.contains('{'), "{text}");
    }
}

// ---------------------------------------------------------------- merging

fn contact(key: &str) -> PackContact {
    PackContact {
        key: key.into(),
        ..PackContact::default()
    }
}

#[test]
fn merging_is_pure_and_a_bad_pack_changes_nothing() {
    let base = Content::default_germany();
    let before = base.clone();
    let mut good = ContentPack::new("a", "A");
    good.contacts.push(PackContact {
        phone: Some("0231 1".into()),
        ..contact("jobcenter")
    });
    let merged = base.with_pack(&good).unwrap();
    assert_eq!(base, before);
    assert_ne!(merged, base);

    // A second pack with a problem over the merged content: an error, and `merged` is intact.
    let merged_before = merged.clone();
    let bad = "format = 1\nkey = \"b\"\ntown = \"B\"\n\n[[contacts]]\nkey = \"jobcenter\"\nphone = \"x\"\n";
    assert!(merged.load_pack("b.toml", bad.as_bytes()).is_err());
    let mut bad_merge = ContentPack::new("b", "B");
    bad_merge.tips.push(PackTip {
        key: "neu".into(),
        ..PackTip::default()
    });
    let err = merged.with_pack(&bad_merge).unwrap_err();
    assert_eq!(err.pack_issues().unwrap()[0].file, "b.toml");
    assert_eq!(merged, merged_before);
}

#[test]
fn pack_entries_come_first_changed_entries_keep_what_the_pack_leaves_out() {
    let base = Content::default_germany();
    let mut first = ContentPack::new("a", "A");
    first.contacts.push(PackContact {
        phone: Some("0231 1".into()),
        ..contact("sozialamt")
    });
    let once = base.with_pack(&first).unwrap();
    let mut second = ContentPack::new("a", "A");
    second.contacts.push(PackContact {
        address: Some("Markt 1".into()),
        ..contact("sozialamt")
    });
    second.contacts.push(PackContact {
        organisation: Some("Beratung am Markt".into()),
        tabs: Some(vec![TabId::Money, TabId::Advice]),
        kind: Some("migrationsberatung".into()),
        ..contact("beratung-markt")
    });
    let twice = once.with_pack(&second).unwrap();
    let s = twice.contact("sozialamt").unwrap();
    assert_eq!(s.phone.as_deref(), Some("0231 1"));
    assert_eq!(s.address.as_deref(), Some("Markt 1"));
    let money: Vec<&str> = twice
        .tab(TabId::Money)
        .contacts
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    assert_eq!(
        money,
        [
            "sozialamt",
            "beratung-markt",
            "jobcenter",
            "familienkasse",
            "schuldnerberatung"
        ]
    );
    let new = twice.contact("beratung-markt").unwrap();
    assert_eq!(new.origin, Origin::AddedByPack);
    assert_eq!(
        new.type_name_id().as_deref(),
        Some("contact-type-migrationsberatung")
    );
    assert_eq!(
        twice.contact_tabs("beratung-markt"),
        vec![TabId::Money, TabId::Advice]
    );
}

#[test]
fn packs_move_hide_and_add_contacts_items_and_tips() {
    let base = Content::default_germany();
    let mut p = ContentPack::new("a", "A");
    p.contacts.push(PackContact {
        tabs: Some(vec![TabId::Advice]),
        ..contact("sozialamt")
    });
    p.contacts.push(PackContact {
        hidden: true,
        ..contact("schuldnerberatung")
    });
    p.checklist.push(PackItem {
        key: "anmeldung".into(),
        text: Some(LocalText::new(
            "Anmeldung im Rathaus, Zimmer 3 — innerhalb von 2 Wochen",
        )),
        ..PackItem::default()
    });
    p.checklist.push(PackItem {
        key: "rundfunkbeitrag".into(),
        hidden: true,
        ..PackItem::default()
    });
    p.checklist.push(PackItem {
        key: "ausweis-abholen".into(),
        tab: Some(TabId::Documents),
        text: Some(LocalText::new("Ausweis im Rathaus abholen").with("en", "Collect ID")),
        doctype: Some("id-karte".into()),
        ..PackItem::default()
    });
    p.checklist.push(PackItem {
        key: "kopien".into(),
        tab: Some(TabId::Advice),
        ..PackItem::default()
    });
    p.tips.push(PackTip {
        key: "muell".into(),
        text: Some(LocalText::new("Gelbe Tonne: Verpackung.")),
        ..PackTip::default()
    });
    p.tips.push(PackTip {
        key: "bezahlkarte".into(),
        hidden: true,
        ..PackTip::default()
    });
    let c = base.with_pack(&p).unwrap();

    assert_eq!(c.contact_tabs("sozialamt"), vec![TabId::Advice]);
    assert!(c.contact("schuldnerberatung").is_none());

    let (tab, item) = c.item("anmeldung").unwrap();
    assert_eq!(tab, TabId::Housing);
    assert_eq!(c.tab(TabId::Housing).checklist[0].key, "anmeldung");
    assert!(matches!(item.text, Text::Local(_)));
    assert_eq!(item.origin, Origin::ChangedByPack);
    // What the pack leaves out is kept: the hint, the document link, the deadline rule.
    assert_eq!(
        item.hint.as_ref().and_then(Text::message_id),
        Some("check-anmeldung-hint")
    );
    assert_eq!(item.doctype.as_deref(), Some("meldebescheinigung"));
    assert!(item.deadline.is_some());
    assert_eq!(c.tab(TabId::Housing).checklist.len(), 7);

    assert!(c.item("rundfunkbeitrag").is_none());
    assert_eq!(c.tab(TabId::Money).checklist.len(), 5);
    assert_eq!(c.items_ticked_by("id-karte"), vec!["ausweis-abholen"]);
    assert_eq!(c.item("ausweis-abholen").unwrap().0, TabId::Documents);
    assert_eq!(c.item("kopien").unwrap().0, TabId::Advice);
    assert_eq!(c.tab(TabId::Documents).checklist.len(), 6);

    let (tab, tip) = c.find_tip("muell").unwrap();
    assert_eq!(tab, TabId::Housing);
    assert_eq!(
        tip.text.resolve(&catalog("ar")).text,
        "Gelbe Tonne: Verpackung."
    );
    assert!(c.find_tip("bezahlkarte").is_none());
    assert_eq!(c.town().unwrap().name, "A");
    // The default content still has everything.
    assert!(base.item("rundfunkbeitrag").is_some());
    assert!(base.contact("schuldnerberatung").is_some());
}

// ---------------------------------------------------------------- writing packs

fn full_pack() -> ContentPack {
    let mut p = ContentPack::new("musterstadt", "Musterstadt an der \"Ems\"");
    p.updated = Some("2026-01-31".into());
    p.sources = vec![
        "Artikel \\ Quelle".into(),
        "https://example.org/a?b=c#d".into(),
    ];
    p.contacts.push(PackContact {
        key: "beratung".into(),
        kind: Some("migrationsberatung".into()),
        tabs: Some(vec![TabId::Advice, TabId::German]),
        organisation: Some("Beratung „Mitte“".into()),
        department: Some("Raum 2\tlinks".into()),
        address: Some("Marktplatz 1\n12345 Musterstadt".into()),
        phone: Some("+49 (0)1234 56-78".into()),
        email: Some("info@beratung.example.org".into()),
        web: Some("https://beratung.example.org/de".into()),
        hours: Some(LocalText::new("Mo–Fr 9–12 Uhr").with("ar", "من الاثنين إلى الجمعة 9–12")),
        languages: vec!["de".into(), "ar".into(), "prs".into()],
        notes: Some(LocalText::new("Bitte vorher anrufen.").with("en", "Please call first.")),
        source: Some("eigene Angaben".into()),
        hidden: false,
        by_appointment: Some(true),
        facts_as_of: Some("2025-12-01".into()),
    });
    p.contacts.push(PackContact {
        hidden: true,
        ..contact("bamf")
    });
    p.checklist.push(PackItem {
        key: "termin".into(),
        tab: Some(TabId::Arrival),
        text: Some(LocalText::new("Termin machen").with("uk", "Записатися")),
        hint: Some(LocalText::new("Telefon: siehe Kontakte")),
        doctype: Some("sonstiges".into()),
        source: None,
        hidden: false,
        facts_as_of: None,
    });
    p.tips.push(PackTip {
        key: "stadtplan".into(),
        tab: Some(TabId::Arrival),
        text: Some(LocalText::new("Einen Stadtplan gibt es im Rathaus.")),
        ..PackTip::default()
    });
    p
}

#[test]
fn packs_round_trip_through_toml() {
    let p = full_pack();
    let text = p.to_toml();
    let back =
        ContentPack::parse("musterstadt.toml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(back, p);
    assert_eq!(back.to_toml(), text);
    assert!(back.origin.is_some());
    for b in BUILTIN_PACKS {
        let p = b.parse().unwrap();
        let back = ContentPack::parse(b.file, &p.to_toml()).unwrap();
        assert_eq!(back, p, "{}", b.file);
    }
}

#[test]
fn editor_packs_are_checked_against_the_text_they_export() {
    let base = Content::default_germany();
    let p = full_pack();
    assert_eq!(p.check(&base), vec![]);
    let mut broken = p.clone();
    broken.contacts[0].phone = Some("ruf an".into());
    broken.contacts[1].key = "gibt-es-nicht".into();
    let text = broken.to_toml();
    let phone_line = text
        .lines()
        .position(|l| l.starts_with("phone = "))
        .unwrap()
        + 1;
    let found = broken.check(&base);
    assert_eq!(
        found,
        vec![PackIssue {
            file: "musterstadt.toml".into(),
            line: phone_line,
            field: "contacts[1].phone".into(),
            kind: PackIssueKind::InvalidPhone {
                value: "ruf an".into()
            },
        }]
    );
    broken.contacts[0].phone = None;
    let text = broken.to_toml();
    let second_contact = text
        .lines()
        .enumerate()
        .filter(|(_, l)| *l == "[[contacts]]")
        .nth(1)
        .unwrap()
        .0
        + 1;
    let found = broken.check(&base);
    assert_eq!(
        found,
        vec![PackIssue {
            file: "musterstadt.toml".into(),
            line: second_contact,
            field: "contacts[2].hidden".into(),
            kind: PackIssueKind::UnknownEntry {
                value: "gibt-es-nicht".into()
            },
        }]
    );
}
