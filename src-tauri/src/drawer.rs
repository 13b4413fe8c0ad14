//! Cash at the counter and the drawer: the cash panel (what is due, the change as staff
//! type, Complete), and the drawer's day (open with a float, paid in, no sale, X report,
//! close with the count). Paid out and the Z reports are the owner's: they refuse with
//! `owner_locked` unless the owner PIN was entered. Thin adapters over `till_core::drawer`;
//! no Stripe call behind any of them.

use tauri::State;
use till_core::drawer::{
    self, CashDueView, CashQuote, CashSaleView, CountInput, DrawerReport, DrawerStatus,
};
use till_core::owner::OwnerGate;
use till_core::tender::DrawerMove;

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
pub async fn sale_pay_cash(
    state: State<'_, AppState>,
    tendered: String,
    email: Option<String>,
) -> IpcResult<CashSaleView> {
    let till = state.till().await?;
    Ok(till.register.pay_cash(&tendered, email.as_deref()).await?)
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

/// This till's Z reports, newest first: the owner's.
#[tauri::command]
pub async fn z_reports(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
) -> IpcResult<Vec<DrawerReport>> {
    gate.require()?;
    Ok(drawer::z_list(state.till().await?.register.checkout(), 200).await?)
}
