//! The `/v1` API handlers.

use std::sync::Arc;

use axum::extract::{Path, State as AxState};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{middleware, Extension, Json, Router};
use serde_json::{json, Value};

use crate::api::{self, ApiCtx, ListQuery};
use crate::app::App;
use crate::discounts::{render_coupon, render_promotion_code, render_tax_rate};
use crate::error::{ApiError, ApiResult};
use crate::ids::new_id;
use crate::model::{
    render_charge, render_event, render_payment_intent, render_price, render_product,
    render_refund, render_session, render_webhook_endpoint, take_recurring, Price, Product,
    Recurring, State, WebhookEndpoint,
};
use crate::params::Params;
use crate::{billing, checkout, discounts, money, refunds};

type Shared = AxState<Arc<App>>;
type Reply = ApiResult<Json<Value>>;

pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/v1/products", get(list_products).post(create_product))
        .route("/v1/products/{id}", get(get_product).post(update_product))
        .route("/v1/prices", get(list_prices).post(create_price))
        .route("/v1/prices/{id}", get(get_price).post(update_price))
        .route(
            "/v1/checkout/sessions",
            get(list_sessions).post(create_session),
        )
        .route("/v1/checkout/sessions/{id}", get(get_session))
        .route("/v1/checkout/sessions/{id}/expire", post(expire_session))
        .route(
            "/v1/checkout/sessions/{id}/line_items",
            get(session_line_items),
        )
        .route("/v1/tax_rates", get(list_tax_rates).post(create_tax_rate))
        .route(
            "/v1/tax_rates/{id}",
            get(get_tax_rate).post(update_tax_rate),
        )
        .route("/v1/coupons", get(list_coupons).post(create_coupon))
        .route("/v1/coupons/{id}", get(get_coupon).delete(delete_coupon))
        .route(
            "/v1/promotion_codes",
            get(list_promotion_codes).post(create_promotion_code),
        )
        .route(
            "/v1/promotion_codes/{id}",
            get(get_promotion_code).post(update_promotion_code),
        )
        .route("/v1/payment_intents", get(list_payment_intents))
        .route("/v1/payment_intents/{id}", get(get_payment_intent))
        .route("/v1/charges", get(list_charges))
        .route("/v1/charges/{id}", get(get_charge))
        .route("/v1/refunds", get(list_refunds).post(create_refund))
        .route("/v1/refunds/{id}", get(get_refund))
        .route("/v1/customers", get(list_customers))
        .route("/v1/customers/{id}", get(get_customer))
        .route("/v1/subscriptions", get(list_subscriptions))
        .route(
            "/v1/subscriptions/{id}",
            get(get_subscription)
                .post(update_subscription)
                .delete(cancel_subscription),
        )
        .route("/v1/invoices", get(list_invoices))
        .route("/v1/invoices/{id}", get(get_invoice))
        .route("/v1/invoices/{id}/lines", get(invoice_lines))
        .route("/v1/events", get(list_events))
        .route("/v1/events/{id}", get(get_event))
        .route(
            "/v1/webhook_endpoints",
            get(list_webhook_endpoints).post(create_webhook_endpoint),
        )
        .route(
            "/v1/webhook_endpoints/{id}",
            get(get_webhook_endpoint)
                .post(update_webhook_endpoint)
                .delete(delete_webhook_endpoint),
        )
        .route_layer(middleware::from_fn_with_state(
            Arc::clone(&app),
            api::pipeline,
        ))
        .with_state(app)
}

/// Stripe's answer to a URL it does not know.
pub async fn unrecognized(method: Method, uri: Uri) -> Response {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "invalid_request_error",
        format!(
            "Unrecognized request URL ({method}: {}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.",
            uri.path()
        ),
    )
    .into_response()
}

/// Renders one object with `expand[]` applied.
fn one(state: &State, mut value: Value, expand: &[String]) -> Reply {
    api::expand(state, &mut value, expand)?;
    Ok(Json(value))
}

/// `GET /v1/{objects}/{id}`: `expand[]` is the only parameter; `render` finds and renders the
/// object, `object` names it in the 404.
fn retrieve(
    app: &Arc<App>,
    ctx: &ApiCtx,
    object: &str,
    id: &str,
    render: impl FnOnce(&State) -> Option<Value>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    params.finish()?;
    app.with_state(|s| {
        let value = render(s).ok_or_else(|| ApiError::no_such(object, id, None))?;
        one(s, value, &expand)
    })
}

/// Renders a list page with `expand[]` (`data.…`) applied.
fn list(
    state: &State,
    items: Vec<(String, Value)>,
    query: &ListQuery,
    url: &str,
    object: &str,
    expand: &[String],
) -> Reply {
    let mut value = api::page(items, query, url, object)?;
    api::expand(state, &mut value, expand)?;
    Ok(Json(value))
}

