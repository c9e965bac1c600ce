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

/// Where a rule comes from: the law it follows, and the day its text was last checked against
/// the law. Every [`DeadlineRule`] and every [`AsylumOutcome`] carries one; the screens and the
/// printout show it ("based on § 74 Abs. 1 AsylG"), and `docs/legal-sources.md` lists them all
/// (a test keeps that list and this code the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct LegalSource {
    /// The law as cited in Germany, e.g. `§ 74 Abs. 1 AsylG` (always shown in German).
    pub law: &'static str,
    /// The day the rule was last checked against the law's text (`YYYY-MM-DD`).
    pub checked: &'static str,
}

/// The day the rules below were last checked against the laws' texts.
pub const RULES_CHECKED: &str = "2026-12-03";

const fn law(law: &'static str) -> LegalSource {
    LegalSource {
        law,
        checked: RULES_CHECKED,
    }
}

/// The law that gives a longer period (1 year) when the Rechtsbehelfsbelehrung is missing or
/// wrong. The app never counts with it: only a lawyer can judge "wrong"
/// ([`AsylumOutcome::NoLegalRemedyInstructions`]).
pub const INSTRUCTIONS_MISSING_LAW: LegalSource = law("§ 58 Abs. 2 VwGO");

/// The kind of deadline a document starts: which rule applies, the law it follows
/// ([`DeadlineRule::source`]) and the text that explains it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineRule {
    /// Permits and other papers with an expiry date: renew before the valid-until date.
    RenewBeforeExpiry,
    /// A BAMF decision: if it rejects the application, a lawsuit within 2 weeks or 1 week of
    /// service, depending on the wording (see [`AsylumOutcome`]).
    AsylumDecision,
    /// Moving in: register the address (Anmeldung) within 2 weeks.
    RegisterAddress,
    /// A decision of the Sozialamt (AsylbLG) or the Jobcenter (SGB II): objection
    /// (Widerspruch) within 1 month of receipt.
    Objection,
    /// A decision of the Familienkasse (Kindergeld): objection (Einspruch, not Widerspruch)
    /// within 1 month.
    TaxObjection,
    /// A decision on the recognition of a foreign qualification: objection (Widerspruch) or a
    /// lawsuit, depending on the Land, within 1 month; the letter's last part says which.
    ObjectionOrLawsuit,
    /// A BAMF letter with an appointment (the hearing, Anhörung, or another appointment):
    /// missing it without an excuse can end the asylum procedure.
    BamfAppointment,
}

impl DeadlineRule {
    pub const ALL: [DeadlineRule; 7] = [
        DeadlineRule::RenewBeforeExpiry,
        DeadlineRule::AsylumDecision,
        DeadlineRule::RegisterAddress,
        DeadlineRule::Objection,
        DeadlineRule::TaxObjection,
        DeadlineRule::ObjectionOrLawsuit,
        DeadlineRule::BamfAppointment,
    ];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            DeadlineRule::RenewBeforeExpiry => "renew-before-expiry",
            DeadlineRule::AsylumDecision => "asylum-decision",
            DeadlineRule::RegisterAddress => "register-address",
            DeadlineRule::Objection => "objection",
            DeadlineRule::TaxObjection => "tax-objection",
            DeadlineRule::ObjectionOrLawsuit => "objection-or-lawsuit",
            DeadlineRule::BamfAppointment => "bamf-appointment",
        }
    }

    /// Message id of the explanation; it ends with [`NOT_LEGAL_ADVICE_ID`].
    pub fn message_id(self) -> String {
        format!("deadline-{}", self.key())
    }

    /// The law the rule follows. A BAMF decision's period depends on what it says: see
    /// [`AsylumOutcome::source`] for each.
    pub fn source(self) -> LegalSource {
        match self {
            // The date itself is printed on the paper (the reminders 8 and 2 weeks before are
            // the app's advice); for residence titles, applying before it keeps the old title
            // valid until the office decides.
            DeadlineRule::RenewBeforeExpiry => {
                law("Ablaufdatum auf dem Papier; Aufenthaltstitel: § 81 Abs. 4 AufenthG")
            }
            DeadlineRule::AsylumDecision => law("§ 74 Abs. 1 AsylG"),
            DeadlineRule::RegisterAddress => law("§ 17 Abs. 1 BMG"),
            DeadlineRule::Objection => law("§ 84 Abs. 1 SGG"),
            DeadlineRule::TaxObjection => law("§ 347, § 355 Abs. 1 AO"),
            DeadlineRule::ObjectionOrLawsuit => law("§ 70 Abs. 1, § 74 Abs. 1 VwGO"),
            DeadlineRule::BamfAppointment => law("§ 25, § 33 Abs. 2 Satz 1 Nr. 1 AsylG"),
        }
    }

    /// What starts the deadline.
    pub fn starts(self) -> DeadlineStart {
        match self {
            DeadlineRule::RenewBeforeExpiry => DeadlineStart::ValidUntil,
            DeadlineRule::AsylumDecision => DeadlineStart::Served,
            DeadlineRule::RegisterAddress => DeadlineStart::MovedIn,
            DeadlineRule::Objection
            | DeadlineRule::TaxObjection
            | DeadlineRule::ObjectionOrLawsuit => DeadlineStart::Received,
            DeadlineRule::BamfAppointment => DeadlineStart::AppointmentDate,
        }
    }

    /// Whether the rule is a decision's remedy, whose period runs from the day the letter was
    /// served or received: without that date no deadline can be computed, and the app warns.
    pub fn needs_received_date(self) -> bool {
        matches!(
            self.starts(),
            DeadlineStart::Served | DeadlineStart::Received
        )
    }

    /// The period after the start, where the rule has a single one. `None` for rules whose date
    /// is on the paper (expiry, appointment) and for a BAMF decision, whose period depends on the
    /// [`AsylumOutcome`] the person picks.
    pub fn period(self) -> Option<Period> {
        match self {
            DeadlineRule::RegisterAddress => Some(Period::Weeks(2)),
            DeadlineRule::Objection
            | DeadlineRule::TaxObjection
            | DeadlineRule::ObjectionOrLawsuit => Some(Period::Months(1)),
            DeadlineRule::RenewBeforeExpiry
            | DeadlineRule::AsylumDecision
            | DeadlineRule::BamfAppointment => None,
        }
    }
}

