// How the modules layer (no cycles: a module uses only the layers below its own and, within
// its layer, the modules listed before it):
//   1. helpers without state: error, ids, money, cards (the test card sheet), dates, form,
//      raw, webhook (signatures; -> raw), params (typed form parameters; -> error)
//   2. the state: model (every object's type, `State`, the Stripe JSON of each object)
//   3. Stripe's behaviour, synchronous changes of `&mut State`: auth, catalog, refunds,
//      billing, discounts (tax rates, coupons, promotion codes), pricing (a session's discount
//      and tax), checkout (-> billing for subscription mode; -> discounts, pricing), clock (what becomes due as time
//      passes: session expiry, refund settlement, period ends; -> checkout, refunds, billing)
//   4. the running simulator: app (the state behind a mutex, clock's due work before each
//      access, persistence, webhook delivery, injected faults)
//   5. HTTP: server (the accept loop), api (the /v1 pipeline, lists, expansion), routes (/v1
//      handlers), helpers (/v1/test_helpers), hosted (the checkout pages)
// lib.rs (`start`, `SimHandle`) and main.rs sit on top.

//! A Stripe-compatible simulator for Till: the part of Stripe's API that Till uses, served on
//! 127.0.0.1 only, stateful and faithful to Stripe as described in `shared/stripe-notes.md`.
//!
//! Start it in-process on the current tokio runtime with [`start`], or run the `stripe-sim`
//! binary. Point async-stripe at [`SimHandle::base_url`]. The crate README lists the routes,
//! the test helpers and every known difference from Stripe.
//!
//! ```no_run
//! # async fn demo() -> Result<(), stripe_sim::SimError> {
//! let sim = stripe_sim::start(stripe_sim::SimConfig::default()).await?;
//! let client = format!("{}/v1/products", sim.base_url());
//! # let _ = client;
//! sim.stop().await;
//! # Ok(()) }
//! ```

#![recursion_limit = "256"]

mod api;
mod app;
mod auth;
mod billing;
pub mod cards;
mod catalog;
mod checkout;
mod clock;
mod dates;
mod discounts;
mod error;
pub mod form;
mod helpers;
mod hosted;
mod ids;
mod model;
pub mod money;
mod params;
mod pricing;
pub mod raw;
mod refunds;
mod routes;
mod server;
pub mod webhook;

use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use api::DEFAULT_API_VERSION;
pub use app::{FaultKind, FaultRule as Fault};
pub use catalog::SEED_CREATED;
pub use checkout::AttemptOutcome as PayOutcome;

/// How to run the simulator.
#[derive(Clone)]
pub struct SimConfig {
    /// Port on 127.0.0.1; `0` picks a free one.
    pub port: u16,
    /// Persist the whole state as JSON here (atomic write after each change) and load it at
    /// start.
    pub state_file: Option<PathBuf>,
    /// Seed the demo catalog into a fresh state (default `true`).
    pub seed_catalog: bool,
    /// The API version events are rendered in (Stripe uses the account's default version).
    pub api_version: String,
    /// Keys that get 401 as if revoked (besides any key containing `_revoked`).
    pub revoked_keys: Vec<String>,
    /// `rk_test_…` keys limited to the given permissions (e.g. `rak_checkout_session_write`);
    /// unregistered `rk_test_` keys have full access.
    pub restricted_keys: Vec<(String, Vec<String>)>,
    /// Webhook endpoints to register at start, like `stripe listen --forward-to`.
    pub webhooks: Vec<WebhookConfig>,
    /// How long asynchronous test-card refunds stay in their first status.
    pub refund_settle_after: Duration,
    /// Waits between webhook delivery attempts (the first attempt is immediate).
    pub webhook_retry_delays: Vec<Duration>,
    /// Also serve the hosted checkout pages (only those: never the API or the test helpers)
    /// on another address, e.g. the shop network's, under `/t/TOKEN/`; sessions' `url` then
    /// points there. Off by default.
    pub lan_checkout: Option<LanCheckout>,
}

/// Where and under which secret the hosted pages are served besides 127.0.0.1.
#[derive(Clone)]
pub struct LanCheckout {
    /// Address and port to bind (port 0 picks a free one).
    pub addr: SocketAddr,
    /// The path segment every page URL carries (`/t/TOKEN/c/pay/…`); without it: 404.
    pub token: String,
}

