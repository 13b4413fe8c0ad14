//! Checkout Sessions and what happens when a customer pays: PaymentIntents, charges, events.
//!
//! Everything here is a synchronous change of [`State`]; the HTTP layers (API, hosted page,
//! test helpers, Rust helpers) call into it.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::cards::{self, Behaviour};
use crate::dates::current_year_month;
use crate::error::{ApiError, ApiResult};
use crate::ids::new_id;
use crate::model::{
    render_charge, render_payment_intent, render_session, take_recurring, CardInput, Charge,
    LineItem, MethodDetails, Origin, PaymentIntent, Price, Product, Recurring, Session,
    SessionDiscount, State,
};
use crate::money;
use crate::params::Params;

/// The languages of Stripe's hosted page, as `locale` accepts them (the API reference of
/// "Create a Checkout Session", `locale`).
const CHECKOUT_LOCALES: [&str; 41] = [
    "auto", "bg", "cs", "da", "de", "el", "en", "en-GB", "es", "es-419", "et", "fi", "fil", "fr",
    "fr-CA", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt",
    "pt-BR", "ro", "ru", "sk", "sl", "sv", "th", "tr", "vi", "zh", "zh-HK", "zh-TW",
];

pub const MAX_LINE_ITEMS: usize = 100;
pub const MIN_EXPIRY_SECS: i64 = 30 * 60;
pub const MAX_EXPIRY_SECS: i64 = 24 * 60 * 60;
pub const MAX_CLIENT_REFERENCE_ID: usize = 200;
/// `custom_text[…][message]`: "Text can be up to 1200 characters in length" (API reference;
/// docs.stripe.com/payments/checkout/customization/policies).
pub const MAX_CUSTOM_TEXT: usize = 1200;
/// The positions of `custom_text`.
pub const CUSTOM_TEXT_POSITIONS: [&str; 4] = [
    "after_submit",
    "shipping_address",
    "submit",
    "terms_of_service_acceptance",
];

/// Payment method types a session may allow: cards (instant) and bank debits (delayed).
pub const DELAYED_METHODS: &[&str] = &[
    "us_bank_account",
    "sepa_debit",
    "bacs_debit",
    "au_becs_debit",
    "acss_debit",
];

pub const MSG_3DS_FAILED: &str =
    "We are unable to authenticate your payment method. Please choose a different payment method and try again.";

/// The result of one payment attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AttemptOutcome {
    /// Paid: the session is `complete`/`paid`.
    Succeeded,
    /// Declined: the session stays `open`, the PaymentIntent `requires_payment_method`.
    Declined {
        code: String,
        decline_code: Option<String>,
        message: String,
    },
    /// 3-D Secure is waiting: the PaymentIntent is `requires_action`.
    RequiresAction,
    /// A delayed payment method: the session is `complete`/`unpaid`, the PaymentIntent
    /// `processing`.
    Processing,
}

fn is_url(value: &str) -> bool {
    value.starts_with("http://") || value.starts_with("https://")
}

fn take_url(params: &mut Params, key: &str) -> ApiResult<Option<String>> {
    let value = params.take_opt_str(key)?;
    if let Some(url) = &value {
        if !is_url(url) {
            return Err(ApiError::invalid("Not a valid URL")
                .code("url_invalid")
                .param(params.full(key)));
        }
    }
    Ok(value)
}

fn find_session<'a>(state: &'a mut State, id: &str) -> ApiResult<&'a mut Session> {
    state
        .sessions
        .get_mut(id)
        .ok_or_else(|| ApiError::no_such("checkout.session", id, None))
}

/// Resolves one `line_items[i]` hash into a line item, creating inline prices and products
/// for `price_data` as Stripe does.
fn line_item(state: &mut State, mut item: Params, now: i64, mode: &str) -> ApiResult<LineItem> {
    let price_param = item.full("price");
    let price_id = item.take_opt_str("price")?;
    let price_data = item.take_child("price_data")?;
    let tax_rates_param = item.full("tax_rates");
    let tax_rates = item.take_str_list("tax_rates")?.unwrap_or_default();
    if !tax_rates.is_empty() && mode != "payment" {
        return Err(
            ApiError::invalid("stripe-sim simulates tax rates only in `payment` mode.")
                .param(tax_rates_param),
        );
    }
    for (i, id) in tax_rates.iter().enumerate() {
        let param = format!("{tax_rates_param}[{i}]");
        let rate = state
            .tax_rates
            .get(id)
            .ok_or_else(|| ApiError::no_such("tax_rate", id, Some(&param)))?;
        // "When set to false, this tax rate cannot be used with new applications or Checkout
        // Sessions" (the Tax Rate object, `active`).
        if !rate.active {
            return Err(ApiError::invalid(format!(
                "The tax rate {id} is archived (`active: false`) and cannot be used with new Checkout Sessions."
            ))
            .param(param));
        }
        if tax_rates[..i].contains(id) {
            return Err(ApiError::invalid(format!(
                "The tax rate {id} is given more than once for this line item."
            ))
            .param(param));
        }
    }
    let quantity_param = item.full("quantity");
    let quantity = item
        .take_int("quantity")?
        .ok_or_else(|| ApiError::missing(&quantity_param))?;
    if quantity < 1 {
        return Err(
            ApiError::invalid("This value must be greater than or equal to 1.")
                .code("parameter_invalid_integer")
                .param(quantity_param),
        );
    }
    let price = match (price_id, price_data) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "You may only specify one of these parameters: price, price_data.",
            )
            .param(price_param))
        }
        (None, None) => {
            return Err(ApiError::invalid(
                "You must specify either `price` or `price_data` in each line item.",
            )
            .param(price_param))
        }
        (Some(id), None) => {
            let price = state
                .prices
                .get(&id)
                .cloned()
                .ok_or_else(|| ApiError::no_such("price", &id, Some(&price_param)))?;
            if !price.active {
                return Err(ApiError::invalid(
                    "The price specified is inactive. This field only accepts active prices.",
                )
                .param(price_param));
            }
            price
        }
        (None, Some(data)) => inline_price(state, data, now, mode)?,
    };
    item.finish()?;
    if price.recurring.is_some() && mode == "payment" {
        return Err(ApiError::invalid(
            "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
        )
        .param(price_param));
    }
    let description = state
        .products
        .get(&price.product)
        .map(|p| p.name.clone())
        .unwrap_or_default();
    Ok(LineItem {
        id: new_id("li_"),
        price: price.id.clone(),
        product: price.product.clone(),
        description,
        quantity: quantity as u64,
        unit_amount: price.unit_amount,
        currency: price.currency.clone(),
        tax_rates,
        pricing: None,
    })
}

