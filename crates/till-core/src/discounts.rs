//! The owner's tax rates and coupons: list the synced ones, create and archive them in
//! Stripe (then a catalog sync, so the register has them at once), and the shop's default tax
//! rate for products that name none. The catalog's permission (a manager or the owner).
//!
//! Each create is sent with a fresh idempotency key that its retries reuse, so a lost answer
//! never makes two; pressing Create again is a new request.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::i18n::text;
use crate::money::Money;
use crate::pricing::{CouponValue, Percent, TaxRate};
use crate::register::Register;
use crate::staff::Action;
use crate::stripe::{NewCoupon, NewTaxRate};

/// A tax rate as the owner types it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct TaxRateInput {
    /// `VAT`, `Sales tax` (Stripe: at most 50 characters).
    pub display_name: String,
    /// `19`, `8.875` (at most four decimals, 0–100).
    pub percentage: String,
    /// Inside the prices (VAT) rather than added on top (US sales tax).
    pub inclusive: bool,
    /// ISO 3166-1 alpha-2 (`DE`), optional.
    pub country: Option<String>,
    /// `NY`, optional.
    pub jurisdiction: Option<String>,
}

/// A synced tax rate, for the owner's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaxRateView {
    pub id: String,
    pub display_name: String,
    /// `19%`, `8.875%` in the display locale.
    pub percentage_display: String,
    pub inclusive: bool,
    /// The shop's default (products without a rate of their own take it).
    pub default: bool,
}

/// A coupon as the owner types it: a percentage or an amount in the till's currency.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CouponInput {
    /// Shown on the sale and the receipt (Stripe: at most 40 characters).
    pub name: String,
    /// `10`, `12.5`; or empty with `amount_off`.
    pub percent_off: Option<String>,
    /// `5.00` in the till's currency; or empty with `percent_off`.
    pub amount_off: Option<String>,
    /// How many sales may use it in all (empty: no limit).
    pub max_redemptions: Option<i64>,
}

fn refused(register: &Register, id: &str, reason: &'static str) -> Error {
    Error::invalid_input(text(register.checkout().settings().language, id)).with_reason(reason)
}

/// The synced tax rates, the default marked.
pub async fn tax_rates(register: &Register) -> Result<Vec<TaxRateView>> {
    let mode = register.checkout().settings().mode.as_str();
    let key = crate::register::default_tax_rate_key(mode);
    let (rates, default) = register
        .checkout()
        .store()
        .call(move |l| Ok((l.cached_tax_rates(mode)?, l.setting(&key)?)))
        .await?;
    let locale = register.locale();
    Ok(rates
        .into_iter()
        .map(|r| TaxRateView {
            default: default.as_deref() == Some(r.id.as_str()),
            percentage_display: locale.format_percent(r.percentage.0),
            id: r.id,
            display_name: r.display_name,
            inclusive: r.inclusive,
        })
        .collect())
}

/// Creates a tax rate in Stripe, then syncs the catalog.
pub async fn create_tax_rate(register: &Register, input: &TaxRateInput) -> Result<TaxRate> {
    let checkout = register.checkout();
    checkout.acting(Action::Catalog)?;
    let language = checkout.settings().language;
    let display_name = input.display_name.trim().to_string();
    if display_name.is_empty() || display_name.chars().count() > 50 {
        return Err(refused(
            register,
            "discounts-error-tax-name",
            "invalid_tax_rate",
        ));
    }
    let percentage = Percent::parse(&input.percentage)
        .map_err(|e| e.refusal(language).with_reason("invalid_tax_rate"))?;
    let country = clean(&input.country).map(|c| c.to_ascii_uppercase());
    if country
        .as_ref()
        .is_some_and(|c| c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic()))
    {
        return Err(refused(
            register,
            "discounts-error-country",
            "invalid_tax_rate",
        ));
    }
    let jurisdiction = clean(&input.jurisdiction);
    if jurisdiction
        .as_ref()
        .is_some_and(|j| j.chars().count() > 50)
    {
        return Err(refused(
            register,
            "discounts-error-jurisdiction",
            "invalid_tax_rate",
        ));
    }
    let rate = NewTaxRate {
        display_name,
        percentage,
        inclusive: input.inclusive,
        country,
        jurisdiction,
    };
    let key = format!(
        "till-txr-{}",
        &crate::checkout::Checkout::new_sale_id()[5..]
    );
    let made = checkout.gateway().create_tax_rate(&rate, &key).await?;
    tracing::info!(tax_rate = %made.id, "tax rate created");
    sync(register).await;
    Ok(TaxRate {
        id: made.id,
        display_name: made.display_name,
        percentage: made.percentage,
        inclusive: made.inclusive,
    })
}

