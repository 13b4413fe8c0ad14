//! Modes are kept apart: a sale records its mode; history and totals show one mode at a
//! time; switching keys (training → test → training) never rewrites a recorded sale.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use till_core::checkout::WatchPolicy;
use till_core::history::{self, HistoryFilter};
use till_core::keys::KeyService;
use till_core::mode::Mode;
use till_core::paths::Paths;
use till_core::runtime::{ConnectOptions, StartOptions, Till};
use till_core::secrets::{MemoryStore, Secrets};
use till_core::store::{Ledger, Store};

/// Starts Till on `dir` the way the window does: the key from the (test) keyring, else
/// training mode, against the simulator at `api_base`.
async fn start(dir: &Path, api_base: &str, keys: &KeyService) -> Till {
    let (connect, problem) = keys
        .connect_options(ConnectOptions {
            api_base: Some(api_base.to_string()),
            training_port: Some(0),
            ..ConnectOptions::default()
        })
        .await;
    assert!(problem.is_none());
    Till::start(
        Paths::under(dir.to_path_buf()),
        StartOptions {
            connect,
            serve_return_page: false,
        },
        None,
    )
    .await
    .unwrap()
}

/// One paid latte; returns the sale id.
async fn paid_sale(till: &Till, sim: &stripe_sim::SimHandle) -> String {
    let register = &till.register;
    register.sync_catalog().await.unwrap();
    register.add("price_demo_latte_usd", 1).unwrap();
    let sale = register.charge(None).await.unwrap();
    sim.pay(sale.session_id.as_deref().unwrap(), "4242424242424242")
        .unwrap();
    let done = register
        .checkout()
        .watch(&sale.id, WatchPolicy::default(), |_| {})
        .await
        .unwrap();
    assert_eq!(done.state, "paid");
    sale.id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn switching_keys_keeps_modes_apart_and_never_rewrites_sales() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let memory = std::sync::Arc::new(MemoryStore::new());
    let keys = KeyService::new(Secrets::new(memory), Some(sim.base_url()), None);
    let ledger = || Ledger::open(&dir.path().join("till.sqlite3")).unwrap();

    // Training mode: no key.
    let till = start(dir.path(), &sim.base_url(), &keys).await;
    assert_eq!(till.connection.mode, Mode::Training);
    let training_sale = paid_sale(&till, &sim).await;
    let training_record = ledger().require_sale(&training_sale).unwrap();
    let training_timeline = ledger().timeline(&training_sale).unwrap();
    assert_eq!(training_record.mode, "training");
    drop(till);

    // The owner sets a test key: Till restarts in test mode.
    let store = Store::new(ledger());
    keys.set(&store, "sk_test_till_modes_switch_0001", false)
        .await
        .unwrap();
    drop(store);
    let till = start(dir.path(), &sim.base_url(), &keys).await;
    assert_eq!(till.connection.mode, Mode::Test);
    let test_sale = paid_sale(&till, &sim).await;
    assert_eq!(ledger().require_sale(&test_sale).unwrap().mode, "test");

    // History and totals of test mode hold only the test sale...
    let checkout = till.register.checkout();
    let recent: Vec<String> = checkout
        .recent(None, 50)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(recent, vec![test_sale.clone()]);
    let page = history::page(checkout, &HistoryFilter::default(), None, 50)
        .await
        .unwrap();
    assert_eq!(page.rows.len(), 1);
    let totals = history::totals(checkout, &HistoryFilter::default())
        .await
        .unwrap();
    assert_eq!(totals.len(), 1);
    assert_eq!((totals[0].sales, totals[0].paid), (1, 1));
    // ...and training's, asked for by name, only the training sale.
    let training_only = HistoryFilter {
        mode: Some("training".into()),
        ..HistoryFilter::default()
    };
    let totals = history::totals(checkout, &training_only).await.unwrap();
    assert_eq!((totals[0].sales, totals[0].paid), (1, 1));
    let live_only = HistoryFilter {
        mode: Some("live".into()),
        ..HistoryFilter::default()
    };
    assert!(history::totals(checkout, &live_only)
        .await
        .unwrap()
        .iter()
        .all(|t| t.sales == 0));
    drop(till);

    // The key removed: training again, the training sale exactly as it was recorded.
    let store = Store::new(ledger());
    keys.remove(&store).await.unwrap();
    drop(store);
    let till = start(dir.path(), &sim.base_url(), &keys).await;
    assert_eq!(till.connection.mode, Mode::Training);
    let recent: Vec<String> = till
        .register
        .checkout()
        .recent(None, 50)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.id)
        .collect();
    assert_eq!(recent, vec![training_sale.clone()]);
    assert_eq!(
        ledger().require_sale(&training_sale).unwrap(),
        training_record
    );
    assert_eq!(
        ledger().timeline(&training_sale).unwrap(),
        training_timeline
    );
    assert_eq!(ledger().require_sale(&test_sale).unwrap().mode, "test");
}
