//! Authoritative events: the webhook signature verifier against independent signers, events
//! applied once whatever their order or number, payments made while Till was stopped picked
//! up by the Events API poller and by the webhook path, and reconciliation repairing an edited
//! ledger and importing another till's sale.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use stripe_sim::SimHandle;
use till_core::checkout::Source;
use till_core::events;
use till_core::mode::Mode;
use till_core::reconcile::{self, ReconcileOptions};
use till_core::register::Register;
use till_core::startup;
use till_core::store::Ledger;
use till_core::webhook::{self, SignatureError, WebhookEndpoint, WebhookSecret};
use till_harness::till::{deliver, register_with, test_settings, tillctl, TestTill, TEST_KEY};

// ------------------------------------------------------------------ helpers

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

/// Rings up a latte and a muffin and charges them; returns the sale id.
async fn charge(register: &Register) -> String {
    register.clear().unwrap();
    register.add("price_demo_latte_usd", 2).unwrap();
    register.add("price_demo_muffin_usd", 1).unwrap();
    let sale = register.charge(None).await.unwrap();
    assert_eq!(sale.state, "awaiting_payment");
    sale.id
}

/// A register of another till (its own register id and ledger) on the same simulator.
async fn second_till(api_base: &str, dir: &Path, register_id: &str) -> Register {
    let register = register_with(api_base, dir, test_settings(register_id)).unwrap();
    register.sync_catalog().await.unwrap();
    register
}

