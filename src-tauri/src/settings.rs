//! The settings screen's commands: the Stripe key and the webhook signing secret (in the OS
//! keyring; only their masked forms ever come back), the non-secret settings (in SQLite), and
//! the log folder. A change that affects the Stripe connection or the register restarts the
//! core with it (see `state::restart`).

use tauri::{AppHandle, Runtime, State};
use till_core::keys::{KeySource, KeyStatus};
use till_core::settings::{self, SettingsUpdate, SettingsView};
use till_core::store::Store;
use till_core::{Error, ErrorCode};

use crate::error::{IpcError, IpcResult};
use crate::state::{self, AppState};

async fn store(state: &AppState) -> Result<Store, Error> {
    Ok(state.till().await?.register.checkout().store().clone())
}

/// The key as the settings screen shows it: present, mode, masked, verified, permissions.
#[tauri::command]
pub async fn key_status(state: State<'_, AppState>) -> IpcResult<KeyStatus> {
    let store = store(&state).await?;
    Ok(state.keys.status(&store).await)
}

/// Checks, proves and stores a key, then restarts the core in the key's mode.
/// `confirm_live`: the owner typed the live-mode confirmation.
#[tauri::command]
pub async fn key_set<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
    key: String,
    confirm_live: Option<bool>,
) -> IpcResult<KeyStatus> {
    // Once the owner chose a PIN, Settings are the owner's.
    crate::owner::guard_settings(&state, &gate).await?;
    let store = store(&state).await?;
    let status = state
        .keys
        .set(&store, &key, confirm_live.unwrap_or(false))
        .await?;
    drop(key);
    restart_unless_env(&app, &status).await?;
    Ok(state.keys.status(&store_after_restart(&state).await?).await)
}

/// Removes the key from the keyring; Till restarts in training mode.
#[tauri::command]
pub async fn key_remove<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
) -> IpcResult<KeyStatus> {
    // Once the owner chose a PIN, Settings are the owner's.
    crate::owner::guard_settings(&state, &gate).await?;
    let store = store(&state).await?;
    let status = state.keys.remove(&store).await?;
    restart_unless_env(&app, &status).await?;
    Ok(state.keys.status(&store_after_restart(&state).await?).await)
}

#[tauri::command]
pub async fn webhook_secret_set<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
    secret: String,
) -> IpcResult<KeyStatus> {
    // Once the owner chose a PIN, Settings are the owner's.
    crate::owner::guard_settings(&state, &gate).await?;
    let store = store(&state).await?;
    state.keys.set_webhook_secret(&store, &secret).await?;
    drop(secret);
    state::restart(&app).await?;
    Ok(state.keys.status(&store_after_restart(&state).await?).await)
}

#[tauri::command]
pub async fn webhook_secret_remove<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
) -> IpcResult<KeyStatus> {
    // Once the owner chose a PIN, Settings are the owner's.
    crate::owner::guard_settings(&state, &gate).await?;
    let store = store(&state).await?;
    state.keys.remove_webhook_secret(&store).await?;
    state::restart(&app).await?;
    Ok(state.keys.status(&store_after_restart(&state).await?).await)
}

#[tauri::command]
pub async fn settings_get(state: State<'_, AppState>) -> IpcResult<SettingsView> {
    let store = store(&state).await?;
    let mode = state.till().await?.connection.mode;
    let (data_dir, log_dir) = folders(&state);
    Ok(store
        .call(move |l| settings::load(l, mode, &data_dir, &log_dir))
        .await?)
}

/// Checks and saves the settings, then restarts the core so the register uses them.
#[tauri::command]
pub async fn settings_save<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
    update: SettingsUpdate,
) -> IpcResult<SettingsView> {
    // Once the owner chose a PIN, Settings are the owner's.
    crate::owner::guard_settings(&state, &gate).await?;
    let store = store(&state).await?;
    store.call(move |l| settings::save(l, &update)).await?;
    state::restart(&app).await?;
    let (data_dir, log_dir) = folders(&state);
    let mode = state.till().await?.connection.mode;
    Ok(store_after_restart(&state)
        .await?
        .call(move |l| settings::load(l, mode, &data_dir, &log_dir))
        .await?)
}

/// Opens Till's own log folder in the file manager (the path is Till's, never the UI's).
/// Async, like every command that touches the disk: it runs off the main thread.
#[tauri::command]
pub async fn open_log_folder(state: State<'_, AppState>) -> IpcResult<()> {
    let dir = state.paths.log_dir.clone();
    std::fs::create_dir_all(&dir).map_err(|e| {
        Error::storage(format!(
            "The log folder {} could not be created: {e}",
            dir.display()
        ))
    })?;
    tracing::info!(dir = %dir.display(), "opening the log folder");
    open::that_detached(&dir).map_err(|e| {
        IpcError::from(Error::new(
            ErrorCode::Internal,
            format!(
                "The file manager could not be opened ({e}). The logs are in {}.",
                dir.display()
            ),
        ))
    })
}

fn folders(state: &AppState) -> (String, String) {
    (
        state.paths.data_dir.display().to_string(),
        state.paths.log_dir.display().to_string(),
    )
}

/// A key from `STRIPE_SECRET_KEY` wins over the keyring: restarting would change nothing.
async fn restart_unless_env<R: Runtime>(
    app: &AppHandle<R>,
    status: &KeyStatus,
) -> Result<(), Error> {
    if status.source == KeySource::Environment {
        return Ok(());
    }
    state::restart(app).await
}

async fn store_after_restart(state: &AppState) -> Result<Store, Error> {
    store(state).await
}

/// Tips' settings: the Tip dialog's presets and whether Charge asks for the tip first (the
/// register reads them: anyone).
#[tauri::command]
pub async fn tip_settings_get(state: State<'_, AppState>) -> IpcResult<settings::TipSettings> {
    let store = store(&state).await?;
    Ok(store.call(|ledger| settings::load_tips(ledger)).await?)
}

/// Checks and saves tips' settings (no restart: the register reads them when it opens the
/// Tip dialog and before Charge).
#[tauri::command]
pub async fn tip_settings_save(
    state: State<'_, AppState>,
    gate: State<'_, till_core::owner::OwnerGate>,
    settings: settings::TipForm,
) -> IpcResult<settings::TipSettings> {
    // Once the owner chose a PIN, Settings are the owner's.
    crate::owner::guard_settings(&state, &gate).await?;
    let store = store(&state).await?;
    Ok(store
        .call(move |ledger| settings::save_tips(ledger, &settings))
        .await?)
}
