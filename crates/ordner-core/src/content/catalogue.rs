//! Catalogues with stable keys: document types, contact types and deadline rules.
//!
//! Keys are German ASCII kebab-case (`ä` → `ae`, `ß` → `ss`), because the papers and offices are
//! German and their German names are what people find on their letters. Keys are stored in the
//! vault and in content packs: never rename one, only add.

use crate::tabs::TabId;

// Periods are dates' business; the rules here name them.
pub use crate::date::Period;

/// What starts a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineStart {
    /// The valid-until date printed on the paper (the deadline is that date itself).
    ValidUntil,
    /// The day of service (Zustellung): the date on the yellow envelope.
    Served,
    /// The day the person moved into the flat.
    MovedIn,
    /// The day the letter was received (Bekanntgabe).
    Received,
    /// The date of the appointment on the letter.
    AppointmentDate,
}

/// The kind of deadline a document starts. Issue "documents" computes the dates; this says which
/// rule applies and gives the text that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineRule {
    /// Permits and other papers with an expiry date: renew before the valid-until date.
    RenewBeforeExpiry,
    /// A BAMF decision: if it rejects the application, a lawsuit within 2 weeks or 1 week of
    /// service, depending on the wording (see [`AsylumOutcome`]).
    AsylumDecision,
    /// Moving in: register the address (Anmeldung) within 2 weeks.
    RegisterAddress,
    /// A decision of the Sozialamt, Jobcenter, Familienkasse, ...: objection (Widerspruch,
    /// Einspruch) usually within 1 month of receipt.
    Objection,
    /// A letter with an appointment.
    Appointment,
}

impl DeadlineRule {
    pub const ALL: [DeadlineRule; 5] = [
        DeadlineRule::RenewBeforeExpiry,
        DeadlineRule::AsylumDecision,
        DeadlineRule::RegisterAddress,
        DeadlineRule::Objection,
        DeadlineRule::Appointment,
    ];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            DeadlineRule::RenewBeforeExpiry => "renew-before-expiry",
            DeadlineRule::AsylumDecision => "asylum-decision",
            DeadlineRule::RegisterAddress => "register-address",
            DeadlineRule::Objection => "objection",
            DeadlineRule::Appointment => "appointment",
        }
    }

    /// Message id of the explanation; it ends with [`NOT_LEGAL_ADVICE_ID`].
    pub fn message_id(self) -> String {
        format!("deadline-{}", self.key())
    }

    /// What starts the deadline.
    pub fn starts(self) -> DeadlineStart {
        match self {
            DeadlineRule::RenewBeforeExpiry => DeadlineStart::ValidUntil,
            DeadlineRule::AsylumDecision => DeadlineStart::Served,
            DeadlineRule::RegisterAddress => DeadlineStart::MovedIn,
            DeadlineRule::Objection => DeadlineStart::Received,
            DeadlineRule::Appointment => DeadlineStart::AppointmentDate,
        }
    }

    /// The period after the start, where the rule has a single one. `None` for rules whose date
    /// is on the paper (expiry, appointment) and for a BAMF decision, whose period depends on the
    /// [`AsylumOutcome`] the person picks.
    pub fn period(self) -> Option<Period> {
        match self {
            DeadlineRule::RegisterAddress => Some(Period::Weeks(2)),
            DeadlineRule::Objection => Some(Period::Months(1)),
            DeadlineRule::RenewBeforeExpiry
            | DeadlineRule::AsylumDecision
            | DeadlineRule::Appointment => None,
        }
    }
}

/// Message id of the sentence that every deadline carries: a help, not legal advice; ask a
/// counselling office or a lawyer at once.
pub const NOT_LEGAL_ADVICE_ID: &str = "deadline-not-legal-advice";

/// What a BAMF decision says, as the person reads it on the letter; it decides the deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AsylumOutcome {
    /// Rejected as "unbegründet" (einfach unbegründet): lawsuit within 2 weeks of service.
    Unfounded,
    /// Rejected as "offensichtlich unbegründet": lawsuit and urgent application within 1 week.
    ManifestlyUnfounded,
    /// Rejected as "unzulässig": lawsuit and urgent application within 1 week.
    Inadmissible,
    /// The Rechtsbehelfsbelehrung is missing or wrong: usually 1 year.
    NoLegalRemedyInstructions,
}

impl AsylumOutcome {
    pub const ALL: [AsylumOutcome; 4] = [
        AsylumOutcome::Unfounded,
        AsylumOutcome::ManifestlyUnfounded,
        AsylumOutcome::Inadmissible,
        AsylumOutcome::NoLegalRemedyInstructions,
    ];

