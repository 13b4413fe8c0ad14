//! The sale end to end against the simulator: every test card, 3-D Secure, expiry, cancel,
//! cancel racing a payment, faults on create, poll and expire, and double charges.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use stripe_sim::Fault;
use till_core::checkout::{Source, WatchPolicy};
use till_harness::till::{register_with, test_settings, TestTill};

/// Rings up a latte and a muffin and charges them; returns the sale id.
async fn charge(till: &TestTill) -> String {
    till.register.clear().unwrap();
    till.register.add("price_demo_latte_usd", 2).unwrap();
    till.register.add("price_demo_muffin_usd", 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    assert_eq!(sale.state, "awaiting_payment");
    assert_eq!(sale.amount_total, 2 * 475 + 325);
    sale.id
}

async fn refresh(till: &TestTill, sale_id: &str) -> till_core::checkout::SaleView {
    till.checkout()
        .refresh(sale_id, Source::Poll)
        .await
        .unwrap()
        .expect("Stripe answered")
}

#[tokio::test]
async fn card_4242_pays_and_the_sale_records_the_payment() {
    let till = TestTill::start().await.unwrap();
    let sale_id = charge(&till).await;
    let session = till.session_of(&sale_id).unwrap();
    till.sim.pay(&session, "4242 4242 4242 4242").unwrap();
    let view = refresh(&till, &sale_id).await;
    assert_eq!(view.state, "paid");
    assert_eq!(view.status_text, "Paid");
    let record = till.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert!(record
        .payment_intent_id
        .as_deref()
        .is_some_and(|p| p.starts_with("pi_")));
    assert!(record.settled_at.is_some());
    // The session carries the sale and register ids, on the session and its PaymentIntent.
    let stored = till.sim.session(&session).unwrap();
    assert_eq!(stored["client_reference_id"], sale_id.as_str());
    assert_eq!(stored["metadata"]["till_sale_id"], sale_id.as_str());
    assert_eq!(stored["metadata"]["till_register_id"], "reg_systemtest");
    assert_eq!(
        stored["allowed_payment_method_types"],
        serde_json::json!(["card"])
    );
    // Looking again changes nothing: paid once.
    let again = refresh(&till, &sale_id).await;
    assert_eq!(again.state, "paid");
    let timeline = till.ledger().unwrap().timeline(&sale_id).unwrap();
    let kinds: Vec<&str> = timeline.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, vec!["created", "session_created", "completed_paid"]);
}

#[tokio::test]
async fn each_declining_card_leaves_the_sale_waiting_with_its_reason() {
    let cards = [
        (
            "4000000000009995",
            "insufficient_funds",
            "Declined — insufficient funds. Ask for another card.",
        ),
        (
            "4000000000000002",
            "generic_decline",
            "Declined by the card's bank. Ask for another card.",
        ),
        (
            "4000000000009987",
            "lost_card",
            "Declined by the card's bank. Ask for another card.",
        ),
        (
            "4000000000009979",
            "stolen_card",
            "Declined by the card's bank. Ask for another card.",
        ),
        (
            "4000000000000069",
            "expired_card",
            "Declined — the card has expired. Ask for another card.",
        ),
        (
            "4000000000000127",
            "incorrect_cvc",
            "Declined — wrong security code (CVC). The customer can check it and try again.",
        ),
        (
            "4000000000000119",
            "processing_error",
            "The card couldn't be processed. The customer can try again.",
        ),
        (
            "4242424242424241",
            "incorrect_number",
            "Declined — wrong card number. The customer can check it and try again.",
        ),
    ];
    let till = TestTill::start().await.unwrap();
    for (card, code, text) in cards {
        let sale_id = charge(&till).await;
        let session = till.session_of(&sale_id).unwrap();
        till.sim.pay(&session, card).unwrap();
        let view = refresh(&till, &sale_id).await;
        assert_eq!(view.state, "awaiting_payment", "{card}");
        assert_eq!(view.status_text, text, "{card}");
        let record = till.ledger().unwrap().require_sale(&sale_id).unwrap();
        assert_eq!(
            record.status_detail.as_deref(),
            Some(format!("declined:{code}").as_str()),
            "{card}"
        );
        // The customer may retry with a good card: the same sale is then paid.
        till.sim.pay(&session, "4242424242424242").unwrap();
        assert_eq!(refresh(&till, &sale_id).await.state, "paid", "{card}");
    }
}

