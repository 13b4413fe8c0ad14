//! The owner's view in the ledger: history pages (keyset, newest first), totals per
//! currency, totals per local day, the free-text index, the CSV export's row stream, refund
//! requests Till sends, catalog requests, and the owner PIN.
//!
//! Two derived structures are kept by SQLite triggers, so no writer has to remember them:
//! - `sale_day_totals`: count, gross, refunded and the cash part of gross per (mode, local
//!   day, register, currency, state, tender). A year of daily totals reads a few thousand rows instead of every sale.
//! - `sale_search`: a contentless FTS5 index over sale ids, customer emails, Stripe session
//!   and PaymentIntent ids, and the product names of the lines. Its rowid is the sale's rowid
//!   × 256 + a slot (0: the sale as inserted; 1–201: its lines; 250: ids set later).
//!
//! Local days are the computer's time zone (SQLite's `localtime`, i.e. the C library's, which
//! honours `TZ`) when the row is written. Till never runs `VACUUM` (which may renumber rowids);
//! [`Ledger::rebuild_owner_indexes`] recomputes both structures from the rows if ever needed.

use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension, Row};
use serde::Serialize;

use super::sales::{sale_from_row, SaleRecord, SALE_COLUMNS, SALE_COLUMN_COUNT};

/// Paid sales of one currency and tender, and what cash and cards took of them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TenderTotalRecord {
    pub currency: String,
    pub tender: till_domain::tender::TenderKind,
    pub sales: i64,
    pub total: i64,
    pub cash: i64,
    pub card: i64,
}
/// Paid sales of one currency and tender: what their discounts, tax and tips came to (sales
/// from before tax count with their total as subtotal and nothing else).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PricingTotalRecord {
    pub currency: String,
    pub tender: till_domain::tender::TenderKind,
    pub sales: i64,
    /// What the customers paid (tips included).
    pub total: i64,
    pub discount: i64,
    pub tax: i64,
    pub tip: i64,
}

/// One tax rate's figures over paid sales of one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RateTotalRecord {
    pub currency: String,
    pub rate_id: String,
    pub display_name: String,
    pub percentage: u32,
    pub inclusive: bool,
    pub net: i64,
    pub tax: i64,
}
use crate::calendar::Date;
use crate::columns::{Doing, Text};
use crate::error::{Error, ErrorCode, Result};
use crate::mode::Mode;
use crate::{storage_error, Ledger};
use till_domain::money::Currency;
use till_domain::sale::SaleState;

/// Schema change `0003_owner` (listed in `migrations.rs`).
pub(super) const OWNER_SQL: &str = r#"
    CREATE INDEX sales_by_state_time ON sales (mode, state, created_at DESC, id DESC);
    CREATE INDEX sales_by_currency_time ON sales (mode, currency, created_at DESC, id DESC);

    CREATE TABLE sale_day_totals (
        mode        TEXT NOT NULL,
        day         TEXT NOT NULL,
        register_id TEXT NOT NULL,
        currency    TEXT NOT NULL,
        state       TEXT NOT NULL,
        sales       INTEGER NOT NULL,
        gross       INTEGER NOT NULL,
        refunded    INTEGER NOT NULL,
        PRIMARY KEY (mode, day, register_id, currency, state)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER sale_day_totals_insert AFTER INSERT ON sales BEGIN
        INSERT INTO sale_day_totals (mode, day, register_id, currency, state, sales, gross, refunded)
        VALUES (NEW.mode, date(NEW.created_at / 1000, 'unixepoch', 'localtime'), NEW.register_id,
                NEW.currency, NEW.state, 1, NEW.amount_total, NEW.amount_refunded)
        ON CONFLICT (mode, day, register_id, currency, state) DO UPDATE SET
            sales = sales + 1, gross = gross + excluded.gross, refunded = refunded + excluded.refunded;
    END;
    CREATE TRIGGER sale_day_totals_update
    AFTER UPDATE OF mode, register_id, state, currency, amount_total, amount_refunded, created_at ON sales
    WHEN OLD.mode IS NOT NEW.mode OR OLD.register_id IS NOT NEW.register_id OR OLD.state IS NOT NEW.state
        OR OLD.currency IS NOT NEW.currency OR OLD.amount_total IS NOT NEW.amount_total
        OR OLD.amount_refunded IS NOT NEW.amount_refunded OR OLD.created_at IS NOT NEW.created_at
    BEGIN
        UPDATE sale_day_totals SET sales = sales - 1, gross = gross - OLD.amount_total,
            refunded = refunded - OLD.amount_refunded
        WHERE mode = OLD.mode AND day = date(OLD.created_at / 1000, 'unixepoch', 'localtime')
            AND register_id = OLD.register_id AND currency = OLD.currency AND state = OLD.state;
        INSERT INTO sale_day_totals (mode, day, register_id, currency, state, sales, gross, refunded)
        VALUES (NEW.mode, date(NEW.created_at / 1000, 'unixepoch', 'localtime'), NEW.register_id,
                NEW.currency, NEW.state, 1, NEW.amount_total, NEW.amount_refunded)
        ON CONFLICT (mode, day, register_id, currency, state) DO UPDATE SET
            sales = sales + 1, gross = gross + excluded.gross, refunded = refunded + excluded.refunded;
    END;
    CREATE TRIGGER sale_day_totals_delete AFTER DELETE ON sales BEGIN
        UPDATE sale_day_totals SET sales = sales - 1, gross = gross - OLD.amount_total,
            refunded = refunded - OLD.amount_refunded
        WHERE mode = OLD.mode AND day = date(OLD.created_at / 1000, 'unixepoch', 'localtime')
            AND register_id = OLD.register_id AND currency = OLD.currency AND state = OLD.state;
    END;

    CREATE VIRTUAL TABLE sale_search USING fts5 (
        body, content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 2 tokenchars '_@.'"
    );
    CREATE TRIGGER sale_search_sale AFTER INSERT ON sales BEGIN
        INSERT INTO sale_search (rowid, body) VALUES (NEW.rowid * 256,
            concat_ws(' ', NEW.id, NEW.customer_email, replace(NEW.customer_email, '@', ' '),
                      NEW.session_id, NEW.payment_intent_id));
    END;
    CREATE TRIGGER sale_search_ids AFTER UPDATE OF customer_email, session_id, payment_intent_id ON sales
    WHEN OLD.customer_email IS NOT NEW.customer_email OR OLD.session_id IS NOT NEW.session_id
        OR OLD.payment_intent_id IS NOT NEW.payment_intent_id
    BEGIN
        DELETE FROM sale_search WHERE rowid = NEW.rowid * 256 + 250;
        INSERT INTO sale_search (rowid, body) VALUES (NEW.rowid * 256 + 250,
            concat_ws(' ', NEW.customer_email, replace(NEW.customer_email, '@', ' '),
                      NEW.session_id, NEW.payment_intent_id));
    END;
    -- A line is written once ((sale_id, position) is its key), so its slot is always free.
    CREATE TRIGGER sale_search_line AFTER INSERT ON sale_lines BEGIN
        INSERT INTO sale_search (rowid, body)
            SELECT rowid * 256 + 1 + min(NEW.position, 200), NEW.name FROM sales WHERE id = NEW.sale_id;
    END;

    CREATE TABLE refund_requests (
        id              TEXT PRIMARY KEY,
        sale_id         TEXT NOT NULL REFERENCES sales (id),
        amount          INTEGER NOT NULL CHECK (amount > 0),
        currency        TEXT NOT NULL,
        reason          TEXT,
        idempotency_key TEXT NOT NULL UNIQUE,
        state           TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'refused')),
        refund_id       TEXT,
        error           TEXT,
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX refund_requests_by_sale ON refund_requests (sale_id);
    CREATE INDEX refund_requests_sending ON refund_requests (state) WHERE state = 'sending';

    CREATE TABLE catalog_requests (
        id          TEXT PRIMARY KEY,
        mode        TEXT NOT NULL,
        kind        TEXT NOT NULL CHECK (kind IN ('create_product', 'archive_product')),
        params      TEXT NOT NULL,
        product_key TEXT NOT NULL UNIQUE,
        price_key   TEXT UNIQUE,
        product_id  TEXT,
        price_id    TEXT,
        state       TEXT NOT NULL CHECK (state IN ('sending', 'done', 'refused')),
        error       TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
    ) STRICT;

    CREATE TABLE owner_pin (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        hash         TEXT NOT NULL,
        failures     INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER NOT NULL DEFAULT 0,
        updated_at   INTEGER NOT NULL
    ) STRICT;
    "#;

