//! Tax Rates, Coupons and Promotion Codes, and what a Checkout Session does with them: every
//! response deserializes into async-stripe's types; refusals have Stripe's shape.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

mod common;

use std::time::Duration;

use common::*;
use serde_json::Value;
use stripe_checkout::checkout_session::{
    CreateCheckoutSessionDiscounts, CreateCheckoutSessionLineItems, ListLineItemsCheckoutSession,
};
use stripe_checkout::CheckoutSession;
use stripe_shared::{CheckoutSessionItem, Coupon, DeletedCoupon, PromotionCode, TaxRate};
use stripe_sim::{PayOutcome, SimHandle};
use stripe_types::List;

async fn post(sim: &SimHandle, path: &str, body: &str) -> Value {
    let response = raw_request(sim, "POST", path, Some(KEY), body, &[]).await;
    assert_eq!(response.status, 200, "{path} {body}: {}", response.text());
    response.json().unwrap()
}

async fn get(sim: &SimHandle, path: &str) -> Value {
    let response = raw_request(sim, "GET", path, Some(KEY), "", &[]).await;
    assert_eq!(response.status, 200, "{path}: {}", response.text());
    response.json().unwrap()
}

async fn refused(sim: &SimHandle, method: &str, path: &str, body: &str) -> Value {
    let response = raw_request(sim, method, path, Some(KEY), body, &[]).await;
    assert_error_shape(&response, 400, "invalid_request_error")
}

async fn tax_rate(sim: &SimHandle, name: &str, percentage: &str, inclusive: bool) -> String {
    let body = format!("display_name={name}&percentage={percentage}&inclusive={inclusive}");
    let rate: TaxRate = serde_json::from_value(post(sim, "/v1/tax_rates", &body).await).unwrap();
    rate.id.to_string()
}

fn line(price: &str, quantity: u64, rates: &[&str]) -> CreateCheckoutSessionLineItems {
    let mut item = CreateCheckoutSessionLineItems::new();
    item.price = Some(price.into());
    item.quantity = Some(quantity);
    item.tax_rates = Some(rates.iter().map(|r| r.to_string()).collect());
    item
}

fn coupon_discount(id: &str) -> CreateCheckoutSessionDiscounts {
    let mut discount = CreateCheckoutSessionDiscounts::new();
    discount.coupon = Some(id.into());
    discount
}

#[tokio::test]
async fn tax_rates_are_created_listed_retrieved_and_archived() {
    let sim = sim().await;
    let body = "display_name=VAT&percentage=19&inclusive=true&country=de&jurisdiction=DE&description=Standard&tax_type=vat";
    let created: TaxRate = serde_json::from_value(post(&sim, "/v1/tax_rates", body).await).unwrap();
    assert!(created.id.as_str().starts_with("txr_"));
    assert_eq!(created.percentage, 19.0);
    assert!(created.inclusive && created.active);
    assert_eq!(created.country.as_deref(), Some("DE"));
    assert_eq!(created.jurisdiction.as_deref(), Some("DE"));
    let reduced = tax_rate(&sim, "Reduced", "8.875", false).await;

    let listed: List<TaxRate> = serde_json::from_value(get(&sim, "/v1/tax_rates").await).unwrap();
    let ids: Vec<String> = listed.data.iter().map(|t| t.id.to_string()).collect();
    assert_eq!(
        ids,
        vec![reduced.clone(), created.id.to_string()],
        "newest first"
    );
    let one: TaxRate =
        serde_json::from_value(get(&sim, &format!("/v1/tax_rates/{reduced}")).await).unwrap();
    assert_eq!(one.percentage, 8.875);

    let archived: TaxRate = serde_json::from_value(
        post(&sim, &format!("/v1/tax_rates/{reduced}"), "active=false").await,
    )
    .unwrap();
    assert!(!archived.active);
    let active: List<TaxRate> =
        serde_json::from_value(get(&sim, "/v1/tax_rates?active=true").await).unwrap();
    assert_eq!(active.data.len(), 1);
    let inclusive: List<TaxRate> =
        serde_json::from_value(get(&sim, "/v1/tax_rates?inclusive=false").await).unwrap();
    assert_eq!(inclusive.data.len(), 1);

    // A rate's percentage and inclusiveness never change: Stripe knows no such parameters.
    let error = refused(
        &sim,
        "POST",
        &format!("/v1/tax_rates/{reduced}"),
        "percentage=9",
    )
    .await;
    assert_eq!(error["code"], "parameter_unknown");
    let error = refused(
        &sim,
        "POST",
        "/v1/tax_rates",
        "display_name=X&inclusive=false",
    )
    .await;
    assert_eq!(error["code"], "parameter_missing");
    assert_eq!(error["param"], "percentage");
    let error = refused(
        &sim,
        "POST",
        "/v1/tax_rates",
        "display_name=X&inclusive=false&percentage=100.5",
    )
    .await;
    assert_eq!(error["param"], "percentage");
    let error = refused(
        &sim,
        "POST",
        "/v1/tax_rates",
        "display_name=X&inclusive=false&percentage=1.23456",
    )
    .await;
    assert_eq!(error["param"], "percentage");
    let missing = raw_request(&sim, "GET", "/v1/tax_rates/txr_nope", Some(KEY), "", &[]).await;
    let error = assert_error_shape(&missing, 404, "invalid_request_error");
    assert_eq!(error["message"], "No such tax_rate: 'txr_nope'");
}

