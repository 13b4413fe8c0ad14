//! Real-window tests of the Settings screen: a key entered, shown masked, removed; a leak
//! test that searches everything Till wrote or showed for the key; a keyring that cannot be
//! reached. Included by `window.rs` (module `window_settings`), so it runs in step 4 of
//! scripts/test, inside a private keyring.

use std::path::{Path, PathBuf};

use till_harness::{App, LaunchOptions};

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

/// A key nobody else uses: `sk_test_` + 24 random characters.
fn fresh_key(prefix: &str) -> String {
    let alphabet: Vec<char> = ('a'..='z').chain('0'..='9').collect();
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64
        ^ u64::from(std::process::id()) << 20;
    let tail: String = (0..24)
        .map(|_| {
            // xorshift: only uniqueness matters here.
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            alphabet[(seed % alphabet.len() as u64) as usize]
        })
        .collect();
    format!("{prefix}{tail}")
}

async fn launch(sim: &stripe_sim::SimHandle) -> App {
    App::launch_against(&sim.base_url())
        .await
        .expect("launching Till")
}

async fn open_settings(app: &App) {
    app.click_css(r#".view-tab[data-view="settings"]"#)
        .await
        .unwrap();
    if let Err(error) = app
        .wait_text("#set-register-id", |t| t.starts_with("reg_"))
        .await
    {
        // An intermittent failure (see the 2026-12-04 stop note): say what the window shows.
        let seen = app
            .js("return `active view: ${document.querySelector('.view-tab.active')?.dataset.view}; toast: ${document.getElementById('toast')?.textContent}; pin dialog hidden: ${document.getElementById('pin-dialog')?.hidden}`;")
            .await;
        panic!("Settings did not fill in: {error:#}; {seen:?}");
    }
}

async fn enter_key(app: &App, key: &str) {
    let input = app.wait_css("#key-input").await.unwrap();
    input.clear().await.unwrap();
    input.send_keys(key).await.unwrap();
    app.click_css("#key-save").await.unwrap();
}

async fn open_register(app: &App) {
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
}

/// The issue's window test: a test key entered on the Settings screen shows TEST and the
/// masked key (and the register runs in test mode); removed, Till is back in TRAINING.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_settings_test_key_shows_test_and_masked_then_training_when_removed() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    let badge = app.wait_css("#mode-badge").await.unwrap();
    assert_eq!(badge.text().await.unwrap(), "TRAINING");
    open_settings(&app).await;
    app.wait_text("#key-mode-badge", |t| t == "TRAINING")
        .await
        .unwrap();

    // A live key needs the typed confirmation before anything is sent to Stripe.
    let live = fresh_key(&["sk", "live", ""].join("_"));
    enter_key(&app, &live).await;
    app.wait_css("#live-confirm:not([hidden])").await.unwrap();
    let code = app.attr("#key-error", "data-code").await.unwrap();
    assert_eq!(code.as_deref(), Some("live_confirmation_required"));
    let confirm = app.wait_css("#live-confirm-input").await.unwrap();
    confirm.send_keys("live").await.unwrap();
    app.click_css("#key-save").await.unwrap();
    app.wait_text("#key-error", |t| t.contains("Type LIVE"))
        .await
        .unwrap();
    confirm.clear().await.unwrap();
    confirm.send_keys("LIVE").await.unwrap();
    app.click_css("#key-save").await.unwrap();
    // Confirmed, the key goes to Stripe; the simulator refuses live keys (401).
    app.wait_text("#key-error", |t| t.contains("refused this key"))
        .await
        .unwrap();
    app.wait_css("#live-confirm[hidden]").await.unwrap();
    assert_eq!(
        app.wait_css("#key-mode-badge")
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        "TRAINING"
    );

    let key = fresh_key("rk_test_window_");
    sim.restrict_key(
        &key,
        &[
            "rak_checkout_session_write",
            "rak_payment_intent_read",
            "rak_event_read",
            "rak_product_read",
        ],
    )
    .unwrap();
    enter_key(&app, &key).await;
    app.wait_text("#key-mode-badge", |t| t == "TEST")
        .await
        .unwrap();
    let masked = format!("rk_test_…{}", &key[key.len() - 4..]);
    app.wait_text("#key-masked", |t| t == masked).await.unwrap();
    app.wait_text("#mode-badge", |t| t == "TEST").await.unwrap();
    assert!(app
        .attr("#training-banner", "hidden")
        .await
        .unwrap()
        .is_some());
    assert_eq!(
        app.wait_css("#key-input")
            .await
            .unwrap()
            .prop("value")
            .await
            .unwrap()
            .as_deref(),
        Some(""),
        "the key must not stay in the field"
    );
    // The probe found Refunds missing: an optional permission, shown as such.
    app.wait_text("#key-warning", |t| t.contains("Refunds: Write"))
        .await
        .unwrap();
    app.wait_text(".permission-missing", |t| t.contains("Refunds: Write"))
        .await
        .unwrap();

    app.wait_text("#key-save", |t| t == "Check and replace key")
        .await
        .unwrap();
    // The settings screen as the README shows it (without the passing "Key saved" toast).
    app.client
        .execute(
            r#"document.getElementById("toast").hidden = true; return true;"#,
            vec![],
        )
        .await
        .unwrap();
    // Tests never write into the repository; docs/settings.png is copied from here by hand.
    app.screenshot(&screenshot_dir(), "settings").await.unwrap();

    // The log folder opens in the file manager (here: the test's BROWSER script via xdg-open).
    app.click_css("#open-logs").await.unwrap();
    let logs = app.data_dir.path().join("logs");
    app.wait_opened_url(|u| u.trim_end_matches('/').ends_with(&*logs.to_string_lossy()))
        .await
        .expect("the log folder was not opened");

    // The register restarted in test mode: its catalog comes from the (test-mode) simulator.
    open_register(&app).await;
    app.wait_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();

    open_settings(&app).await;
    app.wait_css("#key-remove:not([hidden])")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_css("#key-remove-confirm:not([hidden]) #key-remove-yes")
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    app.wait_text("#key-mode-badge", |t| t == "TRAINING")
        .await
        .unwrap();
    app.wait_text("#mode-badge", |t| t == "TRAINING")
        .await
        .unwrap();
    app.wait_text("#key-summary", |t| t.contains("No key"))
        .await
        .unwrap();
    app.close().await.unwrap();
}

