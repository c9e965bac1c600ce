//! Appointments and the consultation log, and their encoding as vault records.
//!
//! # Record format (version 1)
//!
//! UTF-8 text, one field per line: the first line is `mein-ordner-<kind> <version>`, then
//! `<field> <value>` lines. Values escape `\` as `\\`, a line feed as `\n` and a carriage return
//! as `\r`, so every value is one line. List fields repeat their line. Rules for later versions:
//!
//! - A reader ignores fields it does not know (a newer app may add optional fields without a new
//!   version).
//! - A record with a version higher than [`APPOINTMENT_VERSION`] / [`CONSULTATION_VERSION`] is
//!   refused with [`CoreError::NewerRecordVersion`] (nothing is guessed).
//! - Every version ever written stays readable: `tests/agenda_format.rs` pins the bytes of a
//!   version-1 example.
//!
//! The record id (the vault's random record id) is not part of the text.

use crate::content::Content;
use crate::date::{Date, Time};
use crate::deadline::Deadline;
use crate::error::CoreError;

/// Version written by [`Appointment::encode`].
pub const APPOINTMENT_VERSION: u32 = 1;
/// Version written by [`Consultation::encode`].
pub const CONSULTATION_VERSION: u32 = 1;
const APPOINTMENT_MAGIC: &str = "mein-ordner-appointment";
const CONSULTATION_MAGIC: &str = "mein-ordner-consultation";
/// Longest text field accepted (characters); the vault stores whole records in memory.
pub const MAX_FIELD_CHARS: usize = 10_000;

/// An appointment the person has, at an office or with an advisor.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Appointment {
    /// Vault record id (not encoded).
    pub id: String,
    pub date: Option<Date>,
    /// Time of day; `None` for "some time that day".
    pub time: Option<Time>,
    /// The office or person, as the person writes it (e.g. "Ausländerbehörde, Zimmer 204").
    pub office: String,
    /// Key of a contact in the town's register (`Content::contact`), if one was chosen.
    pub contact: Option<String>,
    /// Ids of filed documents to bring.
    pub documents: Vec<String>,
    /// Keys of checklist items to bring.
    pub checklist: Vec<String>,
    pub notes: String,
}

/// One entry of the consultation log: who was seen, what was agreed, what comes next.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Consultation {
    /// Vault record id (not encoded).
    pub id: String,
    pub date: Option<Date>,
    /// Who was seen (person, office).
    pub who: String,
    pub agreed: String,
    pub next_steps: String,
}

/// What is wrong with an entry the person is about to save.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryProblem {
    /// No date.
    NoDate,
    /// An appointment without an office or contact.
    NoWho,
    /// A consultation entry without who was seen.
    NoPerson,
    /// A text field is longer than [`MAX_FIELD_CHARS`].
    TooLong,
}

impl EntryProblem {
    /// Message id (`dates.ftl`).
    pub fn message_id(self) -> &'static str {
        match self {
            EntryProblem::NoDate => "appt-error-no-date",
            EntryProblem::NoWho => "appt-error-no-office",
            EntryProblem::NoPerson => "log-error-no-who",
            EntryProblem::TooLong => "appt-error-too-long",
        }
    }
}

fn escape(value: &str, out: &mut String) {
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
}

