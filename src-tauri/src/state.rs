//! The shell's state: the running core (or why it could not start), the sale watchers, and
//! the tasks that forward core events to the window as Tauri events.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tauri::{AppHandle, Emitter, Manager, Runtime};
use till_core::checkout::{SaleView, WatchPolicy};
use till_core::keys::KeyService;
use till_core::paths::Paths;
use till_core::runtime::{ConnectOptions, StartOptions, Till};
use till_core::{events, startup, webhook, Error};

/// Event names the UI listens to.
pub const EVENT_SALE: &str = "sale-updated";
pub const EVENT_CATALOG: &str = "catalog-updated";
/// The core restarted (a new key, new settings): the UI reads everything again.
pub const EVENT_RESTARTED: &str = "till-restarted";

/// How long a command waits for the core to start (or restart) before it gives up.
const CORE_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// The core as commands see it: `None` while it starts or restarts, then the running core
/// or why it could not start.
type Core = Option<Result<Arc<Till>, Error>>;

pub struct AppState {
    pub paths: Paths,
    /// The core. A watch channel, so commands that arrive while the core is starting wait for
    /// it asynchronously (off the main thread) instead of failing.
    core: tokio::sync::watch::Sender<Core>,
    watchers: Mutex<HashMap<String, tauri::async_runtime::JoinHandle<()>>>,
    /// The Stripe key and webhook secret in the OS keyring.
    pub keys: KeyService,
    /// Why the keyring's key is not in use (keyring unavailable, locked...), if it is not.
    key_problem: Mutex<Option<Error>>,
    /// Set to `true` to stop every task of the running core (see [`spawn_for_till`]).
    stop: Mutex<tokio::sync::watch::Sender<bool>>,
    /// One restart at a time.
    restarting: tokio::sync::Mutex<()>,
}

impl AppState {
    /// The running core, or the reason it is not running. While the core starts or restarts
    /// this waits for it (up to 20 s) without blocking a thread.
    pub async fn till(&self) -> Result<Arc<Till>, Error> {
        let starting = || {
            Error::internal(
                "Till is starting (or restarting with new settings); try again in a moment.",
            )
        };
        let mut core = self.core.subscribe();
        let waited = tokio::time::timeout(CORE_WAIT, core.wait_for(Option::is_some)).await;
        match waited {
            Ok(Ok(ready)) => match &*ready {
                Some(Ok(till)) => Ok(Arc::clone(till)),
                Some(Err(e)) => Err(e.clone()),
                None => Err(starting()),
            },
            // The sender lives in this state: it is gone only while the app shuts down.
            Ok(Err(_)) => Err(Error::internal(
                "Till's core has shut down (the window is closing); restart Till.",
            )),
            Err(_) => Err(starting()),
        }
    }

    /// Publishes the core (or why it could not start) to the commands waiting for it.
    fn set_core(&self, core: Result<Arc<Till>, Error>) {
        self.core.send_replace(Some(core));
    }

    /// Takes the core away: commands wait from now on until the next one is set.
    fn take_core(&self) -> Core {
        self.core.send_replace(None)
    }

    /// Why the keyring's key is not in use, if it is not.
    pub fn key_problem(&self) -> Option<Error> {
        self.key_problem.lock().ok().and_then(|p| p.clone())
    }
}

/// Starts the core (ledger, Stripe or the training simulator, return page), then recovers
/// unfinished sales and syncs the catalog in the background.
pub fn start<R: Runtime>(app: &AppHandle<R>, paths: Paths) {
    app.manage(AppState {
        paths: paths.clone(),
        core: tokio::sync::watch::channel(None).0,
        watchers: Mutex::new(HashMap::new()),
        keys: KeyService::from_env(),
        key_problem: Mutex::new(None),
        stop: Mutex::new(tokio::sync::watch::channel(false).0),
        restarting: tokio::sync::Mutex::new(()),
    });
    // The core starts beside the window, not before it: WebKit's processes start while the
    // ledger opens and the simulator binds. Commands that come first wait in `till()`.
    let starter = app.clone();
    let spawned = std::thread::Builder::new()
        .name("till-start".into())
        .spawn(move || launch(&starter, paths));
    if let Err(e) = spawned {
        tracing::error!(error = %e, "could not start Till's core thread");
        app.state::<AppState>()
            .set_core(Err(Error::internal(format!(
                "Till could not start its core ({e}); restart Till."
            ))));
    }
}

