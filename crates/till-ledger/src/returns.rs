//! Schema `0011_returns`: returns by line — which lines of a paid sale, and how many of each,
//! a refund took back. Each return row is written in the same transaction as its refund (a
//! card refund request, or a cash refund from the drawer), after checking that no line goes
//! back more often than it was sold; a card refund Stripe refused gives its lines back.
//! Append-only (triggers refuse UPDATE and DELETE).

use rusqlite::params;

use crate::columns::Doing;
use crate::error::{Error, Result};
use crate::Ledger;

pub(super) const RETURNS_SQL: &str = r#"
    CREATE TABLE sale_returns (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        sale_id           TEXT NOT NULL,
        position          INTEGER NOT NULL,
        quantity          INTEGER NOT NULL CHECK (quantity > 0),
        amount            INTEGER NOT NULL CHECK (amount >= 0),
        refund_request_id TEXT REFERENCES refund_requests (id),
        tender            TEXT NOT NULL CHECK (tender IN ('card', 'cash')),
        at                INTEGER NOT NULL,
        FOREIGN KEY (sale_id, position) REFERENCES sale_lines (sale_id, position)
    ) STRICT;
    CREATE INDEX sale_returns_by_sale ON sale_returns (sale_id, position);
    CREATE TRIGGER sale_returns_append_only_update BEFORE UPDATE ON sale_returns
        BEGIN SELECT RAISE(ABORT, 'returns are append-only'); END;
    CREATE TRIGGER sale_returns_append_only_delete BEFORE DELETE ON sale_returns
        BEGIN SELECT RAISE(ABORT, 'returns are append-only'); END;
"#;

/// How many of a sale's line go back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReturnLine {
    pub position: i64,
    pub quantity: i64,
}

/// A line of a sale with what was sold and what went back already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnableLineRecord {
    pub position: i64,
    pub price_id: String,
    pub name: String,
    pub unit_amount: i64,
    pub sold: i64,
    /// Returned by cash refunds and by card refunds Stripe has not refused.
    pub returned: i64,
}

impl ReturnableLineRecord {
    pub fn returnable(&self) -> i64 {
        (self.sold - self.returned).max(0)
    }
}

const RETURNABLE_SQL: &str = "
    SELECT l.position, l.price_id, l.name, l.unit_amount, l.quantity,
           coalesce((SELECT sum(r.quantity) FROM sale_returns r
                     LEFT JOIN refund_requests q ON q.id = r.refund_request_id
                     WHERE r.sale_id = l.sale_id AND r.position = l.position
                       AND (q.id IS NULL OR q.state <> 'refused')), 0)
    FROM sale_lines l WHERE l.sale_id = ?1 ORDER BY l.position";

fn returnable_in(
    conn: &rusqlite::Connection,
    sale_id: &str,
) -> rusqlite::Result<Vec<ReturnableLineRecord>> {
    conn.prepare_cached(RETURNABLE_SQL)?
        .query_map([sale_id], |row| {
            Ok(ReturnableLineRecord {
                position: row.get(0)?,
                price_id: row.get(1)?,
                name: row.get(2)?,
                unit_amount: row.get(3)?,
                sold: row.get(4)?,
                returned: row.get(5)?,
            })
        })?
        .collect()
}

/// Checks `lines` against what remains returnable and writes them (inside the refund's own
/// transaction); the amount they come to. `refund_request_id` names a card refund's request
/// (none for cash).
pub(super) fn record_returns_in(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    lines: &[ReturnLine],
    refund_request_id: Option<&str>,
    tender: &str,
    at: i64,
) -> Result<i64> {
    let doing = "recording returned lines";
    let returnable = returnable_in(tx, sale_id).doing(doing)?;
    let mut total: i64 = 0;
    for wanted in lines {
        let line = returnable
            .iter()
            .find(|l| l.position == wanted.position)
            .ok_or_else(|| {
                Error::invalid_input(format!(
                    "Sale {sale_id} has no line {}; choose one of its lines.",
                    wanted.position
                ))
                .with_reason("return_unknown_line")
            })?;
        let already: i64 = lines
            .iter()
            .filter(|l| l.position == wanted.position)
            .map(|l| l.quantity)
            .sum();
        if wanted.quantity <= 0 || already > line.returnable() {
            return Err(Error::invalid_input(format!(
                "{} of {} cannot go back: {} sold, {} returned already, so at most {} more.",
                already,
                line.name,
                line.sold,
                line.returned,
                line.returnable()
            ))
            .with_reason(if wanted.quantity <= 0 {
                "return_quantity_zero"
            } else {
                "return_exceeds_sold"
            }));
        }
        let amount = line.unit_amount * wanted.quantity;
        total += amount;
        tx.prepare_cached(
            "INSERT INTO sale_returns (sale_id, position, quantity, amount, refund_request_id, tender, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .and_then(|mut s| {
            s.execute(params![
                sale_id,
                wanted.position,
                wanted.quantity,
                amount,
                refund_request_id,
                tender,
                at
            ])
        })
        .doing(doing)?;
    }
    Ok(total)
}

