//! Till's core: everything that is not the window.
//!
//! This crate never depends on `tauri`; the shell in `src-tauri` and the `tillctl`
//! binary are thin adapters over the use cases here.

pub mod error;
pub mod logging;
pub mod paths;
pub mod store;
pub mod stripe;

pub use error::{Error, ErrorCode};
pub mod cart;
pub mod money;
pub mod sale;
