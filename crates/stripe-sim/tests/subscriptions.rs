//! Memberships: Checkout in `subscription` mode, customers, subscriptions, invoices, renewals,
//! failed payments and cancellation — driven over HTTP (async-stripe where it has the request,
//! its generic request builder or the raw client otherwise) and read back into async-stripe's
//! types.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::collections::HashMap;

use common::*;
use serde_json::Value;
use stripe::{IdempotencyKey, RequestStrategy};
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionLineItems, CreateCheckoutSessionSubscriptionData,
    RetrieveCheckoutSession,
};
use stripe_checkout::{CheckoutSessionMode, CheckoutSessionPaymentStatus, CheckoutSessionStatus};
use stripe_client_core::{RequestBuilder, StripeMethod};
use stripe_core::customer::{ListCustomer, RetrieveCustomer, RetrieveCustomerReturned};
use stripe_shared::{
    CheckoutSession, Customer, Invoice, InvoiceBillingReason, InvoiceStatus, Subscription,
    SubscriptionStatus,
};
use stripe_sim::{PayOutcome, SimConfig, SimHandle};
use stripe_types::{Expandable, List};

const PRO: &str = "price_demo_pro_plan_monthly";

/// A typed request through async-stripe's generic builder (what Till's core can use for the
/// billing routes): `typed!(client, Get, "/subscriptions/sub_…", "expand[]=customer", Subscription)`.
macro_rules! typed {
    ($client:expr, $method:ident, $path:expr, $query:expr, $ty:ty) => {{
        let query: &str = $query;
        RequestBuilder {
            query: (!query.is_empty()).then(|| query.to_string()),
            body: None,
            path: $path.to_string(),
            method: StripeMethod::$method,
        }
        .customize::<$ty>()
        .send(&$client)
        .await
    }};
}

fn pro_item(price: &str, quantity: u64) -> CreateCheckoutSessionLineItems {
    let mut item = CreateCheckoutSessionLineItems::new();
    item.price = Some(price.into());
    item.quantity = Some(quantity);
    item
}

/// Pro Plan monthly plus a one-time mug, for `member@example.com`.
fn membership_session(member: &str) -> CreateCheckoutSession {
    let mut data = CreateCheckoutSessionSubscriptionData::new();
    data.metadata = Some(HashMap::from([(
        "member_id".to_string(),
        member.to_string(),
    )]));
    data.description = Some("Till membership".into());
    CreateCheckoutSession::new()
        .mode(CheckoutSessionMode::Subscription)
        .line_items(vec![pro_item(PRO, 1), pro_item("price_demo_mug_usd", 1)])
        .customer_email(format!("{member}@example.com"))
        .client_reference_id(member)
        .metadata(HashMap::from([(
            "member_id".to_string(),
            member.to_string(),
        )]))
        .subscription_data(data)
        .success_url("http://127.0.0.1:9/welcome?session_id={CHECKOUT_SESSION_ID}")
        .cancel_url("http://127.0.0.1:9/cancel")
}

/// A paid membership: `(session id, subscription id, customer id, first invoice id)`.
async fn paid_membership(sim: &SimHandle, member: &str) -> (String, String, String, String) {
    let client = client(sim);
    let session = membership_session(member).send(&client).await.unwrap();
    let paid = sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    assert_eq!(paid.outcome, PayOutcome::Succeeded);
    let s = &paid.session;
    (
        session.id.to_string(),
        s["subscription"].as_str().unwrap().to_string(),
        s["customer"].as_str().unwrap().to_string(),
        s["invoice"].as_str().unwrap().to_string(),
    )
}

fn invoice_id_of(invoice: &Expandable<Invoice>) -> String {
    match invoice {
        Expandable::Id(id) => id.as_ref().unwrap().to_string(),
        Expandable::Object(invoice) => invoice.id.as_ref().unwrap().to_string(),
    }
}

fn types_of(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|e| e["type"].as_str().unwrap().to_string())
        .collect()
}

fn period_of(sub: &Subscription) -> (i64, i64) {
    let item = &sub.items.data[0];
    (item.current_period_start, item.current_period_end)
}

fn subscription_of_invoice(invoice: &Invoice) -> String {
    let parent = invoice.parent.as_ref().expect("invoice parent");
    let details = parent
        .subscription_details
        .as_ref()
        .expect("subscription_details");
    details.subscription.id().to_string()
}

// ---------------------------------------------------------------- session create

#[tokio::test]
async fn subscription_session_is_created_open_with_the_first_invoice_amount() {
    let sim = sim().await;
    let client = client(&sim);
    let session = membership_session("m-1").send(&client).await.unwrap();
    assert_eq!(session.mode, CheckoutSessionMode::Subscription);
    assert_eq!(session.status, Some(CheckoutSessionStatus::Open));
    assert_eq!(session.payment_status, CheckoutSessionPaymentStatus::Unpaid);
    assert!(session.subscription.is_none());
    assert!(session.customer.is_none());
    assert!(session.invoice.is_none());
    assert!(session.payment_intent.is_none());
    // Pro Plan $29.00 + the mug $18.00, both on the first invoice.
    assert_eq!(session.amount_subtotal, Some(4700));
    assert_eq!(session.amount_total, Some(4700));
    assert_eq!(session.customer_email.as_deref(), Some("m-1@example.com"));
    assert!(session.url.is_some());

    // price_data with recurring works in subscription mode.
    let body = "mode=subscription&line_items[0][quantity]=1\
        &line_items[0][price_data][currency]=usd&line_items[0][price_data][unit_amount]=1500\
        &line_items[0][price_data][product_data][name]=Club&line_items[0][price_data][recurring][interval]=week\
        &customer_email=a%40b.c";
    let created = raw_request(&sim, "POST", "/v1/checkout/sessions", Some(KEY), body, &[]).await;
    assert_eq!(created.status, 200, "{}", created.text());
    let json = created.json().unwrap();
    let typed: CheckoutSession = serde_json::from_value(json.clone()).unwrap();
    assert_eq!(typed.mode, CheckoutSessionMode::Subscription);
    assert_eq!(json["amount_total"], 1500);
}

