//! Cash in the real window: the drawer opened with a counted float (F10), a cash sale by
//! keyboard (F6, the amount typed, the change due shown as it is typed, Enter), the paid panel
//! with its change, the sale in History and a cash refund out of the drawer, the X report, and
//! the close with the counted cash into Z report 1 with its variance; the dialogs at 1024×768
//! without overflow or axe-core violations; screenshots.
//! Included by `window.rs` (module names start with `window`).

use std::path::PathBuf;

use till_harness::keys;
use till_harness::App;

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

async fn fill(app: &App, selector: &str, text: &str) {
    let field = app.wait_css(selector).await.unwrap();
    field.clear().await.unwrap();
    if !text.is_empty() {
        field.send_keys(text).await.unwrap();
    }
}

async fn clean_dialog(app: &App, what: &str) {
    let overflowing = app.overflowing().await.unwrap();
    assert!(
        overflowing.is_empty(),
        "{what}: overflowing {overflowing:?}"
    );
    let violations = app.axe_violations().await.unwrap();
    assert!(violations.is_empty(), "{what}: axe-core {violations:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_cash_sale_with_change_then_x_and_z_reports() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();

    // The drawer, by keyboard: closed; four $20 notes counted as the float.
    app.wait_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    app.press(keys::F10).await.unwrap();
    app.wait_text("#drawer-state", |t| t.contains("closed"))
        .await
        .unwrap();
    fill(
        &app,
        r##"#drawer-count-grid input[data-value="2000"]"##,
        "4",
    )
    .await;
    clean_dialog(&app, "the drawer's float").await;
    app.click_css("#drawer-count-submit").await.unwrap();
    app.wait_text("#drawer-state", |t| t.contains("$80.00"))
        .await
        .unwrap();
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('drawer-dialog').hidden")
        .await
        .unwrap();

    // A latte and a muffin ($8.00), paid in cash: F6, 20 typed, the change shown, Enter.
    app.click_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    app.click_css(r#".product-tile[data-price-id="price_demo_muffin_usd"]"#)
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$8.00")
        .await
        .unwrap();
    app.wait_js("!document.getElementById('pay-cash').disabled")
        .await
        .unwrap();
    app.press(keys::F6).await.unwrap();
    app.wait_text("#cash-due", |t| t == "$8.00").await.unwrap();
    assert_eq!(app.focused().await.unwrap(), "cash-tendered");
    let quick = app
        .wait_text("#cash-quick", |t| t.contains("$10.00"))
        .await
        .unwrap();
    assert!(quick.starts_with("$8.00"), "exact first: {quick}");
    app.type_keys("20").await.unwrap();
    app.wait_text("#cash-change", |t| t == "$12.00")
        .await
        .unwrap();
    clean_dialog(&app, "the cash dialog").await;
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "cash-change")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.wait_text("#checkout-change-amount", |t| t == "$12.00")
        .await
        .unwrap();
    let sale_id = app
        .wait_css("#checkout-sale-id")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!((sale.tender.as_str(), sale.amount_total), ("cash", 800));
    assert!(sale.session_id.is_none(), "no Checkout Session for cash");
    assert!(app.opened_urls().is_empty(), "no payment page opened");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "cash-paid")
        .await
        .unwrap();
    // Enter: the next sale, the cart empty.
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();

    // Paid out is the owner's: the PIN is asked for (chosen, the first time), then it is done.
    app.press(keys::F10).await.unwrap();
    app.wait_text("#drawer-state", |t| t.contains("$88.00"))
        .await
        .unwrap();
    fill(&app, "#drawer-move-amount", "1.50").await;
    fill(&app, "#drawer-move-reason", "stamps").await;
    app.click_css("#drawer-paid-out").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    fill(&app, "#pin-input", "2468").await;
    fill(&app, "#pin-confirm", "2468").await;
    app.click_css("#pin-submit").await.unwrap();
    app.wait_text("#drawer-state", |t| t.contains("$86.50"))
        .await
        .unwrap();
    // The cash rounding (the owner's, signed in now): 0.05, then none again.
    let rounding = || async {
        app.js("return document.getElementById('drawer-rounding').value;")
            .await
            .unwrap()
    };
    fill(&app, "#drawer-rounding", "0.05").await;
    app.click_css("#drawer-rounding-save").await.unwrap();
    app.wait_text("#drawer-rounding-hint", |t| {
        t.starts_with("Cash is rounded to $0.05.")
    })
    .await
    .unwrap();
    assert_eq!(rounding().await, "0.05");
    assert_eq!(
        app.ledger()
            .unwrap()
            .setting("cash_rounding.usd")
            .unwrap()
            .as_deref(),
        Some("5"),
        "stored as a step of 5 cents"
    );
    fill(&app, "#drawer-rounding", "0.003").await;
    app.click_css("#drawer-rounding-save").await.unwrap();
    app.wait_text("#drawer-error", |t| t.contains("not a cash rounding step"))
        .await
        .unwrap();
    fill(&app, "#drawer-rounding", "").await;
    app.click_css("#drawer-rounding-save").await.unwrap();
    app.wait_text("#drawer-rounding-hint", |t| {
        t.starts_with("Cash is not rounded.")
    })
    .await
    .unwrap();
    assert_eq!(rounding().await, "");
    assert_eq!(
        app.ledger().unwrap().setting("cash_rounding.usd").unwrap(),
        None
    );
    app.press(keys::ESCAPE).await.unwrap();

    // The owner's history (signed in now): the sale paid by cash, with what was tendered and
    // given back.
    app.click_css("#history-tab").await.unwrap();
    let row = format!(r#".history-row[data-sale-id="{sale_id}"]"#);
    app.wait_text(&format!("{row} .h-tender"), |t| t == "Cash")
        .await
        .unwrap();
    // The totals panel says what cash and cards took.
    app.wait_text(
        r#"#history-totals .total-card[data-currency="usd"] .total-tenders"#,
        |t| t == "card $0.00 · cash $8.00",
    )
    .await
    .unwrap();
    // So does the report: each period's row (in its tooltip) and the chart's bars.
    app.click_css(r#".side-tab[data-side="report"]"#)
        .await
        .unwrap();
    app.wait_css("#report-charts img.chart").await.unwrap();
    let period = app.wait_css("#report-rows tr").await.unwrap();
    let title = period.attr("title").await.unwrap().unwrap_or_default();
    assert!(title.ends_with("card $0.00 · cash $8.00"), "{title}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "history-report-cash")
        .await
        .unwrap();
    app.click_css(r#".side-tab[data-side="sale"]"#)
        .await
        .unwrap();
    app.click_css(&format!("{row} .h-items")).await.unwrap();
    app.wait_text("#sale-detail .tender-cash", |t| {
        t == "$8.00 in cash: $20.00 tendered, $12.00 change"
    })
    .await
    .unwrap();
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "history-cash")
        .await
        .unwrap();

    // A cash refund from History: the question names the cash and the drawer; $3.00 goes
    // back out of the drawer.
    fill(&app, "#refund-amount", "3").await;
    app.click_css("#refund-submit").await.unwrap();
    let question = app
        .wait_text("#confirm-text", |t| !t.is_empty())
        .await
        .unwrap();
    assert!(
        question.starts_with("Give back $3.00 in cash from the drawer?"),
        "{question}"
    );
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#toast", |t| t.contains("$3.00 in cash"))
        .await
        .unwrap();
    let refunded = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(refunded.amount_refunded, 300);
    app.click_css(".view-tab[data-view='register']")
        .await
        .unwrap();

    // The X report: $80 float + $8 of cash − $1.50 paid out − $3 refunded.
    app.press(keys::F10).await.unwrap();
    app.wait_text("#drawer-state", |t| t.contains("$83.50"))
        .await
        .unwrap();
    app.click_css("#drawer-x").await.unwrap();
    app.wait_text("#drawer-report-rows", |t| {
        t.contains("Expected in the drawer")
    })
    .await
    .unwrap();
    let expected = app
        .wait_css(r#"#drawer-report-rows tr[data-key="expected"] .amount"#)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(expected, "$83.50");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "drawer-x").await.unwrap();

    // Close without a count: refused. Then $82.50 counted: Z report 1, $1.00 short.
    app.click_css("#drawer-start-close").await.unwrap();
    app.click_css("#drawer-count-submit").await.unwrap();
    app.wait_text("#drawer-error", |t| t.contains("Count the cash"))
        .await
        .unwrap();
    assert!(app
        .ledger()
        .unwrap()
        .z_reports(till_core::mode::Mode::Training, &sale.register_id, 5)
        .unwrap()
        .is_empty());
    fill(&app, "#drawer-count-total", "82.50").await;
    app.click_css("#drawer-count-submit").await.unwrap();
    app.wait_text("#drawer-report-title", |t| t == "Z report 1")
        .await
        .unwrap();
    let variance = app
        .wait_css(r#"#drawer-report-rows tr[data-key="variance"] .amount"#)
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(variance, "-$1.00");
    app.wait_text("#drawer-state", |t| t.contains("closed"))
        .await
        .unwrap();
    clean_dialog(&app, "the Z report").await;
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "drawer-z").await.unwrap();
    let z = app
        .ledger()
        .unwrap()
        .z_reports(till_core::mode::Mode::Training, &sale.register_id, 5)
        .unwrap();
    assert_eq!(z.iter().map(|r| r.number).collect::<Vec<_>>(), vec![1]);
    // Listed again for the owner (signed in), and shown again in full when chosen.
    app.click_css("#drawer-z-list").await.unwrap();
    app.wait_text("#drawer-z-reports", |t| {
        t.contains("Z 1") && t.contains("$82.50")
    })
    .await
    .unwrap();
    app.click_css(r#"#drawer-z-reports button[data-number="1"]"#)
        .await
        .unwrap();
    app.wait_text("#drawer-report-title", |t| t == "Z report 1")
        .await
        .unwrap();
    app.press(keys::ESCAPE).await.unwrap();
    app.close().await.unwrap();
}

/// Split in the window: $5 in cash and the $3 balance by card, paid at the simulator (the
/// session charges exactly the balance) and refunded from History ($1 by card, $2 in cash); then a second split whose card part expires, settled
/// by taking the rest in cash with its change — the next sale waits until it is settled.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_cash_split_paid_then_the_rest_in_cash_after_the_card_expires() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    let tile = |slug: &str| format!(r#".product-tile[data-price-id="price_demo_{slug}_usd"]"#);
    app.wait_css(&tile("latte")).await.unwrap();
    app.press(keys::F10).await.unwrap();
    fill(&app, "#drawer-count-total", "50").await;
    app.click_css("#drawer-count-submit").await.unwrap();
    app.wait_text("#drawer-state", |t| t.contains("$50.00"))
        .await
        .unwrap();
    app.press(keys::ESCAPE).await.unwrap();

    // $8.00: $5 in cash, the rest by card.
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$8.00")
        .await
        .unwrap();
    app.wait_js("!document.getElementById('pay-cash').disabled")
        .await
        .unwrap();
    app.press(keys::F6).await.unwrap();
    app.wait_text("#cash-due", |t| t == "$8.00").await.unwrap();
    app.type_keys("5").await.unwrap();
    app.wait_text("#cash-split-line", |t| t.contains("$3.00"))
        .await
        .unwrap();
    app.click_css("#cash-split").await.unwrap();
    app.rest_pointer().await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    app.wait_text("#checkout-split", |t| t == "Cash $5.00 · card $3.00")
        .await
        .unwrap();
    let session = app.session_of(&sale_id).unwrap();
    let at_stripe = sim.session(&session).unwrap();
    assert_eq!(
        at_stripe["amount_total"], 300,
        "the card pays the balance only"
    );
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!((sale.tender.as_str(), sale.amount_total), ("split", 800));
    sim.pay(&session, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "split-paid")
        .await
        .unwrap();

    // Its refund from History: $1.00 back to the card, $2.00 in cash from the drawer.
    app.click_css("#history-tab").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    fill(&app, "#pin-input", "2468").await;
    fill(&app, "#pin-confirm", "2468").await;
    app.click_css("#pin-submit").await.unwrap();
    let row = format!(r#".history-row[data-sale-id="{sale_id}"]"#);
    app.wait_text(&format!("{row} .h-tender"), |t| t == "Cash and card")
        .await
        .unwrap();
    app.click_css(&format!("{row} .h-items")).await.unwrap();
    app.wait_css("#refund-cash-amount:not([hidden])")
        .await
        .unwrap();
    fill(&app, "#refund-amount", "1").await;
    fill(&app, "#refund-cash-amount", "2").await;
    app.click_css("#refund-submit").await.unwrap();
    let question = app
        .wait_text("#confirm-text", |t| !t.is_empty())
        .await
        .unwrap();
    assert!(
        question.starts_with("Refund $1.00 to the card and give back $2.00 in cash"),
        "{question}"
    );
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#toast", |t| t.contains("Refund"))
        .await
        .unwrap();
    let refunded = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(refunded.amount_refunded, 300, "card and cash together");
    app.click_css(".view-tab[data-view='register']")
        .await
        .unwrap();
    app.wait_js("!document.getElementById('register').hidden")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();

    // $4.75: $2 in cash, the card part expires; the rest taken in cash.
    app.click_css(&tile("latte")).await.unwrap();
    app.rest_pointer().await.unwrap(); // no tile's tooltip in the screenshot below
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    app.press(keys::F6).await.unwrap();
    app.wait_text("#cash-due", |t| t == "$4.75").await.unwrap();
    app.type_keys("2").await.unwrap();
    app.wait_text("#cash-split-line", |t| t.contains("$2.75"))
        .await
        .unwrap();
    app.click_css("#cash-split").await.unwrap();
    app.rest_pointer().await.unwrap();
    let second = app.waiting_sale_id().await.unwrap();
    sim.expire_now(&app.session_of(&second).unwrap()).unwrap();
    app.wait_js("!document.getElementById('split-actions').hidden")
        .await
        .unwrap();
    assert!(
        app.js("return document.getElementById('checkout-new').getClientRects().length === 0;")
            .await
            .unwrap()
            .as_bool()
            == Some(true),
        "no New sale until the split is settled"
    );
    clean_dialog(&app, "the split's actions").await;
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "split-unpaid")
        .await
        .unwrap();
    app.click_css("#split-balance").await.unwrap();
    app.wait_text("#cash-due", |t| t == "$2.75").await.unwrap();
    app.type_keys("5").await.unwrap();
    app.wait_text("#cash-change", |t| t == "$2.25")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.wait_text("#checkout-change-amount", |t| t == "$2.25")
        .await
        .unwrap();
    let settled = app.ledger().unwrap().require_sale(&second).unwrap();
    assert_eq!(
        (settled.state.as_str(), settled.tender.as_str()),
        ("paid", "split")
    );
    app.close().await.unwrap();
}
