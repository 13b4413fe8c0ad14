//! Calendar dates and ISO-8601 times, without a time-zone library (pure, no I/O).
//!
//! The shop's time zone is the computer's: the ledger asks SQLite (which asks the C
//! library, honouring `TZ`) for the UTC offset at a moment, and everything else is integer
//! arithmetic here: days since 1970-01-01 to a civil date and back (Howard Hinnant's
//! algorithms), Monday-based weeks, and `2025-03-01T13:05:09+01:00`.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::error::{Error, Result};
use crate::money::Locale;
use till_i18n::{text_with, Arg, Language};

/// Milliseconds in a day.
pub const DAY_MS: i64 = 86_400_000;

/// A calendar date (proleptic Gregorian), as the shop's wall calendar shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Days since 1970-01-01.
    days: i64,
}

impl Date {
    /// A date from its parts; a refusal in English (see [`Date::from_ymd_in`]).
    pub fn from_ymd(year: i64, month: u32, day: u32) -> Result<Date> {
        Date::from_ymd_in(year, month, day, Language::En)
    }

    /// A date from its parts; a refusal is worded in `language` (`date-error-…`).
    pub fn from_ymd_in(year: i64, month: u32, day: u32, language: Language) -> Result<Date> {
        if !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
            return Err(Error::invalid_input(text_with(
                language,
                "date-error-not-on-calendar",
                &[("date", Arg::Text(&format!("{year:04}-{month:02}-{day:02}")))],
            ))
            .with_reason("invalid_date"));
        }
        if !(1900..=9999).contains(&year) {
            return Err(Error::invalid_input(text_with(
                language,
                "date-error-year",
                &[("year", Arg::Text(&year.to_string()))],
            ))
            .with_reason("invalid_date"));
        }
        Ok(Date {
            days: days_from_civil(year, month, day),
        })
    }

    pub fn from_days(days: i64) -> Date {
        Date { days }
    }

    /// `2025-03-01`; anything else is refused with a message saying the expected form, in
    /// English (tillctl's arguments; the window's go through [`Date::parse_in`]).
    pub fn parse(text: &str) -> Result<Date> {
        Date::parse_in(text, Language::En)
    }

    /// [`Date::parse`] with its refusal worded in `language`.
    pub fn parse_in(text: &str, language: Language) -> Result<Date> {
        let text = text.trim();
        let bad = || {
            Error::invalid_input(text_with(
                language,
                "date-error-form",
                &[("input", Arg::Text(&format!("{:?}", shorten(text))))],
            ))
            .with_reason("invalid_date")
        };
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(bad());
        }
        let number = |range: std::ops::Range<usize>| -> Result<i64> {
            let part = &text[range];
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<i64>().map_err(|_| bad())
        };
        let year = number(0..4)?;
        let month = u32::try_from(number(5..7)?).map_err(|_| bad())?;
        let day = u32::try_from(number(8..10)?).map_err(|_| bad())?;
        Date::from_ymd_in(year, month, day, language)
    }

    pub fn days(self) -> i64 {
        self.days
    }

    pub fn ymd(self) -> (i64, u32, u32) {
        civil_from_days(self.days)
    }

    pub fn add_days(self, days: i64) -> Date {
        Date {
            days: self.days + days,
        }
    }

    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u32 {
        u32::try_from((self.days + 3).rem_euclid(7)).unwrap_or(0)
    }

    /// The Monday of this date's week (weeks run Monday to Sunday, as ISO 8601 has them).
    pub fn week_start(self) -> Date {
        self.add_days(-i64::from(self.weekday()))
    }

    /// The first day of this date's month.
    pub fn month_start(self) -> Date {
        let (y, m, _) = self.ymd();
        Date {
            days: days_from_civil(y, m, 1),
        }
    }

    /// `2025-03`.
    pub fn month_label(self) -> String {
        let (y, m, _) = self.ymd();
        format!("{y:04}-{m:02}")
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (
        year,
        u32::try_from(month).unwrap_or(1),
        u32::try_from(day).unwrap_or(1),
    )
}

/// ISO 8601 with the UTC offset in force: `2025-03-01T13:05:09+01:00` (seconds precision;
/// `+00:00` for UTC, never `Z`, so every row has the same shape).
pub fn iso_datetime(utc_ms: i64, offset_secs: i32) -> String {
    let mut out = String::with_capacity(25);
    write_iso_datetime(&mut out, utc_ms, offset_secs);
    out
}

