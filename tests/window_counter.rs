//! Counter-grade interaction in the real window: refunds that cannot happen by accident, a
//! scanner that never jams, focus that is never lost, shortcuts that act only where they
//! belong, a test-card run that leaves the cart alone, and every view laid out at 1024×768
//! and 1280×800 with no container overflowing and no axe-core violation. Included by
//! `window.rs` (module names start with `window`).

use std::path::PathBuf;

use till_core::generate::{self, GenerateOptions};
use till_core::mode::Mode;
use till_core::store::now_ms;
use till_harness::keys;
use till_harness::App;

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

const SIZES: [(u32, u32); 2] = [(1024, 768), (1280, 800)];

async fn launch(sim: &stripe_sim::SimHandle) -> App {
    App::launch_against(&sim.base_url())
        .await
        .expect("launching Till")
}

fn tile(slug: &str) -> String {
    format!(r#".product-tile[data-price-id="price_demo_{slug}_usd"]"#)
}

/// Waits until the cart line of the demo product `slug` shows `quantity`.
async fn quantity_is(app: &App, slug: &str, quantity: &str) {
    app.wait_text(
        &format!(r#".cart-line[data-price-id="price_demo_{slug}_usd"] .qty-value"#),
        |t| t == quantity,
    )
    .await
    .unwrap();
}

async fn fill(app: &App, selector: &str, text: &str) {
    let field = app.wait_css(selector).await.unwrap();
    field.clear().await.unwrap();
    if !text.is_empty() {
        field.send_keys(text).await.unwrap();
    }
}

/// Rings up a latte and a muffin, charges, pays with 4242: returns the paid sale's id.
async fn paid_sale(app: &App, sim: &stripe_sim::SimHandle) -> String {
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$8.00")
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    let sale_id = app.pay_waiting_sale(sim).await.unwrap();
    sale_id
}

/// Chooses the owner PIN the first time a guarded view opens.
async fn choose_pin(app: &App) {
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    fill(app, "#pin-input", "2468").await;
    fill(app, "#pin-confirm", "2468").await;
    app.click_css("#pin-submit").await.unwrap();
    app.wait_js("document.getElementById('pin-dialog').hidden")
        .await
        .unwrap();
}

/// The page as it is: nothing overflows, axe-core finds nothing, and a screenshot.
async fn check_view(app: &App, name: &str, (width, height): (u32, u32)) {
    let overflowing = app.overflowing().await.unwrap();
    app.rest_pointer().await.unwrap();
    let shot = app
        .screenshot(&screenshot_dir(), &format!("{name}-{width}x{height}"))
        .await
        .unwrap();
    assert!(
        overflowing.is_empty(),
        "{name} at {width}×{height} overflows ({}): {overflowing:#?}",
        shot.display()
    );
    let violations = app.axe_violations().await.unwrap();
    assert!(
        violations.is_empty(),
        "{name} at {width}×{height}: axe-core found {violations:#?}"
    );
}

/// Every view at 1024×768 and 1280×800: no main container overflows sideways, the cart's
/// names are never squeezed to a few letters, the refund form is in view, axe-core reports
/// nothing; a screenshot of each (docs/ has them).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_counter_every_view_fits_at_1024_and_1280_with_no_axe_violation() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    // The checks can fail: an image without a text, a box wider than its panel, a cut
    // placeholder and a cut choice are found.
    app.wait_css(&tile("latte")).await.unwrap();
    app.js("const i = document.createElement('img'); i.id = 'axe-probe'; i.src = 'icon.svg'; \
            document.getElementById('products-title').after(i); \
            const w = document.createElement('div'); w.id = 'wide-probe'; w.style.width = '5000px'; w.style.height = '1px'; \
            document.getElementById('cart-lines').before(w); \
            const p = document.createElement('input'); p.id = 'placeholder-probe'; p.placeholder = 'A placeholder far too long'; \
            p.style.width = '60px'; p.setAttribute('aria-label', 'probe'); w.after(p); \
            const s = document.createElement('select'); s.id = 'select-probe'; s.style.width = '60px'; \
            s.setAttribute('aria-label', 'probe'); s.append(new Option('A choice far too long')); p.after(s);")
        .await
        .unwrap();
    let found = app.axe_violations().await.unwrap();
    assert!(
        found
            .iter()
            .any(|v| v.starts_with("image-alt") && v.contains("#axe-probe")),
        "{found:?}"
    );
    let overflowing = app.overflowing().await.unwrap();
    for probe in ["cart-panel", "#placeholder-probe", "#select-probe"] {
        assert!(
            overflowing.iter().any(|o| o.contains(probe)),
            "{probe}: {overflowing:?}"
        );
    }
    app.js("for (const id of ['axe-probe', 'wide-probe', 'placeholder-probe', 'select-probe']) document.getElementById(id).remove();")
        .await
        .unwrap();

    // Sales before this one, so the last-sales strip has more than fits and History a list.
    {
        let mut ledger = app.ledger().unwrap();
        generate::generate(
            &mut ledger,
            &GenerateOptions {
                seed: 22,
                days: 14,
                ..GenerateOptions::new(40, Mode::Training, now_ms() - 3_600_000)
            },
        )
        .unwrap();
    }
    let sale_id = paid_sale(&app, &sim).await;
    app.click_css("#checkout-new").await.unwrap();
    for slug in ["beans", "cookie", "croissant", "latte", "chai"] {
        app.click_css(&tile(slug)).await.unwrap();
    }
    app.wait_text("#cart-lines", |t| t.contains("Chai Latte"))
        .await
        .unwrap();
    for size in SIZES {
        app.set_size(size.0, size.1).await.unwrap();
        // The register with a cart: every name has room for words, not letters.
        app.wait_css("#register:not([hidden])").await.unwrap();
        let narrowest = app
            .js("return Math.min(...[...document.querySelectorAll('.line-name')].map((n) => n.getBoundingClientRect().width));")
            .await
            .unwrap()
            .as_f64()
            .unwrap();
        assert!(
            narrowest >= 150.0,
            "a cart name is {narrowest} px wide at {size:?}"
        );
        // The last sales: only whole chips, inside the strip, at least three of them.
        let chips = app
            .js("const list = document.getElementById('recent-list').getBoundingClientRect(); \
                 const shown = [...document.querySelectorAll('#recent-list > li:not([hidden])')]; \
                 const inside = shown.every((li) => { const r = li.getBoundingClientRect(); \
                   return r.left >= list.left - 1 && r.right <= list.right + 1 && r.bottom <= list.bottom + 1; }); \
                 return inside ? shown.length : -1;")
            .await
            .unwrap()
            .as_i64()
            .unwrap();
        assert!(
            chips >= 3,
            "{chips} whole chips at {size:?} (-1: one is cut)"
        );
        check_view(&app, "register", size).await;
    }

    // History asks for the PIN first (the dialog is checked too).
    app.click_css("#history-tab").await.unwrap();
    app.wait_css("#pin-dialog:not([hidden])").await.unwrap();
    check_view(&app, "pin", SIZES[1]).await;
    choose_pin(&app).await;
    // Empty date filters look empty (no grey date that reads as set).
    let colour = app
        .js("return getComputedStyle(document.getElementById('h-from')).color;")
        .await
        .unwrap();
    assert_eq!(colour.as_str(), Some("rgba(0, 0, 0, 0)"));
    // History, with the sale open: the refund form in view without scrolling.
    app.click_css(&format!(
        r#".history-row[data-sale-id="{sale_id}"] .h-items"#
    ))
    .await
    .unwrap();
    app.wait_css("#sale-detail #refund-form:not([hidden])")
        .await
        .unwrap();
    for size in SIZES {
        app.set_size(size.0, size.1).await.unwrap();
        app.wait_js(
            "(() => { const r = document.getElementById('refund-submit').getBoundingClientRect(); \
             return r.height > 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth; })()",
        )
        .await
        .unwrap();
        check_view(&app, "history", size).await;
    }
    app.click_css(r#".side-tab[data-side="report"]"#)
        .await
        .unwrap();
    app.wait_css("#report-charts img.chart").await.unwrap();
    for size in SIZES {
        app.set_size(size.0, size.1).await.unwrap();
        check_view(&app, "history-report", size).await;
    }

    for (tab, view) in [
        ("#members-tab", "members"),
        ("#settings-tab", "settings"),
        ("#testcards-tab", "testcards"),
    ] {
        app.click_css(tab).await.unwrap();
        app.wait_css(&format!(r#"[data-view-panel="{view}"]:not([hidden])"#))
            .await
            .unwrap();
        for size in SIZES {
            app.set_size(size.0, size.1).await.unwrap();
            // Every panel holds what it draws (the test cards' last row was drawn outside it).
            let spilled = app
                .js("return [...document.querySelectorAll('[data-view-panel]:not([hidden]) .panel')] \
                     .filter((p) => p.scrollHeight > p.clientHeight + 1 && getComputedStyle(p).overflowY === 'visible') \
                     .map((p) => p.className);")
                .await
                .unwrap();
            assert_eq!(spilled, serde_json::json!([]), "{view} at {size:?}");
            check_view(&app, view, size).await;
        }
    }

    // The dialogs and the payment panel, at the smaller size.
    let size = SIZES[0];
    app.set_size(size.0, size.1).await.unwrap();
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    app.waiting_sale_id().await.unwrap();
    app.wait_css("#checkout-qr svg").await.unwrap();
    check_view(&app, "checkout", size).await;
    app.press(keys::F8).await.unwrap();
    app.wait_css("#confirm-dialog:not([hidden])").await.unwrap();
    check_view(&app, "cancel-confirm", size).await;
    app.press(keys::F8).await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Cancelled")
        .await
        .unwrap();
    check_view(&app, "cancelled", size).await;
    app.press(keys::ENTER).await.unwrap();
    app.press(keys::F2).await.unwrap();
    app.wait_css("#member-dialog:not([hidden])").await.unwrap();
    check_view(&app, "member-lookup", size).await;
    app.close().await.unwrap();
}

/// The owner refunds part of a sale: the amount field starts empty, a refused amount stays as
/// typed with the reason beside it and in view, and nothing moves before the owner confirms
/// the amount and what it does; "Don't refund" refunds nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_counter_refund_confirms_and_a_refused_amount_stays_as_typed() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    app.set_size(1024, 768).await.unwrap();
    let sale_id = paid_sale(&app, &sim).await;
    app.click_css("#checkout-new").await.unwrap();
    app.click_css("#history-tab").await.unwrap();
    choose_pin(&app).await;
    app.click_css(&format!(
        r#".history-row[data-sale-id="{sale_id}"] .h-items"#
    ))
    .await
    .unwrap();
    let amount = app
        .wait_css("#sale-detail #refund-form:not([hidden]) #refund-amount")
        .await
        .unwrap();
    assert_eq!(amount.prop("value").await.unwrap().as_deref(), Some(""));
    let requests = || {
        app.ledger()
            .unwrap()
            .refund_requests_of_sale(&sale_id)
            .unwrap()
            .len()
    };

    // Refused amounts: the field keeps them, the reason shows beside it, in view.
    for (typed, reason) in [
        ("3,50", "point before the cents"),
        ("100", "more than what is left to refund"),
        ("", "Type the amount to refund"),
    ] {
        fill(&app, "#refund-amount", typed).await;
        app.click_css("#refund-submit").await.unwrap();
        let error = app
            .wait_text("#refund-error", |t| t.contains(reason))
            .await
            .unwrap();
        assert!(!error.contains("digits only"), "{error}");
        let field = app.wait_css("#refund-amount").await.unwrap();
        assert_eq!(field.prop("value").await.unwrap().as_deref(), Some(typed));
        app.wait_js(
            "(() => { const r = document.getElementById('refund-error').getBoundingClientRect(); \
             return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; })()",
        )
        .await
        .unwrap();
        assert!(
            app.attr("#confirm-dialog", "hidden")
                .await
                .unwrap()
                .is_some(),
            "no confirmation for a refused amount"
        );
    }
    app.screenshot(&screenshot_dir(), "refund-refused")
        .await
        .unwrap();
    assert_eq!(requests(), 0);

    // A good amount asks first, with the amount and what it does; focus on the safe answer.
    fill(&app, "#refund-amount", "5.00").await;
    app.click_css("#refund-submit").await.unwrap();
    let question = app
        .wait_text("#confirm-text", |t| !t.is_empty())
        .await
        .unwrap();
    assert!(
        question.starts_with("Refund $5.00 of $8.00 to Visa \u{b7}\u{b7}\u{b7}\u{b7}4242?"),
        "{question}"
    );
    assert_eq!(app.focused().await.unwrap(), "confirm-no");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "refund-confirm")
        .await
        .unwrap();
    app.wait_text("#confirm-yes", |t| t == "Refund $5.00")
        .await
        .unwrap();
    // Tab and Shift+Tab stay inside the dialog.
    for _ in 0..3 {
        app.press(keys::TAB).await.unwrap();
        let focused = app.focused().await.unwrap();
        assert!(
            focused.starts_with("confirm-"),
            "Tab left the dialog: {focused}"
        );
    }
    app.press_shifted(keys::TAB).await.unwrap();
    assert!(app.focused().await.unwrap().starts_with("confirm-"));
    // Enter on the safe answer, or Esc: nothing is refunded, the field is as typed.
    app.js("document.getElementById('confirm-no').focus();")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_js("document.getElementById('confirm-dialog').hidden")
        .await
        .unwrap();
    assert_eq!(requests(), 0);
    let field = app.wait_css("#refund-amount").await.unwrap();
    assert_eq!(field.prop("value").await.unwrap().as_deref(), Some("5.00"));
    app.click_css("#refund-submit").await.unwrap();
    app.wait_css("#confirm-dialog:not([hidden])").await.unwrap();
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('confirm-dialog').hidden")
        .await
        .unwrap();
    assert_eq!(requests(), 0);
    // Focus went back to where it was.
    assert_eq!(app.focused().await.unwrap(), "refund-submit");

    // Confirmed: refunded, and only what was typed. The question comes once the core has
    // checked the amount (and named the card): wait for it, as staff do.
    app.click_css("#refund-submit").await.unwrap();
    app.wait_css("#confirm-dialog:not([hidden])").await.unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#detail-refunds", |t| t.contains("$5.00"))
        .await
        .unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(sale.amount_refunded, 500);
    assert_eq!(sale.state, "paid");
    let field = app.wait_css("#refund-amount").await.unwrap();
    assert_eq!(field.prop("value").await.unwrap().as_deref(), Some(""));
    app.close().await.unwrap();
}

/// An unknown code never jams the scanner: the next scan replaces it, whether focus stayed in
/// the search box or went elsewhere. A name that matches two products shows both, calmly.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_counter_scan_unknown_then_good_and_a_name_with_two_matches() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    let barcode = |slug: &str| {
        let slug = slug.to_string();
        let app = &app;
        async move {
            let title = app
                .wait_css(&tile(&slug))
                .await
                .unwrap()
                .attr("title")
                .await
                .unwrap()
                .unwrap_or_default();
            title.split(" · ").nth(1).unwrap().to_string()
        }
    };
    let muffin = barcode("muffin").await;
    let cookie = barcode("cookie").await;

    // Focus nowhere in particular; the scanner types an unknown code, then a good one.
    app.click_css(".register-name").await.unwrap();
    app.type_keys("9999994000000\n").await.unwrap();
    app.wait_text("#search-message", |t| t.contains("9999994000000"))
        .await
        .unwrap();
    app.type_keys(&format!("{muffin}\n")).await.unwrap();
    app.wait_text("#cart-lines", |t| t.contains("Blueberry Muffin"))
        .await
        .unwrap();
    let search = app.wait_css("#search").await.unwrap();
    assert_eq!(search.prop("value").await.unwrap().as_deref(), Some(""));

    // Unknown again, then focus leaves the field before the good scan.
    app.type_keys("12345\n").await.unwrap();
    app.wait_text("#search-message", |t| t.contains("12345"))
        .await
        .unwrap();
    app.click_css(".register-name").await.unwrap();
    app.type_keys(&format!("{cookie}\n")).await.unwrap();
    app.wait_text("#cart-lines", |t| t.contains("Chocolate Chip Cookie"))
        .await
        .unwrap();
    assert_eq!(search.prop("value").await.unwrap().as_deref(), Some(""));

    // A name and Enter: two lattes match; both show, no red barcode error.
    app.type_keys("latte\n").await.unwrap();
    let message = app
        .wait_text("#search-message", |t| t.contains("match"))
        .await
        .unwrap();
    assert!(message.starts_with("2 products match"), "{message}");
    let class = app
        .attr("#search-message", "class")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(!class.contains("form-error"), "{class}");
    assert!(app.attr("#toast", "hidden").await.unwrap().is_some());
    let tiles = app
        .client
        .find_all(fantoccini::Locator::Css("#product-grid .product-tile"))
        .await
        .unwrap();
    assert_eq!(tiles.len(), 2);
    app.screenshot(&screenshot_dir(), "search-two-matches")
        .await
        .unwrap();
    // And a scan right after it still starts from an empty field.
    app.type_keys(&format!("{muffin}\n")).await.unwrap();
    app.wait_text("#cart-lines", |t| {
        t.contains("Blueberry Muffin") && t.contains("2")
    })
    .await
    .unwrap();
    quantity_is(&app, "muffin", "2").await;
    app.close().await.unwrap();
}

