//! The owner's tax rates and coupons in the real window (History → Catalog): the owner makes a
//! sales tax of 8.875 % (added on top) and makes it the shop's default, makes a 10 % coupon,
//! and a product with that tax rate; the rows show, a refused coupon (no name) says why in its
//! form, the tab fits 1024×768 without overflow or axe-core violations; then the register rings
//! the product up with the rate in the cart's breakdown (the core synced after each change).
//! Back in the Catalog, the rate is archived and the coupon deleted, each after its question,
//! and a product naming the archived rate is refused in its form.
//! Included by `window.rs` (module names start with `window`).

use std::path::PathBuf;
use std::time::Duration;

use till_core::stripe::{ApiKey, Gateway, StripeHttp};
use till_harness::till::{quick_retries, TEST_KEY};
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

/// The rows of a list, each as its parts' texts joined by `|`.
async fn rows(app: &App, list: &str) -> Vec<String> {
    let value = app
        .js(&format!(
            "return [...document.querySelectorAll('#{list} li')].map((li) => [...li.children].map((c) => c.textContent).join('|'))"
        ))
        .await
        .unwrap();
    serde_json::from_value(value).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_catalog_tax_rates_coupons_and_a_taxed_product_from_history() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    app.wait_css(".product-tile").await.unwrap();

    app.click_css("#history-tab").await.unwrap();
    app.choose_owner_pin("2468", "history-view").await.unwrap();
    app.click_css(r#".side-tab[data-side="catalog"]"#)
        .await
        .unwrap();
    app.wait_js("!document.getElementById('tax-rates-empty').hidden")
        .await
        .unwrap();

    // A sales tax, added on top.
    fill(&app, "#tr-name", "Sales tax").await;
    fill(&app, "#tr-percentage", "8.875").await;
    fill(&app, "#tr-country", "US").await;
    fill(&app, "#tr-jurisdiction", "NY").await;
    app.click_css("#tax-rate-submit").await.unwrap();
    app.wait_css("#tax-rate-list li").await.unwrap();
    assert_eq!(
        rows(&app, "tax-rate-list").await,
        ["Sales tax|8.875%, added on top|Make default|Archive"]
    );
    assert_eq!(
        app.js("return document.getElementById('tr-name').value")
            .await
            .unwrap(),
        ""
    );
    let rate_id = app
        .attr("#tax-rate-list li", "data-tax-rate-id")
        .await
        .unwrap()
        .unwrap();
    assert!(rate_id.starts_with("txr_"), "{rate_id}");
    // The shop's default.
    app.click_css("#tax-rate-list li .tax-rate-default")
        .await
        .unwrap();
    app.wait_css("#tax-rate-list li.default").await.unwrap();
    assert_eq!(
        rows(&app, "tax-rate-list").await,
        ["Sales tax|8.875%, added on top|Default|No default|Archive"]
    );

    // A coupon of 10 %, then one refused for want of a name (said in its form).
    fill(&app, "#cp-name", "Regulars").await;
    fill(&app, "#cp-percent", "10").await;
    app.click_css("#coupon-submit").await.unwrap();
    app.wait_text("#coupon-list", |t| t.contains("Regulars"))
        .await
        .unwrap();
    assert_eq!(rows(&app, "coupon-list").await, ["Regulars|10% off|Delete"]);
    fill(&app, "#cp-percent", "5").await;
    app.click_css("#coupon-submit").await.unwrap();
    let refusal = app
        .wait_text("#coupon-error", |t| !t.is_empty())
        .await
        .unwrap();
    assert_eq!(
        refusal,
        "A coupon needs a name of 1 to 40 characters (it shows on the sale and the receipt)."
    );
    assert_eq!(rows(&app, "coupon-list").await.len(), 1, "nothing was made");

    // A product with that tax rate.
    fill(&app, "#p-name", "Notebook").await;
    fill(&app, "#p-amount", "12.99").await;
    fill(&app, "#p-category", "Stationery").await;
    app.wait_css("#p-currency")
        .await
        .unwrap()
        .select_by_value("usd")
        .await
        .unwrap();
    let options = app
        .js("return [...document.getElementById('p-tax-rate').options].map((o) => o.textContent)")
        .await
        .unwrap();
    assert_eq!(
        options,
        serde_json::json!(["Shop default", "Sales tax 8.875%"])
    );
    app.wait_css("#p-tax-rate")
        .await
        .unwrap()
        .select_by_value(&rate_id)
        .await
        .unwrap();
    app.click_css("#product-submit").await.unwrap();
    app.wait_text("#product-list", |t| t.contains("Notebook"))
        .await
        .unwrap();
    let price_id = app
        .js("return [...document.querySelectorAll('#product-list li')].find((li) => li.textContent.includes('Notebook')).dataset.priceId")
        .await
        .unwrap();
    let price_id = price_id.as_str().unwrap().to_string();
    // At Stripe, the product names its rate (not left to the shop's default).
    let http = StripeHttp::new(
        &ApiKey::new(TEST_KEY),
        &sim.base_url(),
        Duration::from_secs(5),
    )
    .unwrap();
    let (products, prices) = Gateway::new(http, quick_retries())
        .list_catalog()
        .await
        .unwrap();
    let price = prices.iter().find(|p| p.id == price_id).unwrap();
    let product = products.iter().find(|p| p.id == price.product_id).unwrap();
    assert_eq!(product.name, "Notebook");
    assert_eq!(product.tax_rate.as_deref(), Some(rate_id.as_str()));

    // The tab at 1024×768: nothing overflows, axe finds nothing; the rates and coupons in view.
    assert_eq!(app.overflowing().await.unwrap(), Vec::<String>::new());
    assert_eq!(app.axe_violations().await.unwrap(), Vec::<String>::new());
    app.js("document.getElementById('tax-rates-title').scrollIntoView({ block: 'start' }); document.querySelector('.history-side').scrollBy(0, -12)")
        .await
        .unwrap();
    // The product's toast has gone (it would cover the coupons).
    app.wait_js("document.getElementById('toast').hidden")
        .await
        .unwrap();
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "catalog-tax-1024x768")
        .await
        .unwrap();

    // The register rings it up with its rate.
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.wait_css(".category-tab").await.unwrap();
    app.js("[...document.querySelectorAll('.category-tab')].find((tab) => tab.textContent === 'Stationery')?.click()")
        .await
        .unwrap();
    app.click_css(&format!(r#".product-tile[data-price-id="{price_id}"]"#))
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$14.14")
        .await
        .unwrap();
    assert_eq!(
        app.definition_rows("cart-taxes").await.unwrap(),
        ["Subtotal|$12.99", "Sales tax 8.875%|$1.15"]
    );

    // Back in the Catalog: archiving asks first (Keep changes nothing), then the rate goes,
    // and with it the default and the product form's choice.
    app.click_css("#history-tab").await.unwrap();
    app.wait_js("!document.getElementById('history-view').hidden")
        .await
        .unwrap();
    app.click_css(r#".side-tab[data-side="catalog"]"#)
        .await
        .unwrap();
    app.click_css("#tax-rate-list li .tax-rate-archive")
        .await
        .unwrap();
    app.wait_text("#confirm-title", |t| t == "Archive the tax rate Sales tax?")
        .await
        .unwrap();
    assert_eq!(app.focused().await.unwrap(), "confirm-no");
    app.click_css("#confirm-no").await.unwrap();
    app.wait_js("document.getElementById('confirm-dialog').hidden")
        .await
        .unwrap();
    assert_eq!(rows(&app, "tax-rate-list").await.len(), 1);
    app.click_css("#tax-rate-list li .tax-rate-archive")
        .await
        .unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_js("!document.getElementById('tax-rates-empty').hidden && document.getElementById('p-tax-rate').options.length === 1")
        .await
        .unwrap();
    assert!(rows(&app, "tax-rate-list").await.is_empty());
    // A product naming the archived rate (a form left open meanwhile) is refused in its form.
    app.js(&format!(
        "const s = document.getElementById('p-tax-rate'); s.append(new Option('Sales tax', '{rate_id}')); s.value = '{rate_id}';"
    ))
    .await
    .unwrap();
    fill(&app, "#p-name", "Pencil").await;
    fill(&app, "#p-amount", "1.50").await;
    app.click_css("#product-submit").await.unwrap();
    let refusal = app
        .wait_text("#product-error", |t| !t.is_empty())
        .await
        .unwrap();
    assert!(
        refusal.starts_with(&format!("The tax rate {rate_id} is not known")),
        "{refusal}"
    );
    // The coupon, deleted after its question.
    app.click_css("#coupon-list li .coupon-delete")
        .await
        .unwrap();
    app.wait_text("#confirm-title", |t| t == "Delete the coupon Regulars?")
        .await
        .unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_js("!document.getElementById('coupons-empty').hidden")
        .await
        .unwrap();
    assert!(rows(&app, "coupon-list").await.is_empty());
    app.close().await.unwrap();
}
