//! iCalendar (RFC 5545) export of deadlines and appointments, so that the phone's own calendar
//! reminds the person even when the app is closed.
//!
//! - [`write_calendar`] writes generic [`IcsEvent`]s: `VCALENDAR` with `PRODID` and `VERSION`,
//!   one `VEVENT` each with `UID`, `DTSTAMP`, `DTSTART`, `SUMMARY`, `DESCRIPTION` and `VALARM`s;
//!   CRLF line ends; lines folded at 75 octets without splitting a UTF-8 character; TEXT values
//!   escaped (`\\`, `\;`, `\,`, `\n`).
//! - [`agenda_calendar`] turns deadlines and appointments into events with bilingual texts
//!   (German and the person's language) from the Fluent catalogs.
//!
//! Deadlines are all-day events (`VALUE=DATE`): a deadline is a day, not a moment. Appointments
//! with a time are local times with `TZID=Europe/Berlin` and a `VTIMEZONE` (the rules since 1996),
//! not floating times: the office keeps German time, so a phone set to another time zone (a
//! family member's phone, a trip) must still show the right moment. UIDs are stable per
//! deadline or appointment, so importing a newer export updates the entries instead of adding
//! copies.

use crate::agenda::Appointment;
use crate::content::{Content, LegalSource};
use crate::date::{Date, Time, UtcDateTime};
use crate::deadline::{Deadline, DeadlineKind, DeadlineNote};
use crate::i18n::{Arg, Catalog, FSI, PDI};

/// `PRODID` of the exported calendar.
pub const PRODID: &str = "-//Mein Ordner//Fristen und Termine//DE";
/// The domain part of every `UID`.
pub const UID_DOMAIN: &str = "mein-ordner.app";
/// The time zone of appointment times.
pub const TZID: &str = "Europe/Berlin";
/// Length of an appointment in the calendar, in minutes.
pub const APPOINTMENT_MINUTES: u32 = 60;
/// File name of the export.
pub const FILE_NAME: &str = "mein-ordner-termine.ics";
/// MIME type of the export.
pub const MIME_TYPE: &str = "text/calendar;charset=utf-8";

const VTIMEZONE_BERLIN: &[&str] = &[
    "BEGIN:VTIMEZONE",
    "TZID:Europe/Berlin",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
];

/// When an event starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IcsStart {
    /// The whole day (`DTSTART;VALUE=DATE`).
    AllDay(Date),
    /// A local time in [`TZID`], lasting [`APPOINTMENT_MINUTES`].
    Berlin(Date, Time),
}

/// A reminder: so many minutes before the start (negative: after).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IcsAlarm {
    pub minutes_before: i64,
}

/// One calendar entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsEvent {
    /// Unique and stable (the part before `@`).
    pub uid: String,
    pub start: IcsStart,
    pub summary: String,
    pub description: String,
    pub location: Option<String>,
    pub alarms: Vec<IcsAlarm>,
}