#[tokio::test]
async fn three_d_secure_cards_show_progress_then_pay_or_fail() {
    let till = TestTill::start().await.unwrap();
    for card in ["4000002500003155", "4000002760003184"] {
        let sale_id = charge(&till).await;
        let session = till.session_of(&sale_id).unwrap();
        till.sim.pay(&session, card).unwrap();
        let view = refresh(&till, &sale_id).await;
        assert_eq!(view.status_text, "3-D Secure in progress", "{card}");
        till.sim.complete_3ds(&session, true).unwrap();
        assert_eq!(refresh(&till, &sale_id).await.state, "paid", "{card}");

        let sale_id = charge(&till).await;
        let session = till.session_of(&sale_id).unwrap();
        till.sim.pay(&session, card).unwrap();
        assert_eq!(
            refresh(&till, &sale_id).await.status_text,
            "3-D Secure in progress"
        );
        till.sim.complete_3ds(&session, false).unwrap();
        let view = refresh(&till, &sale_id).await;
        assert_eq!(view.state, "awaiting_payment", "{card}");
        assert!(
            view.status_text.contains("3-D Secure failed"),
            "{card}: {}",
            view.status_text
        );
    }
}

#[tokio::test]
async fn an_expired_session_expires_the_sale() {
    let till = TestTill::start().await.unwrap();
    let sale_id = charge(&till).await;
    till.sim
        .expire_now(&till.session_of(&sale_id).unwrap())
        .unwrap();
    let view = refresh(&till, &sale_id).await;
    assert_eq!(view.state, "expired");
    assert!(view.is_final);
}

#[tokio::test]
async fn cancel_expires_the_session_at_stripe_first() {
    let till = TestTill::start().await.unwrap();
    let sale_id = charge(&till).await;
    let session = till.session_of(&sale_id).unwrap();
    let view = till.checkout().cancel(&sale_id).await.unwrap();
    assert_eq!(view.state, "canceled");
    assert_eq!(till.sim.session(&session).unwrap()["status"], "expired");
    // Cancelling again is refused plainly and changes nothing.
    let again = till.checkout().cancel(&sale_id).await;
    assert!(
        again.is_ok()
            || again
                .as_ref()
                .is_err_and(|e| e.wire_code() == "cannot_cancel")
    );
    assert_eq!(
        till.ledger().unwrap().require_sale(&sale_id).unwrap().state,
        "canceled"
    );
}

/// Back to the cart after a cancelled sale, Charge again: a new sale and session for the same
/// items; the cancelled one stays cancelled.
#[tokio::test]
async fn charging_a_cart_again_after_its_sale_was_cancelled_is_a_new_sale() {
    let till = TestTill::start().await.unwrap();
    let first = charge(&till).await;
    let cancelled = till.checkout().cancel(&first).await.unwrap();
    assert_eq!(cancelled.state, "canceled");
    let again = till.register.charge(None).await.unwrap();
    assert_ne!(again.id, first);
    assert_eq!(again.state, "awaiting_payment");
    assert_eq!(again.amount_total, 2 * 475 + 325);
    assert_eq!(
        till.ledger().unwrap().require_sale(&first).unwrap().state,
        "canceled"
    );
    // Pressed twice, it is still one sale.
    let twice = till.register.charge(None).await.unwrap();
    assert_eq!(twice.id, again.id);
}

#[tokio::test]
async fn cancel_racing_a_payment_records_the_payment() {
    let till = TestTill::start().await.unwrap();
    let sale_id = charge(&till).await;
    // The customer pays just before staff press Cancel; Till has not looked yet.
    till.sim
        .pay(&till.session_of(&sale_id).unwrap(), "4242424242424242")
        .unwrap();
    let view = till.checkout().cancel(&sale_id).await.unwrap();
    assert_eq!(
        view.state, "paid",
        "Stripe refused the expire; the sale is paid, not cancelled"
    );
    let timeline = till.ledger().unwrap().timeline(&sale_id).unwrap();
    assert!(timeline
        .iter()
        .any(|e| e.to_state.as_deref() == Some("canceling")));
    assert_eq!(timeline.last().unwrap().to_state.as_deref(), Some("paid"));
}

#[tokio::test]
async fn a_double_charge_makes_one_sale_and_one_session() {
    let till = TestTill::start().await.unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let (first, second) = tokio::join!(till.register.charge(None), till.register.charge(None));
    let (first, second) = (first.unwrap(), second.unwrap());
    assert_eq!(first.id, second.id);
    assert_eq!(first.session_id, second.session_id);
    assert_eq!(till.sessions_at_stripe(&first.id).await.unwrap(), 1);
    // Changing the cart after a charge starts a new sale.
    till.register.add("price_demo_muffin_usd", 1).unwrap();
    let third = till.register.charge(None).await.unwrap();
    assert_ne!(third.id, first.id);
}

