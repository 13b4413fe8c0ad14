//! Named schema migrations, applied in list order and recorded in `schema_migrations`, so
//! features can add their tables independently. `PRAGMA user_version` holds how many are
//! applied. A migration is never edited once released: add a new one at the end.

use rusqlite::Connection;

use crate::columns::Doing;
use crate::error::{Error, Result};

/// Every migration, in order: (unique name, SQL).
const MIGRATIONS: &[(&str, &str)] = &[
    ("0001_core", CORE),
    ("0002_events", super::events::EVENTS_SQL),
    ("0003_owner", super::owner::OWNER_SQL),
    ("0004_test_runs", crate::testruns::TEST_RUNS_SQL),
    ("0005_members", super::members::MEMBERS_SQL),
    ("0006_tenders", super::drawer::TENDERS_SQL),
    ("0007_split", super::split::SPLIT_SQL),
    ("0008_receipts", super::receipts::RECEIPTS_SQL),
    ("0009_day_tenders", super::owner::DAY_TENDERS_SQL),
    ("0010_parked", super::parked::PARKED_SQL),
    ("0011_returns", super::returns::RETURNS_SQL),
    ("0012_staff", super::staff::STAFF_SQL),
    ("0013_tax", super::taxes::TAX_SQL),
    ("0014_discounts", super::taxes::DISCOUNTS_SQL),
    ("0015_promotion_codes", super::taxes::PROMOTION_CODES_SQL),
    ("0016_timeline_words", TIMELINE_WORDS),
    ("0017_day_pricing", super::owner::DAY_PRICING_SQL),
    (
        "0018_unique_time_indexes",
        super::owner::UNIQUE_TIME_INDEXES_SQL,
    ),
    (
        "0019_member_timeline_words",
        super::members::MEMBER_TIMELINE_WORDS_SQL,
    ),
];

/// A timeline entry's words as Fluent messages (`sale_timeline.message`), rendered in the
/// till's language; `detail` keeps the English.
const TIMELINE_WORDS: &str = r#"
    ALTER TABLE sale_timeline ADD COLUMN message TEXT;
"#;

/// Sales, their lines, the append-only timeline, idempotency keys, the catalog cache, settings.
const CORE: &str = r#"
    CREATE TABLE sales (
        id                 TEXT PRIMARY KEY,
        mode               TEXT NOT NULL CHECK (mode IN ('training', 'test', 'live')),
        register_id        TEXT NOT NULL,
        state              TEXT NOT NULL,
        currency           TEXT NOT NULL,
        amount_total       INTEGER NOT NULL CHECK (amount_total >= 0),
        customer_email     TEXT,
        session_id         TEXT UNIQUE,
        session_url        TEXT,
        session_expires_at INTEGER,
        payment_intent_id  TEXT,
        amount_refunded    INTEGER NOT NULL DEFAULT 0,
        status_detail      TEXT,
        created_at         INTEGER NOT NULL,
        updated_at         INTEGER NOT NULL,
        settled_at         INTEGER
    ) STRICT;
    CREATE INDEX sales_by_time ON sales (mode, created_at DESC, id DESC);
    CREATE INDEX sales_by_state ON sales (state) WHERE state IN ('creating', 'awaiting_payment', 'canceling', 'processing');

    CREATE TABLE sale_lines (
        sale_id      TEXT NOT NULL REFERENCES sales (id),
        position     INTEGER NOT NULL,
        price_id     TEXT NOT NULL,
        product_id   TEXT NOT NULL,
        name         TEXT NOT NULL,
        unit_amount  INTEGER NOT NULL CHECK (unit_amount >= 0),
        quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 999),
        PRIMARY KEY (sale_id, position)
    ) STRICT;

    CREATE TABLE sale_timeline (
        id                INTEGER PRIMARY KEY AUTOINCREMENT,
        sale_id           TEXT NOT NULL REFERENCES sales (id),
        at                INTEGER NOT NULL,
        source            TEXT NOT NULL,
        kind              TEXT NOT NULL,
        from_state        TEXT,
        to_state          TEXT,
        detail            TEXT NOT NULL DEFAULT '',
        session_id        TEXT,
        payment_intent_id TEXT,
        event_id          TEXT
    ) STRICT;
    CREATE INDEX sale_timeline_by_sale ON sale_timeline (sale_id, id);
    CREATE TRIGGER sale_timeline_append_only_update BEFORE UPDATE ON sale_timeline
        BEGIN SELECT RAISE(ABORT, 'the sale timeline is append-only'); END;
    CREATE TRIGGER sale_timeline_append_only_delete BEFORE DELETE ON sale_timeline
        BEGIN SELECT RAISE(ABORT, 'the sale timeline is append-only'); END;

    CREATE TABLE idempotency_keys (
        key        TEXT PRIMARY KEY,
        sale_id    TEXT NOT NULL REFERENCES sales (id),
        purpose    TEXT NOT NULL,
        mode       TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        UNIQUE (sale_id, purpose)
    ) STRICT;

    CREATE TABLE catalog_products (
        id          TEXT NOT NULL,
        mode        TEXT NOT NULL,
        name        TEXT NOT NULL,
        description TEXT,
        active      INTEGER NOT NULL,
        category    TEXT,
        sku         TEXT,
        barcode     TEXT,
        metadata    TEXT NOT NULL DEFAULT '{}',
        synced_at   INTEGER NOT NULL,
        PRIMARY KEY (mode, id)
    ) STRICT;

    CREATE TABLE catalog_prices (
        id                 TEXT NOT NULL,
        mode               TEXT NOT NULL,
        product_id         TEXT NOT NULL,
        currency           TEXT NOT NULL,
        unit_amount        INTEGER NOT NULL,
        recurring_interval TEXT,
        recurring_count    INTEGER,
        active             INTEGER NOT NULL,
        synced_at          INTEGER NOT NULL,
        PRIMARY KEY (mode, id),
        FOREIGN KEY (mode, product_id) REFERENCES catalog_products (mode, id) ON DELETE CASCADE
    ) STRICT;

    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    "#;

