//! Tax Rates (`txr_`), Coupons and Promotion Codes (`promo_`): the objects, their parameters,
//! their validity by the simulator's clock, and how they render as Stripe's JSON.
//!
//! What a Checkout Session does with them (the amounts) is in `pricing.rs`.

use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::ids::{new_id, random_suffix};
use crate::model::{Coupon, PromotionCode, State, TaxRate, HUNDRED_PERCENT, PERCENT_SCALE};
use crate::money;
use crate::params::Params;

/// Why a coupon can't be redeemed now, if it can't.
pub fn coupon_problem(coupon: &Coupon, now: i64) -> Option<ApiError> {
    if coupon.redeem_by.is_some_and(|by| by <= now) {
        return Some(
            ApiError::invalid(format!(
                "The coupon `{}` has expired: it could be redeemed until its `redeem_by`.",
                coupon.id
            ))
            .code("coupon_expired"),
        );
    }
    if coupon
        .max_redemptions
        .is_some_and(|max| coupon.times_redeemed >= max)
    {
        return Some(
            ApiError::invalid(format!(
                "The coupon `{}` has been redeemed its `max_redemptions` times and is no longer valid.",
                coupon.id
            ))
            .code("coupon_expired"),
        );
    }
    None
}

/// Why a promotion code can't be redeemed now, if it can't (its coupon is checked apart).
pub fn promotion_code_problem(promo: &PromotionCode, now: i64) -> Option<ApiError> {
    if !promo.active {
        return Some(ApiError::invalid(format!(
            "The promotion code `{}` is inactive.",
            promo.code
        )));
    }
    if promo.expires_at.is_some_and(|at| at <= now) {
        return Some(
            ApiError::invalid(format!("The promotion code `{}` has expired.", promo.code))
                .code("coupon_expired"),
        );
    }
    if promo
        .max_redemptions
        .is_some_and(|max| promo.times_redeemed >= max)
    {
        return Some(
            ApiError::invalid(format!(
                "The promotion code `{}` has been redeemed its `max_redemptions` times.",
                promo.code
            ))
            .code("coupon_expired"),
        );
    }
    None
}

/// Parses a decimal percentage (`19`, `8.875`) into ten-thousandths, at most four decimals, in
/// `min..=100` (Stripe: "decimal values between 0 and 100 inclusive with at most 4 decimal
/// places").
pub fn parse_percentage(text: &str, param: &str, allow_zero: bool) -> ApiResult<u32> {
    let invalid = || {
        ApiError::invalid(format!("Invalid decimal: {text}"))
            .code("parameter_invalid_decimal")
            .param(param)
    };
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || whole.len() > 3 || !digits(whole) || !digits(fraction) {
        return Err(invalid());
    }
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > 4 {
        return Err(ApiError::invalid(format!(
            "{param} accepts at most 4 decimal places (got {text})."
        ))
        .param(param));
    }
    let whole: u32 = whole.parse().map_err(|_| invalid())?;
    let padded = format!("{fraction:0<4}");
    let fraction: u32 = padded.parse().map_err(|_| invalid())?;
    let value = whole * PERCENT_SCALE + fraction;
    if value > HUNDRED_PERCENT || (!allow_zero && value == 0) {
        let lower = if allow_zero {
            "greater than or equal to 0"
        } else {
            "greater than 0"
        };
        return Err(ApiError::invalid(format!(
            "{param} must be {lower} and less than or equal to 100."
        ))
        .param(param));
    }
    Ok(value)
}

/// `190000` → `19.0`, as Stripe's JSON numbers.
fn percent_json(value: u32) -> Value {
    json!(f64::from(value) / f64::from(PERCENT_SCALE))
}

pub fn render_tax_rate(t: &TaxRate) -> Value {
    json!({
        "id": t.id,
        "object": "tax_rate",
        "active": t.active,
        "country": t.country,
        "created": t.created,
        "description": t.description,
        "display_name": t.display_name,
        "effective_percentage": percent_json(t.percentage),
        "flat_amount": null,
        "inclusive": t.inclusive,
        "jurisdiction": t.jurisdiction,
        "jurisdiction_level": null,
        "livemode": false,
        "metadata": t.metadata,
        "percentage": percent_json(t.percentage),
        "rate_type": "percentage",
        "state": t.state,
        "tax_type": t.tax_type,
    })
}

