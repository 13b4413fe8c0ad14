//! The `/v1` request pipeline: faults, auth, parameters, idempotency, Stripe's headers; plus
//! the list and expansion helpers the handlers share.

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State as AxState};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::{json, Map, Value};
use std::sync::Arc;

use crate::app::{App, FaultKind, FaultRule};
use crate::error::{ApiError, ApiResult};
use crate::ids::random_suffix;
use crate::model::{
    render_charge, render_line_item, render_payment_intent, render_price, render_product,
    render_refund, render_session, IdempotencyEntry, Origin, State, StoredResponse,
};
use crate::params::Params;
use crate::server::ConnControl;
use crate::{auth, form};

/// The API version the simulator answers in when the client does not pin one.
pub const DEFAULT_API_VERSION: &str = "2026-09-30.endive";

/// Largest request body accepted.
const MAX_BODY: usize = 2 * 1024 * 1024;

/// Per-request context the pipeline hands to handlers.
#[derive(Debug, Clone)]
pub struct ApiCtx {
    pub request_id: String,
    pub params: Map<String, Value>,
    pub idempotency_key: Option<String>,
}

impl ApiCtx {
    pub fn params(&self) -> Params {
        Params::new(self.params.clone())
    }

    pub fn origin(&self) -> Origin {
        Origin {
            request_id: Some(self.request_id.clone()),
            idempotency_key: self.idempotency_key.clone(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut response = (self.status, axum::Json(self.body())).into_response();
        if let Some(retry) = self.should_retry {
            response.headers_mut().insert(
                "stripe-should-retry",
                HeaderValue::from_static(if retry { "true" } else { "false" }),
            );
        }
        response
    }
}

pub fn new_request_id() -> String {
    format!("req_{}", random_suffix(14))
}

fn fault_error(kind: &FaultKind, should_retry: Option<bool>) -> Option<ApiError> {
    match kind {
        FaultKind::ServerError => Some(
            ApiError::internal(
                "An unknown error occurred while processing your request (injected by stripe-sim).",
            )
            .should_retry(should_retry),
        ),
        FaultKind::RateLimit => Some(
            ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "invalid_request_error",
                "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",
            )
            .code("rate_limit")
            .should_retry(should_retry),
        ),
        FaultKind::Reset | FaultKind::Delay(_) => None,
    }
}

/// Closes the connection without a response and never returns.
async fn reset_connection(conn: Option<&ConnControl>) -> Response {
    if let Some(conn) = conn {
        conn.reset();
        // The connection task drops this future together with the connection.
        std::future::pending::<()>().await;
    }
    // Without connection control (not reachable through `start`), a bare 500 is the closest.
    ApiError::internal("connection reset (injected by stripe-sim)").into_response()
}

fn valid_api_version(version: &str) -> bool {
    let (date, _release) = version.split_once('.').unwrap_or((version, ""));
    let parts: Vec<&str> = date.split('-').collect();
    parts.len() == 3
        && parts[0].len() == 4
        && parts[1].len() == 2
        && parts[2].len() == 2
        && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
}

fn with_headers(
    mut response: Response,
    request_id: &str,
    api_version: &str,
    idempotency_key: Option<&str>,
) -> Response {
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(request_id) {
        headers.insert("request-id", value);
    }
    if let Ok(value) = HeaderValue::from_str(api_version) {
        headers.insert("stripe-version", value);
    }
    if let Some(key) = idempotency_key.and_then(|k| HeaderValue::from_str(k).ok()) {
        headers.insert("idempotency-key", key);
    }
    response
}

fn stored_to_response(stored: &StoredResponse) -> Response {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = Response::new(Body::from(stored.body.clone()));
    *response.status_mut() = status;
    response.headers_mut().insert(
        axum::http::header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    if let Some(retry) = stored.should_retry {
        response.headers_mut().insert(
            "stripe-should-retry",
            HeaderValue::from_static(if retry { "true" } else { "false" }),
        );
    }
    response
}

/// Removes an in-flight idempotency entry if its request ends without storing a result
/// (validation failure, or the client went away mid-request).
struct InFlight {
    app: Arc<App>,
    slot: Option<String>,
}

impl InFlight {
    fn finish(mut self) {
        self.slot = None;
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            self.app.with_state(|s| {
                if s.idempotency
                    .get(&slot)
                    .is_some_and(|entry| entry.response.is_none())
                {
                    s.idempotency.remove(&slot);
                    s.touch();
                }
            });
        }
    }
}

/// Whether Stripe stores an idempotent result for this status: it does once the endpoint has
/// started executing (2xx, card errors, server errors), not for validation, auth, conflicts or
/// rate limits.
fn stores_result(status: StatusCode) -> bool {
    status.is_success() || status == StatusCode::PAYMENT_REQUIRED || status.is_server_error()
}

/// The middleware every `/v1` route (except test helpers) runs through.
pub async fn pipeline(AxState(app): AxState<Arc<App>>, request: Request, next: Next) -> Response {
    let request_id = new_request_id();
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let conn = request.extensions().get::<ConnControl>().cloned();
    let api_version = request
        .headers()
        .get("stripe-version")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let idempotency_key = request
        .headers()
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .filter(|_| method == Method::POST);
    let version_for_headers = api_version
        .clone()
        .unwrap_or_else(|| DEFAULT_API_VERSION.to_string());
    let finish = |response: Response| {
        with_headers(
            response,
            &request_id,
            &version_for_headers,
            idempotency_key.as_deref(),
        )
    };

    let fault = app.take_fault(method.as_str(), &path);
    if let Some(rule) = &fault {
        tracing::info!(%method, %path, kind = ?rule.kind, after = rule.after, "injecting fault");
    }
    let fault_after = match fault {
        Some(FaultRule {
            kind: FaultKind::Delay(delay),
            after: false,
            ..
        }) => {
            tokio::time::sleep(delay).await;
            None
        }
        Some(FaultRule {
            kind: FaultKind::Reset,
            after: false,
            ..
        }) => return reset_connection(conn.as_ref()).await,
        Some(rule) if !rule.after || rule.kind == FaultKind::RateLimit => {
            if let Some(error) = fault_error(&rule.kind, rule.should_retry) {
                return finish(error.into_response());
            }
            None
        }
        other => other,
    };

    let (parts, body) = request.into_parts();
    let result = authorize_and_parse(
        &app,
        &parts.headers,
        &method,
        &path,
        parts.uri.query(),
        body,
    )
    .await;
    let (key_hash, params) = match result {
        Ok(ok) => ok,
        Err(error) => return finish(error.into_response()),
    };
    if let Some(version) = &api_version {
        if !valid_api_version(version) {
            return finish(
                ApiError::invalid(format!("Invalid Stripe API version: {version}"))
                    .code("api_version_invalid")
                    .into_response(),
            );
        }
    }

    // Idempotency: replay, reject a mismatch, or reserve the key for this request.
    let mut guard = None;
    if let Some(key) = &idempotency_key {
        if key.len() > 255 {
            return finish(
                ApiError::invalid("Idempotency-Key must be at most 255 characters long.")
                    .param("Idempotency-Key")
                    .into_response(),
            );
        }
        let slot = format!("{key_hash} {key}");
        let params_value = Value::Object(params.clone());
        let decision = app.with_state(|s| match s.idempotency.get(&slot) {
            Some(entry) if entry.method != method.as_str() || entry.path != path || entry.params != params_value => {
                Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "idempotency_error",
                    format!("Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request."),
                ))
            }
            Some(IdempotencyEntry { response: None, .. }) => Err(ApiError::new(
                StatusCode::CONFLICT,
                "invalid_request_error",
                format!("There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): '{key}'. Please try again later."),
            )
            .code("idempotency_key_in_use")),
            Some(IdempotencyEntry { response: Some(stored), .. }) => Ok(Some(stored.clone())),
            None => {
                let created = s.now();
                s.idempotency.insert(
                    slot.clone(),
                    IdempotencyEntry {
                        method: method.to_string(),
                        path: path.clone(),
                        params: params_value.clone(),
                        created,
                        response: None,
                    },
                );
                s.touch();
                Ok(None)
            }
        });
        match decision {
            Err(error) => return finish(error.into_response()),
            Ok(Some(stored)) => {
                let mut response = stored_to_response(&stored);
                response
                    .headers_mut()
                    .insert("idempotent-replayed", HeaderValue::from_static("true"));
                if let Ok(original) = HeaderValue::from_str(&stored.request_id) {
                    response.headers_mut().insert("original-request", original);
                }
                return apply_after(fault_after, finish(response), conn.as_ref()).await;
            }
            Ok(None) => {
                guard = Some(InFlight {
                    app: Arc::clone(&app),
                    slot: Some(slot),
                })
            }
        }
    }

    let ctx = ApiCtx {
        request_id: request_id.clone(),
        params,
        idempotency_key: idempotency_key.clone(),
    };
    let mut inner = Request::from_parts(parts, Body::empty());
    inner.extensions_mut().insert(ctx);
    let mut response = next.run(inner).await;

    // An "after" server error replaces the real response (and is what gets stored).
    if let Some(FaultRule {
        kind: FaultKind::ServerError,
        should_retry,
        ..
    }) = &fault_after
    {
        if let Some(error) = fault_error(&FaultKind::ServerError, *should_retry) {
            response = error.into_response();
        }
    }

    if let Some(guard) = guard {
        let status = response.status();
        if stores_result(status) {
            let should_retry = response
                .headers()
                .get("stripe-should-retry")
                .and_then(|v| v.to_str().ok())
                .map(|v| v == "true");
            let (parts, body) = response.into_parts();
            let bytes = to_bytes(body, usize::MAX).await.unwrap_or_default();
            let stored = StoredResponse {
                status: status.as_u16(),
                body: String::from_utf8_lossy(&bytes).into_owned(),
                request_id: request_id.clone(),
                should_retry,
            };
            if let Some(slot) = &guard.slot {
                app.with_state(|s| {
                    if let Some(entry) = s.idempotency.get_mut(slot) {
                        entry.response = Some(stored);
                        s.touch();
                    }
                });
            }
            guard.finish();
            response = Response::from_parts(parts, Body::from(bytes));
        }
        // Otherwise the guard's drop releases the key: nothing is stored.
    }
    apply_after(fault_after, finish(response), conn.as_ref()).await
}

