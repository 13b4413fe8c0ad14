//! Memberships in the ledger: which sales were charged as subscriptions, and the members list
//! (one row per Stripe subscription, with an append-only timeline) that Stripe's subscription
//! and invoice events keep current.
//!
//! Subscription snapshots are applied newest-wins: each row remembers the `created` time of
//! the newest event whose snapshot it holds, and an older snapshot changes nothing. A
//! canceled subscription never comes back (Stripe cannot reactivate one). Every timeline
//! entry caused by an event carries its id, and one event writes at most one entry per
//! member, so a duplicated event can never be applied twice even outside the events table.

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::columns::Doing;
use crate::error::Result;
use crate::Ledger;

/// Schema change `0005_members` (listed in `migrations.rs`).
pub(super) const MEMBERS_SQL: &str = r#"
    CREATE TABLE sale_memberships (
        sale_id        TEXT PRIMARY KEY REFERENCES sales (id),
        interval       TEXT NOT NULL CHECK (interval IN ('day', 'week', 'month', 'year')),
        interval_count INTEGER NOT NULL CHECK (interval_count >= 1),
        plan           TEXT NOT NULL
    ) STRICT;

    CREATE TABLE members (
        subscription_id        TEXT PRIMARY KEY,
        mode                   TEXT NOT NULL CHECK (mode IN ('training', 'test', 'live')),
        customer_id            TEXT NOT NULL,
        email                  TEXT,
        plan                   TEXT NOT NULL,
        price_id               TEXT,
        status                 TEXT NOT NULL,
        current_period_end     INTEGER,
        cancel_at_period_end   INTEGER NOT NULL DEFAULT 0,
        canceled_at            INTEGER,
        ended_at               INTEGER,
        sale_id                TEXT,
        last_payment_failed_at INTEGER,
        snapshot_created       INTEGER NOT NULL,
        created_at             INTEGER NOT NULL,
        updated_at             INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX members_by_email ON members (mode, email COLLATE NOCASE);
    CREATE INDEX members_by_status ON members (mode, status);

    CREATE TABLE member_timeline (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        subscription_id TEXT NOT NULL REFERENCES members (subscription_id),
        at              INTEGER NOT NULL,
        source          TEXT NOT NULL,
        kind            TEXT NOT NULL,
        from_status     TEXT,
        to_status       TEXT,
        detail          TEXT NOT NULL,
        event_id        TEXT
    ) STRICT;
    CREATE UNIQUE INDEX member_timeline_once_per_event
        ON member_timeline (subscription_id, event_id) WHERE event_id IS NOT NULL;
    CREATE TRIGGER member_timeline_append_only_update BEFORE UPDATE ON member_timeline
        BEGIN SELECT RAISE(ABORT, 'the member timeline is append-only'); END;
    CREATE TRIGGER member_timeline_append_only_delete BEFORE DELETE ON member_timeline
        BEGIN SELECT RAISE(ABORT, 'the member timeline is append-only'); END;
"#;

/// Schema change `0019_member_timeline_words` (listed in `migrations.rs`): a member timeline
/// entry's words as Fluent messages (`member_timeline.message`), rendered in the till's
/// language; `detail` keeps the English. Older entries have none and read as written.
pub(super) const MEMBER_TIMELINE_WORDS_SQL: &str = r#"
    ALTER TABLE member_timeline ADD COLUMN message TEXT;
"#;

/// What makes a sale a membership sale: the billing schedule of its recurring lines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SaleMembership {
    /// `day`, `week`, `month` or `year`.
    pub interval: String,
    pub interval_count: i64,
    /// The recurring lines' names, as staff saw them.
    pub plan: String,
}

/// A subscription as Stripe last described it, in the fields Till keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberSnapshot {
    pub subscription_id: String,
    pub customer_id: String,
    pub email: Option<String>,
    pub plan: Option<String>,
    pub price_id: Option<String>,
    pub status: String,
    /// Unix seconds.
    pub current_period_end: Option<i64>,
    pub cancel_at_period_end: bool,
    pub canceled_at: Option<i64>,
    pub ended_at: Option<i64>,
    /// The till sale that sold it (`till_sale_id` in the subscription's metadata).
    pub sale_id: Option<String>,
}