fn newest_first<T>(items: impl Iterator<Item = T>, seq: impl Fn(&T) -> u64) -> Vec<T> {
    let mut items: Vec<T> = items.collect();
    items.sort_by_key(|item| std::cmp::Reverse(seq(item)));
    items
}

// ---------------------------------------------------------------- products and prices

async fn list_products(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let active = params.take_bool("active")?;
    let shippable = params.take_bool("shippable")?;
    let ids = params.take_str_list("ids")?;
    let url = params.take_opt_str("url")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.products.values().filter(|p| {
                active.is_none_or(|a| p.active == a)
                    && shippable.is_none_or(|v| p.shippable == Some(v))
                    && ids.as_ref().is_none_or(|ids| ids.contains(&p.id))
                    && url.as_ref().is_none_or(|u| p.url.as_ref() == Some(u))
                    && created.contains(p.created)
            }),
            |p| p.seq,
        )
        .into_iter()
        .map(|p| (p.id.clone(), render_product(p)))
        .collect();
        list(s, items, &query, "/v1/products", "product", &expand)
    })
}

async fn get_product(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "product", &id, |s| {
        s.products.get(&id).map(render_product)
    })
}

fn take_id(params: &mut Params, prefix: &str) -> ApiResult<Option<String>> {
    let id = params.take_opt_str("id")?;
    if let Some(id) = &id {
        if id.len() > 255
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(ApiError::invalid(format!("Invalid {prefix} id: {id}")).param("id"));
        }
    }
    Ok(id)
}

async fn create_product(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let id = take_id(&mut params, "product")?;
    let name = params.require_str("name")?;
    let description = params.take_opt_str("description")?;
    let active = params.take_bool("active")?.unwrap_or(true);
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    let images = params.take_str_list("images")?.unwrap_or_default();
    let url = params.take_opt_str("url")?;
    let unit_label = params.take_opt_str("unit_label")?;
    let statement_descriptor = params.take_opt_str("statement_descriptor")?;
    let tax_code = params.take_opt_str("tax_code")?;
    let shippable = params.take_bool("shippable")?;
    let kind = params
        .take_opt_str("type")?
        .unwrap_or_else(|| "service".into());
    if kind != "good" && kind != "service" {
        return Err(ApiError::invalid(format!(
            "Invalid type: must be one of good or service (got {kind})"
        ))
        .param("type"));
    }
    let default_price_data = params.take_child("default_price_data")?;
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let id = id.unwrap_or_else(|| new_id("prod_"));
        if s.products.contains_key(&id) {
            return Err(ApiError::invalid(format!("Product already exists: {id}"))
                .code("resource_already_exists")
                .param("id"));
        }
        let now = s.now();
        let seq = s.next_seq();
        let mut product = Product::new(id.clone(), seq, name, now);
        product.description = description;
        product.active = active;
        product.metadata = metadata;
        product.images = images;
        product.url = url;
        product.unit_label = unit_label;
        product.statement_descriptor = statement_descriptor;
        product.tax_code = tax_code;
        product.shippable = shippable;
        product.kind = kind;
        let mut price = None;
        if let Some(mut data) = default_price_data {
            let currency = data.require_str("currency")?.to_ascii_lowercase();
            let amount_param = data.full("unit_amount");
            let unit_amount = data
                .take_int("unit_amount")?
                .ok_or_else(|| ApiError::missing(&amount_param))?;
            let recurring = take_recurring(&mut data)?;
            data.finish()?;
            let new_price = new_price(s, &id, currency, unit_amount, recurring)?;
            product.default_price = Some(new_price.id.clone());
            price = Some(new_price);
        }
        let object = render_product(&product);
        s.products.insert(id.clone(), product);
        s.emit("product.created", object.clone(), None, &origin);
        if let Some(price) = price {
            let price_json = render_price(&price);
            s.prices.insert(price.id.clone(), price);
            s.emit("price.created", price_json, None, &origin);
        }
        one(s, object, &expand)
    })
}

async fn update_product(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let name = params.take_opt_str("name")?;
    let description = params.take_str("description")?;
    let active = params.take_bool("active")?;
    let metadata = params.take_metadata_updates("metadata")?;
    let default_price = params.take_opt_str("default_price")?;
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        if let Some(price) = &default_price {
            if s.prices.get(price).is_none_or(|p| p.product != id) {
                return Err(ApiError::no_such("price", price, Some("default_price")));
            }
        }
        let now = s.now();
        let product = s
            .products
            .get_mut(&id)
            .ok_or_else(|| ApiError::no_such("product", &id, None))?;
        let before = render_product(product);
        if let Some(name) = name {
            product.name = name;
        }
        if let Some(description) = description {
            product.description = (!description.is_empty()).then_some(description);
        }
        if let Some(active) = active {
            product.active = active;
        }
        if let Some(price) = default_price {
            product.default_price = Some(price);
        }
        if let Some(updates) = metadata {
            for (key, value) in updates {
                match value {
                    Some(value) => {
                        product.metadata.insert(key, value);
                    }
                    None => {
                        product.metadata.remove(&key);
                    }
                }
            }
        }
        product.updated = now;
        let after = render_product(product);
        let previous = previous_attributes(&before, &after);
        s.touch();
        s.emit("product.updated", after.clone(), Some(previous), &origin);
        one(s, after, &expand)
    })
}

