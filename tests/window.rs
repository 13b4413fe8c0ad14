//! Real-window tests: the built Till app driven through tauri-driver under a display.
//! Run by scripts/test after the unit and integration tests (`cargo test --workspace --test window`).

mod window {
    use std::path::PathBuf;

    use till_harness::App;

    fn screenshot_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots")
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn register_skeleton_renders_and_status_command_answers() {
        let app = App::launch().await.expect("launching Till");

        assert_eq!(app.client.title().await.unwrap(), "Till");
        // The register skeleton: product area, cart area, status bar with the mode badge.
        app.wait_css("#product-grid").await.unwrap();
        app.wait_css("#cart-lines").await.unwrap();
        let badge = app.wait_css("#mode-badge").await.unwrap();
        assert_eq!(badge.text().await.unwrap(), "TRAINING");
        let charge = app.wait_css("#charge").await.unwrap();
        assert!(
            !charge.is_enabled().await.unwrap(),
            "Charge must be disabled on an empty cart"
        );

        // Press a button that calls an app command; the answer shows on screen.
        app.wait_css("#status-refresh")
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let status = app
            .wait_text("#status-text", |t| t.contains("training mode"))
            .await
            .unwrap();
        assert!(
            status.starts_with(&format!("Till {}", env!("CARGO_PKG_VERSION"))),
            "status text was {status:?}"
        );

        let shot = app
            .screenshot(&screenshot_dir(), "register-skeleton")
            .await
            .unwrap();
        let bytes = std::fs::read(&shot).unwrap();
        assert!(bytes.starts_with(b"\x89PNG"), "screenshot is not a PNG");
        app.close().await.unwrap();
    }
}
