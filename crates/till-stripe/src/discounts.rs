//! Tax rates, coupons and promotion codes at Stripe: listed for the catalog and the counter,
//! created and archived by the owner. Typed through async-stripe's shared objects
//! (`TaxRate`, `Coupon`, `PromotionCode`) and its generic request builder, without compiling
//! async-stripe's billing crate for these few calls. Every POST carries the idempotency key
//! the caller stored first and is retried with that same key; lists are read page by page.

use stripe_client_core::{IdempotencyKey, RequestBuilder, RequestStrategy, StripeMethod};
use stripe_shared::{Coupon, PromotionCode, TaxRate};
use stripe_types::List;
use till_domain::money::{Currency, Money};
use till_domain::pricing::{CouponValue, Percent, PERCENT_100};

use super::{Gateway, StripeFailure};

/// Stripe's largest page.
const PAGE_LIMIT: usize = 100;
/// Pages read at most for one list: 10,000 objects, far more than a shop has.
const MAX_PAGES: usize = 100;

/// A tax rate as Till needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripeTaxRate {
    pub id: String,
    pub display_name: String,
    pub percentage: Percent,
    pub inclusive: bool,
    /// `false`: archived, no longer usable for new sales.
    pub active: bool,
    pub country: Option<String>,
    pub jurisdiction: Option<String>,
    pub livemode: bool,
}

/// A tax rate as the owner types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewTaxRate {
    pub display_name: String,
    pub percentage: Percent,
    pub inclusive: bool,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    pub jurisdiction: Option<String>,
}

/// A coupon as Till needs it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripeCoupon {
    pub id: String,
    pub name: Option<String>,
    /// `None` for a coupon Till cannot use: an amount in a currency Stripe charges but Till
    /// does not know, or a percentage out of range.
    pub value: Option<CouponValue>,
    /// `once`, `repeating` or `forever` (only subscriptions tell them apart).
    pub duration: String,
    pub max_redemptions: Option<i64>,
    /// Unix seconds.
    pub redeem_by: Option<i64>,
    pub times_redeemed: i64,
    /// Stripe's own verdict: not expired and not used up.
    pub valid: bool,
    pub livemode: bool,
}

/// What Stripe charged for a session: `amount_total`, `total_details` and its breakdown (the
/// tax per rate, the discount's coupon and promotion code).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionFigures {
    pub amount_total: i64,
    pub discount: i64,
    pub tax: i64,
    pub taxes: Vec<SessionTax>,
    /// The coupon of the session's discount (the promotion code's, when one was typed).
    pub coupon: Option<StripeCoupon>,
    pub promotion_code: Option<StripePromotionCode>,
}

/// One rate's tax on a session: `total_details.breakdown.taxes[]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionTax {
    pub rate: StripeTaxRate,
    /// `taxable_amount`: what the tax was computed on.
    pub taxable: i64,
    pub amount: i64,
}

/// A coupon as the owner makes it: a percentage or an amount, optionally limited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewCoupon {
    pub name: Option<String>,
    pub value: CouponValue,
    pub max_redemptions: Option<i64>,
    /// Unix seconds.
    pub redeem_by: Option<i64>,
    /// `applies_to[products][]`: only these products' lines are discounted (empty: every
    /// line).
    pub applies_to: Vec<String>,
}

/// A promotion code (what a customer types on Stripe's page) and the coupon it applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StripePromotionCode {
    pub id: String,
    pub code: String,
    pub coupon_id: Option<String>,
    pub active: bool,
    pub max_redemptions: Option<i64>,
    /// Unix seconds.
    pub expires_at: Option<i64>,
    pub times_redeemed: i64,
    pub livemode: bool,
}

/// Stripe's `percentage` (a float with at most four decimals) in Till's unit.
fn percent_from(value: f64) -> Option<Percent> {
    let scaled = (value * 10_000.0).round();
    (scaled.is_finite() && (0.0..=f64::from(PERCENT_100)).contains(&scaled))
        .then_some(Percent(scaled as u32))
}

fn tax_rate_view(rate: TaxRate) -> Result<StripeTaxRate, StripeFailure> {
    let percentage = percent_from(rate.percentage).ok_or_else(|| {
        StripeFailure::Decode(format!(
            "tax rate {} has a percentage Till can't use: {}",
            rate.id.as_str(),
            rate.percentage
        ))
    })?;
    Ok(StripeTaxRate {
        id: rate.id.as_str().to_string(),
        display_name: rate.display_name,
        percentage,
        inclusive: rate.inclusive,
        active: rate.active,
        country: rate.country,
        jurisdiction: rate.jurisdiction,
        livemode: rate.livemode,
    })
}

