//! The Stripe adapter: the only place in Till that reads the secret key or talks to Stripe.
//!
//! Requests are built with async-stripe's typed request builders and sent through Till's
//! own transport ([`client::StripeHttp`]), which keeps what async-stripe's client throws
//! away: the HTTP status and the `Stripe-Should-Retry` header. Till's retry loop
//! ([`retry`]) uses them, and sends every attempt of a POST with the key stored in the
//! ledger before the first attempt.

pub mod client;
mod discounts;
mod feed;
mod gateway;
pub mod json;
mod owner_calls;
pub mod retry;
pub mod secrets;
pub mod verify;

use std::fmt;

use serde::Serialize;

pub use client::StripeHttp;
pub use discounts::{
    NewCoupon, NewTaxRate, SessionFigures, SessionTax, StripeCoupon, StripePromotionCode,
    StripeTaxRate,
};
pub use feed::{ChargeSummary, EventPages};
pub use gateway::{CheckoutLine, CheckoutRequest, Gateway, InlinePrice, INLINE_PRICE_PREFIX};
pub use owner_calls::{NewPrice, NewProduct, RefundRequest, StripeRefund};

use crate::error::{Error, ErrorCode};
use till_i18n::{text, text_with, Arg, Language};
// The domain module this crate uses, under the name the adapter code gives it.
use till_domain::error;

/// A Stripe secret or restricted key. `Debug` and `Display` never print it.
#[derive(Clone, PartialEq, Eq)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key; callers validate its form first (see the keys module).
    pub fn new(key: impl Into<String>) -> ApiKey {
        ApiKey(key.into())
    }

    /// The key itself: for the `Authorization` header and the keyring, nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `sk_test_…a1b2`: prefix and last four characters (see [`crate::secrets::mask`]).
    pub fn masked(&self) -> String {
        crate::secrets::mask(&self.0)
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({})", self.masked())
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Stripe's error body, the fields Till uses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct ApiError {
    #[serde(rename = "type", default)]
    pub type_: String,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub decline_code: Option<String>,
    #[serde(default)]
    pub message: Option<String>,
    #[serde(default)]
    pub param: Option<String>,
}

/// Why a call to Stripe failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StripeFailure {
    /// The request never got an answer (refused, reset, DNS, TLS).
    Network(String),
    /// No answer within the timeout.
    Timeout,
    /// Stripe answered with an error status.
    Api {
        status: u16,
        error: ApiError,
        /// The `Stripe-Should-Retry` header, when Stripe sent one.
        should_retry: Option<bool>,
        /// `Idempotent-Replayed: true`: Stripe repeated the stored answer for this key, so
        /// sending the same key again will get the same error.
        replayed: bool,
    },
    /// The answer could not be read.
    Decode(String),
}

impl StripeFailure {
    /// Whether the failure may be temporary: network trouble, timeouts, 409, 424, 429 and
    /// 5xx, unless `Stripe-Should-Retry` says otherwise. For a POST the outcome is then
    /// unknown: Stripe may or may not have done it.
    pub fn is_transient(&self) -> bool {
        match self {
            StripeFailure::Network(_) | StripeFailure::Timeout => true,
            StripeFailure::Api {
                should_retry: Some(decision),
                ..
            } => *decision,
            StripeFailure::Api { status, .. } => {
                matches!(status, 409 | 424 | 429) || *status >= 500
            }
            StripeFailure::Decode(_) => false,
        }
    }

    /// Whether sending the same request again (with the same idempotency key) may succeed:
    /// a transient failure that Stripe did not replay from its idempotency store.
    pub fn is_retryable(&self) -> bool {
        self.is_transient() && !self.is_replayed()
    }

    /// Stripe refused the request because its idempotency key was first used with other
    /// parameters (`idempotency_error`, 400): e.g. a sale's create retried after its settings
    /// changed (the after-payment page, or training's per-start shop-network token).
    pub fn is_idempotency_mismatch(&self) -> bool {
        matches!(self, StripeFailure::Api { status: 400, error, .. } if error.type_ == "idempotency_error")
    }