fn inline_price(state: &mut State, mut data: Params, now: i64, mode: &str) -> ApiResult<Price> {
    let currency_param = data.full("currency");
    let currency = data.require_str("currency")?.to_ascii_lowercase();
    if !money::is_currency_code(&currency) {
        return Err(
            ApiError::invalid(format!("Invalid currency: {currency}")).param(currency_param)
        );
    }
    let amount_param = data.full("unit_amount");
    let unit_amount = data
        .take_int("unit_amount")?
        .ok_or_else(|| ApiError::missing(&amount_param))?;
    if unit_amount < 0 {
        return Err(
            ApiError::invalid("This value must be greater than or equal to 0.")
                .code("parameter_invalid_integer")
                .param(amount_param),
        );
    }
    if unit_amount > money::MAX_AMOUNT {
        return Err(ApiError::invalid(format!(
            "This value must be less than or equal to {}.",
            money::MAX_AMOUNT
        ))
        .code("parameter_invalid_integer")
        .param(amount_param));
    }
    let product_param = data.full("product");
    let product_id = data.take_opt_str("product")?;
    let product_data = data.take_child("product_data")?;
    let tax_behavior = data
        .take_opt_str("tax_behavior")?
        .unwrap_or_else(|| "unspecified".into());
    if data.contains("recurring") && mode == "payment" {
        return Err(ApiError::invalid(
            "You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.",
        )
        .param(data.full("recurring")));
    }
    let recurring = take_recurring(&mut data)?;
    data.finish()?;
    let product_id = match (product_id, product_data) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "You may only specify one of these parameters: product, product_data.",
            )
            .param(product_param))
        }
        (None, None) => {
            return Err(ApiError::invalid(
                "You must specify either `product` or `product_data` when creating a price.",
            )
            .param(product_param))
        }
        (Some(id), None) => {
            if !state.products.contains_key(&id) {
                return Err(ApiError::no_such("product", &id, Some(&product_param)));
            }
            id
        }
        (None, Some(mut product_data)) => {
            let name = product_data.require_str("name")?;
            let description = product_data.take_opt_str("description")?;
            let metadata = product_data.take_metadata("metadata")?.unwrap_or_default();
            let images = product_data.take_str_list("images")?.unwrap_or_default();
            let tax_code = product_data.take_opt_str("tax_code")?;
            let unit_label = product_data.take_opt_str("unit_label")?;
            product_data.finish()?;
            let seq = state.next_seq();
            let id = new_id("prod_");
            let mut product = Product::new(id.clone(), seq, name, now);
            product.description = description;
            product.active = false;
            product.metadata = metadata;
            product.images = images;
            product.unit_label = unit_label;
            product.tax_code = tax_code;
            state.products.insert(id.clone(), product);
            id
        }
    };
    let seq = state.next_seq();
    let mut price = Price::new(
        new_id("price_"),
        seq,
        product_id,
        currency,
        unit_amount,
        now,
    );
    // Inline prices cannot be reused, as on Stripe.
    price.active = false;
    price.recurring = recurring;
    price.tax_behavior = tax_behavior;
    state.prices.insert(price.id.clone(), price.clone());
    Ok(price)
}

/// Line items with their prices resolved, the session currency and the total, validated.
fn priced_items(
    state: &mut State,
    items: Vec<Params>,
    currency: Option<String>,
    now: i64,
    mode: &str,
) -> ApiResult<(Vec<LineItem>, String, i64)> {
    let mut line_items = Vec::with_capacity(items.len());
    for item in items {
        line_items.push(line_item(state, item, now, mode)?);
    }
    if mode == "subscription" {
        check_recurring(state, &line_items)?;
    }
    let session_currency = currency.unwrap_or_else(|| line_items[0].currency.clone());
    if let Some(other) = line_items.iter().find(|i| i.currency != session_currency) {
        return Err(ApiError::invalid(format!(
            "Line items must all use the same currency, but this session has line items in {} and {}.",
            session_currency, other.currency
        ))
        .param("line_items"));
    }
    let total: i64 = line_items
        .iter()
        .fold(0i64, |sum, item| sum.saturating_add(item.amount()));
    Ok((line_items, session_currency, total))
}

/// Stripe's minimum and maximum for what the session charges.
fn check_total(total: i64, session_currency: &str) -> ApiResult<()> {
    let minimum = money::minimum_amount(session_currency);
    if total < minimum {
        return Err(ApiError::invalid(format!(
            "The Checkout Session's total amount due must add up to at least {} {}",
            money::format_amount(minimum, session_currency),
            session_currency
        ))
        .code("amount_too_small"));
    }
    if total > money::MAX_AMOUNT {
        return Err(ApiError::invalid(format!(
            "The Checkout Session's total amount due must be no more than {} {}",
            money::format_amount(money::MAX_AMOUNT, session_currency),
            session_currency
        ))
        .code("amount_too_large"));
    }
    Ok(())
}

/// In `subscription` mode: at least one recurring price, all with the same interval.
fn check_recurring(state: &State, items: &[LineItem]) -> ApiResult<()> {
    let recurring: Vec<&Recurring> = items
        .iter()
        .filter_map(|i| state.prices.get(&i.price))
        .filter_map(|p| p.recurring.as_ref())
        .collect();
    let Some(first) = recurring.first() else {
        return Err(ApiError::invalid(
            "You must provide at least one recurring price in `subscription` mode when using prices.",
        )
        .param("line_items"));
    };
    for other in &recurring[1..] {
        let field = if other.interval != first.interval {
            "interval"
        } else if other.interval_count != first.interval_count {
            "interval_count"
        } else {
            continue;
        };
        return Err(ApiError::invalid(format!(
            "Currency and interval fields must match across all plans on this subscription. Found mismatch in {field} field."
        ))
        .param("line_items"));
    }
    Ok(())
}

