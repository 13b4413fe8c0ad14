//! Parked sales in the real window: a cart parked by keyboard (F3, a label, Enter), another
//! sale charged and paid meanwhile, then the first resumed from the list (F3) and back on the
//! register; the dialog at 1024×768 without overflow or axe-core violations; a screenshot.
//! Then the owner pins two products as quick keys (History → Catalog, ★ and ▲) and the
//! register's first tab is Favourites, in the owner's order.
//! Included by `window.rs` (module names start with `window`).

use std::path::PathBuf;

use till_harness::keys;
use till_harness::App;

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

fn tile(slug: &str) -> String {
    format!(r#".product-tile[data-price-id="price_demo_{slug}_usd"]"#)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_park_a_cart_serve_another_then_resume_it() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();

    // Table 4: two lattes and a muffin, parked by keyboard.
    app.wait_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$12.75")
        .await
        .unwrap();
    app.wait_text("#parked-open", |t| t == "Park · F3")
        .await
        .unwrap();
    app.press(keys::F3).await.unwrap();
    app.wait_js("document.activeElement?.id === 'park-label'")
        .await
        .unwrap();
    app.type_keys("Table 4").await.unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#toast", |t| t == "Parked as “Table 4”.")
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "—").await.unwrap();
    app.wait_text("#parked-open", |t| t == "Parked (1) · F3")
        .await
        .unwrap();

    // Another customer meanwhile: a scone, charged and paid.
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$3.25")
        .await
        .unwrap();
    app.press(keys::F9).await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    let session = app.session_of(&sale_id).unwrap();
    sim.pay(&session, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#cart-total", |t| t == "—").await.unwrap();

    // Table 4 again: F3 lists it; Resume puts it back on the register.
    app.press(keys::F3).await.unwrap();
    let row = app.wait_css(".parked-row").await.unwrap();
    let text = row.text().await.unwrap();
    assert!(text.contains("Table 4"), "{text}");
    assert!(
        text.contains("2 × Caffè Latte, Blueberry Muffin · $12.75"),
        "{text}"
    );
    app.wait_js("document.activeElement?.classList.contains('parked-resume')")
        .await
        .unwrap();
    let overflowing = app.overflowing().await.unwrap();
    assert!(overflowing.is_empty(), "overflowing {overflowing:?}");
    let violations = app.axe_violations().await.unwrap();
    assert!(violations.is_empty(), "axe-core {violations:#?}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "parked-1024x768")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$12.75")
        .await
        .unwrap();
    app.wait_text("#toast", |t| t == "“Table 4” is back on the register.")
        .await
        .unwrap();
    app.wait_text("#parked-open", |t| t == "Park · F3")
        .await
        .unwrap();
    let parked: i64 = app
        .ledger()
        .unwrap()
        .connection()
        .query_row("SELECT count(*) FROM parked_carts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(parked, 0);

    // Quick keys: the owner pins the muffin, then the latte, and moves the latte up.
    app.click_css("#history-tab").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    for (field, pin) in [("#pin-input", "2468"), ("#pin-confirm", "2468")] {
        let input = app.wait_css(field).await.unwrap();
        input.send_keys(pin).await.unwrap();
    }
    app.click_css("#pin-submit").await.unwrap();
    app.wait_js("document.getElementById('pin-dialog').hidden && !document.getElementById('history-view').hidden")
        .await
        .unwrap();
    app.click_css(r#".side-tab[data-side="catalog"]"#)
        .await
        .unwrap();
    let pin = |slug: &str| {
        format!(r#"#product-list li[data-price-id="price_demo_{slug}_usd"] .favourite-toggle"#)
    };
    for slug in ["muffin", "latte"] {
        app.click_css(&pin(slug)).await.unwrap();
        app.wait_js(&format!(
            "document.querySelector('{}')?.getAttribute('aria-pressed') === 'true'",
            pin(slug)
        ))
        .await
        .unwrap();
    }
    app.click_css(r#"#product-list li[data-price-id="price_demo_latte_usd"] .favourite-up"#)
        .await
        .unwrap();
    app.wait_css(r#"#product-list li[data-price-id="price_demo_muffin_usd"] .favourite-up"#)
        .await
        .unwrap();
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.wait_text(".category-tab[aria-selected=\"true\"]", |t| {
        t == "★ Favourites"
    })
    .await
    .unwrap();
    app.wait_js(
        "[...document.querySelectorAll('#product-grid .product-tile')].map((t) => t.dataset.priceId).join() === 'price_demo_latte_usd,price_demo_muffin_usd'",
    )
    .await
    .unwrap();
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "favourites-1024x768")
        .await
        .unwrap();
    app.close().await.unwrap();
}
