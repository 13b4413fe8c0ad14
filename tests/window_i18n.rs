//! The window in other languages. German, French, Spanish and Japanese, each chosen in Settings
//! without a restart of the app: the register's words, a sale on the checkout panel (waiting,
//! declined, paid: the core's words in Stripe's terms) and History, checked by their key words,
//! with nothing cut off at 1024×768 (screenshots of German and Japanese). Then the
//! pseudo-locale: no English left in the register, Settings, History (a sale, the report, the
//! catalog), the owner PIN dialog, Members and Test cards.

use std::path::PathBuf;

use till_harness::{App, LaunchOptions};

fn screenshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
}

const LATTE: &str = r#".product-tile[data-price-id="price_demo_latte_usd"]"#;
const PIN: &str = "2468";

/// If the owner PIN dialog is up (or comes up), enters the PIN: chosen the first time, then
/// typed to unlock. Returns once the dialog is gone or `view` is on screen.
async fn pass_pin(app: &App, view: &str) {
    app.wait_js(&format!(
        "!document.getElementById('pin-dialog').hidden || \
         !document.querySelector('[data-view-panel={view}]').hidden"
    ))
    .await
    .unwrap();
    if app.is_hidden("#pin-dialog").await {
        return;
    }
    let choosing = !app.is_hidden("#pin-confirm-row").await;
    app.js(&format!(
        "document.getElementById('pin-input').value = '{PIN}'; \
         document.getElementById('pin-confirm').value = '{}';",
        if choosing { PIN } else { "" }
    ))
    .await
    .unwrap();
    app.click_css("#pin-submit").await.unwrap();
    app.wait_js(&format!(
        "!document.querySelector('[data-view-panel={view}]').hidden"
    ))
    .await
    .unwrap();
}

/// Opens the view of this tab, through the owner PIN when it asks.
async fn open_view(app: &App, view: &str) {
    app.click_css(&format!(".view-tab[data-view='{view}']"))
        .await
        .unwrap();
    pass_pin(app, view).await;
}

/// Chooses `tag` in Settings, saves, and goes back to the register.
async fn choose_language(app: &App, tag: &str) {
    // The view fills its form each time it is shown: a choice made before that would be
    // overwritten. Its register id is emptied here, so seeing it again means the form is filled.
    app.js("document.getElementById('set-register-id').textContent = '';")
        .await
        .unwrap();
    open_view(app, "settings").await;
    app.wait_css(&format!("#set-language option[value='{tag}']"))
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
    // Settings' explanations are in the language shown, longer in some than in English: the
    // button may start below the view's edge, where WebKit's driver will not click it.
    app.js("document.getElementById('settings-save').scrollIntoView({ block: 'center' });")
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

/// Saves a screenshot once the toast (e.g. "Settings saved.") and any tooltip have gone.
async fn screenshot(app: &App, name: &str) {
    app.wait_js("document.getElementById('toast').hidden")
        .await
        .unwrap();
    // A tooltip left over from a button that changed under the pointer stays up until the
    // pointer passes over something with a title and leaves it: the mode badge, always there.
    use fantoccini::actions::{InputSource, MouseActions, PointerAction};
    let badge = app.wait_css("#mode-badge").await.unwrap();
    let over = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
        element: badge,
        duration: None,
        x: 0.0,
        y: 0.0,
    });
    app.client.perform_actions(over).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    app.rest_pointer().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    app.screenshot(&screenshot_dir(), name).await.unwrap();
}

/// Fails naming what overflows, with a screenshot named after `what` (a file name).
async fn assert_fits(app: &App, what: &str) {
    app.rest_pointer().await.unwrap();
    let overflowing = app.overflowing().await.unwrap();
    if !overflowing.is_empty() {
        let shot = app
            .screenshot(&screenshot_dir(), &format!("{what}-overflows-1024x768"))
            .await
            .unwrap();
        panic!(
            "{what} overflows at 1024×768 ({}): {overflowing:#?}",
            shot.display()
        );
    }
}

/// One language's key words, as the window should show them.
struct Words {
    tag: &'static str,
    register_tab: &'static str,
    history_tab: &'static str,
    cart_title: &'static str,
    charge: &'static str,
    search: &'static str,
    waiting: &'static str,
    cancel_sale: &'static str,
    /// How the core's status line of a declined card begins (Stripe's word).
    declined: &'static str,
    /// A paid sale: the core's status line, and History's state (Stripe's word).
    paid: &'static str,
    history_show: &'static str,
    history_items: &'static str,
    status_ready: &'static str,
    /// A latte's price as the language's own locale writes it (no-break space shown as ` `).
    latte: &'static str,
}

