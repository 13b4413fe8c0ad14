//! Memberships: customers, subscriptions and their invoices, as Checkout in `subscription`
//! mode creates them, and what happens at each period end (renewal, failed payment, cancel).
//! Their types are in [`crate::model`], with the rest of the state.
//!
//! Shapes follow API version `2026-09-30.endive` (async-stripe 1.0.0-rc.10): the billing period
//! is on each subscription ITEM (`current_period_start/end`), an invoice names its subscription
//! at `parent.subscription_details.subscription`. Invoice payments are not backed by
//! PaymentIntents or charges (see the README's known differences).

use serde_json::{json, Value};

use crate::cards::{self, Behaviour};
use crate::dates::{civil_from_days, days_from_civil, days_in_month};
use crate::error::{ApiError, ApiResult};
use crate::ids::{new_id, random_suffix};
use crate::model::{
    render_price, Customer, Invoice, InvoiceLine, Metadata, Origin, Price, State, Subscription,
    SubscriptionItem,
};

/// How many seconds a failed renewal waits before Stripe's next automatic attempt (shown as
/// `next_payment_attempt`; the simulator retries only through the `attempt` test helper).
pub const RETRY_AFTER_SECS: i64 = 3 * 24 * 60 * 60;

/// A card that always requires authentication, so that an off-session renewal fails.
const ALWAYS_AUTHENTICATE: &[&str] = &["4000002760003184"];
const MSG_AUTH_REQUIRED: &str = "Your card was declined. This transaction requires authentication.";

// ---------------------------------------------------------------- calendar

/// `anchor` moved forward by `periods` × (`count` `interval`s). Months keep the anchor's day
/// of month (clamped to the month's last day, as Stripe does: Jan 31 → Feb 28 → Mar 31).
pub fn add_interval(anchor: i64, interval: &str, count: u64, periods: u64) -> i64 {
    let steps = (count.saturating_mul(periods)) as i64;
    let months = match interval {
        "day" => return anchor + steps * 86_400,
        "week" => return anchor + steps * 7 * 86_400,
        "year" => steps * 12,
        _ => steps,
    };
    let days = anchor.div_euclid(86_400);
    let time = anchor.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    let total = year * 12 + (i64::from(month) - 1) + months;
    let new_year = total.div_euclid(12);
    let new_month = u32::try_from(total.rem_euclid(12) + 1).unwrap_or(1);
    let new_day = day.min(days_in_month(new_year, new_month));
    days_from_civil(new_year, new_month, new_day) * 86_400 + time
}

// ---------------------------------------------------------------- rendering

pub fn render_customer(c: &Customer) -> Value {
    json!({
        "id": c.id,
        "object": "customer",
        "address": null,
        "balance": 0,
        "created": c.created,
        "currency": c.currency,
        "default_source": null,
        "delinquent": c.delinquent,
        "description": null,
        "discount": null,
        "email": c.email,
        "invoice_prefix": c.invoice_prefix,
        "invoice_settings": {
            "custom_fields": null,
            "default_payment_method": null,
            "footer": null,
            "rendering_options": null
        },
        "livemode": false,
        "metadata": c.metadata,
        "name": c.name,
        "next_invoice_sequence": c.next_invoice_sequence,
        "phone": null,
        "preferred_locales": [],
        "shipping": null,
        "tax_exempt": "none",
        "test_clock": null,
    })
}

/// The legacy `plan` Stripe still embeds in subscription items, derived from the price.
fn render_plan(p: &Price) -> Value {
    let (interval, count) = p
        .recurring
        .as_ref()
        .map(|r| (r.interval.clone(), r.interval_count))
        .unwrap_or_else(|| ("month".into(), 1));
    json!({
        "id": p.id,
        "object": "plan",
        "active": p.active,
        "amount": p.unit_amount,
        "amount_decimal": p.unit_amount.to_string(),
        "billing_scheme": "per_unit",
        "created": p.created,
        "currency": p.currency,
        "interval": interval,
        "interval_count": count,
        "livemode": false,
        "metadata": p.metadata,
        "meter": null,
        "nickname": p.nickname,
        "product": p.product,
        "tiers_mode": null,
        "transform_usage": null,
        "trial_period_days": null,
        "usage_type": "licensed",
    })
}

