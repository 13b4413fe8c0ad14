//! Test helpers under `/v1/test_helpers/…` (like Stripe's): pay without a browser, 3-D Secure,
//! delayed payments, expiry, refunds settling, the clock, faults, keys, webhooks. Form-encoded
//! like the API; never faulted; no API key needed (the simulator listens on 127.0.0.1 only).

use std::sync::Arc;
use std::time::Duration;

use axum::extract::{Path, RawQuery, State as AxState};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::{json, Value};

use crate::app::{App, FaultKind, FaultRule};
use crate::checkout::{self, AttemptOutcome};
use crate::error::{ApiError, ApiResult};
use crate::ids::new_id;
use crate::model::{render_webhook_endpoint, Origin, WebhookEndpoint};
use crate::params::Params;
use crate::{auth, catalog, refunds};

type Shared = AxState<Arc<App>>;
type Reply = ApiResult<Json<Value>>;

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/v1/test_helpers/checkout/sessions/{id}/pay", post(pay))
        .route(
            "/v1/test_helpers/checkout/sessions/{id}/three_d_secure",
            post(three_d_secure),
        )
        .route(
            "/v1/test_helpers/checkout/sessions/{id}/async_payment",
            post(async_payment),
        )
        .route(
            "/v1/test_helpers/checkout/sessions/{id}/expire",
            post(expire_now),
        )
        .route("/v1/test_helpers/refunds/{id}/settle", post(settle_refund))
        .route(
            "/v1/test_helpers/subscriptions/{id}/advance",
            post(advance_subscription_route),
        )
        .route(
            "/v1/test_helpers/invoices/{id}/attempt",
            post(attempt_invoice_route),
        )
        .route("/v1/test_helpers/clock/advance", post(advance_clock))
        .route(
            "/v1/test_helpers/faults",
            get(list_faults).post(add_fault).delete(clear_faults),
        )
        .route("/v1/test_helpers/keys/restricted", post(restricted_key))
        .route("/v1/test_helpers/keys/revoked", post(revoked_key))
        .route(
            "/v1/test_helpers/webhook_endpoints",
            post(register_webhook_endpoint),
        )
        .route("/v1/test_helpers/webhook_deliveries", get(deliveries))
        .route("/v1/test_helpers/reset", post(reset))
        .with_state(app)
}

/// Parameters from the query string and the form body.
fn params(query: Option<String>, body: &[u8]) -> ApiResult<Params> {
    crate::api::request_params(query.as_deref(), body).map(Params::new)
}

pub fn outcome_json(outcome: &AttemptOutcome) -> (Value, Value) {
    match outcome {
        AttemptOutcome::Succeeded => (json!("succeeded"), Value::Null),
        AttemptOutcome::RequiresAction => (json!("requires_action"), Value::Null),
        AttemptOutcome::Processing => (json!("processing"), Value::Null),
        AttemptOutcome::Declined {
            code,
            decline_code,
            message,
        } => (
            json!("declined"),
            json!({"code": code, "decline_code": decline_code, "message": message}),
        ),
    }
}

fn attempt_reply(app: &Arc<App>, id: &str, outcome: AttemptOutcome) -> Json<Value> {
    let session = app.with_state(|s| checkout::session_with_payment_intent(s, id));
    let (name, error) = outcome_json(&outcome);
    Json(json!({
        "object": "test_helpers.payment_attempt",
        "outcome": name,
        "error": error,
        "checkout_session": session,
    }))
}

/// A card payment, as the hosted page would make it (same checks, same state changes).
pub fn pay_card(
    app: &Arc<App>,
    id: &str,
    number: &str,
    expiry: Option<&str>,
    cvc: Option<&str>,
    email: Option<String>,
    name: Option<String>,
) -> ApiResult<AttemptOutcome> {
    app.with_state(|s| {
        let (year, _) = crate::dates::current_year_month(s.now());
        let default_expiry = format!("12/{}", year + 5);
        let digits = crate::cards::normalize(number);
        let default_cvc = if digits.starts_with("34") || digits.starts_with("37") {
            "1234"
        } else {
            "123"
        };
        let (test_card, card) = checkout::check_card_form(
            s,
            number,
            expiry.unwrap_or(&default_expiry),
            cvc.unwrap_or(default_cvc),
        )
        .map_err(|message| ApiError::invalid(message).param("card_number"))?;
        checkout::attempt_card(s, id, card, &test_card, email, name)
    })
}