/// Every file under a folder, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

/// After a key is set, a full sale (with a declined card first), refused keys and a Stripe
/// error: the key is in the keyring and nowhere else — not in the ledger (and its WAL), not
/// in any log file, not in any IPC reply, not in the page. (Refunds do not exist yet; the
/// error paths are a declined card, two refused keys and a failed catalog sync.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_settings_the_key_leaks_nowhere() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    app.wait_css("#product-grid").await.unwrap();
    // Record every IPC reply from here on, the start-up calls included.
    app.client
        .execute(
            r#"window.tillBeforeReload = true; sessionStorage.setItem("till.recordIpc", "1"); location.reload(); return true;"#,
            vec![],
        )
        .await
        .unwrap();
    // The old page keeps its tiles until the reload replaces it: wait for the new page's own
    // (a click on the old page is lost with it — this test's flake).
    app.wait_js(
        r#"!window.tillBeforeReload && document.querySelector('.product-tile[data-price-id="price_demo_latte_usd"]')"#,
    )
    .await
    .unwrap();

    let key = fresh_key("sk_test_leak_");
    let rejected = fresh_key("sk_test_rejected_");
    sim.revoke_key(&rejected);
    let lacking = fresh_key("rk_test_lacking_");
    sim.restrict_key(&lacking, &["rak_product_read"]).unwrap();

    open_settings(&app).await;
    enter_key(&app, &rejected).await;
    app.wait_text("#key-error", |t| t.contains("refused this key"))
        .await
        .unwrap();
    let code = app.attr("#key-error", "data-code").await.unwrap();
    assert_eq!(code.as_deref(), Some("key_rejected"));
    enter_key(&app, &lacking).await;
    app.wait_text("#key-error", |t| t.contains("Checkout Sessions: Write"))
        .await
        .unwrap();
    enter_key(&app, &key).await;
    app.wait_text("#key-mode-badge", |t| t == "TEST")
        .await
        .unwrap();
    app.wait_text("#mode-badge", |t| t == "TEST").await.unwrap();

    // A full sale in test mode: a declined card first, then one that pays.
    open_register(&app).await;
    app.click_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    app.wait_text("#cart-lines", |t| t.contains("Caffè Latte"))
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    assert_eq!(sale.mode, "test");
    let session = sale.session_id.unwrap();
    sim.pay(&session, "4000000000009995").unwrap();
    app.wait_text("#checkout-status", |t| t.starts_with("Declined"))
        .await
        .unwrap();
    sim.pay(&session, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.click_css("#checkout-new").await.unwrap();

    // Stripe fails: the catalog sync reports it.
    sim.inject_fault(stripe_sim::Fault::server_error(20).on_path("/v1/products"));
    app.click_css("#catalog-sync").await.unwrap();
    app.wait_text("#toast", |t| t.contains("Stripe"))
        .await
        .unwrap();
    sim.clear_faults();

    // The key is where it belongs: the keyring (this test's own service).
    let service = till_harness::till::test_keyring_service(app.data_dir.path());
    let stored = std::process::Command::new("secret-tool")
        .args(["lookup", "service", &service, "username", "stripe-api-key"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&stored.stdout), key);

    // What crossed IPC, and what the page holds (its markup and every field's value).
    let replies = app
        .client
        .execute(r#"return sessionStorage.getItem("till.ipcLog");"#, vec![])
        .await
        .unwrap();
    let replies = replies.as_str().unwrap_or_default().to_string();
    for command in [
        "key_set",
        "key_status",
        "sale_charge",
        "sale_qr",
        "catalog_sync",
    ] {
        assert!(
            replies.contains(&format!("\"command\":\"{command}\"")),
            "the IPC log has no {command} reply: the recorder did not run"
        );
    }
    let dom = app
        .client
        .execute(
            r#"return document.documentElement.outerHTML + "\n" +
                 [...document.querySelectorAll("input, textarea, select")].map((e) => e.value).join("\n");"#,
            vec![],
        )
        .await
        .unwrap();
    let dom = dom.as_str().unwrap_or_default().to_string();
    assert!(dom.contains(&format!("sk_test_…{}", &key[key.len() - 4..])));

    // Everything Till wrote: the ledger (with its WAL), the logs, any other file.
    let data_dir = app.data_dir.path().to_path_buf();
    let files = files_under(&data_dir);
    assert!(
        files
            .iter()
            .any(|f| f.extension().is_some_and(|e| e == "log")),
        "no log file under {}: {files:?}",
        data_dir.display()
    );
    assert!(files.iter().any(|f| f.ends_with("till.sqlite3")));
    // The logs are readable and hold this run (so searching them means something).
    assert!(files.iter().any(|f| {
        f.extension().is_some_and(|e| e == "log")
            && std::fs::read_to_string(f)
                .is_ok_and(|t| t.contains("Stripe key verified and stored"))
    }));

    for secret in [&key, &rejected, &lacking] {
        for file in &files {
            let bytes = std::fs::read(file).unwrap();
            assert!(!contains(&bytes, secret), "a key is in {}", file.display());
        }
        assert!(!replies.contains(secret.as_str()), "a key crossed IPC");
        assert!(!dom.contains(secret.as_str()), "a key is in the page");
    }
    app.close().await.unwrap();
}

/// No Secret Service: Till starts anyway, in training mode, and says how to fix it; a key
/// cannot be stored (and is not stored anywhere else).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_settings_without_a_keyring_till_runs_in_training_and_says_how_to_fix_it() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_with(LaunchOptions {
        env: vec![
            ("TILL_STRIPE_API_BASE".into(), sim.base_url()),
            (
                "DBUS_SESSION_BUS_ADDRESS".into(),
                "unix:path=/nonexistent/till-window-test/bus".into(),
            ),
        ],
    })
    .await
    .expect("launching Till");
    app.wait_text("#mode-badge", |t| t == "TRAINING")
        .await
        .unwrap();
    // The register works in training mode, with no red banner: nothing blocks training.
    app.wait_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    app.wait_text("#status-text", |t| t.contains("ready"))
        .await
        .unwrap();
    assert!(
        app.attr("#key-banner", "hidden").await.unwrap().is_some(),
        "no red banner in training mode for a missing keyring"
    );

    // Settings, where a key is set, says it calmly, in plain words, with the fix.
    app.click_css("#settings-tab").await.unwrap();
    let problem = app
        .wait_text("#key-problem", |t| t.contains("could not be reached"))
        .await
        .unwrap();
    assert!(problem.contains("gnome-keyring"), "{problem}");
    assert!(problem.contains("training mode"), "{problem}");
    let class = app
        .attr("#key-problem", "class")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(
        class.contains("notice-calm") && !class.contains("danger"),
        "{class}"
    );
    enter_key(&app, "sk_test_till_window_nokeyring_01").await;
    app.wait_text("#key-error", |t| t.contains("could not be reached"))
        .await
        .unwrap();
    let code = app.attr("#key-error", "data-code").await.unwrap();
    assert_eq!(code.as_deref(), Some("keyring_unavailable"));
    app.wait_text("#mode-badge", |t| t == "TRAINING")
        .await
        .unwrap();
    app.close().await.unwrap();
}

