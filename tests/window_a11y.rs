//! A whole card sale with the keyboard alone, through the real window and the simulator:
//! search and add by name, a quantity, charge, paid, the next sale, and History reached and
//! the sale opened with Tab and Enter. No click anywhere; focus is never lost to the page
//! (`body`) along the way.

use till_harness::{keys, App};

/// Presses Tab until `expression` (about `document.activeElement`) holds; at most `limit`
/// times. Returns how many presses it took.
async fn tab_until(app: &App, expression: &str, limit: usize) -> usize {
    for presses in 0..=limit {
        let script = format!("const a = document.activeElement; return Boolean({expression});");
        if app.js(&script).await.unwrap().as_bool() == Some(true) {
            return presses;
        }
        assert_ne!(
            app.focused().await.unwrap(),
            "body",
            "focus fell to the page after {presses} Tab presses"
        );
        app.press(keys::TAB).await.unwrap();
    }
    panic!("`{expression}` never had focus in {limit} Tab presses");
}

/// A simulator and Till against it (with `env` added), its register's tiles on screen.
async fn register_on_screen(env: &[(&str, &str)]) -> (stripe_sim::SimHandle, App) {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let mut vars = vec![("TILL_STRIPE_API_BASE".to_string(), sim.base_url())];
    vars.extend(env.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    let app = App::launch_with(till_harness::LaunchOptions { env: vars })
        .await
        .expect("launching Till");
    app.wait_css(r#".product-tile[data-price-id="price_demo_muffin_usd"]"#)
        .await
        .unwrap();
    (sim, app)
}

/// Types digits into the focused PIN field, then Tab to the next.
async fn type_pin(app: &App) {
    app.type_keys("2468").await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_a11y_a_whole_card_sale_and_history_without_the_mouse() {
    let (sim, app) = register_on_screen(&[]).await;

    // Typing on the register goes to the search box, wherever focus is: a name and Enter adds
    // the one product it matches.
    app.type_keys("muffin\n").await.unwrap();
    app.wait_css(r#".cart-line[data-price-id="price_demo_muffin_usd"]"#)
        .await
        .unwrap();
    app.wait_js(
        "document.activeElement.id === 'search' && document.getElementById('search').value === ''",
    )
    .await
    .unwrap();
    app.type_keys("croissant\n").await.unwrap();
    app.wait_css(r#".cart-line[data-price-id="price_demo_croissant_usd"]"#)
        .await
        .unwrap();

    // A second muffin: Tab to its "one more" button and press Space.
    tab_until(
        &app,
        r#"a.dataset.action === 'more' && a.closest('.cart-line')?.dataset.priceId === 'price_demo_muffin_usd'"#,
        60,
    )
    .await;
    app.press(keys::SPACE).await.unwrap();
    app.wait_text(
        r#".cart-line[data-price-id="price_demo_muffin_usd"] .qty-value"#,
        |t| t == "2",
    )
    .await
    .unwrap();
    assert_ne!(app.focused().await.unwrap(), "body");
    let total = app
        .wait_text("#cart-total", |t| !t.is_empty())
        .await
        .unwrap();

    // F9 charges; the payment page opens; the customer pays; New sale has focus.
    app.press(keys::F9).await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(
        till_core::money::Money::new(sale.amount_total, sale.currency)
            .format(till_core::money::Locale::EnglishUnitedStates),
        total,
        "the ledger records what the cart showed"
    );
    let session_id = sale.session_id.unwrap();
    assert_eq!(
        sim.session(&session_id).unwrap()["amount_total"],
        sale.amount_total,
        "Stripe charges what the ledger records"
    );
    sim.pay(&session_id, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.wait_js("document.activeElement.id === 'checkout-new'")
        .await
        .unwrap();

    // Enter: the next sale, empty cart, focus back in the search box.
    app.press(keys::ENTER).await.unwrap();
    app.wait_css("#cart-panel:not([hidden])").await.unwrap();
    app.wait_js("document.activeElement.id === 'search' && document.querySelectorAll('#cart-lines .cart-line').length === 0")
        .await
        .unwrap();

    // History by Tab and Enter; the owner PIN chosen by keyboard; the sale opened with Enter.
    tab_until(&app, "a.id === 'history-tab'", 80).await;
    app.press(keys::ENTER).await.unwrap();
    app.wait_css("#pin-dialog:not([hidden])").await.unwrap();
    app.wait_js("document.activeElement.id === 'pin-input'")
        .await
        .unwrap();
    type_pin(&app).await;
    app.press(keys::TAB).await.unwrap();
    app.wait_js("document.activeElement.id === 'pin-confirm'")
        .await
        .unwrap();
    type_pin(&app).await;
    app.press(keys::ENTER).await.unwrap();
    app.wait_js("document.getElementById('pin-dialog').hidden")
        .await
        .unwrap();
    let row = format!(r#".history-row[data-sale-id="{sale_id}"]"#);
    app.wait_css(&row).await.unwrap();
    tab_until(&app, &format!("a.dataset.saleId === '{sale_id}'"), 80).await;
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#sale-detail", |t| {
        t.contains(&sale_id) && t.contains("Paid")
    })
    .await
    .unwrap();
    assert_ne!(app.focused().await.unwrap(), "body");
    app.close().await.unwrap();
}

/// The dark theme (the desktop's dark GTK theme; WebKitGTK then reports
/// `prefers-color-scheme: dark`) passes axe-core, contrast included, on every view, as the
/// light one does in `window_counter`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_a11y_the_dark_theme_passes_axe_on_every_view() {
    let (_sim, app) = register_on_screen(&[("GTK_THEME", "Adwaita:dark")]).await;
    app.wait_js("window.matchMedia('(prefers-color-scheme: dark)').matches")
        .await
        .expect("the page is in the dark theme");
    let mut found = Vec::new();
    for view in ["register", "settings", "members", "history"] {
        app.click_css(&format!(".view-tab[data-view='{view}']"))
            .await
            .unwrap();
        // The owner guard asks the core first: wait for its answer (the view, or the PIN).
        app.wait_js(&format!(
            "!document.getElementById('pin-dialog').hidden || !document.querySelector('main[data-view-panel=\"{view}\"]').hidden"
        ))
        .await
        .unwrap();
        if app
            .js("return !document.getElementById('pin-dialog').hidden;")
            .await
            .unwrap()
            .as_bool()
            == Some(true)
        {
            // The owner PIN, chosen the first time a guarded view opens.
            app.type_keys("2468").await.unwrap();
            app.press(keys::TAB).await.unwrap();
            app.type_keys("2468\n").await.unwrap();
            app.wait_js("document.getElementById('pin-dialog').hidden")
                .await
                .unwrap();
        }
        app.wait_js(&format!(
            "!document.querySelector('main[data-view-panel=\"{view}\"]').hidden"
        ))
        .await
        .unwrap();
        if view == "settings" {
            // Filled from the core once shown.
            app.wait_text("#set-register-id", |t| t.starts_with("reg_"))
                .await
                .unwrap();
        }
        for violation in app.axe_violations().await.unwrap() {
            found.push(format!("{view}: {violation}"));
        }
    }
    assert!(found.is_empty(), "axe-core in the dark theme: {found:#?}");
    app.close().await.unwrap();
}

/// What a screen reader sees (AT-SPI, over the test D-Bus session's accessibility bus, read
/// with pyatspi by `tests/tools/atspi_tree.py`): the search box, the product tiles with their
/// prices, Charge, and the payment status as a live status, with names and roles.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_a11y_a_screen_reader_sees_search_tiles_charge_and_the_status() {
    let (_sim, app) = register_on_screen(&[]).await;

    let data_dir = app.data_dir.path().to_string_lossy().into_owned();
    let tree = |until: &'static str| {
        let data_dir = data_dir.clone();
        async move {
            let script =
                std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/atspi_tree.py");
            // The tree follows the page a moment later: ask again until `until` is in it.
            let mut last = String::new();
            for _ in 0..100 {
                let output = tokio::process::Command::new("/usr/bin/python3")
                    .arg(&script)
                    .arg(&data_dir)
                    .output()
                    .await
                    .expect(
                        "running tests/tools/atspi_tree.py (scripts/deps.sh test installs pyatspi)",
                    );
                last = String::from_utf8_lossy(&output.stderr).into_owned();
                if output.status.success() {
                    let nodes: Vec<serde_json::Value> =
                        serde_json::from_slice(&output.stdout).unwrap();
                    if nodes
                        .iter()
                        .any(|n| n["name"] == until || n["text"] == until)
                    {
                        return nodes;
                    }
                    last = format!("{nodes:#?}");
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            panic!("{until:?} never reached AT-SPI: {last}");
        }
    };
    let has = |nodes: &[serde_json::Value], role: &str, name: &str| {
        nodes.iter().any(|n| n["role"] == role && n["name"] == name)
    };

    // The register, before a sale.
    let nodes = tree("Charge").await;
    assert!(
        has(&nodes, "entry", "Search products or scan a barcode"),
        "the search box is an entry with its name: {nodes:#?}"
    );
    assert!(
        has(&nodes, "push button", "Blueberry Muffin $3.25"),
        "a product tile is a button named by product and price: {nodes:#?}"
    );
    assert!(has(&nodes, "push button", "Charge"), "{nodes:#?}");
    assert!(has(&nodes, "push button", "History"), "{nodes:#?}");

    // A sale waiting for the customer: the status is a live status with its words.
    app.click_css(r#".product-tile[data-price-id="price_demo_muffin_usd"]"#)
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    app.waiting_sale_id().await.unwrap();
    let nodes = tree("Waiting for the customer").await;
    let status = nodes
        .iter()
        .find(|n| n["text"] == "Waiting for the customer")
        .unwrap();
    assert_eq!(
        status["role"], "status bar",
        "ARIA role=status reaches AT-SPI as a status: {nodes:#?}"
    );
    app.close().await.unwrap();
}
