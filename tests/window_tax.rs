//! Tax, a coupon and a tip in the real window: a tax-exclusive product (US sales tax) and a
//! tax-inclusive one (VAT) made at the simulator with their Stripe tax rates, and a 10 % coupon;
//! the cart shows the subtotal, the coupon, a row per rate, and (chosen in the Tip dialog) a
//! 15 % tip; paid by card through the simulator, the paid panel and History's sale show the
//! same breakdown, and Stripe charged exactly that total; checked for overflow and axe-core at
//! 1024×768; screenshots. Then a sale whose customer types a promotion code on Stripe's page:
//! History shows what Stripe charged.
//! Included by `window.rs` (module names start with `window`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;

use till_core::stripe::{ApiKey, Gateway, NewCoupon, NewPrice, NewProduct, NewTaxRate, StripeHttp};
use till_domain::pricing::{CouponValue, Percent};
use till_harness::till::{quick_retries, TEST_KEY};
use till_harness::App;

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

/// A product with one USD price and a tax rate, made at the simulator; its price id.
async fn taxed_product(gateway: &Gateway, name: &str, cents: i64, rate: &str) -> String {
    let product = gateway
        .create_product(
            &NewProduct {
                name: name.into(),
                description: None,
                metadata: HashMap::from([
                    ("tax_rate".to_string(), rate.to_string()),
                    ("category".to_string(), "Taxed".to_string()),
                ]),
            },
            &format!("window-tax-product-{name}"),
        )
        .await
        .unwrap();
    gateway
        .create_price(
            &NewPrice {
                product_id: product,
                currency: "usd".into(),
                unit_amount: cents,
                recurring_interval: None,
            },
            &format!("window-tax-price-{name}"),
        )
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_tax_cart_paid_panel_and_history_show_one_breakdown() {
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
    let rate = |name: &str, percent: &str, inclusive: bool| NewTaxRate {
        display_name: name.into(),
        percentage: Percent::parse(percent).unwrap(),
        inclusive,
        country: None,
        jurisdiction: None,
    };
    let sales_tax = gateway
        .create_tax_rate(&rate("Sales tax", "8.875", false), "window-tax-1")
        .await
        .unwrap();
    let vat = gateway
        .create_tax_rate(&rate("VAT", "19", true), "window-tax-2")
        .await
        .unwrap();
    let notebook = taxed_product(&gateway, "Notebook", 1_299, &sales_tax.id).await;
    let beans = taxed_product(&gateway, "Coffee beans", 950, &vat.id).await;
    let summer = gateway
        .create_coupon(
            &NewCoupon {
                name: Some("Summer 10%".into()),
                value: CouponValue::PercentOff {
                    percent: Percent::parse("10").unwrap(),
                },
                max_redemptions: None,
                redeem_by: None,
                applies_to: Vec::new(),
            },
            "window-tax-coupon",
        )
        .await
        .unwrap();
    // A promotion code for it, as the owner makes one in Stripe's Dashboard.
    let made = stripe_sim::raw::request(
        "POST",
        &format!("{}/v1/promotion_codes", sim.base_url()),
        &[
            ("Authorization", &format!("Bearer {TEST_KEY}")),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        Some(
            format!(
                "promotion[type]=coupon&promotion[coupon]={}&code=SUMMER",
                summer.id
            )
            .as_bytes(),
        ),
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(made.status, 200, "{}", made.text());

    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    // The products' category.
    app.wait_css(".category-tab").await.unwrap();
    let mut found = false;
    for tab in app
        .client
        .find_all(fantoccini::Locator::Css(".category-tab"))
        .await
        .unwrap()
    {
        if tab.text().await.unwrap() == "Taxed" {
            tab.click().await.unwrap();
            found = true;
            break;
        }
    }
    assert!(found, "the taxed products are in the catalog");
    let tile = |price: &str| format!(r#".product-tile[data-price-id="{price}"]"#);
    for _ in 0..3 {
        app.click_css(&tile(&notebook)).await.unwrap();
    }
    app.click_css(&tile(&beans)).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$51.93")
        .await
        .unwrap();
    assert_eq!(
        app.definition_rows("cart-taxes").await.unwrap(),
        [
            "Subtotal|$48.47",
            "Sales tax 8.875%|$3.46",
            "incl. VAT 19%|$1.52"
        ]
    );
    // The coupon, from the list Stripe's coupons were synced into.
    app.click_css("#coupon-open").await.unwrap();
    app.wait_css("#adjust-choices .adjust-choice:nth-child(2)")
        .await
        .unwrap();
    let offered = app
        .wait_text("#adjust-choices", |t| t.contains("Summer 10%"))
        .await
        .unwrap();
    assert!(
        offered.contains("No coupon") && offered.contains("10% off"),
        "{offered}"
    );
    assert_eq!(app.axe_violations().await.unwrap(), Vec::<String>::new());
    app.click_css("#adjust-choices .adjust-choice:nth-child(2)")
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$46.73")
        .await
        .unwrap();
    // A 15 % tip.
    app.click_css("#tip-open").await.unwrap();
    let tips = app
        .wait_text("#adjust-choices", |t| t.contains("15 %"))
        .await
        .unwrap();
    assert!(tips.starts_with("No tip"), "No tip comes first: {tips}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "tip-1024x768")
        .await
        .unwrap();
    app.click_css("#adjust-choices .adjust-choice:nth-child(3)")
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$53.74")
        .await
        .unwrap();
    // 10 % off 38.97 = 3.90 and off 9.50 = 0.95; tax on 35.07 = 3.11, VAT inside 8.55 = 1.37;
    // 46.73, and 15 % of it = 7.01.
    let breakdown = vec![
        "Subtotal|$48.47".to_string(),
        "Summer 10%|-$4.85".to_string(),
        "Sales tax 8.875%|$3.11".to_string(),
        "incl. VAT 19%|$1.37".to_string(),
        "Tip|$7.01".to_string(),
    ];
    assert_eq!(app.definition_rows("cart-taxes").await.unwrap(), breakdown);
    assert_eq!(app.overflowing().await.unwrap(), Vec::<String>::new());
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "tax-cart-1024x768")
        .await
        .unwrap();

    app.click_css("#charge").await.unwrap();
    // Off the panel: New sale appears under it once paid, and its tooltip would stay.
    app.rest_pointer().await.unwrap();
    let sale_id = app.pay_waiting_sale(&sim).await.unwrap();
    assert_eq!(
        app.definition_rows("checkout-taxes").await.unwrap(),
        breakdown
    );
    let session = app.session_of(&sale_id).unwrap();
    let stripe = sim.session(&session).unwrap();
    assert_eq!(
        stripe["amount_total"], 5_374,
        "Stripe charged the till's total"
    );
    assert_eq!(stripe["total_details"]["amount_tax"], 311 + 137);
    assert_eq!(stripe["total_details"]["amount_discount"], 485);
    app.screenshot(&screenshot_dir(), "tax-paid-1024x768")
        .await
        .unwrap();
    // Clicked from the page, not with the mouse: the button's tooltip would stay on screen.
    app.js("document.getElementById('checkout-new').click()")
        .await
        .unwrap();
    app.wait_js("!document.getElementById('cart-panel').hidden")
        .await
        .unwrap();

    app.click_css("#history-tab").await.unwrap();
    app.choose_owner_pin("2468", "history-view").await.unwrap();
    let row = format!(r#".history-row[data-sale-id="{sale_id}"]"#);
    app.click_css(&format!("{row} .h-items")).await.unwrap();
    app.rest_pointer().await.unwrap();
    app.wait_css("#detail-amounts").await.unwrap();
    let mut history = breakdown.clone();
    history.push("Total|$53.74".to_string());
    assert_eq!(
        app.definition_rows("detail-amounts").await.unwrap(),
        history
    );

    assert_eq!(app.overflowing().await.unwrap(), Vec::<String>::new());
    app.js("document.getElementById('detail-amounts').scrollIntoView({ block: 'center' })")
        .await
        .unwrap();
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "tax-history-1024x768")
        .await
        .unwrap();

    // Other: an amount typed at the counter, a Miscellaneous line (zero refused first).
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.click_css("#misc-open").await.unwrap();
    let amount = app.wait_css("#tip-amount").await.unwrap();
    amount.send_keys("0").await.unwrap();
    app.click_css("#tip-set").await.unwrap();
    app.wait_text("#adjust-error", |t| t == "Type an amount more than zero.")
        .await
        .unwrap();
    amount.clear().await.unwrap();
    amount.send_keys("3.50").await.unwrap();
    app.click_css("#tip-set").await.unwrap();
    app.wait_text("#cart-lines", |t| t.contains("Miscellaneous"))
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$3.50")
        .await
        .unwrap();

    // The customer enters a promotion code on Stripe's page: card only, the ledger takes what
    // Stripe charged.
    app.click_css("#coupon-open").await.unwrap();
    app.wait_text("#adjust-choices", |t| t.contains("Summer 10%"))
        .await
        .unwrap();
    app.click_css("#promotion-codes").await.unwrap();
    app.wait_css("#cart-promotion-codes").await.unwrap();
    app.wait_js("document.getElementById('pay-cash').disabled")
        .await
        .unwrap();
    assert_eq!(
        app.js("return document.getElementById('coupon-open').getAttribute('aria-pressed')")
            .await
            .unwrap(),
        "true"
    );
    app.click_css("#charge").await.unwrap();
    app.rest_pointer().await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    let session = app.session_of(&sale_id).unwrap();
    let typed = sim.apply_promotion_code(&session, "SUMMER").unwrap();
    assert_eq!(typed["amount_total"], 315, "10 % off $3.50");
    sim.pay(&session, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.wait_text("#checkout-amount", |t| t.contains("$3.15"))
        .await
        .unwrap();
    app.js("document.getElementById('checkout-new').click()")
        .await
        .unwrap();
    app.click_css("#history-tab").await.unwrap();
    let row = format!(r#".history-row[data-sale-id="{sale_id}"]"#);
    app.click_css(&format!("{row} .h-items")).await.unwrap();
    app.wait_text("#detail-amounts", |t| t.contains("Code SUMMER"))
        .await
        .unwrap();
    assert_eq!(
        app.definition_rows("detail-amounts").await.unwrap(),
        ["Subtotal|$3.50", "Code SUMMER|-$0.35", "Total|$3.15"]
    );
    app.close().await.unwrap();
}
