//! The local webhook endpoint, for development with `stripe listen --forward-to
//! 127.0.0.1:PORT/webhook/stripe`. Off by default: a shop's desktop has no public URL, and
//! the Events API poller (`events.rs`) is what production relies on.
//!
//! The endpoint listens on 127.0.0.1 only. It verifies `Stripe-Signature` on the raw body
//! before reading anything else (HMAC-SHA256 keyed by the whole `whsec_…` secret over
//! `"{t}.{body}"`, any `v1` may match, constant-time comparison, timestamps older than 300 s
//! refused), records the event in the ledger, answers 200 and hands the event id to the
//! applier, which applies it exactly as the poller applies its events. A missing, malformed,
//! mismatched or stale signature gets 400 and a log line without the body.

use std::net::SocketAddr;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use tokio::sync::{mpsc, oneshot};

use crate::error::{Error, ErrorCode, Result};
use crate::events::{self, Received};
use crate::mode::Mode;
use crate::secrets::{SecretName, Secrets};
use crate::store::{now_ms, Store};

/// The endpoint's path, as `stripe listen --forward-to` is told.
pub const PATH: &str = "/webhook/stripe";
/// The default port when the endpoint is enabled.
pub const DEFAULT_PORT: u16 = 47_313;
/// The signing secret for development (`stripe listen` prints it). The keyring holds it
/// otherwise; see [`SecretSource`].
pub const SECRET_ENV: &str = "TILL_WEBHOOK_SECRET";
/// Enables the endpoint on this port (development; Settings does it otherwise).
pub const PORT_ENV: &str = "TILL_WEBHOOK_PORT";
/// Stripe's SDKs refuse signatures older than this.
pub const DEFAULT_TOLERANCE_SECS: i64 = 300;

/// A webhook signing secret (`whsec_…`). `Debug` and `Display` never print it.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookSecret(String);

impl WebhookSecret {
    /// Checks the form (`whsec_` and letters, digits or `_`), as Settings do.
    pub fn new(secret: impl AsRef<str>) -> Result<WebhookSecret> {
        let checked =
            crate::keys::parse_webhook_secret(secret.as_ref(), crate::i18n::Language::En)?;
        Ok(WebhookSecret(checked.expose().to_string()))
    }

    /// The secret itself: for signature checks, nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `whsec_…abcd`.
    pub fn masked(&self) -> String {
        crate::secrets::mask(&self.0)
    }
}

impl std::fmt::Debug for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "WebhookSecret({})", self.masked())
    }
}

impl std::fmt::Display for WebhookSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Where the signing secret came from. The keyring (Settings, `tillctl key set --webhook`)
/// is its home; the environment variable is a development shortcut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretSource {
    Keyring,
    Environment,
}

/// Picks the secret: the keyring's if it has one, else `TILL_WEBHOOK_SECRET`.
pub fn choose_secret(from_keyring: Option<&str>) -> Result<Option<(WebhookSecret, SecretSource)>> {
    if let Some(secret) = from_keyring.filter(|s| !s.trim().is_empty()) {
        return Ok(Some((WebhookSecret::new(secret)?, SecretSource::Keyring)));
    }
    match std::env::var(SECRET_ENV) {
        Ok(secret) if !secret.trim().is_empty() => Ok(Some((
            WebhookSecret::new(secret)?,
            SecretSource::Environment,
        ))),
        _ => Ok(None),
    }
}

/// Why a signature was refused. `code()` is what the log says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    #[error("the request has no Stripe-Signature header")]
    Missing,
    #[error("the Stripe-Signature header could not be read (it needs t=<unix time> and v1=<hex>)")]
    Malformed,
    #[error("the Stripe-Signature header has no v1 signature")]
    NoV1,
    #[error(
        "no v1 signature matches the body: the signing secret differs, or the body was changed"
    )]
    Mismatch,
    #[error("the signature is {age} s old, more than the {tolerance} s allowed (a replay, or this computer's clock is wrong)")]
    TooOld { age: i64, tolerance: i64 },
}

