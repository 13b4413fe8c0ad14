//! Cash at the counter against the whole core: a cash sale with change (and with Stripe
//! unreachable), the cash rounding, every refused tender leaving the ledger unchanged, a
//! repeated Complete, and the drawer's day from its float to a numbered Z report with a
//! variance.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use stripe_sim::Fault;
use till_core::drawer::{self, CountInput};
use till_core::tender::DrawerMove;
use till_harness::till::{register_with, test_settings, TestTill};

/// Two lattes ($4.75) and a muffin ($3.25): $12.75.
fn ring_up(till: &TestTill) {
    till.register.clear().unwrap();
    till.register.add("price_demo_latte_usd", 2).unwrap();
    till.register.add("price_demo_muffin_usd", 1).unwrap();
}

fn float(total: &str) -> CountInput {
    CountInput {
        pieces: Vec::new(),
        total: total.into(),
    }
}

async fn open_drawer(till: &TestTill, amount: &str) {
    let status = drawer::open(till.checkout(), till.register.currency(), &float(amount))
        .await
        .unwrap();
    assert!(status.open);
}

fn count_sales(till: &TestTill) -> i64 {
    till.ledger()
        .unwrap()
        .connection()
        .query_row("SELECT count(*) FROM sales", [], |r| r.get(0))
        .unwrap()
}

fn count_moves(till: &TestTill) -> i64 {
    till.ledger()
        .unwrap()
        .connection()
        .query_row("SELECT count(*) FROM drawer_moves", [], |r| r.get(0))
        .unwrap()
}

#[tokio::test]
async fn a_cash_sale_gives_change_and_is_recorded_paid_without_asking_stripe() {
    let till = TestTill::start().await.unwrap();
    open_drawer(&till, "100").await;
    ring_up(&till);
    let due = till.register.cash_due().await.unwrap();
    assert_eq!(due.due.amount, 1275);
    assert!(due.rounding.is_none() && due.drawer_open);
    let quick: Vec<i64> = due.quick.iter().map(|a| a.amount).collect();
    assert_eq!(quick.first(), Some(&1275), "exact first: {quick:?}");
    assert!(quick.contains(&2000));

    let quote = till.register.cash_quote("20").await.unwrap();
    assert_eq!(quote.change.display, "$7.25");
    assert_eq!(
        till.register.cash_quote("10").await.unwrap_err().reason,
        Some("tender_short")
    );
    // Stripe unreachable: every request would be reset. Cash does not ask it anything.
    till.sim.inject_fault(Fault::connection_reset(1000));
    let before = till.sim.armed_faults();
    let sold = till.register.pay_cash("20", None).await.unwrap();
    assert_eq!(till.sim.armed_faults(), before, "no request reached Stripe");
    till.sim.clear_faults();

    assert_eq!(sold.sale.state, "paid");
    assert_eq!(
        (sold.tendered.amount, sold.change.amount, sold.paid.amount),
        (2000, 725, 1275)
    );
    assert_eq!(sold.change.display, "$7.25");
    let ledger = till.ledger().unwrap();
    let record = ledger.require_sale(&sold.sale.id).unwrap();
    assert_eq!(record.tender.as_str(), "cash");
    assert_eq!(record.amount_total, 1275);
    assert!(record.session_id.is_none() && record.settled_at.is_some());
    assert_eq!(ledger.sale_lines(&sold.sale.id).unwrap().len(), 2);
    let tenders = ledger.sale_tenders(&sold.sale.id).unwrap();
    assert_eq!(
        (tenders[0].amount, tenders[0].tendered, tenders[0].change),
        (1275, Some(2000), Some(725))
    );
    let kinds: Vec<String> = ledger
        .timeline(&sold.sale.id)
        .unwrap()
        .into_iter()
        .map(|e| e.kind)
        .collect();
    assert_eq!(kinds, vec!["paid_cash"]);
    assert_eq!(till.sessions_at_stripe(&sold.sale.id).await.unwrap(), 0);

    // Complete pressed again (or after a crash, with the same draft): the same sale, one
    // movement in the drawer.
    let moves = count_moves(&till);
    let again = till.register.pay_cash("20", None).await.unwrap();
    assert_eq!(again.sale.id, sold.sale.id);
    assert_eq!(count_moves(&till), moves);
    let status = drawer::status(till.checkout(), till.register.currency())
        .await
        .unwrap();
    assert_eq!(status.expected.unwrap().amount, 10_000 + 1275);
    // The owner's history shows the tender: the row, the sale's story, the CSV.
    use till_core::history::{self, HistoryFilter};
    let page = history::page(till.checkout(), &HistoryFilter::default(), None, 10)
        .await
        .unwrap();
    assert_eq!(page.rows[0].tender, "cash");
    let detail = history::detail(till.checkout(), &sold.sale.id)
        .await
        .unwrap();
    assert_eq!(detail.tender, "cash");
    assert_eq!(
        detail.tenders[0].tendered_display.as_deref(),
        Some("$20.00")
    );
    assert_eq!(detail.tenders[0].change_display.as_deref(), Some("$7.25"));
    let query = HistoryFilter::default()
        .to_query(
            till_core::mode::Mode::Training,
            till_core::i18n::Language::En,
        )
        .unwrap();
    let mut csv = Vec::new();
    history::write_csv(&till.ledger().unwrap(), &query, false, &mut csv).unwrap();
    let text = String::from_utf8(csv).unwrap();
    let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
    let row: Vec<&str> = text.lines().nth(1).unwrap().split(',').collect();
    let column = header.iter().position(|h| *h == "tender").unwrap();
    assert_eq!(row[column], "cash");
}