/// Message id of the explanation beside an appointment the person entered themselves (no law
/// sets it; it ends with [`NOT_LEGAL_ADVICE_ID`] like every deadline text).
pub const PERSONAL_APPOINTMENT_MESSAGE_ID: &str = "deadline-appointment";

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
    /// The person thinks the Rechtsbehelfsbelehrung is missing or wrong. Then a period of 1 year
    /// may apply ([`INSTRUCTIONS_MISSING_LAW`]), but a layperson cannot judge "wrong": the app
    /// still counts the shortest period (1 week, lawsuit and urgent application) and names the
    /// 1 year only as something a lawyer must check.
    NoLegalRemedyInstructions,
    /// Recognised as a refugee or as entitled to asylum: no lawsuit deadline, but the
    /// application for family reunification within 3 months keeps the easier conditions
    /// (§ 29 Abs. 2 Satz 2 Nr. 1 AufenthG). The law counts the 3 months from the day the
    /// recognition can no longer be challenged (unanfechtbar); the app counts them from
    /// service, which is earlier, so the date shown is never later than the law's.
    RefugeeRecognised,
}

impl AsylumOutcome {
    pub const ALL: [AsylumOutcome; 5] = [
        AsylumOutcome::Unfounded,
        AsylumOutcome::ManifestlyUnfounded,
        AsylumOutcome::Inadmissible,
        AsylumOutcome::NoLegalRemedyInstructions,
        AsylumOutcome::RefugeeRecognised,
    ];

    pub fn key(self) -> &'static str {
        match self {
            AsylumOutcome::Unfounded => "unfounded",
            AsylumOutcome::ManifestlyUnfounded => "manifestly-unfounded",
            AsylumOutcome::Inadmissible => "inadmissible",
            AsylumOutcome::NoLegalRemedyInstructions => "no-instructions",
            AsylumOutcome::RefugeeRecognised => "refugee-recognised",
        }
    }

    /// Time from service (the date on the yellow envelope) to the end of the deadline the app
    /// counts. Missing instructions count like the shortest case (see
    /// [`AsylumOutcome::NoLegalRemedyInstructions`]); a recognition gives the 3 months for
    /// family reunification, counted from service (see [`AsylumOutcome::RefugeeRecognised`]).
    pub fn period(self) -> Period {
        match self {
            AsylumOutcome::RefugeeRecognised => Period::Months(3),
            AsylumOutcome::Unfounded => Period::Weeks(2),
            AsylumOutcome::ManifestlyUnfounded
            | AsylumOutcome::Inadmissible
            | AsylumOutcome::NoLegalRemedyInstructions => Period::Weeks(1),
        }
    }

    /// Whether an urgent application (Eilantrag) is needed besides the lawsuit (for missing
    /// instructions: maybe, so the app shows it).
    pub fn needs_urgent_application(self) -> bool {
        !matches!(
            self,
            AsylumOutcome::Unfounded | AsylumOutcome::RefugeeRecognised
        )
    }

    /// Whether the decision rejects the application, so that the deadline is a lawsuit.
    pub fn is_rejection(self) -> bool {
        !matches!(self, AsylumOutcome::RefugeeRecognised)
    }

    /// The law of the deadline the app counts for this outcome.
    pub fn source(self) -> LegalSource {
        match self {
            AsylumOutcome::Unfounded => law("§ 74 Abs. 1 Halbsatz 1 AsylG"),
            AsylumOutcome::ManifestlyUnfounded | AsylumOutcome::NoLegalRemedyInstructions => {
                law("§ 74 Abs. 1 Halbsatz 2, § 36 Abs. 3 Satz 1 AsylG")
            }
            AsylumOutcome::Inadmissible => {
                law("§ 74 Abs. 1 Halbsatz 2, § 36 Abs. 3 Satz 1, § 34a Abs. 2 Satz 1 AsylG")
            }
            AsylumOutcome::RefugeeRecognised => law("§ 29 Abs. 2 Satz 2 Nr. 1 AufenthG"),
        }
    }

    /// Message id of the explanation; it ends with [`NOT_LEGAL_ADVICE_ID`]. Missing
    /// instructions get the general text of a BAMF decision (and a note on the 1 year).
    pub fn message_id(self) -> String {
        match self {
            AsylumOutcome::NoLegalRemedyInstructions => DeadlineRule::AsylumDecision.message_id(),
            _ => format!("deadline-asylum-{}", self.key()),
        }
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
    doc("bamf-einladung", T::Arrival, Some(R::BamfAppointment)),
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
    doc("kindergeld-bescheid", T::Family, Some(R::TaxObjection)),
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
    doc(
        "anerkennungsbescheid",
        T::Training,
        Some(R::ObjectionOrLawsuit),
    ),
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
