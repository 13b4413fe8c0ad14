//! The simulator at the wire: injected faults, webhook deliveries and their signatures, the
//! hosted checkout page, persistence across restarts, the binary.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

mod common;

use std::io::BufRead;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use common::*;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use stripe::{IdempotencyKey, RequestStrategy, StripeError, StripeRequest};
use stripe_checkout::checkout_session::{ListCheckoutSession, RetrieveCheckoutSession};
use stripe_checkout::{CheckoutSessionPaymentStatus, CheckoutSessionStatus};
use stripe_product::product::ListProduct;
use stripe_sim::{Fault, SimConfig};

// ---------------------------------------------------------------- faults

#[tokio::test]
async fn fault_server_error() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject_fault(Fault::server_error(1));
    let err = ListProduct::new().send(&client).await.unwrap_err();
    let (status, kind, _, _, _) = stripe_error(err);
    assert_eq!((status, kind.as_str()), (500, "api_error"));
    ListProduct::new()
        .send(&client)
        .await
        .expect("only the next request fails");

    // Over HTTP, with the retry header.
    let response = raw_request(
        &sim,
        "POST",
        "/v1/test_helpers/faults",
        None,
        "kind=server_error&count=2&should_retry=true",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    for _ in 0..2 {
        let response = raw_request(&sim, "GET", "/v1/products", Some(KEY), "", &[]).await;
        assert_error_shape(&response, 500, "api_error");
        assert_eq!(response.header("stripe-should-retry"), Some("true"));
    }
    let response = raw_request(&sim, "GET", "/v1/products", Some(KEY), "", &[]).await;
    assert_eq!(response.status, 200);
}

#[tokio::test]
async fn fault_rate_limit_with_should_retry() {
    let sim = sim().await;
    sim.inject_fault(Fault::rate_limit(1).with_should_retry(true));
    let response = raw_request(&sim, "GET", "/v1/products", Some(KEY), "", &[]).await;
    let error = assert_error_shape(&response, 429, "invalid_request_error");
    assert_eq!(error["code"], "rate_limit");
    assert_eq!(response.header("stripe-should-retry"), Some("true"));

    // Plain rate limits carry no retry header (Stripe's SDKs do not retry them).
    sim.inject_fault(Fault::rate_limit(1));
    let err = ListProduct::new().send(&client(&sim)).await.unwrap_err();
    assert_eq!(stripe_error(err).0, 429);
}

#[tokio::test]
async fn fault_connection_reset() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject_fault(Fault::connection_reset(1));
    let err = ListProduct::new().send(&client).await.unwrap_err();
    assert!(
        matches!(err, StripeError::ClientError(_)),
        "a transport error, got {err:?}"
    );
    let raw_attempt = stripe_sim::raw::request(
        "GET",
        &format!("{}/v1/products", sim.base_url()),
        &[("Authorization", &format!("Bearer {KEY}"))],
        None,
        Duration::from_secs(5),
    )
    .await;
    assert!(raw_attempt.is_ok(), "the fault was used up");
    sim.inject_fault(Fault::connection_reset(1));
    let raw_attempt = stripe_sim::raw::request(
        "GET",
        &format!("{}/v1/products", sim.base_url()),
        &[("Authorization", &format!("Bearer {KEY}"))],
        None,
        Duration::from_secs(5),
    )
    .await;
    assert!(raw_attempt.is_err(), "no response at all: {raw_attempt:?}");
}

#[tokio::test]
async fn fault_delay() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject_fault(Fault::delay(Duration::from_millis(400), 1));
    let started = Instant::now();
    ListProduct::new().send(&client).await.unwrap();
    assert!(started.elapsed() >= Duration::from_millis(400));

    // A client timeout shorter than the delay, on a request that executes first: the request
    // went through although the client saw no answer.
    sim.inject_fault(
        Fault::delay(Duration::from_secs(3), 1)
            .on_path("/v1/checkout/sessions")
            .on_method("POST")
            .after_execution(),
    );
    let result = coffee_session("sale-slow")
        .customize()
        .timeout(Duration::from_millis(300))
        .send(&client)
        .await;
    assert!(matches!(result, Err(StripeError::Timeout)), "{result:?}");
    let sessions = ListCheckoutSession::new().send(&client).await.unwrap();
    assert_eq!(sessions.data.len(), 1);
}

#[tokio::test]
async fn faults_match_path_and_method_and_spare_test_helpers() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject_fault(
        Fault::server_error(1)
            .on_path("/v1/checkout/sessions")
            .on_method("POST"),
    );
    // Neither a test helper nor another route consumes it.
    let response = raw_request(&sim, "GET", "/v1/test_helpers/faults", None, "", &[]).await;
    assert_eq!(response.status, 200);
    assert_eq!(response.json().unwrap()["data"][0]["kind"], "server_error");
    ListProduct::new().send(&client).await.unwrap();
    let err = coffee_session("sale-f").send(&client).await.unwrap_err();
    assert_eq!(stripe_error(err).0, 500);
    create_coffee_session(&client, "sale-f").await;
    let response = raw_request(&sim, "DELETE", "/v1/test_helpers/faults", None, "", &[]).await;
    assert_eq!(response.json().unwrap()["cleared"], 0);
}