fn coupon_view(coupon: Coupon) -> StripeCoupon {
    let value =
        match (coupon.percent_off, coupon.amount_off, &coupon.currency) {
            (Some(percent), _, _) => percent_from(percent)
                .filter(|p| p.0 > 0)
                .map(|percent| CouponValue::PercentOff { percent }),
            (None, Some(amount), Some(currency)) => Currency::parse(&currency.to_string())
                .ok()
                .map(|currency| CouponValue::AmountOff {
                    amount: Money::new(amount, currency),
                }),
            _ => None,
        };
    StripeCoupon {
        id: coupon.id.as_str().to_string(),
        name: coupon.name,
        value,
        duration: coupon.duration.as_str().to_string(),
        max_redemptions: coupon.max_redemptions,
        redeem_by: coupon.redeem_by,
        times_redeemed: coupon.times_redeemed,
        valid: coupon.valid,
        livemode: coupon.livemode,
    }
}

fn promotion_code_view(promo: PromotionCode) -> StripePromotionCode {
    StripePromotionCode {
        id: promo.id.as_str().to_string(),
        code: promo.code,
        coupon_id: promo.promotion.coupon.as_ref().map(|c| c.id().to_string()),
        active: promo.active,
        max_redemptions: promo.max_redemptions,
        expires_at: promo.expires_at,
        times_redeemed: promo.times_redeemed,
        livemode: promo.livemode,
    }
}

fn strategy(key: &str) -> Result<RequestStrategy, StripeFailure> {
    IdempotencyKey::new(key)
        .map(RequestStrategy::Idempotent)
        .map_err(|e| StripeFailure::Decode(format!("invalid idempotency key: {e}")))
}

fn form(pairs: &[(&str, String)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (key, value) in pairs {
        serializer.append_pair(key, value);
    }
    serializer.finish()
}

/// An id Till puts in a URL path: Stripe's ids and coupon codes are letters, digits, `_`, `-`.
fn path_id(id: &str, what: &str) -> Result<String, StripeFailure> {
    let ok = !id.is_empty()
        && id.len() <= 255
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if ok {
        Ok(id.to_string())
    } else {
        Err(StripeFailure::Decode(format!("{id:?} is not a {what} id")))
    }
}

/// Every page of a list of `$ty` (newest first, as Stripe sends them). A macro rather than a
/// generic function: the typed decoding needs async-stripe's own deserialization trait.
macro_rules! list_all {
    ($gateway:expr, $ty:ty, $path:expr, $filters:expr, $what:expr) => {{
        let (http, retry) = $gateway.parts();
        let mut all: Vec<$ty> = Vec::new();
        let mut after: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let mut pairs: Vec<(&str, String)> = $filters.to_vec();
            pairs.push(("limit", PAGE_LIMIT.to_string()));
            if let Some(after) = &after {
                pairs.push(("starting_after", after.clone()));
            }
            let query = form(&pairs);
            let page: List<$ty> = retry
                .run($what, || {
                    let request = RequestBuilder {
                        query: Some(query.clone()),
                        body: None,
                        path: $path.to_string(),
                        method: StripeMethod::Get,
                    };
                    async move { request.customize::<List<$ty>>().send(http).await }
                })
                .await?;
            let more = page.has_more;
            after = page.data.last().map(|last| last.id.as_str().to_string());
            all.extend(page.data);
            if !more || after.is_none() {
                break;
            }
        }
        all
    }};
}

/// One GET of a `$ty` at `$path` (a `String`), retried on transient failures.
macro_rules! get_one {
    ($gateway:expr, $ty:ty, $path:expr, $what:expr) => {{
        let (http, retry) = $gateway.parts();
        let path: String = $path;
        let answer: $ty = retry
            .run($what, || {
                let request = RequestBuilder {
                    query: None,
                    body: None,
                    path: path.clone(),
                    method: StripeMethod::Get,
                };
                async move { request.customize::<$ty>().send(http).await }
            })
            .await?;
        answer
    }};
}

/// One POST with a form body answered by a `$ty`, retried with the same idempotency key.
macro_rules! post_typed {
    ($gateway:expr, $ty:ty, $path:expr, $body:expr, $key:expr, $what:expr) => {{
        let strategy = strategy($key)?;
        let (http, retry) = $gateway.parts();
        let path: String = $path;
        let body: String = $body;
        let answer: $ty = retry
            .run($what, || {
                let request = RequestBuilder {
                    query: None,
                    body: Some(body.clone()),
                    path: path.clone(),
                    method: StripeMethod::Post,
                };
                let strategy = strategy.clone();
                async move {
                    request
                        .customize::<$ty>()
                        .request_strategy(strategy)
                        .send(http)
                        .await
                }
            })
            .await?;
        answer
    }};
}