/// The register's settings: a bad value is refused with its code and nothing changes; good
/// values are saved in the ledger and the register uses them at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_settings_register_settings_are_checked_saved_and_used() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = launch(&sim).await;
    app.wait_text("#register-name", |t| t == "Till 1")
        .await
        .unwrap();
    open_settings(&app).await;

    let name = app.wait_css("#set-register-name").await.unwrap();
    name.clear().await.unwrap();
    name.send_keys("Front counter").await.unwrap();
    let timeout = app.wait_css("#set-timeout").await.unwrap();
    timeout.clear().await.unwrap();
    timeout.send_keys("10").await.unwrap();
    let cancel = app.wait_css("#set-cancel-url").await.unwrap();
    cancel.send_keys("shop.example/cancel").await.unwrap();
    app.click_css("#settings-save").await.unwrap();
    app.wait_text("#settings-error", |t| t.contains("web address"))
        .await
        .unwrap();
    let code = app.attr("#settings-error", "data-code").await.unwrap();
    assert_eq!(code.as_deref(), Some("invalid_url"));
    assert_eq!(
        app.ledger().unwrap().setting("register_name").unwrap(),
        None,
        "a refused save wrote something"
    );

    let cancel = app.wait_css("#set-cancel-url").await.unwrap();
    cancel.clear().await.unwrap();
    cancel
        .send_keys("https://shop.example/cancel")
        .await
        .unwrap();
    app.click_css("#settings-save").await.unwrap();
    app.wait_text("#register-name", |t| t == "Front counter")
        .await
        .unwrap();
    let ledger = app.ledger().unwrap();
    assert_eq!(
        ledger.setting("register_name").unwrap().as_deref(),
        Some("Front counter")
    );
    assert_eq!(
        ledger
            .setting("checkout_timeout_minutes")
            .unwrap()
            .as_deref(),
        Some("10")
    );
    assert_eq!(
        ledger.setting("cancel_url").unwrap().as_deref(),
        Some("https://shop.example/cancel")
    );
    app.close().await.unwrap();
}

