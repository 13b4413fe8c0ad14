//! The running simulator's shared state: the [`State`] behind a mutex, persistence, webhook
//! dispatch, injected faults.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use anyhow::Context;
use tokio::sync::watch;

use crate::model::{self, render_event, Delivery, State};
use crate::{clock, webhook};

/// What an injected fault does to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FaultKind {
    /// HTTP 500 with Stripe's `api_error` body.
    ServerError,
    /// HTTP 429 with Stripe's `rate_limit` body.
    RateLimit,
    /// The connection is closed (reset) without a response.
    Reset,
    /// The response is delayed by this long.
    Delay(Duration),
}

/// One injected fault rule: applies to the next `remaining` API requests it matches.
#[derive(Debug, Clone)]
pub struct FaultRule {
    pub kind: FaultKind,
    pub remaining: u32,
    pub path_prefix: Option<String>,
    pub method: Option<String>,
    /// Apply after the request has executed (state changed, idempotent result stored) instead
    /// of before.
    pub after: bool,
    /// `Stripe-Should-Retry` to send with 500/429 (`None`: no header).
    pub should_retry: Option<bool>,
    /// Matching requests to let through before the rule fires (each one it matches counts,
    /// whatever other rules do with it): "the third page fails".
    pub skip: u32,
}

/// Settings the running server needs.
#[derive(Debug, Clone)]
pub struct Settings {
    pub state_file: Option<PathBuf>,
    pub refund_settle_after: i64,
    pub revoked_keys: Vec<String>,
    pub webhook_retry_delays: Vec<Duration>,
}

pub struct App {
    state: Mutex<State>,
    pub settings: Settings,
    faults: Mutex<Vec<FaultRule>>,
    persisted_revision: AtomicU64,
    pub shutdown: watch::Receiver<bool>,
    /// The runtime the server runs on: webhook deliveries are spawned there, so that helpers
    /// can be called from any thread.
    runtime: tokio::runtime::Handle,
}