#[tokio::test]
async fn subscription_session_refusals_have_stripes_messages() {
    let sim = sim().await;
    let cases = [
        (
            "mode=subscription&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=1",
            "You must provide at least one recurring price in `subscription` mode when using prices.",
            "line_items",
        ),
        (
            "mode=subscription&line_items[0][price]=price_demo_pro_plan_monthly&line_items[0][quantity]=1\
             &line_items[1][quantity]=1&line_items[1][price_data][currency]=usd\
             &line_items[1][price_data][unit_amount]=9900&line_items[1][price_data][product_data][name]=Yearly\
             &line_items[1][price_data][recurring][interval]=year",
            "Currency and interval fields must match across all plans on this subscription. Found mismatch in interval field.",
            "line_items",
        ),
        (
            "mode=payment&line_items[0][price]=price_demo_pro_plan_monthly&line_items[0][quantity]=1",
            "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
            "line_items[0][price]",
        ),
        (
            "mode=subscription&line_items[0][price]=price_demo_pro_plan_monthly&line_items[0][quantity]=1\
             &payment_intent_data[metadata][sale]=1",
            "You can not pass `payment_intent_data` in `subscription` mode.",
            "payment_intent_data",
        ),
    ];
    for (body, message, param) in cases {
        let response =
            raw_request(&sim, "POST", "/v1/checkout/sessions", Some(KEY), body, &[]).await;
        let error = assert_error_shape(&response, 400, "invalid_request_error");
        assert_eq!(error["message"], message, "{body}");
        assert_eq!(error["param"], param, "{body}");
    }
    // Unknown parameters are still named, also inside subscription_data.
    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        "mode=subscription&line_items[0][price]=price_demo_pro_plan_monthly&line_items[0][quantity]=1&subscription_data[colour]=red",
        &[],
    )
    .await;
    let error = assert_error_shape(&response, 400, "invalid_request_error");
    assert_eq!(error["param"], "subscription_data[colour]");
    // An unknown customer is Stripe's 400 `resource_missing` naming `customer`.
    let response = raw_request(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        Some(KEY),
        "mode=subscription&line_items[0][price]=price_demo_pro_plan_monthly&line_items[0][quantity]=1&customer=cus_missing",
        &[],
    )
    .await;
    let error = assert_error_shape(&response, 400, "invalid_request_error");
    assert_eq!(error["code"], "resource_missing");
    assert_eq!(error["param"], "customer");
    assert!(sim.events().is_empty(), "nothing was created");
}

// ---------------------------------------------------------------- paying

