//! Till's use cases: everything that is not the window, over the domain, the ledger and
//! Stripe (`till-domain`, `till-ledger`, `till-stripe`, re-exported here under the names the
//! shells use, so `src-tauri` and `tillctl` depend on this crate only).
//!
//! This crate never depends on `tauri`; the shell in `src-tauri` and the `tillctl`
//! binary are thin adapters over the use cases here. It is the only crate that knows the
//! Stripe simulator (training mode runs one in-process).

pub use till_domain::{
    calendar, cart, catalog, chart, email, error, links, mode, money, pricing, qr, receipt, sale,
    tender,
};
/// The languages and their words (`ui/locales/*/till.ftl`).
pub use till_i18n as i18n;
pub use till_ledger as store;
pub use till_ledger::generate;
/// Receipt printers (ESC/POS).
pub use till_print as print;
pub use till_stripe as stripe;
pub use till_stripe::secrets;

pub mod amounts;
pub mod catalog_admin;
pub mod checkout;
pub mod context;
pub mod customer;
pub mod discounts;
pub mod drawer;
pub mod events;
pub mod history;
pub mod keys;
pub mod language;
pub mod logging;
pub mod members;
pub mod owner;
pub mod parked;
pub mod paths;
pub mod phone;
pub mod receipts;
pub mod reconcile;
pub mod refunds;
pub mod register;
pub mod return_page;
pub mod returns;
pub mod runtime;
pub mod settings;
pub mod split;
pub mod staff;
pub mod startup;
pub mod testcards;
pub mod webhook;

pub use error::{Error, ErrorCode};
