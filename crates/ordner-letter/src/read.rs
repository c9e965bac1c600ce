//! Putting the pieces together: which date is which, the appointment, and the whole [`Reading`].

use ordner_core::content::{AsylumOutcome, DocType};
use ordner_core::date::{Date, Time};

use crate::bamf::{self, Finding};
use crate::classify::{self, Sender};
use crate::dates::{self, FoundDate};
use crate::fold::{Folded, fold, word_before};
use crate::{Confidence, Proposal};

/// An appointment on the letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    pub date: Date,
    pub time: Option<Time>,
    /// Where, as written on the letter (e.g. `in der Außenstelle Chemnitz, Zimmer 1.23`).
    pub place: Option<Proposal<String>>,
}

/// Everything proposed for one letter (one or more pages of recognised text joined).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reading {
    pub sender: Option<Proposal<Sender>>,
    pub doc_type: Option<Proposal<&'static DocType>>,
    /// The date the letter was written (not the date of service).
    pub letter_date: Option<Proposal<Date>>,
    /// The "gültig bis" date of a permit or certificate.
    pub valid_until: Option<Proposal<Date>>,
    pub appointment: Option<Proposal<Appointment>>,
    /// For a BAMF decision that rejects: the wording that decides the lawsuit deadline.
    pub outcome: Option<Proposal<AsylumOutcome>>,
    /// For a BAMF decision: each status it grants or refuses.
    pub findings: Vec<Proposal<Finding>>,
}

/// Years a letter, permit or appointment date can have.
const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// What a label before a date says the date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    ValidUntil,
    LetterDate,
    Appointment,
    /// Birth dates, "Ihr Antrag vom …", "seit …": dates we do not propose.
    Other,
}

const LABELS: &[(Kind, &str)] = &[
    (Kind::ValidUntil, "gultig bis"),
    (Kind::ValidUntil, "gultigkeit bis"),
    (Kind::ValidUntil, "gultigkeitsdauer bis"),
    (Kind::ValidUntil, "gilt bis"),
    (Kind::ValidUntil, "befristet bis"),
    (Kind::ValidUntil, "verlangert bis"),
    (Kind::ValidUntil, "ausgesetzt bis"),
    (Kind::LetterDate, "datum"),
    (Kind::Appointment, "termin"),
    (Kind::Appointment, "termin am"),
    (Kind::Other, "geb."),
    (Kind::Other, "geboren"),
    (Kind::Other, "geburtsdatum"),
    (Kind::Other, "vom"),
    (Kind::Other, "seit"),
    (Kind::Other, "ab"),
    (Kind::Other, "eingegangen"),
    (Kind::Other, "eingang"),
    (Kind::Other, "gestellt am"),
    (Kind::Other, "einreise"),
];

/// Words that may stand between a label and its date.
const FILLERS: &[&str] = &[
    "zum",
    "den",
    "dem",
    "am",
    "einschlieslich",
    "einschl",
    "spatestens",
    "voraussichtlich",
];

/// Whether only fillers, spaces and punctuation stand in `gap`.
fn only_fillers(gap: &[char]) -> bool {
    let text: String = gap.iter().collect();
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .all(|w| {
            FILLERS
                .iter()
                .any(|f| fold(f).iter().collect::<String>() == w)
        })
}

/// The label right before the date at `start` (only fillers between), looking back at most
/// `reach` characters and not past `floor` (the previous date's end).
fn label_before(chars: &[char], floor: usize, start: usize) -> Option<Kind> {
    let from = start.saturating_sub(48).max(floor);
    let window = &chars[from..start];
    let mut best: Option<(usize, Kind)> = None;
    for (kind, label) in LABELS {
        let needle = fold(label);
        let n = needle.len();
        if n > window.len() {
            continue;
        }
        for i in (0..=window.len() - n).rev() {
            if window[i..i + n] != *needle {
                continue;
            }
            let boundary_before = i == 0 && from == 0
                || !(if i == 0 {
                    chars[from - 1]
                } else {
                    window[i - 1]
                })
                .is_alphanumeric();
            let boundary_after =
                window.get(i + n).is_none_or(|c| !c.is_alphanumeric()) || label.ends_with('.');
            if boundary_before && boundary_after && only_fillers(&window[i + n..]) {
                // The longest label ending nearest the date wins (`termin am` over `am`).
                if best.is_none_or(|(at, _)| i + n > at) {
                    best = Some((i + n, *kind));
                }
                break;
            }
        }
    }
    best.map(|(_, kind)| kind)
}