fn unescape(value: &str) -> Result<String, String> {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('\\') => out.push('\\'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                other => return Err(format!("bad escape `\\{}`", other.unwrap_or(' '))),
            }
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

struct Writer(String);

impl Writer {
    fn new(magic: &str, version: u32) -> Writer {
        Writer(format!("{magic} {version}\n"))
    }

    fn field(&mut self, name: &str, value: &str) {
        self.0.push_str(name);
        self.0.push(' ');
        escape(value, &mut self.0);
        self.0.push('\n');
    }

    fn non_empty(&mut self, name: &str, value: &str) {
        if !value.is_empty() {
            self.field(name, value);
        }
    }
}

/// Splits a record into its version and `(field, value)` pairs, checking the magic line.
fn read_fields(
    kind: &'static str,
    magic: &str,
    newest: u32,
    bytes: &[u8],
) -> Result<(u32, Vec<(String, String)>), CoreError> {
    let bad = |detail: String| CoreError::InvalidRecord { kind, detail };
    let text = std::str::from_utf8(bytes).map_err(|_| bad("not UTF-8".into()))?;
    let mut lines = text.split('\n');
    let first = lines.next().unwrap_or_default();
    let version = first
        .strip_prefix(magic)
        .and_then(|v| v.strip_prefix(' '))
        .ok_or_else(|| bad("not a record of this kind".into()))?;
    let version: u32 = version
        .parse()
        .map_err(|_| bad(format!("bad version `{version}`")))?;
    if version == 0 {
        return Err(bad("version 0".into()));
    }
    if version > newest {
        return Err(CoreError::NewerRecordVersion { kind, version });
    }
    let mut fields = Vec::new();
    for (n, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let (name, value) = line.split_once(' ').unwrap_or((line, ""));
        let value = unescape(value).map_err(|e| bad(format!("line {}: {e}", n + 2)))?;
        fields.push((name.to_owned(), value));
    }
    Ok((version, fields))
}

fn parse_date(kind: &'static str, v: &str) -> Result<Date, CoreError> {
    Date::parse_iso(v).map_err(|_| CoreError::InvalidRecord {
        kind,
        detail: format!("bad date `{v}`"),
    })
}

fn too_long(fields: &[&str]) -> bool {
    fields.iter().any(|f| f.chars().count() > MAX_FIELD_CHARS)
}

impl Appointment {
    /// The record text (see the module notes).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::new(APPOINTMENT_MAGIC, APPOINTMENT_VERSION);
        if let Some(d) = self.date {
            w.field("date", &d.to_iso());
        }
        if let Some(t) = self.time {
            w.field("time", &t.to_string());
        }
        w.non_empty("office", &self.office);
        if let Some(c) = &self.contact {
            w.field("contact", c);
        }
        for d in &self.documents {
            w.field("doc", d);
        }
        for c in &self.checklist {
            w.field("check", c);
        }
        w.non_empty("notes", &self.notes);
        w.0.into_bytes()
    }

    /// Reads a record of any version so far.
    ///
    /// # Errors
    /// [`CoreError::InvalidRecord`], [`CoreError::NewerRecordVersion`].
    pub fn decode(id: &str, bytes: &[u8]) -> Result<Appointment, CoreError> {
        const KIND: &str = "appointment";
        let (_version, fields) = read_fields(KIND, APPOINTMENT_MAGIC, APPOINTMENT_VERSION, bytes)?;
        let mut a = Appointment {
            id: id.to_owned(),
            ..Appointment::default()
        };
        for (name, value) in fields {
            match name.as_str() {
                "date" => a.date = Some(parse_date(KIND, &value)?),
                "time" => {
                    a.time = Some(Time::parse(&value).map_err(|_| CoreError::InvalidRecord {
                        kind: KIND,
                        detail: format!("bad time `{value}`"),
                    })?);
                }
                "office" => a.office = value,
                "contact" => a.contact = Some(value),
                "doc" => a.documents.push(value),
                "check" => a.checklist.push(value),
                "notes" => a.notes = value,
                _ => {}
            }
        }
        Ok(a)
    }

    /// What keeps this appointment from being saved, if anything.
    pub fn problem(&self) -> Option<EntryProblem> {
        if self.date.is_none() {
            Some(EntryProblem::NoDate)
        } else if self.office.trim().is_empty() && self.contact.is_none() {
            Some(EntryProblem::NoWho)
        } else if too_long(&[&self.office, &self.notes]) {
            Some(EntryProblem::TooLong)
        } else {
            None
        }
    }

    /// The appointment as an entry of the deadline list (`None` without a date). Without the
    /// content it cannot tell a BAMF appointment: see [`Appointment::deadline_in`].
    pub fn deadline(&self) -> Option<Deadline> {
        self.date
            .map(|d| Deadline::for_appointment(&self.id, d, self.time))
    }

    /// Who the appointment is with, as printed, put in a calendar or listed: the office as the
    /// person wrote it, or else the organisation of the chosen contact of the town's register
    /// (empty when there is neither).
    pub fn with_whom(&self, content: &Content) -> String {
        if !self.office.trim().is_empty() {
            return self.office.clone();
        }
        self.contact
            .as_deref()
            .and_then(|k| content.contact(k))
            .and_then(|c| c.organisation.clone())
            .unwrap_or_default()
    }

    /// Whether the appointment is at the BAMF: its contact is of the contact type `bamf`, or
    /// the office the person wrote names the BAMF. Missing a BAMF appointment (the hearing or
    /// another one) without an excuse can end the asylum procedure (§ 33 Abs. 2 AsylG), so it
    /// is shown as critical and reminded 1 week before.
    pub fn is_bamf(&self, content: &Content) -> bool {
        let contact_is_bamf = self
            .contact
            .as_deref()
            .and_then(|k| content.contact(k))
            .and_then(|c| c.kind.as_deref())
            == Some(BAMF_CONTACT_TYPE);
        contact_is_bamf || names_bamf(&self.office)
    }

    /// The appointment as an entry of the deadline list (`None` without a date); a BAMF
    /// appointment ([`Appointment::is_bamf`]) as [`Deadline::for_bamf_appointment`].
    pub fn deadline_in(&self, content: &Content) -> Option<Deadline> {
        let date = self.date?;
        Some(if self.is_bamf(content) {
            Deadline::for_bamf_appointment(&self.id, date, self.time)
        } else {
            Deadline::for_appointment(&self.id, date, self.time)
        })
    }
}

