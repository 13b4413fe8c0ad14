//! The sale's use cases: charge, watch, cancel, recover. They call the ledger and Stripe;
//! the rules live in the pure modules (`cart`, `sale`).
//!
//! Order of writes, always: the sale and its idempotency key reach the ledger before Stripe
//! is asked anything, and every state change is a compare-and-set in the ledger, so two
//! watchers (or a watcher and a cancel) cannot apply the same change twice.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use serde::Serialize;

use crate::cart::Cart;
use crate::context::Context;
pub use crate::context::{RegisterSettings, MIN_SESSION_LIFETIME};
use crate::email::validate_email;
use crate::error::{Error, ErrorCode, Result};
use crate::i18n::{text_with, Arg, Language};
use crate::mode::Mode;
use crate::money::{Currency, Money};
use crate::sale::{self, Observation, Phrase, SaleState, SaleStatus, Transition};
use crate::staff::Action;
use crate::store::{
    now_ms, NewSale, NewSaleLine, SaleMembership, SaleRecord, SaleUpdate, Store, TimelineEntry,
};
use crate::stripe::{
    CheckoutLine, CheckoutRequest, Gateway, InlinePrice, SessionView, StripeFailure,
    INLINE_PRICE_PREFIX,
};
use crate::tender::TenderKind;

/// Who saw what happened, for the timeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Staff,
    Poll,
    ReturnPage,
    Recovery,
    /// The Events API poller.
    Event,
    /// The local webhook endpoint.
    Webhook,
    /// A reconciliation sweep.
    Reconcile,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Staff => "staff",
            Source::Poll => "poll",
            Source::ReturnPage => "return_page",
            Source::Recovery => "recovery",
            Source::Event => "event",
            Source::Webhook => "webhook",
            Source::Reconcile => "reconcile",
        }
    }
}

/// [`SaleView::attempt`]: the customer's bank asks for 3-D Secure.
pub const ATTEMPT_THREE_D_SECURE: &str = "three_d_secure";
/// [`SaleView::attempt`]: the last try was declined or failed.
pub const ATTEMPT_DECLINED: &str = "declined";

/// What the customer's last try did, for [`SaleView::attempt`].
fn attempt_of(status: &SaleStatus) -> Option<&'static str> {
    match (status.state, &status.attempt) {
        (SaleState::AwaitingPayment, Some(sale::Attempt::ThreeDSecure)) => {
            Some(ATTEMPT_THREE_D_SECURE)
        }
        (SaleState::AwaitingPayment, Some(sale::Attempt::Declined { .. })) => {
            Some(ATTEMPT_DECLINED)
        }
        _ => None,
    }
}

/// A sale as the register and `tillctl` show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SaleView {
    pub id: String,
    pub mode: String,
    /// The till that charged it (imported sales keep their own till's id).
    pub register_id: String,
    pub state: String,
    /// What staff should read: "Waiting for the customer", "Declined — insufficient funds..."
    pub status_text: String,
    /// Its first sentence, where only that fits (the register's last sales): "Declined —
    /// insufficient funds".
    pub status_short: String,
    /// The customer's card was refused (the status line shows as a refusal).
    pub declined: bool,
    /// What the customer's last try did while the sale waits: [`ATTEMPT_THREE_D_SECURE`] (their
    /// bank asks for 3-D Secure) or [`ATTEMPT_DECLINED`] (declined or failed: another card or
    /// another try); `None` before any try, and once the sale moved on.
    pub attempt: Option<&'static str>,
    pub is_final: bool,
    pub currency: String,
    pub amount_total: i64,
    pub amount_display: String,
    pub customer_email: Option<String>,
    /// `card`, `cash` or `split`: Stripe emails a receipt (`customer_email`, live mode) only
    /// for what a card paid.
    pub tender: String,
    pub session_id: Option<String>,
    pub url: Option<String>,
    pub session_expires_at: Option<i64>,
    pub payment_intent_id: Option<String>,
    pub created_at: i64,
    pub settled_at: Option<i64>,
}

/// How often the watcher asks Stripe about a waiting sale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WatchPolicy {
    /// While the customer is most likely paying.
    pub fast: Duration,
    pub fast_for: Duration,
    /// After `fast_for`, until `medium_until`.
    pub medium: Duration,
    pub medium_until: Duration,
    /// After that.
    pub slow: Duration,
    /// The longest wait after repeated errors.
    pub max_error_backoff: Duration,
}

impl Default for WatchPolicy {
    fn default() -> Self {
        WatchPolicy {
            fast: Duration::from_secs(1),
            fast_for: Duration::from_secs(120),
            medium: Duration::from_secs(3),
            medium_until: Duration::from_secs(600),
            slow: Duration::from_secs(10),
            max_error_backoff: Duration::from_secs(30),
        }
    }
}

impl WatchPolicy {
    /// The wait before the next look, after `waited` on screen and `errors` failures in a row.
    pub fn next_wait(
        &self,
        waited: Duration,
        errors: u32,
        last: Option<&StripeFailure>,
    ) -> Duration {
        let base = if waited < self.fast_for {
            self.fast
        } else if waited < self.medium_until {
            self.medium
        } else {
            self.slow
        };
        if errors == 0 {
            return base;
        }
        let backoff = base
            .saturating_mul(1u32 << errors.min(8))
            .min(self.max_error_backoff);
        let floor = if last.is_some_and(StripeFailure::is_rate_limited) {
            Duration::from_secs(5).min(self.max_error_backoff)
        } else {
            Duration::ZERO
        };
        backoff.max(floor)
    }
}

/// The sale use cases for one register, over its [`Context`] (which it derefs to).
pub struct Checkout {
    context: Context,
}

impl std::ops::Deref for Checkout {
    type Target = Context;

    fn deref(&self) -> &Context {
        &self.context
    }
}

impl Checkout {
    pub fn new(store: Store, gateway: Gateway, settings: RegisterSettings) -> Checkout {
        Checkout {
            context: Context::new(store, gateway, settings),
        }
    }

    /// The ledger, Stripe and settings the use cases work with.
    pub fn context(&self) -> &Context {
        &self.context
    }

    /// The return page was visited for `session_id`: wake that sale's watcher so it asks
    /// Stripe now. Returns the sale id, if the session is one of ours.
    pub async fn on_return_visit(&self, session_id: &str) -> Result<Option<String>> {
        let session = session_id.to_string();
        let sale = self
            .store()
            .call(move |ledger| ledger.sale_by_session(&session))
            .await?;
        if let Some(sale) = &sale {
            self.waker(&sale.id)?.notify_one();
        }
        Ok(sale.map(|s| s.id))
    }

    /// A new sale id: `sale_` and 24 random lowercase letters and digits.
    pub fn new_sale_id() -> String {
        let suffix: String = (0..24)
            .map(|_| {
                let n = fastrand::u8(0..36);
                char::from(if n < 10 { b'0' + n } else { b'a' + n - 10 })
            })
            .collect();
        format!("sale_{suffix}")
    }