impl Ledger {
    /// A sale's lines with what was sold and what went back already.
    pub fn returnable_lines(&self, sale_id: &str) -> Result<Vec<ReturnableLineRecord>> {
        returnable_in(&self.conn, sale_id).doing("reading what can be returned")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::owner::RefundRequestRecord;

    /// A paid card sale: two lattes (475) and a muffin (325).
    fn ledger_with_sale() -> Ledger {
        let ledger = Ledger::open_in_memory().unwrap();
        ledger
            .conn
            .execute_batch(
                "INSERT INTO sales (id, mode, register_id, state, currency, amount_total, payment_intent_id, created_at, updated_at)
                 VALUES ('sale_r1', 'test', 'till-1', 'paid', 'usd', 1275, 'pi_1', 0, 0);
                 INSERT INTO sale_lines (sale_id, position, price_id, product_id, name, unit_amount, quantity)
                 VALUES ('sale_r1', 0, 'price_latte', 'prod_latte', 'Caffè Latte', 475, 2),
                        ('sale_r1', 1, 'price_muffin', 'prod_muffin', 'Muffin', 325, 1);",
            )
            .unwrap();
        ledger
    }

    fn request(id: &str, amount: i64) -> RefundRequestRecord {
        RefundRequestRecord {
            staff_id: None,
            id: id.into(),
            sale_id: "sale_r1".into(),
            amount,
            currency: "usd".into(),
            reason: None,
            idempotency_key: format!("key-{id}"),
            state: "sending".into(),
            refund_id: None,
            error: None,
            created_at: 10,
            updated_at: 10,
        }
    }

    fn left(ledger: &Ledger) -> Vec<i64> {
        ledger
            .returnable_lines("sale_r1")
            .unwrap()
            .iter()
            .map(ReturnableLineRecord::returnable)
            .collect()
    }

    fn count(ledger: &Ledger, table: &str) -> i64 {
        ledger
            .conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn a_line_never_goes_back_more_often_than_it_was_sold() {
        let mut ledger = ledger_with_sale();
        assert_eq!(left(&ledger), vec![2, 1]);
        let line = |position, quantity| ReturnLine { position, quantity };
        ledger
            .insert_refund_request_with_returns(&request("rfd_1", 800), &[line(0, 1), line(1, 1)])
            .unwrap();
        assert_eq!(left(&ledger), vec![1, 0]);

        // Each refusal records nothing: no request, no returned line.
        for (lines, amount, reason) in [
            (vec![line(1, 1)], 325, Some("return_exceeds_sold")),
            (
                vec![line(0, 1), line(0, 1)],
                475,
                Some("return_exceeds_sold"),
            ),
            (vec![line(0, 0)], 475, Some("return_quantity_zero")),
            (vec![line(7, 1)], 475, Some("return_unknown_line")),
            (vec![line(0, 1)], 400, None),
        ] {
            let error = ledger
                .insert_refund_request_with_returns(&request("rfd_2", amount), &lines)
                .unwrap_err();
            assert_eq!(error.reason, reason, "{lines:?}");
            assert_eq!(
                (
                    count(&ledger, "refund_requests"),
                    count(&ledger, "sale_returns")
                ),
                (1, 2)
            );
        }
        assert_eq!(left(&ledger), vec![1, 0]);

        // A refund Stripe refused gives its lines back.
        ledger
            .refund_request_refused("rfd_1", "card_declined", 20)
            .unwrap();
        assert_eq!(left(&ledger), vec![2, 1]);
        for sql in [
            "UPDATE sale_returns SET quantity = 2",
            "DELETE FROM sale_returns",
        ] {
            assert!(
                ledger.conn.execute(sql, []).is_err(),
                "{sql} must be refused"
            );
        }
    }
}
