//! The default content for Germany: which tips, checklist items and contact types each tab has,
//! in which order, and which document types the items link to. The words are Fluent messages:
//! `tab-<tab>-intro`, `tab-<tab>-tip-<key>`, `check-<key>`, `check-<key>-hint`,
//! `contact-type-<key>`.

use crate::content::catalogue::DeadlineRule;
use crate::content::model::{ChecklistItem, Contact, Content, Origin, TabContent, Text, Tip};
use crate::tabs::TabId;

/// One checklist item of the default content.
#[derive(Debug, Clone, Copy)]
pub struct ItemSpec {
    pub key: &'static str,
    pub doctype: Option<&'static str>,
    pub deadline: Option<DeadlineRule>,
}

/// The structure of one tab of the default content.
#[derive(Debug, Clone, Copy)]
pub struct TabSpec {
    pub tab: TabId,
    pub tips: &'static [&'static str],
    pub items: &'static [ItemSpec],
    /// Contact type keys, in display order.
    pub contacts: &'static [&'static str],
}

const fn item(key: &'static str, doctype: Option<&'static str>) -> ItemSpec {
    ItemSpec {
        key,
        doctype,
        deadline: None,
    }
}

const fn deadline_item(
    key: &'static str,
    doctype: Option<&'static str>,
    rule: DeadlineRule,
) -> ItemSpec {
    ItemSpec {
        key,
        doctype,
        deadline: Some(rule),
    }
}

use DeadlineRule as R;