/// The fields of `before` that differ in `after` (Stripe's `previous_attributes`).
fn previous_attributes(before: &Value, after: &Value) -> Value {
    let mut previous = serde_json::Map::new();
    if let (Some(before), Some(after)) = (before.as_object(), after.as_object()) {
        for (key, old) in before {
            if after.get(key) != Some(old) {
                previous.insert(key.clone(), old.clone());
            }
        }
    }
    Value::Object(previous)
}

fn new_price(
    s: &mut State,
    product: &str,
    currency: String,
    unit_amount: i64,
    recurring: Option<Recurring>,
) -> ApiResult<Price> {
    if !money::is_currency_code(&currency) {
        return Err(ApiError::invalid(format!("Invalid currency: {currency}")).param("currency"));
    }
    if !(0..=money::MAX_AMOUNT).contains(&unit_amount) {
        return Err(ApiError::invalid(format!(
            "Invalid unit_amount: must be between 0 and {}",
            money::MAX_AMOUNT
        ))
        .code("parameter_invalid_integer")
        .param("unit_amount"));
    }
    let now = s.now();
    let seq = s.next_seq();
    let mut price = Price::new(
        new_id("price_"),
        seq,
        product.to_string(),
        currency,
        unit_amount,
        now,
    );
    price.recurring = recurring;
    Ok(price)
}

async fn list_prices(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let active = params.take_bool("active")?;
    let currency = params
        .take_opt_str("currency")?
        .map(|c| c.to_ascii_lowercase());
    let product = params.take_opt_str("product")?;
    let kind = params.take_opt_str("type")?;
    let lookup_keys = params.take_str_list("lookup_keys")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.prices.values().filter(|p| {
                let price_type = if p.recurring.is_some() {
                    "recurring"
                } else {
                    "one_time"
                };
                active.is_none_or(|a| p.active == a)
                    && currency.as_ref().is_none_or(|c| &p.currency == c)
                    && product.as_ref().is_none_or(|id| &p.product == id)
                    && kind.as_ref().is_none_or(|k| k == price_type)
                    && lookup_keys
                        .as_ref()
                        .is_none_or(|keys| p.lookup_key.as_ref().is_some_and(|k| keys.contains(k)))
                    && created.contains(p.created)
            }),
            |p| p.seq,
        )
        .into_iter()
        .map(|p| (p.id.clone(), render_price(p)))
        .collect();
        list(s, items, &query, "/v1/prices", "price", &expand)
    })
}

async fn get_price(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "price", &id, |s| {
        s.prices.get(&id).map(render_price)
    })
}

async fn create_price(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let currency = params.require_str("currency")?.to_ascii_lowercase();
    let unit_amount = params
        .take_int("unit_amount")?
        .ok_or_else(|| ApiError::missing("unit_amount"))?;
    let product = params.take_opt_str("product")?;
    let product_data = params.take_child("product_data")?;
    let recurring = take_recurring(&mut params)?;
    let nickname = params.take_opt_str("nickname")?;
    let lookup_key = params.take_opt_str("lookup_key")?;
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    let active = params.take_bool("active")?.unwrap_or(true);
    let tax_behavior = params.take_opt_str("tax_behavior")?;
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let product_id = match (product, product_data) {
            (Some(_), Some(_)) => {
                return Err(ApiError::invalid(
                    "You may only specify one of these parameters: product, product_data.",
                )
                .param("product"))
            }
            (None, None) => return Err(ApiError::missing("product")),
            (Some(id), None) => {
                if !s.products.contains_key(&id) {
                    return Err(ApiError::no_such("product", &id, Some("product")));
                }
                id
            }
            (None, Some(mut data)) => {
                let name = data.require_str("name")?;
                let product_metadata = data.take_metadata("metadata")?.unwrap_or_default();
                data.finish()?;
                let now = s.now();
                let seq = s.next_seq();
                let mut product = Product::new(new_id("prod_"), seq, name, now);
                product.metadata = product_metadata;
                let id = product.id.clone();
                let object = render_product(&product);
                s.products.insert(id.clone(), product);
                s.emit("product.created", object, None, &origin);
                id
            }
        };
        let mut price = new_price(s, &product_id, currency, unit_amount, recurring)?;
        if let Some(key) = &lookup_key {
            if s.prices
                .values()
                .any(|p| p.lookup_key.as_ref() == Some(key))
            {
                return Err(ApiError::invalid(format!(
                    "A price (`{}`) already uses that lookup key.",
                    key
                ))
                .param("lookup_key"));
            }
        }
        price.nickname = nickname;
        price.lookup_key = lookup_key;
        price.metadata = metadata;
        price.active = active;
        if let Some(tax) = tax_behavior {
            price.tax_behavior = tax;
        }
        let object = render_price(&price);
        s.prices.insert(price.id.clone(), price);
        s.emit("price.created", object.clone(), None, &origin);
        one(s, object, &expand)
    })
}