    /// Charge: writes the sale (state `creating`) with its idempotency key, then creates
    /// the Checkout Session. Calling it again with the same `sale_id` never makes a second
    /// session: an existing sale is returned (and its session creation resumed, with the
    /// same key, if it never got one).
    pub async fn charge(
        &self,
        sale_id: &str,
        cart: &Cart,
        customer_email: Option<&str>,
    ) -> Result<SaleView> {
        let language = self.settings().language;
        validate_sale_id(sale_id, language)?;
        let total = cart
            .validate_for_charge()
            .map_err(|e| e.refusal(language))?;
        let staff_id = self.acting(Action::Sell)?;
        let email = customer_email
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|email| validate_email(email, language))
            .transpose()?;
        let membership = cart
            .membership()
            .map_err(|e| e.refusal(language))?
            .map(|recurring| SaleMembership {
                interval: recurring.interval.as_str().to_string(),
                interval_count: i64::from(recurring.interval_count),
                plan: cart
                    .lines()
                    .iter()
                    .filter(|line| line.item.recurring.is_some())
                    .map(|line| line.item.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", "),
            });
        if cart.promotion_codes() && cart.tip().is_some() {
            // Stripe takes a promotion code's coupon off every line, the tip's too.
            return Err(Error::invalid_input(crate::i18n::text(
                language,
                "checkout-error-promotion-codes-with-tip",
            ))
            .with_reason("promotion_codes_with_tip"));
        }
        if cart.promotion_codes() && membership.is_some() {
            return Err(Error::invalid_input(crate::i18n::text(
                language,
                "checkout-error-promotion-codes-membership",
            ))
            .with_reason("promotion_codes_membership"));
        }
        if cart.tip().is_some() && membership.is_some() {
            return Err(Error::invalid_input(crate::i18n::text(
                language,
                "checkout-error-tip-membership",
            ))
            .with_reason("tip_on_membership"));
        }
        if let (Some(_), Some(coupon)) = (
            cart.tip(),
            cart.coupon()
                .filter(|c| c.id != crate::cart::MANUAL_COUPON_ID),
        ) {
            // Stripe applies a session's coupon to every line, the tip's too: such a sale is
            // sent a one-off copy of the coupon limited to its products (`create_session`),
            // which would not count against a limited coupon's redemptions.
            let (mode, id) = (self.settings().mode.as_str(), coupon.id.clone());
            let limited = self
                .store()
                .call(move |l| l.cached_coupon(mode, &id))
                .await?
                .is_none_or(|c| c.limited);
            if limited {
                return Err(Error::invalid_input(crate::i18n::text(
                    language,
                    "checkout-error-coupon-with-tip",
                ))
                .with_reason("coupon_with_tip"));
            }
        }
        if membership.is_some() && email.is_none() {
            return Err(Error::invalid_input(crate::i18n::text(
                language,
                "checkout-error-email-required",
            ))
            .with_reason("email_required"));
        }
        let lock = self.sale_lock(sale_id)?;
        let _turn = lock.lock().await;

        let id = sale_id.to_string();
        if let Some(existing) = self.store().call(move |l| l.sale(&id)).await? {
            let lines = self.lines_for_compare(&existing.id).await?;
            if lines != cart_lines(cart) || existing.amount_total != total.amount_minor {
                return Err(Error::new(
                    ErrorCode::Conflict,
                    crate::i18n::text_with(
                        language,
                        "checkout-error-other-items",
                        &[("sale", crate::i18n::Arg::Text(sale_id))],
                    ),
                ));
            }
            tracing::info!(sale_id, state = %existing.state, "charge repeated for an existing sale");
            if existing.state == SaleState::Creating {
                return self.create_session(existing, Source::Staff).await;
            }
            return Ok(self.view(&existing));
        }