/// `Leipzig, 03.11.2026` or `Dresden, den 3. März 2026` at the start of a line.
fn place_comma_before(chars: &[char], text: &str, folded: &Folded, start: usize) -> bool {
    let line_start = chars[..start]
        .iter()
        .rposition(|c| *c == '\n')
        .map_or(0, |i| i + 1);
    let line: String = chars[line_start..start].iter().collect();
    let Some(place) = line
        .strip_suffix(", den ")
        .or_else(|| line.strip_suffix(", "))
        .or_else(|| line.strip_suffix(","))
    else {
        return false;
    };
    let capital = folded
        .span(line_start..line_start + 1)
        .of(text)
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    capital
        && (2..=40).contains(&place.chars().count())
        && place
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '.' | '/' | '(' | ')'))
}

/// A time right after the date: `, um 9:30 Uhr`, ` um 14 Uhr`, `, 10:00 Uhr`.
fn time_after(chars: &[char], end: usize) -> Option<(Time, usize)> {
    let mut j = end;
    let skip = |j: &mut usize, s: &str| {
        let w: Vec<char> = s.chars().collect();
        if chars.get(*j..*j + w.len()) == Some(&w[..]) {
            *j += w.len();
            true
        } else {
            false
        }
    };
    skip(&mut j, ",");
    skip(&mut j, " ");
    let _ = skip(&mut j, "um ") || skip(&mut j, "ab ") || skip(&mut j, "gegen ");
    let t = dates::time_at(chars, j)?;
    (t.with_uhr && !t.repaired).then_some((t.time, t.end))
}

fn is_abbreviation_end(chars: &[char], dot: usize) -> bool {
    let word = word_before(chars, dot);
    word.chars().all(|c| c.is_ascii_digit())
        || matches!(
            word.as_str(),
            "str" | "nr" | "zi" | "zimmer" | "raum" | "geb" | "z" | "b"
        )
}

/// The place after an appointment's time: `in der Außenstelle …`, `im Raum 1.23`, `bei …`, up to
/// the end of the sentence.
fn place_after(
    chars: &[char],
    folded: &Folded,
    text: &str,
    mut j: usize,
) -> Option<Proposal<String>> {
    while chars.get(j).is_some_and(|c| *c == ' ' || *c == ',') {
        j += 1;
    }
    let rest: String = chars[j..chars.len().min(j + 8)].iter().collect();
    if !["in ", "im ", "bei ", "beim ", "unter "]
        .iter()
        .any(|p| rest.starts_with(p))
    {
        return None;
    }
    let mut end = j;
    let mut lines = 0;
    while end < chars.len() && end - j < 160 {
        let c = chars[end];
        if c == '\n' {
            lines += 1;
            if lines == 2 {
                break;
            }
        }
        if matches!(c, '.' | ';' | '!' | '?')
            && chars.get(end + 1).is_none_or(|n| *n == ' ' || *n == '\n')
            && !is_abbreviation_end(chars, end)
        {
            break;
        }
        end += 1;
    }
    // `… findet am … um … Uhr in Raum 3 statt.`: the verb's particle is not part of the place.
    let particle: Vec<char> = " statt".chars().collect();
    if chars[j..end].ends_with(&particle) {
        end -= particle.len();
    }
    let span = folded.span(j..end);
    let place = span
        .of(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (!place.is_empty()).then_some(Proposal {
        value: place,
        confidence: Confidence::Medium,
        span,
    })
}

/// The place given by an `Ort:` label, up to the end of its line.
fn place_label(chars: &[char], folded: &Folded, text: &str) -> Option<Proposal<String>> {
    let hits = folded.find_words(&fold("ort:"));
    let hit = hits.first()?;
    let mut j = hit.end;
    while chars.get(j) == Some(&' ') {
        j += 1;
    }
    let end = chars[j..]
        .iter()
        .position(|c| *c == '\n')
        .map_or(chars.len(), |p| j + p);
    let span = folded.span(j..end);
    let place = span.of(text).trim().to_owned();
    (!place.is_empty()).then_some(Proposal {
        value: place,
        confidence: Confidence::Medium,
        span,
    })
}

/// One date and what it was taken for.
struct Candidate {
    found: FoundDate,
    kind: Kind,
    confidence: Confidence,
    time: Option<(Time, usize)>,
}

fn classify_dates(chars: &[char], text: &str, folded: &Folded) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut floor = 0;
    let head = chars.len() / 2;
    for found in dates::all_dates(chars) {
        let label = label_before(chars, floor, found.start);
        floor = found.end;
        if !YEARS.contains(&found.date.year()) {
            continue;
        }
        let time = time_after(chars, found.end);
        let (kind, mut confidence) = match (label, time) {
            (Some(Kind::Other), _) => (Kind::Other, Confidence::Low),
            (_, Some(_)) => (Kind::Appointment, Confidence::High),
            (Some(Kind::Appointment), None) => (Kind::Appointment, Confidence::Medium),
            (Some(Kind::ValidUntil), None) => (Kind::ValidUntil, Confidence::High),
            (Some(Kind::LetterDate), None) if found.start < head => {
                (Kind::LetterDate, Confidence::High)
            }
            (Some(Kind::LetterDate), None) => (Kind::LetterDate, Confidence::Medium),
            // `Ort, Datum` is the letter's date wherever it stands (certificates put it at the end).
            (None, None) if place_comma_before(chars, text, folded, found.start) => {
                (Kind::LetterDate, Confidence::High)
            }
            (None, None) => {
                // A date alone on its own line in the letterhead is probably the letter's date.
                let alone = found.start < head
                    && (found.start == 0 || chars[found.start - 1] == '\n')
                    && chars.get(found.end).is_none_or(|c| *c == '\n');
                if alone {
                    (Kind::LetterDate, Confidence::Medium)
                } else {
                    (Kind::Other, Confidence::Low)
                }
            }
        };
        if found.repaired || found.short_year {
            confidence = confidence.min(Confidence::Medium);
        }
        out.push(Candidate {
            found,
            kind,
            confidence,
            time,
        });
    }
    out
}

