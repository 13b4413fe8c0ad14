//! A Stripe-compatible simulator (work in progress).