#[tokio::test]
async fn coupons_are_created_listed_retrieved_and_deleted() {
    let sim = sim().await;
    let percent: Coupon = serde_json::from_value(
        post(
            &sim,
            "/v1/coupons",
            "percent_off=12.5&duration=once&name=Spring",
        )
        .await,
    )
    .unwrap();
    assert_eq!(percent.percent_off, Some(12.5));
    assert!(percent.valid);
    assert_eq!(percent.times_redeemed, 0);
    let amount: Coupon = serde_json::from_value(
        post(
            &sim,
            "/v1/coupons",
            "id=FIVE_OFF&amount_off=500&currency=usd&max_redemptions=3",
        )
        .await,
    )
    .unwrap();
    assert_eq!(amount.id.as_str(), "FIVE_OFF");
    assert_eq!(amount.amount_off, Some(500));
    assert_eq!(amount.max_redemptions, Some(3));

    let listed: List<Coupon> = serde_json::from_value(get(&sim, "/v1/coupons").await).unwrap();
    assert_eq!(listed.data.len(), 2);
    let one: Coupon = serde_json::from_value(get(&sim, "/v1/coupons/FIVE_OFF").await).unwrap();
    assert_eq!(one.currency.map(|c| c.to_string()).as_deref(), Some("usd"));

    let deleted = raw_request(&sim, "DELETE", "/v1/coupons/FIVE_OFF", Some(KEY), "", &[]).await;
    assert_eq!(deleted.status, 200, "{}", deleted.text());
    let deleted: DeletedCoupon = serde_json::from_value(deleted.json().unwrap()).unwrap();
    assert_eq!(deleted.id.as_str(), "FIVE_OFF");
    let gone = raw_request(&sim, "GET", "/v1/coupons/FIVE_OFF", Some(KEY), "", &[]).await;
    assert_error_shape(&gone, 404, "invalid_request_error");

    for (body, param) in [
        ("percent_off=10&amount_off=100&currency=usd", "amount_off"),
        ("duration=once", "percent_off"),
        ("amount_off=100", "currency"),
        ("percent_off=0", "percent_off"),
        ("percent_off=101", "percent_off"),
        ("percent_off=10&duration=repeating", "duration_in_months"),
        ("percent_off=10&redeem_by=1", "redeem_by"),
        ("percent_off=10&max_redemptions=0", "max_redemptions"),
    ] {
        let error = refused(&sim, "POST", "/v1/coupons", body).await;
        assert_eq!(error["param"], param, "{body}: {error}");
    }
}