/// Schema change `0009_day_tenders` (listed in `migrations.rs`): the per-day totals learn the
/// tender, so the totals panel and the report say what cash and cards took. `tender` joins the
/// key; `cash` is the cash part of the row's gross (a cash sale's total, a split's cash tenders
/// net of rounding — the same figure as [`Ledger::paid_by_tender`]). A split's cash tenders are
/// written while the sale is open, so a trigger on `sale_tenders` adds each one to the row the
/// sale is in, and moving a sale between rows moves its whole cash part. Rebuilt from the rows.
pub(super) const DAY_TENDERS_SQL: &str = r#"
    DROP TRIGGER sale_day_totals_insert;
    DROP TRIGGER sale_day_totals_update;
    DROP TRIGGER sale_day_totals_delete;
    DROP TABLE sale_day_totals;
    CREATE TABLE sale_day_totals (
        mode        TEXT NOT NULL,
        day         TEXT NOT NULL,
        register_id TEXT NOT NULL,
        currency    TEXT NOT NULL,
        state       TEXT NOT NULL,
        tender      TEXT NOT NULL,
        sales       INTEGER NOT NULL,
        gross       INTEGER NOT NULL,
        refunded    INTEGER NOT NULL,
        cash        INTEGER NOT NULL,
        PRIMARY KEY (mode, day, register_id, currency, state, tender)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO sale_day_totals (mode, day, register_id, currency, state, tender, sales, gross, refunded, cash)
        SELECT mode, date(created_at / 1000, 'unixepoch', 'localtime'), register_id, currency, state, tender,
               count(*), sum(amount_total), sum(amount_refunded),
               sum(CASE sales.tender WHEN 'cash' THEN sales.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = sales.id AND t.kind = 'cash'), 0)
                 ELSE 0 END)
        FROM sales GROUP BY 1, 2, 3, 4, 5, 6;

    CREATE TRIGGER sale_day_totals_insert AFTER INSERT ON sales BEGIN
        INSERT INTO sale_day_totals (mode, day, register_id, currency, state, tender, sales, gross, refunded, cash)
        VALUES (NEW.mode, date(NEW.created_at / 1000, 'unixepoch', 'localtime'), NEW.register_id,
                NEW.currency, NEW.state, NEW.tender, 1, NEW.amount_total, NEW.amount_refunded,
                CASE NEW.tender WHEN 'cash' THEN NEW.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = NEW.id AND t.kind = 'cash'), 0)
                 ELSE 0 END)
        ON CONFLICT (mode, day, register_id, currency, state, tender) DO UPDATE SET
            sales = sales + 1, gross = gross + excluded.gross, refunded = refunded + excluded.refunded,
            cash = cash + excluded.cash;
    END;
    CREATE TRIGGER sale_day_totals_update
    AFTER UPDATE OF mode, register_id, state, currency, amount_total, amount_refunded, created_at, tender ON sales
    WHEN OLD.mode IS NOT NEW.mode OR OLD.register_id IS NOT NEW.register_id OR OLD.state IS NOT NEW.state
        OR OLD.currency IS NOT NEW.currency OR OLD.amount_total IS NOT NEW.amount_total
        OR OLD.amount_refunded IS NOT NEW.amount_refunded OR OLD.created_at IS NOT NEW.created_at
        OR OLD.tender IS NOT NEW.tender
    BEGIN
        UPDATE sale_day_totals SET sales = sales - 1, gross = gross - OLD.amount_total,
            refunded = refunded - OLD.amount_refunded,
            cash = cash - (CASE OLD.tender WHEN 'cash' THEN OLD.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = OLD.id AND t.kind = 'cash'), 0)
                 ELSE 0 END)
        WHERE mode = OLD.mode AND day = date(OLD.created_at / 1000, 'unixepoch', 'localtime')
            AND register_id = OLD.register_id AND currency = OLD.currency AND state = OLD.state
            AND tender = OLD.tender;
        INSERT INTO sale_day_totals (mode, day, register_id, currency, state, tender, sales, gross, refunded, cash)
        VALUES (NEW.mode, date(NEW.created_at / 1000, 'unixepoch', 'localtime'), NEW.register_id,
                NEW.currency, NEW.state, NEW.tender, 1, NEW.amount_total, NEW.amount_refunded,
                CASE NEW.tender WHEN 'cash' THEN NEW.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = NEW.id AND t.kind = 'cash'), 0)
                 ELSE 0 END)
        ON CONFLICT (mode, day, register_id, currency, state, tender) DO UPDATE SET
            sales = sales + 1, gross = gross + excluded.gross, refunded = refunded + excluded.refunded,
            cash = cash + excluded.cash;
    END;
    CREATE TRIGGER sale_day_totals_delete AFTER DELETE ON sales BEGIN
        UPDATE sale_day_totals SET sales = sales - 1, gross = gross - OLD.amount_total,
            refunded = refunded - OLD.amount_refunded,
            cash = cash - (CASE OLD.tender WHEN 'cash' THEN OLD.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = OLD.id AND t.kind = 'cash'), 0)
                 ELSE 0 END)
        WHERE mode = OLD.mode AND day = date(OLD.created_at / 1000, 'unixepoch', 'localtime')
            AND register_id = OLD.register_id AND currency = OLD.currency AND state = OLD.state
            AND tender = OLD.tender;
    END;
    CREATE TRIGGER sale_day_totals_split_cash AFTER INSERT ON sale_tenders WHEN NEW.kind = 'cash' BEGIN
        UPDATE sale_day_totals SET cash = cash + NEW.amount - NEW.rounding
        WHERE (mode, day, register_id, currency, state, tender) =
            (SELECT mode, date(created_at / 1000, 'unixepoch', 'localtime'), register_id, currency, state, tender
             FROM sales WHERE id = NEW.sale_id AND tender = 'split');
    END;
    "#;

/// The SQL of [`DAY_FIGURES_SQL`], as a literal so the migration can end with it.
macro_rules! day_figures_sql {
    () => {
        r#"
    DELETE FROM sale_day_totals;
    INSERT INTO sale_day_totals (mode, day, register_id, currency, state, tender, sales, gross, refunded, cash,
                                 discount, tax, tip)
        SELECT mode, date(created_at / 1000, 'unixepoch', 'localtime'), register_id, currency, state, tender,
               count(*), sum(amount_total), sum(amount_refunded),
               sum(CASE sales.tender WHEN 'cash' THEN sales.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = sales.id AND t.kind = 'cash'), 0)
                 ELSE 0 END),
               sum(amount_discount), sum(amount_tax), sum(amount_tip)
        FROM sales GROUP BY 1, 2, 3, 4, 5, 6;
    DELETE FROM sale_day_taxes;
    INSERT INTO sale_day_taxes (mode, day, register_id, currency, state, rate_id, display_name, percentage,
                                inclusive, position, sales, net, tax)
        SELECT s.mode, date(s.created_at / 1000, 'unixepoch', 'localtime'), s.register_id, s.currency, s.state,
               t.rate_id, t.display_name, t.percentage, t.inclusive, min(t.position), count(*), sum(t.net),
               sum(t.tax)
        FROM sale_taxes t JOIN sales s ON s.id = t.sale_id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9;
    "#
    };
}

/// Schema change `0017_day_pricing` (listed in `migrations.rs`): the report's discounts, tax
/// and tips over a year without reading every sale. `sale_day_totals` learns each row's
/// `discount`, `tax` and `tip` (sums of the sales' `amount_discount`, `amount_tax`,
/// `amount_tip`; its triggers now also follow changes of those, as when Stripe reports a
/// promotion code a customer typed). `sale_day_taxes` keeps `sale_taxes` per (mode, local day,
/// register, currency, state) and rate: how many sales had it, net, tax, and the rate's first
/// position on a sale (its order in the report). A sale's rates are in the row its sale is in:
/// a rate written later adds to that row, and a sale that changes state (or day, register,
/// currency, mode) moves its rates with it. A sale with rates is never deleted (`sale_taxes`
/// is append-only and refers to it). Both rebuilt from the rows.
pub(super) const DAY_PRICING_SQL: &str = concat!(
    r#"
    ALTER TABLE sale_day_totals ADD COLUMN discount INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sale_day_totals ADD COLUMN tax INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sale_day_totals ADD COLUMN tip INTEGER NOT NULL DEFAULT 0;
    DROP TRIGGER sale_day_totals_insert;
    DROP TRIGGER sale_day_totals_update;
    DROP TRIGGER sale_day_totals_delete;

    CREATE TRIGGER sale_day_totals_insert AFTER INSERT ON sales BEGIN
        INSERT INTO sale_day_totals (mode, day, register_id, currency, state, tender, sales, gross, refunded, cash,
                                     discount, tax, tip)
        VALUES (NEW.mode, date(NEW.created_at / 1000, 'unixepoch', 'localtime'), NEW.register_id,
                NEW.currency, NEW.state, NEW.tender, 1, NEW.amount_total, NEW.amount_refunded,
                CASE NEW.tender WHEN 'cash' THEN NEW.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = NEW.id AND t.kind = 'cash'), 0)
                 ELSE 0 END,
                NEW.amount_discount, NEW.amount_tax, NEW.amount_tip)
        ON CONFLICT (mode, day, register_id, currency, state, tender) DO UPDATE SET
            sales = sales + 1, gross = gross + excluded.gross, refunded = refunded + excluded.refunded,
            cash = cash + excluded.cash, discount = discount + excluded.discount, tax = tax + excluded.tax,
            tip = tip + excluded.tip;
    END;
    CREATE TRIGGER sale_day_totals_update
    AFTER UPDATE OF mode, register_id, state, currency, amount_total, amount_refunded, created_at, tender,
                    amount_discount, amount_tax, amount_tip ON sales
    WHEN OLD.mode IS NOT NEW.mode OR OLD.register_id IS NOT NEW.register_id OR OLD.state IS NOT NEW.state
        OR OLD.currency IS NOT NEW.currency OR OLD.amount_total IS NOT NEW.amount_total
        OR OLD.amount_refunded IS NOT NEW.amount_refunded OR OLD.created_at IS NOT NEW.created_at
        OR OLD.tender IS NOT NEW.tender OR OLD.amount_discount IS NOT NEW.amount_discount
        OR OLD.amount_tax IS NOT NEW.amount_tax OR OLD.amount_tip IS NOT NEW.amount_tip
    BEGIN
        UPDATE sale_day_totals SET sales = sales - 1, gross = gross - OLD.amount_total,
            refunded = refunded - OLD.amount_refunded,
            cash = cash - (CASE OLD.tender WHEN 'cash' THEN OLD.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = OLD.id AND t.kind = 'cash'), 0)
                 ELSE 0 END),
            discount = discount - OLD.amount_discount, tax = tax - OLD.amount_tax, tip = tip - OLD.amount_tip
        WHERE mode = OLD.mode AND day = date(OLD.created_at / 1000, 'unixepoch', 'localtime')
            AND register_id = OLD.register_id AND currency = OLD.currency AND state = OLD.state
            AND tender = OLD.tender;
        INSERT INTO sale_day_totals (mode, day, register_id, currency, state, tender, sales, gross, refunded, cash,
                                     discount, tax, tip)
        VALUES (NEW.mode, date(NEW.created_at / 1000, 'unixepoch', 'localtime'), NEW.register_id,
                NEW.currency, NEW.state, NEW.tender, 1, NEW.amount_total, NEW.amount_refunded,
                CASE NEW.tender WHEN 'cash' THEN NEW.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = NEW.id AND t.kind = 'cash'), 0)
                 ELSE 0 END,
                NEW.amount_discount, NEW.amount_tax, NEW.amount_tip)
        ON CONFLICT (mode, day, register_id, currency, state, tender) DO UPDATE SET
            sales = sales + 1, gross = gross + excluded.gross, refunded = refunded + excluded.refunded,
            cash = cash + excluded.cash, discount = discount + excluded.discount, tax = tax + excluded.tax,
            tip = tip + excluded.tip;
    END;
    CREATE TRIGGER sale_day_totals_delete AFTER DELETE ON sales BEGIN
        UPDATE sale_day_totals SET sales = sales - 1, gross = gross - OLD.amount_total,
            refunded = refunded - OLD.amount_refunded,
            cash = cash - (CASE OLD.tender WHEN 'cash' THEN OLD.amount_total
                 WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                             WHERE t.sale_id = OLD.id AND t.kind = 'cash'), 0)
                 ELSE 0 END),
            discount = discount - OLD.amount_discount, tax = tax - OLD.amount_tax, tip = tip - OLD.amount_tip
        WHERE mode = OLD.mode AND day = date(OLD.created_at / 1000, 'unixepoch', 'localtime')
            AND register_id = OLD.register_id AND currency = OLD.currency AND state = OLD.state
            AND tender = OLD.tender;
    END;

    CREATE TABLE sale_day_taxes (
        mode         TEXT NOT NULL,
        day          TEXT NOT NULL,
        register_id  TEXT NOT NULL,
        currency     TEXT NOT NULL,
        state        TEXT NOT NULL,
        rate_id      TEXT NOT NULL,
        display_name TEXT NOT NULL,
        percentage   INTEGER NOT NULL,
        inclusive    INTEGER NOT NULL,
        position     INTEGER NOT NULL,
        sales        INTEGER NOT NULL,
        net          INTEGER NOT NULL,
        tax          INTEGER NOT NULL,
        PRIMARY KEY (mode, day, register_id, currency, state, rate_id, display_name, percentage, inclusive)
    ) STRICT, WITHOUT ROWID;

    CREATE TRIGGER sale_day_taxes_insert AFTER INSERT ON sale_taxes BEGIN
        INSERT INTO sale_day_taxes (mode, day, register_id, currency, state, rate_id, display_name, percentage,
                                    inclusive, position, sales, net, tax)
        SELECT mode, date(created_at / 1000, 'unixepoch', 'localtime'), register_id, currency, state,
               NEW.rate_id, NEW.display_name, NEW.percentage, NEW.inclusive, NEW.position, 1, NEW.net, NEW.tax
        FROM sales WHERE id = NEW.sale_id
        ON CONFLICT (mode, day, register_id, currency, state, rate_id, display_name, percentage, inclusive)
        DO UPDATE SET position = min(position, excluded.position), sales = sales + 1,
            net = net + excluded.net, tax = tax + excluded.tax;
    END;
    CREATE TRIGGER sale_day_taxes_move
    AFTER UPDATE OF mode, register_id, state, currency, created_at ON sales
    WHEN (OLD.mode IS NOT NEW.mode OR OLD.register_id IS NOT NEW.register_id OR OLD.state IS NOT NEW.state
          OR OLD.currency IS NOT NEW.currency OR OLD.created_at IS NOT NEW.created_at)
        AND EXISTS (SELECT 1 FROM sale_taxes WHERE sale_id = NEW.id)
    BEGIN
        UPDATE sale_day_taxes SET sales = sale_day_taxes.sales - r.sales, net = sale_day_taxes.net - r.net,
            tax = sale_day_taxes.tax - r.tax
        FROM (SELECT rate_id, display_name, percentage, inclusive, count(*) AS sales, sum(net) AS net,
                     sum(tax) AS tax
              FROM sale_taxes WHERE sale_id = OLD.id GROUP BY rate_id, display_name, percentage, inclusive) AS r
        WHERE sale_day_taxes.mode = OLD.mode
            AND sale_day_taxes.day = date(OLD.created_at / 1000, 'unixepoch', 'localtime')
            AND sale_day_taxes.register_id = OLD.register_id AND sale_day_taxes.currency = OLD.currency
            AND sale_day_taxes.state = OLD.state AND sale_day_taxes.rate_id = r.rate_id
            AND sale_day_taxes.display_name = r.display_name AND sale_day_taxes.percentage = r.percentage
            AND sale_day_taxes.inclusive = r.inclusive;
        INSERT INTO sale_day_taxes (mode, day, register_id, currency, state, rate_id, display_name, percentage,
                                    inclusive, position, sales, net, tax)
        SELECT NEW.mode, date(NEW.created_at / 1000, 'unixepoch', 'localtime'), NEW.register_id, NEW.currency,
               NEW.state, rate_id, display_name, percentage, inclusive, position, 1, net, tax
        FROM sale_taxes WHERE sale_id = NEW.id
        ON CONFLICT (mode, day, register_id, currency, state, rate_id, display_name, percentage, inclusive)
        DO UPDATE SET position = min(position, excluded.position), sales = sales + 1,
            net = net + excluded.net, tax = tax + excluded.tax;
    END;
    "#,
    day_figures_sql!()
);

