//! The simulator driven with async-stripe (the client Till uses): every response must
//! deserialize into async-stripe's types and behave as Stripe documents.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

mod common;

use std::collections::HashMap;
use std::time::Duration;

use common::*;
use stripe::{IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_checkout::checkout_session::{
    CreateCheckoutSessionAllowedPaymentMethodTypes, CreateCheckoutSessionLineItems,
    CreateCheckoutSessionLineItemsPriceData, ExpireCheckoutSession, ListCheckoutSession,
    ListLineItemsCheckoutSession, ProductData, RetrieveCheckoutSession,
};
use stripe_checkout::{CheckoutSessionPaymentStatus, CheckoutSessionStatus};
use stripe_core::event::{ListEvent, RetrieveEvent};
use stripe_core::payment_intent::RetrievePaymentIntent;
use stripe_core::refund::{CreateRefund, CreateRefundReason, ListRefund, RetrieveRefund};
use stripe_core::PaymentIntentStatus;
use stripe_product::price::{ListPrice, RetrievePrice};
use stripe_product::product::{CreateProduct, ListProduct, RetrieveProduct};
use stripe_sim::{PayOutcome, SimConfig};
use stripe_types::Expandable;

// ---------------------------------------------------------------- catalog

#[tokio::test]
async fn seeded_catalog_lists_and_paginates() {
    let sim = sim().await;
    let client = client(&sim);

    let page = ListProduct::new().limit(5).send(&client).await.unwrap();
    assert_eq!(page.data.len(), 5);
    assert!(page.has_more);
    assert_eq!(page.url, "/v1/products");
    // Newest first, and the seed is ordered so that the list starts with the catalog's head.
    assert_eq!(page.data[0].id.as_str(), "prod_demo_coffee");

    let next = ListProduct::new()
        .limit(5)
        .starting_after(page.data[4].id.as_str())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(next.data.len(), 5);
    assert!(page
        .data
        .iter()
        .all(|p| next.data.iter().all(|n| n.id != p.id)));

    let back = ListProduct::new()
        .limit(3)
        .ending_before(next.data[0].id.as_str())
        .send(&client)
        .await
        .unwrap();
    let back_ids: Vec<_> = back.data.iter().map(|p| p.id.to_string()).collect();
    let expected: Vec<_> = page.data[2..5].iter().map(|p| p.id.to_string()).collect();
    assert_eq!(back_ids, expected);
    assert!(back.has_more);

    use futures_util::TryStreamExt;
    let all: Vec<_> = ListProduct::new()
        .limit(4)
        .paginate()
        .stream(&client)
        .try_collect()
        .await
        .unwrap();
    assert!(all.len() >= 12, "{} products", all.len());
    let mut categories = std::collections::BTreeSet::new();
    for product in &all {
        assert!(product.id.as_str().starts_with("prod_demo_"));
        assert!(!product.livemode);
        let metadata = &product.metadata;
        categories.insert(metadata["category"].clone());
        assert!(!metadata["sku"].is_empty());
        let barcode = &metadata["barcode"];
        assert_eq!(barcode.len(), 13);
        assert!(barcode.chars().all(|c| c.is_ascii_digit()));
    }
    assert!(categories.len() >= 3, "{categories:?}");
    let ids: std::collections::HashSet<_> = all.iter().map(|p| p.id.to_string()).collect();
    assert_eq!(ids.len(), all.len(), "pagination repeats nothing");
}

#[tokio::test]
async fn prices_in_several_currencies_and_one_recurring() {
    let sim = sim().await;
    let client = client(&sim);
    let coffee = RetrievePrice::new("price_demo_coffee_usd")
        .expand(["product".to_string()])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(coffee.unit_amount, Some(350));
    assert_eq!(coffee.currency.to_string(), "usd");
    match &coffee.product {
        Expandable::Object(product) => assert_eq!(product.name, "Drip Coffee"),
        Expandable::Id(id) => panic!("product not expanded: {id}"),
    }

    let jpy = ListPrice::new()
        .currency(stripe_types::Currency::JPY)
        .limit(100)
        .send(&client)
        .await
        .unwrap();
    assert!(jpy.data.len() >= 3);
    assert!(jpy.data.iter().all(|p| p.currency.to_string() == "jpy"));

    let eur = ListPrice::new()
        .currency(stripe_types::Currency::EUR)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(eur.data.len(), 1);

    let pro = RetrievePrice::new("price_demo_pro_plan_monthly")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(pro.unit_amount, Some(2900));
    let recurring = pro.recurring.expect("recurring");
    assert_eq!(recurring.interval.as_str(), "month");
    assert_eq!(recurring.interval_count, 1);

    let for_coffee = ListPrice::new()
        .product("prod_demo_coffee")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(for_coffee.data.len(), 3);

    let product = RetrieveProduct::new("prod_demo_coffee")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(
        product.default_price.as_ref().map(|p| p.id().to_string()),
        Some("price_demo_coffee_usd".to_string())
    );
}

#[tokio::test]
async fn created_products_appear_and_active_filter_works() {
    let sim = sim().await;
    let client = client(&sim);
    let created = CreateProduct::new("Gift card")
        .active(false)
        .metadata(HashMap::from([
            ("category".to_string(), "Merch".to_string()),
            ("sku".to_string(), "GFT-1".to_string()),
        ]))
        .send(&client)
        .await
        .unwrap();
    assert!(created.id.as_str().starts_with("prod_"));
    assert!(!created.active);
    assert_eq!(created.metadata["sku"], "GFT-1");

    use futures_util::TryStreamExt;
    let active: Vec<_> = ListProduct::new()
        .active(true)
        .paginate()
        .stream(&client)
        .try_collect()
        .await
        .unwrap();
    assert!(active.iter().all(|p| p.active));
    assert!(active.iter().all(|p| p.id != created.id));
    let everything = ListProduct::new().limit(1).send(&client).await.unwrap();
    assert_eq!(everything.data[0].id, created.id, "newest first");
}

// ---------------------------------------------------------------- checkout sessions

#[tokio::test]
async fn session_create_retrieve_list_and_line_items() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-0001").await;
    assert!(session.id.as_str().starts_with("cs_test_"));
    assert!(session.id.as_str().len() > 60);
    assert_eq!(session.status, Some(CheckoutSessionStatus::Open));
    assert_eq!(session.payment_status, CheckoutSessionPaymentStatus::Unpaid);
    assert_eq!(session.amount_total, Some(700));
    assert_eq!(
        session.currency.map(|c| c.to_string()).as_deref(),
        Some("usd")
    );
    assert_eq!(session.client_reference_id.as_deref(), Some("sale-0001"));
    assert_eq!(session.metadata.as_ref().unwrap()["sale_id"], "sale-0001");
    assert!(!session.livemode);
    assert!(
        session.payment_intent.is_none(),
        "no PaymentIntent before the first attempt"
    );
    assert_eq!(
        session.url.as_deref(),
        Some(format!("{}/c/pay/{}", sim.base_url(), session.id).as_str())
    );
    assert_eq!(
        session.expires_at - session.created,
        24 * 60 * 60,
        "default 24 h"
    );

    let again = RetrieveCheckoutSession::new(session.id.clone())
        .expand(["payment_intent".to_string()])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(again.id, session.id);
    assert!(again.payment_intent.is_none());

    let items = ListLineItemsCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(items.data.len(), 1);
    let item = &items.data[0];
    assert_eq!(item.quantity, Some(2));
    assert_eq!(item.amount_total, 700);
    assert_eq!(item.description.as_deref(), Some("Drip Coffee"));
    assert_eq!(
        item.price.as_ref().map(|p| p.id.to_string()).as_deref(),
        Some("price_demo_coffee_usd")
    );

    let listed = ListCheckoutSession::new()
        .limit(10)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(listed.data[0].id, session.id);
    let by_expand = RetrieveCheckoutSession::new(session.id.clone())
        .expand(["line_items".to_string()])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(by_expand.line_items.map(|l| l.data.len()), Some(1));
}

