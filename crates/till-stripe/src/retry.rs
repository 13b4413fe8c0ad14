//! Till's retry loop: exponential backoff with jitter, honouring `Stripe-Should-Retry`.
//! A POST is retried with the same idempotency key, so Stripe replays instead of repeating.

use std::future::Future;
use std::time::Duration;

use super::StripeFailure;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included.
    pub max_attempts: u32,
    /// The first backoff; each next one doubles, up to `max_backoff`.
    pub base_backoff: Duration,
    pub max_backoff: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            base_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(4),
        }
    }
}

impl RetryPolicy {
    /// The backoff before attempt `attempt + 1` (attempt counts from 1), with jitter
    /// between half and all of the exponential value. A 429 waits at least a second (or `max_backoff`, if smaller).
    pub fn backoff(&self, attempt: u32, failure: &StripeFailure) -> Duration {
        let exponent = attempt.saturating_sub(1).min(16);
        let full = self
            .base_backoff
            .saturating_mul(1u32 << exponent)
            .min(self.max_backoff);
        let floor = if failure.is_rate_limited() {
            Duration::from_secs(1).min(self.max_backoff)
        } else {
            Duration::ZERO
        };
        let half = full / 2;
        let jitter = Duration::from_millis(fastrand::u64(0..=half.as_millis() as u64));
        (half + jitter).max(floor)
    }

    /// Runs `attempt` until it succeeds, fails for good, or runs out of attempts.
    pub async fn run<T, F, Fut>(&self, what: &str, mut attempt: F) -> Result<T, StripeFailure>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Result<T, StripeFailure>>,
    {
        let mut tries = 0;
        loop {
            tries += 1;
            match attempt().await {
                Ok(value) => return Ok(value),
                Err(failure) if failure.is_retryable() && tries < self.max_attempts => {
                    let wait = self.backoff(tries, &failure);
                    tracing::warn!(%failure, attempt = tries, ?wait, "{what} failed; retrying");
                    tokio::time::sleep(wait).await;
                }
                Err(failure) => return Err(failure),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ApiError;
    use std::cell::Cell;

    fn api(status: u16) -> StripeFailure {
        StripeFailure::Api {
            status,
            error: ApiError::default(),
            should_retry: None,
            replayed: false,
        }
    }

    #[test]
    fn backoff_grows_is_capped_and_jittered() {
        let policy = RetryPolicy::default();
        for attempt in 1..10 {
            let b = policy.backoff(attempt, &api(500));
            let full = policy
                .base_backoff
                .saturating_mul(1 << (attempt - 1))
                .min(policy.max_backoff);
            assert!(
                b >= full / 2 && b <= full,
                "attempt {attempt}: {b:?} vs {full:?}"
            );
        }
        assert!(policy.backoff(1, &api(429)) >= Duration::from_secs(1));
    }

    fn quick() -> RetryPolicy {
        RetryPolicy {
            max_attempts: 4,
            base_backoff: Duration::from_millis(1),
            max_backoff: Duration::from_millis(2),
        }
    }

    #[tokio::test]
    async fn retries_transient_failures_then_succeeds() {
        let calls = Cell::new(0);
        let result = quick()
            .run("test", || {
                calls.set(calls.get() + 1);
                let n = calls.get();
                async move {
                    if n < 3 {
                        Err(api(500))
                    } else {
                        Ok(n)
                    }
                }
            })
            .await;
        assert_eq!(result, Ok(3));
    }

    #[tokio::test]
    async fn stops_on_a_permanent_failure_and_after_max_attempts() {
        let calls = Cell::new(0);
        let result: Result<(), _> = quick()
            .run("test", || {
                calls.set(calls.get() + 1);
                async { Err(api(400)) }
            })
            .await;
        assert_eq!(result, Err(api(400)));
        assert_eq!(calls.get(), 1);

        calls.set(0);
        let result: Result<(), _> = quick()
            .run("test", || {
                calls.set(calls.get() + 1);
                async { Err(api(503)) }
            })
            .await;
        assert_eq!(result, Err(api(503)));
        assert_eq!(calls.get(), 4);
    }
}