impl std::fmt::Debug for LanCheckout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LanCheckout")
            .field("addr", &self.addr)
            .finish_non_exhaustive()
    }
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            port: 0,
            state_file: None,
            seed_catalog: true,
            api_version: DEFAULT_API_VERSION.to_string(),
            revoked_keys: Vec::new(),
            restricted_keys: Vec::new(),
            webhooks: Vec::new(),
            refund_settle_after: Duration::from_secs(5),
            webhook_retry_delays: vec![Duration::from_secs(1), Duration::from_secs(5)],
            lan_checkout: None,
        }
    }
}

impl std::fmt::Debug for SimConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Keys are masked: never print a whole key.
        let revoked: Vec<String> = self.revoked_keys.iter().map(|k| auth::mask(k, 4)).collect();
        let restricted: Vec<(String, &Vec<String>)> = self
            .restricted_keys
            .iter()
            .map(|(k, p)| (auth::mask(k, 4), p))
            .collect();
        f.debug_struct("SimConfig")
            .field("port", &self.port)
            .field("state_file", &self.state_file)
            .field("seed_catalog", &self.seed_catalog)
            .field("api_version", &self.api_version)
            .field("revoked_keys", &revoked)
            .field("restricted_keys", &restricted)
            .field("webhooks", &self.webhooks)
            .field("refund_settle_after", &self.refund_settle_after)
            .field("webhook_retry_delays", &self.webhook_retry_delays)
            .finish()
    }
}

/// A webhook endpoint registered at start.
#[derive(Clone)]
pub struct WebhookConfig {
    pub url: String,
    /// `whsec_…`; made up when `None`. A fixed secret survives restarts, like the one
    /// `stripe listen` prints.
    pub secret: Option<String>,
    /// Event types (`*` for all; empty means all).
    pub events: Vec<String>,
}

impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("url", &self.url)
            .field("secret", &self.secret.as_ref().map(|_| "whsec_***"))
            .field("events", &self.events)
            .finish()
    }
}

/// Errors of the simulator's Rust API.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    /// The server could not start (port in use, unreadable state file, …).
    #[error("stripe-sim could not start: {0:#}")]
    Start(#[source] anyhow::Error),
    /// A helper was refused, with the error Stripe's API would give.
    #[error("stripe-sim refused: {status} {kind}: {message}")]
    Api {
        status: u16,
        kind: String,
        code: Option<String>,
        message: String,
        param: Option<String>,
    },
}

impl From<error::ApiError> for SimError {
    fn from(err: error::ApiError) -> Self {
        SimError::Api {
            status: err.status.as_u16(),
            kind: err.kind.to_string(),
            code: err.code,
            message: err.message,
            param: err.param,
        }
    }
}

/// The result of a payment helper: what happened, and the session afterwards (its
/// `payment_intent` expanded).
#[derive(Debug, Clone)]
pub struct PayResult {
    pub outcome: PayOutcome,
    pub session: serde_json::Value,
}

/// A running simulator. Dropping it stops the server; [`SimHandle::stop`] stops it and waits.
pub struct SimHandle {
    base_url: String,
    addr: SocketAddr,
    app: Arc<app::App>,
    shutdown: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl std::fmt::Debug for SimHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimHandle")
            .field("base_url", &self.base_url)
            .finish()
    }
}

