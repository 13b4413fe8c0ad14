//! IPC commands: thin adapters from the UI to the core. Each is listed in `command_list.rs`
//! and granted in `capabilities/main.json`; each returns core views or `IpcError`. Every
//! command that needs the core is `async`: Tauri runs those off the main thread, so waiting
//! for a core that is (re)starting never freezes the window.

use std::sync::Arc;

use serde::Serialize;
use tauri::{AppHandle, Runtime, State};
use till_core::checkout::SaleView;
use till_core::parked::ParkedView;
use till_core::register::{CartView, CatalogView};
use till_core::runtime::Till;
use till_core::{links, qr, Error, ErrorCode};

use crate::error::{IpcError, IpcResult};
use crate::state::{self, AppState};

/// What the status bar shows.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub version: &'static str,
    /// `training`, `test` or `live`.
    pub mode: String,
    pub register_name: String,
    pub register_id: String,
    pub currency: String,
    /// The language the window and the core's words are in (`en`, `de`, `en-XA`): the
    /// Settings choice, else the system's. The window loads `locales/<language>/till.ftl`.
    pub language: &'static str,
    /// The display locale (`de-DE`): how dates and times are written in the window (amounts
    /// come formatted from the core in the same locale).
    pub locale: &'static str,
    pub data_dir: String,
    /// Why the keyring's key is not in use (Till then runs in training mode), if it is not.
    pub key_problem: Option<till_core::keys::Problem>,
    /// How long a sale stays on screen before Till cancels it.
    pub checkout_timeout_seconds: u64,
    /// What the checkout panel says about a customer's phone under the QR code, if anything
    /// (`till_core::phone`): a warning in test or live mode without an after-payment page.
    pub phone_note: Option<String>,
    /// `phone_note` is a warning (not just information).
    pub phone_warning: bool,
}

#[tauri::command]
pub async fn app_status(state: State<'_, AppState>) -> IpcResult<AppStatus> {
    let till = state.till().await?;
    let (phone_note, phone_warning) = till.phone_note();
    Ok(AppStatus {
        version: env!("CARGO_PKG_VERSION"),
        mode: till.connection.mode.as_str().to_string(),
        register_name: till.settings.register_name.clone(),
        register_id: till.settings.register_id.clone(),
        currency: till.register.currency().code().to_string(),
        language: till.settings.language.tag(),
        locale: till.settings.locale.tag(),
        data_dir: state.paths.data_dir.display().to_string(),
        key_problem: state
            .key_problem()
            .map(|e| till_core::keys::Problem::in_language(&e, till.settings.language)),
        checkout_timeout_seconds: till.settings.checkout_timeout.as_secs(),
        phone_note,
        phone_warning,
    })
}

#[tauri::command]
pub async fn catalog_view(
    state: State<'_, AppState>,
    query: Option<String>,
    category: Option<String>,
) -> IpcResult<CatalogView> {
    let till = state.till().await?;
    Ok(till
        .register
        .catalog_view(query.as_deref().unwrap_or(""), category.as_deref())?)
}

#[tauri::command]
pub async fn catalog_sync(state: State<'_, AppState>) -> IpcResult<usize> {
    let till = state.till().await?;
    Ok(till.register.sync_catalog().await?)
}

#[tauri::command]
pub async fn cart_get<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> IpcResult<CartView> {
    to_customer(&app, state.till().await?.register.cart())
}

#[tauri::command]
pub async fn cart_add<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    price_id: String,
) -> IpcResult<CartView> {
    to_customer(&app, state.till().await?.register.add(&price_id, 1))
}

/// Applies a coupon from the synced catalog to the sale (`None`: takes it off).
#[tauri::command]
pub async fn cart_set_coupon<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    coupon_id: Option<String>,
) -> IpcResult<CartView> {
    let till = state.till().await?;
    let cart = till.register.set_coupon(coupon_id.as_deref()).await;
    to_customer(&app, cart)
}

/// Lets the customer type a promotion code on Stripe's page, or not (card sales only).
#[tauri::command]
pub async fn cart_set_promotion_codes<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    allow: bool,
) -> IpcResult<CartView> {
    let till = state.till().await?;
    let cart = till.register.set_promotion_codes(allow);
    to_customer(&app, cart)
}

/// An amount typed for an open-price product (`price_id`) or a Miscellaneous line (`None`).
#[tauri::command]
pub async fn cart_add_open_price<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    price_id: Option<String>,
    amount: String,
) -> IpcResult<CartView> {
    let cart = state
        .till()
        .await?
        .register
        .add_open_price(price_id.as_deref(), &amount);
    to_customer(&app, cart)
}

/// The tip as typed (`None` or empty: no tip).
#[tauri::command]
pub async fn cart_set_tip<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    amount: Option<String>,
) -> IpcResult<CartView> {
    to_customer(
        &app,
        state.till().await?.register.set_tip(amount.as_deref()),
    )
}

/// A tip of a percentage of the sale (10, 15, 20…).
#[tauri::command]
pub async fn cart_set_tip_percent<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    percent: u32,
) -> IpcResult<CartView> {
    to_customer(&app, state.till().await?.register.set_tip_percent(percent))
}