async fn update_price(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let active = params.take_bool("active")?;
    let nickname = params.take_str("nickname")?;
    let lookup_key = params.take_str("lookup_key")?;
    let metadata = params.take_metadata_updates("metadata")?;
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let price = s
            .prices
            .get_mut(&id)
            .ok_or_else(|| ApiError::no_such("price", &id, None))?;
        let before = render_price(price);
        if let Some(active) = active {
            price.active = active;
        }
        if let Some(nickname) = nickname {
            price.nickname = (!nickname.is_empty()).then_some(nickname);
        }
        if let Some(key) = lookup_key {
            price.lookup_key = (!key.is_empty()).then_some(key);
        }
        if let Some(updates) = metadata {
            for (key, value) in updates {
                match value {
                    Some(value) => {
                        price.metadata.insert(key, value);
                    }
                    None => {
                        price.metadata.remove(&key);
                    }
                }
            }
        }
        let after = render_price(price);
        let previous = previous_attributes(&before, &after);
        s.touch();
        s.emit("price.updated", after.clone(), Some(previous), &origin);
        one(s, after, &expand)
    })
}

// ---------------------------------------------------------------- checkout sessions

async fn create_session(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    app.with_state(|s| {
        let id = checkout::create_session(s, params)?;
        let session = s
            .sessions
            .get(&id)
            .ok_or_else(|| ApiError::internal("session vanished"))?;
        tracing::info!(session = %id, amount = session.amount_total, currency = %session.currency, "checkout session created");
        one(s, render_session(session, s.page_base()), &expand)
    })
}

async fn get_session(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "checkout.session", &id, |s| {
        s.sessions
            .get(&id)
            .map(|c| render_session(c, s.page_base()))
    })
}

async fn list_sessions(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let payment_intent = params.take_opt_str("payment_intent")?;
    let status = params.take_opt_enum("status", &["open", "complete", "expired"])?;
    let client_reference_id = params.take_opt_str("client_reference_id")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.sessions.values().filter(|session| {
                payment_intent
                    .as_ref()
                    .is_none_or(|pi| session.payment_intent.as_ref() == Some(pi))
                    && status.as_ref().is_none_or(|st| &session.status == st)
                    && client_reference_id
                        .as_ref()
                        .is_none_or(|r| session.client_reference_id.as_ref() == Some(r))
                    && created.contains(session.created)
            }),
            |session| session.seq,
        )
        .into_iter()
        .map(|session| (session.id.clone(), render_session(session, s.page_base())))
        .collect();
        list(
            s,
            items,
            &query,
            "/v1/checkout/sessions",
            "checkout.session",
            &expand,
        )
    })
}

async fn expire_session(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        checkout::expire_session(s, &id, &origin)?;
        tracing::info!(session = %id, "checkout session expired by the API");
        let session = s
            .sessions
            .get(&id)
            .ok_or_else(|| ApiError::no_such("checkout.session", &id, None))?;
        one(s, render_session(session, s.page_base()), &expand)
    })
}

async fn session_line_items(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let mut expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    params.finish()?;
    // `discounts` and `taxes` are includable: present only when expanded.
    let include = api::LineItemFields {
        taxes: expand.iter().any(|e| e == "data.taxes"),
        discounts: expand.iter().any(|e| e == "data.discounts"),
    };
    expand.retain(|e| e != "data.taxes" && e != "data.discounts");
    app.with_state(|s| {
        let mut value = api::line_items_list(s, &id, &query, include)?;
        api::expand(s, &mut value, &expand)?;
        Ok(Json(value))
    })
}

// ---------------------------------------------------------------- payment intents, charges

async fn get_payment_intent(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let _client_secret = params.take_opt_str("client_secret")?;
    params.finish()?;
    app.with_state(|s| {
        let pi = s
            .payment_intents
            .get(&id)
            .ok_or_else(|| ApiError::no_such("payment_intent", &id, None))?;
        one(s, render_payment_intent(pi), &expand)
    })
}

async fn list_payment_intents(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.payment_intents
                .values()
                .filter(|pi| created.contains(pi.created)),
            |pi| pi.seq,
        )
        .into_iter()
        .map(|pi| (pi.id.clone(), render_payment_intent(pi)))
        .collect();
        list(
            s,
            items,
            &query,
            "/v1/payment_intents",
            "payment_intent",
            &expand,
        )
    })
}

