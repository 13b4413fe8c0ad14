//! The owner's view against the simulator: refunds (partial, full, asynchronous, refused,
//! offline, answer lost), history pages and totals, the CSV export read back, catalog
//! management, and a property test of totals over random ledgers.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;

use stripe_sim::Fault;
use till_core::calendar::Date;
use till_core::catalog_admin::{self, ProductInput};
use till_core::checkout::Source;
use till_core::generate::{self, GenerateOptions};
use till_core::history::{self, HistoryFilter};
use till_core::mode::Mode;
use till_core::money::Currency;
use till_core::refunds;
use till_core::sale::SaleState;
use till_core::store::{
    HistoryQuery, Ledger, NewSale, NewSaleLine, Note, PageCursor, RefundRecord, SaleUpdate,
    SearchPlan, TimelineEntry, TotalsRecord,
};
use till_harness::till::{register_with, test_settings, tillctl, TestTill};

/// Charges a latte and a muffin ($7.75... 475 + 325 = 800) and pays with `card`.
async fn paid_sale(till: &TestTill, card: &str) -> String {
    till.register.clear().unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    till.register.add("price_demo_muffin_usd", 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    let session = till.session_of(&sale.id).unwrap();
    till.sim.pay(&session, card).unwrap();
    let view = till
        .checkout()
        .refresh(&sale.id, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.state, "paid");
    sale.id
}

/// Everything the ledger holds about a sale, to prove an operation changed nothing.
fn snapshot(ledger: &Ledger, sale_id: &str) -> String {
    format!(
        "{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        ledger.require_sale(sale_id).unwrap(),
        ledger.timeline(sale_id).unwrap(),
        ledger.refunds_of_sale(sale_id).unwrap(),
        ledger.refund_requests_of_sale(sale_id).unwrap(),
        ledger.latest_idempotency_key(sale_id, "refund").unwrap(),
        ledger
            .history_totals(&HistoryQuery {
                mode: "training".into(),
                ..HistoryQuery::default()
            })
            .unwrap()
    )
}

#[tokio::test]
async fn partial_then_full_refund_is_tracked_and_in_every_total() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_sale(&till, "4242424242424242").await;
    let filter = HistoryFilter::default();
    let before = history::totals(till.checkout(), &filter).await.unwrap();
    assert_eq!(before[0].gross, 800);
    assert_eq!(before[0].refunded, 0);

    let detail = refunds::refund(
        till.checkout(),
        &sale_id,
        Some("1.50"),
        Some("requested_by_customer"),
    )
    .await
    .unwrap();
    assert_eq!(detail.sale.state, "paid", "a refund is not a sale state");
    assert_eq!(detail.amount_refunded, 150);
    assert_eq!(detail.refundable, 650);
    assert_eq!(detail.refundable_major, "6.50");
    assert_eq!(detail.refunds.len(), 1);
    assert!(detail.refunds[0].id.starts_with("re_"));
    assert_eq!(detail.refunds[0].status, "succeeded");
    assert!(detail
        .timeline
        .iter()
        .any(|t| t.kind == "refund" && t.detail.contains("$1.50")));

    let totals = history::totals(till.checkout(), &filter).await.unwrap();
    assert_eq!(totals[0].refunded, 150);
    assert_eq!(totals[0].net, 650);
    assert_eq!(totals[0].net_display, "$6.50");
    let today = till
        .checkout()
        .store()
        .call(|l| l.local_date(till_core::store::now_ms()))
        .await
        .unwrap();
    let report = history::report(
        till.checkout(),
        None,
        today,
        today,
        history::Period::Day,
        None,
    )
    .await
    .unwrap();
    assert_eq!(report.rows[0].totals.refunded, 150);
    let page = history::page(till.checkout(), &filter, None, 10)
        .await
        .unwrap();
    assert_eq!(page.rows[0].refunded_display.as_deref(), Some("$1.50"));

    // The rest: no amount means everything that remains.
    let detail = refunds::refund(till.checkout(), &sale_id, None, None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 800);
    assert_eq!(detail.refundable, 0);
    let charge = till
        .sim
        .session(&till.session_of(&sale_id).unwrap())
        .unwrap();
    assert_eq!(
        charge["payment_intent"]["id"].as_str(),
        till.ledger()
            .unwrap()
            .require_sale(&sale_id)
            .unwrap()
            .payment_intent_id
            .as_deref()
    );
    // Every request carried its stored key, and Stripe has exactly two refunds.
    let ledger = till.ledger().unwrap();
    let requests = ledger.refund_requests_of_sale(&sale_id).unwrap();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(request.state, "sent");
        assert_eq!(
            ledger
                .idempotency_key(&sale_id, &format!("refund:{}", request.id))
                .unwrap()
                .as_deref(),
            Some(request.idempotency_key.as_str())
        );
    }
    let created = till
        .sim
        .events()
        .into_iter()
        .filter(|e| e["type"] == "refund.created")
        .count();
    assert_eq!(created, 2);
    // Nothing remains: a third refund is refused and changes nothing.
    let before = snapshot(&ledger, &sale_id);
    let error = refunds::refund(till.checkout(), &sale_id, Some("0.01"), None)
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "refund_exceeds_remaining");
    assert_eq!(snapshot(&till.ledger().unwrap(), &sale_id), before);
}

