//! Crashes: a process killed between writing the sale and creating its session, killed after
//! Stripe created the session but before the ledger knew, and `kill -9` while watching.
//! No sale is lost, none is counted twice, no second session is made.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Stdio};

use stripe_sim::SimConfig;
use till_core::store::Ledger;
use till_harness::till::{binary, tillctl};

fn json(output: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "tillctl printed no JSON ({e}): stdout {:?} stderr {:?}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

fn only_sale(ledger: &Ledger) -> till_core::store::SaleRecord {
    let sales = ledger.recent_sales("training", None, 10).unwrap();
    assert_eq!(sales.len(), 1, "exactly one sale: {sales:?}");
    sales.into_iter().next().unwrap()
}

async fn sessions_for(api_base: &str, sale_id: &str) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let register = till_harness::till::register_for(api_base, dir.path())
        .await
        .unwrap();
    register
        .checkout()
        .gateway()
        .list_sessions(None)
        .await
        .unwrap()
        .iter()
        .filter(|s| s.client_reference_id.as_deref() == Some(sale_id))
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_before_the_session_was_created_then_recovered_once() {
    let sim = stripe_sim::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();

    let crashed = tillctl(
        dir.path(),
        &base,
        &["charge", "price_demo_latte_usd"],
        &[("TILL_FAILPOINT", "after_sale_written")],
    )
    .unwrap();
    assert_eq!(
        crashed.status.code(),
        Some(86),
        "the failpoint ended the process"
    );
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let sale = only_sale(&ledger);
    assert_eq!(sale.state, "creating");
    assert_eq!(sessions_for(&base, &sale.id).await, 0);

    let recovered = json(&tillctl(dir.path(), &base, &["recover"], &[]).unwrap());
    assert_eq!(recovered["waiting"][0]["id"], sale.id.as_str());
    assert_eq!(recovered["waiting"][0]["state"], "awaiting_payment");
    // Recovering again changes nothing and makes no second session.
    tillctl(dir.path(), &base, &["recover"], &[]).unwrap();
    assert_eq!(sessions_for(&base, &sale.id).await, 1);
    let sale = only_sale(&ledger);
    assert_eq!(sale.state, "awaiting_payment");
    sim.pay(sale.session_id.as_deref().unwrap(), "4242424242424242")
        .unwrap();
    let watched = tillctl(
        dir.path(),
        &base,
        &["watch", &sale.id, "--timeout", "20"],
        &[],
    )
    .unwrap();
    assert_eq!(watched.status.code(), Some(0), "watch exits 0 when paid");
    assert_eq!(only_sale(&ledger).state, "paid");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_after_stripe_created_the_session_gets_the_same_session_back() {
    let sim = stripe_sim::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();

    let crashed = tillctl(
        dir.path(),
        &base,
        &["charge", "price_demo_latte_usd"],
        &[("TILL_FAILPOINT", "after_session_created")],
    )
    .unwrap();
    assert_eq!(crashed.status.code(), Some(86));
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let sale = only_sale(&ledger);
    assert_eq!(
        sale.state, "creating",
        "the ledger never heard of the session"
    );
    assert_eq!(sessions_for(&base, &sale.id).await, 1, "but Stripe made it");

    tillctl(dir.path(), &base, &["recover"], &[]).unwrap();
    let recovered = only_sale(&ledger);
    assert_eq!(recovered.state, "awaiting_payment");
    assert_eq!(
        sessions_for(&base, &sale.id).await,
        1,
        "the same key returned the same session"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_while_watching_then_paid_is_recorded_exactly_once() {
    let sim = stripe_sim::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();
    let charged = json(
        &tillctl(
            dir.path(),
            &base,
            &["charge", "price_demo_latte_usdx2"],
            &[],
        )
        .unwrap(),
    );
    let sale_id = charged["id"].as_str().unwrap().to_string();
    let session_id = charged["sessionId"].as_str().unwrap().to_string();

    // A watcher that is killed outright while the sale awaits payment.
    let mut watcher = Command::new(binary("tillctl").unwrap())
        .args(["--data-dir"])
        .arg(dir.path())
        .args(["--api-base", &base, "watch", &sale_id])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for its first look (it prints the state it sees).
    let stdout = watcher.stdout.take().unwrap();
    let mut first = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut first).unwrap();
    assert!(first.starts_with("awaiting_payment"), "{first:?}");
    watcher.kill().unwrap(); // SIGKILL
    watcher.wait().unwrap();

    sim.pay(&session_id, "4242424242424242").unwrap();

    // Restart: recovery finds the payment.
    let recovered = json(&tillctl(dir.path(), &base, &["recover"], &[]).unwrap());
    assert_eq!(recovered["waiting"], serde_json::json!([]));
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let sale = ledger.require_sale(&sale_id).unwrap();
    assert_eq!(
        sale.state, "paid",
        "recovery saw the payment made while Till was dead"
    );
    let paid_entries = ledger
        .timeline(&sale_id)
        .unwrap()
        .into_iter()
        .filter(|e| e.to_state.as_deref() == Some("paid"))
        .count();
    assert_eq!(paid_entries, 1, "paid exactly once");
    // Watching again and recovering again count nothing twice.
    let again = tillctl(
        dir.path(),
        &base,
        &["watch", &sale_id, "--timeout", "5"],
        &[],
    )
    .unwrap();
    assert_eq!(again.status.code(), Some(0));
    tillctl(dir.path(), &base, &["recover"], &[]).unwrap();
    assert_eq!(
        ledger
            .timeline(&sale_id)
            .unwrap()
            .iter()
            .filter(|e| e.to_state.as_deref() == Some("paid"))
            .count(),
        1
    );
    assert_eq!(
        ledger
            .recent_sales("training", Some("paid"), 10)
            .unwrap()
            .len(),
        1
    );
}

/// A cash sale is one transaction: killed right after it was written, the restarted till has
/// it once, paid, with one drawer movement, and never asked Stripe for a session.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_after_a_cash_sale_was_written_it_is_there_once() {
    let sim = stripe_sim::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();
    let opened = tillctl(dir.path(), &base, &["drawer", "open", "--float", "50"], &[]).unwrap();
    assert!(
        opened.status.success(),
        "{}",
        String::from_utf8_lossy(&opened.stderr)
    );

    let crashed = tillctl(
        dir.path(),
        &base,
        &["charge", "price_demo_latte_usd", "--cash", "10"],
        &[("TILL_FAILPOINT", "after_cash_sale_written")],
    )
    .unwrap();
    assert_eq!(
        crashed.status.code(),
        Some(86),
        "the failpoint ended the process"
    );
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let sale = only_sale(&ledger);
    assert_eq!(
        (sale.state.as_str(), sale.tender.as_str()),
        ("paid", "cash")
    );
    assert_eq!(sessions_for(&base, &sale.id).await, 0);

    // Started again: recovery leaves it alone; the drawer holds it once.
    tillctl(dir.path(), &base, &["recover"], &[]).unwrap();
    let status = json(&tillctl(dir.path(), &base, &["drawer", "status"], &[]).unwrap());
    assert_eq!(status["expected"]["amount"], 5000 + 475);
    let moves: i64 = ledger
        .connection()
        .query_row(
            "SELECT count(*) FROM drawer_moves WHERE kind = 'sale'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(moves, 1);
    assert_eq!(only_sale(&ledger).state, "paid");
}
