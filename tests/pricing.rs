//! The Stripe adapter's tax rates, coupons and promotion codes against the simulator: listed,
//! created (replayed with the same idempotency key), archived and deleted, read into Till's
//! own types (`till_domain::pricing`'s percentages and coupon values).

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::time::Duration;

use stripe_sim::SimConfig;
use till_core::money::{Currency, Money};
use till_core::stripe::{ApiKey, Gateway, NewCoupon, NewTaxRate, StripeFailure, StripeHttp};
use till_domain::pricing::{CouponValue, Percent};
use till_harness::till::{quick_retries, TEST_KEY};

async fn gateway() -> (stripe_sim::SimHandle, Gateway) {
    let sim = stripe_sim::start(SimConfig::default()).await.unwrap();
    let http = StripeHttp::new(
        &ApiKey::new(TEST_KEY),
        &sim.base_url(),
        Duration::from_secs(5),
    )
    .unwrap();
    (sim, Gateway::new(http, quick_retries()))
}

#[tokio::test]
async fn tax_rates_are_created_listed_and_archived() {
    let (_sim, gateway) = gateway().await;
    let vat = NewTaxRate {
        display_name: "VAT".into(),
        percentage: Percent::parse("19").unwrap(),
        inclusive: true,
        country: Some("DE".into()),
        jurisdiction: Some("DE".into()),
    };
    let created = gateway.create_tax_rate(&vat, "txr-create-1").await.unwrap();
    assert!(created.id.starts_with("txr_"));
    assert_eq!(created.percentage, Percent(190_000));
    assert!(created.inclusive && created.active && !created.livemode);
    // A retry with the same key is Stripe's replay, not a second rate.
    let again = gateway.create_tax_rate(&vat, "txr-create-1").await.unwrap();
    assert_eq!(again.id, created.id);
    let sales_tax = NewTaxRate {
        display_name: "Sales tax".into(),
        percentage: Percent::parse("8.875").unwrap(),
        inclusive: false,
        country: None,
        jurisdiction: None,
    };
    let second = gateway
        .create_tax_rate(&sales_tax, "txr-create-2")
        .await
        .unwrap();
    assert_eq!(second.percentage, Percent(88_750));

    let all = gateway.list_tax_rates(None).await.unwrap();
    assert_eq!(all.len(), 2);
    let archived = gateway
        .archive_tax_rate(&second.id, "txr-archive-2")
        .await
        .unwrap();
    assert!(!archived.active);
    let active = gateway.list_tax_rates(Some(true)).await.unwrap();
    assert_eq!(
        active.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        vec![created.id.as_str()]
    );
    let missing = gateway.archive_tax_rate("txr_nope", "txr-archive-x").await;
    assert!(
        matches!(missing, Err(StripeFailure::Api { status: 404, .. })),
        "{missing:?}"
    );
    assert!(gateway.archive_tax_rate("../charges", "k").await.is_err());
}

#[tokio::test]
async fn tax_rates_are_read_across_pages() {
    let (_sim, gateway) = gateway().await;
    for n in 0..105 {
        let rate = NewTaxRate {
            display_name: format!("Rate {n}"),
            percentage: Percent(n * 1_000),
            inclusive: n % 2 == 0,
            country: None,
            jurisdiction: None,
        };
        gateway
            .create_tax_rate(&rate, &format!("txr-page-{n}"))
            .await
            .unwrap();
    }
    let all = gateway.list_tax_rates(None).await.unwrap();
    assert_eq!(all.len(), 105);
    assert_eq!(all[0].display_name, "Rate 104", "newest first");
}

#[tokio::test]
async fn coupons_are_created_listed_and_deleted_and_promotion_codes_listed() {
    let (sim, gateway) = gateway().await;
    let percent = NewCoupon {
        applies_to: Vec::new(),
        name: Some("Spring".into()),
        value: CouponValue::PercentOff {
            percent: Percent::parse("12.5").unwrap(),
        },
        max_redemptions: Some(10),
        redeem_by: Some(sim.now() + 86_400),
    };
    let spring = gateway.create_coupon(&percent, "co-1").await.unwrap();
    assert_eq!(
        spring.value,
        Some(CouponValue::PercentOff {
            percent: Percent(125_000)
        })
    );
    assert_eq!(spring.max_redemptions, Some(10));
    assert!(spring.valid);
    let five = NewCoupon {
        applies_to: Vec::new(),
        name: None,
        value: CouponValue::AmountOff {
            amount: Money::new(500, Currency::USD),
        },
        max_redemptions: None,
        redeem_by: None,
    };
    let five = gateway.create_coupon(&five, "co-2").await.unwrap();
    assert_eq!(
        five.value,
        Some(CouponValue::AmountOff {
            amount: Money::new(500, Currency::USD)
        })
    );
    let listed = gateway.list_coupons().await.unwrap();
    assert_eq!(listed.len(), 2);

    // A promotion code made at Stripe (the Dashboard) shows up with its coupon.
    let body = format!(
        "promotion[type]=coupon&promotion[coupon]={}&code=SPRING",
        spring.id
    );
    let made = stripe_sim::raw::request(
        "POST",
        &format!("{}/v1/promotion_codes", sim.base_url()),
        &[
            ("Authorization", &format!("Bearer {TEST_KEY}")),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        Some(body.as_bytes()),
        Duration::from_secs(5),
    )
    .await
    .unwrap();
    assert_eq!(made.status, 200, "{}", made.text());
    let codes = gateway.list_promotion_codes(Some(true)).await.unwrap();
    assert_eq!(codes.len(), 1);
    assert_eq!(codes[0].code, "SPRING");
    assert_eq!(codes[0].coupon_id.as_deref(), Some(spring.id.as_str()));

    gateway.delete_coupon(&five.id).await.unwrap();
    let listed = gateway.list_coupons().await.unwrap();
    assert_eq!(listed.len(), 1);
    let again = gateway.delete_coupon(&five.id).await;
    assert!(
        matches!(again, Err(StripeFailure::Api { status: 404, .. })),
        "{again:?}"
    );
}
