//! Split tender against the whole core and the simulator: cash parts into the drawer, the
//! balance by card through one inline Checkout line naming the sale (Stripe's amount equal to
//! the ledger's card part); a declined card then the balance in cash; an expired card then a
//! void (the cash given back); a retried card as a new sale carrying the cash; a balance under
//! Stripe's minimum refused; refunds by tender; the X report's rows; and a kill -9 between the
//! split sale's write and its session.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use stripe_sim::SimConfig;
use till_core::checkout::{split_line_name, SaleView, Source};
use till_core::drawer::{self, CountInput, DrawerReport};
use till_core::refunds;
use till_core::store::Ledger;
use till_harness::till::{register_with, test_settings, tillctl, TestTill};

/// Two lattes ($4.75) and a muffin ($3.25): $12.75.
fn ring_up(till: &TestTill) {
    till.register.clear().unwrap();
    till.register.add("price_demo_latte_usd", 2).unwrap();
    till.register.add("price_demo_muffin_usd", 1).unwrap();
}

async fn open_drawer(till: &TestTill, amount: &str) {
    let float = CountInput {
        pieces: Vec::new(),
        total: amount.into(),
    };
    let status = drawer::open(till.checkout(), till.register.currency(), &float)
        .await
        .unwrap();
    assert!(status.open);
}

async fn refresh(till: &TestTill, sale_id: &str) -> SaleView {
    till.checkout()
        .refresh(sale_id, Source::Poll)
        .await
        .unwrap()
        .expect("Stripe answered")
}

async fn expected_cash(till: &TestTill) -> i64 {
    drawer::status(till.checkout(), till.register.currency())
        .await
        .unwrap()
        .expected
        .unwrap()
        .amount
}

fn row(report: &DrawerReport, key: &str) -> (Option<i64>, Option<i64>) {
    report
        .rows
        .iter()
        .find(|r| r.key == key)
        .map_or((None, None), |r| {
            (r.count, r.amount.as_ref().map(|a| a.amount))
        })
}

fn ledger_counts(till: &TestTill) -> (i64, i64, i64) {
    let ledger = till.ledger().unwrap();
    let count = |sql: &str| -> i64 {
        ledger
            .connection()
            .query_row(sql, [], |r| r.get(0))
            .unwrap()
    };
    (
        count("SELECT count(*) FROM sales"),
        count("SELECT count(*) FROM drawer_moves"),
        count("SELECT count(*) FROM sale_tenders"),
    )
}