#[tokio::test]
async fn an_asynchronous_refund_is_pending_then_succeeds() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_sale(&till, "4000000000007726").await;
    let detail = refunds::refund(till.checkout(), &sale_id, Some("2.00"), None)
        .await
        .unwrap();
    assert_eq!(detail.refunds[0].status, "pending");
    assert_eq!(detail.refunds[0].status_text, "Pending at the bank");
    // Pending refunds count as refunded (as Stripe counts them), so they block over-refunding.
    assert_eq!(detail.amount_refunded, 200);
    let over = refunds::refund(till.checkout(), &sale_id, Some("6.01"), None)
        .await
        .unwrap_err();
    assert_eq!(over.wire_code(), "refund_exceeds_remaining");
    till.sim.settle_refund(&detail.refunds[0].id).unwrap();
    let detail = refunds::refresh(till.checkout(), &sale_id).await.unwrap();
    assert_eq!(detail.refunds[0].status, "succeeded");
    assert_eq!(detail.amount_refunded, 200);
    let kinds: Vec<&str> = detail
        .timeline
        .iter()
        .filter(|t| t.kind == "refund")
        .map(|t| t.detail.as_str())
        .collect();
    assert_eq!(kinds.len(), 2, "pending, then succeeded: {kinds:?}");
    assert!(kinds[1].contains("succeeded"));
}

#[tokio::test]
async fn a_refund_that_fails_at_the_bank_gives_the_amount_back() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_sale(&till, "4000000000005126").await;
    let detail = refunds::refund(till.checkout(), &sale_id, None, None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 800);
    till.sim.settle_refund(&detail.refunds[0].id).unwrap();
    let detail = refunds::refresh(till.checkout(), &sale_id).await.unwrap();
    assert_eq!(detail.refunds[0].status, "failed");
    assert_eq!(detail.amount_refunded, 0);
    assert_eq!(detail.refundable, 800);
}

#[tokio::test]
async fn refunds_of_unpaid_sales_over_the_remainder_and_offline_change_nothing() {
    let till = TestTill::start().await.unwrap();
    // Unpaid: a sale still waiting for the customer.
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let waiting = till.register.charge(None).await.unwrap();
    let before = snapshot(&till.ledger().unwrap(), &waiting.id);
    let error = refunds::refund(till.checkout(), &waiting.id, None, None)
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "refund_not_paid");
    assert!(
        error.message.contains("only a paid sale"),
        "{}",
        error.message
    );
    assert_eq!(snapshot(&till.ledger().unwrap(), &waiting.id), before);

    let sale_id = paid_sale(&till, "4242424242424242").await;
    let before = snapshot(&till.ledger().unwrap(), &sale_id);
    for (amount, code) in [
        ("8.01", "refund_exceeds_remaining"),
        ("0", "refund_amount_zero"),
        ("1.234", "too_many_decimals"),
        ("-1", "negative_amount"),
        ("abc", "invalid_amount"),
    ] {
        let error = refunds::refund(till.checkout(), &sale_id, Some(amount), None)
            .await
            .unwrap_err();
        assert_eq!(error.wire_code(), code, "{amount}: {}", error.message);
    }
    // The preview refuses the same amounts the same way, in plain words, and says what a good
    // one would do; it records nothing.
    for (amount, code, words) in [
        (
            "8.01",
            "refund_exceeds_remaining",
            "more than what is left to refund",
        ),
        ("3,50", "invalid_amount", "with a point before the cents"),
        ("0", "refund_amount_zero", "more than zero"),
    ] {
        let error = refunds::preview(till.checkout(), &sale_id, Some(amount))
            .await
            .unwrap_err();
        assert_eq!(error.wire_code(), code, "{amount}: {}", error.message);
        assert!(error.message.contains(words), "{amount}: {}", error.message);
        assert!(!error.message.contains("digits only"), "{}", error.message);
    }
    let preview = refunds::preview(till.checkout(), &sale_id, Some("5.00"))
        .await
        .unwrap();
    assert_eq!(
        (
            preview.amount,
            preview.amount_display.as_str(),
            preview.total_display.as_str(),
            preview.full
        ),
        (500, "$5.00", "$8.00", false)
    );
    // The card the money goes back to, as Stripe reports the payment.
    assert_eq!(
        preview.card.as_deref(),
        Some("Visa \u{b7}\u{b7}\u{b7}\u{b7}4242")
    );
    let all = refunds::preview(till.checkout(), &sale_id, Some("8"))
        .await
        .unwrap();
    assert!(all.full);
    let error = refunds::refund(till.checkout(), &sale_id, Some("1"), Some("angry"))
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "invalid_refund_reason");
    let error = refunds::refund(till.checkout(), "sale_doesnotexist", None, None)
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "not_found");
    assert_eq!(snapshot(&till.ledger().unwrap(), &sale_id), before);

    // Offline: Stripe cannot be reached at all.
    let TestTill { sim, register, dir } = till;
    sim.stop().await;
    let error = refunds::refund(register.checkout(), &sale_id, Some("1.00"), None)
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "refund_offline");
    assert!(
        error
            .message
            .contains("nothing was refunded and nothing changed"),
        "{}",
        error.message
    );
    assert_eq!(
        error.message.matches("could not be reached").count(),
        1,
        "said once: {}",
        error.message
    );
    let ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    assert_eq!(snapshot(&ledger, &sale_id), before);
}