/// `POST /v1/checkout/sessions`. `params` has had `expand` taken out.
pub fn create_session(state: &mut State, mut params: Params) -> ApiResult<String> {
    params.check_known(&[
        "mode",
        "ui_mode",
        "client_reference_id",
        "metadata",
        "payment_intent_data",
        "customer_email",
        "expires_at",
        "success_url",
        "cancel_url",
        "allowed_payment_method_types",
        "locale",
        "submit_type",
        "currency",
        "line_items",
        "customer",
        "subscription_data",
        "custom_text",
        "discounts",
        "allow_promotion_codes",
    ])?;
    let now = state.now();
    let mode = params.require_str("mode")?;
    match mode.as_str() {
        "payment" | "subscription" => {}
        "setup" => {
            return Err(ApiError::invalid(format!(
                "stripe-sim supports only `mode=payment` and `mode=subscription`; `{mode}` is not simulated."
            ))
            .param("mode"))
        }
        other => {
            return Err(ApiError::invalid(format!(
                "Invalid mode: must be one of payment, setup, or subscription (got {other})"
            ))
            .param("mode"))
        }
    }
    if let Some(ui_mode) = params.take_opt_str("ui_mode")? {
        if ui_mode != "hosted_page" && ui_mode != "hosted" {
            return Err(ApiError::invalid(format!(
                "stripe-sim supports only the hosted page; ui_mode `{ui_mode}` is not simulated."
            ))
            .param("ui_mode"));
        }
    }
    let client_reference_id = params.take_opt_str("client_reference_id")?;
    if let Some(reference) = &client_reference_id {
        if reference.chars().count() > MAX_CLIENT_REFERENCE_ID {
            let head: String = reference.chars().take(20).collect();
            return Err(ApiError::invalid(format!(
                "Invalid string: {head}...; must be at most {MAX_CLIENT_REFERENCE_ID} characters"
            ))
            .param("client_reference_id"));
        }
    }
    let subscription_mode = mode == "subscription";
    if subscription_mode && params.contains("payment_intent_data") {
        return Err(ApiError::invalid(
            "You can not pass `payment_intent_data` in `subscription` mode.",
        )
        .param("payment_intent_data"));
    }
    if !subscription_mode && params.contains("subscription_data") {
        return Err(
            ApiError::invalid("You can not pass `subscription_data` in `payment` mode.")
                .param("subscription_data"),
        );
    }
    let (subscription_metadata, subscription_description) =
        match params.take_child("subscription_data")? {
            Some(mut data) => {
                let metadata = data.take_metadata("metadata")?.unwrap_or_default();
                let description = data.take_opt_str("description")?;
                data.finish()?;
                (metadata, description)
            }
            None => (Default::default(), None),
        };
    let customer = params.take_opt_str("customer")?;
    if customer.is_some() && !subscription_mode {
        return Err(ApiError::invalid(
            "stripe-sim simulates `customer` only in `subscription` mode.",
        )
        .param("customer"));
    }
    if customer.is_some() && params.contains("customer_email") {
        return Err(ApiError::invalid(
            "You may only specify one of these parameters: customer, customer_email.",
        )
        .param("customer_email"));
    }
    if let Some(id) = &customer {
        if !state.customers.contains_key(id) {
            return Err(ApiError::no_such("customer", id, Some("customer")));
        }
    }
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    let (payment_intent_metadata, payment_intent_description, payment_intent_receipt_email) =
        match params.take_child("payment_intent_data")? {
            Some(mut data) => {
                let metadata = data.take_metadata("metadata")?.unwrap_or_default();
                let description = data.take_opt_str("description")?;
                // Stripe emails its receipt there in live mode whatever the account's email
                // settings; a test-mode payment sends none (see README: Receipts).
                let receipt_email = data.take_opt_str("receipt_email")?;
                if let Some(email) = &receipt_email {
                    if !plausible_email(email) {
                        return Err(ApiError::invalid(format!("Invalid email address: {email}"))
                            .code("email_invalid")
                            .param(data.full("receipt_email")));
                    }
                }
                if let Some(capture) = data.take_opt_str("capture_method")? {
                    if capture != "automatic" && capture != "automatic_async" {
                        return Err(ApiError::invalid(
                            "stripe-sim captures automatically; only capture_method=automatic is simulated.",
                        )
                        .param(data.full("capture_method")));
                    }
                }
                data.finish()?;
                (metadata, description, receipt_email)
            }
            None => (Default::default(), None, None),
        };
    let customer_email = params.take_opt_str("customer_email")?;
    if let Some(email) = &customer_email {
        if !plausible_email(email) {
            return Err(ApiError::invalid(format!("Invalid email address: {email}"))
                .code("email_invalid")
                .param("customer_email"));
        }
    }
    let expires_at = match params.take_int("expires_at")? {
        None => now + MAX_EXPIRY_SECS,
        Some(at) if at - now < MIN_EXPIRY_SECS => {
            return Err(ApiError::invalid(
                "The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.",
            )
            .param("expires_at"))
        }
        Some(at) if at - now > MAX_EXPIRY_SECS => {
            return Err(ApiError::invalid(
                "The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.",
            )
            .param("expires_at"))
        }
        Some(at) => at,
    };
    let success_url = take_url(&mut params, "success_url")?;
    let cancel_url = take_url(&mut params, "cancel_url")?;
    let allowed = params.take_str_list("allowed_payment_method_types")?;
    if let Some(types) = &allowed {
        for (i, kind) in types.iter().enumerate() {
            if kind != "card" && !DELAYED_METHODS.contains(&kind.as_str()) {
                return Err(ApiError::invalid(format!(
                    "stripe-sim does not simulate the payment method type `{kind}`; use card or one of {}.",
                    DELAYED_METHODS.join(", ")
                ))
                .param(format!("allowed_payment_method_types[{i}]")));
            }
        }
        if subscription_mode {
            if let Some(i) = types.iter().position(|t| t != "card") {
                return Err(ApiError::invalid(
                    "stripe-sim simulates only cards in `subscription` mode.",
                )
                .param(format!("allowed_payment_method_types[{i}]")));
            }
        }
        if types.is_empty() {
            return Err(
                ApiError::invalid("allowed_payment_method_types must not be empty.")
                    .param("allowed_payment_method_types"),
            );
        }
    }
    let custom_text = take_custom_text(&mut params)?;
    let locale = params.take_opt_str("locale")?;
    if let Some(code) = &locale {
        if !CHECKOUT_LOCALES.contains(&code.as_str()) {
            return Err(ApiError::invalid(format!(
                "Invalid locale: must be one of {} (got {code})",
                CHECKOUT_LOCALES.join(", ")
            ))
            .param("locale"));
        }
    }
    let submit_type = params.take_opt_str("submit_type")?;
    if let Some(kind) = &submit_type {
        if !["auto", "pay", "book", "donate", "subscribe"].contains(&kind.as_str()) {
            return Err(ApiError::invalid(format!(
                "Invalid submit_type: must be one of auto, book, donate, pay, or subscribe (got {kind})"
            ))
            .param("submit_type"));
        }
    }
    let currency = params
        .take_opt_str("currency")?
        .map(|c| c.to_ascii_lowercase());
    let items = params.take_hash_list("line_items")?;
    let allow_promotion_codes = params.take_bool("allow_promotion_codes")?;
    let discounts = params.take_hash_list("discounts")?;
    // Unknown top-level parameters are reported first, as Stripe does.
    params.finish()?;
    let discount = take_discount(state, discounts, allow_promotion_codes, &mode, now)?;
    let items = items
        .filter(|items| !items.is_empty())
        .ok_or_else(|| ApiError::missing("line_items"))?;
    if items.len() > MAX_LINE_ITEMS {
        return Err(ApiError::invalid(format!(
            "You may only specify up to {MAX_LINE_ITEMS} line items in `{mode}` mode; you passed {}.",
            items.len()
        ))
        .param("line_items"));
    }
    let seq_before = state.seq;
    let priced = priced_items(state, items, currency, now, &mode).and_then(
        |(mut line_items, session_currency, _)| {
            let amounts =
                apply_discount_and_tax(state, &mut line_items, &session_currency, &discount)?;
            check_total(amounts.amount_total, &session_currency)?;
            Ok((line_items, session_currency, amounts))
        },
    );
    let (line_items, session_currency, amounts) = match priced {
        Ok(priced) => priced,
        Err(err) => {
            // Drop the inline prices and products made for this failed request.
            state.prices.retain(|_, p| p.seq <= seq_before);
            state.products.retain(|_, p| p.seq <= seq_before);
            return Err(err);
        }
    };
    let seq = state.next_seq();
    let id = new_id("cs_test_");
    let payment_method_types = allowed.clone().unwrap_or_else(|| vec!["card".into()]);
    state.sessions.insert(
        id.clone(),
        Session {
            id: id.clone(),
            seq,
            created: now,
            expires_at,
            status: "open".into(),
            payment_status: "unpaid".into(),
            currency: session_currency,
            line_items,
            amount_subtotal: amounts.amount_subtotal,
            amount_total: amounts.amount_total,
            client_reference_id,
            metadata,
            payment_intent_metadata,
            payment_intent_description,
            customer_email,
            success_url,
            cancel_url,
            allowed_payment_method_types: allowed,
            payment_method_types,
            payment_intent: None,
            locale,
            submit_type,
            customer_details: None,
            pending_3ds: None,
            last_error_message: None,
            mode,
            customer,
            subscription: None,
            invoice: None,
            subscription_metadata,
            subscription_description,
            custom_text,
            discount: discount.map(|(coupon, promotion_code)| SessionDiscount {
                id: new_id("di_"),
                coupon,
                promotion_code,
                start: now,
            }),
            allow_promotion_codes,
            amount_discount: amounts.amount_discount,
            amount_tax: amounts.amount_tax,
            payment_intent_receipt_email,
        },
    );
    Ok(id)
}