/// Where a snapshot comes from, for ordering: an event (Stripe's `created`, seconds), or an
/// answer Stripe just gave, which reflects at least every event already listed: it carries the
/// events cursor (the newest `created` polled), so an event older than that arriving later
/// cannot undo what the answer said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnapshotOrder {
    Event(i64),
    Fetched(Option<i64>),
}

/// A line of a member's timeline, as written.
#[derive(Debug, Clone, Default)]
pub struct MemberNote {
    pub at: i64,
    /// `staff`, `owner`, `poll`, `event`, `webhook`.
    pub source: String,
    /// `started`, `status_changed`, `cancel_scheduled`, `renewed`, `payment_failed`, ...
    pub kind: String,
    pub detail: String,
    pub event_id: Option<String>,
    /// The words of `detail` as Fluent messages (JSON of `till_domain::sale::Phrase`), so the
    /// owner reads them in the till's language; `detail` keeps the English.
    pub message: Option<String>,
}

impl MemberNote {
    /// The note with `phrase` as its words: the English in `detail`, the phrase in `message`.
    pub fn with_words(mut self, phrase: &till_domain::sale::Phrase) -> MemberNote {
        self.detail = phrase.english();
        self.message = serde_json::to_string(phrase).ok();
        self
    }
}

/// What applying a snapshot or an invoice did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MemberApplied {
    Created,
    Updated,
    /// The snapshot says what the ledger already holds.
    Unchanged,
    /// Older than what the ledger holds, or a canceled subscription coming back.
    Stale,
    /// This event was already applied to this member.
    Duplicate,
    /// No member for that subscription yet (an invoice's event may arrive first).
    Missing,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MemberRecord {
    pub subscription_id: String,
    pub mode: String,
    pub customer_id: String,
    pub email: Option<String>,
    pub plan: String,
    pub price_id: Option<String>,
    pub status: String,
    pub current_period_end: Option<i64>,
    pub cancel_at_period_end: bool,
    pub canceled_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub sale_id: Option<String>,
    pub last_payment_failed_at: Option<i64>,
    pub snapshot_created: i64,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberTimelineRecord {
    pub id: i64,
    pub at: i64,
    pub source: String,
    pub kind: String,
    pub from_status: Option<String>,
    pub to_status: Option<String>,
    pub detail: String,
    pub event_id: Option<String>,
    /// See [`MemberNote::message`] (`None` for entries written before it); the core renders
    /// it into `detail` for the window.
    #[serde(skip_serializing)]
    pub message: Option<String>,
}

/// What an invoice event adds to a member.
#[derive(Debug, Clone, Default)]
pub struct InvoiceNote {
    pub subscription_id: String,
    /// Paid, or the payment failed.
    pub paid: bool,
    /// Stripe's `created` of the event, seconds.
    pub created: i64,
    pub email: Option<String>,
    pub note: MemberNote,
}

const MEMBER_COLUMNS: &str = "subscription_id, mode, customer_id, email, plan, price_id, status, \
    current_period_end, cancel_at_period_end, canceled_at, ended_at, sale_id, last_payment_failed_at, \
    snapshot_created, created_at, updated_at";

fn member_from_row(row: &Row<'_>) -> rusqlite::Result<MemberRecord> {
    Ok(MemberRecord {
        subscription_id: row.get(0)?,
        mode: row.get(1)?,
        customer_id: row.get(2)?,
        email: row.get(3)?,
        plan: row.get(4)?,
        price_id: row.get(5)?,
        status: row.get(6)?,
        current_period_end: row.get(7)?,
        cancel_at_period_end: row.get::<_, i64>(8)? != 0,
        canceled_at: row.get(9)?,
        ended_at: row.get(10)?,
        sale_id: row.get(11)?,
        last_payment_failed_at: row.get(12)?,
        snapshot_created: row.get(13)?,
        created_at: row.get(14)?,
        updated_at: row.get(15)?,
    })
}

pub(super) fn insert_sale_membership(
    tx: &rusqlite::Transaction<'_>,
    sale_id: &str,
    membership: &SaleMembership,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO sale_memberships (sale_id, interval, interval_count, plan) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        sale_id,
        membership.interval,
        membership.interval_count,
        membership.plan
    ])?;
    Ok(())
}