/// Archives a tax rate in Stripe (sales already made keep it); a product that names it can't
/// be sold until it names another. Clears it as the shop's default.
pub async fn archive_tax_rate(register: &Register, id: &str) -> Result<()> {
    let checkout = register.checkout();
    checkout.acting(Action::Catalog)?;
    let rate = register.require_tax_rate(id).await?;
    let key = format!("till-txr-archive-{}", rate.id);
    checkout.gateway().archive_tax_rate(&rate.id, &key).await?;
    let mode = checkout.settings().mode.as_str();
    let setting = crate::register::default_tax_rate_key(mode);
    let was = rate.id.clone();
    checkout
        .store()
        .call(move |l| {
            if l.setting(&setting)?.as_deref() == Some(was.as_str()) {
                l.delete_setting(&setting)?;
            }
            Ok(())
        })
        .await?;
    tracing::info!(tax_rate = %rate.id, "tax rate archived");
    sync(register).await;
    Ok(())
}

/// Sets (or with `None` clears) the shop's default tax rate: one of the synced active rates.
pub async fn set_default_tax_rate(register: &Register, id: Option<&str>) -> Result<()> {
    let checkout = register.checkout();
    checkout.acting(Action::Catalog)?;
    let rate = match id.map(str::trim).filter(|i| !i.is_empty()) {
        Some(id) => Some(register.require_tax_rate(id).await?.id),
        None => None,
    };
    let key = crate::register::default_tax_rate_key(checkout.settings().mode.as_str());
    checkout
        .store()
        .call(move |l| {
            match &rate {
                Some(id) => l.set_setting(&key, id)?,
                None => {
                    l.delete_setting(&key)?;
                }
            }
            Ok(())
        })
        .await?;
    register.load_cached_catalog().await?;
    Ok(())
}

/// Creates a coupon in Stripe, then syncs the catalog (which lists the coupons).
pub async fn create_coupon(
    register: &Register,
    input: &CouponInput,
) -> Result<crate::register::CouponView> {
    let checkout = register.checkout();
    checkout.acting(Action::Catalog)?;
    let language = checkout.settings().language;
    let name = input.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 40 {
        return Err(refused(
            register,
            "discounts-error-coupon-name",
            "invalid_coupon",
        ));
    }
    let value = match (clean(&input.percent_off), clean(&input.amount_off)) {
        (Some(percent), None) => {
            let percent = Percent::parse(&percent)
                .map_err(|e| e.refusal(language).with_reason("invalid_coupon"))?;
            if percent.0 == 0 {
                return Err(refused(
                    register,
                    "discounts-error-coupon-value",
                    "invalid_coupon",
                ));
            }
            CouponValue::PercentOff { percent }
        }
        (None, Some(amount)) => {
            let amount: Money = crate::drawer::parse_amount(
                &amount,
                register.currency(),
                register.locale(),
                language,
            )?;
            if amount.amount_minor <= 0 {
                return Err(refused(
                    register,
                    "discounts-error-coupon-value",
                    "invalid_coupon",
                ));
            }
            CouponValue::AmountOff { amount }
        }
        _ => {
            return Err(refused(
                register,
                "discounts-error-coupon-value",
                "invalid_coupon",
            ))
        }
    };
    if input.max_redemptions.is_some_and(|m| m < 1) {
        return Err(refused(
            register,
            "discounts-error-coupon-max",
            "invalid_coupon",
        ));
    }
    let coupon = NewCoupon {
        name: Some(name),
        value,
        max_redemptions: input.max_redemptions,
        redeem_by: None,
        applies_to: Vec::new(),
    };
    let key = format!(
        "till-coupon-{}",
        &crate::checkout::Checkout::new_sale_id()[5..]
    );
    let made = checkout.gateway().create_coupon(&coupon, &key).await?;
    tracing::info!(coupon = %made.id, "coupon created");
    sync(register).await;
    Ok(register.coupon_view(&crate::pricing::Coupon {
        id: made.id,
        name: made.name,
        value,
    }))
}

/// Deletes a coupon in Stripe (Stripe's way of retiring one: sales that used it keep it).
pub async fn delete_coupon(register: &Register, id: &str) -> Result<()> {
    let checkout = register.checkout();
    checkout.acting(Action::Catalog)?;
    checkout.gateway().delete_coupon(id.trim()).await?;
    tracing::info!(coupon = id.trim(), "coupon deleted");
    sync(register).await;
    Ok(())
}

fn clean(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
}

/// The catalog sync after a change (a failure is logged: the change is made at Stripe, and the
/// next sync brings it).
async fn sync(register: &Register) {
    if let Err(error) = register.sync_catalog().await {
        tracing::warn!(%error, "the catalog sync after a tax or coupon change failed");
    }
}