    /// Stripe replayed a stored error for this idempotency key.
    pub fn is_replayed(&self) -> bool {
        matches!(self, StripeFailure::Api { replayed: true, .. })
    }

    pub fn is_rate_limited(&self) -> bool {
        matches!(self, StripeFailure::Api { status: 429, .. })
    }

    /// The Stripe error `code`, if any (`resource_missing`, `idempotency_error`...).
    pub fn code(&self) -> Option<&str> {
        match self {
            StripeFailure::Api { error, .. } => error.code.as_deref(),
            _ => None,
        }
    }
}

impl StripeFailure {
    /// The failure in `language` (Fluent `stripe-failure-…`; the English is the `Display`
    /// text, word for word). Stripe's own message and the transport's words stay as they came.
    pub fn message(&self, language: Language) -> String {
        match self {
            StripeFailure::Network(e) => text_with(
                language,
                "stripe-failure-network",
                &[("error", Arg::Text(e))],
            ),
            StripeFailure::Timeout => text(language, "stripe-failure-timeout"),
            StripeFailure::Api { status, error, .. } => {
                let message = match error.message.as_deref() {
                    Some(message) => message.to_string(),
                    None => text(language, "stripe-failure-no-message"),
                };
                let mut kind = String::new();
                if !error.type_.is_empty() {
                    kind = format!(" ({}", error.type_);
                    if let Some(code) = &error.code {
                        kind.push('/');
                        kind.push_str(code);
                    }
                    kind.push(')');
                }
                text_with(
                    language,
                    "stripe-failure-api",
                    &[
                        ("status", Arg::Text(&status.to_string())),
                        ("kind", Arg::Text(&kind)),
                        ("message", Arg::Text(&message)),
                    ],
                )
            }
            StripeFailure::Decode(e) => text_with(
                language,
                "stripe-failure-decode",
                &[("error", Arg::Text(e))],
            ),
        }
    }

    /// The failure as the core's error, in `language`, with what to do (the English is
    /// `Error::from`'s, word for word).
    pub fn refusal(&self, language: Language) -> Error {
        let code = match self {
            StripeFailure::Network(_) | StripeFailure::Timeout => ErrorCode::Network,
            _ => ErrorCode::Stripe,
        };
        let advice = match self {
            StripeFailure::Network(_) | StripeFailure::Timeout => Some("stripe-advice-network"),
            StripeFailure::Api { status: 401, .. } => Some("stripe-advice-key"),
            StripeFailure::Api { status: 403, .. } => Some("stripe-advice-permission"),
            StripeFailure::Api { status: 429, .. } => Some("stripe-advice-busy"),
            _ => None,
        };
        let message = self.message(language);
        let failure = Arg::Text(message.trim_end_matches(['.', '。']));
        let sentence = match advice {
            Some(advice) => text_with(
                language,
                "stripe-failure-advice",
                &[
                    ("failure", failure),
                    ("advice", Arg::Text(&text(language, advice))),
                ],
            ),
            None => text_with(language, "stripe-failure-sentence", &[("failure", failure)]),
        };
        Error::new(code, sentence)
    }
}

impl fmt::Display for StripeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl std::error::Error for StripeFailure {}

impl stripe_client_core::StripeClientErr for StripeFailure {
    fn deserialize_err(msg: impl fmt::Display) -> Self {
        StripeFailure::Decode(msg.to_string())
    }
}

/// In English (where no language is at hand: the background's logs and errors).
impl From<StripeFailure> for Error {
    fn from(failure: StripeFailure) -> Error {
        failure.refusal(Language::En)
    }
}

/// A Checkout Session as Till needs to see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SessionView {
    pub id: String,
    pub url: Option<String>,
    /// `open`, `complete` or `expired`.
    pub status: String,
    /// `paid`, `unpaid` or `no_payment_required`.
    pub payment_status: String,
    pub expires_at: i64,
    pub amount_total: Option<i64>,
    pub currency: Option<String>,
    pub client_reference_id: Option<String>,
    pub livemode: bool,
    pub payment_intent: Option<PaymentIntentView>,
    /// A membership's session, once paid: its subscription (`sub_…`).
    pub subscription_id: Option<String>,
    /// The email the customer paid with (`customer_details.email`).
    pub customer_email: Option<String>,
}

