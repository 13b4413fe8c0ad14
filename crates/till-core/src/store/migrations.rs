//! Versioned schema migrations, tracked in `PRAGMA user_version`. A migration is never
//! edited once released: add a new one.

use rusqlite::Connection;

use super::storage_error;
use crate::error::{Error, Result};

/// Each entry moves the schema from version `index` to `index + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: sales, their lines, the append-only timeline, idempotency keys, the catalog cache.
    r#"
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
    "#,
];

/// The schema version this build of Till writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn run(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|e| storage_error("reading the schema version", e))?;
    if current > SCHEMA_VERSION {
        return Err(Error::storage(format!(
            "The sales ledger was written by a newer Till (schema {current}, this Till knows {SCHEMA_VERSION}). Install the newer Till; the ledger has not been changed."
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        let tx = conn
            .transaction()
            .map_err(|e| storage_error("starting a migration", e))?;
        tx.execute_batch(sql)
            .map_err(|e| storage_error(&format!("migrating to schema {version}"), e))?;
        tx.pragma_update(None, "user_version", version)
            .map_err(|e| storage_error("recording the schema version", e))?;
        tx.commit()
            .map_err(|e| storage_error("committing a migration", e))?;
        tracing::info!(version, "ledger schema migrated");
    }
    Ok(())
}
