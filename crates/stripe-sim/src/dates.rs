//! Civil (proleptic Gregorian, UTC) dates: the simulator's one calendar.
//!
//! [`days_from_civil`], [`civil_from_days`] and [`days_in_month`] are till-domain's `calendar`
//! (Howard Hinnant's algorithms, the workspace's one implementation); the helpers below are
//! written in terms of them. Pure functions: no other module of the crate is used here.

pub use till_domain::calendar::{civil_from_days, days_from_civil, days_in_month};

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
