//! Schema `0010_parked`: carts parked at a till (a name or a table as their label), kept
//! until they are resumed or dropped, so they survive a restart or a power cut. The cart is
//! kept as the core wrote it (JSON, in the `lines` column: carts parked by older versions hold
//! only their lines), with what it cost when parked: resuming compares it with the catalog of
//! the day.

use rusqlite::{params, OptionalExtension};

use crate::columns::Doing;
use crate::error::{Error, ErrorCode, Result};
use crate::mode::Mode;
use crate::Ledger;

pub(super) const PARKED_SQL: &str = r#"
    CREATE TABLE parked_carts (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        mode        TEXT NOT NULL CHECK (mode IN ('training', 'test', 'live')),
        register_id TEXT NOT NULL,
        label       TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 40),
        currency    TEXT NOT NULL,
        total       INTEGER NOT NULL CHECK (total >= 0),
        item_count  INTEGER NOT NULL CHECK (item_count > 0),
        lines       TEXT NOT NULL,
        parked_at   INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX parked_carts_by_till ON parked_carts (mode, register_id, parked_at);
"#;

/// At most this many carts wait at one till.
pub const MAX_PARKED: i64 = 50;

/// A cart as it is parked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewParkedCart {
    pub mode: Mode,
    pub register_id: String,
    pub label: String,
    pub currency: String,
    pub total: i64,
    pub item_count: i64,
    /// The cart as the core serialized it (its lines only, for carts parked before it kept more).
    pub lines: String,
    pub parked_at: i64,
}

/// A parked cart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParkedCartRecord {
    pub id: i64,
    pub label: String,
    pub currency: String,
    pub total: i64,
    pub item_count: i64,
    pub lines: String,
    pub parked_at: i64,
}

const COLUMNS: &str = "id, label, currency, total, item_count, lines, parked_at";

fn record(row: &rusqlite::Row<'_>) -> rusqlite::Result<ParkedCartRecord> {
    Ok(ParkedCartRecord {
        id: row.get(0)?,
        label: row.get(1)?,
        currency: row.get(2)?,
        total: row.get(3)?,
        item_count: row.get(4)?,
        lines: row.get(5)?,
        parked_at: row.get(6)?,
    })
}

impl Ledger {
    /// Parks a cart (refused when the till already holds [`MAX_PARKED`]); its id.
    pub fn park_cart(&mut self, cart: &NewParkedCart) -> Result<i64> {
        let doing = "parking a cart";
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .doing(doing)?;
        let waiting: i64 = tx
            .prepare_cached(
                "SELECT count(*) FROM parked_carts WHERE mode = ?1 AND register_id = ?2",
            )
            .and_then(|mut s| {
                s.query_row(params![cart.mode.as_str(), cart.register_id], |r| r.get(0))
            })
            .doing(doing)?;
        if waiting >= MAX_PARKED {
            return Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "{MAX_PARKED} carts are already parked at this till. Resume or drop one first."
                ),
            )
            .with_reason("parked_full"));
        }
        tx.prepare_cached(
            "INSERT INTO parked_carts (mode, register_id, label, currency, total, item_count, lines, parked_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .and_then(|mut s| {
            s.execute(params![
                cart.mode.as_str(),
                cart.register_id,
                cart.label,
                cart.currency,
                cart.total,
                cart.item_count,
                cart.lines,
                cart.parked_at
            ])
        })
        .doing(doing)?;
        let id = tx.last_insert_rowid();
        tx.commit().doing(doing)?;
        Ok(id)
    }

    /// The carts parked at a till, oldest first.
    pub fn parked_carts(&self, mode: Mode, register_id: &str) -> Result<Vec<ParkedCartRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM parked_carts WHERE mode = ?1 AND register_id = ?2 ORDER BY parked_at, id"
            ))
            .and_then(|mut s| {
                s.query_map(params![mode.as_str(), register_id], record)?
                    .collect()
            })
            .doing("listing parked carts")
    }

    /// One parked cart of a till.
    pub fn parked_cart(
        &self,
        mode: Mode,
        register_id: &str,
        id: i64,
    ) -> Result<Option<ParkedCartRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {COLUMNS} FROM parked_carts WHERE mode = ?1 AND register_id = ?2 AND id = ?3"
            ))
            .and_then(|mut s| {
                s.query_row(params![mode.as_str(), register_id, id], record)
                    .optional()
            })
            .doing("reading a parked cart")
    }

    /// Takes a parked cart off the list (resumed or dropped): `false` when it was no longer
    /// there (resumed or dropped already).
    pub fn unpark_cart(&mut self, mode: Mode, register_id: &str, id: i64) -> Result<bool> {
        self.conn
            .prepare_cached(
                "DELETE FROM parked_carts WHERE mode = ?1 AND register_id = ?2 AND id = ?3",
            )
            .and_then(|mut s| s.execute(params![mode.as_str(), register_id, id]))
            .map(|n| n == 1)
            .doing("taking a parked cart off the list")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cart(label: &str, at: i64) -> NewParkedCart {
        NewParkedCart {
            mode: Mode::Test,
            register_id: "till-1".into(),
            label: label.into(),
            currency: "usd".into(),
            total: 950,
            item_count: 2,
            lines: "[]".into(),
            parked_at: at,
        }
    }

    #[test]
    fn a_parked_cart_round_trips_per_till_and_is_taken_once() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let table = ledger.park_cart(&cart("Table 4", 20)).unwrap();
        let anna = ledger.park_cart(&cart("Anna", 10)).unwrap();
        let other = ledger
            .park_cart(&NewParkedCart {
                register_id: "till-2".into(),
                ..cart("Elsewhere", 5)
            })
            .unwrap();
        let listed = ledger.parked_carts(Mode::Test, "till-1").unwrap();
        assert_eq!(
            listed
                .iter()
                .map(|c| (c.id, c.label.as_str()))
                .collect::<Vec<_>>(),
            vec![(anna, "Anna"), (table, "Table 4")]
        );
        assert!(ledger
            .parked_carts(Mode::Live, "till-1")
            .unwrap()
            .is_empty());
        assert_eq!(
            ledger.parked_cart(Mode::Test, "till-1", table).unwrap(),
            Some(listed[1].clone())
        );
        // Another till's cart is not this till's to take.
        assert!(ledger
            .parked_cart(Mode::Test, "till-1", other)
            .unwrap()
            .is_none());
        assert!(!ledger.unpark_cart(Mode::Test, "till-1", other).unwrap());
        assert!(ledger.unpark_cart(Mode::Test, "till-1", table).unwrap());
        assert!(!ledger.unpark_cart(Mode::Test, "till-1", table).unwrap());
        // The table refuses what the core never writes.
        assert!(ledger.park_cart(&cart("", 30)).is_err());
        assert!(ledger.park_cart(&cart(&"x".repeat(41), 30)).is_err());
    }

    #[test]
    fn a_till_holds_at_most_fifty_parked_carts() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        for i in 0..MAX_PARKED {
            ledger.park_cart(&cart(&format!("c{i}"), i)).unwrap();
        }
        let full = ledger.park_cart(&cart("one more", 99)).unwrap_err();
        assert_eq!(full.reason, Some("parked_full"));
        assert_eq!(
            ledger.parked_carts(Mode::Test, "till-1").unwrap().len() as i64,
            MAX_PARKED
        );
    }
}
