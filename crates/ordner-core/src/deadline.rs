//! Deadlines computed from the dates of a filed paper, and the "due soon" list.
//!
//! Pure functions: [`deadlines_for`] takes the dates of one document ([`DocumentDates`]) and the
//! rule of its type in the catalogue ([`DocType::deadline`]) and gives every [`Deadline`] it
//! starts. [`Deadline::for_appointment`] turns an appointment into an entry of the same list,
//! and [`due_soon`] sorts and classifies the list for a given "today".
//!
//! Every deadline is a help, not legal advice: its explanation ([`Deadline::message_id`]) ends with
//! [`NOT_LEGAL_ADVICE_ID`](crate::content::NOT_LEGAL_ADVICE_ID), and [`Deadline::advice`] names the
//! contact types where advice is found at once (their addresses are in the town's register).
//!
//! How the dates are counted: see [`crate::date`] (§ 188 BGB period ends, § 193 BGB next working
//! day, nationwide holidays only).

use crate::content::{
    AsylumOutcome, DeadlineRule, DocType, INSTRUCTIONS_MISSING_LAW, LegalSource,
    PERSONAL_APPOINTMENT_MESSAGE_ID, Period,
};
use crate::date::{Date, Time};
use crate::error::CoreError;

/// Reminders before a valid-until date: the renewal appointment at the Ausländerbehörde often
/// takes weeks to get.
pub const RENEW_EARLY: Period = Period::Weeks(8);
/// The last reminder before a valid-until date.
pub const RENEW_LAST: Period = Period::Weeks(2);
/// How long a missed deadline stays in the "due soon" list (days after its date).
pub const OVERDUE_SHOWN_DAYS: i64 = 30;
/// "Due soon" means within this many days.
pub const DUE_SOON_DAYS: i64 = 30;
/// "This week" means within this many days.
pub const DUE_WEEK_DAYS: i64 = 7;

/// Contact types where a person gets advice on a deadline at once (catalogue keys, in the order
/// to show them).
pub const ADVICE_CONTACT_TYPES: &[&str] = &[
    "asylverfahrensberatung",
    "migrationsberatung",
    "rechtsanwalt",
];

/// The dates one document carries, as the person entered them. The document model stores them
/// as ISO strings; [`DocumentDates::from_stored`] reads those.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DocumentDates {
    /// The document's id in the vault (carried into [`DeadlineSource::Document`]).
    pub doc_id: String,
    /// Document type key of the catalogue (`bamf-bescheid`, `mietvertrag`, ...).
    pub doc_type: String,
    /// The day it was received or served (Zustellung: the date on the yellow envelope).
    pub received: Option<Date>,
    /// The valid-until (expiry) date printed on it.
    pub valid_until: Option<Date>,
    /// The day the person moved in (rental contract, Wohnungsgeberbestätigung).
    pub moved_in: Option<Date>,
    /// The date of an appointment the letter gives (BAMF invitation).
    pub appointment: Option<Date>,
    /// What a BAMF decision says; `None` while the person has not chosen.
    pub outcome: Option<AsylumOutcome>,
}

/// Reads an optional stored date: an empty (or blank) string is `None`.
///
/// # Errors
/// [`CoreError::InvalidDate`] for anything else that is not `YYYY-MM-DD`.
pub fn optional_date(text: &str) -> Result<Option<Date>, CoreError> {
    let text = text.trim();
    if text.is_empty() {
        Ok(None)
    } else {
        Date::parse_iso(text).map(Some)
    }
}

/// The asylum outcome with this key ([`AsylumOutcome::key`]); `None` for an empty or unknown key.
pub fn outcome_by_key(key: &str) -> Option<AsylumOutcome> {
    AsylumOutcome::ALL.into_iter().find(|o| o.key() == key)
}

impl DocumentDates {
    /// From the strings a document record stores (empty string = not given).
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] for a date that is not `YYYY-MM-DD` (the field's text is in
    /// the error).
    pub fn from_stored(
        doc_id: &str,
        doc_type: &str,
        received: &str,
        valid_until: &str,
        moved_in: &str,
        outcome_key: &str,
    ) -> Result<DocumentDates, CoreError> {
        Ok(DocumentDates {
            doc_id: doc_id.to_owned(),
            doc_type: doc_type.to_owned(),
            received: optional_date(received)?,
            valid_until: optional_date(valid_until)?,
            moved_in: optional_date(moved_in)?,
            appointment: None,
            outcome: outcome_by_key(outcome_key),
        })
    }
}