fn insert_note(
    tx: &rusqlite::Transaction<'_>,
    subscription_id: &str,
    note: &MemberNote,
    from_status: Option<&str>,
    to_status: Option<&str>,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO member_timeline (subscription_id, at, source, kind, from_status, to_status, detail, event_id, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        subscription_id,
        note.at,
        note.source,
        note.kind,
        from_status,
        to_status,
        note.detail,
        note.event_id,
        note.message
    ])?;
    Ok(())
}

fn seen_event(
    tx: &rusqlite::Transaction<'_>,
    subscription_id: &str,
    event_id: Option<&str>,
) -> rusqlite::Result<bool> {
    let Some(event_id) = event_id else {
        return Ok(false);
    };
    tx.prepare_cached("SELECT 1 FROM member_timeline WHERE subscription_id = ?1 AND event_id = ?2")?
        .query_row(params![subscription_id, event_id], |_| Ok(()))
        .optional()
        .map(|found| found.is_some())
}

impl Ledger {
    /// The billing schedule of a membership sale; `None` for an ordinary sale.
    pub fn sale_membership(&self, sale_id: &str) -> Result<Option<SaleMembership>> {
        self.conn
            .prepare_cached(
                "SELECT interval, interval_count, plan FROM sale_memberships WHERE sale_id = ?1",
            )
            .and_then(|mut s| {
                s.query_row([sale_id], |row| {
                    Ok(SaleMembership {
                        interval: row.get(0)?,
                        interval_count: row.get(1)?,
                        plan: row.get(2)?,
                    })
                })
                .optional()
            })
            .doing("reading a sale's membership")
    }

    /// Applies a subscription snapshot (see the module documentation for the ordering rules),
    /// with its timeline entry, in one transaction. `note.kind`/`detail` describe the change;
    /// nothing is written when nothing changed.
    pub fn apply_member_snapshot(
        &mut self,
        mode: &str,
        snapshot: &MemberSnapshot,
        order: SnapshotOrder,
        note: &MemberNote,
    ) -> Result<MemberApplied> {
        let doing = "recording a membership";
        let tx = self.conn.transaction().doing(doing)?;
        if seen_event(&tx, &snapshot.subscription_id, note.event_id.as_deref()).doing(doing)? {
            return Ok(MemberApplied::Duplicate);
        }
        let existing = tx
            .prepare_cached(&format!(
                "SELECT {MEMBER_COLUMNS} FROM members WHERE subscription_id = ?1"
            ))
            .and_then(|mut s| {
                s.query_row([&snapshot.subscription_id], member_from_row)
                    .optional()
            })
            .doing(doing)?;
        let created = match order {
            SnapshotOrder::Event(created) => created,
            SnapshotOrder::Fetched(as_of) => as_of.unwrap_or(0),
        };
        let applied = match existing {
            None => {
                let plan = snapshot
                    .plan
                    .clone()
                    .or_else(|| snapshot.price_id.clone())
                    .unwrap_or_else(|| "Membership".into());
                tx.prepare_cached(&format!(
                    "INSERT INTO members ({MEMBER_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, NULL, ?13, ?14, ?14)"
                ))
                .and_then(|mut s| {
                    s.execute(params![
                        snapshot.subscription_id,
                        mode,
                        snapshot.customer_id,
                        snapshot.email,
                        plan,
                        snapshot.price_id,
                        snapshot.status,
                        snapshot.current_period_end,
                        i64::from(snapshot.cancel_at_period_end),
                        snapshot.canceled_at,
                        snapshot.ended_at,
                        snapshot.sale_id,
                        created,
                        note.at
                    ])
                })
                .doing(doing)?;
                insert_note(
                    &tx,
                    &snapshot.subscription_id,
                    note,
                    None,
                    Some(&snapshot.status),
                )
                .doing(doing)?;
                MemberApplied::Created
            }
            Some(row) => {
                let stale = matches!(order, SnapshotOrder::Event(c) if c < row.snapshot_created)
                    || (row.status == "canceled" && snapshot.status != "canceled");
                if stale {
                    return Ok(MemberApplied::Stale);
                }
                let email = snapshot.email.clone().or(row.email.clone());
                let plan = snapshot.plan.clone().unwrap_or(row.plan.clone());
                let price_id = snapshot.price_id.clone().or(row.price_id.clone());
                let sale_id = row.sale_id.clone().or(snapshot.sale_id.clone());
                let period_end = snapshot.current_period_end.or(row.current_period_end);
                let changed = email != row.email
                    || plan != row.plan
                    || price_id != row.price_id
                    || sale_id != row.sale_id
                    || snapshot.status != row.status
                    || period_end != row.current_period_end
                    || snapshot.cancel_at_period_end != row.cancel_at_period_end
                    || snapshot.canceled_at != row.canceled_at
                    || snapshot.ended_at != row.ended_at;
                let newest = row.snapshot_created.max(created);
                if !changed {
                    if newest != row.snapshot_created {
                        tx.execute(
                            "UPDATE members SET snapshot_created = ?2 WHERE subscription_id = ?1",
                            params![snapshot.subscription_id, newest],
                        )
                        .doing(doing)?;
                        tx.commit().doing(doing)?;
                    }
                    return Ok(MemberApplied::Unchanged);
                }
                tx.prepare_cached(
                    "UPDATE members SET email = ?2, plan = ?3, price_id = ?4, status = ?5, current_period_end = ?6,
                         cancel_at_period_end = ?7, canceled_at = ?8, ended_at = ?9, sale_id = ?10,
                         snapshot_created = ?11, updated_at = ?12
                     WHERE subscription_id = ?1",
                )
                .and_then(|mut s| {
                    s.execute(params![
                        snapshot.subscription_id,
                        email,
                        plan,
                        price_id,
                        snapshot.status,
                        period_end,
                        i64::from(snapshot.cancel_at_period_end),
                        snapshot.canceled_at,
                        snapshot.ended_at,
                        sale_id,
                        newest,
                        note.at
                    ])
                })
                .doing(doing)?;
                let to = (snapshot.status != row.status).then_some(snapshot.status.as_str());
                let from = to.map(|_| row.status.as_str());
                insert_note(&tx, &snapshot.subscription_id, note, from, to).doing(doing)?;
                MemberApplied::Updated
            }
        };
        tx.commit().doing(doing)?;
        Ok(applied)
    }

