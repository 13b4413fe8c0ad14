//! The owner's view at scale: 1,000,000 generated sales (several currencies, every final
//! state, refunds, a year of dates).
//! - first history page with a date range + status filter (target p95 ≤ 20 ms);
//! - free-text search (a broad word, an email, a PaymentIntent id), reported;
//! - totals per currency for the filtered set;
//! - a year of daily totals per currency with the paid sales' discounts, tax per rate and
//!   tips, and the report built from them (target ≤ 150 ms); the same discounts, tax and tips
//!   added up from the sale rows instead (reported: why the per-day tables keep them);
//! - the CSV export of all sales (target ≤ 5 s), with peak RSS before and after (flat);
//! - for each query, its time through Till's store layer divided by the same SQL run
//!   directly with rusqlite (target ≤ 1.3).
//!
//! Run: `cargo bench --workspace --bench history`. The generated ledger is kept in
//! `target/tmp/history-bench-vat-1000000.sqlite3` (named apart from ledgers generated before
//! the generator wrote VAT) and reused (delete it to regenerate; set
//! `TILL_BENCH_SALES` for another size). Prints a table and writes
//! `target/tmp/bench-results/history.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use rusqlite::types::Value;
use rusqlite::{params_from_iter, Connection};
use till_core::generate::{self, GenerateOptions};
use till_core::history::{self, Period};
use till_core::mode::Mode;
use till_core::money::Locale;
use till_core::store::{HistoryQuery, Ledger};

/// The newest generated sale is just before 2025-06-15T12:00:00Z: fixed, so runs compare.
const END_MS: i64 = 1_749_988_800_000;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[derive(Clone, Copy)]
struct Stats {
    p50: Duration,
    p95: Duration,
}

fn time(runs: usize, mut f: impl FnMut()) -> Stats {
    f(); // warm the caches and the statement cache
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    samples.sort();
    Stats {
        p50: percentile(&samples, 0.5),
        p95: percentile(&samples, 0.95),
    }
}

/// `VmHWM` (peak RSS) and `VmRSS` of this process, in MiB.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kb| kb.parse::<f64>().ok())
            .map(|kb| kb / 1024.0)
            .unwrap_or(0.0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

// The SQL the store layer runs, written out here to time it directly with rusqlite.
const COLUMNS: &str = "id, mode, register_id, state, currency, amount_total, customer_email, session_id, \
     session_url, session_expires_at, payment_intent_id, amount_refunded, status_detail, created_at, updated_at, settled_at";
const ITEMS: &str = "(SELECT group_concat(CASE WHEN quantity > 1 THEN quantity || ' × ' || name ELSE name END, ', ' ORDER BY position)
        FROM sale_lines WHERE sale_id = sales.id)";

/// Runs `sql` with `params` and reads every column of every row, as the store does.
fn direct(conn: &Connection, sql: &str, params: &[Value]) -> usize {
    let mut statement = conn.prepare_cached(sql).unwrap();
    let columns = statement.column_count();
    let mut rows = statement.query(params_from_iter(params.iter())).unwrap();
    let mut count = 0;
    while let Some(row) = rows.next().unwrap() {
        for i in 0..columns {
            let _: Value = row.get(i).unwrap();
        }
        count += 1;
    }
    count
}

/// `--export-child LEDGER OUT all|tenth END_DAY`: export in a fresh process and print what
/// it took, so the peak RSS is the export's own (the parent's generator left a large heap).
fn export_child(args: &[String]) {
    let ledger = Ledger::open(std::path::Path::new(&args[0])).unwrap();
    let end_day = till_core::calendar::Date::parse(&args[3]).unwrap();
    let query = HistoryQuery {
        mode: "test".into(),
        from: (args[2] == "tenth").then(|| end_day.add_days(-36)),
        ..HistoryQuery::default()
    };
    let start = Instant::now();
    let summary =
        history::export_csv_file(&ledger, &query, false, std::path::Path::new(&args[1])).unwrap();
    let elapsed = start.elapsed();
    let (hwm, _) = memory();
    println!(
        "{}",
        serde_json::json!({"ms": ms(elapsed), "rows": summary.rows, "bytes": summary.bytes, "hwm_mib": hwm})
    );
}