/// The proposal of one kind: the first certain one, or the first at all; two different certain
/// dates of the same kind make neither certain. For valid-until dates the latest wins (an
/// extension is written below the first date).
fn pick(cands: &[Candidate], kind: Kind, folded: &Folded) -> Option<(Proposal<Date>, usize)> {
    let of_kind: Vec<&Candidate> = cands.iter().filter(|c| c.kind == kind).collect();
    let best = if kind == Kind::ValidUntil {
        of_kind
            .iter()
            .max_by_key(|c| (c.found.date, c.confidence))
            .copied()?
    } else {
        of_kind
            .iter()
            .find(|c| c.confidence == Confidence::High)
            .or(of_kind.first())
            .copied()?
    };
    let disagree = of_kind
        .iter()
        .any(|c| c.found.date != best.found.date && c.confidence >= Confidence::Medium);
    let confidence = if disagree {
        best.confidence.min(Confidence::Medium)
    } else {
        best.confidence
    };
    let index = cands
        .iter()
        .position(|c| std::ptr::eq(c, best))
        .unwrap_or(0);
    Some((
        Proposal {
            value: best.found.date,
            confidence,
            span: folded.span(best.found.start..best.found.end),
        },
        index,
    ))
}

/// Reads the recognised text of a letter (its pages joined with line breaks).
pub fn read_letter(text: &str) -> Reading {
    let folded = Folded::new(text);
    let chars = folded.chars();
    let cands = classify_dates(chars, text, &folded);
    let letter_date = pick(&cands, Kind::LetterDate, &folded).map(|(p, _)| p);
    let valid_until = pick(&cands, Kind::ValidUntil, &folded).map(|(p, _)| p);
    let appointment = pick(&cands, Kind::Appointment, &folded).map(|(p, i)| {
        let cand = &cands[i];
        let time = cand.time.map(|(t, _)| t);
        let after = cand.time.map_or(cand.found.end, |(_, end)| end);
        let place =
            place_after(chars, &folded, text, after).or_else(|| place_label(chars, &folded, text));
        let end = cand.time.map_or(cand.found.end, |(_, end)| end);
        Proposal {
            value: Appointment {
                date: p.value,
                time,
                place,
            },
            confidence: p.confidence,
            span: folded.span(cand.found.start..end),
        }
    });
    let sender = classify::sender(&folded);
    let doc_type = classify::doc_type(&folded, sender.as_ref(), appointment.is_some());
    let is_decision = doc_type
        .as_ref()
        .is_some_and(|d| d.value.key == "bamf-bescheid");
    let (outcome, findings) = if is_decision {
        (bamf::outcome(&folded), bamf::findings(&folded))
    } else {
        (None, Vec::new())
    };
    Reading {
        sender,
        doc_type,
        letter_date,
        valid_until,
        appointment,
        outcome,
        findings,
    }
}