#[tokio::test]
async fn transient_faults_on_create_are_retried_with_the_same_key() {
    for fault in [
        Fault::server_error(2),
        Fault::rate_limit(1).with_should_retry(true),
        Fault::connection_reset(2),
        // Stripe created the session but the answer was lost: the retry must get it back.
        Fault::server_error(1).after_execution(),
        Fault::connection_reset(1).after_execution(),
    ] {
        let till = TestTill::start().await.unwrap();
        till.sim
            .inject_fault(fault.on_path("/v1/checkout/sessions").on_method("POST"));
        let sale_id = charge(&till).await;
        assert_eq!(
            till.sessions_at_stripe(&sale_id).await.unwrap(),
            1,
            "one session, never two"
        );
        assert_eq!(till.sim.armed_faults(), 0, "every armed failure happened");
    }
}

#[tokio::test]
async fn stripe_down_during_create_leaves_the_sale_saved_and_retry_finishes_it() {
    let till = TestTill::start().await.unwrap();
    till.sim.inject_fault(
        Fault::server_error(10)
            .on_path("/v1/checkout/sessions")
            .on_method("POST"),
    );
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let error = till.register.charge(None).await.unwrap_err();
    assert_eq!(error.wire_code(), "network");
    assert!(
        error.message.contains("The sale is saved"),
        "{}",
        error.message
    );
    let sales = till.checkout().recent(None, 5).await.unwrap();
    assert_eq!(sales.len(), 1);
    assert_eq!(sales[0].state, "creating");
    till.sim.clear_faults();
    let view = till.checkout().retry(&sales[0].id).await.unwrap();
    assert_eq!(view.state, "awaiting_payment");
    assert_eq!(till.sessions_at_stripe(&sales[0].id).await.unwrap(), 1);
}

#[tokio::test]
async fn a_permanent_refusal_fails_the_sale_and_says_why() {
    let till = TestTill::start().await.unwrap();
    // The simulator's 400 (a price Stripe no longer has) cannot be retried into success.
    till.register.add("price_demo_latte_usd", 1).unwrap();
    till.sim.inject_fault(
        Fault::server_error(1)
            .with_should_retry(false)
            .on_path("/v1/checkout/sessions")
            .on_method("POST"),
    );
    let error = till.register.charge(None).await.unwrap_err();
    assert_eq!(error.wire_code(), "stripe");
    assert_eq!(till.sim.armed_faults(), 0, "the refusal happened");
    let sales = till.checkout().recent(None, 5).await.unwrap();
    assert_eq!(sales[0].state, "failed");
}

/// Charge's refusals speak the till's language (Stripe's own words inside stay Stripe's); the
/// code the window branches on is the same in every language.
#[tokio::test]
async fn charge_refusals_are_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    german.load_cached_catalog().await.unwrap();
    let empty = german.charge(None).await.unwrap_err();
    assert_eq!(
        (empty.wire_code(), empty.message.as_str()),
        (
            "empty_cart",
            "Der Warenkorb ist leer. Fügen Sie vor dem Kassieren mindestens einen Artikel hinzu."
        )
    );
    german.add("price_demo_latte_usd", 1).unwrap();
    till.sim.inject_fault(
        Fault::server_error(1)
            .with_should_retry(false)
            .on_path("/v1/checkout/sessions")
            .on_method("POST"),
    );
    let refused = german.charge(None).await.unwrap_err();
    assert_eq!(refused.wire_code(), "stripe");
    assert!(
        refused.message.ends_with(
            ". Der Verkauf wurde als fehlgeschlagen markiert; es wurde nichts belastet."
        ),
        "{}",
        refused.message
    );
    // Till's words around Stripe's own are German too (Stripe's message stays Stripe's).
    assert!(
        refused.message.starts_with("Stripe hat mit 500 "),
        "{}",
        refused.message
    );
    // A catalog sync Stripe refuses, the same way; the cache stays as it was.
    till.sim.inject_fault(
        Fault::server_error(1)
            .with_should_retry(false)
            .on_path("/v1/products")
            .on_method("GET"),
    );
    let sync = german.sync_catalog().await.unwrap_err();
    assert!(
        sync.message.starts_with("Stripe hat mit 500 ") && sync.message.ends_with('.'),
        "{}",
        sync.message
    );
}