/// A refused refund is explained in the till's language (the core's words through Fluent, as
/// the window's); the reason code the window branches on is the same in every language.
#[tokio::test]
async fn a_refused_refund_is_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let waiting = till.register.charge(None).await.unwrap();
    let sale_id = paid_sale(&till, "4242424242424242").await;
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let before = snapshot(&till.ledger().unwrap(), &sale_id);
    for (sale, amount, code, words) in [
        (
            &sale_id,
            Some("8.01"),
            "refund_exceeds_remaining",
            "$8.01 ist mehr, als bei diesem Verkauf noch zu erstatten ist ($8.00). Geben Sie höchstens $8.00 ein.",
        ),
        (
            &sale_id,
            Some("0"),
            "refund_amount_zero",
            "Eine Erstattung muss mehr als null betragen.",
        ),
        (
            &waiting.id,
            None,
            "refund_not_paid",
            &format!(
                "Verkauf {} ist nicht bezahlt (Status: Wartet): Nur ein bezahlter Verkauf kann erstattet werden.",
                waiting.id
            ),
        ),
    ] {
        let refused = refunds::refund(german.checkout(), sale, amount, None)
            .await
            .unwrap_err();
        assert_eq!((refused.wire_code(), refused.message.as_str()), (code, words));
        let previewed = refunds::preview(german.checkout(), sale, amount)
            .await
            .unwrap_err();
        assert_eq!((previewed.wire_code(), previewed.message.as_str()), (code, words));
    }
    let refused = refunds::refund_split(german.checkout(), &sale_id, Some("1.00"), None, None)
        .await
        .unwrap_err();
    assert_eq!(
        (refused.wire_code(), refused.message.as_str()),
        (
            "not_split",
            format!(
                "Verkauf {sale_id} ist ein Kartenverkauf, nicht bar und mit Karte bezahlt: Erstatten Sie ihn über seine eine Zahlungsart."
            )
            .as_str()
        )
    );
    assert_eq!(snapshot(&till.ledger().unwrap(), &sale_id), before);

    // The sale's timeline reads in the till's language too; the ledger keeps the English.
    let words = |detail: &history::SaleDetailView| -> Vec<String> {
        detail.timeline.iter().map(|t| t.detail.clone()).collect()
    };
    let english = words(&history::detail(till.checkout(), &sale_id).await.unwrap());
    let german = words(&history::detail(german.checkout(), &sale_id).await.unwrap());
    assert!(
        english.iter().any(|d| d.starts_with("Checkout Session cs_")
            && d.ends_with("created; waiting for the customer.")),
        "{english:?}"
    );
    assert!(
        english
            .iter()
            .any(|d| d.starts_with("Paid 8.00 USD; PaymentIntent pi_")),
        "{english:?}"
    );
    assert!(
        german.iter().any(|d| d.starts_with("Checkout-Sitzung cs_")
            && d.ends_with("erstellt; warten auf den Kunden.")),
        "{german:?}"
    );
    assert!(
        german
            .iter()
            .any(|d| d.starts_with("Bezahlt 8.00 USD; PaymentIntent pi_")),
        "{german:?}"
    );
    assert_eq!(english.len(), german.len());
    let stored: Vec<String> = till
        .ledger()
        .unwrap()
        .timeline(&sale_id)
        .unwrap()
        .into_iter()
        .map(|t| t.detail)
        .collect();
    assert_eq!(stored, english, "the ledger keeps the English words");
}

#[tokio::test]
async fn a_lost_answer_holds_the_amount_and_the_resend_uses_the_same_key() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_sale(&till, "4242424242424242").await;
    // Stripe makes the refund, but every answer is lost on the way back.
    till.sim.inject_fault(
        Fault::connection_reset(4)
            .on_path("/v1/refunds")
            .on_method("POST")
            .after_execution(),
    );
    let error = refunds::refund(till.checkout(), &sale_id, Some("3.00"), None)
        .await
        .unwrap_err();
    assert_eq!(error.wire_code(), "refund_unconfirmed");
    let detail = history::detail(till.checkout(), &sale_id).await.unwrap();
    assert_eq!(detail.refunds[0].status, "sending");
    assert_eq!(detail.amount_refunded, 0, "nothing confirmed yet");
    assert_eq!(detail.refundable, 500, "the unanswered 3.00 is held");
    let over = refunds::refund(till.checkout(), &sale_id, Some("5.01"), None)
        .await
        .unwrap_err();
    assert_eq!(over.wire_code(), "refund_exceeds_remaining");
    // Refresh resends with the same key: Stripe replays its first answer.
    let detail = refunds::refresh(till.checkout(), &sale_id).await.unwrap();
    assert_eq!(detail.amount_refunded, 300);
    assert_eq!(detail.refunds.len(), 1);
    assert_eq!(detail.refunds[0].status, "succeeded");
    let created = till
        .sim
        .events()
        .into_iter()
        .filter(|e| e["type"] == "refund.created")
        .count();
    assert_eq!(created, 1, "one refund at Stripe, never two");
}

