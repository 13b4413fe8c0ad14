//! Staff at the real window (issue 19): the owner adds a cashier and a manager in History →
//! Staff and locks the till; the lock screen lists them, and while it is up every app command
//! but its own is refused (`till_locked`, called through IPC). The cashier signs in on the PIN
//! pad (a wrong PIN first), parks a cart, charges and is paid for another, resumes the first;
//! the sale is theirs in the ledger. F11 locks; the manager signs in by keyboard, History opens
//! without the owner PIN, and a return by line refunds one latte, recorded as the manager's.
//! Auto-lock: with nobody touching the till it locks itself. Screenshots of the lock screen
//! and the staff panel at 1024×768, without overflow or axe-core violations.
//! Included by `window.rs` (module names start with `window`).

use std::path::PathBuf;

use till_harness::keys;
use till_harness::App;

use crate::command_list;

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

fn tile(slug: &str) -> String {
    format!(r#".product-tile[data-price-id="price_demo_{slug}_usd"]"#)
}

async fn add_staff(app: &App, name: &str, role: &str, pin: &str) {
    let field = app.wait_css("#st-name").await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(name).await.unwrap();
    app.js(&format!(
        "document.getElementById('st-role').value = '{role}'"
    ))
    .await
    .unwrap();
    let field = app.wait_css("#st-pin").await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(pin).await.unwrap();
    app.click_css("#staff-submit").await.unwrap();
    app.wait_js(&format!(
        "[...document.querySelectorAll('#staff-list .staff-name')].some((n) => n.textContent === '{name}')"
    ))
    .await
    .unwrap();
}

/// The id of the active staff member called `name`, from the ledger.
fn staff_id(app: &App, name: &str) -> String {
    app.ledger()
        .unwrap()
        .connection()
        .query_row(
            "SELECT id FROM staff WHERE name = ?1 AND archived_at IS NULL",
            [name],
            |r| r.get(0),
        )
        .unwrap()
}

async fn choose_person(app: &App, name: &str) {
    app.wait_css("#lock-screen:not([hidden])").await.unwrap();
    app.js(&format!(
        "[...document.querySelectorAll('.lock-person')].find((b) => b.querySelector('.lock-person-name').textContent === '{name}').click()"
    ))
    .await
    .unwrap();
    app.wait_js("document.activeElement?.id === 'lock-pin-input'")
        .await
        .unwrap();
}

async fn tap_pin(app: &App, pin: &str) {
    for digit in pin.chars() {
        app.click_css(&format!(r#".pad-key[data-key="{digit}"]"#))
            .await
            .unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_staff_lock_screen_pin_switch_and_a_managers_return() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_against(&sim.base_url())
        .await
        .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    app.wait_css(&tile("latte")).await.unwrap();
    // No staff: no lock screen, no Lock button.
    assert!(app.attr("#lock-screen", "hidden").await.unwrap().is_some());
    assert!(app.attr("#lock-button", "hidden").await.unwrap().is_some());

    // The owner adds a cashier and a manager.
    app.click_css("#history-tab").await.unwrap();
    app.choose_owner_pin("2468", "history-view").await.unwrap();
    app.click_css(r#".side-tab[data-side="staff"]"#)
        .await
        .unwrap();
    app.wait_css("#staff-empty:not([hidden])").await.unwrap();
    add_staff(&app, "Ana", "staff", "1357").await;
    add_staff(&app, "Max", "manager", "8642").await;
    let overflowing = app.overflowing().await.unwrap();
    assert!(overflowing.is_empty(), "{overflowing:#?}");
    let violations = app.axe_violations().await.unwrap();
    assert!(violations.is_empty(), "{violations:#?}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "staff-1024x768")
        .await
        .unwrap();
    // A PIN of three digits is refused with the core's reason; nobody is added.
    add_bad_staff(&app).await;
    let (ana, max) = (staff_id(&app, "Ana"), staff_id(&app, "Max"));

    // The owner (signed in by the owner PIN) locks the till: the lock screen asks who is there.
    app.wait_text("#staff-who", |t| t == "Owner").await.unwrap();
    app.click_css("#lock-button").await.unwrap();
    app.wait_css("#lock-screen:not([hidden])").await.unwrap();
    let people = app
        .js("return [...document.querySelectorAll('.lock-person-name')].map((n) => n.textContent).join()")
        .await
        .unwrap();
    assert_eq!(people, "Ana,Max,Owner");
    assert!(app.attr("#register", "hidden").await.unwrap().is_none());
    let overflowing = app.overflowing().await.unwrap();
    assert!(overflowing.is_empty(), "{overflowing:#?}");
    let violations = app.axe_violations().await.unwrap();
    assert!(violations.is_empty(), "{violations:#?}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "lock-1024x768")
        .await
        .unwrap();

    // Locked: every app command but the lock screen's and the first paint's reads is refused.
    let refused: Vec<String> = command_list::APP_COMMANDS
        .iter()
        .map(|(_, c)| c.to_string())
        .filter(|c| !command_list::LOCKED_ALLOWED.contains(&c.as_str()))
        .collect();
    let answers = app
        .client
        .execute_async(
            r#"const [commands, done] = arguments;
Promise.all(commands.map((c) => window.__TAURI__.core.invoke(c, {}).then(
  () => `${c}: ANSWERED`,
  (e) => `${c}: ${e?.code ?? JSON.stringify(e)}`)))
  .then(done);"#,
            vec![serde_json::json!(refused)],
        )
        .await
        .unwrap();
    let answers: Vec<String> = serde_json::from_value(answers).unwrap();
    let not_refused: Vec<&String> = answers
        .iter()
        .filter(|a| !a.ends_with(": till_locked"))
        .collect();
    assert!(
        not_refused.is_empty(),
        "commands a locked till answered: {not_refused:#?}"
    );
    assert!(answers.len() > 60, "{}", answers.len());
    // Owner's commands too: locking closed the owner's views.
    let history = app
        .client
        .execute_async(
            r#"const done = arguments[0];
window.__TAURI__.core.invoke('plugin:owner|history_page', { filter: {} }).then(() => done('ANSWERED'), (e) => done(e.code));"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(history, "owner_locked");

    // Ana on the pad: a wrong PIN is said and cleared, then hers.
    choose_person(&app, "Ana").await;
    app.wait_text("#lock-who", |t| t == "PIN for Ana")
        .await
        .unwrap();
    tap_pin(&app, "1111").await;
    app.click_css("#lock-submit").await.unwrap();
    app.wait_text("#lock-error", |t| t.starts_with("Wrong PIN"))
        .await
        .unwrap();
    assert_eq!(
        app.js("return document.getElementById('lock-pin-input').value")
            .await
            .unwrap(),
        ""
    );
    let violations = app.axe_violations().await.unwrap();
    assert!(violations.is_empty(), "{violations:#?}");
    app.rest_pointer().await.unwrap();
    app.screenshot(&screenshot_dir(), "lock-pin-1024x768")
        .await
        .unwrap();
    tap_pin(&app, "1357").await;
    app.click_css("#lock-submit").await.unwrap();
    app.wait_js("document.getElementById('lock-screen').hidden")
        .await
        .unwrap();
    app.wait_text("#staff-who", |t| t == "Ana · Staff")
        .await
        .unwrap();
    // Settings are a manager's: Ana's settings command is refused by the table (no owner PIN
    // asked, nothing changed).
    let refused = app
        .client
        .execute_async(
            r#"const done = arguments[0];
window.__TAURI__.core.invoke('key_remove').then(() => done('ANSWERED'), (e) => done(e.code));"#,
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(refused, "staff_not_allowed");

    // Ana parks a cart, serves another customer, resumes the first.
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("latte")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$9.50")
        .await
        .unwrap();
    app.press(keys::F3).await.unwrap();
    app.wait_js("document.activeElement?.id === 'park-label'")
        .await
        .unwrap();
    app.type_keys("Table 2").await.unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#cart-total", |t| t == "—").await.unwrap();
    app.click_css(&tile("latte")).await.unwrap();
    app.click_css(&tile("muffin")).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$8.00")
        .await
        .unwrap();
    app.press(keys::F9).await.unwrap();
    let sale_id = app.pay_waiting_sale(&sim).await.unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#cart-total", |t| t == "—").await.unwrap();
    app.press(keys::F3).await.unwrap();
    app.wait_css(".parked-row").await.unwrap();
    app.wait_js("document.activeElement?.classList.contains('parked-resume')")
        .await
        .unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_text("#cart-total", |t| t == "$9.50")
        .await
        .unwrap();
    assert_eq!(
        app.ledger().unwrap().sale_staff_id(&sale_id).unwrap(),
        Some(ana.clone())
    );

    // F11 locks; the cart stays for whoever signs in next. Max signs in by keyboard.
    app.press(keys::F11).await.unwrap();
    choose_person(&app, "Max").await;
    app.type_keys("8642").await.unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_js("document.getElementById('lock-screen').hidden")
        .await
        .unwrap();
    app.wait_text("#staff-who", |t| t == "Max · Manager")
        .await
        .unwrap();
    app.wait_text("#cart-total", |t| t == "$9.50")
        .await
        .unwrap();

    // A manager opens History without the owner PIN and takes one latte back.
    app.click_css("#history-tab").await.unwrap();
    app.wait_js("!document.getElementById('history-view').hidden")
        .await
        .unwrap();
    assert!(app.attr("#pin-dialog", "hidden").await.unwrap().is_some());
    app.click_css(&format!(
        r#".history-row[data-sale-id="{sale_id}"] .h-items"#
    ))
    .await
    .unwrap();
    app.click_css("#detail-return").await.unwrap();
    let latte = r#".return-row[data-price-id="price_demo_latte_usd"] .return-qty"#;
    let field = app.wait_css(latte).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys("1").await.unwrap();
    app.wait_text("#return-total", |t| t == "To the card: $4.75")
        .await
        .unwrap();
    app.click_css("#return-submit").await.unwrap();
    app.wait_css("#confirm-dialog:not([hidden])").await.unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#toast", |t| t == "Items returned: $4.75 refunded.")
        .await
        .unwrap();
    let requests = app
        .ledger()
        .unwrap()
        .refund_requests_of_sale(&sale_id)
        .unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].staff_id.as_deref(), Some(max.as_str()));
    // History by cashier: Ana's sale under her name; Max rang nothing up.
    app.wait_css("#h-cashier-field:not([hidden])")
        .await
        .unwrap();
    let cashiers = app
        .js("return [...document.querySelectorAll('#h-cashier option')].map((o) => o.textContent).join()")
        .await
        .unwrap();
    assert_eq!(cashiers, "All,Ana,Max");
    for (who, expect_rows) in [(ana.as_str(), 1), (max.as_str(), 0)] {
        app.js(&format!(
            "document.getElementById('h-cashier').value = '{who}'"
        ))
        .await
        .unwrap();
        app.click_css("#history-apply").await.unwrap();
        app.wait_js(&format!(
            "document.querySelectorAll('#history-rows .history-row').length === {expect_rows} && (document.getElementById('history-empty').hidden === {})",
            expect_rows > 0
        ))
        .await
        .unwrap();
    }
    let overflowing = app.overflowing().await.unwrap();
    assert!(overflowing.is_empty(), "{overflowing:#?}");
    app.js("document.getElementById('h-cashier').value = ''")
        .await
        .unwrap();
    app.click_css("#history-apply").await.unwrap();

    // Staff management stays the owner's: the manager is refused.
    app.click_css(r#".side-tab[data-side="staff"]"#)
        .await
        .unwrap();
    app.wait_text("#toast", |t| {
        t.starts_with("Managing staff needs the owner")
    })
    .await
    .unwrap();

    // Auto-lock: the owner's shortest setting through IPC (the form offers minutes), then
    // nobody touches the till.
    set_auto_lock_as_owner(&app, 15).await;
    app.wait_css("#lock-screen:not([hidden])").await.unwrap();
    app.close().await.unwrap();
}

/// A three-digit PIN: the core's reason under the form, nobody added.
async fn add_bad_staff(app: &App) {
    let before = app
        .js("return document.querySelectorAll('#staff-list .staff-row').length")
        .await
        .unwrap();
    let field = app.wait_css("#st-name").await.unwrap();
    field.clear().await.unwrap();
    field.send_keys("Zoe").await.unwrap();
    let field = app.wait_css("#st-pin").await.unwrap();
    field.clear().await.unwrap();
    field.send_keys("135").await.unwrap();
    app.click_css("#staff-submit").await.unwrap();
    app.wait_text("#staff-error", |t| {
        t == "A staff PIN is 4 to 6 digits (0–9), nothing else."
    })
    .await
    .unwrap();
    let after = app
        .js("return document.querySelectorAll('#staff-list .staff-row').length")
        .await
        .unwrap();
    assert_eq!(before, after);
    app.js("document.getElementById('st-name').value = ''")
        .await
        .unwrap();
}

/// The owner signs in (F11, the owner's tile, the owner PIN), sets auto-lock to `secs`
/// through IPC, and leaves the till alone.
async fn set_auto_lock_as_owner(app: &App, secs: u64) {
    app.click_css(r#".view-tab[data-view="register"]"#)
        .await
        .unwrap();
    app.press(keys::F11).await.unwrap();
    choose_person(app, "Owner").await;
    app.type_keys("2468").await.unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_js("document.getElementById('lock-screen').hidden")
        .await
        .unwrap();
    let answer = app
        .client
        .execute_async(
            r#"const [secs, done] = arguments;
window.__TAURI__.core.invoke('staff_auto_lock_set', { secs }).then((v) => done(v.autoLockSecs), (e) => done(e.code));"#,
            vec![serde_json::json!(secs)],
        )
        .await
        .unwrap();
    assert_eq!(answer, serde_json::json!(secs));
    // The lock screen's own timer reads the setting when someone signs in: sign in again.
    app.press(keys::F11).await.unwrap();
    choose_person(app, "Owner").await;
    app.type_keys("2468").await.unwrap();
    app.press(keys::ENTER).await.unwrap();
    app.wait_js("document.getElementById('lock-screen').hidden")
        .await
        .unwrap();
    app.rest_pointer().await.unwrap();
}
