//! Receipts: a paid sale's receipt for the screen, printed, the printer's test page, and the
//! receipt settings (shop header and footer, printer). Thin adapters over
//! `till_core::receipts`; printing never changes a sale.

use tauri::State;
use till_core::receipts::{self, DrawerKick, Printed, ReceiptView};
use till_core::settings::ReceiptSettings;

use crate::error::IpcResult;
use crate::state::AppState;

/// The sale's receipt (`kind`: sale, gift, refund; `copy`: a reprint; `null`: History's
/// Reprint, a copy only if the sale had a receipt before).
#[tauri::command]
pub async fn receipt_view(
    state: State<'_, AppState>,
    sale_id: String,
    kind: String,
    copy: Option<bool>,
) -> IpcResult<ReceiptView> {
    let till = state.till().await?;
    let kind = receipts::parse_kind(&kind)?;
    let checkout = till.register.checkout();
    Ok(match copy {
        Some(copy) => receipts::receipt_view(checkout, &sale_id, kind, copy).await?,
        None => receipts::reprint_view(checkout, &sale_id, kind).await?,
    })
}

/// Prints the sale's receipt on the printer in Settings.
#[tauri::command]
pub async fn receipt_print(
    state: State<'_, AppState>,
    sale_id: String,
    kind: String,
    copy: bool,
) -> IpcResult<Printed> {
    let till = state.till().await?;
    let kind = receipts::parse_kind(&kind)?;
    Ok(receipts::print(till.register.checkout(), &sale_id, kind, copy).await?)
}

/// Opens the cash drawer through the receipt printer (`reason`: `cash_sale` after cash was
/// taken, `no_sale`), when a printer is set and Settings say so. The window asks after the
/// sale or movement is recorded, so a slow printer never holds the register.
#[tauri::command]
pub async fn drawer_kick(state: State<'_, AppState>, reason: String) -> IpcResult<DrawerKick> {
    let till = state.till().await?;
    let reason = receipts::KickReason::parse(&reason)?;
    Ok(receipts::kick_drawer(till.register.checkout(), reason).await?)
}

/// Settings' "Print test page": returns the printer as Settings name it.
#[tauri::command]
pub async fn printer_test(state: State<'_, AppState>) -> IpcResult<String> {
    let till = state.till().await?;
    Ok(receipts::printer_test(till.register.checkout()).await?)
}

#[tauri::command]
pub async fn receipt_settings_get(state: State<'_, AppState>) -> IpcResult<ReceiptSettings> {
    let till = state.till().await?;
    Ok(receipts::settings_get(till.register.checkout()).await?)
}

/// Checks and saves the receipt settings (no restart: each receipt reads them).
#[tauri::command]
pub async fn receipt_settings_save(
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
    settings: ReceiptSettings,
) -> IpcResult<ReceiptSettings> {
    // Once the owner chose a PIN, Settings are the owner's.
    crate::owner::guard_settings(&state, &gate).await?;
    let till = state.till().await?;
    Ok(receipts::settings_save(till.register.checkout(), settings).await?)
}