#[tokio::test]
async fn history_filters_pages_search_and_detail() {
    let till = TestTill::start().await.unwrap();
    let first = paid_sale(&till, "4242424242424242").await;
    till.register.clear().unwrap();
    till.register.add("price_demo_coffee_usd", 2).unwrap();
    let waiting = till
        .register
        .charge(Some("ana.lopez@example.com"))
        .await
        .unwrap();
    let second = paid_sale(&till, "4242424242424242").await;

    let page = history::page(till.checkout(), &HistoryFilter::default(), None, 2)
        .await
        .unwrap();
    let ids: Vec<&str> = page.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, [second.as_str(), waiting.id.as_str()]);
    let rest = history::page(
        till.checkout(),
        &HistoryFilter::default(),
        page.next_cursor.as_deref(),
        2,
    )
    .await
    .unwrap();
    assert_eq!(rest.rows.len(), 1);
    assert_eq!(rest.rows[0].id, first);
    assert_eq!(rest.next_cursor, None);

    let paid = HistoryFilter {
        status: Some("paid".into()),
        ..HistoryFilter::default()
    };
    let page = history::page(till.checkout(), &paid, None, 10)
        .await
        .unwrap();
    assert_eq!(page.rows.len(), 2);
    let totals = history::totals(till.checkout(), &paid).await.unwrap();
    assert_eq!((totals[0].sales, totals[0].gross), (2, 1600));
    assert_eq!(totals[0].average_display, "$8.00");

    let search = |text: &str| HistoryFilter {
        text: Some(text.into()),
        ..HistoryFilter::default()
    };
    for (text, expected) in [
        ("ana.lopez@example.com", waiting.id.clone()),
        ("drip", waiting.id.clone()),
        (waiting.session_id.as_deref().unwrap(), waiting.id.clone()),
        (&waiting.id, waiting.id.clone()),
    ] {
        let page = history::page(till.checkout(), &search(text), None, 10)
            .await
            .unwrap();
        let ids: Vec<&str> = page.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, [expected.as_str()], "{text}");
    }
    let pi = till
        .ledger()
        .unwrap()
        .require_sale(&first)
        .unwrap()
        .payment_intent_id
        .unwrap();
    let page = history::page(till.checkout(), &search(&pi), None, 10)
        .await
        .unwrap();
    assert_eq!(page.rows[0].id, first);
    let latte = history::totals(till.checkout(), &search("latte"))
        .await
        .unwrap();
    assert_eq!(latte[0].paid, 2);

    let detail = history::detail(till.checkout(), &first).await.unwrap();
    assert_eq!(detail.lines.len(), 2);
    assert_eq!(detail.lines[0].name, "Caffè Latte");
    let kinds: Vec<&str> = detail.timeline.iter().map(|t| t.kind.as_str()).collect();
    assert_eq!(kinds, ["created", "session_created", "completed_paid"]);
    assert!(detail.sale.payment_intent_id.is_some());

    let bad = history::page(
        till.checkout(),
        &HistoryFilter {
            from: Some("2025-02-30".into()),
            ..HistoryFilter::default()
        },
        None,
        10,
    )
    .await
    .unwrap_err();
    assert_eq!(bad.wire_code(), "invalid_date");
    let bad = history::page(till.checkout(), &HistoryFilter::default(), Some("nope"), 10)
        .await
        .unwrap_err();
    assert_eq!(bad.wire_code(), "invalid_cursor");
}

// ---------- CSV ----------

fn read_csv(path: &std::path::Path) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_path(path).unwrap();
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .cloned()
                .zip(r.iter().map(String::from))
                .collect()
        })
        .collect();
    (headers, rows)
}