        let created_at = now_ms();
        let new_sale = NewSale {
            pricing: cart_pricing(cart),
            staff_id: staff_id.clone(),
            id: sale_id.to_string(),
            mode: self.settings().mode,
            register_id: self.settings().register_id.clone(),
            state: SaleState::Creating,
            currency: total.currency,
            amount_total: total.amount_minor,
            customer_email: email,
            lines: cart_lines(cart),
            membership,
            idempotency_key: format!("till-{sale_id}-create"),
            created_at,
        };
        let entry = TimelineEntry {
            at: created_at,
            source: Source::Staff.as_str().into(),
            kind: "created".into(),
            to_state: Some(SaleState::Creating.as_str().into()),
            staff_id,
            ..TimelineEntry::default()
        }
        .with_words(&adjustments_phrase(
            Phrase::of(
                "timeline-charge-pressed",
                &[
                    ("lines", new_sale.lines.len().to_string()),
                    ("total", total.format(self.settings().locale)),
                ],
            ),
            cart,
            self.settings().locale,
        ));
        let record = self
            .store()
            .call(move |ledger| {
                ledger.insert_sale(&new_sale, &entry)?;
                ledger.require_sale(&new_sale.id)
            })
            .await?;
        tracing::info!(sale_id, amount = total.amount_minor, currency = %total.currency, "sale recorded; creating its Checkout Session");
        fail_point("after_sale_written")?;
        self.create_session(record, Source::Staff).await
    }

    /// A one-off coupon for this sale alone, discounting only its products (so a tip's line,
    /// its own product, is not discounted at Stripe, as Till does not discount it): a copy
    /// of coupon `id`, or for a manual discount `discount` off. Made once per sale (an
    /// idempotency key from the sale id), redeemable once.
    async fn one_off_coupon(
        &self,
        sale: &SaleRecord,
        id: &str,
        discount: i64,
        lines: &[crate::store::SaleLineRecord],
    ) -> Result<String> {
        let (name, value) = if id == crate::cart::MANUAL_COUPON_ID {
            let name = crate::i18n::text(self.settings().language, "sale-manual-discount");
            let amount = crate::money::Money::new(discount, sale.currency);
            (
                Some(name),
                crate::pricing::CouponValue::AmountOff { amount },
            )
        } else {
            let (mode, wanted) = (sale.mode.as_str(), id.to_string());
            let cached = self
                .store()
                .call(move |l| l.cached_coupon(mode, &wanted))
                .await?
                .ok_or_else(|| {
                    Error::invalid_input(crate::i18n::text_with(
                        self.settings().language,
                        "register-error-unknown-coupon",
                        &[("coupon", crate::i18n::Arg::Text(id))],
                    ))
                    .with_reason("unknown_coupon")
                })?;
            (cached.coupon.name, cached.coupon.value)
        };
        let mut products: Vec<String> = Vec::new();
        for line in lines {
            if !line.product_id.starts_with(INLINE_PRICE_PREFIX)
                && !products.contains(&line.product_id)
            {
                products.push(line.product_id.clone());
            }
        }
        let copy = crate::stripe::NewCoupon {
            name,
            value,
            max_redemptions: Some(1),
            redeem_by: None,
            applies_to: products,
        };
        let made = self
            .gateway()
            .create_coupon(&copy, &format!("till-{}-coupon", sale.id))
            .await?;
        tracing::info!(sale_id = %sale.id, coupon = %made.id, of = id, "one-off coupon for the sale's products");
        Ok(made.id)
    }

    async fn lines_for_compare(&self, sale_id: &str) -> Result<Vec<NewSaleLine>> {
        let id = sale_id.to_string();
        let lines = self.store().call(move |l| l.sale_lines(&id)).await?;
        Ok(lines
            .into_iter()
            .map(|l| NewSaleLine {
                tax_rates: l.tax_rates,
                price_id: l.price_id,
                product_id: l.product_id,
                name: l.name,
                unit_amount: l.unit_amount,
                quantity: l.quantity,
            })
            .collect())
    }

    /// Creates (or, with the same stored key, gets back) the session of a `creating` sale.
    /// The caller holds the sale's lock.
    async fn create_session(&self, sale: SaleRecord, source: Source) -> Result<SaleView> {
        let sale_id = sale.id.clone();
        let key_sale = sale_id.clone();
        let (key, key_purpose) = self
            .store()
            .call(move |l| l.latest_idempotency_key(&key_sale, "create_session"))
            .await?
            .ok_or_else(|| {
                Error::internal(text_with(
                    self.settings().language,
                    "checkout-error-no-idempotency-key",
                    &[("sale", Arg::Text(&sale_id))],
                ))
            })?;
        let line_sale = sale_id.clone();
        let (lines, membership, pricing) = self
            .store()
            .call(move |l| {
                Ok((
                    l.sale_lines(&line_sale)?,
                    l.sale_membership(&line_sale)?,
                    l.sale_pricing(&line_sale)?,
                ))
            })
            .await?;
        let mut metadata = HashMap::new();
        metadata.insert("till_sale_id".to_string(), sale_id.clone());
        metadata.insert("till_register_id".to_string(), sale.register_id.clone());
        metadata.insert("till_mode".to_string(), sale.mode.as_str().to_string());
        // The same key must always carry the same parameters, or Stripe answers
        // `idempotency_error`: the expiry is fixed by when the key was stored, not by now.
        let key_for_time = key.clone();
        let key_stored_at = self
            .store()
            .call(move |l| l.idempotency_key_created_at(&key_for_time))
            .await?
            .unwrap_or(sale.created_at);
        let expires_at = key_stored_at / 1000
            + i64::try_from(
                self.settings()
                    .session_lifetime
                    .max(MIN_SESSION_LIFETIME)
                    .as_secs(),
            )
            .unwrap_or(i64::MAX / 2);
        // A split's card part is what is left to pay, the discount and the tip already in it.
        let (coupon, tip) = match (sale.tender, &pricing) {
            (TenderKind::Split, _) | (_, None) => (None, 0),
            (_, Some(p)) => (p.coupon.as_ref().map(|c| c.id.clone()), p.tip),
        };
        let coupon = match coupon {
            Some(id) if tip > 0 || id == crate::cart::MANUAL_COUPON_ID => {
                let discount = pricing.as_ref().map_or(0, |p| p.discount);
                Some(self.one_off_coupon(&sale, &id, discount, &lines).await?)
            }
            other => other,
        };
        let tip_line = (tip > 0).then(|| CheckoutLine {
            price_id: format!("{INLINE_PRICE_PREFIX}tip"),
            quantity: 1,
            inline: Some(InlinePrice {
                currency: sale.currency.code().to_string(),
                unit_amount: tip,
                name: crate::i18n::text(self.settings().language, "sale-tip-line"),
                product: None,
            }),
            tax_rates: Vec::new(),
        });
        let lines = match sale.tender {
            TenderKind::Split => vec![self.split_balance_line(&sale).await?],
            TenderKind::Card | TenderKind::Cash => lines
                .iter()
                .map(|l| CheckoutLine {
                    tax_rates: l.tax_rates.iter().map(|r| r.id.clone()).collect(),
                    price_id: l.price_id.clone(),
                    quantity: u64::try_from(l.quantity).unwrap_or(1),
                    inline: l
                        .price_id
                        .starts_with(INLINE_PRICE_PREFIX)
                        .then(|| InlinePrice {
                            currency: sale.currency.code().to_string(),
                            unit_amount: l.unit_amount,
                            name: l.name.clone(),
                            // An open price of a catalog product stays that product at
                            // Stripe (its tax and coupon restrictions follow it).
                            product: (!l.product_id.starts_with(INLINE_PRICE_PREFIX))
                                .then(|| l.product_id.clone()),
                        }),
                })
                .chain(tip_line)
                .collect(),
        };
        let request = CheckoutRequest {
            coupon,
            allow_promotion_codes: sale.tender == TenderKind::Card
                && pricing.as_ref().is_some_and(|p| p.promotion_codes),
            lines,
            client_reference_id: sale_id.clone(),
            metadata,
            subscription: membership.is_some(),
            customer_email: sale.customer_email.clone(),
            // Stripe emails its own receipt for the card payment (live mode only); a
            // membership's receipts follow the subscription's invoices instead.
            receipt_email: sale.customer_email.clone().filter(|_| membership.is_none()),
            expires_at,
            success_url: self.settings().success_url.clone(),
            cancel_url: self.settings().cancel_url.clone(),
            after_submit: Some(crate::phone::after_submit_message(
                membership.is_some(),
                self.settings().phone_page,
                self.settings().language,
            )),
            allowed_payment_method_types: self.settings().allowed_payment_method_types.clone(),
            locale: Some(crate::phone::checkout_locale(self.settings().language).to_string()),
        };
        let started = Instant::now();
        match self.gateway().create_session(&request, &key).await {
            Ok(session) => {
                tracing::info!(sale_id, session_id = %session.id, elapsed_ms = started.elapsed().as_millis() as u64, "Checkout Session created");
                fail_point("after_session_created")?;
                self.check_livemode(&session)?;
                let url = session.url.clone().unwrap_or_default();
                let record = self
                    .observe(
                        &sale_id,
                        Observation::SessionCreated {
                            session_id: session.id.clone(),
                            url,
                            expires_at: session.expires_at,
                        },
                        source,
                        Some(&session),
                    )
                    .await?;
                // A session that was created long ago (recovery) may already be paid.
                let record = self.apply_session(record, &session, source).await?;
                Ok(self.view(&record))
            }
            Err(failure) if failure.is_transient() || failure.is_idempotency_mismatch() => {
                // Stripe may have created the session and the answer was lost: look for it.
                // The same holds when the key was first used with other parameters (settings
                // changed since the first attempt): that first attempt may have made one.
                if let Some(session) = self.find_session(&sale).await {
                    tracing::info!(sale_id, session_id = %session.id, "found the sale's session at Stripe after a failed create");
                    let url = session.url.clone().unwrap_or_default();
                    let record = self
                        .observe(
                            &sale_id,
                            Observation::SessionCreated {
                                session_id: session.id.clone(),
                                url,
                                expires_at: session.expires_at,
                            },
                            source,
                            Some(&session),
                        )
                        .await?;
                    let record = self.apply_session(record, &session, source).await?;
                    return Ok(self.view(&record));
                }
                if failure.is_replayed() || failure.is_idempotency_mismatch() {
                    // Stripe will repeat this error for this key forever, and no session
                    // carries the sale: the next try uses a new key. Only the session Till
                    // finally gets is ever shown to the customer, so a stray one cannot be paid.
                    let next = next_purpose(&key_purpose);
                    let (id, mode, purpose) = (sale_id.clone(), sale.mode, next.clone());
                    let candidate = format!("till-{sale_id}-{}", next.replace(':', "-"));
                    self.store()
                        .call(move |l| {
                            l.ensure_idempotency_key(
                                &id,
                                &purpose,
                                mode.as_str(),
                                &candidate,
                                now_ms(),
                            )
                        })
                        .await?;
                    tracing::warn!(sale_id, purpose = %next, "Stripe replays an error for the create key; the next attempt uses a new key");
                }
                tracing::warn!(sale_id, %failure, "Checkout Session not created yet; the sale stays saved and will be retried");
                Err(Error::new(
                    ErrorCode::Network,
                    crate::i18n::text_with(
                        self.settings().language,
                        "checkout-error-not-created",
                        &[(
                            "failure",
                            crate::i18n::Arg::Text(&failure.message(self.settings().language)),
                        )],
                    ),
                ))
            }
            Err(StripeFailure::Api {
                status: 400,
                ref error,
                ..
            }) if error.param.as_deref() == Some("expires_at")
                && !key_purpose.ends_with(":retimed") =>
            {
                // The sale waited so long (a crash, Stripe down) that its fixed expiry is now
                // too soon. A validation error stores nothing at Stripe, so no session exists for
                // this key: a new key with a fresh expiry is safe.
                let (id, mode, purpose) = (
                    sale_id.clone(),
                    sale.mode,
                    format!("{}:retimed", next_purpose(&key_purpose)),
                );
                let candidate = format!("till-{sale_id}-{}", purpose.replace(':', "-"));
                self.store()
                    .call(move |l| {
                        l.ensure_idempotency_key(&id, &purpose, mode.as_str(), &candidate, now_ms())
                    })
                    .await?;
                tracing::info!(sale_id, "the sale's session expiry had become too soon; creating it with a new key and expiry");
                Box::pin(self.create_session(sale, source)).await
            }
            Err(failure) => {
                tracing::warn!(sale_id, %failure, "Stripe refused to create the Checkout Session");
                let reason = failure.to_string();
                self.observe(
                    &sale_id,
                    Observation::SessionCreateFailed {
                        reason: reason.clone(),
                    },
                    source,
                    None,
                )
                .await?;
                Err(Error::new(
                    ErrorCode::Stripe,
                    crate::i18n::text_with(
                        self.settings().language,
                        "checkout-error-create-refused",
                        &[(
                            "failure",
                            crate::i18n::Arg::Text(&failure.message(self.settings().language)),
                        )],
                    ),
                ))
            }
        }
    }

    /// A split sale's one Checkout line: its card part as an inline price naming the sale.
    /// Refused (`split_amount_mismatch`) unless what Stripe will charge equals the ledger's
    /// card part to the unit, and (`split_balance_too_small`) below Stripe's minimum.
    async fn split_balance_line(&self, sale: &SaleRecord) -> Result<CheckoutLine> {
        let id = sale.id.clone();
        let sums = self.store().call(move |l| l.tender_sums(&id)).await?;
        let line = CheckoutLine {
            // The card's part of a split is what is left to pay, tax included.
            tax_rates: Vec::new(),
            price_id: format!("{INLINE_PRICE_PREFIX}{}", sale.id),
            quantity: 1,
            inline: Some(InlinePrice {
                currency: sale.currency.code().to_string(),
                unit_amount: sums.card_part,
                name: split_line_name(&sale.id),
                product: None,
            }),
        };
        let charged = line
            .inline
            .as_ref()
            .map_or(0, |p| p.unit_amount.saturating_mul(line.quantity as i64));
        if charged != sums.card_part || sums.cash_applied + sums.card_part != sale.amount_total {
            tracing::error!(sale_id = %sale.id, charged, card_part = sums.card_part, "a split's card line does not match its card part");
            return Err(Error::new(
                ErrorCode::Conflict,
                format!(
                    "Sale {}'s card line would charge {charged} but its card part is {} (minor units); nothing was sent to Stripe. Report this with the sale id.",
                    sale.id, sums.card_part
                ),
            )
            .with_reason("split_amount_mismatch"));
        }
        Money::new(sums.card_part, sale.currency)
            .validate_for_charge()
            .map_err(|refused| {
                Error::invalid_input(crate::i18n::text_with(
                    self.settings().language,
                    "checkout-error-split-too-small",
                    &[
                        ("sale", crate::i18n::Arg::Text(&sale.id)),
                        (
                            "amount",
                            crate::i18n::Arg::Text(
                                &Money::new(sums.card_part, sale.currency)
                                    .format(self.settings().locale),
                            ),
                        ),
                        ("refused", crate::i18n::Arg::Text(&refused.to_string())),
                    ],
                ))
                .with_reason("split_balance_too_small")
            })?;
        Ok(line)
    }

    /// The session Stripe holds for a sale (its `client_reference_id`), if any: a create whose
    /// answer was lost may still have made one.
    async fn find_session(&self, sale: &SaleRecord) -> Option<SessionView> {
        let since = sale.created_at / 1000 - 300;
        match self.gateway().list_sessions(Some(since)).await {
            Ok(sessions) => sessions
                .into_iter()
                .find(|s| s.client_reference_id.as_deref() == Some(sale.id.as_str())),
            Err(failure) => {
                tracing::warn!(sale_id = %sale.id, %failure, "could not list sessions to look for a lost one");
                None
            }
        }
    }

    fn check_livemode(&self, session: &SessionView) -> Result<()> {
        let expect_live = self.settings().mode == Mode::Live;
        if session.livemode != expect_live {
            return Err(Error::new(
                ErrorCode::Stripe,
                text_with(
                    self.settings().language,
                    "checkout-error-livemode",
                    &[
                        (
                            "session",
                            Arg::Text(if session.livemode { "live" } else { "test" }),
                        ),
                        ("mode", Arg::Text(self.settings().mode.as_str())),
                    ],
                ),
            ));
        }
        Ok(())
    }

    /// Retries session creation for a sale stuck in `creating` (Retry button, recovery).
    pub async fn retry(&self, sale_id: &str) -> Result<SaleView> {
        let lock = self.sale_lock(sale_id)?;
        let _turn = lock.lock().await;
        let sale = self.load(sale_id).await?;
        if sale.state != SaleState::Creating {
            return Ok(self.view(&sale));
        }
        self.create_session(sale, Source::Staff).await
    }

    async fn load(&self, sale_id: &str) -> Result<SaleRecord> {
        let id = sale_id.to_string();
        self.store().call(move |l| l.require_sale(&id)).await
    }

    pub async fn sale(&self, sale_id: &str) -> Result<SaleView> {
        Ok(self.view(&self.load(sale_id).await?))
    }

    /// Applies one observation through the state machine and records the outcome.
    /// Refused observations are logged and change nothing. Returns the sale as stored.
    pub(crate) async fn observe(
        &self,
        sale_id: &str,
        observation: Observation,
        source: Source,
        session: Option<&SessionView>,
    ) -> Result<SaleRecord> {
        self.observe_traced(sale_id, observation, source, session, None)
            .await
    }

    /// [`Checkout::observe`], naming in the timeline entry the Stripe event that reported it.
    pub(crate) async fn observe_traced(
        &self,
        sale_id: &str,
        observation: Observation,
        source: Source,
        session: Option<&SessionView>,
        event_id: Option<&str>,
    ) -> Result<SaleRecord> {
        // What Stripe charged a sale whose customer could type a promotion code: read once.
        let mut promotion: Option<Option<crate::store::PaidFigures>> = None;
        // A compare-and-set can lose to another writer; re-read and re-apply then.
        for _ in 0..3 {
            let record = self.load(sale_id).await?;
            let status = SaleStatus::of(record.state, record.status_detail.as_deref());
            let transition = match sale::apply(&status, &observation) {
                Ok(t) => t,
                Err(refused) => {
                    if record.tender == TenderKind::Split
                        && record.state == SaleState::Paid
                        && !matches!(
                            observation,
                            Observation::SessionCompletedPaid { .. }
                                | Observation::AsyncPaymentSucceeded { .. }
                        )
                    {
                        // A split whose card part ended unpaid and whose balance was then
                        // taken in cash: news of that card part's end is no contradiction.
                        let id = sale_id.to_string();
                        let ending = self.store().call(move |l| l.split_ending(&id)).await?;
                        if ending.is_some_and(|e| e.kind == "cash") {
                            tracing::debug!(
                                sale_id,
                                code = refused.code(),
                                "the card part of a split paid in cash ended; nothing to record"
                            );
                            return Ok(record);
                        }
                    }
                    if refused.money_at_stake() {
                        tracing::error!(sale_id, code = refused.code(), "{refused}");
                    } else {
                        tracing::warn!(sale_id, code = refused.code(), "{refused}");
                    }
                    return Ok(record);
                }
            };
            let at = now_ms();
            let mut entry = TimelineEntry {
                at,
                source: source.as_str().into(),
                event_id: event_id.map(str::to_string),
                session_id: session.map(|s| s.id.clone()).or(record.session_id.clone()),
                payment_intent_id: session
                    .and_then(|s| s.payment_intent.as_ref().map(|p| p.id.clone())),
                ..TimelineEntry::default()
            };
            let written = match &transition {
                Transition::Ignored { .. } => return Ok(record),
                Transition::Changed { from, to, note } => {
                    entry.kind = note.kind.as_str().into();
                    entry.from_state = Some(from.as_str().into());
                    entry.to_state = Some(to.state.as_str().into());
                    let mut phrase = note.phrase.clone();
                    entry = entry.with_words(&phrase);
                    let mut update = SaleUpdate {
                        status_detail: to.status_detail(),
                        settled_at: to.state.is_terminal().then_some(at),
                        ..SaleUpdate::default()
                    };
                    match &observation {
                        Observation::SessionCreated {
                            session_id,
                            url,
                            expires_at,
                        } => {
                            update.session_id = Some(session_id.clone());
                            update.session_url = Some(url.clone());
                            update.session_expires_at = Some(*expires_at);
                        }
                        Observation::SessionCompletedPaid {
                            payment_intent_id,
                            amount_total,
                        }
                        | Observation::AsyncPaymentSucceeded {
                            payment_intent_id,
                            amount_total,
                        } => {
                            // A membership's session has no PaymentIntent (its invoice has).
                            update.payment_intent_id =
                                (!payment_intent_id.is_empty()).then(|| payment_intent_id.clone());
                            if promotion.is_none() {
                                promotion = Some(self.promotion_figures(&record, session).await?);
                            }
                            let paid = promotion.clone().flatten();
                            // Stripe charges a split sale's card part only.
                            let expected = match (record.tender, &paid) {
                                (_, Some(paid)) => {
                                    promotion_note(
                                        &mut phrase,
                                        &record,
                                        paid,
                                        self.settings().locale,
                                    );
                                    paid.amount_total
                                }
                                (TenderKind::Split, None) => {
                                    let id = sale_id.to_string();
                                    self.store()
                                        .call(move |l| l.tender_sums(&id))
                                        .await?
                                        .card_part
                                }
                                (TenderKind::Card | TenderKind::Cash, None) => record.amount_total,
                            };
                            update.paid_figures = paid;
                            if amount_total.amount_minor != expected {
                                tracing::error!(
                                    sale_id,
                                    stripe = amount_total.amount_minor,
                                    ledger = expected,
                                    "Stripe's paid amount differs from the sale's card part"
                                );
                                // In minor units, as the ledger has always kept it.
                                phrase.push(
                                    "timeline-amount-mismatch",
                                    &[
                                        ("stripe", amount_total.amount_minor.to_string()),
                                        ("expected", expected.to_string()),
                                    ],
                                );
                            }
                            entry = entry.with_words(&phrase);
                        }
                        Observation::SessionCompletedUnpaid {
                            payment_intent_id: Some(pi),
                        } => update.payment_intent_id = Some(pi.clone()),
                        _ => {}
                    }
                    let (id, from_state, to_state) =
                        (sale_id.to_string(), from.as_str(), to.state.as_str());
                    self.store()
                        .call(move |l| l.transition(&id, from_state, to_state, &update, &entry))
                        .await?
                }
                Transition::Recorded { status, note } => {
                    entry.kind = note.kind.as_str().into();
                    entry = entry.with_words(&note.phrase);
                    let detail = status.status_detail().unwrap_or_default();
                    let (id, state) = (sale_id.to_string(), status.state.as_str());
                    self.store()
                        .call(move |l| l.note(&id, state, &detail, &entry))
                        .await?
                }
            };
            if written {
                let record = self.load(sale_id).await?;
                tracing::info!(sale_id, state = %record.state, detail = ?record.status_detail, source = source.as_str(), "sale updated");
                return Ok(record);
            }
            if matches!(transition, Transition::Recorded { .. }) {
                // The same detail was already recorded: nothing to do.
                return self.load(sale_id).await;
            }
        }
        Err(Error::internal(text_with(
            self.settings().language,
            "checkout-error-kept-changing",
            &[("sale", Arg::Text(sale_id))],
        )))
    }

    /// For a card sale whose customer could type a promotion code on Stripe's page: what
    /// Stripe charged (the session's total, discount and tax per rate, with the coupon and the
    /// code typed), to be recorded with the payment. `None` for any other sale.
    async fn promotion_figures(
        &self,
        record: &SaleRecord,
        session: Option<&SessionView>,
    ) -> Result<Option<crate::store::PaidFigures>> {
        if record.tender != TenderKind::Card {
            return Ok(None);
        }
        let id = record.id.clone();
        let pricing = self.store().call(move |l| l.sale_pricing(&id)).await?;
        if !pricing.is_some_and(|p| p.promotion_codes) {
            return Ok(None);
        }
        let Some(session_id) = session
            .map(|s| s.id.clone())
            .or_else(|| record.session_id.clone())
        else {
            return Ok(None);
        };
        let figures = self.gateway().session_figures(&session_id).await?;
        Ok(Some(crate::store::PaidFigures {
            amount_total: figures.amount_total,
            discount: figures.discount,
            tax: figures.tax,
            taxes: figures
                .taxes
                .into_iter()
                .map(|t| crate::store::SaleTax {
                    rate_id: t.rate.id,
                    display_name: t.rate.display_name,
                    percentage: t.rate.percentage,
                    inclusive: t.rate.inclusive,
                    net: t.taxable,
                    tax: t.amount,
                })
                .collect(),
            coupon: figures.coupon.map(|c| crate::store::SaleCoupon {
                id: c.id,
                name: c.name,
            }),
            promotion_code: figures.promotion_code.map(|p| p.code),
        }))
    }

    /// Applies what a fetched session says to the sale.
    pub(crate) async fn apply_session(
        &self,
        mut record: SaleRecord,
        session: &SessionView,
        source: Source,
    ) -> Result<SaleRecord> {
        let state = record.state;
        for observation in observations_from_session(session, state)? {
            record = self
                .observe(&record.id, observation, source, Some(session))
                .await?;
        }
        if record.state == SaleState::Paid && session.subscription_id.is_some() {
            crate::members::link_paid_session(&self.context, &record.id, session, source.as_str())
                .await?;
        }
        Ok(record)
    }

    /// One look at Stripe for a sale; applies what it says. Failures come back as they are,
    /// so the watcher can back off.
    pub async fn refresh(
        &self,
        sale_id: &str,
        source: Source,
    ) -> Result<std::result::Result<SaleView, StripeFailure>> {
        let lock = self.sale_lock(sale_id)?;
        let _turn = lock.lock().await;
        let record = self.load(sale_id).await?;
        let Some(session_id) = record.session_id.clone() else {
            return Ok(Ok(self.view(&record)));
        };
        if record.state.is_terminal() {
            return Ok(Ok(self.view(&record)));
        }
        match self.gateway().retrieve_session(&session_id).await {
            Ok(session) => {
                let record = self.apply_session(record, &session, source).await?;
                Ok(Ok(self.view(&record)))
            }
            Err(failure) => Ok(Err(failure)),
        }
    }

    /// Watches a sale until it is final, calling `on_change` with every new view (the first
    /// call is the current state). Wakes early when the return page is visited. Stop it by
    /// dropping or aborting the future.
    pub async fn watch(
        &self,
        sale_id: &str,
        policy: WatchPolicy,
        mut on_change: impl FnMut(&SaleView) + Send,
    ) -> Result<SaleView> {
        let waker = self.waker(sale_id)?;
        let started = Instant::now();
        let mut last = self.sale(sale_id).await?;
        on_change(&last);
        let mut errors = 0u32;
        let mut last_failure: Option<StripeFailure>;
        while !last.is_final {
            if last.state == SaleState::Creating.as_str() {
                match self.retry(sale_id).await {
                    Ok(view) => {
                        errors = 0;
                        if view != last {
                            on_change(&view);
                        }
                        last = view;
                        continue;
                    }
                    Err(e) if e.code == ErrorCode::Network => {
                        errors += 1;
                        last_failure = None;
                    }
                    Err(e) => return Err(e),
                }
            } else {
                match self.refresh(sale_id, Source::Poll).await? {
                    Ok(view) => {
                        errors = 0;
                        last_failure = None;
                        if view != last {
                            on_change(&view);
                        }
                        last = view;
                    }
                    Err(failure) => {
                        errors += 1;
                        tracing::warn!(sale_id, %failure, errors, "could not ask Stripe about the sale; backing off");
                        last_failure = Some(failure);
                    }
                }
            }
            if last.is_final {
                break;
            }
            let wait = policy.next_wait(started.elapsed(), errors, last_failure.as_ref());
            tokio::select! {
                _ = tokio::time::sleep(wait) => {}
                _ = waker.notified() => {
                    tracing::debug!(sale_id, "woken by the return page");
                }
            }
        }
        Ok(last)
    }

    /// Cancel: expires the session at Stripe first. If Stripe says the customer already
    /// paid, the sale is paid, not cancelled.
    pub async fn cancel(&self, sale_id: &str) -> Result<SaleView> {
        let lock = self.sale_lock(sale_id)?;
        let _turn = lock.lock().await;
        let record = self
            .observe(sale_id, Observation::CancelRequested, Source::Staff, None)
            .await?;
        let state = record.state;
        if state != SaleState::Canceling {
            // The state machine refused (already paid, expired, ...): say why.
            let status = SaleStatus::of(record.state, record.status_detail.as_deref());
            return match sale::apply(&status, &Observation::CancelRequested) {
                Err(refused) => Err(refused.into()),
                Ok(_) => Ok(self.view(&record)),
            };
        }
        self.finish_cancel(record).await
    }

    /// Drives a `canceling` sale to its end: create-or-get its session (same key), expire it.
    async fn finish_cancel(&self, mut record: SaleRecord) -> Result<SaleView> {
        let sale_id = record.id.clone();
        if record.session_id.is_none() {
            // The session may exist at Stripe although Till never heard back: asking again
            // with the same key returns it, so it can be expired.
            match self.create_session(record.clone(), Source::Staff).await {
                Ok(_) => {}
                Err(e) if e.code == ErrorCode::Stripe => {}
                Err(e) => return Err(e),
            }
            record = self.load(&sale_id).await?;
            if record.state.is_terminal() {
                return Ok(self.view(&record));
            }
        }
        let Some(session_id) = record.session_id.clone() else {
            return Ok(self.view(&record));
        };
        let key = {
            let (id, mode, candidate) = (
                sale_id.clone(),
                record.mode,
                format!("till-{sale_id}-expire"),
            );
            self.store()
                .call(move |l| {
                    l.ensure_idempotency_key(
                        &id,
                        "expire_session",
                        mode.as_str(),
                        &candidate,
                        now_ms(),
                    )
                })
                .await?
        };
        match self.gateway().expire_session(&session_id, &key).await {
            Ok(session) => {
                let record = self.apply_session(record, &session, Source::Staff).await?;
                let record = if session.status == "expired" {
                    self.observe(
                        &sale_id,
                        Observation::CancelConfirmed,
                        Source::Staff,
                        Some(&session),
                    )
                    .await?
                } else {
                    record
                };
                Ok(self.view(&record))
            }
            Err(StripeFailure::Api { status, .. })
                if (400..500).contains(&status) && status != 429 =>
            {
                // Not open any more: the customer may just have paid. Ask Stripe what it is.
                let session = self
                    .gateway()
                    .retrieve_session(&session_id)
                    .await
                    .map_err(|failure| failure.refusal(self.settings().language))?;
                let record = self.apply_session(record, &session, Source::Staff).await?;
                Ok(self.view(&record))
            }
            Err(failure) => Err(failure.refusal(self.settings().language)),
        }
    }

    /// On start: resumes every unfinished sale. `creating` sales retry creation with their
    /// stored key (Stripe returns the same session), `canceling` sales finish cancelling,
    /// the others are looked at once. Returns the sales still waiting, to be watched.
    pub async fn recover(&self) -> Result<Vec<SaleView>> {
        let mode = self.settings().mode.as_str();
        let unfinished = self.store().call(|l| l.unfinished_sales()).await?;
        let mut waiting = Vec::new();
        for sale in unfinished.into_iter().filter(|s| s.mode == mode) {
            let sale_id = sale.id.clone();
            let outcome = match sale.state {
                SaleState::Creating => {
                    let lock = self.sale_lock(&sale_id)?;
                    let _turn = lock.lock().await;
                    self.create_session(sale, Source::Recovery).await
                }
                SaleState::Canceling => {
                    let lock = self.sale_lock(&sale_id)?;
                    let _turn = lock.lock().await;
                    self.finish_cancel(sale).await
                }
                _ => match self.refresh(&sale_id, Source::Recovery).await? {
                    Ok(view) => Ok(view),
                    Err(failure) => {
                        tracing::warn!(sale_id, %failure, "recovery could not reach Stripe; the sale will be watched");
                        self.sale(&sale_id).await
                    }
                },
            };
            match outcome {
                Ok(view) if !view.is_final => waiting.push(view),
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(sale_id, error = %e, "recovery left the sale unfinished");
                    waiting.push(self.sale(&sale_id).await?);
                }
            }
        }
        Ok(waiting)
    }

    /// The newest sales of this register's mode.
    pub async fn recent(&self, state: Option<SaleState>, limit: usize) -> Result<Vec<SaleView>> {
        let mode = self.settings().mode.as_str();
        let state = state.map(SaleState::as_str);
        let records = self
            .store()
            .call(move |l| l.recent_sales(mode, state, limit))
            .await?;
        Ok(records.iter().map(|r| self.view(r)).collect())
    }

    pub fn view(&self, record: &SaleRecord) -> SaleView {
        let status = SaleStatus::of(record.state, record.status_detail.as_deref());
        let language = self.settings().language;
        let (status_text, is_final) = (status.staff_text_in(language), status.state.is_terminal());
        let amount_display =
            Money::new(record.amount_total, record.currency).format(self.settings().locale);
        SaleView {
            id: record.id.clone(),
            mode: record.mode.as_str().to_string(),
            register_id: record.register_id.clone(),
            state: record.state.as_str().to_string(),
            status_text,
            status_short: status.staff_short_in(language),
            declined: status.declined(),
            attempt: attempt_of(&status),
            is_final,
            currency: record.currency.code().to_string(),
            amount_total: record.amount_total,
            amount_display,
            customer_email: record.customer_email.clone(),
            tender: record.tender.as_str().to_string(),
            session_id: record.session_id.clone(),
            url: record.session_url.clone(),
            session_expires_at: record.session_expires_at,
            payment_intent_id: record.payment_intent_id.clone(),
            created_at: record.created_at,
            settled_at: record.settled_at,
        }
    }
}

