//! Test support (shared in spirit with till-print's own tests/support): the ESC/POS decoder and the fake network printer.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

pub mod decoder;
pub mod fake_printer;