fn run_export_child(
    ledger: &std::path::Path,
    out: &std::path::Path,
    which: &str,
    end_day: &str,
) -> serde_json::Value {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .arg("--export-child")
        .arg(ledger)
        .arg(out)
        .arg(which)
        .arg(end_day)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8_lossy(&output.stdout);
    serde_json::from_str(text.lines().last().unwrap()).unwrap()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(position) = args.iter().position(|a| a == "--export-child") {
        export_child(&args[position + 1..]);
        return;
    }
    let sales: u64 = std::env::var("TILL_BENCH_SALES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&tmp).unwrap();
    let path = tmp.join(format!("history-bench-vat-{sales}.sqlite3"));
    let mut results = serde_json::Map::new();
    results.insert("sales".into(), serde_json::json!(sales));

    if !path.exists() {
        let partial = tmp.join(format!("history-bench-vat-{sales}.partial.sqlite3"));
        let _ = std::fs::remove_file(&partial);
        let mut ledger = Ledger::open(&partial).unwrap();
        let options = GenerateOptions {
            seed: 2025,
            ..GenerateOptions::new(sales, Mode::Test, END_MS)
        };
        let report = generate::generate(&mut ledger, &options).unwrap();
        drop(ledger);
        std::fs::rename(&partial, &path).unwrap();
        let _ = std::fs::rename(
            tmp.join(format!("history-bench-vat-{sales}.partial.sqlite3-wal")),
            tmp.join(format!("history-bench-vat-{sales}.sqlite3-wal")),
        );
        let rows = report.sales + report.lines + report.refunds + report.timeline;
        println!(
            "generated {} sales ({} lines, {} refunds, {} timeline rows) in {:.1} s: {:.0} rows/s",
            report.sales,
            report.lines,
            report.refunds,
            report.timeline,
            report.elapsed_ms as f64 / 1000.0,
            rows as f64 / (report.elapsed_ms as f64 / 1000.0)
        );
        results.insert(
            "generate".into(),
            serde_json::json!({"sales": report.sales, "rows": rows, "seconds": report.elapsed_ms as f64 / 1000.0}),
        );
    } else {
        println!("reusing {}", path.display());
    }

    let ledger = Ledger::open(&path).unwrap();
    let raw = Connection::open(&path).unwrap();
    let end_day = ledger.local_date(END_MS).unwrap();
    let month_ago = end_day.add_days(-30);

    println!(
        "\n{:<52} {:>10} {:>10} {:>10} {:>7}",
        "query (1M sales)", "p50 ms", "p95 ms", "direct p95", "ratio"
    );
    let mut row = |name: &str, key: &str, store: Stats, direct: Option<Stats>, target: &str| {
        let ratio = direct.as_ref().map(|d| ms(store.p95) / ms(d.p95).max(1e-6));
        println!(
            "{:<52} {:>10.2} {:>10.2} {:>10} {:>7}  {}",
            name,
            ms(store.p50),
            ms(store.p95),
            direct
                .as_ref()
                .map(|d| format!("{:.2}", ms(d.p95)))
                .unwrap_or_else(|| "-".into()),
            ratio
                .map(|r| format!("{r:.2}"))
                .unwrap_or_else(|| "-".into()),
            target
        );
        results.insert(
            key.into(),
            serde_json::json!({
                "p50_ms": ms(store.p50), "p95_ms": ms(store.p95),
                "direct_p95_ms": direct.as_ref().map(|d| ms(d.p95)),
                "ratio": ratio,
            }),
        );
    };

    // 1. First page: the last 30 days, paid, 50 rows.
    let query = HistoryQuery {
        mode: "test".into(),
        from: Some(month_ago),
        to: Some(end_day),
        state: Some("paid".into()),
        ..HistoryQuery::default()
    };
    let store = time(200, || {
        assert_eq!(ledger.history_page(&query, None, 51).unwrap().len(), 51);
    });
    let page_sql = format!(
        "SELECT {COLUMNS}, {ITEMS} FROM sales WHERE mode = ?1 AND state = ?2
           AND created_at >= unixepoch(?3, 'utc') * 1000 AND created_at < unixepoch(?4, 'utc') * 1000
         ORDER BY created_at DESC, id DESC LIMIT ?5"
    );
    let page_params = [
        Value::Text("test".into()),
        Value::Text("paid".into()),
        Value::Text(month_ago.to_string()),
        Value::Text(end_day.add_days(1).to_string()),
        Value::Integer(51),
    ];
    let direct_stats = time(200, || {
        assert_eq!(direct(&raw, &page_sql, &page_params), 51);
    });
    row(
        "history page: 30 days + paid, 50 rows",
        "history_page_date_status",
        store,
        Some(direct_stats),
        "target p95 ≤ 20 ms",
    );

    // A later page (keyset): the same cost wherever it is.
    let first = ledger.history_page(&query, None, 2_000).unwrap();
    let deep = &first[first.len() - 1].sale;
    let cursor = till_core::store::PageCursor {
        created_at: deep.created_at,
        id: deep.id.clone(),
    };
    let store = time(200, || {
        assert_eq!(
            ledger
                .history_page(&query, Some(&cursor), 51)
                .unwrap()
                .len(),
            51
        );
    });
    row(
        "history page 41 (keyset, no OFFSET)",
        "history_page_deep",
        store,
        None,
        "",
    );

    // 2. Free text.
    let text_query = |text: &str| HistoryQuery {
        mode: "test".into(),
        text: Some(text.into()),
        ..HistoryQuery::default()
    };
    let fts = |text: &str| till_core::store::fts_query(text).unwrap();
    let probe_sql =
        "SELECT count(*) FROM (SELECT 1 FROM sale_search WHERE sale_search MATCH ?1 LIMIT ?2)";
    let by_time_sql = format!(
        "SELECT {COLUMNS}, {ITEMS} FROM sales WHERE mode = ?1 AND sales.rowid IN (SELECT rowid / 256 FROM sale_search WHERE sale_search MATCH ?2)
         ORDER BY created_at DESC, id DESC LIMIT ?3"
    );
    let by_match_sql = format!(
        "SELECT {COLUMNS}, {ITEMS} FROM (SELECT DISTINCT rowid / 256 AS sale_rowid FROM sale_search WHERE sale_search MATCH ?2) AS matches
                     CROSS JOIN sales ON sales.rowid = matches.sale_rowid WHERE mode = ?1
         ORDER BY created_at DESC, id DESC LIMIT ?3"
    );
    for (label, key, text) in [
        (
            "search a product word (\"latte\", ~25% of sales)",
            "search_broad",
            "latte".to_string(),
        ),
        (
            "search an email (\"hana.4321@example.com\")",
            "search_email",
            "hana.4321@example.com".to_string(),
        ),
        (
            "search a PaymentIntent id",
            "search_payment_intent",
            first[7].sale.payment_intent_id.clone().unwrap(),
        ),
    ] {
        let q = text_query(&text);
        let store = time(20, || {
            ledger.history_page(&q, None, 51).unwrap();
        });
        let params = [
            Value::Text("test".into()),
            Value::Text(fts(&text)),
            Value::Integer(51),
        ];
        let limit = till_core::store::SEARCH_BY_MATCH_LIMIT;
        let direct_stats = time(20, || {
            let matches: i64 = raw
                .prepare_cached(probe_sql)
                .unwrap()
                .query_row(rusqlite::params![fts(&text), limit + 1], |r| r.get(0))
                .unwrap();
            let sql = if matches <= limit {
                &by_match_sql
            } else {
                &by_time_sql
            };
            direct(&raw, sql, &params);
        });
        row(label, key, store, Some(direct_stats), "reported");
    }

    // 3. Totals for the filtered set.
    let store = time(50, || {
        assert!(!ledger.history_totals(&query).unwrap().is_empty());
    });
    let totals_sql = "SELECT currency, sum(sales), sum(CASE WHEN state = 'paid' THEN sales ELSE 0 END),
                    sum(CASE WHEN state = 'paid' THEN gross ELSE 0 END),
                    sum(CASE WHEN state = 'paid' THEN refunded ELSE 0 END)
             FROM sale_day_totals WHERE mode = ?1 AND state = ?2 AND day >= ?3 AND day <= ?4 GROUP BY currency HAVING sum(sales) > 0 ORDER BY currency";
    let totals_params = [
        Value::Text("test".into()),
        Value::Text("paid".into()),
        Value::Text(month_ago.to_string()),
        Value::Text(end_day.to_string()),
    ];
    let direct_stats = time(50, || {
        direct(&raw, totals_sql, &totals_params);
    });
    row(
        "totals per currency: 30 days + paid",
        "totals_date_status",
        store,
        Some(direct_stats),
        "",
    );
    let everything = HistoryQuery {
        mode: "test".into(),
        ..HistoryQuery::default()
    };
    let store = time(20, || {
        ledger.history_totals(&everything).unwrap();
    });
    row(
        "totals per currency: all time",
        "totals_all",
        store,
        None,
        "",
    );
    let q = text_query("latte");
    let store = time(5, || {
        ledger.history_totals(&q).unwrap();
    });
    row(
        "totals per currency: search \"latte\" (from rows)",
        "totals_search_broad",
        store,
        None,
        "reported",
    );

    // A sale's returnable lines (sold minus returned, the return form and every return's check).
    let paid: Vec<String> = raw
        .prepare("SELECT id FROM sales WHERE state = 'paid' ORDER BY rowid DESC LIMIT 500")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut next = paid.iter().cycle();
    let store = time(500, || {
        let id = next.next().unwrap();
        assert!(!ledger.returnable_lines(id).unwrap().is_empty());
    });
    row(
        "returnable lines of a paid sale",
        "returnable_lines",
        store,
        None,
        "p95 <= 5 ms",
    );

    // 4. A year of daily totals per currency (and the report built from them).
    let year_ago = end_day.add_days(-364);
    let store = time(50, || {
        let figures = ledger
            .report_figures("test", year_ago, end_day, None, None)
            .unwrap();
        assert!(figures.days.len() >= 365 * 3, "{}", figures.days.len());
        assert!(figures.rates.len() >= 3, "{:?}", figures.rates);
        let report = history::build_report(
            "test",
            &figures,
            year_ago,
            end_day,
            Period::Day,
            Locale::EnglishUnitedStates,
            till_core::i18n::Language::En,
        );
        assert!(!report.charts.is_empty());
        assert_eq!(report.pricing.len(), 4);
    });
    let year_sql =
        "SELECT day, currency, sum(sales), sum(gross), sum(refunded) FROM sale_day_totals
                 WHERE mode = ?1 AND state = 'paid' AND day >= ?2 AND day <= ?3
                   AND (?4 IS NULL OR register_id = ?4)
                 GROUP BY day, currency HAVING sum(sales) > 0 ORDER BY day, currency";
    let year_params = [
        Value::Text("test".into()),
        Value::Text(year_ago.to_string()),
        Value::Text(end_day.to_string()),
        Value::Null,
    ];
    let direct_stats = time(50, || {
        direct(&raw, year_sql, &year_params);
    });
    row(
        "a year of day totals + pricing (+ report, charts)",
        "year_daily_totals",
        store,
        None,
        "target ≤ 150 ms",
    );
    let store = time(50, || {
        ledger.day_totals("test", year_ago, end_day, None).unwrap();
    });
    row(
        "a year of daily totals per currency (query only)",
        "year_daily_totals_query",
        store,
        Some(direct_stats),
        "",
    );

    // 4b. A year of discounts, tax per rate and tips, added up from the sale rows (what the
    //     end-of-day summary does for one day).
    let year_query = HistoryQuery {
        mode: "test".into(),
        from: Some(year_ago),
        to: Some(end_day),
        ..HistoryQuery::default()
    };
    let store = time(5, || {
        let (tenders, _) = ledger.pricing_totals(&year_query).unwrap();
        assert!(!tenders.is_empty());
    });
    row(
        "a year of discounts, tax, tips (from the rows)",
        "year_pricing_rows",
        store,
        None,
        "reported",
    );

    // 5. The CSV export of every sale, in a fresh process (its peak RSS is the export's own),
    //    and of a tenth of them (the peak must not grow with the rows).
    let csv_path = tmp.join("history-bench-export.csv");
    let small_path = tmp.join("history-bench-export-small.csv");
    let end_text = end_day.to_string();
    let all = run_export_child(&path, &csv_path, "all", &end_text);
    let small = run_export_child(&path, &small_path, "tenth", &end_text);
    assert_eq!(all["rows"].as_u64(), Some(sales));
    println!(
        "{:<52} {:>10.0} {:>10}  {} rows, {:.0} MB; target ≤ 5000 ms",
        "CSV export of every sale (ms, own process)",
        all["ms"].as_f64().unwrap_or(0.0),
        "",
        all["rows"],
        all["bytes"].as_f64().unwrap_or(0.0) / 1e6
    );
    let stream = time(2, || {
        let mut n = 0u64;
        ledger
            .for_each_history_sale(&everything, |_, _| {
                n += 1;
                Ok(())
            })
            .unwrap();
        assert_eq!(n, sales);
    });
    let export_sql = format!(
        "SELECT {COLUMNS}, l.quantity, l.name FROM sales LEFT JOIN sale_lines l ON l.sale_id = sales.id
         WHERE mode = ?1 ORDER BY created_at, id, l.position"
    );
    let direct_stats = time(2, || {
        assert!(direct(&raw, &export_sql, &[Value::Text("test".into())]) as u64 >= sales);
    });
    row(
        "export query: stream every sale (no CSV)",
        "export_stream",
        stream,
        Some(direct_stats),
        "",
    );
    println!(
        "peak RSS (VmHWM) of the exporting process: {:.1} MiB for {} rows, {:.1} MiB for {} rows",
        all["hwm_mib"].as_f64().unwrap_or(0.0),
        all["rows"],
        small["hwm_mib"].as_f64().unwrap_or(0.0),
        small["rows"],
    );
    results.insert(
        "csv_export".into(),
        serde_json::json!({ "all": all, "tenth": small }),
    );
    let _ = std::fs::remove_file(&csv_path);
    let _ = std::fs::remove_file(&small_path);

    let dir = tmp.join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("history.json");
    std::fs::write(&out, serde_json::to_string_pretty(&results).unwrap()).unwrap();
    println!("\nwrote {}", out.display());
}