/// What a fetched session says, as observations for a sale currently in `state`.
pub fn observations_from_session(
    session: &SessionView,
    state: SaleState,
) -> Result<Vec<Observation>> {
    let pi = session.payment_intent.as_ref();
    let paid_money = || -> Result<Money> {
        let currency = Currency::parse(session.currency.as_deref().unwrap_or_default())?;
        Ok(Money::new(session.amount_total.unwrap_or(0), currency))
    };
    let pi_id = || pi.map(|p| p.id.clone()).unwrap_or_default();
    Ok(
        match (session.status.as_str(), session.payment_status.as_str()) {
            ("complete", "paid") | ("complete", "no_payment_required") => {
                if state == SaleState::Processing {
                    vec![Observation::AsyncPaymentSucceeded {
                        payment_intent_id: pi_id(),
                        amount_total: paid_money()?,
                    }]
                } else {
                    vec![Observation::SessionCompletedPaid {
                        payment_intent_id: pi_id(),
                        amount_total: paid_money()?,
                    }]
                }
            }
            ("complete", _) => {
                let failed = pi.is_some_and(|p| {
                    matches!(p.status.as_str(), "requires_payment_method" | "canceled")
                });
                if state == SaleState::Processing && failed {
                    let reason = pi
                        .and_then(|p| p.last_payment_error.as_ref())
                        .and_then(|e| e.message.clone())
                        .unwrap_or_else(|| "the bank refused the payment".into());
                    vec![Observation::AsyncPaymentFailed { reason }]
                } else {
                    vec![Observation::SessionCompletedUnpaid {
                        payment_intent_id: pi.map(|p| p.id.clone()),
                    }]
                }
            }
            ("expired", _) => vec![Observation::SessionExpired],
            _ => match pi {
                Some(p) if p.status == "requires_action" => {
                    vec![Observation::ThreeDSecureInProgress]
                }
                Some(p) if p.status == "requires_payment_method" => match &p.last_payment_error {
                    Some(error) => vec![Observation::AttemptDeclined {
                        decline_code: error
                            .decline_code
                            .clone()
                            .or_else(|| error.code.clone())
                            .unwrap_or_else(|| "card_declined".into()),
                        message: error.message.clone().unwrap_or_default(),
                    }],
                    None => vec![],
                },
                _ => vec![],
            },
        },
    )
}