async fn apply_after(
    fault: Option<FaultRule>,
    response: Response,
    conn: Option<&ConnControl>,
) -> Response {
    match fault.map(|f| f.kind) {
        Some(FaultKind::Delay(delay)) => {
            tokio::time::sleep(delay).await;
            response
        }
        Some(FaultKind::Reset) => reset_connection(conn).await,
        _ => response,
    }
}

async fn authorize_and_parse(
    app: &Arc<App>,
    headers: &HeaderMap,
    method: &Method,
    path: &str,
    query: Option<&str>,
    body: Body,
) -> ApiResult<(String, Map<String, Value>)> {
    let key = auth::key_from_headers(headers)?;
    let revoked = &app.settings.revoked_keys;
    let key_hash = app.with_state(|s| {
        let hash = auth::check_key(&key, s, revoked)?;
        auth::check_permission(&key, &hash, s, method, path)?;
        Ok::<_, ApiError>(hash)
    })?;
    let bytes = to_bytes(body, MAX_BODY)
        .await
        .map_err(|_| ApiError::invalid("Request body is too large or could not be read."))?;
    Ok((key_hash, request_params(query, &bytes)?))
}

/// The parameters of a request: the query string's, then the form body's (which win).
pub fn request_params(query: Option<&str>, body: &[u8]) -> ApiResult<Map<String, Value>> {
    let invalid = |e: form::FormError| ApiError::invalid(e.message).param(e.param);
    let mut params = form::parse(query.unwrap_or_default().as_bytes()).map_err(invalid)?;
    for (name, value) in form::parse(body).map_err(invalid)? {
        params.insert(name, value);
    }
    Ok(params)
}