/// A manual discount (an amount, or a percentage with `%`) with its reason: refused unless the
/// owner or a manager is signed in at the till (`discount_needs_owner`, `staff_not_allowed`).
#[tauri::command]
pub async fn cart_set_manual_discount<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    amount: String,
    reason: String,
) -> IpcResult<CartView> {
    to_customer(
        &app,
        state
            .till()
            .await?
            .register
            .set_manual_discount(&amount, &reason),
    )
}

/// A cart line's unit price set at the till with a reason: refused unless the owner or a
/// manager is signed in (`override_needs_owner`, `staff_not_allowed`).
#[tauri::command]
pub async fn cart_override_price<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    price_id: String,
    amount: String,
    reason: String,
) -> IpcResult<CartView> {
    to_customer(
        &app,
        state
            .till()
            .await?
            .register
            .override_price(&price_id, &amount, &reason),
    )
}

/// The coupons staff can apply in the register's currency.
#[tauri::command]
pub async fn coupons_list(
    state: State<'_, AppState>,
) -> IpcResult<Vec<till_core::register::CouponView>> {
    Ok(state.till().await?.register.coupons().await?)
}

/// Scanner input (a barcode or SKU, then Enter).
#[tauri::command]
pub async fn cart_scan<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    code: String,
) -> IpcResult<CartView> {
    to_customer(&app, state.till().await?.register.scan(&code))
}

#[tauri::command]
pub async fn cart_set_quantity<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    price_id: String,
    quantity: i64,
) -> IpcResult<CartView> {
    to_customer(
        &app,
        state
            .till()
            .await?
            .register
            .set_quantity(&price_id, quantity),
    )
}

#[tauri::command]
pub async fn cart_remove<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    price_id: String,
) -> IpcResult<CartView> {
    to_customer(&app, state.till().await?.register.remove(&price_id))
}

#[tauri::command]
pub async fn cart_clear<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> IpcResult<CartView> {
    to_customer(&app, state.till().await?.register.clear())
}

/// The customer's screen follows every cart the register is answered with.
fn to_customer<R: Runtime>(
    app: &AppHandle<R>,
    cart: Result<CartView, Error>,
) -> IpcResult<CartView> {
    let cart = cart?;
    crate::customer::cart(app, &cart);
    Ok(cart)
}

/// Parks the current cart under a label and starts a new sale (the customer's screen shows the
/// empty cart).
#[tauri::command]
pub async fn cart_park<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    label: String,
) -> IpcResult<ParkedView> {
    let till = state.till().await?;
    let parked = till.register.park(&label).await?;
    // The cart is parked and recorded; a cart that cannot be read now only leaves the
    // customer's screen behind until the next change.
    if let Ok(cart) = till.register.cart() {
        crate::customer::cart(&app, &cart);
    }
    Ok(parked)
}

/// The carts parked at this till, with what differs from today's catalog.
#[tauri::command]
pub async fn cart_parked(state: State<'_, AppState>) -> IpcResult<Vec<ParkedView>> {
    Ok(state.till().await?.register.parked().await?)
}

/// Resumes a parked cart as the current sale (`accept_changes`: at today's prices).
#[tauri::command]
pub async fn cart_resume<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    id: i64,
    accept_changes: bool,
) -> IpcResult<CartView> {
    let till = state.till().await?;
    to_customer(&app, till.register.resume(id, accept_changes).await)
}

/// Drops a parked cart.
#[tauri::command]
pub async fn cart_drop_parked(state: State<'_, AppState>, id: i64) -> IpcResult<()> {
    Ok(state.till().await?.register.drop_parked(id).await?)
}

/// Charge: records the sale, creates its session, opens it in the browser, watches it.
#[tauri::command]
pub async fn sale_charge<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    email: Option<String>,
) -> IpcResult<SaleView> {
    let till = state.till().await?;
    let sale = till.register.charge(email.as_deref()).await?;
    present_sale(&app, &till, &sale);
    Ok(sale)
}

#[tauri::command]
pub async fn sale_get(state: State<'_, AppState>, sale_id: String) -> IpcResult<SaleView> {
    Ok(state
        .till()
        .await?
        .register
        .checkout()
        .sale(&sale_id)
        .await?)
}

/// Open again: the sale's Checkout page in the system browser.
#[tauri::command]
pub async fn sale_open(state: State<'_, AppState>, sale_id: String) -> IpcResult<()> {
    let till = state.till().await?;
    let sale = till.register.checkout().sale(&sale_id).await?;
    let url = sale.url.ok_or_else(|| {
        IpcError::new(
            ErrorCode::InvalidInput,
            "This sale has no payment page yet.",
        )
    })?;
    open_checkout(&till, &url)
}

#[tauri::command]
pub async fn sale_cancel(state: State<'_, AppState>, sale_id: String) -> IpcResult<SaleView> {
    Ok(state
        .till()
        .await?
        .register
        .checkout()
        .cancel(&sale_id)
        .await?)
}