/// The one Checkout line of a split sale's card part: "Sale sale_… (balance after cash)".
pub fn split_line_name(sale_id: &str) -> String {
    format!("Sale {sale_id} (balance after cash)")
}

/// `create_session` → `create_session:2` → `create_session:3` ...
fn next_purpose(purpose: &str) -> String {
    let (base, number) = match purpose.rsplit_once(':') {
        Some((base, n)) => (base, n.parse::<u32>().unwrap_or(1)),
        None => (purpose, 1),
    };
    format!("{base}:{}", number + 1)
}

/// `phrase`, then what the owner or a manager changed by hand at the till: each line's price
/// set there (the product, old and new unit price, the reason with who), then the manual
/// discount (how much, the reason with who) — a sale's first timeline entry, card, cash or
/// split. `phrase` unchanged when there is none.
pub(crate) fn adjustments_phrase(
    mut phrase: Phrase,
    cart: &Cart,
    locale: crate::money::Locale,
) -> Phrase {
    for o in cart.overrides() {
        phrase.push(
            "timeline-price-override",
            &[
                ("name", o.name.clone()),
                ("was", o.was.format(locale)),
                ("now", o.now.format(locale)),
                ("reason", o.reason.clone()),
            ],
        );
    }
    if let (Some(reason), Some(b)) = (cart.discount_reason(), cart.breakdown().ok().flatten()) {
        phrase.push(
            "timeline-manual-discount",
            &[
                (
                    "amount",
                    crate::money::Money::new(b.discount_minor, b.currency).format(locale),
                ),
                ("reason", reason.to_string()),
            ],
        );
    }
    phrase
}