const LANGUAGES: [Words; 4] = [
    Words {
        tag: "de",
        register_tab: "Kasse",
        history_tab: "Verlauf",
        cart_title: "Aktueller Verkauf",
        charge: "Kassieren",
        search: "Suchen oder scannen (/)",
        waiting: "Warten auf den Kunden",
        cancel_sale: "Verkauf stornieren",
        declined: "Abgelehnt — ",
        paid: "Bezahlt",
        history_show: "Anzeigen",
        history_items: "Artikel",
        status_ready: "bereit",
        latte: "4,75 $",
    },
    Words {
        tag: "fr",
        register_tab: "Caisse",
        history_tab: "Historique",
        cart_title: "Vente en cours",
        charge: "Encaisser",
        search: "Rechercher ou scanner (/)",
        waiting: "En attente du client",
        cancel_sale: "Annuler la vente",
        declined: "Refusé — ",
        paid: "Payé",
        history_show: "Afficher",
        history_items: "Articles",
        status_ready: "prêt",
        latte: "4,75 $",
    },
    Words {
        tag: "es",
        register_tab: "Caja",
        history_tab: "Historial",
        cart_title: "Venta actual",
        charge: "Cobrar",
        search: "Buscar o escanear (/)",
        waiting: "Esperando al cliente",
        cancel_sale: "Cancelar venta",
        declined: "Rechazado — ",
        paid: "Pagado",
        history_show: "Mostrar",
        history_items: "Artículos",
        status_ready: "listo",
        latte: "4,75 $",
    },
    Words {
        tag: "ja",
        register_tab: "レジ",
        history_tab: "履歴",
        cart_title: "現在の販売",
        charge: "会計",
        search: "検索またはスキャン (/)",
        waiting: "お客様を待っています",
        cancel_sale: "販売をキャンセル",
        declined: "拒否 — ",
        paid: "支払い済み",
        history_show: "表示",
        history_items: "商品",
        status_ready: "準備完了",
        latte: "$4.75",
    },
];