/// What has to be done by the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeadlineKind {
    /// Lawsuit (Klage) at the administrative court against a BAMF decision.
    Lawsuit,
    /// Urgent application (Eilantrag) besides the lawsuit.
    UrgentApplication,
    /// Objection (Widerspruch) against a decision.
    Objection,
    /// Objection against a Familienkasse decision (Einspruch, under the tax code).
    TaxObjection,
    /// Objection or lawsuit, depending on the Land (the letter's last part says which).
    ObjectionOrLawsuit,
    /// Register the address (Anmeldung).
    RegisterAddress,
    /// The paper expires on this day.
    Expiry,
    /// Ask for the renewal appointment now ([`RENEW_EARLY`] before expiry).
    RenewEarly,
    /// Last reminder ([`RENEW_LAST`] before expiry).
    RenewLast,
    /// An appointment (from a letter, or entered by the person).
    Appointment,
    /// An appointment at the BAMF (hearing or other): missing it without an excuse can end the
    /// asylum procedure.
    BamfAppointment,
    /// Apply for family reunification after recognition as a refugee (3 months).
    FamilyReunification,
}

impl DeadlineKind {
    pub const ALL: [DeadlineKind; 12] = [
        DeadlineKind::Lawsuit,
        DeadlineKind::UrgentApplication,
        DeadlineKind::Objection,
        DeadlineKind::TaxObjection,
        DeadlineKind::ObjectionOrLawsuit,
        DeadlineKind::RegisterAddress,
        DeadlineKind::Expiry,
        DeadlineKind::RenewEarly,
        DeadlineKind::RenewLast,
        DeadlineKind::Appointment,
        DeadlineKind::BamfAppointment,
        DeadlineKind::FamilyReunification,
    ];

    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            DeadlineKind::Lawsuit => "lawsuit",
            DeadlineKind::UrgentApplication => "urgent-application",
            DeadlineKind::Objection => "objection",
            DeadlineKind::TaxObjection => "tax-objection",
            DeadlineKind::ObjectionOrLawsuit => "objection-or-lawsuit",
            DeadlineKind::RegisterAddress => "register-address",
            DeadlineKind::Expiry => "expiry",
            DeadlineKind::RenewEarly => "renew-early",
            DeadlineKind::RenewLast => "renew-last",
            DeadlineKind::Appointment => "appointment",
            DeadlineKind::BamfAppointment => "bamf-appointment",
            DeadlineKind::FamilyReunification => "family-reunification",
        }
    }

    /// Message id of the short title (`deadline-title-<key>`, in `dates.ftl`).
    pub fn title_id(self) -> String {
        format!("deadline-title-{}", self.key())
    }

    /// How much is lost when the date is missed.
    pub fn severity(self) -> Severity {
        match self {
            DeadlineKind::Lawsuit
            | DeadlineKind::UrgentApplication
            | DeadlineKind::BamfAppointment => Severity::Court,
            DeadlineKind::Objection
            | DeadlineKind::TaxObjection
            | DeadlineKind::ObjectionOrLawsuit
            | DeadlineKind::RegisterAddress
            | DeadlineKind::FamilyReunification
            | DeadlineKind::Expiry => Severity::Legal,
            DeadlineKind::RenewEarly | DeadlineKind::RenewLast | DeadlineKind::Appointment => {
                Severity::Reminder
            }
        }
    }

    /// Whether the date is the end of a legal period, which § 193 BGB moves off weekends and
    /// holidays. Expiry dates, reminders and appointments stay where they are. The 3 months for
    /// family reunification stay too: the law's own start (unanfechtbar) is later than the
    /// service the app counts from, and not moving keeps the date on the safe side.
    fn moves_to_working_day(self) -> bool {
        matches!(
            self,
            DeadlineKind::Lawsuit
                | DeadlineKind::UrgentApplication
                | DeadlineKind::Objection
                | DeadlineKind::TaxObjection
                | DeadlineKind::ObjectionOrLawsuit
                | DeadlineKind::RegisterAddress
        )
    }

    /// Whether it is a day to be somewhere: once passed it cannot be caught up, so it is not
    /// shown as overdue.
    pub fn is_appointment(self) -> bool {
        matches!(
            self,
            DeadlineKind::Appointment | DeadlineKind::BamfAppointment
        )
    }
}

