//! Civil dates for deadlines: ISO `YYYY-MM-DD`, day, week and month arithmetic as German law
//! counts it, weekdays, and the nationwide German public holidays.
//!
//! - [`Date::add_period`] ends a period as § 188 BGB does: weeks end on the same weekday, months
//!   and years on the same day number, clamped to the month's end (one month from 31 January
//!   ends on 28 or 29 February).
//! - [`Date::next_working_day`] moves an end that falls on a Saturday, Sunday or a nationwide
//!   public holiday to the next working day (§ 193 BGB, § 222 Abs. 2 ZPO, § 57 VwGO).
//!   **Holidays of a single Land** (Reformationstag, Fronleichnam, Allerheiligen, ...) are not
//!   included: a deadline may end one day earlier than a court of that Land would count it, never
//!   later.
//!
//! Days are counted with the proleptic Gregorian calendar (Howard Hinnant's days-from-civil).

use std::fmt;
use std::str::FromStr;

use crate::error::CoreError;

/// A length of time, as the law counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Period {
    Days(u16),
    Weeks(u16),
    Months(u16),
    Years(u16),
}

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// Stable key: `mon` … `sun`.
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Monday => "mon",
            Weekday::Tuesday => "tue",
            Weekday::Wednesday => "wed",
            Weekday::Thursday => "thu",
            Weekday::Friday => "fri",
            Weekday::Saturday => "sat",
            Weekday::Sunday => "sun",
        }
    }

    /// Message id of the weekday's name: `date-weekday-<key>`.
    pub fn name_id(self) -> String {
        format!("date-weekday-{}", self.key())
    }

    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

/// A public holiday observed in every German Land.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Holiday {
    NewYear,
    GoodFriday,
    EasterMonday,
    LabourDay,
    Ascension,
    WhitMonday,
    GermanUnity,
    /// 31 October 2017 only (500 years of the Reformation), nationwide once.
    Reformation2017,
    ChristmasDay,
    SecondChristmasDay,
}

