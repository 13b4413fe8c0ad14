//! The owner's view in the real window: choose the PIN, filter the history, open a sale,
//! refund part of it, see the totals change, export the CSV and read it back; the report with
//! its chart. Included by `window.rs` (module names start with `window`, so step 3 of
//! scripts/test runs them and the earlier steps skip them).

use std::path::PathBuf;

use fantoccini::Locator;
use till_core::generate::{self, GenerateOptions};
use till_core::mode::Mode;
use till_core::store::now_ms;
use till_harness::{App, LaunchOptions};

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

/// Clicks what `selector` finds, finding it again if the page re-rendered it meanwhile.
async fn click(app: &App, selector: &str) -> anyhow::Result<()> {
    let start = std::time::Instant::now();
    loop {
        let element = app.wait_css(selector).await?;
        match element.click().await {
            Ok(()) => return Ok(()),
            // A stale element (the list re-rendered): find it again.
            Err(e) if start.elapsed() < till_harness::DEADLINE => {
                eprintln!("retrying a click on {selector}: {e}");
            }
            Err(e) => {
                let _ = app
                    .screenshot(&screenshot_dir(), "history-click-failed")
                    .await;
                return Err(anyhow::anyhow!("clicking {selector}: {e:?}"));
            }
        }
    }
}