/// F9 charges, F8 asks (F4 behind the question does nothing), F8 again cancels; focus lands
/// on New sale, Enter starts it with an empty cart. F4 after a cancelled sale does the same;
/// Esc goes back to the cart with its items.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_counter_f8_then_enter_starts_a_new_sale() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    let cart_size = || async {
        app.client
            .find_all(fantoccini::Locator::Css("#cart-lines .cart-line"))
            .await
            .unwrap()
            .len()
    };

    app.click_css(&tile("latte")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    app.press(keys::F9).await.unwrap();
    let first = app.waiting_sale_id().await.unwrap();
    // A tap while the customer pays is refused, and the message goes once the sale ends.
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#toast", |t| {
        t == "Finish or cancel the current payment first."
    })
    .await
    .unwrap();
    app.press(keys::F8).await.unwrap();
    app.wait_text("#confirm-text", |t| t.contains("$4.75"))
        .await
        .unwrap();
    app.press(keys::F4).await.unwrap();
    app.press(keys::F9).await.unwrap();
    assert_eq!(
        app.ledger().unwrap().require_sale(&first).unwrap().state,
        "awaiting_payment",
        "nothing happened behind the question"
    );
    app.press(keys::F8).await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Cancelled")
        .await
        .unwrap();
    app.wait_js("document.activeElement.id === 'checkout-new'")
        .await
        .unwrap();
    app.wait_js("document.getElementById('toast').hidden")
        .await
        .unwrap();
    let after = app
        .wait_text("#checkout-after", |t| !t.is_empty())
        .await
        .unwrap();
    assert!(after.contains("1 item"), "{after}");
    app.wait_text("#checkout-new", |t| t == "Clear cart, new sale")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_css("#cart-panel:not([hidden])").await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();
    assert_eq!(cart_size().await, 0);
    assert_eq!(app.focused().await.unwrap(), "search");

    // F4 after a cancelled sale: a new sale too.
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$3.25")
        .await
        .unwrap();
    app.press(keys::F9).await.unwrap();
    app.waiting_sale_id().await.unwrap();
    app.click_css("#checkout-cancel").await.unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Cancelled")
        .await
        .unwrap();
    app.press(keys::F4).await.unwrap();
    app.wait_css("#cart-panel:not([hidden])").await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();

    // Esc (Back to the cart) keeps the items; Charge again is a new sale.
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$3.25")
        .await
        .unwrap();
    app.press(keys::F9).await.unwrap();
    let third = app.waiting_sale_id().await.unwrap();
    app.press(keys::F8).await.unwrap();
    app.wait_css("#confirm-dialog:not([hidden])").await.unwrap();
    app.press(keys::F8).await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Cancelled")
        .await
        .unwrap();
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_css("#cart-panel:not([hidden])").await.unwrap();
    app.wait_text("#cart-total", |t| t == "$3.25")
        .await
        .unwrap();
    app.press(keys::F9).await.unwrap();
    let fourth = app.waiting_sale_id().await.unwrap();
    assert_ne!(
        fourth, third,
        "a cancelled sale is never shown again as the new one"
    );

    // The customer pays while staff are asked whether to cancel: the question goes, the sale
    // is paid, and New sale has focus.
    app.press(keys::F8).await.unwrap();
    app.wait_css("#confirm-dialog:not([hidden])").await.unwrap();
    let session = app.session_of(&fourth).unwrap();
    sim.pay(&session, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.wait_js("document.getElementById('confirm-dialog').hidden && document.activeElement.id === 'checkout-new'")
        .await
        .unwrap();
    app.wait_text("#checkout-new", |t| t == "New sale")
        .await
        .unwrap();

    // The next customer's first scan, with the paid sale still on screen, starts the new sale.
    let title = app
        .wait_css(&tile("cookie"))
        .await
        .unwrap()
        .attr("title")
        .await
        .unwrap()
        .unwrap_or_default();
    let barcode = title.split(" · ").nth(1).unwrap().to_string();
    app.type_keys(&format!("{barcode}\n")).await.unwrap();
    app.wait_css("#cart-panel:not([hidden])").await.unwrap();
    app.wait_text("#cart-total", |t| t == "$2.50")
        .await
        .unwrap();
    assert_eq!(cart_size().await, 1);
    app.close().await.unwrap();
}