impl SignatureError {
    pub fn code(&self) -> &'static str {
        match self {
            SignatureError::Missing => "missing_signature",
            SignatureError::Malformed => "malformed_signature",
            SignatureError::NoV1 => "no_v1_signature",
            SignatureError::Mismatch => "signature_mismatch",
            SignatureError::TooOld { .. } => "stale_signature",
        }
    }
}

/// Verifies a `Stripe-Signature` header for `payload` (the raw body) at `now` (Unix seconds).
/// Returns the signed timestamp. As Stripe's SDKs do: every `v1` is tried (any may match),
/// other schemes (`v0`) are ignored, the comparison is constant-time, and only timestamps more
/// than `tolerance_secs` old are refused (a clock running behind is not the sender's fault).
pub fn verify(
    secret: &WebhookSecret,
    header: Option<&str>,
    payload: &[u8],
    now: i64,
    tolerance_secs: i64,
) -> std::result::Result<i64, SignatureError> {
    let header = header
        .filter(|h| !h.trim().is_empty())
        .ok_or(SignatureError::Missing)?;
    let mut timestamp: Option<i64> = None;
    let mut signatures: Vec<&str> = Vec::new();
    for item in header.split(',') {
        let Some((key, value)) = item.trim().split_once('=') else {
            continue;
        };
        match key {
            "t" if timestamp.is_none() => {
                let digits = value.strip_prefix('-').unwrap_or(value);
                if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(SignatureError::Malformed);
                }
                timestamp = Some(value.parse().map_err(|_| SignatureError::Malformed)?);
            }
            "v1" => signatures.push(value),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or(SignatureError::Malformed)?;
    if signatures.is_empty() {
        return Err(SignatureError::NoV1);
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.expose().as_bytes())
        .map_err(|_| SignatureError::Mismatch)?;
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(payload);
    let matched = signatures.iter().any(|candidate| {
        // Stripe sends lowercase hex; the SDKs compare the hex text, so anything else
        // does not match.
        let is_lower_hex = candidate.len() == 64
            && candidate
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
        is_lower_hex
            && hex::decode(candidate).is_ok_and(|bytes| mac.clone().verify_slice(&bytes).is_ok())
    });
    if !matched {
        return Err(SignatureError::Mismatch);
    }
    if timestamp < now.saturating_sub(tolerance_secs) {
        return Err(SignatureError::TooOld {
            age: now.saturating_sub(timestamp),
            tolerance: tolerance_secs,
        });
    }
    Ok(timestamp)
}

/// Whether the endpoint runs, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WebhookSettings {
    pub enabled: bool,
    pub port: u16,
}

impl Default for WebhookSettings {
    fn default() -> Self {
        WebhookSettings {
            enabled: false,
            port: DEFAULT_PORT,
        }
    }
}

impl WebhookSettings {
    /// Settings `webhook_enabled` (`true`/`false`) and `webhook_port`; `TILL_WEBHOOK_PORT`
    /// enables it on that port whatever Settings say.
    pub fn load(ledger: &crate::store::Ledger) -> Result<WebhookSettings> {
        let mut settings = WebhookSettings::default();
        if let Some(enabled) = ledger.setting("webhook_enabled")? {
            settings.enabled = enabled.trim() == "true";
        }
        if let Some(port) = ledger.setting("webhook_port")? {
            settings.port = port.trim().parse().map_err(|_| {
                Error::invalid_input(format!(
                    "The webhook port {port:?} in Settings is not a port number."
                ))
            })?;
        }
        if let Ok(port) = std::env::var(PORT_ENV) {
            settings.port = port.trim().parse().map_err(|_| {
                Error::invalid_input(format!("{PORT_ENV}={port:?} is not a port number."))
            })?;
            settings.enabled = true;
        }
        Ok(settings)
    }
}

struct Endpoint {
    secret: WebhookSecret,
    store: Store,
    mode: Mode,
    received: mpsc::UnboundedSender<String>,
}

/// The running endpoint; dropping it stops the server.
pub struct WebhookEndpoint {
    address: SocketAddr,
    _shutdown: oneshot::Sender<()>,
}

