//! The simulator's state, and how each object renders as Stripe's JSON.
//!
//! Objects are plain structs (they persist with serde); `render_*` produce the exact shapes of
//! Stripe's example objects (`shared/stripe-fixtures.json`), including the fields async-stripe
//! requires when deserializing.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::ids::new_id;
use crate::params::Params;

pub type Metadata = BTreeMap<String, String>;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Product {
    pub id: String,
    pub seq: u64,
    pub name: String,
    pub description: Option<String>,
    pub active: bool,
    pub created: i64,
    pub updated: i64,
    pub metadata: Metadata,
    pub default_price: Option<String>,
    pub images: Vec<String>,
    pub url: Option<String>,
    pub unit_label: Option<String>,
    pub statement_descriptor: Option<String>,
    pub tax_code: Option<String>,
    pub shippable: Option<bool>,
    /// `good` or `service` (Stripe's `type`).
    pub kind: String,
}

impl Product {
    /// An active `service` product with nothing but a name.
    pub fn new(id: String, seq: u64, name: String, created: i64) -> Self {
        Self {
            id,
            seq,
            name,
            description: None,
            active: true,
            created,
            updated: created,
            metadata: Metadata::new(),
            default_price: None,
            images: Vec::new(),
            url: None,
            unit_label: None,
            statement_descriptor: None,
            tax_code: None,
            shippable: None,
            kind: "service".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Recurring {
    pub interval: String,
    pub interval_count: u64,
}

/// `recurring[interval]` and `recurring[interval_count]` of a price (`POST /v1/prices`, or a
/// session's inline `price_data`).
pub fn take_recurring(params: &mut Params) -> ApiResult<Option<Recurring>> {
    let Some(mut recurring) = params.take_child("recurring")? else {
        return Ok(None);
    };
    let interval = recurring.require_str("interval")?;
    if !["day", "week", "month", "year"].contains(&interval.as_str()) {
        return Err(ApiError::invalid(format!(
            "Invalid interval: must be one of day, month, week, or year (got {interval})"
        ))
        .param(recurring.full("interval")));
    }
    let interval_count = recurring.take_int("interval_count")?.unwrap_or(1);
    if interval_count < 1 {
        return Err(
            ApiError::invalid("This value must be greater than or equal to 1.")
                .param(recurring.full("interval_count")),
        );
    }
    recurring.finish()?;
    Ok(Some(Recurring {
        interval,
        interval_count: interval_count as u64,
    }))
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Price {
    pub id: String,
    pub seq: u64,
    pub product: String,
    pub currency: String,
    pub unit_amount: i64,
    pub active: bool,
    pub nickname: Option<String>,
    pub lookup_key: Option<String>,
    pub recurring: Option<Recurring>,
    pub metadata: Metadata,
    pub created: i64,
    pub tax_behavior: String,
}

impl Price {
    /// An active one-time price.
    pub fn new(
        id: String,
        seq: u64,
        product: String,
        currency: String,
        unit_amount: i64,
        created: i64,
    ) -> Self {
        Self {
            id,
            seq,
            product,
            currency,
            unit_amount,
            active: true,
            nickname: None,
            lookup_key: None,
            recurring: None,
            metadata: Metadata::new(),
            created,
            tax_behavior: "unspecified".into(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LineItem {
    pub id: String,
    pub price: String,
    pub product: String,
    pub description: String,
    pub quantity: u64,
    pub unit_amount: i64,
    pub currency: String,
    /// `line_items[][tax_rates][]`: `txr_…` ids.
    #[serde(default)]
    pub tax_rates: Vec<String>,
    /// Discount and tax, once the session is priced (`None`: neither, as before they existed).
    #[serde(default)]
    pub pricing: Option<LinePricing>,
}

impl LineItem {
    pub fn amount(&self) -> i64 {
        self.unit_amount.saturating_mul(self.quantity as i64)
    }
}

/// A percentage in ten-thousandths of a percent: `19` is 190 000, `8.875` is 88 750.
pub const PERCENT_SCALE: u32 = 10_000;
/// 100 % in that unit.
pub const HUNDRED_PERCENT: u32 = 100 * PERCENT_SCALE;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TaxRate {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub display_name: String,
    pub description: Option<String>,
    /// Ten-thousandths of a percent.
    pub percentage: u32,
    pub inclusive: bool,
    pub active: bool,
    pub country: Option<String>,
    pub state: Option<String>,
    pub jurisdiction: Option<String>,
    pub tax_type: Option<String>,
    pub metadata: Metadata,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Coupon {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub name: Option<String>,
    /// Ten-thousandths of a percent.
    pub percent_off: Option<u32>,
    pub amount_off: Option<i64>,
    pub currency: Option<String>,
    pub duration: String,
    pub duration_in_months: Option<i64>,
    pub max_redemptions: Option<i64>,
    pub redeem_by: Option<i64>,
    pub times_redeemed: i64,
    pub metadata: Metadata,
    /// `applies_to[products]`: the coupon discounts only lines of these products (`None`:
    /// every line).
    #[serde(default)]
    pub applies_to: Option<Vec<String>>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PromotionCode {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub code: String,
    pub coupon: String,
    pub active: bool,
    pub max_redemptions: Option<i64>,
    pub expires_at: Option<i64>,
    pub times_redeemed: i64,
    pub metadata: Metadata,
}

/// One rate's tax on one line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineTax {
    pub rate: String,
    pub amount: i64,
    pub taxable_amount: i64,
}

/// A line's amounts beyond its subtotal.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinePricing {
    pub amount_discount: i64,
    pub amount_tax: i64,
    pub amount_total: i64,
    pub taxes: Vec<LineTax>,
}

/// The card a customer typed, kept while 3-D Secure is pending.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CardInput {
    pub number: String,
    pub exp_month: u32,
    pub exp_year: u32,
    pub cvc: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub expires_at: i64,
    pub status: String,
    pub payment_status: String,
    pub currency: String,
    pub line_items: Vec<LineItem>,
    pub amount_subtotal: i64,
    pub amount_total: i64,
    pub client_reference_id: Option<String>,
    pub metadata: Metadata,
    pub payment_intent_metadata: Metadata,
    pub payment_intent_description: Option<String>,
    pub customer_email: Option<String>,
    pub success_url: Option<String>,
    pub cancel_url: Option<String>,
    pub allowed_payment_method_types: Option<Vec<String>>,
    pub payment_method_types: Vec<String>,
    pub payment_intent: Option<String>,
    pub locale: Option<String>,
    pub submit_type: Option<String>,
    /// Email and name the customer entered on the hosted page.
    pub customer_details: Option<(Option<String>, Option<String>)>,
    /// The card waiting for 3-D Secure, while the PaymentIntent is `requires_action`.
    pub pending_3ds: Option<CardInput>,
    /// The message the hosted page shows after a failed attempt.
    pub last_error_message: Option<String>,
    /// `payment` or `subscription`.
    #[serde(default = "payment_mode")]
    pub mode: String,
    /// `cus_…`: given at creation, or created when a subscription session is paid.
    #[serde(default)]
    pub customer: Option<String>,
    /// `sub_…` and its first invoice `in_…`, once a subscription session is paid.
    #[serde(default)]
    pub subscription: Option<String>,
    #[serde(default)]
    pub invoice: Option<String>,
    /// `subscription_data[metadata]` and `subscription_data[description]`.
    #[serde(default)]
    pub subscription_metadata: Metadata,
    /// `custom_text[<position>][message]`, by position (`after_submit`, `submit`, ...).
    #[serde(default)]
    pub custom_text: BTreeMap<String, String>,
    #[serde(default)]
    pub subscription_description: Option<String>,
    /// `discounts[0]`: the coupon (and the promotion code it came from).
    #[serde(default)]
    pub discount: Option<SessionDiscount>,
    #[serde(default)]
    pub allow_promotion_codes: Option<bool>,
    /// `total_details.amount_discount` and `.amount_tax`.
    #[serde(default)]
    pub amount_discount: i64,
    #[serde(default)]
    pub amount_tax: i64,
    /// `payment_intent_data[receipt_email]`: put on the PaymentIntent (and its charges).
    #[serde(default)]
    pub payment_intent_receipt_email: Option<String>,
}

/// The discount applied to a session: a coupon, given directly or through a promotion code.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SessionDiscount {
    /// `di_…`: the Discount object line items refer to.
    pub id: String,
    pub coupon: String,
    pub promotion_code: Option<String>,
    pub start: i64,
}

fn payment_mode() -> String {
    "payment".into()
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PaymentIntent {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub amount: i64,
    pub amount_received: i64,
    pub currency: String,
    pub status: String,
    pub metadata: Metadata,
    pub description: Option<String>,
    pub receipt_email: Option<String>,
    pub latest_charge: Option<String>,
    pub last_payment_error: Option<Value>,
    pub payment_method: Option<String>,
    pub next_action: Option<Value>,
    pub payment_method_types: Vec<String>,
    pub canceled_at: Option<i64>,
    pub cancellation_reason: Option<String>,
    pub client_secret: String,
    pub session: String,
}

/// What the charge's payment method looked like (card or bank account).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct MethodDetails {
    pub kind: String,
    pub brand: String,
    pub last4: String,
    pub exp_month: u32,
    pub exp_year: u32,
    pub funding: String,
    pub fingerprint: String,
    /// The test card's number, to decide how its refunds behave.
    pub number: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Charge {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub amount: i64,
    pub amount_captured: i64,
    pub amount_refunded: i64,
    pub currency: String,
    pub status: String,
    pub paid: bool,
    pub payment_intent: String,
    pub payment_method: String,
    pub metadata: Metadata,
    pub description: Option<String>,
    pub failure_code: Option<String>,
    pub failure_message: Option<String>,
    pub outcome: Value,
    pub method: MethodDetails,
    pub billing_email: Option<String>,
    pub billing_name: Option<String>,
    pub receipt_email: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Refund {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub amount: i64,
    pub currency: String,
    pub charge: String,
    pub payment_intent: String,
    pub reason: Option<String>,
    pub status: String,
    pub metadata: Metadata,
    pub failure_reason: Option<String>,
    /// When the refund changes status on its own, and to what.
    pub settle_at: Option<i64>,
    pub settle_to: Option<String>,
}

// Memberships: created and changed by `billing` (Checkout in `subscription` mode, renewals).

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Customer {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub email: Option<String>,
    pub name: Option<String>,
    pub currency: Option<String>,
    pub metadata: Metadata,
    pub invoice_prefix: String,
    pub next_invoice_sequence: i64,
    pub delinquent: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SubscriptionItem {
    pub id: String,
    pub created: i64,
    pub price: String,
    pub quantity: u64,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subscription {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub customer: String,
    pub currency: String,
    pub status: String,
    pub items: Vec<SubscriptionItem>,
    pub metadata: Metadata,
    pub description: Option<String>,
    pub cancel_at_period_end: bool,
    pub cancel_at: Option<i64>,
    pub canceled_at: Option<i64>,
    pub ended_at: Option<i64>,
    pub cancellation_reason: Option<String>,
    pub start_date: i64,
    pub billing_cycle_anchor: i64,
    pub interval: String,
    pub interval_count: u64,
    /// How many whole periods have passed since `billing_cycle_anchor`.
    pub cycle: u64,
    pub current_period_start: i64,
    pub current_period_end: i64,
    pub latest_invoice: Option<String>,
    pub default_payment_method: Option<String>,
    /// The test card renewals are charged to (normalized digits).
    pub card_number: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InvoiceLine {
    pub id: String,
    pub amount: i64,
    pub currency: String,
    pub description: String,
    pub price: String,
    pub product: String,
    pub quantity: u64,
    pub period_start: i64,
    pub period_end: i64,
    /// `si_…` for a subscription item's line, `None` for a one-time item.
    pub subscription_item: Option<String>,
    /// `ii_…` for a one-time item (Checkout's one-time prices on the first invoice).
    pub invoice_item: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Invoice {
    pub id: String,
    pub seq: u64,
    pub created: i64,
    pub customer: String,
    pub customer_email: Option<String>,
    pub customer_name: Option<String>,
    pub subscription: String,
    pub subscription_metadata: Metadata,
    pub billing_reason: String,
    pub status: String,
    pub currency: String,
    pub lines: Vec<InvoiceLine>,
    pub total: i64,
    pub amount_paid: i64,
    pub attempt_count: u64,
    pub attempted: bool,
    pub number: Option<String>,
    pub period_start: i64,
    pub period_end: i64,
    pub finalized_at: Option<i64>,
    pub paid_at: Option<i64>,
    pub next_payment_attempt: Option<i64>,
    pub default_payment_method: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub seq: u64,
    #[serde(rename = "type")]
    pub kind: String,
    pub created: i64,
    pub object: Value,
    pub previous_attributes: Option<Value>,
    pub request_id: Option<String>,
    pub idempotency_key: Option<String>,
    pub pending_webhooks: i64,
    pub api_version: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WebhookEndpoint {
    pub id: String,
    pub seq: u64,
    pub url: String,
    pub enabled_events: Vec<String>,
    pub secret: String,
    pub status: String,
    pub description: Option<String>,
    pub metadata: Metadata,
    pub created: i64,
    pub api_version: Option<String>,
}

impl WebhookEndpoint {
    pub fn wants(&self, event_type: &str) -> bool {
        self.status == "enabled"
            && self
                .enabled_events
                .iter()
                .any(|e| e == "*" || e == event_type)
    }
}

/// One webhook delivery attempt, kept for inspection through the test helpers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Delivery {
    pub event: String,
    pub endpoint: String,
    pub attempt: u32,
    pub at: i64,
    pub status: Option<u16>,
    pub error: Option<String>,
}

/// A stored idempotent response.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct IdempotencyEntry {
    pub method: String,
    pub path: String,
    pub params: Value,
    pub created: i64,
    /// `None` while the first request is still executing.
    pub response: Option<StoredResponse>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredResponse {
    pub status: u16,
    pub body: String,
    pub request_id: String,
    pub should_retry: Option<bool>,
}

/// Everything the simulator knows. Persisted as JSON with `--state FILE`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct State {
    pub seq: u64,
    /// Seconds added to the wall clock (test helper `clock/advance`).
    pub clock_offset: i64,
    pub products: BTreeMap<String, Product>,
    pub prices: BTreeMap<String, Price>,
    pub sessions: BTreeMap<String, Session>,
    pub payment_intents: BTreeMap<String, PaymentIntent>,
    pub charges: BTreeMap<String, Charge>,
    pub refunds: BTreeMap<String, Refund>,
    #[serde(default)]
    pub customers: BTreeMap<String, Customer>,
    #[serde(default)]
    pub subscriptions: BTreeMap<String, Subscription>,
    #[serde(default)]
    pub invoices: BTreeMap<String, Invoice>,
    #[serde(default)]
    pub tax_rates: BTreeMap<String, TaxRate>,
    #[serde(default)]
    pub coupons: BTreeMap<String, Coupon>,
    #[serde(default)]
    pub promotion_codes: BTreeMap<String, PromotionCode>,
    pub events: Vec<Event>,
    pub webhook_endpoints: BTreeMap<String, WebhookEndpoint>,
    pub deliveries: Vec<Delivery>,
    /// `sha256(api key) + " " + Idempotency-Key` → first response.
    pub idempotency: BTreeMap<String, IdempotencyEntry>,
    /// `sha256(key)` → permissions of a registered restricted key.
    pub restricted_keys: BTreeMap<String, Vec<String>>,
    /// `sha256(key)` of keys that get 401.
    pub revoked_keys: BTreeSet<String>,
    /// API version events are rendered in.
    pub api_version: String,
    /// Bumped by every change, so that only changes are persisted.
    #[serde(skip)]
    pub revision: u64,
    /// `http://127.0.0.1:PORT` of the running server.
    #[serde(skip)]
    pub base_url: String,
    /// Where the hosted pages are served for customers, when not on `base_url`: the shop
    /// network's `http://ADDR:PORT/t/TOKEN` (`SimConfig::lan_checkout`). Session and 3-D Secure
    /// URLs use it.
    #[serde(skip)]
    pub page_base: Option<String>,
    /// Events created since the last dispatch to webhook endpoints.
    #[serde(skip)]
    pub undelivered: Vec<String>,
}

/// Where an event came from: the API request that caused it, if any.
#[derive(Debug, Clone, Default)]
pub struct Origin {
    pub request_id: Option<String>,
    pub idempotency_key: Option<String>,
}

/// Most recent webhook deliveries kept in state.
const MAX_DELIVERIES: usize = 1000;

impl State {
    /// Where customers open hosted pages: the shop-network base when one is served, else
    /// `base_url`.
    pub fn page_base(&self) -> &str {
        self.page_base.as_deref().unwrap_or(&self.base_url)
    }

    pub fn now(&self) -> i64 {
        let wall = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or_default();
        wall + self.clock_offset
    }

    /// Moves the clock forward by `seconds` (never back) and forgets at once what Stripe would
    /// have forgotten by then, so that retention follows the clock's jumps exactly.
    pub fn advance_clock(&mut self, seconds: i64) {
        if seconds > 0 {
            self.clock_offset += seconds;
            self.touch();
        }
        prune(self);
    }

    pub fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.revision += 1;
        self.seq
    }

    pub fn touch(&mut self) {
        self.revision += 1;
    }

    /// Records an event and queues it for webhook delivery.
    pub fn emit(
        &mut self,
        kind: &str,
        object: Value,
        previous_attributes: Option<Value>,
        origin: &Origin,
    ) -> String {
        let seq = self.next_seq();
        let id = new_id("evt_");
        let pending = self
            .webhook_endpoints
            .values()
            .filter(|e| e.wants(kind))
            .count() as i64;
        self.events.push(Event {
            id: id.clone(),
            seq,
            kind: kind.to_string(),
            created: self.now(),
            object,
            previous_attributes,
            request_id: origin.request_id.clone(),
            idempotency_key: origin.idempotency_key.clone(),
            pending_webhooks: pending,
            api_version: self.api_version.clone(),
        });
        if pending > 0 {
            self.undelivered.push(id.clone());
        }
        id
    }

    pub fn record_delivery(&mut self, delivery: Delivery, delivered: bool) {
        if delivered {
            if let Some(event) = self.events.iter_mut().find(|e| e.id == delivery.event) {
                event.pending_webhooks = (event.pending_webhooks - 1).max(0);
            }
        }
        self.deliveries.push(delivery);
        if self.deliveries.len() > MAX_DELIVERIES {
            let excess = self.deliveries.len() - MAX_DELIVERIES;
            self.deliveries.drain(..excess);
        }
        self.touch();
    }
}

/// How long Stripe keeps idempotent results (at least 24 hours).
pub const IDEMPOTENCY_RETENTION_SECS: i64 = 24 * 60 * 60;
/// How far back the Events API reaches.
pub const EVENT_RETENTION_SECS: i64 = 30 * 24 * 60 * 60;

/// Drops idempotency keys older than 24 h and events older than 30 days, as Stripe does. It
/// runs before every access to the state (and at every clock jump), never on a timer of its own,
/// so what is forgotten depends on the simulator's clock alone: a test that moves the clock a
/// month sees the same events whether it runs fast or slow.
pub fn prune(state: &mut State) {
    let now = state.now();
    let keys = state.idempotency.len();
    state
        .idempotency
        .retain(|_, e| e.response.is_none() || now - e.created < IDEMPOTENCY_RETENTION_SECS);
    let events = state.events.len();
    // Events are kept in the order they happened: the oldest tells whether any is due.
    if state
        .events
        .first()
        .is_some_and(|e| now - e.created >= EVENT_RETENTION_SECS)
    {
        state
            .events
            .retain(|e| now - e.created < EVENT_RETENTION_SECS);
    }
    if keys != state.idempotency.len() || events != state.events.len() {
        state.touch();
    }
}

fn metadata_json(metadata: &Metadata) -> Value {
    json!(metadata)
}

pub fn render_product(p: &Product) -> Value {
    json!({
        "id": p.id,
        "object": "product",
        "active": p.active,
        "created": p.created,
        "default_price": p.default_price,
        "description": p.description,
        "images": p.images,
        "livemode": false,
        "marketing_features": [],
        "metadata": metadata_json(&p.metadata),
        "name": p.name,
        "package_dimensions": null,
        "shippable": p.shippable,
        "statement_descriptor": p.statement_descriptor,
        "tax_code": p.tax_code,
        "type": p.kind,
        "unit_label": p.unit_label,
        "updated": p.updated,
        "url": p.url,
    })
}

pub fn render_price(p: &Price) -> Value {
    json!({
        "id": p.id,
        "object": "price",
        "active": p.active,
        "billing_scheme": "per_unit",
        "created": p.created,
        "currency": p.currency,
        "custom_unit_amount": null,
        "livemode": false,
        "lookup_key": p.lookup_key,
        "metadata": metadata_json(&p.metadata),
        "nickname": p.nickname,
        "product": p.product,
        "recurring": p.recurring.as_ref().map(|r| json!({
            "interval": r.interval,
            "interval_count": r.interval_count,
            "meter": null,
            "trial_period_days": null,
            "usage_type": "licensed",
        })),
        "tax_behavior": p.tax_behavior,
        "tiers_mode": null,
        "transform_quantity": null,
        "type": if p.recurring.is_some() { "recurring" } else { "one_time" },
        "unit_amount": p.unit_amount,
        "unit_amount_decimal": p.unit_amount.to_string(),
    })
}

/// A Checkout Session line item (`object: item`), with its price embedded as Stripe does.
pub fn render_line_item(item: &LineItem, price: Option<&Price>) -> Value {
    let pricing = item.pricing.as_ref();
    json!({
        "id": item.id,
        "object": "item",
        "amount_discount": pricing.map_or(0, |p| p.amount_discount),
        "amount_subtotal": item.amount(),
        "amount_tax": pricing.map_or(0, |p| p.amount_tax),
        "amount_total": pricing.map_or(item.amount(), |p| p.amount_total),
        "currency": item.currency,
        "description": item.description,
        "price": price.map(render_price),
        "quantity": item.quantity,
    })
}

pub fn render_session(s: &Session, base_url: &str) -> Value {
    let customer_details = s.customer_details.as_ref().map(|(email, name)| {
        json!({
            "address": null,
            "business_name": null,
            "email": email,
            "individual_name": null,
            "name": name,
            "phone": null,
            "tax_exempt": "none",
            "tax_ids": [],
        })
    });
    let url = (s.status == "open").then(|| format!("{base_url}/c/pay/{}", s.id));
    let subscription_mode = s.mode == "subscription";
    let custom_text = |position: &str| {
        s.custom_text
            .get(position)
            .map(|message| json!({ "message": message }))
    };
    json!({
        "id": s.id,
        "object": "checkout.session",
        "adaptive_pricing": {"enabled": false},
        "after_expiration": null,
        "allow_promotion_codes": s.allow_promotion_codes,
        "allowed_payment_method_types": s.allowed_payment_method_types,
        "amount_subtotal": s.amount_subtotal,
        "amount_total": s.amount_total,
        "automatic_tax": {"enabled": false, "liability": null, "provider": null, "status": null},
        "billing_address_collection": null,
        "cancel_url": s.cancel_url,
        "client_reference_id": s.client_reference_id,
        "client_secret": null,
        "collected_information": null,
        "consent": null,
        "consent_collection": null,
        "created": s.created,
        "currency": s.currency,
        "currency_conversion": null,
        "custom_fields": [],
        "custom_text": {
            "after_submit": custom_text("after_submit"),
            "shipping_address": custom_text("shipping_address"),
            "submit": custom_text("submit"),
            "terms_of_service_acceptance": custom_text("terms_of_service_acceptance")
        },
        "customer": s.customer,
        "customer_account": null,
        "customer_creation": if subscription_mode { None } else { Some("if_required") },
        "customer_details": customer_details,
        "customer_email": s.customer_email,
        "discounts": s.discount.as_ref().map(|d| json!([{
            "coupon": d.coupon,
            "promotion_code": d.promotion_code,
        }])).unwrap_or_else(|| json!([])),
        "expires_at": s.expires_at,
        "integration_identifier": null,
        "invoice": s.invoice,
        "invoice_creation": if subscription_mode { Value::Null } else { json!({
            "enabled": false,
            "invoice_data": {
                "account_tax_ids": null,
                "custom_fields": null,
                "description": null,
                "footer": null,
                "issuer": null,
                "metadata": {},
                "rendering_options": null
            }
        })},
        "livemode": false,
        "locale": s.locale,
        "metadata": metadata_json(&s.metadata),
        "mode": s.mode,
        "origin_context": null,
        "payment_intent": s.payment_intent,
        "payment_link": null,
        "payment_method_collection": "always",
        "payment_method_configuration_details": null,
        "payment_method_options": {},
        "payment_method_types": s.payment_method_types,
        "payment_status": s.payment_status,
        "permissions": null,
        "phone_number_collection": {"enabled": false},
        "recovered_from": null,
        "saved_payment_method_options": null,
        "setup_intent": null,
        "shipping_address_collection": null,
        "shipping_cost": null,
        "shipping_options": [],
        "status": s.status,
        "submit_type": s.submit_type,
        "subscription": s.subscription,
        "success_url": s.success_url,
        "total_details": {
            "amount_discount": s.amount_discount,
            "amount_shipping": 0,
            "amount_tax": s.amount_tax
        },
        "ui_mode": "hosted_page",
        "url": url,
        "wallet_options": null,
    })
}

pub fn render_payment_intent(pi: &PaymentIntent) -> Value {
    json!({
        "id": pi.id,
        "object": "payment_intent",
        "amount": pi.amount,
        "amount_capturable": 0,
        "amount_details": {"tip": {}},
        "amount_received": pi.amount_received,
        "application": null,
        "application_fee_amount": null,
        "automatic_payment_methods": null,
        "canceled_at": pi.canceled_at,
        "cancellation_reason": pi.cancellation_reason,
        "capture_method": "automatic",
        "client_secret": pi.client_secret,
        "confirmation_method": "automatic",
        "created": pi.created,
        "currency": pi.currency,
        "customer": null,
        "customer_account": null,
        "description": pi.description,
        "excluded_payment_method_types": null,
        "last_payment_error": pi.last_payment_error,
        "latest_charge": pi.latest_charge,
        "livemode": false,
        "metadata": metadata_json(&pi.metadata),
        "next_action": pi.next_action,
        "on_behalf_of": null,
        "payment_method": pi.payment_method,
        "payment_method_configuration_details": null,
        "payment_method_options": {},
        "payment_method_types": pi.payment_method_types,
        "processing": null,
        "receipt_email": pi.receipt_email,
        "review": null,
        "setup_future_usage": null,
        "shipping": null,
        "source": null,
        "statement_descriptor": null,
        "statement_descriptor_suffix": null,
        "status": pi.status,
        "transfer_data": null,
        "transfer_group": null,
    })
}

fn render_method_details(m: &MethodDetails) -> Value {
    if m.kind == "card" {
        json!({
            "type": "card",
            "card": {
                "amount_authorized": null,
                "authorization_code": null,
                "brand": m.brand,
                "checks": {
                    "address_line1_check": null,
                    "address_postal_code_check": null,
                    "cvc_check": "pass"
                },
                "country": "US",
                "exp_month": m.exp_month,
                "exp_year": m.exp_year,
                "fingerprint": m.fingerprint,
                "funding": m.funding,
                "installments": null,
                "last4": m.last4,
                "mandate": null,
                "network": m.brand,
                "network_token": {"used": false},
                "network_transaction_id": null,
                "regulated_status": null,
                "three_d_secure": null,
                "wallet": null
            }
        })
    } else {
        json!({
            "type": m.kind,
            m.kind.clone(): {
                "account_holder_type": "individual",
                "account_type": "checking",
                "bank_name": "STRIPE TEST BANK",
                "fingerprint": m.fingerprint,
                "last4": m.last4,
                "routing_number": "110000000"
            }
        })
    }
}

pub fn render_charge(c: &Charge) -> Value {
    json!({
        "id": c.id,
        "object": "charge",
        "amount": c.amount,
        "amount_captured": c.amount_captured,
        "amount_refunded": c.amount_refunded,
        "application": null,
        "application_fee": null,
        "application_fee_amount": null,
        "balance_transaction": null,
        "billing_details": {
            "address": {
                "city": null, "country": null, "line1": null,
                "line2": null, "postal_code": null, "state": null
            },
            "email": c.billing_email,
            "name": c.billing_name,
            "phone": null,
            "tax_id": null
        },
        "calculated_statement_descriptor": "TILL SIM",
        "captured": c.status == "succeeded",
        "created": c.created,
        "currency": c.currency,
        "customer": null,
        "description": c.description,
        "disputed": false,
        "failure_balance_transaction": null,
        "failure_code": c.failure_code,
        "failure_message": c.failure_message,
        "fraud_details": {},
        "livemode": false,
        "metadata": metadata_json(&c.metadata),
        "on_behalf_of": null,
        "outcome": c.outcome,
        "paid": c.paid,
        "payment_intent": c.payment_intent,
        "payment_method": c.payment_method,
        "payment_method_details": render_method_details(&c.method),
        "receipt_email": c.receipt_email,
        "receipt_number": null,
        // Stripe's hosted receipt page for a paid charge (the simulator serves no page there).
        "receipt_url": (c.status == "succeeded")
            .then(|| format!("https://pay.stripe.com/receipts/payment/{}", c.id)),
        "refunded": c.amount > 0 && c.amount_refunded >= c.amount,
        "review": null,
        "shipping": null,
        "source": null,
        "source_transfer": null,
        "statement_descriptor": null,
        "statement_descriptor_suffix": null,
        "status": c.status,
        "transfer_data": null,
        "transfer_group": null,
    })
}

pub fn render_refund(r: &Refund) -> Value {
    json!({
        "id": r.id,
        "object": "refund",
        "amount": r.amount,
        "balance_transaction": null,
        "charge": r.charge,
        "created": r.created,
        "currency": r.currency,
        "customer": null,
        "customer_account": null,
        "destination_details": {"card": {"type": "refund"}, "type": "card"},
        "failure_reason": r.failure_reason,
        "metadata": metadata_json(&r.metadata),
        "payment_intent": r.payment_intent,
        "payment_method": null,
        "reason": r.reason,
        "receipt_number": null,
        "source_transfer_reversal": null,
        "status": r.status,
        "transfer_reversal": null,
    })
}

pub fn render_event(e: &Event) -> Value {
    let mut data = json!({ "object": e.object });
    if let Some(previous) = &e.previous_attributes {
        data["previous_attributes"] = previous.clone();
    }
    json!({
        "id": e.id,
        "object": "event",
        "api_version": e.api_version,
        "created": e.created,
        "data": data,
        "livemode": false,
        "pending_webhooks": e.pending_webhooks,
        "request": {"id": e.request_id, "idempotency_key": e.idempotency_key},
        "type": e.kind,
    })
}

pub fn render_webhook_endpoint(w: &WebhookEndpoint, with_secret: bool) -> Value {
    let mut value = json!({
        "id": w.id,
        "object": "webhook_endpoint",
        "api_version": w.api_version,
        "application": null,
        "created": w.created,
        "description": w.description,
        "enabled_events": w.enabled_events,
        "livemode": false,
        "metadata": metadata_json(&w.metadata),
        "status": w.status,
        "url": w.url,
    });
    if with_secret {
        value["secret"] = json!(w.secret);
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prune_forgets_old_keys_and_events_only() {
        let mut state = State::default();
        let now = state.now();
        for (key, created) in [
            ("old", now - IDEMPOTENCY_RETENTION_SECS - 1),
            ("new", now - 60),
        ] {
            state.idempotency.insert(
                key.into(),
                IdempotencyEntry {
                    method: "POST".into(),
                    path: "/v1/refunds".into(),
                    params: Value::Null,
                    created,
                    response: Some(StoredResponse {
                        status: 200,
                        body: "{}".into(),
                        request_id: "req_1".into(),
                        should_retry: None,
                    }),
                },
            );
        }
        state.emit("charge.refunded", json!({}), None, &Origin::default());
        state.events[0].created = now - EVENT_RETENTION_SECS - 1;
        state.emit("refund.created", json!({}), None, &Origin::default());
        prune(&mut state);
        assert_eq!(state.idempotency.keys().collect::<Vec<_>>(), vec!["new"]);
        assert_eq!(state.events.len(), 1);
        assert_eq!(state.events[0].kind, "refund.created");
    }

    #[test]
    fn a_clock_jump_forgets_at_once_what_stripe_would_have_forgotten() {
        let mut state = State::default();
        state.emit("charge.refunded", json!({}), None, &Origin::default());
        state.advance_clock(EVENT_RETENTION_SECS - 60);
        assert_eq!(state.events.len(), 1, "29 days and 23 hours: still kept");
        state.emit("refund.created", json!({}), None, &Origin::default());
        state.advance_clock(60);
        assert_eq!(state.events.len(), 1, "the first one is 30 days old now");
        assert_eq!(state.events[0].kind, "refund.created");
        state.advance_clock(0);
        assert_eq!(state.events.len(), 1, "a zero jump moves nothing");
    }
}