#[tokio::test]
async fn price_data_sessions_in_a_zero_decimal_currency() {
    let sim = sim().await;
    let client = client(&sim);
    let mut data = CreateCheckoutSessionLineItemsPriceData::new(stripe_types::Currency::JPY);
    data.unit_amount = Some(450);
    data.product_data = Some(ProductData::new("Matcha"));
    let mut item = CreateCheckoutSessionLineItems::new();
    item.price_data = Some(data);
    item.quantity = Some(3);
    let session = stripe_checkout::checkout_session::CreateCheckoutSession::new()
        .mode(stripe_checkout::CheckoutSessionMode::Payment)
        .line_items(vec![item])
        .allowed_payment_method_types(vec![CreateCheckoutSessionAllowedPaymentMethodTypes::Card])
        .customer_email("guest@example.com")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(session.amount_total, Some(1350));
    assert_eq!(
        session.currency.map(|c| c.to_string()).as_deref(),
        Some("jpy")
    );
    assert_eq!(session.payment_method_types, vec!["card".to_string()]);
    assert_eq!(session.customer_email.as_deref(), Some("guest@example.com"));
    let page = stripe_sim::raw::request(
        "GET",
        session.url.as_deref().unwrap(),
        &[],
        None,
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    let html = page.text();
    assert!(html.contains("¥1,350"), "JPY has no decimals on the page");
    assert!(!html.contains("¥13.50"));
    assert!(html.contains("Matcha"));
}

#[tokio::test]
async fn expire_rules() {
    let sim = sim().await;
    let client = client(&sim);

    let session = create_coffee_session(&client, "sale-exp-1").await;
    let expired = ExpireCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(expired.status, Some(CheckoutSessionStatus::Expired));
    assert_eq!(expired.url, None, "no URL once the session is not open");

    // Only open sessions can be expired.
    let err = ExpireCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap_err();
    let (status, kind, _, _, message) = stripe_error(err);
    assert_eq!((status, kind.as_str()), (400, "invalid_request_error"));
    assert!(message.contains("status of `expired`"), "{message}");

    let paid = create_coffee_session(&client, "sale-exp-2").await;
    sim.pay(paid.id.as_str(), "4242424242424242").unwrap();
    let err = ExpireCheckoutSession::new(paid.id.clone())
        .send(&client)
        .await
        .unwrap_err();
    let (status, _, _, _, message) = stripe_error(err);
    assert_eq!(status, 400);
    assert_eq!(
        message,
        "Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout Session has a status of `complete`."
    );

    // An expired session cannot be paid.
    assert!(sim.pay(session.id.as_str(), "4242424242424242").is_err());

    let events = ListEvent::new()
        .type_("checkout.session.expired")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(events.data.len(), 1);
}

#[tokio::test]
async fn expires_at_bounds() {
    let sim = sim().await;
    let client = client(&sim);
    let now = sim.now();
    for (offset, ok) in [
        (29 * 60, false),
        (30 * 60 + 5, true),
        (24 * 60 * 60 - 5, true),
        (24 * 60 * 60 + 60, false),
    ] {
        let result = coffee_session("sale-at")
            .expires_at(now + offset)
            .send(&client)
            .await;
        match (result, ok) {
            (Ok(session), true) => assert_eq!(session.expires_at, now + offset),
            (Err(err), false) => {
                let (status, kind, _, param, _) = stripe_error(err);
                assert_eq!((status, kind.as_str()), (400, "invalid_request_error"));
                assert_eq!(param.as_deref(), Some("expires_at"));
            }
            (result, ok) => panic!("offset {offset}: expected ok={ok}, got {result:?}"),
        }
    }
}

#[tokio::test]
async fn sessions_expire_on_their_own_when_expires_at_passes() {
    let sim = sim().await;
    let client = client(&sim);
    let session = coffee_session("sale-auto")
        .expires_at(sim.now() + 31 * 60)
        .send(&client)
        .await
        .unwrap();
    sim.advance_clock(Duration::from_secs(30 * 60));
    let still = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(still.status, Some(CheckoutSessionStatus::Open));
    sim.advance_clock(Duration::from_secs(2 * 60));
    let later = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(later.status, Some(CheckoutSessionStatus::Expired));
    let events = ListEvent::new()
        .type_("checkout.session.expired")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(events.data.len(), 1);
    assert!(
        events.data[0]
            .request
            .as_ref()
            .is_none_or(|r| r.id.is_none()),
        "not caused by a request"
    );
}

// ---------------------------------------------------------------- idempotency

#[tokio::test]
async fn idempotent_replay_returns_the_first_response() {
    let sim = sim().await;
    let client = client(&sim);
    let key = IdempotencyKey::new("sale-idem-1-attempt").unwrap();
    let first = coffee_session("sale-idem-1")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key.clone()))
        .send(&client)
        .await
        .unwrap();
    let second = coffee_session("sale-idem-1")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key))
        .send(&client)
        .await
        .unwrap();
    assert_eq!(first.id, second.id);
    let all = ListCheckoutSession::new().send(&client).await.unwrap();
    assert_eq!(all.data.len(), 1, "one session, not two");

    // The replay is marked as such.
    let body = "mode=payment&line_items[0][price]=price_demo_muffin_usd&line_items[0][quantity]=1";
    let headers = [("Idempotency-Key", "raw-key-1")];
    let a = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        body,
        &headers,
    )
    .await;
    let b = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        body,
        &headers,
    )
    .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.header("idempotent-replayed"), None);
    assert_eq!(b.header("idempotent-replayed"), Some("true"));
    assert_eq!(a.body, b.body);
    assert_eq!(b.header("original-request"), a.header("request-id"));
    // Keys are scoped to the API key.
    let other = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some("sk_test_other"),
        body,
        &headers,
    )
    .await;
    assert_eq!(other.status, 200);
    assert_ne!(other.json().unwrap()["id"], a.json().unwrap()["id"]);
}