#[tokio::test]
async fn promotion_codes_point_at_a_coupon() {
    let sim = sim().await;
    post(&sim, "/v1/coupons", "id=TENPC&percent_off=10").await;
    let promo: PromotionCode = serde_json::from_value(
        post(
            &sim,
            "/v1/promotion_codes",
            "promotion[type]=coupon&promotion[coupon]=TENPC&code=SPRING10&max_redemptions=5",
        )
        .await,
    )
    .unwrap();
    assert!(promo.id.as_str().starts_with("promo_"));
    assert_eq!(promo.code, "SPRING10");
    assert!(promo.active);
    assert_eq!(
        promo.promotion.coupon.as_ref().map(|c| c.id().to_string()),
        Some("TENPC".to_string())
    );
    let listed: List<PromotionCode> =
        serde_json::from_value(get(&sim, "/v1/promotion_codes?code=spring10").await).unwrap();
    assert_eq!(listed.data.len(), 1);
    let inactive: PromotionCode = serde_json::from_value(
        post(
            &sim,
            &format!("/v1/promotion_codes/{}", promo.id),
            "active=false",
        )
        .await,
    )
    .unwrap();
    assert!(!inactive.active);
    let one: PromotionCode =
        serde_json::from_value(get(&sim, &format!("/v1/promotion_codes/{}", promo.id)).await)
            .unwrap();
    assert!(!one.active);
    let error = refused(
        &sim,
        "POST",
        "/v1/promotion_codes",
        "promotion[type]=coupon&promotion[coupon]=NOPE",
    )
    .await;
    assert_eq!(error["param"], "promotion[coupon]");
}

/// A sale with an inclusive and an exclusive rate and a percent coupon: the session, its line
/// items with `taxes` and `discounts` expanded, and `total_details.breakdown`.
#[tokio::test]
async fn a_session_reports_discount_and_tax_per_line_and_in_total() {
    let sim = sim().await;
    let client = client(&sim);
    let vat = tax_rate(&sim, "VAT", "20", true).await;
    let sales = tax_rate(&sim, "Sales tax", "8.875", false).await;
    post(&sim, "/v1/coupons", "id=TEN&percent_off=10").await;
    // price_demo_coffee_usd is $3.50.
    let session = coffee_session("sale-tax-1")
        .line_items(vec![
            line("price_demo_coffee_usd", 3, &[&vat]),
            line("price_demo_coffee_usd", 2, &[&sales]),
        ])
        .discounts(vec![coupon_discount("TEN")])
        .expand(["total_details.breakdown".to_string()])
        .send(&client)
        .await
        .unwrap();
    // Line 1: 1050, 10 % off = 105, VAT inside 945 = 945/6 = 157.5 → 158.
    // Line 2: 700, 10 % off = 70, 8.875 % of 630 = 55.9125 → 56.
    assert_eq!(session.amount_subtotal, Some(1_750));
    let totals = session.total_details.clone().unwrap();
    assert_eq!(totals.amount_discount, 175);
    assert_eq!(totals.amount_tax, 158 + 56);
    assert_eq!(session.amount_total, Some(1_750 - 175 + 56));
    let breakdown = totals.breakdown.unwrap();
    assert_eq!(breakdown.discounts.len(), 1);
    assert_eq!(breakdown.discounts[0].amount, 175);
    let taxes: Vec<(String, i64, Option<i64>)> = breakdown
        .taxes
        .iter()
        .map(|t| (t.rate.id.to_string(), t.amount, t.taxable_amount))
        .collect();
    assert_eq!(
        taxes,
        vec![
            (vat.clone(), 158, Some(787)),
            (sales.clone(), 56, Some(630))
        ]
    );
    let discounts = session.discounts.clone().unwrap();
    assert_eq!(
        discounts[0].coupon.as_ref().map(|c| c.id().to_string()),
        Some("TEN".into())
    );

    let items = ListLineItemsCheckoutSession::new(session.id.clone())
        .expand(["data.taxes".to_string(), "data.discounts".to_string()])
        .send(&client)
        .await
        .unwrap();
    let first: &CheckoutSessionItem = &items.data[0];
    assert_eq!(
        (
            first.amount_subtotal,
            first.amount_discount,
            first.amount_tax,
            first.amount_total
        ),
        (1_050, 105, 158, 945)
    );
    let second = &items.data[1];
    assert_eq!(
        (
            second.amount_subtotal,
            second.amount_discount,
            second.amount_tax,
            second.amount_total
        ),
        (700, 70, 56, 686)
    );
    let taxes = first.taxes.as_ref().unwrap();
    assert_eq!(taxes[0].rate.id.as_str(), vat);
    assert!(taxes[0].rate.inclusive);
    let discounts = second.discounts.as_ref().unwrap();
    assert_eq!(discounts[0].amount, 70);
    assert_eq!(
        discounts[0]
            .discount
            .source
            .coupon
            .as_ref()
            .map(|c| c.id().to_string()),
        Some("TEN".into())
    );
    // Not asked for: not there, as on Stripe.
    let plain = get(
        &sim,
        &format!("/v1/checkout/sessions/{}/line_items", session.id),
    )
    .await;
    assert!(plain["data"][0].get("taxes").is_none(), "{plain}");
    // The charge is the total.
    let paid = sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    assert_eq!(paid.outcome, PayOutcome::Succeeded);
    let pi = sim.session(session.id.as_str()).unwrap()["payment_intent"].clone();
    assert_eq!(pi["amount"], 1_631);
    let coupon: Coupon = serde_json::from_value(get(&sim, "/v1/coupons/TEN").await).unwrap();
    assert_eq!(
        coupon.times_redeemed, 1,
        "redeemed when the session completed"
    );
}