    pub fn key(self) -> &'static str {
        match self {
            AsylumOutcome::Unfounded => "unfounded",
            AsylumOutcome::ManifestlyUnfounded => "manifestly-unfounded",
            AsylumOutcome::Inadmissible => "inadmissible",
            AsylumOutcome::NoLegalRemedyInstructions => "no-instructions",
        }
    }

    /// Time from service (the date on the yellow envelope) to the end of the deadline.
    pub fn period(self) -> Period {
        match self {
            AsylumOutcome::Unfounded => Period::Weeks(2),
            AsylumOutcome::ManifestlyUnfounded | AsylumOutcome::Inadmissible => Period::Weeks(1),
            AsylumOutcome::NoLegalRemedyInstructions => Period::Years(1),
        }
    }

    /// Whether an urgent application (Eilantrag) is needed besides the lawsuit.
    pub fn needs_urgent_application(self) -> bool {
        matches!(
            self,
            AsylumOutcome::ManifestlyUnfounded | AsylumOutcome::Inadmissible
        )
    }

    /// Message id of the explanation; it ends with [`NOT_LEGAL_ADVICE_ID`].
    pub fn message_id(self) -> String {
        format!("deadline-asylum-{}", self.key())
    }
}

/// A type of paper a person files, e.g. `aufenthaltsgestattung`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DocType {
    /// Stable key.
    pub key: &'static str,
    /// The tab it is filed behind by default.
    pub tab: TabId,
    /// The deadline rule a paper of this type starts, if any.
    pub deadline: Option<DeadlineRule>,
}

impl DocType {
    /// Looks a document type up by its key.
    pub fn by_key(key: &str) -> Option<&'static DocType> {
        DOC_TYPES.iter().find(|d| d.key == key)
    }

    /// Message id of its name: `doctype-<key>`.
    pub fn name_id(&self) -> String {
        format!("doctype-{}", self.key)
    }

    /// All document types filed behind a tab, in catalogue order.
    pub fn for_tab(tab: TabId) -> impl Iterator<Item = &'static DocType> {
        DOC_TYPES.iter().filter(move |d| d.tab == tab)
    }
}

const fn doc(key: &'static str, tab: TabId, deadline: Option<DeadlineRule>) -> DocType {
    DocType { key, tab, deadline }
}

use DeadlineRule as R;
use TabId as T;

/// The document type catalogue, grouped by tab in folder order.
pub const DOC_TYPES: &[DocType] = &[
    // Ankommen
    doc("ankunftsnachweis", T::Arrival, Some(R::RenewBeforeExpiry)),
    doc(
        "aufenthaltsgestattung",
        T::Arrival,
        Some(R::RenewBeforeExpiry),
    ),
    doc(
        "aufenthaltserlaubnis",
        T::Arrival,
        Some(R::RenewBeforeExpiry),
    ),
    doc("duldung", T::Arrival, Some(R::RenewBeforeExpiry)),
    doc(
        "fiktionsbescheinigung",
        T::Arrival,
        Some(R::RenewBeforeExpiry),
    ),
    doc("bamf-einladung", T::Arrival, Some(R::Appointment)),
    doc("bamf-anhoerung", T::Arrival, None),
    doc("bamf-bescheid", T::Arrival, Some(R::AsylumDecision)),
    // Geld
    doc("sozialamt-bescheid", T::Money, Some(R::Objection)),
    doc("bezahlkarte", T::Money, None),
    doc("jobcenter-bescheid", T::Money, Some(R::Objection)),
    doc("kontovertrag", T::Money, None),
    doc("steuer-id", T::Money, None),
    doc(
        "rundfunkbeitrag-befreiung",
        T::Money,
        Some(R::RenewBeforeExpiry),
    ),
    // Wohnen
    doc("meldebescheinigung", T::Housing, None),
    doc(
        "wohnungsgeberbestaetigung",
        T::Housing,
        Some(R::RegisterAddress),
    ),
    doc("mietvertrag", T::Housing, Some(R::RegisterAddress)),
    doc(
        "wohnberechtigungsschein",
        T::Housing,
        Some(R::RenewBeforeExpiry),
    ),
    doc("energievertrag", T::Housing, None),
    // Deutsch lernen
    doc(
        "integrationskurs-berechtigung",
        T::German,
        Some(R::RenewBeforeExpiry),
    ),
    doc("kurs-anmeldung", T::German, None),
    doc("teilnahmebestaetigung", T::German, None),
    doc("sprachzertifikat", T::German, None),
    doc("leben-in-deutschland", T::German, None),
    // Kinder und Familie
    doc("kita-anmeldung", T::Family, None),
    doc("schulanmeldung", T::Family, None),
    doc("kindergeld-bescheid", T::Family, Some(R::Objection)),
    doc("kinderuntersuchungsheft", T::Family, None),
    // Arbeit
    doc(
        "beschaeftigungserlaubnis",
        T::Work,
        Some(R::RenewBeforeExpiry),
    ),
    doc("arbeitsvertrag", T::Work, None),
    doc("lohnabrechnung", T::Work, None),
    doc("sozialversicherungsausweis", T::Work, None),
    doc("lebenslauf", T::Work, None),
    // Berufsausbildung und Studium
    doc("schulzeugnis", T::Training, None),
    doc("berufszeugnis", T::Training, None),
    doc("anerkennungsbescheid", T::Training, Some(R::Objection)),
    doc("ausbildungsvertrag", T::Training, None),
    // Gesundheit
    doc("gesundheitskarte", T::Health, Some(R::RenewBeforeExpiry)),
    doc("behandlungsschein", T::Health, Some(R::RenewBeforeExpiry)),
    doc("impfpass", T::Health, None),
    doc("arztbrief", T::Health, None),
    doc("krankmeldung", T::Health, None),
    // Beratung und Hilfe
    doc("beratungsnotiz", T::Advice, None),
    doc("vollmacht", T::Advice, None),
    doc("anwaltsschreiben", T::Advice, None),
    // Weitere Dokumente
    doc("reisepass", T::Documents, Some(R::RenewBeforeExpiry)),
    doc("id-karte", T::Documents, Some(R::RenewBeforeExpiry)),
    doc("geburtsurkunde", T::Documents, None),
    doc("heiratsurkunde", T::Documents, None),
    doc("fuehrerschein", T::Documents, None),
    doc("beglaubigte-uebersetzung", T::Documents, None),
    doc("sonstiges", T::Documents, None),
];