/// The contact type key of the BAMF in the catalogue.
pub const BAMF_CONTACT_TYPE: &str = "bamf";

/// Whether a text the person wrote names the BAMF ("BAMF", "Bundesamt für Migration", any
/// case; "Außenstelle des Bundesamtes ...").
fn names_bamf(office: &str) -> bool {
    let lower = office.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "bamf")
        || lower.contains("bundesamt für migration")
        || lower.contains("bundesamt fuer migration")
}

impl Consultation {
    /// The record text (see the module notes).
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::new(CONSULTATION_MAGIC, CONSULTATION_VERSION);
        if let Some(d) = self.date {
            w.field("date", &d.to_iso());
        }
        w.non_empty("who", &self.who);
        w.non_empty("agreed", &self.agreed);
        w.non_empty("next", &self.next_steps);
        w.0.into_bytes()
    }

    /// Reads a record of any version so far.
    ///
    /// # Errors
    /// [`CoreError::InvalidRecord`], [`CoreError::NewerRecordVersion`].
    pub fn decode(id: &str, bytes: &[u8]) -> Result<Consultation, CoreError> {
        const KIND: &str = "consultation";
        let (_version, fields) =
            read_fields(KIND, CONSULTATION_MAGIC, CONSULTATION_VERSION, bytes)?;
        let mut c = Consultation {
            id: id.to_owned(),
            ..Consultation::default()
        };
        for (name, value) in fields {
            match name.as_str() {
                "date" => c.date = Some(parse_date(KIND, &value)?),
                "who" => c.who = value,
                "agreed" => c.agreed = value,
                "next" => c.next_steps = value,
                _ => {}
            }
        }
        Ok(c)
    }

    /// What keeps this entry from being saved, if anything.
    pub fn problem(&self) -> Option<EntryProblem> {
        if self.date.is_none() {
            Some(EntryProblem::NoDate)
        } else if self.who.trim().is_empty() {
            Some(EntryProblem::NoPerson)
        } else if too_long(&[&self.who, &self.agreed, &self.next_steps]) {
            Some(EntryProblem::TooLong)
        } else {
            None
        }
    }
}

/// Appointments in calendar order (date, then time; undated last), ties by id.
pub fn sort_appointments(list: &mut [Appointment]) {
    list.sort_by(|a, b| {
        (a.date.is_none(), a.date, a.time, &a.id).cmp(&(b.date.is_none(), b.date, b.time, &b.id))
    });
}