/// Schema change `0018_unique_time_indexes` (listed in `migrations.rs`): `sales_by_time`, the
/// index that walks a mode's sales in time order, is declared `UNIQUE`. It ends with `id`
/// (unique already), so nothing it holds changes; but only a unique index tells SQLite that
/// each entry is one sale, which lets the export's join with `sale_lines` come out in line
/// order straight from `sale_lines`' key instead of sorting every sale's lines in a temporary
/// B-tree (a quarter of the export of a million sales). The other time indexes (by state,
/// currency, register, staff) stay as they are: a unique index is checked on every change of
/// its columns, and a sale's state changes as it is paid (making `sales_by_state_time` unique
/// too made a cash sale's Complete 18 % slower); an export filtered by them sorts its lines
/// per sale, as before. The tests below read the export's plans.
pub(super) const UNIQUE_TIME_INDEXES_SQL: &str = r#"
    DROP INDEX sales_by_time;
    CREATE UNIQUE INDEX sales_by_time ON sales (mode, created_at DESC, id DESC);
"#;

/// The per-day figures recomputed from the rows: the `0017_day_pricing` migration's backfill,
/// and part of a repair.
const DAY_FIGURES_SQL: &str = day_figures_sql!();

/// Recomputes the search index from the rows (with [`DAY_FIGURES_SQL`], a repair).
const REBUILD_SEARCH_SQL: &str = r#"
    DELETE FROM sale_search;
    INSERT INTO sale_search (rowid, body)
        SELECT rowid * 256, concat_ws(' ', id, customer_email, replace(customer_email, '@', ' '), session_id,
                                      payment_intent_id) FROM sales;
    INSERT INTO sale_search (rowid, body)
        SELECT s.rowid * 256 + 1 + min(l.position, 200), l.name
        FROM sale_lines l JOIN sales s ON s.id = l.sale_id;
    "#;

/// What the owner is looking at: one mode, optional local date range (inclusive), state,
/// currency, register and free text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryQuery {
    pub mode: String,
    pub from: Option<Date>,
    pub to: Option<Date>,
    pub state: Option<String>,
    pub currency: Option<String>,
    pub register_id: Option<String>,
    /// Words to find in product names, customer emails, sale / session / PaymentIntent ids.
    pub text: Option<String>,
    /// Only the sales this staff member rang up.
    pub staff_id: Option<String>,
}

/// Where a page ends: the last row's `(created_at, id)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageCursor {
    pub created_at: i64,
    pub id: String,
}

/// A sale as a history row: the record and a one-line summary of its items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HistoryRecord {
    pub sale: SaleRecord,
    /// `2 × Caffè Latte, Blueberry Muffin`.
    pub items: String,
}

/// Totals of one currency. `gross` and `refunded` count paid sales only; `sales` counts
/// every matching sale whatever its state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct TotalsRecord {
    pub sales: i64,
    pub paid: i64,
    pub gross: i64,
    pub refunded: i64,
    /// What cash took of `gross` (cash sales, and the cash parts of split sales); cards took
    /// the rest.
    pub cash: i64,
}

/// Paid totals of one local day in one currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayTotalRecord {
    pub day: Date,
    pub currency: String,
    pub paid: i64,
    pub gross: i64,
    pub refunded: i64,
    /// What cash took of `gross`.
    pub cash: i64,
}

/// What the period report is made of (see [`Ledger::report_figures`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportFigures {
    /// Paid totals per local day and currency, oldest first.
    pub days: Vec<DayTotalRecord>,
    /// Paid sales' discounts, tax and tips per currency and tender.
    pub pricing: Vec<PricingTotalRecord>,
    /// Paid sales' tax per currency and rate.
    pub rates: Vec<RateTotalRecord>,
}

/// A sale's figures besides its total, for the export: `subtotal` is the total for a sale
/// from before tax (which has no discount, tax or tip).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SaleAmounts {
    pub subtotal: i64,
    pub discount: i64,
    pub tax: i64,
    pub tip: i64,
    pub coupon_id: Option<String>,
    pub coupon_name: Option<String>,
}

/// One line of a sale for the per-line export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportLine {
    pub position: i64,
    pub price_id: String,
    pub product_id: String,
    pub name: String,
    pub unit_amount: i64,
    pub quantity: i64,
}

/// A refund Till asked Stripe for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RefundRequestRecord {
    pub id: String,
    pub sale_id: String,
    pub amount: i64,
    pub currency: String,
    pub reason: Option<String>,
    pub idempotency_key: String,
    /// `sending` (asked, answer not known yet: the amount is held), `sent` (Stripe created
    /// `refund_id`), `refused` (Stripe refused; nothing was refunded).
    pub state: String,
    pub refund_id: Option<String>,
    pub error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// Who asked for it (`None`: nobody signed in).
    pub staff_id: Option<String>,
}

/// A product (and price) Till asked Stripe to create, or a product it asked to archive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CatalogRequestRecord {
    pub id: String,
    pub mode: String,
    pub kind: String,
    /// What was asked, as JSON (so a retry sends exactly the same).
    pub params: String,
    pub product_key: String,
    pub price_key: Option<String>,
    pub product_id: Option<String>,
    pub price_id: Option<String>,
    pub state: String,
    pub error: Option<String>,
    pub created_at: i64,
}

/// The stored owner PIN and its rate limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PinRecord {
    /// argon2id in PHC string form.
    pub hash: String,
    pub failures: i64,
    pub locked_until: i64,
}

/// Characters that are part of a search token besides letters and digits, so that ids
/// (`pi_3Pq…`, `cs_test_…`) and emails are one token each: a lookup of a rare token instead
/// of a phrase of common ones (`pi`, `test`, `com`). Must match the FTS5 tokenizer above.
const TOKEN_CHARS: [char; 3] = ['_', '@', '.'];

fn is_token_char(c: char) -> bool {
    c.is_alphanumeric() || TOKEN_CHARS.contains(&c)
}

/// Builds an FTS5 query from what the owner typed: every word must match; a word's tokens
/// form a phrase whose last token may be a prefix (`latte` finds `Caffè Latte`, `ana` finds
/// `ana.lopez@example.com`, `pi_3Pq` finds that PaymentIntent). `None` when nothing searchable
/// was typed.
pub fn fts_query(text: &str) -> Option<String> {
    let mut phrases = Vec::new();
    for word in text.split_whitespace() {
        let parts: Vec<String> = word
            .split(|c: char| !is_token_char(c))
            .map(|p| p.trim_matches(TOKEN_CHARS))
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        if !parts.is_empty() {
            phrases.push(format!("\"{}\" *", parts.join(" ")));
        }
    }
    (!phrases.is_empty()).then(|| phrases.join(" AND "))
}

/// Reads a sales row (columns as [`SALE_COLUMNS`]) into an existing record, reusing its
/// strings: the export streams a million rows without allocating for each.
fn refill_sale(sale: &mut SaleRecord, row: &Row<'_>) -> rusqlite::Result<()> {
    fn text(target: &mut String, row: &Row<'_>, index: usize) -> rusqlite::Result<()> {
        target.clear();
        target.push_str(row.get_ref(index)?.as_str()?);
        Ok(())
    }
    fn optional(target: &mut Option<String>, row: &Row<'_>, index: usize) -> rusqlite::Result<()> {
        match (row.get_ref(index)?.as_str_or_null()?, target.as_mut()) {
            (None, _) => *target = None,
            (Some(value), Some(existing)) => {
                existing.clear();
                existing.push_str(value);
            }
            (Some(value), None) => *target = Some(value.to_string()),
        }
        Ok(())
    }
    text(&mut sale.id, row, 0)?;
    sale.mode = row.get::<_, Text<Mode>>(1)?.0;
    text(&mut sale.register_id, row, 2)?;
    sale.state = row.get::<_, Text<SaleState>>(3)?.0;
    sale.currency = row.get::<_, Text<Currency>>(4)?.0;
    sale.amount_total = row.get(5)?;
    optional(&mut sale.customer_email, row, 6)?;
    optional(&mut sale.session_id, row, 7)?;
    optional(&mut sale.session_url, row, 8)?;
    sale.session_expires_at = row.get(9)?;
    optional(&mut sale.payment_intent_id, row, 10)?;
    sale.amount_refunded = row.get(11)?;
    optional(&mut sale.status_detail, row, 12)?;
    sale.created_at = row.get(13)?;
    sale.updated_at = row.get(14)?;
    sale.settled_at = row.get(15)?;
    sale.tender = row.get::<_, Text<till_domain::tender::TenderKind>>(16)?.0;
    Ok(())
}