async fn pay(
    AxState(app): Shared,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let method = params.take_opt_str("payment_method_type")?;
    let number = params
        .take_opt_str("card_number")?
        .unwrap_or_else(|| "4242424242424242".into());
    let expiry = params.take_opt_str("card_expiry")?;
    let cvc = params.take_opt_str("card_cvc")?;
    let email = params.take_opt_str("email")?;
    let name = params.take_opt_str("name")?;
    params.finish()?;
    let outcome = match method.as_deref() {
        None | Some("card") => pay_card(
            &app,
            &id,
            &number,
            expiry.as_deref(),
            cvc.as_deref(),
            email,
            name,
        )?,
        Some(kind) => app.with_state(|s| checkout::attempt_delayed(s, &id, kind, email))?,
    };
    Ok(attempt_reply(&app, &id, outcome))
}

async fn three_d_secure(
    AxState(app): Shared,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let outcome = params.require_str("outcome")?;
    params.finish()?;
    let succeed = match outcome.as_str() {
        "complete" | "succeed" | "success" => true,
        "fail" | "failure" => false,
        other => {
            return Err(ApiError::invalid(format!(
                "Invalid outcome: must be complete or fail (got {other})"
            ))
            .param("outcome"))
        }
    };
    let outcome = app.with_state(|s| checkout::finish_3ds(s, &id, succeed))?;
    Ok(attempt_reply(&app, &id, outcome))
}

async fn async_payment(
    AxState(app): Shared,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let outcome = params.require_str("outcome")?;
    params.finish()?;
    let succeed = match outcome.as_str() {
        "succeeded" | "succeed" => true,
        "failed" | "fail" => false,
        other => {
            return Err(ApiError::invalid(format!(
                "Invalid outcome: must be succeeded or failed (got {other})"
            ))
            .param("outcome"))
        }
    };
    let outcome = app.with_state(|s| checkout::settle_delayed(s, &id, succeed))?;
    Ok(attempt_reply(&app, &id, outcome))
}

/// Expires a session now, as if its `expires_at` had passed.
pub fn expire(app: &Arc<App>, id: &str) -> ApiResult<()> {
    app.with_state(|s| {
        let now = s.now();
        let session = s
            .sessions
            .get_mut(id)
            .ok_or_else(|| ApiError::no_such("checkout.session", id, None))?;
        if session.status == "open" {
            session.expires_at = now;
        }
        checkout::expire_session(s, id, &Origin::default())
    })
}

async fn expire_now(AxState(app): Shared, Path(id): Path<String>) -> Reply {
    expire(&app, &id)?;
    Ok(Json(app.with_state(|s| {
        checkout::session_with_payment_intent(s, &id)
    })))
}

async fn settle_refund(AxState(app): Shared, Path(id): Path<String>) -> Reply {
    app.with_state(|s| {
        refunds::settle_refund(s, &id)?;
        let refund = s
            .refunds
            .get(&id)
            .ok_or_else(|| ApiError::no_such("refund", &id, None))?;
        Ok(Json(crate::model::render_refund(refund)))
    })
}

/// The subscription reaches its period end (see [`crate::clock::advance_subscription`]);
/// returns it.
pub fn advance_subscription(app: &Arc<App>, id: &str, card: Option<&str>) -> ApiResult<Value> {
    let card = crate::billing::check_card_param(card, "card")?;
    app.with_state(|s| {
        crate::clock::advance_subscription(s, id, card)?;
        tracing::info!(subscription = %id, "subscription advanced to its period end");
        Ok(crate::billing::subscription_json(s, id))
    })
}

/// One more payment attempt of an open invoice; returns it.
pub fn retry_invoice(app: &Arc<App>, id: &str, card: Option<&str>) -> ApiResult<Value> {
    let card = crate::billing::check_card_param(card, "card")?;
    app.with_state(|s| {
        crate::billing::retry_invoice(s, id, card)?;
        Ok(crate::billing::invoice_json(s, id))
    })
}

async fn advance_subscription_route(
    AxState(app): Shared,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let card = params.take_opt_str("card")?;
    params.finish()?;
    Ok(Json(advance_subscription(&app, &id, card.as_deref())?))
}

async fn attempt_invoice_route(
    AxState(app): Shared,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let card = params.take_opt_str("card")?;
    params.finish()?;
    Ok(Json(retry_invoice(&app, &id, card.as_deref())?))
}

async fn advance_clock(
    AxState(app): Shared,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let seconds = params
        .take_int("seconds")?
        .ok_or_else(|| ApiError::missing("seconds"))?;
    params.finish()?;
    if seconds < 0 {
        return Err(ApiError::invalid("The clock only moves forward.").param("seconds"));
    }
    let now = advance(&app, seconds);
    Ok(Json(json!({"object": "test_helpers.clock", "now": now})))
}