#[tokio::test]
async fn cash_needs_an_open_drawer_and_refuses_bad_tenders_leaving_the_ledger_unchanged() {
    let till = TestTill::start().await.unwrap();
    ring_up(&till);
    let closed = till.register.pay_cash("20", None).await.unwrap_err();
    assert_eq!(closed.reason, Some("drawer_closed"));
    assert!(
        closed.message.contains("Open it with its float"),
        "{}",
        closed.message
    );
    assert_eq!(count_sales(&till), 0);

    open_drawer(&till, "50").await;
    let moves = count_moves(&till);
    for (typed, reason) in [
        ("10", "tender_short"),
        ("twenty", "invalid_amount"),
        ("-20", "negative_amount"),
        ("1000000000", "amount_too_large"),
        ("12.755", "too_many_decimals"),
    ] {
        let error = till.register.pay_cash(typed, None).await.unwrap_err();
        assert_eq!(error.reason, Some(reason), "{typed}: {error}");
        assert!(!error.message.is_empty());
    }
    let short = till.register.pay_cash("10", None).await.unwrap_err();
    assert!(
        short.message.contains("2.75 USD short"),
        "{}",
        short.message
    );
    assert_eq!(count_sales(&till), 0, "no sale recorded");
    assert_eq!(count_moves(&till), moves, "the drawer unchanged");

    // An empty cart is refused as for Charge.
    till.register.clear().unwrap();
    assert!(till.register.pay_cash("20", None).await.is_err());
    assert_eq!(count_sales(&till), 0);
}