/// − / + / × pressed from the keyboard keep focus in the cart, on the same control (or the
/// next line's, or the cart's heading): the next Space never lands in the search box.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_counter_keyboard_quantity_buttons_keep_focus_in_the_cart() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$8.00")
        .await
        .unwrap();
    let line = |slug: &str, action: &str| {
        format!(r#".cart-line[data-price-id="price_demo_{slug}_usd"] [data-action="{action}"]"#)
    };
    let focused_is = |selector: String| {
        let app = &app;
        async move {
            app.wait_js(&format!(
                "document.activeElement === document.querySelector('{}')",
                selector.replace('\'', "\\'")
            ))
            .await
            .unwrap();
        }
    };
    app.js(&format!(
        "document.querySelector('{}').focus();",
        line("latte", "more")
    ))
    .await
    .unwrap();
    app.press(keys::SPACE).await.unwrap();
    quantity_is(&app, "latte", "2").await;
    focused_is(line("latte", "more")).await;
    app.press(keys::ENTER).await.unwrap();
    quantity_is(&app, "latte", "3").await;
    focused_is(line("latte", "more")).await;
    app.press_shifted(keys::TAB).await.unwrap();
    focused_is(line("latte", "less")).await;
    app.press(keys::SPACE).await.unwrap();
    quantity_is(&app, "latte", "2").await;
    focused_is(line("latte", "less")).await;
    // × on the latte: focus moves to the muffin's ×; × again: the cart's heading.
    app.js(&format!(
        "document.querySelector('{}').focus();",
        line("latte", "remove")
    ))
    .await
    .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$3.25")
        .await
        .unwrap();
    focused_is(line("muffin", "remove")).await;
    app.press(keys::SPACE).await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();
    focused_is("#cart-title".to_string()).await;
    app.press(keys::SPACE).await.unwrap();
    let search = app.wait_css("#search").await.unwrap();
    assert_eq!(search.prop("value").await.unwrap().as_deref(), Some(""));

    // A product tile reached with Tab shows a ring of its own (hover only colours the border).
    app.js(
        "const tabs = document.querySelectorAll('.category-tab'); tabs[tabs.length - 1].focus();",
    )
    .await
    .unwrap();
    app.press(keys::TAB).await.unwrap();
    app.wait_js("document.activeElement.classList.contains('product-tile')")
        .await
        .unwrap();
    let ring = app
        .js("const s = getComputedStyle(document.activeElement); return `${s.outlineStyle} ${s.outlineWidth}`;")
        .await
        .unwrap();
    assert_eq!(ring.as_str(), Some("solid 3px"));
    let other = app
        .js("const s = getComputedStyle(document.querySelectorAll('.product-tile')[1]); return s.outlineStyle;")
        .await
        .unwrap();
    assert_eq!(other.as_str(), Some("none"));

    // The last sales are reachable from the keyboard: each is a button.
    app.click_css(&tile("latte")).await.unwrap();
    // Charge is enabled once the cart has the latte (a click before that does nothing).
    app.wait_text("#charge", |t| t.starts_with("Charge $"))
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    app.waiting_sale_id().await.unwrap();
    app.wait_css("#recent-list button.recent-item")
        .await
        .unwrap();
    app.js("document.getElementById('checkout-cancel').focus();")
        .await
        .unwrap();
    app.press(keys::TAB).await.unwrap();
    app.wait_js("document.activeElement.classList.contains('recent-item')")
        .await
        .unwrap();
    app.close().await.unwrap();
}

