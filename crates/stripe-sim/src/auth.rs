//! API keys: Bearer (or curl's Basic) auth, test keys only, revoked keys, restricted keys.

use axum::http::{HeaderMap, Method, StatusCode};

use crate::error::ApiError;
use crate::model::State;
use crate::webhook::sha256_hex;

/// The simulated account, named in permission errors.
pub const ACCOUNT_ID: &str = "acct_1TillSimulator00";

const NO_KEY: &str = "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

/// A key with its middle hidden, as Stripe shows keys in errors: `sk_test_********abcd`.
pub fn mask(key: &str, visible: usize) -> String {
    let prefix_len = [
        "sk_test_", "rk_test_", "sk_live_", "rk_live_", "pk_test_", "pk_live_",
    ]
    .iter()
    .find(|p| key.starts_with(*p))
    .map(|p| p.len())
    .unwrap_or(0);
    let chars: Vec<char> = key.chars().collect();
    if chars.len() <= prefix_len + visible {
        let prefix: String = chars.iter().take(prefix_len).collect();
        return format!("{prefix}{}", "*".repeat(chars.len() - prefix_len));
    }
    let prefix: String = chars[..prefix_len].iter().collect();
    let tail: String = chars[chars.len() - visible..].iter().collect();
    format!(
        "{prefix}{}{tail}",
        "*".repeat(chars.len() - prefix_len - visible)
    )
}

fn unauthorized(message: impl Into<String>) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, "invalid_request_error", message)
}

fn decode_base64(input: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3 / 4);
    let mut buffer = 0u32;
    let mut bits = 0;
    for c in input.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' | b'-' => 62,
            b'/' | b'_' => 63,
            b'=' => break,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(out)
}

/// The API key from `Authorization: Bearer KEY` or `Authorization: Basic base64(KEY:)` (what
/// `curl -u KEY:` sends).
pub fn key_from_headers(headers: &HeaderMap) -> Result<String, ApiError> {
    let Some(value) = headers.get(axum::http::header::AUTHORIZATION) else {
        return Err(unauthorized(NO_KEY));
    };
    let value = value.to_str().map_err(|_| unauthorized(NO_KEY))?.trim();
    let (scheme, credentials) = value.split_once(' ').unwrap_or((value, ""));
    let credentials = credentials.trim();
    let key = if scheme.eq_ignore_ascii_case("bearer") {
        credentials.to_string()
    } else if scheme.eq_ignore_ascii_case("basic") {
        let decoded = decode_base64(credentials)
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .ok_or_else(|| unauthorized(NO_KEY))?;
        decoded.split(':').next().unwrap_or_default().to_string()
    } else {
        return Err(unauthorized(NO_KEY));
    };
    if key.is_empty() {
        return Err(unauthorized(NO_KEY));
    }
    Ok(key)
}

