//! Dates and times in recognised text: `12.03.2026`, `2.3.26`, `12. März 2026`, `2026-03-12`,
//! `9:30 Uhr`, with the usual OCR confusions (`O`/`o` for 0, `l`/`I`/`|` for 1, a comma for a dot)
//! repaired — a repaired date is never proposed as certain.

use ordner_core::date::{Date, Time};

/// A date found in folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    pub date: Date,
    /// Folded character range.
    pub start: usize,
    pub end: usize,
    /// Characters had to be repaired (a letter read for a digit, a comma for a dot).
    pub repaired: bool,
    /// The year was written with two digits.
    pub short_year: bool,
}

/// A time of day found in folded text (`9:30 Uhr`, `09.30 Uhr`, `9 Uhr`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundTime {
    pub time: Time,
    pub start: usize,
    pub end: usize,
    /// Followed by `Uhr`.
    pub with_uhr: bool,
    pub repaired: bool,
}

const MONTHS: &[(&str, u8)] = &[
    ("januar", 1),
    ("jan", 1),
    ("janner", 1),
    ("februar", 2),
    ("feb", 2),
    ("marz", 3),
    ("mrz", 3),
    ("april", 4),
    ("apr", 4),
    ("mai", 5),
    ("juni", 6),
    ("jun", 6),
    ("juli", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("dezember", 12),
    ("dez", 12),
];

/// A digit, or a letter OCR confuses with one (then `true`).
fn digit(c: char) -> Option<(u32, bool)> {
    match c {
        '0'..='9' => Some((c as u32 - '0' as u32, false)),
        'o' => Some((0, true)),
        'l' | 'i' | '|' | '!' => Some((1, true)),
        _ => None,
    }
}

/// Reads a group of `min..=max` digits at `i`; look-alike letters count only next to a real digit.
/// Returns (value, digits read, repaired).
fn digits(chars: &[char], i: usize, min: usize, max: usize) -> Option<(u32, usize, bool)> {
    let mut value = 0u32;
    let mut n = 0;
    let mut repaired = false;
    let mut real = 0;
    while n < max {
        let Some((d, fake)) = chars.get(i + n).copied().and_then(digit) else {
            break;
        };
        value = value * 10 + d;
        repaired |= fake;
        real += usize::from(!fake);
        n += 1;
    }
    // A longer run of digits is not this group (e.g. a file number).
    if chars
        .get(i + n)
        .is_some_and(|c| c.is_ascii_digit() || (n > 0 && c.is_alphabetic() && digit(*c).is_none()))
    {
        return None;
    }
    (n >= min && real > 0 && (real * 2 >= n)).then_some((value, n, repaired))
}

fn is_word_char(c: Option<&char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// The date starting exactly at `i`, if there is one.
pub fn date_at(chars: &[char], i: usize) -> Option<FoundDate> {
    // A date does not start inside a number or a word (`Az. 1234.56.78`).
    if i > 0 {
        let before = chars[i - 1];
        if before.is_ascii_digit() || (before == '.' && i > 1 && chars[i - 2].is_ascii_digit()) {
            return None;
        }
        if before.is_alphabetic() && !chars.get(i).is_some_and(char::is_ascii_digit) {
            return None;
        }
    }
    numeric_date(chars, i)
        .or_else(|| iso_date(chars, i))
        .or_else(|| worded_date(chars, i))
}

fn make_date(year: u32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        i32::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()
}

fn numeric_date(chars: &[char], i: usize) -> Option<FoundDate> {
    let (day, dn, r1) = digits(chars, i, 1, 2)?;
    let mut j = i + dn;
    let mut repaired = r1;
    let sep = |j: &mut usize, repaired: &mut bool| -> Option<()> {
        match chars.get(*j) {
            Some('.') => {}
            Some(',') => *repaired = true,
            _ => return None,
        }
        *j += 1;
        if chars.get(*j) == Some(&' ') {
            *j += 1;
        }
        Some(())
    };
    sep(&mut j, &mut repaired)?;
    let (month, mn, r2) = digits(chars, j, 1, 2)?;
    j += mn;
    sep(&mut j, &mut repaired)?;
    let (year, yn, r3) = digits(chars, j, 2, 4)?;
    if yn == 3 {
        return None;
    }
    j += yn;
    // `12.03.2026.5` or `12.03.20261` is something else.
    if chars.get(j) == Some(&'.') && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
        return None;
    }
    let short_year = yn == 2;
    let year = if short_year { 2000 + year } else { year };
    let date = make_date(year, month, day)?;
    Some(FoundDate {
        date,
        start: i,
        end: j,
        repaired: repaired || r2 || r3,
        short_year,
    })
}

fn iso_date(chars: &[char], i: usize) -> Option<FoundDate> {
    let (year, 4, r1) = digits(chars, i, 4, 4)? else {
        return None;
    };
    if chars.get(i + 4) != Some(&'-') {
        return None;
    }
    let (month, 2, r2) = digits(chars, i + 5, 2, 2)? else {
        return None;
    };
    if chars.get(i + 7) != Some(&'-') {
        return None;
    }
    let (day, 2, r3) = digits(chars, i + 8, 2, 2)? else {
        return None;
    };
    let date = make_date(year, month, day)?;
    Some(FoundDate {
        date,
        start: i,
        end: i + 10,
        repaired: r1 || r2 || r3,
        short_year: false,
    })
}

fn worded_date(chars: &[char], i: usize) -> Option<FoundDate> {
    let (day, dn, r1) = digits(chars, i, 1, 2)?;
    let mut j = i + dn;
    if chars.get(j) == Some(&'.') {
        j += 1;
    }
    if chars.get(j) == Some(&' ') {
        j += 1;
    }
    let (month, len) = MONTHS.iter().find_map(|(name, m)| {
        let n = name.chars().count();
        let word: String = chars.get(j..j + n)?.iter().collect();
        (word == *name && !is_word_char(chars.get(j + n))).then_some((*m, n))
    })?;
    j += len;
    if chars.get(j) == Some(&'.') {
        j += 1;
    }
    if chars.get(j) == Some(&' ') {
        j += 1;
    }
    let (year, 4, r2) = digits(chars, j, 4, 4)? else {
        return None;
    };
    let date = make_date(year, u32::from(month), day)?;
    Some(FoundDate {
        date,
        start: i,
        end: j + 4,
        repaired: r1 || r2,
        short_year: false,
    })
}

/// Every date in the text, left to right.
pub fn all_dates(chars: &[char]) -> Vec<FoundDate> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if let Some(d) = date_at(chars, i) {
            i = d.end;
            found.push(d);
        } else {
            i += 1;
        }
    }
    found
}