async fn get_charge(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "charge", &id, |s| {
        s.charges.get(&id).map(render_charge)
    })
}

async fn list_charges(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let payment_intent = params.take_opt_str("payment_intent")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.charges.values().filter(|c| {
                payment_intent
                    .as_ref()
                    .is_none_or(|pi| &c.payment_intent == pi)
                    && created.contains(c.created)
            }),
            |c| c.seq,
        )
        .into_iter()
        .map(|c| (c.id.clone(), render_charge(c)))
        .collect();
        list(s, items, &query, "/v1/charges", "charge", &expand)
    })
}

// ---------------------------------------------------------------- refunds

async fn create_refund(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let origin = ctx.origin();
    let settle_after = app.settings.refund_settle_after;
    app.with_state(|s| {
        let id = refunds::create_refund(s, params, &origin, settle_after)?;
        let refund = s
            .refunds
            .get(&id)
            .ok_or_else(|| ApiError::internal("refund vanished"))?;
        tracing::info!(refund = %id, amount = refund.amount, "refund created");
        one(s, render_refund(refund), &expand)
    })
}

async fn get_refund(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "refund", &id, |s| {
        s.refunds.get(&id).map(render_refund)
    })
}

async fn list_refunds(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let payment_intent = params.take_opt_str("payment_intent")?;
    let charge = params.take_opt_str("charge")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.refunds.values().filter(|r| {
                payment_intent
                    .as_ref()
                    .is_none_or(|pi| &r.payment_intent == pi)
                    && charge.as_ref().is_none_or(|c| &r.charge == c)
                    && created.contains(r.created)
            }),
            |r| r.seq,
        )
        .into_iter()
        .map(|r| (r.id.clone(), render_refund(r)))
        .collect();
        list(s, items, &query, "/v1/refunds", "refund", &expand)
    })
}

// ---------------------------------------------------------------- customers, subscriptions, invoices

async fn get_customer(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "customer", &id, |s| {
        s.customers.get(&id).map(billing::render_customer)
    })
}

async fn list_customers(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let email = params.take_opt_str("email")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.customers.values().filter(|c| {
                email.as_ref().is_none_or(|e| c.email.as_ref() == Some(e))
                    && created.contains(c.created)
            }),
            |c| c.seq,
        )
        .into_iter()
        .map(|c| (c.id.clone(), billing::render_customer(c)))
        .collect();
        list(s, items, &query, "/v1/customers", "customer", &expand)
    })
}

async fn get_subscription(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "subscription", &id, |s| {
        s.subscriptions
            .get(&id)
            .map(|sub| billing::render_subscription(s, sub))
    })
}

const SUBSCRIPTION_STATUSES: &[&str] = &[
    "active",
    "all",
    "canceled",
    "ended",
    "incomplete",
    "incomplete_expired",
    "past_due",
    "paused",
    "trialing",
    "unpaid",
];

async fn list_subscriptions(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let customer = params.take_opt_str("customer")?;
    let price = params.take_opt_str("price")?;
    let status = params.take_opt_enum("status", SUBSCRIPTION_STATUSES)?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let wanted = |sub_status: &str| match status.as_deref() {
            // Stripe's default list leaves canceled subscriptions out.
            None => sub_status != "canceled",
            Some("all") => true,
            Some("ended") => sub_status == "canceled" || sub_status == "incomplete_expired",
            Some(other) => sub_status == other,
        };
        let items = newest_first(
            s.subscriptions.values().filter(|sub| {
                wanted(&sub.status)
                    && customer.as_ref().is_none_or(|c| &sub.customer == c)
                    && price
                        .as_ref()
                        .is_none_or(|p| sub.items.iter().any(|i| &i.price == p))
                    && created.contains(sub.created)
            }),
            |sub| sub.seq,
        )
        .into_iter()
        .map(|sub| (sub.id.clone(), billing::render_subscription(s, sub)))
        .collect();
        list(
            s,
            items,
            &query,
            "/v1/subscriptions",
            "subscription",
            &expand,
        )
    })
}