pub fn render_coupon(c: &Coupon, now: i64) -> Value {
    json!({
        "id": c.id,
        "object": "coupon",
        "amount_off": c.amount_off,
        "applies_to": c.applies_to.as_ref().map(|products| json!({ "products": products })),
        "created": c.created,
        "currency": c.currency,
        "duration": c.duration,
        "duration_in_months": c.duration_in_months,
        "livemode": false,
        "max_redemptions": c.max_redemptions,
        "metadata": c.metadata,
        "name": c.name,
        "percent_off": c.percent_off.map(percent_json),
        "redeem_by": c.redeem_by,
        "times_redeemed": c.times_redeemed,
        "valid": coupon_problem(c, now).is_none(),
    })
}

pub fn render_promotion_code(p: &PromotionCode) -> Value {
    json!({
        "id": p.id,
        "object": "promotion_code",
        "active": p.active,
        "code": p.code,
        "created": p.created,
        "customer": null,
        "customer_account": null,
        "expires_at": p.expires_at,
        "livemode": false,
        "max_redemptions": p.max_redemptions,
        "metadata": p.metadata,
        "promotion": {"coupon": p.coupon, "type": "coupon"},
        "restrictions": {
            "currency_options": {},
            "first_time_transaction": false,
            "minimum_amount": null,
            "minimum_amount_currency": null
        },
        "times_redeemed": p.times_redeemed,
    })
}

fn take_country(params: &mut Params) -> ApiResult<Option<String>> {
    let country = params.take_opt_str("country")?;
    if let Some(code) = &country {
        if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_alphabetic()) {
            return Err(ApiError::invalid(format!(
                "Country '{code}' is unknown. Try using a 2-character alphanumeric country code instead, such as 'US', 'EG', or 'GB'."
            ))
            .param("country"));
        }
    }
    Ok(country.map(|c| c.to_ascii_uppercase()))
}

const TAX_TYPES: &[&str] = &[
    "amusement_tax",
    "communications_tax",
    "gst",
    "hst",
    "igst",
    "jct",
    "lease_tax",
    "pst",
    "qst",
    "retail_delivery_fee",
    "rst",
    "sales_tax",
    "service_tax",
    "vat",
];

/// `POST /v1/tax_rates`.
pub fn create_tax_rate(state: &mut State, mut params: Params) -> ApiResult<TaxRate> {
    let display_name = params.require_str("display_name")?;
    if display_name.chars().count() > 50 {
        return Err(ApiError::invalid(
            "Invalid string: display_name must be at most 50 characters",
        )
        .param("display_name"));
    }
    let inclusive = params
        .take_bool("inclusive")?
        .ok_or_else(|| ApiError::missing("inclusive"))?;
    let percentage = params.require_str("percentage")?;
    let percentage = parse_percentage(percentage.trim(), "percentage", true)?;
    let active = params.take_bool("active")?.unwrap_or(true);
    let country = take_country(&mut params)?;
    let description = params.take_opt_str("description")?;
    let jurisdiction = params.take_opt_str("jurisdiction")?;
    let region = params.take_opt_str("state")?;
    let tax_type = params.take_opt_enum("tax_type", TAX_TYPES)?;
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    params.finish()?;
    let now = state.now();
    let seq = state.next_seq();
    let rate = TaxRate {
        id: new_id("txr_"),
        seq,
        created: now,
        display_name,
        description,
        percentage,
        inclusive,
        active,
        country,
        state: region,
        jurisdiction,
        tax_type,
        metadata,
    };
    state.tax_rates.insert(rate.id.clone(), rate.clone());
    Ok(rate)
}