#[tokio::test]
async fn idempotency_key_with_other_parameters_is_an_idempotency_error() {
    let sim = sim().await;
    let client = client(&sim);
    let key = IdempotencyKey::new("sale-idem-2-attempt").unwrap();
    coffee_session("sale-idem-2")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key.clone()))
        .send(&client)
        .await
        .unwrap();
    let err = coffee_session("sale-idem-2-changed")
        .customize()
        .request_strategy(RequestStrategy::Idempotent(key))
        .send(&client)
        .await
        .unwrap_err();
    let (status, kind, _, _, message) = stripe_error(err);
    assert_eq!((status, kind.as_str()), (400, "idempotency_error"));
    assert!(message.contains("same parameters"), "{message}");
}

#[tokio::test]
async fn validation_failures_are_not_stored_under_the_key() {
    let sim = sim().await;
    let headers = [("Idempotency-Key", "retry-after-fix")];
    let bad = "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=0";
    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        bad,
        &headers,
    )
    .await;
    assert_error_shape(&response, 400, "invalid_request_error");
    let good = "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1";
    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        good,
        &headers,
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    assert_eq!(response.header("idempotent-replayed"), None);
}

// ---------------------------------------------------------------- events

#[tokio::test]
async fn events_are_newest_first_and_filterable() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-ev").await;
    sim.pay(session.id.as_str(), "4000000000000002").unwrap();
    sim.pay(session.id.as_str(), "4242424242424242").unwrap();

    let all = ListEvent::new().limit(100).send(&client).await.unwrap();
    let types: Vec<String> = all.data.iter().map(|e| e.type_.to_string()).collect();
    assert_eq!(
        types,
        vec![
            "checkout.session.completed",
            "payment_intent.succeeded",
            "charge.succeeded",
            "payment_intent.payment_failed",
            "charge.failed",
            "payment_intent.created",
        ]
    );
    for pair in all.data.windows(2) {
        assert!(pair[0].created >= pair[1].created);
    }
    let completed = &all.data[0];
    let object = event_object(&sim, completed.id.as_str()).await;
    assert_eq!(object["id"], session.id.as_str());
    assert_eq!(object["client_reference_id"], "sale-ev");
    assert!(completed.id.as_str().starts_with("evt_"));

    let checkout_only = ListEvent::new()
        .type_("checkout.session.*")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(checkout_only.data.len(), 1);
    let two_types = ListEvent::new()
        .types(vec![
            "charge.failed".to_string(),
            "charge.succeeded".to_string(),
        ])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(two_types.data.len(), 2);

    // Paging backwards from the oldest with ending_before, forwards with starting_after.
    let first_two = ListEvent::new().limit(2).send(&client).await.unwrap();
    assert!(first_two.has_more);
    let rest = ListEvent::new()
        .limit(10)
        .starting_after(first_two.data[1].id.as_str())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(rest.data.len(), 4);
    let newer = ListEvent::new()
        .limit(10)
        .ending_before(all.data[5].id.as_str())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(newer.data.len(), 5);
    assert_eq!(newer.data[0].id, all.data[0].id);

    let future = ListEvent::new()
        .created(stripe_types::RangeQueryTs::gt(sim.now() + 10))
        .send(&client)
        .await
        .unwrap();
    assert!(future.data.is_empty());
    let recent = ListEvent::new()
        .created(stripe_types::RangeQueryTs::gte(sim.now() - 60))
        .limit(100)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(recent.data.len(), 6);

    let one = RetrieveEvent::new(completed.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(one.id, completed.id);
}