/// The export's query: every sale `filter` matches with its other amounts, joined with its
/// lines, oldest sale first and each sale's lines in cart order. Walked through a unique time
/// index (`0018_unique_time_indexes`), it needs no sort.
fn export_sales_sql(filter: &Filter) -> String {
    format!(
        "SELECT {SALE_COLUMNS}, coalesce(amount_subtotal, amount_total), amount_discount, amount_tax,
                amount_tip, coupon_id, coupon_name, l.quantity, l.name
         FROM {} LEFT JOIN sale_lines l ON l.sale_id = sales.id
         WHERE {} ORDER BY created_at, id, l.position",
        filter.from, filter.sql
    )
}

/// The per-line export's query: every line of every sale `filter` matches, in the order of
/// [`export_sales_sql`] (and, like it, without a sort).
fn export_lines_sql(filter: &Filter) -> String {
    format!(
        "SELECT {SALE_COLUMNS}, l.position, l.price_id, l.product_id, l.name, l.unit_amount, l.quantity
         FROM {} JOIN sale_lines l ON l.sale_id = sales.id
         WHERE {} ORDER BY sales.created_at, sales.id, l.position",
        filter.from, filter.sql
    )
}

/// Appends one line to an items summary exactly as [`HISTORY_ITEMS`] writes it.
fn push_item(items: &mut String, quantity: i64, name: &str) {
    if !items.is_empty() {
        items.push_str(", ");
    }
    if quantity > 1 {
        items.push_str(&quantity.to_string());
        items.push_str(" × ");
    }
    items.push_str(name);
}

const HISTORY_ITEMS: &str = "(SELECT group_concat(CASE WHEN quantity > 1 THEN quantity || ' × ' || name ELSE name END, ', ' ORDER BY position)
        FROM sale_lines WHERE sale_id = sales.id)";

fn refund_request_from_row(row: &Row<'_>) -> rusqlite::Result<RefundRequestRecord> {
    Ok(RefundRequestRecord {
        id: row.get(0)?,
        sale_id: row.get(1)?,
        amount: row.get(2)?,
        currency: row.get(3)?,
        reason: row.get(4)?,
        idempotency_key: row.get(5)?,
        state: row.get(6)?,
        refund_id: row.get(7)?,
        error: row.get(8)?,
        created_at: row.get(9)?,
        updated_at: row.get(10)?,
        staff_id: row.get(11)?,
    })
}

const REFUND_REQUEST_COLUMNS: &str =
    "id, sale_id, amount, currency, reason, idempotency_key, state, refund_id, error, created_at, updated_at, staff_id";

fn catalog_request_from_row(row: &Row<'_>) -> rusqlite::Result<CatalogRequestRecord> {
    Ok(CatalogRequestRecord {
        id: row.get(0)?,
        mode: row.get(1)?,
        kind: row.get(2)?,
        params: row.get(3)?,
        product_key: row.get(4)?,
        price_key: row.get(5)?,
        product_id: row.get(6)?,
        price_id: row.get(7)?,
        state: row.get(8)?,
        error: row.get(9)?,
        created_at: row.get(10)?,
    })
}

const CATALOG_REQUEST_COLUMNS: &str =
    "id, mode, kind, params, product_key, price_key, product_id, price_id, state, error, created_at";

/// How a free-text search finds its sales.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchPlan {
    /// Count the matches first: few → [`SearchPlan::ByMatch`], many → [`SearchPlan::ByTime`].
    Auto,
    /// From the matching sales (by rowid), sorted afterwards: fast when few match (an id,
    /// an email).
    ByMatch,
    /// Newest first along the time index, keeping the matching ones: fast when many match (a
    /// product name), since a page fills quickly.
    ByTime,
}

/// With at most this many matching index rows a search starts from the matches.
pub const SEARCH_BY_MATCH_LIMIT: i64 = 5_000;

/// A query's FROM and WHERE clauses and their parameters.
struct Filter {
    from: String,
    sql: String,
    params: Vec<Value>,
}

impl Filter {
    /// A filter on `from` by the columns `sales` and `sale_day_totals` share: `mode`, and the
    /// state, currency and register when the query sets them.
    fn new(from: &str, query: &HistoryQuery) -> Filter {
        let mut filter = Filter {
            from: from.to_string(),
            sql: String::new(),
            params: Vec::new(),
        };
        filter.push("mode = ?", Value::Text(query.mode.clone()));
        if let Some(state) = &query.state {
            filter.push(" AND state = ?", Value::Text(state.clone()));
        }
        if let Some(currency) = &query.currency {
            filter.push(" AND currency = ?", Value::Text(currency.clone()));
        }
        if let Some(register) = &query.register_id {
            filter.push(" AND register_id = ?", Value::Text(register.clone()));
        }
        filter
    }

    fn push(&mut self, condition: &str, value: Value) {
        self.params.push(value);
        self.sql
            .push_str(&condition.replace('?', &format!("?{}", self.params.len())));
    }
}

impl Ledger {
    /// The UTC offset (seconds) of the computer's time zone at `at_ms`.
    pub fn local_offset_secs(&self, at_ms: i64) -> Result<i32> {
        self.conn
            .prepare_cached("SELECT unixepoch(?1, 'unixepoch', 'localtime') - ?1")
            .and_then(|mut s| s.query_row([at_ms.div_euclid(1000)], |row| row.get::<_, i64>(0)))
            .map(|offset| i32::try_from(offset).unwrap_or(0))
            .doing("reading the time zone")
    }

    /// The UTC moment (ms) local midnight starts `date`.
    pub fn local_midnight_ms(&self, date: Date) -> Result<i64> {
        self.conn
            .prepare_cached("SELECT unixepoch(?1, 'utc') * 1000")
            .and_then(|mut s| s.query_row([date.to_string()], |row| row.get(0)))
            .doing("converting a date to the local time zone")
    }

    /// The local date at `at_ms`.
    pub fn local_date(&self, at_ms: i64) -> Result<Date> {
        let text: String = self
            .conn
            .prepare_cached("SELECT date(?1, 'unixepoch', 'localtime')")
            .and_then(|mut s| s.query_row([at_ms.div_euclid(1000)], |row| row.get(0)))
            .doing("reading the local date")?;
        Date::parse(&text)
    }

    /// How many index rows (up to `limit`) match an FTS query.
    fn search_matches(&self, fts: &str, limit: i64) -> Result<i64> {
        self.conn
            .prepare_cached(
                "SELECT count(*) FROM (SELECT 1 FROM sale_search WHERE sale_search MATCH ?1 LIMIT ?2)",
            )
            .and_then(|mut s| s.query_row(params![fts, limit], |row| row.get(0)))
            .doing("searching sales")
    }

    /// The FROM and WHERE clauses for a history query (`mode` always; the rest when set).
    fn history_filter(&self, query: &HistoryQuery, plan: SearchPlan) -> Result<Filter> {
        let mut filter = Filter::new("sales", query);
        if let Some(staff) = &query.staff_id {
            filter.push(" AND staff_id = ?", Value::Text(staff.clone()));
        }
        // Local midnight to UTC in the query itself: SQLite evaluates a range bound once.
        if let Some(from) = query.from {
            filter.push(
                " AND created_at >= unixepoch(?, 'utc') * 1000",
                Value::Text(from.to_string()),
            );
        }
        if let Some(to) = query.to {
            filter.push(
                " AND created_at < unixepoch(?, 'utc') * 1000",
                Value::Text(to.add_days(1).to_string()),
            );
        }
        if let Some(text) = &query.text {
            let fts = fts_query(text).ok_or_else(|| {
                Error::invalid_input(
                    "Type letters or digits to search: a product name, an email, or a sale, session or PaymentIntent id.",
                )
                .with_reason("invalid_search")
            })?;
            let plan = match plan {
                SearchPlan::Auto
                    if self.search_matches(&fts, SEARCH_BY_MATCH_LIMIT + 1)?
                        <= SEARCH_BY_MATCH_LIMIT =>
                {
                    SearchPlan::ByMatch
                }
                SearchPlan::Auto => SearchPlan::ByTime,
                chosen => chosen,
            };
            if plan == SearchPlan::ByMatch {
                filter.params.push(Value::Text(fts));
                filter.from = format!(
                    "(SELECT DISTINCT rowid / 256 AS sale_rowid FROM sale_search WHERE sale_search MATCH ?{}) AS matches
                     CROSS JOIN sales ON sales.rowid = matches.sale_rowid",
                    filter.params.len()
                );
            } else {
                filter.push(
                    " AND sales.rowid IN (SELECT rowid / 256 FROM sale_search WHERE sale_search MATCH ?)",
                    Value::Text(fts),
                );
            }
        }
        Ok(filter)
    }

    /// One page of history, newest first, after `cursor` (keyset: no OFFSET scans).
    pub fn history_page(
        &self,
        query: &HistoryQuery,
        cursor: Option<&PageCursor>,
        limit: usize,
    ) -> Result<Vec<HistoryRecord>> {
        self.history_page_planned(query, cursor, limit, SearchPlan::Auto)
    }