/// Refunds a PaymentIntent at the simulator through its API, as the Dashboard would.
async fn refund(sim: &SimHandle, payment_intent: &str, amount: Option<i64>) -> Value {
    let mut body = format!("payment_intent={payment_intent}");
    if let Some(amount) = amount {
        body.push_str(&format!("&amount={amount}"));
    }
    let response = stripe_sim::raw::request(
        "POST",
        &format!("{}/v1/refunds", sim.base_url()),
        &[
            ("Authorization", &format!("Bearer {TEST_KEY}")),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        Some(body.as_bytes()),
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(response.status, 200, "{}", response.text());
    response.json().unwrap()
}

/// The simulator's events about a sale (its session, PaymentIntent, charge, refunds), oldest first.
fn events_of(sim: &SimHandle, sale_id: &str, session_id: &str, payment_intent: &str) -> Vec<Value> {
    sim.events()
        .into_iter()
        .filter(|e| {
            let o = &e["data"]["object"];
            o["id"] == session_id
                || o["id"] == payment_intent
                || o["payment_intent"] == payment_intent
                || o["metadata"]["till_sale_id"] == sale_id
        })
        .collect()
}

fn timeline_count(ledger: &Ledger, sale_id: &str, to_state: &str) -> usize {
    ledger
        .timeline(sale_id)
        .unwrap()
        .iter()
        .filter(|e| e.to_state.as_deref() == Some(to_state))
        .count()
}

/// Waits for `check` to hold, polling the ledger; fails after `limit`.
async fn eventually(limit: Duration, what: &str, mut check: impl FnMut() -> bool) {
    let started = Instant::now();
    while !check() {
        assert!(started.elapsed() < limit, "timed out waiting for {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn json_of(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "tillctl printed no JSON ({e}): status {:?} stdout {:?} stderr {:?}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

// ------------------------------------------------------------------ signatures

const VECTOR_PAYLOAD: &str = r#"{"id":"evt_test_1","object":"event","type":"checkout.session.completed","api_version":"2025-01-27.acacia","created":1700000000,"data":{"object":{"id":"cs_test_1","object":"checkout.session","status":"complete","payment_status":"paid","client_reference_id":"sale-42"}}}"#;

#[test]
fn the_verifier_reproduces_the_stripe_notes_test_vector() {
    let secret = WebhookSecret::new("whsec_test_secret").unwrap();
    let header = "t=1700000000,v1=5f1bad5044b589747ff606b1555f33a1f1579f278270cad0f76f88ffc1ad8b18";
    assert_eq!(
        webhook::verify(
            &secret,
            Some(header),
            VECTOR_PAYLOAD.as_bytes(),
            1_700_000_100,
            300
        ),
        Ok(1_700_000_000)
    );
    // The simulator's signer (written separately, in stripe-sim) makes the same header.
    assert_eq!(
        stripe_sim::webhook::signature_header(
            "whsec_test_secret",
            1_700_000_000,
            VECTOR_PAYLOAD.as_bytes()
        ),
        header
    );
}

/// A small deterministic generator (xorshift64*), so failures can be replayed from the seed.
struct Rng(u64);

impl Rng {
    fn with_seed(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// In `low..high`.
    fn below(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low)
    }

    fn bool(&mut self) -> bool {
        self.next() & 1 == 1
    }
}

fn random_text(rng: &mut Rng, max: usize) -> String {
    const ALPHABET: &[char] = &[
        'a', 'Z', '0', ' ', ',', '=', '.', '"', '\\', '\n', 'é', '€', '日', '🙂', '{', '}', 't',
        'v', '1',
    ];
    (0..rng.below(0, max as u64 + 1))
        .map(|_| ALPHABET[rng.below(0, ALPHABET.len() as u64) as usize])
        .collect()
}

fn random_secret(rng: &mut Rng) -> String {
    let rest: String = (0..rng.below(1, 48))
        .map(|_| {
            let c = rng.below(0, 63);
            match c {
                0..=9 => (b'0' + c as u8) as char,
                10..=35 => (b'a' + (c - 10) as u8) as char,
                36..=61 => (b'A' + (c - 36) as u8) as char,
                _ => '_',
            }
        })
        .collect();
    format!("whsec_{rest}")
}

/// One randomized case: what is signed, what is presented, and whether it should pass.
struct Case {
    secret: String,
    timestamp: i64,
    payload: String,
    header: Option<String>,
    verify_secret: String,
    verify_payload: String,
    expect: Result<(), SignatureError>,
}

fn random_cases(count: usize, seed: u64) -> Vec<Case> {
    let mut rng = Rng::with_seed(seed);
    let now = unix_now();
    (0..count)
        .map(|i| {
            let secret = random_secret(&mut rng);
            let fresh = now - rng.below(0, 240) as i64;
            let payload = serde_json::to_string_pretty(&json!({
                "id": format!("evt_{i}{}", rng.next() % 1_000_000), "object": "event", "type": "checkout.session.completed",
                "created": fresh, "data": {"object": {"note": random_text(&mut rng, 40)}}
            }))
            .unwrap();
            let sign = |t: i64, body: &str, key: &str| stripe_sim::webhook::sign(key, t, body.as_bytes());
            let mut case = Case {
                secret: secret.clone(),
                timestamp: fresh,
                payload: payload.clone(),
                header: None,
                verify_secret: secret.clone(),
                verify_payload: payload.clone(),
                expect: Ok(()),
            };
            match i % 8 {
                0 => {}
                1 => {
                    // Tampered: one character more in the body.
                    case.verify_payload = payload.replacen("\"object\": \"event\"", "\"object\": \"events\"", 1);
                    case.expect = Err(SignatureError::Mismatch);
                }
                2 => {
                    case.verify_secret = random_secret(&mut rng);
                    case.expect = Err(SignatureError::Mismatch);
                }
                3 => {
                    case.timestamp = now - rng.below(400, 10_000_000) as i64;
                    case.expect = Err(SignatureError::TooOld { age: 0, tolerance: 300 });
                }
                4 => {
                    case.header = Some(String::new());
                    case.expect = Err(SignatureError::Missing);
                }
                5 => {
                    // Several v1 values (a secret being rolled), the good one anywhere.
                    let good = sign(fresh, &payload, &secret);
                    let other = sign(fresh, &payload, &random_secret(&mut rng));
                    case.header = Some(if rng.bool() {
                        format!("t={fresh},v1={other},v1={good}")
                    } else {
                        format!("t={fresh},v1={good},v1={other},v0={other}")
                    });
                }
                6 => {
                    // v0 only: not Stripe's scheme, even with the right value.
                    case.header = Some(format!("t={fresh},v0={}", sign(fresh, &payload, &secret)));
                    case.expect = Err(SignatureError::NoV1);
                }
                _ => {
                    // The signature of another timestamp.
                    case.header = Some(format!("t={fresh},v1={}", sign(fresh - 1, &payload, &secret)));
                    case.expect = Err(SignatureError::Mismatch);
                }
            }
            case
        })
        .collect()
}

/// Our verdict on a case, with `header` standing for the honestly signed header.
fn our_verdict(case: &Case, signed: &str) -> Result<(), SignatureError> {
    let header = case.header.clone().unwrap_or_else(|| signed.to_string());
    let secret = WebhookSecret::new(&case.verify_secret).unwrap();
    webhook::verify(
        &secret,
        Some(&header),
        case.verify_payload.as_bytes(),
        unix_now(),
        300,
    )
    .map(|_| ())
    .map_err(|e| match e {
        SignatureError::TooOld { .. } => SignatureError::TooOld {
            age: 0,
            tolerance: 300,
        },
        other => other,
    })
}

#[test]
fn the_verifier_agrees_with_the_simulators_signer_on_random_cases() {
    for case in random_cases(400, 7) {
        let signed = stripe_sim::webhook::signature_header(
            &case.secret,
            case.timestamp,
            case.payload.as_bytes(),
        );
        assert_eq!(
            our_verdict(&case, &signed),
            case.expect,
            "payload {:?}",
            case.payload
        );
    }
}

/// The interpreter of the virtualenv that `scripts/deps.sh test` makes with the official `stripe`
/// package (`TILL_PYTHON_VENV`, decided by `scripts/common.sh` alone). Never another `python3`:
/// one without the pinned package proves nothing.
fn stripe_python() -> PathBuf {
    let python = till_harness::shared_path("TILL_PYTHON_VENV")
        .unwrap()
        .join("bin/python3");
    let ok = Command::new(&python)
        .args(["-c", "import stripe"])
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "{} has no stripe package: run scripts/deps.sh test (it makes that virtualenv)",
        python.display()
    );
    python
}

#[test]
fn the_verifier_agrees_with_stripe_python_on_random_payloads_secrets_and_timestamps() {
    let cases = random_cases(240, 42);
    let input: Vec<Value> = cases
        .iter()
        .map(|c| {
            json!({"secret": c.secret, "timestamp": c.timestamp, "payload": c.payload, "header": c.header,
                   "verify_secret": c.verify_secret, "verify_payload": c.verify_payload})
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cases.json");
    std::fs::write(&file, serde_json::to_vec(&input).unwrap()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/stripe_signature_oracle.py");
    let output = Command::new(stripe_python())
        .arg(&script)
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let answer: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(answer["version"], "16.1.0", "the pinned stripe-python");
    let results = answer["results"].as_array().unwrap();
    assert_eq!(results.len(), cases.len());
    let mut accepted = 0;
    for (case, result) in cases.iter().zip(results) {
        let generated = result["generated"].as_str().unwrap();
        // Stripe-python's signer and the simulator's agree byte for byte...
        assert_eq!(
            generated,
            stripe_sim::webhook::signature_header(
                &case.secret,
                case.timestamp,
                case.payload.as_bytes()
            )
        );
        // ... and stripe-python's verdict is ours.
        let ours = our_verdict(case, generated);
        let theirs = result["verdict"].as_str().unwrap();
        assert_eq!(
            ours.is_ok(),
            theirs == "accepted",
            "ours {ours:?}, stripe-python {theirs:?}, expected {:?}, header {:?}",
            case.expect,
            case.header
        );
        assert_eq!(ours, case.expect);
        accepted += usize::from(ours.is_ok());
    }
    assert!(
        accepted >= cases.len() / 8,
        "valid cases were tested too ({accepted})"
    );
}

// ------------------------------------------------------------------ applied once

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicated_out_of_order_and_unknown_events_are_applied_once() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let sale_id = charge(&till.register).await;
    let session = till.session_of(&sale_id).unwrap();
    // A decline, then a payment, then two refunds, at Stripe; Till hears nothing yet.
    till.sim.pay(&session, "4000000000009995").unwrap();
    let paid = till.sim.pay(&session, "4242424242424242").unwrap();
    let pi = paid.session["payment_intent"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let total = paid.session["amount_total"].as_i64().unwrap();
    let first = refund(&till.sim, &pi, Some(300)).await;
    let second = refund(&till.sim, &pi, None).await;
    let mut feed = events_of(&till.sim, &sale_id, &session, &pi);
    let kinds: Vec<&str> = feed.iter().map(|e| e["type"].as_str().unwrap()).collect();
    for expected in [
        "payment_intent.payment_failed",
        "checkout.session.completed",
        "refund.created",
        "charge.refunded",
    ] {
        assert!(kinds.contains(&expected), "{expected} in {kinds:?}");
    }
    // Newest first (refunds before the payment), every event twice, and types Till does not use.
    feed.reverse();
    let doubled: Vec<Value> = feed.iter().flat_map(|e| [e.clone(), e.clone()]).collect();
    let unknown = [
        json!({"id":"evt_unknown_1","object":"event","type":"customer.created","created":unix_now(),"livemode":false,
               "data":{"object":{"id":"cus_1","object":"customer"}}}),
        json!({"id":"evt_unknown_2","object":"event","type":"checkout.session.something_new","created":unix_now(),"livemode":false,
               "data":{"object":{"id":"cs_test_unknown","object":"checkout.session","client_reference_id": sale_id}}}),
        json!({"id":"evt_unknown_3","object":"event","type":"checkout.session.completed","created":unix_now(),"livemode":true,
               "data":{"object":{"id":session,"object":"checkout.session","status":"expired","client_reference_id": sale_id}}}),
    ];
    let mut outcomes = Vec::new();
    for event in doubled.iter().chain(&unknown) {
        outcomes.push(deliver(checkout, event).await.unwrap());
    }
    // Refunds that came before the payment waited for it; they apply now.
    events::apply_unapplied(checkout).await.unwrap();

    let ledger = till.ledger().unwrap();
    let sale = ledger.require_sale(&sale_id).unwrap();
    assert_eq!(sale.state, "paid");
    assert_eq!(sale.payment_intent_id.as_deref(), Some(pi.as_str()));
    assert_eq!(
        timeline_count(&ledger, &sale_id, "paid"),
        1,
        "paid exactly once"
    );
    assert_eq!(
        sale.amount_refunded, total,
        "two refunds, each counted once"
    );
    let refunds = ledger.refunds_of_sale(&sale_id).unwrap();
    assert_eq!(refunds.len(), 2);
    assert!(refunds
        .iter()
        .any(|r| r.id == first["id"].as_str().unwrap() && r.amount == 300));
    assert!(refunds
        .iter()
        .any(|r| r.id == second["id"].as_str().unwrap() && r.amount == total - 300));
    let timeline = ledger.timeline(&sale_id).unwrap();
    assert_eq!(timeline.iter().filter(|e| e.kind == "refund").count(), 2);
    // The decline arrived after the payment (stale): not recorded over the paid sale.
    assert!(
        !timeline.iter().any(|e| e.kind == "declined"),
        "{timeline:?}"
    );
    assert!(timeline.iter().filter(|e| e.source == "webhook").all(|e| e
        .event_id
        .as_deref()
        .is_some_and(|id| id.starts_with("evt_"))));
    // Every event once in the ledger, applied; the second delivery a duplicate (unless the
    // first was a refund still waiting for its payment).
    for event in &feed {
        let id = event["id"].as_str().unwrap();
        let stored = ledger.stored_event(id).unwrap().unwrap();
        assert!(stored.applied_at.is_some(), "{id}: {:?}", stored.outcome);
        let both: Vec<&events::EventOutcome> =
            outcomes.iter().filter(|o| o.event_id == id).collect();
        assert_eq!(both.len(), 2, "{id}");
        assert!(
            both[1].duplicate || (both[0].waiting && both[1].waiting),
            "{id}: {both:?}"
        );
        assert!(
            !both[1].changed,
            "{id}: the second delivery changed nothing"
        );
    }
    let outcome_of = |id: &str| ledger.stored_event(id).unwrap().unwrap().outcome.unwrap();
    assert!(outcome_of("evt_unknown_1").contains("does not use customer.created"));
    assert!(outcome_of("evt_unknown_2").contains("does not use"));
    assert!(
        outcome_of("evt_unknown_3").contains("live event"),
        "another mode's event is ignored"
    );

    // The poller now reads the same events from Stripe: nothing is applied twice.
    let before = ledger.timeline(&sale_id).unwrap().len();
    let report = events::poll(checkout).await.unwrap();
    let polled_types = feed
        .iter()
        .filter(|e| events::EVENT_TYPES.contains(&e["type"].as_str().unwrap()))
        .count();
    assert_eq!(report.fetched, polled_types);
    assert_eq!(report.new, 0);
    assert!(report.changed_sales.is_empty(), "{report:?}");
    let again = events::poll(checkout).await.unwrap();
    assert_eq!(again.new, 0);
    assert_eq!(ledger.timeline(&sale_id).unwrap().len(), before);
    assert_eq!(
        ledger.require_sale(&sale_id).unwrap().amount_refunded,
        total
    );
}

// ------------------------------------------------------------------ while Till was stopped

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn payments_expiries_and_refunds_made_while_till_was_stopped_are_in_the_ledger_after_one_poll(
) {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();
    let charge_one =
        |item: &str| json_of(&tillctl(dir.path(), &base, &["charge", item], &[]).unwrap());
    let to_pay = charge_one("price_demo_latte_usd");
    let to_expire = charge_one("price_demo_muffin_usd");
    let to_refund = charge_one("price_demo_mug_usd");
    let session = |sale: &Value| sale["sessionId"].as_str().unwrap().to_string();
    let id = |sale: &Value| sale["id"].as_str().unwrap().to_string();
    // The third is paid and settled while Till runs.
    sim.pay(&session(&to_refund), "4242424242424242").unwrap();
    let watched = tillctl(
        dir.path(),
        &base,
        &["watch", &id(&to_refund), "--timeout", "20"],
        &[],
    )
    .unwrap();
    assert_eq!(watched.status.code(), Some(0));
    // Till is stopped (no tillctl runs): a payment, an expiry and a refund happen at Stripe.
    sim.pay(&session(&to_pay), "4242424242424242").unwrap();
    sim.expire_now(&session(&to_expire)).unwrap();
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let refunded_pi = ledger
        .require_sale(&id(&to_refund))
        .unwrap()
        .payment_intent_id
        .unwrap();
    refund(&sim, &refunded_pi, None).await;

    // The next start's poll.
    let report = json_of(&tillctl(dir.path(), &base, &["events", "poll"], &[]).unwrap());
    assert_eq!(report["failed"], 0, "{report}");
    let changed: Vec<&str> = report["changedSales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for sale in [&to_pay, &to_expire, &to_refund] {
        assert!(changed.contains(&id(sale).as_str()), "{changed:?}");
    }
    let paid = ledger.require_sale(&id(&to_pay)).unwrap();
    assert_eq!(paid.state, "paid");
    assert_eq!(
        ledger.require_sale(&id(&to_expire)).unwrap().state,
        "expired"
    );
    let refunded = ledger.require_sale(&id(&to_refund)).unwrap();
    assert_eq!(refunded.amount_refunded, refunded.amount_total);
    // Each learnt from an event, and said so.
    for sale in [&to_pay, &to_expire] {
        let timeline = ledger.timeline(&id(sale)).unwrap();
        let last = timeline.last().unwrap();
        assert_eq!(last.source, "event", "{timeline:?}");
        assert!(last.event_id.is_some());
    }
    let refund_entry = ledger
        .timeline(&id(&to_refund))
        .unwrap()
        .into_iter()
        .find(|e| e.kind == "refund")
        .unwrap();
    assert_eq!(refund_entry.source, "event");
    // The raw events are kept, with what each did.
    let events = json_of(
        &tillctl(
            dir.path(),
            &base,
            &["events", "list", "--limit", "100"],
            &[],
        )
        .unwrap(),
    );
    assert!(
        events
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["type"] == "checkout.session.expired"
                && e["saleId"] == id(&to_expire).as_str())
    );
    let kept = ledger.events_of_sale(&id(&to_pay)).unwrap();
    assert!(kept.iter().any(|e| e.kind == "checkout.session.completed"
        && serde_json::from_str::<Value>(&e.raw).unwrap()["data"]["object"]["id"]
            == session(&to_pay).as_str()));

    // Polling again finds nothing new and changes nothing.
    let entries = ledger.timeline(&id(&to_pay)).unwrap().len();
    let again = json_of(&tillctl(dir.path(), &base, &["events", "poll"], &[]).unwrap());
    assert_eq!(again["new"], 0);
    assert_eq!(again["changedSales"], json!([]));
    assert_eq!(ledger.timeline(&id(&to_pay)).unwrap().len(), entries);
    assert_eq!(timeline_count(&ledger, &id(&to_pay), "paid"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_payment_made_while_till_was_stopped_arrives_by_the_webhook_path() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let sale_id = charge(&till.register).await;
    let session = till.session_of(&sale_id).unwrap();
    // `stripe listen --forward-to 127.0.0.1:PORT/webhook/stripe` while Till is not running.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let secret = "whsec_tillwebhooktest0123456789";
    till.sim
        .register_webhook(
            &format!("http://127.0.0.1:{port}{}", webhook::PATH),
            Some(secret),
            &["*"],
        )
        .unwrap();
    till.sim.pay(&session, "4242424242424242").unwrap();
    // Stripe's first delivery finds nobody listening.
    let failed_attempt = || {
        till.sim
            .webhook_deliveries()
            .iter()
            .any(|d| d["status"].is_null() && d["attempt"] == 1)
    };
    eventually(
        Duration::from_secs(5),
        "a failed first delivery",
        failed_attempt,
    )
    .await;
    assert_eq!(
        till.ledger().unwrap().require_sale(&sale_id).unwrap().state,
        "awaiting_payment"
    );

    // Till starts with its endpoint; Stripe's retry reaches it.
    let (received, mut received_rx) = tokio::sync::mpsc::unbounded_channel();
    let endpoint = WebhookEndpoint::start(
        port,
        WebhookSecret::new(secret).unwrap(),
        checkout.store().clone(),
        Mode::Training,
        received,
    )
    .await
    .unwrap();
    assert_eq!(
        endpoint.url(),
        format!("http://127.0.0.1:{port}/webhook/stripe")
    );
    let applied = tokio::time::timeout(Duration::from_secs(20), async {
        while let Some(event_id) = received_rx.recv().await {
            let outcome = events::apply_recorded(checkout, &event_id).await.unwrap();
            if outcome.changed && outcome.sale_id.as_deref() == Some(sale_id.as_str()) {
                return outcome;
            }
        }
        panic!("the endpoint stopped");
    })
    .await
    .expect("the payment arrived by webhook");
    assert_eq!(applied.kind, "checkout.session.completed");
    let ledger = till.ledger().unwrap();
    let sale = ledger.require_sale(&sale_id).unwrap();
    assert_eq!(sale.state, "paid");
    let paid_entry = ledger
        .timeline(&sale_id)
        .unwrap()
        .into_iter()
        .find(|e| e.to_state.as_deref() == Some("paid"))
        .unwrap();
    assert_eq!(paid_entry.source, "webhook");
    assert_eq!(
        paid_entry.event_id.as_deref(),
        Some(applied.event_id.as_str())
    );
    assert_eq!(
        ledger
            .stored_event(&applied.event_id)
            .unwrap()
            .unwrap()
            .received_by,
        "webhook"
    );
    // Later deliveries and the poller see it applied: paid once.
    events::poll(checkout).await.unwrap();
    assert_eq!(timeline_count(&ledger, &sale_id, "paid"), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_endpoint_refuses_bad_signatures_with_400_and_records_nothing() {
    let till = TestTill::start().await.unwrap();
    let secret = "whsec_endpointcheck42";
    let (received, _received_rx) = tokio::sync::mpsc::unbounded_channel();
    let endpoint = WebhookEndpoint::start(
        0,
        WebhookSecret::new(secret).unwrap(),
        till.checkout().store().clone(),
        Mode::Training,
        received,
    )
    .await
    .unwrap();
    let body = json!({"id":"evt_endpoint_1","object":"event","type":"checkout.session.expired","created":unix_now(),
                      "livemode":false,"data":{"object":{"id":"cs_test_nobody","object":"checkout.session"}}})
    .to_string();
    let post = |header: Option<String>, body: String| {
        let url = endpoint.url();
        async move {
            let mut headers = vec![("Content-Type".to_string(), "application/json".to_string())];
            if let Some(h) = header {
                headers.push(("Stripe-Signature".to_string(), h));
            }
            let headers: Vec<(&str, &str)> = headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            stripe_sim::raw::request(
                "POST",
                &url,
                &headers,
                Some(body.as_bytes()),
                Duration::from_secs(5),
            )
            .await
            .unwrap()
            .status
        }
    };
    let now = unix_now();
    let signed = |t: i64, key: &str, payload: &str| {
        stripe_sim::webhook::signature_header(key, t, payload.as_bytes())
    };
    assert_eq!(post(None, body.clone()).await, 400, "missing header");
    assert_eq!(
        post(Some("t=abc,v1=00".into()), body.clone()).await,
        400,
        "malformed"
    );
    assert_eq!(
        post(Some(signed(now, "whsec_wrong", &body)), body.clone()).await,
        400,
        "wrong secret"
    );
    assert_eq!(
        post(Some(signed(now - 301, secret, &body)), body.clone()).await,
        400,
        "stale"
    );
    assert_eq!(
        post(
            Some(signed(now, secret, &body)),
            body.replace("expired", "completed")
        )
        .await,
        400,
        "tampered"
    );
    assert!(
        till.ledger()
            .unwrap()
            .stored_event("evt_endpoint_1")
            .unwrap()
            .is_none(),
        "nothing refused is recorded"
    );
    assert_eq!(
        post(Some(signed(now, secret, &body)), body.clone()).await,
        200
    );
    assert_eq!(
        post(Some(signed(now - 250, secret, &body)), body.clone()).await,
        200,
        "a retry, recorded once"
    );
    let stored = till
        .ledger()
        .unwrap()
        .stored_event("evt_endpoint_1")
        .unwrap()
        .unwrap();
    assert_eq!(stored.raw, body, "the raw body is kept exactly");
    // Only POST on the one path.
    let other = stripe_sim::raw::request("GET", &endpoint.url(), &[], None, Duration::from_secs(5))
        .await
        .unwrap();
    assert_eq!(other.status, 405);
}

// ------------------------------------------------------------------ reconciliation

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconciliation_repairs_an_edited_ledger_and_imports_a_second_tills_sale() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let since = unix_now() - 60;
    // This till: one paid sale, one expired, one paid while its ledger still waits.
    let paid = charge(&till.register).await;
    till.sim
        .pay(&till.session_of(&paid).unwrap(), "4242424242424242")
        .unwrap();
    checkout
        .refresh(&paid, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    let expired = charge(&till.register).await;
    till.sim
        .expire_now(&till.session_of(&expired).unwrap())
        .unwrap();
    checkout
        .refresh(&expired, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    let behind = charge(&till.register).await;
    till.sim
        .pay(&till.session_of(&behind).unwrap(), "4242424242424242")
        .unwrap();
    // Another till on the same Stripe account sells a mug.
    let other_dir = tempfile::tempdir().unwrap();
    let other = second_till(&till.sim.base_url(), other_dir.path(), "reg_second").await;
    other.clear().unwrap();
    other.add("price_demo_mug_usd", 1).unwrap();
    other.add("price_demo_cookie_usd", 3).unwrap();
    let theirs = other.charge(None).await.unwrap();
    let their_payment = till
        .sim
        .pay(theirs.session_id.as_deref().unwrap(), "4242424242424242")
        .unwrap();
    // Someone edits this till's ledger so it disagrees with Stripe.
    let ledger = till.ledger().unwrap();
    ledger
        .connection()
        .execute("UPDATE sales SET state = 'expired' WHERE id = ?1", [&paid])
        .unwrap();
    ledger
        .connection()
        .execute(
            "UPDATE sales SET state = 'paid', payment_intent_id = 'pi_made_up' WHERE id = ?1",
            [&expired],
        )
        .unwrap();

    let options = ReconcileOptions {
        since,
        until: None,
        all_registers: false,
    };
    let report = reconcile::reconcile(checkout, &options).await.unwrap();
    assert_eq!(report.sessions, 4);
    let corrected: Vec<(&str, &str)> = report
        .corrected
        .iter()
        .map(|c| (c.sale_id.as_str(), c.to_state.as_str()))
        .collect();
    assert!(corrected.contains(&(paid.as_str(), "paid")), "{report:#?}");
    assert!(
        corrected.contains(&(expired.as_str(), "expired")),
        "{report:#?}"
    );
    assert_eq!(report.updated.len(), 1);
    assert_eq!(
        (
            report.updated[0].sale_id.as_str(),
            report.updated[0].to_state.as_str()
        ),
        (behind.as_str(), "paid")
    );
    assert!(
        report.imported.is_empty(),
        "another till's sale only with all registers"
    );
    assert!(report
        .skipped
        .iter()
        .any(|s| s.reason.contains("reg_second")));
    let sale = ledger.require_sale(&paid).unwrap();
    assert_eq!(sale.state, "paid");
    assert!(sale
        .payment_intent_id
        .as_deref()
        .is_some_and(|p| p.starts_with("pi_")));
    let correction = ledger
        .timeline(&paid)
        .unwrap()
        .into_iter()
        .find(|e| e.kind == "corrected")
        .unwrap();
    assert_eq!(correction.source, "reconcile");
    assert_eq!(
        (
            correction.from_state.as_deref(),
            correction.to_state.as_deref()
        ),
        (Some("expired"), Some("paid"))
    );
    assert!(
        correction
            .detail
            .starts_with("Reconciliation: the ledger said expired, but Checkout Session cs_")
            && correction
                .detail
                .contains(" is complete / paid, 12.75 USD, PaymentIntent pi_")
            && correction.detail.ends_with(". Corrected from Stripe."),
        "{}",
        correction.detail
    );
    // History reads it in the till's language; the ledger keeps the English.
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let in_german = |sale: &str, kind: &str| {
        let german = german.checkout();
        let (sale, kind) = (sale.to_string(), kind.to_string());
        async move {
            till_core::history::detail(german, &sale)
                .await
                .unwrap()
                .timeline
                .into_iter()
                .find(|e| e.kind == kind)
                .map(|e| e.detail)
                .unwrap()
        }
    };
    let words = in_german(&paid, "corrected").await;
    assert!(
        words.starts_with(
            "Abgleich: Das Verkaufsjournal sagte „Abgelaufen“, aber Checkout-Sitzung cs_"
        ) && words.contains(" ist complete / paid, 12.75 USD, PaymentIntent pi_")
            && words.ends_with(". Nach Stripe korrigiert."),
        "{words}"
    );
    assert_eq!(ledger.require_sale(&expired).unwrap().state, "expired");
    let behind_entry = ledger
        .timeline(&behind)
        .unwrap()
        .into_iter()
        .find(|e| e.to_state.as_deref() == Some("paid"))
        .unwrap();
    assert_eq!(
        (behind_entry.source.as_str(), behind_entry.kind.as_str()),
        ("reconcile", "completed_paid")
    );

    // The customer gets 5.00 back; this till's poller hears of it before it has the sale.
    let their_pi = their_payment.session["payment_intent"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    refund(&till.sim, &their_pi, Some(500)).await;
    let polled = events::poll(checkout).await.unwrap();
    assert!(
        polled
            .events
            .iter()
            .any(|e| e.waiting && e.kind == "refund.created"),
        "{polled:#?}"
    );
    // The owner imports every till's sales of the period.
    let all = ReconcileOptions {
        all_registers: true,
        ..options
    };
    let report = reconcile::reconcile(checkout, &all).await.unwrap();
    assert_eq!(report.imported.len(), 1, "{report:#?}");
    assert!(report.corrected.is_empty() && report.updated.is_empty());
    assert_eq!(report.unchanged, 3);
    let imported = ledger.require_sale(&theirs.id).unwrap();
    assert_eq!(imported.register_id, "reg_second");
    assert_eq!(imported.state, "paid");
    assert_eq!(imported.amount_total, theirs.amount_total);
    assert_eq!(imported.session_id, theirs.session_id);
    let lines = ledger.sale_lines(&theirs.id).unwrap();
    let lines: Vec<(&str, i64, i64)> = lines
        .iter()
        .map(|l| (l.price_id.as_str(), l.unit_amount, l.quantity))
        .collect();
    assert_eq!(
        lines,
        vec![
            ("price_demo_mug_usd", 1800, 1),
            ("price_demo_cookie_usd", 250, 3)
        ]
    );
    assert_eq!(
        ledger
            .idempotency_key(&theirs.id, "create_session")
            .unwrap(),
        None,
        "Till never creates a session for it"
    );
    let kinds: Vec<String> = ledger
        .timeline(&theirs.id)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, vec!["imported", "completed_paid", "refund"]);
    let imported_words = ledger
        .timeline(&theirs.id)
        .unwrap()
        .into_iter()
        .find(|e| e.kind == "imported")
        .map(|e| e.detail)
        .unwrap();
    assert!(
        imported_words.starts_with("Imported from Stripe by reconciliation: Checkout Session cs_")
            && imported_words.ends_with(" of register reg_second, 2 line(s), 25.50 USD."),
        "{imported_words}"
    );
    let words = in_german(&theirs.id, "imported").await;
    assert!(
        words.starts_with("Beim Abgleich aus Stripe übernommen: Checkout-Sitzung cs_")
            && words.ends_with(" der Kasse reg_second, 2 Position(en), 25.50 USD."),
        "{words}"
    );
    assert_eq!(
        ledger.require_sale(&theirs.id).unwrap().amount_refunded,
        500,
        "the refund heard before the import is applied to it"
    );
    // History by register.
    let by_register = reconcile::history(checkout, Some("reg_second"), None, 10)
        .await
        .unwrap();
    assert_eq!(
        by_register
            .iter()
            .map(|s| s.id.as_str())
            .collect::<Vec<_>>(),
        vec![theirs.id.as_str()]
    );
    assert_eq!(by_register[0].register_id, "reg_second");
    assert_eq!(
        reconcile::history(checkout, Some("reg_systemtest"), None, 10)
            .await
            .unwrap()
            .len(),
        3
    );
    assert_eq!(
        reconcile::history(checkout, None, None, 10)
            .await
            .unwrap()
            .len(),
        4
    );
    // Events about the imported sale apply to it now; a sweep again changes nothing.
    let again = reconcile::reconcile(checkout, &all).await.unwrap();
    assert_eq!(
        (
            again.imported.len(),
            again.corrected.len(),
            again.updated.len(),
            again.unchanged
        ),
        (0, 0, 0, 4)
    );
    assert_eq!(
        ledger
            .sales_by_register("training", None, None, 10)
            .unwrap()
            .len(),
        4
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_start_up_catch_up_polls_events_then_sweeps() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let sale_id = charge(&till.register).await;
    // Paid while Till was closed.
    till.sim
        .pay(&till.session_of(&sale_id).unwrap(), "4242424242424242")
        .unwrap();
    let caught = startup::catch_up(checkout).await;
    assert!(caught.problems.is_empty(), "{:?}", caught.problems);
    assert_eq!(caught.changed_sales, vec![sale_id.clone()]);
    let poll = caught.poll.unwrap();
    assert_eq!(
        poll.changed_sales,
        vec![sale_id.clone()],
        "the poll found it first"
    );
    let sweep = caught.reconcile.unwrap();
    assert_eq!((sweep.sessions, sweep.unchanged), (1, 1), "{sweep:#?}");
    assert_eq!(caught.members.unwrap().read, 0, "no memberships sold");
    let ledger = till.ledger().unwrap();
    assert_eq!(ledger.require_sale(&sale_id).unwrap().state, "paid");
    // Stripe unreachable: reported, nothing lost, the cursor kept for the next start.
    let cursor = ledger.event_cursor("training").unwrap();
    assert!(cursor.is_some());
    till.sim.inject_fault(stripe_sim::Fault::server_error(50));
    let failed = startup::catch_up(checkout).await;
    assert_eq!(failed.problems.len(), 3, "{:?}", failed.problems);
    assert!(
        failed.problems[0].contains("Could not read Stripe's events"),
        "{}",
        failed.problems[0]
    );
    assert_eq!(ledger.event_cursor("training").unwrap(), cursor);
}

// ------------------------------------------------------------------ a long list, page by page

/// Stripe's largest page, which the poller asks for.
const PAGE: usize = 100;

/// A sale charged at Stripe (its session open), and 250 events created in one second, oldest
/// first: fillers about PaymentIntents of no sale, with a decline of the sale at position 49
/// and its payment at position 50. Listed newest first in pages of 100, the poller reads its
/// pages oldest first: the 50 oldest, then 100, then 100, so the decline and the payment
/// straddle the first page boundary — a poll that recorded the newer page first would apply
/// the payment before the decline, which then is stale news, and the sale's timeline would
/// have no decline. Returns the sale id and the events' ids, oldest first.
async fn a_busy_second(till: &TestTill) -> (String, Vec<String>) {
    let sale_id = charge(&till.register).await;
    let session_id = till.session_of(&sale_id).unwrap();
    let mut paid_session = till.sim.session(&session_id).unwrap();
    paid_session["status"] = json!("complete");
    paid_session["payment_status"] = json!("paid");
    paid_session["payment_intent"] = json!("pi_busy_paid");
    let filler = |i: usize| {
        (
            "payment_intent.succeeded",
            json!({"id": format!("pi_busy_{i}"), "object": "payment_intent", "metadata": {}}),
        )
    };
    let mut events: Vec<(&str, Value)> = (0..49).map(filler).collect();
    events.push((
        "payment_intent.payment_failed",
        json!({"id": "pi_busy_declined", "object": "payment_intent",
               "metadata": {"till_sale_id": sale_id},
               "last_payment_error": {"type": "card_error", "code": "card_declined",
                                      "decline_code": "insufficient_funds",
                                      "message": "Your card has insufficient funds."}}),
    ));
    events.push(("checkout.session.completed", paid_session));
    events.extend((51..250).map(filler));
    let ids = till.sim.emit_events(events);
    // Nothing else of the poller's types is at Stripe: the list is these 250.
    let listed = till
        .sim
        .events()
        .iter()
        .filter(|e| events::EVENT_TYPES.contains(&e["type"].as_str().unwrap()))
        .count();
    assert_eq!(listed, 250);
    (sale_id, ids)
}

/// Where each of `outcomes` that is about one of `ids` is in `ids`, in the outcomes' order:
/// `0, 1, 2…` when they were applied in the order of `ids`.
fn order_of(outcomes: &[events::EventOutcome], ids: &[String]) -> Vec<usize> {
    outcomes
        .iter()
        .filter_map(|o| ids.iter().position(|id| *id == o.event_id))
        .collect()
}

/// The sale's timeline has the decline, then the payment (each once).
fn declined_then_paid(ledger: &Ledger, sale_id: &str) {
    let timeline = ledger.timeline(sale_id).unwrap();
    let declined: Vec<usize> = (0..timeline.len())
        .filter(|&i| timeline[i].kind == "declined")
        .collect();
    let paid: Vec<usize> = (0..timeline.len())
        .filter(|&i| timeline[i].to_state.as_deref() == Some("paid"))
        .collect();
    assert_eq!(declined.len(), 1, "{timeline:#?}");
    assert_eq!(paid.len(), 1, "{timeline:#?}");
    assert!(declined[0] < paid[0], "{timeline:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_poll_over_several_pages_records_every_event_once_and_applies_them_in_stripes_order() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let (sale_id, ids) = a_busy_second(&till).await;

    let report = events::poll(checkout).await.unwrap();
    assert_eq!(
        (report.fetched, report.new, report.malformed),
        (250, 250, 0)
    );
    assert_eq!((report.applied, report.failed), (250, 0));
    // Applied in Stripe's order, oldest first, across both page boundaries (all one second).
    assert_eq!(order_of(&report.events, &ids), (0..250).collect::<Vec<_>>());
    assert_eq!(report.changed_sales, vec![sale_id.clone()]);
    let ledger = till.ledger().unwrap();
    declined_then_paid(&ledger, &sale_id);
    assert_eq!(ledger.require_sale(&sale_id).unwrap().state, "paid");
    // Each once in the ledger, applied.
    let stored = ledger.recent_events("training", 1000).unwrap();
    assert_eq!(stored.len(), 250);
    for id in &ids {
        let event = ledger.stored_event(id).unwrap().unwrap();
        assert!(event.applied_at.is_some(), "{id}: {:?}", event.outcome);
        assert_eq!(event.received_by, "event");
    }
    assert_eq!(
        ledger.event_cursor("training").unwrap(),
        Some(stored[0].created)
    );

    // The next poll reads the same window (the overlap) and records nothing again.
    let again = events::poll(checkout).await.unwrap();
    assert_eq!((again.fetched, again.new, again.applied), (250, 0, 0));
    assert_eq!(ledger.recent_events("training", 1000).unwrap().len(), 250);
    declined_then_paid(&ledger, &sale_id);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_poll_that_fails_midway_keeps_what_it_recorded_and_the_next_poll_completes_the_set() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let (sale_id, ids) = a_busy_second(&till).await;
    let ledger = till.ledger().unwrap();
    let fail_request = |skipped: u32| {
        stripe_sim::Fault::server_error(1)
            .with_should_retry(false)
            .on_path("/v1/events")
            .skipping(skipped)
    };

    // Stripe lists newest first: the poll reads down to the oldest page (3 requests) before it
    // records anything. Failing on the way down (the second request) records nothing.
    till.sim.inject_fault(fail_request(1));
    let failed = events::poll(checkout).await.unwrap_err();
    assert_eq!(till.sim.armed_faults(), 0, "the fault fired");
    assert!(
        failed.message.contains("Could not read Stripe's events")
            && !failed.message.contains("are recorded"),
        "{}",
        failed.message
    );
    assert!(ledger.recent_events("training", 1000).unwrap().is_empty());
    assert_eq!(ledger.event_cursor("training").unwrap(), None);

    // Page 1 (the oldest 50, already read) is recorded; asking for page 2 fails.
    till.sim.inject_fault(fail_request(3));
    let failed = events::poll(checkout).await.unwrap_err();
    assert_eq!(till.sim.armed_faults(), 0, "the fault fired");
    assert!(
        failed
            .message
            .contains("The 50 events read before, the oldest, are recorded"),
        "{}",
        failed.message
    );
    // The oldest 50, each once, in Stripe's order, none applied, the cursor where it was:
    // the ledger is as if those 50 had come by themselves.
    assert_eq!(ledger.unapplied_event_ids("training").unwrap(), &ids[..50]);
    assert_eq!(ledger.recent_events("training", 1000).unwrap().len(), 50);
    assert_eq!(ledger.event_cursor("training").unwrap(), None);
    let sale = ledger.require_sale(&sale_id).unwrap();
    assert_eq!(sale.state, "awaiting_payment");

    // The next poll reads the window again: records the other 200 after them, applies all
    // 250 in Stripe's order (the decline, recorded by the failed poll, before the payment,
    // recorded by this one).
    let report = events::poll(checkout).await.unwrap();
    assert_eq!(
        (report.fetched, report.new, report.applied),
        (250, 200, 250)
    );
    assert_eq!(order_of(&report.events, &ids), (0..250).collect::<Vec<_>>());
    assert!(ledger.unapplied_event_ids("training").unwrap().is_empty());
    assert_eq!(ledger.recent_events("training", 1000).unwrap().len(), 250);
    declined_then_paid(&ledger, &sale_id);
    assert!(ledger.event_cursor("training").unwrap().is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_are_handed_out_a_page_at_a_time_oldest_first_and_never_read_ahead() {
    let till = TestTill::start().await.unwrap();
    let (_, ids) = a_busy_second(&till).await;
    let gateway = till.checkout().gateway();
    let since = till.sim.now() - 60;
    let id_of = |raw: &serde_json::value::RawValue| {
        serde_json::from_str::<Value>(raw.get()).unwrap()["id"]
            .as_str()
            .unwrap()
            .to_string()
    };

    // All pages: at most one page each (Stripe's largest), oldest first, each event once.
    let mut pages = gateway
        .events_oldest_first(&events::EVENT_TYPES, since)
        .await
        .unwrap();
    let mut sizes = Vec::new();
    let mut read = Vec::new();
    while let Some(page) = pages.next().await.unwrap() {
        assert!(page.len() <= PAGE);
        sizes.push(page.len());
        read.extend(page.iter().map(|raw| id_of(raw)));
    }
    assert_eq!(sizes, [50, 100, 100]);
    assert_eq!(read, ids);

    // The oldest page is held when the walk starts (it was the last read on the way down); the
    // next one is asked for only when it is wanted, and nothing else is held: with Stripe
    // failing from now on, the first page still comes, the second does not.
    let mut pages = gateway
        .events_oldest_first(&events::EVENT_TYPES, since)
        .await
        .unwrap();
    till.sim.inject_fault(
        stripe_sim::Fault::server_error(1)
            .with_should_retry(false)
            .on_path("/v1/events"),
    );
    let first = pages.next().await.unwrap().unwrap();
    assert_eq!(
        first.iter().map(|raw| id_of(raw)).collect::<Vec<_>>(),
        &ids[..50]
    );
    assert_eq!(till.sim.armed_faults(), 1, "no request for the first page");
    assert!(pages.next().await.is_err());
    assert_eq!(till.sim.armed_faults(), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_reconcile_imports_another_tills_sale_and_history_filters_by_register() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let base = sim.base_url();
    let (front, back) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    // Two tills, each with its own ledger and register id, one Stripe account.
    let sold =
        json_of(&tillctl(back.path(), &base, &["charge", "price_demo_tote_usd"], &[]).unwrap());
    sim.pay(sold["sessionId"].as_str().unwrap(), "4242424242424242")
        .unwrap();
    let back_register = sold["registerId"].as_str().unwrap().to_string();
    let mine = json_of(
        &tillctl(
            front.path(),
            &base,
            &["charge", "price_demo_latte_usd"],
            &[],
        )
        .unwrap(),
    );
    assert_ne!(mine["registerId"], sold["registerId"]);

    let own = json_of(
        &tillctl(
            front.path(),
            &base,
            &["reconcile", "--since", "2020-01-01"],
            &[],
        )
        .unwrap(),
    );
    assert_eq!(own["imported"], json!([]));
    assert_eq!(own["unchanged"], 1);
    let all = json_of(
        &tillctl(
            front.path(),
            &base,
            &["reconcile", "--since", "2020-01-01", "--all-registers"],
            &[],
        )
        .unwrap(),
    );
    assert_eq!(all["imported"].as_array().unwrap().len(), 1, "{all}");
    assert_eq!(all["imported"][0]["saleId"], sold["id"]);
    assert_eq!(all["imported"][0]["toState"], "paid");
    let theirs = json_of(
        &tillctl(
            front.path(),
            &base,
            &["sales", "--register", &back_register],
            &[],
        )
        .unwrap(),
    );
    assert_eq!(theirs.as_array().unwrap().len(), 1);
    assert_eq!(theirs[0]["id"], sold["id"]);
    assert_eq!(theirs[0]["registerId"], back_register.as_str());
    let everyone = json_of(&tillctl(front.path(), &base, &["sales"], &[]).unwrap());
    assert_eq!(everyone.as_array().unwrap().len(), 2);
    // Without --since: the start-up sweep (this till only); nothing left to change.
    let startup = json_of(&tillctl(front.path(), &base, &["reconcile"], &[]).unwrap());
    assert_eq!(startup["imported"], json!([]));
    assert_eq!(startup["allRegisters"], false);
    // A bad date is a usage error that says what a date is.
    let bad = tillctl(
        front.path(),
        &base,
        &["reconcile", "--since", "last tuesday"],
        &[],
    )
    .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("YYYY-MM-DD"));
}

/// Stripe reporting a paid amount other than the sale's: the sale is paid as Stripe says, and
/// its timeline warns of the difference, in the ledger's English and in the till's language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_paid_amount_other_than_the_sale_s_is_warned_of_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let sale_id = charge(&till.register).await;
    let session = till.session_of(&sale_id).unwrap();
    let paid = till.sim.pay(&session, "4242424242424242").unwrap();
    let pi = paid.session["payment_intent"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let total = paid.session["amount_total"].as_i64().unwrap();
    let mut completed = events_of(&till.sim, &sale_id, &session, &pi)
        .into_iter()
        .find(|e| e["type"] == "checkout.session.completed")
        .unwrap();
    completed["data"]["object"]["amount_total"] = json!(total + 100);
    deliver(checkout, &completed).await.unwrap();

    let ledger = till.ledger().unwrap();
    assert_eq!(ledger.require_sale(&sale_id).unwrap().state, "paid");
    let warning = format!(
        " Warning: Stripe's amount {} differs from the sale's card part {total}.",
        total + 100
    );
    let stored = ledger.timeline(&sale_id).unwrap();
    let english = stored
        .iter()
        .find(|e| e.kind == "completed_paid")
        .map(|e| e.detail.clone())
        .unwrap_or_else(|| panic!("{stored:?}"));
    assert!(
        english.starts_with("Paid ") && english.ends_with(&warning),
        "{english}"
    );
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let detail = till_core::history::detail(german.checkout(), &sale_id)
        .await
        .unwrap();
    let german = detail
        .timeline
        .iter()
        .find(|e| e.kind == "completed_paid")
        .map(|e| e.detail.clone())
        .unwrap();
    assert!(
        german.starts_with("Bezahlt ")
            && german.ends_with(&format!(
                " Warnung: Der Betrag von Stripe ({}) weicht vom Kartenanteil des Verkaufs ({total}) ab.",
                total + 100
            )),
        "{german}"
    );
}