/// Starts the simulator on the current tokio runtime, bound to 127.0.0.1.
pub async fn start(config: SimConfig) -> Result<SimHandle, SimError> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, config.port))
        .await
        .map_err(|e| {
            SimError::Start(
                anyhow::Error::new(e).context(format!("binding 127.0.0.1:{}", config.port)),
            )
        })?;
    let addr = listener
        .local_addr()
        .map_err(|e| SimError::Start(e.into()))?;
    let base_url = format!("http://127.0.0.1:{}", addr.port());
    let lan = match &config.lan_checkout {
        Some(lan) => {
            if lan.token.len() < 16 || !lan.token.chars().all(|c| c.is_ascii_alphanumeric()) {
                return Err(SimError::Start(anyhow::anyhow!(
                    "the shop-network token must be at least 16 letters or digits"
                )));
            }
            let listener = TcpListener::bind(lan.addr).await.map_err(|e| {
                SimError::Start(
                    anyhow::Error::new(e)
                        .context(format!("binding the checkout pages to {}", lan.addr)),
                )
            })?;
            let bound = listener
                .local_addr()
                .map_err(|e| SimError::Start(e.into()))?;
            Some((listener, format!("/t/{}", lan.token), bound))
        }
        None => None,
    };

    let loaded = match &config.state_file {
        Some(path) => app::load(path).map_err(SimError::Start)?,
        None => None,
    };
    let fresh = loaded.is_none();
    let mut state = loaded.unwrap_or_default();
    state.base_url = base_url.clone();
    state.page_base = lan
        .as_ref()
        .map(|(_, prefix, bound)| format!("http://{bound}{prefix}"));
    if state.api_version.is_empty() || fresh {
        state.api_version = config.api_version.clone();
    }
    if fresh && config.seed_catalog {
        catalog::seed(&mut state);
    }
    state.touch();

    let (shutdown, shutdown_rx) = watch::channel(false);
    let settings = app::Settings {
        state_file: config.state_file.clone(),
        refund_settle_after: config.refund_settle_after.as_secs() as i64,
        revoked_keys: config.revoked_keys.clone(),
        webhook_retry_delays: config.webhook_retry_delays.clone(),
    };
    let app = Arc::new(app::App::new(state, settings, shutdown_rx.clone()));

    for (key, permissions) in &config.restricted_keys {
        helpers::restrict(&app, key, permissions)?;
    }
    for webhook in &config.webhooks {
        let exists = app.with_state(|s| {
            s.webhook_endpoints.values().any(|e| {
                e.url == webhook.url && webhook.secret.as_ref().is_none_or(|sec| &e.secret == sec)
            })
        });
        if !exists {
            helpers::register_endpoint(
                &app,
                &webhook.url,
                webhook.secret.as_deref(),
                webhook.events.clone(),
            )?;
        }
    }
    // Persist the starting state (and apply whatever became due while stopped).
    app.with_state(|_| ());

    let router = routes::router(Arc::clone(&app))
        .merge(helpers::router(Arc::clone(&app)))
        .merge(hosted::router(Arc::clone(&app)))
        .fallback(routes::unrecognized);
    let server = tokio::spawn(server::serve(listener, router, shutdown_rx.clone()));
    let mut tasks = vec![server];
    if let Some((listener, prefix, bound)) = lan {
        let pages = hosted::pages(Arc::clone(&app), prefix);
        tasks.push(tokio::spawn(server::serve(
            listener,
            pages,
            shutdown_rx.clone(),
        )));
        tracing::info!(address = %bound, "stripe-sim: checkout pages also served on this address (with a token)");
    }
    tasks.push(tokio::spawn(tick(Arc::clone(&app), shutdown_rx)));
    tracing::info!(%base_url, "stripe-sim listening");
    Ok(SimHandle {
        base_url,
        addr,
        app,
        shutdown,
        tasks,
    })
}

/// Once a second: expire sessions and settle refunds whose time has come, so that their
/// events (and webhooks) happen without anyone asking. (Retention needs no timer: every access
/// to the state forgets what is older than Stripe keeps, by the simulator's clock.)
async fn tick(app: Arc<app::App>, mut shutdown: watch::Receiver<bool>) {
    let mut interval = tokio::time::interval(Duration::from_secs(1));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = interval.tick() => app.with_state(|_| ()),
            _ = crate::app::stopped(&mut shutdown) => return,
        }
    }
}

fn pay_result(app: &Arc<app::App>, session_id: &str, outcome: PayOutcome) -> PayResult {
    let session = app.with_state(|s| checkout::session_with_payment_intent(s, session_id));
    PayResult { outcome, session }
}