/// `limit`, `starting_after`, `ending_before`.
#[derive(Debug, Clone)]
pub struct ListQuery {
    pub limit: usize,
    pub starting_after: Option<String>,
    pub ending_before: Option<String>,
}

pub fn take_list_query(params: &mut Params) -> ApiResult<ListQuery> {
    let limit = params.take_int("limit")?.unwrap_or(10);
    if limit < 1 {
        return Err(
            ApiError::invalid("This value must be greater than or equal to 1.")
                .code("parameter_invalid_integer")
                .param("limit"),
        );
    }
    if limit > 100 {
        return Err(
            ApiError::invalid("This value must be less than or equal to 100.")
                .code("parameter_invalid_integer")
                .param("limit"),
        );
    }
    let starting_after = params.take_opt_str("starting_after")?;
    let ending_before = params.take_opt_str("ending_before")?;
    if starting_after.is_some() && ending_before.is_some() {
        return Err(ApiError::invalid(
            "You may only specify one of these parameters: ending_before, starting_after.",
        )
        .param("ending_before"));
    }
    Ok(ListQuery {
        limit: limit as usize,
        starting_after,
        ending_before,
    })
}

/// `created` as a timestamp or `created[gt|gte|lt|lte]`.
#[derive(Debug, Clone, Default)]
pub struct CreatedRange {
    pub gt: Option<i64>,
    pub gte: Option<i64>,
    pub lt: Option<i64>,
    pub lte: Option<i64>,
}