pub fn render_subscription(state: &State, s: &Subscription) -> Value {
    let items: Vec<Value> = s
        .items
        .iter()
        .map(|item| {
            let price = state.prices.get(&item.price);
            json!({
                "id": item.id,
                "object": "subscription_item",
                "billing_thresholds": null,
                "created": item.created,
                "current_period_end": s.current_period_end,
                "current_period_start": s.current_period_start,
                "discounts": [],
                "metadata": {},
                "plan": price.map(render_plan),
                "price": price.map(render_price),
                "quantity": item.quantity,
                "subscription": s.id,
                "tax_rates": [],
            })
        })
        .collect();
    json!({
        "id": s.id,
        "object": "subscription",
        "application": null,
        "application_fee_percent": null,
        "automatic_tax": {"disabled_reason": null, "enabled": false, "liability": null},
        "billing_cycle_anchor": s.billing_cycle_anchor,
        "billing_cycle_anchor_config": null,
        "billing_mode": {"flexible": null, "type": "classic", "updated_at": null},
        "billing_schedules": [],
        "billing_thresholds": null,
        "cancel_at": s.cancel_at,
        "cancel_at_period_end": s.cancel_at_period_end,
        "canceled_at": s.canceled_at,
        "cancellation_details": {
            "comment": null,
            "feedback": null,
            "reason": s.cancellation_reason
        },
        "collection_method": "charge_automatically",
        "created": s.created,
        "currency": s.currency,
        "customer": s.customer,
        "customer_account": null,
        "days_until_due": null,
        "default_payment_method": s.default_payment_method,
        "default_source": null,
        "default_tax_rates": [],
        "description": s.description,
        "discounts": [],
        "ended_at": s.ended_at,
        "invoice_settings": {"account_tax_ids": null, "issuer": {"type": "self"}},
        "items": {
            "object": "list",
            "data": items,
            "has_more": false,
            "url": format!("/v1/subscription_items?subscription={}", s.id),
        },
        "latest_invoice": s.latest_invoice,
        "livemode": false,
        "metadata": s.metadata,
        "next_pending_invoice_item_invoice": null,
        "on_behalf_of": null,
        "pause_collection": null,
        "payment_settings": {
            "payment_method_options": null,
            "payment_method_types": null,
            "save_default_payment_method": "off"
        },
        "pending_invoice_item_interval": null,
        "pending_setup_intent": null,
        "pending_update": null,
        "schedule": null,
        "start_date": s.start_date,
        "status": s.status,
        "test_clock": null,
        "transfer_data": null,
        "trial_end": null,
        "trial_settings": {"end_behavior": {"missing_payment_method": "create_invoice"}},
        "trial_start": null,
    })
}

fn render_invoice_line(invoice: &Invoice, line: &InvoiceLine) -> Value {
    let parent = match (&line.subscription_item, &line.invoice_item) {
        (Some(item), _) => json!({
            "invoice_item_details": null,
            "subscription_item_details": {
                "invoice_item": null,
                "proration": false,
                "proration_details": {"credited_items": null},
                "subscription": invoice.subscription,
                "subscription_item": item
            },
            "type": "subscription_item_details"
        }),
        (None, item) => json!({
            "invoice_item_details": {
                "invoice_item": item,
                "proration": false,
                "proration_details": {"credited_items": null},
                "subscription": invoice.subscription
            },
            "subscription_item_details": null,
            "type": "invoice_item_details"
        }),
    };
    json!({
        "id": line.id,
        "object": "line_item",
        "amount": line.amount,
        "currency": line.currency,
        "description": line.description,
        "discount_amounts": [],
        "discountable": true,
        "discounts": [],
        "invoice": invoice.id,
        "livemode": false,
        "metadata": {},
        "parent": parent,
        "period": {"end": line.period_end, "start": line.period_start},
        "pretax_credit_amounts": [],
        "pricing": {
            "price_details": {"price": line.price, "product": line.product},
            "type": "price_details",
            "unit_amount_decimal": (line.amount / line.quantity.max(1) as i64).to_string()
        },
        "quantity": line.quantity,
        "quantity_decimal": line.quantity.to_string(),
        "subscription": null,
        "subtotal": line.amount,
        "taxes": [],
    })
}

