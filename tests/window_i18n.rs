//! The window in another language: German chosen in Settings takes effect without a restart
//! of the app (the register's markup, main.js's sentences and the core's status line), a
//! screenshot of the register in German at 1024×768 with nothing cut off, and the
//! pseudo-locale leaves no English in the converted parts.

use std::path::PathBuf;

use till_harness::{App, LaunchOptions};

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

const LATTE: &str = r#".product-tile[data-price-id="price_demo_latte_usd"]"#;

/// Chooses `tag` in Settings, saves, and goes back to the register.
async fn choose_language(app: &App, tag: &str) {
    // The view fills its form each time it is shown: a choice made before that would be
    // overwritten. Its register id is emptied here, so seeing it again means the form is filled.
    app.js("document.getElementById('set-register-id').textContent = '';")
        .await
        .unwrap();
    app.click_css("#settings-tab").await.unwrap();
    app.wait_css("#set-language option[value='de']")
        .await
        .unwrap();
    app.wait_text("#set-register-id", |t| t.starts_with("reg_"))
        .await
        .unwrap();
    app.js(&format!(
        "const s = document.getElementById('set-language'); s.value = '{tag}'; \
         s.dispatchEvent(new Event('change', {{ bubbles: true }}));"
    ))
    .await
    .unwrap();
    app.click_css("#settings-save").await.unwrap();
    app.wait_js(&format!("document.documentElement.lang === '{tag}'"))
        .await
        .unwrap();
    app.click_css(".view-tab[data-view='register']")
        .await
        .unwrap();
}

/// Every visible converted text on the register (elements naming a message, the category
/// tabs, the core's status words) with an ASCII word of three letters or more: English left.
const ENGLISH_LEFT: &str = r#"
  const texts = [];
  const shown = (e) => e.offsetParent !== null || e.closest('.statusbar');
  // The first category tab is Till's ("All"); the others are the shop's own names.
  for (const e of document.querySelectorAll('#register [data-l10n-id], .topbar [data-l10n-id], .statusbar [data-l10n-id], .recent [data-l10n-id], .category-tab:first-child, .recent-state, #checkout-status')) {
    if (!shown(e)) continue;
    if (e.children.length === 0) texts.push(e.textContent);
    for (const a of ['title', 'placeholder', 'aria-label']) if (e.hasAttribute(a)) texts.push(e.getAttribute(a));
  }
  return texts.filter((t) => /[A-Za-z]{3,}/.test(t.replace(/\$[0-9.,]+/g, '')));
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn window_i18n_german_without_a_restart_and_the_pseudo_locale_leaves_no_english() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_with(LaunchOptions {
        env: vec![("TILL_STRIPE_API_BASE".into(), sim.base_url())],
    })
    .await
    .expect("launching Till");
    app.wait_css(LATTE).await.unwrap();
    app.wait_text("#cart-title", |t| t == "Current sale")
        .await
        .unwrap();

    choose_language(&app, "de").await;
    app.wait_text("#cart-title", |t| t == "Aktueller Verkauf")
        .await
        .unwrap();
    app.wait_text("#status-text", |t| {
        t.contains("Trainingsmodus") && t.ends_with("bereit")
    })
    .await
    .unwrap();
    app.wait_text(".view-tab[data-view='register']", |t| t == "Kasse")
        .await
        .unwrap();
    app.wait_text("#charge", |t| t == "Kassieren")
        .await
        .unwrap();
    assert_eq!(
        app.attr("#search", "placeholder").await.unwrap().as_deref(),
        Some("Suchen oder scannen (/)")
    );
    app.click_css(LATTE).await.unwrap();
    app.wait_text("#charge", |t| t.ends_with(" kassieren"))
        .await
        .unwrap();
    app.set_size(1024, 768).await.unwrap();
    app.rest_pointer().await.unwrap();
    let overflowing = app.overflowing().await.unwrap();
    let shot = app
        .screenshot(&screenshot_dir(), "register-de-1024x768")
        .await
        .unwrap();
    assert!(
        overflowing.is_empty(),
        "the German register at 1024×768 overflows ({}): {overflowing:#?}",
        shot.display()
    );

    // The core's words follow: the status line of a sale is German.
    app.click_css("#charge").await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Warten auf den Kunden")
        .await
        .unwrap();
    app.wait_text("#checkout-cancel", |t| t == "Verkauf stornieren")
        .await
        .unwrap();
    app.screenshot(&screenshot_dir(), "checkout-de-1024x768")
        .await
        .unwrap();
    app.click_css("#checkout-cancel").await.unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text("#checkout-status", |t| t == "Storniert")
        .await
        .unwrap();
    app.wait_text(".recent-state", |t| t == "Storniert")
        .await
        .unwrap();
    app.click_css("#checkout-back").await.unwrap();

    // The pseudo-locale: nothing converted is left in English.
    choose_language(&app, "en-XA").await;
    app.wait_text("#charge", |t| t.starts_with("Çĥååŕĝéé"))
        .await
        .unwrap();
    app.wait_text(".recent-state", |t| t.starts_with("Çååñçééļļééð"))
        .await
        .unwrap();
    let left = app.js(ENGLISH_LEFT).await.unwrap();
    assert_eq!(
        left,
        serde_json::json!([]),
        "English left in the pseudo-locale"
    );
    let overflowing = app.overflowing().await.unwrap();
    let shot = app
        .screenshot(&screenshot_dir(), "register-en-XA-1024x768")
        .await
        .unwrap();
    assert!(
        overflowing.is_empty(),
        "the pseudo-locale register at 1024×768 overflows ({}): {overflowing:#?}",
        shot.display()
    );
}
