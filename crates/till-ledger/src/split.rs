//! Schema `0007_split`: split tender (cash parts and the balance by card through a Checkout
//! Session) and refunds in cash.
//!
//! A split sale is written like a card sale (state `creating`, its lines and its stored create
//! key) with `tender = 'split'`, its cash parts in `sale_tenders` and one `sale` drawer
//! movement, in one transaction, before Stripe is asked anything. Its card part is what the
//! cash does not cover: `amount_total − Σ(cash amount − rounding)` ([`Ledger::card_part`]).
//!
//! When the card part ends unpaid (failed, expired, canceled), the split sale is *ended* once
//! (`split_endings`, one row per sale, append-only): the balance taken in cash (the sale
//! becomes paid: a compare-and-set from the ended state, the only way a terminal sale changes
//! state, and only for a split sale), the sale voided (its cash given back: a `refund` drawer
//! movement), or the card retried as a new split sale that carries the cash over (no drawer
//! movement: the cash never left the drawer), so no sale ever has a second session.
//!
//! A cash refund is a `refund` drawer movement naming the paid sale, in the open shift, within
//! the cash the sale took net of what was refunded in cash before; it adds to the sale's
//! `amount_refunded` (which feeds `sale_day_totals`), as Stripe's card refunds do.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use crate::columns::{Doing, Text};
use crate::drawer::{drawer_closed, insert_move, open_shift_in, NewMove};
use crate::error::{Error, ErrorCode, Result};
use crate::sales::{insert_checkout_sale, insert_timeline, sale_from_row, NewSale, SaleRecord};
use crate::sales::{TimelineEntry, SALE_COLUMNS};
use crate::{Ledger, NewCashTender};
use till_domain::sale::SaleState;
use till_domain::tender::{DrawerMove, TenderKind};

pub(super) const SPLIT_SQL: &str = r#"
    CREATE TABLE split_endings (
        sale_id      TEXT PRIMARY KEY REFERENCES sales (id),
        kind         TEXT NOT NULL CHECK (kind IN ('cash', 'void', 'retried')),
        next_sale_id TEXT REFERENCES sales (id),
        at           INTEGER NOT NULL
    ) STRICT;
    CREATE TRIGGER split_endings_append_only_update BEFORE UPDATE ON split_endings
        BEGIN SELECT RAISE(ABORT, 'a split sale ends once'); END;
    CREATE TRIGGER split_endings_append_only_delete BEFORE DELETE ON split_endings
        BEGIN SELECT RAISE(ABORT, 'a split sale ends once'); END;
    CREATE INDEX drawer_moves_by_sale ON drawer_moves (sale_id) WHERE sale_id IS NOT NULL;
    "#;

/// How an ended split sale was settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SplitEnding {
    /// `cash` (the balance taken in cash), `void` (the cash given back) or `retried` (the
    /// card retried as `next_sale_id`, which carries the cash).
    pub kind: String,
    pub next_sale_id: Option<String>,
    pub at: i64,
}

/// A sale's money by tender, as the ledger holds it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TenderSums {
    /// What the cash parts paid of the sale's total (cash amount − rounding).
    pub cash_applied: i64,
    /// The card part: total − cash applied (0 for a cash sale).
    pub card_part: i64,
    /// Refunded in cash (drawer `refund` movements of a paid sale).
    pub cash_refunded: i64,
    /// Refunded by card (Stripe's pending and succeeded refunds).
    pub card_refunded: i64,
    /// Card refund requests still waiting for Stripe's answer.
    pub card_held: i64,
}

impl TenderSums {
    /// What can still go back in cash.
    pub fn cash_refundable(&self) -> i64 {
        (self.cash_applied - self.cash_refunded).max(0)
    }

    /// What can still go back by card.
    pub fn card_refundable(&self) -> i64 {
        (self.card_part - self.card_refunded - self.card_held).max(0)
    }
}

/// The statuses Stripe counts as refunded (as `events.rs` does).
const COUNTED: &str = "('pending', 'succeeded', 'requires_action')";

