//! Parked sales in the real window: a cart parked by keyboard (F3, a label, Enter), another
//! sale charged and paid meanwhile, then the first resumed from the list (F3) and back on the
//! register; the dialog at 1024×768 without overflow or axe-core violations; a screenshot.
//! Then the owner pins two products as quick keys (History → Catalog, ★ and ▲) and the
//! register's first tab is Favourites, in the owner's order.
//! Then a return by line from History: the return dialog, the core's refusals and figure, one
//! latte refunded to the card.
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
    app.pay_waiting_sale(&sim).await.unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#cart-total", |t| t == "—").await.unwrap();

    // Table 4 again: F3 lists it; Resume puts it back on the register. The dialog opens on
    // the list drawn after the last park and draws it again once the ledger answers, then
    // focuses Resume: the row is read after that, never a node about to be replaced.
    app.press(keys::F3).await.unwrap();
    app.wait_js("document.activeElement?.classList.contains('parked-resume')")
        .await
        .unwrap();
    let row = app.wait_css(".parked-row").await.unwrap();
    let text = row.text().await.unwrap();
    assert!(text.contains("Table 4"), "{text}");
    assert!(
        text.contains("2 × Caffè Latte, Blueberry Muffin · $12.75"),
        "{text}"
    );
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
    app.choose_owner_pin("2468", "history-view").await.unwrap();
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

/// A return by line from History (issue 19): two lattes and a muffin paid by card; the owner
/// opens the sale, Return items…, and asks for three lattes back (refused by the core with the
/// reason, nothing refunded), then one: the dialog shows the core's figure, asks first, and
/// refunds exactly that line's amount to the card; the lattes' line then says one was returned
/// and only one more can come back. The dialog at 1024×768 without overflow or axe-core
/// violations; a screenshot.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_park_a_return_by_line_from_history() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    app.wait_css(&tile("latte")).await.unwrap();
    for slug in ["latte", "latte", "muffin"] {
        app.click_css(&tile(slug)).await.unwrap();
    }
    app.wait_text("#cart-total", |t| t == "$12.75")
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    let sale_id = app.pay_waiting_sale(&sim).await.unwrap();
    app.click_css("#checkout-new").await.unwrap();

    app.click_css("#history-tab").await.unwrap();
    app.choose_owner_pin("2468", "history-view").await.unwrap();
    app.click_css(&format!(
        r#".history-row[data-sale-id="{sale_id}"] .h-items"#
    ))
    .await
    .unwrap();
    app.click_css("#detail-return").await.unwrap();
    app.wait_css("#return-dialog:not([hidden])").await.unwrap();
    let latte = r#".return-row[data-price-id="price_demo_latte_usd"]"#;
    let meta = app
        .wait_text(&format!("{latte} .return-meta"), |t| !t.is_empty())
        .await
        .unwrap();
    assert_eq!(meta, "$4.75 each · 2 sold");
    // Focus starts in the first quantity field.
    let focused = app.focused().await.unwrap();
    assert!(focused.starts_with("return-qty-"), "{focused}");
    let requests = || {
        app.ledger()
            .unwrap()
            .refund_requests_of_sale(&sale_id)
            .unwrap()
            .len()
    };

    // Three lattes: more than were sold; the core says so, nothing is asked or refunded.
    let field = app.wait_css(&format!("{latte} .return-qty")).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys("3").await.unwrap();
    app.wait_text("#return-error", |t| {
        t == "3 of Caffè Latte cannot come back: 2 sold, 0 returned already, so at most 2 more."
    })
    .await
    .unwrap();
    app.click_css("#return-submit").await.unwrap();
    assert!(app
        .attr("#confirm-dialog", "hidden")
        .await
        .unwrap()
        .is_some());
    assert_eq!(requests(), 0);

    // One latte: the core's figure, then the question, then exactly $4.75 back to the card.
    field.clear().await.unwrap();
    field.send_keys("1").await.unwrap();
    app.wait_text("#return-total", |t| t == "To the card: $4.75")
        .await
        .unwrap();
    assert!(app.attr("#return-error", "hidden").await.unwrap().is_some());
    let overflowing = app.overflowing().await.unwrap();
    assert!(overflowing.is_empty(), "{overflowing:#?}");
    let violations = app.axe_violations().await.unwrap();
    assert!(violations.is_empty(), "{violations:#?}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "return-1024x768")
        .await
        .unwrap();
    app.click_css("#return-submit").await.unwrap();
    app.wait_text("#confirm-text", |t| {
        t == "Take back 1 item and refund $4.75 to the card?"
    })
    .await
    .unwrap();
    assert_eq!(app.focused().await.unwrap(), "confirm-no");
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#toast", |t| t == "Items returned: $4.75 refunded.")
        .await
        .unwrap();
    app.wait_js("document.getElementById('return-dialog').hidden")
        .await
        .unwrap();
    app.wait_text("#detail-refunds", |t| t.contains("$4.75"))
        .await
        .unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(sale.amount_refunded, 475);
    let lines = app.ledger().unwrap().returnable_lines(&sale_id).unwrap();
    let latte_line = lines
        .iter()
        .find(|l| l.price_id == "price_demo_latte_usd")
        .unwrap();
    assert_eq!((latte_line.sold, latte_line.returned), (2, 1));

    // Again: the lattes' line says one came back; two more are refused.
    app.click_css("#detail-return").await.unwrap();
    app.wait_text(&format!("{latte} .return-meta"), |t| {
        t == "$4.75 each · 2 sold, 1 returned already"
    })
    .await
    .unwrap();
    let field = app.wait_css(&format!("{latte} .return-qty")).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys("2").await.unwrap();
    app.wait_text("#return-error", |t| t.contains("so at most 1 more"))
        .await
        .unwrap();
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('return-dialog').hidden")
        .await
        .unwrap();
    assert_eq!(requests(), 1);
    app.close().await.unwrap();
}