/// Moves the clock forward and applies what became due; returns the new time.
pub fn advance(app: &Arc<App>, seconds: i64) -> i64 {
    app.with_state(|s| s.advance_clock(seconds));
    // A second pass runs expiry and settlement at the new time.
    app.with_state(|s| s.now())
}

fn fault_json(rule: &FaultRule) -> Value {
    let (kind, delay_ms) = match &rule.kind {
        FaultKind::ServerError => ("server_error", None),
        FaultKind::RateLimit => ("rate_limit", None),
        FaultKind::Reset => ("connection_reset", None),
        FaultKind::Delay(d) => ("delay", Some(d.as_millis() as u64)),
    };
    json!({
        "kind": kind,
        "remaining": rule.remaining,
        "delay_ms": delay_ms,
        "path_prefix": rule.path_prefix,
        "method": rule.method,
        "phase": if rule.after { "after" } else { "before" },
        "should_retry": rule.should_retry,
        "skip": rule.skip,
    })
}

/// Parses a fault from helper parameters.
pub fn parse_fault(params: &mut Params) -> ApiResult<FaultRule> {
    let kind_name = params.require_str("kind")?;
    let delay_ms = params.take_int("delay_ms")?;
    let kind = match kind_name.as_str() {
        "server_error" | "500" | "api_error" => FaultKind::ServerError,
        "rate_limit" | "429" => FaultKind::RateLimit,
        "connection_reset" | "reset" => FaultKind::Reset,
        "delay" => {
            let ms = delay_ms.ok_or_else(|| ApiError::missing("delay_ms"))?;
            if !(0..=600_000).contains(&ms) {
                return Err(ApiError::invalid("delay_ms must be between 0 and 600000.")
                    .param("delay_ms"));
            }
            FaultKind::Delay(Duration::from_millis(ms as u64))
        }
        other => {
            return Err(ApiError::invalid(format!(
                "Invalid kind: must be one of server_error, rate_limit, connection_reset, delay (got {other})"
            ))
            .param("kind"))
        }
    };
    let count = params.take_int("count")?.unwrap_or(1);
    if !(1..=1_000_000).contains(&count) {
        return Err(ApiError::invalid("count must be at least 1.").param("count"));
    }
    let skip = params.take_int("skip")?.unwrap_or(0);
    if !(0..=1_000_000).contains(&skip) {
        return Err(ApiError::invalid("skip must be between 0 and 1000000.").param("skip"));
    }
    let after = match params.take_opt_str("phase")?.as_deref() {
        None | Some("before") => false,
        Some("after") => true,
        Some(other) => {
            return Err(ApiError::invalid(format!(
                "Invalid phase: must be before or after (got {other})"
            ))
            .param("phase"))
        }
    };
    let should_retry = match params.take_opt_str("should_retry")?.as_deref() {
        None | Some("none") => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(other) => {
            return Err(ApiError::invalid(format!(
                "Invalid should_retry: must be true, false or none (got {other})"
            ))
            .param("should_retry"))
        }
    };
    Ok(FaultRule {
        kind,
        remaining: count as u32,
        path_prefix: params.take_opt_str("path_prefix")?,
        method: params
            .take_opt_str("method")?
            .map(|m| m.to_ascii_uppercase()),
        after,
        should_retry,
        skip: skip as u32,
    })
}

async fn add_fault(
    AxState(app): Shared,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let rule = parse_fault(&mut params)?;
    params.finish()?;
    let value = fault_json(&rule);
    tracing::info!(fault = %value, "fault armed");
    app.add_fault(rule);
    Ok(Json(value))
}

async fn list_faults(AxState(app): Shared) -> Reply {
    let data: Vec<Value> = app.faults().iter().map(fault_json).collect();
    Ok(Json(
        json!({"object": "list", "data": data, "has_more": false, "url": "/v1/test_helpers/faults"}),
    ))
}

async fn clear_faults(AxState(app): Shared) -> Reply {
    let cleared = app.clear_faults();
    Ok(Json(json!({"deleted": true, "cleared": cleared})))
}

/// Registers `key` as a restricted key with only `permissions`.
pub fn restrict(app: &Arc<App>, key: &str, permissions: &[String]) -> ApiResult<Vec<String>> {
    if !key.starts_with("rk_test_") {
        return Err(ApiError::invalid("Only rk_test_… keys can be restricted.").param("key"));
    }
    let mut normalized = Vec::with_capacity(permissions.len());
    for (i, permission) in permissions.iter().enumerate() {
        normalized.push(auth::normalize_permission(permission).ok_or_else(|| {
            ApiError::invalid(format!(
                "Unknown permission `{permission}`: use rak_<resource>_<read|write> with resource one of checkout_session, payment_intent, charge, refund, event, product, webhook, customer, subscription, invoice."
            ))
            .param(format!("permissions[{i}]"))
        })?);
    }
    let hash = crate::webhook::sha256_hex(key.as_bytes());
    app.with_state(|s| {
        s.restricted_keys.insert(hash, normalized.clone());
        s.touch();
    });
    Ok(normalized)
}