#[tokio::test]
async fn split_cash_and_card_paid_charges_stripe_exactly_the_card_part_on_one_line() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till, "100").await;
    ring_up(&till);
    let quote = till.register.split_quote(&["5"]).unwrap();
    assert_eq!((quote.cash.amount, quote.card.amount), (500, 775));
    assert_eq!(quote.card.display, "$7.75");

    let split = till.register.pay_split(&["5"], None).await.unwrap();
    let sale_id = split.sale.id.clone();
    assert_eq!(split.sale.state, "awaiting_payment");
    assert_eq!(
        split.sale.amount_total, 1275,
        "the sale's total is the cart's"
    );
    assert_eq!((split.cash.amount, split.card.amount), (500, 775));
    assert_eq!(split.actions, vec!["cancel", "balance_cash", "void"]);
    // A repeated press is the same sale: one session, one drawer movement.
    let again = till.register.pay_split(&["5"], None).await.unwrap();
    assert_eq!(again.sale.id, sale_id);
    assert_eq!(
        till.register
            .pay_split(&["6"], None)
            .await
            .unwrap_err()
            .reason,
        Some("split_other_amounts")
    );
    assert_eq!(till.sessions_at_stripe(&sale_id).await.unwrap(), 1);

    let session_id = till.session_of(&sale_id).unwrap();
    let session = till.sim.session(&session_id).unwrap();
    assert_eq!(session["amount_total"], 775, "Stripe charges the card part");
    assert_eq!(session["client_reference_id"], sale_id.as_str());
    assert_eq!(session["metadata"]["till_sale_id"], sale_id.as_str());
    let lines = till
        .checkout()
        .gateway()
        .session_line_items(&session_id)
        .await
        .unwrap();
    assert_eq!(lines.len(), 1, "one line for the balance: {lines:?}");
    assert_eq!(lines[0]["description"], split_line_name(&sale_id).as_str());
    assert_eq!(lines[0]["amount_total"], 775);

    till.sim.pay(&session_id, "4242 4242 4242 4242").unwrap();
    assert_eq!(refresh(&till, &sale_id).await.state, "paid");
    let ledger = till.ledger().unwrap();
    let record = ledger.require_sale(&sale_id).unwrap();
    assert_eq!(record.tender.as_str(), "split");
    assert_eq!(record.amount_total, 1275);
    let tenders = ledger.sale_tenders(&sale_id).unwrap();
    assert_eq!(
        tenders
            .iter()
            .map(|t| (t.kind.as_str(), t.amount))
            .collect::<Vec<_>>(),
        vec![("cash", 500)]
    );
    let timeline = ledger.timeline(&sale_id).unwrap();
    assert!(
        timeline.iter().all(|e| !e.detail.contains("Warning")),
        "Stripe's amount matched the card part: {timeline:?}"
    );
    assert_eq!(expected_cash(&till).await, 10_000 + 500);

    // The X report: the cash part in cash, the card part in card, the sale once as split.
    let x = drawer::x_report(till.checkout()).await.unwrap();
    assert_eq!(row(&x, "cash_sales"), (Some(1), Some(500)));
    assert_eq!(row(&x, "sales_split"), (Some(1), Some(1275)));
    assert_eq!(row(&x, "card_sales"), (None, Some(775)));
    assert_eq!(row(&x, "expected"), (None, Some(10_500)));
    // The Z report keeps the same rows.
    let counted = CountInput {
        pieces: Vec::new(),
        total: "105".into(),
    };
    let z = drawer::close(till.checkout(), &counted).await.unwrap();
    assert_eq!(z.number, Some(1));
    assert_eq!(row(&z, "sales_split"), (Some(1), Some(1275)));
    assert_eq!(row(&z, "card_sales"), (None, Some(775)));
    assert_eq!(row(&z, "cash_sales"), (Some(1), Some(500)));
    assert_eq!(row(&z, "variance"), (None, Some(0)));
}

