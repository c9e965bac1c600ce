//! Calendar dates as ISO `YYYY-MM-DD` text, checked on input.
//!
//! Deliberately minimal and isolated: a later `ordner_core::date` module can replace [`IsoDate`]
//! without touching the record format (which stores the same ten characters).

use crate::error::CoreError;

/// A valid calendar date (years 1900–2999), kept as its `YYYY-MM-DD` text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate(String);

fn is_leap(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl IsoDate {
    /// Parses `YYYY-MM-DD` (surrounding spaces ignored).
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] for anything else, including days that do not exist
    /// (`2025-02-29`).
    pub fn parse(text: &str) -> Result<IsoDate, CoreError> {
        let s = text.trim();
        let bad = || CoreError::InvalidDate(text.to_owned());
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: core::ops::Range<usize>| -> Result<u32, CoreError> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if !(1900..=2999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return Err(bad());
        }
        Ok(IsoDate(s.to_owned()))
    }

    /// Parses an optional field: empty text is `None`.
    ///
    /// # Errors
    /// As [`IsoDate::parse`].
    pub fn parse_optional(text: &str) -> Result<Option<IsoDate>, CoreError> {
        if text.trim().is_empty() {
            Ok(None)
        } else {
            IsoDate::parse(text).map(Some)
        }
    }

    /// The `YYYY-MM-DD` text.
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl core::fmt::Display for IsoDate {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_dates() {
        assert_eq!(IsoDate::parse("2026-11-21").unwrap().as_str(), "2026-11-21");
        assert_eq!(
            IsoDate::parse(" 2024-02-29 ").unwrap().as_str(),
            "2024-02-29"
        );
        assert!(IsoDate::parse("2000-02-29").is_ok());
        assert_eq!(IsoDate::parse_optional("  ").unwrap(), None);
    }

    #[test]
    fn invalid_dates() {
        for bad in [
            "2025-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-4-01",
            "26-04-01",
            "2026/04/01",
            "2026-04-0x",
            "+026-04-01",
            "1899-12-31",
            "",
        ] {
            assert!(
                matches!(IsoDate::parse(bad), Err(CoreError::InvalidDate(_))),
                "{bad}"
            );
        }
    }
}