impl CreatedRange {
    pub fn contains(&self, t: i64) -> bool {
        self.gt.is_none_or(|v| t > v)
            && self.gte.is_none_or(|v| t >= v)
            && self.lt.is_none_or(|v| t < v)
            && self.lte.is_none_or(|v| t <= v)
    }
}

pub fn take_created(params: &mut Params) -> ApiResult<CreatedRange> {
    if params.is_hash("created") {
        if let Some(mut range) = params.take_child("created")? {
            let created = CreatedRange {
                gt: range.take_int("gt")?,
                gte: range.take_int("gte")?,
                lt: range.take_int("lt")?,
                lte: range.take_int("lte")?,
            };
            range.finish()?;
            return Ok(created);
        }
    }
    // A bare timestamp is an exact match.
    let exact = params.take_int("created")?;
    Ok(CreatedRange {
        gte: exact,
        lte: exact,
        ..CreatedRange::default()
    })
}

/// One page of a list, items given newest first.
pub fn page(
    items: Vec<(String, Value)>,
    query: &ListQuery,
    url: &str,
    object: &str,
) -> ApiResult<Value> {
    let position = |id: &str, param: &str| {
        items
            .iter()
            .position(|(item_id, _)| item_id == id)
            .ok_or_else(|| ApiError::no_such(object, id, Some(param)))
    };
    let (start, end, has_more) = if let Some(after) = &query.starting_after {
        let start = position(after, "starting_after")? + 1;
        let end = (start + query.limit).min(items.len());
        (start, end, end < items.len())
    } else if let Some(before) = &query.ending_before {
        let end = position(before, "ending_before")?;
        let start = end.saturating_sub(query.limit);
        (start, end, start > 0)
    } else {
        let end = query.limit.min(items.len());
        (0, end, end < items.len())
    };
    let data: Vec<Value> = items
        .into_iter()
        .skip(start)
        .take(end - start)
        .map(|(_, value)| value)
        .collect();
    Ok(json!({
        "object": "list",
        "data": data,
        "has_more": has_more,
        "url": url,
    }))
}

/// The JSON of any object by id (for expansion).
fn render_by_id(state: &State, id: &str) -> Option<Value> {
    if id.starts_with("pi_") {
        state.payment_intents.get(id).map(render_payment_intent)
    } else if id.starts_with("ch_") {
        state.charges.get(id).map(render_charge)
    } else if id.starts_with("re_") {
        state.refunds.get(id).map(render_refund)
    } else if id.starts_with("prod_") {
        state.products.get(id).map(render_product)
    } else if id.starts_with("price_") {
        state.prices.get(id).map(render_price)
    } else if id.starts_with("cus_") {
        state.customers.get(id).map(crate::billing::render_customer)
    } else if id.starts_with("sub_") {
        state
            .subscriptions
            .get(id)
            .map(|s| crate::billing::render_subscription(state, s))
    } else if id.starts_with("in_") {
        state.invoices.get(id).map(crate::billing::render_invoice)
    } else if id.starts_with("txr_") {
        state
            .tax_rates
            .get(id)
            .map(crate::discounts::render_tax_rate)
    } else if id.starts_with("promo_") {
        state
            .promotion_codes
            .get(id)
            .map(crate::discounts::render_promotion_code)
    } else if id.starts_with("cs_") {
        state
            .sessions
            .get(id)
            .map(|s| render_session(s, state.page_base()))
    } else {
        None
    }
}

fn expandable(object: &str, field: &str) -> bool {
    matches!(
        (object, field),
        ("checkout.session", "payment_intent")
            | ("checkout.session", "line_items")
            | ("checkout.session", "customer")
            | ("checkout.session", "subscription")
            | ("checkout.session", "invoice")
            | ("subscription", "customer")
            | ("subscription", "latest_invoice")
            | ("invoice", "customer")
            | ("payment_intent", "latest_charge")
            | ("charge", "payment_intent")
            | ("refund", "charge")
            | ("refund", "payment_intent")
            | ("price", "product")
            | ("product", "default_price")
            | ("item", "price")
    )
}

/// Which includable fields of a line item to render.
#[derive(Debug, Clone, Copy, Default)]
pub struct LineItemFields {
    pub taxes: bool,
    pub discounts: bool,
}

