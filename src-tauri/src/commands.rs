//! IPC commands: thin adapters from the UI to the core's use cases. Each command is
//! listed in `build.rs` and granted in `capabilities/main.json`.

use serde::Serialize;
use tauri::State;

use crate::error::IpcResult;
use crate::AppState;

/// What the status bar shows.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub version: &'static str,
    /// `training`, `test` or `live`.
    pub mode: &'static str,
    pub data_dir: String,
}

#[tauri::command]
pub fn app_status(state: State<'_, AppState>) -> IpcResult<AppStatus> {
    Ok(AppStatus {
        version: env!("CARGO_PKG_VERSION"),
        mode: "training",
        data_dir: state.paths.data_dir.display().to_string(),
    })
}