/// A time at `i`: `9:30`, `09.30`, `9` followed by `Uhr`.
pub fn time_at(chars: &[char], i: usize) -> Option<FoundTime> {
    if i > 0 && chars[i - 1].is_alphanumeric() {
        return None;
    }
    let (hour, hn, r1) = digits(chars, i, 1, 2)?;
    let mut j = i + hn;
    let mut minute = 0;
    let mut repaired = r1;
    if matches!(chars.get(j), Some(':' | '.'))
        && let Some((m, 2, r2)) = digits(chars, j + 1, 2, 2)
    {
        minute = m;
        repaired |= r2;
        j += 3;
    }
    let minutes_given = j > i + hn;
    let mut k = j;
    if chars.get(k) == Some(&' ') {
        k += 1;
    }
    let uhr: String = chars
        .get(k..k + 3)
        .map(|c| c.iter().collect())
        .unwrap_or_default();
    let with_uhr = uhr == "uhr" && !is_word_char(chars.get(k + 3));
    if !with_uhr && !minutes_given {
        return None;
    }
    let end = if with_uhr { k + 3 } else { j };
    let time = Time::new(u8::try_from(hour).ok()?, u8::try_from(minute).ok()?).ok()?;
    Some(FoundTime {
        time,
        start: i,
        end,
        with_uhr,
        repaired,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fold::fold;

    fn dates(text: &str) -> Vec<(String, bool, bool)> {
        all_dates(&fold(text))
            .into_iter()
            .map(|d| (d.date.to_iso(), d.repaired, d.short_year))
            .collect()
    }

    #[test]
    fn numeric_dates() {
        assert_eq!(
            dates("am 12.03.2026 und am 1.4.2026"),
            [
                ("2026-03-12".into(), false, false),
                ("2026-04-01".into(), false, false)
            ]
        );
        assert_eq!(dates("12. 03. 2026"), [("2026-03-12".into(), false, false)]);
        assert_eq!(dates("bis 05.11.27"), [("2027-11-05".into(), false, true)]);
    }

    #[test]
    fn ocr_confusions_are_repaired_and_marked() {
        assert_eq!(dates("l2.O3.2026"), [("2026-03-12".into(), true, false)]);
        assert_eq!(dates("12,03.2026"), [("2026-03-12".into(), true, false)]);
        // Letters alone are no date.
        assert!(dates("lo.ol.oooo").is_empty());
    }

    #[test]
    fn worded_and_iso_dates() {
        assert_eq!(
            dates("Dresden, 3. März 2026"),
            [("2026-03-03".into(), false, false)]
        );
        assert_eq!(
            dates("3. Maerz 2026"),
            [("2026-03-03".into(), false, false)]
        );
        assert_eq!(dates("3 Okt. 2026"), [("2026-10-03".into(), false, false)]);
        assert_eq!(dates("2026-10-03"), [("2026-10-03".into(), false, false)]);
    }

    #[test]
    fn no_date_in_numbers_or_impossible_days() {
        assert!(dates("31.02.2026").is_empty());
        assert!(dates("Az. 1234.56.78").is_empty());
        assert!(dates("Gesch.-Z. 7123456-439").is_empty());
        assert!(dates("1.2.12.2026").is_empty());
        assert!(dates("12.03.20261").is_empty());
        assert!(dates("Telefon 0341 12.34.56").is_empty());
        assert!(dates("§ 60 Abs. 5").is_empty());
    }

    #[test]
    fn times() {
        let t = |s: &str| time_at(&fold(s), 0).map(|t| (t.time.to_string(), t.with_uhr));
        assert_eq!(t("9:30 Uhr"), Some(("09:30".into(), true)));
        assert_eq!(t("09.30 Uhr,"), Some(("09:30".into(), true)));
        assert_eq!(t("14 Uhr"), Some(("14:00".into(), true)));
        assert_eq!(t("14:15"), Some(("14:15".into(), false)));
        assert_eq!(t("14 Tage"), None);
        assert_eq!(t("25:00 Uhr"), None);
    }
}
