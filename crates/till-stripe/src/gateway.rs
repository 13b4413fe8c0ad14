//! The Stripe operations Till performs, as typed calls returning Till's own views.

use std::collections::HashMap;

use futures_util::TryStreamExt;
use stripe_checkout::checkout_session::{
    CreateCheckoutSession, CreateCheckoutSessionAllowedPaymentMethodTypes,
    CreateCheckoutSessionCustomText, CreateCheckoutSessionDiscounts,
    CreateCheckoutSessionLineItems, CreateCheckoutSessionLineItemsPriceData,
    CreateCheckoutSessionPaymentIntentData, CreateCheckoutSessionSubscriptionData,
    CustomTextPositionParam, ExpireCheckoutSession, ListCheckoutSession, ProductData,
    RetrieveCheckoutSession,
};
use stripe_client_core::{IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_product::price::ListPrice;
use stripe_product::product::ListProduct;
use stripe_shared::{CheckoutSession, CheckoutSessionLocale, CheckoutSessionMode};

use super::retry::RetryPolicy;
use super::{ApiError, PaymentIntentView, SessionView, StripeFailure, StripeHttp};
use till_domain::catalog::{CachedPrice, CachedProduct};

/// One line of a Checkout Session: a Stripe price (or an inline price) and a quantity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutLine {
    pub price_id: String,
    pub quantity: u64,
    /// Sent as `price_data` instead of `price` (test-card runs charge an ad-hoc amount).
    pub inline: Option<InlinePrice>,
    /// `line_items[i][tax_rates][]`: the ids of the line's tax rates.
    pub tax_rates: Vec<String>,
}

/// A one-off price: `line_items[i][price_data]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlinePrice {
    /// Lowercase ISO code, as Stripe writes it.
    pub currency: String,
    pub unit_amount: i64,
    pub name: String,
    /// `price_data[product]`: an existing product (an open price); `None`: a product made
    /// from `name` (`price_data[product_data][name]`).
    pub product: Option<String>,
}

/// Sale lines whose price id starts with this are sent as inline prices.
pub const INLINE_PRICE_PREFIX: &str = "inline:";

/// What Till asks Stripe for when staff press Charge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckoutRequest {
    pub lines: Vec<CheckoutLine>,
    pub client_reference_id: String,
    /// Put on the session and on its PaymentIntent (on the subscription for a membership).
    pub metadata: HashMap<String, String>,
    /// A membership: `mode=subscription` (the cart holds recurring prices; one-time lines go
    /// on the first invoice). Otherwise `mode=payment`.
    pub subscription: bool,
    pub customer_email: Option<String>,
    /// `payment_intent_data[receipt_email]` (payment mode only): Stripe emails its receipt
    /// there in live mode (test mode sends none).
    pub receipt_email: Option<String>,
    pub expires_at: i64,
    pub success_url: String,
    /// `None`: no Back link on Stripe's page (see `phone`).
    pub cancel_url: Option<String>,
    /// `custom_text[after_submit][message]`: what the customer reads under the Pay button.
    pub after_submit: Option<String>,
    pub allowed_payment_method_types: Vec<String>,
    /// Checkout's `locale` (one of Stripe's: `de`, `fr`, `auto`, …): the language of
    /// Stripe's page.
    pub locale: Option<String>,
    /// `discounts[0][coupon]`: a Stripe coupon applied to the whole session.
    pub coupon: Option<String>,
    /// `allow_promotion_codes`: the customer may type a promotion code on Stripe's page
    /// (Stripe refuses it together with `discounts`).
    pub allow_promotion_codes: bool,
}

/// Stripe, as the rest of the core sees it.
#[derive(Debug, Clone)]
pub struct Gateway {
    http: StripeHttp,
    retry: RetryPolicy,
}

impl Gateway {
    pub fn new(http: StripeHttp, retry: RetryPolicy) -> Gateway {
        Gateway { http, retry }
    }

    pub fn api_base(&self) -> &str {
        self.http.api_base()
    }

    /// Requests sent and time spent waiting on Stripe so far.
    pub fn http_stats(&self) -> super::client::HttpStats {
        self.http.stats()
    }

    /// The transport and the retry policy, for the JSON reads in `feed.rs`.
    pub(super) fn parts(&self) -> (&StripeHttp, &RetryPolicy) {
        (&self.http, &self.retry)
    }

    fn idempotent(key: &str) -> Result<RequestStrategy, StripeFailure> {
        IdempotencyKey::new(key)
            .map(RequestStrategy::Idempotent)
            .map_err(|e| StripeFailure::Decode(format!("invalid idempotency key: {e}")))
    }