// ---------------------------------------------------------------- refunds

#[tokio::test]
async fn refunds_full_and_partial_are_reflected_on_the_charge() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-ref").await;
    sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    let retrieved = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    let pi_id = retrieved.payment_intent.unwrap().id().to_string();

    let partial = CreateRefund::new()
        .payment_intent(pi_id.clone())
        .amount(300)
        .reason(CreateRefundReason::RequestedByCustomer)
        .metadata(HashMap::from([(
            "sale_id".to_string(),
            "sale-ref".to_string(),
        )]))
        .send(&client)
        .await
        .unwrap();
    assert!(partial.id.as_str().starts_with("re_"));
    assert_eq!(partial.amount, 300);
    assert_eq!(partial.status, Some("succeeded".to_string()));
    assert_eq!(partial.metadata.as_ref().unwrap()["sale_id"], "sale-ref");

    let pi = RetrievePaymentIntent::new(pi_id.clone())
        .expand(["latest_charge".to_string()])
        .send(&client)
        .await
        .unwrap();
    let charge = match pi.latest_charge {
        Some(Expandable::Object(charge)) => charge,
        other => panic!("charge not expanded: {other:?}"),
    };
    assert_eq!(charge.amount_refunded, 300);
    assert!(!charge.refunded);

    // More than what remains is refused.
    let err = CreateRefund::new()
        .payment_intent(pi_id.clone())
        .amount(401)
        .send(&client)
        .await
        .unwrap_err();
    let (status, kind, _, param, _) = stripe_error(err);
    assert_eq!(
        (status, kind.as_str(), param.as_deref()),
        (400, "invalid_request_error", Some("amount"))
    );

    // The rest, without an amount.
    let rest = CreateRefund::new()
        .payment_intent(pi_id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(rest.amount, 400);
    let charge = RetrievePaymentIntent::new(pi_id.clone())
        .expand(["latest_charge".to_string()])
        .send(&client)
        .await
        .unwrap()
        .latest_charge
        .unwrap();
    let Expandable::Object(charge) = charge else {
        panic!("not expanded")
    };
    assert_eq!(charge.amount_refunded, 700);
    assert!(charge.refunded);

    let err = CreateRefund::new()
        .payment_intent(pi_id.clone())
        .send(&client)
        .await
        .unwrap_err();
    let (status, _, code, _, _) = stripe_error(err);
    assert_eq!(
        (status, code.as_deref()),
        (400, Some("charge_already_refunded"))
    );

    let again = RetrieveRefund::new(partial.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(again.amount, 300);
    let listed = ListRefund::new()
        .payment_intent(pi_id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(listed.data.len(), 2);

    let events = ListEvent::new()
        .types(vec![
            "charge.refunded".to_string(),
            "refund.created".to_string(),
        ])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(events.data.len(), 4);
    assert_eq!(events.data[0].type_.to_string(), "refund.created");
    let object = event_object(&sim, events.data[0].id.as_str()).await;
    assert_eq!(object["object"], "refund");
    assert_eq!(object["amount"], 400);
}

#[tokio::test]
async fn refunds_need_a_successful_payment() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-ref-2").await;
    sim.pay(session.id.as_str(), "4000000000000002").unwrap();
    let pi = sim.session(session.id.as_str()).unwrap()["payment_intent"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let err = CreateRefund::new()
        .payment_intent(pi)
        .send(&client)
        .await
        .unwrap_err();
    let (status, _, _, param, _) = stripe_error(err);
    assert_eq!((status, param.as_deref()), (400, Some("payment_intent")));
    let err = CreateRefund::new()
        .payment_intent("pi_missing")
        .send(&client)
        .await
        .unwrap_err();
    let (status, _, code, _, _) = stripe_error(err);
    assert_eq!((status, code.as_deref()), (400, Some("resource_missing")));
}

#[tokio::test]
async fn asynchronous_refund_cards_change_status_later() {
    let sim = sim_with(SimConfig {
        refund_settle_after: Duration::from_secs(3600),
        ..SimConfig::default()
    })
    .await;
    let client = client(&sim);

    let pending_card = create_coffee_session(&client, "sale-ref-7726").await;
    let result = sim
        .pay(pending_card.id.as_str(), "4000000000007726")
        .unwrap();
    let pi = result.session["payment_intent"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let refund = CreateRefund::new()
        .payment_intent(pi)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(refund.status, Some("pending".to_string()));
    sim.settle_refund(refund.id.as_str()).unwrap();
    let settled = RetrieveRefund::new(refund.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(settled.status, Some("succeeded".to_string()));

    let failing_card = create_coffee_session(&client, "sale-ref-5126").await;
    let result = sim
        .pay(failing_card.id.as_str(), "4000000000005126")
        .unwrap();
    let pi = result.session["payment_intent"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let refund = CreateRefund::new()
        .payment_intent(pi.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(refund.status, Some("succeeded".to_string()));
    // Time passes: the refund fails on its own, and the amount is no longer refunded.
    sim.advance_clock(Duration::from_secs(3601));
    let failed = RetrieveRefund::new(refund.id.clone())
        .send(&client)
        .await
        .unwrap();
    assert_eq!(failed.status, Some("failed".to_string()));
    let charge = RetrievePaymentIntent::new(pi)
        .expand(["latest_charge".to_string()])
        .send(&client)
        .await
        .unwrap()
        .latest_charge
        .unwrap();
    let Expandable::Object(charge) = charge else {
        panic!("not expanded")
    };
    assert_eq!(charge.amount_refunded, 0);

    let updated = ListEvent::new()
        .type_("refund.updated")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(updated.data.len(), 2);
    let failed_events = ListEvent::new()
        .type_("refund.failed")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(failed_events.data.len(), 1);
}

// ---------------------------------------------------------------- delayed payment methods

#[tokio::test]
async fn delayed_payments_send_async_payment_events() {
    let sim = sim().await;
    let client = client(&sim);
    for (succeed, event) in [
        (true, "checkout.session.async_payment_succeeded"),
        (false, "checkout.session.async_payment_failed"),
    ] {
        let session = coffee_session("sale-ach")
            .allowed_payment_method_types(vec![
                CreateCheckoutSessionAllowedPaymentMethodTypes::Card,
                CreateCheckoutSessionAllowedPaymentMethodTypes::UsBankAccount,
            ])
            .send(&client)
            .await
            .unwrap();
        let result = sim
            .pay_delayed(session.id.as_str(), "us_bank_account")
            .unwrap();
        assert_eq!(result.outcome, PayOutcome::Processing);
        let pending = RetrieveCheckoutSession::new(session.id.clone())
            .expand(["payment_intent".to_string()])
            .send(&client)
            .await
            .unwrap();
        assert_eq!(pending.status, Some(CheckoutSessionStatus::Complete));
        assert_eq!(pending.payment_status, CheckoutSessionPaymentStatus::Unpaid);
        let Some(Expandable::Object(pi)) = pending.payment_intent else {
            panic!("payment intent not expanded")
        };
        assert_eq!(pi.status, PaymentIntentStatus::Processing);

        sim.settle_async_payment(session.id.as_str(), succeed)
            .unwrap();
        let done = RetrieveCheckoutSession::new(session.id.clone())
            .send(&client)
            .await
            .unwrap();
        let expected = if succeed {
            CheckoutSessionPaymentStatus::Paid
        } else {
            CheckoutSessionPaymentStatus::Unpaid
        };
        assert_eq!(done.payment_status, expected);
        let events = ListEvent::new().type_(event).send(&client).await.unwrap();
        assert_eq!(events.data.len(), 1);
        let object = event_object(&sim, events.data[0].id.as_str()).await;
        assert_eq!(object["id"], session.id.as_str());
    }
}

// ---------------------------------------------------------------- bad requests

#[tokio::test]
async fn missing_or_malformed_auth_is_401() {
    let sim = sim().await;
    let response = raw_request(&sim, "GET", "/v1/products", None, "", &[]).await;
    let error = assert_error_shape(&response, 401, "invalid_request_error");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .starts_with("You did not provide an API key."));

    for key in [
        "sk_test_",
        "pk_test_abc",
        "sk_live_abc123",
        "not_a_key",
        "sk_test_has-dash",
    ] {
        let response = raw_request(&sim, "GET", "/v1/products", Some(key), "", &[]).await;
        let error = assert_error_shape(&response, 401, "invalid_request_error");
        let message = error["message"].as_str().unwrap();
        if key.len() > 12 {
            assert!(!message.contains(&key[8..]), "the key is masked: {message}");
        }
    }
    let err = ListProduct::new()
        .send(&client_with_key(&sim, "sk_live_real_key_123"))
        .await
        .unwrap_err();
    let (status, _, _, _, message) = stripe_error(err);
    assert_eq!(status, 401);
    assert!(message.contains("test-mode keys"), "{message}");

    // curl's `-u sk_test_…:` (Basic auth) works like Bearer.
    let response = stripe_sim::raw::request(
        "GET",
        &format!("{}/v1/products/prod_demo_mug", sim.base_url()),
        // base64("sk_test_123:")
        &[("Authorization", "Basic c2tfdGVzdF8xMjM6")],
        None,
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(response.status, 200);
    // Restricted test keys are accepted too.
    ListProduct::new()
        .send(&client_with_key(&sim, "rk_test_anything"))
        .await
        .unwrap();
}

#[tokio::test]
async fn unknown_parameters_are_named() {
    let sim = sim().await;
    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1&payment_method_types[0]=card",
        &[],
    )
    .await;
    let error = assert_error_shape(&response, 400, "invalid_request_error");
    assert_eq!(error["param"], "payment_method_types");
    assert_eq!(error["code"], "parameter_unknown");
    assert_eq!(
        error["message"],
        "Received unknown parameter: payment_method_types"
    );

    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1&line_items[0][colour]=red",
        &[],
    )
    .await;
    let error = assert_error_shape(&response, 400, "invalid_request_error");
    assert_eq!(error["param"], "line_items[0][colour]");

    let response = raw_request(&sim, "GET", "/v1/products?bogus=1", Some(KEY), "", &[]).await;
    let error = assert_error_shape(&response, 400, "invalid_request_error");
    assert_eq!(error["param"], "bogus");

    let response = raw_request(&sim, "GET", "/v1/nowhere", Some(KEY), "", &[]).await;
    let error = assert_error_shape(&response, 404, "invalid_request_error");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .starts_with("Unrecognized request URL"));
}

#[tokio::test]
async fn quantity_zero_is_400() {
    let sim = sim().await;
    let client = client(&sim);
    let mut item = CreateCheckoutSessionLineItems::new();
    item.price = Some("price_demo_coffee_usd".into());
    item.quantity = Some(0);
    let err = coffee_session("sale-q0")
        .line_items(vec![item])
        .send(&client)
        .await
        .unwrap_err();
    let (status, kind, _, param, _) = stripe_error(err);
    assert_eq!((status, kind.as_str()), (400, "invalid_request_error"));
    assert_eq!(param.as_deref(), Some("line_items[0][quantity]"));
    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=0",
        &[],
    )
    .await;
    assert_error_shape(&response, 400, "invalid_request_error");
}

#[tokio::test]
async fn expires_at_out_of_range_and_expire_on_complete_have_stripes_shape() {
    let sim = sim().await;
    let now = sim.now();
    let body = format!(
        "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1&expires_at={}",
        now + 60
    );
    let response = raw_request(&sim, "POST", "/v1/checkout/sessions", Some(KEY), &body, &[]).await;
    let error = assert_error_shape(&response, 400, "invalid_request_error");
    assert_eq!(error["param"], "expires_at");

    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-c").await;
    sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    let response = raw_request(
        &sim,
        "POST",
        &format!("/v1/checkout/sessions/{}/expire", session.id),
        Some(KEY),
        "",
        &[],
    )
    .await;
    assert_error_shape(&response, 400, "invalid_request_error");

    let response = raw_request(
        &sim,
        "GET",
        "/v1/checkout/sessions/cs_test_nope",
        Some(KEY),
        "",
        &[],
    )
    .await;
    let error = assert_error_shape(&response, 404, "invalid_request_error");
    assert_eq!(error["code"], "resource_missing");
}

#[tokio::test]
async fn stripe_limits_on_sessions() {
    let sim = sim().await;
    let base = "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1";
    let cases: Vec<(String, &str, Option<&str>)> = vec![
        (format!("{base}&client_reference_id={}", "x".repeat(201)), "client_reference_id", None),
        (format!("{base}&metadata[{}]=v", "k".repeat(41)), "metadata[kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk]", None),
        (format!("{base}&metadata[k]={}", "v".repeat(501)), "metadata[k]", None),
        (
            (0..51).fold(base.to_string(), |b, i| format!("{b}&metadata[k{i}]=v")),
            "metadata",
            None,
        ),
        (
            "mode=payment&line_items[0][price_data][currency]=jpy&line_items[0][price_data][unit_amount]=49&line_items[0][price_data][product_data][name]=Gum&line_items[0][quantity]=1".into(),
            "",
            Some("amount_too_small"),
        ),
        (
            "mode=payment&line_items[0][price]=price_demo_mug_usd&line_items[0][quantity]=99999".into(),
            "",
            Some("amount_too_large"),
        ),
        (
            "mode=payment&line_items[0][price]=price_demo_pro_plan_monthly&line_items[0][quantity]=1".into(),
            "line_items[0][price]",
            None,
        ),
        (
            "mode=payment&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1&line_items[1][price]=price_demo_coffee_jpy&line_items[1][quantity]=1".into(),
            "line_items",
            None,
        ),
        (
            (0..101).fold("mode=payment".to_string(), |b, i| {
                format!("{b}&line_items[{i}][price]=price_demo_cookie_usd&line_items[{i}][quantity]=1")
            }),
            "line_items",
            None,
        ),
    ];
    for (body, param, code) in cases {
        let response =
            raw_request(&sim, "POST", "/v1/checkout/sessions", Some(KEY), &body, &[]).await;
        let error = assert_error_shape(&response, 400, "invalid_request_error");
        if !param.is_empty() {
            assert_eq!(error["param"], param, "{error}");
        }
        if let Some(code) = code {
            assert_eq!(error["code"], code, "{error}");
        }
    }
    // 100 line items and 50 metadata keys are fine.
    let hundred = (0..100).fold("mode=payment".to_string(), |b, i| {
        format!("{b}&line_items[{i}][price]=price_demo_cookie_usd&line_items[{i}][quantity]=1")
    });
    let fifty = (0..50).fold(hundred, |b, i| format!("{b}&metadata[k{i}]=v"));
    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        &fifty,
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
}

// ---------------------------------------------------------------- keys

#[tokio::test]
async fn revoked_keys_get_401() {
    let sim = sim_with(SimConfig {
        revoked_keys: vec!["sk_test_listed_in_config".into()],
        ..SimConfig::default()
    })
    .await;
    for key in ["sk_test_was_revoked", "sk_test_listed_in_config"] {
        let err = ListProduct::new()
            .send(&client_with_key(&sim, key))
            .await
            .unwrap_err();
        let (status, _, _, _, message) = stripe_error(err);
        assert_eq!(status, 401);
        assert!(
            message.starts_with("Invalid API Key provided: sk_test_"),
            "{message}"
        );
    }
    let key = "sk_test_revoke_me_later";
    ListProduct::new()
        .send(&client_with_key(&sim, key))
        .await
        .unwrap();
    sim.revoke_key(key);
    let err = ListProduct::new()
        .send(&client_with_key(&sim, key))
        .await
        .unwrap_err();
    assert_eq!(stripe_error(err).0, 401);
}

#[tokio::test]
async fn restricted_keys_get_403_outside_their_permissions() {
    let sim = sim_with(SimConfig {
        restricted_keys: vec![(
            "rk_test_from_config".into(),
            vec!["rak_product_read".into()],
        )],
        ..SimConfig::default()
    })
    .await;
    let key = "rk_test_till_register_key";
    sim.restrict_key(key, &["rak_checkout_session_write", "payment_intent_read"])
        .unwrap();
    let client = client_with_key(&sim, key);
    let session = create_coffee_session(&client, "sale-rk").await;
    // Write implies read.
    RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    let err = ListProduct::new().send(&client).await.unwrap_err();
    let (status, kind, _, _, message) = stripe_error(err);
    assert_eq!((status, kind.as_str()), (403, "invalid_request_error"));
    assert!(
        message.starts_with("The provided key 'rk_test_")
            && message.contains("does not have the required permissions for this endpoint"),
        "{message}"
    );
    assert!(message.contains("rak_product_read"), "{message}");
    assert!(
        !message.contains("till_register"),
        "the key is masked: {message}"
    );
    let err = ListEvent::new().send(&client).await.unwrap_err();
    assert_eq!(stripe_error(err).0, 403);

    let config_client = client_with_key(&sim, "rk_test_from_config");
    ListProduct::new().send(&config_client).await.unwrap();
    let err = coffee_session("x").send(&config_client).await.unwrap_err();
    assert_eq!(stripe_error(err).0, 403);
}

// ---------------------------------------------------------------- receipts

#[tokio::test]
async fn receipt_email_reaches_the_payment_intent_and_its_charge_and_a_bad_one_is_refused() {
    let sim = sim().await;
    let client = client(&sim);
    let mut pi_data =
        stripe_checkout::checkout_session::CreateCheckoutSessionPaymentIntentData::new();
    pi_data.receipt_email = Some("guest@example.com".to_string());
    let session = coffee_session("sale-receipt-1")
        .payment_intent_data(pi_data)
        .send(&client)
        .await
        .unwrap();
    let paid = sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    assert_eq!(paid.outcome, PayOutcome::Succeeded);
    let session = RetrieveCheckoutSession::new(session.id.clone())
        .send(&client)
        .await
        .unwrap();
    let pi_id = match session.payment_intent {
        Some(Expandable::Id(id)) => id,
        other => panic!("a payment intent id: {other:?}"),
    };
    let pi = RetrievePaymentIntent::new(pi_id)
        .expand(["latest_charge".to_string()])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(pi.receipt_email.as_deref(), Some("guest@example.com"));
    let charge = match pi.latest_charge {
        Some(Expandable::Object(charge)) => charge,
        other => panic!("charge not expanded: {other:?}"),
    };
    assert_eq!(charge.receipt_email.as_deref(), Some("guest@example.com"));

    // Not an address: refused, naming the parameter, and no session is made.
    let before = ListCheckoutSession::new()
        .send(&client)
        .await
        .unwrap()
        .data
        .len();
    let mut pi_data =
        stripe_checkout::checkout_session::CreateCheckoutSessionPaymentIntentData::new();
    pi_data.receipt_email = Some("nobody".to_string());
    let err = coffee_session("sale-receipt-2")
        .payment_intent_data(pi_data)
        .send(&client)
        .await
        .unwrap_err();
    let (status, kind, code, param, message) = stripe_error(err);
    assert_eq!(
        (status, kind.as_str(), code.as_deref(), param.as_deref()),
        (
            400,
            "invalid_request_error",
            Some("email_invalid"),
            Some("payment_intent_data[receipt_email]")
        )
    );
    assert_eq!(message, "Invalid email address: nobody");
    let after = ListCheckoutSession::new()
        .send(&client)
        .await
        .unwrap()
        .data
        .len();
    assert_eq!(before, after);
}
