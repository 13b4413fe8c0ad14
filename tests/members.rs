//! Memberships against the simulator: a recurring price sold through subscription-mode
//! Checkout, the member found by email, a declined renewal making it past due, the owner's
//! cancel at period end ending it, and subscription/invoice events applied once whatever their
//! order or number.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use serde_json::Value;
use till_core::checkout::Source;
use till_core::events;
use till_core::members;
use till_core::startup;
use till_harness::till::{deliver, register_with, test_settings, tillctl, TestTill, TEST_KEY};

const PRO_PLAN: &str = "price_demo_pro_plan_monthly";
const MUFFIN: &str = "price_demo_muffin_usd";
const DECLINE: &str = "4000000000009995";

/// Rings up the Pro Plan (and a muffin on the first invoice), charges it for `email`, pays it
/// with 4242 at the simulator and lets the watcher see it. Returns (sale id, subscription id).
async fn sell_membership(till: &TestTill, email: &str) -> (String, String) {
    let register = &till.register;
    register.clear().unwrap();
    register.add(PRO_PLAN, 1).unwrap();
    register.add(MUFFIN, 1).unwrap();
    let sale = register.charge(Some(email)).await.unwrap();
    assert_eq!(sale.state, "awaiting_payment");
    let session_id = till.session_of(&sale.id).unwrap();
    let session = till.sim.session(&session_id).unwrap();
    assert_eq!(session["mode"], "subscription");
    assert_eq!(session["customer_email"], email);
    till.sim.pay(&session_id, "4242424242424242").unwrap();
    let paid = till
        .checkout()
        .refresh(&sale.id, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(paid.state, "paid");
    let subscription = till.sim.session(&session_id).unwrap()["subscription"]
        .as_str()
        .unwrap()
        .to_string();
    (sale.id, subscription)
}

/// The simulator's subscription and invoice events about one subscription, oldest first.
fn membership_events(till: &TestTill, subscription_id: &str) -> Vec<Value> {
    till.sim
        .events()
        .into_iter()
        .filter(|e| {
            let kind = e["type"].as_str().unwrap_or_default();
            let object = &e["data"]["object"];
            (kind.starts_with("customer.subscription.") && object["id"] == subscription_id)
                || ((kind == "invoice.paid" || kind == "invoice.payment_failed")
                    && object["parent"]["subscription_details"]["subscription"] == subscription_id)
        })
        .collect()
}

/// Appends the events of `newer` that `kept` does not have yet (by id).
fn keep_new(kept: &mut Vec<Value>, newer: Vec<Value>) {
    for event in newer {
        if !kept.iter().any(|k| k["id"] == event["id"]) {
            kept.push(event);
        }
    }
}

async fn status_of(till: &TestTill, email: &str) -> members::MemberView {
    let found = members::lookup(till.checkout(), email).await.unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    found.into_iter().next().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_membership_sold_with_4242_is_active_and_staff_find_it_by_email() {
    let till = TestTill::start().await.unwrap();
    let register = &till.register;

    // The catalog shows the interval; the cart knows it is a membership.
    let catalog = register.catalog_view("pro plan", None).unwrap();
    let tile = catalog
        .items
        .iter()
        .find(|i| i.price_id == PRO_PLAN)
        .unwrap();
    assert_eq!(tile.price_label, "$29.00 / month");
    let cart = register.add(PRO_PLAN, 1).unwrap();
    assert_eq!(
        cart.membership.as_deref(),
        Some("Membership, billed every month")
    );
    assert_eq!(cart.lines[0].unit_display, "$29.00 / month");

    // No email: refused before anything is recorded or sent.
    let refused = register.charge(None).await.unwrap_err();
    assert_eq!(refused.reason, Some("email_required"));
    let refused = register.charge(Some("   ")).await.unwrap_err();
    assert_eq!(refused.reason, Some("email_required"));
    assert!(till
        .ledger()
        .unwrap()
        .recent_sales("training", None, 10)
        .unwrap()
        .is_empty());
    assert!(till
        .checkout()
        .gateway()
        .list_sessions(None)
        .await
        .unwrap()
        .is_empty());

    let (sale_id, subscription_id) = sell_membership(&till, "ada@example.com").await;
    let sale = till.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(
        sale.amount_total,
        2900 + 325,
        "the muffin is on the first invoice"
    );
    assert_eq!(
        sale.payment_intent_id, None,
        "a membership's payment is its invoice's"
    );

    // The watcher recorded the member at once: found by email in any case.
    let member = status_of(&till, "ADA@example.com").await;
    assert_eq!(member.subscription_id, subscription_id);
    assert_eq!(member.status, "active");
    assert!(member.access);
    assert_eq!(member.plan, "Pro Plan");
    assert_eq!(member.sale_id.as_deref(), Some(sale_id.as_str()));
    let at_stripe = till.sim.subscription(&subscription_id).unwrap();
    assert_eq!(member.customer_id, at_stripe["customer"].as_str().unwrap());
    assert_eq!(
        member.current_period_end,
        at_stripe["items"]["data"][0]["current_period_end"].as_i64()
    );
    assert!(
        member.summary.starts_with("Active — renews "),
        "{}",
        member.summary
    );
    let for_sale = members::for_sale(till.checkout(), &sale_id).await.unwrap();
    assert_eq!(for_sale.membership.as_deref(), Some("Pro Plan"));
    assert_eq!(for_sale.member.unwrap().subscription_id, subscription_id);
    // An ordinary sale is no membership.
    register.clear().unwrap();
    register.add(MUFFIN, 1).unwrap();
    let muffin = register.charge(None).await.unwrap();
    let ordinary = members::for_sale(till.checkout(), &muffin.id)
        .await
        .unwrap();
    assert_eq!((ordinary.membership, ordinary.member), (None, None));
    // A badly typed email is refused with its own code, nothing recorded.
    register.clear().unwrap();
    register.add(PRO_PLAN, 1).unwrap();
    let typo = register.charge(Some("ada@example")).await.unwrap_err();
    assert_eq!(typo.reason, Some("invalid_email"));

    // The events of the same sale change nothing more, and applying them twice nothing at all.
    let first = events::poll(till.checkout()).await.unwrap();
    assert!(first.new > 0);
    let timeline = members::detail(till.checkout(), &subscription_id)
        .await
        .unwrap()
        .timeline;
    let again = events::poll(till.checkout()).await.unwrap();
    assert_eq!(again.new, 0);
    let after = members::detail(till.checkout(), &subscription_id)
        .await
        .unwrap();
    assert_eq!(after.timeline, timeline);
    assert_eq!(after.member.status, "active");
    assert!(
        after.timeline.iter().any(|t| t.kind == "invoice_paid"),
        "{:?}",
        after.timeline
    );

    // Nobody else is a member; bad lookups say what to do.
    assert!(members::lookup(till.checkout(), "bob@example.com")
        .await
        .unwrap()
        .is_empty());
    let empty = members::lookup(till.checkout(), " ").await.unwrap_err();
    assert_eq!(empty.reason, Some("empty_email"));
    let bad = members::lookup(till.checkout(), "ada at example")
        .await
        .unwrap_err();
    assert_eq!(bad.reason, Some("invalid_email"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_declined_renewal_is_past_due_and_cancel_at_period_end_ends_the_membership() {
    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();
    let (_, subscription_id) = sell_membership(&till, "grace@example.com").await;

    // The renewal is charged to a card that declines.
    till.sim
        .advance_subscription(&subscription_id, Some(DECLINE))
        .unwrap();
    events::poll(checkout).await.unwrap();
    let member = status_of(&till, "grace@example.com").await;
    assert_eq!(member.status, "past_due");
    assert_eq!(member.status_label, "Past due");
    assert!(member.payment_failed);
    assert!(member.access, "Stripe retries: access continues meanwhile");
    assert!(
        member.summary.contains("update their card"),
        "{}",
        member.summary
    );
    let timeline = members::detail(checkout, &subscription_id)
        .await
        .unwrap()
        .timeline;
    assert!(timeline.iter().any(|t| t.kind == "payment_failed"));
    assert!(timeline
        .iter()
        .any(|t| t.to_status.as_deref() == Some("past_due")));

    // The owner reads the member's timeline in the till's language, Stripe's status names in
    // it; the ledger keeps the English.
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let in_german = members::detail(german.checkout(), &subscription_id)
        .await
        .unwrap();
    assert_eq!(in_german.member.status_label, "Überfällig");
    assert!(
        in_german
            .member
            .summary
            .starts_with("Überfällig — die letzte Verlängerungszahlung ist fehlgeschlagen."),
        "{}",
        in_german.member.summary
    );
    let words = |timeline: &[till_core::store::MemberTimelineRecord], kind: &str| -> String {
        timeline
            .iter()
            .find(|t| t.kind == kind)
            .map(|t| t.detail.clone())
            .unwrap_or_else(|| panic!("no {kind} in {timeline:?}"))
    };
    assert_eq!(
        words(&timeline, "status_changed"),
        "Status Active → Past due. The renewal payment failed; Stripe retries it. Ask the member to update their card."
    );
    assert_eq!(
        words(&in_german.timeline, "status_changed"),
        "Status Aktiv → Überfällig. Die Verlängerungszahlung ist fehlgeschlagen; Stripe versucht es erneut. Bitten Sie das Mitglied, seine Karte zu aktualisieren."
    );
    let failed = words(&timeline, "payment_failed");
    assert!(
        failed.starts_with("Invoice in_")
            && failed.contains(": the renewal of ")
            && failed.ends_with("Stripe retries it; ask the member to update their card."),
        "{failed}"
    );
    let failed = words(&in_german.timeline, "payment_failed");
    assert!(
        failed.starts_with("Rechnung in_")
            && failed.contains(": die Verlängerungszahlung über ")
            && failed.ends_with("bitten Sie das Mitglied, seine Karte zu aktualisieren."),
        "{failed}"
    );
    let recorded = words(&in_german.timeline, "recorded");
    assert!(
        recorded.starts_with("Mitgliedschaft erfasst: ") && recorded.contains(", aktiv, "),
        "{recorded}"
    );
    assert_eq!(in_german.timeline.len(), timeline.len());
    let stored: Vec<String> = till
        .ledger()
        .unwrap()
        .member_timeline(&subscription_id)
        .unwrap()
        .into_iter()
        .map(|t| t.detail)
        .collect();
    let english: Vec<String> = timeline.iter().map(|t| t.detail.clone()).collect();
    assert_eq!(stored, english, "the ledger keeps the English words");

    // The retry goes through with a good card: active again, the warning cleared.
    let latest_invoice = till.sim.subscription(&subscription_id).unwrap()["latest_invoice"]
        .as_str()
        .unwrap()
        .to_string();
    till.sim
        .retry_invoice(&latest_invoice, Some("4242424242424242"))
        .unwrap();
    events::poll(checkout).await.unwrap();
    let member = status_of(&till, "grace@example.com").await;
    assert_eq!(member.status, "active");
    assert!(!member.payment_failed);

    // The owner cancels at period end: Stripe says so, the member keeps access until then.
    let canceled = members::cancel_at_period_end(checkout, &subscription_id)
        .await
        .unwrap();
    assert!(canceled.cancel_at_period_end);
    assert_eq!(canceled.status, "active");
    assert!(canceled.access);
    assert!(
        canceled.summary.contains("then it ends"),
        "{}",
        canceled.summary
    );
    assert_eq!(
        till.sim.subscription(&subscription_id).unwrap()["cancel_at_period_end"],
        true
    );
    // Asking again changes nothing.
    let again = members::cancel_at_period_end(checkout, &subscription_id)
        .await
        .unwrap();
    assert_eq!(again, canceled);

    // The period ends: Stripe deletes the subscription, the member is canceled.
    till.sim
        .advance_subscription(&subscription_id, None)
        .unwrap();
    events::poll(checkout).await.unwrap();
    let member = status_of(&till, "grace@example.com").await;
    assert_eq!(member.status, "canceled");
    assert!(!member.access);
    assert!(
        member.summary.starts_with("Canceled — access ended "),
        "{}",
        member.summary
    );
    let refused = members::cancel_at_period_end(checkout, &subscription_id)
        .await
        .unwrap_err();
    assert_eq!(refused.reason, Some("already_canceled"));

    // The owner's list filters by status.
    assert_eq!(
        members::list(checkout, Some("canceled"))
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(members::list(checkout, Some("active"))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(members::list(checkout, Some("all")).await.unwrap().len(), 1);
    let bad = members::list(checkout, Some("gone")).await.unwrap_err();
    assert_eq!(bad.reason, Some("invalid_status"));
    let unknown = members::cancel_at_period_end(checkout, "sub_nobody")
        .await
        .unwrap_err();
    assert_eq!(unknown.code.as_str(), "not_found");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicated_and_out_of_order_subscription_events_are_applied_once() {
    // The events are made at one simulator by a till that is not watching; a second till
    // receives them only through its webhook path, newest first and each twice.
    let maker = TestTill::start().await.unwrap();
    maker.register.clear().unwrap();
    maker.register.add(PRO_PLAN, 1).unwrap();
    let sale = maker
        .register
        .charge(Some("late@example.com"))
        .await
        .unwrap();
    let session_id = maker.session_of(&sale.id).unwrap();
    maker.sim.pay(&session_id, "4242424242424242").unwrap();
    let subscription_id = maker.sim.session(&session_id).unwrap()["subscription"]
        .as_str()
        .unwrap()
        .to_string();
    // Kept as they happen: Stripe (and the simulator) forget events 30 days old, and the two
    // renewals below move the clock two periods on.
    let mut events = membership_events(&maker, &subscription_id);
    maker
        .sim
        .advance_subscription(&subscription_id, Some(DECLINE))
        .unwrap();
    keep_new(&mut events, membership_events(&maker, &subscription_id));
    let response = stripe_sim::raw::request(
        "POST",
        &format!(
            "{}/v1/subscriptions/{subscription_id}",
            maker.sim.base_url()
        ),
        &[
            ("Authorization", &format!("Bearer {TEST_KEY}")),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        Some(b"cancel_at_period_end=true"),
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(response.status, 200, "{}", response.text());
    maker
        .sim
        .advance_subscription(&subscription_id, None)
        .unwrap();
    keep_new(&mut events, membership_events(&maker, &subscription_id));
    let kinds: Vec<&str> = events.iter().map(|e| e["type"].as_str().unwrap()).collect();
    for needed in [
        "customer.subscription.created",
        "customer.subscription.updated",
        "customer.subscription.deleted",
        "invoice.paid",
        "invoice.payment_failed",
    ] {
        assert!(kinds.contains(&needed), "{needed} in {kinds:?}");
    }

    let till = TestTill::start().await.unwrap();
    let checkout = till.checkout();

    // An invoice's event before any subscription event waits for its member.
    let failed = events
        .iter()
        .find(|e| e["type"] == "invoice.payment_failed")
        .unwrap();
    let waiting = deliver(checkout, failed).await.unwrap();
    assert!(waiting.waiting, "{waiting:?}");

    // A newer snapshot first, then an older one: the older changes nothing.
    let created = events
        .iter()
        .find(|e| e["type"] == "customer.subscription.created")
        .unwrap();
    let past_due = events
        .iter()
        .find(|e| {
            e["type"] == "customer.subscription.updated"
                && e["data"]["object"]["status"] == "past_due"
        })
        .unwrap();
    assert!(deliver(checkout, past_due).await.unwrap().changed);
    let stale = deliver(checkout, created).await.unwrap();
    assert!(!stale.changed, "{stale:?}");
    assert!(stale.outcome.contains("older"), "{}", stale.outcome);
    let member = members::detail(checkout, &subscription_id).await.unwrap();
    assert_eq!(member.member.status, "past_due");
    assert_eq!(
        member.member.email.as_deref(),
        None,
        "no sale or invoice told it yet"
    );

    // The waiting invoice applies now that its member exists.
    let (outcomes, failed_count) = events::apply_unapplied(checkout).await.unwrap();
    assert_eq!(failed_count, 0);
    assert!(outcomes
        .iter()
        .any(|o| o.event_id == failed["id"].as_str().unwrap() && o.changed));

    // Everything, newest first, twice.
    for event in events.iter().rev().chain(events.iter().rev()) {
        deliver(checkout, event).await.unwrap();
    }
    let detail = members::detail(checkout, &subscription_id).await.unwrap();
    assert_eq!(detail.member.status, "canceled");
    assert_eq!(detail.member.email.as_deref(), Some("late@example.com"));
    // One timeline entry per event at most, whichever way and however often it came.
    let mut event_ids: Vec<&str> = detail
        .timeline
        .iter()
        .filter_map(|t| t.event_id.as_deref())
        .collect();
    let entries = event_ids.len();
    event_ids.sort_unstable();
    event_ids.dedup();
    assert_eq!(event_ids.len(), entries, "{:?}", detail.timeline);
    // Status changes recorded: past_due (first seen), then canceled; nothing went back.
    let statuses: Vec<&str> = detail
        .timeline
        .iter()
        .filter_map(|t| t.to_status.as_deref())
        .collect();
    assert_eq!(statuses, ["past_due", "canceled"], "{:?}", detail.timeline);
    // Each invoice event is noted exactly once.
    let invoice_events = events
        .iter()
        .filter(|e| e["type"].as_str().unwrap().starts_with("invoice."))
        .count();
    assert_eq!(
        detail
            .timeline
            .iter()
            .filter(|t| t.kind == "invoice_paid" || t.kind == "payment_failed")
            .count(),
        invoice_events
    );
}

fn json_of(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_sells_a_membership_looks_it_up_and_cancels_it_at_period_end() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let base = sim.base_url();
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| tillctl(dir.path(), &base, args, &[]).unwrap();

    let refused = run(&["charge", PRO_PLAN]);
    assert!(!refused.status.success());
    assert_eq!(json_of(&refused)["error"]["code"], "email_required");

    let sale = json_of(&run(&["charge", PRO_PLAN, "--email", "cli@example.com"]));
    sim.pay(sale["sessionId"].as_str().unwrap(), "4242424242424242")
        .unwrap();
    let watched = run(&["watch", sale["id"].as_str().unwrap(), "--timeout", "30"]);
    assert!(
        watched.status.success(),
        "{}",
        String::from_utf8_lossy(&watched.stderr)
    );

    let found = run(&["member", "cli@example.com"]);
    assert!(found.status.success());
    let found = json_of(&found);
    assert_eq!(found[0]["status"], "active");
    assert_eq!(found[0]["access"], true);
    let subscription_id = found[0]["subscriptionId"].as_str().unwrap().to_string();

    let listed = json_of(&run(&["members", "--status", "active"]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let canceled = json_of(&run(&["members", "cancel", &subscription_id]));
    assert_eq!(canceled["cancelAtPeriodEnd"], true);
    let shown = json_of(&run(&["members", "show", &subscription_id]));
    assert!(shown["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["kind"] == "cancel_at_period_end"));

    let nobody = run(&["member", "nobody@example.com"]);
    assert_eq!(nobody.status.code(), Some(3));
    assert_eq!(json_of(&nobody), serde_json::json!([]));
    let bad = run(&["members", "--status", "gone"]);
    assert_eq!(json_of(&bad)["error"]["code"], "invalid_status");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_ledger_learns_the_members_sold_before_it_from_stripe() {
    let till = TestTill::start().await.unwrap();
    let (_, active) = sell_membership(&till, "early@example.com").await;
    let (_, past_due) = sell_membership(&till, "late@example.com").await;
    till.sim
        .advance_subscription(&past_due, Some(DECLINE))
        .unwrap();

    // Another ledger on the same account (a replaced computer): no events, no sales.
    let dir = tempfile::tempdir().unwrap();
    let fresh = till_harness::till::register_for(&till.sim.base_url(), dir.path())
        .await
        .unwrap();
    let report = members::sync(fresh.checkout()).await.unwrap();
    assert_eq!((report.read, report.added, report.updated), (2, 2, 0));
    let list = members::list(fresh.checkout(), None).await.unwrap();
    let status = |id: &str| {
        list.iter()
            .find(|m| m.subscription_id == id)
            .map(|m| (m.status.clone(), m.email.clone()))
            .unwrap()
    };
    assert_eq!(
        status(&active),
        ("active".into(), Some("early@example.com".into()))
    );
    assert_eq!(
        status(&past_due),
        ("past_due".into(), Some("late@example.com".into()))
    );
    // Not this ledger's sales: no link to a sale it does not have.
    assert!(list.iter().all(|m| m.sale_id.is_none()));
    // Again: nothing new.
    let again = members::sync(fresh.checkout()).await.unwrap();
    assert_eq!((again.added, again.updated), (0, 0));
    // The start-up catch-up does the same.
    let caught = startup::catch_up(fresh.checkout()).await;
    assert!(caught.problems.is_empty(), "{:?}", caught.problems);
    assert_eq!(caught.members.unwrap().read, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_membership_sale_is_not_refunded_by_till_and_says_where_to_do_it() {
    let till = TestTill::start().await.unwrap();
    let (sale_id, _) = sell_membership(&till, "refund@example.com").await;
    let refused = till_core::refunds::refund(till.checkout(), &sale_id, None, None)
        .await
        .unwrap_err();
    assert_eq!(refused.reason, Some("refund_membership"));
    assert!(
        refused.message.contains("Stripe Dashboard"),
        "{}",
        refused.message
    );
    let sale = till.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!((sale.state.as_str(), sale.amount_refunded), ("paid", 0));
}

/// The members view's refusals speak the till's language; the reason code the window branches
/// on is the same in every language.
#[tokio::test]
async fn members_refusals_are_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let context = german.checkout();
    let status = members::list(context, Some("frozen")).await.unwrap_err();
    assert_eq!(
        (status.wire_code(), status.message.as_str()),
        (
            "invalid_status",
            "\"frozen\" ist kein Status einer Mitgliedschaft. Verwenden Sie einen von: all, active, trialing, past_due, unpaid, canceled, incomplete, incomplete_expired, paused."
        )
    );
    let empty = members::lookup(context, " ").await.unwrap_err();
    assert_eq!(
        (empty.wire_code(), empty.message.as_str()),
        (
            "empty_email",
            "Geben Sie die E-Mail-Adresse des Mitglieds ein, um es zu finden."
        )
    );
    // A membership at the German register: its schedule and note in German.
    german.load_cached_catalog().await.unwrap();
    let catalog = german.catalog_view("pro plan", None).unwrap();
    let tile = catalog
        .items
        .iter()
        .find(|i| i.price_id == PRO_PLAN)
        .unwrap();
    assert!(
        tile.price_label.ends_with(" / Monat"),
        "{}",
        tile.price_label
    );
    let cart = german.add(PRO_PLAN, 1).unwrap();
    assert_eq!(
        cart.membership.as_deref(),
        Some("Mitgliedschaft, Abrechnungszeitraum: Monat")
    );
    assert!(
        cart.lines[0].unit_display.ends_with(" / Monat"),
        "{}",
        cart.lines[0].unit_display
    );
    german.clear().unwrap();
    let unknown = members::detail(context, "sub_nobody").await.unwrap_err();
    assert_eq!(
        unknown.message,
        "In diesem Modus gibt es kein Mitglied mit dem Abonnement \"sub_nobody\". Aktualisieren Sie die Liste."
    );
}
