//! The customer's phone: the text Stripe's page shows under the Pay button, the shop's
//! after-payment page as `success_url`, and training mode's payment page on the shop network
//! (off by default, tokened, training only).

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::time::Duration;

use stripe_sim::Fault;
use till_core::mode::Mode;
use till_core::paths::Paths;
use till_core::phone;
use till_core::register::Register;
use till_core::runtime::{ConnectOptions, StartOptions, Till};
use till_core::store::Ledger;
use till_core::stripe::ApiKey;
use till_harness::till::{register_with, test_settings, TestTill};

/// The after-submit text of a sale's session, as the simulator holds it.
fn after_submit(sim: &stripe_sim::SimHandle, session_id: &str) -> serde_json::Value {
    sim.session(session_id).unwrap()["custom_text"]["after_submit"]["message"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_session_carries_the_after_submit_text_payment_and_membership() {
    let till = TestTill::start().await.unwrap();
    let register = &till.register;

    register.add("price_demo_latte_usd", 1).unwrap();
    let sale = register.charge(None).await.unwrap();
    let session = sale.session_id.clone().unwrap();
    let text = after_submit(&till.sim, &session);
    assert_eq!(
        text,
        phone::after_submit_message(false, false, till_core::i18n::Language::En).as_str()
    );
    assert!(text.as_str().unwrap().contains("show this screen"));
    // No after-payment page in these settings: the text says a page that cannot load is fine.
    assert!(text.as_str().unwrap().contains("cannot load"));
    let session_json = till.sim.session(&session).unwrap();
    assert_eq!(session_json["mode"], "payment");

    // A membership (mode=subscription) gets the membership's text.
    till.checkout().cancel(&sale.id).await.unwrap();
    register.clear().unwrap();
    register.add("price_demo_pro_plan_monthly", 1).unwrap();
    let member = register.charge(Some("ada@example.com")).await.unwrap();
    let member_session = member.session_id.clone().unwrap();
    assert_eq!(
        till.sim.session(&member_session).unwrap()["mode"],
        "subscription"
    );
    let text = after_submit(&till.sim, &member_session);
    assert_eq!(
        text,
        phone::after_submit_message(true, false, till_core::i18n::Language::En).as_str()
    );
    assert!(text.as_str().unwrap().contains("membership"));

    // The hosted page shows it, after the Pay button.
    let html = stripe_sim::raw::request(
        "GET",
        &till.sim.checkout_url(&member_session),
        &[],
        None,
        Duration::from_secs(5),
    )
    .await
    .unwrap()
    .text();
    let button = html.find("id=\"submit\"").unwrap();
    let shown = html.find("id=\"custom-text-after-submit\"").unwrap();
    assert!(shown > button);
}

/// Starts Till on `dir` as the window does, with `connect` (training port and return page
/// port free).
async fn start(dir: &Path, connect: ConnectOptions) -> Till {
    Till::start(
        Paths::under(dir.to_path_buf()),
        StartOptions {
            connect: ConnectOptions {
                training_port: Some(0),
                lan_addr: Some("127.0.0.1".into()),
                lan_port: Some(0),
                ..connect
            },
            serve_return_page: false,
        },
        None,
    )
    .await
    .unwrap()
}

fn set(dir: &Path, name: &str, value: Option<&str>) {
    let mut ledger = Ledger::open(&dir.join("till.sqlite3")).unwrap();
    ledger.update_settings(&[(name, value)]).unwrap();
}

/// Charges one latte; returns the session as the simulator holds it.
async fn charge_latte(till: &Till) -> serde_json::Value {
    till.register.sync_catalog().await.unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    let session = sale.session_id.unwrap();
    let sim = till.connection.simulator.as_ref();
    match sim {
        Some(sim) => sim.session(&session).unwrap(),
        None => serde_json::Value::Null,
    }
}

async fn get(url: &str) -> stripe_sim::raw::RawResponse {
    stripe_sim::raw::request("GET", url, &[], None, Duration::from_secs(5))
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_shop_network_page_is_off_by_default_tokened_and_training_only() {
    // Off by default: the training simulator's pages are on 127.0.0.1 only.
    let dir = tempfile::tempdir().unwrap();
    let till = start(dir.path(), ConnectOptions::default()).await;
    assert_eq!(till.connection.mode, Mode::Training);
    assert!(!till.settings.training_lan_checkout);
    assert_eq!(till.connection.lan_page_base, None);
    let session = charge_latte(&till).await;
    let url = session["url"].as_str().unwrap();
    assert!(url.starts_with(&till.connection.api_base), "{url}");
    assert!(session["success_url"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    drop(till);

    // On: every page URL carries the token; without it, or with another, nothing is there.
    let dir = tempfile::tempdir().unwrap();
    set(dir.path(), "training_lan_checkout", Some("true"));
    let till = start(dir.path(), ConnectOptions::default()).await;
    assert!(till.settings.training_lan_checkout);
    assert_eq!(till.connection.lan_problem, None);
    let base = till.connection.lan_page_base.clone().unwrap();
    let (origin, token) = base.split_once("/t/").unwrap();
    assert_eq!(token.len(), 32, "128 random bits, hex");
    assert_ne!(origin, till.connection.api_base, "its own listener");
    let session = charge_latte(&till).await;
    let id = session["id"].as_str().unwrap();
    let url = session["url"].as_str().unwrap();
    assert_eq!(url, format!("{base}/c/pay/{id}"));
    assert!(till_core::links::training_page_allowed(
        url,
        Mode::Training,
        Some(&base)
    ));
    assert!(!till_core::links::training_page_allowed(
        url,
        Mode::Test,
        Some(&base)
    ));
    assert_eq!(get(url).await.status, 200);
    // Phones come back to the simulator's own page there; Stripe's page has no Back link.
    assert_eq!(
        session["success_url"],
        format!("{base}/c/pay/{{CHECKOUT_SESSION_ID}}").as_str()
    );
    assert!(session["cancel_url"].is_null());
    assert_eq!(
        session["custom_text"]["after_submit"]["message"],
        phone::after_submit_message(false, true, till_core::i18n::Language::En).as_str()
    );
    let other_token = "0".repeat(32);
    for path in [
        format!("/c/pay/{id}"),
        format!("/t/{other_token}/c/pay/{id}"),
        format!("/t/{}/c/pay/{id}", &token[..31]),
        "/v1/checkout/sessions".to_string(),
        format!("/t/{token}/v1/checkout/sessions"),
    ] {
        assert_eq!(get(&format!("{origin}{path}")).await.status, 404, "{path}");
    }
    drop(till);

    // A new start, a new token: yesterday's QR codes lead nowhere.
    let again = start(dir.path(), ConnectOptions::default()).await;
    let new_base = again.connection.lan_page_base.clone().unwrap();
    assert_ne!(new_base.split_once("/t/").unwrap().1, token);
    drop(again);

    // With a key (test mode) the setting is ignored: no simulator, nothing on the network.
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let test = start(
        dir.path(),
        ConnectOptions {
            key: Some(ApiKey::new("sk_test_till_phone_tests_0001")),
            api_base: Some(sim.base_url()),
            ..ConnectOptions::default()
        },
    )
    .await;
    assert_eq!(test.connection.mode, Mode::Test);
    assert_eq!(test.connection.lan_page_base, None);
    assert!(test.connection.simulator.is_none());
    test.register.sync_catalog().await.unwrap();
    test.register.add("price_demo_latte_usd", 1).unwrap();
    let sale = test.register.charge(None).await.unwrap();
    let session = sim.session(sale.session_id.as_deref().unwrap()).unwrap();
    assert!(session["url"]
        .as_str()
        .unwrap()
        .starts_with(&sim.base_url()));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_after_payment_page_is_the_success_url_in_test_mode() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let connect = || ConnectOptions {
        key: Some(ApiKey::new("sk_test_till_phone_tests_0002")),
        api_base: Some(sim.base_url()),
        ..ConnectOptions::default()
    };

    // None set: Till's loopback page, and the text warns of it.
    let till = start(dir.path(), connect()).await;
    assert_eq!(till.connection.mode, Mode::Test);
    assert_eq!(
        phone::warning(till.connection.mode, till.settings.success_url.as_deref()),
        Some(phone::WARN_NO_PAGE)
    );
    till.register.sync_catalog().await.unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    let session = sim.session(sale.session_id.as_deref().unwrap()).unwrap();
    assert!(session["success_url"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    assert!(session["cancel_url"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    drop(till);

    // Set: it is the success URL, with Stripe's template; no Back link; no warning.
    let page = "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}";
    set(dir.path(), "success_url", Some(page));
    let till = start(dir.path(), connect()).await;
    assert_eq!(
        phone::warning(till.connection.mode, till.settings.success_url.as_deref()),
        None
    );
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    let session_id = sale.session_id.clone().unwrap();
    let session = sim.session(&session_id).unwrap();
    assert_eq!(session["success_url"], page);
    assert!(session["cancel_url"].is_null());
    assert_eq!(
        session["custom_text"]["after_submit"]["message"],
        phone::after_submit_message(false, true, till_core::i18n::Language::En).as_str()
    );
    // Paying sends the customer there, the session id filled in.
    let paid = stripe_sim::raw::request(
        "POST",
        &sim.checkout_url(&session_id),
        &[("Content-Type", "application/x-www-form-urlencoded")],
        Some(b"cardNumber=4242424242424242&cardExpiry=12%2F34&cardCvc=123"),
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(paid.status, 303);
    assert_eq!(
        paid.header("location"),
        Some(format!("https://shop.example/thanks?session={session_id}").as_str())
    );
}

/// A register on the ledger in `dir` whose sessions say whether a phone page is set.
fn register_with_phone_page(api_base: &str, dir: &Path, phone_page: bool) -> Register {
    let mut settings = test_settings("reg_phonetest");
    if phone_page {
        settings.success_url = "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}".into();
        settings.cancel_url = None;
        settings.phone_page = true;
    }
    register_with(api_base, dir, settings).unwrap()
}

/// The session's parameters follow the settings (the after-payment page, training's token
/// that changes at each start). A sale whose first create reached Stripe but whose answer was
/// lost, retried after the settings changed, gets Stripe's `idempotency_error`: Till then
/// looks for the session Stripe made and uses it — never a second one, never a failed sale.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_create_retried_after_the_settings_changed_finds_the_first_session() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let before = register_with_phone_page(&sim.base_url(), dir.path(), false);
    before.sync_catalog().await.unwrap();
    before.add("price_demo_latte_usd", 1).unwrap();
    // Every answer to the create is lost, and Stripe cannot be asked for the sessions either.
    sim.inject_fault(
        Fault::connection_reset(10)
            .after_execution()
            .on_path("/v1/checkout/sessions")
            .on_method("POST"),
    );
    sim.inject_fault(
        Fault::connection_reset(10)
            .on_path("/v1/checkout/sessions")
            .on_method("GET"),
    );
    let error = before.charge(None).await.unwrap_err();
    assert_eq!(error.wire_code(), "network", "{}", error.message);
    let sale = before.checkout().recent(None, 1).await.unwrap().remove(0);
    assert_eq!(sale.state, "creating");
    sim.clear_faults();
    drop(before);

    // Restarted with an after-payment page: other parameters under the same key.
    let after = register_with_phone_page(&sim.base_url(), dir.path(), true);
    let view = after.checkout().retry(&sale.id).await.unwrap();
    assert_eq!(view.state, "awaiting_payment");
    let sessions = after
        .checkout()
        .gateway()
        .list_sessions(None)
        .await
        .unwrap();
    let of_sale: Vec<_> = sessions
        .iter()
        .filter(|s| s.client_reference_id.as_deref() == Some(sale.id.as_str()))
        .collect();
    assert_eq!(of_sale.len(), 1, "one session, the first attempt's");
    assert_eq!(view.session_id.as_deref(), Some(of_sale[0].id.as_str()));
    // It is the first attempt's session, with the text of its time.
    assert_eq!(
        after_submit(&sim, &of_sale[0].id),
        phone::after_submit_message(false, false, till_core::i18n::Language::En).as_str()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_german_till_sends_stripes_page_in_german_with_german_words_for_the_customer() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut settings = test_settings("reg_germantest");
    settings.language = till_core::i18n::Language::De;
    let register = register_with(&sim.base_url(), dir.path(), settings).unwrap();
    register.sync_catalog().await.unwrap();
    register.add("price_demo_latte_usd", 1).unwrap();
    let sale = register.charge(None).await.unwrap();
    let session = sim.session(sale.session_id.as_deref().unwrap()).unwrap();
    assert_eq!(session["locale"], "de");
    let text = session["custom_text"]["after_submit"]["message"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(
        text,
        phone::after_submit_message(false, false, till_core::i18n::Language::De)
    );
    assert!(text.starts_with("Sie bezahlen an der Kasse?"), "{text}");
}