#[tokio::test]
async fn the_cash_rounding_applies_to_cash_and_is_recorded_as_its_own_adjustment() {
    let till = TestTill::start().await.unwrap();
    // Cash paid in whole dollars (as SEK and NOK shops set it): a step of 100 cents.
    till.ledger()
        .unwrap()
        .set_setting(&drawer::rounding_key(till.register.currency()), "100")
        .unwrap();
    open_drawer(&till, "0").await;
    let context = till.checkout();
    let currency = till.register.currency();

    // $4.75 rounds up to $5.00 (+25¢).
    till.register.clear().unwrap();
    till.register.add("price_demo_latte_usd", 1).unwrap();
    let due = till.register.cash_due().await.unwrap();
    assert_eq!((due.total.amount, due.due.amount), (475, 500));
    assert_eq!(due.rounding.as_ref().map(|r| r.amount), Some(25));
    assert_eq!(due.quick.first().map(|a| a.amount), Some(500));
    let short = till.register.pay_cash("4.75", None).await.unwrap_err();
    assert_eq!(
        short.reason,
        Some("tender_short"),
        "cash pays the rounded amount"
    );
    let up = till.register.pay_cash("5", None).await.unwrap();
    assert_eq!((up.paid.amount, up.change.amount), (500, 0));
    assert_eq!(up.rounding.as_ref().map(|r| r.amount), Some(25));
    // The sale's total stays the cart's; the adjustment is the tender's.
    let ledger = till.ledger().unwrap();
    assert_eq!(ledger.require_sale(&up.sale.id).unwrap().amount_total, 475);
    assert_eq!(ledger.sale_tenders(&up.sale.id).unwrap()[0].rounding, 25);

    // $3.25 rounds down to $3.00 (−25¢).
    till.register.clear().unwrap();
    till.register.add("price_demo_muffin_usd", 1).unwrap();
    let down = till.register.pay_cash("3", None).await.unwrap();
    assert_eq!(
        (down.paid.amount, down.rounding.map(|r| r.amount)),
        (300, Some(-25))
    );

    let x = drawer::x_report(context).await.unwrap();
    assert_eq!(x.figures.expected, 800);
    assert_eq!(x.figures.rounding, 0, "+25 and -25");
    assert_eq!(x.figures.cash_sales, (2, 800));
    let status = drawer::status(context, currency).await.unwrap();
    assert_eq!(status.rounding_step.unwrap().amount, 100);
}