    /// Records what an invoice event says of a member: a timeline entry, the latest failed
    /// payment (cleared by a newer paid invoice), and the email when the member had none.
    pub fn note_member_invoice(&mut self, invoice: &InvoiceNote) -> Result<MemberApplied> {
        let doing = "recording a membership invoice";
        let tx = self.conn.transaction().doing(doing)?;
        if seen_event(
            &tx,
            &invoice.subscription_id,
            invoice.note.event_id.as_deref(),
        )
        .doing(doing)?
        {
            return Ok(MemberApplied::Duplicate);
        }
        let row = tx
            .prepare_cached(
                "SELECT last_payment_failed_at, email FROM members WHERE subscription_id = ?1",
            )
            .and_then(|mut s| {
                s.query_row([&invoice.subscription_id], |row| {
                    Ok((
                        row.get::<_, Option<i64>>(0)?,
                        row.get::<_, Option<String>>(1)?,
                    ))
                })
                .optional()
            })
            .doing(doing)?;
        let Some((failed_at, email)) = row else {
            return Ok(MemberApplied::Missing);
        };
        let failed_at = if invoice.paid {
            failed_at.filter(|f| *f > invoice.created)
        } else {
            Some(failed_at.map_or(invoice.created, |f| f.max(invoice.created)))
        };
        let email = email.or(invoice.email.clone());
        tx.execute(
            "UPDATE members SET last_payment_failed_at = ?2, email = ?3, updated_at = ?4 WHERE subscription_id = ?1",
            params![invoice.subscription_id, failed_at, email, invoice.note.at],
        )
        .doing(doing)?;
        insert_note(&tx, &invoice.subscription_id, &invoice.note, None, None).doing(doing)?;
        tx.commit().doing(doing)?;
        Ok(MemberApplied::Updated)
    }

