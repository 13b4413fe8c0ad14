//! Receipt numbers: one sequence per till (mode + register), a number given when a sale's
//! first receipt is made and kept for every reprint. The numbers are never changed or
//! deleted (triggers refuse it).

use rusqlite::{params, OptionalExtension, TransactionBehavior};

use crate::columns::{Doing, Text};
use crate::error::Result;
use crate::mode::Mode;
use crate::Ledger;

pub const RECEIPTS_SQL: &str = r#"
    CREATE TABLE receipt_numbers (
        sale_id     TEXT PRIMARY KEY REFERENCES sales (id),
        mode        TEXT NOT NULL,
        register_id TEXT NOT NULL,
        number      INTEGER NOT NULL CHECK (number > 0),
        at          INTEGER NOT NULL,
        UNIQUE (mode, register_id, number)
    ) STRICT;
    CREATE TRIGGER receipt_numbers_kept_update BEFORE UPDATE ON receipt_numbers
        BEGIN SELECT RAISE(ABORT, 'receipt numbers are kept'); END;
    CREATE TRIGGER receipt_numbers_kept_delete BEFORE DELETE ON receipt_numbers
        BEGIN SELECT RAISE(ABORT, 'receipt numbers are kept'); END;
"#;

/// A sale's receipt number, as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReceiptNumber {
    pub number: u64,
    /// `true` when this call gave it (the sale's first receipt).
    pub new: bool,
}

/// A cash refund of a sale: a `refund` movement of the drawer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CashRefundRecord {
    pub at: i64,
    pub amount: i64,
}

impl Ledger {
    /// The sale's receipt number: the one it was given, else the till's next (given now,
    /// in one immediate transaction, so two receipts never share a number).
    pub fn receipt_number(
        &mut self,
        sale_id: &str,
        mode: Mode,
        register_id: &str,
        at: i64,
    ) -> Result<ReceiptNumber> {
        let doing = "numbering a receipt";
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .doing(doing)?;
        let existing: Option<i64> = tx
            .prepare_cached("SELECT number FROM receipt_numbers WHERE sale_id = ?1")
            .and_then(|mut s| s.query_row([sale_id], |r| r.get(0)).optional())
            .doing(doing)?;
        if let Some(number) = existing {
            return Ok(ReceiptNumber {
                number: u64::try_from(number).unwrap_or(0),
                new: false,
            });
        }
        let number: i64 = tx
            .prepare_cached(
                "INSERT INTO receipt_numbers (sale_id, mode, register_id, number, at)
                 SELECT ?1, ?2, ?3, coalesce(max(number), 0) + 1, ?4 FROM receipt_numbers
                 WHERE mode = ?2 AND register_id = ?3
                 RETURNING number",
            )
            .and_then(|mut s| {
                s.query_row(params![sale_id, Text(mode), register_id, at], |r| r.get(0))
            })
            .doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(ReceiptNumber {
            number: u64::try_from(number).unwrap_or(0),
            new: true,
        })
    }

    /// The sale's receipt number if it has one (nothing is given).
    pub fn existing_receipt_number(&self, sale_id: &str) -> Result<Option<u64>> {
        let number: Option<i64> = self
            .conn
            .prepare_cached("SELECT number FROM receipt_numbers WHERE sale_id = ?1")
            .and_then(|mut s| s.query_row([sale_id], |r| r.get(0)).optional())
            .doing("reading a receipt number")?;
        Ok(number.and_then(|n| u64::try_from(n).ok()))
    }

    /// The cash given back for a sale (its drawer `refund` movements), oldest first.
    pub fn cash_refunds_of_sale(&self, sale_id: &str) -> Result<Vec<CashRefundRecord>> {
        self.conn
            .prepare_cached(
                "SELECT at, amount FROM drawer_moves WHERE sale_id = ?1 AND kind = 'refund' ORDER BY id",
            )
            .and_then(|mut s| {
                s.query_map([sale_id], |row| {
                    Ok(CashRefundRecord {
                        at: row.get(0)?,
                        amount: row.get(1)?,
                    })
                })?
                .collect()
            })
            .doing("reading a sale's cash refunds")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sale(ledger: &mut Ledger, id: &str) {
        ledger
            .connection()
            .execute(
                "INSERT INTO sales (id, mode, register_id, state, currency, amount_total, created_at, updated_at)
                 VALUES (?1, 'training', 'reg_a', 'paid', 'usd', 500, 0, 0)",
                [id],
            )
            .unwrap();
    }

    #[test]
    fn numbers_run_per_till_and_are_kept() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        for id in ["s1", "s2", "s3"] {
            sale(&mut ledger, id);
        }
        let first = ledger
            .receipt_number("s1", Mode::Training, "reg_a", 1)
            .unwrap();
        assert_eq!(
            first,
            ReceiptNumber {
                number: 1,
                new: true
            }
        );
        let again = ledger
            .receipt_number("s1", Mode::Training, "reg_a", 2)
            .unwrap();
        assert_eq!(
            again,
            ReceiptNumber {
                number: 1,
                new: false
            }
        );
        assert_eq!(
            ledger
                .receipt_number("s2", Mode::Training, "reg_a", 3)
                .unwrap()
                .number,
            2
        );
        // Another till (or mode) has its own sequence.
        assert_eq!(
            ledger
                .receipt_number("s3", Mode::Test, "reg_a", 4)
                .unwrap()
                .number,
            1
        );
        assert_eq!(ledger.existing_receipt_number("s2").unwrap(), Some(2));
        assert!(ledger
            .connection()
            .execute("UPDATE receipt_numbers SET number = 9", [])
            .is_err());
        assert!(ledger
            .connection()
            .execute("DELETE FROM receipt_numbers", [])
            .is_err());
    }
}