#[tokio::test]
async fn paying_with_4242_creates_customer_subscription_and_paid_invoice() {
    let sim = sim().await;
    let client = client(&sim);
    let before = sim.now();
    let session = membership_session("m-2").send(&client).await.unwrap();
    let paid = sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    assert_eq!(paid.outcome, PayOutcome::Succeeded);

    // The session, with subscription and customer expanded.
    let done = RetrieveCheckoutSession::new(session.id.clone())
        .expand(["subscription".to_string(), "customer".to_string()])
        .send(&client)
        .await
        .unwrap();
    assert_eq!(done.status, Some(CheckoutSessionStatus::Complete));
    assert_eq!(done.payment_status, CheckoutSessionPaymentStatus::Paid);
    assert!(
        done.payment_intent.is_none(),
        "no PaymentIntent in subscription mode"
    );
    assert!(done.url.is_none());
    assert_eq!(
        done.customer_details.as_ref().unwrap().email.as_deref(),
        Some("m-2@example.com")
    );
    let Some(Expandable::Object(sub)) = &done.subscription else {
        panic!("subscription not expanded: {:?}", done.subscription)
    };
    let Some(Expandable::Object(customer)) = &done.customer else {
        panic!("customer not expanded")
    };
    let invoice_id = invoice_id_of(done.invoice.as_ref().unwrap());

    // Customer.
    assert!(customer.id.as_str().starts_with("cus_"));
    assert_eq!(customer.email.as_deref(), Some("m-2@example.com"));
    let RetrieveCustomerReturned::Customer(fetched) = RetrieveCustomer::new(customer.id.clone())
        .send(&client)
        .await
        .unwrap()
    else {
        panic!("deleted customer")
    };
    assert_eq!(fetched.id, customer.id);

    // Subscription.
    assert!(sub.id.as_str().starts_with("sub_"));
    assert_eq!(sub.status, SubscriptionStatus::Active);
    assert!(!sub.cancel_at_period_end);
    assert_eq!(sub.customer.id(), customer.id.as_str());
    assert_eq!(sub.metadata["member_id"], "m-2");
    assert_eq!(sub.description.as_deref(), Some("Till membership"));
    assert_eq!(sub.collection_method.as_str(), "charge_automatically");
    assert!(sub.default_payment_method.is_some());
    assert_eq!(
        invoice_id_of(sub.latest_invoice.as_ref().unwrap()),
        invoice_id
    );
    assert!(sub.start_date >= before);
    assert_eq!(sub.billing_cycle_anchor, sub.start_date);
    assert_eq!(
        sub.items.data.len(),
        1,
        "only the recurring price is an item"
    );
    let item = &sub.items.data[0];
    assert_eq!(item.price.id.as_str(), PRO);
    assert_eq!(item.price.unit_amount, Some(2900));
    assert_eq!(item.quantity, Some(1));
    let (start, end) = period_of(sub);
    assert_eq!(start, sub.start_date);
    // One calendar month later: 28 to 31 days.
    assert!(
        (28 * 86_400..=31 * 86_400).contains(&(end - start)),
        "{start}..{end}"
    );

    // The subscription through its own route, with customer and latest_invoice expanded.
    let again = typed!(
        client,
        Get,
        format!("/subscriptions/{}", sub.id),
        "expand[]=customer&expand[]=latest_invoice",
        Subscription
    )
    .unwrap();
    assert!(matches!(again.customer, Expandable::Object(_)));
    let Some(Expandable::Object(invoice)) = &again.latest_invoice else {
        panic!("latest_invoice not expanded")
    };

    // The first invoice: both lines, paid.
    assert_eq!(invoice.id.as_ref().unwrap().as_str(), invoice_id);
    assert_eq!(invoice.status, Some(InvoiceStatus::Paid));
    assert_eq!(
        invoice.billing_reason,
        Some(InvoiceBillingReason::SubscriptionCreate)
    );
    assert_eq!(invoice.amount_due, 4700);
    assert_eq!(invoice.amount_paid, 4700);
    assert_eq!(invoice.amount_remaining, 0);
    assert_eq!(invoice.customer_email.as_deref(), Some("m-2@example.com"));
    assert_eq!(subscription_of_invoice(invoice), sub.id.as_str());
    let details = invoice
        .parent
        .as_ref()
        .unwrap()
        .subscription_details
        .as_ref()
        .unwrap();
    assert_eq!(details.metadata.as_ref().unwrap()["member_id"], "m-2");
    assert_eq!(invoice.lines.data.len(), 2);
    let recurring_line = &invoice.lines.data[0];
    assert_eq!(recurring_line.amount, 2900);
    assert_eq!(
        (recurring_line.period.start, recurring_line.period.end),
        (start, end)
    );
    assert_eq!(invoice.lines.data[1].amount, 1800);
    assert!(invoice.status_transitions.paid_at.is_some());
    assert!(invoice.number.is_some());

    let fetched = typed!(client, Get, format!("/invoices/{invoice_id}"), "", Invoice).unwrap();
    assert_eq!(fetched.total, 4700);

    // Events, in Stripe's order, each object as it was then.
    let events = sim.events();
    assert_eq!(
        types_of(&events),
        [
            "customer.created",
            "customer.subscription.created",
            "invoice.created",
            "invoice.finalized",
            "invoice.paid",
            "invoice.payment_succeeded",
            "checkout.session.completed",
        ]
    );
    let object = |i: usize| events[i]["data"]["object"].clone();
    let _: Customer = serde_json::from_value(object(0)).unwrap();
    let created: Subscription = serde_json::from_value(object(1)).unwrap();
    assert_eq!(created.status, SubscriptionStatus::Active);
    let draft: Invoice = serde_json::from_value(object(2)).unwrap();
    assert_eq!(draft.status, Some(InvoiceStatus::Draft));
    let open: Invoice = serde_json::from_value(object(3)).unwrap();
    assert_eq!(open.status, Some(InvoiceStatus::Open));
    let paid_invoice: Invoice = serde_json::from_value(object(4)).unwrap();
    assert_eq!(paid_invoice.status, Some(InvoiceStatus::Paid));
    assert_eq!(subscription_of_invoice(&paid_invoice), sub.id.as_str());
    let completed: CheckoutSession = serde_json::from_value(object(6)).unwrap();
    assert_eq!(completed.subscription.unwrap().id(), sub.id.as_str());

    // The Rust helpers see the same objects.
    assert_eq!(
        sim.subscription(sub.id.as_str()).unwrap()["status"],
        "active"
    );
    assert_eq!(
        sim.customer(customer.id.as_str()).unwrap()["email"],
        "m-2@example.com"
    );
    assert_eq!(sim.invoice(&invoice_id).unwrap()["status"], "paid");
    assert!(sim.subscription("sub_missing").is_none());
}

#[tokio::test]
async fn a_decline_keeps_the_session_open_and_creates_nothing() {
    let sim = sim().await;
    let client = client(&sim);
    let session = membership_session("m-3").send(&client).await.unwrap();
    let declined = sim.pay(session.id.as_str(), "4000000000009995").unwrap();
    match &declined.outcome {
        PayOutcome::Declined {
            code,
            decline_code,
            message,
        } => {
            assert_eq!(code, "card_declined");
            assert_eq!(decline_code.as_deref(), Some("insufficient_funds"));
            assert_eq!(message, "Your card has insufficient funds.");
        }
        other => panic!("expected a decline, got {other:?}"),
    }
    assert_eq!(declined.session["status"], "open");
    assert!(declined.session["payment_intent"].is_null());
    assert!(declined.session["subscription"].is_null());
    assert!(declined.session["customer"].is_null());
    assert!(sim.events().is_empty(), "{:?}", types_of(&sim.events()));
    let customers = ListCustomer::new().send(&client).await.unwrap();
    assert!(customers.data.is_empty());
    let subs = typed!(
        client,
        Get,
        "/subscriptions",
        "status=all",
        List<Subscription>
    )
    .unwrap();
    assert!(subs.data.is_empty());

    // 3-D Secure: waits, then completes into a subscription.
    let pending = sim.pay(session.id.as_str(), "4000002500003155").unwrap();
    assert_eq!(pending.outcome, PayOutcome::RequiresAction);
    assert!(pending.session["payment_intent"].is_null());
    let done = sim.complete_3ds(session.id.as_str(), true).unwrap();
    assert_eq!(done.outcome, PayOutcome::Succeeded);
    assert_eq!(done.session["status"], "complete");
    assert!(done.session["subscription"]
        .as_str()
        .unwrap()
        .starts_with("sub_"));
}