impl Gateway {
    /// The account's tax rates; `active: Some(true)` for the usable ones only.
    pub async fn list_tax_rates(
        &self,
        active: Option<bool>,
    ) -> Result<Vec<StripeTaxRate>, StripeFailure> {
        let filters: Vec<(&str, String)> = active
            .map(|a| vec![("active", a.to_string())])
            .unwrap_or_default();
        list_all!(
            self,
            TaxRate,
            "/tax_rates",
            filters,
            "listing the tax rates"
        )
        .into_iter()
        .map(tax_rate_view)
        .collect()
    }

    /// Creates a tax rate as the owner typed it.
    pub async fn create_tax_rate(
        &self,
        rate: &NewTaxRate,
        idempotency_key: &str,
    ) -> Result<StripeTaxRate, StripeFailure> {
        let mut pairs = vec![
            ("display_name", rate.display_name.clone()),
            ("percentage", rate.percentage.to_decimal_string()),
            ("inclusive", rate.inclusive.to_string()),
        ];
        if let Some(country) = &rate.country {
            pairs.push(("country", country.clone()));
        }
        if let Some(jurisdiction) = &rate.jurisdiction {
            pairs.push(("jurisdiction", jurisdiction.clone()));
        }
        let created = post_typed!(
            self,
            TaxRate,
            "/tax_rates".to_string(),
            form(&pairs),
            idempotency_key,
            "creating the tax rate"
        );
        tax_rate_view(created)
    }

    /// Archives a tax rate (`active=false`): new sales can't use it; past sales keep it.
    pub async fn archive_tax_rate(
        &self,
        tax_rate_id: &str,
        idempotency_key: &str,
    ) -> Result<StripeTaxRate, StripeFailure> {
        let id = path_id(tax_rate_id, "tax rate")?;
        let archived = post_typed!(
            self,
            TaxRate,
            format!("/tax_rates/{id}"),
            form(&[("active", "false".into())]),
            idempotency_key,
            "archiving the tax rate"
        );
        tax_rate_view(archived)
    }

    /// The account's coupons (deleted ones are gone from Stripe's list).
    pub async fn list_coupons(&self) -> Result<Vec<StripeCoupon>, StripeFailure> {
        let none: Vec<(&str, String)> = Vec::new();
        Ok(
            list_all!(self, Coupon, "/coupons", none, "listing the coupons")
                .into_iter()
                .map(coupon_view)
                .collect(),
        )
    }

    /// Creates a coupon: a percentage, or an amount in one currency.
    pub async fn create_coupon(
        &self,
        coupon: &NewCoupon,
        idempotency_key: &str,
    ) -> Result<StripeCoupon, StripeFailure> {
        let mut pairs = vec![("duration", "once".to_string())];
        match coupon.value {
            CouponValue::PercentOff { percent } => {
                pairs.push(("percent_off", percent.to_decimal_string()));
            }
            CouponValue::AmountOff { amount } => {
                pairs.push(("amount_off", amount.amount_minor.to_string()));
                pairs.push(("currency", amount.currency.code().to_string()));
            }
        }
        if let Some(name) = &coupon.name {
            pairs.push(("name", name.clone()));
        }
        if let Some(max) = coupon.max_redemptions {
            pairs.push(("max_redemptions", max.to_string()));
        }
        if let Some(by) = coupon.redeem_by {
            pairs.push(("redeem_by", by.to_string()));
        }
        let product_keys: Vec<String> = (0..coupon.applies_to.len())
            .map(|i| format!("applies_to[products][{i}]"))
            .collect();
        for (key, product) in product_keys.iter().zip(&coupon.applies_to) {
            pairs.push((key.as_str(), product.clone()));
        }
        let created = post_typed!(
            self,
            Coupon,
            "/coupons".to_string(),
            form(&pairs),
            idempotency_key,
            "creating the coupon"
        );
        Ok(coupon_view(created))
    }

    /// Deletes a coupon, Stripe's way of archiving one: it can no longer be applied; sales
    /// that used it keep their amounts.
    pub async fn delete_coupon(&self, coupon_id: &str) -> Result<(), StripeFailure> {
        let id = path_id(coupon_id, "coupon")?;
        let (http, retry) = self.parts();
        retry
            .run("deleting the coupon", || {
                let request = RequestBuilder {
                    query: None,
                    body: None,
                    path: format!("/coupons/{id}"),
                    method: StripeMethod::Delete,
                };
                async move {
                    request
                        .customize::<stripe_shared::DeletedCoupon>()
                        .send(http)
                        .await
                        .map(|_| ())
                }
            })
            .await
    }