/// [`iso_datetime`] appended to `out` (the CSV export reuses one buffer per row).
pub fn write_iso_datetime(out: &mut String, utc_ms: i64, offset_secs: i32) {
    let local_secs = utc_ms.div_euclid(1000) + i64::from(offset_secs);
    let days = local_secs.div_euclid(86_400);
    let secs_of_day = local_secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let offset = i64::from(offset_secs.unsigned_abs());
    // By hand rather than `write!`: the CSV export writes two of these per row.
    push_digits(out, y, 4);
    out.push('-');
    push_digits(out, i64::from(m), 2);
    out.push('-');
    push_digits(out, i64::from(d), 2);
    out.push('T');
    push_digits(out, secs_of_day / 3600, 2);
    out.push(':');
    push_digits(out, secs_of_day % 3600 / 60, 2);
    out.push(':');
    push_digits(out, secs_of_day % 60, 2);
    out.push(if offset_secs < 0 { '-' } else { '+' });
    push_digits(out, offset / 3600, 2);
    out.push(':');
    push_digits(out, offset % 3600 / 60, 2);
}

/// A moment as the shop's wall clock shows it (minute precision): what a receipt prints.
/// Built from a UTC instant and the offset in force then (the ledger asks for it), so it
/// never reads a clock or a time zone itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
    pub date: Date,
    /// 0–23.
    pub hour: u32,
    /// 0–59.
    pub minute: u32,
}

impl LocalDateTime {
    /// The wall-clock time at `utc_ms` for a place `offset_secs` east of UTC.
    pub fn from_utc_ms(utc_ms: i64, offset_secs: i32) -> LocalDateTime {
        let local_secs = utc_ms.div_euclid(1000) + i64::from(offset_secs);
        let secs_of_day = local_secs.rem_euclid(86_400);
        LocalDateTime {
            date: Date::from_days(local_secs.div_euclid(86_400)),
            hour: u32::try_from(secs_of_day / 3600).unwrap_or(0),
            minute: u32::try_from(secs_of_day % 3600 / 60).unwrap_or(0),
        }
    }

    /// Date and time as `locale`'s readers write them on a receipt: `12/4/2026 7:05 PM`
    /// (en-US), `04/12/2026 19:05` (en-GB, fr-FR), `04.12.2026 19:05` (de-DE),
    /// `4/12/2026 19:05` (es-ES), `2026/12/04 19:05` (ja-JP). ASCII only, so every
    /// printer's code page has it.
    pub fn format(self, locale: Locale) -> String {
        let (y, m, d) = self.date.ymd();
        let (hour, minute) = (self.hour, self.minute);
        match locale {
            Locale::EnglishUnitedStates => {
                let (twelve, half) = match hour {
                    0 => (12, "AM"),
                    1..=11 => (hour, "AM"),
                    12 => (12, "PM"),
                    _ => (hour - 12, "PM"),
                };
                format!("{m}/{d}/{y:04} {twelve}:{minute:02} {half}")
            }
            Locale::EnglishUnitedKingdom | Locale::FrenchFrance => {
                format!("{d:02}/{m:02}/{y:04} {hour:02}:{minute:02}")
            }
            Locale::GermanGermany => format!("{d:02}.{m:02}.{y:04} {hour:02}:{minute:02}"),
            Locale::SpanishSpain => format!("{d}/{m}/{y:04} {hour}:{minute:02}"),
            Locale::JapaneseJapan => format!("{y:04}/{m:02}/{d:02} {hour}:{minute:02}"),
        }
    }
}

/// `value` (0 or more) in decimal, zero-padded to `width` digits.
fn push_digits(out: &mut String, value: i64, width: usize) {
    let mut digits = [b'0'; 20];
    let mut rest = value.unsigned_abs();
    let mut used = 0;
    while rest > 0 || used == 0 {
        digits[19 - used] = b'0' + (rest % 10) as u8;
        rest /= 10;
        used += 1;
    }
    let shown = used.max(width).min(20);
    for &digit in &digits[20 - shown..] {
        out.push(char::from(digit));
    }
}

