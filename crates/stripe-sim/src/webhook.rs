//! Webhook signatures exactly as Stripe makes them, and the delivery request.

use std::time::Duration;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::raw;

/// Hex SHA-256 (used to keep API keys out of the state file and logs).
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// The `v1` signature: HMAC-SHA256 keyed by the whole secret (`whsec_…` included) over
/// `"{timestamp}.{payload}"`, hex-encoded.
pub fn sign(secret: &str, timestamp: i64, payload: &[u8]) -> String {
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail here.
    let mut mac = match Hmac::<Sha256>::new_from_slice(secret.as_bytes()) {
        Ok(mac) => mac,
        Err(_) => return String::new(),
    };
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    hex::encode(mac.finalize().into_bytes())
}

/// `Stripe-Signature: t=…,v1=…`.
pub fn signature_header(secret: &str, timestamp: i64, payload: &[u8]) -> String {
    format!("t={timestamp},v1={}", sign(secret, timestamp, payload))
}

/// How long Stripe waits for an endpoint to answer.
pub const DELIVERY_TIMEOUT: Duration = Duration::from_secs(10);

/// POSTs one signed event. `Ok(status)` when the endpoint answered.
pub async fn deliver(
    url: &str,
    secret: &str,
    payload: &[u8],
    timestamp: i64,
) -> anyhow::Result<u16> {
    let signature = signature_header(secret, timestamp, payload);
    let response = raw::request(
        "POST",
        url,
        &[
            ("Content-Type", "application/json; charset=utf-8"),
            (
                "User-Agent",
                "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
            ),
            ("Accept", "*/*; q=0.5, application/xml"),
            ("Cache-Control", "no-cache"),
            ("Stripe-Signature", &signature),
        ],
        Some(payload),
        DELIVERY_TIMEOUT,
    )
    .await?;
    Ok(response.status)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The test vector in `shared/stripe-notes.md`, reproduced by stripe-python, stripe-node
    /// and openssl.
    #[test]
    fn stripe_notes_test_vector() {
        let payload = r#"{"id":"evt_test_1","object":"event","type":"checkout.session.completed","api_version":"2025-01-27.acacia","created":1700000000,"data":{"object":{"id":"cs_test_1","object":"checkout.session","status":"complete","payment_status":"paid","client_reference_id":"sale-42"}}}"#;
        assert_eq!(
            signature_header("whsec_test_secret", 1_700_000_000, payload.as_bytes()),
            "t=1700000000,v1=5f1bad5044b589747ff606b1555f33a1f1579f278270cad0f76f88ffc1ad8b18"
        );
    }
}