/// Adds a latte, presses Charge and waits for the customer; returns the sale's session id.
async fn charge_latte(app: &App) -> String {
    app.click_css(r#".product-tile[data-price-id="price_demo_latte_usd"]"#)
        .await
        .unwrap();
    app.wait_text("#cart-lines", |t| t.contains("Caffè Latte"))
        .await
        .unwrap();
    app.click_css("#charge").await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    app.ledger()
        .unwrap()
        .require_sale(&sale_id)
        .unwrap()
        .session_id
        .expect("the waiting sale has its session")
}

/// Cancels the waiting sale and starts a new one.
async fn cancel_and_clear(app: &App) {
    app.click_css("#checkout-cancel").await.unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#checkout-status", |t| t.starts_with("Cancelled"))
        .await
        .unwrap();
    app.click_css("#checkout-new").await.unwrap();
    app.wait_css("#cart-panel:not([hidden])").await.unwrap();
}

/// The customer's phone in test mode: with no after-payment page the checkout panel says
/// under the QR code what a phone will see, and Settings warns; with one set, it is the
/// session's `success_url` and both warnings are gone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_settings_after_payment_page_for_phones() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_with(LaunchOptions {
        env: vec![
            ("TILL_STRIPE_API_BASE".into(), sim.base_url()),
            (
                "STRIPE_SECRET_KEY".into(),
                fresh_key("sk_test_window_phone_"),
            ),
        ],
    })
    .await
    .expect("launching Till");
    app.wait_text("#mode-badge", |t| t == "TEST").await.unwrap();

    // No page: the panel says what a phone will see.
    let session = charge_latte(&app).await;
    let note = app
        .wait_text("#checkout-phone", |t| !t.is_empty())
        .await
        .unwrap();
    assert_eq!(note, till_core::phone::WARN_NO_PAGE);
    assert!(
        !app.is_hidden("#checkout-phone").await,
        "the warning is shown"
    );
    let classes = app
        .attr("#checkout-phone", "class")
        .await
        .unwrap()
        .unwrap_or_default();
    assert!(classes.contains("notice-warn"), "{classes}");
    app.screenshot(&screenshot_dir(), "checkout-phone-warning")
        .await
        .unwrap();
    let at_stripe = sim.session(&session).unwrap();
    assert!(at_stripe["success_url"]
        .as_str()
        .unwrap()
        .starts_with("http://127.0.0.1:"));
    assert!(at_stripe["custom_text"]["after_submit"]["message"]
        .as_str()
        .unwrap()
        .contains("cannot load"));
    cancel_and_clear(&app).await;

    // Settings warns too; the network option is training mode's only.
    open_settings(&app).await;
    app.wait_text("#set-phone-warning", |t| {
        t == till_core::phone::WARN_NO_PAGE
    })
    .await
    .unwrap();
    assert!(!app.is_hidden("#set-phone-warning").await);
    assert!(app.is_hidden("#set-lan-row").await);
    let explain = app
        .wait_text("#set-success-explain", |t| !t.is_empty())
        .await
        .unwrap();
    assert_eq!(explain, till_core::phone::EXPLAIN_PAGE);

    // A page a phone cannot use is refused with what to do; nothing is written.
    let page = app.wait_css("#set-success-url").await.unwrap();
    page.send_keys("http://shop.example/thanks").await.unwrap();
    app.click_css("#settings-save").await.unwrap();
    let error = app
        .wait_text("#settings-error", |t| t.contains("https://"))
        .await
        .unwrap();
    assert!(error.contains("public web page"), "{error}");
    let code = app.attr("#settings-error", "data-code").await.unwrap();
    assert_eq!(code.as_deref(), Some("invalid_after_payment_page"));
    assert_eq!(app.ledger().unwrap().setting("success_url").unwrap(), None);

    let public = "https://shop.example/thanks?session={CHECKOUT_SESSION_ID}";
    page.clear().await.unwrap();
    // Enter submits the form (the error above pushed the Save button under the status bar).
    page.send_keys(&format!("{public}\u{e007}")).await.unwrap();
    app.wait_text("#toast", |t| t == "Settings saved.")
        .await
        .unwrap();
    app.wait_css("#set-phone-warning[hidden]").await.unwrap();
    assert_eq!(
        app.ledger()
            .unwrap()
            .setting("success_url")
            .unwrap()
            .as_deref(),
        Some(public)
    );
    app.screenshot(&screenshot_dir(), "settings-after-payment-page")
        .await
        .unwrap();

    // The register uses it at once: the session's success_url, no Back link, no warning.
    open_register(&app).await;
    let session = charge_latte(&app).await;
    let at_stripe = sim.session(&session).unwrap();
    assert_eq!(at_stripe["success_url"], public);
    assert!(at_stripe["cancel_url"].is_null());
    assert_eq!(
        at_stripe["custom_text"]["after_submit"]["message"],
        till_core::phone::after_submit_message(false, true, till_core::i18n::Language::En).as_str()
    );
    assert!(
        app.is_hidden("#checkout-phone").await,
        "no warning any more"
    );
    app.screenshot(&screenshot_dir(), "checkout-phone-page-set")
        .await
        .unwrap();
    cancel_and_clear(&app).await;
    app.close().await.unwrap();
}

