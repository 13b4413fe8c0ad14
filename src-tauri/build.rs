//! Every app command is listed here; Tauri then generates an `allow-<command>` permission
//! for each, and only the capabilities in `capabilities/` grant them to a window.

/// The app's IPC commands. Keep in step with `generate_handler!` in `src/lib.rs` and the
/// grants in `capabilities/main.json`.
const COMMANDS: &[&str] = &[
    "owner_status",
    "owner_unlock",
    "owner_lock",
    "owner_set_pin",
    "history_page",
    "history_totals",
    "history_options",
    "sale_detail",
    "refund_preview",
    "refund_create",
    "refund_refresh",
    "report_get",
    "day_summary",
    "history_export",
    "product_create",
    "product_archive",
    "app_status",
    "catalog_view",
    "catalog_sync",
    "cart_get",
    "cart_add",
    "cart_scan",
    "cart_set_quantity",
    "cart_remove",
    "cart_clear",
    "sale_charge",
    "sale_get",
    "sale_open",
    "sale_cancel",
    "sale_retry",
    "sale_qr",
    "sales_recent",
    "ui_ready",
    "key_status",
    "key_set",
    "key_remove",
    "webhook_secret_set",
    "webhook_secret_remove",
    "settings_get",
    "settings_save",
    "open_log_folder",
    "testcards_list",
    "testcard_run",
    "testcards_export",
    "member_lookup",
    "sale_member",
    "members_list",
    "member_detail",
    "member_cancel",
    "member_refresh",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )?;
    Ok(())
}