#[tokio::test]
async fn a_shift_from_float_to_z_report_with_a_variance() {
    let till = TestTill::start().await.unwrap();
    let currency = till.register.currency();
    let context = till.checkout();
    // No shift: no X report, no close.
    assert_eq!(
        drawer::x_report(context).await.unwrap_err().reason,
        Some("drawer_closed")
    );

    // The float counted by denomination: 4 × $20 + 10 × $1 + 40 × 25¢ = $100.
    let counted_float = CountInput {
        pieces: vec![(2000, 4), (100, 10), (25, 40)],
        total: String::new(),
    };
    drawer::open(context, currency, &counted_float)
        .await
        .unwrap();
    let twice = drawer::open(context, currency, &counted_float)
        .await
        .unwrap_err();
    assert_eq!(twice.reason, Some("drawer_already_open"));

    ring_up(&till);
    let cash_sale = till.register.pay_cash("20", None).await.unwrap(); // +12.75
    drawer::movement(
        context,
        currency,
        DrawerMove::PaidIn,
        "25",
        "change from the bank",
    )
    .await
    .unwrap();
    drawer::movement(context, currency, DrawerMove::PaidOut, "5.50", "milk")
        .await
        .unwrap();
    drawer::movement(context, currency, DrawerMove::NoSale, "", "")
        .await
        .unwrap();
    for (kind, typed, reason, code) in [
        (DrawerMove::PaidOut, "5", "", "move_reason"),
        (DrawerMove::PaidIn, "0", "x", "move_zero"),
        (DrawerMove::PaidOut, "1000", "too much", "move_over_drawer"),
        (DrawerMove::PaidIn, "abc", "x", "invalid_amount"),
    ] {
        let error = drawer::movement(context, currency, kind, typed, reason)
            .await
            .unwrap_err();
        assert_eq!(error.reason, Some(code), "{typed}");
    }

    // A card sale in the same shift, paid through the simulator.
    ring_up(&till);
    let card = till.register.charge(None).await.unwrap();
    let session = till.session_of(&card.id).unwrap();
    till.sim.pay(&session, "4242 4242 4242 4242").unwrap();
    let paid = till
        .checkout()
        .refresh(&card.id, till_core::checkout::Source::Poll)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(paid.state, "paid");

    // The end-of-day summary of each sale's own local day counts it under its tender.
    for (sale, tender, cash, card) in [
        (&cash_sale.sale, "cash", "$12.75", "$0.00"),
        (&paid, "card", "$0.00", "$12.75"),
    ] {
        let day = till.ledger().unwrap().local_date(sale.created_at).unwrap();
        let summary = till_core::history::day_summary(context, day).await.unwrap();
        let row = summary
            .tenders
            .iter()
            .find(|r| r.tender == tender)
            .unwrap_or_else(|| panic!("{tender} in {:?}", summary.tenders));
        assert!(row.sales >= 1);
        assert_eq!(
            (row.cash_display.as_str(), row.card_display.as_str()),
            (cash, card)
        );
        assert!(summary
            .sales
            .iter()
            .any(|r| r.id == sale.id && r.tender == tender));
    }

    // The owner's totals and report say what cash and cards took (from the per-day totals).
    let totals = till_core::history::totals(context, &Default::default())
        .await
        .unwrap();
    let usd = totals.iter().find(|t| t.currency == "usd").unwrap();
    assert_eq!(
        (usd.paid, usd.cash, usd.card, usd.card_display.as_str()),
        (2, 1275, 1275, "$12.75")
    );
    let ledger = till.ledger().unwrap();
    let (first, last) = (
        ledger.local_date(cash_sale.sale.created_at).unwrap(),
        ledger.local_date(paid.created_at).unwrap(),
    );
    let report = till_core::history::report(
        context,
        None,
        first,
        last,
        till_core::history::Period::Day,
        None,
    )
    .await
    .unwrap();
    assert_eq!(
        report
            .totals
            .iter()
            .map(|t| (t.cash, t.card))
            .collect::<Vec<_>>(),
        vec![(1275, 1275)]
    );
    assert!(
        report.charts[0].svg.contains("fill=\"#4f46e5\""),
        "the cash part is drawn"
    );

    let x = drawer::x_report(context).await.unwrap();
    assert_eq!(x.kind, "x");
    let expected = 10_000 + 1275 + 2500 - 550;
    assert_eq!(x.figures.expected, expected);
    assert_eq!(x.figures.cash_sales, (1, 1275));
    assert_eq!(x.figures.paid_in, (1, 2500));
    assert_eq!(x.figures.paid_out, (1, 550));
    assert_eq!(x.figures.no_sales, 1);
    assert_eq!(x.figures.card_amount, 1275);
    assert!(x.figures.counted.is_none());
    // The X report changes nothing: the drawer is still open.
    assert!(drawer::status(context, currency).await.unwrap().open);

    // Close without counting: refused, still open.
    let uncounted = drawer::close(context, &CountInput::default())
        .await
        .unwrap_err();
    assert_eq!(uncounted.reason, Some("count_missing"));
    assert!(drawer::status(context, currency).await.unwrap().open);

    // Counted $2 short.
    let counted = CountInput {
        pieces: vec![(2000, 6), (100, 2)],
        total: "0.25".into(),
    };
    let z = drawer::close(context, &counted).await.unwrap();
    assert_eq!(z.number, Some(1));
    assert_eq!(z.figures.counted, Some(12_225));
    assert_eq!(z.figures.variance, Some(12_225 - expected));
    assert!(z.rows.iter().any(|r| r.key == "variance"));
    assert!(!drawer::status(context, currency).await.unwrap().open);

    // Listed and shown again, the same; the next shift's Z is number 2.
    let shown = drawer::z_show(context, 1).await.unwrap();
    assert_eq!(shown.figures, z.figures);
    let missing = drawer::z_show(context, 7).await.unwrap_err();
    assert_eq!(
        (missing.code.as_str(), missing.message.as_str()),
        (
            "not_found",
            "This till has no Z report 7. List them with tillctl drawer z."
        )
    );
    drawer::open(context, currency, &float("0")).await.unwrap();
    let second = drawer::close(context, &float("0")).await.unwrap();
    assert_eq!(second.number, Some(2));
    let list = drawer::z_list(context, 10).await.unwrap();
    assert_eq!(
        list.iter().map(|r| r.number).collect::<Vec<_>>(),
        vec![Some(2), Some(1)]
    );

    // Immutable: the ledger refuses to change or remove a Z report.
    let ledger = till.ledger().unwrap();
    assert!(ledger
        .connection()
        .execute("UPDATE z_reports SET report = '{}' WHERE number = 1", [])
        .is_err());
    assert!(ledger
        .connection()
        .execute("DELETE FROM z_reports", [])
        .is_err());
    assert_eq!(drawer::z_show(context, 1).await.unwrap().figures, z.figures);
}