/// The register, a sale (waiting, declined, paid) and History in the language of `words`.
async fn speaks(app: &App, sim: &stripe_sim::SimHandle, words: &Words) {
    let tag = words.tag;
    choose_language(app, tag).await;
    app.wait_text("#cart-title", |t| t == words.cart_title)
        .await
        .unwrap();
    app.wait_text("#status-text", |t| t.ends_with(words.status_ready))
        .await
        .unwrap();
    app.wait_text(".view-tab[data-view='register']", |t| {
        t == words.register_tab
    })
    .await
    .unwrap();
    app.wait_text(".view-tab[data-view='history']", |t| t == words.history_tab)
        .await
        .unwrap();
    app.wait_text("#charge", |t| t == words.charge)
        .await
        .unwrap();
    assert_eq!(
        app.attr("#search", "placeholder").await.unwrap().as_deref(),
        Some(words.search),
        "{tag}"
    );
    app.click_css(LATTE).await.unwrap();
    // Amounts follow the language's locale (none is chosen in Settings).
    app.wait_text("#charge", |t| {
        t != words.charge && t.replace('\u{a0}', " ").contains(words.latte)
    })
    .await
    .unwrap();
    assert_fits(app, &format!("register-{tag}")).await;
    if matches!(tag, "de" | "ja") {
        screenshot(app, &format!("register-{tag}-1024x768")).await;
    }

    // The checkout panel: the core's words follow the language.
    app.click_css("#charge").await.unwrap();
    app.wait_text("#checkout-status", |t| t == words.waiting)
        .await
        .unwrap();
    app.wait_text("#checkout-cancel", |t| t == words.cancel_sale)
        .await
        .unwrap();
    let sale_id = app
        .wait_text("#checkout-sale-id", |t| !t.is_empty())
        .await
        .unwrap();
    let session = app.session_of(&sale_id).unwrap();
    sim.pay(&session, "4000000000009995").unwrap();
    app.wait_text("#checkout-status", |t| t.starts_with(words.declined))
        .await
        .unwrap();
    assert_fits(app, &format!("checkout-declined-{tag}")).await;
    if matches!(tag, "de" | "ja") {
        screenshot(app, &format!("checkout-declined-{tag}-1024x768")).await;
    }
    // Another card: the same sale is paid.
    sim.pay(&session, "4242424242424242").unwrap();
    app.wait_text("#checkout-status", |t| t == words.paid)
        .await
        .unwrap();
    app.wait_text(".recent-state", |t| t == words.paid)
        .await
        .unwrap();
    app.click_css("#checkout-new").await.unwrap();
    app.wait_text("#charge", |t| t == words.charge)
        .await
        .unwrap();

    // History: the sale just paid is on top, in the language's word.
    open_view(app, "history").await;
    app.wait_text("#history-rows .history-row .pill", |t| t == words.paid)
        .await
        .unwrap();
    app.wait_text("#history-apply", |t| t == words.history_show)
        .await
        .unwrap();
    app.wait_text("#history-view th[data-l10n-id='history-col-items']", |t| {
        t == words.history_items
    })
    .await
    .unwrap();
    assert_fits(app, &format!("history-{tag}")).await;
    if matches!(tag, "de" | "ja") {
        screenshot(app, &format!("history-{tag}-1024x768")).await;
    }
    if tag == "de" {
        // A refund typed the German way: "3,20" is 3.20, asked for in German amounts.
        app.click_css(&format!(
            r#".history-row[data-sale-id="{sale_id}"] .h-items"#
        ))
        .await
        .unwrap();
        let field = app
            .wait_css("#sale-detail #refund-form:not([hidden]) #refund-amount")
            .await
            .unwrap();
        field.send_keys("3,20").await.unwrap();
        app.click_css("#refund-submit").await.unwrap();
        let question = app
            .wait_text("#confirm-text", |t| !t.is_empty())
            .await
            .unwrap()
            .replace('\u{a0}', " ");
        assert!(
            question.contains("3,20 $") && question.contains("4,75 $"),
            "{question}"
        );
        app.click_css("#confirm-no").await.unwrap();
        app.wait_js("document.getElementById('confirm-dialog').hidden")
            .await
            .unwrap();
        // The catalog's price example is typed the de-DE way too.
        app.click_css(".side-tab[data-side='catalog']")
            .await
            .unwrap();
        app.wait_css("#product-list li").await.unwrap();
        assert_eq!(
            app.attr("#p-amount", "placeholder")
                .await
                .unwrap()
                .as_deref(),
            Some("4,75")
        );
        app.click_css(".side-tab[data-side='sale']").await.unwrap();
    }
    app.click_css(".view-tab[data-view='register']")
        .await
        .unwrap();
}

/// Every visible text under `root` (text, the title / placeholder / aria-label / alt
/// attributes, a drop-down's choices) with an ASCII word of three letters or more: English
/// left. What is marked `translate="no"` is data or the core's own words and is skipped, as
/// are amounts, currency codes and the language menu's own names.
fn english_left(root: &str) -> String {
    format!(
        r#"
const root = document.querySelector({root:?});
const texts = [];
const shown = (e) => e.getClientRects().length > 0 && !e.closest('[hidden]');
const data = (e) => e.closest('[translate="no"]');
const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
for (let n = walker.nextNode(); n; n = walker.nextNode()) {{
  const e = n.parentElement;
  if (!e || data(e) || ['OPTION', 'SCRIPT', 'STYLE'].includes(e.tagName) || !shown(e)) continue;
  texts.push(n.textContent);
}}
for (const e of [root, ...root.querySelectorAll('*')]) {{
  if (data(e) || !shown(e)) continue;
  for (const a of ['title', 'placeholder', 'aria-label', 'alt']) if (e.hasAttribute(a)) texts.push(e.getAttribute(a));
  if (e.tagName === 'SELECT') for (const o of e.options) if (!data(o)) texts.push(o.text);
}}
return texts
  .map((t) => t.replace(/[$€£¥][0-9.,]+|\b(USD|EUR|GBP|JPY|CAD|AUD|CHF)\b/g, '').replace(/English|Deutsch|Français|Español/g, ''))
  .filter((t) => /[A-Za-z]{{3,}}/.test(t));
"#
    )
}

