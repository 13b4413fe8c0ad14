//! The customer's screen in the real app, on an X server with two monitors (the register's
//! 1280×800 `DUMMY0`, the customer's 1024×768 `DUMMY1` to its right): the `customer` window
//! opens full screen on the second monitor, follows the cart, shows the same QR code as the
//! register at Charge, Paid when the simulator pays, then idle; every command is refused
//! from it; unplugging its monitor closes it (and the register says so), plugging it back
//! opens it again; the status bar's switch turns it off and on without a restart.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use fantoccini::wd::WindowHandle;
use till_harness::{App, LaunchOptions, DEADLINE};

use crate::command_list;

const LATTE: &str = r#".product-tile[data-price-id="price_demo_latte_usd"]"#;
const MUFFIN: &str = r#".product-tile[data-price-id="price_demo_muffin_usd"]"#;

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

/// Waits until WebDriver sees a second window (the customer's) and returns its handle.
async fn customer_window(app: &App, register: &WindowHandle) -> WindowHandle {
    let start = Instant::now();
    loop {
        let windows = app.client.windows().await.unwrap();
        if let Some(other) = windows.into_iter().find(|w| w != register) {
            return other;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "the customer window never opened"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until WebDriver sees the register's window alone.
async fn customer_window_gone(app: &App) {
    let start = Instant::now();
    while app.client.windows().await.unwrap().len() > 1 {
        assert!(
            start.elapsed() < DEADLINE,
            "the customer window never closed"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_customer_screen_follows_the_sale_on_the_second_monitor() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_on_two_monitors(LaunchOptions {
        env: vec![("TILL_STRIPE_API_BASE".into(), sim.base_url())],
    })
    .await
    .expect("launching Till on two monitors");
    let register = app.client.window().await.unwrap();

    // The register is on the first monitor; the customer's window opens by itself (two
    // monitors: automatic), full screen on the second.
    let customer = customer_window(&app, &register).await;
    app.client.switch_to_window(customer.clone()).await.unwrap();
    app.wait_js("document.title === 'Till · customer' && document.body.dataset.stage === 'idle'")
        .await
        .unwrap();
    app.wait_js(
        "window.innerWidth === 1024 && window.innerHeight === 768 && window.screenX === 1280",
    )
    .await
    .expect("the customer window fills the second monitor");
    let rect = app.client.get_window_rect().await.unwrap();
    assert_eq!(rect, (1280, 0, 1024, 768), "full screen on DUMMY1");
    let idle = app
        .wait_css("#shop-name")
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(idle, "Till 1", "the shop's name (the register's, none set)");

    // Every app and owner command, and emitting events, are refused from this window.
    let mut commands: Vec<String> = command_list::APP_COMMANDS
        .iter()
        .map(|(_, c)| c.to_string())
        .collect();
    commands.extend(
        command_list::OWNER_COMMANDS
            .iter()
            .map(|c| format!("plugin:{}|{c}", command_list::OWNER_PLUGIN)),
    );
    commands.push("plugin:event|emit".into());
    commands.push("plugin:event|emit_to".into());
    commands.push("plugin:window|close".into());
    commands.push("plugin:webview|create_webview_window".into());
    let answers = app
        .client
        .execute_async(
            r#"const [commands, done] = arguments;
Promise.all(commands.map((c) => window.__TAURI__.core.invoke(c, {}).then(
  () => `${c}: ALLOWED`,
  (e) => `${c}: ${typeof e === 'string' ? e : JSON.stringify(e)}`)))
  .then(done);"#,
            vec![serde_json::json!(commands)],
        )
        .await
        .unwrap();
    let answers: Vec<String> = serde_json::from_value(answers).unwrap();
    assert_eq!(answers.len(), commands.len());
    let allowed: Vec<&String> = answers
        .iter()
        .filter(|a| !a.contains("not allowed"))
        .collect();
    assert!(
        allowed.is_empty(),
        "commands the customer window could call: {allowed:#?}"
    );

    // The register builds the cart; the customer's screen follows it.
    app.client.switch_to_window(register.clone()).await.unwrap();
    app.wait_css(LATTE).await.unwrap().click().await.unwrap();
    app.wait_text("#cart-lines", |t| t.contains("Caffè Latte"))
        .await
        .unwrap();
    app.client.switch_to_window(customer.clone()).await.unwrap();
    app.wait_text("#lines", |t| t.contains("Caffè Latte"))
        .await
        .unwrap();
    app.client.switch_to_window(register.clone()).await.unwrap();
    app.wait_css(MUFFIN).await.unwrap().click().await.unwrap();
    app.wait_text("#cart-total", |t| t == "$8.00")
        .await
        .unwrap();
    app.client.switch_to_window(customer.clone()).await.unwrap();
    app.wait_text("#total", |t| t == "$8.00").await.unwrap();
    app.client.switch_to_window(register.clone()).await.unwrap();
    app.click_css(r#".cart-line[data-price-id="price_demo_latte_usd"] [data-action="remove"]"#)
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$3.25")
        .await
        .unwrap();
    app.client.switch_to_window(customer.clone()).await.unwrap();
    app.wait_text("#total", |t| t == "$3.25").await.unwrap();
    let lines = app.wait_css("#lines").await.unwrap().text().await.unwrap();
    assert!(
        lines.contains("Blueberry Muffin") && !lines.contains("Caffè Latte"),
        "the customer sees the cart as it is: {lines:?}"
    );
    app.screenshot(&screenshot_dir(), "customer-cart-1024x768")
        .await
        .unwrap();

    // Charge: the customer's screen shows the payment page's QR code, the register's own.
    app.client.switch_to_window(register.clone()).await.unwrap();
    app.click_css("#charge").await.unwrap();
    let sale_id = app.waiting_sale_id().await.unwrap();
    app.wait_css("#checkout-qr svg").await.unwrap();
    let register_qr = app
        .js("return document.querySelector('#checkout-qr svg').innerHTML;")
        .await
        .unwrap();
    let sale = app.ledger().unwrap().require_sale(&sale_id).unwrap();
    let url = sale.session_url.clone().expect("the sale has its page");
    let expected = till_core::qr::svg(&url).unwrap();
    app.client.switch_to_window(customer.clone()).await.unwrap();
    app.wait_js("document.body.dataset.status === 'waiting' && document.querySelector('#qr svg')")
        .await
        .unwrap();
    let customer_qr = app
        .js("return document.querySelector('#qr svg').innerHTML;")
        .await
        .unwrap();
    assert_eq!(
        customer_qr, register_qr,
        "the same QR code as the register's"
    );
    // …which is the code of the sale's Checkout URL.
    let of_url = app
        .client
        .execute(
            "return document.importNode(new DOMParser().parseFromString(arguments[0], 'image/svg+xml').documentElement, true).innerHTML;",
            vec![serde_json::json!(expected)],
        )
        .await
        .unwrap();
    assert!(
        customer_qr == of_url,
        "the customer's QR code does not encode {url}"
    );
    assert_eq!(
        app.wait_css("#scan").await.unwrap().text().await.unwrap(),
        "Scan to pay"
    );
    assert_eq!(
        app.wait_css("#amount").await.unwrap().text().await.unwrap(),
        "$3.25"
    );
    // Nothing of the sale but its amount and code: no ids on the customer's page.
    let page = app
        .js("return document.documentElement.outerHTML;")
        .await
        .unwrap();
    let page = page.as_str().unwrap();
    for secret in [sale_id.as_str(), "sale_", "cs_test_", "pi_"] {
        assert!(!page.contains(secret), "{secret} is on the customer's page");
    }
    app.screenshot(&screenshot_dir(), "customer-pay-1024x768")
        .await
        .unwrap();
    app.screenshot_display(&screenshot_dir(), "customer-two-monitors")
        .await
        .unwrap();

    // The customer pays at the simulator: Paid, thank you; then idle again.
    sim.pay(&sale.session_id.clone().unwrap(), "4242424242424242")
        .unwrap();
    app.wait_js("document.body.dataset.status === 'paid'")
        .await
        .unwrap();
    let status = app.wait_css("#status").await.unwrap().text().await.unwrap();
    assert_eq!(status, "Paid. Thank you!");
    // Once paid, the payment page's code gives way to the receipt's (Stripe's receipt page).
    app.wait_js("document.getElementById('qr').dataset.code === 'receipt' && document.querySelector('#qr svg') !== null")
        .await
        .expect("the receipt's QR code once paid");
    let scan = app.wait_css("#scan").await.unwrap().text().await.unwrap();
    assert_eq!(scan, "Scan for your receipt");
    let receipt_qr = app
        .js("return document.querySelector('#qr svg').innerHTML;")
        .await
        .unwrap();
    // …the code of the charge's receipt_url, as Stripe (the simulator) announced the charge.
    let payment_intent = app
        .ledger()
        .unwrap()
        .require_sale(&sale_id)
        .unwrap()
        .payment_intent_id
        .expect("a paid sale has its PaymentIntent");
    let receipt_url = sim
        .events()
        .iter()
        .filter(|e| e["type"] == "charge.succeeded")
        .map(|e| &e["data"]["object"])
        .find(|c| c["payment_intent"].as_str() == Some(payment_intent.as_str()))
        .and_then(|c| c["receipt_url"].as_str().map(str::to_string))
        .expect("the simulator's charge and its receipt_url");
    let of_receipt = app
        .client
        .execute(
            "return document.importNode(new DOMParser().parseFromString(arguments[0], 'image/svg+xml').documentElement, true).innerHTML;",
            vec![serde_json::json!(till_core::qr::svg(&receipt_url).unwrap())],
        )
        .await
        .unwrap();
    assert!(
        receipt_qr == of_receipt,
        "the customer's receipt code does not encode {receipt_url}"
    );
    app.screenshot(&screenshot_dir(), "customer-paid-1024x768")
        .await
        .unwrap();
    app.client.switch_to_window(register.clone()).await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Paid")
        .await
        .unwrap();
    app.click_css("#checkout-new").await.unwrap();
    app.wait_text("#charge", |t| t == "Charge").await.unwrap();
    app.client.switch_to_window(customer.clone()).await.unwrap();
    app.wait_js("document.body.dataset.stage === 'idle'")
        .await
        .expect("the customer's screen goes back to idle after the thank-you");

    // The second monitor unplugged: the window closes (automatic: no second monitor), and the
    // register says why. Plugged back in: it opens there again.
    app.client.switch_to_window(register.clone()).await.unwrap();
    app.xrandr(&["--output", "DUMMY1", "--off"]).unwrap();
    customer_window_gone(&app).await;
    app.wait_js("document.getElementById('toast').textContent.startsWith(\"The customer screen's monitor was disconnected. The customer screen is off.\")")
        .await
        .expect("the register says the screen closed, and why");
    app.xrandr(&[
        "--output",
        "DUMMY1",
        "--mode",
        "1024x768",
        "--right-of",
        "DUMMY0",
    ])
    .unwrap();
    let again = customer_window(&app, &register).await;
    app.client.switch_to_window(again).await.unwrap();
    app.wait_js("document.title === 'Till · customer' && window.screenX === 1280 && window.innerWidth === 1024")
        .await
        .expect("the customer window is back on the second monitor");
    app.client.switch_to_window(register.clone()).await.unwrap();

    // The register's switch: off at once, and on again, without a restart.
    app.wait_js("document.getElementById('screen-button').getAttribute('aria-pressed') === 'true'")
        .await
        .unwrap();
    app.click_css("#screen-button").await.unwrap();
    customer_window_gone(&app).await;
    app.wait_js(
        "document.getElementById('screen-button').getAttribute('aria-pressed') === 'false'",
    )
    .await
    .unwrap();
    app.click_css("#screen-button").await.unwrap();
    let switched_on = customer_window(&app, &register).await;
    app.client.switch_to_window(switched_on).await.unwrap();
    app.wait_js("document.title === 'Till · customer' && window.screenX === 1280 && document.body.dataset.stage === 'idle'")
        .await
        .expect("switched on: full screen on the second monitor, idle");
    app.client.switch_to_window(register.clone()).await.unwrap();

    // Settings list the monitors, the register's marked; the chosen monitor and the welcome
    // line are saved and the screen shows the line at once.
    app.click_css("#settings-tab").await.unwrap();
    app.wait_js("document.querySelectorAll('#screen-monitor option').length === 3")
        .await
        .unwrap();
    let options = app
        .js("return [...document.querySelectorAll('#screen-monitor option')].map((o) => o.textContent);")
        .await
        .unwrap();
    assert_eq!(
        options,
        serde_json::json!([
            "Any monitor but the register's",
            "DUMMY0 (1280×800) — the register's",
            "DUMMY1 (1024×768)"
        ])
    );
    // As the owner does it: each field changed (its change event), which a refresh still in
    // flight from opening Settings leaves alone.
    app.js("for (const [id, value] of [['screen-monitor', 'DUMMY1'], ['screen-welcome', 'Hello, neighbour!']]) { const field = document.getElementById(id); field.value = value; field.dispatchEvent(new Event('change', { bubbles: true })); } document.getElementById('screen-form').scrollIntoView(); return true;")
        .await
        .unwrap();
    app.click_css("#screen-save").await.unwrap();
    app.wait_text("#screen-summary", |t| {
        t == "The customer screen is full screen on DUMMY1 (1024×768)."
    })
    .await
    .unwrap();
    app.screenshot(&screenshot_dir(), "settings-customer-screen")
        .await
        .unwrap();
    let customer = customer_window(&app, &register).await;
    app.client.switch_to_window(customer).await.unwrap();
    app.wait_text("#welcome", |t| t == "Hello, neighbour!")
        .await
        .unwrap();
    app.client.switch_to_window(register).await.unwrap();
    app.close().await.unwrap();
}