impl WebhookEndpoint {
    /// Serves `POST /webhook/stripe` on 127.0.0.1:`port` (0 picks a free one). Each verified
    /// event is recorded in `store`, then its id is sent on `received` for the applier
    /// ([`events::apply_recorded`]).
    pub async fn start(
        port: u16,
        secret: WebhookSecret,
        store: Store,
        mode: Mode,
        received: mpsc::UnboundedSender<String>,
    ) -> Result<WebhookEndpoint> {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port)))
            .await
            .map_err(|e| {
                Error::new(
                    ErrorCode::Internal,
                    format!(
                        "Could not open the webhook endpoint on 127.0.0.1:{port}: {e}. Another program may use that port; choose another webhook port in Settings (or {PORT_ENV})."
                    ),
                )
            })?;
        let address = listener.local_addr().map_err(|e| {
            Error::internal(format!(
                "Could not read the webhook endpoint's address: {e}"
            ))
        })?;
        let endpoint = Arc::new(Endpoint {
            secret,
            store,
            mode,
            received,
        });
        let app = Router::new()
            .route(PATH, post(receive))
            .with_state(endpoint);
        let (shutdown, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
            if let Err(e) = served {
                tracing::warn!(error = %e, "the webhook endpoint stopped");
            }
        });
        tracing::info!(url = %format!("http://{address}{PATH}"), "webhook endpoint listening (development)");
        Ok(WebhookEndpoint {
            address,
            _shutdown: shutdown,
        })
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// `http://127.0.0.1:PORT/webhook/stripe`.
    pub fn url(&self) -> String {
        format!("http://{}{PATH}", self.address)
    }
}

/// Starts the endpoint if Settings (or `TILL_WEBHOOK_PORT`) enable it, with the signing
/// secret from the keyring, else `TILL_WEBHOOK_SECRET`. `Ok(None)` when it is off (the
/// keyring is not even read then). Verified events go to `received` for the applier.
pub async fn start_if_enabled(
    store: &Store,
    mode: Mode,
    secrets: &Secrets,
    received: mpsc::UnboundedSender<String>,
) -> Result<Option<WebhookEndpoint>> {
    let settings = store.call(|l| WebhookSettings::load(l)).await?;
    if !settings.enabled {
        return Ok(None);
    }
    let stored = match secrets.read(SecretName::WebhookSecret).await {
        Ok(stored) => stored,
        Err(e) => {
            tracing::warn!(error = %e, "could not read the webhook signing secret from the keyring");
            None
        }
    };
    let Some((secret, source)) = choose_secret(stored.as_ref().map(|s| s.expose()))? else {
        return Err(Error::invalid_input(format!(
            "The webhook endpoint is enabled but has no signing secret, so it was not started. Run `stripe listen --forward-to 127.0.0.1:{}{PATH}`, then store the whsec_… it prints in Settings (or `tillctl key set --webhook`), or set {SECRET_ENV}.",
            settings.port
        ))
        .with_reason("no_webhook_secret"));
    };
    tracing::info!(secret = %secret, ?source, "webhook signing secret found");
    WebhookEndpoint::start(settings.port, secret, store.clone(), mode, received)
        .await
        .map(Some)
}

fn unix_now() -> i64 {
    now_ms() / 1000
}

