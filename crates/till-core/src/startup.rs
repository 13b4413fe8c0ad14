//! Start-up orchestration, in one place: after the core started and recovered its unfinished
//! sales, catch up with what happened at Stripe while Till was closed (events, the start-up
//! reconciliation sweep, the members list). The shells call this; they do not sequence it.

use serde::Serialize;

use crate::checkout::Checkout;
use crate::error::Result;
use crate::events::{self, PollReport, EVENT_JSON_KEEP};
use crate::members;
use crate::reconcile::{self, ReconcileReport};
use crate::store::now_ms;

/// What start-up did after recovering unfinished sales.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CatchUp {
    pub poll: Option<PollReport>,
    pub reconcile: Option<ReconcileReport>,
    /// The members list compared with Stripe's subscriptions.
    pub members: Option<members::SyncReport>,
    /// Sales either changed, each once.
    pub changed_sales: Vec<String>,
    /// What could not be done (Stripe unreachable...); the next poll or start tries again.
    pub problems: Vec<String>,
}

/// At start, after recovery: one events poll (payments, expiries and refunds made while Till
/// was closed), then the start-up reconciliation sweep, then the members list against Stripe's
/// subscriptions. Failures are reported, not fatal (a restricted key without Subscriptions
/// permission simply has no members to sync).
pub async fn catch_up(checkout: &Checkout) -> CatchUp {
    let mut caught = CatchUp::default();
    match events::poll(checkout).await {
        Ok(report) => {
            caught
                .changed_sales
                .extend(report.changed_sales.iter().cloned());
            caught.poll = Some(report);
        }
        Err(e) => {
            tracing::warn!(error = %e, "could not catch up with Stripe's events at start");
            caught.problems.push(e.message);
        }
    }
    match reconcile::startup_sweep(checkout).await {
        Ok(report) => {
            for sale in report.changed_sales() {
                if !caught.changed_sales.contains(&sale) {
                    caught.changed_sales.push(sale);
                }
            }
            caught.reconcile = Some(report);
        }
        Err(e) => {
            tracing::warn!(error = %e, "the start-up reconciliation could not run");
            caught.problems.push(e.message);
        }
    }
    let keep_ms = i64::try_from(EVENT_JSON_KEEP.as_millis()).unwrap_or(i64::MAX);
    match store_compact(checkout, now_ms().saturating_sub(keep_ms)).await {
        Ok(0) => {}
        Ok(count) => tracing::info!(count, "old Stripe events compacted (their JSON dropped)"),
        Err(e) => tracing::warn!(error = %e, "old Stripe events could not be compacted"),
    }
    match members::sync(checkout).await {
        Ok(report) => caught.members = Some(report),
        Err(e) if e.reason == Some("missing_permission") => {
            tracing::info!("the key may not read subscriptions: no members to sync");
        }
        Err(e) => {
            tracing::warn!(error = %e, "the members list could not be compared with Stripe");
            caught.problems.push(format!(
                "Could not compare the members list with Stripe: {} Till tries again at the next start.",
                e.message
            ));
        }
    }
    caught
}

async fn store_compact(checkout: &Checkout, before: i64) -> Result<usize> {
    checkout
        .store()
        .call(move |l| l.compact_events(before))
        .await
}