/// The PaymentIntent behind a session, once the customer has tried to pay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentIntentView {
    pub id: String,
    /// `requires_payment_method`, `requires_action`, `processing`, `succeeded`, `canceled`...
    pub status: String,
    pub amount: i64,
    pub amount_received: i64,
    pub last_payment_error: Option<ApiError>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_print() {
        let key = ApiKey::new("sk_test_51Habcdefghijklmnopa1b2");
        assert_eq!(key.masked(), "sk_test_…a1b2");
        assert_eq!(format!("{key}"), "sk_test_…a1b2");
        assert!(!format!("{key:?}").contains("abcdefgh"));
    }

    #[test]
    fn retryability_follows_stripe() {
        let api = |status, should_retry| StripeFailure::Api {
            status,
            error: ApiError::default(),
            should_retry,
            replayed: false,
        };
        assert!(api(500, None).is_retryable());
        assert!(api(429, None).is_retryable());
        assert!(api(409, None).is_retryable());
        assert!(!api(400, None).is_retryable());
        assert!(!api(402, None).is_retryable());
        assert!(!api(500, Some(false)).is_retryable());
        assert!(api(400, Some(true)).is_retryable());
        assert!(StripeFailure::Network("reset".into()).is_retryable());
        assert!(StripeFailure::Timeout.is_retryable());
    }

    #[test]
    fn failures_become_coded_errors() {
        let e: Error = StripeFailure::Network("connection refused".into()).into();
        assert_eq!(e.code, ErrorCode::Network);
        let e: Error = StripeFailure::Api {
            status: 400,
            error: ApiError {
                type_: "invalid_request_error".into(),
                code: Some("parameter_unknown".into()),
                message: Some("Received unknown parameter: foo".into()),
                ..ApiError::default()
            },
            should_retry: None,
            replayed: false,
        }
        .into();
        assert_eq!(e.code, ErrorCode::Stripe);
        assert!(e.message.contains("Received unknown parameter: foo"));
    }

    /// The English is as it always was; other languages translate Till's words around
    /// Stripe's and the transport's own.
    #[test]
    fn failures_speak_the_language_asked_for() {
        let api = |status, message: Option<&str>| StripeFailure::Api {
            status,
            error: ApiError {
                type_: "invalid_request_error".into(),
                code: Some("resource_missing".into()),
                message: message.map(String::from),
                ..ApiError::default()
            },
            should_retry: None,
            replayed: false,
        };
        let english: Vec<(StripeFailure, &str)> = vec![
            (
                StripeFailure::Network("connection refused".into()),
                "Stripe could not be reached (connection refused). Check the internet connection and try again; nothing was lost.",
            ),
            (
                StripeFailure::Timeout,
                "Stripe did not answer in time. Check the internet connection and try again; nothing was lost.",
            ),
            (
                api(404, Some("No such price: 'price_x'.")),
                "Stripe answered 404 (invalid_request_error/resource_missing): No such price: 'price_x'.",
            ),
            (
                api(401, None),
                "Stripe answered 401 (invalid_request_error/resource_missing): no message. The Stripe key was refused: check it in Settings.",
            ),
            (
                StripeFailure::Decode("EOF".into()),
                "Stripe's answer could not be read (EOF).",
            ),
        ];
        for (failure, words) in english {
            assert_eq!(Error::from(failure.clone()).message, words);
            assert_eq!(failure.refusal(Language::En).message, words);
        }
        assert_eq!(
            StripeFailure::Timeout.to_string(),
            "Stripe did not answer in time"
        );
        assert_eq!(
            StripeFailure::Network("connection refused".into())
                .refusal(Language::De)
                .message,
            "Stripe war nicht erreichbar (connection refused). Prüfen Sie die Internetverbindung und versuchen Sie es erneut; es ging nichts verloren."
        );
        assert_eq!(
            api(404, Some("No such price: 'price_x'")).message(Language::De),
            "Stripe hat mit 404 (invalid_request_error/resource_missing) geantwortet: No such price: 'price_x'"
        );
    }
}
