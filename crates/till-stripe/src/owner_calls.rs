//! The owner's Stripe operations: refunds (create, retrieve), products and prices (create),
//! archiving a product. Every POST carries the idempotency key the ledger stored first and is
//! retried by [`super::retry::RetryPolicy`] with that same key.

use std::collections::HashMap;

use stripe_client_core::{IdempotencyKey, RequestStrategy, StripeRequest};
use stripe_core::refund::{CreateRefund, CreateRefundReason, RetrieveRefund};
use stripe_product::price::{CreatePrice, CreatePriceRecurring, CreatePriceRecurringInterval};
use stripe_product::product::{CreateProduct, UpdateProduct};

use super::{Gateway, StripeFailure};

/// A refund as Till needs to see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripeRefund {
    pub id: String,
    pub amount: i64,
    pub currency: String,
    /// `pending`, `succeeded`, `failed`, `canceled`, `requires_action`.
    pub status: String,
    /// Stripe's `created`, Unix seconds.
    pub created: i64,
    pub failure_reason: Option<String>,
}

/// What Till asks Stripe to refund.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefundRequest {
    pub payment_intent_id: String,
    pub amount: i64,
    /// `duplicate`, `fraudulent` or `requested_by_customer`.
    pub reason: Option<String>,
    pub metadata: HashMap<String, String>,
}

/// A product and its first price, as the owner typed them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewProduct {
    pub name: String,
    pub description: Option<String>,
    pub metadata: HashMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPrice {
    pub product_id: String,
    pub currency: String,
    pub unit_amount: i64,
    /// `day`, `week`, `month` or `year` for a recurring price.
    pub recurring_interval: Option<String>,
}

fn refund_view(refund: stripe_shared::Refund) -> StripeRefund {
    StripeRefund {
        id: refund.id.as_str().to_string(),
        amount: refund.amount,
        currency: refund.currency.to_string(),
        status: refund.status.unwrap_or_else(|| "pending".into()),
        created: refund.created,
        failure_reason: refund.failure_reason,
    }
}

fn strategy(key: &str) -> Result<RequestStrategy, StripeFailure> {
    IdempotencyKey::new(key)
        .map(RequestStrategy::Idempotent)
        .map_err(|e| StripeFailure::Decode(format!("invalid idempotency key: {e}")))
}

impl Gateway {
    /// Refunds (part of) a PaymentIntent with the stored idempotency key.
    pub async fn create_refund(
        &self,
        request: &RefundRequest,
        idempotency_key: &str,
    ) -> Result<StripeRefund, StripeFailure> {
        let strategy = strategy(idempotency_key)?;
        let reason: Option<CreateRefundReason> =
            request.reason.as_deref().and_then(|r| r.parse().ok());
        let (http, retry) = self.parts();
        retry
            .run("creating the refund", || {
                let mut create = CreateRefund::new()
                    .payment_intent(request.payment_intent_id.clone())
                    .amount(request.amount)
                    .metadata(request.metadata.clone());
                if let Some(reason) = reason.clone() {
                    create = create.reason(reason);
                }
                let strategy = strategy.clone();
                async move {
                    create
                        .customize()
                        .request_strategy(strategy)
                        .send(http)
                        .await
                        .map(refund_view)
                }
            })
            .await
    }

    /// One look at a refund.
    pub async fn retrieve_refund(&self, refund_id: &str) -> Result<StripeRefund, StripeFailure> {
        let (http, retry) = self.parts();
        retry
            .run("reading a refund", || async move {
                RetrieveRefund::new(refund_id)
                    .send(http)
                    .await
                    .map(refund_view)
            })
            .await
    }

    /// Creates a product (active) with the stored idempotency key; returns its id.
    pub async fn create_product(
        &self,
        product: &NewProduct,
        idempotency_key: &str,
    ) -> Result<String, StripeFailure> {
        let strategy = strategy(idempotency_key)?;
        let (http, retry) = self.parts();
        retry
            .run("creating the product", || {
                let mut create = CreateProduct::new(product.name.clone())
                    .active(true)
                    .metadata(product.metadata.clone());
                if let Some(description) = &product.description {
                    create = create.description(description.clone());
                }
                let strategy = strategy.clone();
                async move {
                    create
                        .customize()
                        .request_strategy(strategy)
                        .send(http)
                        .await
                        .map(|p| p.id.as_str().to_string())
                }
            })
            .await
    }

    /// Creates a price of a product with the stored idempotency key; returns its id.
    pub async fn create_price(
        &self,
        price: &NewPrice,
        idempotency_key: &str,
    ) -> Result<String, StripeFailure> {
        let strategy = strategy(idempotency_key)?;
        let currency: stripe_types::Currency = price
            .currency
            .parse()
            .map_err(|_| StripeFailure::Decode(format!("unknown currency {}", price.currency)))?;
        let interval: Option<CreatePriceRecurringInterval> = price
            .recurring_interval
            .as_deref()
            .map(|i| {
                i.parse()
                    .map_err(|_| StripeFailure::Decode(format!("unknown recurring interval {i}")))
            })
            .transpose()?;
        let (http, retry) = self.parts();
        retry
            .run("creating the price", || {
                let mut create = CreatePrice::new(currency.clone())
                    .product(price.product_id.clone())
                    .unit_amount(price.unit_amount);
                if let Some(interval) = interval.clone() {
                    create = create.recurring(CreatePriceRecurring::new(interval));
                }
                let strategy = strategy.clone();
                async move {
                    create
                        .customize()
                        .request_strategy(strategy)
                        .send(http)
                        .await
                        .map(|p| p.id.as_str().to_string())
                }
            })
            .await
    }

    /// Archives a product (`active=false`): it leaves the till's catalog at the next sync,
    /// and past sales keep their own copy of its name.
    pub async fn archive_product(
        &self,
        product_id: &str,
        idempotency_key: &str,
    ) -> Result<(), StripeFailure> {
        let strategy = strategy(idempotency_key)?;
        let (http, retry) = self.parts();
        retry
            .run("archiving the product", || {
                let strategy = strategy.clone();
                async move {
                    UpdateProduct::new(product_id)
                        .active(false)
                        .customize()
                        .request_strategy(strategy)
                        .send(http)
                        .await
                        .map(|_| ())
                }
            })
            .await
    }
}
