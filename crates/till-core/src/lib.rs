//! Till's core: everything that is not the window.
//!
//! This crate never depends on `tauri`; the shell in `src-tauri` and the `tillctl`
//! binary are thin adapters over the use cases here.
//!
//! Pure rules (no I/O): `money`, `cart`, `sale`, `mode`. I/O: `store` (SQLite), `stripe`
//! (the only code that talks to Stripe or reads the key), `return_page` (loopback HTTP).
//! Use cases over both: `checkout`.

pub mod calendar;
pub mod cart;
pub mod catalog;
pub mod catalog_admin;
pub mod chart;
pub mod checkout;
pub mod error;
pub mod events;
pub mod generate;
pub mod history;
pub mod keys;
pub mod links;
pub mod logging;
pub mod members;
pub mod mode;
pub mod money;
pub mod owner;
pub mod paths;
pub mod phone;
pub mod qr;
pub mod reconcile;
pub mod refunds;
pub mod register;
pub mod return_page;
pub mod runtime;
pub mod sale;
pub mod secrets;
pub mod settings;
pub mod store;
pub mod stripe;
pub mod testcards;
pub mod webhook;

pub use error::{Error, ErrorCode};