/// Resolves once shutdown has been signalled (or its sender is gone).
pub async fn stopped(shutdown: &mut watch::Receiver<bool>) {
    // The guard `wait_for` returns is dropped here, never held across another await.
    let _ = shutdown.wait_for(|stopped| *stopped).await;
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves the data usable for a simulator; keep serving.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// An event ready to send to one endpoint.
struct Outgoing {
    event: String,
    endpoint: String,
    url: String,
    secret: String,
    payload: Arc<Vec<u8>>,
}

impl App {
    pub fn new(state: State, settings: Settings, shutdown: watch::Receiver<bool>) -> Self {
        let revision = state.revision;
        Self {
            state: Mutex::new(state),
            settings,
            faults: Mutex::new(Vec::new()),
            persisted_revision: AtomicU64::new(revision.wrapping_sub(1)),
            shutdown,
            runtime: tokio::runtime::Handle::current(),
        }
    }

    /// Runs `f` on the state, after applying whatever became due (session expiry, refund
    /// settlement); then persists changes and sends new events to webhook endpoints.
    pub fn with_state<R>(self: &Arc<Self>, f: impl FnOnce(&mut State) -> R) -> R {
        let (result, outgoing) = {
            let mut state = lock(&self.state);
            model::prune(&mut state);
            clock::apply_due(&mut state);
            let result = f(&mut state);
            self.persist_if_changed(&state);
            (result, take_outgoing(&mut state))
        };
        for item in outgoing {
            self.spawn_delivery(item);
        }
        result
    }

    fn persist_if_changed(&self, state: &State) {
        let Some(path) = &self.settings.state_file else {
            return;
        };
        if self.persisted_revision.load(Ordering::SeqCst) == state.revision {
            return;
        }
        match save(path, state) {
            Ok(()) => self
                .persisted_revision
                .store(state.revision, Ordering::SeqCst),
            Err(err) => tracing::error!("saving state to {}: {err:#}", path.display()),
        }
    }

    /// Takes the fault that applies to this request, if any (decrementing its count). A rule
    /// still skipping counts the request and lets it through.
    pub fn take_fault(&self, method: &str, path: &str) -> Option<FaultRule> {
        let mut faults = lock(&self.faults);
        let mut chosen = None;
        for (index, rule) in faults.iter_mut().enumerate() {
            let matches = rule.remaining > 0
                && rule
                    .path_prefix
                    .as_deref()
                    .is_none_or(|p| path.starts_with(p))
                && rule
                    .method
                    .as_deref()
                    .is_none_or(|m| m.eq_ignore_ascii_case(method));
            if !matches {
                continue;
            }
            if rule.skip > 0 {
                rule.skip -= 1;
            } else if chosen.is_none() {
                chosen = Some(index);
            }
        }
        let index = chosen?;
        let rule = faults[index].clone();
        faults[index].remaining -= 1;
        if faults[index].remaining == 0 {
            faults.remove(index);
        }
        Some(rule)
    }

    pub fn add_fault(&self, rule: FaultRule) {
        lock(&self.faults).push(rule);
    }

    pub fn clear_faults(&self) -> usize {
        let mut faults = lock(&self.faults);
        let count = faults.len();
        faults.clear();
        count
    }

    pub fn faults(&self) -> Vec<FaultRule> {
        lock(&self.faults).clone()
    }

    fn spawn_delivery(self: &Arc<Self>, item: Outgoing) {
        let app = Arc::clone(self);
        let mut shutdown = self.shutdown.clone();
        self.runtime.spawn(async move {
            let delays = app.settings.webhook_retry_delays.clone();
            let mut attempt = 0u32;
            loop {
                attempt += 1;
                let timestamp = app.with_state(|s| s.now());
                let result = tokio::select! {
                    r = webhook::deliver(&item.url, &item.secret, &item.payload, timestamp) => r,
                    _ = crate::app::stopped(&mut shutdown) => return,
                };
                let (status, error) = match &result {
                    Ok(status) => (Some(*status), None),
                    Err(err) => (None, Some(format!("{err:#}"))),
                };
                let delivered = status.is_some_and(|s| (200..300).contains(&s));
                tracing::debug!(
                    event = %item.event, endpoint = %item.endpoint, attempt, ?status, ?error,
                    "webhook delivery"
                );
                app.with_state(|s| {
                    s.record_delivery(
                        Delivery {
                            event: item.event.clone(),
                            endpoint: item.endpoint.clone(),
                            attempt,
                            at: timestamp,
                            status,
                            error,
                        },
                        delivered,
                    )
                });
                if delivered {
                    return;
                }
                let Some(delay) = delays.get(attempt as usize - 1) else {
                    return;
                };
                tokio::select! {
                    _ = tokio::time::sleep(*delay) => {}
                    _ = crate::app::stopped(&mut shutdown) => return,
                }
            }
        });
    }
}

fn take_outgoing(state: &mut State) -> Vec<Outgoing> {
    let ids = std::mem::take(&mut state.undelivered);
    let mut outgoing = Vec::new();
    for id in ids {
        let Some(event) = state.events.iter().find(|e| e.id == id) else {
            continue;
        };
        // Stripe sends webhook bodies pretty-printed.
        let payload = match serde_json::to_vec_pretty(&render_event(event)) {
            Ok(bytes) => Arc::new(bytes),
            Err(err) => {
                tracing::error!("rendering event {id}: {err}");
                continue;
            }
        };
        for endpoint in state.webhook_endpoints.values() {
            if endpoint.wants(&event.kind) {
                outgoing.push(Outgoing {
                    event: id.clone(),
                    endpoint: endpoint.id.clone(),
                    url: endpoint.url.clone(),
                    secret: endpoint.secret.clone(),
                    payload: Arc::clone(&payload),
                });
            }
        }
    }
    outgoing
}

/// Writes the state atomically: a temporary file beside the target, then a rename.
pub fn save(path: &std::path::Path, state: &State) -> anyhow::Result<()> {
    let bytes = serde_json::to_vec(state).context("serializing state")?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "state.json".into());
    let tmp = path.with_file_name(format!(".{file_name}.tmp"));
    std::fs::write(&tmp, &bytes).with_context(|| format!("writing {}", tmp.display()))?;
    std::fs::rename(&tmp, path)
        .with_context(|| format!("renaming {} to {}", tmp.display(), path.display()))?;
    Ok(())
}

/// Reads a state file written by [`save`]; `Ok(None)` when it does not exist yet.
pub fn load(path: &std::path::Path) -> anyhow::Result<Option<State>> {
    match std::fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .with_context(|| format!("parsing state file {}", path.display())),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
    }
}