async fn update_subscription(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let cancel_at_period_end = params.take_bool("cancel_at_period_end")?;
    let metadata = params.take_metadata_updates("metadata")?;
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let sub = s
            .subscriptions
            .get(&id)
            .ok_or_else(|| ApiError::no_such("subscription", &id, None))?;
        if sub.status == "canceled" && cancel_at_period_end.is_some() {
            return Err(ApiError::invalid(
                "A canceled subscription can only update its cancellation_details and metadata.",
            )
            .param("cancel_at_period_end"));
        }
        // The metadata as it will be, checked before anything changes.
        let mut new_metadata = sub.metadata.clone();
        for (key, value) in metadata.into_iter().flatten() {
            match value {
                Some(value) => {
                    new_metadata.insert(key, value);
                }
                None => {
                    new_metadata.remove(&key);
                }
            }
        }
        if new_metadata.len() > crate::params::METADATA_MAX_KEYS {
            return Err(ApiError::invalid(format!(
                "Metadata can have up to {} keys, but this update would leave {}.",
                crate::params::METADATA_MAX_KEYS,
                new_metadata.len()
            ))
            .param("metadata"));
        }
        billing::update_subscription(s, &id, &origin, |sub, now| {
            if let Some(cancel) = cancel_at_period_end {
                if cancel != sub.cancel_at_period_end {
                    sub.cancel_at_period_end = cancel;
                    if cancel {
                        sub.cancel_at = Some(sub.current_period_end);
                        sub.canceled_at = Some(now);
                        sub.cancellation_reason = Some("cancellation_requested".into());
                    } else {
                        sub.cancel_at = None;
                        sub.canceled_at = None;
                        sub.cancellation_reason = None;
                    }
                }
            }
            sub.metadata = new_metadata;
            Ok(())
        })?;
        one(s, billing::subscription_json(s, &id), &expand)
    })
}

async fn cancel_subscription(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        billing::cancel_now(s, &id, &origin)?;
        tracing::info!(subscription = %id, "subscription canceled by the API");
        one(s, billing::subscription_json(s, &id), &expand)
    })
}

async fn get_invoice(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "invoice", &id, |s| {
        s.invoices.get(&id).map(billing::render_invoice)
    })
}

const INVOICE_STATUSES: &[&str] = &["draft", "open", "paid", "uncollectible", "void"];

async fn list_invoices(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let customer = params.take_opt_str("customer")?;
    let subscription = params.take_opt_str("subscription")?;
    let status = params.take_opt_enum("status", INVOICE_STATUSES)?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.invoices.values().filter(|i| {
                customer.as_ref().is_none_or(|c| &i.customer == c)
                    && subscription
                        .as_ref()
                        .is_none_or(|sub| &i.subscription == sub)
                    && status.as_ref().is_none_or(|st| &i.status == st)
                    && created.contains(i.created)
            }),
            |i| i.seq,
        )
        .into_iter()
        .map(|i| (i.id.clone(), billing::render_invoice(i)))
        .collect();
        list(s, items, &query, "/v1/invoices", "invoice", &expand)
    })
}

async fn invoice_lines(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let invoice = s
            .invoices
            .get(&id)
            .ok_or_else(|| ApiError::no_such("invoice", &id, None))?;
        let items = billing::render_invoice_lines(invoice);
        let url = format!("/v1/invoices/{id}/lines");
        list(s, items, &query, &url, "line_item", &expand)
    })
}

// ---------------------------------------------------------------- events

/// `checkout.session.*` style matching: `*` stands for any run of characters.
pub fn type_matches(pattern: &str, kind: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == kind;
    }
    let mut rest = kind;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            let Some(stripped) = rest.strip_prefix(part) else {
                return false;
            };
            rest = stripped;
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

async fn list_events(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let kind = params.take_opt_str("type")?;
    let types = params.take_str_list("types")?;
    let delivery_success = params.take_bool("delivery_success")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    if kind.is_some() && types.is_some() {
        return Err(ApiError::invalid(
            "You may only specify one of these parameters: type, types.",
        )
        .param("types"));
    }
    if types.as_ref().is_some_and(|t| t.len() > 20) {
        return Err(
            ApiError::invalid("You may pass at most 20 types in the `types` parameter.")
                .param("types"),
        );
    }
    app.with_state(|s| {
        let oldest = s.now() - crate::model::EVENT_RETENTION_SECS;
        let items = newest_first(
            s.events.iter().filter(|e| {
                e.created >= oldest
                    && created.contains(e.created)
                    && kind.as_ref().is_none_or(|k| type_matches(k, &e.kind))
                    && types
                        .as_ref()
                        .is_none_or(|ts| ts.iter().any(|t| type_matches(t, &e.kind)))
                    && delivery_success.is_none_or(|ok| (e.pending_webhooks == 0) == ok)
            }),
            |e| e.seq,
        )
        .into_iter()
        .map(|e| (e.id.clone(), render_event(e)))
        .collect();
        list(s, items, &query, "/v1/events", "event", &expand)
    })
}

async fn get_event(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "event", &id, |s| {
        s.events.iter().find(|e| e.id == id).map(render_event)
    })
}

// ---------------------------------------------------------------- webhook endpoints