/// Consultations newest first, ties by id.
pub fn sort_consultations(list: &mut [Consultation]) {
    list.sort_by(|a, b| (b.date, &b.id).cmp(&(a.date, &a.id)));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Appointment {
        Appointment {
            id: "r1".into(),
            date: Some(Date::parse_iso("2026-11-23").unwrap()),
            time: Some(Time::new(9, 30).unwrap()),
            office: "Ausländerbehörde\\Zimmer 204\nbitte pünktlich".into(),
            contact: Some("dresden-abh".into()),
            documents: vec!["d1".into(), "d2".into()],
            checklist: vec!["arrival/pass".into()],
            notes: "موعد مهم\r\nmit Dolmetscher".into(),
        }
    }

    /// The printout, the calendar file and the home list name who the appointment is with: the
    /// office as written, else the chosen contact's organisation (it was an empty title when
    /// only a contact was chosen).
    #[test]
    fn with_whom_is_the_office_or_the_chosen_contact() {
        let pack = crate::content::builtin::BuiltinPack::by_key("dresden")
            .expect("Dresden is built in")
            .parse()
            .expect("the Dresden pack parses");
        let content = Content::default_germany()
            .with_pack(&pack)
            .expect("the Dresden pack merges");
        let abh = content
            .contact("auslaenderbehoerde")
            .and_then(|c| c.organisation.clone())
            .expect("the built-in pack has an Ausländerbehörde contact with an organisation");
        let mut a = Appointment {
            office: String::new(),
            contact: Some("auslaenderbehoerde".into()),
            ..Appointment::default()
        };
        assert_eq!(a.with_whom(&content), abh);
        a.office = "Zimmer 214".into();
        assert_eq!(a.with_whom(&content), "Zimmer 214");
        a.office = "  ".into();
        assert_eq!(a.with_whom(&content), abh);
        a.contact = Some("no-such-contact".into());
        assert_eq!(a.with_whom(&content), "");
        a.contact = None;
        assert_eq!(a.with_whom(&content), "");
    }

    #[test]
    fn appointment_round_trips() {
        let a = sample();
        let bytes = a.encode();
        let text = String::from_utf8(bytes.clone()).unwrap();
        assert!(text.starts_with("mein-ordner-appointment 1\n"));
        assert_eq!(text.lines().count(), 9, "{text}");
        assert_eq!(Appointment::decode("r1", &bytes).unwrap(), a);
        let empty = Appointment {
            id: "e".into(),
            ..Appointment::default()
        };
        assert_eq!(Appointment::decode("e", &empty.encode()).unwrap(), empty);
    }

    #[test]
    fn consultation_round_trips() {
        let c = Consultation {
            id: "c1".into(),
            date: Some(Date::parse_iso("2026-11-20").unwrap()),
            who: "Frau K., Migrationsberatung".into(),
            agreed: "Widerspruch schreiben\nKopie mitbringen".into(),
            next_steps: "\\ am Montag anrufen".into(),
        };
        assert_eq!(Consultation::decode("c1", &c.encode()).unwrap(), c);
    }

    #[test]
    fn refuses_other_kinds_newer_versions_and_damage() {
        let c = Consultation::default().encode();
        assert!(matches!(
            Appointment::decode("x", &c),
            Err(CoreError::InvalidRecord { .. })
        ));
        assert_eq!(
            Appointment::decode("x", b"mein-ordner-appointment 2\ndate 2026-01-01\n"),
            Err(CoreError::NewerRecordVersion {
                kind: "appointment",
                version: 2
            })
        );
        for bad in [
            &b"mein-ordner-appointment 1\ndate 2026-02-30\n"[..],
            b"mein-ordner-appointment 1\ntime 25:00\n",
            b"mein-ordner-appointment 1\nnotes a\\x\n",
            b"mein-ordner-appointment x\n",
            b"mein-ordner-appointment 0\n",
            b"mein-ordner-appointment1\n",
            b"\xff\xfe",
            b"",
        ] {
            assert!(
                matches!(
                    Appointment::decode("x", bad),
                    Err(CoreError::InvalidRecord { .. })
                ),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let a = Appointment::decode(
            "x",
            b"mein-ordner-appointment 1\ndate 2026-01-05\ncolour red\noffice A\n",
        )
        .unwrap();
        assert_eq!(a.office, "A");
        assert_eq!(a.date, Some(Date::parse_iso("2026-01-05").unwrap()));
    }

    #[test]
    fn problems_before_saving() {
        let mut a = sample();
        assert_eq!(a.problem(), None);
        a.contact = None;
        a.office = "  ".into();
        assert_eq!(a.problem(), Some(EntryProblem::NoWho));
        a.office = "x".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(a.problem(), Some(EntryProblem::TooLong));
        a.date = None;
        assert_eq!(a.problem(), Some(EntryProblem::NoDate));
        let mut c = Consultation {
            date: Some(Date::parse_iso("2026-01-01").unwrap()),
            ..Consultation::default()
        };
        assert_eq!(c.problem(), Some(EntryProblem::NoPerson));
        c.who = "Herr B.".into();
        assert_eq!(c.problem(), None);
    }

    #[test]
    fn sorting() {
        let mk = |id: &str, date: Option<&str>, time: Option<(u8, u8)>| Appointment {
            id: id.into(),
            date: date.map(|d| Date::parse_iso(d).unwrap()),
            time: time.map(|(h, m)| Time::new(h, m).unwrap()),
            ..Appointment::default()
        };
        let mut list = vec![
            mk("a", None, None),
            mk("b", Some("2026-12-01"), Some((14, 0))),
            mk("c", Some("2026-12-01"), Some((9, 0))),
            mk("d", Some("2026-11-30"), None),
            mk("e", Some("2026-12-01"), None),
        ];
        sort_appointments(&mut list);
        let ids: Vec<&str> = list.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["d", "e", "c", "b", "a"]);
        let mut log = vec![
            Consultation {
                id: "x".into(),
                date: Some(Date::parse_iso("2026-01-01").unwrap()),
                ..Consultation::default()
            },
            Consultation {
                id: "y".into(),
                date: Some(Date::parse_iso("2026-03-01").unwrap()),
                ..Consultation::default()
            },
        ];
        sort_consultations(&mut log);
        assert_eq!(log[0].id, "y");
    }
}
