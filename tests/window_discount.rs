//! A manual discount in the real window: the cart's Discount asks for an amount or a
//! percentage and a reason; with nobody signed in it is refused and the owner PIN is asked
//! right there (the PIN dialog the drawer's paid out uses), then the discount is given as
//! typed; the dialog's own refusals (more than the sale, no reason) stay in it; No discount
//! takes it off. Paid by card through the simulator: Stripe charged the till's total, the
//! paid panel and History's sale show the discount, and the sale's timeline keeps the reason
//! with who gave it. A line's price set the same way (the line's price button: a new price and
//! a reason) reaches Stripe and the timeline too. Checked for overflow and axe-core at
//! 1024×768; screenshots.
//! Included by `window.rs` (module names start with `window`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use till_core::stripe::{ApiKey, Gateway, NewPrice, NewProduct, StripeHttp};
use till_harness::till::{quick_retries, TEST_KEY};
use till_harness::App;

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

/// Types `amount` and `reason` into the discount form and presses Give discount.
async fn give(app: &App, amount: &str, reason: &str) {
    for (field, text) in [("#discount-amount", amount), ("#discount-reason", reason)] {
        let input = app.wait_css(field).await.unwrap();
        input.clear().await.unwrap();
        if !text.is_empty() {
            input.send_keys(text).await.unwrap();
        }
    }
    app.click_css("#discount-set").await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_discount_and_price_override_need_the_owner_and_reach_stripe_and_history() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let http = StripeHttp::new(
        &ApiKey::new(TEST_KEY),
        &sim.base_url(),
        Duration::from_secs(5),
    )
    .unwrap();
    let gateway = Gateway::new(http, quick_retries());
    let product = gateway
        .create_product(
            &NewProduct {
                name: "Display mug".into(),
                description: None,
                metadata: HashMap::from([("category".to_string(), "Counter".to_string())]),
            },
            "window-discount-product",
        )
        .await
        .unwrap();
    let mug = gateway
        .create_price(
            &NewPrice {
                product_id: product,
                currency: "usd".into(),
                unit_amount: 2_000,
                recurring_interval: None,
            },
            "window-discount-price",
        )
        .await
        .unwrap();

    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    app.wait_css(".category-tab").await.unwrap();
    let mut found = false;
    for tab in app
        .client
        .find_all(fantoccini::Locator::Css(".category-tab"))
        .await
        .unwrap()
    {
        if tab.text().await.unwrap() == "Counter" {
            tab.click().await.unwrap();
            found = true;
            break;
        }
    }
    assert!(found, "the mug is in the catalog");
    app.click_css(&format!(r#".product-tile[data-price-id="{mug}"]"#))
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$20.00")
        .await
        .unwrap();

    // Nobody is signed in: the discount is refused and the owner PIN is asked for.
    app.click_css("#discount-open").await.unwrap();
    app.wait_text("#adjust-title", |t| t == "Manual discount")
        .await
        .unwrap();
    assert_eq!(app.axe_violations().await.unwrap(), Vec::<String>::new());
    give(&app, "10%", "Chipped handle").await;
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    assert!(app.is_hidden("#adjust-dialog").await);
    assert_eq!(
        app.wait_css("#cart-total")
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "$20.00",
        "nothing given without the owner"
    );
    assert_eq!(
        app.definition_rows("cart-taxes").await.unwrap(),
        Vec::<String>::new()
    );
    // With the owner PIN the discount is given as typed.
    app.choose_owner_pin("2468", "register").await.unwrap();
    app.wait_text("#cart-total", |t| t == "$18.00")
        .await
        .unwrap();
    app.wait_js("document.getElementById('adjust-dialog').hidden")
        .await
        .unwrap();
    let breakdown = vec![
        "Subtotal|$20.00".to_string(),
        "Manual discount|-$2.00".to_string(),
    ];
    assert_eq!(app.definition_rows("cart-taxes").await.unwrap(), breakdown);
    assert_eq!(
        app.attr("#discount-open", "aria-pressed")
            .await
            .unwrap()
            .as_deref(),
        Some("true")
    );

    // The dialog's refusals stay in it, the cart as it was; No discount takes it off.
    app.click_css("#discount-open").await.unwrap();
    let choices = app
        .wait_text("#adjust-choices", |t| t.contains("No discount"))
        .await
        .unwrap();
    assert_eq!(choices, "No discount");
    give(&app, "25.00", "Chipped handle").await;
    let refusal = app
        .wait_text("#adjust-error", |t| !t.is_empty())
        .await
        .unwrap();
    assert!(
        refusal.starts_with("The discount (25.00 USD) is more than the sale"),
        "{refusal}"
    );
    give(&app, "3.00", "").await;
    app.wait_text("#adjust-error", |t| {
        t.starts_with("Say why the discount is given")
    })
    .await
    .unwrap();
    assert!(!app.is_hidden("#adjust-dialog").await);
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "discount-refused-1024x768")
        .await
        .unwrap();
    assert_eq!(
        app.wait_css("#cart-total")
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "$18.00"
    );
    app.click_css("#adjust-choices .adjust-choice")
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$20.00")
        .await
        .unwrap();
    // The owner is signed in now: given at once.
    app.click_css("#discount-open").await.unwrap();
    give(&app, "10%", "Chipped handle").await;
    app.wait_text("#cart-total", |t| t == "$18.00")
        .await
        .unwrap();
    assert_eq!(app.definition_rows("cart-taxes").await.unwrap(), breakdown);
    assert_eq!(app.overflowing().await.unwrap(), Vec::<String>::new());
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "discount-cart-1024x768")
        .await
        .unwrap();

    // The line's price, set by the owner with a reason (zero refused in the dialog first).
    app.click_css(".cart-line .line-price").await.unwrap();
    app.wait_text("#adjust-title", |t| t == "Price — Display mug")
        .await
        .unwrap();
    give(&app, "0", "Display model").await;
    app.wait_text("#adjust-error", |t| {
        t.starts_with("Type a price more than zero")
    })
    .await
    .unwrap();
    assert_eq!(app.axe_violations().await.unwrap(), Vec::<String>::new());
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "price-override-refused-1024x768")
        .await
        .unwrap();
    give(&app, "15.00", "Display model").await;
    app.wait_text("#cart-total", |t| t == "$13.00")
        .await
        .unwrap();
    let unit = app
        .wait_text(".cart-line .line-price", |t| t.contains("was"))
        .await
        .unwrap();
    assert!(
        unit.contains("$15.00") && unit.contains("was $20.00"),
        "{unit}"
    );
    let breakdown = vec![
        "Subtotal|$15.00".to_string(),
        "Manual discount|-$2.00".to_string(),
    ];
    assert_eq!(app.definition_rows("cart-taxes").await.unwrap(), breakdown);
    assert_eq!(app.overflowing().await.unwrap(), Vec::<String>::new());
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "price-override-cart-1024x768")
        .await
        .unwrap();

    app.click_css("#charge").await.unwrap();
    app.rest_pointer().await.unwrap();
    let sale_id = app.pay_waiting_sale(&sim).await.unwrap();
    assert_eq!(
        app.definition_rows("checkout-taxes").await.unwrap(),
        breakdown
    );
    let session = app.session_of(&sale_id).unwrap();
    let stripe = sim.session(&session).unwrap();
    assert_eq!(
        stripe["amount_total"], 1_300,
        "Stripe charged the till's total"
    );
    assert_eq!(stripe["total_details"]["amount_discount"], 200);
    app.screenshot(&screenshot_dir(), "discount-paid-1024x768")
        .await
        .unwrap();
    app.js("document.getElementById('checkout-new').click()")
        .await
        .unwrap();
    app.wait_js("!document.getElementById('cart-panel').hidden")
        .await
        .unwrap();

    // History: the owner signed in above, so it opens without asking again.
    app.click_css("#history-tab").await.unwrap();
    app.wait_js("!document.getElementById('history-view').hidden")
        .await
        .unwrap();
    let row = format!(r#".history-row[data-sale-id="{sale_id}"]"#);
    app.click_css(&format!("{row} .h-items")).await.unwrap();
    app.rest_pointer().await.unwrap();
    app.wait_css("#detail-amounts").await.unwrap();
    let mut history = breakdown.clone();
    history.push("Total|$13.00".to_string());
    assert_eq!(
        app.definition_rows("detail-amounts").await.unwrap(),
        history
    );
    let timeline = app
        .wait_text(".timeline", |t| t.contains("Chipped handle"))
        .await
        .unwrap();
    assert!(
        timeline.contains("Manual discount $2.00: Chipped handle (Owner)")
            && timeline.contains(
                "Price of Display mug overridden from $20.00 to $15.00: Display model (Owner)"
            ),
        "{timeline}"
    );
    app.close().await.unwrap();
}