/// The default content of the ten tabs, in folder order.
pub const DEFAULT_TABS: [TabSpec; 10] = [
    TabSpec {
        tab: TabId::Arrival,
        tips: &[
            "gestattung-dabei",
            "briefe-oeffnen",
            "gelber-umschlag",
            "adresse",
            "beratung-vor-anhoerung",
            "anhoerung-alles-sagen",
            "dolmetscher",
            "duldung",
            "fiktionsbescheinigung",
            "wohnsitzauflage",
        ],
        items: &[
            item("ankunftsnachweis", Some("ankunftsnachweis")),
            item("aufenthaltsgestattung", Some("aufenthaltsgestattung")),
            deadline_item(
                "gestattung-verlaengern",
                Some("aufenthaltsgestattung"),
                R::RenewBeforeExpiry,
            ),
            item("anhoerung", Some("bamf-einladung")),
            item("adresse-mitteilen", None),
            deadline_item("bamf-bescheid", Some("bamf-bescheid"), R::AsylumDecision),
            deadline_item(
                "aufenthaltserlaubnis",
                Some("aufenthaltserlaubnis"),
                R::RenewBeforeExpiry,
            ),
            // § 60a AufenthG.
            deadline_item("duldung", Some("duldung"), R::RenewBeforeExpiry),
            // § 81 Abs. 4 and 5 AufenthG.
            deadline_item(
                "fiktionsbescheinigung",
                Some("fiktionsbescheinigung"),
                R::RenewBeforeExpiry,
            ),
            // § 56, § 60 AsylG; § 12a, § 61 AufenthG.
            item("wohnsitzauflage", None),
        ],
        contacts: &[
            "auslaenderbehoerde",
            "bamf",
            "asylverfahrensberatung",
            "buergeramt",
        ],
    },
    TabSpec {
        tab: TabId::Money,
        tips: &[
            "bescheid",
            "aenderungen-melden",
            "bezahlkarte",
            "basiskonto",
            "haustuer",
            "schulden",
        ],
        items: &[
            item("asylblg-leistungen", Some("sozialamt-bescheid")),
            item("buergergeld", Some("jobcenter-bescheid")),
            deadline_item("widerspruch", None, R::Objection),
            item("bankkonto", Some("kontovertrag")),
            item("steuer-id", Some("steuer-id")),
            item("rundfunkbeitrag", Some("rundfunkbeitrag-befreiung")),
        ],
        contacts: &[
            "sozialamt",
            "jobcenter",
            "familienkasse",
            "schuldnerberatung",
        ],
    },
    TabSpec {
        tab: TabId::Housing,
        tips: &["hausordnung", "muell", "lueften", "kaution", "kuendigen"],
        items: &[
            item(
                "wohnungsgeberbestaetigung",
                Some("wohnungsgeberbestaetigung"),
            ),
            deadline_item("anmeldung", Some("meldebescheinigung"), R::RegisterAddress),
            item("umzug-fragen", None),
            item("mietvertrag", Some("mietvertrag")),
            item("wohnberechtigungsschein", Some("wohnberechtigungsschein")),
            item("energie", Some("energievertrag")),
            item("briefkasten", None),
        ],
        contacts: &["buergeramt", "wohnungsamt", "sozialamt", "jobcenter"],
    },
    TabSpec {
        tab: TabId::German,
        tips: &[
            "jeden-tag",
            "integrationskurs",
            "kosten",
            "kinderbetreuung",
            "sprechen",
        ],
        items: &[
            item(
                "integrationskurs-berechtigung",
                Some("integrationskurs-berechtigung"),
            ),
            item("kurs-anmelden", Some("kurs-anmeldung")),
            item("kurs-teilnahme", Some("teilnahmebestaetigung")),
            item("dtz", Some("sprachzertifikat")),
            item("lid-test", Some("leben-in-deutschland")),
            item("berufssprachkurs", None),
        ],
        contacts: &[
            "sprachkurstraeger",
            "migrationsberatung",
            "jugendmigrationsdienst",
            "bamf",
        ],
    },
    TabSpec {
        tab: TabId::Family,
        tips: &[
            "schulpflicht",
            "kita",
            "elterngespraech",
            "gewalt",
            "geburt",
        ],
        items: &[
            item("geburtsurkunden-kinder", Some("geburtsurkunde")),
            item("kita", Some("kita-anmeldung")),
            item("schule", Some("schulanmeldung")),
            item("masern", Some("impfpass")),
            item("u-untersuchungen", Some("kinderuntersuchungsheft")),
            item("kindergeld", Some("kindergeld-bescheid")),
            item("bildung-teilhabe", None),
        ],
        contacts: &["kita-schulamt", "jugendamt", "familienkasse", "standesamt"],
    },
    TabSpec {
        tab: TabId::Work,
        tips: &[
            "ohne-erlaubnis",
            "mindestlohn",
            "schriftlich",
            "krank",
            "probezeit",
        ],
        items: &[
            item("arbeitserlaubnis", Some("beschaeftigungserlaubnis")),
            item("arbeitsuchend", None),
            item("lebenslauf", Some("lebenslauf")),
            item("arbeitsvertrag", Some("arbeitsvertrag")),
            item(
                "sozialversicherungsausweis",
                Some("sozialversicherungsausweis"),
            ),
            item("lohnabrechnung", Some("lohnabrechnung")),
            item("einkommen-melden", None),
        ],
        contacts: &[
            "agentur-fuer-arbeit",
            "jobcenter",
            "auslaenderbehoerde",
            "anerkennungsberatung",
        ],
    },
    TabSpec {
        tab: TabId::Training,
        tips: &[
            "ausbildung",
            "anerkennung",
            "originale",
            "deutsch-niveau",
            "foerderung",
        ],
        items: &[
            item("zeugnisse", Some("schulzeugnis")),
            item("zeugnisse-uebersetzen", Some("beglaubigte-uebersetzung")),
            item("anerkennung", Some("anerkennungsbescheid")),
            item("berufsberatung", None),
            item("ausbildungsvertrag", Some("ausbildungsvertrag")),
            item("studium", None),
        ],
        contacts: &[
            "agentur-fuer-arbeit",
            "anerkennungsberatung",
            "jugendmigrationsdienst",
        ],
    },
    TabSpec {
        tab: TabId::Health,
        tips: &[
            "notruf",
            "bereitschaftsdienst",
            "hausarzt-zuerst",
            "termin",
            "schweigepflicht",
            "seele",
        ],
        items: &[
            item("gesundheitskarte", Some("gesundheitskarte")),
            item("behandlungsschein", Some("behandlungsschein")),
            item("krankenkasse", None),
            item("impfpass", Some("impfpass")),
            item("hausarzt", None),
            item("arztbriefe", Some("arztbrief")),
            item("krankmeldung", Some("krankmeldung")),
        ],
        contacts: &["krankenkasse", "hausarzt", "gesundheitsamt", "sozialamt"],
    },
    TabSpec {
        tab: TabId::Advice,
        tips: &[
            "kostenlos",
            "nachfragen",
            "unterschrift",
            "jmd-mbe",
            "hilfetelefon",
            "schon-gesehen",
        ],
        items: &[
            item("ordner-mitnehmen", None),
            item("beratung-finden", None),
            item("beratungsnotizen", Some("beratungsnotiz")),
            item("vollmacht", Some("vollmacht")),
            item("rechtsberatung", Some("anwaltsschreiben")),
        ],
        contacts: &[
            "migrationsberatung",
            "jugendmigrationsdienst",
            "asylverfahrensberatung",
            "rechtsanwalt",
            "ehrenamt",
        ],
    },
    TabSpec {
        tab: TabId::Documents,
        tips: &["kopien", "bestaetigung", "botschaft", "beglaubigt", "app"],
        items: &[
            item("reisepass", Some("reisepass")),
            item("geburtsurkunde", Some("geburtsurkunde")),
            item("heiratsurkunde", Some("heiratsurkunde")),
            item("fuehrerschein", Some("fuehrerschein")),
            item("kopien", None),
            item("urkunden-uebersetzen", Some("beglaubigte-uebersetzung")),
        ],
        contacts: &["standesamt", "auslaenderbehoerde"],
    },
];

