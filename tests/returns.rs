//! Returns by line against the whole core: 2 of 3 items brought back refund exactly those
//! lines' amount by card through Stripe (the same refund request and key as any refund); a
//! second return cannot exceed what remains; a cash sale's return comes out of the drawer;
//! bad returns (more than sold, an unpaid sale, no line, a split sale) change nothing; the
//! window's preview prices a return exactly as the return refunds it, and refuses as it does; and
//! `tillctl return SALE --line PRICE:QTY` behind the owner PIN.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use till_core::checkout::Source;
use till_core::drawer::{self, CountInput};
use till_core::returns::{preview, return_lines, returnable};
use till_harness::till::{register_with, test_settings, tillctl, TestTill};

const LATTE: &str = "price_demo_latte_usd";
const MUFFIN: &str = "price_demo_muffin_usd";

/// Two lattes ($4.75) and a muffin ($3.25), charged and paid by card: $12.75.
async fn paid_card_sale(till: &TestTill) -> String {
    till.register.clear().unwrap();
    till.register.add(LATTE, 2).unwrap();
    till.register.add(MUFFIN, 1).unwrap();
    let sale = till.register.charge(None).await.unwrap();
    till.sim
        .pay(&till.session_of(&sale.id).unwrap(), "4242424242424242")
        .unwrap();
    let view = till
        .checkout()
        .refresh(&sale.id, Source::Poll)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(view.state, "paid");
    sale.id
}

fn lines(list: &[(&str, i64)]) -> Vec<(String, i64)> {
    list.iter().map(|(p, q)| (p.to_string(), *q)).collect()
}

/// What the ledger holds about a sale's refunds and returns, to prove a refusal changed nothing.
fn snapshot(till: &TestTill, sale_id: &str) -> String {
    let ledger = till.ledger().unwrap();
    format!(
        "{:?}\n{:?}\n{:?}",
        ledger.require_sale(sale_id).unwrap(),
        ledger.refund_requests_of_sale(sale_id).unwrap(),
        ledger.returnable_lines(sale_id).unwrap()
    )
}

#[tokio::test]
async fn two_of_three_items_come_back_and_a_second_return_stays_within_what_remains() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_card_sale(&till).await;
    let before = returnable(till.checkout(), &sale_id).await.unwrap();
    assert_eq!(before.tender, "card");
    assert_eq!(
        before
            .lines
            .iter()
            .map(|l| (l.price_id.as_str(), l.returnable))
            .collect::<Vec<_>>(),
        vec![(LATTE, 2), (MUFFIN, 1)]
    );

    // One latte and the muffin: exactly $8.00 back to the card, at Stripe.
    let detail = return_lines(
        till.checkout(),
        &sale_id,
        &lines(&[(LATTE, 1), (MUFFIN, 1)]),
        Some("requested_by_customer"),
    )
    .await
    .unwrap();
    assert_eq!(detail.amount_refunded, 800);
    let refunds = till.ledger().unwrap().refunds_of_sale(&sale_id).unwrap();
    assert_eq!(refunds.iter().map(|r| r.amount).sum::<i64>(), 800);
    let after = returnable(till.checkout(), &sale_id).await.unwrap();
    assert_eq!(
        after
            .lines
            .iter()
            .map(|l| (l.returned, l.returnable))
            .collect::<Vec<_>>(),
        vec![(1, 1), (1, 0)]
    );

    // The muffin again, or two more lattes: refused, nothing changed, nothing sent.
    let unchanged = snapshot(&till, &sale_id);
    for (asked, reason) in [
        (lines(&[(MUFFIN, 1)]), "return_exceeds_sold"),
        (lines(&[(LATTE, 2)]), "return_exceeds_sold"),
        (lines(&[(LATTE, 1), (LATTE, 1)]), "return_exceeds_sold"),
        (lines(&[(LATTE, 0)]), "return_quantity_zero"),
        (lines(&[("price_demo_scone_usd", 1)]), "return_unknown_line"),
        (Vec::new(), "return_nothing"),
    ] {
        let error = return_lines(till.checkout(), &sale_id, &asked, None)
            .await
            .unwrap_err();
        assert_eq!(error.reason, Some(reason), "{asked:?}");
        assert_eq!(snapshot(&till, &sale_id), unchanged, "{asked:?}");
    }
    // The last latte: $4.75 more, the sale fully refunded.
    let detail = return_lines(till.checkout(), &sale_id, &lines(&[(LATTE, 1)]), None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 1275);
}

#[tokio::test]
async fn a_cash_sale_s_return_comes_out_of_the_drawer_and_an_unpaid_sale_has_none() {
    let till = TestTill::start().await.unwrap();
    let float = CountInput {
        pieces: Vec::new(),
        total: "100".into(),
    };
    drawer::open(till.checkout(), till.register.currency(), &float)
        .await
        .unwrap();
    till.register.clear().unwrap();
    till.register.add(LATTE, 2).unwrap();
    let sold = till.register.pay_cash("10", None).await.unwrap();
    let sale_id = sold.sale.id.clone();
    let detail = return_lines(till.checkout(), &sale_id, &lines(&[(LATTE, 1)]), None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, 475);
    let status = drawer::status(till.checkout(), till.register.currency())
        .await
        .unwrap();
    assert_eq!(status.expected.map(|e| e.amount), Some(10_000 + 950 - 475));

    // A sale never paid has nothing to take back.
    till.register.clear().unwrap();
    till.register.add(LATTE, 1).unwrap();
    let open = till.register.charge(None).await.unwrap();
    let unchanged = snapshot(&till, &open.id);
    let error = return_lines(till.checkout(), &open.id, &lines(&[(LATTE, 1)]), None)
        .await
        .unwrap_err();
    assert_eq!(error.reason, Some("refund_not_paid"));
    assert_eq!(snapshot(&till, &open.id), unchanged);
}

