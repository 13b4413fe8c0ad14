//! Proving a key before Till stores it: one real call that any key Till can use must be
//! able to make, and for a restricted key one harmless request per permission Till needs.
//!
//! Probes never change anything at Stripe: they list at most one object, or address an
//! object that does not exist (`…/cs_till_permission_probe/expire` answers 404 to a key that
//! may write Checkout Sessions and 403 to one that may not; a refund of the PaymentIntent
//! `pi_till_permission_probe` and an update of `prod_till_permission_probe` likewise). Each probe POST carries a fresh idempotency key;
//! there is nothing to replay.

use serde::Serialize;
use stripe_checkout::checkout_session::{ExpireCheckoutSession, ListCheckoutSession};
use stripe_client_core::{
    IdempotencyKey, RequestBuilder, RequestStrategy, StripeMethod, StripeRequest,
};
use stripe_core::event::ListEvent;
use stripe_core::payment_intent::ListPaymentIntent;
use stripe_core::refund::CreateRefund;
use stripe_product::price::{ListPrice, UpdatePrice};
use stripe_product::product::{ListProduct, UpdateProduct};

use super::{ApiKey, StripeFailure, StripeHttp};

/// A restricted-key permission Till asks for, as Stripe's dashboard names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Permission {
    /// `Checkout Sessions`, `PaymentIntents`...
    pub resource: &'static str,
    /// `Read` or `Write`.
    pub access: &'static str,
    /// Whether Till cannot work without it.
    pub required: bool,
    /// What Till uses it for.
    pub purpose: &'static str,
}

/// Every permission Till's restricted key should have; everything else should be None.
pub const PERMISSIONS: [Permission; 9] = [
    Permission {
        resource: "Checkout Sessions",
        access: "Write",
        required: true,
        purpose: "create and cancel payment pages",
    },
    Permission {
        resource: "PaymentIntents",
        access: "Read",
        required: true,
        purpose: "see payment results and declines",
    },
    Permission {
        resource: "Events",
        access: "Read",
        required: true,
        purpose: "pick up payments made while Till was closed",
    },
    Permission {
        resource: "Products",
        access: "Read",
        required: true,
        purpose: "load the catalog",
    },
    Permission {
        resource: "Prices",
        access: "Read",
        required: true,
        purpose: "load the catalog",
    },
    Permission {
        resource: "Refunds",
        access: "Write",
        required: false,
        purpose: "only if this till refunds",
    },
    Permission {
        resource: "Products",
        access: "Write",
        required: false,
        purpose: "only to create products from Till",
    },
    Permission {
        resource: "Prices",
        access: "Write",
        required: false,
        purpose: "only to create products from Till",
    },
    Permission {
        resource: "Subscriptions",
        access: "Write",
        required: false,
        purpose: "only if this till sells memberships: read them and cancel at period end",
    },
];

/// One permission and whether the key has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PermissionCheck {
    pub resource: String,
    pub access: String,
    pub required: bool,
    pub purpose: String,
    /// `None` when not probed (a secret key has every permission).
    pub granted: Option<bool>,
}

impl PermissionCheck {
    pub fn unprobed(permission: &Permission) -> PermissionCheck {
        PermissionCheck {
            resource: permission.resource.into(),
            access: permission.access.into(),
            required: permission.required,
            purpose: permission.purpose.into(),
            granted: None,
        }
    }

    /// `Checkout Sessions: Write`.
    pub fn label(&self) -> String {
        format!("{}: {}", self.resource, self.access)
    }
}

/// What the verification learnt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verification {
    /// `livemode` of an object Stripe returned, when there was one to look at.
    pub livemode_seen: Option<bool>,
    /// For a restricted key, every permission probed; empty for a secret key.
    pub permissions: Vec<PermissionCheck>,
}

/// How a probe came out.
enum Probe {
    Granted,
    Missing,
}

