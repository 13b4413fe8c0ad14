//! The owner's IPC commands: PIN sign-in, history, a sale's story, refunds, reports, the
//! end-of-day summary, CSV export, catalog management. Every one except the sign-in itself
//! refuses with `owner_locked` unless the owner PIN was entered (staff sell and see the last
//! sales through the register's own commands).

use serde::Serialize;
use tauri::{AppHandle, Emitter, Runtime, State};
use till_core::calendar::Date;
use till_core::catalog_admin::{self, CatalogChange, ProductInput};
use till_core::history::{
    self, DaySummaryView, ExportSummary, FilterOptions, HistoryFilter, HistoryPageView, Period,
    ReportView, SaleDetailView, TotalsView,
};
use till_core::owner::{self, OwnerGate};
use till_core::store::{now_ms, Ledger};
use till_core::{refunds, Error};

use crate::error::IpcResult;
use crate::state::{AppState, EVENT_CATALOG};

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerStatusView {
    pub pin_set: bool,
    pub locked_for_secs: i64,
    /// The owner is signed in on this window.
    pub unlocked: bool,
}

async fn status_view(state: &AppState, gate: &OwnerGate) -> IpcResult<OwnerStatusView> {
    let till = state.till()?;
    let status = owner::status(till.register.checkout().store()).await?;
    Ok(OwnerStatusView {
        pin_set: status.pin_set,
        locked_for_secs: status.locked_for_secs,
        unlocked: gate.is_open(),
    })
}

/// Settings commands call this: once a PIN is set, they need the owner signed in (before
/// that, whoever installs Till configures it).
pub async fn guard_settings(state: &AppState, gate: &OwnerGate) -> IpcResult<()> {
    if gate.is_open() {
        return Ok(gate.require()?);
    }
    let till = state.till()?;
    if owner::status(till.register.checkout().store())
        .await?
        .pin_set
    {
        gate.require()?;
    }
    Ok(())
}

#[tauri::command]
pub async fn owner_status(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
) -> IpcResult<OwnerStatusView> {
    status_view(&state, &gate).await
}

#[tauri::command]
pub async fn owner_unlock(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    pin: String,
) -> IpcResult<OwnerStatusView> {
    let till = state.till()?;
    gate.unlock(till.register.checkout().store(), &pin).await?;
    status_view(&state, &gate).await
}

#[tauri::command]
pub fn owner_lock(gate: State<'_, OwnerGate>) {
    gate.lock();
}

/// Sets the PIN (the first time), or changes it (with the current one); signs the owner in.
#[tauri::command]
pub async fn owner_set_pin(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    current: Option<String>,
    pin: String,
) -> IpcResult<OwnerStatusView> {
    let till = state.till()?;
    owner::set_pin(till.register.checkout().store(), current.as_deref(), &pin).await?;
    gate.open()?;
    status_view(&state, &gate).await
}

#[tauri::command]
pub async fn history_page(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    filter: HistoryFilter,
    cursor: Option<String>,
    limit: Option<usize>,
) -> IpcResult<HistoryPageView> {
    gate.require()?;
    let till = state.till()?;
    Ok(history::page(
        till.register.checkout(),
        &filter,
        cursor.as_deref(),
        limit.unwrap_or(50),
    )
    .await?)
}

#[tauri::command]
pub async fn history_totals(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    filter: HistoryFilter,
) -> IpcResult<Vec<TotalsView>> {
    gate.require()?;
    let till = state.till()?;
    Ok(history::totals(till.register.checkout(), &filter).await?)
}

#[tauri::command]
pub async fn history_options(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    mode: Option<String>,
) -> IpcResult<FilterOptions> {
    gate.require()?;
    let till = state.till()?;
    Ok(history::filter_options(till.register.checkout(), mode.as_deref()).await?)
}

#[tauri::command]
pub async fn sale_detail(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    sale_id: String,
) -> IpcResult<SaleDetailView> {
    gate.require()?;
    let till = state.till()?;
    Ok(history::detail(till.register.checkout(), &sale_id).await?)
}

