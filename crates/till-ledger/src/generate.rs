//! Fills a ledger with realistic generated sales, for benchmarks and demos: several
//! currencies, every final state, refunds (full and partial; succeeded, pending, failed), a
//! year of dates, a few registers, lines whose names have commas, quotes, accents and
//! non-Latin text, VAT included in the prices of the euro, yen and pound sales. Deterministic
//! for a seed.
//!
//! Everything goes in one transaction through prepared statements, and through the same
//! triggers as real sales (per-day totals, search index), so what the benchmarks read is what
//! Till builds. Generated sales are final, so they carry no idempotency keys.

use std::time::Instant;

use rusqlite::params;
use serde::Serialize;

use crate::calendar::DAY_MS;
use crate::error::{Error, Result};
use crate::mode::Mode;
use crate::{Doing, Ledger};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenerateOptions {
    pub sales: u64,
    pub seed: u64,
    pub mode: Mode,
    /// The newest sale is just before this moment (ms).
    pub end_ms: i64,
    /// How many days back the sales go.
    pub days: i64,
    pub registers: u32,
}

impl GenerateOptions {
    pub fn new(sales: u64, mode: Mode, end_ms: i64) -> GenerateOptions {
        GenerateOptions {
            sales,
            seed: 1,
            mode,
            end_ms,
            days: 365,
            registers: 3,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerateReport {
    pub sales: u64,
    pub lines: u64,
    pub refunds: u64,
    pub timeline: u64,
    pub elapsed_ms: u64,
}

/// The most sales one run generates.
pub const MAX_SALES: u64 = 20_000_000;

/// (name, usd, eur, jpy, gbp) unit amounts in minor units.
const PRODUCTS: [(&str, i64, i64, i64, i64); 16] = [
    ("Drip Coffee", 350, 320, 450, 280),
    ("Espresso", 300, 280, 400, 250),
    ("Caffè Latte", 475, 440, 550, 390),
    ("Cappuccino", 450, 420, 520, 370),
    ("Matcha Latte, large", 525, 490, 600, 430),
    ("Tea \"Earl Grey\"", 375, 350, 480, 300),
    ("抹茶ラテ", 550, 510, 580, 450),
    ("Crème brûlée", 650, 600, 700, 520),
    ("Butter Croissant", 375, 340, 350, 300),
    ("Blueberry Muffin", 325, 300, 380, 260),
    ("Pain au chocolat\nwarm", 395, 360, 420, 320),
    ("Чай с лимоном", 400, 370, 450, 330),
    ("Till Mug", 1800, 1650, 2000, 1500),
    ("Canvas Tote Bag", 2200, 2000, 2500, 1800),
    ("House Blend Beans 250 g", 1650, 1500, 2000, 1300),
    ("Gift card, 25", 2500, 2500, 3000, 2500),
];

const CURRENCIES: [&str; 4] = ["usd", "eur", "jpy", "gbp"];

/// Each currency's tax: (rate id, name, percentage in ten-thousandths of a percent), included
/// in the prices (so totals are the lines' amounts); US prices carry none.
const VAT: [Option<(&str, &str, i64)>; 4] = [
    None,
    Some(("txr_gen_vat_de", "MwSt.", 190_000)),
    Some(("txr_gen_ct_jp", "消費税", 100_000)),
    Some(("txr_gen_vat_gb", "VAT", 200_000)),
];

/// The tax inside `total` at an inclusive `rate` (ten-thousandths of a percent), half up.
fn inclusive_tax(total: i64, rate: i64) -> i64 {
    let whole = 1_000_000 + rate;
    (total * rate * 2 + whole) / (2 * whole)
}

fn pick_currency(rng: &mut fastrand::Rng) -> usize {
    match rng.u32(0..100) {
        0..=69 => 0,
        70..=84 => 1,
        85..=94 => 2,
        _ => 3,
    }
}

fn pick_state(rng: &mut fastrand::Rng) -> &'static str {
    match rng.u32(0..100) {
        0..=85 => "paid",
        86..=91 => "expired",
        92..=96 => "canceled",
        _ => "failed",
    }
}

fn token(rng: &mut fastrand::Rng, length: usize) -> String {
    (0..length).map(|_| rng.alphanumeric()).collect()
}

/// Adds `options.sales` generated sales to the ledger, in one transaction.
pub fn generate(ledger: &mut Ledger, options: &GenerateOptions) -> Result<GenerateReport> {
    if options.sales == 0 || options.sales > MAX_SALES {
        return Err(
            Error::invalid_input(format!("Generate between 1 and {MAX_SALES} sales."))
                .with_reason("invalid_count"),
        );
    }
    if !(1..=3650).contains(&options.days) || !(1..=50).contains(&options.registers) {
        return Err(
            Error::invalid_input("Generate over 1 to 3650 days, for 1 to 50 registers.")
                .with_reason("invalid_count"),
        );
    }
    let started = Instant::now();
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let span = options.days * DAY_MS;
    let start = options.end_ms - span;
    let step = (span / i64::try_from(options.sales).unwrap_or(i64::MAX)).max(1);
    let conn = ledger.connection();
    // Many indexes grow at once (sales, lines, timeline, per-day totals, the search index): a
    // larger page cache for this transaction keeps them in memory; the old size is restored.
    let cache_size: i64 = conn
        .query_row("PRAGMA cache_size", [], |row| row.get(0))
        .doing("generating sales (reading the cache size)")?;
    conn.pragma_update(None, "cache_size", -262_144)
        .doing("generating sales (growing the cache)")?;
    let result = fill(conn, options, &mut rng, start, step);
    let _ = conn.pragma_update(None, "cache_size", cache_size);
    let mut report = result?;
    report.elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    tracing::info!(?report, "generated sales");
    Ok(report)
}

fn fill(
    conn: &rusqlite::Connection,
    options: &GenerateOptions,
    rng: &mut fastrand::Rng,
    start: i64,
    step: i64,
) -> Result<GenerateReport> {
    let mode = options.mode.as_str();
    let registers: Vec<String> = (1..=options.registers)
        .map(|n| format!("reg_gen{n:02}"))
        .collect();
    let prefix = format!("g{:04x}", options.seed & 0xffff);
    let tx = conn
        .unchecked_transaction()
        .doing("generating sales (starting)")?;
    let mut report = GenerateReport {
        sales: 0,
        lines: 0,
        refunds: 0,
        timeline: 0,
        elapsed_ms: 0,
    };
    {
        let mut insert_sale = tx
            .prepare(
                "INSERT INTO sales (id, mode, register_id, state, currency, amount_total, customer_email, session_id,
                    session_url, session_expires_at, payment_intent_id, amount_refunded, status_detail, created_at, updated_at, settled_at,
                    amount_subtotal, amount_tax)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, ?9, ?10, ?11, NULL, ?12, ?13, ?14, ?6, ?15)",
            )
            .doing("generating sales (preparing)")?;
        let mut insert_line = tx
            .prepare(
                "INSERT INTO sale_lines (sale_id, position, price_id, product_id, name, unit_amount, quantity)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .doing("generating sales (preparing)")?;
        let mut insert_timeline = tx
            .prepare(
                "INSERT INTO sale_timeline (sale_id, at, source, kind, from_state, to_state, detail, session_id, payment_intent_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .doing("generating sales (preparing)")?;
        let mut insert_refund = tx
            .prepare(
                "INSERT INTO sale_refunds (id, sale_id, amount, currency, status, as_of) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )
            .doing("generating sales (preparing)")?;
        let mut insert_tax = tx
            .prepare(
                "INSERT INTO sale_taxes (sale_id, position, rate_id, display_name, percentage, inclusive, net, tax)
                 VALUES (?1, 0, ?2, ?3, ?4, 1, ?5, ?6)",
            )
            .doing("generating sales (preparing)")?;
        let mut lines: Vec<(usize, i64)> = Vec::with_capacity(4);
        for n in 0..options.sales {
            let offset = i64::try_from(n).unwrap_or(i64::MAX).saturating_mul(step);
            let created_at = start + offset + rng.i64(0..step);
            let id = format!("sale_{prefix}{n:012}");
            let currency = pick_currency(rng);
            let state = pick_state(rng);
            let register = &registers[rng.usize(..registers.len())];
            lines.clear();
            let line_count = match rng.u32(0..100) {
                0..=49 => 1,
                50..=79 => 2,
                80..=94 => 3,
                _ => 4,
            };
            let mut total: i64 = 0;
            for _ in 0..line_count {
                let product = rng.usize(..PRODUCTS.len());
                let quantity = if rng.u32(0..10) < 8 { 1 } else { rng.i64(2..4) };
                let (_, usd, eur, jpy, gbp) = PRODUCTS[product];
                let unit = [usd, eur, jpy, gbp][currency];
                total += unit * quantity;
                lines.push((product, quantity));
            }
            let email = (rng.u32(0..100) < 35).then(|| {
                let first =
                    ["ana", "bo", "chen", "dmitri", "eva", "farah", "gus", "hana"][rng.usize(..8)];
                format!("{first}.{}@example.com", rng.u32(1..5000))
            });
            let session = format!("cs_test_{prefix}{}", token(rng, 24));
            let paid = state == "paid";
            let payment_intent =
                (paid || state == "failed").then(|| format!("pi_{prefix}{}", token(rng, 20)));
            let settled_at = paid.then(|| created_at + rng.i64(15_000..180_000));
            // Refunds: 6% of paid sales; full or partial; succeeded, pending or failed.
            let mut refunds: Vec<(String, i64, &str)> = Vec::new();
            if paid && rng.u32(0..100) < 6 {
                let amount = if rng.bool() {
                    total
                } else {
                    (total * i64::from(rng.u32(10..90)) / 100).max(1)
                };
                let status = match rng.u32(0..100) {
                    0..=89 => "succeeded",
                    90..=96 => "pending",
                    _ => "failed",
                };
                refunds.push((format!("re_{prefix}{}", token(rng, 20)), amount, status));
            }
            let refunded: i64 = refunds
                .iter()
                .filter(|(_, _, s)| *s != "failed")
                .map(|(_, a, _)| *a)
                .sum();
            let updated_at = settled_at.unwrap_or(created_at + 1_800_000);
            let vat =
                VAT[currency].map(|(id, name, rate)| (id, name, rate, inclusive_tax(total, rate)));
            insert_sale
                .execute(params![
                    id,
                    mode,
                    register,
                    state,
                    CURRENCIES[currency],
                    total,
                    email,
                    session,
                    created_at + 31 * 60_000,
                    payment_intent,
                    refunded,
                    created_at,
                    updated_at,
                    settled_at,
                    vat.map_or(0, |(_, _, _, tax)| tax)
                ])
                .doing("generating sales (writing a sale)")?;
            if let Some((rate_id, name, rate, tax)) = vat {
                insert_tax
                    .execute(params![id, rate_id, name, rate, total - tax, tax])
                    .doing("generating sales (writing its tax)")?;
            }
            for (position, (product, quantity)) in lines.iter().enumerate() {
                let (name, usd, eur, jpy, gbp) = PRODUCTS[*product];
                insert_line
                    .execute(params![
                        id,
                        position as i64,
                        format!("price_gen_{product:02}_{}", CURRENCIES[currency]),
                        format!("prod_gen_{product:02}"),
                        name,
                        [usd, eur, jpy, gbp][currency],
                        quantity
                    ])
                    .doing("generating sales (writing a line)")?;
                report.lines += 1;
            }
            let mut entry = |at: i64,
                             source: &str,
                             kind: &str,
                             from: Option<&str>,
                             to: Option<&str>,
                             detail: &str|
             -> Result<()> {
                insert_timeline
                    .execute(params![
                        id,
                        at,
                        source,
                        kind,
                        from,
                        to,
                        detail,
                        session,
                        payment_intent
                    ])
                    .doing("generating sales (writing the timeline)")?;
                report.timeline += 1;
                Ok(())
            };
            entry(created_at, "staff", "created", None, Some("creating"), "")?;
            entry(
                created_at + 400,
                "staff",
                "session_created",
                Some("creating"),
                Some("awaiting_payment"),
                "",
            )?;
            let (kind, end_at) = match state {
                "paid" => ("completed_paid", settled_at.unwrap_or(created_at)),
                "expired" => ("expired", created_at + 31 * 60_000),
                "canceled" => ("canceled", created_at + rng.i64(60_000..600_000)),
                _ => ("failed", created_at + rng.i64(60_000..600_000)),
            };
            entry(
                end_at,
                "poll",
                kind,
                Some("awaiting_payment"),
                Some(state),
                "",
            )?;
            for (refund_id, amount, status) in &refunds {
                let at = end_at + rng.i64(3_600_000..(30 * DAY_MS));
                insert_refund
                    .execute(params![
                        refund_id,
                        id,
                        amount,
                        CURRENCIES[currency],
                        status,
                        at / 1000
                    ])
                    .doing("generating sales (writing a refund)")?;
                entry(
                    at,
                    "staff",
                    "refund",
                    None,
                    None,
                    &format!("Refund {refund_id} of {amount} minor units: {status}."),
                )?;
                report.refunds += 1;
            }
            report.sales += 1;
        }
    }
    tx.commit().doing("generating sales (committing)")?;
    Ok(report)
}

/// Gives generated sales a drawer's year, for the X and Z report benchmarks: one shift per
/// register and local day with sales (a float of 100.00 in `currency`), every third paid sale
/// in `currency` paid in cash (its tender and drawer movement), each register's last shift
/// left open and the others closed. One transaction. Returns the number of cash sales.
pub fn tenders(ledger: &mut Ledger, mode: Mode, currency: &str) -> Result<u64> {
    let doing = "generating shifts and cash tenders";
    let tx = ledger.conn.transaction().doing(doing)?;
    tx.execute("DROP TABLE IF EXISTS temp.gen_days", [])
        .doing(doing)?;
    tx.execute(
        "CREATE TEMP TABLE gen_days AS
             SELECT register_id, date(created_at / 1000, 'unixepoch', 'localtime') AS day,
                    min(created_at) AS first, max(created_at) AS last
             FROM sales WHERE mode = ?1 GROUP BY 1, 2",
        [mode.as_str()],
    )
    .doing(doing)?;
    tx.execute(
        "INSERT INTO shifts (mode, register_id, currency, opened_at, float_amount, closed_at)
         SELECT ?1, d.register_id, ?2, d.first - 1, 10000,
                CASE WHEN d.day = (SELECT max(day) FROM gen_days g WHERE g.register_id = d.register_id)
                     THEN NULL ELSE d.last + 1 END
         FROM gen_days d ORDER BY d.first",
        params![mode.as_str(), currency],
    )
    .doing(doing)?;
    tx.execute(
        "CREATE TEMP TABLE gen_shift_days AS
             SELECT id, register_id, date(opened_at / 1000 + 1, 'unixepoch', 'localtime') AS day
             FROM shifts WHERE mode = ?1",
        [mode.as_str()],
    )
    .doing(doing)?;
    tx.execute_batch("CREATE INDEX temp.gen_shift_days_key ON gen_shift_days (register_id, day);")
        .doing(doing)?;
    let cash = tx
        .execute(
            "UPDATE sales SET tender = 'cash'
             WHERE mode = ?1 AND state = 'paid' AND currency = ?2 AND rowid % 3 = 0",
            params![mode.as_str(), currency],
        )
        .doing(doing)?;
    tx.execute(
        "INSERT INTO sale_tenders (sale_id, position, kind, amount, tendered, change, rounding, shift_id, at)
         SELECT s.id, 0, 'cash', s.amount_total, s.amount_total, 0, 0, d.id, s.created_at
         FROM sales s JOIN gen_shift_days d
           ON d.register_id = s.register_id AND d.day = date(s.created_at / 1000, 'unixepoch', 'localtime')
         WHERE s.mode = ?1 AND s.tender = 'cash'",
        [mode.as_str()],
    )
    .doing(doing)?;
    tx.execute_batch(
        "INSERT INTO drawer_moves (shift_id, at, kind, amount, sale_id, reason)
             SELECT id, opened_at, 'float', float_amount, NULL, '' FROM shifts;
         INSERT INTO drawer_moves (shift_id, at, kind, amount, sale_id, reason)
             SELECT shift_id, at, 'sale', amount, sale_id, '' FROM sale_tenders ORDER BY at;
         DROP TABLE temp.gen_days;
         DROP TABLE temp.gen_shift_days;",
    )
    .doing(doing)?;
    tx.commit().doing(doing)?;
    Ok(u64::try_from(cash).unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::HistoryQuery;

    #[test]
    fn generated_ledgers_are_varied_deterministic_and_consistent() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let options = GenerateOptions {
            seed: 7,
            ..GenerateOptions::new(2_000, Mode::Test, 1_750_000_000_000)
        };
        let report = generate(&mut ledger, &options).unwrap();
        assert_eq!(report.sales, 2_000);
        assert!(report.lines > 2_000 && report.refunds > 20, "{report:?}");
        let query = HistoryQuery {
            mode: "test".into(),
            ..HistoryQuery::default()
        };
        let totals = ledger.history_totals(&query).unwrap();
        assert_eq!(totals, ledger.history_totals_from_rows(&query).unwrap());
        assert_eq!(totals.len(), 4, "four currencies: {totals:?}");
        let states: i64 = ledger
            .connection()
            .query_row("SELECT count(DISTINCT state) FROM sales", [], |r| r.get(0))
            .unwrap();
        assert_eq!(states, 4);
        // Refunded amounts agree with the refunds table (pending and succeeded count).
        let mismatched: i64 = ledger
            .connection()
            .query_row(
                "SELECT count(*) FROM sales s WHERE amount_refunded != (SELECT COALESCE(sum(amount), 0)
                 FROM sale_refunds r WHERE r.sale_id = s.id AND r.status IN ('pending', 'succeeded'))",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(mismatched, 0);
        // The same seed makes the same ledger.
        let mut again = Ledger::open_in_memory().unwrap();
        generate(&mut again, &options).unwrap();
        assert_eq!(again.history_totals(&query).unwrap(), totals);
        assert!(generate(&mut again, &GenerateOptions::new(0, Mode::Test, 0)).is_err());
    }

    #[test]
    fn generated_tenders_give_each_register_a_shift_a_day_and_balanced_drawers() {
        let mut ledger = Ledger::open_in_memory().unwrap();
        let options = GenerateOptions {
            days: 10,
            ..GenerateOptions::new(3_000, Mode::Test, 1_750_000_000_000)
        };
        generate(&mut ledger, &options).unwrap();
        let cash = tenders(&mut ledger, Mode::Test, "usd").unwrap();
        assert!(cash > 100, "{cash}");
        let count = |sql: &str| -> i64 {
            ledger
                .connection()
                .query_row(sql, [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(
            count("SELECT count(*) FROM sale_tenders"),
            i64::try_from(cash).unwrap()
        );
        assert_eq!(
            count("SELECT count(*) FROM drawer_moves WHERE kind = 'sale'"),
            i64::try_from(cash).unwrap()
        );
        assert_eq!(
            count("SELECT count(*) FROM shifts WHERE closed_at IS NULL"),
            3,
            "one open shift per register"
        );
        assert_eq!(count("SELECT count(*) FROM sales WHERE tender = 'cash' AND (state != 'paid' OR currency != 'usd')"), 0);
        // Every cash sale's tender sits in a shift of its own register.
        assert_eq!(
            count("SELECT count(*) FROM sale_tenders t JOIN sales s ON s.id = t.sale_id JOIN shifts h ON h.id = t.shift_id WHERE h.register_id != s.register_id"),
            0
        );
    }
}
