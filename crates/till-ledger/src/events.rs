//! What the authoritative signals need in the ledger: Stripe events as received (raw JSON,
//! deduplicated by id, with what applying them did), the Events API cursor per mode, refunds,
//! sales imported from Stripe (another till's, or a lost ledger's), reconciliation runs, and
//! history by register.

use rusqlite::{params, OptionalExtension};
use serde::Serialize;

use super::sales::{insert_lines, insert_timeline, NewSaleLine, SaleRecord, TimelineEntry};
use crate::columns::Doing;
use crate::error::Result;
use crate::Ledger;

/// Schema change `0002_events` (listed in `migrations.rs`).
pub(super) const EVENTS_SQL: &str = r#"
    CREATE TABLE stripe_events (
        id          TEXT PRIMARY KEY,
        mode        TEXT NOT NULL,
        type        TEXT NOT NULL,
        created     INTEGER NOT NULL,
        livemode    INTEGER NOT NULL,
        api_version TEXT,
        received_by TEXT NOT NULL,
        raw         TEXT NOT NULL,
        received_at INTEGER NOT NULL,
        attempts    INTEGER NOT NULL DEFAULT 0,
        applied_at  INTEGER,
        outcome     TEXT,
        sale_id     TEXT
    ) STRICT;
    CREATE INDEX stripe_events_unapplied ON stripe_events (created, id) WHERE applied_at IS NULL;
    CREATE INDEX stripe_events_by_sale ON stripe_events (sale_id) WHERE sale_id IS NOT NULL;

    CREATE TABLE stripe_event_cursors (
        mode      TEXT PRIMARY KEY,
        created   INTEGER NOT NULL,
        polled_at INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE sale_refunds (
        id       TEXT PRIMARY KEY,
        sale_id  TEXT NOT NULL REFERENCES sales (id),
        amount   INTEGER NOT NULL CHECK (amount >= 0),
        currency TEXT NOT NULL,
        status   TEXT NOT NULL,
        as_of    INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX sale_refunds_by_sale ON sale_refunds (sale_id);

    CREATE TABLE reconcile_runs (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        mode          TEXT NOT NULL,
        started_at    INTEGER NOT NULL,
        since         INTEGER NOT NULL,
        until         INTEGER,
        all_registers INTEGER NOT NULL,
        report        TEXT NOT NULL
    ) STRICT;

    CREATE INDEX sales_by_payment_intent ON sales (payment_intent_id) WHERE payment_intent_id IS NOT NULL;
    CREATE INDEX sales_by_register ON sales (mode, register_id, created_at DESC);
    "#;

/// An event as Till received it, before or after applying it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredEvent {
    pub id: String,
    pub mode: String,
    #[serde(rename = "type")]
    pub kind: String,
    /// Stripe's `created`, Unix seconds.
    pub created: i64,
    pub livemode: bool,
    pub api_version: Option<String>,
    /// `event` (the Events API poller) or `webhook`: whichever brought it first.
    pub received_by: String,
    /// The event exactly as received.
    pub raw: String,
    pub received_at: i64,
    pub attempts: i64,
    pub applied_at: Option<i64>,
    /// What applying it did, in words.
    pub outcome: Option<String>,
    pub sale_id: Option<String>,
}

/// A new event to record.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    pub id: &'a str,
    pub mode: &'a str,
    pub kind: &'a str,
    pub created: i64,
    pub livemode: bool,
    pub api_version: Option<&'a str>,
    pub received_by: &'a str,
    pub raw: &'a str,
    pub received_at: i64,
}

/// A refund as last reported by Stripe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefundRecord {
    pub id: String,
    pub sale_id: String,
    pub amount: i64,
    pub currency: String,
    pub status: String,
    /// `created` of the newest event applied to it (Unix seconds).
    pub as_of: i64,
}

/// A sale that Till did not charge itself: found at Stripe by reconciliation (another till's,
/// or this till's after its ledger was lost). It is written with its session, so it is never
/// in `creating` and no Checkout Session is ever created for it; it has no idempotency key.
#[derive(Debug, Clone)]
pub struct ImportedSale {
    pub id: String,
    pub mode: String,
    pub register_id: String,
    pub currency: String,
    pub amount_total: i64,
    pub customer_email: Option<String>,
    pub session_id: String,
    pub session_url: Option<String>,
    pub session_expires_at: Option<i64>,
    pub lines: Vec<NewSaleLine>,
    pub created_at: i64,
}