/// A generic kind of office or service (Ausländerbehörde, Jobcenter, ...), which a town pack
/// fills with its own address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ContactType {
    pub key: &'static str,
}

impl ContactType {
    pub fn by_key(key: &str) -> Option<&'static ContactType> {
        CONTACT_TYPES.iter().find(|c| c.key == key)
    }

    /// Message id of the name: `contact-type-<key>`.
    pub fn name_id(&self) -> String {
        format!("contact-type-{}", self.key)
    }

    /// Message id of the one-sentence description: `contact-type-<key>-desc`.
    pub fn desc_id(&self) -> String {
        format!("contact-type-{}-desc", self.key)
    }
}

/// The contact type catalogue.
pub const CONTACT_TYPES: &[ContactType] = &[
    ContactType {
        key: "auslaenderbehoerde",
    },
    ContactType { key: "bamf" },
    ContactType {
        key: "asylverfahrensberatung",
    },
    ContactType { key: "buergeramt" },
    ContactType { key: "sozialamt" },
    ContactType { key: "jobcenter" },
    ContactType {
        key: "agentur-fuer-arbeit",
    },
    ContactType {
        key: "familienkasse",
    },
    ContactType {
        key: "schuldnerberatung",
    },
    ContactType { key: "wohnungsamt" },
    ContactType {
        key: "sprachkurstraeger",
    },
    ContactType {
        key: "migrationsberatung",
    },
    ContactType {
        key: "jugendmigrationsdienst",
    },
    ContactType {
        key: "kita-schulamt",
    },
    ContactType { key: "jugendamt" },
    ContactType { key: "standesamt" },
    ContactType {
        key: "anerkennungsberatung",
    },
    ContactType {
        key: "krankenkasse",
    },
    ContactType { key: "hausarzt" },
    ContactType {
        key: "gesundheitsamt",
    },
    ContactType {
        key: "rechtsanwalt",
    },
    ContactType { key: "ehrenamt" },
];

/// The fields of a contact, in display order. Every field is optional.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContactField {
    Organisation,
    Department,
    Address,
    Phone,
    Email,
    Web,
    Hours,
    Languages,
    Notes,
}

impl ContactField {
    pub const ALL: [ContactField; 9] = [
        ContactField::Organisation,
        ContactField::Department,
        ContactField::Address,
        ContactField::Phone,
        ContactField::Email,
        ContactField::Web,
        ContactField::Hours,
        ContactField::Languages,
        ContactField::Notes,
    ];

    /// The field's name in a content pack.
    pub fn key(self) -> &'static str {
        match self {
            ContactField::Organisation => "organisation",
            ContactField::Department => "department",
            ContactField::Address => "address",
            ContactField::Phone => "phone",
            ContactField::Email => "email",
            ContactField::Web => "web",
            ContactField::Hours => "hours",
            ContactField::Languages => "languages",
            ContactField::Notes => "notes",
        }
    }

    /// Message id of the label: `contact-field-<key>`.
    pub fn label_id(self) -> String {
        format!("contact-field-{}", self.key())
    }
}

/// Languages a town pack may carry texts in: the sixteen languages of the app, so that a pack can
/// be written before a translation of the app exists. German (`de`) is always required.
pub const TEXT_LANGUAGES: &[&str] = &[
    "de", "en", "ar", "fa", "prs", "ps", "ckb", "kmr", "tr", "uk", "ru", "fr", "ti", "so", "ka",
    "ur",
];

/// Whether texts in this language may appear in a pack (the sixteen planned languages and any
/// language the app lists).
pub fn is_text_language(code: &str) -> bool {
    TEXT_LANGUAGES.contains(&code) || crate::lang::Language::by_code(code).is_some()
}