/// An export that cannot be written says so in the till's language (the ledger's setting),
/// and leaves no file behind.
#[test]
fn an_export_that_cannot_be_written_is_explained_in_the_till_s_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    let query = HistoryQuery {
        mode: "test".into(),
        ..HistoryQuery::default()
    };
    let missing = dir.path().join("no-such-folder").join("sales.csv");
    let refused =
        |ledger: &Ledger| history::export_csv_file(ledger, &query, false, &missing).unwrap_err();
    ledger
        .update_settings(&[(till_core::settings::LANGUAGE, Some("en"))])
        .unwrap();
    let english = refused(&ledger);
    assert_eq!(english.wire_code(), "export_failed");
    assert!(
        english.message.starts_with("Could not create ")
            && english
                .message
                .ends_with(". Choose a folder you can write to."),
        "{}",
        english.message
    );
    ledger
        .update_settings(&[(till_core::settings::LANGUAGE, Some("de"))])
        .unwrap();
    let german = refused(&ledger);
    assert_eq!(german.wire_code(), "export_failed");
    assert!(
        german.message.contains(" konnte nicht angelegt werden: ")
            && german
                .message
                .ends_with(". Wählen Sie einen Ordner, in den Sie schreiben können."),
        "{}",
        german.message
    );
    assert!(!missing.exists());
}
#[test]
fn the_csv_export_reads_back_as_the_ledger() {
    let dir = tempfile::tempdir().unwrap();
    let mut ledger = Ledger::open(&dir.path().join("till.sqlite3")).unwrap();
    generate::generate(
        &mut ledger,
        &GenerateOptions {
            seed: 42,
            ..GenerateOptions::new(3_000, Mode::Test, 1_750_000_000_000)
        },
    )
    .unwrap();
    let query = HistoryQuery {
        mode: "test".into(),
        ..HistoryQuery::default()
    };
    let path = dir.path().join("sales.csv");
    let summary = history::export_csv_file(&ledger, &query, false, &path).unwrap();
    assert_eq!(summary.rows, 3_000);
    let bytes = std::fs::read(&path).unwrap();
    assert!(std::str::from_utf8(&bytes).is_ok(), "UTF-8");
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "RFC 4180 line ends");
    let (headers, rows) = read_csv(&path);
    assert_eq!(headers, history::SALE_COLUMNS);
    assert_eq!(rows.len(), 3_000);

    // Every row agrees with the ledger, tricky names included.
    let mut all: Vec<till_core::store::HistoryRecord> = Vec::new();
    let mut amounts: Vec<till_core::store::SaleAmounts> = Vec::new();
    ledger
        .for_each_history_sale(&query, |r, a| {
            all.push(r.clone());
            amounts.push(a.clone());
            Ok(())
        })
        .unwrap();
    // The streamed items summaries are the history page's, quantities included.
    let page = ledger.history_page(&query, None, 200).unwrap();
    for (paged, streamed) in page.iter().zip(all.iter().rev()) {
        assert_eq!(paged.sale.id, streamed.sale.id);
        assert_eq!(paged.items, streamed.items);
    }
    assert!(page.iter().any(|r| r.items.contains(" × ")));
    let mut tricky = 0;
    let mut taxed = 0;
    for ((row, record), amounts) in rows.iter().zip(&all).zip(&amounts) {
        let sale = &record.sale;
        // The figures besides the total are the ledger's, in both units; the generator puts
        // VAT inside euro, yen and pound prices.
        let pricing = ledger.sale_pricing(&sale.id).unwrap().unwrap();
        assert_eq!(
            (amounts.subtotal, amounts.discount, amounts.tax, amounts.tip),
            (pricing.subtotal, pricing.discount, pricing.tax, pricing.tip)
        );
        let major =
            |amount: i64| till_core::money::Money::new(amount, sale.currency).to_major_string();
        for (column, amount) in [
            ("amount_subtotal", pricing.subtotal),
            ("amount_discount", pricing.discount),
            ("amount_tax", pricing.tax),
            ("amount_tip", pricing.tip),
        ] {
            assert_eq!(row[column], major(amount), "{column}");
            assert_eq!(
                row[&format!("{column}_minor")],
                amount.to_string(),
                "{column}"
            );
        }
        assert_eq!(row["coupon_id"], "");
        assert_eq!(row["coupon_name"], "");
        if sale.currency.code() != "usd" {
            assert!(pricing.tax > 0, "{}", sale.id);
            taxed += 1;
        }
        assert_eq!(row["sale_id"], sale.id);
        assert_eq!(row["items"], record.items);
        assert_eq!(row["state"], sale.state);
        assert_eq!(row["tender"], sale.tender.as_str());
        assert_eq!(row["amount_total_minor"], sale.amount_total.to_string());
        assert_eq!(
            row["amount_refunded_minor"],
            sale.amount_refunded.to_string()
        );
        let currency = sale.currency;
        assert_eq!(
            row["amount_total"],
            till_core::money::Money::new(sale.amount_total, currency).to_major_string()
        );
        // ISO 8601 with the offset: parse it back to the same instant (to the second).
        let created = &row["created_at"];
        assert_eq!(created.len(), 25, "{created}");
        let (date, rest) = created.split_once('T').unwrap();
        let date = Date::parse(date).unwrap();
        let h: i64 = rest[0..2].parse().unwrap();
        let m: i64 = rest[3..5].parse().unwrap();
        let s: i64 = rest[6..8].parse().unwrap();
        let sign = if &rest[8..9] == "-" { -1 } else { 1 };
        let oh: i64 = rest[9..11].parse().unwrap();
        let om: i64 = rest[12..14].parse().unwrap();
        let local = date.days() * 86_400 + h * 3600 + m * 60 + s;
        assert_eq!(
            local - sign * (oh * 3600 + om * 60),
            sale.created_at.div_euclid(1000),
            "{created}"
        );
        if record.items.contains([',', '"', '\n']) || !record.items.is_ascii() {
            tricky += 1;
        }
    }
    assert!(
        tricky > 100,
        "names with commas, quotes, newlines and non-Latin text"
    );
    assert!(taxed > 500, "{taxed} taxed sales");
    // The columns of earlier exports kept their places: new ones come after them.
    assert_eq!(
        headers[..18],
        [
            "sale_id",
            "created_at",
            "settled_at",
            "mode",
            "register_id",
            "state",
            "tender",
            "currency",
            "amount_total",
            "amount_refunded",
            "amount_net",
            "amount_total_minor",
            "amount_refunded_minor",
            "amount_net_minor",
            "items",
            "customer_email",
            "session_id",
            "payment_intent_id",
        ]
    );
    assert!(rows.iter().any(|r| r["items"].contains("抹茶ラテ")));
    assert!(rows
        .iter()
        .any(|r| r["items"].contains("Tea \"Earl Grey\"")));
    assert!(rows.iter().any(|r| r["items"].contains("chocolat\nwarm")));

    // One row per line, filtered.
    let paid_jpy = HistoryQuery {
        state: Some("paid".into()),
        currency: Some("jpy".into()),
        ..query.clone()
    };
    let lines_path = dir.path().join("lines.csv");
    let summary = history::export_csv_file(&ledger, &paid_jpy, true, &lines_path).unwrap();
    let (headers, rows) = read_csv(&lines_path);
    assert_eq!(headers, history::LINE_COLUMNS);
    assert_eq!(rows.len() as u64, summary.rows);
    let expected: i64 = ledger
        .connection()
        .query_row(
            "SELECT count(*) FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.state = 'paid' AND s.currency = 'jpy'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(rows.len() as i64, expected);
    for row in &rows {
        assert_eq!(row["currency"], "jpy");
        let quantity: i64 = row["quantity"].parse().unwrap();
        let unit: i64 = row["unit_amount_minor"].parse().unwrap();
        assert_eq!(row["line_total_minor"], (unit * quantity).to_string());
        assert_eq!(row["unit_amount"], unit.to_string(), "yen has no decimals");
    }
    // No partial file is left behind.
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty());
}