/// `discounts[0][coupon]` or `discounts[0][promotion_code]`, checked by the simulator's clock:
/// the coupon id and the promotion code id it came from.
fn take_discount(
    state: &State,
    discounts: Option<Vec<Params>>,
    allow_promotion_codes: Option<bool>,
    mode: &str,
    now: i64,
) -> ApiResult<Option<(String, Option<String>)>> {
    let Some(discounts) = discounts else {
        return Ok(None);
    };
    // Stripe refuses the pair even when `allow_promotion_codes` is false.
    if allow_promotion_codes.is_some() {
        return Err(ApiError::invalid(
            "You may only specify one of these parameters: allow_promotion_codes, discounts.",
        )
        .param("discounts"));
    }
    if mode != "payment" {
        return Err(
            ApiError::invalid("stripe-sim simulates discounts only in `payment` mode.")
                .param("discounts"),
        );
    }
    let mut discounts = discounts.into_iter();
    let Some(mut first) = discounts.next() else {
        return Ok(None);
    };
    if discounts.next().is_some() {
        return Err(
            ApiError::invalid("You may only specify one discount for a Checkout Session.")
                .param("discounts"),
        );
    }
    let coupon_param = first.full("coupon");
    let promo_param = first.full("promotion_code");
    let coupon = first.take_opt_str("coupon")?;
    let promo = first.take_opt_str("promotion_code")?;
    first.finish()?;
    let (coupon_id, promo_id, param) = match (coupon, promo) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "You may only specify one of these parameters: coupon, promotion_code.",
            )
            .param(coupon_param))
        }
        (None, None) => {
            return Err(ApiError::invalid(
                "You must specify either `coupon` or `promotion_code` in each discount.",
            )
            .param(coupon_param))
        }
        (Some(coupon), None) => (coupon, None, coupon_param),
        (None, Some(id)) => {
            let promo = state
                .promotion_codes
                .get(&id)
                .ok_or_else(|| ApiError::no_such("promotion_code", &id, Some(&promo_param)))?;
            if let Some(problem) = crate::discounts::promotion_code_problem(promo, now) {
                return Err(problem.param(promo_param));
            }
            (promo.coupon.clone(), Some(id), promo_param)
        }
    };
    let coupon = state
        .coupons
        .get(&coupon_id)
        .ok_or_else(|| ApiError::no_such("coupon", &coupon_id, Some(&param)))?;
    if let Some(problem) = crate::discounts::coupon_problem(coupon, now) {
        return Err(problem.param(param));
    }
    Ok(Some((coupon_id, promo_id)))
}

/// The customer typed a promotion code on the hosted page of a session created with
/// `allow_promotion_codes=true`: the code's coupon applies, the amounts are computed again,
/// and a PaymentIntent still waiting for a card asks for the new total. Refusals are the page's
/// message for the customer.
/// What Checkout's page says of a promotion code it cannot apply (unknown, expired, used up).
pub const MSG_CODE_INVALID: &str = "This code is invalid.";

pub fn apply_promotion_code(state: &mut State, session_id: &str, code: &str) -> ApiResult<()> {
    let now = state.now();
    let session = state
        .sessions
        .get(session_id)
        .ok_or_else(|| ApiError::no_such("checkout.session", session_id, None))?;
    if session.status != "open" {
        return Err(ApiError::invalid(format!(
            "This Checkout Session is {}; a promotion code can only be added while it is open.",
            session.status
        )));
    }
    if session.allow_promotion_codes != Some(true) {
        return Err(ApiError::invalid(
            "This Checkout Session does not accept promotion codes (`allow_promotion_codes` is not true).",
        ));
    }
    if session.discount.is_some() {
        return Err(ApiError::invalid(
            "A promotion code is already applied to this Checkout Session.",
        ));
    }
    let invalid = || ApiError::invalid(MSG_CODE_INVALID).param("promotion_code");
    let code = code.trim();
    let promo = state
        .promotion_codes
        .values()
        .find(|p| p.active && p.code.eq_ignore_ascii_case(code))
        .ok_or_else(invalid)?;
    if crate::discounts::promotion_code_problem(promo, now).is_some() {
        return Err(invalid());
    }
    let promo_id = promo.id.clone();
    let coupon_id = promo.coupon.clone();
    let coupon = state.coupons.get(&coupon_id).ok_or_else(invalid)?;
    if crate::discounts::coupon_problem(coupon, now).is_some() {
        return Err(invalid());
    }
    let discount = Some((coupon_id.clone(), Some(promo_id.clone())));
    let currency = session.currency.clone();
    let mut lines = session.line_items.clone();
    // A coupon in another currency is refused like an unknown code.
    let amounts =
        apply_discount_and_tax(state, &mut lines, &currency, &discount).map_err(|_| invalid())?;
    check_total(amounts.amount_total, &currency)?;
    let payment_intent = {
        let session = find_session(state, session_id)?;
        session.line_items = lines;
        session.amount_subtotal = amounts.amount_subtotal;
        session.amount_discount = amounts.amount_discount;
        session.amount_tax = amounts.amount_tax;
        session.amount_total = amounts.amount_total;
        session.discount = Some(SessionDiscount {
            id: new_id("di_"),
            coupon: coupon_id,
            promotion_code: Some(promo_id),
            start: now,
        });
        session.payment_intent.clone()
    };
    if let Some(pi) = payment_intent.and_then(|id| state.payment_intents.get_mut(&id)) {
        if pi.status == "requires_payment_method" {
            pi.amount = amounts.amount_total;
        }
    }
    state.touch();
    Ok(())
}

