//! What happens as the simulator's clock moves on: open sessions whose `expires_at` has
//! passed expire, asynchronous refunds settle, a subscription reaches its period end.
//!
//! It orders the work of `checkout`, `refunds` and `billing` (none of which knows the
//! others' timers); `app` applies [`apply_due`] before every access to the state.

use crate::error::ApiResult;
use crate::model::State;
use crate::{billing, checkout, refunds};

/// Applies whatever became due by the simulator's clock: session expiry, then refund
/// settlement.
pub fn apply_due(state: &mut State) {
    checkout::expire_due_sessions(state);
    refunds::settle_due_refunds(state);
}

/// The subscription reaches its period end: the clock moves forward to it if behind (what
/// became due on the way — session expiry, refunds — happens then, in order), then it ends or
/// renews ([`billing::reach_period_end`]).
pub fn advance_subscription(
    state: &mut State,
    sub_id: &str,
    card: Option<String>,
) -> ApiResult<()> {
    let period_end = billing::period_end(state, sub_id)?;
    let now = state.now();
    if now < period_end {
        state.advance_clock(period_end - now);
        apply_due(state);
    }
    billing::reach_period_end(state, sub_id, card)
}