impl SimHandle {
    /// `http://127.0.0.1:PORT`: the API base URL (`ClientBuilder::new(key).url(base_url)`).
    pub fn base_url(&self) -> String {
        self.base_url.clone()
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// The hosted checkout page of a session (the session's `url`).
    pub fn checkout_url(&self, session_id: &str) -> String {
        format!("{}/c/pay/{session_id}", self.page_base())
    }

    /// Where customers open the hosted pages: `http://ADDR:PORT/t/TOKEN` with
    /// [`SimConfig::lan_checkout`], else [`SimHandle::base_url`].
    pub fn page_base(&self) -> String {
        self.app.with_state(|s| s.page_base().to_string())
    }

    /// Pays a session with a test card as the hosted page would (any future expiry, a valid
    /// CVC). Declines are an `Ok` outcome; a session that is not open is an `Err`.
    pub fn pay(&self, session_id: &str, card_number: &str) -> Result<PayResult, SimError> {
        let outcome =
            helpers::pay_card(&self.app, session_id, card_number, None, None, None, None)?;
        Ok(pay_result(&self.app, session_id, outcome))
    }

    /// Pays with an explicit expiry (`MM/YY`) and CVC, e.g. to exercise form validation.
    pub fn pay_with(
        &self,
        session_id: &str,
        card_number: &str,
        expiry: &str,
        cvc: &str,
    ) -> Result<PayResult, SimError> {
        let outcome = helpers::pay_card(
            &self.app,
            session_id,
            card_number,
            Some(expiry),
            Some(cvc),
            None,
            None,
        )?;
        Ok(pay_result(&self.app, session_id, outcome))
    }

    /// Completes (`succeed = true`) or fails the pending 3-D Secure step.
    pub fn complete_3ds(&self, session_id: &str, succeed: bool) -> Result<PayResult, SimError> {
        let outcome = self
            .app
            .with_state(|s| checkout::finish_3ds(s, session_id, succeed))?;
        Ok(pay_result(&self.app, session_id, outcome))
    }

    /// Pays with a delayed method (e.g. `us_bank_account`, which the session must allow):
    /// the session completes `unpaid` until [`SimHandle::settle_async_payment`].
    pub fn pay_delayed(&self, session_id: &str, method: &str) -> Result<PayResult, SimError> {
        let outcome = self
            .app
            .with_state(|s| checkout::attempt_delayed(s, session_id, method, None))?;
        Ok(pay_result(&self.app, session_id, outcome))
    }

    /// Ends a delayed payment: `checkout.session.async_payment_succeeded` or `_failed`.
    pub fn settle_async_payment(
        &self,
        session_id: &str,
        succeed: bool,
    ) -> Result<PayResult, SimError> {
        let outcome = self
            .app
            .with_state(|s| checkout::settle_delayed(s, session_id, succeed))?;
        Ok(pay_result(&self.app, session_id, outcome))
    }

    /// Types a promotion code on the hosted page of a session created with
    /// `allow_promotion_codes=true`, as a customer would: its coupon applies and the session's
    /// amounts change. Returns the session; an unknown, inactive, expired or used-up code is an
    /// `Err` saying `This code is invalid.`, as the page tells the customer.
    pub fn apply_promotion_code(
        &self,
        session_id: &str,
        code: &str,
    ) -> Result<serde_json::Value, SimError> {
        self.app
            .with_state(|s| checkout::apply_promotion_code(s, session_id, code))?;
        self.session(session_id).ok_or_else(|| {
            SimError::from(error::ApiError::no_such(
                "checkout.session",
                session_id,
                None,
            ))
        })
    }

    /// Expires an open session now, as if its `expires_at` had passed.
    pub fn expire_now(&self, session_id: &str) -> Result<(), SimError> {
        Ok(helpers::expire(&self.app, session_id)?)
    }

    /// Arms a fault for the next matching API requests (test helpers are never faulted).
    pub fn inject_fault(&self, fault: Fault) {
        self.app.add_fault(fault);
    }

    /// How many request failures the armed faults still hold (0 once every one has fired):
    /// a fault test asserts this, so that it cannot pass without its fault.
    pub fn armed_faults(&self) -> u32 {
        self.app.faults().iter().map(|rule| rule.remaining).sum()
    }

    /// Disarms all faults; returns how many were armed.
    pub fn clear_faults(&self) -> usize {
        self.app.clear_faults()
    }

    /// Limits an `rk_test_…` key to `permissions` (`rak_checkout_session_write`, …).
    pub fn restrict_key(&self, key: &str, permissions: &[&str]) -> Result<(), SimError> {
        let permissions: Vec<String> = permissions.iter().map(|p| p.to_string()).collect();
        helpers::restrict(&self.app, key, &permissions)?;
        Ok(())
    }

    /// Makes every request with `key` fail with 401.
    pub fn revoke_key(&self, key: &str) {
        helpers::revoke(&self.app, key);
    }

    /// Registers a webhook endpoint with a chosen secret; returns the endpoint's JSON
    /// (with `secret`).
    pub fn register_webhook(
        &self,
        url: &str,
        secret: Option<&str>,
        events: &[&str],
    ) -> Result<serde_json::Value, SimError> {
        let events = events.iter().map(|e| e.to_string()).collect();
        Ok(helpers::register_endpoint(&self.app, url, secret, events)?)
    }

    /// Moves an asynchronous refund to its final status now.
    pub fn settle_refund(&self, refund_id: &str) -> Result<(), SimError> {
        Ok(self
            .app
            .with_state(|s| refunds::settle_refund(s, refund_id))?)
    }

    /// Moves the simulator's clock forward (sessions expire, refunds settle when due).
    pub fn advance_clock(&self, by: Duration) {
        helpers::advance(&self.app, by.as_secs() as i64);
    }

    /// The simulator's current time (unix seconds), clock offset included.
    pub fn now(&self) -> i64 {
        self.app.with_state(|s| s.now())
    }

    /// A session as the API renders it, its `payment_intent` expanded.
    pub fn session(&self, session_id: &str) -> Option<serde_json::Value> {
        self.app.with_state(|s| {
            s.sessions
                .contains_key(session_id)
                .then(|| checkout::session_with_payment_intent(s, session_id))
        })
    }

    /// The subscription reaches its period end (the simulator's clock moves forward to it if
    /// behind). With `cancel_at_period_end` it ends (`canceled`, `customer.subscription.deleted`,
    /// no invoice); otherwise it renews: the period moves forward one interval and a new
    /// `subscription_cycle` invoice is charged to `card` (which becomes the subscription's card)
    /// or its current card — paid → `active`, declined → `past_due` with the invoice `open`.
    /// Returns the subscription as the API renders it.
    pub fn advance_subscription(
        &self,
        subscription_id: &str,
        card: Option<&str>,
    ) -> Result<serde_json::Value, SimError> {
        Ok(helpers::advance_subscription(
            &self.app,
            subscription_id,
            card,
        )?)
    }

    /// One more payment attempt of an open invoice with `card` (which becomes the
    /// subscription's card) or the subscription's card: paid → the subscription is `active`
    /// again; declined → `attempt_count` + 1, `invoice.payment_failed`. Returns the invoice.
    pub fn retry_invoice(
        &self,
        invoice_id: &str,
        card: Option<&str>,
    ) -> Result<serde_json::Value, SimError> {
        Ok(helpers::retry_invoice(&self.app, invoice_id, card)?)
    }

    /// A subscription as the API renders it.
    pub fn subscription(&self, id: &str) -> Option<serde_json::Value> {
        self.app.with_state(|s| {
            s.subscriptions
                .get(id)
                .map(|sub| billing::render_subscription(s, sub))
        })
    }

    /// A customer as the API renders it.
    pub fn customer(&self, id: &str) -> Option<serde_json::Value> {
        self.app
            .with_state(|s| s.customers.get(id).map(billing::render_customer))
    }

    /// An invoice as the API renders it.
    pub fn invoice(&self, id: &str) -> Option<serde_json::Value> {
        self.app
            .with_state(|s| s.invoices.get(id).map(billing::render_invoice))
    }

    /// All events still kept (30 days by the simulator's clock), oldest first, as the API renders them.
    pub fn events(&self) -> Vec<serde_json::Value> {
        self.app
            .with_state(|s| s.events.iter().map(model::render_event).collect())
    }

    /// Emits these events (type, `data.object`), in order, all created in the same second (the
    /// simulator's current one), as Stripe does when much happens at once: for a test that
    /// needs a long list of events with same-second ones across its pages. Returns their ids.
    pub fn emit_events(&self, events: Vec<(&str, serde_json::Value)>) -> Vec<String> {
        self.app.with_state(|s| {
            let created = s.now();
            let origin = model::Origin::default();
            events
                .into_iter()
                .map(|(kind, object)| {
                    let id = s.emit(kind, object, None, &origin);
                    if let Some(event) = s.events.last_mut() {
                        event.created = created;
                    }
                    id
                })
                .collect()
        })
    }

    /// A cursor for [`SimHandle::events_since`]: everything that happens after this call is
    /// after it. Take "the events since X" with it, never with a count of [`SimHandle::events`]
    /// (moving the clock forgets old events, which shifts every count).
    pub fn event_cursor(&self) -> u64 {
        self.app.with_state(|s| s.seq)
    }

    /// The events that happened after `cursor` ([`SimHandle::event_cursor`]), oldest first.
    pub fn events_since(&self, cursor: u64) -> Vec<serde_json::Value> {
        self.app.with_state(|s| {
            s.events
                .iter()
                .filter(|e| e.seq > cursor)
                .map(model::render_event)
                .collect()
        })
    }

    /// Registered webhook endpoints, with their signing secrets.
    pub fn webhook_endpoints(&self) -> Vec<serde_json::Value> {
        self.app.with_state(|s| {
            s.webhook_endpoints
                .values()
                .map(|e| model::render_webhook_endpoint(e, true))
                .collect()
        })
    }

    /// Webhook delivery attempts so far (`event`, `endpoint`, `attempt`, `status`, `error`).
    pub fn webhook_deliveries(&self) -> Vec<serde_json::Value> {
        self.app.with_state(|s| {
            s.deliveries
                .iter()
                .filter_map(|d| serde_json::to_value(d).ok())
                .collect()
        })
    }

    /// Forgets everything but the demo catalog.
    pub fn reset(&self) {
        helpers::reset_state(&self.app);
    }

    /// Stops accepting connections, lets in-flight requests finish (up to 5 s) and waits.
    pub async fn stop(mut self) {
        let _ = self.shutdown.send(true);
        for task in std::mem::take(&mut self.tasks) {
            let _ = task.await;
        }
        tracing::info!(base_url = %self.base_url, "stripe-sim stopped");
    }
}

impl Drop for SimHandle {
    fn drop(&mut self) {
        // Idempotent: after `stop` this only re-sends `true`.
        let _ = self.shutdown.send(true);
    }
}

impl Fault {
    fn of(kind: FaultKind, count: u32) -> Self {
        Self {
            kind,
            remaining: count,
            path_prefix: None,
            method: None,
            after: false,
            should_retry: None,
            skip: 0,
        }
    }