#[tokio::test]
async fn split_with_a_declined_card_then_the_balance_taken_in_cash() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till, "50").await;
    ring_up(&till);
    // Two cash parts: $2 and $3.
    let split = till.register.pay_split(&["2", "3"], None).await.unwrap();
    let sale_id = split.sale.id.clone();
    assert_eq!(
        split
            .cash_parts
            .iter()
            .map(|a| a.amount)
            .collect::<Vec<_>>(),
        vec![200, 300]
    );
    let session_id = till.session_of(&sale_id).unwrap();
    till.sim.pay(&session_id, "4000 0000 0000 0002").unwrap();
    let declined = refresh(&till, &sale_id).await;
    assert_eq!(declined.state, "awaiting_payment");
    assert!(declined.declined);

    // Short of the balance: refused, nothing changes (the card part is not even cancelled).
    let before = ledger_counts(&till);
    let short = till.register.split_balance_cash(&sale_id, "7").await;
    assert_eq!(short.unwrap_err().reason, Some("tender_short"));
    assert_eq!(ledger_counts(&till), before);
    assert_eq!(
        till.ledger()
            .unwrap()
            .require_sale(&sale_id)
            .unwrap()
            .state
            .as_str(),
        "awaiting_payment"
    );

    let paid = till
        .register
        .split_balance_cash(&sale_id, "10")
        .await
        .unwrap();
    assert_eq!(paid.sale.state, "paid");
    assert_eq!(paid.ending.as_deref(), Some("cash"));
    assert_eq!((paid.cash.amount, paid.card.amount), (1275, 0));
    assert!(paid.actions.is_empty());
    let session = till.sim.session(&session_id).unwrap();
    assert_eq!(session["status"], "expired", "Stripe expired the card part");
    let after = ledger_counts(&till);
    assert_eq!(
        (after.0, after.1, after.2),
        (before.0, before.1 + 1, before.2 + 1)
    );
    let ledger = till.ledger().unwrap();
    let balance = ledger.sale_tenders(&sale_id).unwrap().pop().unwrap();
    assert_eq!(
        (balance.amount, balance.tendered, balance.change),
        (775, Some(1000), Some(225))
    );
    let timeline = ledger.timeline(&sale_id).unwrap();
    let last = timeline.last().unwrap();
    assert_eq!(
        (
            last.kind.as_str(),
            last.from_state.as_deref(),
            last.to_state.as_deref()
        ),
        ("paid_cash_balance", Some("canceled"), Some("paid"))
    );
    assert_eq!(
        last.detail,
        "Card part canceled ended; balance 7.75 USD taken in cash: 10.00 USD tendered, 2.25 USD change."
    );
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let shown = till_core::history::detail(german.checkout(), &sale_id)
        .await
        .unwrap();
    assert_eq!(
        shown.timeline.last().unwrap().detail,
        "Kartenteil beendet („Storniert“); Restbetrag 7.75 USD bar angenommen: 10.00 USD gegeben, 2.25 USD Rückgeld."
    );
    assert_eq!(expected_cash(&till).await, 5_000 + 1275);

    // Settled once: a void or a second balance is refused; looking at Stripe changes nothing.
    assert_eq!(
        till.register.split_void(&sale_id).await.unwrap_err().reason,
        Some("split_settled")
    );
    assert_eq!(
        till.register
            .split_balance_cash(&sale_id, "10")
            .await
            .unwrap_err()
            .reason,
        Some("split_settled")
    );
    let report = till_core::reconcile::reconcile(
        till.checkout(),
        &till_core::reconcile::ReconcileOptions {
            since: 0,
            until: None,
            all_registers: false,
        },
    )
    .await
    .unwrap();
    assert!(report.corrected.is_empty(), "{report:?}");
    assert!(report.needs_attention.is_empty(), "{report:?}");
    assert_eq!(refresh(&till, &sale_id).await.state, "paid");
    // The card part's end reaches Till again as an event: it changes nothing.
    let timeline_before = till.ledger().unwrap().timeline(&sale_id).unwrap().len();
    till_core::events::poll(till.checkout()).await.unwrap();
    let sale = till.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(sale.state.as_str(), "paid");
    assert_eq!(
        till.ledger().unwrap().timeline(&sale_id).unwrap().len(),
        timeline_before
    );

    let x = drawer::x_report(till.checkout()).await.unwrap();
    assert_eq!(row(&x, "sales_split"), (Some(1), Some(1275)));
    assert_eq!(
        row(&x, "card_sales"),
        (None, Some(0)),
        "no card part was paid"
    );
    assert_eq!(row(&x, "cash_sales"), (Some(2), Some(1275)));
}