#[tokio::test]
async fn a_session_without_an_email_needs_one() {
    let sim = sim().await;
    let client = client(&sim);
    let session = CreateCheckoutSession::new()
        .mode(CheckoutSessionMode::Subscription)
        .line_items(vec![pro_item(PRO, 1)])
        .send(&client)
        .await
        .unwrap();
    let err = sim
        .pay(session.id.as_str(), "4242424242424242")
        .unwrap_err();
    assert!(err.to_string().contains("email"), "{err}");
    // The test helper takes the email the customer would type.
    let response = raw_request(
        &sim,
        "POST",
        &format!("/v1/test_helpers/checkout/sessions/{}/pay", session.id),
        None,
        "card_number=4242424242424242&email=typed%40example.com&name=Ada",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let body = response.json().unwrap();
    assert_eq!(body["outcome"], "succeeded");
    let customer_id = body["checkout_session"]["customer"].as_str().unwrap();
    let customer = sim.customer(customer_id).unwrap();
    assert_eq!(customer["email"], "typed@example.com");
    assert_eq!(customer["name"], "Ada");

    // An existing customer can subscribe again without typing anything.
    let second = CreateCheckoutSession::new()
        .mode(CheckoutSessionMode::Subscription)
        .line_items(vec![pro_item(PRO, 2)])
        .customer(customer_id)
        .send(&client)
        .await
        .unwrap();
    assert_eq!(second.customer.as_ref().unwrap().id(), customer_id);
    let paid = sim.pay(second.id.as_str(), "4242424242424242").unwrap();
    assert_eq!(paid.session["customer"], customer_id);
    assert_eq!(paid.session["amount_total"], 5800);
    let created = sim
        .events()
        .iter()
        .filter(|e| e["type"] == "customer.created")
        .count();
    assert_eq!(created, 1, "the existing customer is reused");
}

// ---------------------------------------------------------------- renewals

#[tokio::test]
async fn advancing_renews_with_a_new_paid_invoice() {
    let sim = sim().await;
    let client = client(&sim);
    let (_, sub_id, _, first_invoice) = paid_membership(&sim, "m-4").await;
    let original = typed!(
        client,
        Get,
        format!("/subscriptions/{sub_id}"),
        "",
        Subscription
    )
    .unwrap();
    let (_, first_end) = period_of(&original);
    let cursor = sim.event_cursor();

    let advanced = sim
        .advance_subscription(&sub_id, Some("4242424242424242"))
        .unwrap();
    let renewed: Subscription = serde_json::from_value(advanced).unwrap();
    assert_eq!(renewed.status, SubscriptionStatus::Active);
    let (start, end) = period_of(&renewed);
    assert_eq!(start, first_end);
    assert!((28 * 86_400..=31 * 86_400).contains(&(end - start)));
    assert!(sim.now() >= first_end, "the clock reached the period end");
    let latest = invoice_id_of(&renewed.latest_invoice.unwrap());
    assert_ne!(latest, first_invoice);

    let invoice = typed!(client, Get, format!("/invoices/{latest}"), "", Invoice).unwrap();
    assert_eq!(invoice.status, Some(InvoiceStatus::Paid));
    assert_eq!(
        invoice.billing_reason,
        Some(InvoiceBillingReason::SubscriptionCycle)
    );
    assert_eq!(
        invoice.amount_paid, 2900,
        "one-time items are not billed again"
    );
    assert_eq!(invoice.lines.data.len(), 1);
    assert_eq!(
        (
            invoice.lines.data[0].period.start,
            invoice.lines.data[0].period.end
        ),
        (start, end)
    );
    assert_eq!(subscription_of_invoice(&invoice), sub_id);

    let new_events = sim.events_since(cursor);
    assert_eq!(
        types_of(&new_events),
        [
            "customer.subscription.updated",
            "invoice.created",
            "invoice.finalized",
            "invoice.paid",
            "invoice.payment_succeeded",
        ]
    );
    let previous = &new_events[0]["data"]["previous_attributes"];
    assert_eq!(previous["latest_invoice"], first_invoice.as_str());
    assert!(previous["items"].is_object(), "{previous}");

    // Over HTTP, with the current card.
    let response = raw_request(
        &sim,
        "POST",
        &format!("/v1/test_helpers/subscriptions/{sub_id}/advance"),
        None,
        "",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let third: Subscription = serde_json::from_value(response.json().unwrap()).unwrap();
    assert_eq!(period_of(&third).0, end);
    let invoices = typed!(
        client,
        Get,
        "/invoices",
        &format!("subscription={sub_id}"),
        List<Invoice>
    )
    .unwrap();
    assert_eq!(invoices.data.len(), 3);
}

#[tokio::test]
async fn a_failed_renewal_goes_past_due_until_a_retry_succeeds() {
    let sim = sim().await;
    let client = client(&sim);
    let (_, sub_id, customer_id, _) = paid_membership(&sim, "m-5").await;
    let cursor = sim.event_cursor();

    let advanced = sim
        .advance_subscription(&sub_id, Some("4000000000009995"))
        .unwrap();
    let sub: Subscription = serde_json::from_value(advanced).unwrap();
    assert_eq!(sub.status, SubscriptionStatus::PastDue);
    let invoice_id = invoice_id_of(&sub.latest_invoice.unwrap());
    let invoice = typed!(client, Get, format!("/invoices/{invoice_id}"), "", Invoice).unwrap();
    assert_eq!(invoice.status, Some(InvoiceStatus::Open));
    assert_eq!(invoice.attempt_count, 1);
    assert!(invoice.attempted);
    assert_eq!(invoice.amount_paid, 0);
    assert_eq!(invoice.amount_remaining, 2900);
    assert!(invoice.next_payment_attempt.is_some());

    let new_events = sim.events_since(cursor);
    assert_eq!(
        types_of(&new_events),
        [
            "customer.subscription.updated",
            "invoice.created",
            "invoice.finalized",
            "invoice.payment_failed",
            "customer.subscription.updated",
        ]
    );
    let failed: Invoice = serde_json::from_value(new_events[3]["data"]["object"].clone()).unwrap();
    assert_eq!(subscription_of_invoice(&failed), sub_id);
    let last = &new_events[4]["data"];
    assert_eq!(last["object"]["status"], "past_due");
    assert_eq!(last["previous_attributes"]["status"], "active");
    assert_eq!(sim.customer(&customer_id).unwrap()["delinquent"], true);

    // Another decline: one more attempt on the record.
    let again = sim.retry_invoice(&invoice_id, None).unwrap();
    assert_eq!(again["attempt_count"], 2);
    assert_eq!(again["status"], "open");
    assert_eq!(sim.subscription(&sub_id).unwrap()["status"], "past_due");
    assert_eq!(
        sim.events().last().unwrap()["type"],
        "invoice.payment_failed"
    );

    // A new card pays it (over HTTP) and becomes the subscription's card.
    let card_before = sim.subscription(&sub_id).unwrap()["default_payment_method"].clone();
    let response = raw_request(
        &sim,
        "POST",
        &format!("/v1/test_helpers/invoices/{invoice_id}/attempt"),
        None,
        "card=4242424242424242",
        &[],
    )
    .await;
    assert_eq!(response.status, 200, "{}", response.text());
    let paid: Invoice = serde_json::from_value(response.json().unwrap()).unwrap();
    assert_eq!(paid.status, Some(InvoiceStatus::Paid));
    assert_eq!(paid.attempt_count, 3);
    let sub = sim.subscription(&sub_id).unwrap();
    assert_eq!(sub["status"], "active");
    assert_ne!(sub["default_payment_method"], card_before);
    assert_eq!(sim.customer(&customer_id).unwrap()["delinquent"], false);
    let tail = types_of(&sim.events());
    assert_eq!(
        &tail[tail.len() - 3..],
        [
            "invoice.paid",
            "invoice.payment_succeeded",
            "customer.subscription.updated"
        ]
    );

    // A paid invoice cannot be attempted again.
    let err = sim.retry_invoice(&invoice_id, None).unwrap_err();
    assert!(err.to_string().contains("already paid"), "{err}");
    // The next renewal uses the new card.
    let next = sim.advance_subscription(&sub_id, None).unwrap();
    assert_eq!(next["status"], "active");
}

// ---------------------------------------------------------------- cancellation

#[tokio::test]
async fn cancel_at_period_end_then_advance_ends_the_subscription() {
    let sim = sim().await;
    let client = client(&sim);
    let (_, sub_id, customer_id, _) = paid_membership(&sim, "m-6").await;
    let key = "cancel-m-6";
    let path = format!("/v1/subscriptions/{sub_id}");
    let body = "cancel_at_period_end=true&metadata[reason]=moving";
    let first = raw_request(
        &sim,
        "POST",
        &path,
        Some(KEY),
        body,
        &[("Idempotency-Key", key)],
    )
    .await;
    assert_eq!(first.status, 200, "{}", first.text());
    let updated: Subscription = serde_json::from_value(first.json().unwrap()).unwrap();
    assert!(updated.cancel_at_period_end);
    assert_eq!(updated.status, SubscriptionStatus::Active);
    assert_eq!(updated.cancel_at, Some(period_of(&updated).1));
    assert_eq!(updated.metadata["reason"], "moving");
    assert_eq!(updated.metadata["member_id"], "m-6");
    let event = sim.events().last().unwrap().clone();
    assert_eq!(event["type"], "customer.subscription.updated");
    assert_eq!(
        event["data"]["previous_attributes"]["cancel_at_period_end"],
        false
    );
    assert_eq!(event["request"]["idempotency_key"], key);
    let cursor = sim.event_cursor();

    // The same key replays; nothing happens twice.
    let replay = raw_request(
        &sim,
        "POST",
        &path,
        Some(KEY),
        body,
        &[("Idempotency-Key", key)],
    )
    .await;
    assert_eq!(replay.header("idempotent-replayed"), Some("true"));
    assert_eq!(replay.text(), first.text());
    assert_eq!(types_of(&sim.events_since(cursor)), Vec::<String>::new());

    // Also through async-stripe's generic builder.
    let same = RequestBuilder {
        query: None,
        body: Some("metadata[note]=hi".into()),
        path: format!("/subscriptions/{sub_id}"),
        method: StripeMethod::Post,
    }
    .customize::<Subscription>()
    .request_strategy(RequestStrategy::Idempotent(
        IdempotencyKey::new("note-m-6").unwrap(),
    ))
    .send(&client)
    .await
    .unwrap();
    assert_eq!(same.metadata["note"], "hi");

    let cursor = sim.event_cursor();
    let ended = sim.advance_subscription(&sub_id, None).unwrap();
    let ended: Subscription = serde_json::from_value(ended).unwrap();
    assert_eq!(ended.status, SubscriptionStatus::Canceled);
    assert_eq!(ended.ended_at, Some(period_of(&updated).1));
    assert!(ended.canceled_at.is_some());
    let last = sim.events().last().unwrap().clone();
    assert_eq!(last["type"], "customer.subscription.deleted");
    assert_eq!(last["data"]["object"]["status"], "canceled");
    assert_eq!(
        types_of(&sim.events_since(cursor)),
        ["customer.subscription.deleted"],
        "no invoice at the end"
    );

    // Canceled subscriptions leave the default list, and have no next period.
    let active = typed!(
        client,
        Get,
        "/subscriptions",
        &format!("customer={customer_id}"),
        List<Subscription>
    )
    .unwrap();
    assert!(active.data.is_empty());
    for status in ["canceled", "ended", "all"] {
        let listed = typed!(
            client,
            Get,
            "/subscriptions",
            &format!("customer={customer_id}&status={status}"),
            List<Subscription>
        )
        .unwrap();
        assert_eq!(listed.data.len(), 1, "{status}");
    }
    let err = sim.advance_subscription(&sub_id, None).unwrap_err();
    assert!(err.to_string().contains("canceled"), "{err}");
    let refused = raw_request(
        &sim,
        "POST",
        &path,
        Some(KEY),
        "cancel_at_period_end=false",
        &[],
    )
    .await;
    assert_error_shape(&refused, 400, "invalid_request_error");
}

#[tokio::test]
async fn undoing_cancel_at_period_end_renews_as_usual() {
    let sim = sim().await;
    let (_, sub_id, _, _) = paid_membership(&sim, "m-7").await;
    let path = format!("/v1/subscriptions/{sub_id}");
    raw_request(
        &sim,
        "POST",
        &path,
        Some(KEY),
        "cancel_at_period_end=true",
        &[],
    )
    .await;
    let undone = raw_request(
        &sim,
        "POST",
        &path,
        Some(KEY),
        "cancel_at_period_end=false",
        &[],
    )
    .await;
    let undone = undone.json().unwrap();
    assert_eq!(undone["cancel_at_period_end"], false);
    assert!(undone["cancel_at"].is_null());
    assert!(undone["canceled_at"].is_null());
    let renewed = sim.advance_subscription(&sub_id, None).unwrap();
    assert_eq!(renewed["status"], "active");
    // Unknown parameters are refused, by name.
    let unknown = raw_request(
        &sim,
        "POST",
        &path,
        Some(KEY),
        "pause_collection[behavior]=void",
        &[],
    )
    .await;
    let error = assert_error_shape(&unknown, 400, "invalid_request_error");
    assert_eq!(error["param"], "pause_collection");
}

#[tokio::test]
async fn delete_cancels_now() {
    let sim = sim().await;
    let client = client(&sim);
    let (_, sub_id, _, _) = paid_membership(&sim, "m-8").await;
    let canceled = typed!(
        client,
        Delete,
        format!("/subscriptions/{sub_id}"),
        "",
        Subscription
    )
    .unwrap();
    assert_eq!(canceled.status, SubscriptionStatus::Canceled);
    assert!(canceled.ended_at.is_some());
    assert!(canceled.canceled_at.is_some());
    let reason = canceled.cancellation_details.unwrap().reason.unwrap();
    assert_eq!(reason.as_str(), "cancellation_requested");
    let last = sim.events().last().unwrap().clone();
    assert_eq!(last["type"], "customer.subscription.deleted");
    assert!(last["request"]["id"].as_str().unwrap().starts_with("req_"));
    let again = raw_request(
        &sim,
        "DELETE",
        &format!("/v1/subscriptions/{sub_id}"),
        Some(KEY),
        "",
        &[],
    )
    .await;
    assert_error_shape(&again, 400, "invalid_request_error");
    let missing = raw_request(
        &sim,
        "GET",
        "/v1/subscriptions/sub_missing",
        Some(KEY),
        "",
        &[],
    )
    .await;
    let error = assert_error_shape(&missing, 404, "invalid_request_error");
    assert_eq!(error["message"], "No such subscription: 'sub_missing'");
}

// ---------------------------------------------------------------- lists, keys, events

#[tokio::test]
async fn lists_filter_and_page() {
    let sim = sim().await;
    let client = client(&sim);
    let (_, sub_a, cus_a, inv_a) = paid_membership(&sim, "alice").await;
    let (_, sub_b, cus_b, _) = paid_membership(&sim, "bob").await;
    sim.advance_subscription(&sub_b, Some("4000000000000002"))
        .unwrap();

    let by_email = ListCustomer::new()
        .email("alice@example.com")
        .send(&client)
        .await
        .unwrap();
    assert_eq!(by_email.data.len(), 1);
    assert_eq!(by_email.data[0].id.as_str(), cus_a);
    let page = ListCustomer::new().limit(1).send(&client).await.unwrap();
    assert_eq!(page.data[0].id.as_str(), cus_b, "newest first");
    assert!(page.has_more);

    let all = typed!(client, Get, "/subscriptions", "", List<Subscription>).unwrap();
    assert_eq!(all.data.len(), 2);
    let by_customer = typed!(
        client,
        Get,
        "/subscriptions",
        &format!("customer={cus_a}"),
        List<Subscription>
    )
    .unwrap();
    assert_eq!(by_customer.data[0].id.as_str(), sub_a);
    let by_price = typed!(
        client,
        Get,
        "/subscriptions",
        &format!("price={PRO}"),
        List<Subscription>
    )
    .unwrap();
    assert_eq!(by_price.data.len(), 2);
    let none = typed!(
        client,
        Get,
        "/subscriptions",
        "price=price_demo_coffee_usd",
        List<Subscription>
    )
    .unwrap();
    assert!(none.data.is_empty());
    let past_due = typed!(
        client,
        Get,
        "/subscriptions",
        "status=past_due",
        List<Subscription>
    )
    .unwrap();
    assert_eq!(past_due.data.len(), 1);
    assert_eq!(past_due.data[0].id.as_str(), sub_b);
    let first = typed!(client, Get, "/subscriptions", "limit=1", List<Subscription>).unwrap();
    assert!(first.has_more);
    let second = typed!(
        client,
        Get,
        "/subscriptions",
        &format!("limit=1&starting_after={}", first.data[0].id),
        List<Subscription>
    )
    .unwrap();
    assert_ne!(second.data[0].id, first.data[0].id);
    let bad = raw_request(
        &sim,
        "GET",
        "/v1/subscriptions?status=sleeping",
        Some(KEY),
        "",
        &[],
    )
    .await;
    assert_eq!(
        assert_error_shape(&bad, 400, "invalid_request_error")["param"],
        "status"
    );

    let open = typed!(client, Get, "/invoices", "status=open", List<Invoice>).unwrap();
    assert_eq!(open.data.len(), 1);
    assert_eq!(subscription_of_invoice(&open.data[0]), sub_b);
    let of_a = typed!(
        client,
        Get,
        "/invoices",
        &format!("customer={cus_a}"),
        List<Invoice>
    )
    .unwrap();
    assert_eq!(of_a.data.len(), 1);
    assert_eq!(of_a.data[0].id.as_ref().unwrap().as_str(), inv_a);
    let paid_b = typed!(
        client,
        Get,
        "/invoices",
        &format!("subscription={sub_b}&status=paid"),
        List<Invoice>
    )
    .unwrap();
    assert_eq!(paid_b.data.len(), 1);
    let lines = raw_request(
        &sim,
        "GET",
        &format!("/v1/invoices/{inv_a}/lines"),
        Some(KEY),
        "",
        &[],
    )
    .await;
    assert_eq!(lines.json().unwrap()["data"].as_array().unwrap().len(), 2);

    // Events: wildcards reach the new types.
    let subs_events = raw_request(
        &sim,
        "GET",
        "/v1/events?type=customer.subscription.*&limit=100",
        Some(KEY),
        "",
        &[],
    )
    .await;
    let data = subs_events.json().unwrap()["data"]
        .as_array()
        .unwrap()
        .clone();
    // The advance moved the clock a whole month: the `created` events of the two
    // subscriptions may now be just past the 30 days the Events API reaches back (a
    // 30-day month), so only the renewal's updates are certain to be listed.
    assert!(data.len() >= 2, "{data:?}");
    assert!(data
        .iter()
        .any(|e| e["type"] == "customer.subscription.updated"
            && e["data"]["object"]["status"] == "past_due"));
    assert!(data.iter().all(|e| e["type"]
        .as_str()
        .unwrap()
        .starts_with("customer.subscription.")));
    let failed = raw_request(
        &sim,
        "GET",
        "/v1/events?type=invoice.payment_failed",
        Some(KEY),
        "",
        &[],
    )
    .await;
    assert_eq!(failed.json().unwrap()["data"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn restricted_keys_need_the_billing_permissions() {
    let sim = sim().await;
    let (_, sub_id, cus_id, inv_id) = paid_membership(&sim, "m-9").await;
    let key = "rk_test_billing_reader_123";
    sim.restrict_key(key, &["rak_subscription_read", "customer_read"])
        .unwrap();
    let ok = raw_request(
        &sim,
        "GET",
        &format!("/v1/subscriptions/{sub_id}"),
        Some(key),
        "",
        &[],
    )
    .await;
    assert_eq!(ok.status, 200);
    let ok = raw_request(
        &sim,
        "GET",
        &format!("/v1/customers/{cus_id}"),
        Some(key),
        "",
        &[],
    )
    .await;
    assert_eq!(ok.status, 200);
    let denied = raw_request(
        &sim,
        "GET",
        &format!("/v1/invoices/{inv_id}"),
        Some(key),
        "",
        &[],
    )
    .await;
    let error = assert_error_shape(&denied, 403, "invalid_request_error");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .contains("'rak_invoice_read'"));
    let denied = raw_request(
        &sim,
        "POST",
        &format!("/v1/subscriptions/{sub_id}"),
        Some(key),
        "cancel_at_period_end=true",
        &[],
    )
    .await;
    let error = assert_error_shape(&denied, 403, "invalid_request_error");
    assert!(error["message"]
        .as_str()
        .unwrap()
        .contains("'rak_subscription_write'"));
}

// ---------------------------------------------------------------- hosted page, persistence

#[tokio::test]
async fn the_hosted_page_shows_a_subscription_and_requires_the_email() {
    let sim = sim().await;
    let client = client(&sim);
    let session = CreateCheckoutSession::new()
        .mode(CheckoutSessionMode::Subscription)
        .line_items(vec![pro_item(PRO, 1), pro_item("price_demo_mug_usd", 1)])
        .success_url("http://127.0.0.1:9/welcome?session_id={CHECKOUT_SESSION_ID}")
        .send(&client)
        .await
        .unwrap();
    let url = session.url.clone().unwrap();
    let headers = [("Content-Type", "application/x-www-form-urlencoded")];
    let get = |form: Option<&'static str>| {
        let url = url.clone();
        async move {
            stripe_sim::raw::request(
                if form.is_some() { "POST" } else { "GET" },
                &url,
                &headers,
                form.map(str::as_bytes),
                std::time::Duration::from_secs(5),
            )
            .await
            .unwrap()
        }
    };
    let html = get(None).await.text();
    assert!(html.contains("Subscribe to Pro Plan"), "{html}");
    assert!(html.contains("$29.00 / month"));
    assert!(html.contains("Till Mug"));
    assert!(html.contains("(one-time)"));
    assert!(html.contains("$47.00"), "total due today");
    assert!(html.contains(">Subscribe</button>"));
    assert!(html.contains("type=\"email\" value=\"\" required"));

    let no_email = get(Some(
        "cardNumber=4242424242424242&cardExpiry=12%2F34&cardCvc=123",
    ))
    .await;
    assert_eq!(no_email.status, 200);
    assert!(no_email.text().contains("Your email is incomplete."));
    assert!(sim.events().is_empty());

    let paid = get(Some(
        "email=page%40example.com&billingName=Ada&cardNumber=4242424242424242&cardExpiry=12%2F34&cardCvc=123",
    ))
    .await;
    assert_eq!(paid.status, 303);
    let done = sim.session(session.id.as_str()).unwrap();
    assert_eq!(done["status"], "complete");
    assert_eq!(done["customer_details"]["email"], "page@example.com");
    let customer = sim.customer(done["customer"].as_str().unwrap()).unwrap();
    assert_eq!(customer["email"], "page@example.com");
    assert!(get(None).await.text().contains("Thanks for subscribing"));
}

#[tokio::test]
async fn memberships_persist_across_restarts_and_reset_clears_them() {
    let dir = tempfile::tempdir().unwrap();
    let config = SimConfig {
        state_file: Some(dir.path().join("state.json")),
        ..SimConfig::default()
    };
    let sim = sim_with(config.clone()).await;
    let (session_id, sub_id, cus_id, inv_id) = paid_membership(&sim, "m-10").await;
    sim.stop().await;

    let sim = sim_with(config.clone()).await;
    let client = client(&sim);
    let sub = typed!(
        client,
        Get,
        format!("/subscriptions/{sub_id}"),
        "",
        Subscription
    )
    .unwrap();
    assert_eq!(sub.status, SubscriptionStatus::Active);
    assert!(sim.customer(&cus_id).is_some());
    assert_eq!(sim.invoice(&inv_id).unwrap()["status"], "paid");
    assert_eq!(
        sim.session(&session_id).unwrap()["subscription"],
        sub_id.as_str()
    );
    let renewed = sim.advance_subscription(&sub_id, None).unwrap();
    assert_eq!(renewed["status"], "active");
    sim.stop().await;

    let sim = sim_with(config).await;
    let sub = sim.subscription(&sub_id).unwrap();
    assert_ne!(
        sub["latest_invoice"],
        inv_id.as_str(),
        "the renewal persisted"
    );
    sim.reset();
    assert!(sim.subscription(&sub_id).is_none());
    assert!(sim.customer(&cus_id).is_none());
    assert!(sim.invoice(&inv_id).is_none());
}

// ---------------------------------------------------------------- webhooks

#[tokio::test]
async fn membership_events_reach_webhook_endpoints_signed() {
    use axum::routing::post;
    use std::sync::{Arc, Mutex};

    type Received = Arc<Mutex<Vec<(String, Vec<u8>)>>>;
    let received: Received = Arc::default();
    let store = received.clone();
    let app = axum::Router::new().route(
        "/webhook/stripe",
        post(
            move |headers: axum::http::HeaderMap, body: axum::body::Bytes| {
                let store = store.clone();
                async move {
                    let signature = headers
                        .get("stripe-signature")
                        .and_then(|v| v.to_str().ok())
                        .unwrap_or_default()
                        .to_string();
                    store.lock().unwrap().push((signature, body.to_vec()));
                    axum::http::StatusCode::OK
                }
            },
        ),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/webhook/stripe", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });

    let sim = sim().await;
    let secret = "whsec_memberships_test";
    sim.register_webhook(
        &url,
        Some(secret),
        &[
            "customer.subscription.created",
            "customer.subscription.updated",
            "invoice.paid",
            "invoice.payment_failed",
        ],
    )
    .unwrap();
    let (_, sub_id, _, _) = paid_membership(&sim, "m-11").await;
    sim.advance_subscription(&sub_id, Some("4000000000000002"))
        .unwrap();

    let got = eventually(std::time::Duration::from_secs(5), || {
        let got = received.lock().unwrap().clone();
        (got.len() >= 5).then_some(got)
    })
    .await;
    let mut types = Vec::new();
    for (signature, body) in &got {
        let t: i64 = signature
            .split(',')
            .find_map(|p| p.strip_prefix("t="))
            .unwrap()
            .parse()
            .unwrap();
        assert_eq!(
            signature,
            &stripe_sim::webhook::signature_header(secret, t, body)
        );
        let event: Value = serde_json::from_slice(body).unwrap();
        types.push(event["type"].as_str().unwrap().to_string());
    }
    types.sort();
    assert_eq!(
        types,
        [
            "customer.subscription.created",
            "customer.subscription.updated",
            "customer.subscription.updated",
            "invoice.paid",
            "invoice.payment_failed",
        ]
    );
}
