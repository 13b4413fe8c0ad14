//! Sales, their lines, the append-only timeline and the stored idempotency keys.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::columns::{Doing, Text};
use crate::error::{Error, Result};
use crate::mode::Mode;
use crate::Ledger;
use till_domain::money::Currency;
use till_domain::sale::SaleState;
use till_domain::tender::TenderKind;

/// A sale as it is first written, before Stripe is asked anything.
#[derive(Debug, Clone)]
pub struct NewSale {
    pub id: String,
    pub mode: Mode,
    pub register_id: String,
    pub state: SaleState,
    pub currency: Currency,
    pub amount_total: i64,
    pub customer_email: Option<String>,
    pub lines: Vec<NewSaleLine>,
    /// `Some` for a membership: the sale is charged through a subscription-mode session.
    pub membership: Option<super::SaleMembership>,
    /// The key for creating its Checkout Session, stored with the sale.
    pub idempotency_key: String,
    pub created_at: i64,
    /// Who rang it up (`None`: nobody signed in).
    pub staff_id: Option<String>,
    /// Its subtotal, discount, tax per rate and tip (`None`: a sale whose total is all there
    /// is to it, e.g. one imported from Stripe).
    pub pricing: Option<crate::SalePricing>,
}

/// A snapshot of one cart line at the time of the sale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSaleLine {
    pub price_id: String,
    pub product_id: String,
    pub name: String,
    pub unit_amount: i64,
    pub quantity: i64,
    /// The tax rates the line was sold with.
    pub tax_rates: Vec<till_domain::pricing::TaxRate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SaleRecord {
    pub id: String,
    pub mode: Mode,
    pub register_id: String,
    pub state: SaleState,
    pub currency: Currency,
    pub amount_total: i64,
    pub customer_email: Option<String>,
    pub session_id: Option<String>,
    pub session_url: Option<String>,
    pub session_expires_at: Option<i64>,
    pub payment_intent_id: Option<String>,
    pub amount_refunded: i64,
    /// The latest observation inside the state, e.g. the last decline reason.
    pub status_detail: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    pub settled_at: Option<i64>,
    /// How it was paid: card (Checkout; every sale before tenders), cash or split.
    pub tender: TenderKind,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SaleLineRecord {
    pub position: i64,
    pub price_id: String,
    pub product_id: String,
    pub name: String,
    pub unit_amount: i64,
    pub quantity: i64,
    pub tax_rates: Vec<till_domain::pricing::TaxRate>,
}

/// What a state change writes besides the state.
#[derive(Debug, Clone, Default)]
pub struct SaleUpdate {
    pub session_id: Option<String>,
    pub session_url: Option<String>,
    pub session_expires_at: Option<i64>,
    pub payment_intent_id: Option<String>,
    pub status_detail: Option<String>,
    pub settled_at: Option<i64>,
    /// A sale whose customer could type a promotion code, recorded paid: what Stripe charged.
    pub paid_figures: Option<crate::PaidFigures>,
}

/// One line of a sale's timeline, as written.
#[derive(Debug, Clone, Default)]
pub struct TimelineEntry {
    pub at: i64,
    /// Who saw it: `staff`, `poll`, `success_page`, `recovery`, `event`, `webhook`, `reconcile`.
    pub source: String,
    /// What happened: `created`, `session_created`, `declined`, `three_d_secure`, `paid`, ...
    pub kind: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub detail: String,
    pub session_id: Option<String>,
    pub payment_intent_id: Option<String>,
    pub event_id: Option<String>,
    /// Who did it at the counter (`None`: nobody signed in, or not a person).
    pub staff_id: Option<String>,
    /// The words of `detail` as Fluent messages (JSON of `till_domain::sale::Phrase`), so the
    /// owner reads them in the till's language; `detail` keeps the English.
    pub message: Option<String>,
}

impl TimelineEntry {
    /// The entry with `phrase` as its words: the English in `detail`, the phrase in `message`.
    pub fn with_words(mut self, phrase: &till_domain::sale::Phrase) -> TimelineEntry {
        self.detail = phrase.english();
        self.message = serde_json::to_string(phrase).ok();
        self
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineRecord {
    pub id: i64,
    pub at: i64,
    pub source: String,
    pub kind: String,
    pub from_state: Option<String>,
    pub to_state: Option<String>,
    pub detail: String,
    pub session_id: Option<String>,
    pub payment_intent_id: Option<String>,
    pub event_id: Option<String>,
    /// See [`TimelineEntry::message`] (`None` for entries written before it, or without one).
    pub message: Option<String>,
}

pub(super) const SALE_COLUMNS: &str = "id, mode, register_id, state, currency, amount_total, customer_email, session_id, \
     session_url, session_expires_at, payment_intent_id, amount_refunded, status_detail, created_at, updated_at, settled_at, tender";
/// How many columns [`SALE_COLUMNS`] has (counted from it): a query's own columns come after
/// them.
pub(super) const SALE_COLUMN_COUNT: usize = {
    let bytes = SALE_COLUMNS.as_bytes();
    let (mut count, mut i) = (1, 0);
    while i < bytes.len() {
        if bytes[i] == b',' {
            count += 1;
        }
        i += 1;
    }
    count
};

pub(super) fn sale_from_row(row: &Row<'_>) -> rusqlite::Result<SaleRecord> {
    Ok(SaleRecord {
        id: row.get(0)?,
        mode: row.get::<_, Text<Mode>>(1)?.0,
        register_id: row.get(2)?,
        state: row.get::<_, Text<SaleState>>(3)?.0,
        currency: row.get::<_, Text<Currency>>(4)?.0,
        amount_total: row.get(5)?,
        customer_email: row.get(6)?,
        session_id: row.get(7)?,
        session_url: row.get(8)?,
        session_expires_at: row.get(9)?,
        payment_intent_id: row.get(10)?,
        amount_refunded: row.get(11)?,
        status_detail: row.get(12)?,
        created_at: row.get(13)?,
        updated_at: row.get(14)?,
        settled_at: row.get(15)?,
        tender: row.get::<_, Text<TenderKind>>(16)?.0,
    })
}

/// Writes a sale's line snapshots (positions in cart order).
pub(super) fn insert_lines(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    lines: &[NewSaleLine],
) -> rusqlite::Result<()> {
    let mut insert = tx.prepare_cached(
        "INSERT INTO sale_lines (sale_id, position, price_id, product_id, name, unit_amount, quantity)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (position, line) in lines.iter().enumerate() {
        insert.execute(params![
            sale_id,
            position as i64,
            line.price_id,
            line.product_id,
            line.name,
            line.unit_amount,
            line.quantity
        ])?;
        crate::taxes::insert_line_rates(tx, sale_id, position as i64, &line.tax_rates)?;
    }
    Ok(())
}

/// Writes a sale that will be paid (wholly or partly) through a Checkout Session: the sale
/// row with its tender, its lines, its membership and its stored create key. The caller's
/// transaction adds the timeline entry (and a split's cash).
pub(super) fn insert_checkout_sale(
    tx: &rusqlite::Transaction<'_>,
    sale: &NewSale,
    tender: TenderKind,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO sales (id, mode, register_id, state, currency, amount_total, customer_email, created_at, updated_at, tender, staff_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)",
    )?
    .execute(params![
        sale.id,
        Text(sale.mode),
        sale.register_id,
        Text(sale.state),
        Text(sale.currency),
        sale.amount_total,
        sale.customer_email,
        sale.created_at,
        Text(tender),
        sale.staff_id
    ])?;
    insert_lines(tx, &sale.id, &sale.lines)?;
    if let Some(pricing) = &sale.pricing {
        crate::taxes::insert_sale_pricing(tx, &sale.id, pricing)?;
    }
    if let Some(membership) = &sale.membership {
        super::members::insert_sale_membership(tx, &sale.id, membership)?;
    }
    tx.prepare_cached(
        "INSERT INTO idempotency_keys (key, sale_id, purpose, mode, created_at) VALUES (?1, ?2, 'create_session', ?3, ?4)",
    )?
    .execute(params![sale.idempotency_key, sale.id, Text(sale.mode), sale.created_at])?;
    Ok(())
}

pub(super) fn insert_timeline(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    entry: &TimelineEntry,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO sale_timeline (sale_id, at, source, kind, from_state, to_state, detail, session_id, payment_intent_id, event_id, staff_id, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?
    .execute(params![
        sale_id,
        entry.at,
        entry.source,
        entry.kind,
        entry.from_state,
        entry.to_state,
        entry.detail,
        entry.session_id,
        entry.payment_intent_id,
        entry.event_id,
        entry.staff_id,
        entry.message
    ])?;
    Ok(())
}

impl Ledger {
    /// Writes a new sale, its lines, its idempotency key and its first timeline entry in one
    /// transaction. This happens before Stripe is asked anything.
    pub fn insert_sale(&mut self, sale: &NewSale, entry: &TimelineEntry) -> Result<()> {
        let doing = "recording a new sale";
        let tx = self.conn.transaction().doing(doing)?;
        insert_checkout_sale(&tx, sale, TenderKind::Card).doing(doing)?;
        insert_timeline(&tx, &sale.id, entry).doing(doing)?;
        tx.commit().doing(doing)
    }

    pub fn sale(&self, id: &str) -> Result<Option<SaleRecord>> {
        self.conn
            .prepare_cached(&format!("SELECT {SALE_COLUMNS} FROM sales WHERE id = ?1"))
            .and_then(|mut s| s.query_row([id], sale_from_row).optional())
            .doing("reading a sale")
    }

    /// The sale, or a `not_found` error naming it.
    pub fn require_sale(&self, id: &str) -> Result<SaleRecord> {
        self.sale(id)?.ok_or_else(|| {
            Error::new(
                crate::error::ErrorCode::NotFound,
                format!("There is no sale {id} in this ledger. Check the id (tillctl sales lists them)."),
            )
        })
    }

    pub fn sale_by_session(&self, session_id: &str) -> Result<Option<SaleRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {SALE_COLUMNS} FROM sales WHERE session_id = ?1"
            ))
            .and_then(|mut s| s.query_row([session_id], sale_from_row).optional())
            .doing("finding a sale by its session")
    }

    pub fn sale_lines(&self, sale_id: &str) -> Result<Vec<SaleLineRecord>> {
        self.conn
            .prepare_cached(
                "SELECT position, price_id, product_id, name, unit_amount, quantity FROM sale_lines
                 WHERE sale_id = ?1 ORDER BY position",
            )
            .and_then(|mut s| {
                let mut lines = s
                    .query_map([sale_id], |row| {
                        Ok(SaleLineRecord {
                            position: row.get(0)?,
                            price_id: row.get(1)?,
                            product_id: row.get(2)?,
                            name: row.get(3)?,
                            unit_amount: row.get(4)?,
                            quantity: row.get(5)?,
                            tax_rates: Vec::new(),
                        })
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                for (position, rate) in crate::taxes::line_rates(&self.conn, sale_id)? {
                    if let Some(line) = lines.iter_mut().find(|l| l.position == position) {
                        line.tax_rates.push(rate);
                    }
                }
                Ok(lines)
            })
            .doing("reading a sale's lines")
    }

    pub fn timeline(&self, sale_id: &str) -> Result<Vec<TimelineRecord>> {
        self.conn
            .prepare_cached(
                "SELECT id, at, source, kind, from_state, to_state, detail, session_id, payment_intent_id, event_id,
                        message
                 FROM sale_timeline WHERE sale_id = ?1 ORDER BY id",
            )
            .and_then(|mut s| {
                s.query_map([sale_id], |row| {
                    Ok(TimelineRecord {
                        id: row.get(0)?,
                        at: row.get(1)?,
                        source: row.get(2)?,
                        kind: row.get(3)?,
                        from_state: row.get(4)?,
                        to_state: row.get(5)?,
                        detail: row.get(6)?,
                        session_id: row.get(7)?,
                        payment_intent_id: row.get(8)?,
                        event_id: row.get(9)?,
                        message: row.get(10)?,
                    })
                })?
                .collect()
            })
            .doing("reading a sale's timeline")
    }

    /// Moves a sale from `expected_state` to `new_state` and appends the timeline entry, in
    /// one transaction. Compare-and-set: returns `false` and changes nothing when the sale is
    /// no longer in `expected_state` (another watcher got there first).
    pub fn transition(
        &mut self,
        sale_id: &str,
        expected_state: &str,
        new_state: &str,
        update: &SaleUpdate,
        entry: &TimelineEntry,
    ) -> Result<bool> {
        let doing = "recording a sale's new state";
        let tx = self.conn.transaction().doing(doing)?;
        let changed = tx
            .prepare_cached(
                "UPDATE sales SET state = ?3,
                    session_id = COALESCE(?4, session_id),
                    session_url = COALESCE(?5, session_url),
                    session_expires_at = COALESCE(?6, session_expires_at),
                    payment_intent_id = COALESCE(?7, payment_intent_id),
                    status_detail = ?8,
                    settled_at = COALESCE(?9, settled_at),
                    updated_at = ?10
                 WHERE id = ?1 AND state = ?2",
            )
            .and_then(|mut s| {
                s.execute(params![
                    sale_id,
                    expected_state,
                    new_state,
                    update.session_id,
                    update.session_url,
                    update.session_expires_at,
                    update.payment_intent_id,
                    update.status_detail,
                    update.settled_at,
                    entry.at
                ])
            })
            .doing(doing)?;
        if changed == 0 {
            return Ok(false);
        }
        if let Some(paid) = &update.paid_figures {
            crate::taxes::record_paid_figures(&tx, sale_id, paid).doing(doing)?;
        }
        insert_timeline(&tx, sale_id, entry).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(true)
    }

    /// Records an observation that does not change the state (a declined attempt, 3-D
    /// Secure in progress), unless the sale already shows the same detail.
    /// Returns whether anything was written.
    pub fn note(
        &mut self,
        sale_id: &str,
        expected_state: &str,
        status_detail: &str,
        entry: &TimelineEntry,
    ) -> Result<bool> {
        let doing = "recording what Stripe reported";
        let tx = self.conn.transaction().doing(doing)?;
        let changed = tx
            .prepare_cached(
                "UPDATE sales SET status_detail = ?3, updated_at = ?4,
                    payment_intent_id = COALESCE(?5, payment_intent_id)
                 WHERE id = ?1 AND state = ?2 AND status_detail IS NOT ?3",
            )
            .and_then(|mut s| {
                s.execute(params![
                    sale_id,
                    expected_state,
                    status_detail,
                    entry.at,
                    entry.payment_intent_id
                ])
            })
            .doing(doing)?;
        if changed == 0 {
            return Ok(false);
        }
        insert_timeline(&tx, sale_id, entry).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(true)
    }

    /// Sales that are not finished: `creating`, `awaiting_payment`, `canceling`, `processing`.
    pub fn unfinished_sales(&self) -> Result<Vec<SaleRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {SALE_COLUMNS} FROM sales WHERE state IN ('creating', 'awaiting_payment', 'canceling', 'processing')
                 ORDER BY created_at, id"
            ))
            .and_then(|mut s| s.query_map([], sale_from_row)?.collect())
            .doing("listing unfinished sales")
    }

    /// The newest sales of a mode, optionally of one state.
    pub fn recent_sales(
        &self,
        mode: &str,
        state: Option<&str>,
        limit: usize,
    ) -> Result<Vec<SaleRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {SALE_COLUMNS} FROM sales WHERE mode = ?1 AND (?2 IS NULL OR state = ?2)
                 ORDER BY created_at DESC, id DESC LIMIT ?3"
            ))
            .and_then(|mut s| {
                s.query_map(params![mode, state, limit as i64], sale_from_row)?
                    .collect()
            })
            .doing("listing sales")
    }

    /// The stored idempotency key of a sale for a purpose (`create_session`, `expire_session`, ...).
    pub fn idempotency_key(&self, sale_id: &str, purpose: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached("SELECT key FROM idempotency_keys WHERE sale_id = ?1 AND purpose = ?2")
            .and_then(|mut s| s.query_row([sale_id, purpose], |row| row.get(0)).optional())
            .doing("reading an idempotency key")
    }

    /// The newest stored key of a sale whose purpose starts with `purpose` (`create_session`
    /// finds `create_session` and its replacements `create_session:2`, ...), with its purpose.
    pub fn latest_idempotency_key(
        &self,
        sale_id: &str,
        purpose: &str,
    ) -> Result<Option<(String, String)>> {
        self.conn
            .prepare_cached(
                "SELECT key, purpose FROM idempotency_keys
                 WHERE sale_id = ?1 AND (purpose = ?2 OR purpose LIKE ?2 || ':%')
                 ORDER BY created_at DESC, rowid DESC LIMIT 1",
            )
            .and_then(|mut s| {
                s.query_row([sale_id, purpose], |row| Ok((row.get(0)?, row.get(1)?)))
                    .optional()
            })
            .doing("reading an idempotency key")
    }

    /// When `key` was stored (Unix ms).
    pub fn idempotency_key_created_at(&self, key: &str) -> Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT created_at FROM idempotency_keys WHERE key = ?1")
            .and_then(|mut s| s.query_row([key], |row| row.get(0)).optional())
            .doing("reading an idempotency key")
    }

    /// The stored key for `(sale, purpose)`, storing `candidate` first if there is none.
    pub fn ensure_idempotency_key(
        &mut self,
        sale_id: &str,
        purpose: &str,
        mode: &str,
        candidate: &str,
        at: i64,
    ) -> Result<String> {
        self.conn
            .prepare_cached(
                "INSERT INTO idempotency_keys (key, sale_id, purpose, mode, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (sale_id, purpose) DO NOTHING",
            )
            .and_then(|mut s| s.execute(params![candidate, sale_id, purpose, mode, at]))
            .doing("storing an idempotency key")?;
        self.idempotency_key(sale_id, purpose)?.ok_or_else(|| {
            Error::internal("An idempotency key vanished right after it was stored.")
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn new_sale(id: &str) -> NewSale {
        NewSale {
            pricing: None,
            staff_id: None,
            id: id.into(),
            mode: Mode::Training,
            register_id: "reg_1".into(),
            state: SaleState::Creating,
            currency: Currency::USD,
            amount_total: 2900,
            customer_email: None,
            lines: vec![NewSaleLine {
                tax_rates: Vec::new(),
                price_id: "price_1".into(),
                product_id: "prod_1".into(),
                name: "Pro Plan".into(),
                unit_amount: 2900,
                quantity: 1,
            }],
            idempotency_key: format!("till-{id}-create"),
            membership: None,
            created_at: 1_000,
        }
    }

    fn entry(kind: &str) -> TimelineEntry {
        TimelineEntry {
            at: 2_000,
            source: "staff".into(),
            kind: kind.into(),
            ..TimelineEntry::default()
        }
    }

    #[test]
    fn a_sale_is_written_with_lines_key_and_timeline() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_sale(&new_sale("sale_a"), &entry("created"))
            .unwrap();
        let sale = ledger.require_sale("sale_a").unwrap();
        assert_eq!(sale.state, "creating");
        assert_eq!(sale.amount_total, 2900);
        assert_eq!(ledger.sale_lines("sale_a").unwrap().len(), 1);
        assert_eq!(
            ledger
                .idempotency_key("sale_a", "create_session")
                .unwrap()
                .as_deref(),
            Some("till-sale_a-create")
        );
        assert_eq!(ledger.timeline("sale_a").unwrap()[0].kind, "created");
    }

    #[test]
    fn transition_is_compare_and_set() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_sale(&new_sale("sale_a"), &entry("created"))
            .unwrap();
        let update = SaleUpdate {
            session_id: Some("cs_test_1".into()),
            ..SaleUpdate::default()
        };
        assert!(ledger
            .transition(
                "sale_a",
                "creating",
                "awaiting_payment",
                &update,
                &entry("session_created")
            )
            .unwrap());
        // A second watcher with a stale view changes nothing.
        assert!(!ledger
            .transition(
                "sale_a",
                "creating",
                "awaiting_payment",
                &update,
                &entry("session_created")
            )
            .unwrap());
        assert_eq!(ledger.timeline("sale_a").unwrap().len(), 2);
        let sale = ledger.require_sale("sale_a").unwrap();
        assert_eq!(sale.session_id.as_deref(), Some("cs_test_1"));
        assert_eq!(
            ledger
                .sale_by_session("cs_test_1")
                .unwrap()
                .map(|s| s.id)
                .as_deref(),
            Some("sale_a")
        );
    }

    #[test]
    fn the_same_note_is_recorded_once() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_sale(&new_sale("sale_a"), &entry("created"))
            .unwrap();
        assert!(ledger
            .note(
                "sale_a",
                "creating",
                "declined:insufficient_funds",
                &entry("declined")
            )
            .unwrap());
        assert!(!ledger
            .note(
                "sale_a",
                "creating",
                "declined:insufficient_funds",
                &entry("declined")
            )
            .unwrap());
        assert_eq!(ledger.timeline("sale_a").unwrap().len(), 2);
    }

    #[test]
    fn the_timeline_is_append_only() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_sale(&new_sale("sale_a"), &entry("created"))
            .unwrap();
        let conn = ledger.connection();
        assert!(conn
            .execute("UPDATE sale_timeline SET kind = 'x'", [])
            .is_err());
        assert!(conn.execute("DELETE FROM sale_timeline", []).is_err());
    }

    #[test]
    fn a_duplicate_sale_id_is_refused_and_changes_nothing() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_sale(&new_sale("sale_a"), &entry("created"))
            .unwrap();
        let mut again = new_sale("sale_a");
        again.idempotency_key = "other".into();
        again.amount_total = 1;
        assert!(ledger.insert_sale(&again, &entry("created")).is_err());
        assert_eq!(ledger.require_sale("sale_a").unwrap().amount_total, 2900);
        assert_eq!(ledger.timeline("sale_a").unwrap().len(), 1);
    }

    #[test]
    fn ensure_idempotency_key_keeps_the_first() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_sale(&new_sale("sale_a"), &entry("created"))
            .unwrap();
        let first = ledger
            .ensure_idempotency_key("sale_a", "expire_session", "training", "k1", 5)
            .unwrap();
        let second = ledger
            .ensure_idempotency_key("sale_a", "expire_session", "training", "k2", 6)
            .unwrap();
        assert_eq!(first, "k1");
        assert_eq!(second, "k1");
    }

    #[test]
    fn unfinished_and_recent_sales() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        ledger
            .insert_sale(&new_sale("sale_a"), &entry("created"))
            .unwrap();
        let mut b = new_sale("sale_b");
        b.created_at = 1_500;
        ledger.insert_sale(&b, &entry("created")).unwrap();
        ledger
            .transition(
                "sale_b",
                "creating",
                "paid",
                &SaleUpdate::default(),
                &entry("paid"),
            )
            .unwrap();
        let unfinished: Vec<_> = ledger
            .unfinished_sales()
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(unfinished, vec!["sale_a"]);
        let recent: Vec<_> = ledger
            .recent_sales("training", None, 10)
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(recent, vec!["sale_b", "sale_a"]);
        assert_eq!(
            ledger
                .recent_sales("training", Some("paid"), 10)
                .unwrap()
                .len(),
            1
        );
        assert!(ledger.recent_sales("live", None, 10).unwrap().is_empty());
    }

    #[test]
    fn a_file_ledger_survives_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("till.sqlite3");
        {
            let mut ledger = Ledger::open(&path).unwrap();
            ledger
                .insert_sale(&new_sale("sale_a"), &entry("created"))
                .unwrap();
        }
        let ledger = Ledger::open(&path).unwrap();
        assert_eq!(
            ledger.schema_version().unwrap(),
            super::super::migrations::SCHEMA_VERSION
        );
        assert!(ledger.sale("sale_a").unwrap().is_some());
        let mode: String = ledger
            .connection()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        let fk: i64 = ledger
            .connection()
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
        let sync: i64 = ledger
            .connection()
            .query_row("PRAGMA synchronous", [], |r| r.get(0))
            .unwrap();
        assert_eq!(sync, 2, "synchronous must be FULL");
    }
}