    pub fn member(&self, subscription_id: &str) -> Result<Option<MemberRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {MEMBER_COLUMNS} FROM members WHERE subscription_id = ?1"
            ))
            .and_then(|mut s| s.query_row([subscription_id], member_from_row).optional())
            .doing("reading a member")
    }

    /// The cached product name of a price ("Pro Plan"), for naming a membership's plan.
    pub fn plan_name(&self, mode: &str, price_id: &str) -> Result<Option<String>> {
        self.conn
            .prepare_cached(
                "SELECT p.name FROM catalog_prices pr
                 JOIN catalog_products p ON p.id = pr.product_id AND p.mode = pr.mode
                 WHERE pr.mode = ?1 AND pr.id = ?2",
            )
            .and_then(|mut s| s.query_row([mode, price_id], |row| row.get(0)).optional())
            .doing("reading a plan's name")
    }

    /// Members of a mode, optionally of one status, by email (members without one last).
    pub fn members(
        &self,
        mode: &str,
        status: Option<&str>,
        limit: usize,
    ) -> Result<Vec<MemberRecord>> {
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.conn
            .prepare_cached(&format!(
                "SELECT {MEMBER_COLUMNS} FROM members
                 WHERE mode = ?1 AND (?2 IS NULL OR status = ?2)
                 ORDER BY email IS NULL, email COLLATE NOCASE, created_at DESC LIMIT ?3"
            ))
            .and_then(|mut s| {
                s.query_map(params![mode, status, limit], member_from_row)?
                    .collect()
            })
            .doing("listing members")
    }

    /// Members with this email (any case), newest first.
    pub fn members_by_email(&self, mode: &str, email: &str) -> Result<Vec<MemberRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {MEMBER_COLUMNS} FROM members
                 WHERE mode = ?1 AND email = ?2 COLLATE NOCASE ORDER BY created_at DESC"
            ))
            .and_then(|mut s| {
                s.query_map(params![mode, email], member_from_row)?
                    .collect()
            })
            .doing("looking up a member")
    }

    /// The member sold by a till sale.
    pub fn member_by_sale(&self, sale_id: &str) -> Result<Option<MemberRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {MEMBER_COLUMNS} FROM members WHERE sale_id = ?1"
            ))
            .and_then(|mut s| s.query_row([sale_id], member_from_row).optional())
            .doing("reading a sale's member")
    }

    pub fn member_timeline(&self, subscription_id: &str) -> Result<Vec<MemberTimelineRecord>> {
        self.conn
            .prepare_cached(
                "SELECT id, at, source, kind, from_status, to_status, detail, event_id, message
                 FROM member_timeline WHERE subscription_id = ?1 ORDER BY id",
            )
            .and_then(|mut s| {
                s.query_map([subscription_id], |row| {
                    Ok(MemberTimelineRecord {
                        id: row.get(0)?,
                        at: row.get(1)?,
                        source: row.get(2)?,
                        kind: row.get(3)?,
                        from_status: row.get(4)?,
                        to_status: row.get(5)?,
                        detail: row.get(6)?,
                        event_id: row.get(7)?,
                        message: row.get(8)?,
                    })
                })?
                .collect()
            })
            .doing("reading a member's timeline")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn snapshot(status: &str) -> MemberSnapshot {
        MemberSnapshot {
            subscription_id: "sub_1".into(),
            customer_id: "cus_1".into(),
            email: Some("ada@example.com".into()),
            plan: Some("Pro Plan".into()),
            price_id: Some("price_pro".into()),
            status: status.into(),
            current_period_end: Some(2_000_000_000),
            ..MemberSnapshot::default()
        }
    }

    fn note(event: &str) -> MemberNote {
        MemberNote {
            at: 1,
            source: "event".into(),
            kind: "status_changed".into(),
            detail: event.into(),
            event_id: Some(event.into()),
            message: None,
        }
    }

    #[test]
    fn newest_snapshot_wins_and_each_event_applies_once() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let active = snapshot("active");
        let past_due = snapshot("past_due");
        let canceled = MemberSnapshot {
            ended_at: Some(2_000_000_000),
            ..snapshot("canceled")
        };
        let apply = |ledger: &mut Ledger, s: &MemberSnapshot, created: i64, event: &str| {
            ledger
                .apply_member_snapshot("test", s, SnapshotOrder::Event(created), &note(event))
                .unwrap()
        };
        assert_eq!(
            apply(&mut ledger, &past_due, 20, "evt_2"),
            MemberApplied::Created
        );
        // An older snapshot arriving late changes nothing.
        assert_eq!(
            apply(&mut ledger, &active, 10, "evt_1"),
            MemberApplied::Stale
        );
        assert_eq!(ledger.member("sub_1").unwrap().unwrap().status, "past_due");
        // The same event again: nothing, even though it would be "newer".
        assert_eq!(
            apply(&mut ledger, &past_due, 20, "evt_2"),
            MemberApplied::Duplicate
        );
        assert!(matches!(
            apply(&mut ledger, &canceled, 30, "evt_3"),
            MemberApplied::Updated
        ));
        // Canceled is final, even for a fetched answer.
        assert_eq!(
            ledger
                .apply_member_snapshot("test", &active, SnapshotOrder::Fetched(None), &note("x"))
                .unwrap(),
            MemberApplied::Stale
        );
        let timeline = ledger.member_timeline("sub_1").unwrap();
        assert_eq!(timeline.len(), 2);
        assert_eq!(timeline[1].from_status.as_deref(), Some("past_due"));
        assert_eq!(timeline[1].to_status.as_deref(), Some("canceled"));
        let record = ledger.member("sub_1").unwrap().unwrap();
        assert_eq!(record.status, "canceled");
        assert_eq!(record.snapshot_created, 30);
    }

    #[test]
    fn an_answer_from_stripe_outranks_events_already_polled() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let canceling = MemberSnapshot {
            cancel_at_period_end: true,
            ..snapshot("active")
        };
        ledger
            .apply_member_snapshot(
                "test",
                &snapshot("active"),
                SnapshotOrder::Event(10),
                &note("evt_1"),
            )
            .unwrap();
        ledger
            .apply_member_snapshot(
                "test",
                &canceling,
                SnapshotOrder::Fetched(Some(25)),
                &note("owner"),
            )
            .unwrap();
        // An event polled before the answer, delivered late by the webhook path.
        assert_eq!(
            ledger
                .apply_member_snapshot(
                    "test",
                    &snapshot("active"),
                    SnapshotOrder::Event(20),
                    &note("evt_2")
                )
                .unwrap(),
            MemberApplied::Stale
        );
        assert!(
            ledger
                .member("sub_1")
                .unwrap()
                .unwrap()
                .cancel_at_period_end
        );
    }

    #[test]
    fn invoices_wait_for_their_member_and_track_failed_payments() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let failed = InvoiceNote {
            subscription_id: "sub_1".into(),
            paid: false,
            created: 50,
            email: Some("late@example.com".into()),
            note: note("evt_f"),
        };
        assert_eq!(
            ledger.note_member_invoice(&failed).unwrap(),
            MemberApplied::Missing
        );
        let mut no_email = snapshot("active");
        no_email.email = None;
        ledger
            .apply_member_snapshot("test", &no_email, SnapshotOrder::Event(40), &note("evt_s"))
            .unwrap();
        assert!(matches!(
            ledger.note_member_invoice(&failed).unwrap(),
            MemberApplied::Updated
        ));
        assert_eq!(
            ledger.note_member_invoice(&failed).unwrap(),
            MemberApplied::Duplicate
        );
        let record = ledger.member("sub_1").unwrap().unwrap();
        assert_eq!(record.last_payment_failed_at, Some(50));
        assert_eq!(record.email.as_deref(), Some("late@example.com"));
        let paid = InvoiceNote {
            paid: true,
            created: 60,
            note: note("evt_p"),
            ..failed.clone()
        };
        ledger.note_member_invoice(&paid).unwrap();
        assert_eq!(
            ledger
                .member("sub_1")
                .unwrap()
                .unwrap()
                .last_payment_failed_at,
            None
        );
        assert_eq!(
            ledger
                .members_by_email("test", "LATE@example.com")
                .unwrap()
                .len(),
            1
        );
        assert_eq!(ledger.members("test", Some("active"), 10).unwrap().len(), 1);
        assert_eq!(
            ledger.members("test", Some("canceled"), 10).unwrap().len(),
            0
        );
        assert!(ledger
            .conn
            .execute("DELETE FROM member_timeline", [])
            .is_err());
    }
}
