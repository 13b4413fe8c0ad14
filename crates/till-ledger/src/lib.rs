//! The SQLite ledger: the shop's record of every sale, what Till asked Stripe and what
//! Stripe answered. I/O lives here and nowhere else in the core.
//!
//! One [`Ledger`] owns one connection. [`Store`] shares it between async tasks: each call
//! runs on tokio's blocking pool holding a std mutex that is never held across `.await`.

mod catalog;
pub mod columns;
mod drawer;
mod events;
pub mod generate;
mod members;
mod migrations;
mod owner;
mod parked;
mod receipts;
mod returns;
mod sales;
mod settings;
mod split;
mod staff;
mod taxes;
mod testruns;

use std::path::Path;
use std::sync::{Arc, Mutex};

use rusqlite::Connection;

pub use catalog::{CachedPrice, CachedProduct};
pub use columns::{storage_error, Doing, Text, TextColumn};
pub use drawer::{
    MoveRecord, NewCashTender, NewMove, NewShift, ShiftRecord, ShiftSales, TenderRecord,
    ZReportRecord,
};
pub use events::{ImportedSale, NewEvent, Note, RefundRecord, StoredEvent};
pub use members::{
    InvoiceNote, MemberApplied, MemberNote, MemberRecord, MemberSnapshot, MemberTimelineRecord,
    SaleMembership, SnapshotOrder,
};
pub use owner::{
    fts_query, CatalogRequestRecord, DayTotalRecord, ExportLine, HistoryQuery, HistoryRecord,
    PageCursor, PinRecord, PricingTotalRecord, RateTotalRecord, RefundRequestRecord, ReportFigures,
    SaleAmounts, SearchPlan, TenderTotalRecord, TotalsRecord, SEARCH_BY_MATCH_LIMIT,
};
pub use parked::{NewParkedCart, ParkedCartRecord, MAX_PARKED};
pub use receipts::{CashRefundRecord, ReceiptNumber};
pub use returns::{ReturnLine, ReturnableLineRecord};
pub use sales::{
    NewSale, NewSaleLine, SaleLineRecord, SaleRecord, SaleUpdate, TimelineEntry, TimelineRecord,
};
pub use split::{SplitEnding, TenderSums};
pub use staff::{NewStaff, StaffRecord};
pub use taxes::{CachedCoupon, PaidFigures, SaleCoupon, SalePricing, SaleTax};
pub use testruns::{RunOutcome, TestRun, TEST_RUNS_SQL};

use crate::error::{Error, Result};
// The domain modules this crate uses, under the names the ledger code gives them.
use till_domain::{calendar, error, mode};

/// The ledger connection with Till's pragmas and schema.
pub struct Ledger {
    conn: Connection,
}

impl Ledger {
    /// Opens (creating if needed) the ledger file and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Ledger> {
        let conn = Connection::open(path).map_err(|e| {
            Error::storage(format!(
                "Could not open the sales ledger at {}: {e}. Check that the folder exists and is writable.",
                path.display()
            ))
        })?;
        Ledger::setup(conn, true)
    }

    /// A private in-memory ledger (tests and benchmarks).
    pub fn open_in_memory() -> Result<Ledger> {
        let conn = Connection::open_in_memory()
            .map_err(|e| Error::storage(format!("Could not open an in-memory ledger: {e}")))?;
        Ledger::setup(conn, false)
    }

    fn setup(mut conn: Connection, wal: bool) -> Result<Ledger> {
        // The ledger holds money: every commit reaches the disk before Till reports it.
        let mut pragmas = String::from(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000;",
        );
        if wal {
            pragmas.push_str(" PRAGMA journal_mode = WAL;");
        }
        conn.execute_batch(&pragmas)
            .doing("configuring the ledger")?;
        migrations::run(&mut conn)?;
        Ok(Ledger { conn })
    }

    /// The schema version (`PRAGMA user_version`).
    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .doing("reading the schema version")
    }

    /// A quick integrity check for `tillctl doctor`.
    pub fn integrity_check(&self) -> Result<String> {
        self.conn
            .query_row("PRAGMA quick_check", [], |row| row.get(0))
            .doing("checking the ledger")
    }

    /// The raw connection, for benchmarks comparing the store with direct SQL.
    pub fn connection(&self) -> &Connection {
        &self.conn
    }
}

/// The ledger shared between async tasks.
#[derive(Clone)]
pub struct Store {
    ledger: Arc<Mutex<Ledger>>,
}

impl Store {
    pub fn new(ledger: Ledger) -> Store {
        Store {
            ledger: Arc::new(Mutex::new(ledger)),
        }
    }

    /// Runs `f` with the ledger on the blocking pool.
    pub async fn call<R, F>(&self, f: F) -> Result<R>
    where
        R: Send + 'static,
        F: FnOnce(&mut Ledger) -> Result<R> + Send + 'static,
    {
        let ledger = Arc::clone(&self.ledger);
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut guard = ledger.lock().map_err(|_| {
                Error::internal(
                    "The ledger lock was poisoned by a crash in another task; restart Till.",
                )
            })?;
            f(&mut guard)
        })
        .await
        .map_err(|e| Error::internal(format!("A ledger task failed: {e}")))?
    }

    /// Runs `f` with the ledger on the current thread (for synchronous callers such as `tillctl`).
    pub fn call_blocking<R>(&self, f: impl FnOnce(&mut Ledger) -> Result<R>) -> Result<R> {
        let mut guard = self.ledger.lock().map_err(|_| {
            Error::internal(
                "The ledger lock was poisoned by a crash in another task; restart Till.",
            )
        })?;
        f(&mut guard)
    }
}

/// Milliseconds since the Unix epoch, the ledger's one time unit.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