/// Prices the lines with the session's coupon and tax rates; refuses an `amount_off` coupon
/// in another currency than the session's.
fn apply_discount_and_tax(
    state: &State,
    line_items: &mut [LineItem],
    session_currency: &str,
    discount: &Option<(String, Option<String>)>,
) -> ApiResult<crate::pricing::SessionPricing> {
    let coupon = match discount {
        Some((id, promo)) => {
            let coupon = state
                .coupons
                .get(id)
                .ok_or_else(|| ApiError::no_such("coupon", id, Some("discounts[0][coupon]")))?;
            if let Some(currency) = &coupon.currency {
                if currency != session_currency {
                    let param = if promo.is_some() {
                        "discounts[0][promotion_code]"
                    } else {
                        "discounts[0][coupon]"
                    };
                    return Err(ApiError::invalid(format!(
                        "The coupon {} is in {currency}, but this Checkout Session is in {session_currency}. Use a coupon in {session_currency} or a percent_off coupon.",
                        coupon.id
                    ))
                    .param(param));
                }
            }
            Some(coupon)
        }
        None => None,
    };
    let items: Vec<(i64, Vec<&crate::model::TaxRate>, &str)> = line_items
        .iter()
        .map(|item| {
            let rates = item
                .tax_rates
                .iter()
                .filter_map(|id| state.tax_rates.get(id))
                .collect();
            (item.amount(), rates, item.product.as_str())
        })
        .collect();
    let amounts = crate::pricing::price(session_currency, &items, coupon);
    let priced = discount.is_some() || line_items.iter().any(|i| !i.tax_rates.is_empty());
    if priced {
        for (item, pricing) in line_items.iter_mut().zip(&amounts.lines) {
            item.pricing = Some(pricing.clone());
        }
    }
    Ok(amounts)
}

/// What Stripe takes as an email address here: an `@` and at most 800 characters.
fn plausible_email(email: &str) -> bool {
    email.contains('@') && email.len() <= 800
}

/// `custom_text[<position>][message]`: each message at most [`MAX_CUSTOM_TEXT`] characters;
/// an empty position (`custom_text[submit]=`) is unset, as on Stripe.
fn take_custom_text(params: &mut Params) -> ApiResult<BTreeMap<String, String>> {
    let mut texts = BTreeMap::new();
    let Some(mut custom) = params.take_child("custom_text")? else {
        return Ok(texts);
    };
    custom.check_known(&CUSTOM_TEXT_POSITIONS)?;
    for position in CUSTOM_TEXT_POSITIONS {
        let Some(mut text) = custom.take_child(position)? else {
            continue;
        };
        let full = text.full("message");
        let message = text.take_opt_str("message")?;
        text.finish()?;
        let Some(message) = message else {
            return Err(ApiError::missing(&full));
        };
        if message.chars().count() > MAX_CUSTOM_TEXT {
            let head: String = message.chars().take(20).collect();
            return Err(ApiError::invalid(format!(
                "Invalid string: {head}...; must be at most {MAX_CUSTOM_TEXT} characters"
            ))
            .param(full));
        }
        if !message.is_empty() {
            texts.insert(position.to_string(), message);
        }
    }
    custom.finish()?;
    Ok(texts)
}

fn session_json(state: &State, id: &str) -> Value {
    state
        .sessions
        .get(id)
        .map(|s| render_session(s, state.page_base()))
        .unwrap_or(Value::Null)
}

fn pi_json(state: &State, id: &str) -> Value {
    state
        .payment_intents
        .get(id)
        .map(render_payment_intent)
        .unwrap_or(Value::Null)
}

/// Expires an open session: `expired`, its PaymentIntent (if any and unpaid) `canceled`,
/// event `checkout.session.expired`.
pub fn expire_session(state: &mut State, id: &str, origin: &Origin) -> ApiResult<()> {
    let now = state.now();
    let session = find_session(state, id)?;
    if session.status != "open" {
        return Err(ApiError::invalid(format!(
            "Only Checkout Sessions with a status in [\"open\"] can be expired. This Checkout Session has a status of `{}`.",
            session.status
        )));
    }
    session.status = "expired".into();
    session.pending_3ds = None;
    let pi_id = session.payment_intent.clone();
    state.touch();
    if let Some(pi_id) = pi_id {
        if let Some(pi) = state.payment_intents.get_mut(&pi_id) {
            if pi.status != "succeeded" && pi.status != "canceled" {
                pi.status = "canceled".into();
                pi.canceled_at = Some(now);
                pi.cancellation_reason = Some("abandoned".into());
                pi.next_action = None;
                let object = render_payment_intent(pi);
                state.emit("payment_intent.canceled", object, None, origin);
            }
        }
    }
    let object = session_json(state, id);
    state.emit("checkout.session.expired", object, None, origin);
    Ok(())
}

/// Expires every open session whose `expires_at` has passed (Stripe does this on its own; the
/// simulator does it lazily on access and on a one-second tick).
pub fn expire_due_sessions(state: &mut State) {
    let now = state.now();
    let due: Vec<String> = state
        .sessions
        .values()
        .filter(|s| s.status == "open" && s.expires_at <= now)
        .map(|s| s.id.clone())
        .collect();
    for id in due {
        // Only open sessions were selected, so this cannot fail.
        let _ = expire_session(state, &id, &Origin::default());
    }
}

fn open_session<'a>(state: &'a mut State, id: &str) -> ApiResult<&'a mut Session> {
    let session = find_session(state, id)?;
    if session.status != "open" {
        return Err(ApiError::invalid(format!(
            "This Checkout Session is no longer open: its status is `{}`.",
            session.status
        ))
        .param("session"));
    }
    Ok(session)
}

/// The session's PaymentIntent, created on the first attempt (as on Stripe since 2022-08-01).
fn ensure_payment_intent(state: &mut State, session_id: &str) -> ApiResult<String> {
    let now = state.now();
    let session = find_session(state, session_id)?;
    if let Some(id) = &session.payment_intent {
        return Ok(id.clone());
    }
    let id = new_id("pi_");
    let pi = PaymentIntent {
        id: id.clone(),
        seq: 0,
        created: now,
        amount: session.amount_total,
        amount_received: 0,
        currency: session.currency.clone(),
        status: "requires_payment_method".into(),
        metadata: session.payment_intent_metadata.clone(),
        description: session.payment_intent_description.clone(),
        receipt_email: session.payment_intent_receipt_email.clone(),
        latest_charge: None,
        last_payment_error: None,
        payment_method: None,
        next_action: None,
        payment_method_types: session.payment_method_types.clone(),
        canceled_at: None,
        cancellation_reason: None,
        client_secret: format!("{id}_secret_{}", crate::ids::random_suffix(25)),
        session: session_id.to_string(),
    };
    session.payment_intent = Some(id.clone());
    let seq = state.next_seq();
    let object = render_payment_intent(&PaymentIntent { seq, ..pi.clone() });
    state
        .payment_intents
        .insert(id.clone(), PaymentIntent { seq, ..pi });
    state.emit("payment_intent.created", object, None, &Origin::default());
    Ok(id)
}