/// Escapes a TEXT value (RFC 5545 § 3.3.11): backslash, semicolon, comma, line breaks.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 8);
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            // Other control characters are not allowed in TEXT.
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line (RFC 5545 § 3.1): at most 75 octets per line, continuation lines start
/// with a space; never inside a UTF-8 character; a line never ends in whitespace (some parsers
/// trim it), unless a whole chunk is whitespace. Each line ends with CRLF.
pub fn fold_line(line: &str, out: &mut String) {
    const LIMIT: usize = 75;
    let mut rest = line;
    let mut first = true;
    loop {
        let room = if first { LIMIT } else { LIMIT - 1 };
        if !first {
            out.push(' ');
        }
        if rest.len() <= room {
            out.push_str(rest);
            out.push_str("\r\n");
            return;
        }
        let mut cut = room;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut soft = cut;
        while soft > 0 && rest[..soft].ends_with([' ', '\t']) {
            soft -= 1;
            while !rest.is_char_boundary(soft) {
                soft -= 1;
            }
        }
        if soft > 0 {
            cut = soft;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n");
        rest = &rest[cut..];
        first = false;
    }
}

fn duration(minutes_before: i64) -> String {
    let sign = if minutes_before >= 0 { "-" } else { "" };
    let m = minutes_before.unsigned_abs();
    if m.is_multiple_of(24 * 60) && m > 0 {
        format!("{sign}P{}D", m / (24 * 60))
    } else if m.is_multiple_of(60) {
        format!("{sign}PT{}H", m / 60)
    } else {
        format!("{sign}PT{m}M")
    }
}

/// Writes the calendar (see the module notes). `stamp` is the export time (`DTSTAMP`).
pub fn write_calendar(events: &[IcsEvent], stamp: UtcDateTime) -> String {
    let mut out = String::new();
    let mut line = |l: &str| fold_line(l, &mut out);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:{PRODID}"));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    if events
        .iter()
        .any(|e| matches!(e.start, IcsStart::Berlin(..)))
    {
        for l in VTIMEZONE_BERLIN {
            line(l);
        }
    }
    for e in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}@{UID_DOMAIN}", e.uid));
        line(&format!("DTSTAMP:{}", stamp.to_basic()));
        match e.start {
            IcsStart::AllDay(d) => {
                line(&format!("DTSTART;VALUE=DATE:{}", d.to_basic()));
                // The end of an all-day event is exclusive: the next day.
                let end = d.add_days(1).unwrap_or(d);
                line(&format!("DTEND;VALUE=DATE:{}", end.to_basic()));
                line("TRANSP:TRANSPARENT");
            }
            IcsStart::Berlin(d, t) => {
                line(&format!(
                    "DTSTART;TZID={TZID}:{}T{:02}{:02}00",
                    d.to_basic(),
                    t.hour(),
                    t.minute()
                ));
                line(&format!("DURATION:PT{APPOINTMENT_MINUTES}M"));
            }
        }
        line(&format!("SUMMARY:{}", escape_text(&e.summary)));
        line(&format!("DESCRIPTION:{}", escape_text(&e.description)));
        if let Some(loc) = &e.location {
            line(&format!("LOCATION:{}", escape_text(loc)));
        }
        for a in &e.alarms {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("TRIGGER:{}", duration(a.minutes_before)));
            line(&format!("DESCRIPTION:{}", escape_text(&e.summary)));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// A date with its weekday name in the catalog's language (`date-with-weekday`), e.g.
/// "Samstag, 21.11.2026".
pub fn date_label(catalog: &Catalog, date: Date) -> String {
    let weekday = catalog.msg(&date.weekday().name_id());
    catalog.msg_args(
        "date-with-weekday",
        &[
            ("weekday", Arg::Str(&weekday)),
            ("date", Arg::Str(&date.to_german())),
        ],
    )
}

/// What the calendar texts are made of.
pub struct IcsTexts<'a> {
    pub de: &'a Catalog,
    /// The person's language; `None` when it is German.
    pub own: Option<&'a Catalog>,
    /// The content (checklist items to bring, contacts).
    pub content: &'a Content,
    /// The title of a filed document by its id (documents to bring), if known.
    pub doc_title: &'a dyn Fn(&str) -> Option<String>,
}

fn clean(text: String) -> String {
    // Fluent's isolation marks are for screens; calendar apps show some of them as boxes.
    text.replace([FSI, PDI], "")
}

