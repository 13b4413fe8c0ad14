//! Typed columns and the one storage-error helper.
//!
//! The domain's enums are stored as their wire text and read back checked: a column holding
//! text Till never wrote is a storage error that names the column, never a panic or a
//! silently wrong value. Every rusqlite failure becomes an [`Error`] through [`Doing::doing`],
//! which says what the ledger was doing.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::error::{Error, Result};
use crate::mode::Mode;
use till_domain::money::Currency;
use till_domain::sale::SaleState;
use till_domain::tender::{DrawerMove, TenderKind};

/// A domain value the ledger stores as text.
pub trait TextColumn: Sized {
    /// What the value is called in an error about a bad column.
    const WHAT: &'static str;
    fn to_text(&self) -> &'static str;
    fn from_text(text: &str) -> Option<Self>;
}

impl TextColumn for Mode {
    const WHAT: &'static str = "mode";
    fn to_text(&self) -> &'static str {
        self.as_str()
    }
    fn from_text(text: &str) -> Option<Self> {
        Mode::parse(text).ok()
    }
}

impl TextColumn for SaleState {
    const WHAT: &'static str = "sale state";
    fn to_text(&self) -> &'static str {
        self.as_str()
    }
    fn from_text(text: &str) -> Option<Self> {
        SaleState::parse(text).ok()
    }
}

impl TextColumn for TenderKind {
    const WHAT: &'static str = "tender";
    fn to_text(&self) -> &'static str {
        self.as_str()
    }
    fn from_text(text: &str) -> Option<Self> {
        TenderKind::parse(text).ok()
    }
}

impl TextColumn for DrawerMove {
    const WHAT: &'static str = "drawer move";
    fn to_text(&self) -> &'static str {
        self.as_str()
    }
    fn from_text(text: &str) -> Option<Self> {
        DrawerMove::parse(text)
    }
}

impl TextColumn for Currency {
    const WHAT: &'static str = "currency";
    fn to_text(&self) -> &'static str {
        self.code()
    }
    fn from_text(text: &str) -> Option<Self> {
        Currency::parse(text).ok()
    }
}

/// A [`TextColumn`] as rusqlite reads and writes it: `row.get::<_, Text<Mode>>(1)?.0`,
/// `params![Text(mode)]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text<T>(pub T);

impl<T: TextColumn> ToSql for Text<T> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0.to_text()))
    }
}

impl<T: TextColumn> FromSql for Text<T> {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let text = value.as_str()?;
        T::from_text(text).map(Text).ok_or_else(|| {
            FromSqlError::Other(format!("{text:?} is not a {} Till writes", T::WHAT).into())
        })
    }
}

/// What the ledger was doing when rusqlite failed, on every rusqlite result.
pub trait Doing<T> {
    fn doing(self, what: &str) -> Result<T>;
}

impl<T> Doing<T> for rusqlite::Result<T> {
    fn doing(self, what: &str) -> Result<T> {
        self.map_err(|e| storage_error(what, e))
    }
}

/// A storage error with what Till was doing (in English, as SQLite's own words are; the app
/// frames it in the till's language by its reason, `ledger_failed`).
pub fn storage_error(doing: &str, e: rusqlite::Error) -> Error {
    Error::storage(format!("The sales ledger failed while {doing}: {e}"))
        .with_reason("ledger_failed")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn enums_round_trip_and_unknown_text_is_an_error() {
        let conn = Connection::open_in_memory().unwrap();
        let back: Text<SaleState> = conn
            .query_row("SELECT ?1", [Text(SaleState::AwaitingPayment)], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(back.0, SaleState::AwaitingPayment);
        let back: Text<Currency> = conn
            .query_row("SELECT ?1", [Text(Currency::JPY)], |r| r.get(0))
            .unwrap();
        assert_eq!(back.0, Currency::JPY);
        let back: Text<Mode> = conn
            .query_row("SELECT 'training'", [], |r| r.get(0))
            .unwrap();
        assert_eq!(back.0, Mode::Training);
        let bad = conn
            .query_row("SELECT 'half-paid'", [], |r| r.get::<_, Text<SaleState>>(0))
            .doing("reading a sale");
        let message = bad.unwrap_err().message;
        assert!(
            message.contains("reading a sale") && message.contains("half-paid"),
            "{message}"
        );
    }
}