/// Message id of a tab's introduction.
pub fn intro_id(tab: TabId) -> String {
    format!("tab-{}-intro", tab.key())
}

/// Message id of a default tip.
pub fn tip_id(tab: TabId, key: &str) -> String {
    format!("tab-{}-tip-{key}", tab.key())
}

/// Message id of a default checklist item.
pub fn item_id(key: &str) -> String {
    format!("check-{key}")
}

/// Message id of a default checklist item's hint.
pub fn item_hint_id(key: &str) -> String {
    format!("check-{key}-hint")
}

/// Message ids of the section headings of a tab page.
pub const SECTION_IDS: [&str; 3] = [
    "tab-section-tips",
    "tab-section-checklist",
    "tab-section-contacts",
];

impl Content {
    /// The default content for Germany, without a town.
    pub fn default_germany() -> Content {
        let tabs = DEFAULT_TABS
            .iter()
            .map(|spec| TabContent {
                tab: spec.tab,
                intro: Text::Message(intro_id(spec.tab)),
                tips: spec
                    .tips
                    .iter()
                    .map(|key| Tip {
                        key: (*key).to_owned(),
                        text: Text::Message(tip_id(spec.tab, key)),
                        origin: Origin::Default,
                    })
                    .collect(),
                checklist: spec
                    .items
                    .iter()
                    .map(|i| ChecklistItem {
                        key: i.key.to_owned(),
                        text: Text::Message(item_id(i.key)),
                        hint: Some(Text::Message(item_hint_id(i.key))),
                        doctype: i.doctype.map(str::to_owned),
                        deadline: i.deadline,
                        origin: Origin::Default,
                    })
                    .collect(),
                contacts: spec
                    .contacts
                    .iter()
                    .map(|key| Contact {
                        key: (*key).to_owned(),
                        kind: Some((*key).to_owned()),
                        origin: Origin::Default,
                        ..Contact::default()
                    })
                    .collect(),
            })
            .collect();
        Content { tabs, town: None }
    }
}