fn shorten(text: &str) -> String {
    text.chars().take(40).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_round_trips_over_centuries() {
        for days in (-25_567..=2_932_896).step_by(97) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn dates_parse_strictly() {
        assert_eq!(Date::parse("2024-02-29").unwrap().to_string(), "2024-02-29");
        assert_eq!(Date::parse(" 2025-03-01 ").unwrap().ymd(), (2025, 3, 1));
        for bad in [
            "2025-02-29",
            "2025-13-01",
            "2025-00-10",
            "2025-3-1",
            "01/03/2025",
            "2025-03-01T00:00",
            "",
            "२०२५-०३-०१",
            "1800-01-01",
        ] {
            let error = Date::parse(bad).unwrap_err();
            assert_eq!(error.wire_code(), "invalid_date", "{bad:?}");
        }
    }

    /// The window's dates are refused in the till's language; tillctl's (`parse`) in English.
    #[test]
    fn a_refused_date_speaks_the_language_asked_for() {
        let refused = |text, language| Date::parse_in(text, language).unwrap_err().message;
        assert_eq!(
            Date::parse("01/03/2025").unwrap_err().message,
            "\"01/03/2025\" is not a date: use YYYY-MM-DD, for example 2025-03-01."
        );
        assert_eq!(
            refused("01/03/2025", Language::De),
            "\"01/03/2025\" ist kein Datum: Verwenden Sie JJJJ-MM-TT, zum Beispiel 2025-03-01."
        );
        assert_eq!(
            refused("2025-02-29", Language::En),
            "2025-02-29 is not a date on the calendar."
        );
        assert_eq!(
            refused("2025-02-29", Language::Fr),
            "2025-02-29 n’est pas une date du calendrier."
        );
        assert_eq!(
            refused("1800-01-01", Language::De),
            "Das Jahr 1800 liegt außerhalb dessen, was Till verarbeitet (1900 bis 9999)."
        );
    }

    #[test]
    fn weeks_start_on_monday_and_months_on_the_first() {
        let thursday = Date::parse("1970-01-01").unwrap();
        assert_eq!(thursday.weekday(), 3);
        let sunday = Date::parse("2025-03-02").unwrap();
        assert_eq!(sunday.weekday(), 6);
        assert_eq!(sunday.week_start().to_string(), "2025-02-24");
        assert_eq!(
            Date::parse("2025-03-03").unwrap().week_start().to_string(),
            "2025-03-03"
        );
        assert_eq!(sunday.month_start().to_string(), "2025-03-01");
        assert_eq!(sunday.month_label(), "2025-03");
    }

    #[test]
    fn iso_times_carry_the_offset() {
        // 2025-03-01T12:05:09Z
        let ms = days_from_civil(2025, 3, 1) * DAY_MS + (12 * 3600 + 5 * 60 + 9) * 1000 + 999;
        assert_eq!(iso_datetime(ms, 0), "2025-03-01T12:05:09+00:00");
        assert_eq!(iso_datetime(ms, 3600), "2025-03-01T13:05:09+01:00");
        assert_eq!(iso_datetime(ms, -5 * 3600), "2025-03-01T07:05:09-05:00");
        assert_eq!(iso_datetime(ms, 13 * 3600), "2025-03-02T01:05:09+13:00");
        assert_eq!(
            iso_datetime(ms, 5 * 3600 + 1800),
            "2025-03-01T17:35:09+05:30"
        );
        assert_eq!(iso_datetime(0, 0), "1970-01-01T00:00:00+00:00");
        assert_eq!(
            iso_datetime(days_from_civil(9999, 12, 31) * DAY_MS, -(9 * 3600 + 1800)),
            "9999-12-30T14:30:00-09:30"
        );
    }
    #[test]
    fn local_times_are_written_as_each_locale_reads_them() {
        // 2026-12-04T19:05:30Z, shown at UTC and at +09:00 (the next morning in Tokyo).
        let ms = days_from_civil(2026, 12, 4) * DAY_MS + (19 * 3600 + 5 * 60 + 30) * 1000;
        let utc = LocalDateTime::from_utc_ms(ms, 0);
        let tokyo = LocalDateTime::from_utc_ms(ms, 9 * 3600);
        let cases = [
            (utc, Locale::EnglishUnitedStates, "12/4/2026 7:05 PM"),
            (utc, Locale::EnglishUnitedKingdom, "04/12/2026 19:05"),
            (utc, Locale::GermanGermany, "04.12.2026 19:05"),
            (utc, Locale::FrenchFrance, "04/12/2026 19:05"),
            (utc, Locale::SpanishSpain, "4/12/2026 19:05"),
            (utc, Locale::JapaneseJapan, "2026/12/04 19:05"),
            (tokyo, Locale::JapaneseJapan, "2026/12/05 4:05"),
            (tokyo, Locale::EnglishUnitedStates, "12/5/2026 4:05 AM"),
            (
                LocalDateTime::from_utc_ms(ms - 19 * 3_600_000, 0),
                Locale::EnglishUnitedStates,
                "12/4/2026 12:05 AM",
            ),
            (
                LocalDateTime::from_utc_ms(ms - 7 * 3_600_000, 0),
                Locale::EnglishUnitedStates,
                "12/4/2026 12:05 PM",
            ),
            (
                LocalDateTime::from_utc_ms(-1000, 0),
                Locale::GermanGermany,
                "31.12.1969 23:59",
            ),
        ];
        for (time, locale, expected) in cases {
            assert_eq!(time.format(locale), expected, "{locale}");
        }
    }
}