/// The timeline's words for what a sale with promotion codes was charged: the code typed and
/// its discount, or that none was typed.
fn promotion_note(
    phrase: &mut Phrase,
    record: &SaleRecord,
    paid: &crate::store::PaidFigures,
    locale: crate::money::Locale,
) {
    let money = |minor: i64| Money::new(minor, record.currency).format(locale);
    match &paid.promotion_code {
        Some(code) => phrase.push(
            "timeline-promotion-code",
            &[
                (
                    "code",
                    match paid.coupon.as_ref().and_then(|c| c.name.as_deref()) {
                        Some(name) => format!("{code} ({name})"),
                        None => code.clone(),
                    },
                ),
                ("discount", money(paid.discount)),
                ("charged", money(paid.amount_total)),
                ("asked", money(record.amount_total)),
            ],
        ),
        None => phrase.push("timeline-no-promotion-code", &[]),
    }
}

/// The cart's subtotal, tax per rate and total as the sale records them.
pub(crate) fn cart_pricing(cart: &Cart) -> Option<crate::store::SalePricing> {
    cart.breakdown().ok().flatten().map(|b| {
        let mut pricing = crate::store::SalePricing::of(&b, cart.coupon());
        pricing.promotion_codes = cart.promotion_codes();
        pricing
    })
}

