//! Real-window tests: the built Till app driven through tauri-driver under a display.
//! Run by scripts/test after the unit and integration tests (`cargo test --workspace --test window`).

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

/// The one list of the window's IPC commands, for the tests that call them all.
#[path = "../src-tauri/src/command_list.rs"]
#[allow(dead_code)]
mod command_list;

#[path = "window_settings.rs"]
mod window_settings;

#[path = "window_history.rs"]
mod window_history;

#[path = "window_members.rs"]
mod window_members;

#[path = "window_counter.rs"]
mod window_counter;

#[path = "window_i18n.rs"]
mod window_i18n;

#[path = "window_a11y.rs"]
mod window_a11y;

#[path = "window_cash.rs"]
mod window_cash;

#[path = "window_receipt.rs"]
mod window_receipt;

#[path = "window_catalog_tax.rs"]
mod window_catalog_tax;
#[path = "window_customer.rs"]
mod window_customer;
#[path = "window_discount.rs"]
mod window_discount;
#[path = "window_park.rs"]
mod window_park;
#[path = "window_staff.rs"]
mod window_staff;
#[path = "window_tax.rs"]
mod window_tax;

mod window {
    use std::path::PathBuf;

    use till_harness::App;

    fn screenshot_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn register_skeleton_renders_and_status_command_answers() {
        let app = App::launch().await.expect("launching Till");

        assert_eq!(app.client.title().await.unwrap(), "Till");
        // The register skeleton: product area, cart area, status bar with the mode badge.
        app.wait_css("#product-grid").await.unwrap();
        app.wait_css("#cart-lines").await.unwrap();
        let badge = app.wait_css("#mode-badge").await.unwrap();
        assert_eq!(badge.text().await.unwrap(), "TRAINING");
        let charge = app.wait_css("#charge").await.unwrap();
        assert!(
            !charge.is_enabled().await.unwrap(),
            "Charge must be disabled on an empty cart"
        );

        // Press a button that calls an app command; the answer shows on screen.
        app.click_css("#status-refresh").await.unwrap();
        let status = app
            .wait_text("#status-text", |t| t.contains("training mode"))
            .await
            .unwrap();
        assert!(
            status.starts_with(&format!("Till {}", env!("CARGO_PKG_VERSION"))),
            "status text was {status:?}"
        );

        let shot = app
            .screenshot(&screenshot_dir(), "register-skeleton")
            .await
            .unwrap();
        let bytes = std::fs::read(&shot).unwrap();
        assert!(bytes.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        app.close().await.unwrap();
    }
}

mod window_sale {
    use std::path::PathBuf;

    use till_harness::App;

    fn screenshot_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
    }

    /// Click a product, scan another, Charge, the customer pays with 4242: "Paid" on screen
    /// and in the ledger, and the session URL was handed to the browser.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn window_sale_by_click_and_scanner_is_paid() {
        let sim = stripe_sim::start(stripe_sim::SimConfig::default())
            .await
            .unwrap();
        let app = App::launch_against(&sim.base_url())
            .await
            .expect("launching Till");

        // Click: a latte.
        let latte = app
            .wait_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
            .await
            .unwrap();
        latte.click().await.unwrap();
        app.wait_text("#cart-lines", |t| t.contains("Caffè Latte"))
            .await
            .unwrap();