/// How much is lost when a date is missed (most first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// A court deadline or a BAMF appointment: rights can be lost for good.
    Court,
    /// A legal duty or deadline (objection, registration, expiry).
    Legal,
    /// A reminder or an appointment.
    Reminder,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Severity::Court => "court",
            Severity::Legal => "legal",
            Severity::Reminder => "reminder",
        }
    }
}

/// Where a deadline comes from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DeadlineSource {
    /// A filed document (its vault id).
    Document(String),
    /// An appointment the person entered (its vault id).
    Appointment(String),
}

impl DeadlineSource {
    pub fn id(&self) -> &str {
        match self {
            DeadlineSource::Document(id) | DeadlineSource::Appointment(id) => id,
        }
    }
}

/// Something to say beside a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeadlineNote {
    /// The period ended on a Saturday, Sunday or nationwide holiday (`from`), so it ends on the
    /// next working day (message `deadline-note-moved`, variable `$date`).
    MovedToWorkingDay { from: Date },
    /// The person has not said what the BAMF decision says: the shortest deadline (1 week) is
    /// shown until they do (message `deadline-note-outcome-unknown`).
    ShortestAssumed,
    /// The person chose "the Rechtsbehelfsbelehrung is missing or wrong": the short deadline is
    /// still shown; the 1 year of [`INSTRUCTIONS_MISSING_LAW`] only a lawyer can confirm
    /// (message `deadline-note-instructions-missing`, variable `$law`).
    InstructionsMissing,
}

impl DeadlineNote {
    pub fn message_id(self) -> &'static str {
        match self {
            DeadlineNote::MovedToWorkingDay { .. } => "deadline-note-moved",
            DeadlineNote::ShortestAssumed => "deadline-note-outcome-unknown",
            DeadlineNote::InstructionsMissing => "deadline-note-instructions-missing",
        }
    }

    /// The law the note's message names as `$law`, if any.
    pub fn law(self) -> Option<LegalSource> {
        match self {
            DeadlineNote::InstructionsMissing => Some(INSTRUCTIONS_MISSING_LAW),
            DeadlineNote::MovedToWorkingDay { .. } | DeadlineNote::ShortestAssumed => None,
        }
    }
}

/// One date to keep.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Deadline {
    pub kind: DeadlineKind,
    /// The last day (after § 193 BGB where it applies).
    pub date: Date,
    /// The time of day, for appointments.
    pub time: Option<Time>,
    pub source: DeadlineSource,
    /// The document type key of the source document (`None` for appointments).
    pub doc_type: Option<&'static str>,
    /// Explanation message id (ends with the not-legal-advice sentence): a
    /// [`DeadlineRule::message_id`] or [`AsylumOutcome::message_id`].
    pub message_id: String,
    pub notes: Vec<DeadlineNote>,
    /// The law the date follows (shown as "based on …"); `None` only for an appointment the
    /// person entered, which no law sets.
    pub law: Option<LegalSource>,
}

impl Deadline {
    pub fn severity(&self) -> Severity {
        self.kind.severity()
    }

    /// Contact type keys where advice is found at once ([`ADVICE_CONTACT_TYPES`]).
    pub fn advice(&self) -> &'static [&'static str] {
        ADVICE_CONTACT_TYPES
    }

    /// A stable id, unique per source and kind (for calendar UIDs and list keys).
    pub fn key(&self) -> String {
        let (prefix, id) = match &self.source {
            DeadlineSource::Document(id) => ("doc", id),
            DeadlineSource::Appointment(id) => ("appt", id),
        };
        format!("{prefix}-{id}-{}", self.kind.key())
    }

    /// An appointment on `date` (at `time`) as an entry of the deadline list.
    pub fn for_appointment(id: &str, date: Date, time: Option<Time>) -> Deadline {
        Deadline {
            kind: DeadlineKind::Appointment,
            date,
            time,
            source: DeadlineSource::Appointment(id.to_owned()),
            doc_type: None,
            message_id: PERSONAL_APPOINTMENT_MESSAGE_ID.to_owned(),
            notes: Vec::new(),
            law: None,
        }
    }

    /// An appointment at the BAMF the person entered (the hearing or another one): critical
    /// like the appointment of a BAMF letter ([`DeadlineRule::BamfAppointment`]), with the same
    /// warning and law.
    pub fn for_bamf_appointment(id: &str, date: Date, time: Option<Time>) -> Deadline {
        let rule = DeadlineRule::BamfAppointment;
        Deadline {
            kind: DeadlineKind::BamfAppointment,
            date,
            time,
            source: DeadlineSource::Appointment(id.to_owned()),
            doc_type: None,
            message_id: rule.message_id(),
            notes: Vec::new(),
            law: Some(rule.source()),
        }
    }
}