/// `POST /v1/tax_rates/{id}`: `percentage` and `inclusive` cannot change (Stripe: create a
/// new rate instead), so they are unknown parameters here, as on Stripe.
pub fn update_tax_rate(state: &mut State, id: &str, mut params: Params) -> ApiResult<TaxRate> {
    let active = params.take_bool("active")?;
    let country = take_country(&mut params)?;
    let description = params.take_str("description")?;
    let display_name = params.take_opt_str("display_name")?;
    let jurisdiction = params.take_str("jurisdiction")?;
    let region = params.take_str("state")?;
    let tax_type = params.take_opt_enum("tax_type", TAX_TYPES)?;
    let metadata = params.take_metadata_updates("metadata")?;
    params.finish()?;
    let rate = state
        .tax_rates
        .get_mut(id)
        .ok_or_else(|| ApiError::no_such("tax_rate", id, None))?;
    if let Some(active) = active {
        rate.active = active;
    }
    if country.is_some() {
        rate.country = country;
    }
    if let Some(description) = description {
        rate.description = (!description.is_empty()).then_some(description);
    }
    if let Some(name) = display_name {
        rate.display_name = name;
    }
    if let Some(jurisdiction) = jurisdiction {
        rate.jurisdiction = (!jurisdiction.is_empty()).then_some(jurisdiction);
    }
    if let Some(region) = region {
        rate.state = (!region.is_empty()).then_some(region);
    }
    if tax_type.is_some() {
        rate.tax_type = tax_type;
    }
    if let Some(updates) = metadata {
        for (key, value) in updates {
            match value {
                Some(value) => rate.metadata.insert(key, value),
                None => rate.metadata.remove(&key),
            };
        }
    }
    let rate = rate.clone();
    state.touch();
    Ok(rate)
}

fn take_custom_id(params: &mut Params, what: &str) -> ApiResult<Option<String>> {
    let id = params.take_opt_str("id")?;
    if let Some(id) = &id {
        if id.is_empty()
            || id.len() > 200
            || !id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            return Err(ApiError::invalid(format!("Invalid {what} id: {id}")).param("id"));
        }
    }
    Ok(id)
}

/// `POST /v1/coupons`.
pub fn create_coupon(state: &mut State, mut params: Params) -> ApiResult<Coupon> {
    let id = take_custom_id(&mut params, "coupon")?;
    let name = params.take_opt_str("name")?;
    if name.as_ref().is_some_and(|n| n.chars().count() > 40) {
        return Err(
            ApiError::invalid("Invalid string: name must be at most 40 characters").param("name"),
        );
    }
    let percent_off = params.take_opt_str("percent_off")?;
    let amount_off = params.take_int("amount_off")?;
    let currency = params
        .take_opt_str("currency")?
        .map(|c| c.to_ascii_lowercase());
    let duration = params
        .take_opt_enum("duration", &["forever", "once", "repeating"])?
        .unwrap_or_else(|| "once".into());
    let duration_in_months = params.take_int("duration_in_months")?;
    let max_redemptions = params.take_int("max_redemptions")?;
    let redeem_by = params.take_int("redeem_by")?;
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    let applies_to = match params.take_child("applies_to")? {
        None => None,
        Some(mut child) => {
            let products = child.take_str_list("products")?.unwrap_or_default();
            child.finish()?;
            if products.iter().any(|p| !state.products.contains_key(p)) {
                return Err(ApiError::invalid(
                    "applies_to[products] names a product that does not exist.",
                )
                .param("applies_to[products]"));
            }
            Some(products)
        }
    };
    params.finish()?;
    let (percent_off, amount_off) = match (percent_off, amount_off) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "You may only specify one of these parameters: amount_off, percent_off.",
            )
            .param("amount_off"))
        }
        (None, None) => {
            return Err(
                ApiError::invalid("You must pass either amount_off or percent_off.")
                    .param("percent_off"),
            )
        }
        (Some(text), None) => (
            Some(parse_percentage(text.trim(), "percent_off", false)?),
            None,
        ),
        (None, Some(amount)) => {
            if amount < 1 {
                return Err(
                    ApiError::invalid("This value must be greater than or equal to 1.")
                        .code("parameter_invalid_integer")
                        .param("amount_off"),
                );
            }
            (None, Some(amount))
        }
    };
    match (&amount_off, &currency) {
        (Some(_), None) => {
            return Err(
                ApiError::invalid("You must pass currency when passing amount_off.")
                    .param("currency"),
            )
        }
        (None, Some(_)) => {
            return Err(
                ApiError::invalid("You can only pass currency when passing amount_off.")
                    .param("currency"),
            )
        }
        (Some(_), Some(code)) if !money::is_currency_code(code) => {
            return Err(ApiError::invalid(format!("Invalid currency: {code}")).param("currency"))
        }
        _ => {}
    }
    match (duration.as_str(), duration_in_months) {
        ("repeating", None) => return Err(ApiError::missing("duration_in_months")),
        ("repeating", Some(months)) if months < 1 => {
            return Err(
                ApiError::invalid("This value must be greater than or equal to 1.")
                    .code("parameter_invalid_integer")
                    .param("duration_in_months"),
            )
        }
        (other, Some(_)) if other != "repeating" => {
            return Err(ApiError::invalid(
                "You can only pass duration_in_months when duration is repeating.",
            )
            .param("duration_in_months"))
        }
        _ => {}
    }
    if max_redemptions.is_some_and(|max| max < 1) {
        return Err(
            ApiError::invalid("This value must be greater than or equal to 1.")
                .code("parameter_invalid_integer")
                .param("max_redemptions"),
        );
    }
    let now = state.now();
    if redeem_by.is_some_and(|by| by <= now) {
        return Err(ApiError::invalid("Coupon redeem_by must be in the future.").param("redeem_by"));
    }
    let id = id.unwrap_or_else(|| random_suffix(8).to_ascii_uppercase());
    if state.coupons.contains_key(&id) {
        return Err(ApiError::invalid("Coupon already exists.")
            .code("resource_already_exists")
            .param("id"));
    }
    let seq = state.next_seq();
    let coupon = Coupon {
        id,
        seq,
        created: now,
        name,
        percent_off,
        amount_off,
        currency,
        duration,
        duration_in_months,
        max_redemptions,
        redeem_by,
        times_redeemed: 0,
        metadata,
        applies_to,
    };
    state.coupons.insert(coupon.id.clone(), coupon.clone());
    Ok(coupon)
}

