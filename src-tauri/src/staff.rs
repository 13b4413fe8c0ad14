//! Who is at the till: the lock screen's commands (sign in by staff PIN or the owner PIN,
//! lock), the owner's staff management, and the rule that a till with staff and nobody
//! signed in refuses every command but the few the lock screen and the register's first
//! paint need ([`refusal`], checked by `lib.rs` before any app command runs).
//!
//! Who is signed in is the core's (`Context::sign_in`); `attendance::Attendance` keeps a copy the
//! invoke handler can read without waiting for the core, and carries the sign-in over to a
//! core restarted with new settings. A manager or the owner signed in opens the owner's
//! views (`OwnerGate`): the permission table gives them refunds, settings and the catalog;
//! staff management stays the owner's (`Action::ManageStaff`).

use serde::Serialize;
use tauri::State;
use till_core::owner::{self, OwnerGate};
use till_core::staff::{self, Action, Role, SignedIn, StaffView};
use till_core::store::Store;
use till_core::{Error, ErrorCode};

pub use crate::attendance::Attendance;
use crate::command_list::LOCKED_ALLOWED;
use crate::error::{IpcError, IpcResult};
use crate::state::AppState;

/// `Some(error)` when `command` (an app command) must be refused because the till is locked.
pub fn refusal(command: &str, attendance: &Attendance) -> Option<IpcError> {
    if LOCKED_ALLOWED.contains(&command) || !attendance.locked() {
        return None;
    }
    tracing::info!(command, "refused: the till is locked");
    Some(IpcError::from(
        Error::invalid_input(till_core::i18n::text(
            attendance.language(),
            "staff-error-till-locked",
        ))
        .with_reason("till_locked"),
    ))
}

/// The lock screen's view: who may sign in (never a PIN hash), who is signed in.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockView {
    /// Staff exist and nobody is signed in: the register waits behind the lock screen.
    pub locked: bool,
    /// Staff exist: the till signs people in (the status bar shows who, and Lock).
    pub staff_exist: bool,
    pub signed_in: Option<SignedIn>,
    /// The active staff, by name (empty while the till is unlocked: only the lock screen
    /// needs it).
    pub staff: Vec<PersonView>,
    /// The owner PIN is set: the lock screen offers the owner too.
    pub owner_pin_set: bool,
    /// Seconds without a touch or key before the till locks itself; `None`: never.
    pub auto_lock_secs: Option<u64>,
}

/// A name on the lock screen.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonView {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// Seconds until another PIN may be tried (0: now).
    pub locked_for_secs: i64,
}

async fn store(state: &AppState) -> Result<Store, Error> {
    Ok(state.till().await?.register.checkout().store().clone())
}

async fn lock_view(state: &AppState, attendance: &Attendance) -> IpcResult<LockView> {
    let store = store(state).await?;
    let staff = staff::list(&store, false).await?;
    attendance.set_staff_exist(!staff.is_empty());
    let locked = attendance.locked();
    Ok(LockView {
        locked,
        staff_exist: !staff.is_empty(),
        signed_in: attendance.signed_in(),
        staff: if locked {
            staff
                .into_iter()
                .map(|s| PersonView {
                    id: s.id,
                    name: s.name,
                    role: s.role,
                    locked_for_secs: s.locked_for_secs,
                })
                .collect()
        } else {
            Vec::new()
        },
        owner_pin_set: owner::status(&store).await?.pin_set,
        auto_lock_secs: staff::auto_lock(&store).await?,
    })
}

/// Records a sign-in in the core and here, and opens the owner's views to a manager or
/// the owner (closes them to staff).
async fn signed(
    state: &AppState,
    attendance: &Attendance,
    gate: &OwnerGate,
    who: SignedIn,
) -> IpcResult<LockView> {
    if who.role >= Role::Manager {
        gate.open()?;
    } else {
        gate.lock();
    }
    attendance.set_signed_in(Some(who));
    lock_view(state, attendance).await
}

#[tauri::command]
pub async fn staff_status(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
) -> IpcResult<LockView> {
    lock_view(&state, &attendance).await
}

/// A staff member signs in with their PIN (rate-limited: `wrong_pin`, `pin_locked`).
#[tauri::command]
pub async fn staff_sign_in(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
    staff_id: String,
    pin: String,
) -> IpcResult<LockView> {
    let till = state.till().await?;
    let who = till.register.checkout().sign_in(&staff_id, &pin).await?;
    signed(&state, &attendance, &gate, who).await
}

/// The owner signs in at the lock screen with the owner PIN.
#[tauri::command]
pub async fn staff_sign_in_owner(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
    pin: String,
) -> IpcResult<LockView> {
    let till = state.till().await?;
    let who = till.register.checkout().sign_in_owner(&pin).await?;
    signed(&state, &attendance, &gate, who).await
}

/// Whoever is signed in leaves: the owner's views close, and a till with staff shows the
/// lock screen. The cart stays as it is for whoever signs in next.
#[tauri::command]
pub async fn staff_lock(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
) -> IpcResult<LockView> {
    sign_out(&state, &attendance, &gate).await?;
    lock_view(&state, &attendance).await
}