async fn receive(
    State(endpoint): State<Arc<Endpoint>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, &'static str) {
    let header = match headers.get("stripe-signature").map(|v| v.to_str()) {
        None => None,
        Some(Ok(value)) => Some(value),
        Some(Err(_)) => {
            tracing::warn!(
                reason = SignatureError::Malformed.code(),
                bytes = body.len(),
                "webhook refused: the Stripe-Signature header is not text"
            );
            return (StatusCode::BAD_REQUEST, "invalid signature\n");
        }
    };
    if let Err(e) = verify(
        &endpoint.secret,
        header,
        &body,
        unix_now(),
        DEFAULT_TOLERANCE_SECS,
    ) {
        // Never the body: it is unauthenticated input.
        tracing::warn!(
            reason = e.code(),
            bytes = body.len(),
            "webhook refused: {e}"
        );
        return (StatusCode::BAD_REQUEST, "invalid signature\n");
    }
    let received = match Received::parse(&body) {
        Ok(received) => received,
        Err(e) => {
            tracing::warn!(bytes = body.len(), error = %e, "webhook refused: a signed body that is not a Stripe event");
            return (StatusCode::BAD_REQUEST, "not a Stripe event\n");
        }
    };
    let id = received.id.clone();
    let (store, mode) = (endpoint.store.clone(), endpoint.mode);
    match events::record(&store, mode, received, crate::checkout::Source::Webhook).await {
        Ok(new) => {
            tracing::info!(event_id = %id, new, "webhook event received");
            // The applier may be gone while Till stops; the event is recorded and the next
            // start applies it.
            let _ = endpoint.received.send(id);
            (StatusCode::OK, "ok\n")
        }
        Err(e) => {
            tracing::warn!(event_id = %id, error = %e, "webhook event not recorded; Stripe will send it again");
            (StatusCode::INTERNAL_SERVER_ERROR, "not recorded\n")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VECTOR_PAYLOAD: &str = r#"{"id":"evt_test_1","object":"event","type":"checkout.session.completed","api_version":"2025-01-27.acacia","created":1700000000,"data":{"object":{"id":"cs_test_1","object":"checkout.session","status":"complete","payment_status":"paid","client_reference_id":"sale-42"}}}"#;
    const VECTOR_HEADER: &str =
        "t=1700000000,v1=5f1bad5044b589747ff606b1555f33a1f1579f278270cad0f76f88ffc1ad8b18";

    fn secret(s: &str) -> WebhookSecret {
        WebhookSecret::new(s).unwrap()
    }

    fn sign(secret: &str, t: i64, payload: &[u8]) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).unwrap();
        mac.update(format!("{t}.").as_bytes());
        mac.update(payload);
        hex::encode(mac.finalize().into_bytes())
    }

    #[test]
    fn the_stripe_notes_test_vector_verifies() {
        let s = secret("whsec_test_secret");
        assert_eq!(
            verify(
                &s,
                Some(VECTOR_HEADER),
                VECTOR_PAYLOAD.as_bytes(),
                1_700_000_000,
                300
            ),
            Ok(1_700_000_000)
        );
        assert_eq!(
            format!(
                "t=1700000000,v1={}",
                sign(
                    "whsec_test_secret",
                    1_700_000_000,
                    VECTOR_PAYLOAD.as_bytes()
                )
            ),
            VECTOR_HEADER
        );
    }

    #[test]
    fn tampering_a_wrong_secret_and_missing_parts_are_refused() {
        let s = secret("whsec_test_secret");
        let at = 1_700_000_000;
        let tampered = VECTOR_PAYLOAD.replace("sale-42", "sale-43");
        assert_eq!(
            verify(&s, Some(VECTOR_HEADER), tampered.as_bytes(), at, 300),
            Err(SignatureError::Mismatch)
        );
        // One byte more (a trailing newline) is another body.
        let mut longer = VECTOR_PAYLOAD.as_bytes().to_vec();
        longer.push(b'\n');
        assert_eq!(
            verify(&s, Some(VECTOR_HEADER), &longer, at, 300),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(
                &secret("whsec_other"),
                Some(VECTOR_HEADER),
                VECTOR_PAYLOAD.as_bytes(),
                at,
                300
            ),
            Err(SignatureError::Mismatch)
        );
        // Keyed by the whole secret: without the prefix it is another key.
        let without_prefix = sign("test_secret", at, VECTOR_PAYLOAD.as_bytes());
        assert_eq!(
            verify(
                &s,
                Some(&format!("t={at},v1={without_prefix}")),
                VECTOR_PAYLOAD.as_bytes(),
                at,
                300
            ),
            Err(SignatureError::Mismatch)
        );
        assert_eq!(
            verify(&s, None, VECTOR_PAYLOAD.as_bytes(), at, 300),
            Err(SignatureError::Missing)
        );
        assert_eq!(
            verify(&s, Some(""), VECTOR_PAYLOAD.as_bytes(), at, 300),
            Err(SignatureError::Missing)
        );
        for malformed in [
            "v1=5f1bad5044b589747ff606b1555f33a1f1579f278270cad0f76f88ffc1ad8b18",
            "t=soon,v1=5f1bad5044b589747ff606b1555f33a1f1579f278270cad0f76f88ffc1ad8b18",
            "t=,v1=abc",
            "garbage",
        ] {
            assert_eq!(
                verify(&s, Some(malformed), VECTOR_PAYLOAD.as_bytes(), at, 300),
                Err(SignatureError::Malformed),
                "{malformed}"
            );
        }
        // The timestamp is signed: moving it breaks the signature.
        let moved = VECTOR_HEADER.replace("t=1700000000", "t=1700000001");
        assert_eq!(
            verify(&s, Some(&moved), VECTOR_PAYLOAD.as_bytes(), at, 300),
            Err(SignatureError::Mismatch)
        );
        // Uppercase hex is not what Stripe sends, and the SDKs compare text.
        assert_eq!(
            verify(
                &s,
                Some(
                    &VECTOR_HEADER
                        .to_uppercase()
                        .replace("T=", "t=")
                        .replace("V1=", "v1=")
                ),
                VECTOR_PAYLOAD.as_bytes(),
                at,
                300
            ),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn any_v1_may_match_and_v0_is_ignored() {
        let s = secret("whsec_test_secret");
        let at = 1_700_000_000;
        let good = "5f1bad5044b589747ff606b1555f33a1f1579f278270cad0f76f88ffc1ad8b18";
        let wrong = sign("whsec_rotated_old", at, VECTOR_PAYLOAD.as_bytes());
        let several = format!("t={at},v1={wrong},v1={good},v0=0000");
        assert_eq!(
            verify(&s, Some(&several), VECTOR_PAYLOAD.as_bytes(), at, 300),
            Ok(at)
        );
        let reversed = format!("v0={good},v1={good},t={at}");
        assert_eq!(
            verify(&s, Some(&reversed), VECTOR_PAYLOAD.as_bytes(), at, 300),
            Ok(at)
        );
        // A correct v0 alone does not count: only v1 is Stripe's scheme.
        let v0_only = format!("t={at},v0={good}");
        assert_eq!(
            verify(&s, Some(&v0_only), VECTOR_PAYLOAD.as_bytes(), at, 300),
            Err(SignatureError::NoV1)
        );
        let all_wrong = format!("t={at},v1={wrong},v1=zz");
        assert_eq!(
            verify(&s, Some(&all_wrong), VECTOR_PAYLOAD.as_bytes(), at, 300),
            Err(SignatureError::Mismatch)
        );
    }

    #[test]
    fn only_timestamps_older_than_the_tolerance_are_refused() {
        let s = secret("whsec_test_secret");
        let at = 1_700_000_000;
        let body = VECTOR_PAYLOAD.as_bytes();
        assert_eq!(verify(&s, Some(VECTOR_HEADER), body, at + 300, 300), Ok(at));
        assert_eq!(
            verify(&s, Some(VECTOR_HEADER), body, at + 301, 300),
            Err(SignatureError::TooOld {
                age: 301,
                tolerance: 300
            })
        );
        // A sender whose clock runs ahead is not refused (the SDKs do the same).
        assert_eq!(
            verify(&s, Some(VECTOR_HEADER), body, at - 3_600, 300),
            Ok(at)
        );
    }

    #[test]
    fn secrets_are_checked_and_never_printed() {
        assert!(WebhookSecret::new("sk_test_abc").is_err());
        assert!(WebhookSecret::new("").is_err());
        assert!(WebhookSecret::new("whsec_").is_err());
        assert!(WebhookSecret::new("whsec_a b").is_err());
        let s = secret(" whsec_0123456789abcdef\n");
        assert_eq!(s.expose(), "whsec_0123456789abcdef");
        assert_eq!(format!("{s}"), "whsec_…cdef");
        assert!(!format!("{s:?}").contains("0123456789"));
    }
}