    /// Creates a Checkout Session with the stored idempotency key, retrying transient
    /// failures with the same key: Stripe then returns the same session, never a second one.
    pub async fn create_session(
        &self,
        request: &CheckoutRequest,
        idempotency_key: &str,
    ) -> Result<SessionView, StripeFailure> {
        let strategy = Gateway::idempotent(idempotency_key)?;
        let line_items: Vec<CreateCheckoutSessionLineItems> = request
            .lines
            .iter()
            .map(|line| {
                let mut item = CreateCheckoutSessionLineItems::new();
                match &line.inline {
                    Some(inline) => {
                        let currency: stripe_types::Currency =
                            inline.currency.parse().map_err(|_| {
                                StripeFailure::Decode(format!(
                                    "unknown currency {:?}",
                                    inline.currency
                                ))
                            })?;
                        let mut data = CreateCheckoutSessionLineItemsPriceData::new(currency);
                        data.unit_amount = Some(inline.unit_amount);
                        match &inline.product {
                            Some(product) => data.product = Some(product.clone()),
                            None => data.product_data = Some(ProductData::new(inline.name.clone())),
                        }
                        item.price_data = Some(data);
                    }
                    None => item.price = Some(line.price_id.clone()),
                }
                item.quantity = Some(line.quantity);
                if !line.tax_rates.is_empty() {
                    item.tax_rates = Some(line.tax_rates.clone());
                }
                Ok(item)
            })
            .collect::<Result<_, StripeFailure>>()?;
        let mut payment_intent_data = CreateCheckoutSessionPaymentIntentData::new();
        payment_intent_data.metadata = Some(request.metadata.clone());
        payment_intent_data.receipt_email = request.receipt_email.clone();
        let mut subscription_data = CreateCheckoutSessionSubscriptionData::new();
        subscription_data.metadata = Some(request.metadata.clone());
        let allowed: Vec<CreateCheckoutSessionAllowedPaymentMethodTypes> = request
            .allowed_payment_method_types
            .iter()
            .filter_map(|t| t.parse().ok())
            .collect();
        self.retry
            .run("creating the Checkout Session", || {
                let mut create = CreateCheckoutSession::new()
                    .line_items(line_items.clone())
                    .client_reference_id(request.client_reference_id.clone())
                    .metadata(request.metadata.clone())
                    .expires_at(request.expires_at)
                    .success_url(request.success_url.clone());
                if let Some(cancel_url) = &request.cancel_url {
                    create = create.cancel_url(cancel_url.clone());
                }
                if let Some(message) = &request.after_submit {
                    let mut text = CreateCheckoutSessionCustomText::new();
                    text.after_submit = Some(CustomTextPositionParam::new(message.clone()));
                    create = create.custom_text(text);
                }
                create = if request.subscription {
                    create
                        .mode(CheckoutSessionMode::Subscription)
                        .subscription_data(subscription_data.clone())
                } else {
                    create
                        .mode(CheckoutSessionMode::Payment)
                        .payment_intent_data(payment_intent_data.clone())
                };
                if !allowed.is_empty() {
                    create = create.allowed_payment_method_types(allowed.clone());
                }
                if let Some(email) = &request.customer_email {
                    create = create.customer_email(email.clone());
                }
                if let Some(coupon) = &request.coupon {
                    let mut discount = CreateCheckoutSessionDiscounts::new();
                    discount.coupon = Some(coupon.clone());
                    create = create.discounts(vec![discount]);
                }
                if request.allow_promotion_codes {
                    create = create.allow_promotion_codes(true);
                }
                if let Some(locale) = &request.locale {
                    // Infallible: a code async-stripe does not know goes as it is written.
                    let Ok(locale) = locale.parse::<CheckoutSessionLocale>();
                    create = create.locale(locale);
                }
                let strategy = strategy.clone();
                async move {
                    create
                        .customize()
                        .request_strategy(strategy)
                        .send(&self.http)
                        .await
                        .map(session_view)
                }
            })
            .await
    }

    /// One look at a session with its PaymentIntent expanded (no retries: the watcher
    /// decides when to look again).
    pub async fn retrieve_session(&self, session_id: &str) -> Result<SessionView, StripeFailure> {
        RetrieveCheckoutSession::new(session_id)
            .expand(vec!["payment_intent".to_string()])
            .send(&self.http)
            .await
            .map(session_view)
    }

    /// Expires an open session (cancel). Stripe refuses for a session that is no longer open.
    pub async fn expire_session(
        &self,
        session_id: &str,
        idempotency_key: &str,
    ) -> Result<SessionView, StripeFailure> {
        let strategy = Gateway::idempotent(idempotency_key)?;
        self.retry
            .run("expiring the Checkout Session", || {
                let strategy = strategy.clone();
                async move {
                    ExpireCheckoutSession::new(session_id)
                        .customize()
                        .request_strategy(strategy)
                        .send(&self.http)
                        .await
                        .map(session_view)
                }
            })
            .await
    }