/// Tips' settings in Settings (refused presets say why, nothing saved), then the tip step
/// before Charge: No tip first and focused, the owner's presets; a preset chosen, Charge goes
/// on with the tip on the sale.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_tip_presets_are_a_setting_and_charge_asks_for_the_tip_first() {
    let app = App::launch().await.expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    // No owner PIN yet: Settings are open.
    app.click_css(r#".view-tab[data-view="settings"]"#)
        .await
        .unwrap();
    let presets = app.wait_css("#tip-presets").await.unwrap();
    app.wait_js("document.getElementById('tip-presets').value === '10, 15, 20'")
        .await
        .unwrap();
    app.js("document.getElementById('tips-form').scrollIntoView({ block: 'center' })")
        .await
        .unwrap();
    presets.clear().await.unwrap();
    presets.send_keys("5, 12, 12").await.unwrap();
    app.click_css("#tip-ask").await.unwrap();
    app.click_css("#tips-save").await.unwrap();
    app.wait_text("#tips-error", |t| {
        t.starts_with("12 % is among the presets twice")
    })
    .await
    .unwrap();
    presets.clear().await.unwrap();
    presets.send_keys("12 5").await.unwrap();
    app.click_css("#tips-save").await.unwrap();
    app.wait_js("document.getElementById('tip-presets').value === '5, 12' && document.getElementById('tips-error').hidden")
        .await
        .unwrap();
    assert_eq!(app.overflowing().await.unwrap(), Vec::<String>::new());

    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.click_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    let total = app
        .wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    app.wait_text("#adjust-choices", |t| t.contains("12 %"))
        .await
        .unwrap();
    let choices = app
        .js("return [...document.querySelectorAll('#adjust-choices .adjust-choice')].map((b) => b.textContent)")
        .await
        .unwrap();
    assert_eq!(
        choices,
        serde_json::json!(["No tip", "5 %", "12 %"]),
        "No tip first, then the owner's presets"
    );
    app.wait_js("document.activeElement?.textContent === 'No tip'")
        .await
        .unwrap();
    assert!(
        app.is_hidden("#checkout-panel").await,
        "nothing charged yet"
    );
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "tip-before-charge-1024x768")
        .await
        .unwrap();
    app.click_css("#adjust-choices .adjust-choice:nth-child(3)")
        .await
        .unwrap();
    // Charge went on: the sale waits for payment with the 12 % tip in it.
    app.wait_js("!document.getElementById('checkout-panel').hidden")
        .await
        .unwrap();
    let cents = |t: &str| -> i64 {
        t.trim_start_matches('$')
            .replace(['.', ','], "")
            .parse()
            .unwrap()
    };
    let untipped = cents(&total);
    let charged = app
        .wait_text("#checkout-amount", |t| t.starts_with('$'))
        .await
        .unwrap();
    assert_eq!(
        cents(&charged),
        untipped + (untipped * 12 + 50) / 100,
        "{total} + 12 %"
    );
    app.close().await.unwrap();
}