pub(crate) fn cart_lines(cart: &Cart) -> Vec<NewSaleLine> {
    cart.lines()
        .iter()
        .map(|line| NewSaleLine {
            tax_rates: line.item.tax_rates.clone(),
            price_id: line.item.price_id.clone(),
            product_id: line.item.product_id.clone(),
            name: line.item.name.clone(),
            unit_amount: line.item.unit_amount.amount_minor,
            quantity: i64::from(line.quantity),
        })
        .collect()
}

fn validate_sale_id(id: &str, language: Language) -> Result<()> {
    let ok = id.strip_prefix("sale_").is_some_and(|rest| {
        (8..=40).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_alphanumeric())
    });
    if ok {
        Ok(())
    } else {
        Err(Error::invalid_input(crate::i18n::text_with(
            language,
            "checkout-error-sale-id",
            &[("id", crate::i18n::Arg::Text(&format!("{id:?}")))],
        )))
    }
}

/// Test-only crash points: with the `failpoints` feature, `TILL_FAILPOINT=<name>` makes
/// the process exit right there (as a power cut would), so crash recovery can be tested.
#[cfg(feature = "failpoints")]
pub(crate) fn fail_point(name: &str) -> Result<()> {
    if std::env::var("TILL_FAILPOINT").is_ok_and(|v| v == name) {
        tracing::warn!(name, "failpoint hit: exiting abruptly");
        std::process::exit(86);
    }
    Ok(())
}