    /// HTTP 500 `api_error` for the next `count` matching requests.
    pub fn server_error(count: u32) -> Self {
        Self::of(FaultKind::ServerError, count)
    }

    /// HTTP 429 `rate_limit` for the next `count` matching requests.
    pub fn rate_limit(count: u32) -> Self {
        Self::of(FaultKind::RateLimit, count)
    }

    /// Close the connection without a response.
    pub fn connection_reset(count: u32) -> Self {
        Self::of(FaultKind::Reset, count)
    }

    /// Delay the response.
    pub fn delay(by: Duration, count: u32) -> Self {
        Self::of(FaultKind::Delay(by), count)
    }

    /// Only requests whose path starts with `prefix` (e.g. `/v1/checkout/sessions`).
    pub fn on_path(mut self, prefix: &str) -> Self {
        self.path_prefix = Some(prefix.to_string());
        self
    }

    /// Only requests with this HTTP method.
    pub fn on_method(mut self, method: &str) -> Self {
        self.method = Some(method.to_ascii_uppercase());
        self
    }

    /// Let the request execute first (state changes, idempotent result stored), then fail
    /// its response (500 replaces it; reset drops it; delay holds it).
    pub fn after_execution(mut self) -> Self {
        self.after = true;
        self
    }

    /// Send `Stripe-Should-Retry: true|false` with the 500/429.
    pub fn with_should_retry(mut self, retry: bool) -> Self {
        self.should_retry = Some(retry);
        self
    }

    /// Let the first `requests` matching requests through; the fault fires from the next one
    /// (e.g. the third page of a list: `.on_path("/v1/events").skipping(2)`).
    pub fn skipping(mut self, requests: u32) -> Self {
        self.skip = requests;
        self
    }
}
