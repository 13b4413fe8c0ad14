//! Shared helpers for the simulator's integration tests.
#![allow(dead_code, clippy::expect_used, clippy::unwrap_used)]

use std::collections::HashMap;
use std::time::Duration;

use stripe::{Client, ClientBuilder, StripeError};
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionLineItems, CreateCheckoutSessionPaymentIntentData,
};
use stripe_checkout::{CheckoutSession, CheckoutSessionMode};
use stripe_sim::raw::{self, RawResponse};
use stripe_sim::{SimConfig, SimHandle};

pub const KEY: &str = "sk_test_simulator_tests_1234";

pub async fn sim() -> SimHandle {
    stripe_sim::start(SimConfig::default())
        .await
        .expect("simulator starts")
}

pub async fn sim_with(config: SimConfig) -> SimHandle {
    stripe_sim::start(config).await.expect("simulator starts")
}

pub fn client(sim: &SimHandle) -> Client {
    client_with_key(sim, KEY)
}

pub fn client_with_key(sim: &SimHandle, key: &str) -> Client {
    ClientBuilder::new(key)
        .url(sim.base_url())
        .timeout(Duration::from_secs(10))
        .build()
        .expect("client builds")
}

/// The standard test sale: 2 × Drip Coffee ($3.50), sale id in all three places.
pub fn coffee_session(sale_id: &str) -> CreateCheckoutSession {
    let mut item = CreateCheckoutSessionLineItems::new();
    item.price = Some("price_demo_coffee_usd".into());
    item.quantity = Some(2);
    let metadata = HashMap::from([("sale_id".to_string(), sale_id.to_string())]);
    let mut pi_data = CreateCheckoutSessionPaymentIntentData::new();
    pi_data.metadata = Some(metadata.clone());
    CreateCheckoutSession::new()
        .mode(CheckoutSessionMode::Payment)
        .line_items(vec![item])
        .client_reference_id(sale_id)
        .metadata(metadata)
        .payment_intent_data(pi_data)
        .success_url("http://127.0.0.1:9/return?session_id={CHECKOUT_SESSION_ID}")
        .cancel_url("http://127.0.0.1:9/cancel")
}

pub async fn create_coffee_session(client: &Client, sale_id: &str) -> CheckoutSession {
    coffee_session(sale_id)
        .send(client)
        .await
        .expect("session created")
}

/// The Stripe error of a failed request: `(status, type, code, param, message)`.
pub fn stripe_error(err: StripeError) -> (u16, String, Option<String>, Option<String>, String) {
    match err {
        StripeError::Stripe(error, status) => (
            status,
            error.type_.as_str().to_string(),
            error.code.as_ref().map(|c| c.as_str().to_string()),
            error.param.clone(),
            error.message.clone().unwrap_or_default(),
        ),
        other => panic!("expected an error from Stripe, got {other:?}"),
    }
}

/// A raw request to the simulator with a key (form-encoded body).
pub async fn raw_request(
    sim: &SimHandle,
    method: &str,
    path: &str,
    key: Option<&str>,
    body: &str,
    extra: &[(&str, &str)],
) -> RawResponse {
    let auth = key.map(|k| format!("Bearer {k}"));
    let mut headers: Vec<(&str, &str)> =
        vec![("Content-Type", "application/x-www-form-urlencoded")];
    if let Some(auth) = &auth {
        headers.push(("Authorization", auth));
    }
    headers.extend_from_slice(extra);
    raw::request(
        method,
        &format!("{}{path}", sim.base_url()),
        &headers,
        (!body.is_empty()).then_some(body.as_bytes()),
        Duration::from_secs(10),
    )
    .await
    .expect("simulator answers")
}

/// Asserts Stripe's error shape: `{"error": {"type", "message", ...}}` with the status.
pub fn assert_error_shape(response: &RawResponse, status: u16, kind: &str) -> serde_json::Value {
    assert_eq!(response.status, status, "body: {}", response.text());
    assert_eq!(
        response.header("content-type"),
        Some("application/json"),
        "errors are JSON"
    );
    let body = response.json().expect("JSON body");
    let error = body["error"].clone();
    assert_eq!(error["type"], kind, "{body}");
    assert!(
        error["message"].as_str().is_some_and(|m| !m.is_empty()),
        "{body}"
    );
    // The client the app uses must be able to read it.
    let parsed: Result<stripe::ApiErrors, _> = serde_json::from_value(error.clone());
    assert!(parsed.is_ok(), "async-stripe reads the error: {body}");
    error
}

/// Polls `check` until it returns `Some`, or panics after `timeout`.
pub async fn eventually<T>(timeout: Duration, mut check: impl FnMut() -> Option<T>) -> T {
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "condition not met within {timeout:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// `data.object` of an event, as raw JSON.
pub async fn event_object(sim: &SimHandle, event_id: &str) -> serde_json::Value {
    let response = raw_request(
        sim,
        "GET",
        &format!("/v1/events/{event_id}"),
        Some(KEY),
        "",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    response.json().expect("event JSON")["data"]["object"].clone()
}