#[tokio::test]
async fn split_with_an_expired_card_then_void_gives_the_cash_back() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till, "50").await;
    ring_up(&till);
    let split = till.register.pay_split(&["5"], None).await.unwrap();
    let sale_id = split.sale.id.clone();
    till.sim
        .expire_now(&till.session_of(&sale_id).unwrap())
        .unwrap();
    assert_eq!(refresh(&till, &sale_id).await.state, "expired");
    let ended = till.register.split_view(&sale_id).await.unwrap();
    assert_eq!(ended.actions, vec!["retry_card", "balance_cash", "void"]);
    assert_eq!(expected_cash(&till).await, 5_500);
    // The register does not start over on a sale whose cash is still in the drawer.
    assert_eq!(
        till.register.charge(None).await.unwrap_err().reason,
        Some("split_unsettled")
    );

    let unsettled = till.register.split_unsettled().await.unwrap();
    assert_eq!(
        unsettled
            .iter()
            .map(|v| v.sale.id.as_str())
            .collect::<Vec<_>>(),
        vec![sale_id.as_str()]
    );
    let voided = till.register.split_void(&sale_id).await.unwrap();
    assert!(till.register.split_unsettled().await.unwrap().is_empty());
    assert_eq!(voided.sale.state, "expired", "the state stays Stripe's");
    assert_eq!(voided.ending.as_deref(), Some("void"));
    assert_eq!(expected_cash(&till).await, 5_000, "the drawer balances");
    let ledger = till.ledger().unwrap();
    let timeline = ledger.timeline(&sale_id).unwrap();
    assert_eq!(timeline.last().unwrap().kind, "voided");
    assert_eq!(
        timeline.last().unwrap().detail,
        "Voided after the card part expired: its cash given back from the drawer."
    );
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let shown = till_core::history::detail(german.checkout(), &sale_id)
        .await
        .unwrap();
    assert_eq!(
        shown.timeline.last().unwrap().detail,
        "Storniert, nachdem der Kartenteil beendet war („Abgelaufen“): das Bargeld aus der Kasse zurückgegeben."
    );
    assert_eq!(
        till.register.split_void(&sale_id).await.unwrap_err().reason,
        Some("split_settled")
    );
    let x = drawer::x_report(till.checkout()).await.unwrap();
    assert_eq!(row(&x, "cash_sales"), (Some(1), Some(500)));
    assert_eq!(row(&x, "cash_refunds"), (Some(1), Some(500)));
    assert_eq!(row(&x, "sales_split"), (None, None), "not a paid sale");
    // With the split settled, the same cart is a new sale.
    let next = till.register.charge(None).await.unwrap();
    assert_ne!(next.id, sale_id);
}

#[tokio::test]
async fn a_retried_card_is_a_new_sale_carrying_the_cash_with_its_own_session() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till, "50").await;
    ring_up(&till);
    let split = till.register.pay_split(&["5"], None).await.unwrap();
    let first = split.sale.id.clone();
    till.sim
        .expire_now(&till.session_of(&first).unwrap())
        .unwrap();
    assert_eq!(refresh(&till, &first).await.state, "expired");

    let retried = till.register.split_retry_card(&first).await.unwrap();
    let second = retried.sale.id.clone();
    assert_ne!(second, first);
    assert_eq!(retried.sale.state, "awaiting_payment");
    assert_eq!(retried.carried_from.as_deref(), Some(first.as_str()));
    assert_eq!((retried.cash.amount, retried.card.amount), (500, 775));
    let old = till.register.split_view(&first).await.unwrap();
    assert_eq!(old.ending.as_deref(), Some("retried"));
    assert_eq!(old.next_sale_id.as_deref(), Some(second.as_str()));
    // One session per sale.
    assert_eq!(till.sessions_at_stripe(&first).await.unwrap(), 1);
    assert_eq!(till.sessions_at_stripe(&second).await.unwrap(), 1);
    assert_eq!(
        till.register
            .split_retry_card(&first)
            .await
            .unwrap_err()
            .reason,
        Some("split_settled")
    );
    let session_id = till.session_of(&second).unwrap();
    assert_eq!(till.sim.session(&session_id).unwrap()["amount_total"], 775);
    till.sim.pay(&session_id, "4242424242424242").unwrap();
    assert_eq!(refresh(&till, &second).await.state, "paid");
    // The cash went into the drawer once.
    assert_eq!(expected_cash(&till).await, 5_500);
    let x = drawer::x_report(till.checkout()).await.unwrap();
    assert_eq!(row(&x, "cash_sales"), (Some(1), Some(500)));
    assert_eq!(row(&x, "sales_split"), (Some(1), Some(1275)));
    assert_eq!(row(&x, "card_sales"), (None, Some(775)));
}

