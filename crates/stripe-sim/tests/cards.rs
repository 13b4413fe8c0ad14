//! One test per test card in `shared/stripe-notes.md`, paid through the curl-friendly test
//! helper route and observed through async-stripe, as Till observes Stripe.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

mod common;

use common::*;
use stripe::{ApiErrorsType, Client};
use stripe_checkout::checkout_session::RetrieveCheckoutSession;
use stripe_checkout::{CheckoutSession, CheckoutSessionPaymentStatus, CheckoutSessionStatus};
use stripe_core::event::ListEvent;
use stripe_core::payment_intent::RetrievePaymentIntent;
use stripe_core::{PaymentIntent, PaymentIntentStatus};
use stripe_sim::SimHandle;
use stripe_types::Expandable;

/// Pays through `POST /v1/test_helpers/checkout/sessions/{id}/pay`; returns the helper's JSON.
async fn pay_over_http(sim: &SimHandle, session: &str, card: &str) -> serde_json::Value {
    let response = raw_request(
        sim,
        "POST",
        &format!("/v1/test_helpers/checkout/sessions/{session}/pay"),
        None,
        &format!("card_number={card}"),
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    response.json().unwrap()
}

async fn retrieve(client: &Client, session: &CheckoutSession) -> (CheckoutSession, PaymentIntent) {
    let retrieved = RetrieveCheckoutSession::new(session.id.clone())
        .expand(["payment_intent".to_string()])
        .send(client)
        .await
        .unwrap();
    let pi = match &retrieved.payment_intent {
        Some(Expandable::Object(pi)) => (**pi).clone(),
        other => panic!("payment_intent not expanded: {other:?}"),
    };
    (retrieved, pi)
}

async fn event_types(client: &Client) -> Vec<String> {
    ListEvent::new()
        .limit(100)
        .send(client)
        .await
        .unwrap()
        .data
        .iter()
        .map(|e| e.type_.to_string())
        .collect()
}

async fn assert_succeeds(card: &str) {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-card-ok").await;
    assert!(
        session.payment_intent.is_none(),
        "no PaymentIntent before the first attempt"
    );
    let reply = pay_over_http(&sim, session.id.as_str(), card).await;
    assert_eq!(reply["outcome"], "succeeded");
    let (session, pi) = retrieve(&client, &session).await;
    assert_eq!(session.status, Some(CheckoutSessionStatus::Complete));
    assert_eq!(session.payment_status, CheckoutSessionPaymentStatus::Paid);
    assert!(pi.id.as_str().starts_with("pi_"));
    assert_eq!(pi.status, PaymentIntentStatus::Succeeded);
    assert_eq!(pi.amount, 700);
    assert_eq!(pi.amount_received, 700);
    assert_eq!(
        pi.metadata["sale_id"], "sale-card-ok",
        "payment_intent_data[metadata] lands on the PaymentIntent"
    );
    assert!(pi.last_payment_error.is_none());
    let charge = pi
        .latest_charge
        .as_ref()
        .expect("latest_charge")
        .id()
        .to_string();
    assert!(charge.starts_with("ch_"));
    let with_charge = RetrievePaymentIntent::new(pi.id.clone())
        .expand(["latest_charge".to_string()])
        .send(&client)
        .await
        .unwrap();
    let Some(Expandable::Object(charge)) = with_charge.latest_charge else {
        panic!("charge not expanded")
    };
    assert!(charge.paid);
    assert_eq!(charge.amount, 700);
    assert_eq!(charge.metadata["sale_id"], "sale-card-ok");
    let types = event_types(&client).await;
    assert_eq!(types[0], "checkout.session.completed");
    assert_eq!(types[1], "payment_intent.succeeded");
    assert!(types.contains(&"charge.succeeded".to_string()));
}

async fn assert_declines(card: &str, code: &str, decline_code: Option<&str>, message: &str) {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-card-decline").await;
    let reply = pay_over_http(&sim, session.id.as_str(), card).await;
    assert_eq!(reply["outcome"], "declined");
    assert_eq!(reply["error"]["code"], code);
    let (retrieved, pi) = retrieve(&client, &session).await;
    assert_eq!(
        retrieved.status,
        Some(CheckoutSessionStatus::Open),
        "the customer may retry"
    );
    assert_eq!(
        retrieved.payment_status,
        CheckoutSessionPaymentStatus::Unpaid
    );
    assert_eq!(pi.status, PaymentIntentStatus::RequiresPaymentMethod);
    let error = pi.last_payment_error.as_ref().expect("last_payment_error");
    assert_eq!(error.type_, ApiErrorsType::CardError);
    assert_eq!(error.code.as_ref().map(|c| c.as_str()), Some(code));
    assert_eq!(error.decline_code.as_deref(), decline_code);
    assert_eq!(error.message.as_deref(), Some(message));
    let types = event_types(&client).await;
    assert_eq!(types[0], "payment_intent.payment_failed");
    assert!(!types.contains(&"checkout.session.completed".to_string()));

    // A retry with a good card pays the same PaymentIntent.
    let reply = pay_over_http(&sim, session.id.as_str(), "4242424242424242").await;
    assert_eq!(reply["outcome"], "succeeded");
    let (retrieved, paid) = retrieve(&client, &session).await;
    assert_eq!(retrieved.payment_status, CheckoutSessionPaymentStatus::Paid);
    assert_eq!(paid.id, pi.id);
    assert_eq!(paid.status, PaymentIntentStatus::Succeeded);
    assert!(paid.last_payment_error.is_none());
}

/// A 3-D Secure card: `requires_action` until the authentication is completed or failed.
async fn assert_three_d_secure(card: &str) {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-card-3ds").await;
    let reply = pay_over_http(&sim, session.id.as_str(), card).await;
    assert_eq!(reply["outcome"], "requires_action");
    let (retrieved, pi) = retrieve(&client, &session).await;
    assert_eq!(retrieved.status, Some(CheckoutSessionStatus::Open));
    assert_eq!(pi.status, PaymentIntentStatus::RequiresAction);
    assert!(pi.next_action.is_some());
    assert!(event_types(&client)
        .await
        .contains(&"payment_intent.requires_action".to_string()));

    // Failing the authentication: back to requires_payment_method.
    let response = raw_request(
        &sim,
        "POST",
        &format!(
            "/v1/test_helpers/checkout/sessions/{}/three_d_secure",
            session.id
        ),
        None,
        "outcome=fail",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let (retrieved, pi) = retrieve(&client, &session).await;
    assert_eq!(retrieved.status, Some(CheckoutSessionStatus::Open));
    assert_eq!(pi.status, PaymentIntentStatus::RequiresPaymentMethod);
    assert_eq!(
        pi.last_payment_error
            .as_ref()
            .and_then(|e| e.code.as_ref())
            .map(|c| c.as_str()),
        Some("payment_intent_authentication_failure")
    );

    // Same card again, and this time the authentication is completed.
    let reply = pay_over_http(&sim, session.id.as_str(), card).await;
    assert_eq!(reply["outcome"], "requires_action");
    let result = sim.complete_3ds(session.id.as_str(), true).unwrap();
    assert_eq!(result.outcome, stripe_sim::PayOutcome::Succeeded);
    let (retrieved, pi) = retrieve(&client, &session).await;
    assert_eq!(retrieved.status, Some(CheckoutSessionStatus::Complete));
    assert_eq!(retrieved.payment_status, CheckoutSessionPaymentStatus::Paid);
    assert_eq!(pi.status, PaymentIntentStatus::Succeeded);
    assert!(pi.next_action.is_none());
}

#[tokio::test]
async fn card_4242_4242_4242_4242_succeeds() {
    assert_succeeds("4242424242424242").await;
}

#[tokio::test]
async fn card_4000_0000_0000_9995_insufficient_funds() {
    assert_declines(
        "4000000000009995",
        "card_declined",
        Some("insufficient_funds"),
        "Your card has insufficient funds.",
    )
    .await;
}

#[tokio::test]
async fn card_4000_0025_0000_3155_requires_3ds() {
    assert_three_d_secure("4000002500003155").await;
}

#[tokio::test]
async fn card_4000_0000_0000_0002_generic_decline() {
    assert_declines(
        "4000000000000002",
        "card_declined",
        Some("generic_decline"),
        "Your card was declined.",
    )
    .await;
}

#[tokio::test]
async fn card_4000_0000_0000_9987_lost_card() {
    assert_declines(
        "4000000000009987",
        "card_declined",
        Some("lost_card"),
        "Your card was declined.",
    )
    .await;
}

#[tokio::test]
async fn card_4000_0000_0000_9979_stolen_card() {
    assert_declines(
        "4000000000009979",
        "card_declined",
        Some("stolen_card"),
        "Your card was declined.",
    )
    .await;
}

#[tokio::test]
async fn card_4000_0000_0000_0069_expired_card() {
    assert_declines(
        "4000000000000069",
        "expired_card",
        None,
        "Your card has expired.",
    )
    .await;
}

#[tokio::test]
async fn card_4000_0000_0000_0127_incorrect_cvc() {
    assert_declines(
        "4000000000000127",
        "incorrect_cvc",
        None,
        "Your card's security code is incorrect.",
    )
    .await;
}

#[tokio::test]
async fn card_4000_0000_0000_0119_processing_error() {
    assert_declines(
        "4000000000000119",
        "processing_error",
        None,
        "An error occurred while processing your card. Try again in a little bit.",
    )
    .await;
}

#[tokio::test]
async fn card_4242_4242_4242_4241_incorrect_number() {
    assert_declines(
        "4242424242424241",
        "incorrect_number",
        None,
        "Your card number is incorrect.",
    )
    .await;
}

#[tokio::test]
async fn card_4000_0027_6000_3184_always_requires_3ds() {
    assert_three_d_secure("4000002760003184").await;
}

#[tokio::test]
async fn malformed_card_details_never_reach_the_payment_intent() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-card-form").await;
    for (card, expiry, cvc) in [
        ("4242", "12/40", "123"),
        ("4242424242424242", "01/20", "123"),
        ("4242424242424242", "12/40", "1"),
    ] {
        let err = sim
            .pay_with(session.id.as_str(), card, expiry, cvc)
            .unwrap_err();
        assert!(
            matches!(err, stripe_sim::SimError::Api { status: 400, .. }),
            "{err}"
        );
    }
    let retrieved = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert!(
        retrieved.payment_intent.is_none(),
        "form errors create no PaymentIntent"
    );
}

#[tokio::test]
async fn sessions_without_card_refuse_cards() {
    let sim = sim().await;
    let client = client(&sim);
    let session = coffee_session("sale-bank-only")
        .allowed_payment_method_types(vec![
            stripe_checkout::checkout_session::CreateCheckoutSessionAllowedPaymentMethodTypes::SepaDebit,
        ])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(session.payment_method_types, vec!["sepa_debit".to_string()]);
    let err = sim
        .pay(session.id.as_str(), "4242424242424242")
        .unwrap_err();
    assert!(
        matches!(err, stripe_sim::SimError::Api { status: 400, .. }),
        "{err}"
    );
    let result = sim.pay_delayed(session.id.as_str(), "sepa_debit").unwrap();
    assert_eq!(result.outcome, stripe_sim::PayOutcome::Processing);
}