async fn restricted_key(
    AxState(app): Shared,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let key = params.require_str("key")?;
    let permissions = params.take_str_list("permissions")?.unwrap_or_default();
    params.finish()?;
    let granted = restrict(&app, &key, &permissions)?;
    Ok(Json(json!({
        "object": "test_helpers.restricted_key",
        "key": auth::mask(&key, 4),
        "permissions": granted,
    })))
}

/// Makes every request with `key` fail with 401.
pub fn revoke(app: &Arc<App>, key: &str) {
    let hash = crate::webhook::sha256_hex(key.as_bytes());
    app.with_state(|s| {
        s.revoked_keys.insert(hash);
        s.touch();
    });
}

async fn revoked_key(
    AxState(app): Shared,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let key = params.require_str("key")?;
    params.finish()?;
    revoke(&app, &key);
    Ok(Json(json!({
        "object": "test_helpers.revoked_key",
        "key": auth::mask(&key, 4),
        "revoked": true,
    })))
}

/// Registers a webhook endpoint with a chosen secret (the API always makes up a new one).
pub fn register_endpoint(
    app: &Arc<App>,
    url: &str,
    secret: Option<&str>,
    events: Vec<String>,
) -> ApiResult<Value> {
    if !url.starts_with("http://") && !url.starts_with("https://") {
        return Err(ApiError::invalid("Invalid URL").param("url"));
    }
    let secret = secret
        .map(str::to_string)
        .unwrap_or_else(|| new_id("whsec_"));
    if !secret.starts_with("whsec_") {
        return Err(ApiError::invalid("A webhook secret starts with whsec_.").param("secret"));
    }
    if let Some((i, bad)) = events
        .iter()
        .enumerate()
        .find(|(_, e)| *e != "*" && (!e.contains('.') || e.contains('*')))
    {
        return Err(ApiError::invalid(format!(
            "Invalid enabled_events[{i}]: {bad} (use exact event types, or `*` for all)"
        ))
        .param(format!("enabled_events[{i}]")));
    }
    let events = if events.is_empty() {
        vec!["*".to_string()]
    } else {
        events
    };
    Ok(app.with_state(|s| {
        let seq = s.next_seq();
        let endpoint = WebhookEndpoint {
            id: new_id("we_"),
            seq,
            url: url.to_string(),
            enabled_events: events,
            secret,
            status: "enabled".into(),
            description: Some("registered through stripe-sim test helpers".into()),
            metadata: Default::default(),
            created: s.now(),
            api_version: None,
        };
        let value = render_webhook_endpoint(&endpoint, true);
        s.webhook_endpoints.insert(endpoint.id.clone(), endpoint);
        value
    }))
}

async fn register_webhook_endpoint(
    AxState(app): Shared,
    RawQuery(query): RawQuery,
    body: axum::body::Bytes,
) -> Reply {
    let mut params = params(query, &body)?;
    let url = params.require_str("url")?;
    let secret = params.take_opt_str("secret")?;
    let events = params.take_str_list("enabled_events")?.unwrap_or_default();
    params.finish()?;
    Ok(Json(register_endpoint(
        &app,
        &url,
        secret.as_deref(),
        events,
    )?))
}

async fn deliveries(AxState(app): Shared) -> Reply {
    let data = app.with_state(|s| serde_json::to_value(&s.deliveries).unwrap_or(Value::Null));
    Ok(Json(
        json!({"object": "list", "data": data, "has_more": false, "url": "/v1/test_helpers/webhook_deliveries"}),
    ))
}

/// Forgets everything except the demo catalog.
pub fn reset_state(app: &Arc<App>) {
    app.with_state(|s| {
        let base_url = std::mem::take(&mut s.base_url);
        let page_base = s.page_base.take();
        let api_version = std::mem::take(&mut s.api_version);
        let revision = s.revision;
        *s = Default::default();
        s.base_url = base_url;
        s.page_base = page_base;
        s.api_version = api_version;
        s.revision = revision + 1;
        catalog::seed(s);
    });
}

async fn reset(AxState(app): Shared) -> Response {
    reset_state(&app);
    Json(json!({"object": "test_helpers.reset", "reset": true})).into_response()
}
