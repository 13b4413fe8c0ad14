//! WebKit settings for the register window (Linux: WebKitGTK). Till's page is a small form
//! over a few hundred DOM nodes, open all day: it needs no GPU, no back/forward page cache,
//! no WebGL or Web Audio, and no large memory cache. Measured effects are in the README's
//! performance section.

use tauri::{Runtime, WebviewWindow};

/// Applies Till's WebKit settings to the window's webview. Call it from `setup` (the main
/// thread), right after the window is created, so it runs before the page is laid out.
#[cfg(target_os = "linux")]
pub fn tune<R: Runtime>(window: &WebviewWindow<R>) {
    use webkit2gtk::{
        CacheModel, HardwareAccelerationPolicy, SettingsExt as _, WebContextExt as _,
        WebViewExt as _,
    };
    let register = window.label() == "main";
    let applied = window.with_webview(move |platform| {
        let view = platform.inner();
        if register {
            REGISTER_VIEW.with(|kept| kept.replace(Some(view.clone())));
        }
        if let Some(settings) = view.settings() {
            // CPU rendering: without a GPU (a virtual display, many counter PCs) WebKit's
            // compositing runs on Mesa's software GL (llvmpipe), which cost ~80 MiB in the
            // web process; a register screen has nothing that needs the GPU.
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
            // One page, never navigated away from: nothing for the back/forward cache.
            settings.set_enable_page_cache(false);
            settings.set_enable_webgl(false);
            settings.set_enable_webaudio(false);
            settings.set_enable_media(false);
            settings.set_enable_dns_prefetching(false);
        }
        if let Some(context) = view.context() {
            // A single local page: WebKit keeps no dead resources (decoded QR images of
            // finished sales, old data URLs) in its memory cache. Measured over 100 sales:
            // the tree's RSS grew 28 MiB with it, 63 MiB without.
            context.set_cache_model(CacheModel::DocumentViewer);
        }
    });
    if let Err(e) = applied {
        tracing::warn!(error = %e, "WebKit settings not applied; using WebKit's defaults");
    }
}

#[cfg(target_os = "linux")]
thread_local! {
    /// The register's WebKit view, kept on the main thread (where GTK lives) by [`tune`], so
    /// a second window can share its web process ([`register_view`]).
    static REGISTER_VIEW: std::cell::RefCell<Option<webkit2gtk::WebView>> =
        const { std::cell::RefCell::new(None) };
}

/// The register's WebKit view, on the main thread once [`tune`] has run for it.
#[cfg(target_os = "linux")]
pub fn register_view() -> Option<webkit2gtk::WebView> {
    REGISTER_VIEW.with(|kept| kept.borrow().clone())
}

/// Other platforms keep their webview's defaults.
#[cfg(not(target_os = "linux"))]
pub fn tune<R: Runtime>(_window: &WebviewWindow<R>) {}