/// `POST /v1/promotion_codes` (API 2025-09-30 and later: `promotion[type]=coupon` and
/// `promotion[coupon]`).
pub fn create_promotion_code(state: &mut State, mut params: Params) -> ApiResult<PromotionCode> {
    let mut promotion = params
        .take_child("promotion")?
        .ok_or_else(|| ApiError::missing("promotion"))?;
    let kind = promotion
        .take_opt_enum("type", &["coupon"])?
        .ok_or_else(|| ApiError::missing("promotion[type]"))?;
    let coupon_param = promotion.full("coupon");
    let coupon = promotion
        .take_opt_str("coupon")?
        .ok_or_else(|| ApiError::missing(&coupon_param))?;
    promotion.finish()?;
    debug_assert_eq!(kind, "coupon");
    let code = params.take_opt_str("code")?;
    let active = params.take_bool("active")?.unwrap_or(true);
    let max_redemptions = params.take_int("max_redemptions")?;
    let expires_at = params.take_int("expires_at")?;
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    params.finish()?;
    if !state.coupons.contains_key(&coupon) {
        return Err(ApiError::no_such("coupon", &coupon, Some(&coupon_param)));
    }
    if let Some(code) = &code {
        if code.is_empty() || code.len() > 500 || !code.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(
                ApiError::invalid("The code must contain only alphanumeric characters.")
                    .param("code"),
            );
        }
        let taken = state
            .promotion_codes
            .values()
            .any(|p| p.active && p.code.eq_ignore_ascii_case(code));
        if taken {
            return Err(ApiError::invalid(format!(
                "An active promotion code with `code: {code}` already exists."
            ))
            .code("resource_already_exists")
            .param("code"));
        }
    }
    if max_redemptions.is_some_and(|max| max < 1) {
        return Err(
            ApiError::invalid("This value must be greater than or equal to 1.")
                .code("parameter_invalid_integer")
                .param("max_redemptions"),
        );
    }
    let now = state.now();
    if expires_at.is_some_and(|at| at <= now) {
        return Err(
            ApiError::invalid("The expires_at timestamp must be in the future.")
                .param("expires_at"),
        );
    }
    let seq = state.next_seq();
    let promo = PromotionCode {
        id: new_id("promo_"),
        seq,
        created: now,
        code: code.unwrap_or_else(|| random_suffix(8).to_ascii_uppercase()),
        coupon,
        active,
        max_redemptions,
        expires_at,
        times_redeemed: 0,
        metadata,
    };
    state
        .promotion_codes
        .insert(promo.id.clone(), promo.clone());
    Ok(promo)
}