/// Every deadline one document starts, by its type's rule in the catalogue. A document whose
/// type has no rule, or that lacks the date the rule needs, starts none. Sorted by date.
///
/// # Errors
/// [`CoreError::InvalidDate`] when a computed date falls outside the years 1900–2999.
pub fn deadlines_for(doc: &DocumentDates) -> Result<Vec<Deadline>, CoreError> {
    let doc_type = DocType::by_key(&doc.doc_type);
    let Some(rule) = doc_type.and_then(|t| t.deadline) else {
        return Ok(Vec::new());
    };
    let doc_type = doc_type.map(|t| t.key);
    let source = || DeadlineSource::Document(doc.doc_id.clone());
    let mut out = Vec::new();
    let on_day = |kind: DeadlineKind, date: Date, message_id: String, law: LegalSource| Deadline {
        kind,
        date,
        time: None,
        source: source(),
        doc_type,
        message_id,
        notes: Vec::new(),
        law: Some(law),
    };
    let mut period_end = |kind: DeadlineKind,
                          start: Date,
                          period: Period,
                          message_id: String,
                          law: LegalSource,
                          mut notes: Vec<DeadlineNote>|
     -> Result<(), CoreError> {
        let end = start.add_period(period)?;
        let date = if kind.moves_to_working_day() {
            let moved = end.next_working_day()?;
            if moved != end {
                notes.push(DeadlineNote::MovedToWorkingDay { from: end });
            }
            moved
        } else {
            end
        };
        out.push(Deadline {
            kind,
            date,
            time: None,
            source: source(),
            doc_type,
            message_id,
            notes,
            law: Some(law),
        });
        Ok(())
    };
    let remedy = |rule: DeadlineRule| match rule {
        DeadlineRule::TaxObjection => DeadlineKind::TaxObjection,
        DeadlineRule::ObjectionOrLawsuit => DeadlineKind::ObjectionOrLawsuit,
        _ => DeadlineKind::Objection,
    };
    match rule {
        DeadlineRule::AsylumDecision => {
            if let Some(served) = doc.received {
                // Unknown or "instructions missing": the shortest period, and say why.
                let (outcome, mut notes) = match doc.outcome {
                    Some(o) => (o, Vec::new()),
                    None => (
                        AsylumOutcome::ManifestlyUnfounded,
                        vec![DeadlineNote::ShortestAssumed],
                    ),
                };
                if outcome == AsylumOutcome::NoLegalRemedyInstructions {
                    notes.push(DeadlineNote::InstructionsMissing);
                }
                let message_id = match doc.outcome {
                    Some(o) => o.message_id(),
                    None => rule.message_id(),
                };
                if outcome.is_rejection() {
                    period_end(
                        DeadlineKind::Lawsuit,
                        served,
                        outcome.period(),
                        message_id.clone(),
                        outcome.source(),
                        notes.clone(),
                    )?;
                    if outcome.needs_urgent_application() {
                        period_end(
                            DeadlineKind::UrgentApplication,
                            served,
                            outcome.period(),
                            message_id,
                            outcome.source(),
                            notes,
                        )?;
                    }
                } else {
                    // Recognised: the 3 months for family reunification, counted from service.
                    period_end(
                        DeadlineKind::FamilyReunification,
                        served,
                        outcome.period(),
                        message_id,
                        outcome.source(),
                        notes,
                    )?;
                }
            }
        }
        DeadlineRule::RegisterAddress => {
            if let (Some(moved_in), Some(period)) = (doc.moved_in, rule.period()) {
                period_end(
                    DeadlineKind::RegisterAddress,
                    moved_in,
                    period,
                    rule.message_id(),
                    rule.source(),
                    Vec::new(),
                )?;
            }
        }
        DeadlineRule::Objection | DeadlineRule::TaxObjection | DeadlineRule::ObjectionOrLawsuit => {
            if let (Some(received), Some(period)) = (doc.received, rule.period()) {
                period_end(
                    remedy(rule),
                    received,
                    period,
                    rule.message_id(),
                    rule.source(),
                    Vec::new(),
                )?;
            }
        }
        DeadlineRule::RenewBeforeExpiry => {
            if let Some(until) = doc.valid_until {
                for (kind, before) in [
                    (DeadlineKind::RenewEarly, RENEW_EARLY),
                    (DeadlineKind::RenewLast, RENEW_LAST),
                ] {
                    out.push(on_day(
                        kind,
                        until.sub_period(before)?,
                        rule.message_id(),
                        rule.source(),
                    ));
                }
                out.push(on_day(
                    DeadlineKind::Expiry,
                    until,
                    rule.message_id(),
                    rule.source(),
                ));
            }
        }
        DeadlineRule::BamfAppointment => {
            if let Some(date) = doc.appointment {
                out.push(on_day(
                    DeadlineKind::BamfAppointment,
                    date,
                    rule.message_id(),
                    rule.source(),
                ));
            }
        }
    }
    out.sort_by_key(|d| (d.date, d.kind));
    Ok(out)
}