/// The line items of a session as a Stripe list.
pub fn line_items_list(
    state: &State,
    session_id: &str,
    query: &ListQuery,
    include: LineItemFields,
) -> ApiResult<Value> {
    let session = state
        .sessions
        .get(session_id)
        .ok_or_else(|| ApiError::no_such("checkout.session", session_id, None))?;
    let items = session
        .line_items
        .iter()
        .map(|item| {
            let mut value = render_line_item(item, state.prices.get(&item.price));
            if include.taxes || include.discounts {
                let (discounts, taxes) = crate::discounts::line_details(state, session, item);
                if include.discounts {
                    value["discounts"] = discounts;
                }
                if include.taxes {
                    value["taxes"] = taxes;
                }
            }
            (item.id.clone(), value)
        })
        .collect();
    page(
        items,
        query,
        &format!("/v1/checkout/sessions/{session_id}/line_items"),
        "line_item",
    )
}

fn expand_path(state: &State, value: &mut Value, segments: &[&str], full: &str) -> ApiResult<()> {
    let Some((field, rest)) = segments.split_first() else {
        return Ok(());
    };
    let cannot =
        || ApiError::invalid(format!("This property cannot be expanded ({full}).")).param("expand");
    if value.is_null() {
        return Ok(());
    }
    let object = value["object"].as_str().unwrap_or_default().to_string();
    if *field == "data" && object == "list" {
        if let Some(items) = value["data"].as_array_mut() {
            for item in items {
                expand_path(state, item, rest, full)?;
            }
        }
        return Ok(());
    }
    if object == "checkout.session" && *field == "total_details" && rest == ["breakdown"] {
        let id = value["id"].as_str().unwrap_or_default().to_string();
        if let Some(session) = state.sessions.get(&id) {
            value["total_details"]["breakdown"] = crate::discounts::breakdown(state, session);
        }
        return Ok(());
    }
    if !expandable(&object, field) {
        return Err(cannot());
    }
    if object == "checkout.session" && *field == "line_items" {
        let id = value["id"].as_str().unwrap_or_default().to_string();
        let query = ListQuery {
            limit: 100,
            starting_after: None,
            ending_before: None,
        };
        let include = LineItemFields {
            taxes: full == "line_items.data.taxes",
            discounts: full == "line_items.data.discounts",
        };
        value["line_items"] = line_items_list(state, &id, &query, include)?;
        if include.taxes || include.discounts {
            return Ok(());
        }
    } else if let Some(id) = value[*field].as_str().map(str::to_string) {
        value[*field] = render_by_id(state, &id).unwrap_or(Value::Null);
    }
    expand_path(state, &mut value[*field], rest, full)
}

/// Applies `expand[]` paths (e.g. `payment_intent`, `payment_intent.latest_charge`,
/// `data.product` on lists) to a rendered object.
pub fn expand(state: &State, value: &mut Value, paths: &[String]) -> ApiResult<()> {
    for path in paths {
        let segments: Vec<&str> = path.split('.').collect();
        let depth = segments.iter().filter(|s| **s != "data").count();
        if depth > 4 {
            return Err(ApiError::invalid(format!(
                "You cannot expand more than 4 levels of a property. Property: {path}"
            ))
            .param("expand"));
        }
        expand_path(state, value, &segments, path)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(n: usize) -> Vec<(String, Value)> {
        (0..n).map(|i| (format!("x_{i}"), json!(i))).collect()
    }

    fn query(limit: usize, after: Option<&str>, before: Option<&str>) -> ListQuery {
        ListQuery {
            limit,
            starting_after: after.map(str::to_string),
            ending_before: before.map(str::to_string),
        }
    }

    #[test]
    fn pages_forward_and_backward() {
        let first = page(items(5), &query(2, None, None), "/v1/x", "x").unwrap();
        assert_eq!(first["data"], json!([0, 1]));
        assert_eq!(first["has_more"], json!(true));
        let next = page(items(5), &query(2, Some("x_1"), None), "/v1/x", "x").unwrap();
        assert_eq!(next["data"], json!([2, 3]));
        let last = page(items(5), &query(2, Some("x_3"), None), "/v1/x", "x").unwrap();
        assert_eq!(last["data"], json!([4]));
        assert_eq!(last["has_more"], json!(false));
        let back = page(items(5), &query(2, None, Some("x_3")), "/v1/x", "x").unwrap();
        assert_eq!(back["data"], json!([1, 2]));
        assert_eq!(back["has_more"], json!(true));
        let back = page(items(5), &query(2, None, Some("x_1")), "/v1/x", "x").unwrap();
        assert_eq!(back["data"], json!([0]));
        assert_eq!(back["has_more"], json!(false));
        assert!(page(items(5), &query(2, Some("nope"), None), "/v1/x", "x").is_err());
    }

    #[test]
    fn api_versions() {
        assert!(valid_api_version("2026-09-30.endive"));
        assert!(valid_api_version("2020-08-27"));
        assert!(!valid_api_version("latest"));
    }
}