    /// [`Ledger::history_page`] with a chosen search plan (tests compare the plans).
    pub fn history_page_planned(
        &self,
        query: &HistoryQuery,
        cursor: Option<&PageCursor>,
        limit: usize,
        plan: SearchPlan,
    ) -> Result<Vec<HistoryRecord>> {
        let mut filter = self.history_filter(query, plan)?;
        if let Some(cursor) = cursor {
            filter.params.push(Value::Integer(cursor.created_at));
            filter.params.push(Value::Text(cursor.id.clone()));
            let n = filter.params.len();
            filter
                .sql
                .push_str(&format!(" AND (created_at, id) < (?{}, ?{n})", n - 1));
        }
        filter
            .params
            .push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        let sql = format!(
            "SELECT {SALE_COLUMNS}, {HISTORY_ITEMS} FROM {} WHERE {} ORDER BY created_at DESC, id DESC LIMIT ?{}",
            filter.from,
            filter.sql,
            filter.params.len()
        );
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_map(params_from_iter(filter.params.iter()), |row| {
                    Ok(HistoryRecord {
                        sale: sale_from_row(row)?,
                        items: row
                            .get::<_, Option<String>>(SALE_COLUMN_COUNT)?
                            .unwrap_or_default(),
                    })
                })?
                .collect()
            })
            .doing("reading sales history")
    }

    /// Totals per currency of everything `query` matches. Without free text or a cashier they
    /// come from the per-day totals (whole local days, so exact); with either, from the
    /// matching rows (the per-day totals know no cashier).
    pub fn history_totals(&self, query: &HistoryQuery) -> Result<Vec<(String, TotalsRecord)>> {
        if query.text.is_some() || query.staff_id.is_some() {
            return self.history_totals_from_rows(query);
        }
        let mut filter = Filter::new("sale_day_totals", query);
        if let Some(from) = query.from {
            filter.push(" AND day >= ?", Value::Text(from.to_string()));
        }
        if let Some(to) = query.to {
            filter.push(" AND day <= ?", Value::Text(to.to_string()));
        }
        let sql = format!(
            "SELECT currency, sum(sales), sum(CASE WHEN state = 'paid' THEN sales ELSE 0 END),
                    sum(CASE WHEN state = 'paid' THEN gross ELSE 0 END),
                    sum(CASE WHEN state = 'paid' THEN refunded ELSE 0 END),
                    sum(CASE WHEN state = 'paid' THEN cash ELSE 0 END)
             FROM sale_day_totals WHERE {} GROUP BY currency HAVING sum(sales) > 0 ORDER BY currency",
            filter.sql
        );
        self.totals_query(&sql, &filter.params)
    }

    /// Totals per currency recomputed from the matching rows (free-text queries, and the
    /// check that the per-day totals agree).
    pub fn history_totals_from_rows(
        &self,
        query: &HistoryQuery,
    ) -> Result<Vec<(String, TotalsRecord)>> {
        // Adding up visits every match anyway: start from the matches.
        self.history_totals_planned(query, SearchPlan::ByMatch)
    }

    /// Paid sales of everything `query` matches per currency and tender. From the rows: for a
    /// day's summary, not for a year.
    pub fn paid_by_tender(&self, query: &HistoryQuery) -> Result<Vec<TenderTotalRecord>> {
        let filter = self.history_filter(query, SearchPlan::Auto)?;
        let sql = format!(
            "SELECT currency, tender, count(*), sum(amount_total),
                    sum(coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                  WHERE t.sale_id = sales.id AND t.kind = 'cash'), 0))
             FROM {} WHERE {} AND state = 'paid' GROUP BY currency, tender ORDER BY currency, tender",
            filter.from, filter.sql
        );
        self.conn
            .prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_map(params_from_iter(filter.params.iter()), |row| {
                    let total: i64 = row.get(3)?;
                    let cash: i64 = row.get(4)?;
                    let tender = row.get::<_, Text<till_domain::tender::TenderKind>>(1)?.0;
                    let cash = if tender == till_domain::tender::TenderKind::Cash {
                        total
                    } else {
                        cash
                    };
                    Ok(TenderTotalRecord {
                        currency: row.get(0)?,
                        tender,
                        sales: row.get(2)?,
                        total,
                        cash,
                        card: total - cash,
                    })
                })?
                .collect()
            })
            .doing("adding up sales per tender")
    }

    /// Paid sales' discounts, tax and tips per currency and tender, and the tax per rate, for
    /// the query's sales (the end-of-day summary, the report).
    pub fn pricing_totals(
        &self,
        query: &HistoryQuery,
    ) -> Result<(Vec<PricingTotalRecord>, Vec<RateTotalRecord>)> {
        let filter = self.history_filter(query, SearchPlan::Auto)?;
        let doing = "adding up discounts, tax and tips";
        let sql = format!(
            "SELECT currency, tender, count(*), sum(amount_total), sum(amount_discount),
                    sum(amount_tax), sum(amount_tip)
             FROM {} WHERE {} AND state = 'paid' GROUP BY currency, tender ORDER BY currency, tender",
            filter.from, filter.sql
        );
        let tenders = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_map(params_from_iter(filter.params.iter()), |row| {
                    Ok(PricingTotalRecord {
                        currency: row.get(0)?,
                        tender: row.get::<_, Text<till_domain::tender::TenderKind>>(1)?.0,
                        sales: row.get(2)?,
                        total: row.get(3)?,
                        discount: row.get(4)?,
                        tax: row.get(5)?,
                        tip: row.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing(doing)?;
        let sql = format!(
            "SELECT sales.currency, t.rate_id, t.display_name, t.percentage, t.inclusive,
                    sum(t.net), sum(t.tax)
             FROM {} JOIN sale_taxes t ON t.sale_id = sales.id
             WHERE {} AND sales.state = 'paid'
             GROUP BY sales.currency, t.rate_id, t.display_name, t.percentage, t.inclusive
             ORDER BY sales.currency, min(t.position), t.display_name",
            filter.from, filter.sql
        );
        let rates = self
            .conn
            .prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_map(params_from_iter(filter.params.iter()), |row| {
                    Ok(RateTotalRecord {
                        currency: row.get(0)?,
                        rate_id: row.get(1)?,
                        display_name: row.get(2)?,
                        percentage: row.get(3)?,
                        inclusive: row.get(4)?,
                        net: row.get(5)?,
                        tax: row.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing(doing)?;
        Ok((tenders, rates))
    }

    /// Totals from the rows with a chosen search plan (tests compare the plans).
    pub fn history_totals_planned(
        &self,
        query: &HistoryQuery,
        plan: SearchPlan,
    ) -> Result<Vec<(String, TotalsRecord)>> {
        let filter = self.history_filter(query, plan)?;
        let sql = format!(
            "SELECT currency, count(*), sum(state = 'paid'),
                    sum(CASE WHEN state = 'paid' THEN amount_total ELSE 0 END),
                    sum(CASE WHEN state = 'paid' THEN amount_refunded ELSE 0 END),
                    sum(CASE WHEN state <> 'paid' OR tender = 'card' THEN 0
                             WHEN tender = 'cash' THEN amount_total
                             ELSE coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                            WHERE t.sale_id = sales.id AND t.kind = 'cash'), 0) END)
             FROM {} WHERE {} GROUP BY currency ORDER BY currency",
            filter.from, filter.sql
        );
        self.totals_query(&sql, &filter.params)
    }

    fn totals_query(&self, sql: &str, params: &[Value]) -> Result<Vec<(String, TotalsRecord)>> {
        self.conn
            .prepare_cached(sql)
            .and_then(|mut s| {
                s.query_map(params_from_iter(params.iter()), |row| {
                    Ok((
                        row.get(0)?,
                        TotalsRecord {
                            sales: row.get(1)?,
                            paid: row.get(2)?,
                            gross: row.get(3)?,
                            refunded: row.get(4)?,
                            cash: row.get(5)?,
                        },
                    ))
                })?
                .collect()
            })
            .doing("adding up sales")
    }

    /// Paid totals per local day and currency in `[from, to]`, oldest first.
    pub fn day_totals(
        &self,
        mode: &str,
        from: Date,
        to: Date,
        register_id: Option<&str>,
    ) -> Result<Vec<DayTotalRecord>> {
        let rows: Vec<(String, String, [i64; 4])> = self
            .conn
            .prepare_cached(
                "SELECT day, currency, sum(sales), sum(gross), sum(refunded), sum(cash) FROM sale_day_totals
                 WHERE mode = ?1 AND state = 'paid' AND day >= ?2 AND day <= ?3
                   AND (?4 IS NULL OR register_id = ?4)
                 GROUP BY day, currency HAVING sum(sales) > 0 ORDER BY day, currency",
            )
            .and_then(|mut s| {
                s.query_map(
                    params![mode, from.to_string(), to.to_string(), register_id],
                    |row| {
                        Ok((
                            row.get(0)?,
                            row.get(1)?,
                            [row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?],
                        ))
                    },
                )?
                .collect()
            })
            .doing("reading daily totals")?;
        rows.into_iter()
            .map(|(day, currency, [paid, gross, refunded, cash])| {
                Ok(DayTotalRecord {
                    day: Date::parse(&day)?,
                    currency,
                    paid,
                    gross,
                    refunded,
                    cash,
                })
            })
            .collect()
    }

    /// [`Ledger::day_totals`] of one cashier's sales, from the rows (the per-day totals know
    /// no cashier): the same figures, the cash part as `sale_day_totals` counts it.
    pub fn staff_day_totals(
        &self,
        mode: &str,
        from: Date,
        to: Date,
        register_id: Option<&str>,
        staff_id: &str,
    ) -> Result<Vec<DayTotalRecord>> {
        let rows: Vec<(String, String, [i64; 4])> = self
            .conn
            .prepare_cached(
                "SELECT date(created_at / 1000, 'unixepoch', 'localtime') AS day, currency, count(*),
                        sum(amount_total), sum(amount_refunded),
                        sum(CASE tender WHEN 'cash' THEN amount_total
                              WHEN 'split' THEN coalesce((SELECT sum(t.amount - t.rounding) FROM sale_tenders t
                                                          WHERE t.sale_id = sales.id AND t.kind = 'cash'), 0)
                              ELSE 0 END)
                 FROM sales
                 WHERE mode = ?1 AND staff_id = ?5 AND state = 'paid'
                   AND created_at >= unixepoch(?2, 'utc') * 1000 AND created_at < unixepoch(?3, 'utc') * 1000
                   AND (?4 IS NULL OR register_id = ?4)
                 GROUP BY day, currency ORDER BY day, currency",
            )
            .and_then(|mut s| {
                s.query_map(
                    params![
                        mode,
                        from.to_string(),
                        to.add_days(1).to_string(),
                        register_id,
                        staff_id
                    ],
                    |row| {
                        Ok((
                            row.get(0)?,
                            row.get(1)?,
                            [row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?],
                        ))
                    },
                )?
                .collect()
            })
            .doing("reading a cashier's daily totals")?;
        rows.into_iter()
            .map(|(day, currency, [paid, gross, refunded, cash])| {
                Ok(DayTotalRecord {
                    day: Date::parse(&day)?,
                    currency,
                    paid,
                    gross,
                    refunded,
                    cash,
                })
            })
            .collect()
    }

    /// What the period report reads for `[from, to]` (local days), one register or all, one
    /// cashier or everyone: paid totals per day and currency, and the paid sales' discounts,
    /// tax and tips per currency and tender and tax per rate. Everyone's come from the per-day
    /// tables (a year at a million sales stays a few thousand rows); a cashier's from the rows,
    /// which know who rang a sale up.
    pub fn report_figures(
        &self,
        mode: &str,
        from: Date,
        to: Date,
        register_id: Option<&str>,
        staff_id: Option<&str>,
    ) -> Result<ReportFigures> {
        if let Some(staff) = staff_id {
            let (pricing, rates) = self.pricing_totals(&HistoryQuery {
                mode: mode.to_string(),
                from: Some(from),
                to: Some(to),
                register_id: register_id.map(str::to_string),
                staff_id: Some(staff.to_string()),
                ..HistoryQuery::default()
            })?;
            return Ok(ReportFigures {
                days: self.staff_day_totals(mode, from, to, register_id, staff)?,
                pricing,
                rates,
            });
        }
        let doing = "reading the period's discounts, tax and tips";
        let (from_text, to_text) = (from.to_string(), to.to_string());
        let pricing = self
            .conn
            .prepare_cached(
                "SELECT currency, tender, sum(sales), sum(gross), sum(discount), sum(tax), sum(tip)
                 FROM sale_day_totals
                 WHERE mode = ?1 AND state = 'paid' AND day >= ?2 AND day <= ?3
                   AND (?4 IS NULL OR register_id = ?4)
                 GROUP BY currency, tender HAVING sum(sales) > 0 ORDER BY currency, tender",
            )
            .and_then(|mut s| {
                s.query_map(params![mode, from_text, to_text, register_id], |row| {
                    Ok(PricingTotalRecord {
                        currency: row.get(0)?,
                        tender: row.get::<_, Text<till_domain::tender::TenderKind>>(1)?.0,
                        sales: row.get(2)?,
                        total: row.get(3)?,
                        discount: row.get(4)?,
                        tax: row.get(5)?,
                        tip: row.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing(doing)?;
        let rates = self
            .conn
            .prepare_cached(
                "SELECT currency, rate_id, display_name, percentage, inclusive, sum(net), sum(tax)
                 FROM sale_day_taxes
                 WHERE mode = ?1 AND state = 'paid' AND day >= ?2 AND day <= ?3
                   AND (?4 IS NULL OR register_id = ?4)
                 GROUP BY currency, rate_id, display_name, percentage, inclusive HAVING sum(sales) > 0
                 ORDER BY currency, min(position), display_name",
            )
            .and_then(|mut s| {
                s.query_map(params![mode, from_text, to_text, register_id], |row| {
                    Ok(RateTotalRecord {
                        currency: row.get(0)?,
                        rate_id: row.get(1)?,
                        display_name: row.get(2)?,
                        percentage: row.get(3)?,
                        inclusive: row.get(4)?,
                        net: row.get(5)?,
                        tax: row.get(6)?,
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()
            })
            .doing(doing)?;
        Ok(ReportFigures {
            days: self.day_totals(mode, from, to, register_id)?,
            pricing,
            rates,
        })
    }

    /// The registers with sales in a mode.
    pub fn history_registers(&self, mode: &str) -> Result<Vec<String>> {
        self.conn
            .prepare_cached(
                "SELECT DISTINCT register_id FROM sale_day_totals WHERE mode = ?1 AND sales > 0 ORDER BY 1",
            )
            .and_then(|mut s| s.query_map([mode], |row| row.get(0))?.collect())
            .doing("listing registers")
    }

    /// The currencies with sales in a mode.
    pub fn history_currencies(&self, mode: &str) -> Result<Vec<String>> {
        self.conn
            .prepare_cached(
                "SELECT DISTINCT currency FROM sale_day_totals WHERE mode = ?1 AND sales > 0 ORDER BY 1",
            )
            .and_then(|mut s| s.query_map([mode], |row| row.get(0))?.collect())
            .doing("listing currencies")
    }

    /// Streams every sale `query` matches, oldest first, to `each` (with the sale's items
    /// summary, as the history page shows it, and its other amounts), never holding more than
    /// one sale. Stops at the first error `each` returns. The lines come in the same pass (one
    /// join walked in order), not from a query per sale.
    pub fn for_each_history_sale(
        &self,
        query: &HistoryQuery,
        mut each: impl FnMut(&HistoryRecord, &SaleAmounts) -> Result<()>,
    ) -> Result<u64> {
        let doing = "exporting sales";
        let filter = self.history_filter(query, SearchPlan::Auto)?;
        let sql = export_sales_sql(&filter);
        let read_amounts = |row: &Row<'_>, amounts: &mut SaleAmounts| -> rusqlite::Result<()> {
            let at = SALE_COLUMN_COUNT;
            amounts.subtotal = row.get(at)?;
            amounts.discount = row.get(at + 1)?;
            amounts.tax = row.get(at + 2)?;
            amounts.tip = row.get(at + 3)?;
            amounts.coupon_id = row.get(at + 4)?;
            amounts.coupon_name = row.get(at + 5)?;
            Ok(())
        };
        let line_at = SALE_COLUMN_COUNT + 6;
        let mut statement = self.conn.prepare(&sql).doing(doing)?;
        let mut rows = statement
            .query(params_from_iter(filter.params.iter()))
            .doing(doing)?;
        let mut count = 0;
        let mut current: Option<HistoryRecord> = None;
        let mut amounts = SaleAmounts::default();
        while let Some(row) = rows.next().doing(doing)? {
            let same = match &current {
                Some(record) => row
                    .get_ref(0)
                    .doing(doing)?
                    .as_str()
                    .is_ok_and(|id| id == record.sale.id),
                None => false,
            };
            if !same {
                // The previous sale is complete: hand it over, then reuse its buffers.
                match current.as_mut() {
                    Some(record) => {
                        each(record, &amounts)?;
                        count += 1;
                        refill_sale(&mut record.sale, row).doing(doing)?;
                        record.items.clear();
                    }
                    None => {
                        current = Some(HistoryRecord {
                            sale: sale_from_row(row).doing(doing)?,
                            items: String::new(),
                        });
                    }
                }
                read_amounts(row, &mut amounts).doing(doing)?;
            }
            let quantity: Option<i64> = row.get(line_at).doing(doing)?;
            let name = row
                .get_ref(line_at + 1)
                .doing(doing)?
                .as_str_or_null()
                .map_err(|e| storage_error(doing, e.into()))?;
            if let (Some(quantity), Some(name), Some(record)) = (quantity, name, current.as_mut()) {
                push_item(&mut record.items, quantity, name);
            }
        }
        if let Some(record) = current.take() {
            each(&record, &amounts)?;
            count += 1;
        }
        Ok(count)
    }

    /// Streams every line of every sale `query` matches, oldest sale first, to `each`.
    pub fn for_each_history_line(
        &self,
        query: &HistoryQuery,
        mut each: impl FnMut(&SaleRecord, &ExportLine) -> Result<()>,
    ) -> Result<u64> {
        let filter = self.history_filter(query, SearchPlan::Auto)?;
        let sql = export_lines_sql(&filter);
        let mut statement = self.conn.prepare(&sql).doing("exporting sale lines")?;
        let mut rows = statement
            .query(params_from_iter(filter.params.iter()))
            .doing("exporting sale lines")?;
        let mut count = 0;
        let mut current: Option<SaleRecord> = None;
        while let Some(row) = rows.next().doing("exporting sale lines")? {
            let read = |row: &Row<'_>| -> rusqlite::Result<(String, ExportLine)> {
                Ok((
                    row.get(0)?,
                    ExportLine {
                        position: row.get(SALE_COLUMN_COUNT)?,
                        price_id: row.get(SALE_COLUMN_COUNT + 1)?,
                        product_id: row.get(SALE_COLUMN_COUNT + 2)?,
                        name: row.get(SALE_COLUMN_COUNT + 3)?,
                        unit_amount: row.get(SALE_COLUMN_COUNT + 4)?,
                        quantity: row.get(SALE_COLUMN_COUNT + 5)?,
                    },
                ))
            };
            let (sale_id, line) = read(row).doing("exporting sale lines")?;
            if current.as_ref().is_none_or(|s| s.id != sale_id) {
                current = Some(sale_from_row(row).doing("exporting sale lines")?);
            }
            if let Some(sale) = &current {
                each(sale, &line)?;
            }
            count += 1;
        }
        Ok(count)
    }

    /// Recomputes the per-day totals and the search index from the rows.
    pub fn rebuild_owner_indexes(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction()
            .doing("rebuilding the history indexes")?;
        tx.execute_batch(DAY_FIGURES_SQL)
            .doing("rebuilding the history indexes")?;
        tx.execute_batch(REBUILD_SEARCH_SQL)
            .doing("rebuilding the history indexes")?;
        tx.commit().doing("rebuilding the history indexes")
    }

    // ---------- refunds Till asks for ----------

    /// Records a refund request and its idempotency key before Stripe is asked, in one
    /// immediate transaction that first checks the amount against what remains refundable:
    /// the sale's total, less what Stripe counts as refunded (pending and succeeded), less
    /// requests whose answer is not known yet. Refuses (changing nothing) a sale that is not
    /// paid or an amount over what remains. Returns what remained before this request.
    pub fn insert_refund_request(&mut self, request: &RefundRequestRecord) -> Result<i64> {
        self.insert_refund_request_with_returns(request, &[])
    }

    /// [`Ledger::insert_refund_request`] for a return by line: the returned lines are checked
    /// (never more than sold minus returned) and written in the same transaction, and must
    /// come to the request's amount.
    pub fn insert_refund_request_with_returns(
        &mut self,
        request: &RefundRequestRecord,
        returns: &[super::returns::ReturnLine],
    ) -> Result<i64> {
        let doing = "recording a refund request";
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .doing(doing)?;
        let sale = tx
            .prepare_cached(&format!("SELECT {SALE_COLUMNS} FROM sales WHERE id = ?1"))
            .and_then(|mut s| s.query_row([&request.sale_id], sale_from_row).optional())
            .doing(doing)?
            .ok_or_else(|| {
                Error::new(
                    ErrorCode::NotFound,
                    format!("There is no sale {} in this ledger.", request.sale_id),
                )
            })?;
        if sale.state != "paid" {
            return Err(Error::invalid_input(format!(
                "Sale {} is {}, not paid: only a paid sale can be refunded.",
                sale.id,
                sale.state.as_str().replace('_', " ")
            ))
            .with_reason("refund_not_paid"));
        }
        let held: i64 = tx
            .prepare_cached(
                "SELECT COALESCE(sum(amount), 0) FROM refund_requests WHERE sale_id = ?1 AND state = 'sending'",
            )
            .and_then(|mut s| s.query_row([&sale.id], |row| row.get(0)))
            .doing(doing)?;
        // A split sale's card refunds stay within its card part; a cash sale has none.
        let card = super::split::tender_sums_in(&tx, &sale).doing(doing)?;
        let remaining =
            (sale.amount_total - sale.amount_refunded - held).min(card.card_refundable());
        if request.amount > remaining {
            return Err(Error::invalid_input(format!(
                "{} is more than what remains refundable on sale {} ({} in minor units; {} already refunded or pending).",
                request.amount, sale.id, remaining.max(0), sale.amount_refunded + held
            ))
            .with_reason("refund_exceeds_remaining"));
        }
        tx.prepare_cached(&format!(
            "INSERT INTO refund_requests ({REFUND_REQUEST_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'sending', NULL, NULL, ?7, ?7, ?8)"
        ))
        .and_then(|mut s| {
            s.execute(params![
                request.id,
                request.sale_id,
                request.amount,
                request.currency,
                request.reason,
                request.idempotency_key,
                request.created_at,
                request.staff_id
            ])
        })
        .doing(doing)?;
        tx.prepare_cached(
            "INSERT INTO idempotency_keys (key, sale_id, purpose, mode, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .and_then(|mut s| {
            s.execute(params![
                request.idempotency_key,
                request.sale_id,
                format!("refund:{}", request.id),
                Text(sale.mode),
                request.created_at
            ])
        })
        .doing(doing)?;
        if !returns.is_empty() {
            let amount = super::returns::record_returns_in(
                &tx,
                &request.sale_id,
                returns,
                Some(&request.id),
                "card",
                request.created_at,
            )?;
            if amount != request.amount {
                return Err(Error::internal(format!(
                    "The returned lines come to {amount}, the refund asks for {}; nothing was recorded.",
                    request.amount
                )));
            }
        }
        tx.commit().doing(doing)?;
        Ok(remaining)
    }

    /// Stripe created the refund: the request is `sent`, naming it.
    pub fn refund_request_sent(&mut self, id: &str, refund_id: &str, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE refund_requests SET state = 'sent', refund_id = ?2, error = NULL, updated_at = ?3 WHERE id = ?1",
            )
            .and_then(|mut s| s.execute(params![id, refund_id, at]))
            .map(|_| ())
            .doing("recording a refund's id")
    }

    /// Stripe refused the request: nothing was refunded, the held amount is released.
    pub fn refund_request_refused(&mut self, id: &str, error: &str, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE refund_requests SET state = 'refused', error = ?2, updated_at = ?3 WHERE id = ?1 AND state = 'sending'",
            )
            .and_then(|mut s| s.execute(params![id, error, at]))
            .map(|_| ())
            .doing("recording a refused refund")
    }

    /// The request never left this computer (no connection to Stripe): it and its key are
    /// removed, so the ledger is as it was before it.
    pub fn forget_refund_request(&mut self, id: &str) -> Result<()> {
        let doing = "removing a refund request that was never sent";
        let tx = self.conn.transaction().doing(doing)?;
        tx.execute(
            "DELETE FROM idempotency_keys WHERE purpose = 'refund:' || ?1",
            [id],
        )
        .doing(doing)?;
        tx.execute(
            "DELETE FROM refund_requests WHERE id = ?1 AND state = 'sending'",
            [id],
        )
        .doing(doing)?;
        tx.commit().doing(doing)
    }

    pub fn refund_requests_of_sale(&self, sale_id: &str) -> Result<Vec<RefundRequestRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {REFUND_REQUEST_COLUMNS} FROM refund_requests WHERE sale_id = ?1 ORDER BY created_at, rowid"
            ))
            .and_then(|mut s| s.query_map([sale_id], refund_request_from_row)?.collect())
            .doing("reading a sale's refund requests")
    }

    /// Requests whose answer is not known yet, oldest first.
    pub fn sending_refund_requests(&self) -> Result<Vec<RefundRequestRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {REFUND_REQUEST_COLUMNS} FROM refund_requests WHERE state = 'sending' ORDER BY created_at, rowid"
            ))
            .and_then(|mut s| s.query_map([], refund_request_from_row)?.collect())
            .doing("listing unanswered refund requests")
    }

    // ---------- catalog requests ----------

    /// Records a catalog request with its idempotency keys before Stripe is asked.
    pub fn insert_catalog_request(&mut self, request: &CatalogRequestRecord) -> Result<()> {
        self.conn
            .prepare_cached(&format!(
                "INSERT INTO catalog_requests ({CATALOG_REQUEST_COLUMNS}, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, NULL, 'sending', NULL, ?7, ?7)"
            ))
            .and_then(|mut s| {
                s.execute(params![
                    request.id,
                    request.mode,
                    request.kind,
                    request.params,
                    request.product_key,
                    request.price_key,
                    request.created_at
                ])
            })
            .map(|_| ())
            .doing("recording a catalog request")
    }

    /// Records what Stripe created so far (the product first, then its price).
    pub fn catalog_request_progress(
        &mut self,
        id: &str,
        product_id: Option<&str>,
        price_id: Option<&str>,
        done: bool,
        at: i64,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE catalog_requests SET product_id = COALESCE(?2, product_id), price_id = COALESCE(?3, price_id),
                    state = CASE WHEN ?4 THEN 'done' ELSE state END, error = NULL, updated_at = ?5 WHERE id = ?1",
            )
            .and_then(|mut s| s.execute(params![id, product_id, price_id, done, at]))
            .map(|_| ())
            .doing("recording a catalog change")
    }

    pub fn catalog_request_failed(
        &mut self,
        id: &str,
        error: &str,
        refused: bool,
        at: i64,
    ) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE catalog_requests SET error = ?2, state = CASE WHEN ?3 THEN 'refused' ELSE state END, updated_at = ?4
                 WHERE id = ?1",
            )
            .and_then(|mut s| s.execute(params![id, error, refused, at]))
            .map(|_| ())
            .doing("recording a failed catalog change")
    }

    pub fn catalog_request(&self, id: &str) -> Result<Option<CatalogRequestRecord>> {
        self.conn
            .prepare_cached(&format!(
                "SELECT {CATALOG_REQUEST_COLUMNS} FROM catalog_requests WHERE id = ?1"
            ))
            .and_then(|mut s| s.query_row([id], catalog_request_from_row).optional())
            .doing("reading a catalog request")
    }

    // ---------- owner PIN ----------

    pub fn owner_pin(&self) -> Result<Option<PinRecord>> {
        self.conn
            .prepare_cached("SELECT hash, failures, locked_until FROM owner_pin WHERE id = 1")
            .and_then(|mut s| {
                s.query_row([], |row| {
                    Ok(PinRecord {
                        hash: row.get(0)?,
                        failures: row.get(1)?,
                        locked_until: row.get(2)?,
                    })
                })
                .optional()
            })
            .doing("reading the owner PIN")
    }

    /// Stores a new PIN hash (and clears the failure count).
    pub fn set_owner_pin(&mut self, hash: &str, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "INSERT INTO owner_pin (id, hash, failures, locked_until, updated_at) VALUES (1, ?1, 0, 0, ?2)
                 ON CONFLICT (id) DO UPDATE SET hash = excluded.hash, failures = 0, locked_until = 0, updated_at = excluded.updated_at",
            )
            .and_then(|mut s| s.execute(params![hash, at]))
            .map(|_| ())
            .doing("saving the owner PIN")
    }

    /// Records a wrong PIN: the new failure count and lock.
    pub fn owner_pin_failed(&mut self, failures: i64, locked_until: i64, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE owner_pin SET failures = ?1, locked_until = ?2, updated_at = ?3 WHERE id = 1",
            )
            .and_then(|mut s| s.execute(params![failures, locked_until, at]))
            .map(|_| ())
            .doing("recording a wrong PIN")
    }

    /// A right PIN clears the failure count.
    pub fn owner_pin_succeeded(&mut self, at: i64) -> Result<()> {
        self.conn
            .prepare_cached(
                "UPDATE owner_pin SET failures = 0, locked_until = 0, updated_at = ?1 WHERE id = 1 AND failures > 0",
            )
            .and_then(|mut s| s.execute([at]))
            .map(|_| ())
            .doing("recording the owner's sign-in")
    }

    /// Removes the owner PIN (and its failure count and lock): the owner commands and
    /// Settings stop asking for one until a new one is set. Whether there was one.
    pub fn reset_owner_pin(&mut self) -> Result<bool> {
        self.conn
            .prepare_cached("DELETE FROM owner_pin")
            .and_then(|mut s| s.execute([]))
            .map(|removed| removed > 0)
            .doing("removing the owner PIN")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NewSale, NewSaleLine, SaleUpdate, TimelineEntry};

    fn add_sale(
        ledger: &mut Ledger,
        id: &str,
        currency: &str,
        amount: i64,
        created_at: i64,
        names: &[&str],
    ) {
        ledger
            .insert_sale(
                &NewSale {
                    pricing: None,
                    staff_id: None,
                    id: id.into(),
                    mode: Mode::Test,
                    register_id: "reg_1".into(),
                    state: SaleState::Creating,
                    currency: Currency::parse(currency).unwrap(),
                    amount_total: amount,
                    customer_email: Some(format!("{id}@example.com")),
                    lines: names
                        .iter()
                        .map(|name| NewSaleLine {
                            tax_rates: Vec::new(),
                            price_id: "price_1".into(),
                            product_id: "prod_1".into(),
                            name: (*name).into(),
                            unit_amount: amount,
                            quantity: 1,
                        })
                        .collect(),
                    idempotency_key: format!("key-{id}"),
                    membership: None,
                    created_at,
                },
                &TimelineEntry {
                    at: created_at,
                    source: "staff".into(),
                    kind: "created".into(),
                    ..TimelineEntry::default()
                },
            )
            .unwrap();
    }

    fn pay(ledger: &mut Ledger, id: &str) {
        assert!(ledger
            .transition(
                id,
                "creating",
                "paid",
                &SaleUpdate {
                    session_id: Some(format!("cs_test_{id}")),
                    payment_intent_id: Some(format!("pi_{id}")),
                    ..SaleUpdate::default()
                },
                &TimelineEntry {
                    at: 1,
                    source: "poll".into(),
                    kind: "paid".into(),
                    ..TimelineEntry::default()
                },
            )
            .unwrap());
    }

    fn query() -> HistoryQuery {
        HistoryQuery {
            mode: "test".into(),
            ..HistoryQuery::default()
        }
    }

    #[test]
    fn fts_queries_are_phrases_of_word_parts() {
        assert_eq!(fts_query("latte").as_deref(), Some("\"latte\" *"));
        assert_eq!(
            fts_query(" cs_test_a1B2  muffin ").as_deref(),
            Some("\"cs_test_a1B2\" * AND \"muffin\" *")
        );
        assert_eq!(
            fts_query("a.b@example.com").as_deref(),
            Some("\"a.b@example.com\" *")
        );
        assert_eq!(fts_query("latte.").as_deref(), Some("\"latte\" *"));
        assert_eq!(fts_query("2×Latte").as_deref(), Some("\"2 Latte\" *"));
        assert_eq!(
            fts_query("\"OR\" NEAR(").as_deref(),
            Some("\"OR\" * AND \"NEAR\" *")
        );
        assert_eq!(fts_query("抹茶").as_deref(), Some("\"抹茶\" *"));
        assert_eq!(fts_query(" !! -- "), None);
    }

    #[test]
    fn pages_are_keyset_newest_first_and_search_finds_names_and_ids() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        for n in 0..7 {
            add_sale(
                &mut ledger,
                &format!("sale_a{n:07}"),
                "usd",
                100 + n,
                1_000 + n,
                &["Caffè Latte", "Crème brûlée"],
            );
        }
        add_sale(&mut ledger, "sale_b0000000", "jpy", 500, 900, &["抹茶ラテ"]);
        pay(&mut ledger, "sale_a0000003");
        let first = ledger.history_page(&query(), None, 3).unwrap();
        let ids: Vec<&str> = first.iter().map(|r| r.sale.id.as_str()).collect();
        assert_eq!(ids, ["sale_a0000006", "sale_a0000005", "sale_a0000004"]);
        assert_eq!(first[0].items, "Caffè Latte, Crème brûlée");
        let last = &first[2].sale;
        let cursor = PageCursor {
            created_at: last.created_at,
            id: last.id.clone(),
        };
        let second = ledger.history_page(&query(), Some(&cursor), 10).unwrap();
        assert_eq!(second.len(), 5);
        assert_eq!(second[4].sale.id, "sale_b0000000");

        let search = |text: &str| -> Vec<String> {
            ledger
                .history_page(
                    &HistoryQuery {
                        text: Some(text.into()),
                        ..query()
                    },
                    None,
                    50,
                )
                .unwrap()
                .into_iter()
                .map(|r| r.sale.id)
                .collect()
        };
        // The export's items summary (built from one join) equals the page's (SQL).
        let mut streamed = Vec::new();
        ledger
            .for_each_history_sale(&query(), |r, _| {
                streamed.push((r.sale.id.clone(), r.items.clone()));
                Ok(())
            })
            .unwrap();
        let mut paged: Vec<(String, String)> = ledger
            .history_page(&query(), None, 50)
            .unwrap()
            .into_iter()
            .map(|r| (r.sale.id, r.items))
            .collect();
        paged.reverse();
        assert_eq!(streamed, paged);
        assert_eq!(search("creme").len(), 7, "diacritics are ignored");
        assert_eq!(search("抹茶"), ["sale_b0000000"]);
        assert_eq!(search("sale_a0000002@example.com"), ["sale_a0000002"]);
        // Ids set after the sale was written are found too.
        assert_eq!(search("pi_sale_a0000003"), ["sale_a0000003"]);
        assert_eq!(search("cs_test_sale_a0000003"), ["sale_a0000003"]);
        assert!(search("espresso").is_empty());
        let refused = ledger
            .history_page(
                &HistoryQuery {
                    text: Some("!!".into()),
                    ..query()
                },
                None,
                5,
            )
            .unwrap_err();
        assert_eq!(refused.wire_code(), "invalid_search");
    }

    #[test]
    fn day_totals_follow_every_change_and_match_the_rows() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        add_sale(
            &mut ledger,
            "sale_c0000001",
            "usd",
            1000,
            86_400_000 * 3,
            &["Tea"],
        );
        add_sale(
            &mut ledger,
            "sale_c0000002",
            "usd",
            500,
            86_400_000 * 3 + 5,
            &["Tea"],
        );
        add_sale(
            &mut ledger,
            "sale_c0000003",
            "eur",
            700,
            86_400_000 * 9,
            &["Tea"],
        );
        pay(&mut ledger, "sale_c0000001");
        pay(&mut ledger, "sale_c0000003");
        ledger
            .connection()
            .execute(
                "UPDATE sales SET amount_refunded = 250 WHERE id = 'sale_c0000001'",
                [],
            )
            .unwrap();
        let from_days = ledger.history_totals(&query()).unwrap();
        let from_rows = ledger.history_totals_from_rows(&query()).unwrap();
        assert_eq!(from_days, from_rows);
        let usd = &from_days.iter().find(|(c, _)| c == "usd").unwrap().1;
        assert_eq!(
            *usd,
            TotalsRecord {
                sales: 2,
                paid: 1,
                gross: 1000,
                refunded: 250,
                cash: 0,
            }
        );
        let day = ledger.local_date(86_400_000 * 9).unwrap();
        let days = ledger
            .day_totals("test", day.add_days(-30), day, None)
            .unwrap();
        assert_eq!(days.len(), 2);
        assert_eq!(days[1].currency, "eur");
        assert_eq!(days[1].gross, 700);
        // A repair recomputes the same thing.
        ledger.rebuild_owner_indexes().unwrap();
        assert_eq!(ledger.history_totals(&query()).unwrap(), from_rows);
        assert_eq!(
            ledger
                .history_page(
                    &HistoryQuery {
                        text: Some("pi_sale_c0000003".into()),
                        ..query()
                    },
                    None,
                    5
                )
                .unwrap()
                .len(),
            1
        );
    }

    /// The report's discounts, tax per rate and tips from the per-day tables equal the same
    /// sums over the rows, through a sale written with its figures, one whose rates come after
    /// it was paid and whose figures change then (a promotion code Stripe reports), one that is
    /// never paid, and a repair.
    #[test]
    fn day_figures_follow_every_change_and_match_the_rows() {
        use crate::taxes::{SaleCoupon, SalePricing, SaleTax};
        use till_domain::pricing::Percent;
        let mut ledger = Ledger::open_in_memory().unwrap();
        let day_ms = 86_400_000 * 3;
        let rate = |net: i64, tax: i64| SaleTax {
            rate_id: "txr_sales".into(),
            display_name: "Sales tax".into(),
            percentage: Percent(80_000),
            inclusive: false,
            net,
            tax,
        };
        let priced = |ledger: &mut Ledger, id: &str, pricing: SalePricing, total: i64| {
            add_sale(ledger, id, "usd", total, day_ms, &["Tea"]);
            let tx = ledger.conn.transaction().unwrap();
            crate::taxes::insert_sale_pricing(&tx, id, &pricing).unwrap();
            tx.commit().unwrap();
        };
        // 1000 less 100 off, 8% on 900, a 150 tip: 1122.
        priced(
            &mut ledger,
            "sale_p0000001",
            SalePricing {
                subtotal: 1000,
                discount: 100,
                tax: 72,
                tip: 150,
                taxes: vec![rate(900, 72)],
                coupon: Some(SaleCoupon {
                    id: "co_ten".into(),
                    name: Some("Ten off".into()),
                }),
                ..SalePricing::default()
            },
            1122,
        );
        pay(&mut ledger, "sale_p0000001");
        // Written without tax, paid, then the figures Stripe reported and their rates.
        priced(
            &mut ledger,
            "sale_p0000002",
            SalePricing {
                subtotal: 500,
                ..SalePricing::default()
            },
            500,
        );
        pay(&mut ledger, "sale_p0000002");
        let tx = ledger.conn.transaction().unwrap();
        tx.execute(
            "UPDATE sales SET amount_discount = 50, amount_tax = 36, amount_total = 486 WHERE id = 'sale_p0000002'",
            [],
        )
        .unwrap();
        tx.execute(
            "INSERT INTO sale_taxes (sale_id, position, rate_id, display_name, percentage, inclusive, net, tax)
             VALUES ('sale_p0000002', 0, 'txr_sales', 'Sales tax', 80000, 0, 450, 36)",
            [],
        )
        .unwrap();
        tx.commit().unwrap();
        // Never paid: not in the report.
        priced(
            &mut ledger,
            "sale_p0000003",
            SalePricing {
                subtotal: 2000,
                tax: 160,
                taxes: vec![rate(2000, 160)],
                ..SalePricing::default()
            },
            2160,
        );
        let day = ledger.local_date(day_ms).unwrap();
        let from_days = ledger.report_figures("test", day, day, None, None).unwrap();
        let (tenders, rates) = ledger
            .pricing_totals(&HistoryQuery {
                from: Some(day),
                to: Some(day),
                ..query()
            })
            .unwrap();
        assert_eq!(from_days.pricing, tenders);
        assert_eq!(from_days.rates, rates);
        assert_eq!(
            tenders,
            vec![PricingTotalRecord {
                currency: "usd".into(),
                tender: till_domain::tender::TenderKind::Card,
                sales: 2,
                total: 1608,
                discount: 150,
                tax: 108,
                tip: 150,
            }]
        );
        assert_eq!(
            rates,
            vec![RateTotalRecord {
                currency: "usd".into(),
                rate_id: "txr_sales".into(),
                display_name: "Sales tax".into(),
                percentage: 80_000,
                inclusive: false,
                net: 1350,
                tax: 108,
            }]
        );
        // A repair recomputes the same thing.
        ledger.rebuild_owner_indexes().unwrap();
        assert_eq!(
            ledger.report_figures("test", day, day, None, None).unwrap(),
            from_days
        );
        // Another register has none of it.
        let other = ledger
            .report_figures("test", day, day, Some("reg_2"), None)
            .unwrap();
        assert_eq!(other, ReportFigures::default());
    }

    #[test]
    fn a_refund_request_never_exceeds_what_remains() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        add_sale(&mut ledger, "sale_d0000001", "usd", 1000, 5, &["Tea"]);
        let request = |id: &str, amount| RefundRequestRecord {
            staff_id: None,
            id: id.into(),
            sale_id: "sale_d0000001".into(),
            amount,
            currency: "usd".into(),
            reason: None,
            idempotency_key: format!("key-{id}"),
            state: "sending".into(),
            refund_id: None,
            error: None,
            created_at: 10,
            updated_at: 10,
        };
        let unpaid = ledger
            .insert_refund_request(&request("rfd_1", 100))
            .unwrap_err();
        assert_eq!(unpaid.wire_code(), "refund_not_paid");
        pay(&mut ledger, "sale_d0000001");
        assert_eq!(
            ledger
                .insert_refund_request(&request("rfd_1", 600))
                .unwrap(),
            1000
        );
        // 600 is held while its answer is unknown: 500 more is too much.
        let over = ledger
            .insert_refund_request(&request("rfd_2", 500))
            .unwrap_err();
        assert_eq!(over.wire_code(), "refund_exceeds_remaining");
        ledger.refund_request_refused("rfd_1", "no", 11).unwrap();
        assert_eq!(
            ledger
                .insert_refund_request(&request("rfd_2", 500))
                .unwrap(),
            1000
        );
        ledger.forget_refund_request("rfd_2").unwrap();
        let left = ledger.refund_requests_of_sale("sale_d0000001").unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].state, "refused");
        assert_eq!(
            ledger
                .idempotency_key("sale_d0000001", "refund:rfd_2")
                .unwrap(),
            None
        );
        assert_eq!(
            ledger
                .idempotency_key("sale_d0000001", "refund:rfd_1")
                .unwrap()
                .as_deref(),
            Some("key-rfd_1")
        );
    }

    #[test]
    fn the_pin_row_counts_failures() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        assert!(ledger.owner_pin().unwrap().is_none());
        ledger.set_owner_pin("$argon2id$x", 1).unwrap();
        ledger.owner_pin_failed(3, 99, 2).unwrap();
        let pin = ledger.owner_pin().unwrap().unwrap();
        assert_eq!((pin.failures, pin.locked_until), (3, 99));
        ledger.owner_pin_succeeded(3).unwrap();
        assert_eq!(ledger.owner_pin().unwrap().unwrap().failures, 0);
    }

    #[test]
    fn resetting_the_pin_removes_it_and_its_lock() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        assert!(!ledger.reset_owner_pin().unwrap(), "no PIN to remove");
        ledger.set_owner_pin("$argon2id$x", 1).unwrap();
        ledger.owner_pin_failed(5, 99, 2).unwrap();
        assert!(ledger.reset_owner_pin().unwrap());
        assert!(ledger.owner_pin().unwrap().is_none());
        assert!(!ledger.reset_owner_pin().unwrap());
        // A new PIN starts with no failures and no lock.
        ledger.set_owner_pin("$argon2id$y", 3).unwrap();
        let pin = ledger.owner_pin().unwrap().unwrap();
        assert_eq!((pin.failures, pin.locked_until), (0, 0));
    }

    /// The exports of a period (all time, or from and to a day; with words to find, walked by
    /// time) go through the unique `sales_by_time` and `sale_lines`' key in the order they
    /// write: no plan of theirs sorts (`USE TEMP B-TREE`). (Exports filtered by state,
    /// currency, register or cashier may start from their own, non-unique index and sort each
    /// sale's lines: smaller sets.) SQLite keeps no statistics here, so the plans are the same
    /// at any size.
    #[test]
    fn the_exports_of_a_period_never_sort() {
        let ledger = Ledger::open_in_memory().unwrap();
        let day = Some(Date::parse("2025-06-01").unwrap());
        let base = HistoryQuery {
            mode: "test".into(),
            ..HistoryQuery::default()
        };
        let sorts = |query: &HistoryQuery| -> Vec<bool> {
            let filter = ledger.history_filter(query, SearchPlan::ByTime).unwrap();
            [export_sales_sql(&filter), export_lines_sql(&filter)]
                .iter()
                .map(|sql| {
                    let mut statement = ledger
                        .conn
                        .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                        .unwrap();
                    let plan: Vec<String> = statement
                        .query_map(params_from_iter(filter.params.iter()), |row| row.get(3))
                        .unwrap()
                        .collect::<rusqlite::Result<_>>()
                        .unwrap();
                    plan.iter().any(|step| step.contains("TEMP B-TREE"))
                })
                .collect()
        };
        for query in [
            base.clone(),
            HistoryQuery {
                from: day,
                to: day,
                ..base.clone()
            },
            HistoryQuery {
                from: day,
                ..base.clone()
            },
            HistoryQuery {
                text: Some("latte".into()),
                ..base.clone()
            },
        ] {
            assert_eq!(sorts(&query), [false, false], "{query:?}");
        }
    }
}