/// `POST /v1/promotion_codes/{id}`: `active`, `metadata`.
pub fn update_promotion_code(
    state: &mut State,
    id: &str,
    mut params: Params,
) -> ApiResult<PromotionCode> {
    let active = params.take_bool("active")?;
    let metadata = params.take_metadata_updates("metadata")?;
    params.finish()?;
    let promo = state
        .promotion_codes
        .get_mut(id)
        .ok_or_else(|| ApiError::no_such("promotion_code", id, None))?;
    if let Some(active) = active {
        promo.active = active;
    }
    if let Some(updates) = metadata {
        for (key, value) in updates {
            match value {
                Some(value) => promo.metadata.insert(key, value),
                None => promo.metadata.remove(&key),
            };
        }
    }
    let promo = promo.clone();
    state.touch();
    Ok(promo)
}

/// A session completed: its coupon and promotion code were redeemed once more.
pub fn redeem(state: &mut State, session_id: &str) {
    let Some(discount) = state
        .sessions
        .get(session_id)
        .and_then(|s| s.discount.clone())
    else {
        return;
    };
    if let Some(coupon) = state.coupons.get_mut(&discount.coupon) {
        coupon.times_redeemed += 1;
    }
    if let Some(promo) = discount
        .promotion_code
        .as_ref()
        .and_then(|id| state.promotion_codes.get_mut(id))
    {
        promo.times_redeemed += 1;
    }
    state.touch();
}

/// The Discount object (`di_…`) a session's coupon makes.
pub fn render_discount(session_id: &str, d: &crate::model::SessionDiscount) -> Value {
    json!({
        "id": d.id,
        "object": "discount",
        "checkout_session": session_id,
        "customer": null,
        "customer_account": null,
        "end": null,
        "invoice": null,
        "invoice_item": null,
        "promotion_code": d.promotion_code,
        "source": {"coupon": d.coupon, "type": "coupon"},
        "start": d.start,
        "subscription": null,
        "subscription_item": null,
    })
}

fn tax_amount_json(state: &State, rate_id: &str, amount: i64, taxable_amount: i64) -> Value {
    json!({
        "amount": amount,
        "rate": state.tax_rates.get(rate_id).map(render_tax_rate),
        "taxability_reason": null,
        "taxable_amount": taxable_amount,
    })
}

/// A line item's `discounts` and `taxes` (includable fields: only when asked for).
pub fn line_details(
    state: &State,
    session: &crate::model::Session,
    item: &crate::model::LineItem,
) -> (Value, Value) {
    let pricing = item.pricing.clone().unwrap_or_default();
    let discounts: Vec<Value> = match &session.discount {
        Some(d) if pricing.amount_discount > 0 => vec![json!({
            "amount": pricing.amount_discount,
            "discount": render_discount(&session.id, d),
        })],
        _ => Vec::new(),
    };
    let taxes: Vec<Value> = pricing
        .taxes
        .iter()
        .map(|t| tax_amount_json(state, &t.rate, t.amount, t.taxable_amount))
        .collect();
    (Value::Array(discounts), Value::Array(taxes))
}

/// `total_details.breakdown`: the session's discount and its taxes per rate.
pub fn breakdown(state: &State, session: &crate::model::Session) -> Value {
    let discounts: Vec<Value> = match &session.discount {
        Some(d) => vec![json!({
            "amount": session.amount_discount,
            "discount": render_discount(&session.id, d),
        })],
        None => Vec::new(),
    };
    let mut per_rate: Vec<(String, i64, i64)> = Vec::new();
    for item in &session.line_items {
        for tax in item.pricing.iter().flat_map(|p| &p.taxes) {
            match per_rate.iter_mut().find(|(id, _, _)| id == &tax.rate) {
                Some(entry) => {
                    entry.1 += tax.amount;
                    entry.2 += tax.taxable_amount;
                }
                None => per_rate.push((tax.rate.clone(), tax.amount, tax.taxable_amount)),
            }
        }
    }
    let taxes: Vec<Value> = per_rate
        .iter()
        .map(|(id, amount, taxable)| tax_amount_json(state, id, *amount, *taxable))
        .collect();
    json!({"discounts": discounts, "taxes": taxes})
}