fn card_details(
    number: &str,
    card: &cards::TestCard,
    exp_month: u32,
    exp_year: u32,
) -> MethodDetails {
    let digits = cards::normalize(number);
    let last4 = digits[digits.len().saturating_sub(4)..].to_string();
    // A stable fingerprint per card number, as Stripe's is per card.
    let fingerprint: String = crate::webhook::sha256_hex(digits.as_bytes())
        .chars()
        .take(16)
        .collect();
    MethodDetails {
        kind: "card".into(),
        brand: card.brand.into(),
        last4,
        exp_month,
        exp_year,
        funding: card.funding.into(),
        fingerprint,
        number: digits,
    }
}

fn new_charge(
    state: &mut State,
    pi_id: &str,
    method: MethodDetails,
    payment_method: &str,
    failure: Option<(&str, &str, Option<&str>)>,
) -> ApiResult<String> {
    let now = state.now();
    let session_id = state
        .payment_intents
        .get(pi_id)
        .map(|pi| pi.session.clone())
        .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
    let (email, name) = state
        .sessions
        .get(&session_id)
        .and_then(|s| s.customer_details.clone())
        .unwrap_or((None, None));
    let pi = state
        .payment_intents
        .get(pi_id)
        .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
    let (status, outcome) = match failure {
        None => (
            "succeeded",
            json!({
                "advice_code": null,
                "network_advice_code": null,
                "network_decline_code": null,
                "network_status": "approved_by_network",
                "reason": null,
                "risk_level": "normal",
                "risk_score": 32,
                "seller_message": "Payment complete.",
                "type": "authorized"
            }),
        ),
        Some((code, _, decline_code)) => {
            let reason = decline_code.unwrap_or(code);
            let seller_message = match decline_code {
                Some("generic_decline") | None => {
                    "The bank did not return any further details with this decline.".to_string()
                }
                Some(other) => format!("The bank returned the decline code `{other}`."),
            };
            let (kind, network) = if reason == "fraudulent" {
                ("blocked", "not_sent_to_network")
            } else {
                ("issuer_declined", "declined_by_network")
            };
            (
                "failed",
                json!({
                    "advice_code": null,
                    "network_advice_code": null,
                    "network_decline_code": null,
                    "network_status": network,
                    "reason": reason,
                    "risk_level": "normal",
                    "risk_score": 40,
                    "seller_message": seller_message,
                    "type": kind
                }),
            )
        }
    };
    let charge = Charge {
        id: new_id("ch_"),
        seq: 0,
        created: now,
        amount: pi.amount,
        amount_captured: if failure.is_none() { pi.amount } else { 0 },
        amount_refunded: 0,
        currency: pi.currency.clone(),
        status: status.into(),
        paid: failure.is_none(),
        payment_intent: pi.id.clone(),
        payment_method: payment_method.to_string(),
        metadata: pi.metadata.clone(),
        description: pi.description.clone(),
        failure_code: failure.map(|(code, _, _)| code.to_string()),
        failure_message: failure.map(|(_, message, _)| message.to_string()),
        outcome,
        method,
        billing_email: email,
        billing_name: name,
        receipt_email: pi.receipt_email.clone(),
    };
    let seq = state.next_seq();
    let charge = Charge { seq, ..charge };
    let id = charge.id.clone();
    let object = render_charge(&charge);
    state.charges.insert(id.clone(), charge);
    let kind = if failure.is_none() {
        "charge.succeeded"
    } else {
        "charge.failed"
    };
    state.emit(kind, object, None, &Origin::default());
    Ok(id)
}

fn succeed(
    state: &mut State,
    session_id: &str,
    pi_id: &str,
    method: MethodDetails,
) -> ApiResult<()> {
    let payment_method = new_id("pm_");
    let charge = new_charge(state, pi_id, method, &payment_method, None)?;
    let pi = state
        .payment_intents
        .get_mut(pi_id)
        .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
    pi.status = "succeeded".into();
    pi.amount_received = pi.amount;
    pi.latest_charge = Some(charge);
    pi.payment_method = Some(payment_method);
    pi.last_payment_error = None;
    pi.next_action = None;
    let object = render_payment_intent(pi);
    state.emit("payment_intent.succeeded", object, None, &Origin::default());
    let session = find_session(state, session_id)?;
    let was_complete = session.status == "complete";
    session.status = "complete".into();
    session.payment_status = "paid".into();
    session.pending_3ds = None;
    session.last_error_message = None;
    state.touch();
    if !was_complete {
        crate::discounts::redeem(state, session_id);
    }
    let object = session_json(state, session_id);
    let kind = if was_complete {
        "checkout.session.async_payment_succeeded"
    } else {
        "checkout.session.completed"
    };
    state.emit(kind, object, None, &Origin::default());
    Ok(())
}

fn decline(
    state: &mut State,
    session_id: &str,
    pi_id: &str,
    method: MethodDetails,
    code: &str,
    decline_code: Option<&str>,
    message: &str,
) -> ApiResult<AttemptOutcome> {
    // Stripe's form catches a number failing Luhn before a charge is attempted.
    let charge = if code == "incorrect_number" {
        None
    } else {
        let payment_method = new_id("pm_");
        Some(new_charge(
            state,
            pi_id,
            method,
            &payment_method,
            Some((code, message, decline_code)),
        )?)
    };
    let mut error = json!({
        "type": "card_error",
        "code": code,
        "doc_url": format!("https://stripe.com/docs/error-codes/{}", code.replace('_', "-")),
        "message": message,
        "payment_method_type": "card",
    });
    if let Some(decline_code) = decline_code {
        error["decline_code"] = json!(decline_code);
    }
    if let Some(charge) = &charge {
        error["charge"] = json!(charge);
    }
    let pi = state
        .payment_intents
        .get_mut(pi_id)
        .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
    pi.status = "requires_payment_method".into();
    pi.last_payment_error = Some(error);
    pi.payment_method = None;
    pi.next_action = None;
    if charge.is_some() {
        pi.latest_charge = charge;
    }
    let object = render_payment_intent(pi);
    state.emit(
        "payment_intent.payment_failed",
        object,
        None,
        &Origin::default(),
    );
    let session = find_session(state, session_id)?;
    session.pending_3ds = None;
    session.last_error_message = Some(message.to_string());
    state.touch();
    Ok(AttemptOutcome::Declined {
        code: code.to_string(),
        decline_code: decline_code.map(str::to_string),
        message: message.to_string(),
    })
}

