//! Till's HTTP transport for async-stripe's request builders: one attempt per call,
//! returning the status and `Stripe-Should-Retry` with any error.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::header::{HeaderValue, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use hyper_tls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use stripe_client_core::{CustomizedStripeRequest, StripeClient, StripeMethod};

use super::{ApiError, ApiKey, StripeFailure};

/// Stripe's API base.
pub const STRIPE_API_BASE: &str = "https://api.stripe.com";

/// A Stripe client bound to one key and one API base.
#[derive(Clone)]
pub struct StripeHttp {
    client: Connection,
    api_base: String,
    authorization: HeaderValue,
    timeout: Duration,
    stats: Arc<Counters>,
}

/// TLS for Stripe; plain HTTP for a loopback simulator (`http://` base), which spares the
/// start-up of training mode loading the system's root certificates it would never use.
#[derive(Clone)]
enum Connection {
    Tls(Client<HttpsConnector<HttpConnector>, Full<Bytes>>),
    Plain(Client<HttpConnector, Full<Bytes>>),
}

impl Connection {
    fn new(api_base: &str) -> Connection {
        let mut builder = Client::builder(TokioExecutor::new());
        builder.pool_idle_timeout(Duration::from_secs(60));
        if api_base.starts_with("http://") {
            Connection::Plain(builder.build(HttpConnector::new()))
        } else {
            Connection::Tls(builder.build(HttpsConnector::new()))
        }
    }

    async fn request(
        &self,
        request: hyper::Request<Full<Bytes>>,
    ) -> Result<hyper::Response<hyper::body::Incoming>, hyper_util::client::legacy::Error> {
        match self {
            Connection::Tls(client) => client.request(request).await,
            Connection::Plain(client) => client.request(request).await,
        }
    }
}

/// Requests sent and time spent waiting for Stripe, for diagnostics and benchmarks.
#[derive(Debug, Default)]
struct Counters {
    requests: AtomicU64,
    waited_nanos: AtomicU64,
}

/// A snapshot of [`StripeHttp::stats`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HttpStats {
    pub requests: u64,
    pub waited: Duration,
}

impl std::fmt::Debug for StripeHttp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StripeHttp")
            .field("api_base", &self.api_base)
            .finish_non_exhaustive()
    }
}

impl StripeHttp {
    /// `api_base` without `/v1`, e.g. `https://api.stripe.com` or `http://127.0.0.1:4242`.
    pub fn new(
        key: &ApiKey,
        api_base: &str,
        timeout: Duration,
    ) -> Result<StripeHttp, StripeFailure> {
        let mut authorization = HeaderValue::from_str(&format!("Bearer {}", key.expose()))
            .map_err(|_| {
                StripeFailure::Decode(
                    "the Stripe key contains characters that cannot be sent".into(),
                )
            })?;
        authorization.set_sensitive(true);
        Ok(StripeHttp {
            client: Connection::new(api_base),
            api_base: api_base.trim_end_matches('/').to_string(),
            authorization,
            timeout,
            stats: Arc::default(),
        })
    }

    /// Requests sent so far (by this client and its clones) and the time spent waiting on them.
    pub fn stats(&self) -> HttpStats {
        HttpStats {
            requests: self.stats.requests.load(Ordering::Relaxed),
            waited: Duration::from_nanos(self.stats.waited_nanos.load(Ordering::Relaxed)),
        }
    }

    pub fn api_base(&self) -> &str {
        &self.api_base
    }

    async fn send_once(&self, request: CustomizedStripeRequest) -> Result<Bytes, StripeFailure> {
        let (request, config) = request.into_pieces();
        let mut uri = format!("{}/v1{}", self.api_base, request.path);
        if let Some(query) = &request.query {
            if !query.is_empty() {
                uri.push('?');
                uri.push_str(query);
            }
        }
        let method = match request.method {
            StripeMethod::Get => hyper::Method::GET,
            StripeMethod::Post => hyper::Method::POST,
            StripeMethod::Delete => hyper::Method::DELETE,
        };
        let mut builder = hyper::Request::builder()
            .method(method)
            .uri(&uri)
            .header(AUTHORIZATION, self.authorization.clone())
            .header(USER_AGENT, concat!("Till/", env!("CARGO_PKG_VERSION")))
            .header("stripe-version", stripe_shared::version::VERSION.as_str());
        if let Some(key) = config.request_strategy.as_ref().and_then(|s| s.get_key()) {
            builder = builder.header("idempotency-key", key.as_str());
        }
        let body = match request.body {
            Some(body) => {
                builder = builder.header(CONTENT_TYPE, "application/x-www-form-urlencoded");
                Bytes::from(body)
            }
            None => Bytes::new(),
        };
        let http_request = builder
            .body(Full::new(body))
            .map_err(|e| StripeFailure::Network(format!("building the request: {e}")))?;
        let timeout = config.timeout.unwrap_or(self.timeout);
        let exchange = async {
            let response = self
                .client
                .request(http_request)
                .await
                .map_err(|e| StripeFailure::Network(describe_hyper_error(&e)))?;
            let status = response.status().as_u16();
            let should_retry = response
                .headers()
                .get("stripe-should-retry")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.parse::<bool>().ok());
            let replayed = response
                .headers()
                .get("idempotent-replayed")
                .is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"true"));
            let bytes = bytes_of(response).await?;
            Ok::<_, StripeFailure>((status, should_retry, replayed, bytes))
        };
        let sent = Instant::now();
        let answer = tokio::time::timeout(timeout, exchange).await;
        self.stats.requests.fetch_add(1, Ordering::Relaxed);
        self.stats.waited_nanos.fetch_add(
            u64::try_from(sent.elapsed().as_nanos()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
        let (status, should_retry, replayed, bytes) =
            answer.map_err(|_| StripeFailure::Timeout)??;
        if (200..300).contains(&status) {
            return Ok(bytes);
        }
        #[derive(serde::Deserialize)]
        struct Envelope {
            error: ApiError,
        }
        let error = serde_json::from_slice::<Envelope>(&bytes)
            .map(|e| e.error)
            .unwrap_or_else(|_| ApiError {
                type_: "api_error".into(),
                message: Some(format!(
                    "unexpected answer: {}",
                    String::from_utf8_lossy(&bytes[..bytes.len().min(200)])
                )),
                ..ApiError::default()
            });
        tracing::debug!(status, ?should_retry, code = ?error.code, path = %request.path, "Stripe returned an error");
        Err(StripeFailure::Api {
            status,
            error,
            should_retry,
            replayed,
        })
    }
}

async fn bytes_of(
    response: hyper::Response<hyper::body::Incoming>,
) -> Result<Bytes, StripeFailure> {
    Ok(response
        .into_body()
        .collect()
        .await
        .map_err(|e| StripeFailure::Network(format!("reading the answer: {e}")))?
        .to_bytes())
}

fn describe_hyper_error(e: &hyper_util::client::legacy::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(inner) = source {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        source = inner.source();
    }
    text
}

impl StripeClient for StripeHttp {
    type Err = StripeFailure;

    fn execute(
        &self,
        request: CustomizedStripeRequest,
    ) -> impl std::future::Future<Output = Result<Bytes, StripeFailure>> + Send {
        self.send_once(request)
    }
}