// The simulator runs in this process while tillctl blocks the test thread: two workers.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tillctl_returns_lines_behind_the_owner_pin() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_card_sale(&till).await;
    let (dir, base) = (till.dir.path(), till.sim.base_url());
    till_core::owner::set_pin(till.checkout().store(), None, "2468")
        .await
        .unwrap();
    let line = format!("{MUFFIN}:1");
    let args = ["return", sale_id.as_str(), "--line", line.as_str()];
    let out = tillctl(dir, &base, &args, &[("TILL_OWNER_PIN", "2468")]).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["sale"]["amountRefunded"], 325);
    assert_eq!(json["returnable"]["lines"][1]["returned"], 1);
    let again = tillctl(dir, &base, &args, &[("TILL_OWNER_PIN", "2468")]).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(json["error"]["code"], "return_exceeds_sold");
    let bad = tillctl(
        dir,
        &base,
        &["return", &sale_id, "--line", "price_x:0"],
        &[("TILL_OWNER_PIN", "2468")],
    )
    .unwrap();
    assert!(!bad.status.success());
    // Without the PIN, nothing comes back (last: a refused PIN holds the next try back a
    // moment, and under `scripts/soak --dates` each tillctl's clock starts at the same instant).
    let latte = format!("{LATTE}:1");
    let refused = tillctl(
        dir,
        &base,
        &["return", sale_id.as_str(), "--line", latte.as_str()],
        &[],
    )
    .unwrap();
    assert!(!refused.status.success(), "no PIN, no return");
    let lines = till.ledger().unwrap().returnable_lines(&sale_id).unwrap();
    assert_eq!(
        lines.iter().map(|l| l.returned).collect::<Vec<_>>(),
        vec![0, 1],
        "only the muffin came back"
    );
}

/// The window's preview: the same checks and figure as the return itself, nothing recorded.
#[tokio::test]
async fn a_preview_prices_a_return_as_the_return_refunds_it_and_records_nothing() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_card_sale(&till).await;
    let before = snapshot(&till, &sale_id);
    let priced = preview(
        till.checkout(),
        &sale_id,
        &lines(&[(LATTE, 2), (MUFFIN, 1)]),
    )
    .await
    .unwrap();
    assert_eq!(
        (priced.tender.as_str(), priced.items, priced.amount.amount),
        ("card", 3, 1275)
    );
    assert_eq!(priced.amount.display, "$12.75");
    for (wanted, reason) in [
        (lines(&[(LATTE, 3)]), "return_exceeds_sold"),
        (lines(&[(LATTE, 0)]), "return_quantity_zero"),
        (lines(&[]), "return_nothing"),
        (lines(&[("price_demo_mug_usd", 1)]), "return_unknown_line"),
    ] {
        let refused = preview(till.checkout(), &sale_id, &wanted)
            .await
            .unwrap_err();
        assert_eq!(refused.reason, Some(reason), "{wanted:?}: {refused:?}");
    }
    assert_eq!(
        snapshot(&till, &sale_id),
        before,
        "a preview records nothing"
    );
    // The return then refunds exactly the previewed figure.
    let one = lines(&[(LATTE, 1)]);
    let priced = preview(till.checkout(), &sale_id, &one).await.unwrap();
    let detail = return_lines(till.checkout(), &sale_id, &one, None)
        .await
        .unwrap();
    assert_eq!(detail.amount_refunded, priced.amount.amount);
    let refused = preview(till.checkout(), &sale_id, &lines(&[(LATTE, 2)]))
        .await
        .unwrap_err();
    assert!(refused.message.contains("so at most 1 more"), "{refused:?}");
}

/// The refusals speak the till's language (the core's words through Fluent, as the window's).
#[tokio::test]
async fn a_refused_return_is_explained_in_the_till_s_language() {
    let till = TestTill::start().await.unwrap();
    let sale_id = paid_card_sale(&till).await;
    let mut settings = test_settings("reg_systemtest");
    settings.language = till_core::i18n::Language::De;
    let german = register_with(&till.sim.base_url(), till.dir.path(), settings).unwrap();
    let refused = preview(german.checkout(), &sale_id, &lines(&[(LATTE, 3)]))
        .await
        .unwrap_err();
    assert_eq!(
        refused.message,
        "3 × Caffè Latte können nicht zurückkommen: 2 verkauft, 0 bereits zurückgenommen, also höchstens 2 weitere."
    );
    let refused = preview(german.checkout(), &sale_id, &lines(&[]))
        .await
        .unwrap_err();
    assert_eq!(
        refused.message,
        "Wählen Sie mindestens eine Zeile und wie viele davon zurückkommen."
    );
}