pub(super) fn tender_sums_in(
    conn: &rusqlite::Connection,
    sale: &SaleRecord,
) -> rusqlite::Result<TenderSums> {
    let cash_applied: i64 = match sale.tender {
        TenderKind::Card => 0,
        TenderKind::Cash | TenderKind::Split => conn
            .prepare_cached(
                "SELECT coalesce(sum(amount - rounding), 0) FROM sale_tenders WHERE sale_id = ?1 AND kind = 'cash'",
            )?
            .query_row([&sale.id], |r| r.get(0))?,
    };
    let card_part = match sale.tender {
        TenderKind::Cash => 0,
        TenderKind::Card | TenderKind::Split => sale.amount_total - cash_applied,
    };
    let cash_refunded: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(m.amount), 0) FROM drawer_moves m JOIN sales s ON s.id = m.sale_id
             WHERE m.sale_id = ?1 AND m.kind = 'refund' AND s.state = 'paid'",
        )?
        .query_row([&sale.id], |r| r.get(0))?;
    let card_refunded: i64 = conn
        .prepare_cached(&format!(
            "SELECT coalesce(sum(amount), 0) FROM sale_refunds WHERE sale_id = ?1 AND status IN {COUNTED}"
        ))?
        .query_row([&sale.id], |r| r.get(0))?;
    let card_held: i64 = conn
        .prepare_cached(
            "SELECT coalesce(sum(amount), 0) FROM refund_requests WHERE sale_id = ?1 AND state = 'sending'",
        )?
        .query_row([&sale.id], |r| r.get(0))?;
    Ok(TenderSums {
        cash_applied,
        card_part,
        cash_refunded,
        card_refunded,
        card_held,
    })
}

fn sale_in(conn: &rusqlite::Connection, sale_id: &str) -> rusqlite::Result<Option<SaleRecord>> {
    conn.prepare_cached(&format!("SELECT {SALE_COLUMNS} FROM sales WHERE id = ?1"))?
        .query_row([sale_id], sale_from_row)
        .optional()
}

fn ending_in(conn: &rusqlite::Connection, sale_id: &str) -> rusqlite::Result<Option<SplitEnding>> {
    conn.prepare_cached("SELECT kind, next_sale_id, at FROM split_endings WHERE sale_id = ?1")?
        .query_row([sale_id], |row| {
            Ok(SplitEnding {
                kind: row.get(0)?,
                next_sale_id: row.get(1)?,
                at: row.get(2)?,
            })
        })
        .optional()
}

fn no_sale(sale_id: &str) -> Error {
    Error::new(
        ErrorCode::NotFound,
        format!(
            "There is no sale {sale_id} in this ledger. Check the id (tillctl sales lists them)."
        ),
    )
}

/// The checks every ending of a split sale makes inside its transaction: a split sale, in
/// `expected` (an ended, unpaid state), not ended before.
fn check_endable(
    conn: &rusqlite::Connection,
    sale_id: &str,
    expected: SaleState,
) -> Result<SaleRecord> {
    let doing = "reading the split sale";
    let sale = sale_in(conn, sale_id)
        .doing(doing)?
        .ok_or_else(|| no_sale(sale_id))?;
    if sale.tender != TenderKind::Split {
        return Err(Error::invalid_input(format!(
            "Sale {sale_id} is a {} sale, not a split: only a split sale's balance is settled this way.",
            sale.tender.as_str()
        ))
        .with_reason("not_split"));
    }
    if let Some(ending) = ending_in(conn, sale_id).doing(doing)? {
        return Err(Error::new(
            ErrorCode::Conflict,
            match ending.next_sale_id {
                Some(next) => format!("Sale {sale_id}'s card was already retried as sale {next}, which carries its cash. Settle that sale instead."),
                None => format!("Sale {sale_id} was already settled ({}). Nothing more to do; start a new sale.", ending.kind),
            },
        )
        .with_reason("split_settled"));
    }
    if sale.state != expected
        || !matches!(
            sale.state,
            SaleState::Failed | SaleState::Expired | SaleState::Canceled
        )
    {
        return Err(Error::new(
            ErrorCode::Conflict,
            format!(
                "Sale {sale_id}'s card part is {}, not ended unpaid: cancel its card payment first (or wait for it).",
                sale.state.as_str().replace('_', " ")
            ),
        )
        .with_reason("split_card_open"));
    }
    Ok(sale)
}

fn insert_ending(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    kind: &str,
    next: Option<&str>,
    at: i64,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO split_endings (sale_id, kind, next_sale_id, at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![sale_id, kind, next, at])?;
    Ok(())
}