// ---------- property test: totals agree with a recomputation ----------

const NAMES: [&str; 5] = ["Latte", "Muffin", "Bagel", "Tea", "Cookie"];

/// A random ledger: sales over 40 days in three currencies and two registers, in every
/// state, some paid ones refunded (in several steps and statuses).
fn random_ledger(seed: u64) -> Ledger {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut ledger = Ledger::open_in_memory().unwrap();
    let base = 1_740_000_000_000;
    let count = rng.usize(20..250);
    for n in 0..count {
        let id = format!("sale_p{seed:03}{n:06}");
        let currency = ["usd", "eur", "jpy"][rng.usize(..3)];
        let lines: Vec<NewSaleLine> = (0..rng.usize(1..4))
            .map(|_| NewSaleLine {
                tax_rates: Vec::new(),
                price_id: "price_x".into(),
                product_id: "prod_x".into(),
                name: NAMES[rng.usize(..NAMES.len())].into(),
                unit_amount: rng.i64(50..5_000),
                quantity: rng.i64(1..4),
            })
            .collect();
        let total = lines.iter().map(|l| l.unit_amount * l.quantity).sum();
        // Several sales in the same millisecond, to exercise the keyset's tie-break.
        let created_at = base + rng.i64(0..40) * 86_400_000 + rng.i64(0..50) * 1_000;
        ledger
            .insert_sale(
                &NewSale {
                    pricing: None,
                    staff_id: None,
                    id: id.clone(),
                    mode: if rng.u8(..10) == 0 {
                        Mode::Live
                    } else {
                        Mode::Test
                    },
                    register_id: ["reg_a", "reg_b"][rng.usize(..2)].into(),
                    state: SaleState::Creating,
                    currency: Currency::parse(currency).unwrap(),
                    amount_total: total,
                    customer_email: None,
                    lines,
                    idempotency_key: format!("k-{id}"),
                    membership: None,
                    created_at,
                },
                &TimelineEntry {
                    at: created_at,
                    source: "staff".into(),
                    kind: "created".into(),
                    ..TimelineEntry::default()
                },
            )
            .unwrap();
        let state = [
            "paid",
            "paid",
            "paid",
            "expired",
            "canceled",
            "awaiting_payment",
            "creating",
        ][rng.usize(..7)];
        if state != "creating" {
            ledger
                .transition(
                    &id,
                    "creating",
                    state,
                    &SaleUpdate {
                        payment_intent_id: Some(format!("pi_{id}")),
                        ..SaleUpdate::default()
                    },
                    &TimelineEntry {
                        at: created_at + 1,
                        source: "poll".into(),
                        kind: state.into(),
                        ..TimelineEntry::default()
                    },
                )
                .unwrap();
        }
        if state == "paid" && rng.u8(..3) == 0 {
            for step in 0..rng.usize(1..4) {
                let status = ["pending", "succeeded", "failed"][rng.usize(..3)];
                ledger
                    .apply_refund(
                        &RefundRecord {
                            id: format!("re_{id}_{}", rng.usize(..2)),
                            sale_id: id.clone(),
                            amount: rng.i64(1..=total / 2),
                            currency: currency.into(),
                            status: status.into(),
                            as_of: 100 + step as i64,
                        },
                        &Note {
                            at: created_at + 2,
                            source: "event".into(),
                            kind: "refund".into(),
                            ..Note::default()
                        },
                    )
                    .unwrap();
            }
        }
    }
    ledger
}