#[tokio::test]
async fn a_skipping_fault_lets_its_first_matching_requests_through() {
    let sim = sim().await;
    sim.inject_fault(Fault::server_error(2).on_path("/v1/events").skipping(2));
    let events = |query: &'static str| {
        let sim = &sim;
        async move {
            raw_request(
                sim,
                "GET",
                &format!("/v1/events{query}"),
                Some(KEY),
                "",
                &[],
            )
            .await
            .status
        }
    };
    // Requests elsewhere do not count towards the skip.
    let response = raw_request(&sim, "GET", "/v1/products", Some(KEY), "", &[]).await;
    assert_eq!(response.status, 200);
    assert_eq!(events("").await, 200);
    assert_eq!(events("?limit=3").await, 200);
    assert_eq!(events("?limit=3").await, 500, "the third fails");
    assert_eq!(events("").await, 500);
    assert_eq!(events("").await, 200, "the fault is used up");
    assert_eq!(sim.armed_faults(), 0);

    // Over HTTP: `skip`, listed with the fault.
    let response = raw_request(
        &sim,
        "POST",
        "/v1/test_helpers/faults",
        None,
        "kind=server_error&path_prefix=/v1/events&skip=1",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.json().unwrap()["skip"], 1);
    assert_eq!(events("").await, 200);
    assert_eq!(events("").await, 500);
    assert_eq!(events("").await, 200);
}

#[tokio::test]
async fn emitted_events_share_their_second_and_keep_their_order() {
    let sim = sim().await;
    let cursor = sim.event_cursor();
    let ids = sim.emit_events(
        (0..5)
            .map(|i| {
                let object =
                    serde_json::json!({"id": format!("pi_burst_{i}"), "object": "payment_intent"});
                ("payment_intent.succeeded", object)
            })
            .collect(),
    );
    let emitted = sim.events_since(cursor);
    let listed: Vec<&str> = emitted.iter().map(|e| e["id"].as_str().unwrap()).collect();
    assert_eq!(listed, ids);
    assert!(emitted
        .iter()
        .all(|e| e["created"] == emitted[0]["created"] && e["type"] == "payment_intent.succeeded"));
    assert_eq!(emitted[4]["data"]["object"]["id"], "pi_burst_4");
    // Listed newest first, page by page.
    let response = raw_request(&sim, "GET", "/v1/events?limit=2", Some(KEY), "", &[]).await;
    let page = response.json().unwrap();
    assert_eq!(page["data"][0]["id"], ids[4].as_str());
    assert_eq!(page["data"][1]["id"], ids[3].as_str());
    assert_eq!(page["has_more"], true);
}

#[tokio::test]
async fn reset_after_execution_then_idempotent_retry_replays_the_result() {
    let sim = sim().await;
    let client = client(&sim);
    sim.inject_fault(
        Fault::connection_reset(1)
            .on_method("POST")
            .after_execution(),
    );
    let key = IdempotencyKey::new("sale-reset-1-charge").unwrap();
    let first = coffee_session("sale-reset-1")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key.clone()))
        .send(&client)
        .await;
    assert!(
        matches!(first, Err(StripeError::ClientError(_))),
        "{first:?}"
    );
    let retry = coffee_session("sale-reset-1")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key))
        .send(&client)
        .await
        .unwrap();
    let sessions = ListCheckoutSession::new().send(&client).await.unwrap();
    assert_eq!(sessions.data.len(), 1, "executed once");
    assert_eq!(sessions.data[0].id, retry.id);
}

#[tokio::test]
async fn server_error_after_execution_is_replayed_for_the_same_key() {
    let sim = sim().await;
    sim.inject_fault(Fault::server_error(1).on_method("POST").after_execution());
    let body = "mode=payment&line_items[0][price]=price_demo_bagel_usd&line_items[0][quantity]=1";
    let headers = [("Idempotency-Key", "k-500")];
    let first = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        body,
        &headers,
    )
    .await;
    assert_error_shape(&first, 500, "api_error");
    let second = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        body,
        &headers,
    )
    .await;
    assert_error_shape(&second, 500, "api_error");
    assert_eq!(second.header("idempotent-replayed"), Some("true"));
}

// ---------------------------------------------------------------- webhooks

/// One webhook request as received: headers and raw body.
type Delivery = (HeaderMap, Vec<u8>);

#[derive(Clone, Default)]
struct Received(Arc<Mutex<Vec<Delivery>>>);

/// A webhook receiver on 127.0.0.1 that answers with `statuses` in turn (then 200).
async fn receiver(statuses: Vec<u16>) -> (String, Received) {
    let received = Received::default();
    let answers = Arc::new(Mutex::new(statuses));
    let store = received.clone();
    let app = Router::new().route(
        "/webhook/stripe",
        post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let store = store.clone();
            let answers = answers.clone();
            async move {
                store.0.lock().unwrap().push((headers, body.to_vec()));
                let mut answers = answers.lock().unwrap();
                let status = if answers.is_empty() {
                    200
                } else {
                    answers.remove(0)
                };
                StatusCode::from_u16(status).unwrap()
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhook/stripe", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, received)
}

fn verify(secret: &str, header: &str, body: &[u8]) -> bool {
    let mut timestamp = None;
    let mut signatures = Vec::new();
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", t)) => timestamp = Some(t.to_string()),
            Some(("v1", v)) => signatures.push(v.to_string()),
            _ => {}
        }
    }
    let Some(timestamp) = timestamp else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(timestamp.as_bytes());
    mac.update(b".");
    mac.update(body);
    let expected = hex::encode(mac.finalize().into_bytes());
    signatures.contains(&expected)
}