pub fn render_invoice(i: &Invoice) -> Value {
    let lines: Vec<Value> = i.lines.iter().map(|l| render_invoice_line(i, l)).collect();
    let finalized = i.finalized_at.is_some();
    let open_or_draft = i.status == "draft" || i.status == "open";
    json!({
        "id": i.id,
        "object": "invoice",
        "account_country": "US",
        "account_name": "Till Simulator",
        "account_tax_ids": null,
        "amount_due": i.total,
        "amount_overpaid": 0,
        "amount_paid": i.amount_paid,
        "amount_remaining": i.total - i.amount_paid,
        "amount_shipping": 0,
        "application": null,
        "attempt_count": i.attempt_count,
        "attempted": i.attempted,
        "auto_advance": open_or_draft,
        "automatic_tax": {
            "disabled_reason": null, "enabled": false, "liability": null,
            "provider": null, "status": null
        },
        "automatically_finalizes_at": null,
        "billing_reason": i.billing_reason,
        "collection_method": "charge_automatically",
        "confirmation_secret": null,
        "created": i.created,
        "currency": i.currency,
        "custom_fields": null,
        "customer": i.customer,
        "customer_account": null,
        "customer_address": null,
        "customer_email": i.customer_email,
        "customer_name": i.customer_name,
        "customer_phone": null,
        "customer_shipping": null,
        "customer_tax_exempt": "none",
        "customer_tax_ids": [],
        "default_payment_method": null,
        "default_source": null,
        "default_tax_rates": [],
        "description": null,
        "discounts": [],
        "due_date": null,
        "effective_at": i.finalized_at,
        "ending_balance": if finalized { Some(0) } else { None },
        "footer": null,
        "from_invoice": null,
        "hosted_invoice_url": null,
        "invoice_pdf": null,
        "issuer": {"type": "self"},
        "last_finalization_error": null,
        "latest_revision": null,
        "lines": {
            "object": "list",
            "data": lines,
            "has_more": false,
            "url": format!("/v1/invoices/{}/lines", i.id),
        },
        "livemode": false,
        "metadata": {},
        "next_payment_attempt": i.next_payment_attempt,
        "number": i.number,
        "on_behalf_of": null,
        "parent": {
            "quote_details": null,
            "subscription_details": {
                "metadata": i.subscription_metadata,
                "subscription": i.subscription,
                "subscription_proration_date": null
            },
            "type": "subscription_details"
        },
        "payment_settings": {
            "default_mandate": null,
            "payment_method_options": null,
            "payment_method_types": null
        },
        "period_end": i.period_end,
        "period_start": i.period_start,
        "post_payment_credit_notes_amount": 0,
        "pre_payment_credit_notes_amount": 0,
        "receipt_number": null,
        "rendering": null,
        "shipping_cost": null,
        "shipping_details": null,
        "starting_balance": 0,
        "statement_descriptor": null,
        "status": i.status,
        "status_transitions": {
            "finalized_at": i.finalized_at,
            "marked_uncollectible_at": null,
            "paid_at": i.paid_at,
            "voided_at": null
        },
        "subscription": null,
        "subtotal": i.total,
        "subtotal_excluding_tax": i.total,
        "test_clock": null,
        "total": i.total,
        "total_discount_amounts": [],
        "total_excluding_tax": i.total,
        "total_pretax_credit_amounts": [],
        "total_taxes": [],
        "webhooks_delivered_at": if finalized { Some(i.created) } else { None },
    })
}

/// The invoice's lines as a Stripe list (`GET /v1/invoices/{id}/lines`).
pub fn render_invoice_lines(i: &Invoice) -> Vec<(String, Value)> {
    i.lines
        .iter()
        .map(|l| (l.id.clone(), render_invoice_line(i, l)))
        .collect()
}

pub fn subscription_json(state: &State, id: &str) -> Value {
    state
        .subscriptions
        .get(id)
        .map(|s| render_subscription(state, s))
        .unwrap_or(Value::Null)
}

pub fn invoice_json(state: &State, id: &str) -> Value {
    state
        .invoices
        .get(id)
        .map(render_invoice)
        .unwrap_or(Value::Null)
}

// ---------------------------------------------------------------- behaviour