fn apply_behaviour(
    state: &mut State,
    session_id: &str,
    pi_id: &str,
    card: &CardInput,
    test_card: &cards::TestCard,
    behaviour: &Behaviour,
) -> ApiResult<AttemptOutcome> {
    let method = card_details(&card.number, test_card, card.exp_month, card.exp_year);
    match behaviour {
        Behaviour::Succeed => {
            succeed(state, session_id, pi_id, method)?;
            Ok(AttemptOutcome::Succeeded)
        }
        Behaviour::Decline {
            code,
            decline_code,
            message,
        } => decline(
            state,
            session_id,
            pi_id,
            method,
            code,
            *decline_code,
            message,
        ),
        Behaviour::ThreeDSecure { .. } => {
            let base_url = state.page_base().to_string();
            let pi = state
                .payment_intents
                .get_mut(pi_id)
                .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
            pi.status = "requires_action".into();
            pi.payment_method = Some(new_id("pm_"));
            pi.last_payment_error = None;
            pi.next_action = Some(json!({
                "type": "redirect_to_url",
                "redirect_to_url": {
                    "url": format!("{base_url}/c/pay/{session_id}/3ds"),
                    "return_url": format!("{base_url}/c/pay/{session_id}")
                }
            }));
            let object = render_payment_intent(pi);
            state.emit(
                "payment_intent.requires_action",
                object,
                None,
                &Origin::default(),
            );
            let session = find_session(state, session_id)?;
            session.pending_3ds = Some(card.clone());
            session.last_error_message = None;
            state.touch();
            Ok(AttemptOutcome::RequiresAction)
        }
    }
}

/// Validates the card as Stripe's form does, before anything reaches the API. `Err` carries
/// the message to show next to the form; nothing changes in that case.
pub fn check_card_form(
    state: &State,
    number: &str,
    expiry: &str,
    cvc: &str,
) -> Result<(cards::TestCard, CardInput), String> {
    let (year, month) = current_year_month(state.now());
    let (card, exp_month, exp_year) =
        cards::validate_form(number, expiry, cvc, year, month).map_err(str::to_string)?;
    Ok((
        card,
        CardInput {
            number: cards::normalize(number),
            exp_month,
            exp_year,
            cvc: cvc.to_string(),
        },
    ))
}

/// One attempt to pay `session_id` with a card that passed the form checks.
pub fn attempt_card(
    state: &mut State,
    session_id: &str,
    card: CardInput,
    test_card: &cards::TestCard,
    email: Option<String>,
    name: Option<String>,
) -> ApiResult<AttemptOutcome> {
    let session = open_session(state, session_id)?;
    if !session.payment_method_types.iter().any(|t| t == "card") {
        return Err(ApiError::invalid(format!(
            "This Checkout Session does not accept cards (its payment_method_types are {:?}).",
            session.payment_method_types
        ))
        .param("payment_method_type"));
    }
    if session.pending_3ds.is_some() {
        return Err(ApiError::invalid(
            "A 3-D Secure authentication is in progress for this Checkout Session: complete or fail it first.",
        )
        .param("session"));
    }
    let email = email
        .filter(|e| !e.is_empty())
        .or_else(|| session.customer_email.clone());
    if session.mode == "subscription" {
        let customer = session.customer.clone();
        let customer_email = customer
            .as_ref()
            .and_then(|id| state.customers.get(id))
            .and_then(|c| c.email.clone());
        let email = email.or(customer_email);
        if email.is_none() && customer.is_none() {
            return Err(ApiError::invalid(MSG_EMAIL_REQUIRED).param("email"));
        }
        let name = name.filter(|n| !n.is_empty());
        if let Some(session) = state.sessions.get_mut(session_id) {
            session.customer_details = Some((email, name));
        }
        return subscription_behaviour(state, session_id, &card, &test_card.behaviour);
    }
    session.customer_details = Some((email, name.filter(|n| !n.is_empty())));
    let pi_id = ensure_payment_intent(state, session_id)?;
    apply_behaviour(
        state,
        session_id,
        &pi_id,
        &card,
        test_card,
        &test_card.behaviour,
    )
}

/// What the customer sees (and the hosted page requires) when a subscription session has no
/// email yet.
pub const MSG_EMAIL_REQUIRED: &str =
    "Your email is incomplete. A subscription needs the customer's email: create the session with `customer_email` or `customer`, or enter it on the page (`email` for the test helper).";

/// A card attempt in `subscription` mode. Stripe shows no PaymentIntent on such a session:
/// success creates the customer, subscription and paid first invoice; a decline only leaves
/// the message on the page; 3-D Secure waits on the session.
fn subscription_behaviour(
    state: &mut State,
    session_id: &str,
    card: &CardInput,
    behaviour: &Behaviour,
) -> ApiResult<AttemptOutcome> {
    match behaviour {
        Behaviour::Succeed => {
            crate::billing::complete_session(state, session_id, &card.number)?;
            Ok(AttemptOutcome::Succeeded)
        }
        Behaviour::Decline {
            code,
            decline_code,
            message,
        } => {
            let session = find_session(state, session_id)?;
            session.pending_3ds = None;
            session.last_error_message = Some(message.to_string());
            state.touch();
            Ok(AttemptOutcome::Declined {
                code: code.to_string(),
                decline_code: decline_code.map(str::to_string),
                message: message.to_string(),
            })
        }
        Behaviour::ThreeDSecure { .. } => {
            let session = find_session(state, session_id)?;
            session.pending_3ds = Some(card.clone());
            session.last_error_message = None;
            state.touch();
            Ok(AttemptOutcome::RequiresAction)
        }
    }
}