const STATE_AFTER_IMPORT: &str = "awaiting_payment";

const EVENT_COLUMNS: &str = "id, mode, type, created, livemode, api_version, received_by, raw, received_at, attempts, applied_at, outcome, sale_id";

fn event_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<StoredEvent> {
    Ok(StoredEvent {
        id: row.get(0)?,
        mode: row.get(1)?,
        kind: row.get(2)?,
        created: row.get(3)?,
        livemode: row.get::<_, i64>(4)? != 0,
        api_version: row.get(5)?,
        received_by: row.get(6)?,
        raw: row.get(7)?,
        received_at: row.get(8)?,
        attempts: row.get(9)?,
        applied_at: row.get(10)?,
        outcome: row.get(11)?,
        sale_id: row.get(12)?,
    })
}

/// A timeline row written by this module (refunds, corrections, imports): a timeline entry.
pub type Note = TimelineEntry;

/// How sure a refund status is: a final status wins over a pending one reported in the same second.
fn refund_status_rank(status: &str) -> u8 {
    match status {
        "succeeded" | "failed" | "canceled" => 1,
        _ => 0,
    }
}

/// Statuses whose amount is counted as refunded (as Stripe counts the charge's `amount_refunded`).
const COUNTED_REFUND_STATUSES: &str = "('pending', 'succeeded', 'requires_action')";

impl Ledger {
    /// Records an event unless its id is already known. Returns whether it was new.
    pub fn record_event(&mut self, event: &NewEvent<'_>) -> Result<bool> {
        let inserted = self
            .conn
            .prepare_cached(
                "INSERT INTO stripe_events (id, mode, type, created, livemode, api_version, received_by, raw, received_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT (id) DO NOTHING",
            )
            .and_then(|mut s| {
                s.execute(params![
                    event.id,
                    event.mode,
                    event.kind,
                    event.created,
                    i64::from(event.livemode),
                    event.api_version,
                    event.received_by,
                    event.raw,
                    event.received_at
                ])
            })
            .doing("recording a Stripe event")?;
        Ok(inserted == 1)
    }