// The simulator runs in this process while tillctl blocks the test thread: two workers.
/// The drawer's and a split's refusals speak the till's language; the reason code the window
/// branches on is the same in every language.
#[tokio::test]
async fn drawer_and_split_refusals_are_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    german.load_cached_catalog().await.unwrap();
    let context = german.checkout();
    let currency = german.currency();
    let missing = drawer::z_show(context, 7).await.unwrap_err();
    assert_eq!(
        (missing.code.as_str(), missing.message.as_str()),
        (
            "not_found",
            "Diese Kasse hat keinen Z-Bericht 7. Auflisten mit tillctl drawer z."
        )
    );
    let closed = drawer::x_report(context).await.unwrap_err();
    assert_eq!(
        (closed.wire_code(), closed.message.as_str()),
        (
            "drawer_closed",
            "Die Kassenlade der Kasse reg_systemtest ist nicht geöffnet, also gibt es keine Schicht für einen Bericht. Öffnen Sie sie zuerst mit dem Wechselgeld."
        )
    );
    drawer::open(context, currency, &float("100"))
        .await
        .unwrap();
    let over = drawer::movement(context, currency, DrawerMove::PaidOut, "1000", "zu viel")
        .await
        .unwrap_err();
    assert_eq!(
        (over.wire_code(), over.message.as_str()),
        (
            "move_over_drawer",
            "Die Kasse sollte nur $100.00 enthalten; $1,000.00 können nicht daraus entnommen werden. Prüfen Sie den Betrag."
        )
    );
    german.add("price_demo_latte_usd", 1).unwrap();
    for (parts, code, words) in [
        (
            &[][..],
            "split_no_cash",
            "Eine Teilung braucht einen Baranteil. Geben Sie das Bargeld ein, das der Kunde gibt, oder wählen Sie Karte.",
        ),
        (
            &["0"][..],
            "tender_negative",
            "Jeder Baranteil muss mehr als null betragen. Geben Sie ein, was der Kunde dafür übergibt.",
        ),
    ] {
        let refused = german.split_quote(parts).unwrap_err();
        assert_eq!((refused.wire_code(), refused.message.as_str()), (code, words));
    }
    let typed = german.cash_quote("3,20").await.unwrap_err();
    assert_eq!(
        (typed.wire_code(), typed.message.as_str()),
        (
            "invalid_amount",
            "„3,20“ ist kein Betrag. Geben Sie ihn mit einem Punkt vor den Cent ein, zum Beispiel 29.50 oder 1,234.50."
        )
    );
    let short = german.cash_quote("1").await.unwrap_err();
    assert_eq!(
        (short.wire_code(), short.message.as_str()),
        (
            "tender_short",
            "Mit 1.00 USD fehlen noch 3.75 USD zu 4.75 USD. Nehmen Sie mehr Bargeld oder den Rest mit „Bar und Karte“ per Karte."
        )
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_sells_for_cash_and_runs_the_drawer_with_paid_out_the_owners() {
    use till_harness::till::tillctl;
    let till = TestTill::start().await.unwrap();
    let (dir, base) = (till.dir.path(), till.sim.base_url());
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let out = tillctl(dir, &base, args, env).unwrap();
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        (out.status.success(), json)
    };
    let (ok, json) = run(&["charge", "price_demo_latte_usd", "--cash", "5"], &[]);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "drawer_closed");

    let (ok, json) = run(&["drawer", "open", "--count", "20x4", "0.25x40"], &[]);
    assert!(ok, "{json}");
    assert_eq!(json["float"]["amount"], 9000);
    let (ok, json) = run(&["charge", "price_demo_latte_usd", "--cash", "10"], &[]);
    assert!(ok, "{json}");
    assert_eq!(json["change"]["amount"], 525);
    assert_eq!(json["sale"]["state"], "paid");
    let (ok, json) = run(&["drawer", "open", "--float", "5"], &[]);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "drawer_already_open");

    // Paid out is the owner's.
    till_core::owner::set_pin(till.checkout().store(), None, "2468")
        .await
        .unwrap();
    let (ok, json) = run(
        &["drawer", "out", "2", "--reason", "stamps"],
        &[("TILL_OWNER_PIN", "2468")],
    );
    assert!(ok, "{json}");
    assert_eq!(json["expected"]["amount"], 9000 + 475 - 200);
    let (ok, json) = run(&["drawer", "x"], &[]);
    assert!(ok, "{json}");
    assert_eq!(json["kind"], "x");
    let (ok, json) = run(&["drawer", "close"], &[]);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "count_missing");
    let (ok, json) = run(&["drawer", "close", "--counted", "92.75"], &[]);
    assert!(ok, "{json}");
    assert_eq!(
        (json["number"].clone(), json["figures"]["variance"].clone()),
        (1.into(), 0.into())
    );
    let (ok, json) = run(&["drawer", "z"], &[]);
    assert!(ok);
    assert_eq!(json.as_array().map(Vec::len), Some(1));
    let (ok, json) = run(&["drawer", "z", "1"], &[]);
    assert!(ok);
    assert_eq!(json["figures"]["counted"], 9275);

    // The cash rounding: shown to anyone, set by the owner, checked. (A refused PIN holds the
    // next try back a moment, so every refusal comes after the owner's own tries.)
    let (ok, json) = run(&["drawer", "rounding"], &[]);
    assert!(ok && json["roundingStep"].is_null(), "{json}");
    let owner = [("TILL_OWNER_PIN", "2468")];
    let (ok, json) = run(&["drawer", "rounding", "0.05"], &owner);
    assert!(ok, "{json}");
    assert_eq!(json["roundingStep"]["amount"], 5);
    let (ok, json) = run(&["drawer", "rounding", "0.003"], &owner);
    assert!(!ok);
    assert_eq!(json["error"]["code"], "invalid_cash_rounding");
    let (ok, json) = run(&["drawer", "rounding", "none"], &owner);
    assert!(ok && json["roundingStep"].is_null(), "{json}");
    let (ok, _) = run(&["drawer", "rounding", "0.05"], &[]);
    assert!(!ok, "setting it needs the PIN");
    let (_, json) = run(&["drawer", "rounding"], &[]);
    assert!(json["roundingStep"].is_null(), "unchanged: {json}");
    // Paid out refused without the PIN or with a wrong one (refused by the PIN, before the
    // drawer is looked at), nothing recorded.
    let refused_by_pin = |json: &serde_json::Value| {
        ["invalid_pin", "wrong_pin", "pin_locked"]
            .contains(&json["error"]["code"].as_str().unwrap_or(""))
    };
    let (ok, json) = run(&["drawer", "out", "2", "--reason", "stamps"], &[]);
    assert!(!ok && refused_by_pin(&json), "no PIN given: {json}");
    let (ok, json) = run(
        &["drawer", "out", "2", "--reason", "stamps"],
        &[("TILL_OWNER_PIN", "1111")],
    );
    assert!(!ok && refused_by_pin(&json), "a wrong PIN: {json}");
    let (_, json) = run(&["drawer", "status"], &[]);
    assert!(json["expected"].is_null(), "the drawer is closed: {json}");
    let (_, json) = run(&["drawer", "z", "1"], &[]);
    assert_eq!(
        json["figures"]["paidOut"],
        serde_json::json!([1, 200]),
        "one paid out, the owner's"
    );
}
