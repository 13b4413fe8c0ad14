//! Till's Tauri shell: builds the app, registers commands, owns nothing but wiring.
//! Everything a sale needs lives in `till-core`.

mod commands;
pub mod error;

use anyhow::Context as _;
use till_core::paths::Paths;

/// State shared by every command.
pub struct AppState {
    pub paths: Paths,
}

/// Starts Till: resolves folders, sets up logging, opens the window and runs until it closes.
pub fn run() -> anyhow::Result<()> {
    ensure_display()?;
    let paths = Paths::from_env().context("finding Till's data folder")?;
    paths.create_all().context("creating Till's folders")?;
    let _log_guard =
        till_core::logging::init(&paths.log_dir, "till").context("setting up logging")?;
    tracing::info!(version = env!("CARGO_PKG_VERSION"), data_dir = %paths.data_dir.display(), "Till starting");

    build(tauri::Builder::default(), AppState { paths })
        .run(tauri::generate_context!())
        .context("running the Till window")?;
    tracing::info!("Till stopped");
    Ok(())
}

/// Registers state, plugins and commands on a builder (any runtime, so tests can use a mock).
pub fn build<R: tauri::Runtime>(builder: tauri::Builder<R>, state: AppState) -> tauri::Builder<R> {
    builder
        .manage(state)
        .invoke_handler(tauri::generate_handler![commands::app_status])
}

/// On Linux a window needs an X11 or Wayland display; say so plainly instead of letting GTK abort.
fn ensure_display() -> anyhow::Result<()> {
    if cfg!(target_os = "linux") {
        let has = |v: &str| std::env::var_os(v).is_some_and(|s| !s.is_empty());
        if !has("DISPLAY") && !has("WAYLAND_DISPLAY") {
            anyhow::bail!(
                "no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run Till on a desktop, or under a virtual display: \
                 xvfb-run -a scripts/run (or: Xvfb :99 & DISPLAY=:99 scripts/run)"
            );
        }
    }
    Ok(())
}