    pub fn stored_event(&self, id: &str) -> Result<Option<StoredEvent>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM stripe_events WHERE id = ?1"
            ))
            .and_then(|mut s| s.query_row([id], event_from_row).optional())
            .doing("reading a Stripe event")
    }

    /// The ids of a mode's events recorded but not applied yet, oldest first. Only the ids:
    /// each is read again when it is applied, so a poll that finds hundreds of events does not
    /// hold every event's body at once (it did, a few MiB after a busy spell, and the
    /// allocator kept that peak).
    pub fn unapplied_event_ids(&self, mode: &str) -> Result<Vec<String>> {
        self.conn
            .prepare_cached(
                "SELECT id FROM stripe_events WHERE applied_at IS NULL AND mode = ?1
                 ORDER BY created, received_at, rowid",
            )
            .and_then(|mut s| s.query_map([mode], |row| row.get(0))?.collect())
            .doing("listing unapplied Stripe events")
    }

    /// The newest events of a mode, newest first.
    pub fn recent_events(&self, mode: &str, limit: usize) -> Result<Vec<StoredEvent>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM stripe_events WHERE mode = ?1
                 ORDER BY created DESC, received_at DESC, rowid DESC LIMIT ?2"
            ))
            .and_then(|mut s| {
                s.query_map(params![mode, limit as i64], event_from_row)?
                    .collect()
            })
            .doing("listing Stripe events")
    }

    /// The events that concerned a sale, oldest first.
    pub fn events_of_sale(&self, sale_id: &str) -> Result<Vec<StoredEvent>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM stripe_events WHERE sale_id = ?1 ORDER BY created, rowid"
            ))
            .and_then(|mut s| s.query_map([sale_id], event_from_row)?.collect())
            .doing("listing a sale's Stripe events")
    }

    /// Marks an event applied with what it did. Only the first applier writes; returns whether
    /// this call did.
    pub fn finish_event(
        &mut self,
        id: &str,
        outcome: &str,
        sale_id: Option<&str>,
        at: i64,
    ) -> Result<bool> {
        let changed = self
            .conn
            .prepare_cached(
                "UPDATE stripe_events SET applied_at = ?2, outcome = ?3, sale_id = COALESCE(?4, sale_id),
                    attempts = attempts + 1
                 WHERE id = ?1 AND applied_at IS NULL",
            )
            .and_then(|mut s| s.execute(params![id, at, outcome, sale_id]))
            .doing("recording what a Stripe event did")?;
        Ok(changed == 1)
    }

    /// Counts a failed attempt to apply an event (it stays unapplied, to be tried again).
    /// Returns the attempts so far.
    pub fn event_attempt_failed(&mut self, id: &str, outcome: &str) -> Result<i64> {
        self.conn
            .prepare_cached(
                "UPDATE stripe_events SET attempts = attempts + 1, outcome = ?2 WHERE id = ?1 AND applied_at IS NULL",
            )
            .and_then(|mut s| s.execute(params![id, outcome]))
            .doing("recording a failed Stripe event")?;
        self.conn
            .prepare_cached("SELECT attempts FROM stripe_events WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |row| row.get(0)))
            .doing("reading a Stripe event")
    }

    /// Notes why an event waits (it stays unapplied, to be tried again; no attempt is counted).
    pub fn note_event_waiting(&mut self, id: &str, outcome: &str) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE stripe_events SET outcome = ?2 WHERE id = ?1 AND applied_at IS NULL",
            )
            .and_then(|mut s| s.execute(params![id, outcome]))
            .map(|_| ())
            .doing("recording why a Stripe event waits")
    }

    /// Refund events of a mode that mention `payment_intent_id` and matched no sale (they
    /// waited, or gave up waiting): a sale imported later takes them.
    pub fn unmatched_refund_events(
        &self,
        mode: &str,
        payment_intent_id: &str,
    ) -> Result<Vec<StoredEvent>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {EVENT_COLUMNS} FROM stripe_events
                 WHERE mode = ?1 AND sale_id IS NULL AND instr(raw, ?2) > 0
                   AND type IN ('refund.created', 'refund.updated', 'refund.failed', 'charge.refund.updated', 'charge.refunded')
                 ORDER BY created, rowid"
            ))
            .and_then(|mut s| {
                s.query_map(params![mode, format!("\"{payment_intent_id}\"")], event_from_row)?
                    .collect()
            })
            .doing("finding refund events for a PaymentIntent")
    }

    /// Makes an applied event unapplied again, to be applied once more (idempotently).
    pub fn reopen_event(&mut self, id: &str) -> Result<()> {
        self.conn
            .prepare_cached("UPDATE stripe_events SET applied_at = NULL WHERE id = ?1")
            .and_then(|mut s| s.execute([id]))
            .map(|_| ())
            .doing("reopening a Stripe event")
    }

    /// Drops the raw JSON of events applied and received before `received_before` (ms),
    /// keeping each event's id (so it is still never applied twice), type, times, outcome and
    /// sale. Stripe's Events API reaches back 30 days, so such an event can no longer arrive
    /// again; without this the ledger would grow by every event's full JSON forever. Returns
    /// how many were compacted. Unapplied events are never touched.
    pub fn compact_events(&mut self, received_before: i64) -> Result<usize> {
        self.conn
            .prepare_cached(
                "UPDATE stripe_events SET raw = ''
                 WHERE applied_at IS NOT NULL AND received_at < ?1 AND raw != ''",
            )
            .and_then(|mut s| s.execute([received_before]))
            .doing("compacting old Stripe events")
    }

    /// `created` of the newest event the poller has seen in this mode.
    pub fn event_cursor(&self, mode: &str) -> Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT created FROM stripe_event_cursors WHERE mode = ?1")
            .and_then(|mut s| s.query_row([mode], |row| row.get(0)).optional())
            .doing("reading the Events API cursor")
    }

    /// Moves the cursor forward (never back).
    pub fn advance_event_cursor(&mut self, mode: &str, created: i64, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO stripe_event_cursors (mode, created, polled_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT (mode) DO UPDATE SET created = max(created, excluded.created), polled_at = excluded.polled_at",
            )
            .and_then(|mut s| s.execute(params![mode, created, at]))
            .map(|_| ())
            .doing("saving the Events API cursor")
    }

    pub fn sale_by_payment_intent(&self, payment_intent_id: &str) -> Result<Option<SaleRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {} FROM sales WHERE payment_intent_id = ?1 ORDER BY created_at LIMIT 1",
                super::sales::SALE_COLUMNS
            ))
            .and_then(|mut s| {
                s.query_row([payment_intent_id], super::sales::sale_from_row)
                    .optional()
            })
            .doing("finding a sale by its PaymentIntent")
    }

    pub fn refunds_of_sale(&self, sale_id: &str) -> Result<Vec<RefundRecord>> {
        self.conn
            .prepare_cached(
                "SELECT id, sale_id, amount, currency, status, as_of FROM sale_refunds WHERE sale_id = ?1 ORDER BY rowid",
            )
            .and_then(|mut s| {
                s.query_map([sale_id], |row| {
                    Ok(RefundRecord {
                        id: row.get(0)?,
                        sale_id: row.get(1)?,
                        amount: row.get(2)?,
                        currency: row.get(3)?,
                        status: row.get(4)?,
                        as_of: row.get(5)?,
                    })
                })?
                .collect()
            })
            .doing("reading a sale's refunds")
    }

    /// Applies what Stripe reported about a refund (as of `refund.as_of`), unless something
    /// newer is already recorded: the refund row, the sale's `amount_refunded` (the sum of its
    /// pending and succeeded refunds, plus what went back in cash) and, when anything changed, `note` in the timeline, in
    /// one transaction. Returns the refund as it was before, and whether anything changed.
    pub fn apply_refund(
        &mut self,
        refund: &RefundRecord,
        note: &Note,
    ) -> Result<(Option<RefundRecord>, bool)> {
        let doing = "recording a refund";
        let tx = self.conn.transaction().doing(doing)?;
        let before: Option<RefundRecord> = tx
            .prepare_cached(
                "SELECT id, sale_id, amount, currency, status, as_of FROM sale_refunds WHERE id = ?1",
            )
            .and_then(|mut s| {
                s.query_row([&refund.id], |row| {
                    Ok(RefundRecord {
                        id: row.get(0)?,
                        sale_id: row.get(1)?,
                        amount: row.get(2)?,
                        currency: row.get(3)?,
                        status: row.get(4)?,
                        as_of: row.get(5)?,
                    })
                })
                .optional()
            })
            .doing(doing)?;
        let newer = match &before {
            None => true,
            Some(old) => {
                refund.as_of > old.as_of
                    || (refund.as_of == old.as_of
                        && refund_status_rank(&refund.status) >= refund_status_rank(&old.status))
            }
        };
        let differs = before
            .as_ref()
            .is_none_or(|old| old.status != refund.status || old.amount != refund.amount);
        if !newer || !differs {
            if newer {
                tx.execute(
                    "UPDATE sale_refunds SET as_of = ?2 WHERE id = ?1",
                    params![refund.id, refund.as_of],
                )
                .doing(doing)?;
                tx.commit().doing(doing)?;
            }
            return Ok((before, false));
        }
        tx.execute(
            "INSERT INTO sale_refunds (id, sale_id, amount, currency, status, as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET amount = excluded.amount, status = excluded.status, as_of = excluded.as_of",
            params![
                refund.id,
                refund.sale_id,
                refund.amount,
                refund.currency,
                refund.status,
                refund.as_of
            ],
        )
        .doing(doing)?;
        tx.execute(
            &format!(
                "UPDATE sales SET amount_refunded = (SELECT COALESCE(SUM(amount), 0) FROM sale_refunds
                    WHERE sale_id = ?1 AND status IN {COUNTED_REFUND_STATUSES})
                    + (SELECT COALESCE(SUM(amount), 0) FROM drawer_moves WHERE sale_id = ?1 AND kind = 'refund'),
                    updated_at = ?2
                 WHERE id = ?1"
            ),
            params![refund.sale_id, note.at],
        )
        .doing(doing)?;
        insert_timeline(&tx, &refund.sale_id, note).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok((before, true))
    }

    /// Writes a sale found at Stripe, with its lines and an `imported` timeline entry, in one
    /// transaction, in state `awaiting_payment` with its session: the caller then applies the
    /// session through the state machine. Refuses a sale id or session id already present.
    pub fn insert_imported_sale(&mut self, sale: &ImportedSale, note: &Note) -> Result<()> {
        let doing = "importing a sale from Stripe";
        let tx = self.conn.transaction().doing(doing)?;
        tx.prepare_cached(
            "INSERT INTO sales (id, mode, register_id, state, currency, amount_total, customer_email,
                session_id, session_url, session_expires_at, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        )
        .and_then(|mut s| {
            s.execute(params![
                sale.id,
                sale.mode,
                sale.register_id,
                STATE_AFTER_IMPORT,
                sale.currency,
                sale.amount_total,
                sale.customer_email,
                sale.session_id,
                sale.session_url,
                sale.session_expires_at,
                sale.created_at,
                note.at
            ])
        })
        .doing(doing)?;
        insert_lines(&tx, &sale.id, &sale.lines).doing(doing)?;
        insert_timeline(&tx, &sale.id, note).doing(doing)?;
        tx.commit().doing(doing)
    }

    /// Reconciliation's correction of a state the state machine would not change, because the
    /// ledger contradicts what Stripe reports now: the state, the PaymentIntent and the
    /// settlement time become Stripe's. Compare-and-set on `expected_state`, with the
    /// `corrected` timeline entry, in one transaction. Returns whether it was written.
    pub fn correct_sale_state(
        &mut self,
        sale_id: &str,
        expected_state: &str,
        new_state: &str,
        payment_intent_id: Option<&str>,
        settled_at: Option<i64>,
        note: &Note,
    ) -> Result<bool> {
        let doing = "correcting a sale from Stripe";
        let tx = self.conn.transaction().doing(doing)?;
        let changed = tx
            .execute(
                "UPDATE sales SET state = ?3, status_detail = NULL,
                    payment_intent_id = ?4, settled_at = ?5, updated_at = ?6
                 WHERE id = ?1 AND state = ?2",
                params![
                    sale_id,
                    expected_state,
                    new_state,
                    payment_intent_id,
                    settled_at,
                    note.at
                ],
            )
            .doing(doing)?;
        if changed == 0 {
            return Ok(false);
        }
        insert_timeline(&tx, sale_id, note).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(true)
    }

    /// Records a reconciliation run and its report (JSON).
    pub fn record_reconcile_run(
        &mut self,
        mode: &str,
        started_at: i64,
        since: i64,
        until: Option<i64>,
        all_registers: bool,
        report: &str,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO reconcile_runs (mode, started_at, since, until, all_registers, report) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    mode,
                    started_at,
                    since,
                    until,
                    i64::from(all_registers),
                    report
                ])
            })
            .map(|_| ())
            .doing("recording a reconciliation")
    }

    /// When the last reconciliation of a mode started (ms), if any.
    pub fn last_reconcile_started(&self, mode: &str) -> Result<Option<i64>> {
        self.conn
            .prepare_cached("SELECT max(started_at) FROM reconcile_runs WHERE mode = ?1")
            .and_then(|mut s| s.query_row([mode], |row| row.get(0)))
            .doing("reading the last reconciliation")
    }

    /// The newest sales of a mode, of one register (or all), optionally of one state.
    pub fn sales_by_register(
        &self,
        mode: &str,
        register_id: Option<&str>,
        state: Option<&str>,
        limit: usize,
    ) -> Result<Vec<SaleRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {} FROM sales WHERE mode = ?1 AND (?2 IS NULL OR register_id = ?2) AND (?3 IS NULL OR state = ?3)
                 ORDER BY created_at DESC, id DESC LIMIT ?4",
                super::sales::SALE_COLUMNS
            ))
            .and_then(|mut s| {
                s.query_map(
                    params![mode, register_id, state, limit as i64],
                    super::sales::sale_from_row,
                )?
                .collect()
            })
            .doing("listing sales by register")
    }

    /// The registers that have sales in a mode, with how many.
    pub fn registers(&self, mode: &str) -> Result<Vec<(String, i64)>> {
        self.conn
            .prepare_cached(
                "SELECT register_id, count(*) FROM sales WHERE mode = ?1 GROUP BY register_id ORDER BY register_id",
            )
            .and_then(|mut s| {
                s.query_map([mode], |row| Ok((row.get(0)?, row.get(1)?)))?
                    .collect()
            })
            .doing("listing registers")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mode::Mode;
    use crate::{NewSale, TimelineEntry};
    use till_domain::money::Currency;
    use till_domain::sale::SaleState;

    fn event<'a>(id: &'a str, created: i64, raw: &'a str) -> NewEvent<'a> {
        NewEvent {
            id,
            mode: "training",
            kind: "checkout.session.completed",
            created,
            livemode: false,
            api_version: Some("2026-09-30.endive"),
            received_by: "event",
            raw,
            received_at: 5,
        }
    }

    fn sale(ledger: &mut Ledger, id: &str) {
        ledger
            .insert_sale(
                &NewSale {
                    pricing: None,
                    staff_id: None,
                    id: id.into(),
                    mode: Mode::Training,
                    register_id: "reg_1".into(),
                    state: SaleState::Creating,
                    currency: Currency::USD,
                    amount_total: 1000,
                    customer_email: None,
                    lines: vec![NewSaleLine {
                        tax_rates: Vec::new(),
                        price_id: "price_1".into(),
                        product_id: "prod_1".into(),
                        name: "Tea".into(),
                        unit_amount: 1000,
                        quantity: 1,
                    }],
                    idempotency_key: format!("till-{id}-create"),
                    membership: None,
                    created_at: 1,
                },
                &TimelineEntry {
                    at: 1,
                    source: "staff".into(),
                    kind: "created".into(),
                    ..TimelineEntry::default()
                },
            )
            .unwrap();
    }

    #[test]
    fn old_applied_events_keep_their_id_and_outcome_but_not_their_json() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let body = r#"{"id":"evt_old","object":"event"}"#;
        ledger.record_event(&event("evt_old", 10, body)).unwrap();
        ledger
            .record_event(&event("evt_waiting", 10, body))
            .unwrap();
        ledger.finish_event("evt_old", "applied", None, 6).unwrap();
        // Received at 5: kept while younger than the limit.
        assert_eq!(ledger.compact_events(5).unwrap(), 0);
        assert_eq!(ledger.compact_events(6).unwrap(), 1);
        assert_eq!(ledger.compact_events(6).unwrap(), 0);
        let old = ledger.stored_event("evt_old").unwrap().unwrap();
        assert_eq!(old.raw, "");
        assert_eq!(old.outcome.as_deref(), Some("applied"));
        // Still known: the same id again is not recorded again.
        assert!(!ledger.record_event(&event("evt_old", 10, body)).unwrap());
        // Not applied yet: untouched.
        assert_eq!(
            ledger.stored_event("evt_waiting").unwrap().unwrap().raw,
            body
        );
    }

    #[test]
    fn events_are_recorded_once_and_finished_once() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        assert!(ledger.record_event(&event("evt_1", 10, "{}")).unwrap());
        assert!(!ledger
            .record_event(&event("evt_1", 10, "{\"x\":1}"))
            .unwrap());
        assert_eq!(ledger.stored_event("evt_1").unwrap().unwrap().raw, "{}");
        assert_eq!(ledger.unapplied_event_ids("training").unwrap(), ["evt_1"]);
        assert!(ledger.unapplied_event_ids("live").unwrap().is_empty());
        assert_eq!(ledger.event_attempt_failed("evt_1", "error").unwrap(), 1);
        assert!(ledger
            .finish_event("evt_1", "applied", Some("sale_a"), 7)
            .unwrap());
        assert!(!ledger.finish_event("evt_1", "again", None, 8).unwrap());
        let stored = ledger.stored_event("evt_1").unwrap().unwrap();
        assert_eq!(stored.outcome.as_deref(), Some("applied"));
        assert_eq!(stored.sale_id.as_deref(), Some("sale_a"));
        assert_eq!(stored.attempts, 2);
        assert!(ledger.unapplied_event_ids("training").unwrap().is_empty());
    }

    #[test]
    fn the_cursor_only_moves_forward() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        assert_eq!(ledger.event_cursor("test").unwrap(), None);
        ledger.advance_event_cursor("test", 100, 1).unwrap();
        ledger.advance_event_cursor("test", 50, 2).unwrap();
        assert_eq!(ledger.event_cursor("test").unwrap(), Some(100));
        assert_eq!(ledger.event_cursor("live").unwrap(), None);
    }

    #[test]
    fn refunds_keep_the_newest_report_and_sum_into_the_sale() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        sale(&mut ledger, "sale_a");
        let refund = |id: &str, amount, status: &str, as_of| RefundRecord {
            id: id.into(),
            sale_id: "sale_a".into(),
            amount,
            currency: "usd".into(),
            status: status.into(),
            as_of,
        };
        let note = Note {
            at: 9,
            source: "event".into(),
            kind: "refund".into(),
            ..Note::default()
        };
        assert!(
            ledger
                .apply_refund(&refund("re_1", 300, "pending", 10), &note)
                .unwrap()
                .1
        );
        assert!(
            !ledger
                .apply_refund(&refund("re_1", 300, "pending", 10), &note)
                .unwrap()
                .1
        );
        assert!(
            ledger
                .apply_refund(&refund("re_1", 300, "succeeded", 10), &note)
                .unwrap()
                .1
        );
        // An older report arriving late changes nothing; a pending one in the same second neither.
        assert!(
            !ledger
                .apply_refund(&refund("re_1", 300, "pending", 9), &note)
                .unwrap()
                .1
        );
        assert!(
            !ledger
                .apply_refund(&refund("re_1", 300, "pending", 10), &note)
                .unwrap()
                .1
        );
        assert!(
            ledger
                .apply_refund(&refund("re_2", 200, "succeeded", 11), &note)
                .unwrap()
                .1
        );
        assert_eq!(ledger.require_sale("sale_a").unwrap().amount_refunded, 500);
        assert!(
            ledger
                .apply_refund(&refund("re_2", 200, "failed", 12), &note)
                .unwrap()
                .1
        );
        assert_eq!(ledger.require_sale("sale_a").unwrap().amount_refunded, 300);
        let kinds = ledger.timeline("sale_a").unwrap();
        assert_eq!(kinds.iter().filter(|e| e.kind == "refund").count(), 4);
    }

    #[test]
    fn an_imported_sale_has_its_session_and_no_key() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let imported = ImportedSale {
            id: "sale_other123".into(),
            mode: "training".into(),
            register_id: "reg_other".into(),
            currency: "usd".into(),
            amount_total: 475,
            customer_email: None,
            session_id: "cs_test_x".into(),
            session_url: None,
            session_expires_at: Some(99),
            lines: vec![NewSaleLine {
                tax_rates: Vec::new(),
                price_id: "price_demo_latte_usd".into(),
                product_id: "prod_demo_latte".into(),
                name: "Caffè Latte".into(),
                unit_amount: 475,
                quantity: 1,
            }],
            created_at: 1_000,
        };
        let note = Note {
            at: 2_000,
            source: "reconcile".into(),
            kind: "imported".into(),
            ..Note::default()
        };
        ledger.insert_imported_sale(&imported, &note).unwrap();
        let record = ledger.require_sale("sale_other123").unwrap();
        assert_eq!(record.state, "awaiting_payment");
        assert_eq!(record.session_id.as_deref(), Some("cs_test_x"));
        assert_eq!(
            ledger
                .idempotency_key("sale_other123", "create_session")
                .unwrap(),
            None
        );
        assert!(ledger.insert_imported_sale(&imported, &note).is_err());
        assert_eq!(
            ledger
                .sales_by_register("training", Some("reg_other"), None, 10)
                .unwrap()
                .len(),
            1
        );
        assert!(ledger
            .sales_by_register("training", Some("reg_1"), None, 10)
            .unwrap()
            .is_empty());
        assert_eq!(
            ledger.registers("training").unwrap(),
            vec![("reg_other".to_string(), 1)]
        );
    }

    #[test]
    fn corrections_are_compare_and_set() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        sale(&mut ledger, "sale_a");
        let note = Note {
            at: 5,
            source: "reconcile".into(),
            kind: "corrected".into(),
            ..Note::default()
        };
        assert!(!ledger
            .correct_sale_state("sale_a", "expired", "paid", Some("pi_1"), Some(5), &note)
            .unwrap());
        assert!(ledger
            .correct_sale_state("sale_a", "creating", "paid", Some("pi_1"), Some(5), &note)
            .unwrap());
        let record = ledger.require_sale("sale_a").unwrap();
        assert_eq!(record.state, "paid");
        assert_eq!(record.payment_intent_id.as_deref(), Some("pi_1"));
        assert_eq!(
            ledger
                .sale_by_payment_intent("pi_1")
                .unwrap()
                .map(|s| s.id)
                .as_deref(),
            Some("sale_a")
        );
    }
}
