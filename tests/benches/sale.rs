//! Sale benchmarks against the in-process simulator (the default watch policy):
//! - customer pays → sale `paid` in the ledger: p50 / p95, by polling and via the return page;
//! - Stripe requests per minute per waiting sale, early and after long waits;
//! - Charge pressed → URL ready for the opener, minus the time spent waiting on Stripe.
//!
//! Run: `cargo bench --workspace --bench sale`. Prints a table and writes
//! `target/tmp/bench-results/sale.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use till_core::cart::Cart;
use till_core::checkout::{Checkout, WatchPolicy};
use till_harness::till::TestTill;

const SALES: usize = 40;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn pay_to_paid(till: &Arc<TestTill>, via_return_page: bool) -> Vec<Duration> {
    let mut tasks = Vec::new();
    for n in 0..SALES {
        let till = Arc::clone(till);
        tasks.push(tokio::spawn(async move {
            // Each sale its own cart: several tills' worth of sales at once.
            let mut cart = Cart::new();
            cart.add(till.register.cart_item("price_demo_latte_usd").unwrap(), 1)
                .unwrap();
            let sale = till
                .checkout()
                .charge(&Checkout::new_sale_id(), &cart, None)
                .await
                .unwrap();
            let session = sale.session_id.clone().unwrap();
            let (paid_tx, paid_rx) = tokio::sync::oneshot::channel::<Instant>();
            let mut paid_tx = Some(paid_tx);
            let watcher = {
                let till = Arc::clone(&till);
                let sale_id = sale.id.clone();
                tokio::spawn(async move {
                    till.checkout()
                        .watch(&sale_id, WatchPolicy::default(), |view| {
                            if view.state == "paid" {
                                if let Some(tx) = paid_tx.take() {
                                    let _ = tx.send(Instant::now());
                                }
                            }
                        })
                        .await
                        .unwrap()
                })
            };
            // Customers pay at any moment relative to the poll ticks: offsets spread evenly
            // over two poll periods (2371 is coprime to 2000).
            let offset = Duration::from_millis(300 + (n as u64 * 2371) % 2000);
            tokio::time::sleep(offset).await;
            let paid_at = Instant::now();
            till.sim.pay(&session, "4242424242424242").unwrap();
            if via_return_page {
                // The browser follows Stripe's redirect to Till's return page.
                till.checkout().on_return_visit(&session).await.unwrap();
            }
            let seen = paid_rx.await.unwrap();
            watcher.await.unwrap();
            seen - paid_at
        }));
    }
    let mut latencies = Vec::new();
    for task in tasks {
        latencies.push(task.await.unwrap());
    }
    latencies.sort();
    latencies
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut results = serde_json::Map::new();
    println!("Sale benchmarks ({SALES} sales each, default watch policy)\n");

    for (label, via_return) in [("polling", false), ("return_page", true)] {
        let till = Arc::new(TestTill::start().await.unwrap());
        let latencies = pay_to_paid(&till, via_return).await;
        let (p50, p95, max) = (
            percentile(&latencies, 0.5),
            percentile(&latencies, 0.95),
            *latencies.last().unwrap(),
        );
        println!(
            "pay → paid ({label:<11}) p50 {:>7.1} ms   p95 {:>7.1} ms   max {:>7.1} ms",
            ms(p50),
            ms(p95),
            ms(max)
        );
        results.insert(
            format!("pay_to_paid_{label}_ms"),
            serde_json::json!({"p50": ms(p50), "p95": ms(p95), "max": ms(max), "samples": latencies.len()}),
        );
    }

    // Requests per minute per waiting sale: measured over a window, and from the schedule.
    let till = TestTill::start().await.unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    let before = till.checkout().gateway().http_stats().requests;
    let window = Duration::from_secs(10);
    let _ = tokio::time::timeout(
        window,
        till.checkout()
            .watch(&sale.id, WatchPolicy::default(), |_| {}),
    )
    .await;
    let sent = till.checkout().gateway().http_stats().requests - before;
    let measured_per_minute = sent as f64 * 60.0 / window.as_secs_f64();
    let policy = WatchPolicy::default();
    let per_minute_at = |start: Duration| -> f64 {
        // Ticks the watcher makes in the minute after `start` on screen, with no errors.
        let (mut t, mut ticks) = (start, 0u32);
        while t < start + Duration::from_secs(60) {
            t += policy.next_wait(t, 0, None);
            ticks += 1;
        }
        f64::from(ticks)
    };
    println!(
        "\nStripe requests per waiting sale: measured {measured_per_minute:.0}/min in the first {}s; schedule: {:.0}/min at start, {:.0}/min after 5 min, {:.0}/min after 15 min",
        window.as_secs(),
        per_minute_at(Duration::ZERO),
        per_minute_at(Duration::from_secs(300)),
        per_minute_at(Duration::from_secs(900)),
    );
    results.insert(
        "requests_per_minute_per_waiting_sale".into(),
        serde_json::json!({
            "measured_first_window": measured_per_minute,
            "schedule_at_start": per_minute_at(Duration::ZERO),
            "schedule_after_5_min": per_minute_at(Duration::from_secs(300)),
            "schedule_after_15_min": per_minute_at(Duration::from_secs(900)),
        }),
    );

    // Charge pressed → URL for the opener, minus the time waiting on the simulator.
    let till = TestTill::start().await.unwrap();
    let mut overheads = Vec::new();
    for _ in 0..SALES {
        till.register.clear().unwrap();
        till.register.add("price_demo_latte_usd", 1).unwrap();
        till.register.add("price_demo_muffin_usd", 2).unwrap();
        let before = till.checkout().gateway().http_stats();
        let started = Instant::now();
        let sale = till.register.charge(None).await.unwrap();
        let total = started.elapsed();
        assert!(sale.url.is_some());
        let waited = till.checkout().gateway().http_stats().waited - before.waited;
        overheads.push(total.saturating_sub(waited));
    }
    overheads.sort();
    let (p50, p95) = (percentile(&overheads, 0.5), percentile(&overheads, 0.95));
    println!(
        "\nCharge → URL ready, excluding the simulator: p50 {:.2} ms   p95 {:.2} ms",
        ms(p50),
        ms(p95)
    );
    results.insert(
        "charge_to_url_overhead_ms".into(),
        serde_json::json!({"p50": ms(p50), "p95": ms(p95), "samples": overheads.len()}),
    );

    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("sale.json");
    std::fs::write(&path, serde_json::to_string_pretty(&results).unwrap()).unwrap();
    println!("\nwrote {}", path.display());
}