/// What charging a saved card off-session does: `Err((code, decline_code, message))` on a
/// decline. 3-D Secure cards were authenticated when the subscription was set up, so they
/// behave as afterwards, except the card that always requires authentication.
pub fn charge_card(number: &str) -> Result<(), (String, Option<String>, String)> {
    let digits = cards::normalize(number);
    if ALWAYS_AUTHENTICATE.contains(&digits.as_str()) {
        return Err((
            "authentication_required".into(),
            Some("authentication_required".into()),
            MSG_AUTH_REQUIRED.into(),
        ));
    }
    let Some(card) = cards::lookup(&digits) else {
        return Err((
            "incorrect_number".into(),
            None,
            cards::MSG_INCORRECT_NUMBER.into(),
        ));
    };
    let mut behaviour = card.behaviour;
    loop {
        match behaviour {
            Behaviour::Succeed => return Ok(()),
            Behaviour::Decline {
                code,
                decline_code,
                message,
            } => {
                return Err((
                    code.to_string(),
                    decline_code.map(str::to_string),
                    message.to_string(),
                ))
            }
            Behaviour::ThreeDSecure { then } => behaviour = *then,
        }
    }
}

/// A card given to a helper: a well-formed number (the test card sheet decides what it does).
pub fn check_card_param(card: Option<&str>, param: &str) -> ApiResult<Option<String>> {
    let Some(card) = card else {
        return Ok(None);
    };
    let digits = cards::normalize(card);
    if cards::lookup(&digits).is_none() {
        return Err(ApiError::invalid("Your card number is incomplete.")
            .code("invalid_number")
            .param(param));
    }
    Ok(Some(digits))
}

fn find_subscription<'a>(state: &'a mut State, id: &str) -> ApiResult<&'a mut Subscription> {
    state
        .subscriptions
        .get_mut(id)
        .ok_or_else(|| ApiError::no_such("subscription", id, None))
}

fn find_invoice<'a>(state: &'a mut State, id: &str) -> ApiResult<&'a mut Invoice> {
    state
        .invoices
        .get_mut(id)
        .ok_or_else(|| ApiError::no_such("invoice", id, None))
}

fn emit_subscription(state: &mut State, kind: &str, id: &str, previous: Option<Value>) {
    let object = subscription_json(state, id);
    state.emit(kind, object, previous, &Origin::default());
}

fn emit_invoice(state: &mut State, kind: &str, id: &str) {
    let object = invoice_json(state, id);
    state.emit(kind, object, None, &Origin::default());
}