/// Starts one run of the core: the key from `STRIPE_SECRET_KEY`, else the keyring, else
/// training mode (a keyring that cannot be read is reported, never worked around). Blocks:
/// call it from a thread that may block.
fn launch<R: Runtime>(app: &AppHandle<R>, paths: Paths) {
    let (visits_tx, mut visits_rx) = tokio::sync::mpsc::unbounded_channel();
    let keyring_state = app.state::<AppState>();
    if let Ok(mut stop) = keyring_state.stop.lock() {
        *stop = tokio::sync::watch::channel(false).0;
    }
    let (connect, key_problem) = tauri::async_runtime::block_on(
        keyring_state
            .keys
            .connect_options(ConnectOptions::from_env()),
    );
    if let Ok(mut problem) = keyring_state.key_problem.lock() {
        *problem = key_problem;
    }
    let options = StartOptions {
        connect,
        serve_return_page: true,
    };
    let started =
        tauri::async_runtime::block_on(Till::start(paths, options, Some(visits_tx))).map(Arc::new);
    if let Err(e) = &started {
        tracing::error!(error = %e, "Till could not start");
    }
    if let Ok(till) = &started {
        attend(app, till);
    }
    app.state::<AppState>().set_core(started.clone());
    let Ok(till) = started else { return };

    // The return page wakes the watcher of the session the customer came back from.
    let wake_till = Arc::clone(&till);
    spawn_for_till(app, async move {
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

    let task_app = app.clone();
    spawn_for_till(app, async move {
        let app = task_app;
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
        spawn_for_till(&app, authoritative_events(app.clone(), Arc::clone(&till)));
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
    spawn_for_till(&app, async move {
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
    // The webhook signing secret is read from the same keyring as the key (only when the
    // endpoint is enabled).
    let secrets = app.state::<AppState>().keys.secrets().clone();
    match webhook::start_if_enabled(checkout.store(), till.connection.mode, &secrets, received)
        .await
    {
        Ok(Some(endpoint)) => {
            let (applier_till, to_window) = (Arc::clone(&till), changed.clone());
            spawn_for_till(&app, async move {
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

    let caught_up = startup::catch_up(checkout).await;
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

/// Spawns a task of the running core. Every task that holds the core (`Arc<Till>`) must be
/// spawned this way: a restart stops them all, so the old core (its Stripe key, simulator,
/// return page) is dropped before the new one starts.
pub fn spawn_for_till<R: Runtime>(
    app: &AppHandle<R>,
    task: impl std::future::Future<Output = ()> + Send + 'static,
) {
    let state = app.state::<AppState>();
    let Ok(mut stopped) = state.stop.lock().map(|s| s.subscribe()) else {
        return;
    };
    tauri::async_runtime::spawn(async move {
        tokio::select! {
            () = task => {}
            _ = stopped.wait_for(|stop| *stop) => {}
        }
    });
}

/// Restarts the core with what is now configured (a new key, a removed key, new settings):
/// stops the running core's watchers and tasks, waits for it to be released, starts the new
/// one, and tells the window. Sales already recorded are not touched; unfinished sales of
/// the old mode are resumed whenever that mode runs again.
pub async fn restart<R: Runtime>(app: &AppHandle<R>) -> Result<(), Error> {
    let state = app.state::<AppState>();
    let _one_at_a_time = state.restarting.lock().await;
    tracing::info!("restarting the core with the new configuration");
    if let Ok(stop) = state.stop.lock() {
        stop.send_replace(true);
    }
    if let Ok(mut watchers) = state.watchers.lock() {
        for (_, handle) in watchers.drain() {
            handle.abort();
        }
    }
    // From here until the new core is set, commands wait for it (asynchronously).
    if let Some(Ok(old)) = state.take_core() {
        // Commands still running hold the old core for a moment; its ports (simulator,
        // return page) are freed when the last one lets go.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while Arc::strong_count(&old) > 1 && std::time::Instant::now() < deadline {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        if Arc::strong_count(&old) > 1 {
            tracing::warn!(
                holders = Arc::strong_count(&old) - 1,
                "the previous core is still in use; starting the new one anyway"
            );
        }
        drop(old);
    }
    let (launch_app, paths) = (app.clone(), state.paths.clone());
    tauri::async_runtime::spawn_blocking(move || launch(&launch_app, paths))
        .await
        .map_err(|e| Error::internal(format!("Restarting Till failed: {e}. Restart Till.")))?;
    let _ = app.emit(EVENT_RESTARTED, ());
    state.till().await.map(drop)
}

/// Before a (re)started core answers: the till knows whether it has staff, and whoever was
/// signed in at the previous core stays signed in at this one (they changed a setting).
fn attend<R: Runtime>(app: &AppHandle<R>, till: &Till) {
    let attendance = app.state::<crate::attendance::Attendance>();
    let language = till.register.checkout().settings().language;
    attendance.set_language(language);
    crate::error::set_language(language);
    app.state::<till_core::owner::OwnerGate>()
        .set_language(language);
    let store = till.register.checkout().store();
    // Unreadable: the till stays locked (fail closed) and says why in the log.
    match tauri::async_runtime::block_on(till_core::staff::any_active(store)) {
        Ok(exist) => attendance.set_staff_exist(exist),
        Err(e) => {
            tracing::error!(error = %e, "could not read the staff list; the till stays locked")
        }
    }
    if let Err(e) = till
        .register
        .checkout()
        .carry_signed_in(attendance.signed_in())
    {
        tracing::error!(error = %e, "could not carry the sign-in over to the restarted core");
    }
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
        let settle_till = Arc::clone(&task_till);
        let result = task_till
            .register
            .checkout()
            .watch(
                &task_sale,
                WatchPolicy::default(),
                move |view: &SaleView| {
                    let _ = emitter.emit(EVENT_SALE, view);
                    // A test-card run records its outcome as soon as Stripe reports one.
                    let (till, sale_id) = (Arc::clone(&settle_till), view.id.clone());
                    tauri::async_runtime::spawn(async move {
                        if let Err(e) =
                            till_core::testcards::settle_run(till.register.checkout(), &sale_id).await
                        {
                            tracing::warn!(sale_id, error = %e, "could not record the test-card outcome");
                        }
                    });
                },
            )
            .await;
        if let Err(e) = result {
            tracing::warn!(sale_id = task_sale, error = %e, "stopped watching the sale");
        }
    });
    watchers.insert(sale_id, handle);
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use till_core::secrets::{MemoryStore, Secrets};

    use super::*;

    fn state() -> Arc<AppState> {
        Arc::new(AppState {
            paths: Paths {
                data_dir: "unused".into(),
                log_dir: "unused".into(),
            },
            core: tokio::sync::watch::channel(None).0,
            watchers: Mutex::new(HashMap::new()),
            keys: KeyService::new(Secrets::new(Arc::new(MemoryStore::new())), None, None),
            key_problem: Mutex::new(None),
            stop: Mutex::new(tokio::sync::watch::channel(false).0),
            restarting: tokio::sync::Mutex::new(()),
        })
    }

    /// Sets the core from another task of the same thread after a moment.
    fn set_later(state: &Arc<AppState>, message: &'static str) {
        let setter = Arc::clone(state);
        tokio::spawn(async move {
            tokio::time::sleep(Duration::from_millis(50)).await;
            setter.set_core(Err(Error::internal(message)));
        });
    }

    // One thread: a `till()` that blocked its thread would never see the core set (it would
    // give up after 20 s with "Till is starting").
    #[tokio::test(flavor = "current_thread")]
    async fn waiting_for_the_core_leaves_the_thread_free() {
        let state = state();
        set_later(&state, "the ledger could not open");
        let answer = state.till().await.map(drop);
        assert_eq!(
            answer.map_err(|e| e.message),
            Err("the ledger could not open".to_string())
        );
    }

    #[tokio::test(flavor = "current_thread")]
    async fn a_taken_core_makes_commands_wait_for_the_next_one() {
        let state = state();
        state.set_core(Err(Error::internal("the first core")));
        assert!(matches!(state.take_core(), Some(Err(_))));
        set_later(&state, "the second core");
        let answer = state.till().await.map(drop);
        assert_eq!(
            answer.map_err(|e| e.message),
            Err("the second core".to_string())
        );
    }
}