fn take_enabled_events(params: &mut Params, required: bool) -> ApiResult<Option<Vec<String>>> {
    let events = params.take_str_list("enabled_events")?;
    match &events {
        None if required => return Err(ApiError::missing("enabled_events")),
        Some(list) if list.is_empty() => return Err(ApiError::missing("enabled_events")),
        Some(list) => {
            for (i, event) in list.iter().enumerate() {
                // Stripe subscribes to exact types or to everything (`*`), no partial wildcards.
                if event != "*" && (!event.contains('.') || event.contains('*')) {
                    return Err(ApiError::invalid(format!(
                        "Invalid enabled_events[{i}]: not a known event type: {event}"
                    ))
                    .param(format!("enabled_events[{i}]")));
                }
            }
        }
        None => {}
    }
    Ok(events)
}

async fn create_webhook_endpoint(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let _expand = params.take_expand()?;
    let url = params.require_str("url")?;
    if !url.starts_with("http://") && !url.starts_with("https://") {
        return Err(ApiError::invalid(
            "Invalid URL: URL must be publicly accessible and use http or https.",
        )
        .code("url_invalid")
        .param("url"));
    }
    let enabled_events = take_enabled_events(&mut params, true)?.unwrap_or_default();
    let description = params.take_opt_str("description")?;
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    let api_version = params.take_opt_str("api_version")?;
    if params.take_bool("connect")? == Some(true) {
        return Err(ApiError::invalid(
            "stripe-sim does not simulate Connect; `connect` must be false.",
        )
        .param("connect"));
    }
    params.finish()?;
    app.with_state(|s| {
        let seq = s.next_seq();
        let endpoint = WebhookEndpoint {
            id: new_id("we_"),
            seq,
            url,
            enabled_events,
            secret: new_id("whsec_"),
            status: "enabled".into(),
            description,
            metadata,
            created: s.now(),
            api_version,
        };
        let value = render_webhook_endpoint(&endpoint, true);
        tracing::info!(endpoint = %endpoint.id, url = %endpoint.url, "webhook endpoint registered");
        s.webhook_endpoints.insert(endpoint.id.clone(), endpoint);
        Ok(Json(value))
    })
}

async fn list_webhook_endpoints(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(s.webhook_endpoints.values(), |w| w.seq)
            .into_iter()
            .map(|w| (w.id.clone(), render_webhook_endpoint(w, false)))
            .collect();
        list(
            s,
            items,
            &query,
            "/v1/webhook_endpoints",
            "webhook_endpoint",
            &expand,
        )
    })
}

async fn get_webhook_endpoint(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let _expand = params.take_expand()?;
    params.finish()?;
    app.with_state(|s| {
        let endpoint = s
            .webhook_endpoints
            .get(&id)
            .ok_or_else(|| ApiError::no_such("webhook_endpoint", &id, None))?;
        Ok(Json(render_webhook_endpoint(endpoint, false)))
    })
}

async fn update_webhook_endpoint(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let _expand = params.take_expand()?;
    let url = params.take_opt_str("url")?;
    let enabled_events = take_enabled_events(&mut params, false)?;
    let description = params.take_str("description")?;
    let disabled = params.take_bool("disabled")?;
    params.finish()?;
    app.with_state(|s| {
        let endpoint = s
            .webhook_endpoints
            .get_mut(&id)
            .ok_or_else(|| ApiError::no_such("webhook_endpoint", &id, None))?;
        if let Some(url) = url {
            endpoint.url = url;
        }
        if let Some(events) = enabled_events {
            endpoint.enabled_events = events;
        }
        if let Some(description) = description {
            endpoint.description = (!description.is_empty()).then_some(description);
        }
        if let Some(disabled) = disabled {
            endpoint.status = if disabled { "disabled" } else { "enabled" }.into();
        }
        let value = render_webhook_endpoint(endpoint, false);
        s.touch();
        Ok(Json(value))
    })
}

async fn delete_webhook_endpoint(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    ctx.params().finish()?;
    app.with_state(|s| {
        s.webhook_endpoints
            .remove(&id)
            .ok_or_else(|| ApiError::no_such("webhook_endpoint", &id, None))?;
        s.touch();
        Ok(Json(
            json!({"id": id, "object": "webhook_endpoint", "deleted": true}),
        ))
    })
}

// ---------------------------------------------------------------- tax rates, coupons, promotion codes

async fn list_tax_rates(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let active = params.take_bool("active")?;
    let inclusive = params.take_bool("inclusive")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.tax_rates.values().filter(|t| {
                active.is_none_or(|a| t.active == a)
                    && inclusive.is_none_or(|i| t.inclusive == i)
                    && created.contains(t.created)
            }),
            |t| t.seq,
        )
        .into_iter()
        .map(|t| (t.id.clone(), render_tax_rate(t)))
        .collect();
        list(s, items, &query, "/v1/tax_rates", "tax_rate", &expand)
    })
}

async fn get_tax_rate(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "tax_rate", &id, |s| {
        s.tax_rates.get(&id).map(render_tax_rate)
    })
}

