//! Test-card runs: each run is a sale for the currency's minimum; what Stripe reported is
//! recorded against what the card should do. Live mode refuses to start a run.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use till_core::checkout::{Checkout, RegisterSettings, Source, MIN_SESSION_LIFETIME};
use till_core::mode::Mode;
use till_core::money::{Currency, Locale};
use till_core::store::{Ledger, Store};
use till_core::stripe::{ApiKey, Gateway, StripeHttp};
use till_core::testcards::{self, TEST_CARDS};
use till_harness::till::{quick_retries, TestTill};

async fn run(till: &TestTill, card: &str, three_d_secure: Option<bool>) -> (String, bool) {
    let sale = testcards::start_run(till.checkout(), card, Currency::USD)
        .await
        .unwrap();
    assert_eq!(sale.amount_total, 50, "the smallest valid USD amount");
    let session = sale.session_id.clone().unwrap();
    till.sim.pay(&session, card).unwrap();
    if let Some(succeed) = three_d_secure {
        till.checkout()
            .refresh(&sale.id, Source::Poll)
            .await
            .unwrap()
            .unwrap();
        till.sim.complete_3ds(&session, succeed).unwrap();
    }
    till.checkout()
        .refresh(&sale.id, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    testcards::settle_run(till.checkout(), &sale.id)
        .await
        .unwrap()
        .expect("decided")
}

#[tokio::test]
async fn the_seed_cards_record_what_stripe_reported() {
    let till = TestTill::start().await.unwrap();
    assert_eq!(
        run(&till, "4242424242424242", None).await,
        ("paid".into(), true)
    );
    assert_eq!(
        run(&till, "4000000000009995", None).await,
        ("declined:insufficient_funds".into(), true)
    );
    assert_eq!(
        run(&till, "4000002500003155", Some(true)).await,
        ("three_d_secure_then_paid".into(), true)
    );
    assert_eq!(
        run(&till, "4000000000000002", None).await,
        ("declined:generic_decline".into(), true)
    );
    let runs = till.ledger().unwrap().test_runs("training", 10).unwrap();
    assert_eq!(runs.len(), 4);
    assert!(runs.iter().all(|r| r.matched == Some(true)));
    assert_eq!(runs[0].card, "4000000000000002", "newest first");
    let csv_path = till.dir.path().join("exports/runs.csv");
    assert_eq!(
        testcards::export_csv(till.checkout(), &csv_path)
            .await
            .unwrap(),
        4
    );
    let text = std::fs::read_to_string(&csv_path).unwrap();
    let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 5, "a header and four runs: {text}");
    assert!(lines[0].starts_with("run_id,started_at_ms,card,expected,observed,matched"));
    assert!(lines[1].contains(
        ",4000000000000002,declined:generic_decline,declined:generic_decline,true,training,"
    ));
}

#[tokio::test]
async fn every_listed_card_matches_its_expectation_and_a_mismatch_is_flagged() {
    let till = TestTill::start().await.unwrap();
    for card in TEST_CARDS.iter().skip(4) {
        let three_ds = (card.number == "4000002760003184").then_some(false);
        let (observed, matched) = run(&till, card.number, three_ds).await;
        assert!(matched, "{}: observed {observed}", card.number);
    }
    // A run whose customer pays with another card than the sheet's is a mismatch.
    let sale = testcards::start_run(till.checkout(), "4000000000009995", Currency::USD)
        .await
        .unwrap();
    till.sim
        .pay(sale.session_id.as_deref().unwrap(), "4242424242424242")
        .unwrap();
    till.checkout()
        .refresh(&sale.id, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    let decided = testcards::settle_run(till.checkout(), &sale.id)
        .await
        .unwrap();
    assert_eq!(decided, Some(("paid".into(), false)));
    // Deciding again keeps the first outcome.
    assert_eq!(
        testcards::settle_run(till.checkout(), &sale.id)
            .await
            .unwrap(),
        Some(("paid".into(), false))
    );
}

#[tokio::test]
async fn live_mode_refuses_a_test_run_and_records_nothing() {
    let till = TestTill::start().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let http = StripeHttp::new(
        &ApiKey::new("sk_test_pretending_to_be_live"),
        &till.sim.base_url(),
        Duration::from_secs(5),
    )
    .unwrap();
    let live = Checkout::new(
        Store::new(ledger),
        Gateway::new(http, quick_retries()),
        RegisterSettings {
            mode: Mode::Live,
            register_id: "reg_live".into(),
            success_url: "http://127.0.0.1:9/s".into(),
            cancel_url: Some("http://127.0.0.1:9/c".into()),
            phone_page: false,
            session_lifetime: MIN_SESSION_LIFETIME,
            allowed_payment_method_types: vec!["card".into()],
            locale: Locale::EnglishUnitedStates,
            language: till_core::i18n::Language::De,
        },
    );
    let error = testcards::start_run(&live, "4242424242424242", Currency::USD)
        .await
        .unwrap_err();
    // Refused in the till's language (German here), the code the same.
    assert_eq!(
        (error.wire_code(), error.message.as_str()),
        (
            "test_cards_live",
            "Testkarten funktionieren nur im Test- und Trainingsmodus; Till verwendet einen Live-Schlüssel, daher wurde kein Testlauf gestartet."
        )
    );
    assert!(live.recent(None, 5).await.unwrap().is_empty());
    let unknown = testcards::start_run(till.checkout(), "1234", Currency::USD)
        .await
        .unwrap_err();
    assert_eq!(
        (unknown.wire_code(), unknown.message.as_str()),
        (
            "unknown_test_card",
            "\"1234\" is not one of Stripe's test cards listed in Till."
        )
    );
}