/// The straightforward recomputation: read every row, filter in Rust, add up.
fn recompute(ledger: &Ledger, query: &HistoryQuery) -> Vec<(String, TotalsRecord)> {
    let from = query.from.map(|d| ledger.local_midnight_ms(d).unwrap());
    let to = query
        .to
        .map(|d| ledger.local_midnight_ms(d.add_days(1)).unwrap());
    let mut statement = ledger
        .connection()
        .prepare(
            "SELECT id, mode, register_id, state, currency, amount_total, amount_refunded, created_at,
                    (SELECT group_concat(name, ' ') FROM sale_lines WHERE sale_id = sales.id) FROM sales",
        )
        .unwrap();
    let mut totals: BTreeMap<String, TotalsRecord> = BTreeMap::new();
    let rows = statement
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, i64>(5)?,
                r.get::<_, i64>(6)?,
                r.get::<_, i64>(7)?,
                r.get::<_, String>(8)?,
            ))
        })
        .unwrap();
    for row in rows {
        let (mode, register, state, currency, total, refunded, created_at, names) = row.unwrap();
        let keep = mode == query.mode
            && query.state.as_ref().is_none_or(|s| *s == state)
            && query.currency.as_ref().is_none_or(|c| *c == currency)
            && query.register_id.as_ref().is_none_or(|r| *r == register)
            && from.is_none_or(|f| created_at >= f)
            && to.is_none_or(|t| created_at < t)
            && query
                .text
                .as_ref()
                .is_none_or(|t| names.split(' ').any(|n| n.eq_ignore_ascii_case(t)));
        if !keep {
            continue;
        }
        let entry = totals.entry(currency).or_default();
        entry.sales += 1;
        if state == "paid" {
            entry.paid += 1;
            entry.gross += total;
            entry.refunded += refunded;
        }
    }
    totals.into_iter().collect()
}

#[test]
fn totals_agree_with_a_recomputation_over_random_ledgers() {
    for seed in 0..25u64 {
        let ledger = random_ledger(seed);
        let mut rng = fastrand::Rng::with_seed(seed ^ 0x5eed);
        let base = ledger.local_date(1_740_000_000_000).unwrap();
        for _ in 0..12 {
            let from = (rng.u8(..2) == 0).then(|| base.add_days(rng.i64(-2..30)));
            let to = (rng.u8(..2) == 0).then(|| from.unwrap_or(base).add_days(rng.i64(0..20)));
            let query = HistoryQuery {
                staff_id: None,
                mode: ["test", "live"][usize::from(rng.u8(..5) == 0)].into(),
                from,
                to,
                state: (rng.u8(..3) == 0)
                    .then(|| ["paid", "expired", "canceled"][rng.usize(..3)].to_string()),
                currency: (rng.u8(..3) == 0)
                    .then(|| ["usd", "eur", "jpy"][rng.usize(..3)].to_string()),
                register_id: (rng.u8(..3) == 0)
                    .then(|| ["reg_a", "reg_b"][rng.usize(..2)].to_string()),
                text: (rng.u8(..4) == 0).then(|| NAMES[rng.usize(..NAMES.len())].to_string()),
            };
            let expected = recompute(&ledger, &query);
            assert_eq!(
                ledger.history_totals(&query).unwrap(),
                expected,
                "seed {seed}: {query:?}"
            );
            assert_eq!(
                ledger.history_totals_from_rows(&query).unwrap(),
                expected,
                "seed {seed}: {query:?}"
            );
            // A search finds the same sales whichever end it starts from.
            let plan = if query.text.is_some() && rng.bool() {
                assert_eq!(
                    ledger
                        .history_totals_planned(&query, SearchPlan::ByTime)
                        .unwrap(),
                    expected,
                    "seed {seed}: {query:?}"
                );
                SearchPlan::ByTime
            } else {
                SearchPlan::Auto
            };
            // Paging through the whole set (keyset) gives every matching sale once, newest first.
            let limit = rng.usize(1..15);
            let mut cursor: Option<PageCursor> = None;
            let mut seen: Vec<(i64, String)> = Vec::new();
            loop {
                let page = ledger
                    .history_page_planned(&query, cursor.as_ref(), limit, plan)
                    .unwrap();
                if page.is_empty() {
                    break;
                }
                let last = &page[page.len() - 1].sale;
                cursor = Some(PageCursor {
                    created_at: last.created_at,
                    id: last.id.clone(),
                });
                seen.extend(page.iter().map(|r| (r.sale.created_at, r.sale.id.clone())));
            }
            let mut sorted = seen.clone();
            sorted.sort_by(|a, b| b.cmp(a));
            sorted.dedup();
            assert_eq!(seen, sorted, "seed {seed}: newest first, no repeats");
            let count: i64 = expected.iter().map(|(_, t)| t.sales).sum();
            assert_eq!(seen.len() as i64, count, "seed {seed}: {query:?}");
        }
    }
}

