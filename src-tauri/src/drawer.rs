//! Cash at the counter and the drawer: the cash panel (what is due, the change as staff
//! type, Complete), the split (cash parts, the balance by card through Checkout; then, if the
//! card part did not pay: retry the card, the balance in cash, or void), and the drawer's day (open with a float, paid in, no sale, X report,
//! close with the count). Paid out and the Z reports are the owner's: they refuse with
//! `owner_locked` unless the owner PIN was entered. Thin adapters over `till_core::drawer`
//! and `till_core::split`; only a split's card part talks to Stripe.

use tauri::{AppHandle, Runtime, State};
use till_core::drawer::{
    self, CashDueView, CashQuote, CashSaleView, CountInput, DrawerReport, DrawerStatus,
};
use till_core::owner::OwnerGate;
use till_core::split::{SplitQuote, SplitView};
use till_core::tender::DrawerMove;

use crate::commands::present_sale;
use crate::error::IpcResult;
use crate::state::AppState;

/// The cash panel's figures for the cart: due after rounding, quick buttons, drawer open.
#[tauri::command]
pub async fn cash_due(state: State<'_, AppState>) -> IpcResult<CashDueView> {
    Ok(state.till().await?.register.cash_due().await?)
}

/// The change for what staff typed (records nothing).
#[tauri::command]
pub async fn cash_quote(state: State<'_, AppState>, tendered: String) -> IpcResult<CashQuote> {
    Ok(state.till().await?.register.cash_quote(&tendered).await?)
}

/// Complete (cash): the cart written paid with its cash tender and drawer movement.
#[tauri::command]
pub async fn sale_pay_cash<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    tendered: String,
    email: Option<String>,
) -> IpcResult<CashSaleView> {
    let till = state.till().await?;
    let sold = till.register.pay_cash(&tendered, email.as_deref()).await?;
    crate::customer::cash(&app, &sold);
    Ok(sold)
}

#[tauri::command]
pub async fn drawer_status(state: State<'_, AppState>) -> IpcResult<DrawerStatus> {
    let till = state.till().await?;
    Ok(drawer::status(till.register.checkout(), till.register.currency()).await?)
}

/// Opens the drawer with its float: a count by denomination and/or one typed amount.
#[tauri::command]
pub async fn drawer_open(state: State<'_, AppState>, float: CountInput) -> IpcResult<DrawerStatus> {
    let till = state.till().await?;
    Ok(drawer::open(till.register.checkout(), till.register.currency(), &float).await?)
}

/// Cash put in, with a reason.
#[tauri::command]
pub async fn drawer_paid_in(
    state: State<'_, AppState>,
    amount: String,
    reason: String,
) -> IpcResult<DrawerStatus> {
    let till = state.till().await?;
    let (checkout, currency) = (till.register.checkout(), till.register.currency());
    Ok(drawer::movement(checkout, currency, DrawerMove::PaidIn, &amount, &reason).await?)
}

/// Cash taken out, with a reason: the owner's.
#[tauri::command]
pub async fn drawer_paid_out(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    amount: String,
    reason: String,
) -> IpcResult<DrawerStatus> {
    gate.require()?;
    let till = state.till().await?;
    let (checkout, currency) = (till.register.checkout(), till.register.currency());
    Ok(drawer::movement(checkout, currency, DrawerMove::PaidOut, &amount, &reason).await?)
}

/// The drawer opened without a sale (recorded).
#[tauri::command]
pub async fn drawer_no_sale(state: State<'_, AppState>) -> IpcResult<DrawerStatus> {
    let till = state.till().await?;
    let (checkout, currency) = (till.register.checkout(), till.register.currency());
    Ok(drawer::movement(checkout, currency, DrawerMove::NoSale, "", "").await?)
}

/// The X report: the shift so far.
#[tauri::command]
pub async fn drawer_x(state: State<'_, AppState>) -> IpcResult<DrawerReport> {
    Ok(drawer::x_report(state.till().await?.register.checkout()).await?)
}

/// Closes the shift with the counted cash: its Z report.
#[tauri::command]
pub async fn drawer_close(
    state: State<'_, AppState>,
    counted: CountInput,
) -> IpcResult<DrawerReport> {
    Ok(drawer::close(state.till().await?.register.checkout(), &counted).await?)
}

/// Sets the cash rounding of the till's currency (`0.05`, `none`): the owner's.
#[tauri::command]
pub async fn cash_rounding_set(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    step: String,
) -> IpcResult<DrawerStatus> {
    gate.require()?;
    let till = state.till().await?;
    let (checkout, currency) = (till.register.checkout(), till.register.currency());
    drawer::set_cash_rounding(checkout, currency, &step).await?;
    Ok(drawer::status(checkout, currency).await?)
}

/// This till's Z reports, newest first: the owner's.
#[tauri::command]
pub async fn z_reports(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
) -> IpcResult<Vec<DrawerReport>> {
    gate.require()?;
    Ok(drawer::z_list(state.till().await?.register.checkout(), 200).await?)
}

// ---------- split: cash parts, the balance by card ----------

/// The cash and the card balance for the cash parts typed (records nothing).
#[tauri::command]
pub async fn split_quote(
    state: State<'_, AppState>,
    cash_parts: Vec<String>,
) -> IpcResult<SplitQuote> {
    let parts: Vec<&str> = cash_parts.iter().map(String::as_str).collect();
    Ok(state.till().await?.register.split_quote(&parts)?)
}

/// Split: the cash parts into the drawer, the balance by card — its payment page opened and
/// watched as a card sale's.
#[tauri::command]
pub async fn sale_pay_split<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    cash_parts: Vec<String>,
    email: Option<String>,
) -> IpcResult<SplitView> {
    let till = state.till().await?;
    let parts: Vec<&str> = cash_parts.iter().map(String::as_str).collect();
    let view = till.register.pay_split(&parts, email.as_deref()).await?;
    present_sale(&app, &till, &view.sale);
    Ok(view)
}

/// A split sale: its cash and card parts and what staff can do next.
#[tauri::command]
pub async fn split_view(state: State<'_, AppState>, sale_id: String) -> IpcResult<SplitView> {
    Ok(state.till().await?.register.split_view(&sale_id).await?)
}

/// The change for what is typed against a split sale's card balance (records nothing).
#[tauri::command]
pub async fn split_balance_quote(
    state: State<'_, AppState>,
    sale_id: String,
    tendered: String,
) -> IpcResult<CashQuote> {
    let till = state.till().await?;
    Ok(till
        .register
        .split_balance_quote(&sale_id, &tendered)
        .await?)
}

/// The card part did not pay: its balance taken in cash.
#[tauri::command]
pub async fn split_balance_cash(
    state: State<'_, AppState>,
    sale_id: String,
    tendered: String,
) -> IpcResult<SplitView> {
    let till = state.till().await?;
    Ok(till
        .register
        .split_balance_cash(&sale_id, &tendered)
        .await?)
}

/// The card part did not pay: the sale voided, its cash given back from the drawer.
#[tauri::command]
pub async fn split_void(state: State<'_, AppState>, sale_id: String) -> IpcResult<SplitView> {
    Ok(state.till().await?.register.split_void(&sale_id).await?)
}

/// The card part did not pay: a new sale carrying the cash, its own payment page for the
/// same balance (opened and watched).
#[tauri::command]
pub async fn split_retry_card<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    sale_id: String,
) -> IpcResult<SplitView> {
    let till = state.till().await?;
    let view = till.register.split_retry_card(&sale_id).await?;
    present_sale(&app, &till, &view.sale);
    Ok(view)
}