/// Training mode's "Try the QR code with a phone": off by default; on, the payment page
/// handed to the browser and the QR code is on the network address under a token, and the
/// same page without the token is not there.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_settings_training_page_on_the_shop_network() {
    // The built-in simulator (no TILL_STRIPE_API_BASE); 127.0.0.1 stands in for the LAN.
    let app = App::launch_with(LaunchOptions {
        env: vec![
            ("TILL_TRAINING_LAN_ADDR".into(), "127.0.0.1".into()),
            ("TILL_TRAINING_LAN_PORT".into(), "0".into()),
        ],
    })
    .await
    .expect("launching Till");
    app.wait_text("#mode-badge", |t| t == "TRAINING")
        .await
        .unwrap();

    // Off by default: a phone cannot open the code, and the panel says so.
    let _ = charge_latte(&app).await;
    app.wait_text("#checkout-phone", |t| {
        t == till_core::phone::NOTE_TRAINING_LOOPBACK
    })
    .await
    .unwrap();
    let first = app.opened_urls().last().cloned().unwrap_or_default();
    assert!(!first.contains("/t/"), "{first}");
    cancel_and_clear(&app).await;

    open_settings(&app).await;
    assert!(!app.is_hidden("#set-lan-row").await);
    let lan = app.wait_css("#set-lan").await.unwrap();
    assert_eq!(lan.prop("checked").await.unwrap().as_deref(), Some("false"));
    lan.click().await.unwrap();
    app.screenshot(&screenshot_dir(), "settings-training-phone")
        .await
        .unwrap();
    app.click_css("#settings-save").await.unwrap();
    // Saved once Till has restarted with it (the toast comes after the restart).
    app.wait_text("#toast", |t| t == "Settings saved.")
        .await
        .unwrap();
    assert_eq!(
        app.ledger()
            .unwrap()
            .setting("training_lan_checkout")
            .unwrap()
            .as_deref(),
        Some("true")
    );

    open_register(&app).await;
    let session = charge_latte(&app).await;
    app.wait_text("#checkout-phone", |t| {
        t == till_core::phone::NOTE_TRAINING_LAN
    })
    .await
    .unwrap();
    let url = app
        .wait_opened_url(|u| u.contains(&session))
        .await
        .expect("the browser was handed the page");
    let (origin, rest) = url.split_once("/t/").expect("a tokened URL");
    let token = rest.split('/').next().unwrap();
    assert_eq!(token.len(), 32);
    let get = |u: String| async move {
        stripe_sim::raw::request("GET", &u, &[], None, std::time::Duration::from_secs(5))
            .await
            .unwrap()
            .status
    };
    assert_eq!(get(url.clone()).await, 200);
    assert_eq!(get(format!("{origin}/c/pay/{session}")).await, 404);
    assert_eq!(
        get(format!("{origin}/t/{}/c/pay/{session}", "0".repeat(32))).await,
        404
    );
    assert_eq!(get(format!("{origin}/v1/checkout/sessions")).await, 404);
    cancel_and_clear(&app).await;
    app.close().await.unwrap();
}
