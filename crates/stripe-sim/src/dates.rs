//! Civil (proleptic Gregorian, UTC) dates: the simulator's one calendar.
//!
//! [`days_from_civil`] and [`civil_from_days`] have the signatures of till-core's `calendar`
//! module (Howard Hinnant's algorithms), so that their bodies can become a re-export of the
//! workspace's single implementation; the helpers below are written in terms of those two.
//! Pure functions: no other module of the crate is used here.

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

/// The civil date `(year, month, day)` of a day count since 1970-01-01.
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

/// How many days `month` (1–12) of `year` has.
pub fn days_in_month(year: i64, month: u32) -> u32 {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let days = days_from_civil(next_year, next_month, 1) - days_from_civil(year, month, 1);
    u32::try_from(days).unwrap_or(0)
}

/// `(year, month)` of a unix timestamp (UTC), e.g. the simulator's clock for card expiry.
pub fn current_year_month(unix: i64) -> (u32, u32) {
    let (year, month, _day) = civil_from_days(unix.div_euclid(86_400));
    (year as u32, month)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Moved from `checkout.rs` (its `current_year_month` now lives here).
    #[test]
    fn civil_dates() {
        assert_eq!(current_year_month(0), (1970, 1));
        assert_eq!(current_year_month(1_735_689_600), (2025, 1));
        assert_eq!(current_year_month(1_709_251_199), (2024, 2));
        assert_eq!(current_year_month(1_709_251_200), (2024, 3));
    }

    #[test]
    fn round_trips_and_month_lengths() {
        for days in [-719_468, -1, 0, 1, 11_016, 20_454, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(days_from_civil(2026, 1, 31), 20_484);
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2026, 2), 28);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2026, 12), 31);
        assert_eq!(days_in_month(2026, 4), 30);
    }
}