        // Scanner: the muffin's barcode typed anywhere, then Enter.
        let muffin = app
            .wait_css(r#".product-tile[data-price-id="price_demo_muffin_usd"]"#)
            .await
            .unwrap();
        let title = muffin.attr("title").await.unwrap().unwrap_or_default();
        let barcode = title
            .split(" · ")
            .nth(1)
            .expect("the tile shows SKU · barcode")
            .to_string();
        app.client
            .find(fantoccini::Locator::Css(".register-name"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        app.type_keys(&format!("{barcode}\n")).await.unwrap();
        app.wait_text("#cart-lines", |t| t.contains("Blueberry Muffin"))
            .await
            .unwrap();
        let total = app
            .wait_text("#cart-total", |t| t.contains("8.00"))
            .await
            .unwrap();
        assert_eq!(total, "$8.00");
        app.screenshot(&screenshot_dir(), "register-cart")
            .await
            .unwrap();

        app.click_css("#charge").await.unwrap();
        let sale_id = app.waiting_sale_id().await.unwrap();
        app.wait_css("#checkout-qr svg").await.unwrap();
        let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
        assert_eq!(sale.state, "awaiting_payment");
        assert_eq!(sale.amount_total, 800);
        let session_id = sale.session_id.clone().expect("the sale has its session");
        let url = sale.session_url.clone().unwrap();
        let opened = app.wait_opened_url(|u| u == url).await;
        assert!(
            opened.is_ok(),
            "the browser was asked to open {url}: {opened:?}"
        );
        app.screenshot(&screenshot_dir(), "checkout-waiting")
            .await
            .unwrap();

        // The customer pays at the simulator.
        sim.pay(&session_id, "4242424242424242").unwrap();
        app.wait_text("#checkout-status", |t| t == "Paid")
            .await
            .unwrap();
        let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
        assert_eq!(sale.state, "paid");
        assert!(sale.payment_intent_id.is_some());
        let timeline = app.ledger().unwrap().timeline(&sale_id).unwrap();
        assert_eq!(
            timeline
                .iter()
                .filter(|e| e.to_state.as_deref() == Some("paid"))
                .count(),
            1,
            "paid exactly once: {timeline:?}"
        );
        app.screenshot(&screenshot_dir(), "checkout-paid")
            .await
            .unwrap();

        // New sale: the register is empty again.
        app.click_css("#checkout-new").await.unwrap();
        app.wait_text("#charge", |t| t == "Charge").await.unwrap();
        app.close().await.unwrap();
    }
}

mod window_testcards {
    use std::path::PathBuf;

    use till_harness::App;

    fn screenshot_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
    }

    /// The seed's four cards run from the Test cards sheet; the customer pays through the
    /// simulator's helper; the sheet and the ledger record what Stripe reported.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn window_testcards_seed_cards_are_recorded() {
        let sim = stripe_sim::start(stripe_sim::SimConfig::default())
            .await
            .unwrap();
        let app = App::launch_against(&sim.base_url())
            .await
            .expect("launching Till");
        let tab = app.wait_css("#testcards-tab:not([hidden])").await.unwrap();
        let cards = [
            ("4242424242424242", None, "Paid", "paid ✓"),
            (
                "4000000000009995",
                None,
                "Declined — insufficient funds. Ask for another card.",
                "declined — insufficient funds ✓",
            ),
            (
                "4000002500003155",
                Some(true),
                "Paid",
                "3-D Secure, then paid ✓",
            ),
            (
                "4000000000000002",
                None,
                "Declined by the card's bank. Ask for another card.",
                "declined — generic decline ✓",
            ),
        ];
        for (number, three_d_secure, status, verdict) in cards {
            tab.click().await.unwrap();
            app.click_css(&format!(r#"tr[data-card="{number}"] button.run"#))
                .await
                .unwrap();
            let sale_id = app.waiting_sale_id().await.unwrap();
            let session = app.session_of(&sale_id).unwrap();
            sim.pay(&session, number).unwrap();
            if let Some(succeed) = three_d_secure {
                app.wait_text("#checkout-status", |t| t == "3-D Secure in progress")
                    .await
                    .unwrap();
                sim.complete_3ds(&session, succeed).unwrap();
            }
            app.wait_text("#checkout-status", |t| t == status)
                .await
                .unwrap();
            if number == "4000000000009995" {
                // The register with a declined card: the status line shows as a refusal.
                app.screenshot(&screenshot_dir(), "register-declined")
                    .await
                    .unwrap();
            }
            if status != "Paid" {
                // A declined run is left open for another card; cancel it (and confirm) to finish.
                app.click_css("#checkout-cancel").await.unwrap();
                app.click_css("#confirm-yes").await.unwrap();
                app.wait_text("#checkout-status", |t| t == "Cancelled")
                    .await
                    .unwrap();
            }
            app.click_css("#checkout-new").await.unwrap();
            tab.click().await.unwrap();
            app.wait_text(&format!(r#"tr[data-card="{number}"] .verdict"#), |t| {
                t == verdict
            })
            .await
            .unwrap();
        }
        app.screenshot(&screenshot_dir(), "testcards")
            .await
            .unwrap();
        let runs = app.ledger().unwrap().test_runs("training", 10).unwrap();
        let mut observed: Vec<(String, String, Option<bool>)> = runs
            .into_iter()
            .map(|r| (r.card, r.observed.unwrap_or_default(), r.matched))
            .collect();
        observed.reverse();
        assert_eq!(
            observed,
            vec![
                ("4242424242424242".into(), "paid".into(), Some(true)),
                (
                    "4000000000009995".into(),
                    "declined:insufficient_funds".into(),
                    Some(true)
                ),
                (
                    "4000002500003155".into(),
                    "three_d_secure_then_paid".into(),
                    Some(true)
                ),
                (
                    "4000000000000002".into(),
                    "declined:generic_decline".into(),
                    Some(true)
                ),
            ]
        );
        app.close().await.unwrap();
    }
}