#[test]
fn webhook_signature_reproduces_the_test_vector() {
    let payload = r#"{"id":"evt_test_1","object":"event","type":"checkout.session.completed","api_version":"2025-01-27.acacia","created":1700000000,"data":{"object":{"id":"cs_test_1","object":"checkout.session","status":"complete","payment_status":"paid","client_reference_id":"sale-42"}}}"#;
    let header = "t=1700000000,v1=5f1bad5044b589747ff606b1555f33a1f1579f278270cad0f76f88ffc1ad8b18";
    assert_eq!(
        stripe_sim::webhook::signature_header(
            "whsec_test_secret",
            1_700_000_000,
            payload.as_bytes()
        ),
        header
    );
    assert!(verify("whsec_test_secret", header, payload.as_bytes()));
    assert!(!verify("whsec_other", header, payload.as_bytes()));
}

#[tokio::test]
async fn webhooks_are_delivered_signed_as_stripe_signs() {
    let sim = sim().await;
    let client = client(&sim);
    let (url, received) = receiver(vec![]).await;
    sim.register_webhook(
        &url,
        Some("whsec_test_secret"),
        &["checkout.session.completed"],
    )
    .unwrap();
    let session = create_coffee_session(&client, "sale-hook").await;
    sim.pay(session.id.as_str(), "4242424242424242").unwrap();

    let (headers, body) = eventually(Duration::from_secs(5), || {
        received.0.lock().unwrap().first().cloned()
    })
    .await;
    let signature = headers["stripe-signature"].to_str().unwrap();
    assert!(signature.starts_with("t="), "{signature}");
    assert!(
        verify("whsec_test_secret", signature, &body),
        "signature verifies"
    );
    let timestamp: i64 = signature[2..signature.find(',').unwrap()].parse().unwrap();
    assert!((timestamp - sim.now()).abs() < 60);
    assert_eq!(headers["content-type"], "application/json; charset=utf-8");
    let event: serde_json::Value = serde_json::from_slice(&body).unwrap();
    assert_eq!(event["type"], "checkout.session.completed");
    assert_eq!(event["data"]["object"]["id"], session.id.as_str());
    assert_eq!(event["data"]["object"]["payment_status"], "paid");
    // Only the subscribed type was sent.
    assert_eq!(received.0.lock().unwrap().len(), 1);
    // Delivered: nothing pending on the event any more.
    let event_id = event["id"].as_str().unwrap().to_string();
    eventually(Duration::from_secs(5), || {
        sim.events()
            .into_iter()
            .find(|e| e["id"] == event_id.as_str())
            .filter(|e| e["pending_webhooks"] == 0)
    })
    .await;
}

