//! Till's pure rules: everything that decides without doing I/O.
//!
//! `money` (integer minor units, currencies, formatting), `cart`, `sale` (the sale state
//! machine), `catalog` (the searchable index over the cached catalog), `mode` (test, live,
//! training), `links` (which URLs Till may open), `calendar` (civil dates, the one
//! implementation in the workspace), `chart`, `qr`, `receipt` (the receipt model and its
//! layout in fixed columns), `tender` (cash, change, cash rounding, split, the drawer's
//! arithmetic), `pricing` (tax rates, coupons and tips: the amounts Stripe Checkout computes, for
//! cash sales too) and `error` (the one error type).
//!
//! This crate depends on no I/O crate (`tests/tidy.rs` checks its manifest): no SQLite, no
//! network, no file system, no keyring, no async runtime.

pub mod calendar;
pub mod cart;
pub mod catalog;
pub mod chart;
pub mod email;
pub mod error;
pub mod links;
pub mod mode;
pub mod money;
pub mod pricing;
pub mod qr;
pub mod receipt;
pub mod sale;
pub mod tender;

pub use error::{Error, ErrorCode};

/// The application identifier: the folder name under the platform data and log folders and
/// the keyring's service name. Keep in step with `identifier` in `src-tauri/tauri.conf.json`.
pub const APP_IDENTIFIER: &str = "app.till.pos";

/// Compares a value with its wire text (`state == "paid"`, `mode == "test"`,
/// `currency == "usd"`): what the ledger stores and the UI receives.
macro_rules! eq_wire_text {
    ($type:ty, $text:expr) => {
        impl PartialEq<str> for $type {
            fn eq(&self, other: &str) -> bool {
                let text: fn(&$type) -> &'static str = $text;
                text(self) == other
            }
        }
        impl PartialEq<&str> for $type {
            fn eq(&self, other: &&str) -> bool {
                self == *other
            }
        }
        impl PartialEq<$type> for String {
            fn eq(&self, other: &$type) -> bool {
                other == self.as_str()
            }
        }
    };
}

eq_wire_text!(sale::SaleState, |s| s.as_str());
eq_wire_text!(mode::Mode, |m| m.as_str());
eq_wire_text!(money::Currency, |c| c.code());

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_equal_their_wire_text() {
        assert!(sale::SaleState::AwaitingPayment == "awaiting_payment");
        assert!(mode::Mode::Live == "live" && mode::Mode::Live != "test");
        assert!(money::Currency::JPY == "jpy");
        let stored = String::from("paid");
        assert!(stored == sale::SaleState::Paid);
    }
}