#[tokio::test]
async fn stripe_refusals_for_discounts_and_tax_rates() {
    let sim = sim().await;
    let base = "mode=payment&success_url=http://127.0.0.1:9/ok&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=2";
    post(&sim, "/v1/coupons", "id=EURO&amount_off=100&currency=eur").await;
    post(
        &sim,
        "/v1/coupons",
        "id=ONCE&percent_off=5&max_redemptions=1",
    )
    .await;
    let now = sim.now();
    post(
        &sim,
        "/v1/coupons",
        &format!("id=SOON&percent_off=5&redeem_by={}", now + 3_600),
    )
    .await;
    let rate = tax_rate(&sim, "Old", "7", false).await;
    post(&sim, &format!("/v1/tax_rates/{rate}"), "active=false").await;

    // Both discount parameters at once, even with allow_promotion_codes=false.
    for flag in ["true", "false"] {
        let body = format!("{base}&discounts[0][coupon]=ONCE&allow_promotion_codes={flag}");
        let error = refused(&sim, "POST", "/v1/checkout/sessions", &body).await;
        assert_eq!(
            error["message"],
            "You may only specify one of these parameters: allow_promotion_codes, discounts."
        );
    }
    // A coupon in another currency.
    let error = refused(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        &format!("{base}&discounts[0][coupon]=EURO"),
    )
    .await;
    assert_eq!(error["param"], "discounts[0][coupon]");
    assert!(
        error["message"].as_str().unwrap().contains("eur"),
        "{error}"
    );
    // Unknown coupon, unknown and archived tax rates.
    let error = refused(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        &format!("{base}&discounts[0][coupon]=NOPE"),
    )
    .await;
    assert_eq!(error["message"], "No such coupon: 'NOPE'");
    assert_eq!(error["code"], "resource_missing");
    let error = refused(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        &format!("{base}&line_items[0][tax_rates][0]=txr_nope"),
    )
    .await;
    assert_eq!(error["param"], "line_items[0][tax_rates][0]");
    assert_eq!(error["code"], "resource_missing");
    let error = refused(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        &format!("{base}&line_items[0][tax_rates][0]={rate}"),
    )
    .await;
    assert_eq!(error["param"], "line_items[0][tax_rates][0]");
    // Nothing was left behind by the refusals.
    let sessions = get(&sim, "/v1/checkout/sessions").await;
    assert_eq!(sessions["data"].as_array().unwrap().len(), 0);

    // Used up: max_redemptions=1 and one completed session.
    let first = post(
        &sim,
        "/v1/checkout/sessions",
        &format!("{base}&discounts[0][coupon]=ONCE"),
    )
    .await;
    let typed: CheckoutSession = serde_json::from_value(first.clone()).unwrap();
    assert_eq!(typed.total_details.unwrap().amount_discount, 35);
    sim.pay(first["id"].as_str().unwrap(), "4242424242424242")
        .unwrap();
    let once: Coupon = serde_json::from_value(get(&sim, "/v1/coupons/ONCE").await).unwrap();
    assert_eq!(once.times_redeemed, 1);
    assert!(!once.valid);
    let error = refused(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        &format!("{base}&discounts[0][coupon]=ONCE"),
    )
    .await;
    assert_eq!(error["code"], "coupon_expired");

    // Expired by the simulator's clock.
    post(
        &sim,
        "/v1/checkout/sessions",
        &format!("{base}&discounts[0][coupon]=SOON"),
    )
    .await;
    sim.advance_clock(Duration::from_secs(3_601));
    let error = refused(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        &format!("{base}&discounts[0][coupon]=SOON"),
    )
    .await;
    assert_eq!(error["code"], "coupon_expired");
    let soon: Coupon = serde_json::from_value(get(&sim, "/v1/coupons/SOON").await).unwrap();
    assert!(!soon.valid);
}