/// Completes (`succeed`) or fails the pending 3-D Secure authentication.
pub fn finish_3ds(
    state: &mut State,
    session_id: &str,
    succeed_auth: bool,
) -> ApiResult<AttemptOutcome> {
    let session = open_session(state, session_id)?;
    let card = session.pending_3ds.clone().ok_or_else(|| {
        ApiError::invalid("No 3-D Secure authentication is pending for this Checkout Session.")
            .param("session")
    })?;
    if session.mode == "subscription" {
        let test_card = cards::lookup(&card.number)
            .ok_or_else(|| ApiError::internal("pending 3-D Secure card is malformed"))?;
        if succeed_auth {
            let then = match &test_card.behaviour {
                Behaviour::ThreeDSecure { then } => (**then).clone(),
                other => other.clone(),
            };
            session.pending_3ds = None;
            return subscription_behaviour(state, session_id, &card, &then);
        }
        session.pending_3ds = None;
        session.last_error_message = Some(MSG_3DS_FAILED.to_string());
        state.touch();
        return Ok(AttemptOutcome::Declined {
            code: "payment_intent_authentication_failure".into(),
            decline_code: None,
            message: MSG_3DS_FAILED.into(),
        });
    }
    let pi_id = session
        .payment_intent
        .clone()
        .ok_or_else(|| ApiError::internal("3-D Secure pending without a PaymentIntent"))?;
    let test_card = cards::lookup(&card.number)
        .ok_or_else(|| ApiError::internal("pending 3-D Secure card is malformed"))?;
    if succeed_auth {
        let then = match &test_card.behaviour {
            Behaviour::ThreeDSecure { then } => (**then).clone(),
            other => other.clone(),
        };
        if let Some(session) = state.sessions.get_mut(session_id) {
            session.pending_3ds = None;
        }
        return apply_behaviour(state, session_id, &pi_id, &card, &test_card, &then);
    }
    let message = "The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.";
    let pi = state
        .payment_intents
        .get_mut(&pi_id)
        .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
    pi.status = "requires_payment_method".into();
    pi.payment_method = None;
    pi.next_action = None;
    pi.last_payment_error = Some(json!({
        "type": "invalid_request_error",
        "code": "payment_intent_authentication_failure",
        "doc_url": "https://stripe.com/docs/error-codes/payment-intent-authentication-failure",
        "message": message,
        "payment_method_type": "card",
    }));
    let object = render_payment_intent(pi);
    state.emit(
        "payment_intent.payment_failed",
        object,
        None,
        &Origin::default(),
    );
    let session = find_session(state, session_id)?;
    session.pending_3ds = None;
    session.last_error_message = Some(MSG_3DS_FAILED.to_string());
    state.touch();
    Ok(AttemptOutcome::Declined {
        code: "payment_intent_authentication_failure".into(),
        decline_code: None,
        message: message.into(),
    })
}

fn bank_details(kind: &str) -> MethodDetails {
    MethodDetails {
        kind: kind.to_string(),
        brand: String::new(),
        last4: "6789".into(),
        exp_month: 0,
        exp_year: 0,
        funding: String::new(),
        fingerprint: "simBankFingerprint".into(),
        number: String::new(),
    }
}

/// Pays with a delayed method (e.g. `us_bank_account`): the session completes `unpaid`, the
/// PaymentIntent is `processing` until [`settle_delayed`].
pub fn attempt_delayed(
    state: &mut State,
    session_id: &str,
    kind: &str,
    email: Option<String>,
) -> ApiResult<AttemptOutcome> {
    let session = open_session(state, session_id)?;
    if session.mode == "subscription" {
        return Err(
            ApiError::invalid("stripe-sim simulates only cards in `subscription` mode.")
                .param("payment_method_type"),
        );
    }
    if !DELAYED_METHODS.contains(&kind) || !session.payment_method_types.iter().any(|t| t == kind) {
        return Err(ApiError::invalid(format!(
            "This Checkout Session does not accept `{kind}` (its payment_method_types are {:?}); create it with allowed_payment_method_types including `{kind}`.",
            session.payment_method_types
        ))
        .param("payment_method_type"));
    }
    let email = email.or_else(|| session.customer_email.clone());
    session.customer_details = Some((email, None));
    let pi_id = ensure_payment_intent(state, session_id)?;
    let pi = state
        .payment_intents
        .get_mut(&pi_id)
        .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
    pi.status = "processing".into();
    pi.payment_method = Some(new_id("pm_"));
    pi.last_payment_error = None;
    pi.next_action = None;
    let object = render_payment_intent(pi);
    state.emit(
        "payment_intent.processing",
        object,
        None,
        &Origin::default(),
    );
    let session = find_session(state, session_id)?;
    session.status = "complete".into();
    session.payment_status = "unpaid".into();
    state.touch();
    crate::discounts::redeem(state, session_id);
    let object = session_json(state, session_id);
    state.emit(
        "checkout.session.completed",
        object,
        None,
        &Origin::default(),
    );
    Ok(AttemptOutcome::Processing)
}

/// Ends a delayed payment: `checkout.session.async_payment_succeeded` or `_failed`.
pub fn settle_delayed(
    state: &mut State,
    session_id: &str,
    success: bool,
) -> ApiResult<AttemptOutcome> {
    let session = find_session(state, session_id)?;
    let pi_id = session.payment_intent.clone();
    let pending = session.status == "complete" && session.payment_status == "unpaid";
    let pi_id = match (pending, pi_id) {
        (true, Some(pi_id))
            if state
                .payment_intents
                .get(&pi_id)
                .is_some_and(|pi| pi.status == "processing") =>
        {
            pi_id
        }
        _ => {
            return Err(ApiError::invalid(
                "This Checkout Session has no delayed payment in progress.",
            )
            .param("session"))
        }
    };
    let kind = state
        .sessions
        .get(session_id)
        .and_then(|s| {
            s.payment_method_types
                .iter()
                .find(|t| DELAYED_METHODS.contains(&t.as_str()))
                .cloned()
        })
        .unwrap_or_else(|| "us_bank_account".into());
    if success {
        succeed(state, session_id, &pi_id, bank_details(&kind))?;
        return Ok(AttemptOutcome::Succeeded);
    }
    let payment_method = new_id("pm_");
    let message = "The customer's bank account could not be debited.";
    let charge = new_charge(
        state,
        &pi_id,
        bank_details(&kind),
        &payment_method,
        Some(("insufficient_funds", message, None)),
    )?;
    let pi = state
        .payment_intents
        .get_mut(&pi_id)
        .ok_or_else(|| ApiError::internal("payment intent vanished"))?;
    pi.status = "requires_payment_method".into();
    pi.payment_method = None;
    pi.latest_charge = Some(charge.clone());
    pi.last_payment_error = Some(json!({
        "type": "invalid_request_error",
        "code": "payment_intent_payment_attempt_failed",
        "doc_url": "https://stripe.com/docs/error-codes/payment-intent-payment-attempt-failed",
        "message": "The latest payment attempt of this PaymentIntent has failed or been canceled, and the attached payment method has been removed. You can try confirming again with a new payment method.",
        "charge": charge,
        "payment_method_type": kind,
    }));
    let object = render_payment_intent(pi);
    state.emit(
        "payment_intent.payment_failed",
        object,
        None,
        &Origin::default(),
    );
    let object = session_json(state, session_id);
    state.emit(
        "checkout.session.async_payment_failed",
        object,
        None,
        &Origin::default(),
    );
    Ok(AttemptOutcome::Declined {
        code: "payment_intent_payment_attempt_failed".into(),
        decline_code: None,
        message: message.into(),
    })
}

/// The session's JSON plus its PaymentIntent, for helpers.
pub fn session_with_payment_intent(state: &State, session_id: &str) -> Value {
    let mut session = session_json(state, session_id);
    if let Some(pi_id) = session["payment_intent"].as_str().map(str::to_string) {
        session["payment_intent"] = pi_json(state, &pi_id);
    }
    session
}