impl IcsTexts<'_> {
    fn catalogs(&self) -> impl Iterator<Item = &Catalog> {
        std::iter::once(self.de).chain(self.own)
    }

    /// One line per language, joined with " / ".
    fn summary(&self, f: impl Fn(&Catalog) -> String) -> String {
        self.catalogs()
            .map(|c| clean(f(c)))
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// One block per language, separated by a blank line.
    fn blocks(&self, f: impl Fn(&Catalog) -> Vec<String>) -> String {
        self.catalogs()
            .map(|c| {
                f(c).into_iter()
                    .filter(|l| !l.is_empty())
                    .map(clean)
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }
}

fn deadline_lines(c: &Catalog, d: &Deadline) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(t) = d.doc_type {
        lines.push(c.msg_args(
            "deadline-from-document",
            &[("doctype", Arg::Str(&c.msg(&format!("doctype-{t}"))))],
        ));
    }
    lines.push(c.msg_args(
        "deadline-last-day",
        &[("date", Arg::Str(&date_label(c, d.date)))],
    ));
    lines.extend(d.notes.iter().map(|n| note_text(c, *n)));
    lines.push(c.msg(&d.message_id));
    if let Some(law) = d.law {
        lines.push(based_on(c, law));
    }
    lines.push(c.msg("deadline-advice"));
    lines
}

/// A deadline's note in one language.
pub fn note_text(c: &Catalog, note: DeadlineNote) -> String {
    match note {
        DeadlineNote::MovedToWorkingDay { from } => c.msg_args(
            note.message_id(),
            &[("date", Arg::Str(&date_label(c, from)))],
        ),
        DeadlineNote::ShortestAssumed => c.msg(note.message_id()),
        DeadlineNote::InstructionsMissing => c.msg_args(
            note.message_id(),
            &[("law", Arg::Str(note.law().map_or("", |l| l.law)))],
        ),
    }
}

/// "Based on § 74 Abs. 1 AsylG" in one language (the law is always cited in German).
pub fn based_on(c: &Catalog, law: LegalSource) -> String {
    c.msg_args(BASED_ON_ID, &[("law", Arg::Str(law.law))])
}

/// Message id of "based on { $law }" (`dates.ftl`).
pub const BASED_ON_ID: &str = "deadline-based-on";

fn appointment_lines(t: &IcsTexts<'_>, c: &Catalog, a: &Appointment) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(date) = a.date {
        let when = date_label(c, date);
        lines.push(match a.time {
            Some(time) => c.msg_args(
                "appt-when-time",
                &[
                    ("date", Arg::Str(&when)),
                    ("time", Arg::Str(&time.to_string())),
                ],
            ),
            None => when,
        });
    }
    if let Some(contact) = a.contact.as_deref().and_then(|k| t.content.contact(k)) {
        let mut parts: Vec<String> = Vec::new();
        if let Some(kind) = contact.type_name_id() {
            parts.push(c.msg(&kind));
        }
        parts.extend(contact.organisation.clone());
        parts.extend(contact.address.clone());
        parts.extend(contact.phone.clone());
        lines.push(parts.join("\n"));
    }
    let mut bring: Vec<String> = a
        .checklist
        .iter()
        .filter_map(|k| t.content.item(k).map(|(_, item)| item.text.resolve(c).text))
        .collect();
    bring.extend(a.documents.iter().filter_map(|id| (t.doc_title)(id)));
    if !bring.is_empty() {
        lines.push(c.msg("appt-bring"));
        lines.extend(bring.into_iter().map(|b| format!("- {b}")));
    }
    if !a.notes.is_empty() {
        lines.push(a.notes.clone());
    }
    if a.is_bamf(t.content) {
        // The warning of a BAMF appointment instead of the personal one (it ends with "not
        // legal advice" too), with its law.
        let rule = crate::content::DeadlineRule::BamfAppointment;
        lines.push(c.msg(&DeadlineKind::BamfAppointment.title_id()));
        lines.push(c.msg(&rule.message_id()));
        lines.push(based_on(c, rule.source()));
    } else {
        lines.push(c.msg("deadline-appointment"));
    }
    lines
}

/// When the calendar reminds of a deadline (all-day events start at midnight): 3 days before and
/// at 9:00 the day before; a BAMF appointment, which must not be missed (§ 33 Abs. 2 AsylG),
/// 1 week before, 3 days before and at 9:00 the day before.
pub fn deadline_alarms(kind: DeadlineKind) -> Vec<IcsAlarm> {
    let mut minutes = vec![3 * 24 * 60, 15 * 60];
    if kind == DeadlineKind::BamfAppointment {
        minutes.insert(0, 7 * 24 * 60);
    }
    minutes
        .into_iter()
        .map(|minutes_before| IcsAlarm { minutes_before })
        .collect()
}