impl Holiday {
    /// Stable key.
    pub fn key(self) -> &'static str {
        match self {
            Holiday::NewYear => "new-year",
            Holiday::GoodFriday => "good-friday",
            Holiday::EasterMonday => "easter-monday",
            Holiday::LabourDay => "labour-day",
            Holiday::Ascension => "ascension",
            Holiday::WhitMonday => "whit-monday",
            Holiday::GermanUnity => "german-unity",
            Holiday::Reformation2017 => "reformation-2017",
            Holiday::ChristmasDay => "christmas-day",
            Holiday::SecondChristmasDay => "second-christmas-day",
        }
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month (1–12) of a year.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Years accepted: wide enough for any paper, small enough that no arithmetic overflows.
const MIN_YEAR: i32 = 1900;
const MAX_YEAR: i32 = 2999;

impl Date {
    /// A date, checked.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] for a day that does not exist or a year outside 1900–2999.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, CoreError> {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year)
            || !(1..=12).contains(&month)
            || day == 0
            || day > days_in_month(year, month)
        {
            return Err(CoreError::InvalidDate(format!(
                "{year:04}-{month:02}-{day:02}"
            )));
        }
        Ok(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly (what `<input type="date">` gives and the vault stores).
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`].
    pub fn parse_iso(text: &str) -> Result<Date, CoreError> {
        let bad = || CoreError::InvalidDate(text.to_owned());
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(bad());
        }
        let num = |r: std::ops::Range<usize>| -> Result<u32, CoreError> {
            let part = &b[r];
            if !part.iter().all(u8::is_ascii_digit) {
                return Err(bad());
            }
            Ok(part
                .iter()
                .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0')))
        };
        let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let year = i32::try_from(y).map_err(|_| bad())?;
        let month = u8::try_from(m).map_err(|_| bad())?;
        let day = u8::try_from(d).map_err(|_| bad())?;
        Date::new(year, month, day).map_err(|_| bad())
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }

    /// `YYYY-MM-DD`.
    pub fn to_iso(self) -> String {
        self.to_string()
    }

    /// `YYYYMMDD` (the iCalendar DATE form).
    pub fn to_basic(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// `21.11.2026`, the German form, which is read the same way in every language we offer
    /// when shown beside the weekday's name.
    pub fn to_german(self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] outside the years 1900–2999.
    pub fn from_days_since_epoch(days: i64) -> Result<Date, CoreError> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let out_of_range = || CoreError::InvalidDate(format!("day {days} after 1970-01-01"));
        let year = i32::try_from(year).map_err(|_| out_of_range())?;
        let month = u8::try_from(month).map_err(|_| out_of_range())?;
        let day = u8::try_from(day).map_err(|_| out_of_range())?;
        Date::new(year, month, day).map_err(|_| out_of_range())
    }

    /// The date `days` later (earlier if negative).
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] outside the years 1900–2999.
    pub fn add_days(self, days: i64) -> Result<Date, CoreError> {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// The date `weeks` later: the same weekday.
    ///
    /// # Errors
    /// As [`Date::add_days`].
    pub fn add_weeks(self, weeks: i64) -> Result<Date, CoreError> {
        self.add_days(weeks * 7)
    }

    /// The same day number `months` later (earlier if negative), clamped to the month's end.
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] outside the years 1900–2999.
    pub fn add_months(self, months: i64) -> Result<Date, CoreError> {
        let index = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = i32::try_from(index.div_euclid(12))
            .map_err(|_| CoreError::InvalidDate(format!("{self} + {months} months")))?;
        let month = u8::try_from(index.rem_euclid(12) + 1)
            .map_err(|_| CoreError::InvalidDate(format!("{self} + {months} months")))?;
        let day = self.day.min(days_in_month(year, month));
        Date::new(year, month, day)
    }

    /// The end of a period that starts with the event on this day (§ 187 Abs. 1, § 188 Abs. 2
    /// BGB): `Days(n)` → n days later; `Weeks(n)` → the same weekday n weeks later; `Months(n)`
    /// and `Years(n)` → the same day number, or the month's last day where it has none.
    ///
    /// # Errors
    /// As [`Date::add_days`].
    pub fn add_period(self, period: Period) -> Result<Date, CoreError> {
        match period {
            Period::Days(n) => self.add_days(i64::from(n)),
            Period::Weeks(n) => self.add_weeks(i64::from(n)),
            Period::Months(n) => self.add_months(i64::from(n)),
            Period::Years(n) => self.add_months(12 * i64::from(n)),
        }
    }

    /// The date a period before this one (for reminders ahead of an expiry date).
    ///
    /// # Errors
    /// As [`Date::add_days`].
    pub fn sub_period(self, period: Period) -> Result<Date, CoreError> {
        match period {
            Period::Days(n) => self.add_days(-i64::from(n)),
            Period::Weeks(n) => self.add_weeks(-i64::from(n)),
            Period::Months(n) => self.add_months(-i64::from(n)),
            Period::Years(n) => self.add_months(-12 * i64::from(n)),
        }
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[usize::try_from((self.days_since_epoch() + 3).rem_euclid(7)).unwrap_or(0)]
    }

    /// The nationwide public holiday on this day, if any.
    pub fn holiday(self) -> Option<Holiday> {
        nationwide_holidays(self.year)
            .into_iter()
            .find(|(d, _)| *d == self)
            .map(|(_, h)| h)
    }

    /// Whether offices and courts work on this day everywhere in Germany: not a Saturday,
    /// Sunday or nationwide public holiday.
    pub fn is_working_day(self) -> bool {
        !self.weekday().is_weekend() && self.holiday().is_none()
    }

    /// This day if it is a working day, else the next working day (§ 193 BGB, § 222 Abs. 2
    /// ZPO). Only nationwide holidays count (see the module notes).
    ///
    /// # Errors
    /// As [`Date::add_days`].
    pub fn next_working_day(self) -> Result<Date, CoreError> {
        let mut d = self;
        while !d.is_working_day() {
            d = d.add_days(1)?;
        }
        Ok(d)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.days_since_epoch() - self.days_since_epoch()
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = CoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Date::parse_iso(s)
    }
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
pub fn easter_sunday(year: i32) -> Result<Date, CoreError> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    let bad = || CoreError::InvalidDate(format!("Easter {year}"));
    Date::new(
        year,
        u8::try_from(month).map_err(|_| bad())?,
        u8::try_from(day).map_err(|_| bad())?,
    )
}

/// The public holidays of every German Land in a year, in date order. Holidays of single Länder
/// are not included. Empty for a year outside 1900–2999.
pub fn nationwide_holidays(year: i32) -> Vec<(Date, Holiday)> {
    let fixed = |m: u8, d: u8, h: Holiday| Date::new(year, m, d).ok().map(|d| (d, h));
    let Ok(easter) = easter_sunday(year) else {
        return Vec::new();
    };
    let moving = |offset: i64, h: Holiday| easter.add_days(offset).ok().map(|d| (d, h));
    let mut out: Vec<(Date, Holiday)> = [
        fixed(1, 1, Holiday::NewYear),
        moving(-2, Holiday::GoodFriday),
        moving(1, Holiday::EasterMonday),
        fixed(5, 1, Holiday::LabourDay),
        moving(39, Holiday::Ascension),
        moving(50, Holiday::WhitMonday),
        // The Day of German Unity exists since 1990.
        (year >= 1990)
            .then(|| fixed(10, 3, Holiday::GermanUnity))
            .flatten(),
        (year == 2017)
            .then(|| fixed(10, 31, Holiday::Reformation2017))
            .flatten(),
        fixed(12, 25, Holiday::ChristmasDay),
        fixed(12, 26, Holiday::SecondChristmasDay),
    ]
    .into_iter()
    .flatten()
    .collect();
    out.sort_by_key(|(d, _)| *d);
    out
}

/// A time of day, minutes precise (`HH:MM`, what `<input type="time">` gives).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    hour: u8,
    minute: u8,
}

impl Time {
    /// # Errors
    /// [`CoreError::InvalidTime`] unless 0 ≤ hour ≤ 23 and 0 ≤ minute ≤ 59.
    pub fn new(hour: u8, minute: u8) -> Result<Time, CoreError> {
        if hour > 23 || minute > 59 {
            return Err(CoreError::InvalidTime(format!("{hour:02}:{minute:02}")));
        }
        Ok(Time { hour, minute })
    }

    /// Parses `HH:MM` (seconds, as some browsers add them, `HH:MM:SS`, are accepted and dropped).
    ///
    /// # Errors
    /// [`CoreError::InvalidTime`].
    pub fn parse(text: &str) -> Result<Time, CoreError> {
        let bad = || CoreError::InvalidTime(text.to_owned());
        let mut parts = text.split(':');
        let mut num = || -> Result<u8, CoreError> {
            let p = parts.next().ok_or_else(bad)?;
            if p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        let (h, m) = (num()?, num()?);
        if let Some(s) = parts.next()
            && (s.len() != 2 || !s.bytes().all(|b| b.is_ascii_digit()))
        {
            return Err(bad());
        }
        if parts.next().is_some() {
            return Err(bad());
        }
        Time::new(h, m).map_err(|_| bad())
    }

    pub fn hour(self) -> u8 {
        self.hour
    }

    pub fn minute(self) -> u8 {
        self.minute
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// A moment in UTC, seconds precise (for iCalendar `DTSTAMP`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct UtcDateTime {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl UtcDateTime {
    /// From milliseconds since 1970-01-01T00:00:00Z (what `Date.now()` gives).
    ///
    /// # Errors
    /// [`CoreError::InvalidDate`] outside the years 1900–2999.
    pub fn from_unix_millis(ms: f64) -> Result<UtcDateTime, CoreError> {
        if !ms.is_finite() {
            return Err(CoreError::InvalidDate(format!("{ms} ms")));
        }
        // Truncation to whole seconds is intended.
        #[allow(
            clippy::cast_possible_truncation,
            reason = "checked finite; range checked by Date"
        )]
        let secs = (ms / 1000.0).floor() as i64;
        let date = Date::from_days_since_epoch(secs.div_euclid(86_400))?;
        let rest = secs.rem_euclid(86_400);
        let part = |v: i64| u8::try_from(v).unwrap_or(0);
        Ok(UtcDateTime {
            date,
            hour: part(rest / 3600),
            minute: part(rest / 60 % 60),
            second: part(rest % 60),
        })
    }

    /// `YYYYMMDDTHHMMSSZ`.
    pub fn to_basic(self) -> String {
        format!(
            "{}T{:02}{:02}{:02}Z",
            self.date.to_basic(),
            self.hour,
            self.minute,
            self.second
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse_iso(s).unwrap()
    }

    #[test]
    fn parses_and_formats_iso() {
        let x = d("2026-11-21");
        assert_eq!((x.year(), x.month(), x.day()), (2026, 11, 21));
        assert_eq!(x.to_string(), "2026-11-21");
        assert_eq!(x.to_german(), "21.11.2026");
        assert_eq!(x.to_basic(), "20261121");
        assert_eq!("2024-02-29".parse::<Date>().unwrap(), d("2024-02-29"));
        for bad in [
            "",
            "2026-2-01",
            "2026-02-30",
            "2025-02-29",
            "1900-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "20261121",
            "2026/11/21",
            "+026-11-21",
            "2026-11-2a",
            " 2026-11-21",
            "1899-12-31",
            "3000-01-01",
        ] {
            assert!(
                matches!(Date::parse_iso(bad), Err(CoreError::InvalidDate(_))),
                "{bad:?} accepted"
            );
        }
        assert!(Date::parse_iso("2000-02-29").is_ok());
    }

    #[test]
    fn day_numbers_round_trip_and_match_known_values() {
        assert_eq!(d("1970-01-01").days_since_epoch(), 0);
        assert_eq!(d("2000-03-01").days_since_epoch(), 11_017);
        assert_eq!(d("1969-12-31").days_since_epoch(), -1);
        assert_eq!(d("2026-11-21").days_since_epoch(), 20_778);
        let mut day = d("1900-01-01");
        let mut n = day.days_since_epoch();
        while day < d("2101-01-01") {
            assert_eq!(Date::from_days_since_epoch(n).unwrap(), day);
            let next = day.add_days(1).unwrap();
            assert_eq!(next.days_since_epoch(), n + 1);
            day = next;
            n += 1;
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(d("1970-01-01").weekday(), Weekday::Thursday);
        assert_eq!(d("2026-11-21").weekday(), Weekday::Saturday);
        assert_eq!(d("2000-01-01").weekday(), Weekday::Saturday);
        assert_eq!(d("2024-02-29").weekday(), Weekday::Thursday);
        assert_eq!(d("1900-01-01").weekday(), Weekday::Monday);
    }

    #[test]
    fn months_clamp_to_the_end_as_section_188_bgb() {
        assert_eq!(d("2026-01-31").add_months(1).unwrap(), d("2026-02-28"));
        assert_eq!(d("2028-01-31").add_months(1).unwrap(), d("2028-02-29"));
        assert_eq!(d("2026-03-31").add_months(1).unwrap(), d("2026-04-30"));
        assert_eq!(d("2026-11-15").add_months(2).unwrap(), d("2027-01-15"));
        assert_eq!(d("2026-03-31").add_months(-1).unwrap(), d("2026-02-28"));
        assert_eq!(d("2026-01-15").add_months(-2).unwrap(), d("2025-11-15"));
        assert_eq!(
            d("2024-02-29").add_period(Period::Years(1)).unwrap(),
            d("2025-02-28")
        );
        assert_eq!(
            d("2026-11-02").add_period(Period::Weeks(2)).unwrap(),
            d("2026-11-16")
        );
        assert_eq!(
            d("2026-12-28").add_period(Period::Days(5)).unwrap(),
            d("2027-01-02")
        );
        assert_eq!(
            d("2027-01-10").sub_period(Period::Weeks(8)).unwrap(),
            d("2026-11-15")
        );
        assert!(d("2999-12-31").add_days(1).is_err());
    }

    #[test]
    fn easter_known_answers() {
        for (year, easter) in [
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2011, "2011-04-24"),
            (2019, "2019-04-21"),
            (2024, "2024-03-31"),
            (2025, "2025-04-20"),
            (2026, "2026-04-05"),
            (2027, "2027-03-28"),
            (2038, "2038-04-25"),
            (2285, "2285-03-22"),
        ] {
            assert_eq!(easter_sunday(year).unwrap(), d(easter), "{year}");
        }
    }

    #[test]
    fn nationwide_holidays_2026() {
        let got: Vec<(String, &str)> = nationwide_holidays(2026)
            .into_iter()
            .map(|(d, h)| (d.to_iso(), h.key()))
            .collect();
        let want = [
            ("2026-01-01", "new-year"),
            ("2026-04-03", "good-friday"),
            ("2026-04-06", "easter-monday"),
            ("2026-05-01", "labour-day"),
            ("2026-05-14", "ascension"),
            ("2026-05-25", "whit-monday"),
            ("2026-10-03", "german-unity"),
            ("2026-12-25", "christmas-day"),
            ("2026-12-26", "second-christmas-day"),
        ];
        assert_eq!(
            got,
            want.iter()
                .map(|(a, b)| ((*a).to_owned(), *b))
                .collect::<Vec<_>>()
        );
        assert_eq!(d("2017-10-31").holiday(), Some(Holiday::Reformation2017));
        assert_eq!(d("2018-10-31").holiday(), None);
        // Regional holidays are not counted.
        assert_eq!(d("2026-06-04").holiday(), None); // Fronleichnam
        assert_eq!(d("2026-11-18").holiday(), None); // Buß- und Bettag (Sachsen)
    }

    #[test]
    fn section_193_moves_to_the_next_working_day() {
        // Saturday → Monday.
        assert_eq!(d("2026-11-21").next_working_day().unwrap(), d("2026-11-23"));
        // Sunday → Monday.
        assert_eq!(d("2026-11-22").next_working_day().unwrap(), d("2026-11-23"));
        // A working day stays.
        assert_eq!(d("2026-11-20").next_working_day().unwrap(), d("2026-11-20"));
        // Good Friday → Easter Monday is a holiday too → Tuesday.
        assert_eq!(d("2026-04-03").next_working_day().unwrap(), d("2026-04-07"));
        // Christmas 2026: Fri 25, Sat 26, Sun 27 → Monday 28.
        assert_eq!(d("2026-12-25").next_working_day().unwrap(), d("2026-12-28"));
        // Whit Monday → Tuesday.
        assert_eq!(d("2026-05-25").next_working_day().unwrap(), d("2026-05-26"));
    }

    #[test]
    fn times_parse_strictly() {
        assert_eq!(Time::parse("09:30").unwrap().to_string(), "09:30");
        assert_eq!(Time::parse("23:59:00").unwrap(), Time::new(23, 59).unwrap());
        for bad in [
            "",
            "9:30",
            "24:00",
            "12:60",
            "12-30",
            "12:30:",
            "12:30:00:00",
            "ab:cd",
        ] {
            assert!(Time::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn utc_from_unix_millis() {
        let t = UtcDateTime::from_unix_millis(1_795_244_523_456.0).unwrap();
        assert_eq!(t.to_basic(), "20261121T070203Z");
        assert_eq!(
            UtcDateTime::from_unix_millis(0.0).unwrap().to_basic(),
            "19700101T000000Z"
        );
        assert!(UtcDateTime::from_unix_millis(f64::NAN).is_err());
    }
}