/// Waits until the history list shows exactly `count` rows.
async fn wait_rows(app: &App, count: usize) {
    let start = std::time::Instant::now();
    loop {
        let rows = app
            .client
            .find_all(Locator::Css("#history-rows .history-row"))
            .await
            .unwrap();
        if rows.len() == count {
            return;
        }
        assert!(
            start.elapsed() < till_harness::DEADLINE,
            "the history shows {} rows, not {count}",
            rows.len()
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Waits until the element matching `selector` is hidden (e.g. a toast that went away).
async fn wait_hidden(app: &App, selector: &str) {
    let start = std::time::Instant::now();
    loop {
        let element = app.wait_css(selector).await.unwrap();
        if element.attr("hidden").await.unwrap().is_some() {
            return;
        }
        assert!(
            start.elapsed() < till_harness::DEADLINE,
            "{selector} stayed visible"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn fill(app: &App, selector: &str, text: &str) {
    let field = app.wait_css(selector).await.unwrap();
    field.clear().await.unwrap();
    if !text.is_empty() {
        field.send_keys(text).await.unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_history_filter_refund_totals_export() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let exports = tempfile::tempdir().unwrap();
    let app = App::launch_with(LaunchOptions {
        env: vec![
            ("TILL_STRIPE_API_BASE".into(), sim.base_url()),
            (
                "TILL_EXPORT_DIR".into(),
                exports.path().display().to_string(),
            ),
        ],
    })
    .await
    .expect("launching Till");

    // A real sale, paid at the simulator: a latte.
    click(
        &app,
        r#".product-tile[data-price-id="price_demo_latte_usd"]"#,
    )
    .await
    .unwrap();
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    click(&app, "#charge").await.unwrap();
    let sale_id = app.pay_waiting_sale(&sim).await.unwrap();
    let session = app.session_of(&sale_id).unwrap();
    click(&app, "#checkout-new").await.unwrap();

    // A year of other sales beside it (several currencies, states, refunds).
    {
        let mut ledger = app.ledger().unwrap();
        generate::generate(
            &mut ledger,
            &GenerateOptions {
                seed: 11,
                days: 60,
                ..GenerateOptions::new(400, Mode::Training, now_ms() - 3_600_000)
            },
        )
        .unwrap();
    }

    // History asks for the owner PIN: the first time, to choose one.
    click(&app, "#history-tab").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    assert!(
        app.attr("#history-view", "hidden").await.unwrap().is_some(),
        "nothing of the history shows before the PIN"
    );
    fill(&app, "#pin-input", "2468").await;
    fill(&app, "#pin-confirm", "2460").await;
    click(&app, "#pin-submit").await.unwrap();
    app.wait_text("#pin-error", |t| t.contains("differ"))
        .await
        .unwrap();
    fill(&app, "#pin-confirm", "2468").await;
    click(&app, "#pin-submit").await.unwrap();
    app.wait_css("#history-rows .history-row").await.unwrap();
    let stored = app.ledger().unwrap().owner_pin().unwrap().unwrap();
    assert!(stored.hash.starts_with("$argon2id$"));

    // Filter: paid sales found by the sale's own id.
    let status = app.wait_css("#h-status").await.unwrap();
    status.select_by_value("paid").await.unwrap();
    fill(&app, "#h-text", &sale_id).await;
    click(&app, "#history-apply").await.unwrap();
    wait_rows(&app, 1).await;
    app.wait_text("#history-rows", |t| t.contains("Caffè Latte"))
        .await
        .unwrap();
    app.wait_text(
        r#"#history-totals .total-card[data-currency="usd"] .total-net"#,
        |t| t == "$4.75",
    )
    .await
    .unwrap();

    // Open it: lines, Stripe ids, timeline.
    click(
        &app,
        &format!(r#".history-row[data-sale-id="{sale_id}"] .h-items"#),
    )
    .await
    .unwrap();
    let detail = app
        .wait_text("#sale-detail", |t| t.contains("PaymentIntent"))
        .await
        .unwrap();
    assert!(detail.contains(&session), "{detail}");
    assert!(detail.contains("completed paid"), "{detail}");

    // Refund part of it.
    fill(&app, "#refund-amount", "1.00").await;
    click(&app, "#refund-submit").await.unwrap();
    // Till asks first, with the amount (window_counter.rs tests the question itself).
    app.wait_text("#confirm-text", |t| t.contains("$1.00"))
        .await
        .unwrap();
    click(&app, "#confirm-yes").await.unwrap();
    app.wait_text("#detail-refunds", |t| {
        t.contains("Refunded") && t.contains("$1.00")
    })
    .await
    .unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(sale.state, "paid");
    assert_eq!(sale.amount_refunded, 100);
    // The totals follow: net $3.75, refunded $1.00.
    let card = app
        .wait_text(r#"#history-totals .total-card[data-currency="usd"]"#, |t| {
            t.contains("$3.75")
        })
        .await
        .unwrap();
    assert!(card.contains("refunded $1.00"), "{card}");
    app.screenshot(&screenshot_dir(), "history-refund")
        .await
        .unwrap();

    // Export the filtered set and read the file back.
    click(&app, "#history-export").await.unwrap();
    let result = app
        .wait_text("#export-result", |t| t.starts_with("Exported 1 sale to"))
        .await
        .unwrap();
    let path = PathBuf::from(result.trim_start_matches("Exported 1 sale to ").trim());
    assert!(path.starts_with(exports.path()), "{}", path.display());
    let mut reader = csv::Reader::from_path(&path).unwrap();
    let headers = reader.headers().unwrap().clone();
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(records.len(), 1);
    let field = |name: &str| {
        let index = headers.iter().position(|h| h == name).unwrap();
        records[0][index].to_string()
    };
    assert_eq!(field("sale_id"), sale_id);
    assert_eq!(field("amount_total"), "4.75");
    assert_eq!(field("amount_refunded"), "1.00");
    assert_eq!(field("amount_net_minor"), "375");
    assert_eq!(field("items"), "Caffè Latte");

    // The whole history, and the report with its chart.
    status.select_by_value("").await.unwrap();
    fill(&app, "#h-text", "").await;
    click(&app, "#history-apply").await.unwrap();
    app.wait_text("#history-totals", |t| {
        t.contains("JPY") && t.contains("EUR")
    })
    .await
    .unwrap();
    click(
        &app,
        &format!(r#".history-row[data-sale-id="{sale_id}"] .h-items"#),
    )
    .await
    .unwrap();
    app.wait_text("#sale-detail", |t| t.contains("PaymentIntent"))
        .await
        .unwrap();
    wait_hidden(&app, "#toast").await;
    app.screenshot(&screenshot_dir(), "history").await.unwrap();
    click(&app, r#".side-tab[data-side="report"]"#)
        .await
        .unwrap();
    let chart = app.wait_css("#report-charts img.chart").await.unwrap();
    let src = chart.attr("src").await.unwrap().unwrap_or_default();
    assert!(src.starts_with("data:image/svg+xml;base64,"));
    app.wait_text("#report-rows", |t| t.contains("USD"))
        .await
        .unwrap();
    app.screenshot(&screenshot_dir(), "history-report")
        .await
        .unwrap();
    // Below the periods, per currency: paid, discounts, tax per rate, tips and net sales (the
    // generated euro sales carry 19 % VAT inside their prices).
    app.wait_text(
        r#"#report-pricing .summary-pricing[data-currency="eur"]"#,
        |t| t.contains("incl. MwSt. 19%") && t.contains("Net sales (without tax and tips)"),
    )
    .await
    .unwrap();
    // At 1024×768 nothing overflows; the figures scrolled into view.
    app.set_size(1024, 768).await.unwrap();
    assert_eq!(app.overflowing().await.unwrap(), Vec::<String>::new());
    app.js(r#"document.getElementById("report-pricing").scrollIntoView({ block: "end" }); return null;"#)
        .await
        .unwrap();
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "history-report-pricing-1024x768")
        .await
        .unwrap();
    app.set_size(1280, 800).await.unwrap();

    // Locking the owner out hides it again.
    click(&app, "#owner-lock").await.unwrap();
    app.wait_css("#register").await.unwrap();
    click(&app, "#history-tab").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Owner PIN")
        .await
        .unwrap();
    fill(&app, "#pin-input", "1111").await;
    click(&app, "#pin-submit").await.unwrap();
    app.wait_text("#pin-error", |t| t.starts_with("Wrong PIN"))
        .await
        .unwrap();
    app.close().await.unwrap();
}