fn next_position(tx: &rusqlite::Transaction<'_>, sale_id: &str) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "SELECT coalesce(max(position), -1) + 1 FROM sale_tenders WHERE sale_id = ?1",
    )?
    .query_row([sale_id], |r| r.get(0))
}

impl Ledger {
    /// Writes a split sale before Stripe is asked anything, in one transaction: the sale
    /// (`tender = 'split'`, state `creating`, `amount_total` = the cart's total) with its lines
    /// and create key, each cash part (`parts`, in minor units, no change: a part is what
    /// goes into the drawer), one `sale` drawer movement of their sum, and the timeline entry.
    /// Needs an open shift (`drawer_closed`). Returns the shift's id.
    pub fn insert_split_sale(
        &mut self,
        sale: &NewSale,
        parts: &[i64],
        entry: &TimelineEntry,
    ) -> Result<i64> {
        let doing = "recording a split sale";
        let cash: i64 = parts.iter().sum();
        if sale.state != SaleState::Creating
            || parts.is_empty()
            || parts.iter().any(|p| *p <= 0)
            || cash >= sale.amount_total
        {
            return Err(Error::internal(format!(
                "A split sale is written creating, with cash parts above zero that leave a card part; {} of {} is not.",
                cash, sale.amount_total
            )));
        }
        let tx = self.conn.transaction().doing(doing)?;
        let shift = open_shift_in(&tx, sale.mode, &sale.register_id)
            .doing(doing)?
            .ok_or_else(|| drawer_closed(&sale.register_id))?;
        insert_checkout_sale(&tx, sale, TenderKind::Split).doing(doing)?;
        for (position, part) in parts.iter().enumerate() {
            tx.prepare_cached(
                "INSERT INTO sale_tenders (sale_id, position, kind, amount, tendered, change, rounding, shift_id, at)
                 VALUES (?1, ?2, 'cash', ?3, ?3, 0, 0, ?4, ?5)",
            )
            .and_then(|mut s| {
                s.execute(params![sale.id, position as i64, part, shift.id, sale.created_at])
            })
            .doing(doing)?;
        }
        insert_move(
            &tx,
            shift.id,
            sale.created_at,
            NewMove {
                kind: DrawerMove::Sale,
                amount: cash,
                sale_id: Some(&sale.id),
                reason: "",
                staff_id: sale.staff_id.as_deref(),
            },
        )
        .doing(doing)?;
        insert_timeline(&tx, &sale.id, entry).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(shift.id)
    }

    /// A sale's money by tender: cash applied, card part, refunded in each, card held.
    pub fn tender_sums(&self, sale_id: &str) -> Result<TenderSums> {
        let doing = "adding up a sale's tenders";
        let sale = sale_in(&self.conn, sale_id)
            .doing(doing)?
            .ok_or_else(|| no_sale(sale_id))?;
        tender_sums_in(&self.conn, &sale).doing(doing)
    }

    /// How an ended split sale was settled, if it was.
    pub fn split_ending(&self, sale_id: &str) -> Result<Option<SplitEnding>> {
        ending_in(&self.conn, sale_id).doing("reading how a split sale ended")
    }