    /// What Stripe charged for a session (`expand[]=total_details.breakdown`), with the
    /// discount's coupon and promotion code read as objects.
    pub async fn session_figures(&self, session_id: &str) -> Result<SessionFigures, StripeFailure> {
        let (http, retry) = self.parts();
        let session: stripe_shared::CheckoutSession = retry
            .run("reading what the Checkout Session charged", || async move {
                stripe_checkout::checkout_session::RetrieveCheckoutSession::new(session_id)
                    .expand(vec!["total_details.breakdown".to_string()])
                    .send(http)
                    .await
            })
            .await?;
        let details = session.total_details;
        let breakdown = details.as_ref().and_then(|d| d.breakdown.as_ref());
        let taxes = breakdown
            .map(|b| {
                b.taxes
                    .iter()
                    .map(|tax| {
                        Ok(SessionTax {
                            rate: tax_rate_view(tax.rate.clone())?,
                            taxable: tax.taxable_amount.unwrap_or(0),
                            amount: tax.amount,
                        })
                    })
                    .collect::<Result<Vec<_>, StripeFailure>>()
            })
            .transpose()?
            .unwrap_or_default();
        let discount = breakdown
            .and_then(|b| b.discounts.first())
            .map(|d| &d.discount);
        let coupon = match discount.and_then(|d| d.source.coupon.as_ref()) {
            None => None,
            Some(stripe_types::Expandable::Object(coupon)) => Some(coupon_view((**coupon).clone())),
            Some(expandable) => Some(self.retrieve_coupon(expandable.id().as_str()).await?),
        };
        let promotion_code = match discount.and_then(|d| d.promotion_code.as_ref()) {
            None => None,
            Some(stripe_types::Expandable::Object(promo)) => {
                Some(promotion_code_view((**promo).clone()))
            }
            Some(expandable) => Some(
                self.retrieve_promotion_code(expandable.id().as_str())
                    .await?,
            ),
        };
        Ok(SessionFigures {
            amount_total: session.amount_total.unwrap_or(0),
            discount: details.as_ref().map_or(0, |d| d.amount_discount),
            tax: details.as_ref().map_or(0, |d| d.amount_tax),
            taxes,
            coupon,
            promotion_code,
        })
    }

    /// One coupon, deleted ones included while Stripe still has them.
    pub async fn retrieve_coupon(&self, coupon_id: &str) -> Result<StripeCoupon, StripeFailure> {
        let path = format!("/coupons/{}", path_id(coupon_id, "coupon")?);
        Ok(coupon_view(get_one!(
            self,
            Coupon,
            path,
            "reading a coupon"
        )))
    }

    /// One promotion code.
    pub async fn retrieve_promotion_code(
        &self,
        promotion_code_id: &str,
    ) -> Result<StripePromotionCode, StripeFailure> {
        let path = format!(
            "/promotion_codes/{}",
            path_id(promotion_code_id, "promotion code")?
        );
        Ok(promotion_code_view(get_one!(
            self,
            PromotionCode,
            path,
            "reading a promotion code"
        )))
    }

    /// The account's promotion codes; `active: Some(true)` for those a customer may type.
    pub async fn list_promotion_codes(
        &self,
        active: Option<bool>,
    ) -> Result<Vec<StripePromotionCode>, StripeFailure> {
        let filters: Vec<(&str, String)> = active
            .map(|a| vec![("active", a.to_string())])
            .unwrap_or_default();
        Ok(list_all!(
            self,
            PromotionCode,
            "/promotion_codes",
            filters,
            "listing the promotion codes"
        )
        .into_iter()
        .map(promotion_code_view)
        .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stripe_percentages_become_tills_unit() {
        assert_eq!(percent_from(19.0), Some(Percent(190_000)));
        assert_eq!(percent_from(8.875), Some(Percent(88_750)));
        assert_eq!(percent_from(0.0001), Some(Percent(1)));
        assert_eq!(percent_from(100.0), Some(Percent(PERCENT_100)));
        assert_eq!(percent_from(100.5), None);
        assert_eq!(percent_from(-1.0), None);
        assert_eq!(percent_from(f64::NAN), None);
    }

    #[test]
    fn ids_in_paths_are_checked() {
        assert!(path_id("txr_1AbC", "tax rate").is_ok());
        assert!(path_id("SPRING-10", "coupon").is_ok());
        assert!(path_id("../charges", "coupon").is_err());
        assert!(path_id("", "coupon").is_err());
    }
}