fn well_formed_test_key(key: &str) -> bool {
    ["sk_test_", "rk_test_"].iter().any(|prefix| {
        key.strip_prefix(prefix).is_some_and(|rest| {
            !rest.is_empty() && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
    })
}

/// Checks that `key` may call the API at all. Returns the key's hash.
pub fn check_key(key: &str, state: &State, revoked: &[String]) -> Result<String, ApiError> {
    if key.starts_with("sk_live_") || key.starts_with("rk_live_") {
        return Err(unauthorized(format!(
            "stripe-sim accepts only test-mode keys (sk_test_… or rk_test_…); this live-mode key was refused: {}",
            mask(key, 4)
        )));
    }
    if key.starts_with("pk_") {
        return Err(unauthorized(
            "This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.",
        ));
    }
    let hash = sha256_hex(key.as_bytes());
    let is_revoked = key.contains("_revoked")
        || revoked.iter().any(|r| r == key)
        || state.revoked_keys.contains(&hash);
    if !well_formed_test_key(key) || is_revoked {
        return Err(unauthorized(format!(
            "Invalid API Key provided: {}",
            mask(key, 4)
        )));
    }
    Ok(hash)
}

/// The restricted-key permission an API call needs (`None`: no permission applies).
pub fn required_permission(method: &Method, path: &str) -> Option<String> {
    let resource = [
        ("/v1/checkout/sessions", "checkout_session"),
        ("/v1/payment_intents", "payment_intent"),
        ("/v1/charges", "charge"),
        ("/v1/refunds", "refund"),
        ("/v1/events", "event"),
        ("/v1/products", "product"),
        ("/v1/prices", "product"),
        ("/v1/webhook_endpoints", "webhook"),
        ("/v1/customers", "customer"),
        ("/v1/subscriptions", "subscription"),
        ("/v1/invoices", "invoice"),
        ("/v1/tax_rates", "tax_rate"),
        ("/v1/coupons", "coupon"),
        ("/v1/promotion_codes", "promotion_code"),
    ]
    .iter()
    .find(|(prefix, _)| path == *prefix || path.starts_with(&format!("{prefix}/")))
    .map(|(_, resource)| *resource)?;
    let access = if method == Method::GET || method == Method::HEAD {
        "read"
    } else {
        "write"
    };
    Some(format!("rak_{resource}_{access}"))
}

/// `rak_x_read` is granted by `rak_x_read` or `rak_x_write`.
pub fn permits(granted: &[String], needed: &str) -> bool {
    granted.iter().any(|g| {
        g == needed
            || (needed.ends_with("_read")
                && g.strip_suffix("_write") == needed.strip_suffix("_read"))
    })
}

/// Permission names as stored: `checkout_session_write` → `rak_checkout_session_write`.
pub fn normalize_permission(permission: &str) -> Option<String> {
    let name = permission.trim();
    let name = name.strip_prefix("rak_").unwrap_or(name);
    let (resource, access) = name.rsplit_once('_')?;
    let known = [
        "checkout_session",
        "payment_intent",
        "charge",
        "refund",
        "event",
        "product",
        "webhook",
        "customer",
        "subscription",
        "invoice",
        "tax_rate",
        "coupon",
        "promotion_code",
    ];
    (known.contains(&resource) && (access == "read" || access == "write"))
        .then(|| format!("rak_{resource}_{access}"))
}

/// 403 for a registered restricted key lacking `needed`.
pub fn check_permission(
    key: &str,
    key_hash: &str,
    state: &State,
    method: &Method,
    path: &str,
) -> Result<(), ApiError> {
    let Some(granted) = state.restricted_keys.get(key_hash) else {
        return Ok(());
    };
    let Some(needed) = required_permission(method, path) else {
        return Ok(());
    };
    if permits(granted, &needed) {
        return Ok(());
    }
    Err(ApiError::new(
        StatusCode::FORBIDDEN,
        "invalid_request_error",
        format!(
            "The provided key '{}' does not have the required permissions for this endpoint on account '{ACCOUNT_ID}'. Having the '{needed}' permission would allow this request to continue.",
            mask(key, 6)
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn masking_hides_the_middle() {
        assert_eq!(mask("sk_test_abcdefgh1234", 4), "sk_test_********1234");
        assert_eq!(mask("rk_test_ab", 6), "rk_test_**");
        assert!(!mask("sk_test_supersecretvalue", 4).contains("supersecret"));
    }

    #[test]
    fn bearer_and_basic() {
        let mut headers = HeaderMap::new();
        assert!(key_from_headers(&headers).is_err());
        headers.insert(
            "authorization",
            HeaderValue::from_static("Bearer sk_test_123"),
        );
        assert_eq!(key_from_headers(&headers).unwrap(), "sk_test_123");
        // base64("sk_test_123:")
        headers.insert(
            "authorization",
            HeaderValue::from_static("Basic c2tfdGVzdF8xMjM6"),
        );
        assert_eq!(key_from_headers(&headers).unwrap(), "sk_test_123");
        headers.insert("authorization", HeaderValue::from_static("Token x"));
        assert_eq!(
            key_from_headers(&headers).unwrap_err().status,
            StatusCode::UNAUTHORIZED
        );
    }

    #[test]
    fn key_rules() {
        let state = State::default();
        assert!(check_key("sk_test_abc_123", &state, &[]).is_ok());
        assert!(check_key("rk_test_x", &state, &[]).is_ok());
        assert!(check_key("sk_test_", &state, &[]).is_err());
        assert!(check_key("sk_test_a-b", &state, &[]).is_err());
        assert!(check_key("sk_live_abc", &state, &[]).is_err());
        assert!(check_key("sk_test_was_revoked", &state, &[]).is_err());
        assert!(check_key("sk_test_listed", &state, &["sk_test_listed".into()]).is_err());
        assert!(check_key("whatever", &state, &[]).is_err());
    }

    #[test]
    fn permissions() {
        assert_eq!(
            required_permission(&Method::POST, "/v1/checkout/sessions/cs_1/expire").as_deref(),
            Some("rak_checkout_session_write")
        );
        assert_eq!(
            required_permission(&Method::GET, "/v1/prices").as_deref(),
            Some("rak_product_read")
        );
        let granted = vec!["rak_checkout_session_write".to_string()];
        assert!(permits(&granted, "rak_checkout_session_read"));
        assert!(permits(&granted, "rak_checkout_session_write"));
        assert!(!permits(&granted, "rak_refund_write"));
        assert_eq!(
            normalize_permission("payment_intent_read").as_deref(),
            Some("rak_payment_intent_read")
        );
        assert_eq!(normalize_permission("rak_nonsense_read"), None);
    }
}