#[cfg(not(feature = "failpoints"))]
pub(crate) fn fail_point(_name: &str) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stripe::{ApiError, PaymentIntentView};

    fn session(
        status: &str,
        payment_status: &str,
        pi: Option<(&str, Option<&str>)>,
    ) -> SessionView {
        SessionView {
            id: "cs_test_1".into(),
            url: Some("http://127.0.0.1/c/pay/cs_test_1".into()),
            status: status.into(),
            payment_status: payment_status.into(),
            expires_at: 0,
            amount_total: Some(2900),
            currency: Some("usd".into()),
            client_reference_id: None,
            livemode: false,
            subscription_id: None,
            customer_email: None,
            payment_intent: pi.map(|(status, decline)| PaymentIntentView {
                id: "pi_1".into(),
                status: status.into(),
                amount: 2900,
                amount_received: 0,
                last_payment_error: decline.map(|d| ApiError {
                    type_: "card_error".into(),
                    code: Some("card_declined".into()),
                    decline_code: Some(d.into()),
                    message: Some("Your card has insufficient funds.".into()),
                    param: None,
                }),
            }),
        }
    }

    #[test]
    fn sessions_map_to_observations() {
        let awaiting = SaleState::AwaitingPayment;
        assert!(
            observations_from_session(&session("open", "unpaid", None), awaiting)
                .unwrap()
                .is_empty()
        );
        assert_eq!(
            observations_from_session(
                &session("open", "unpaid", Some(("requires_action", None))),
                awaiting
            )
            .unwrap(),
            vec![Observation::ThreeDSecureInProgress]
        );
        assert_eq!(
            observations_from_session(
                &session(
                    "open",
                    "unpaid",
                    Some(("requires_payment_method", Some("insufficient_funds")))
                ),
                awaiting
            )
            .unwrap(),
            vec![Observation::AttemptDeclined {
                decline_code: "insufficient_funds".into(),
                message: "Your card has insufficient funds.".into()
            }]
        );
        let paid = observations_from_session(
            &session("complete", "paid", Some(("succeeded", None))),
            awaiting,
        )
        .unwrap();
        assert!(
            matches!(&paid[..], [Observation::SessionCompletedPaid { payment_intent_id, amount_total }] if payment_intent_id == "pi_1" && amount_total.amount_minor == 2900)
        );
        let later = observations_from_session(
            &session("complete", "paid", Some(("succeeded", None))),
            SaleState::Processing,
        )
        .unwrap();
        assert!(matches!(
            &later[..],
            [Observation::AsyncPaymentSucceeded { .. }]
        ));
        assert_eq!(
            observations_from_session(&session("expired", "unpaid", None), awaiting).unwrap(),
            vec![Observation::SessionExpired]
        );
        assert!(matches!(
            &observations_from_session(
                &session("complete", "unpaid", Some(("processing", None))),
                awaiting
            )
            .unwrap()[..],
            [Observation::SessionCompletedUnpaid { .. }]
        ));
        assert!(matches!(
            &observations_from_session(
                &session(
                    "complete",
                    "unpaid",
                    Some(("requires_payment_method", Some("generic_decline")))
                ),
                SaleState::Processing
            )
            .unwrap()[..],
            [Observation::AsyncPaymentFailed { .. }]
        ));
    }

    #[test]
    fn watch_policy_slows_down_and_backs_off() {
        let p = WatchPolicy::default();
        assert_eq!(p.next_wait(Duration::ZERO, 0, None), Duration::from_secs(1));
        assert_eq!(
            p.next_wait(Duration::from_secs(300), 0, None),
            Duration::from_secs(3)
        );
        assert_eq!(
            p.next_wait(Duration::from_secs(3600), 0, None),
            Duration::from_secs(10)
        );
        assert_eq!(p.next_wait(Duration::ZERO, 1, None), Duration::from_secs(2));
        assert_eq!(
            p.next_wait(Duration::ZERO, 20, None),
            Duration::from_secs(30)
        );
        let limited = StripeFailure::Api {
            status: 429,
            error: ApiError::default(),
            should_retry: Some(true),
            replayed: false,
        };
        assert_eq!(
            p.next_wait(Duration::ZERO, 1, Some(&limited)),
            Duration::from_secs(5)
        );
    }

    #[test]
    fn a_sale_view_gives_the_window_declined_and_the_short_status() {
        let status = SaleStatus {
            state: SaleState::AwaitingPayment,
            attempt: Some(sale::Attempt::Declined {
                decline_code: "insufficient_funds".into(),
            }),
        };
        let view = SaleView {
            id: "sale_12345678".into(),
            mode: "training".into(),
            register_id: "reg_1".into(),
            state: status.state.as_str().into(),
            status_text: status.staff_text(),
            status_short: status.staff_short(),
            declined: status.declined(),
            attempt: attempt_of(&status),
            is_final: false,
            currency: "usd".into(),
            amount_total: 50,
            amount_display: "$0.50".into(),
            customer_email: None,
            tender: "card".into(),
            session_id: None,
            url: None,
            session_expires_at: None,
            payment_intent_id: None,
            created_at: 1,
            settled_at: None,
        };
        let json = serde_json::to_value(&view).unwrap();
        assert_eq!(
            json["statusText"],
            "Declined — insufficient funds. Ask for another card."
        );
        assert_eq!(json["statusShort"], "Declined — insufficient funds");
        assert_eq!(json["declined"], true);
    }

    #[test]
    fn replacement_keys_are_numbered() {
        assert_eq!(next_purpose("create_session"), "create_session:2");
        assert_eq!(next_purpose("create_session:2"), "create_session:3");
    }

    #[test]
    fn sale_ids_and_emails_are_checked() {
        let en = Language::En;
        assert!(validate_sale_id(&Checkout::new_sale_id(), en).is_ok());
        assert!(validate_sale_id("sale_12345678", en).is_ok());
        assert!(validate_sale_id("sale_x", en).is_err());
        assert!(validate_sale_id("sale_../../etc", en).is_err());
        assert!(validate_sale_id("cs_test_abcdefgh", en).is_err());
        assert!(validate_email("a@b.co", en).is_ok());
        assert!(validate_email("a b@c.d", en).is_err());
        assert!(validate_email("nobody", en).is_err());
        assert!(validate_email("a@b", en).is_err());
        // Refused in the till's language; English word for word as before.
        assert_eq!(
            validate_sale_id("sale_x", en).unwrap_err().message,
            "\"sale_x\" is not a sale id (sale_ and 8 to 40 letters or digits)."
        );
        assert_eq!(
            validate_sale_id("sale_x", Language::De)
                .unwrap_err()
                .message,
            "\"sale_x\" ist keine Verkaufs-ID (sale_ und 8 bis 40 Buchstaben oder Ziffern)."
        );
        assert_eq!(
            validate_email("nobody", en).unwrap_err().message,
            "\"nobody\" is not an email address. Check it and type it again."
        );
        let german = validate_email("nobody", Language::De).unwrap_err();
        assert_eq!(
            (german.wire_code(), german.message.as_str()),
            (
                "invalid_email",
                "\"nobody\" ist keine E-Mail-Adresse. Prüfen Sie sie und geben Sie sie erneut ein."
            )
        );
    }
}