#[tokio::test]
async fn webhook_endpoints_through_the_api_and_retries() {
    let sim = sim_with(SimConfig {
        webhook_retry_delays: vec![Duration::from_millis(50), Duration::from_millis(50)],
        ..SimConfig::default()
    })
    .await;
    let (url, received) = receiver(vec![500]).await;
    let response = raw_request(
        &sim,
        "POST",
        "/v1/webhook_endpoints",
        Some(KEY),
        &format!("url={url}&enabled_events[]=*"),
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let endpoint = response.json().unwrap();
    assert!(endpoint["id"].as_str().unwrap().starts_with("we_"));
    assert_eq!(endpoint["object"], "webhook_endpoint");
    let secret = endpoint["secret"].as_str().unwrap().to_string();
    assert!(secret.starts_with("whsec_"));
    let listed = raw_request(&sim, "GET", "/v1/webhook_endpoints", Some(KEY), "", &[]).await;
    assert_eq!(
        listed.json().unwrap()["data"][0]["secret"],
        serde_json::Value::Null
    );

    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-hook-2").await;
    sim.expire_now(session.id.as_str()).unwrap();
    // First attempt answered 500, the retry 200: the same event twice, both signed.
    let deliveries = eventually(Duration::from_secs(5), || {
        let got = received.0.lock().unwrap().clone();
        (got.len() >= 2).then_some(got)
    })
    .await;
    assert_eq!(deliveries[0].1, deliveries[1].1);
    for (headers, body) in &deliveries {
        assert!(verify(
            &secret,
            headers["stripe-signature"].to_str().unwrap(),
            body
        ));
    }
    let log = eventually(Duration::from_secs(5), || {
        let log = sim.webhook_deliveries();
        (log.len() >= 2).then_some(log)
    })
    .await;
    assert_eq!(log[0]["status"], 500);
    assert_eq!(log[1]["status"], 200);
    assert_eq!(log[1]["attempt"], 2);
}

// ---------------------------------------------------------------- hosted page

async fn page(url: &str, form: Option<&str>) -> stripe_sim::raw::RawResponse {
    let headers = [("Content-Type", "application/x-www-form-urlencoded")];
    stripe_sim::raw::request(
        if form.is_some() { "POST" } else { "GET" },
        url,
        &headers,
        form.map(str::as_bytes),
        Duration::from_secs(5),
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn hosted_page_pays_with_4242_and_redirects() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-page").await;
    let url = session.url.clone().unwrap();

    let shown = page(&url, None).await;
    assert_eq!(shown.status, 200);
    assert!(shown
        .header("content-type")
        .unwrap()
        .starts_with("text/html"));
    let html = shown.text();
    for id in [
        "id=\"cardNumber\"",
        "id=\"cardExpiry\"",
        "id=\"cardCvc\"",
        "id=\"submit\"",
        "id=\"email\"",
    ] {
        assert!(html.contains(id), "page has {id}");
    }
    assert!(html.contains("Drip Coffee"));
    assert!(html.contains("$7.00"));
    assert!(!html.contains("<script"), "no JavaScript needed");

    // A decline re-renders the form with Stripe's message; the session stays open.
    let declined = page(
        &url,
        Some("email=a%40b.c&cardNumber=4000+0000+0000+0002&cardExpiry=12+%2F+34&cardCvc=123"),
    )
    .await;
    assert_eq!(declined.status, 200);
    assert!(declined.text().contains("id=\"error\""));
    assert!(declined.text().contains("Your card was declined."));
    assert!(declined
        .text()
        .contains("id=\"email\" name=\"email\" type=\"email\" value=\"a@b.c\""));
    assert!(declined
        .text()
        .contains("id=\"cardExpiry\" name=\"cardExpiry\" placeholder=\"MM / YY\" value=\"\""));
    let open = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(open.status, Some(CheckoutSessionStatus::Open));

    // A form error (past expiry) changes nothing.
    let invalid = page(
        &url,
        Some("cardNumber=4242424242424242&cardExpiry=01%2F20&cardCvc=123"),
    )
    .await;
    assert!(invalid.text().contains("expiration year is in the past"));

    let paid = page(
        &url,
        Some("email=a%40b.c&billingName=Ada&cardNumber=4242+4242+4242+4242&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    assert_eq!(paid.status, 303);
    assert_eq!(
        paid.header("location"),
        Some(format!("http://127.0.0.1:9/return?session_id={}", session.id).as_str())
    );
    let done = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(done.status, Some(CheckoutSessionStatus::Complete));
    assert_eq!(done.payment_status, CheckoutSessionPaymentStatus::Paid);
    let details = done.customer_details.unwrap();
    assert_eq!(details.email.as_deref(), Some("a@b.c"));
    assert_eq!(details.name.as_deref(), Some("Ada"));

    let after = page(&url, None).await;
    assert!(after.text().contains("Thanks for your payment"));
}

#[tokio::test]
async fn hosted_page_three_d_secure_step() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-3ds-page").await;
    let url = session.url.clone().unwrap();
    let step = page(
        &url,
        Some("cardNumber=4000002500003155&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    assert_eq!(step.status, 303);
    let location = step.header("location").unwrap().to_string();
    assert_eq!(location, format!("/c/pay/{}/3ds", session.id));
    let challenge = page(&format!("{}{location}", sim.base_url()), None).await;
    assert!(challenge.text().contains("id=\"complete-3ds\""));
    assert!(challenge.text().contains("id=\"fail-3ds\""));
    let pi = sim.session(session.id.as_str()).unwrap()["payment_intent"]["status"].clone();
    assert_eq!(pi, "requires_action");

    let failed = page(
        &format!("{}{location}", sim.base_url()),
        Some("action=fail"),
    )
    .await;
    assert_eq!(failed.status, 303);
    let again = page(&url, None).await;
    assert!(
        again.text().contains("unable to authenticate"),
        "{}",
        again.text()
    );

    page(
        &url,
        Some("cardNumber=4000002760003184&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    let completed = page(
        &format!("{}{location}", sim.base_url()),
        Some("action=complete"),
    )
    .await;
    assert_eq!(completed.status, 303);
    assert!(completed
        .header("location")
        .unwrap()
        .contains(session.id.as_str()));
    let done = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(done.payment_status, CheckoutSessionPaymentStatus::Paid);
}

#[tokio::test]
async fn hosted_page_for_expired_and_unknown_sessions() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-gone").await;
    let url = session.url.clone().unwrap();
    let response = raw_request(
        &sim,
        "POST",
        &format!("/v1/test_helpers/checkout/sessions/{}/expire", session.id),
        None,
        "",
        &[],
    )
    .await;
    assert_eq!(response.json().unwrap()["status"], "expired");
    let shown = page(&url, None).await;
    assert!(shown.text().contains("expired"));
    let paid = page(
        &url,
        Some("cardNumber=4242424242424242&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    assert_eq!(paid.status, 200);
    let still = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(still.status, Some(CheckoutSessionStatus::Expired));
    let missing = page(&format!("{}/c/pay/cs_test_missing", sim.base_url()), None).await;
    assert_eq!(missing.status, 404);
}

// ---------------------------------------------------------------- persistence and lifecycle

#[tokio::test]
async fn state_persists_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sim-state.json");
    let config = SimConfig {
        state_file: Some(file.clone()),
        ..SimConfig::default()
    };
    let sim = sim_with(config.clone()).await;
    let client = client(&sim);
    let key = IdempotencyKey::new("sale-persist-key").unwrap();
    let session = coffee_session("sale-persist")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key.clone()))
        .send(&client)
        .await
        .unwrap();
    sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    let products_before = ListProduct::new()
        .limit(100)
        .send(&client)
        .await
        .unwrap()
        .data
        .len();
    sim.stop().await;
    assert!(file.exists());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");

    let sim = sim_with(config).await;
    let client = common::client(&sim);
    let again = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(again.payment_status, CheckoutSessionPaymentStatus::Paid);
    assert!(
        again.url.is_none(),
        "complete sessions have no URL (and open ones would carry the new port)"
    );
    let replay = coffee_session("sale-persist")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key))
        .send(&client)
        .await
        .unwrap();
    assert_eq!(replay.id, session.id, "idempotency keys survive a restart");
    let products_after = ListProduct::new()
        .limit(100)
        .send(&client)
        .await
        .unwrap()
        .data
        .len();
    assert_eq!(
        products_before, products_after,
        "the catalog is not seeded twice"
    );
    assert!(sim.events().len() >= 4);
}

#[tokio::test]
async fn stop_closes_the_port() {
    let sim = sim().await;
    let base = sim.base_url();
    sim.stop().await;
    let result = stripe_sim::raw::request(
        "GET",
        &format!("{base}/"),
        &[],
        None,
        Duration::from_secs(2),
    )
    .await;
    assert!(result.is_err(), "nothing listens after stop");
}

#[test]
fn the_binary_starts_in_under_a_second_and_prints_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_stripe-sim"))
        .args(["--port", "0", "--state"])
        .arg(dir.path().join("state.json"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let mut lines = std::io::BufReader::new(stdout).lines();
    let line = lines.next().unwrap().unwrap();
    let elapsed = started.elapsed();
    let base = line
        .strip_prefix("listening on ")
        .expect("the listening line")
        .to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");
    assert!(elapsed < Duration::from_secs(1), "started in {elapsed:?}");

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let response = runtime
        .block_on(stripe_sim::raw::request(
            "GET",
            &format!("{base}/v1/products/prod_demo_coffee"),
            &[("Authorization", "Bearer sk_test_binary")],
            None,
            Duration::from_secs(5),
        ))
        .unwrap();
    assert_eq!(response.status, 200);
    assert_eq!(response.json().unwrap()["metadata"]["sku"], "COF-001");

    // SIGTERM stops it gracefully, and nothing else was printed on stdout.
    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let exit = child.wait().unwrap();
    assert!(exit.success(), "{exit:?}");
    assert!(lines.next().is_none());
    assert!(dir.path().join("state.json").exists());
}

// ---------------------------------------------------------------- test helpers over HTTP

#[tokio::test]
async fn key_helpers_over_http() {
    let sim = sim().await;
    let response = raw_request(
        &sim,
        "POST",
        "/v1/test_helpers/keys/restricted",
        None,
        "key=rk_test_webdriver&permissions[]=checkout_session_write&permissions[]=rak_event_read",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let body = response.json().unwrap();
    assert_eq!(
        body["permissions"],
        serde_json::json!(["rak_checkout_session_write", "rak_event_read"])
    );
    assert!(
        !response.text().contains("rk_test_webdriver"),
        "the key is masked"
    );
    let allowed = raw_request(
        &sim,
        "GET",
        "/v1/events",
        Some("rk_test_webdriver"),
        "",
        &[],
    )
    .await;
    assert_eq!(allowed.status, 200);
    let denied = raw_request(
        &sim,
        "POST",
        "/v1/refunds",
        Some("rk_test_webdriver"),
        "payment_intent=pi_x",
        &[],
    )
    .await;
    let error = assert_error_shape(&denied, 403, "invalid_request_error");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .contains("rak_refund_write"));

    let bad = raw_request(
        &sim,
        "POST",
        "/v1/test_helpers/keys/restricted",
        None,
        "key=rk_test_x&permissions[]=everything",
        &[],
    )
    .await;
    let error = assert_error_shape(&bad, 400, "invalid_request_error");
    assert_eq!(error["param"], "permissions[0]");

    let response = raw_request(
        &sim,
        "POST",
        "/v1/test_helpers/keys/revoked",
        None,
        "key=sk_test_gone",
        &[],
    )
    .await;
    assert_eq!(response.status, 200);
    let gone = raw_request(&sim, "GET", "/v1/products", Some("sk_test_gone"), "", &[]).await;
    assert_error_shape(&gone, 401, "invalid_request_error");
}

#[tokio::test]
async fn clock_reset_and_webhook_helpers_over_http() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-clock").await;
    let response = raw_request(
        &sim,
        "POST",
        "/v1/test_helpers/clock/advance",
        None,
        "seconds=86401",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let expired = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(expired.status, Some(CheckoutSessionStatus::Expired));

    let (url, received) = receiver(vec![]).await;
    let response = raw_request(
        &sim,
        "POST",
        "/v1/test_helpers/webhook_endpoints",
        None,
        &format!(
            "url={url}&secret=whsec_fixed_for_tests&enabled_events[]=checkout.session.completed"
        ),
        &[],
    )
    .await;
    assert_eq!(response.json().unwrap()["secret"], "whsec_fixed_for_tests");
    let partial = raw_request(
        &sim,
        "POST",
        "/v1/webhook_endpoints",
        Some(KEY),
        &format!("url={url}&enabled_events[]=checkout.session.*"),
        &[],
    )
    .await;
    let error = assert_error_shape(&partial, 400, "invalid_request_error");
    assert_eq!(error["param"], "enabled_events[0]");
    let paid = create_coffee_session(&client, "sale-clock-2").await;
    sim.pay(paid.id.as_str(), "4242424242424242").unwrap();
    let (headers, body) = eventually(Duration::from_secs(5), || {
        received.0.lock().unwrap().first().cloned()
    })
    .await;
    assert!(verify(
        "whsec_fixed_for_tests",
        headers["stripe-signature"].to_str().unwrap(),
        &body
    ));
    eventually(Duration::from_secs(5), || {
        (!sim.webhook_deliveries().is_empty()).then_some(())
    })
    .await;
    let deliveries = raw_request(
        &sim,
        "GET",
        "/v1/test_helpers/webhook_deliveries",
        None,
        "",
        &[],
    )
    .await;
    let data = deliveries.json().unwrap()["data"].clone();
    assert_eq!(data[0]["status"], 200, "{data}");
    assert!(data[0]["event"].as_str().unwrap().starts_with("evt_"));

    let response = raw_request(&sim, "POST", "/v1/test_helpers/reset", None, "", &[]).await;
    assert_eq!(response.status, 200);
    let sessions = ListCheckoutSession::new().send(&client).await.unwrap();
    assert!(sessions.data.is_empty());
    let products = ListProduct::new().limit(100).send(&client).await.unwrap();
    assert!(products.data.len() >= 12);
}

#[tokio::test]
async fn stripe_version_header_is_accepted_and_echoed() {
    let sim = sim().await;
    let ok = raw_request(
        &sim,
        "GET",
        "/v1/products?limit=1",
        Some(KEY),
        "",
        &[("Stripe-Version", "2026-09-30.endive")],
    )
    .await;
    assert_eq!(ok.status, 200);
    assert_eq!(ok.header("stripe-version"), Some("2026-09-30.endive"));
    assert!(ok
        .header("request-id")
        .is_some_and(|id| id.starts_with("req_")));
    let bad = raw_request(
        &sim,
        "GET",
        "/v1/products",
        Some(KEY),
        "",
        &[("Stripe-Version", "yesterday")],
    )
    .await;
    assert_error_shape(&bad, 400, "invalid_request_error");
}

// ---------------------------------------------------------------- the page's language

#[tokio::test]
async fn locale_is_one_of_stripes_languages_and_is_returned() {
    use stripe_shared::CheckoutSessionLocale;
    let sim = sim().await;
    let client = client(&sim);
    let session = coffee_session("sale-locale-de")
        .locale(CheckoutSessionLocale::De)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(session.locale, Some(CheckoutSessionLocale::De));

    // A code Stripe has no page in is a 400 naming `locale`.
    let bad = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1&success_url=http%3A%2F%2F127.0.0.1%3A9%2F&locale=en-XA",
        &[],
    )
    .await;
    let error = assert_error_shape(&bad, 400, "invalid_request_error");
    assert_eq!(error["param"], "locale");
}

/// Every element WebDriver drives is on the page whatever its language.
fn assert_form_ids(html: &str) {
    for id in [
        "id=\"email\"",
        "id=\"billingName\"",
        "id=\"cardNumber\"",
        "id=\"cardExpiry\"",
        "id=\"cardCvc\"",
        "id=\"submit\"",
    ] {
        assert!(html.contains(id), "page has {id}: {html}");
    }
}

#[tokio::test]
async fn hosted_page_speaks_the_sessions_locale() {
    use stripe_shared::CheckoutSessionLocale as L;
    let sim = sim().await;
    let client = client(&sim);
    // The locale, the page's `lang`, words it has, words it has not.
    type Case = (
        L,
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    );
    let cases: [Case; 7] = [
        (
            L::De,
            "de",
            &[
                "Karteninformationen",
                "E-Mail",
                "Name auf der Karte",
                "Bezahlen 7,00\u{a0}$",
                "Testmodus",
                "Fälliger Gesamtbetrag",
            ],
            &["Card information", "Pay $7.00"],
        ),
        (
            L::Ja,
            "ja",
            &["カード情報", "$7.00 を支払う", "メール", "テストモード"],
            &["Card information", "Pay $7.00"],
        ),
        (
            L::Fr,
            "fr",
            &["Informations de carte", "Payer 7,00\u{a0}$"],
            &["Card information"],
        ),
        (
            L::FrMinusCa,
            "fr",
            &["Informations de carte", "Payer 7,00\u{a0}$"],
            &["Card information"],
        ),
        (
            L::EsMinus419,
            "es",
            &["Información de la tarjeta", "Pagar 7,00\u{a0}$"],
            &["Card information"],
        ),
        (
            L::Auto,
            "en",
            &[
                "Card information",
                "Pay $7.00",
                "Cardholder name",
                "Test mode",
            ],
            &["Karteninformationen"],
        ),
        (L::It, "en", &["Card information", "Pay $7.00"], &[]),
    ];
    for (i, (locale, lang, present, absent)) in cases.into_iter().enumerate() {
        let session = coffee_session(&format!("sale-page-locale-{i}"))
            .locale(locale)
            .send(&client)
            .await
            .unwrap();
        let html = page(&session.url.unwrap(), None).await.text();
        assert!(
            html.contains(&format!("<html lang=\"{lang}\">")),
            "{lang}: {html}"
        );
        assert_form_ids(&html);
        for word in present {
            assert!(html.contains(word), "{lang} has {word:?}: {html}");
        }
        for word in absent {
            assert!(!html.contains(word), "{lang} lacks {word:?}: {html}");
        }
    }
}

#[tokio::test]
async fn a_german_session_declines_in_german_and_the_api_stays_english() {
    use stripe_shared::CheckoutSessionLocale;
    let sim = sim().await;
    let client = client(&sim);
    let session = coffee_session("sale-page-de-decline")
        .locale(CheckoutSessionLocale::De)
        .send(&client)
        .await
        .unwrap();
    let url = session.url.clone().unwrap();

    let invalid = page(
        &url,
        Some("cardNumber=4242424242424242&cardExpiry=01%2F20&cardCvc=123"),
    )
    .await
    .text();
    assert!(
        invalid.contains("Das Ablaufjahr Ihrer Karte liegt in der Vergangenheit."),
        "{invalid}"
    );

    let declined = page(
        &url,
        Some("email=a%40b.c&cardNumber=4000+0000+0000+0002&cardExpiry=12+%2F+34&cardCvc=123"),
    )
    .await;
    assert_eq!(declined.status, 200);
    let html = declined.text();
    assert!(
        html.contains(
            "<div class=\"error\" id=\"error\" role=\"alert\">Ihre Karte wurde abgelehnt.</div>"
        ),
        "{html}"
    );
    assert!(!html.contains("Your card was declined"), "{html}");
    assert_form_ids(&html);
    assert!(html.contains("placeholder=\"MM / JJ\""), "{html}");
    // Shown again on a reload, still in German.
    assert!(page(&url, None)
        .await
        .text()
        .contains("Ihre Karte wurde abgelehnt."));
    // The API says what Stripe's API says: English.
    let stored = sim.session(session.id.as_str()).unwrap();
    assert_eq!(
        stored["payment_intent"]["last_payment_error"]["message"],
        "Your card was declined."
    );

    let paid = page(
        &url,
        Some("email=a%40b.c&cardNumber=4242424242424242&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    assert_eq!(paid.status, 303);
    let done = page(&url, None).await.text();
    assert!(done.contains("<html lang=\"de\">"), "{done}");
    assert!(done.contains("Vielen Dank für Ihre Zahlung"), "{done}");
    assert!(done.contains("Zurück zum Händler"), "{done}");
}

#[tokio::test]
async fn three_d_secure_page_speaks_the_sessions_locale() {
    use stripe_shared::CheckoutSessionLocale;
    let sim = sim().await;
    let client = client(&sim);
    let session = coffee_session("sale-page-ja-3ds")
        .locale(CheckoutSessionLocale::Ja)
        .send(&client)
        .await
        .unwrap();
    let url = session.url.clone().unwrap();
    let step = page(
        &url,
        Some("cardNumber=4000002500003155&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    assert_eq!(step.status, 303);
    let location = step.header("location").unwrap().to_string();
    let challenge = page(&format!("{}{location}", sim.base_url()), None)
        .await
        .text();
    assert!(challenge.contains("<html lang=\"ja\">"), "{challenge}");
    assert!(
        challenge.contains("3D セキュア 2 テストページ"),
        "{challenge}"
    );
    assert!(
        challenge.contains("$7.00 のテスト認証を完了するか、失敗させてください。"),
        "{challenge}"
    );
    assert!(challenge.contains("id=\"complete-3ds\" type=\"submit\">完了</button>"));
    assert!(challenge.contains("id=\"fail-3ds\" class=\"secondary\" type=\"submit\">失敗</button>"));
    let failed = page(
        &format!("{}{location}", sim.base_url()),
        Some("action=fail"),
    )
    .await;
    assert_eq!(failed.status, 303);
    let again = page(&url, None).await.text();
    assert!(again.contains("お支払い方法を認証できません。"), "{again}");

    // An English session's 3-D Secure page is as it was.
    let english = create_coffee_session(&client, "sale-page-en-3ds").await;
    let step = page(
        &english.url.unwrap(),
        Some("cardNumber=4000002500003155&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    let location = step.header("location").unwrap().to_string();
    let challenge = page(&format!("{}{location}", sim.base_url()), None)
        .await
        .text();
    assert!(challenge.contains("<html lang=\"en\">"));
    assert!(challenge.contains("<h1 id=\"title\">3D Secure 2 Test Page</h1>"));
    assert!(challenge.contains("Complete or fail this test authentication of $7.00."));
}

#[tokio::test]
async fn a_page_without_a_session_follows_the_browsers_language() {
    let sim = sim().await;
    let missing = format!("{}/c/pay/cs_test_missing", sim.base_url());
    let german = stripe_sim::raw::request(
        "GET",
        &missing,
        &[("Accept-Language", "de-DE,de;q=0.9,en;q=0.8")],
        None,
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(german.status, 404);
    assert!(german.text().contains("<html lang=\"de\">"));
    assert!(german.text().contains("Etwas ist schiefgelaufen"));
    let english = page(&missing, None).await;
    assert_eq!(english.status, 404);
    assert!(english.text().contains("<html lang=\"en\">"));
    assert!(english.text().contains("Something went wrong"));
}

// ---------------------------------------------------------------- custom text, shop network

#[tokio::test]
async fn custom_text_is_returned_shown_and_limited_to_1200_characters() {
    use stripe_checkout::checkout_session::{
        CreateCheckoutSessionCustomText, CustomTextPositionParam,
    };
    let sim = sim().await;
    let client = client(&sim);
    let mut text = CreateCheckoutSessionCustomText::new();
    text.after_submit = Some(CustomTextPositionParam::new(
        "Show this screen at the counter <b>now</b>.",
    ));
    text.submit = Some(CustomTextPositionParam::new("Above the button."));
    // Typed all the way: async-stripe reads the session back with its custom text.
    let session = coffee_session("sale-text")
        .custom_text(text)
        .send(&client)
        .await
        .unwrap();
    let custom = session.custom_text;
    assert_eq!(
        custom.after_submit.map(|t| t.message),
        Some("Show this screen at the counter <b>now</b>.".to_string())
    );
    assert_eq!(
        custom.submit.map(|t| t.message).as_deref(),
        Some("Above the button.")
    );
    assert!(custom.shipping_address.is_none());

    // On the hosted page: after the Pay button, escaped; and again once paid.
    let url = session.url.unwrap();
    let html = page(&url, None).await.text();
    let button = html.find("id=\"submit\"").unwrap();
    let after = html
        .find("<p class=\"custom-text\" id=\"custom-text-after-submit\">Show this screen at the counter &lt;b&gt;now&lt;/b&gt;.</p>")
        .expect("the after-submit text is on the page");
    assert!(after > button, "after the Pay button");
    assert!(html.contains("id=\"custom-text-submit\">Above the button.</p>"));
    sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    let done = page(&url, None).await.text();
    assert!(done.contains("Thanks for your payment"));
    assert!(done.contains("Show this screen at the counter &lt;b&gt;now&lt;/b&gt;."));

    // Stripe's documented limit: 1,200 characters (per position); more is a 400 naming it.
    let at_limit = "é".repeat(1200);
    let mut text = CreateCheckoutSessionCustomText::new();
    text.after_submit = Some(CustomTextPositionParam::new(at_limit.clone()));
    coffee_session("sale-text-1200")
        .custom_text(text)
        .send(&client)
        .await
        .expect("1,200 characters are accepted");
    let mut text = CreateCheckoutSessionCustomText::new();
    text.after_submit = Some(CustomTextPositionParam::new(format!("{at_limit}x")));
    let err = coffee_session("sale-text-1201")
        .custom_text(text)
        .send(&client)
        .await
        .unwrap_err();
    let (status, kind, _, param, message) = stripe_error(err);
    assert_eq!(status, 400);
    assert_eq!(kind, "invalid_request_error");
    assert_eq!(param.as_deref(), Some("custom_text[after_submit][message]"));
    assert!(
        message.contains("must be at most 1200 characters"),
        "{message}"
    );

    // Unknown positions are named, as every unknown parameter.
    let unknown = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1&success_url=http%3A%2F%2F127.0.0.1%3A9%2F&custom_text[footer][message]=x",
        &[],
    )
    .await;
    let error = assert_error_shape(&unknown, 400, "invalid_request_error");
    assert_eq!(error["param"], "custom_text[footer]");
}

#[tokio::test]
async fn checkout_pages_on_another_address_need_the_token() {
    let token = "0123456789abcdef0123456789abcdef";
    let sim = sim_with(SimConfig {
        lan_checkout: Some(stripe_sim::LanCheckout {
            addr: "127.0.0.1:0".parse().unwrap(),
            token: token.into(),
        }),
        ..SimConfig::default()
    })
    .await;
    let base = sim.page_base();
    assert!(base.ends_with(&format!("/t/{token}")), "{base}");
    assert_ne!(base, sim.base_url());
    let client = client(&sim);
    let session = coffee_session("sale-lan")
        .success_url(format!("{base}/c/pay/{{CHECKOUT_SESSION_ID}}"))
        .send(&client)
        .await
        .unwrap();
    let url = session.url.clone().unwrap();
    assert_eq!(url, format!("{base}/c/pay/{}", session.id));
    assert_eq!(sim.checkout_url(session.id.as_str()), url);

    // With the token: the page, its form posting under the token.
    let shown = page(&url, None).await;
    assert_eq!(shown.status, 200);
    assert!(shown
        .text()
        .contains(&format!("action=\"/t/{token}/c/pay/{}\"", session.id)));

    // Without it, with another one, or for anything but the pages: 404.
    let origin = base.trim_end_matches(&format!("/t/{token}"));
    for path in [
        format!("/c/pay/{}", session.id),
        format!("/t/{}/c/pay/{}", "f".repeat(32), session.id),
        format!("/t/{token}"),
        format!("/t/{token}/v1/checkout/sessions"),
        "/v1/checkout/sessions".to_string(),
        "/v1/test_helpers/clock/advance".to_string(),
        "/".to_string(),
    ] {
        let response = page(&format!("{origin}{path}"), None).await;
        assert_eq!(response.status, 404, "{path}");
        assert!(!response.text().contains("Drip Coffee"), "{path}");
    }

    // 3-D Secure and the redirect stay under the token; paying works there.
    let step = page(
        &url,
        Some("cardNumber=4000002500003155&cardExpiry=12%2F34&cardCvc=123"),
    )
    .await;
    assert_eq!(
        step.header("location"),
        Some(format!("/t/{token}/c/pay/{}/3ds", session.id).as_str())
    );
    let challenge = page(&format!("{url}/3ds"), None).await.text();
    assert!(challenge.contains(&format!("action=\"/t/{token}/c/pay/{}/3ds\"", session.id)));
    let completed = page(&format!("{url}/3ds"), Some("action=complete")).await;
    assert_eq!(completed.header("location"), Some(url.as_str()));
    let done = page(&url, None).await.text();
    assert!(done.contains("Thanks for your payment"));
    assert!(
        !done.contains("id=\"continue\""),
        "no link back to the same page"
    );

    // The API stays on 127.0.0.1 and reports the tokened URL while open.
    let other = create_coffee_session(&client, "sale-lan-2").await;
    assert!(other.url.unwrap().starts_with(&base));
}