/// F9 and F4 act only on the register, and never behind a dialog; Tab stays inside the PIN
/// dialog and the member lookup, and focus comes back when they close.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_counter_shortcuts_only_on_the_register_and_never_behind_a_dialog() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    app.click_css(&tile("latte")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    let sales = || {
        app.ledger()
            .unwrap()
            .recent_sales("training", None, 10)
            .unwrap()
            .len()
    };

    // In Test cards: F9 and F4 do nothing.
    app.click_css("#testcards-tab").await.unwrap();
    app.wait_css("#testcards-view:not([hidden])").await.unwrap();
    app.press(keys::F9).await.unwrap();
    app.press(keys::F4).await.unwrap();
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    assert_eq!(sales(), 0);
    assert!(app.opened_urls().is_empty());

    // Behind the member lookup: nothing; Tab stays inside; Esc gives focus back.
    app.click_css("#member-lookup-open").await.unwrap();
    app.wait_js("document.activeElement.id === 'member-lookup-email'")
        .await
        .unwrap();
    app.press(keys::F4).await.unwrap();
    app.press(keys::F9).await.unwrap();
    for _ in 0..4 {
        app.press(keys::TAB).await.unwrap();
        let inside = app
            .js("return document.getElementById('member-dialog').contains(document.activeElement);")
            .await
            .unwrap();
        assert_eq!(inside.as_bool(), Some(true), "Tab left the member lookup");
    }
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('member-dialog').hidden")
        .await
        .unwrap();
    assert_eq!(app.focused().await.unwrap(), "member-lookup-open");
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    assert_eq!(sales(), 0);

    // Behind the PIN dialog: nothing; Tab stays inside; Esc gives focus back to the tab.
    app.click_css("#history-tab").await.unwrap();
    app.wait_text("#pin-title", |t| t == "Choose the owner PIN")
        .await
        .unwrap();
    app.press(keys::F4).await.unwrap();
    app.press(keys::F9).await.unwrap();
    for _ in 0..6 {
        app.press(keys::TAB).await.unwrap();
        let inside = app
            .js("return document.getElementById('pin-dialog').contains(document.activeElement);")
            .await
            .unwrap();
        assert_eq!(inside.as_bool(), Some(true), "Tab left the PIN dialog");
    }
    app.press_shifted(keys::TAB).await.unwrap();
    let inside = app
        .js("return document.getElementById('pin-dialog').contains(document.activeElement);")
        .await
        .unwrap();
    assert_eq!(
        inside.as_bool(),
        Some(true),
        "Shift+Tab left the PIN dialog"
    );
    app.press(keys::ESCAPE).await.unwrap();
    app.wait_js("document.getElementById('pin-dialog').hidden")
        .await
        .unwrap();
    assert_eq!(app.focused().await.unwrap(), "history-tab");
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    assert_eq!(sales(), 0);
    assert!(app.opened_urls().is_empty());

    // In History itself (signed in): F9 and F4 do nothing either.
    app.click_css("#history-tab").await.unwrap();
    choose_pin(&app).await;
    app.wait_css("#history-view:not([hidden])").await.unwrap();
    app.js("document.getElementById('history-export').focus();")
        .await
        .unwrap();
    app.press(keys::F9).await.unwrap();
    app.press(keys::F4).await.unwrap();
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$4.75")
        .await
        .unwrap();
    assert_eq!(sales(), 0);
    assert!(app.opened_urls().is_empty());

    // On the register itself, F9 charges.
    app.press(keys::F9).await.unwrap();
    app.waiting_sale_id().await.unwrap();
    assert_eq!(sales(), 1);
    app.close().await.unwrap();
}

/// A test-card run while the staff have a cart: the run is paid, and the register comes back
/// with the cart exactly as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_counter_a_test_card_run_leaves_the_cart_as_it_was() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("muffin")).await.unwrap();
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$11.25")
        .await
        .unwrap();

    app.click_css("#testcards-tab").await.unwrap();
    app.click_css(r#"tr[data-card="4242424242424242"] button.run"#)
        .await
        .unwrap();
    app.pay_waiting_sale(&sim).await.unwrap();
    app.wait_text("#checkout-after", |t| t.contains("cart is as it was"))
        .await
        .unwrap();
    app.wait_text("#checkout-new", |t| t == "Back to the register")
        .await
        .unwrap();
    app.click_css("#checkout-new").await.unwrap();
    app.wait_css("#cart-panel:not([hidden])").await.unwrap();
    app.wait_text("#cart-total", |t| t == "$11.25")
        .await
        .unwrap();
    quantity_is(&app, "muffin", "2").await;
    app.close().await.unwrap();
}
