//! Refunds: full or partial, reflected on the charge; asynchronous test cards settle later.

use serde_json::json;

use crate::cards::{self, RefundBehaviour};
use crate::error::{ApiError, ApiResult};
use crate::ids::new_id;
use crate::model::{render_charge, render_refund, Origin, Refund, State};
use crate::money;
use crate::params::Params;

const REASONS: &[&str] = &["duplicate", "fraudulent", "requested_by_customer"];

/// Amount of a charge that is refunded or being refunded (failed and canceled refunds return
/// their amount).
fn refunded_amount(state: &State, charge: &str) -> i64 {
    state
        .refunds
        .values()
        .filter(|r| r.charge == charge && (r.status == "succeeded" || r.status == "pending"))
        .map(|r| r.amount)
        .sum()
}

fn sync_charge(state: &mut State, charge_id: &str) {
    let refunded = refunded_amount(state, charge_id);
    if let Some(charge) = state.charges.get_mut(charge_id) {
        charge.amount_refunded = refunded;
    }
}

/// `POST /v1/refunds`. `settle_after` is how long an asynchronous refund stays in its first
/// status.
pub fn create_refund(
    state: &mut State,
    mut params: Params,
    origin: &Origin,
    settle_after: i64,
) -> ApiResult<String> {
    let now = state.now();
    let pi_param = params.take_opt_str("payment_intent")?;
    let charge_param = params.take_opt_str("charge")?;
    let amount = params.take_int("amount")?;
    let reason = params.take_opt_str("reason")?;
    let metadata = params.take_metadata("metadata")?.unwrap_or_default();
    params.finish()?;
    if let Some(reason) = &reason {
        if !REASONS.contains(&reason.as_str()) {
            return Err(ApiError::invalid(format!(
                "Invalid reason: must be one of duplicate, fraudulent, or requested_by_customer (got {reason})"
            ))
            .param("reason"));
        }
    }
    let charge_id = match (pi_param, charge_param) {
        (Some(_), Some(_)) => {
            return Err(ApiError::invalid(
                "You may only specify one of these parameters: charge, payment_intent.",
            )
            .param("payment_intent"))
        }
        (None, None) => {
            return Err(ApiError::invalid(
                "One of the following params should be provided for this request: payment_intent or charge.",
            ))
        }
        (Some(pi_id), None) => {
            let pi = state
                .payment_intents
                .get(&pi_id)
                .ok_or_else(|| ApiError::no_such("payment_intent", &pi_id, Some("payment_intent")))?;
            match (&pi.latest_charge, pi.status.as_str()) {
                (Some(charge), "succeeded") => charge.clone(),
                _ => {
                    return Err(ApiError::invalid(format!(
                        "This PaymentIntent ({pi_id}) does not have a successful charge to refund."
                    ))
                    .param("payment_intent"))
                }
            }
        }
        (None, Some(charge_id)) => {
            if !state.charges.contains_key(&charge_id) {
                return Err(ApiError::no_such("charge", &charge_id, Some("charge")));
            }
            charge_id
        }
    };
    let charge = state
        .charges
        .get(&charge_id)
        .cloned()
        .ok_or_else(|| ApiError::no_such("charge", &charge_id, Some("charge")))?;
    if charge.status != "succeeded" {
        return Err(ApiError::invalid(format!(
            "Charge {charge_id} has not succeeded and cannot be refunded."
        ))
        .param("charge"));
    }
    let remaining = charge.amount - refunded_amount(state, &charge_id);
    if remaining <= 0 {
        return Err(
            ApiError::invalid(format!("Charge {charge_id} has already been refunded."))
                .code("charge_already_refunded"),
        );
    }
    let amount = match amount {
        None => remaining,
        Some(a) if a <= 0 => {
            return Err(ApiError::invalid("Invalid positive integer")
                .code("parameter_invalid_integer")
                .param("amount"))
        }
        Some(a) if a > remaining => {
            let message = if remaining == charge.amount {
                format!(
                    "Refund amount ({}) is greater than charge amount ({})",
                    money::format_amount(a, &charge.currency),
                    money::format_amount(charge.amount, &charge.currency)
                )
            } else {
                format!(
                    "Refund amount ({}) is greater than unrefunded amount on charge ({})",
                    money::format_amount(a, &charge.currency),
                    money::format_amount(remaining, &charge.currency)
                )
            };
            return Err(ApiError::invalid(message)
                .code("amount_too_large")
                .param("amount"));
        }
        Some(a) => a,
    };
    let (status, settle_to) = match cards::refund_behaviour(&charge.method.number) {
        RefundBehaviour::Immediate => ("succeeded", None),
        RefundBehaviour::PendingThenSucceeded => ("pending", Some("succeeded")),
        RefundBehaviour::SucceededThenFailed => ("succeeded", Some("failed")),
    };
    let seq = state.next_seq();
    let refund = Refund {
        id: new_id("re_"),
        seq,
        created: now,
        amount,
        currency: charge.currency.clone(),
        charge: charge_id.clone(),
        payment_intent: charge.payment_intent.clone(),
        reason,
        status: status.into(),
        metadata,
        failure_reason: None,
        settle_at: settle_to.map(|_| now + settle_after),
        settle_to: settle_to.map(str::to_string),
    };
    let id = refund.id.clone();
    let refund_json = render_refund(&refund);
    state.refunds.insert(id.clone(), refund);
    sync_charge(state, &charge_id);
    if let Some(charge) = state.charges.get(&charge_id) {
        let object = render_charge(charge);
        let previous =
            json!({"amount_refunded": charge.amount_refunded - amount, "refunded": false});
        state.emit("charge.refunded", object, Some(previous), origin);
    }
    state.emit("refund.created", refund_json, None, origin);
    Ok(id)
}

/// Moves an asynchronous refund to its final status now (`refund.updated`, and
/// `refund.failed` when it fails).
pub fn settle_refund(state: &mut State, id: &str) -> ApiResult<()> {
    let refund = state
        .refunds
        .get_mut(id)
        .ok_or_else(|| ApiError::no_such("refund", id, None))?;
    let Some(target) = refund.settle_to.take() else {
        return Err(ApiError::invalid(format!(
            "Refund {id} has no pending status change (status `{}`).",
            refund.status
        ))
        .param("refund"));
    };
    refund.settle_at = None;
    let previous = json!({"status": refund.status});
    refund.status = target.clone();
    if target == "failed" {
        refund.failure_reason = Some("expired_or_canceled_card".into());
    }
    let charge_id = refund.charge.clone();
    let object = render_refund(refund);
    sync_charge(state, &charge_id);
    state.emit(
        "refund.updated",
        object.clone(),
        Some(previous.clone()),
        &Origin::default(),
    );
    state.emit(
        "charge.refund.updated",
        object.clone(),
        Some(previous),
        &Origin::default(),
    );
    if target == "failed" {
        state.emit("refund.failed", object, None, &Origin::default());
    }
    Ok(())
}

/// Settles every asynchronous refund whose time has come.
pub fn settle_due_refunds(state: &mut State) {
    let now = state.now();
    let due: Vec<String> = state
        .refunds
        .values()
        .filter(|r| r.settle_to.is_some() && r.settle_at.is_some_and(|at| at <= now))
        .map(|r| r.id.clone())
        .collect();
    for id in due {
        // Only refunds with a pending change were selected, so this cannot fail.
        let _ = settle_refund(state, &id);
    }
}