#[tokio::test]
async fn a_promotion_code_applies_its_coupon_and_can_be_switched_off() {
    let sim = sim().await;
    let base = "mode=payment&success_url=http://127.0.0.1:9/ok&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=2";
    post(&sim, "/v1/coupons", "id=HALF&percent_off=50").await;
    let promo = post(
        &sim,
        "/v1/promotion_codes",
        "promotion[type]=coupon&promotion[coupon]=HALF&code=HALFOFF",
    )
    .await;
    let promo_id = promo["id"].as_str().unwrap();
    let session: CheckoutSession = serde_json::from_value(
        post(
            &sim,
            "/v1/checkout/sessions",
            &format!("{base}&discounts[0][promotion_code]={promo_id}"),
        )
        .await,
    )
    .unwrap();
    assert_eq!(session.amount_total, Some(350));
    let discounts = session.discounts.unwrap();
    assert_eq!(
        discounts[0]
            .promotion_code
            .as_ref()
            .map(|p| p.id().to_string()),
        Some(promo_id.to_string())
    );
    sim.pay(session.id.as_str(), "4242424242424242").unwrap();
    let redeemed: PromotionCode =
        serde_json::from_value(get(&sim, &format!("/v1/promotion_codes/{promo_id}")).await)
            .unwrap();
    assert_eq!(redeemed.times_redeemed, 1);

    post(
        &sim,
        &format!("/v1/promotion_codes/{promo_id}"),
        "active=false",
    )
    .await;
    let error = refused(
        &sim,
        "POST",
        "/v1/checkout/sessions",
        &format!("{base}&discounts[0][promotion_code]={promo_id}"),
    )
    .await;
    assert_eq!(error["param"], "discounts[0][promotion_code]");

    // The customer may type a code on the page instead.
    let open: CheckoutSession = serde_json::from_value(
        post(
            &sim,
            "/v1/checkout/sessions",
            &format!("{base}&allow_promotion_codes=true"),
        )
        .await,
    )
    .unwrap();
    assert_eq!(open.allow_promotion_codes, Some(true));
    assert_eq!(open.amount_total, Some(700));
}

#[tokio::test]
async fn restricted_keys_need_the_new_permissions() {
    let sim = sim().await;
    sim.restrict_key("rk_test_taxes_only", &["rak_tax_rate_read"])
        .unwrap();
    let listed = raw_request(
        &sim,
        "GET",
        "/v1/tax_rates",
        Some("rk_test_taxes_only"),
        "",
        &[],
    )
    .await;
    assert_eq!(listed.status, 200, "{}", listed.text());
    let coupons = raw_request(
        &sim,
        "GET",
        "/v1/coupons",
        Some("rk_test_taxes_only"),
        "",
        &[],
    )
    .await;
    let error = assert_error_shape(&coupons, 403, "invalid_request_error");
    assert!(
        error["message"]
            .as_str()
            .unwrap()
            .contains("rak_coupon_read"),
        "{error}"
    );
}

#[tokio::test]
async fn a_session_without_coupon_or_rates_is_unchanged() {
    let sim = sim().await;
    let client = client(&sim);
    let session = create_coffee_session(&client, "sale-plain").await;
    let totals = session.total_details.unwrap();
    assert_eq!((totals.amount_discount, totals.amount_tax), (0, 0));
    assert_eq!(session.amount_total, Some(700));
    assert_eq!(session.discounts.map(|d| d.len()), Some(0));
}