#[tokio::test]
async fn a_split_is_refused_below_stripes_minimum_without_cash_or_with_the_drawer_closed() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    // The drawer is closed: nothing is written.
    assert_eq!(
        till.register
            .pay_split(&["5"], None)
            .await
            .unwrap_err()
            .reason,
        Some("drawer_closed")
    );
    assert_eq!(ledger_counts(&till), (0, 0, 0));
    open_drawer(&till, "10").await;
    let before = ledger_counts(&till);
    let small = till.register.split_quote(&["12.50"]).unwrap_err();
    assert_eq!(small.reason, Some("split_balance_too_small"));
    assert!(
        small.message.contains("0.25 USD") && small.message.contains("0.50 USD"),
        "{}",
        small.message
    );
    for (parts, reason) in [
        (vec!["12.50"], "split_balance_too_small"),
        (vec!["12.75"], "split_cash_covers_total"),
        (vec![], "split_no_cash"),
        (vec!["0"], "tender_negative"),
        (vec!["-1"], "negative_amount"),
    ] {
        let refused = till.register.pay_split(&parts, None).await.unwrap_err();
        assert_eq!(refused.reason, Some(reason), "{parts:?}: {refused:?}");
    }
    assert!(till.register.pay_split(&["abc"], None).await.is_err());
    assert_eq!(ledger_counts(&till), before, "nothing recorded");
}

fn refunded(till: &TestTill, sale_id: &str) -> i64 {
    till.ledger()
        .unwrap()
        .require_sale(sale_id)
        .unwrap()
        .amount_refunded
}

#[tokio::test]
async fn a_cash_sale_is_refunded_in_cash_from_the_drawer_within_what_it_took() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till, "100").await;
    ring_up(&till);
    let sold = till.register.pay_cash("20", None).await.unwrap();
    let sale_id = sold.sale.id.clone();
    let checkout = till.checkout();
    // Not by card: no card was charged.
    assert_eq!(
        refunds::refund(checkout, &sale_id, Some("5"), None)
            .await
            .unwrap_err()
            .reason,
        Some("refund_use_cash")
    );
    let by = refunds::refundable_by_tender(checkout, &sale_id)
        .await
        .unwrap();
    assert_eq!(
        (by.card.amount, by.cash.amount, by.drawer_open),
        (0, 1275, true)
    );

    let detail = refunds::refund_cash(checkout, &sale_id, Some("5"))
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 500);
    assert_eq!(detail.timeline.last().unwrap().kind, "refund_cash");
    assert_eq!(expected_cash(&till).await, 10_000 + 1275 - 500);

    // Over what is left in cash: refused, nothing changes.
    let before = (ledger_counts(&till), refunded(&till, &sale_id));
    let over = refunds::refund_cash(checkout, &sale_id, Some("8"))
        .await
        .unwrap_err();
    assert_eq!(over.reason, Some("refund_exceeds_cash"), "{}", over.message);
    assert!(over.message.contains("$7.75"), "{}", over.message);
    assert_eq!((ledger_counts(&till), refunded(&till, &sale_id)), before);

    // The rest, then nothing more.
    let detail = refunds::refund_cash(checkout, &sale_id, None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 1275);
    assert_eq!(
        refunds::refund_cash(checkout, &sale_id, None)
            .await
            .unwrap_err()
            .reason,
        Some("refund_exceeds_cash")
    );
    assert_eq!(expected_cash(&till).await, 10_000);
    let x = drawer::x_report(checkout).await.unwrap();
    assert_eq!(row(&x, "cash_refunds"), (Some(2), Some(1275)));
    assert_eq!(
        till.ledger()
            .unwrap()
            .require_sale(&sale_id)
            .unwrap()
            .state
            .as_str(),
        "paid"
    );
}