/// The fields of `before` that differ in `after` (Stripe's `previous_attributes`).
pub fn previous_attributes(before: &Value, after: &Value) -> Value {
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

/// Changes a subscription with `change` and, if anything visible changed, emits
/// `customer.subscription.updated` with `previous_attributes`.
pub fn update_subscription(
    state: &mut State,
    id: &str,
    origin: &Origin,
    change: impl FnOnce(&mut Subscription, i64) -> ApiResult<()>,
) -> ApiResult<()> {
    let before = subscription_json(state, id);
    let now = state.now();
    change(find_subscription(state, id)?, now)?;
    state.touch();
    let after = subscription_json(state, id);
    let previous = previous_attributes(&before, &after);
    if previous.as_object().is_some_and(|p| !p.is_empty()) {
        state.emit(
            "customer.subscription.updated",
            after,
            Some(previous),
            origin,
        );
    }
    Ok(())
}

fn line_description(state: &State, price_id: &str, quantity: u64) -> String {
    let name = state
        .prices
        .get(price_id)
        .and_then(|p| state.products.get(&p.product))
        .map(|p| p.name.clone())
        .unwrap_or_default();
    let Some(price) = state.prices.get(price_id) else {
        return format!("{quantity} × {name}");
    };
    let amount = crate::money::format_amount(price.unit_amount, &price.currency);
    match &price.recurring {
        Some(r) => format!(
            "{quantity} × {name} (at {amount} / {})",
            interval_label(&r.interval, r.interval_count)
        ),
        None => format!("{quantity} × {name}"),
    }
}

/// `month`, `3 months`, …
pub fn interval_label(interval: &str, count: u64) -> String {
    if count == 1 {
        interval.to_string()
    } else {
        format!("{count} {interval}s")
    }
}

/// A new draft invoice for the subscription (`invoice.created`), finalized at once
/// (`invoice.finalized`), as Stripe does for `charge_automatically` subscription invoices.
fn create_invoice(
    state: &mut State,
    id: &str,
    sub_id: &str,
    billing_reason: &str,
    lines: Vec<InvoiceLine>,
    period: (i64, i64),
) -> ApiResult<()> {
    let now = state.now();
    let sub = state
        .subscriptions
        .get(sub_id)
        .cloned()
        .ok_or_else(|| ApiError::no_such("subscription", sub_id, None))?;
    let customer = state
        .customers
        .get(&sub.customer)
        .cloned()
        .ok_or_else(|| ApiError::internal("subscription without its customer"))?;
    let seq = state.next_seq();
    let id = id.to_string();
    let total = lines.iter().map(|l| l.amount).sum();
    let invoice = Invoice {
        id: id.clone(),
        seq,
        created: now,
        customer: customer.id.clone(),
        customer_email: customer.email.clone(),
        customer_name: customer.name.clone(),
        subscription: sub_id.to_string(),
        subscription_metadata: sub.metadata.clone(),
        billing_reason: billing_reason.to_string(),
        status: "draft".into(),
        currency: sub.currency.clone(),
        lines,
        total,
        amount_paid: 0,
        attempt_count: 0,
        attempted: false,
        number: None,
        period_start: period.0,
        period_end: period.1,
        finalized_at: None,
        paid_at: None,
        next_payment_attempt: None,
        default_payment_method: sub.default_payment_method.clone(),
    };
    state.invoices.insert(id.clone(), invoice);
    emit_invoice(state, "invoice.created", &id);

    let number = {
        let customer = state
            .customers
            .get_mut(&sub.customer)
            .ok_or_else(|| ApiError::internal("subscription without its customer"))?;
        let number = format!(
            "{}-{:04}",
            customer.invoice_prefix, customer.next_invoice_sequence
        );
        customer.next_invoice_sequence += 1;
        number
    };
    let invoice = find_invoice(state, &id)?;
    invoice.status = "open".into();
    invoice.number = Some(number);
    invoice.finalized_at = Some(now);
    invoice.next_payment_attempt = Some(now);
    state.touch();
    emit_invoice(state, "invoice.finalized", &id);
    Ok(())
}

/// One payment attempt of an open invoice with `card`: `invoice.paid` +
/// `invoice.payment_succeeded`, or `invoice.payment_failed`. Returns whether it was paid.
fn attempt_invoice(state: &mut State, invoice_id: &str, card: &str) -> ApiResult<bool> {
    let now = state.now();
    let result = charge_card(card);
    let invoice = find_invoice(state, invoice_id)?;
    invoice.attempt_count += 1;
    invoice.attempted = true;
    let customer_id = invoice.customer.clone();
    let paid = result.is_ok();
    if paid {
        invoice.status = "paid".into();
        invoice.amount_paid = invoice.total;
        invoice.paid_at = Some(now);
        invoice.next_payment_attempt = None;
    } else {
        invoice.next_payment_attempt = Some(now + RETRY_AFTER_SECS);
    }
    state.touch();
    if paid {
        emit_invoice(state, "invoice.paid", invoice_id);
        emit_invoice(state, "invoice.payment_succeeded", invoice_id);
    } else {
        emit_invoice(state, "invoice.payment_failed", invoice_id);
    }
    // A customer is delinquent while one of their invoices is past due.
    let delinquent = state
        .invoices
        .values()
        .any(|i| i.customer == customer_id && i.status == "open" && i.attempt_count > 0);
    if let Some(customer) = state.customers.get_mut(&customer_id) {
        customer.delinquent = delinquent;
    }
    Ok(paid)
}

/// What a paid Checkout Session in `subscription` mode creates: the customer (unless given),
/// the subscription (`active`), its first invoice (paid); then the session completes.
/// Events: `customer.created`, `customer.subscription.created`, `invoice.created`,
/// `invoice.finalized`, `invoice.paid`, `invoice.payment_succeeded`,
/// `checkout.session.completed`.
pub fn complete_session(state: &mut State, session_id: &str, card_number: &str) -> ApiResult<()> {
    let now = state.now();
    let session = state
        .sessions
        .get(session_id)
        .cloned()
        .ok_or_else(|| ApiError::no_such("checkout.session", session_id, None))?;
    let (email, name) = session.customer_details.clone().unwrap_or((None, None));

    let customer_id = match &session.customer {
        Some(id) => {
            if let Some(customer) = state.customers.get_mut(id) {
                customer
                    .currency
                    .get_or_insert_with(|| session.currency.clone());
            }
            id.clone()
        }
        None => {
            let seq = state.next_seq();
            let id = new_id("cus_");
            let customer = Customer {
                id: id.clone(),
                seq,
                created: now,
                email: email.clone(),
                name: name.clone(),
                currency: Some(session.currency.clone()),
                metadata: Metadata::new(),
                invoice_prefix: random_suffix(8).to_ascii_uppercase(),
                next_invoice_sequence: 1,
                delinquent: false,
            };
            let object = render_customer(&customer);
            state.customers.insert(id.clone(), customer);
            state.emit("customer.created", object, None, &Origin::default());
            id
        }
    };

    let mut items = Vec::new();
    let mut one_time = Vec::new();
    let mut recurring = None;
    for line in &session.line_items {
        let price = state.prices.get(&line.price);
        match price.and_then(|p| p.recurring.clone()) {
            Some(r) => {
                recurring.get_or_insert(r);
                items.push(SubscriptionItem {
                    id: new_id("si_"),
                    created: now,
                    price: line.price.clone(),
                    quantity: line.quantity,
                });
            }
            None => one_time.push(line.clone()),
        }
    }
    let recurring = recurring
        .ok_or_else(|| ApiError::internal("subscription session without a recurring price"))?;
    let period_end = add_interval(now, &recurring.interval, recurring.interval_count, 1);
    let sub_id = new_id("sub_");
    // The invoice id is known up front, so that the subscription's snapshot names it.
    let invoice_id = new_id("in_");
    let seq = state.next_seq();
    let subscription = Subscription {
        id: sub_id.clone(),
        seq,
        created: now,
        customer: customer_id.clone(),
        currency: session.currency.clone(),
        status: "active".into(),
        items: items.clone(),
        metadata: session.subscription_metadata.clone(),
        description: session.subscription_description.clone(),
        cancel_at_period_end: false,
        cancel_at: None,
        canceled_at: None,
        ended_at: None,
        cancellation_reason: None,
        start_date: now,
        billing_cycle_anchor: now,
        interval: recurring.interval.clone(),
        interval_count: recurring.interval_count,
        cycle: 0,
        current_period_start: now,
        current_period_end: period_end,
        latest_invoice: Some(invoice_id.clone()),
        default_payment_method: Some(new_id("pm_")),
        card_number: cards::normalize(card_number),
    };
    state.subscriptions.insert(sub_id.clone(), subscription);

    // The first invoice: every subscription item for the first period, plus the one-time
    // items (as invoice items).
    let mut lines: Vec<InvoiceLine> = items
        .iter()
        .map(|item| {
            let price = state.prices.get(&item.price);
            InvoiceLine {
                id: new_id("il_"),
                amount: price
                    .map(|p| p.unit_amount.saturating_mul(item.quantity as i64))
                    .unwrap_or_default(),
                currency: session.currency.clone(),
                description: line_description(state, &item.price, item.quantity),
                price: item.price.clone(),
                product: price.map(|p| p.product.clone()).unwrap_or_default(),
                quantity: item.quantity,
                period_start: now,
                period_end,
                subscription_item: Some(item.id.clone()),
                invoice_item: None,
            }
        })
        .collect();
    for line in &one_time {
        lines.push(InvoiceLine {
            id: new_id("il_"),
            amount: line.amount(),
            currency: line.currency.clone(),
            description: line.description.clone(),
            price: line.price.clone(),
            product: line.product.clone(),
            quantity: line.quantity,
            period_start: now,
            period_end: now,
            subscription_item: None,
            invoice_item: Some(new_id("ii_")),
        });
    }
    emit_subscription(state, "customer.subscription.created", &sub_id, None);
    create_invoice(
        state,
        &invoice_id,
        &sub_id,
        "subscription_create",
        lines,
        (now, now),
    )?;
    attempt_invoice(state, &invoice_id, card_number)?;

    let session = state
        .sessions
        .get_mut(session_id)
        .ok_or_else(|| ApiError::no_such("checkout.session", session_id, None))?;
    session.status = "complete".into();
    session.payment_status = "paid".into();
    session.pending_3ds = None;
    session.last_error_message = None;
    session.customer = Some(customer_id);
    session.subscription = Some(sub_id);
    session.invoice = Some(invoice_id);
    if session.customer_details.is_none() {
        session.customer_details = Some((email, name));
    }
    state.touch();
    let object = state
        .sessions
        .get(session_id)
        .map(|s| crate::model::render_session(s, state.page_base()))
        .unwrap_or(Value::Null);
    state.emit(
        "checkout.session.completed",
        object,
        None,
        &Origin::default(),
    );
    Ok(())
}

/// When the subscription's current period ends; an error if it has none ahead (unknown or
/// canceled).
pub fn period_end(state: &State, sub_id: &str) -> ApiResult<i64> {
    let sub = state
        .subscriptions
        .get(sub_id)
        .ok_or_else(|| ApiError::no_such("subscription", sub_id, None))?;
    if sub.status == "canceled" {
        return Err(ApiError::invalid(format!(
            "The subscription {sub_id} is canceled: it has no next period."
        )));
    }
    Ok(sub.current_period_end)
}

/// The subscription is at its period end (the clock has been moved there, and what became
/// due on the way applied, by [`crate::clock::advance_subscription`]): it ends if
/// `cancel_at_period_end`, otherwise it renews and its new invoice is charged to `card`
/// (which becomes its card) or its current card.
pub fn reach_period_end(state: &mut State, sub_id: &str, card: Option<String>) -> ApiResult<()> {
    period_end(state, sub_id)?;
    let sub = state
        .subscriptions
        .get(sub_id)
        .cloned()
        .ok_or_else(|| ApiError::no_such("subscription", sub_id, None))?;
    let now = state.now();
    if sub.cancel_at_period_end {
        let sub = find_subscription(state, sub_id)?;
        sub.status = "canceled".into();
        sub.ended_at = Some(sub.current_period_end);
        sub.canceled_at.get_or_insert(now);
        sub.cancellation_reason
            .get_or_insert_with(|| "cancellation_requested".into());
        state.touch();
        emit_subscription(state, "customer.subscription.deleted", sub_id, None);
        return Ok(());
    }

    // The next period.
    let next_cycle = sub.cycle + 1;
    let start = sub.current_period_end;
    let end = add_interval(
        sub.billing_cycle_anchor,
        &sub.interval,
        sub.interval_count,
        next_cycle + 1,
    );
    let invoice_id = new_id("in_");
    let new_pm = card.as_ref().map(|_| new_id("pm_"));
    update_subscription(state, sub_id, &Origin::default(), |s, _| {
        s.cycle = next_cycle;
        s.current_period_start = start;
        s.current_period_end = end;
        s.latest_invoice = Some(invoice_id.clone());
        if let (Some(card), Some(pm)) = (&card, &new_pm) {
            s.card_number = card.clone();
            s.default_payment_method = Some(pm.clone());
        }
        Ok(())
    })?;
    let lines = sub
        .items
        .iter()
        .map(|item| {
            let price = state.prices.get(&item.price);
            InvoiceLine {
                id: new_id("il_"),
                amount: price
                    .map(|p| p.unit_amount.saturating_mul(item.quantity as i64))
                    .unwrap_or_default(),
                currency: sub.currency.clone(),
                description: line_description(state, &item.price, item.quantity),
                price: item.price.clone(),
                product: price.map(|p| p.product.clone()).unwrap_or_default(),
                quantity: item.quantity,
                period_start: start,
                period_end: end,
                subscription_item: Some(item.id.clone()),
                invoice_item: None,
            }
        })
        .collect();
    create_invoice(
        state,
        &invoice_id,
        sub_id,
        "subscription_cycle",
        lines,
        (sub.current_period_start, sub.current_period_end),
    )?;
    let card_number = state
        .subscriptions
        .get(sub_id)
        .map(|s| s.card_number.clone())
        .unwrap_or_default();
    let paid = attempt_invoice(state, &invoice_id, &card_number)?;
    settle_status(state, sub_id, paid)
}

/// After a payment attempt of the subscription's latest invoice: `active` when paid,
/// `past_due` when not (with `customer.subscription.updated`).
fn settle_status(state: &mut State, sub_id: &str, paid: bool) -> ApiResult<()> {
    let status = if paid { "active" } else { "past_due" };
    update_subscription(state, sub_id, &Origin::default(), |s, _| {
        if s.status != "canceled" {
            s.status = status.into();
        }
        Ok(())
    })
}

/// One more payment attempt of an open invoice, with `card` (which becomes the
/// subscription's card) or the subscription's card.
pub fn retry_invoice(state: &mut State, invoice_id: &str, card: Option<String>) -> ApiResult<()> {
    let invoice = state
        .invoices
        .get(invoice_id)
        .cloned()
        .ok_or_else(|| ApiError::no_such("invoice", invoice_id, None))?;
    if invoice.status != "open" {
        let message = if invoice.status == "paid" {
            "Invoice is already paid".to_string()
        } else {
            format!(
                "You can only pay an invoice whose status is `open`; this invoice's status is `{}`.",
                invoice.status
            )
        };
        return Err(ApiError::invalid(message).code("invoice_not_open"));
    }
    let sub_id = invoice.subscription.clone();
    if let Some(card) = &card {
        let pm = new_id("pm_");
        update_subscription(state, &sub_id, &Origin::default(), |s, _| {
            s.card_number = card.clone();
            s.default_payment_method = Some(pm);
            Ok(())
        })?;
    }
    let card_number = state
        .subscriptions
        .get(&sub_id)
        .map(|s| s.card_number.clone())
        .unwrap_or_default();
    let paid = attempt_invoice(state, invoice_id, &card_number)?;
    let is_latest = state
        .subscriptions
        .get(&sub_id)
        .is_some_and(|s| s.latest_invoice.as_deref() == Some(invoice_id));
    if is_latest {
        settle_status(state, &sub_id, paid)?;
    }
    Ok(())
}

/// `DELETE /v1/subscriptions/{id}`: ends it now (`customer.subscription.deleted`).
pub fn cancel_now(state: &mut State, sub_id: &str, origin: &Origin) -> ApiResult<()> {
    let now = state.now();
    let sub = find_subscription(state, sub_id)?;
    if sub.status == "canceled" {
        return Err(ApiError::invalid(format!(
            "The subscription {sub_id} has already been canceled."
        )));
    }
    sub.status = "canceled".into();
    sub.canceled_at = Some(now);
    sub.ended_at = Some(now);
    sub.cancellation_reason = Some("cancellation_requested".into());
    state.touch();
    let object = subscription_json(state, sub_id);
    state.emit("customer.subscription.deleted", object, None, origin);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_keep_the_anchor_day() {
        // 2026-01-31T10:00:00Z
        let jan31 = days_from_civil(2026, 1, 31) * 86_400 + 36_000;
        let feb = add_interval(jan31, "month", 1, 1);
        assert_eq!(civil_from_days(feb.div_euclid(86_400)), (2026, 2, 28));
        assert_eq!(feb.rem_euclid(86_400), 36_000);
        let mar = add_interval(jan31, "month", 1, 2);
        assert_eq!(civil_from_days(mar.div_euclid(86_400)), (2026, 3, 31));
        let next_year = add_interval(jan31, "year", 1, 1);
        assert_eq!(civil_from_days(next_year.div_euclid(86_400)), (2027, 1, 31));
        assert_eq!(add_interval(jan31, "week", 2, 1), jan31 + 14 * 86_400);
        assert_eq!(add_interval(jan31, "day", 1, 3), jan31 + 3 * 86_400);
        let dec = days_from_civil(2026, 12, 15) * 86_400;
        let q = add_interval(dec, "month", 3, 1);
        assert_eq!(civil_from_days(q.div_euclid(86_400)), (2027, 3, 15));
    }

    #[test]
    fn saved_cards_charge_as_the_sheet_says() {
        assert!(charge_card("4242424242424242").is_ok());
        let (code, decline, _) = charge_card("4000000000009995").unwrap_err();
        assert_eq!(code, "card_declined");
        assert_eq!(decline.as_deref(), Some("insufficient_funds"));
        assert!(charge_card("4000002500003155").is_ok());
        assert_eq!(
            charge_card("4000002760003184").unwrap_err().0,
            "authentication_required"
        );
    }
}
