//! The accept loop: HTTP/1.1 with hyper, one task per connection, each connection able to be
//! reset on purpose (fault injection) and closed gracefully on shutdown.

use std::sync::Arc;
use std::time::Duration;

use axum::body::Body;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify};
use tokio::task::JoinSet;
use tower::ServiceExt;

/// Lets a handler close its own connection without a response.
#[derive(Clone, Debug, Default)]
pub struct ConnControl {
    reset: Arc<Notify>,
}

impl ConnControl {
    /// Resets the connection this request came on (RST, no response).
    pub fn reset(&self) {
        self.reset.notify_one();
    }
}

/// How long stopping waits for in-flight requests before dropping them.
const GRACE: Duration = Duration::from_secs(5);

pub async fn serve(listener: TcpListener, router: Router, mut shutdown: watch::Receiver<bool>) {
    let mut connections = JoinSet::new();
    let for_connections = shutdown.clone();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => {
                    let router = router.clone();
                    let shutdown = for_connections.clone();
                    connections.spawn(async move {
                        if let Err(err) = connection(stream, router, shutdown).await {
                            tracing::debug!("connection ended with an error: {err:#}");
                        }
                    });
                }
                Err(err) => {
                    // Typically EMFILE: back off briefly rather than spin.
                    tracing::warn!("accept failed: {err}");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
            _ = crate::app::stopped(&mut shutdown) => break,
        }
    }
    drop(listener);
    let drain = async { while connections.join_next().await.is_some() {} };
    if tokio::time::timeout(GRACE, drain).await.is_err() {
        tracing::warn!("stopping with requests still in flight");
    }
    connections.shutdown().await;
}

async fn connection(
    stream: TcpStream,
    router: Router,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    // A second handle on the socket, so that a reset can set SO_LINGER=0 on it while hyper
    // owns the first one.
    let std_stream = stream.into_std()?;
    let twin = TcpStream::from_std(std_stream.try_clone()?)?;
    let stream = TcpStream::from_std(std_stream)?;
    stream.set_nodelay(true)?;

    let control = ConnControl::default();
    let reset = Arc::clone(&control.reset);
    let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
        request.extensions_mut().insert(control.clone());
        let router = router.clone();
        async move { router.oneshot(request.map(Body::new)).await }
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .keep_alive(true)
        .serve_connection(TokioIo::new(stream), service);
    tokio::pin!(conn);
    let mut closing = false;
    loop {
        tokio::select! {
            result = conn.as_mut() => {
                return result.map_err(Into::into);
            }
            _ = reset.notified() => {
                twin.set_zero_linger()?;
                // Dropping both handles now sends RST instead of a response.
                return Ok(());
            }
            _ = crate::app::stopped(&mut shutdown), if !closing => {
                closing = true;
                conn.as_mut().graceful_shutdown();
            }
        }
    }
}