async fn assert_no_english(app: &App, root: &str, what: &str) {
    let left = app.js(&english_left(root)).await.unwrap();
    if left != serde_json::json!([]) {
        let shot = app
            .screenshot(&screenshot_dir(), &format!("{what}-en-XA-english-left"))
            .await
            .unwrap();
        panic!(
            "English left in the pseudo-locale's {what} ({}): {left:#}",
            shot.display()
        );
    }
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
async fn window_i18n_four_languages_without_a_restart_and_the_pseudo_locale_leaves_no_english() {
    let sim = stripe_sim::start(stripe_sim::SimConfig::default())
        .await
        .unwrap();
    let app = App::launch_with(LaunchOptions {
        env: vec![("TILL_STRIPE_API_BASE".into(), sim.base_url())],
    })
    .await
    .expect("launching Till");
    app.set_size(1024, 768).await.unwrap();
    app.wait_css(LATTE).await.unwrap();
    app.wait_text("#cart-title", |t| t == "Current sale")
        .await
        .unwrap();

    for words in &LANGUAGES {
        speaks(&app, &sim, words).await;
    }

    // The pseudo-locale: nothing is left in English, in any view.
    choose_language(&app, "en-XA").await;
    app.wait_text("#charge", |t| t.starts_with("Çĥååŕĝéé"))
        .await
        .unwrap();
    app.click_css(LATTE).await.unwrap();
    app.click_css("#charge").await.unwrap();
    app.wait_text("#checkout-cancel", |t| t.starts_with("Çååñçééļ"))
        .await
        .unwrap();
    app.click_css("#checkout-cancel").await.unwrap();
    app.click_css("#confirm-yes").await.unwrap();
    app.wait_text(".recent-state", |t| t.starts_with("Çååñçééļļééð"))
        .await
        .unwrap();
    let left = app.js(ENGLISH_LEFT).await.unwrap();
    assert_eq!(
        left,
        serde_json::json!([]),
        "English left in the pseudo-locale"
    );
    assert_fits(&app, "register-en-XA").await;
    screenshot(&app, "register-en-XA-1024x768").await;
    app.click_css("#checkout-back").await.unwrap();

    // The owner PIN dialog, asked for again once the owner is signed out.
    if !app.is_hidden("#owner-lock").await {
        app.click_css("#owner-lock").await.unwrap();
    }
    app.click_css(".view-tab[data-view='history']")
        .await
        .unwrap();
    app.wait_js("!document.getElementById('pin-dialog').hidden")
        .await
        .unwrap();
    assert_no_english(&app, "#pin-dialog", "pin").await;
    pass_pin(&app, "history").await;

    // History: the list, a sale's story with its refund form, the report, the catalog.
    app.wait_css("#history-rows .history-row").await.unwrap();
    assert_no_english(&app, "#history-view", "history").await;
    app.click_css("#history-rows .history-row.state-paid .h-items")
        .await
        .unwrap();
    app.wait_css("#sale-detail .facts").await.unwrap();
    app.wait_js("!document.getElementById('refund-form').hidden")
        .await
        .unwrap();
    assert_no_english(&app, "#history-view", "sale").await;
    assert_fits(&app, "history-en-XA").await;
    screenshot(&app, "history-en-XA-1024x768").await;
    app.click_css(".side-tab[data-side='report']")
        .await
        .unwrap();
    app.wait_css("#report-rows tr").await.unwrap();
    assert_no_english(&app, "#history-view", "report").await;
    app.click_css(".side-tab[data-side='catalog']")
        .await
        .unwrap();
    app.wait_css("#product-list li").await.unwrap();
    // Its tax rates and coupons (none yet: their empty notes) too, and the tab fits.
    app.wait_js(
        "!document.getElementById('tax-rates-empty').hidden && !document.getElementById('coupons-empty').hidden",
    )
    .await
    .unwrap();
    assert_no_english(&app, "#history-view", "catalog").await;
    assert_fits(&app, "catalog-en-XA").await;

    open_view(&app, "members").await;
    app.wait_js("document.getElementById('m-status').options.length > 0")
        .await
        .unwrap();
    app.wait_js(
        "!document.getElementById('members-empty').hidden || \
         document.querySelector('#members-rows tr') !== null",
    )
    .await
    .unwrap();
    assert_no_english(&app, "#members-view", "members").await;

    open_view(&app, "settings").await;
    app.wait_text("#set-register-id", |t| t.starts_with("reg_"))
        .await
        .unwrap();
    app.wait_text("#keyring-note", |t| !t.is_empty())
        .await
        .unwrap();
    assert_no_english(&app, "#settings-view", "settings").await;
    assert_fits(&app, "settings-en-XA").await;

    open_view(&app, "testcards").await;
    app.wait_css("#testcards-rows tr").await.unwrap();
    assert_no_english(&app, "#testcards-view", "testcards").await;
    assert_fits(&app, "testcards-en-XA").await;
}