/// The verification call: list one Checkout Session. A 403 still proves the key is real (a
/// restricted key without that permission); 401 and network failures are returned.
pub async fn verify(http: &StripeHttp, key: &ApiKey) -> Result<Verification, StripeFailure> {
    let restricted = key.expose().starts_with("rk_");
    let livemode_seen = match ListCheckoutSession::new().limit(1).send(http).await {
        Ok(list) => list.data.first().map(|s| s.livemode),
        Err(StripeFailure::Api { status: 403, .. }) if restricted => None,
        Err(e) => return Err(e),
    };
    let mut permissions = Vec::new();
    if restricted {
        for permission in &PERMISSIONS {
            let outcome = probe(http, permission).await?;
            let mut check = PermissionCheck::unprobed(permission);
            check.granted = Some(matches!(outcome, Probe::Granted));
            permissions.push(check);
        }
    }
    Ok(Verification {
        livemode_seen,
        permissions,
    })
}

fn fresh_key() -> Result<RequestStrategy, StripeFailure> {
    let key = format!("till-permission-probe-{:016x}", fastrand::u64(..));
    IdempotencyKey::new(key)
        .map(RequestStrategy::Idempotent)
        .map_err(|e| StripeFailure::Decode(format!("invalid idempotency key: {e}")))
}

async fn probe(http: &StripeHttp, permission: &Permission) -> Result<Probe, StripeFailure> {
    let answer = match (permission.resource, permission.access) {
        ("Checkout Sessions", _) => ExpireCheckoutSession::new("cs_till_permission_probe")
            .customize()
            .request_strategy(fresh_key()?)
            .send(http)
            .await
            .map(drop),
        ("PaymentIntents", _) => ListPaymentIntent::new().limit(1).send(http).await.map(drop),
        ("Events", _) => ListEvent::new().limit(1).send(http).await.map(drop),
        ("Products", "Read") => ListProduct::new().limit(1).send(http).await.map(drop),
        ("Prices", "Read") => ListPrice::new().limit(1).send(http).await.map(drop),
        ("Products", _) => UpdateProduct::new("prod_till_permission_probe")
            .customize()
            .request_strategy(fresh_key()?)
            .send(http)
            .await
            .map(drop),
        ("Prices", _) => UpdatePrice::new("price_till_permission_probe")
            .customize()
            .request_strategy(fresh_key()?)
            .send(http)
            .await
            .map(drop),
        ("Refunds", _) => CreateRefund::new()
            .payment_intent("pi_till_permission_probe")
            .customize()
            .request_strategy(fresh_key()?)
            .send(http)
            .await
            .map(drop),
        ("Subscriptions", _) => {
            // No typed request without async-stripe's billing crate: the same request by hand.
            let mut request = RequestBuilder::new(
                StripeMethod::Post,
                "/subscriptions/sub_till_permission_probe",
            );
            request.body = Some("metadata[till_permission_probe]=1".into());
            request
                .customize::<()>()
                .request_strategy(fresh_key()?)
                .send(http)
                .await
                .map(drop)
        }
        _ => return Ok(Probe::Missing),
    };
    match answer {
        Ok(()) => Ok(Probe::Granted),
        Err(StripeFailure::Api { status: 403, .. }) => Ok(Probe::Missing),
        // Past the permission check: the probe's object does not exist (404), or a body
        // Till did not need to read (events in another API version) was not understood.
        Err(StripeFailure::Api {
            status: 400 | 404, ..
        }) => Ok(Probe::Granted),
        Err(StripeFailure::Decode(_)) => Ok(Probe::Granted),
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_permission_list_matches_the_stripe_notes() {
        let required: Vec<String> = PERMISSIONS
            .iter()
            .filter(|p| p.required)
            .map(|p| format!("{} {}", p.resource, p.access))
            .collect();
        assert_eq!(
            required,
            [
                "Checkout Sessions Write",
                "PaymentIntents Read",
                "Events Read",
                "Products Read",
                "Prices Read"
            ]
        );
        let optional: Vec<String> = PERMISSIONS
            .iter()
            .filter(|p| !p.required)
            .map(|p| format!("{} {}", p.resource, p.access))
            .collect();
        assert_eq!(
            optional,
            [
                "Refunds Write",
                "Products Write",
                "Prices Write",
                "Subscriptions Write"
            ]
        );
    }
}