    /// A till's split sales whose card part ended unpaid and that nobody settled yet (their
    /// cash is in the drawer), oldest first.
    pub fn unsettled_splits(
        &self,
        mode: crate::mode::Mode,
        register_id: &str,
    ) -> Result<Vec<SaleRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {SALE_COLUMNS} FROM sales
                 WHERE tender = 'split' AND mode = ?1 AND register_id = ?2
                   AND state IN ('failed', 'expired', 'canceled')
                   AND id NOT IN (SELECT sale_id FROM split_endings)
                 ORDER BY created_at, id"
            ))
            .and_then(|mut s| {
                s.query_map(params![Text(mode), register_id], sale_from_row)?
                    .collect()
            })
            .doing("listing unsettled split sales")
    }

    /// The ended split sale that carried its cash over to `sale_id` (a retried card), if any.
    pub fn split_carried_from(&self, sale_id: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT sale_id FROM split_endings WHERE next_sale_id = ?1")
            .and_then(|mut s| s.query_row([sale_id], |r| r.get(0)).optional())
            .doing("reading where a split sale's cash came from")
    }

    /// The balance of an ended split sale taken in cash, in one transaction: compare-and-set
    /// from `expected` (failed, expired or canceled) to `paid` — the one change of a terminal
    /// state, for split sales only —, its ending, the cash tender, the `sale` drawer movement
    /// (open shift needed) and the timeline entry (`from_state` → `paid`).
    pub fn settle_split_in_cash(
        &mut self,
        sale_id: &str,
        expected: SaleState,
        tender: &NewCashTender,
        entry: &TimelineEntry,
    ) -> Result<()> {
        let doing = "taking a split sale's balance in cash";
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .doing(doing)?;
        let sale = check_endable(&tx, sale_id, expected)?;
        let sums = tender_sums_in(&tx, &sale).doing(doing)?;
        if tender.amount - tender.rounding != sums.card_part {
            return Err(Error::internal(format!(
                "The cash taken for sale {sale_id}'s balance ({} after rounding {}) is not its balance {}.",
                tender.amount, tender.rounding, sums.card_part
            )));
        }
        let shift = open_shift_in(&tx, sale.mode, &sale.register_id)
            .doing(doing)?
            .ok_or_else(|| drawer_closed(&sale.register_id))?;
        let changed = tx
            .prepare_cached(
                "UPDATE sales SET state = 'paid', status_detail = NULL, settled_at = ?3, updated_at = ?3
                 WHERE id = ?1 AND state = ?2 AND tender = 'split'",
            )
            .and_then(|mut s| s.execute(params![sale_id, Text(expected), entry.at]))
            .doing(doing)?;
        if changed != 1 {
            return Err(Error::internal(format!(
                "Sale {sale_id} changed while its balance was taken in cash; try again."
            )));
        }
        insert_ending(&tx, sale_id, "cash", None, entry.at).doing(doing)?;
        let position = next_position(&tx, sale_id).doing(doing)?;
        tx.prepare_cached(
            "INSERT INTO sale_tenders (sale_id, position, kind, amount, tendered, change, rounding, shift_id, at)
             VALUES (?1, ?2, 'cash', ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .and_then(|mut s| {
            s.execute(params![
                sale_id,
                position,
                tender.amount,
                tender.tendered,
                tender.change,
                tender.rounding,
                shift.id,
                entry.at
            ])
        })
        .doing(doing)?;
        insert_move(
            &tx,
            shift.id,
            entry.at,
            NewMove {
                kind: DrawerMove::Sale,
                amount: tender.amount,
                sale_id: Some(sale_id),
                reason: "",
                staff_id: entry.staff_id.as_deref(),
            },
        )
        .doing(doing)?;
        insert_timeline(&tx, sale_id, entry).doing(doing)?;
        tx.commit().doing(doing)
    }

    /// Voids an ended split sale: its cash given back (a `refund` drawer movement of all its
    /// cash, open shift needed), its ending and the timeline entry, in one transaction. The
    /// state stays what Stripe made it. Returns the cash given back.
    pub fn void_split(
        &mut self,
        sale_id: &str,
        expected: SaleState,
        entry: &TimelineEntry,
    ) -> Result<i64> {
        let doing = "voiding a split sale";
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .doing(doing)?;
        let sale = check_endable(&tx, sale_id, expected)?;
        let cash: i64 = tx
            .prepare_cached(
                "SELECT coalesce(sum(amount), 0) FROM sale_tenders WHERE sale_id = ?1 AND kind = 'cash'",
            )
            .and_then(|mut s| s.query_row([sale_id], |r| r.get(0)))
            .doing(doing)?;
        let shift = open_shift_in(&tx, sale.mode, &sale.register_id)
            .doing(doing)?
            .ok_or_else(|| drawer_closed(&sale.register_id))?;
        insert_ending(&tx, sale_id, "void", None, entry.at).doing(doing)?;
        insert_move(
            &tx,
            shift.id,
            entry.at,
            NewMove {
                kind: DrawerMove::Refund,
                amount: cash,
                sale_id: Some(sale_id),
                reason: "void",
                staff_id: entry.staff_id.as_deref(),
            },
        )
        .doing(doing)?;
        insert_timeline(&tx, sale_id, entry).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(cash)
    }

    /// Retries an ended split sale's card as a new split sale `next` (state `creating`, its
    /// own create key, the same lines and total), which carries the ended sale's cash parts
    /// over (same amounts and shift; no drawer movement: the cash never left the drawer), in
    /// one transaction with both timeline entries. So no sale ever has a second session.
    pub fn retry_split(
        &mut self,
        sale_id: &str,
        expected: SaleState,
        next: &NewSale,
        entry: &TimelineEntry,
        next_entry: &TimelineEntry,
    ) -> Result<()> {
        let doing = "retrying a split sale's card";
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .doing(doing)?;
        let sale = check_endable(&tx, sale_id, expected)?;
        if next.amount_total != sale.amount_total || next.currency != sale.currency {
            return Err(Error::internal(format!(
                "The retry of sale {sale_id} must carry its total and currency."
            )));
        }
        insert_checkout_sale(&tx, next, TenderKind::Split).doing(doing)?;
        tx.prepare_cached(
            "INSERT INTO sale_tenders (sale_id, position, kind, amount, tendered, change, rounding, shift_id, at)
             SELECT ?2, position, kind, amount, tendered, change, rounding, shift_id, ?3
             FROM sale_tenders WHERE sale_id = ?1 AND kind = 'cash' ORDER BY position",
        )
        .and_then(|mut s| s.execute(params![sale_id, next.id, next.created_at]))
        .doing(doing)?;
        insert_ending(&tx, sale_id, "retried", Some(&next.id), entry.at).doing(doing)?;
        insert_timeline(&tx, sale_id, entry).doing(doing)?;
        insert_timeline(&tx, &next.id, next_entry).doing(doing)?;
        tx.commit().doing(doing)
    }

    /// Refunds `amount` of a paid cash or split sale in cash, in one transaction: checked
    /// against what the sale took in cash less earlier cash refunds (and against what is left
    /// of its total), a `refund` drawer movement in the open shift, the sale's
    /// `amount_refunded` and the timeline entry.
    pub fn refund_cash(
        &mut self,
        sale_id: &str,
        amount: i64,
        entry: &TimelineEntry,
    ) -> Result<TenderSums> {
        self.refund_cash_with_returns(sale_id, amount, entry, &[])
    }

    /// [`Ledger::refund_cash`] for a return by line: the lines are checked and written in the
    /// same transaction and must come to `amount`.
    pub fn refund_cash_with_returns(
        &mut self,
        sale_id: &str,
        amount: i64,
        entry: &TimelineEntry,
        returns: &[crate::returns::ReturnLine],
    ) -> Result<TenderSums> {
        let doing = "refunding a sale in cash";
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .doing(doing)?;
        let sale = sale_in(&tx, sale_id)
            .doing(doing)?
            .ok_or_else(|| no_sale(sale_id))?;
        if sale.state != SaleState::Paid {
            return Err(Error::invalid_input(format!(
                "Sale {sale_id} is {}, not paid: only a paid sale can be refunded.",
                sale.state.as_str().replace('_', " ")
            ))
            .with_reason("refund_not_paid"));
        }
        let sums = tender_sums_in(&tx, &sale).doing(doing)?;
        if sums.cash_applied == 0 {
            return Err(Error::invalid_input(format!(
                "Sale {sale_id} took no cash, so nothing of it goes back in cash. Refund it by card."
            ))
            .with_reason("refund_no_cash"));
        }
        let overall = sale.amount_total - sale.amount_refunded - sums.card_held;
        let remaining = sums.cash_refundable().min(overall);
        if amount <= 0 || amount > remaining {
            return Err(Error::invalid_input(format!(
                "{amount} (minor units) in cash is {} what sale {sale_id} can give back in cash ({} left of {} taken in cash).",
                if amount <= 0 { "not" } else { "more than" },
                remaining.max(0),
                sums.cash_applied
            ))
            .with_reason(if amount <= 0 { "refund_amount_zero" } else { "refund_exceeds_cash" }));
        }
        let shift = open_shift_in(&tx, sale.mode, &sale.register_id)
            .doing(doing)?
            .ok_or_else(|| drawer_closed(&sale.register_id))?;
        insert_move(
            &tx,
            shift.id,
            entry.at,
            NewMove {
                kind: DrawerMove::Refund,
                amount,
                sale_id: Some(sale_id),
                reason: "refund",
                staff_id: entry.staff_id.as_deref(),
            },
        )
        .doing(doing)?;
        tx.prepare_cached(
            "UPDATE sales SET amount_refunded = amount_refunded + ?2, updated_at = ?3 WHERE id = ?1 AND state = 'paid'",
        )
        .and_then(|mut s| s.execute(params![sale_id, amount, entry.at]))
        .doing(doing)?;
        insert_timeline(&tx, sale_id, entry).doing(doing)?;
        if !returns.is_empty() {
            let returned =
                crate::returns::record_returns_in(&tx, sale_id, returns, None, "cash", entry.at)?;
            if returned != amount {
                return Err(Error::internal(format!(
                    "The returned lines come to {returned}, the cash refund is {amount}; nothing was recorded."
                )));
            }
        }
        let after = sale_in(&tx, sale_id)
            .doing(doing)?
            .ok_or_else(|| no_sale(sale_id))?;
        let sums = tender_sums_in(&tx, &after).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(sums)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mode::Mode;
    use crate::sales::{NewSaleLine, SaleUpdate};
    use crate::NewShift;
    use till_domain::money::Currency;

    fn split_sale(id: &str, at: i64) -> NewSale {
        NewSale {
            pricing: None,
            staff_id: None,
            id: id.into(),
            mode: Mode::Test,
            register_id: "till-1".into(),
            state: SaleState::Creating,
            currency: Currency::USD,
            amount_total: 1275,
            customer_email: None,
            lines: vec![NewSaleLine {
                tax_rates: Vec::new(),
                price_id: "price_1".into(),
                product_id: "prod_1".into(),
                name: "Coffee".into(),
                unit_amount: 1275,
                quantity: 1,
            }],
            membership: None,
            idempotency_key: format!("till-{id}-create"),
            created_at: at,
        }
    }

    fn entry(kind: &str, at: i64) -> TimelineEntry {
        TimelineEntry {
            at,
            source: "staff".into(),
            kind: kind.into(),
            ..TimelineEntry::default()
        }
    }

    fn expire(ledger: &mut Ledger, id: &str) {
        for (from, to) in [
            ("creating", "awaiting_payment"),
            ("awaiting_payment", "expired"),
        ] {
            assert!(ledger
                .transition(id, from, to, &SaleUpdate::default(), &entry(to, 5))
                .unwrap());
        }
    }

    fn moves(ledger: &Ledger, shift: i64) -> Vec<(DrawerMove, i64)> {
        ledger
            .shift_moves(shift)
            .unwrap()
            .into_iter()
            .map(|m| (m.kind, m.amount))
            .collect()
    }

    #[test]
    fn a_split_sale_is_written_whole_into_an_open_drawer() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let refused = ledger
            .insert_split_sale(&split_sale("sale_a", 1), &[500], &entry("created", 1))
            .unwrap_err();
        assert_eq!(refused.reason, Some("drawer_closed"));
        assert!(ledger.sale("sale_a").unwrap().is_none());
        let shift = ledger
            .open_shift_with_float(Mode::Test, "till-1", NewShift::usd(0, 1))
            .unwrap();
        ledger
            .insert_split_sale(&split_sale("sale_a", 2), &[200, 300], &entry("created", 2))
            .unwrap();
        let sale = ledger.require_sale("sale_a").unwrap();
        assert_eq!(
            (sale.tender, sale.state),
            (TenderKind::Split, SaleState::Creating)
        );
        assert_eq!(
            ledger
                .idempotency_key("sale_a", "create_session")
                .unwrap()
                .as_deref(),
            Some("till-sale_a-create")
        );
        let sums = ledger.tender_sums("sale_a").unwrap();
        assert_eq!((sums.cash_applied, sums.card_part), (500, 775));
        assert_eq!(
            moves(&ledger, shift.id),
            vec![(DrawerMove::Float, 0), (DrawerMove::Sale, 500)]
        );
        // Cash covering the total is not a split.
        assert!(ledger
            .insert_split_sale(&split_sale("sale_b", 3), &[1275], &entry("created", 3))
            .is_err());
    }

    #[test]
    fn an_ended_split_is_settled_once() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let shift = ledger
            .open_shift_with_float(Mode::Test, "till-1", NewShift::usd(0, 1))
            .unwrap();
        ledger
            .insert_split_sale(&split_sale("sale_a", 2), &[500], &entry("created", 2))
            .unwrap();
        let cash = NewCashTender {
            amount: 775,
            tendered: 1000,
            change: 225,
            rounding: 0,
        };
        // Not ended: refused.
        let open = ledger
            .settle_split_in_cash(
                "sale_a",
                SaleState::Creating,
                &cash,
                &entry("paid_cash_balance", 3),
            )
            .unwrap_err();
        assert_eq!(open.reason, Some("split_card_open"));
        expire(&mut ledger, "sale_a");
        // The compare-and-set names the state it expects.
        assert!(ledger
            .settle_split_in_cash(
                "sale_a",
                SaleState::Canceled,
                &cash,
                &entry("paid_cash_balance", 6)
            )
            .is_err());
        ledger
            .settle_split_in_cash(
                "sale_a",
                SaleState::Expired,
                &cash,
                &entry("paid_cash_balance", 6),
            )
            .unwrap();
        let sale = ledger.require_sale("sale_a").unwrap();
        assert_eq!((sale.state, sale.settled_at), (SaleState::Paid, Some(6)));
        assert_eq!(ledger.tender_sums("sale_a").unwrap().card_part, 0);
        assert_eq!(ledger.split_ending("sale_a").unwrap().unwrap().kind, "cash");
        let again = ledger
            .void_split("sale_a", SaleState::Paid, &entry("voided", 7))
            .unwrap_err();
        assert_eq!(again.reason, Some("split_settled"));
        assert_eq!(
            moves(&ledger, shift.id),
            vec![
                (DrawerMove::Float, 0),
                (DrawerMove::Sale, 500),
                (DrawerMove::Sale, 775)
            ]
        );
        for sql in [
            "UPDATE split_endings SET kind = 'void'",
            "DELETE FROM split_endings",
        ] {
            assert!(
                ledger.conn.execute(sql, []).is_err(),
                "{sql} must be refused"
            );
        }
    }

    #[test]
    fn a_void_gives_the_cash_back_and_a_retry_carries_it_over() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let shift = ledger
            .open_shift_with_float(Mode::Test, "till-1", NewShift::usd(0, 1))
            .unwrap();
        ledger
            .insert_split_sale(&split_sale("sale_a", 2), &[500], &entry("created", 2))
            .unwrap();
        ledger
            .insert_split_sale(&split_sale("sale_b", 2), &[300], &entry("created", 2))
            .unwrap();
        expire(&mut ledger, "sale_a");
        expire(&mut ledger, "sale_b");
        assert_eq!(
            ledger
                .void_split("sale_a", SaleState::Expired, &entry("voided", 7))
                .unwrap(),
            500
        );
        assert_eq!(
            ledger.require_sale("sale_a").unwrap().state,
            SaleState::Expired
        );

        ledger
            .retry_split(
                "sale_b",
                SaleState::Expired,
                &split_sale("sale_c", 8),
                &entry("card_retried", 8),
                &entry("created", 8),
            )
            .unwrap();
        assert_eq!(
            ledger.split_carried_from("sale_c").unwrap().as_deref(),
            Some("sale_b")
        );
        let sums = ledger.tender_sums("sale_c").unwrap();
        assert_eq!((sums.cash_applied, sums.card_part), (300, 975));
        assert_eq!(
            moves(&ledger, shift.id),
            vec![
                (DrawerMove::Float, 0),
                (DrawerMove::Sale, 500),
                (DrawerMove::Sale, 300),
                (DrawerMove::Refund, 500)
            ],
            "a void is a refund; a retry moves no cash"
        );
        // A voided sale's cash is not a cash refund of a paid sale.
        assert_eq!(ledger.tender_sums("sale_a").unwrap().cash_refunded, 0);
    }

    #[test]
    fn a_cash_refund_stays_within_the_cash_taken() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .open_shift_with_float(Mode::Test, "till-1", NewShift::usd(0, 1))
            .unwrap();
        ledger
            .insert_split_sale(&split_sale("sale_a", 2), &[500], &entry("created", 2))
            .unwrap();
        let not_paid = ledger
            .refund_cash("sale_a", 100, &entry("refund_cash", 3))
            .unwrap_err();
        assert_eq!(not_paid.reason, Some("refund_not_paid"));
        for (from, to) in [
            ("creating", "awaiting_payment"),
            ("awaiting_payment", "paid"),
        ] {
            ledger
                .transition("sale_a", from, to, &SaleUpdate::default(), &entry(to, 4))
                .unwrap();
        }
        let over = ledger
            .refund_cash("sale_a", 501, &entry("refund_cash", 5))
            .unwrap_err();
        assert_eq!(over.reason, Some("refund_exceeds_cash"));
        let sums = ledger
            .refund_cash("sale_a", 200, &entry("refund_cash", 5))
            .unwrap();
        assert_eq!((sums.cash_refunded, sums.cash_refundable()), (200, 300));
        assert_eq!(ledger.require_sale("sale_a").unwrap().amount_refunded, 200);
    }
    #[test]
    fn the_day_totals_know_what_cash_took() {
        use crate::owner::HistoryQuery;
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .open_shift_with_float(Mode::Test, "till-1", NewShift::usd(0, 1))
            .unwrap();
        // A split paid by card: 500 cash, 775 card.
        ledger
            .insert_split_sale(&split_sale("sale_a", 2), &[200, 300], &entry("created", 2))
            .unwrap();
        for (from, to) in [
            ("creating", "awaiting_payment"),
            ("awaiting_payment", "paid"),
        ] {
            ledger
                .transition("sale_a", from, to, &SaleUpdate::default(), &entry(to, 3))
                .unwrap();
        }
        // A split whose card expired, then settled in cash (rounded up by 5): all cash.
        ledger
            .insert_split_sale(&split_sale("sale_b", 2), &[500], &entry("created", 2))
            .unwrap();
        expire(&mut ledger, "sale_b");
        let rest = NewCashTender {
            amount: 780,
            tendered: 1000,
            change: 220,
            rounding: 5,
        };
        ledger
            .settle_split_in_cash("sale_b", SaleState::Expired, &rest, &entry("paid", 6))
            .unwrap();
        // A split voided (its cash given back) and one carried to a new sale, still open:
        // neither is paid, so neither counts.
        ledger
            .insert_split_sale(&split_sale("sale_c", 2), &[400], &entry("created", 2))
            .unwrap();
        expire(&mut ledger, "sale_c");
        ledger
            .void_split("sale_c", SaleState::Expired, &entry("voided", 7))
            .unwrap();
        ledger
            .insert_split_sale(&split_sale("sale_d", 2), &[100], &entry("created", 2))
            .unwrap();
        expire(&mut ledger, "sale_d");
        ledger
            .retry_split(
                "sale_d",
                SaleState::Expired,
                &split_sale("sale_e", 8),
                &entry("card_retried", 8),
                &entry("created", 8),
            )
            .unwrap();
        // A card sale.
        let mut card = split_sale("sale_f", 9);
        card.idempotency_key = "till-sale_f-create".into();
        ledger.insert_sale(&card, &entry("created", 9)).unwrap();
        for (from, to) in [
            ("creating", "awaiting_payment"),
            ("awaiting_payment", "paid"),
        ] {
            ledger
                .transition("sale_f", from, to, &SaleUpdate::default(), &entry(to, 10))
                .unwrap();
        }
        ledger
            .refund_cash("sale_a", 200, &entry("refund_cash", 11))
            .unwrap();

        let query = HistoryQuery {
            mode: "test".into(),
            ..HistoryQuery::default()
        };
        let from_days = ledger.history_totals(&query).unwrap();
        assert_eq!(from_days, ledger.history_totals_from_rows(&query).unwrap());
        let usd = from_days[0].1;
        assert_eq!(
            (usd.sales, usd.paid, usd.gross, usd.refunded, usd.cash),
            (6, 3, 3 * 1275, 200, 500 + 1275)
        );
        // The same figure as the day summary's per-tender rows.
        let by_tender: i64 = ledger
            .paid_by_tender(&query)
            .unwrap()
            .iter()
            .map(|t| t.cash)
            .sum();
        assert_eq!(by_tender, usd.cash);
        let day = ledger.local_date(2).unwrap();
        let days = ledger.day_totals("test", day, day, None).unwrap();
        assert_eq!(
            days.iter().map(|d| (d.gross, d.cash)).collect::<Vec<_>>(),
            vec![(3 * 1275, 500 + 1275)]
        );
        // A repair recomputes the same thing.
        ledger.rebuild_owner_indexes().unwrap();
        assert_eq!(ledger.history_totals(&query).unwrap(), from_days);
    }
}