/// Days after a letter reaches a reception centre on which it counts as served, unless it was
/// handed to the person earlier (§ 10 Abs. 4 Satz 4 AsylG).
pub const RECEPTION_CENTRE_DAYS: u16 = 3;
/// Days after posting on which ordinary post counts as received (letters posted since
/// 1 January 2025: § 41 Abs. 2 VwVfG, § 37 Abs. 2 SGB X, § 122 Abs. 2 Nr. 1 AO, § 4 Abs. 2 VwZG).
pub const POST_DAYS: u16 = 4;

/// Where an earlier legal start than the day the person entered may come from (the editor
/// offers it; the app itself always counts from the day entered, never from a later one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EarlierStart {
    /// The letter reached the reception centre on this day: served
    /// [`RECEPTION_CENTRE_DAYS`] days later at the latest.
    ReceptionCentre(Date),
    /// The letter is dated this day: by ordinary post it counts as received [`POST_DAYS`] days
    /// after posting, and it cannot have been posted before its own date.
    LetterDate(Date),
}

impl EarlierStart {
    /// The day the law may count from.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] outside the years 1900–2999.
    pub fn day(self) -> Result<Date, CoreError> {
        match self {
            EarlierStart::ReceptionCentre(d) => d.add_period(Period::Days(RECEPTION_CENTRE_DAYS)),
            EarlierStart::LetterDate(d) => d.add_period(Period::Days(POST_DAYS)),
        }
    }
}

/// The earliest of the `candidates`' days that is before `entered` (or any, when nothing is
/// entered yet): the day to offer as the safer start. `None` when the entered day is already
/// the earliest.
pub fn earlier_start(entered: Option<Date>, candidates: &[EarlierStart]) -> Option<Date> {
    candidates
        .iter()
        .filter_map(|c| c.day().ok())
        .filter(|day| entered.is_none_or(|e| *day < e))
        .min()
}

/// A paper whose type starts a deadline from the day it was served or received, but that day
/// was not entered: no deadline can be computed, so the app warns instead of staying silent
/// (on the paper, on home and in the printout; message [`MISSING_DATE_MESSAGE_ID`]).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MissingDate {
    /// The document's id in the vault.
    pub doc_id: String,
    /// Its document type key.
    pub doc_type: &'static str,
    /// The rule that cannot be counted.
    pub rule: DeadlineRule,
}

/// Title of the warning (`dates.ftl`).
pub const MISSING_DATE_TITLE_ID: &str = "deadline-title-missing-date";
/// Text of the warning: "No deadline computed: enter the date on the yellow envelope — ask an
/// advice centre today." (`dates.ftl`).
pub const MISSING_DATE_MESSAGE_ID: &str = "deadline-missing-date";

/// The warning for a paper that needs a served or received date and has none (`None` when the
/// date is there or the type starts no such deadline).
pub fn missing_date(doc: &DocumentDates) -> Option<MissingDate> {
    let t = DocType::by_key(&doc.doc_type)?;
    let rule = t.deadline.filter(|r| r.needs_received_date())?;
    doc.received.is_none().then(|| MissingDate {
        doc_id: doc.doc_id.clone(),
        doc_type: t.key,
        rule,
    })
}

/// How soon a date is, seen from "today".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Urgency {
    /// The date has passed (a deadline, up to [`OVERDUE_SHOWN_DAYS`] ago).
    Overdue,
    /// Today or within [`DUE_WEEK_DAYS`] days.
    Week,
    /// Within [`DUE_SOON_DAYS`] days.
    Month,
    /// Later.
    Later,
    /// Long past (or a past appointment): not shown as due.
    Past,
}