/// The schema version this build of Till writes.
#[cfg(test)]
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn run(conn: &mut Connection) -> Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT;",
    )
    .doing("preparing migrations")?;
    let applied: Vec<String> = conn
        .prepare("SELECT name FROM schema_migrations")
        .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
        .doing("reading applied migrations")?;
    if let Some(unknown) = applied
        .iter()
        .find(|name| !MIGRATIONS.iter().any(|(known, _)| known == name))
    {
        return Err(Error::storage(format!(
            "The sales ledger was written by a newer Till (it has schema change {unknown:?}, which this Till does not know). Install the newer Till; the ledger has not been changed."
        )));
    }
    for (name, sql) in MIGRATIONS {
        if applied.iter().any(|a| a == name) {
            continue;
        }
        let tx = conn.transaction().doing("starting a migration")?;
        tx.execute_batch(sql)
            .doing(&format!("applying schema change {name}"))?;
        tx.execute(
            "INSERT INTO schema_migrations (name, applied_at) VALUES (?1, ?2)",
            rusqlite::params![name, super::now_ms()],
        )
        .doing("recording a schema change")?;
        let count: i64 = tx
            .query_row("SELECT count(*) FROM schema_migrations", [], |row| {
                row.get(0)
            })
            .doing("counting schema changes")?;
        tx.pragma_update(None, "user_version", count)
            .doing("recording the schema version")?;
        tx.commit().doing("committing a migration")?;
        tracing::info!(name, "ledger schema migrated");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_once_and_a_newer_ledger_is_refused() {
        let mut conn = Connection::open_in_memory().unwrap();
        run(&mut conn).unwrap();
        run(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
        conn.execute(
            "INSERT INTO schema_migrations (name, applied_at) VALUES ('9999_future', 0)",
            [],
        )
        .unwrap();
        let error = run(&mut conn).unwrap_err();
        assert!(error.message.contains("newer Till"), "{}", error.message);
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = MIGRATIONS.iter().map(|(n, _)| *n).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), MIGRATIONS.len());
    }
    #[test]
    fn rows_written_before_staff_existed_name_nobody() {
        let mut conn = Connection::open_in_memory().unwrap();
        let before = MIGRATIONS
            .iter()
            .position(|(name, _)| *name == "0012_staff")
            .unwrap();
        conn.execute_batch(
            "CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT;",
        )
        .unwrap();
        for (name, sql) in &MIGRATIONS[..before] {
            conn.execute_batch(sql).unwrap();
            conn.execute("INSERT INTO schema_migrations VALUES (?1, 0)", [name])
                .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO shifts (mode, register_id, currency, opened_at, float_amount) VALUES ('test', 'till-1', 'usd', 0, 0);
             INSERT INTO drawer_moves (shift_id, at, kind, amount) VALUES (1, 0, 'float', 0);
             INSERT INTO sales (id, mode, register_id, state, currency, amount_total, created_at, updated_at)
             VALUES ('old', 'test', 'till-1', 'paid', 'usd', 1000, 0, 0);",
        )
        .unwrap();
        run(&mut conn).unwrap();
        let who: (Option<String>, Option<String>, Option<String>) = conn
            .query_row(
                "SELECT (SELECT staff_id FROM sales), (SELECT staff_id FROM drawer_moves), (SELECT opened_by FROM shifts)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(who, (None, None, None));
    }

    #[test]
    fn the_day_totals_learn_the_tender_of_sales_written_before() {
        let mut conn = Connection::open_in_memory().unwrap();
        let before = MIGRATIONS
            .iter()
            .position(|(name, _)| *name == "0009_day_tenders")
            .unwrap();
        for (name, sql) in &MIGRATIONS[..before] {
            conn.execute_batch(sql).unwrap();
            conn.execute_batch(&format!(
                "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT;
                 INSERT INTO schema_migrations VALUES ('{name}', 0);"
            ))
            .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO shifts (mode, register_id, currency, opened_at, float_amount) VALUES ('test', 'till-1', 'usd', 0, 0);
             INSERT INTO sales (id, mode, register_id, state, currency, amount_total, created_at, updated_at, tender)
             VALUES ('card', 'test', 'till-1', 'paid', 'usd', 1000, 0, 0, 'card'),
                    ('cash', 'test', 'till-1', 'paid', 'usd', 450, 0, 0, 'cash'),
                    ('split', 'test', 'till-1', 'paid', 'usd', 1275, 0, 0, 'split');
             INSERT INTO sale_tenders (sale_id, position, kind, amount, tendered, change, rounding, shift_id, at)
             VALUES ('cash', 0, 'cash', 450, 500, 50, 0, 1, 0), ('split', 0, 'cash', 505, 505, 0, 5, 1, 0);",
        )
        .unwrap();
        run(&mut conn).unwrap();
        let rows: Vec<(String, i64, i64)> = conn
            .prepare("SELECT tender, gross, cash FROM sale_day_totals ORDER BY tender")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            rows,
            vec![
                ("card".into(), 1000, 0),
                ("cash".into(), 450, 450),
                ("split".into(), 1275, 500)
            ]
        );
    }
    #[test]
    fn the_day_totals_learn_the_figures_of_sales_written_before() {
        let mut conn = Connection::open_in_memory().unwrap();
        let before = MIGRATIONS
            .iter()
            .position(|(name, _)| *name == "0017_day_pricing")
            .unwrap();
        conn.execute_batch(
            "CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL) STRICT;",
        )
        .unwrap();
        for (name, sql) in &MIGRATIONS[..before] {
            conn.execute_batch(sql).unwrap();
            conn.execute("INSERT INTO schema_migrations VALUES (?1, 0)", [name])
                .unwrap();
        }
        conn.execute_batch(
            "INSERT INTO sales (id, mode, register_id, state, currency, amount_total, created_at, updated_at,
                                amount_subtotal, amount_discount, amount_tax, amount_tip)
             VALUES ('taxed', 'test', 'till-1', 'paid', 'usd', 1122, 0, 0, 1000, 100, 72, 150),
                    ('old', 'test', 'till-1', 'paid', 'usd', 400, 0, 0, NULL, 0, 0, 0);
             INSERT INTO sale_taxes (sale_id, position, rate_id, display_name, percentage, inclusive, net, tax)
             VALUES ('taxed', 0, 'txr_1', 'Sales tax', 80000, 0, 900, 72);",
        )
        .unwrap();
        run(&mut conn).unwrap();
        let totals: (i64, i64, i64, i64, i64) = conn
            .query_row(
                "SELECT sales, gross, discount, tax, tip FROM sale_day_totals",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        assert_eq!(totals, (2, 1522, 100, 72, 150));
        let rates: (String, String, i64, i64, i64) = conn
            .query_row(
                "SELECT state, rate_id, sales, net, tax FROM sale_day_taxes",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .unwrap();
        assert_eq!(rates, ("paid".into(), "txr_1".into(), 1, 900, 72));
    }
}
