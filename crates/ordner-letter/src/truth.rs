//! Known letters and what a reading should find in them: the test set of the unit tests and of
//! the recognition bench (`tests/letters/*.txt`).
//!
//! A letter file starts with `# key: value` lines (the truth), then `---`, then the letter's text:
//!
//! ```text
//! # sender: bamf
//! # type: bamf-bescheid
//! # letter-date: 2026-03-12
//! # valid-until: 2026-09-30
//! # appointment: 2026-02-10 08:30
//! # outcome: manifestly-unfounded
//! # findings: refugee-no subsidiary-yes
//! ---
//! Bundesamt für Migration und Flüchtlinge
//! ```

use ordner_core::date::{Date, Time};

use crate::{Confidence, Reading};

/// What a letter says, as its author knows it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Truth {
    pub sender: Option<String>,
    pub doc_type: Option<String>,
    pub letter_date: Option<Date>,
    pub valid_until: Option<Date>,
    pub appointment: Option<(Date, Option<Time>)>,
    pub outcome: Option<String>,
    /// Protection key and whether it is granted.
    pub findings: Vec<(String, bool)>,
    /// The letter's text.
    pub text: String,
}

/// A letter file that cannot be read, with the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("letter file line {line}: {message}")]
pub struct TruthError {
    pub line: usize,
    pub message: String,
}

impl Truth {
    /// Parses a letter file.
    ///
    /// # Errors
    /// [`TruthError`] for an unknown key, a bad date or time, or a missing `---`.
    pub fn parse(file: &str) -> Result<Truth, TruthError> {
        let mut truth = Truth::default();
        let mut lines = file.lines().enumerate();
        let err = |line: usize, message: String| TruthError {
            line: line + 1,
            message,
        };
        let date = |n: usize, v: &str| Date::parse_iso(v).map_err(|e| err(n, e.to_string()));
        loop {
            let Some((n, line)) = lines.next() else {
                return Err(err(0, "no `---` line before the text".into()));
            };
            if line == "---" {
                break;
            }
            let Some((key, value)) = line.strip_prefix("# ").and_then(|l| l.split_once(": "))
            else {
                return Err(err(n, format!("expected `# key: value`, found `{line}`")));
            };
            let value = value.trim();
            match key {
                "sender" => truth.sender = Some(value.to_owned()),
                "type" => truth.doc_type = Some(value.to_owned()),
                "letter-date" => truth.letter_date = Some(date(n, value)?),
                "valid-until" => truth.valid_until = Some(date(n, value)?),
                "appointment" => {
                    let (d, t) = value
                        .split_once(' ')
                        .map_or((value, None), |(d, t)| (d, Some(t)));
                    let time = t
                        .map(|t| Time::parse(t).map_err(|e| err(n, e.to_string())))
                        .transpose()?;
                    truth.appointment = Some((date(n, d)?, time));
                }
                "outcome" => truth.outcome = Some(value.to_owned()),
                "findings" => {
                    for f in value.split_whitespace() {
                        let (key, granted) = f
                            .rsplit_once('-')
                            .ok_or_else(|| err(n, format!("finding `{f}` needs -yes or -no")))?;
                        let granted = match granted {
                            "yes" => true,
                            "no" => false,
                            other => return Err(err(n, format!("`{other}`: yes or no"))),
                        };
                        truth.findings.push((key.to_owned(), granted));
                    }
                }
                other => return Err(err(n, format!("unknown key `{other}`"))),
            }
        }
        truth.text = lines.map(|(_, l)| l).collect::<Vec<_>>().join("\n");
        Ok(truth)
    }

    /// The dates a reading should find: (what, date).
    pub fn dates(&self) -> Vec<(&'static str, Date)> {
        let mut out = Vec::new();
        if let Some(d) = self.letter_date {
            out.push(("letter-date", d));
        }
        if let Some(d) = self.valid_until {
            out.push(("valid-until", d));
        }
        if let Some((d, _)) = self.appointment {
            out.push(("appointment", d));
        }
        out
    }
}

/// How a reading compares with the truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Score {
    pub sender_right: bool,
    /// Right type (a letter without a type counts as right when nothing or `sonstiges` is proposed).
    pub type_right: bool,
    /// Dates proposed with high confidence, and how many of them are right.
    pub confident_dates: usize,
    pub confident_right: usize,
    /// Dates proposed at all (any confidence), and how many of them are right.
    pub proposed_dates: usize,
    pub proposed_right: usize,
    /// Dates the letter has, and how many were proposed right with high confidence.
    pub expected_dates: usize,
    pub found_confident: usize,
    pub outcome_right: bool,
}

impl Score {
    /// Compares a reading with the truth.
    pub fn of(reading: &Reading, truth: &Truth) -> Score {
        let mut s = Score {
            sender_right: reading.sender.as_ref().map(|p| p.value.key()) == truth.sender.as_deref(),
            ..Score::default()
        };
        let proposed_type = reading.doc_type.as_ref().map(|p| p.value.key);
        s.type_right = match &truth.doc_type {
            Some(t) => proposed_type == Some(t.as_str()),
            None => proposed_type.is_none_or(|t| t == "sonstiges"),
        };
        s.outcome_right =
            reading.outcome.as_ref().map(|p| p.value.key()) == truth.outcome.as_deref();
        let proposed = [
            (
                "letter-date",
                reading
                    .letter_date
                    .as_ref()
                    .map(|p| (p.value, p.confidence)),
            ),
            (
                "valid-until",
                reading
                    .valid_until
                    .as_ref()
                    .map(|p| (p.value, p.confidence)),
            ),
            (
                "appointment",
                reading
                    .appointment
                    .as_ref()
                    .map(|p| (p.value.date, p.confidence)),
            ),
        ];
        let expected = truth.dates();
        s.expected_dates = expected.len();
        for (what, found) in proposed {
            let Some((date, confidence)) = found else {
                continue;
            };
            let right = expected.iter().any(|(w, d)| *w == what && *d == date);
            s.proposed_dates += 1;
            s.proposed_right += usize::from(right);
            if confidence == Confidence::High {
                s.confident_dates += 1;
                s.confident_right += usize::from(right);
                s.found_confident += usize::from(right);
            }
        }
        s
    }
}