#[tokio::test]
async fn a_split_refund_goes_back_by_card_through_stripe_and_in_cash_from_the_drawer() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till, "100").await;
    ring_up(&till);
    let split = till.register.pay_split(&["5"], None).await.unwrap();
    let sale_id = split.sale.id.clone();
    till.sim
        .pay(&till.session_of(&sale_id).unwrap(), "4242424242424242")
        .unwrap();
    assert_eq!(refresh(&till, &sale_id).await.state, "paid");
    let checkout = till.checkout();
    let by = refunds::refundable_by_tender(checkout, &sale_id)
        .await
        .unwrap();
    assert_eq!(
        (by.tender.as_str(), by.card.amount, by.cash.amount),
        ("split", 775, 500)
    );

    // Each over-refund is refused before anything moves: no refund at Stripe, no cash out.
    let before = (ledger_counts(&till), refunded(&till, &sale_id));
    for (card, cash, reason) in [
        (Some("8"), None, "refund_exceeds_card"),
        (Some("3"), Some("6"), "refund_exceeds_cash"),
        (None, Some("5.01"), "refund_exceeds_cash"),
        (None, None, "refund_amount_zero"),
    ] {
        let refused = refunds::refund_split(checkout, &sale_id, card, cash, None)
            .await
            .unwrap_err();
        assert_eq!(
            refused.reason,
            Some(reason),
            "{card:?} {cash:?}: {}",
            refused.message
        );
    }
    assert_eq!(
        refunds::refund(checkout, &sale_id, Some("7.76"), None)
            .await
            .unwrap_err()
            .reason,
        Some("refund_exceeds_card")
    );
    assert_eq!((ledger_counts(&till), refunded(&till, &sale_id)), before);
    assert!(till
        .ledger()
        .unwrap()
        .refunds_of_sale(&sale_id)
        .unwrap()
        .is_empty());

    let detail = refunds::refund_split(checkout, &sale_id, Some("3"), Some("2"), None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 500);
    let at_stripe = till.ledger().unwrap().refunds_of_sale(&sale_id).unwrap();
    assert_eq!(at_stripe.len(), 1);
    assert_eq!(at_stripe[0].amount, 300, "the card part through Stripe");
    assert_eq!(
        expected_cash(&till).await,
        10_000 + 500 - 200,
        "the cash part from the drawer"
    );

    // What is left: the card's rest by card, the cash's rest in cash.
    let by = refunds::refundable_by_tender(checkout, &sale_id)
        .await
        .unwrap();
    assert_eq!((by.card.amount, by.cash.amount), (475, 300));
    let detail = refunds::refund(checkout, &sale_id, None, None)
        .await
        .unwrap();
    assert_eq!(
        detail.amount_refunded, 975,
        "the card's rest, not the cash's"
    );
    let detail = refunds::refund_cash(checkout, &sale_id, None)
        .await
        .unwrap();
    assert_eq!((detail.amount_refunded, detail.refundable), (1275, 0));
    let x = drawer::x_report(checkout).await.unwrap();
    assert_eq!(row(&x, "cash_refunds"), (Some(2), Some(500)));
    assert_eq!(row(&x, "card_refunds"), (Some(2), Some(775)));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_after_the_split_sale_was_written_then_its_card_part_recovered_once() {
    let sim = stripe_sim::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();
    let opened = tillctl(dir.path(), &base, &["drawer", "open", "--float", "20"], &[]).unwrap();
    assert_eq!(opened.status.code(), Some(0), "{opened:?}");

    let crashed = tillctl(
        dir.path(),
        &base,
        &[
            "charge",
            "price_demo_latte_usdx2",
            "--split",
            "2",
            "--split",
            "1.50",
        ],
        &[("TILL_FAILPOINT", "after_sale_written")],
    )
    .unwrap();
    assert_eq!(
        crashed.status.code(),
        Some(86),
        "the failpoint ended the process: {crashed:?}"
    );
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let sales = ledger.recent_sales("training", None, 10).unwrap();
    assert_eq!(sales.len(), 1);
    let sale = &sales[0];
    assert_eq!(
        (sale.state.as_str(), sale.tender.as_str()),
        ("creating", "split")
    );
    assert_eq!(ledger.tender_sums(&sale.id).unwrap().card_part, 950 - 350);
    let moves: i64 = ledger
        .connection()
        .query_row(
            "SELECT count(*) FROM drawer_moves WHERE kind = 'sale'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(moves, 1, "the cash was written with the sale");

    for _ in 0..2 {
        let recovered = tillctl(dir.path(), &base, &["recover"], &[]).unwrap();
        assert_eq!(recovered.status.code(), Some(0), "{recovered:?}");
    }
    let sale = ledger.require_sale(&sale.id).unwrap();
    assert_eq!(sale.state.as_str(), "awaiting_payment");
    let session_id = sale.session_id.clone().unwrap();
    let session = sim.session(&session_id).unwrap();
    assert_eq!(session["amount_total"], 600, "the card part, once");
    let key: String = ledger
        .connection()
        .query_row(
            "SELECT key FROM idempotency_keys WHERE sale_id = ?1",
            [&sale.id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        key,
        format!("till-{}-create", sale.id),
        "the same stored key"
    );
    sim.pay(&session_id, "4242424242424242").unwrap();
    let watched = tillctl(
        dir.path(),
        &base,
        &["watch", &sale.id, "--timeout", "20"],
        &[],
    )
    .unwrap();
    assert_eq!(watched.status.code(), Some(0));
    let sale = ledger.require_sale(&sale.id).unwrap();
    assert_eq!(sale.state.as_str(), "paid");
    let counted: (i64, i64) = ledger
        .connection()
        .query_row(
            "SELECT (SELECT count(*) FROM sale_tenders), (SELECT count(*) FROM drawer_moves WHERE kind = 'sale')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(counted, (2, 1), "nothing doubled");
}

// The simulator runs in this process while tillctl blocks the test thread: two workers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_splits_settles_and_refunds_by_tender_with_the_owners_pin() {
    let till = TestTill::start().await.unwrap();
    let (dir, base) = (till.dir.path(), till.sim.base_url());
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let out = tillctl(dir, &base, args, env).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        (out.status.success(), json)
    };
    let (ok, json) = run(&["drawer", "open", "--float", "50"], &[]);
    assert!(ok, "{json}");
    let (ok, json) = run(
        &["charge", "price_demo_latte_usdx2", "--split", "9.25"],
        &[],
    );
    assert!(!ok);
    assert_eq!(json["error"]["code"], "split_balance_too_small");
    let (ok, json) = run(
        &[
            "charge",
            "price_demo_latte_usdx2",
            "--split",
            "2",
            "--split",
            "3",
        ],
        &[],
    );
    assert!(ok, "{json}");
    assert_eq!(
        (
            json["cash"]["amount"].clone(),
            json["card"]["amount"].clone()
        ),
        (500.into(), 450.into())
    );
    let sale_id = json["sale"]["id"].as_str().unwrap().to_string();
    assert!(json["sale"]["url"].is_string());

    // Declined at the page, then the balance in cash (the open page cancelled first).
    till.sim
        .pay(&till.session_of(&sale_id).unwrap(), "4000000000000002")
        .unwrap();
    let (ok, json) = run(&["split", &sale_id, "--balance-cash", "5"], &[]);
    assert!(ok, "{json}");
    assert_eq!(json["sale"]["state"], "paid");
    assert_eq!(json["ending"], "cash");
    let (ok, json) = run(&["split", &sale_id, "--void"], &[]);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "split_settled");

    // Refunds are the owner's: without the PIN nothing moves.
    till_core::owner::set_pin(till.checkout().store(), None, "2468")
        .await
        .unwrap();
    // (A refused PIN holds the next try back a moment, so the refusal comes last.)
    let pin = [("TILL_OWNER_PIN", "2468")];
    let (ok, json) = run(&["refund", &sale_id, "--amount", "1", "--cash"], &pin);
    assert!(ok, "{json}");
    assert_eq!(json["amountRefunded"], 100);
    // Its balance was paid in cash: no card part to refund.
    let (ok, json) = run(&["refund", &sale_id, "--split-card", "1"], &pin);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "refund_use_cash");
    let (ok, json) = run(&["refund", &sale_id, "--amount", "9", "--cash"], &pin);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "refund_exceeds_cash");
    assert_eq!(refunded(&till, &sale_id), 100);
    let (_, json) = run(&["drawer", "status"], &[]);
    assert_eq!(json["expected"]["amount"], 5_000 + 950 - 100);
    let (ok, _) = run(&["refund", &sale_id, "--amount", "1", "--cash"], &[]);
    assert!(!ok, "no PIN given");
    assert_eq!(refunded(&till, &sale_id), 100, "nothing moved");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_after_a_retried_card_was_written_then_its_session_recovered_once() {
    let sim = stripe_sim::start(SimConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let base = sim.base_url();
    let run = |args: &[&str], env: &[(&str, &str)]| tillctl(dir.path(), &base, args, env).unwrap();
    assert!(run(&["drawer", "open", "--float", "20"], &[])
        .status
        .success());
    let charged = run(&["charge", "price_demo_latte_usdx2", "--split", "2"], &[]);
    let json: serde_json::Value = serde_json::from_slice(&charged.stdout).unwrap();
    let first = json["sale"]["id"].as_str().unwrap().to_string();
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    sim.expire_now(
        ledger
            .require_sale(&first)
            .unwrap()
            .session_id
            .as_deref()
            .unwrap(),
    )
    .unwrap();
    let watched = run(&["watch", &first, "--timeout", "20"], &[]);
    assert_eq!(watched.status.code(), Some(3), "expired: not paid");

    let crashed = run(
        &["split", &first, "--retry-card"],
        &[("TILL_FAILPOINT", "after_sale_written")],
    );
    assert_eq!(crashed.status.code(), Some(86), "{crashed:?}");
    let ending = ledger.split_ending(&first).unwrap().unwrap();
    let second = ending.next_sale_id.unwrap();
    let retried = ledger.require_sale(&second).unwrap();
    assert_eq!(
        (retried.state.as_str(), retried.tender.as_str()),
        ("creating", "split")
    );
    assert_eq!(ledger.tender_sums(&second).unwrap().card_part, 750);

    for _ in 0..2 {
        assert!(run(&["recover"], &[]).status.success());
    }
    let retried = ledger.require_sale(&second).unwrap();
    assert_eq!(retried.state.as_str(), "awaiting_payment");
    assert_eq!(
        sim.session(retried.session_id.as_deref().unwrap()).unwrap()["amount_total"],
        750
    );
    let other = tempfile::tempdir().unwrap();
    let listed = till_harness::till::register_for(&base, other.path())
        .await
        .unwrap()
        .checkout()
        .gateway()
        .list_sessions(None)
        .await
        .unwrap();
    let sessions = |sale: &str| {
        listed
            .iter()
            .filter(|s| s.client_reference_id.as_deref() == Some(sale))
            .count()
    };
    assert_eq!(
        (sessions(&first), sessions(&second)),
        (1, 1),
        "one session per sale"
    );
    let moves: (i64, i64) = ledger
        .connection()
        .query_row(
            "SELECT (SELECT count(*) FROM drawer_moves WHERE kind = 'sale'), (SELECT count(*) FROM sale_tenders)",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(
        moves,
        (1, 2),
        "one cash movement; the cash part carried, not taken again"
    );
}
