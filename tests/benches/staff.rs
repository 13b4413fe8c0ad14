//! Staff: a PIN switch at the till — the next cashier's PIN checked (argon2id, the owner
//! PIN's parameters: `Argon2::default()`, 19 MiB, 2 passes, 1 lane) and the register usable
//! again (their cart read) — p50 / p95 over 60 switches between two cashiers on a file
//! ledger (target ≤ 150 ms). The window's lock screen is not built yet, so this is the core's
//! part of the switch, without IPC or painting.
//!
//! Run: `cargo bench --workspace --bench staff`. Prints the figures and writes
//! `target/tmp/bench-results/staff.json`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stdout)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use till_core::staff;
use till_harness::till::TestTill;

const SWITCHES: usize = 60;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let till = TestTill::start().await.unwrap();
    let store = till.checkout().store();
    let ada = staff::add(store, "Ada", "staff", "1111").await.unwrap();
    let bo = staff::add(store, "Bo", "manager", "2222").await.unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let mut times = Vec::with_capacity(SWITCHES);
    for n in 0..SWITCHES {
        let (who, pin) = if n % 2 == 0 {
            (&ada, "1111")
        } else {
            (&bo, "2222")
        };
        let started = Instant::now();
        let signed = till.checkout().sign_in(&who.id, pin).await.unwrap();
        let cart = till.register.cart().unwrap();
        times.push(started.elapsed());
        assert_eq!(signed.staff_id.as_deref(), Some(who.id.as_str()));
        assert_eq!(cart.lines.len(), 1);
    }
    times.sort();
    let (p50, p95) = (percentile(&times, 0.5), percentile(&times, 0.95));
    println!(
        "PIN switch → register usable  p50 {:7.2} ms   p95 {:7.2} ms   ({SWITCHES} switches; target ≤ 150 ms)",
        ms(p50),
        ms(p95)
    );
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("bench-results");
    std::fs::create_dir_all(&dir).unwrap();
    let results = serde_json::json!({
        "pin_switch_ms": {"p50": ms(p50), "p95": ms(p95), "samples": SWITCHES},
    });
    std::fs::write(
        dir.join("staff.json"),
        serde_json::to_string_pretty(&results).unwrap(),
    )
    .unwrap();
}