// ---------- catalog management ----------

#[tokio::test]
async fn a_product_is_created_in_stripe_and_archived_and_the_cache_follows() {
    let till = TestTill::start().await.unwrap();
    let input = ProductInput {
        draft_id: Some("cat_testdraft0001".into()),
        name: "Oat Flat White".into(),
        description: Some("Double shot, oat milk".into()),
        amount: "4.90".into(),
        currency: "usd".into(),
        sku: Some("COF-010".into()),
        barcode: Some("4000000000990".into()),
        category: Some("Coffee".into()),
        ..ProductInput::default()
    };
    let change = catalog_admin::create_product(&till.register, &input)
        .await
        .unwrap();
    assert!(change.product_id.starts_with("prod_"));
    let price_id = change.price_id.clone().unwrap();
    assert!(change.synced.is_some());
    let item = till.register.cart_item(&price_id).unwrap();
    assert_eq!(item.name, "Oat Flat White");
    assert_eq!(item.unit_amount.amount_minor, 490);
    // Scanning its barcode finds it: the metadata reached Stripe and the cache.
    till.register.scan("4000000000990").unwrap();
    // The same draft again: Stripe replays, no second product.
    let again = catalog_admin::create_product(&till.register, &input)
        .await
        .unwrap();
    assert_eq!(again.product_id, change.product_id);
    let products = till
        .sim
        .events()
        .into_iter()
        .filter(|e| e["type"] == "product.created")
        .count();
    assert_eq!(products, 1);
    // The same draft with other values is refused.
    let conflict = catalog_admin::create_product(
        &till.register,
        &ProductInput {
            amount: "5.00".into(),
            ..input.clone()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(conflict.wire_code(), "catalog_conflict");
    // A recurring price.
    let monthly = catalog_admin::create_product(
        &till.register,
        &ProductInput {
            draft_id: None,
            name: "Beans subscription".into(),
            amount: "20".into(),
            interval: Some("month".into()),
            ..input.clone()
        },
    )
    .await
    .unwrap();
    assert!(monthly.price_id.is_some());

    catalog_admin::archive_product(&till.register, &change.product_id)
        .await
        .unwrap();
    assert!(till.register.cart_item(&price_id).is_err(), "archived");
    let bad = catalog_admin::archive_product(&till.register, "../etc")
        .await
        .unwrap_err();
    assert_eq!(bad.wire_code(), "invalid_product");
}

// ---------- tillctl ----------

// The simulator runs in this process while tillctl blocks the test thread: two workers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_generates_exports_and_refunds() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_sale(&till, "4242424242424242").await;
    let base = till.sim.base_url();
    let dir = till.dir.path();
    let out = tillctl(
        dir,
        &base,
        &[
            "refund",
            &sale_id,
            "--amount",
            "1.25",
            "--reason",
            "duplicate",
        ],
        &[],
    )
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["amountRefunded"], 125);
    let out = tillctl(dir, &base, &["refund", &sale_id, "--amount", "99"], &[]).unwrap();
    assert!(!out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["error"]["code"], "refund_exceeds_remaining");

    let out = tillctl(
        dir,
        &base,
        &["generate", "--sales", "500", "--seed", "3"],
        &[],
    )
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv_path = dir.join("export.csv");
    let out = tillctl(
        dir,
        &base,
        &[
            "export",
            "--csv",
            csv_path.to_str().unwrap(),
            "--status",
            "paid",
        ],
        &[],
    )
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (_, rows) = read_csv(&csv_path);
    assert_eq!(json["rows"], rows.len());
    assert!(rows.iter().all(|r| r["state"] == "paid"));
    assert!(rows
        .iter()
        .any(|r| r["sale_id"] == sale_id && r["amount_refunded"] == "1.25"));
    let out = tillctl(
        dir,
        &base,
        &["history", "--search", "latte", "--limit", "5"],
        &[],
    )
    .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = tillctl(
        dir,
        &base,
        &["export", "--csv", "/nonexistent-dir/x.csv"],
        &[],
    )
    .unwrap();
    assert!(!out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["error"]["code"], "export_failed");
}
