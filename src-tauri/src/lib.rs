//! Till's Tauri shell: builds the app, registers commands, forwards core events to the UI.
//! It owns wiring only; everything a sale needs lives in `till-core`.

mod commands;
pub mod error;
mod members;
mod owner;
mod settings;
mod state;
mod webview;

use anyhow::Context as _;
use tauri::Manager as _;
use till_core::paths::Paths;

pub use state::AppState;

/// When the process started, for the "register interactive" measurement.
static STARTED: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Time since the process started (since `run` was entered).
pub fn since_start() -> std::time::Duration {
    STARTED.get_or_init(std::time::Instant::now).elapsed()
}

/// Starts Till: resolves folders, sets up logging, opens the window and runs until it closes.
pub fn run() -> anyhow::Result<()> {
    STARTED.get_or_init(std::time::Instant::now);
    ensure_display()?;
    let paths = Paths::from_env().context("finding Till's data folder")?;
    paths.create_all().context("creating Till's folders")?;
    let _log_guard =
        till_core::logging::init(&paths.log_dir, "till").context("setting up logging")?;
    tracing::info!(version = env!("CARGO_PKG_VERSION"), data_dir = %paths.data_dir.display(), "Till starting");

    build(tauri::Builder::default(), paths)
        .run(tauri::generate_context!())
        .context("running the Till window")?;
    tracing::info!("Till stopped");
    Ok(())
}

/// Registers plugins, state and commands on a builder (any runtime, so tests can use a mock).
pub fn build<R: tauri::Runtime>(builder: tauri::Builder<R>, paths: Paths) -> tauri::Builder<R> {
    builder
        .manage(till_core::owner::OwnerGate::default())
        .setup(move |app| {
            tracing::info!(
                elapsed_ms = since_start().as_millis() as u64,
                "window created"
            );
            state::start(app.handle(), paths.clone());
            if let Some(window) = app.get_webview_window("main") {
                webview::tune(&window);
                fit_to_screen(&window);
            }
            Ok(())
        })
        .on_page_load(|_, payload| {
            // Start-up timeline (with `ui_ready`'s line): where launch time goes.
            let event = match payload.event() {
                tauri::webview::PageLoadEvent::Started => "started",
                tauri::webview::PageLoadEvent::Finished => "finished",
            };
            tracing::info!(
                event,
                elapsed_ms = since_start().as_millis() as u64,
                "page load"
            );
        })
        .invoke_handler(tauri::generate_handler![
            owner::owner_status,
            owner::owner_unlock,
            owner::owner_lock,
            owner::owner_set_pin,
            owner::history_page,
            owner::history_totals,
            owner::history_options,
            owner::sale_detail,
            owner::refund_preview,
            owner::refund_create,
            owner::refund_refresh,
            owner::report_get,
            owner::day_summary,
            owner::history_export,
            owner::product_create,
            owner::product_archive,
            commands::app_status,
            commands::catalog_view,
            commands::catalog_sync,
            commands::cart_get,
            commands::cart_add,
            commands::cart_scan,
            commands::cart_set_quantity,
            commands::cart_remove,
            commands::cart_clear,
            commands::sale_charge,
            commands::sale_get,
            commands::sale_open,
            commands::sale_cancel,
            commands::sale_retry,
            commands::sale_qr,
            commands::sales_recent,
            commands::ui_ready,
            settings::key_status,
            settings::key_set,
            settings::key_remove,
            settings::webhook_secret_set,
            settings::webhook_secret_remove,
            settings::settings_get,
            settings::settings_save,
            settings::open_log_folder,
            commands::testcards_list,
            commands::testcard_run,
            commands::testcards_export,
            members::member_lookup,
            members::sale_member,
            members::members_list,
            members::member_detail,
            members::member_cancel,
            members::member_refresh,
        ])
}

/// The window opens at 1280×800; on a smaller screen (a 1024×768 counter touch screen) it
/// takes the whole screen instead of hanging over its edges.
fn fit_to_screen<R: tauri::Runtime>(window: &tauri::WebviewWindow<R>) {
    let Ok(Some(monitor)) = window.current_monitor() else {
        return;
    };
    let (Ok(outer), screen) = (window.outer_size(), *monitor.size()) else {
        return;
    };
    if outer.width > screen.width || outer.height > screen.height {
        tracing::info!(
            width = screen.width,
            height = screen.height,
            "small screen: the window fills it"
        );
        let _ = window.set_size(screen);
        let _ = window.set_position(*monitor.position());
    }
}

/// On Linux a window needs an X11 or Wayland display; say so plainly instead of letting GTK abort.
fn ensure_display() -> anyhow::Result<()> {
    if cfg!(target_os = "linux") {
        let has = |v: &str| std::env::var_os(v).is_some_and(|s| !s.is_empty());
        if !has("DISPLAY") && !has("WAYLAND_DISPLAY") {
            anyhow::bail!(
                "no display: neither DISPLAY nor WAYLAND_DISPLAY is set. Run Till on a desktop, or under a virtual display: \
                 scripts/run --xvfb"
            );
        }
    }
    Ok(())
}