/// Signs whoever is at the till out, and closes the owner's views.
pub async fn sign_out(
    state: &AppState,
    attendance: &Attendance,
    gate: &OwnerGate,
) -> Result<(), Error> {
    gate.lock();
    attendance.set_signed_in(None);
    state.till().await?.register.checkout().sign_out()
}

/// The owner's unlock signs the owner in at the till too: what they do then is the
/// owner's (a refund is not refused for the cashier who was signed in before).
pub async fn owner_signed_in(state: &AppState, attendance: &Attendance) -> Result<(), Error> {
    let who = SignedIn::owner();
    state
        .till()
        .await?
        .register
        .checkout()
        .carry_signed_in(Some(who.clone()))?;
    attendance.set_signed_in(Some(who));
    Ok(())
}

/// Staff management is the owner's: the owner's views open and the owner signed in (a
/// manager opens the owner's views too, but is refused here by the permission table).
async fn require_owner(state: &AppState, gate: &OwnerGate) -> IpcResult<()> {
    gate.require()?;
    let till = state.till().await?;
    let checkout = till.register.checkout();
    match checkout.signed_in()? {
        Some(who) => Ok(staff::allowed(
            who.role,
            Action::ManageStaff,
            checkout.settings().language,
        )?),
        None => Err(IpcError::new(
            ErrorCode::InvalidInput,
            "Managing staff is the owner's: sign in with the owner PIN.",
        )),
    }
}

/// Every staff member, archived ones too, with the auto-lock setting.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StaffAdminView {
    pub staff: Vec<StaffView>,
    pub auto_lock_secs: Option<u64>,
}

async fn admin_view(state: &AppState, attendance: &Attendance) -> IpcResult<StaffAdminView> {
    let store = store(state).await?;
    let staff = staff::list(&store, true).await?;
    attendance.set_staff_exist(staff.iter().any(|s| !s.archived));
    Ok(StaffAdminView {
        staff,
        auto_lock_secs: staff::auto_lock(&store).await?,
    })
}

#[tauri::command]
pub async fn staff_list(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
) -> IpcResult<StaffAdminView> {
    require_owner(&state, &gate).await?;
    admin_view(&state, &attendance).await
}

#[tauri::command]
pub async fn staff_add(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
    name: String,
    role: String,
    pin: String,
) -> IpcResult<StaffAdminView> {
    require_owner(&state, &gate).await?;
    staff::add(&store(&state).await?, &name, &role, &pin).await?;
    admin_view(&state, &attendance).await
}

#[tauri::command]
pub async fn staff_archive(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
    staff_id: String,
) -> IpcResult<StaffAdminView> {
    require_owner(&state, &gate).await?;
    staff::archive(&store(&state).await?, &staff_id).await?;
    admin_view(&state, &attendance).await
}

#[tauri::command]
pub async fn staff_set_pin(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
    staff_id: String,
    pin: String,
) -> IpcResult<StaffAdminView> {
    require_owner(&state, &gate).await?;
    staff::set_pin(&store(&state).await?, &staff_id, &pin).await?;
    admin_view(&state, &attendance).await
}

#[tauri::command]
pub async fn staff_set_role(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
    staff_id: String,
    role: String,
) -> IpcResult<StaffAdminView> {
    require_owner(&state, &gate).await?;
    staff::set_role(&store(&state).await?, &staff_id, &role).await?;
    admin_view(&state, &attendance).await
}

/// Auto-lock in seconds: 0 never, else 15 s to 4 h (`invalid_auto_lock`).
#[tauri::command]
pub async fn staff_auto_lock_set(
    state: State<'_, AppState>,
    attendance: State<'_, Attendance>,
    gate: State<'_, OwnerGate>,
    secs: u64,
) -> IpcResult<StaffAdminView> {
    require_owner(&state, &gate).await?;
    staff::set_auto_lock(&store(&state).await?, secs).await?;
    admin_view(&state, &attendance).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_till_with_staff_and_nobody_signed_in_refuses_all_but_the_lock_screens_commands() {
        let attendance = Attendance::default();
        // Before the core has read the ledger: locked.
        assert!(refusal("cart_add", &attendance).is_some());
        assert!(refusal("staff_sign_in", &attendance).is_none());
        attendance.set_staff_exist(false);
        assert!(refusal("cart_add", &attendance).is_none());
        attendance.set_staff_exist(true);
        let refused = refusal("sale_charge", &attendance).unwrap();
        assert_eq!(refused.code, "till_locked");
        // Worded in the till's language; the code the window branches on stays the same.
        attendance.set_language(till_core::i18n::Language::En);
        assert_eq!(
            refusal("sale_charge", &attendance).unwrap().message,
            "The till is locked. Sign in with your PIN first."
        );
        attendance.set_language(till_core::i18n::Language::De);
        let german = refusal("sale_charge", &attendance).unwrap();
        assert_eq!(
            (german.code, german.message.as_str()),
            (
                "till_locked",
                "Die Kasse ist gesperrt. Melden Sie sich zuerst mit Ihrer PIN an."
            )
        );
        for allowed in LOCKED_ALLOWED {
            assert!(refusal(allowed, &attendance).is_none(), "{allowed}");
        }
        attendance.set_signed_in(Some(SignedIn::owner()));
        assert!(refusal("sale_charge", &attendance).is_none());
        attendance.set_signed_in(None);
        assert!(refusal("drawer_no_sale", &attendance).is_some());
    }
}
