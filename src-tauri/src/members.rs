//! Memberships: staff look a member up by email at the counter; the paid panel names the
//! member a membership sale recorded; the owner lists members, opens one, refreshes it from
//! Stripe and cancels it at period end. Thin adapters over `till_core::members`; the owner's
//! commands refuse with `owner_locked` unless the owner PIN was entered.

use tauri::State;
use till_core::members::{self, MemberDetail, MemberView, SaleMember};
use till_core::owner::OwnerGate;

use crate::error::IpcResult;
use crate::state::AppState;

/// Staff, at the counter: the memberships of an email, newest first (empty when none).
#[tauri::command]
pub async fn member_lookup(
    state: State<'_, AppState>,
    email: String,
) -> IpcResult<Vec<MemberView>> {
    let till = state.till().await?;
    Ok(members::lookup(till.register.checkout(), &email).await?)
}

/// Whether a sale sold a membership (`membership`: its plan), and the member it recorded once
/// known (`member`).
#[tauri::command]
pub async fn sale_member(state: State<'_, AppState>, sale_id: String) -> IpcResult<SaleMember> {
    let till = state.till().await?;
    Ok(members::for_sale(till.register.checkout(), &sale_id).await?)
}

/// The owner's members list: `all` (or nothing) or one of Stripe's subscription statuses.
#[tauri::command]
pub async fn members_list(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    status: Option<String>,
) -> IpcResult<Vec<MemberView>> {
    gate.require()?;
    let till = state.till().await?;
    Ok(members::list(till.register.checkout(), status.as_deref()).await?)
}

#[tauri::command]
pub async fn member_detail(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    subscription_id: String,
) -> IpcResult<MemberDetail> {
    gate.require()?;
    let till = state.till().await?;
    Ok(members::detail(till.register.checkout(), &subscription_id).await?)
}

/// Cancels at the end of the current period (Stripe first; the ledger records its answer).
#[tauri::command]
pub async fn member_cancel(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    subscription_id: String,
) -> IpcResult<MemberView> {
    gate.require()?;
    let till = state.till().await?;
    Ok(members::cancel_at_period_end(till.register.checkout(), &subscription_id).await?)
}

/// Reads the subscription from Stripe again and records what changed.
#[tauri::command]
pub async fn member_refresh(
    state: State<'_, AppState>,
    gate: State<'_, OwnerGate>,
    subscription_id: String,
) -> IpcResult<MemberView> {
    gate.require()?;
    let till = state.till().await?;
    Ok(members::refresh(till.register.checkout(), &subscription_id).await?)
}