impl Urgency {
    pub fn key(self) -> &'static str {
        match self {
            Urgency::Overdue => "overdue",
            Urgency::Week => "week",
            Urgency::Month => "month",
            Urgency::Later => "later",
            Urgency::Past => "past",
        }
    }
}

/// How soon `deadline` is on `today`. An appointment that has passed is [`Urgency::Past`] (it
/// cannot be caught up); a missed deadline stays [`Urgency::Overdue`] for
/// [`OVERDUE_SHOWN_DAYS`] days, because advice can still help.
pub fn classify(deadline: &Deadline, today: Date) -> Urgency {
    let days = today.days_until(deadline.date);
    match days {
        _ if days < 0 && deadline.kind.is_appointment() => Urgency::Past,
        _ if days < -OVERDUE_SHOWN_DAYS => Urgency::Past,
        _ if days < 0 => Urgency::Overdue,
        0..=DUE_WEEK_DAYS => Urgency::Week,
        _ if days <= DUE_SOON_DAYS => Urgency::Month,
        _ => Urgency::Later,
    }
}

/// The entries due soon on `today` (overdue, this week, within 30 days), most urgent first:
/// overdue before this week before this month; within a group by date, time, severity (court
/// deadlines first) and kind.
pub fn due_soon(deadlines: &[Deadline], today: Date) -> Vec<(Urgency, &Deadline)> {
    let mut out: Vec<(Urgency, &Deadline)> = deadlines
        .iter()
        .map(|d| (classify(d, today), d))
        .filter(|(u, _)| matches!(u, Urgency::Overdue | Urgency::Week | Urgency::Month))
        .collect();
    out.sort_by(|(ua, a), (ub, b)| {
        (ua, a.date, a.time, a.severity(), a.kind, &a.source).cmp(&(
            ub,
            b.date,
            b.time,
            b.severity(),
            b.kind,
            &b.source,
        ))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    fn doc(doc_type: &str) -> DocumentDates {
        DocumentDates {
            doc_id: "doc1".into(),
            doc_type: doc_type.into(),
            ..DocumentDates::default()
        }
    }

    fn summary(list: &[Deadline]) -> Vec<(&'static str, String)> {
        list.iter()
            .map(|x| (x.kind.key(), x.date.to_iso()))
            .collect()
    }

    fn s(kind: &'static str, date: &str) -> (&'static str, String) {
        (kind, date.to_owned())
    }

    #[test]
    fn bamf_unfounded_is_two_weeks_from_service() {
        let mut x = doc("bamf-bescheid");
        x.received = Some(d("2026-11-02")); // Monday
        x.outcome = Some(AsylumOutcome::Unfounded);
        let got = deadlines_for(&x).unwrap();
        assert_eq!(summary(&got), [s("lawsuit", "2026-11-16")]);
        assert_eq!(got[0].message_id, "deadline-asylum-unfounded");
        assert_eq!(got[0].source, DeadlineSource::Document("doc1".into()));
        assert_eq!(got[0].severity(), Severity::Court);
        assert_eq!(got[0].doc_type, Some("bamf-bescheid"));
        assert!(got[0].notes.is_empty());
        assert_eq!(got[0].advice(), ADVICE_CONTACT_TYPES);
    }

    #[test]
    fn manifestly_unfounded_and_inadmissible_need_lawsuit_and_urgent_application_in_one_week() {
        for outcome in [
            AsylumOutcome::ManifestlyUnfounded,
            AsylumOutcome::Inadmissible,
        ] {
            let mut x = doc("bamf-bescheid");
            x.received = Some(d("2026-11-04")); // Wednesday
            x.outcome = Some(outcome);
            let got = deadlines_for(&x).unwrap();
            assert_eq!(
                summary(&got),
                [
                    s("lawsuit", "2026-11-11"),
                    s("urgent-application", "2026-11-11")
                ]
            );
            assert!(got.iter().all(|g| g.message_id == outcome.message_id()));
        }
    }

    #[test]
    fn unknown_outcome_shows_the_shortest_deadline_with_a_note() {
        let mut x = doc("bamf-bescheid");
        x.received = Some(d("2026-11-04"));
        let got = deadlines_for(&x).unwrap();
        assert_eq!(
            summary(&got),
            [
                s("lawsuit", "2026-11-11"),
                s("urgent-application", "2026-11-11")
            ]
        );
        assert!(
            got.iter()
                .all(|g| g.notes == [DeadlineNote::ShortestAssumed])
        );
        assert!(
            got.iter()
                .all(|g| g.message_id == "deadline-asylum-decision")
        );
    }

    #[test]
    fn missing_instructions_never_hide_the_short_deadline() {
        let mut x = doc("bamf-bescheid");
        x.received = Some(d("2026-03-10")); // Tuesday
        x.outcome = Some(AsylumOutcome::NoLegalRemedyInstructions);
        let got = deadlines_for(&x).unwrap();
        assert_eq!(
            summary(&got),
            [
                s("lawsuit", "2026-03-17"),
                s("urgent-application", "2026-03-17")
            ]
        );
        assert!(
            got.iter()
                .all(|g| g.notes == [DeadlineNote::InstructionsMissing])
        );
        assert_eq!(
            DeadlineNote::InstructionsMissing.law(),
            Some(INSTRUCTIONS_MISSING_LAW)
        );
    }

    #[test]
    fn a_deadline_ending_on_a_weekend_or_holiday_moves_to_the_next_working_day() {
        // Served Saturday 2026-11-07 + 2 weeks = Saturday 2026-11-21 → Monday 2026-11-23.
        let mut x = doc("bamf-bescheid");
        x.received = Some(d("2026-11-07"));
        x.outcome = Some(AsylumOutcome::Unfounded);
        let got = deadlines_for(&x).unwrap();
        assert_eq!(summary(&got), [s("lawsuit", "2026-11-23")]);
        assert_eq!(
            got[0].notes,
            [DeadlineNote::MovedToWorkingDay {
                from: d("2026-11-21")
            }]
        );
        // Served Friday 2026-12-18 + 1 week = Christmas Day → Monday 2026-12-28.
        x.received = Some(d("2026-12-18"));
        x.outcome = Some(AsylumOutcome::Inadmissible);
        assert_eq!(
            summary(&deadlines_for(&x).unwrap()),
            [
                s("lawsuit", "2026-12-28"),
                s("urgent-application", "2026-12-28")
            ]
        );
    }

    #[test]
    fn moving_in_gives_two_weeks_to_register() {
        for t in ["mietvertrag", "wohnungsgeberbestaetigung"] {
            let mut x = doc(t);
            x.moved_in = Some(d("2026-11-10"));
            // A received date does not matter for this rule.
            x.received = Some(d("2026-10-01"));
            let got = deadlines_for(&x).unwrap();
            assert_eq!(summary(&got), [s("register-address", "2026-11-24")]);
            assert_eq!(got[0].message_id, "deadline-register-address");
        }
    }

    #[test]
    fn objection_within_one_month_of_receipt_clamped_to_month_end() {
        let mut x = doc("jobcenter-bescheid");
        x.received = Some(d("2027-01-29")); // + 1 month = 28 Feb 2027 (Sunday) → Mon 1 Mar
        let got = deadlines_for(&x).unwrap();
        assert_eq!(summary(&got), [s("objection", "2027-03-01")]);
        assert_eq!(got[0].severity(), Severity::Legal);
        x.received = Some(d("2026-10-31")); // + 1 month = 30 Nov 2026 (Monday)
        assert_eq!(
            summary(&deadlines_for(&x).unwrap()),
            [s("objection", "2026-11-30")]
        );
    }

    #[test]
    fn permits_remind_eight_and_two_weeks_before_expiry() {
        let mut x = doc("aufenthaltsgestattung");
        x.valid_until = Some(d("2027-01-10")); // a Sunday: an expiry date does not move
        let got = deadlines_for(&x).unwrap();
        assert_eq!(
            summary(&got),
            [
                s("renew-early", "2026-11-15"),
                s("renew-last", "2026-12-27"),
                s("expiry", "2027-01-10"),
            ]
        );
        assert!(
            got.iter()
                .all(|g| g.message_id == "deadline-renew-before-expiry")
        );
    }

    #[test]
    fn documents_without_a_rule_or_without_the_date_start_nothing() {
        let mut x = doc("geburtsurkunde");
        x.received = Some(d("2026-11-01"));
        x.valid_until = Some(d("2026-12-01"));
        assert!(deadlines_for(&x).unwrap().is_empty());
        assert!(deadlines_for(&doc("bamf-bescheid")).unwrap().is_empty());
        assert!(deadlines_for(&doc("reisepass")).unwrap().is_empty());
        assert!(deadlines_for(&doc("no-such-type")).unwrap().is_empty());
        let mut inv = doc("bamf-einladung");
        inv.appointment = Some(d("2026-12-01"));
        assert_eq!(
            summary(&deadlines_for(&inv).unwrap()),
            [s("bamf-appointment", "2026-12-01")]
        );
    }

    #[test]
    fn an_earlier_legal_start_is_offered_only_when_it_is_earlier() {
        // Reached the centre Monday 2 November: served on Thursday 5 November at the latest.
        let centre = EarlierStart::ReceptionCentre(d("2026-11-02"));
        assert_eq!(centre.day().unwrap(), d("2026-11-05"));
        // Dated Monday 2 November: by post received on Friday 6 November.
        let letter = EarlierStart::LetterDate(d("2026-11-02"));
        assert_eq!(letter.day().unwrap(), d("2026-11-06"));
        // The person got it on 10 November: the earliest candidate is offered.
        assert_eq!(
            earlier_start(Some(d("2026-11-10")), &[letter, centre]),
            Some(d("2026-11-05"))
        );
        // Nothing entered yet: offered as well.
        assert_eq!(earlier_start(None, &[letter]), Some(d("2026-11-06")));
        // The entered day is already earlier: nothing to offer.
        assert_eq!(
            earlier_start(Some(d("2026-11-04")), &[letter, centre]),
            None
        );
        assert_eq!(earlier_start(Some(d("2026-11-04")), &[]), None);
    }

    #[test]
    fn reads_the_stored_strings() {
        let x = DocumentDates::from_stored(
            "abc",
            "bamf-bescheid",
            "2026-11-02",
            "",
            " ",
            "inadmissible",
        )
        .unwrap();
        assert_eq!(x.received, Some(d("2026-11-02")));
        assert_eq!(x.valid_until, None);
        assert_eq!(x.outcome, Some(AsylumOutcome::Inadmissible));
        assert_eq!(outcome_by_key(""), None);
        assert!(matches!(
            DocumentDates::from_stored("a", "b", "02.11.2026", "", "", ""),
            Err(CoreError::InvalidDate(t)) if t == "02.11.2026"
        ));
    }

    #[test]
    fn due_soon_classifies_and_orders() {
        let today = d("2026-11-21");
        let mut x = doc("bamf-bescheid");
        x.received = Some(d("2026-11-16"));
        x.outcome = Some(AsylumOutcome::ManifestlyUnfounded);
        let mut list = deadlines_for(&x).unwrap(); // both 2026-11-23
        let mut permit = doc("aufenthaltsgestattung");
        permit.doc_id = "doc2".into();
        permit.valid_until = Some(d("2026-12-31")); // early 11-05 (overdue), last 12-17, expiry later
        list.extend(deadlines_for(&permit).unwrap());
        list.push(Deadline::for_appointment(
            "a1",
            d("2026-11-23"),
            Some(Time::new(9, 0).unwrap()),
        ));
        list.push(Deadline::for_appointment("a2", d("2026-11-20"), None)); // past appointment
        list.push(Deadline::for_appointment("a3", d("2027-02-01"), None)); // later
        let mut old = doc("jobcenter-bescheid");
        old.doc_id = "doc3".into();
        old.received = Some(d("2026-08-01")); // objection ended 2026-09-01: long past
        list.extend(deadlines_for(&old).unwrap());

        let got: Vec<(&str, &str, String)> = due_soon(&list, today)
            .into_iter()
            .map(|(u, x)| (u.key(), x.kind.key(), x.date.to_iso()))
            .collect();
        let want = [
            ("overdue", "renew-early", "2026-11-05"),
            ("week", "lawsuit", "2026-11-23"),
            ("week", "urgent-application", "2026-11-23"),
            ("week", "appointment", "2026-11-23"),
            ("month", "renew-last", "2026-12-17"),
        ];
        let want: Vec<(&str, &str, String)> = want
            .iter()
            .map(|(a, b, c)| (*a, *b, (*c).to_owned()))
            .collect();
        assert_eq!(got, want);

        assert_eq!(classify(&list[0], d("2026-11-23")), Urgency::Week); // on the day
        assert_eq!(classify(&list[0], d("2026-11-24")), Urgency::Overdue);
        assert_eq!(classify(&list[0], d("2026-12-24")), Urgency::Past);
        assert_eq!(classify(&list[0], d("2026-10-24")), Urgency::Month);
        assert_eq!(classify(&list[0], d("2026-10-23")), Urgency::Later);
        assert_eq!(classify(&list[0], d("2026-11-16")), Urgency::Week);
        assert_eq!(classify(&list[0], d("2026-11-15")), Urgency::Month);
    }
}
