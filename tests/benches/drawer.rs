//! Cash and the drawer:
//! - Complete (cash) → the sale in the ledger (paid, its tender and drawer movement written):
//!   p50 / p95 over 300 sales on a file ledger (target p95 ≤ 20 ms);
//! - the X report and the Z report (the close) of one register's shift over a year of
//!   1,000,000 generated sales, a third of the paid USD ones in cash, one shift per register
//!   and day (target ≤ 200 ms).
//!
//! Run: `cargo bench --workspace --bench drawer`. The generated ledger (sales, then shifts
//! and cash tenders) is kept in `target/tmp/drawer-bench-1000000.sqlite3` and copied for
//! each run, since the close changes it (delete it to regenerate; `TILL_BENCH_SALES` for
//! another size). Prints a table and writes `target/tmp/bench-results/drawer.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use till_core::drawer::{self, CountInput};
use till_core::generate::{self, GenerateOptions};
use till_core::mode::Mode;
use till_core::store::Ledger;
use till_harness::till::{register_with, test_settings, TestTill};

/// The newest generated sale is just before 2025-06-15T12:00:00Z: fixed, so runs compare.
const END_MS: i64 = 1_749_988_800_000;
const CASH_SALES: usize = 300;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn count(total: &str) -> CountInput {
    CountInput {
        pieces: Vec::new(),
        total: total.into(),
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut results = serde_json::Map::new();

    // Complete (cash): the register as the window calls it, on a file ledger.
    let till = TestTill::start().await.unwrap();
    drawer::open(till.checkout(), till.register.currency(), &count("100"))
        .await
        .unwrap();
    let mut samples = Vec::with_capacity(CASH_SALES);
    for i in 0..=CASH_SALES {
        till.register.clear().unwrap();
        till.register.add("price_demo_latte_usd", 1).unwrap();
        till.register.add("price_demo_muffin_usd", 2).unwrap();
        let start = Instant::now();
        let sold = till.register.pay_cash("20", None).await.unwrap();
        let elapsed = start.elapsed();
        assert_eq!(sold.sale.state, "paid");
        if i > 0 {
            samples.push(elapsed); // the first warms the statement cache
        }
    }
    samples.sort();
    let (p50, p95) = (percentile(&samples, 0.5), percentile(&samples, 0.95));
    println!(
        "Complete (cash) → in the ledger  p50 {:>6.2} ms   p95 {:>6.2} ms   ({} sales; target p95 ≤ 20 ms)",
        ms(p50),
        ms(p95),
        samples.len()
    );
    results.insert(
        "cash_complete_ms".into(),
        serde_json::json!({"p50": ms(p50), "p95": ms(p95), "samples": samples.len()}),
    );
    drop(till);

    // X and Z over a year of generated sales.
    let sales: u64 = std::env::var("TILL_BENCH_SALES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let tmp = PathBuf::from(env!("CARGO_TARGET_TMPDIR"));
    std::fs::create_dir_all(&tmp).unwrap();
    let kept = tmp.join(format!("drawer-bench-{sales}.sqlite3"));
    if !kept.exists() {
        let partial = tmp.join(format!("drawer-bench-{sales}.partial.sqlite3"));
        let _ = std::fs::remove_file(&partial);
        let mut ledger = Ledger::open(&partial).unwrap();
        let options = GenerateOptions {
            seed: 2025,
            ..GenerateOptions::new(sales, Mode::Test, END_MS)
        };
        let started = Instant::now();
        generate::generate(&mut ledger, &options).unwrap();
        let cash = generate::tenders(&mut ledger, Mode::Test, "usd").unwrap();
        ledger
            .connection()
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
        drop(ledger);
        std::fs::rename(&partial, &kept).unwrap();
        println!(
            "generated {sales} sales, {cash} of them cash, in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    let run = tempfile::tempdir().unwrap();
    std::fs::copy(&kept, run.path().join("till.sqlite3")).unwrap();
    let mut settings = test_settings("reg_gen01");
    settings.mode = Mode::Test;
    // Nothing here asks Stripe: the API base is a closed port.
    let register = register_with("http://127.0.0.1:9", run.path(), settings).unwrap();
    let context = register.checkout();

    let x = drawer::x_report(context).await.unwrap();
    let shift_sales: i64 = x.figures.sales_by_tender.iter().map(|(_, n, _)| n).sum();
    let mut x_samples = Vec::with_capacity(30);
    for _ in 0..30 {
        let start = Instant::now();
        drawer::x_report(context).await.unwrap();
        x_samples.push(start.elapsed());
    }
    x_samples.sort();
    let (x50, x95) = (percentile(&x_samples, 0.5), percentile(&x_samples, 0.95));
    let start = Instant::now();
    let z = drawer::close(context, &count("1000")).await.unwrap();
    let z_elapsed = start.elapsed();
    assert_eq!(z.number, Some(1));
    println!(
        "X report (shift of {shift_sales} paid sales, {} cash)  p50 {:>6.2} ms   p95 {:>6.2} ms   (target ≤ 200 ms)",
        x.figures.cash_sales.0,
        ms(x50),
        ms(x95)
    );
    println!(
        "Z report (the close, one run)               {:>6.2} ms   (target ≤ 200 ms)",
        ms(z_elapsed)
    );
    results.insert("sales".into(), serde_json::json!(sales));
    results.insert(
        "x_report_ms".into(),
        serde_json::json!({"p50": ms(x50), "p95": ms(x95), "shift_paid_sales": shift_sales}),
    );
    results.insert("z_close_ms".into(), serde_json::json!(ms(z_elapsed)));

    let dir = tmp.join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("drawer.json");
    std::fs::write(&path, serde_json::to_string_pretty(&results).unwrap()).unwrap();
    println!("\nwrote {}", path.display());
}