#[tokio::test]
async fn faults_while_watching_back_off_and_the_payment_is_still_seen() {
    let till = TestTill::start().await.unwrap();
    let sale_id = charge(&till).await;
    let session = till.session_of(&sale_id).unwrap();
    till.sim
        .inject_fault(Fault::server_error(2).on_method("GET"));
    till.sim.inject_fault(Fault::rate_limit(1).on_method("GET"));
    till.sim
        .inject_fault(Fault::connection_reset(1).on_method("GET"));
    till.sim.pay(&session, "4242424242424242").unwrap();
    let policy = WatchPolicy {
        fast: Duration::from_millis(10),
        max_error_backoff: Duration::from_millis(50),
        ..WatchPolicy::default()
    };
    let mut seen = Vec::new();
    let view = tokio::time::timeout(
        Duration::from_secs(20),
        till.checkout()
            .watch(&sale_id, policy, |v| seen.push(v.state.clone())),
    )
    .await
    .expect("the watcher finished")
    .unwrap();
    assert_eq!(view.state, "paid");
    assert_eq!(seen.first().map(String::as_str), Some("awaiting_payment"));
    assert_eq!(seen.last().map(String::as_str), Some("paid"));
    assert_eq!(
        till.sim.armed_faults(),
        0,
        "all four failing reads happened"
    );
}

#[tokio::test]
async fn faults_on_expire_are_retried_and_the_sale_is_cancelled() {
    for fault in [
        Fault::server_error(2),
        Fault::connection_reset(1).after_execution(),
        Fault::rate_limit(1),
    ] {
        let till = TestTill::start().await.unwrap();
        let sale_id = charge(&till).await;
        till.sim
            .inject_fault(fault.on_path("/v1/checkout/sessions/").on_method("POST"));
        let view = till.checkout().cancel(&sale_id).await.unwrap();
        assert_eq!(view.state, "canceled");
        assert_eq!(till.sim.armed_faults(), 0, "the expire failed first");
    }
}

#[tokio::test]
async fn the_return_page_wakes_the_watcher_at_once() {
    let till = TestTill::start().await.unwrap();
    let sale_id = charge(&till).await;
    let session = till.session_of(&sale_id).unwrap();
    // A slow policy: without the wake-up the watcher would not look again for a minute.
    let policy = WatchPolicy {
        fast: Duration::from_secs(60),
        ..WatchPolicy::default()
    };
    let checkout = till.checkout();
    let asked = checkout.gateway().http_stats().requests;
    let watch = checkout.watch(&sale_id, policy, |_| {});
    let pay_and_return = async {
        // Wait until Stripe has answered the watcher's first look (the sale is on screen and
        // the watcher is waiting): paying earlier would let that look see it paid, untested.
        while checkout.gateway().http_stats().requests == asked {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        till.sim.pay(&session, "4242424242424242").unwrap();
        assert_eq!(
            checkout.on_return_visit(&session).await.unwrap(),
            Some(sale_id.clone())
        );
    };
    let (view, ()) = tokio::time::timeout(Duration::from_secs(10), async {
        tokio::join!(watch, pay_and_return)
    })
    .await
    .expect("woken well before the 60 s poll");
    assert_eq!(view.unwrap().state, "paid");
}

#[tokio::test]
async fn bad_input_is_refused_with_a_code_and_nothing_is_recorded() {
    let till = TestTill::start().await.unwrap();
    let empty = till.register.charge(None).await.unwrap_err();
    assert_eq!(empty.wire_code(), "empty_cart");
    assert_eq!(
        till.register.add("price_nope", 1).unwrap_err().wire_code(),
        "not_found"
    );
    assert_eq!(
        till.register
            .add("price_demo_latte_usd", 0)
            .unwrap_err()
            .wire_code(),
        "quantity_out_of_range"
    );
    assert_eq!(
        till.register
            .add("price_demo_latte_usd", 1000)
            .unwrap_err()
            .wire_code(),
        "quantity_out_of_range"
    );
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let bad_email = till
        .register
        .charge(Some("not an email"))
        .await
        .unwrap_err();
    assert_eq!(bad_email.wire_code(), "invalid_email");
    assert!(
        till.checkout().recent(None, 5).await.unwrap().is_empty(),
        "nothing recorded"
    );
    assert_eq!(
        till.register.scan("0000000000000").unwrap_err().wire_code(),
        "unknown_code"
    );
}
