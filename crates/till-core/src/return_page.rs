//! The loopback page Stripe Checkout returns the customer to: "payment received, you may
//! close this tab". A visit only wakes the watcher of that session so it asks Stripe at
//! once; the redirect itself proves nothing and never settles a sale.

use std::net::SocketAddr;

use axum::extract::{Query, State};
use axum::response::Html;
use axum::routing::get;
use axum::Router;
use serde::Deserialize;
use tokio::sync::{mpsc, oneshot};

use crate::error::{Error, Result};

/// Where the page listens by default; sessions carry this URL, so it stays the same across
/// restarts. Settings may change it.
pub const DEFAULT_PORT: u16 = 47_311;
/// Overrides the return page's port (0 picks a free one).
pub const RETURN_PORT_ENV: &str = "TILL_RETURN_PORT";

/// A customer's browser came back from Stripe Checkout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReturnVisit {
    pub session_id: Option<String>,
    pub paid_page: bool,
}

/// The running page; dropping it stops the server.
pub struct ReturnPage {
    base_url: String,
    _shutdown: oneshot::Sender<()>,
}

impl ReturnPage {
    /// Serves on 127.0.0.1:`port` (0 picks a free port). Visits are sent to `visits`.
    pub async fn start(
        port: u16,
        visits: mpsc::UnboundedSender<ReturnVisit>,
    ) -> Result<ReturnPage> {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], port)))
            .await
            .map_err(|e| {
                Error::new(
                    crate::ErrorCode::Storage,
                    format!(
                        "Could not open the payment return page on 127.0.0.1:{port}: {e}. Another program may use that port; choose another in Settings."
                    ),
                )
            })?;
        let address = listener.local_addr().map_err(|e| {
            Error::internal(format!("Could not read the return page's address: {e}"))
        })?;
        let app = Router::new()
            .route("/checkout/success", get(success))
            .route("/checkout/cancel", get(cancel))
            .with_state(visits);
        let (shutdown, stopped) = oneshot::channel::<()>();
        tokio::spawn(async move {
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
            if let Err(e) = served {
                tracing::warn!(error = %e, "the payment return page stopped");
            }
        });
        Ok(ReturnPage {
            base_url: format!("http://{address}"),
            _shutdown: shutdown,
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The `success_url` for Checkout Sessions (Stripe fills in the session id).
    pub fn success_url(&self) -> String {
        success_url(&self.base_url)
    }

    pub fn cancel_url(&self) -> String {
        cancel_url(&self.base_url)
    }
}

pub fn success_url(base_url: &str) -> String {
    format!("{base_url}/checkout/success?session_id={{CHECKOUT_SESSION_ID}}")
}

pub fn cancel_url(base_url: &str) -> String {
    format!("{base_url}/checkout/cancel")
}

#[derive(Deserialize)]
struct Params {
    session_id: Option<String>,
}

/// Session ids are `cs_` + alphanumerics/underscores; anything else is ignored.
fn clean_session_id(id: Option<String>) -> Option<String> {
    id.filter(|id| {
        id.starts_with("cs_")
            && id.len() <= 255
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

async fn success(
    State(visits): State<mpsc::UnboundedSender<ReturnVisit>>,
    Query(params): Query<Params>,
) -> Html<&'static str> {
    let _ = visits.send(ReturnVisit {
        session_id: clean_session_id(params.session_id),
        paid_page: true,
    });
    Html(PAGE_PAID)
}

async fn cancel(
    State(visits): State<mpsc::UnboundedSender<ReturnVisit>>,
    Query(params): Query<Params>,
) -> Html<&'static str> {
    let _ = visits.send(ReturnVisit {
        session_id: clean_session_id(params.session_id),
        paid_page: false,
    });
    Html(PAGE_CANCELLED)
}

const PAGE_PAID: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Payment received</title>
<style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;background:#f4f5f7;color:#16181d}main{background:#fff;padding:32px 40px;border-radius:12px;box-shadow:0 2px 12px #0001;text-align:center;max-width:420px}h1{color:#067647;font-size:24px}</style></head>
<body><main><h1>Payment received</h1><p>Thank you. The counter will confirm your payment in a moment.</p><p>You may close this tab.</p></main></body></html>"#;

const PAGE_CANCELLED: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Payment not completed</title>
<style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:90vh;margin:0;background:#f4f5f7;color:#16181d}main{background:#fff;padding:32px 40px;border-radius:12px;box-shadow:0 2px 12px #0001;text-align:center;max-width:420px}h1{font-size:24px}</style></head>
<body><main><h1>Payment not completed</h1><p>No money was taken. Please return to the counter.</p><p>You may close this tab.</p></main></body></html>"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_session_ids_pass() {
        assert_eq!(
            clean_session_id(Some("cs_test_a1B2".into())).as_deref(),
            Some("cs_test_a1B2")
        );
        assert_eq!(clean_session_id(Some("{CHECKOUT_SESSION_ID}".into())), None);
        assert_eq!(clean_session_id(Some("cs_<script>".into())), None);
        assert_eq!(clean_session_id(None), None);
    }

    #[test]
    fn urls_carry_stripes_template() {
        assert_eq!(
            success_url("http://127.0.0.1:47311"),
            "http://127.0.0.1:47311/checkout/success?session_id={CHECKOUT_SESSION_ID}"
        );
    }
}