#[tauri::command]
pub async fn sale_retry<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    sale_id: String,
) -> IpcResult<SaleView> {
    let till = state.till().await?;
    let sale = till.register.checkout().retry(&sale_id).await?;
    present_sale(&app, &till, &sale);
    Ok(sale)
}

/// The sale's Checkout URL as an SVG QR code.
#[tauri::command]
pub async fn sale_qr(state: State<'_, AppState>, sale_id: String) -> IpcResult<String> {
    let till = state.till().await?;
    let sale = till.register.checkout().sale(&sale_id).await?;
    let url = sale.url.ok_or_else(|| {
        IpcError::new(
            ErrorCode::InvalidInput,
            "This sale has no payment page yet.",
        )
    })?;
    Ok(qr::svg(&url)?)
}

#[tauri::command]
pub async fn sales_recent(
    state: State<'_, AppState>,
    limit: Option<usize>,
) -> IpcResult<Vec<SaleView>> {
    let till = state.till().await?;
    Ok(till
        .register
        .checkout()
        .recent(None, limit.unwrap_or(8).min(50))
        .await?)
}

/// The Test cards sheet (runs Stripe has decided are settled first).
#[tauri::command]
pub async fn testcards_list(state: State<'_, AppState>) -> IpcResult<till_core::testcards::Sheet> {
    let till = state.till().await?;
    Ok(till_core::testcards::sheet(till.register.checkout(), 200).await?)
}

/// Starts a test-card run and presents it like any sale: browser, QR code, watcher.
#[tauri::command]
pub async fn testcard_run<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    number: String,
) -> IpcResult<SaleView> {
    let till = state.till().await?;
    let sale = till_core::testcards::start_run(
        till.register.checkout(),
        &number,
        till.register.currency(),
    )
    .await?;
    present_sale(&app, &till, &sale);
    Ok(sale)
}

/// Writes the run history as CSV into the data folder's `exports`; returns the path.
#[tauri::command]
pub async fn testcards_export(state: State<'_, AppState>) -> IpcResult<String> {
    let till = state.till().await?;
    let stamp = till_core::store::now_ms();
    let path = till
        .paths
        .data_dir
        .join("exports")
        .join(format!("test-card-runs-{stamp}.csv"));
    till_core::testcards::export_csv(till.register.checkout(), &path).await?;
    Ok(path.display().to_string())
}

/// The UI reports that the register is interactive (the first product tiles are on screen).
/// Logged with the time since start; with `TILL_EXIT_WHEN_READY=1` Till then quits, so a
/// benchmark can time launch → interactive from outside. `marks` are the page's own
/// timeline (ms since the page started loading: modules loaded, catalog received...).
/// Synchronous: it only logs (and may quit), never waits for the core.
#[tauri::command]
pub fn ui_ready<R: Runtime>(
    app: AppHandle<R>,
    tiles: usize,
    page_ms: Option<f64>,
    marks: Option<std::collections::BTreeMap<String, f64>>,
) {
    let elapsed = crate::since_start();
    let marks = marks
        .unwrap_or_default()
        .iter()
        .map(|(name, ms)| format!("{name}={ms:.0}"))
        .collect::<Vec<_>>()
        .join(" ");
    tracing::info!(
        elapsed_ms = elapsed.as_millis() as u64,
        page_ms = page_ms.unwrap_or_default() as u64,
        tiles,
        marks,
        "register interactive"
    );
    if std::env::var("TILL_EXIT_WHEN_READY").is_ok_and(|v| v == "1") {
        app.exit(0);
    }
}

/// A sale that has just got (or may have got) its session: watch it until it is final and
/// open its page in the browser. A browser that cannot open is logged; the QR code and
/// Open again remain.
pub(crate) fn present_sale<R: Runtime>(app: &AppHandle<R>, till: &Arc<Till>, sale: &SaleView) {
    crate::customer::shown(app, sale);
    if !sale.is_final {
        state::watch(app, till, sale.id.clone());
        if let Some(url) = &sale.url {
            if let Err(e) = open_checkout(till, url) {
                tracing::warn!(error = %e.message, "could not open the browser; the QR code and Open again remain");
            }
        }
    }
}

/// Opens a Checkout URL in the system browser, after checking it against the allowlist.
fn open_checkout(till: &till_core::runtime::Till, url: &str) -> IpcResult<()> {
    let mode = till.connection.mode;
    if !links::checkout_url_allowed(url, mode, &till.connection.api_base)
        && !links::training_page_allowed(url, mode, till.connection.lan_page_base.as_deref())
    {
        tracing::error!(url, "refused to open a URL that is not a Checkout page");
        return Err(IpcError::new(
            ErrorCode::InvalidInput,
            "Till only opens Stripe Checkout pages; this link was refused.",
        ));
    }
    tracing::info!(url, "opening the Checkout page in the system browser");
    // The system's default browser, as xdg-open / gio / the desktop's opener choose it.
    open::that_detached(url).map_err(|e| {
        IpcError::from(Error::new(
            ErrorCode::Internal,
            format!(
                "The browser could not be opened ({e}). Use the QR code, or open the link by hand."
            ),
        ))
    })
}