    /// Every Checkout Session created at or after `created_since` (Unix seconds), all pages,
    /// newest first, with their PaymentIntents expanded.
    pub async fn list_sessions(
        &self,
        created_since: Option<i64>,
    ) -> Result<Vec<SessionView>, StripeFailure> {
        let sessions: Vec<CheckoutSession> = self
            .retry
            .run("listing Checkout Sessions", || {
                let mut list = ListCheckoutSession::new()
                    .limit(100)
                    .expand(vec!["data.payment_intent".to_string()]);
                if let Some(since) = created_since {
                    list = list.created(stripe_types::RangeQueryTs::gte(since));
                }
                list.paginate().stream(&self.http).try_collect()
            })
            .await?;
        Ok(sessions.into_iter().map(session_view).collect())
    }

    /// Every active product and every active price, all pages.
    pub async fn list_catalog(
        &self,
    ) -> Result<(Vec<CachedProduct>, Vec<CachedPrice>), StripeFailure> {
        let products: Vec<stripe_shared::Product> = self
            .retry
            .run("listing products", || {
                ListProduct::new()
                    .active(true)
                    .limit(100)
                    .paginate()
                    .stream(&self.http)
                    .try_collect()
            })
            .await?;
        let prices: Vec<stripe_shared::Price> = self
            .retry
            .run("listing prices", || {
                ListPrice::new()
                    .active(true)
                    .limit(100)
                    .paginate()
                    .stream(&self.http)
                    .try_collect()
            })
            .await?;
        let products: Vec<CachedProduct> = products
            .into_iter()
            .map(|p| {
                let metadata = serde_json::to_string(&p.metadata).unwrap_or_else(|_| "{}".into());
                CachedProduct {
                    id: p.id.as_str().to_string(),
                    tax_rate: p
                        .metadata
                        .get(till_domain::catalog::TAX_RATE_METADATA_KEY)
                        .cloned(),
                    open_price: p
                        .metadata
                        .get(till_domain::catalog::OPEN_PRICE_METADATA_KEY)
                        .is_some_and(|v| v.trim().eq_ignore_ascii_case("true")),
                    category: p.metadata.get("category").cloned(),
                    sku: p.metadata.get("sku").cloned(),
                    barcode: p.metadata.get("barcode").cloned(),
                    name: p.name,
                    description: p.description,
                    active: p.active,
                    metadata,
                }
            })
            .collect();
        let known: std::collections::HashSet<&str> =
            products.iter().map(|p| p.id.as_str()).collect();
        let prices = prices
            .into_iter()
            .filter_map(|p| {
                // Only fixed per-unit prices can be rung up; tiered or custom ones are skipped.
                let unit_amount = p.unit_amount?;
                let product_id = p.product.id().as_str().to_string();
                if !known.contains(product_id.as_str()) {
                    return None;
                }
                Some(CachedPrice {
                    id: p.id.as_str().to_string(),
                    product_id,
                    currency: p.currency.to_string(),
                    unit_amount,
                    recurring_interval: p
                        .recurring
                        .as_ref()
                        .map(|r| r.interval.as_str().to_string()),
                    recurring_count: p
                        .recurring
                        .as_ref()
                        .map(|r| i64::try_from(r.interval_count).unwrap_or(i64::MAX)),
                    active: p.active,
                })
            })
            .collect();
        Ok((products, prices))
    }
}

fn session_view(session: CheckoutSession) -> SessionView {
    let payment_intent = session.payment_intent.as_ref().and_then(|pi| {
        pi.as_object().map(|pi| PaymentIntentView {
            id: pi.id.as_str().to_string(),
            status: pi.status.as_str().to_string(),
            amount: pi.amount,
            amount_received: pi.amount_received,
            last_payment_error: pi.last_payment_error.as_ref().map(|e| ApiError {
                type_: e.type_.as_str().to_string(),
                code: e.code.as_ref().map(|c| c.as_str().to_string()),
                decline_code: e.decline_code.clone(),
                message: e.message.clone(),
                param: e.param.clone(),
            }),
        })
    });
    let subscription_id = session
        .subscription
        .as_ref()
        .map(|s| s.id().as_str().to_string());
    let customer_email = session
        .customer_details
        .as_ref()
        .and_then(|d| d.email.clone());
    SessionView {
        subscription_id,
        customer_email,
        id: session.id.as_str().to_string(),
        url: session.url,
        status: session
            .status
            .as_ref()
            .map(|s| s.as_str().to_string())
            .unwrap_or_else(|| "open".into()),
        payment_status: session.payment_status.as_str().to_string(),
        expires_at: session.expires_at,
        amount_total: session.amount_total,
        currency: session.currency.map(|c| c.to_string()),
        client_reference_id: session.client_reference_id,
        livemode: session.livemode,
        payment_intent,
    }
}