/// What a refund of `amount` would do (checked like a refund; nothing recorded, Stripe asked
/// only which card paid): the window confirms with it before `refund_create`.
#[tauri::command]
pub async fn refund_preview(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    sale_id: String,
    amount: Option<String>,
) -> IpcResult<refunds::RefundPreview> {
    gate.require()?;
    let till = state.till()?;
    Ok(refunds::preview(till.register.checkout(), &sale_id, amount.as_deref()).await?)
}

#[tauri::command]
pub async fn refund_create(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    sale_id: String,
    amount: Option<String>,
    reason: Option<String>,
) -> IpcResult<SaleDetailView> {
    gate.require()?;
    let till = state.till()?;
    Ok(refunds::refund(
        till.register.checkout(),
        &sale_id,
        amount.as_deref(),
        reason.as_deref(),
    )
    .await?)
}

#[tauri::command]
pub async fn refund_refresh(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    sale_id: String,
) -> IpcResult<SaleDetailView> {
    gate.require()?;
    let till = state.till()?;
    Ok(refunds::refresh(till.register.checkout(), &sale_id).await?)
}

#[tauri::command]
pub async fn report_get(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    from: String,
    to: String,
    period: String,
    register: Option<String>,
) -> IpcResult<ReportView> {
    gate.require()?;
    let till = state.till()?;
    Ok(history::report(
        till.register.checkout(),
        None,
        Date::parse(&from)?,
        Date::parse(&to)?,
        Period::parse(&period)?,
        register.as_deref(),
    )
    .await?)
}

#[tauri::command]
pub async fn day_summary(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    day: Option<String>,
) -> IpcResult<DaySummaryView> {
    gate.require()?;
    let till = state.till()?;
    let checkout = till.register.checkout();
    let day = match day.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(day) => Date::parse(day)?,
        None => checkout.store().call(|l| l.local_date(now_ms())).await?,
    };
    let mut summary = history::day_summary(checkout, day).await?;
    summary.register_name = Some(till.settings.register_name.clone());
    Ok(summary)
}

/// Writes the filtered set as CSV into the export folder (Downloads, else Documents, else the
/// data folder; `TILL_EXPORT_DIR` overrides) under a timestamped name, and says where.
#[tauri::command]
pub async fn history_export(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    filter: HistoryFilter,
    per_line: Option<bool>,
) -> IpcResult<ExportSummary> {
    gate.require()?;
    let till = state.till()?;
    let query = filter.to_query(till.connection.mode)?;
    let per_line = per_line.unwrap_or(false);
    let ledger_path = till.paths.ledger_path();
    let data_dir = till.paths.data_dir.clone();
    let mode = query.mode.clone();
    // Its own connection on the blocking pool: the register keeps selling during the export.
    let summary = tokio::task::spawn_blocking(move || {
        let ledger = Ledger::open(&ledger_path)?;
        let now = now_ms();
        let name = history::export_file_name(&mode, now, ledger.local_offset_secs(now)?, per_line);
        let path = history::export_dir(&data_dir)?.join(name);
        history::export_csv_file(&ledger, &query, per_line, &path)
    })
    .await
    .map_err(|e| Error::internal(format!("The export stopped: {e}")))??;
    tracing::info!(path = %summary.path.display(), rows = summary.rows, "history exported");
    Ok(summary)
}

#[tauri::command]
pub async fn product_create<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    input: ProductInput,
) -> IpcResult<CatalogChange> {
    gate.require()?;
    let till = state.till()?;
    let change = catalog_admin::create_product(&till.register, &input).await?;
    let _ = app.emit(EVENT_CATALOG, ());
    Ok(change)
}

#[tauri::command]
pub async fn product_archive<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    product_id: String,
) -> IpcResult<CatalogChange> {
    gate.require()?;
    let till = state.till()?;
    let change = catalog_admin::archive_product(&till.register, &product_id).await?;
    let _ = app.emit(EVENT_CATALOG, ());
    Ok(change)
}
