//! The shell's state: the running core (or why it could not start), the sale watchers, and
//! the tasks that forward core events to the window as Tauri events.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tauri::{AppHandle, Emitter, Manager, Runtime};
use till_core::checkout::{SaleView, WatchPolicy};
use till_core::paths::Paths;
use till_core::runtime::{ConnectOptions, StartOptions, Till};
use till_core::secrets::Secrets;
use till_core::{events, webhook, Error};

/// Event names the UI listens to.
pub const EVENT_SALE: &str = "sale-updated";
pub const EVENT_CATALOG: &str = "catalog-updated";

pub struct AppState {
    pub paths: Paths,
    /// The core, once started; the error if it could not start.
    pub till: Mutex<Option<Result<Arc<Till>, Error>>>,
    watchers: Mutex<HashMap<String, tauri::async_runtime::JoinHandle<()>>>,
}

impl AppState {
    /// The running core, or the reason it is not running.
    pub fn till(&self) -> Result<Arc<Till>, Error> {
        let guard = self
            .till
            .lock()
            .map_err(|_| Error::internal("Till's state lock was poisoned; restart Till."))?;
        match &*guard {
            Some(Ok(till)) => Ok(Arc::clone(till)),
            Some(Err(e)) => Err(e.clone()),
            None => Err(Error::internal(
                "Till is still starting; try again in a moment.",
            )),
        }
    }
}

/// Starts the core (ledger, Stripe or the training simulator, return page), then recovers
/// unfinished sales and syncs the catalog in the background.
pub fn start<R: Runtime>(app: &AppHandle<R>, paths: Paths) {
    app.manage(AppState {
        paths: paths.clone(),
        till: Mutex::new(None),
        watchers: Mutex::new(HashMap::new()),
    });
    let (visits_tx, mut visits_rx) = tokio::sync::mpsc::unbounded_channel();
    let options = StartOptions {
        connect: ConnectOptions::from_env(),
        serve_return_page: true,
    };
    let started =
        tauri::async_runtime::block_on(Till::start(paths, options, Some(visits_tx))).map(Arc::new);
    if let Err(e) = &started {
        tracing::error!(error = %e, "Till could not start");
    }
    let state = app.state::<AppState>();
    if let Ok(mut guard) = state.till.lock() {
        *guard = Some(started.clone());
    }
    let Ok(till) = started else { return };

    // The return page wakes the watcher of the session the customer came back from.
    let wake_till = Arc::clone(&till);
    tauri::async_runtime::spawn(async move {
        while let Some(visit) = visits_rx.recv().await {
            if let Some(session_id) = visit.session_id {
                match wake_till
                    .register
                    .checkout()
                    .on_return_visit(&session_id)
                    .await
                {
                    Ok(Some(sale_id)) => {
                        tracing::info!(sale_id, "customer returned from Checkout; checking now")
                    }
                    Ok(None) => {
                        tracing::info!(session_id, "return page visited for an unknown session")
                    }
                    Err(e) => tracing::warn!(error = %e, "return page visit not handled"),
                }
            }
        }
    });

    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        match till.register.checkout().recover().await {
            Ok(waiting) => {
                for sale in waiting {
                    watch(&app, &till, sale.id.clone());
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, "recovery failed; unfinished sales stay as they are")
            }
        }
        tauri::async_runtime::spawn(authoritative_events(app.clone(), Arc::clone(&till)));
        match till.register.sync_catalog().await {
            Ok(count) => tracing::info!(count, "catalog synced at start"),
            Err(e) => tracing::warn!(error = %e, "catalog sync failed; using the cached catalog"),
        }
        let _ = app.emit(EVENT_CATALOG, ());
    });
}

/// Stripe's authoritative signals: the optional local webhook endpoint, a catch-up at start
/// (one events poll, then the start-up reconciliation), then the events poller every few
/// minutes. Every sale they change is sent to the window, and watched if still waiting.
async fn authoritative_events<R: Runtime>(app: AppHandle<R>, till: Arc<Till>) {
    let (changed, mut changed_rx) = tokio::sync::mpsc::unbounded_channel::<String>();
    let (emit_app, emit_till) = (app.clone(), Arc::clone(&till));
    tauri::async_runtime::spawn(async move {
        while let Some(sale_id) = changed_rx.recv().await {
            match emit_till.register.checkout().sale(&sale_id).await {
                Ok(view) => {
                    let _ = emit_app.emit(EVENT_SALE, &view);
                    if !view.is_final {
                        watch(&emit_app, &emit_till, sale_id);
                    }
                }
                Err(e) => tracing::warn!(sale_id, error = %e, "a changed sale could not be read"),
            }
        }
    });

    let checkout = till.register.checkout();
    let (received, received_rx) = tokio::sync::mpsc::unbounded_channel();
    match webhook::start_if_enabled(
        checkout.store(),
        till.connection.mode,
        &Secrets::os_from_env(),
        received,
    )
    .await
    {
        Ok(Some(endpoint)) => {
            let (applier_till, to_window) = (Arc::clone(&till), changed.clone());
            tauri::async_runtime::spawn(async move {
                let _serving = endpoint;
                events::run_webhook_applier(
                    applier_till.register.checkout(),
                    received_rx,
                    |sale| {
                        let _ = to_window.send(sale.to_string());
                    },
                )
                .await;
            });
        }
        Ok(None) => {}
        Err(e) => tracing::warn!(error = %e, "the webhook endpoint is not running"),
    }

    let caught_up = events::catch_up(checkout).await;
    for sale_id in caught_up.changed_sales {
        let _ = changed.send(sale_id);
    }
    let interval = checkout
        .store()
        .call(|ledger| events::poll_interval(ledger))
        .await
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "using the default events poll interval");
            events::DEFAULT_POLL_INTERVAL
        });
    events::run_poller(checkout, interval, |sales| {
        for sale_id in sales {
            let _ = changed.send(sale_id.clone());
        }
    })
    .await;
}

/// Watches a sale until it is final, emitting every change. One watcher per sale.
pub fn watch<R: Runtime>(app: &AppHandle<R>, till: &Arc<Till>, sale_id: String) {
    let state = app.state::<AppState>();
    let Ok(mut watchers) = state.watchers.lock() else {
        return;
    };
    watchers.retain(|_, handle| !handle.inner().is_finished());
    if watchers.contains_key(&sale_id) {
        return;
    }
    let (task_app, task_till, task_sale) = (app.clone(), Arc::clone(till), sale_id.clone());
    let handle = tauri::async_runtime::spawn(async move {
        let emitter = task_app.clone();
        let result = task_till
            .register
            .checkout()
            .watch(
                &task_sale,
                WatchPolicy::default(),
                move |view: &SaleView| {
                    let _ = emitter.emit(EVENT_SALE, view);
                },
            )
            .await;
        if let Err(e) = result {
            tracing::warn!(sale_id = task_sale, error = %e, "stopped watching the sale");
        }
    });
    watchers.insert(sale_id, handle);
}
