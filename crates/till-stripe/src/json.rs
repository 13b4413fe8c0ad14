//! Reading Stripe's JSON defensively: the helpers for objects Till reads as `serde_json::Value`
//! (event payloads follow the API version current when each event was created, and list
//! pages may be older): each field optional, the raw object kept by the caller.

use serde_json::Value;

use crate::{ApiError, PaymentIntentView, SessionView};

/// A string field, if present and a string.
pub fn str_at<'a>(value: &'a Value, key: &str) -> Option<&'a str> {
    value.get(key).and_then(Value::as_str)
}

/// An expandable field's id: the string itself, or the object's `id`.
pub fn id_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(id) => Some(id.clone()),
        object @ Value::Object(_) => str_at(object, "id").map(str::to_string),
        _ => None,
    }
}

/// `metadata[key]`, if a string.
pub fn metadata<'a>(object: &'a Value, key: &str) -> Option<&'a str> {
    object.get("metadata").and_then(|m| str_at(m, key))
}

/// A Checkout Session (from an event, or a list) as Till's view. `kind` is the event type,
/// used for `status` / `payment_status` when an old payload lacks them.
pub fn session_view_from_json(object: &Value, kind: Option<&str>) -> Option<SessionView> {
    let id = str_at(object, "id")
        .filter(|id| id.starts_with("cs_"))?
        .to_string();
    let status = str_at(object, "status")
        .map(str::to_string)
        .or_else(|| match kind? {
            "checkout.session.expired" => Some("expired".to_string()),
            k if k.starts_with("checkout.session.") => Some("complete".to_string()),
            _ => None,
        })?;
    let payment_status = str_at(object, "payment_status")
        .map(str::to_string)
        .or_else(|| match kind? {
            "checkout.session.async_payment_succeeded" => Some("paid".to_string()),
            _ => Some("unpaid".to_string()),
        })?;
    let payment_intent = match object.get("payment_intent") {
        Some(Value::String(pi)) => Some(PaymentIntentView {
            id: pi.clone(),
            status: String::new(),
            amount: 0,
            amount_received: 0,
            last_payment_error: None,
        }),
        Some(pi @ Value::Object(_)) => payment_intent_view(pi),
        _ => None,
    };
    Some(SessionView {
        id,
        url: str_at(object, "url").map(str::to_string),
        status,
        payment_status,
        expires_at: object
            .get("expires_at")
            .and_then(Value::as_i64)
            .unwrap_or(0),
        amount_total: object.get("amount_total").and_then(Value::as_i64),
        currency: str_at(object, "currency").map(str::to_string),
        client_reference_id: str_at(object, "client_reference_id").map(str::to_string),
        livemode: object
            .get("livemode")
            .and_then(Value::as_bool)
            .unwrap_or(false),
        payment_intent,
        subscription_id: id_of(object.get("subscription")),
        customer_email: object
            .pointer("/customer_details/email")
            .and_then(Value::as_str)
            .map(str::to_string),
    })
}

fn payment_intent_view(pi: &Value) -> Option<PaymentIntentView> {
    Some(PaymentIntentView {
        id: str_at(pi, "id")?.to_string(),
        status: str_at(pi, "status").unwrap_or_default().to_string(),
        amount: pi.get("amount").and_then(Value::as_i64).unwrap_or(0),
        amount_received: pi
            .get("amount_received")
            .and_then(Value::as_i64)
            .unwrap_or(0),
        last_payment_error: pi
            .get("last_payment_error")
            .filter(|e| e.is_object())
            .map(api_error),
    })
}

/// A `last_payment_error` (or refund failure) object as Till's [`ApiError`].
pub fn api_error(error: &Value) -> ApiError {
    let text = |key| str_at(error, key).map(str::to_string);
    ApiError {
        type_: text("type").unwrap_or_default(),
        code: text("code"),
        decline_code: text("decline_code"),
        message: text("message"),
        param: text("param"),
    }
}

/// A plausible Till sale id (`sale_` and letters or digits), as sessions carry it.
pub fn till_sale_id(candidate: Option<&str>) -> Option<String> {
    candidate
        .filter(|id| {
            id.strip_prefix("sale_").is_some_and(|rest| {
                (1..=64).contains(&rest.len()) && rest.chars().all(|c| c.is_ascii_alphanumeric())
            })
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sessions_from_old_and_new_payloads() {
        // Today's shape, PaymentIntent as an id.
        let new = json!({"id":"cs_test_1","object":"checkout.session","status":"complete","payment_status":"paid",
            "amount_total":475,"currency":"usd","client_reference_id":"sale_abc12345","payment_intent":"pi_1","livemode":false,"expires_at":10});
        let view = session_view_from_json(&new, Some("checkout.session.completed")).unwrap();
        assert_eq!(view.status, "complete");
        assert_eq!(view.payment_intent.unwrap().id, "pi_1");
        assert_eq!(view.amount_total, Some(475));
        // An old payload without status fields: the event type tells.
        let old = json!({"id":"cs_test_2","object":"checkout.session","amount_total":null,"payment_intent":{"id":"pi_2","status":"succeeded"}});
        let view = session_view_from_json(&old, Some("checkout.session.expired")).unwrap();
        assert_eq!(
            (view.status.as_str(), view.payment_status.as_str()),
            ("expired", "unpaid")
        );
        assert_eq!(view.payment_intent.unwrap().status, "succeeded");
        let view =
            session_view_from_json(&old, Some("checkout.session.async_payment_succeeded")).unwrap();
        assert_eq!(
            (view.status.as_str(), view.payment_status.as_str()),
            ("complete", "paid")
        );
        // Not a session.
        assert!(
            session_view_from_json(&json!({"id":"pi_1"}), Some("checkout.session.completed"))
                .is_none()
        );
        assert!(session_view_from_json(&json!({"id":"cs_1"}), None).is_none());
    }

    #[test]
    fn sale_ids_are_only_taken_when_they_look_like_till_s() {
        assert_eq!(
            till_sale_id(Some("sale_abc123")).as_deref(),
            Some("sale_abc123")
        );
        assert_eq!(till_sale_id(Some("sale-42")), None);
        assert_eq!(till_sale_id(Some("sale_../x")), None);
        assert_eq!(till_sale_id(None), None);
        assert_eq!(id_of(Some(&json!("pi_1"))).as_deref(), Some("pi_1"));
        assert_eq!(id_of(Some(&json!({"id":"pi_2"}))).as_deref(), Some("pi_2"));
        assert_eq!(id_of(Some(&json!(null))), None);
    }
}