/// All deadlines (all-day events, reminded as [`deadline_alarms`] says) and all
/// dated appointments (reminded the day before and 2 hours before; without a time, all-day) as
/// one calendar, texts in German and the person's language. Deadlines that are appointments
/// entered by the person are skipped (the appointment is exported itself).
pub fn agenda_calendar(
    deadlines: &[Deadline],
    appointments: &[Appointment],
    texts: &IcsTexts<'_>,
    stamp: UtcDateTime,
) -> String {
    let mut events = Vec::new();
    for d in deadlines {
        if matches!(d.source, crate::deadline::DeadlineSource::Appointment(_)) {
            continue;
        }
        let title_id = d.kind.title_id();
        events.push(IcsEvent {
            uid: d.key(),
            start: IcsStart::AllDay(d.date),
            summary: texts.summary(|c| {
                c.msg_args(
                    "ics-deadline-summary",
                    &[("title", Arg::Str(&c.msg(&title_id)))],
                )
            }),
            description: texts.blocks(|c| deadline_lines(c, d)),
            location: None,
            alarms: deadline_alarms(d.kind),
        });
    }
    for a in appointments {
        let Some(date) = a.date else { continue };
        let office = a.with_whom(texts.content);
        let (start, mut alarms) = match a.time {
            Some(time) => (
                IcsStart::Berlin(date, time),
                vec![
                    IcsAlarm {
                        minutes_before: 24 * 60,
                    },
                    IcsAlarm {
                        minutes_before: 2 * 60,
                    },
                ],
            ),
            None => (
                IcsStart::AllDay(date),
                vec![IcsAlarm {
                    minutes_before: 15 * 60,
                }],
            ),
        };
        if a.is_bamf(texts.content) {
            // Missing it can end the asylum procedure (§ 33 Abs. 2 AsylG): 1 week before too.
            alarms.insert(
                0,
                IcsAlarm {
                    minutes_before: 7 * 24 * 60,
                },
            );
        }
        events.push(IcsEvent {
            uid: format!("appt-{}", a.id),
            start,
            summary: texts
                .summary(|c| c.msg_args("ics-appt-summary", &[("office", Arg::Str(&office))])),
            description: texts.blocks(|c| appointment_lines(texts, c, a)),
            location: (!office.is_empty()).then(|| office.clone()),
            alarms,
        });
    }
    write_calendar(&events, stamp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(
            escape_text("a\\b;c,d\ne\r\nf\rg\u{7}h"),
            r"a\\b\;c\,d\ne\nf\ngh"
        );
    }

    #[test]
    fn folds_at_75_octets_without_splitting_characters() {
        let arabic = "الموعد في مكتب الأجانب، يرجى إحضار جواز السفر وشهادة الإقامة؛ لا تنس الموعد";
        let line = format!("SUMMARY:{}", escape_text(&format!("{arabic}\n{arabic}")));
        let mut out = String::new();
        fold_line(&line, &mut out);
        assert!(out.ends_with("\r\n"));
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 2, "{out}");
        for (i, p) in physical.iter().enumerate() {
            assert!(p.len() <= 75, "line {i} has {} octets", p.len());
            if i > 0 {
                assert!(p.starts_with(' '));
            }
            assert!(!p.ends_with(' '), "line {i} ends in a space");
        }
        let unfolded: String = physical
            .iter()
            .enumerate()
            .map(|(i, p)| if i == 0 { *p } else { &p[1..] })
            .collect();
        assert_eq!(unfolded, line);
        // Exactly 75 octets stays one line; 76 folds.
        let mut out = String::new();
        fold_line(&"x".repeat(75), &mut out);
        assert_eq!(out, format!("{}\r\n", "x".repeat(75)));
        let mut out = String::new();
        fold_line(&"x".repeat(76), &mut out);
        assert_eq!(out, format!("{}\r\n x\r\n", "x".repeat(75)));
        // A 4-octet character at the boundary moves to the next line whole.
        let mut out = String::new();
        fold_line(&format!("{}😀", "x".repeat(73)), &mut out);
        assert_eq!(out, format!("{}\r\n 😀\r\n", "x".repeat(73)));
    }

    #[test]
    fn durations() {
        assert_eq!(duration(3 * 24 * 60), "-P3D");
        assert_eq!(duration(15 * 60), "-PT15H");
        assert_eq!(duration(90), "-PT90M");
        assert_eq!(duration(-30), "PT30M");
        assert_eq!(duration(0), "-PT0H");
    }
}