async fn create_tax_rate(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let rate = discounts::create_tax_rate(s, params)?;
        let object = render_tax_rate(&rate);
        s.emit("tax_rate.created", object.clone(), None, &origin);
        one(s, object, &expand)
    })
}

async fn update_tax_rate(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let before = s
            .tax_rates
            .get(&id)
            .map(render_tax_rate)
            .ok_or_else(|| ApiError::no_such("tax_rate", &id, None))?;
        let rate = discounts::update_tax_rate(s, &id, params)?;
        let after = render_tax_rate(&rate);
        let previous = previous_attributes(&before, &after);
        s.emit("tax_rate.updated", after.clone(), Some(previous), &origin);
        one(s, after, &expand)
    })
}

async fn list_coupons(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let now = s.now();
        let items = newest_first(
            s.coupons.values().filter(|c| created.contains(c.created)),
            |c| c.seq,
        )
        .into_iter()
        .map(|c| (c.id.clone(), render_coupon(c, now)))
        .collect();
        list(s, items, &query, "/v1/coupons", "coupon", &expand)
    })
}

async fn get_coupon(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "coupon", &id, |s| {
        s.coupons.get(&id).map(|c| render_coupon(c, s.now()))
    })
}

async fn create_coupon(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let coupon = discounts::create_coupon(s, params)?;
        let object = render_coupon(&coupon, s.now());
        s.emit("coupon.created", object.clone(), None, &origin);
        one(s, object, &expand)
    })
}

/// `DELETE /v1/coupons/{id}`: the coupon can no longer be applied; sessions that have it keep
/// their amounts.
async fn delete_coupon(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let params = ctx.params();
    params.finish()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let coupon = s
            .coupons
            .remove(&id)
            .ok_or_else(|| ApiError::no_such("coupon", &id, None))?;
        s.touch();
        let object = render_coupon(&coupon, s.now());
        s.emit("coupon.deleted", object, None, &origin);
        Ok(Json(json!({"id": id, "object": "coupon", "deleted": true})))
    })
}

async fn list_promotion_codes(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let query = api::take_list_query(&mut params)?;
    let active = params.take_bool("active")?;
    let code = params.take_opt_str("code")?;
    let coupon = params.take_opt_str("coupon")?;
    let created = api::take_created(&mut params)?;
    params.finish()?;
    app.with_state(|s| {
        let items = newest_first(
            s.promotion_codes.values().filter(|p| {
                active.is_none_or(|a| p.active == a)
                    && code.as_ref().is_none_or(|c| p.code.eq_ignore_ascii_case(c))
                    && coupon.as_ref().is_none_or(|c| &p.coupon == c)
                    && created.contains(p.created)
            }),
            |p| p.seq,
        )
        .into_iter()
        .map(|p| (p.id.clone(), render_promotion_code(p)))
        .collect();
        list(
            s,
            items,
            &query,
            "/v1/promotion_codes",
            "promotion_code",
            &expand,
        )
    })
}

async fn get_promotion_code(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    retrieve(&app, &ctx, "promotion_code", &id, |s| {
        s.promotion_codes.get(&id).map(render_promotion_code)
    })
}

async fn create_promotion_code(AxState(app): Shared, Extension(ctx): Extension<ApiCtx>) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let promo = discounts::create_promotion_code(s, params)?;
        let object = render_promotion_code(&promo);
        s.emit("promotion_code.created", object.clone(), None, &origin);
        one(s, object, &expand)
    })
}

async fn update_promotion_code(
    AxState(app): Shared,
    Path(id): Path<String>,
    Extension(ctx): Extension<ApiCtx>,
) -> Reply {
    let mut params = ctx.params();
    let expand = params.take_expand()?;
    let origin = ctx.origin();
    app.with_state(|s| {
        let before = s
            .promotion_codes
            .get(&id)
            .map(render_promotion_code)
            .ok_or_else(|| ApiError::no_such("promotion_code", &id, None))?;
        let promo = discounts::update_promotion_code(s, &id, params)?;
        let after = render_promotion_code(&promo);
        let previous = previous_attributes(&before, &after);
        s.emit(
            "promotion_code.updated",
            after.clone(),
            Some(previous),
            &origin,
        );
        one(s, after, &expand)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(type_matches(
            "checkout.session.*",
            "checkout.session.completed"
        ));
        assert!(!type_matches(
            "checkout.session.*",
            "payment_intent.succeeded"
        ));
        assert!(type_matches("*", "charge.refunded"));
        assert!(type_matches("*.succeeded", "payment_intent.succeeded"));
        assert!(type_matches("charge.refunded", "charge.refunded"));
        assert!(!type_matches("charge.refund", "charge.refunded"));
        assert!(type_matches("charge.*.updated", "charge.refund.updated"));
    }
}
