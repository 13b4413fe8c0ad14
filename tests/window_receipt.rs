//! Receipts in the real window: a fake network printer set in Settings → Receipts with
//! "print automatically", a card sale with the customer's email paid at the simulator (the
//! paid panel says training sends no receipt email) and its receipt printed at once,
//! the receipt on screen from the paid panel, Print sending it to
//! the fake printer (decoded: the total is there), and Reprint from History (marked as a
//! copy); a refund of $1.00 in History, then its refund receipt; a second sale with no
//! receipt yet reprinted from History as the original; the dialog at 1024×768
//! without overflow or axe-core violations; a screenshot.
//! Included by `window.rs` (module names start with `window`).

use std::path::PathBuf;

use till_core::settings::{self, ReceiptSettings};
use till_harness::keys;
use till_harness::App;

#[path = "support/mod.rs"]
mod support;

use support::decoder::{decode, Event};
use support::fake_printer::FakePrinter;

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

/// What the fake printer got, decoded, as text lines.
async fn printed(printer: FakePrinter) -> Vec<String> {
    let bytes = tokio::task::spawn_blocking(move || printer.bytes())
        .await
        .unwrap();
    decode(&bytes)
        .unwrap()
        .into_iter()
        .filter_map(|e| match e {
            Event::Line { text, .. } => Some(text),
            _ => None,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_receipt_shown_printed_and_reprinted_from_history() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    app.wait_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();

    // Settings → Receipts: the shop's name and a fake network printer.
    let printer = FakePrinter::start();
    app.click_css("#settings-tab").await.unwrap();
    // Shown, and the receipt settings loaded (the form is filled in from the core).
    app.wait_js(
        "!document.getElementById('settings-view').hidden && document.getElementById('rcp-copies').value === '1'",
    )
    .await
    .unwrap();
    app.js("document.getElementById('receipts-form').scrollIntoView()")
        .await
        .unwrap();
    fill(&app, "#rcp-shop-name", "Corner Cafe").await;
    fill(&app, "#rcp-printer", &format!("127.0.0.1:{}", printer.port)).await;
    // Print automatically when paid.
    app.js("document.getElementById('rcp-print-mode').value = 'auto'")
        .await
        .unwrap();
    // The printer's character set and the drawer's connector.
    app.js("document.getElementById('rcp-code-page').value = 'pc437'; document.getElementById('rcp-drawer-pin').value = '5'")
        .await
        .unwrap();
    app.click_css("#receipts-save").await.unwrap();
    // Saved: the form shows the connection as it reads back.
    app.wait_js(&format!(
        "document.getElementById('rcp-printer').value === 'tcp://127.0.0.1:{}'",
        printer.port
    ))
    .await
    .unwrap();
    let saved = settings::load_receipts(&app.ledger().unwrap()).unwrap();
    assert_eq!(
        (saved.code_page.as_str(), saved.drawer_pin.as_str()),
        ("pc437", "5")
    );

    // A latte, paid by card at the simulator.
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.click_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    app.wait_js("!document.getElementById('charge').disabled")
        .await
        .unwrap();
    // The customer's email: Stripe would email its receipt there in live mode.
    app.click_css("#email-box summary").await.unwrap();
    fill(&app, "#customer-email", "guest@example.com").await;
    app.click_css("#charge").await.unwrap();
    let sale_id = app.pay_waiting_sale(&sim).await.unwrap();
    // Training: the paid panel says Stripe sends no receipt email.
    let emailed = app
        .wait_text("#checkout-receipt-email", |t| !t.is_empty())
        .await
        .unwrap();
    assert_eq!(
        emailed,
        "Training mode: no receipt email is sent to guest@example.com (Stripe sends none in test mode)."
    );
    // Printed automatically: the bytes reach the fake printer without anyone pressing Print.
    let lines = printed(printer).await;
    assert!(
        lines
            .iter()
            .any(|l| l.trim_start().starts_with("TOTAL") && l.trim_end().ends_with("$4.75")),
        "{lines:#?}"
    );
    let use_printer = |port: u16| {
        let mut ledger = app.ledger().unwrap();
        let form = ReceiptSettings {
            shop_name: "Corner Cafe".into(),
            printer_connection: format!("127.0.0.1:{port}"),
            ..ReceiptSettings::default()
        };
        // Straight in the ledger: every receipt reads the settings when it is made.
        settings::save_receipts(&mut ledger, &form).unwrap();
    };
    let printer = FakePrinter::start();
    use_printer(printer.port);

    // The paid panel's Receipt: the receipt on screen.
    app.wait_js("!document.getElementById('checkout-receipt').hidden")
        .await
        .unwrap();
    app.click_css("#checkout-receipt").await.unwrap();
    let paper = app
        .wait_text("#receipt-paper", |t| t.contains("TOTAL"))
        .await
        .unwrap();
    assert!(paper.contains("Corner Cafe"), "{paper}");
    assert!(paper.contains("Receipt 1"), "{paper}");
    assert!(paper.contains("$4.75"), "{paper}");
    assert!(!paper.contains("COPY"), "{paper}");
    let overflowing = app.overflowing().await.unwrap();
    assert!(overflowing.is_empty(), "overflowing {overflowing:?}");
    let violations = app.axe_violations().await.unwrap();
    assert!(violations.is_empty(), "axe-core {violations:#?}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "receipt-1024x768")
        .await
        .unwrap();

    // Print: the bytes reach the fake printer.
    app.click_css("#receipt-print").await.unwrap();
    let lines = printed(printer).await;
    assert!(
        lines
            .iter()
            .any(|l| l.trim_start().starts_with("TOTAL") && l.trim_end().ends_with("$4.75")),
        "{lines:#?}"
    );
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('receipt-dialog').hidden")
        .await
        .unwrap();

    // Another fake printer for the reprint.
    let second = FakePrinter::start();
    use_printer(second.port);

    // History: the sale's Reprint, marked as a copy, keeps its number.
    app.click_css("#checkout-new").await.unwrap();
    app.click_css("#history-tab").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    fill(&app, "#pin-input", "2468").await;
    fill(&app, "#pin-confirm", "2468").await;
    app.click_css("#pin-submit").await.unwrap();
    let row = format!(r#".history-row[data-sale-id="{sale_id}"]"#);
    app.click_css(&format!("{row} .h-items")).await.unwrap();
    app.click_css("#detail-receipt").await.unwrap();
    let copy = app
        .wait_text("#receipt-paper", |t| t.contains("*** COPY ***"))
        .await
        .unwrap();
    assert!(copy.contains("Receipt 1"), "{copy}");
    app.click_css("#receipt-print").await.unwrap();
    let lines = printed(second).await;
    assert!(
        lines.iter().any(|l| l.contains("*** COPY ***")),
        "{lines:#?}"
    );
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('receipt-dialog').hidden")
        .await
        .unwrap();

    // No refund yet: no refund receipt. Refund $1.00, and the detail offers one.
    assert!(app
        .js("return document.getElementById('detail-receipt-refund') === null")
        .await
        .unwrap()
        .as_bool()
        .unwrap());
    fill(&app, "#refund-amount", "1.00").await;
    app.click_css("#refund-submit").await.unwrap();
    app.wait_text("#confirm-text", |t| t.contains("$1.00"))
        .await
        .unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#detail-refunds", |t| t.contains("$1.00"))
        .await
        .unwrap();
    app.click_css("#detail-receipt-refund").await.unwrap();
    let refund = app
        .wait_text("#receipt-paper", |t| t.contains("REFUND"))
        .await
        .unwrap();
    assert!(refund.contains("$1.00"), "{refund}");
    assert!(refund.contains("Receipt 1"), "{refund}");
    app.wait_text("#receipt-dialog-title", |t| t == "Refund receipt")
        .await
        .unwrap();
    let overflowing = app.overflowing().await.unwrap();
    assert!(overflowing.is_empty(), "overflowing {overflowing:?}");
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('receipt-dialog').hidden")
        .await
        .unwrap();

    // A second sale, paid while printing is "when asked" (use_printer's): it has no receipt
    // yet, so History's Reprint is the original, with the till's next number.
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.click_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    app.wait_js("!document.getElementById('charge').disabled")
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    let second_sale = app.waiting_sale_id().await.unwrap();
    sim.pay(&app.session_of(&second_sale).unwrap(), "4242424242424242")
        .unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.click_css("#checkout-new").await.unwrap();
    app.click_css("#history-tab").await.unwrap();
    let row = format!(r#".history-row[data-sale-id="{second_sale}"]"#);
    app.click_css(&format!("{row} .h-items")).await.unwrap();
    app.wait_js(&format!(
        "document.getElementById('detail-receipt')?.dataset.receiptSale === '{second_sale}'"
    ))
    .await
    .unwrap();
    app.click_css("#detail-receipt").await.unwrap();
    let original = app
        .wait_text("#receipt-paper", |t| t.contains("Receipt 2"))
        .await
        .unwrap();
    assert!(!original.contains("COPY"), "{original}");
    app.wait_text("#receipt-dialog-title", |t| t == "Receipt")
        .await
        .unwrap();
    app.close().await.unwrap();
}