/// `allow_promotion_codes`: the customer types a code on the hosted page (or the helper does),
/// the coupon applies, the amounts and a waiting PaymentIntent follow.
#[tokio::test]
async fn a_customer_types_a_promotion_code_on_the_page() {
    let sim = sim().await;
    let base = "mode=payment&success_url=http://127.0.0.1:9/ok&line_items[0][price]=price_demo_coffee_usd&line_items[0][quantity]=2";
    post(
        &sim,
        "/v1/coupons",
        "id=QUARTER&percent_off=25&name=Quarter",
    )
    .await;
    post(
        &sim,
        "/v1/promotion_codes",
        "promotion[type]=coupon&promotion[coupon]=QUARTER&code=WELCOME",
    )
    .await;
    post(
        &sim,
        "/v1/promotion_codes",
        "promotion[type]=coupon&promotion[coupon]=QUARTER&code=OLDCODE&active=false",
    )
    .await;

    // Through the page: a wrong code is refused on the page, the right one (any letter case)
    // applies.
    let open = post(
        &sim,
        "/v1/checkout/sessions",
        &format!("{base}&allow_promotion_codes=true"),
    )
    .await;
    let id = open["id"].as_str().unwrap();
    let page = raw_request(&sim, "GET", &format!("/c/pay/{id}"), None, "", &[]).await;
    assert!(
        page.text().contains("id=\"promotionCode\""),
        "the page offers a code field"
    );
    for wrong in ["NOPE", "oldcode"] {
        let page = raw_request(
            &sim,
            "POST",
            &format!("/c/pay/{id}/promotion_code"),
            None,
            &format!("promotionCode={wrong}"),
            &[],
        )
        .await;
        assert_eq!(page.status, 200);
        assert!(page.text().contains("This code is invalid."), "{wrong}");
    }
    let page = raw_request(
        &sim,
        "POST",
        &format!("/c/pay/{id}/promotion_code"),
        None,
        "promotionCode=welcome",
        &[],
    )
    .await;
    let text = page.text();
    assert!(text.contains("Discount (WELCOME)"), "{text}");
    assert!(text.contains("Pay $5.25"), "{text}");
    assert!(
        !text.contains("id=\"promotionCode\""),
        "one code per session"
    );
    let session: CheckoutSession =
        serde_json::from_value(get(&sim, &format!("/v1/checkout/sessions/{id}")).await).unwrap();
    assert_eq!(session.amount_total, Some(525));
    assert_eq!(session.total_details.unwrap().amount_discount, 175);

    // A Spanish session's page says the same in Spanish (the API's words stay English).
    let spanish = post(
        &sim,
        "/v1/checkout/sessions",
        &format!("{base}&allow_promotion_codes=true&locale=es"),
    )
    .await;
    let spanish_id = spanish["id"].as_str().unwrap();
    let refused = raw_request(
        &sim,
        "POST",
        &format!("/c/pay/{spanish_id}/promotion_code"),
        None,
        "promotionCode=NOPE",
        &[],
    )
    .await
    .text();
    assert!(refused.contains("<html lang=\"es\">"), "{refused}");
    assert!(refused.contains("Este código no es válido."), "{refused}");
    assert!(refused.contains("Añadir código promocional"), "{refused}");
    let applied = raw_request(
        &sim,
        "POST",
        &format!("/c/pay/{spanish_id}/promotion_code"),
        None,
        "promotionCode=welcome",
        &[],
    )
    .await
    .text();
    assert!(applied.contains("Descuento (WELCOME)"), "{applied}");
    assert!(applied.contains("Pagar 5,25\u{a0}$"), "{applied}");

    // Through the helper, after a declined card: the PaymentIntent asks for the new total.
    let open = post(
        &sim,
        "/v1/checkout/sessions",
        &format!("{base}&allow_promotion_codes=true"),
    )
    .await;
    let id = open["id"].as_str().unwrap();
    let declined = sim.pay(id, "4000000000000002").unwrap();
    assert!(matches!(declined.outcome, PayOutcome::Declined { .. }));
    let after = sim.apply_promotion_code(id, "WELCOME").unwrap();
    assert_eq!(after["amount_total"], 525);
    assert_eq!(after["payment_intent"]["amount"], 525);
    assert!(
        sim.apply_promotion_code(id, "WELCOME").is_err(),
        "already applied"
    );
    let paid = sim.pay(id, "4242424242424242").unwrap();
    assert_eq!(paid.outcome, PayOutcome::Succeeded);
    assert_eq!(paid.session["payment_intent"]["amount_received"], 525);
    let redeemed: List<PromotionCode> =
        serde_json::from_value(get(&sim, "/v1/promotion_codes?code=WELCOME").await).unwrap();
    assert_eq!(redeemed.data[0].times_redeemed, 1);

    // A session that does not allow codes refuses them.
    let closed = post(&sim, "/v1/checkout/sessions", base).await;
    let refused = sim.apply_promotion_code(closed["id"].as_str().unwrap(), "WELCOME");
    assert!(refused.is_err());
    let page = raw_request(
        &sim,
        "GET",
        &format!("/c/pay/{}", closed["id"].as_str().unwrap()),
        None,
        "",
        &[],
    )
    .await;
    assert!(!page.text().contains("id=\"promotionCode\""));
}
