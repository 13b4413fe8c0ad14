//! Till's own calculator (`till_domain::pricing`) against the simulator's Checkout: for 2,000
//! random carts (seeded) — inclusive and exclusive rates, several rates on a line, percent and
//! amount coupons, quantities, zero-decimal JPY and three-decimal KWD and BHD — the subtotal,
//! discount, tax and total, and every line's amounts and taxes, are the same. So a cash sale
//! computed at the till gets exactly what a card sale gets at Stripe.
#![allow(clippy::unwrap_used, clippy::expect_used)] // test helpers outside #[test] fns

mod common;

use common::*;
use serde_json::Value;
use stripe_checkout::CheckoutSession;
use stripe_shared::{Coupon as StripeCoupon, TaxRate as StripeTaxRate};
use stripe_sim::SimHandle;
use till_domain::money::{Currency, Money};
use till_domain::pricing::{
    compute, Coupon, CouponValue, Percent, PriceBreakdown, PricedLine, PricingInput, TaxRate,
};

const CARTS: usize = 2_000;

/// The rates a shop might have: VAT-style inclusive ones, US-style exclusive ones, odd decimals.
const RATES: &[(&str, &str, bool)] = &[
    ("VAT 20", "20", true),
    ("VAT 10", "10", true),
    ("MWST 7.7", "7.7", true),
    ("Reduced 2.5", "2.5", true),
    ("JCT 8", "8", true),
    ("NY 8.875", "8.875", false),
    ("GST 5", "5", false),
    ("PST 7", "7", false),
    ("Odd 13.4567", "13.4567", false),
    ("Zero", "0", false),
    ("Levy 0.5", "0.5", false),
];

const CURRENCIES: &[&str] = &["usd", "eur", "gbp", "jpy", "kwd", "bhd"];

async fn post(sim: &SimHandle, path: &str, body: &str) -> Value {
    let response = raw_request(sim, "POST", path, Some(KEY), body, &[]).await;
    assert_eq!(response.status, 200, "{path} {body}: {}", response.text());
    response.json().unwrap()
}

struct Cart {
    currency: Currency,
    lines: Vec<PricedLine>,
    coupon: Option<Coupon>,
    /// The coupon's parameters at Stripe.
    coupon_body: Option<String>,
}

fn random_cart(rng: &mut fastrand::Rng, rates: &[TaxRate]) -> Cart {
    let code = CURRENCIES[rng.usize(..CURRENCIES.len())];
    let currency = Currency::parse(code).unwrap();
    let step = currency.charge_step_minor();
    let lines: Vec<PricedLine> = (0..rng.usize(1..=8))
        .map(|_| {
            // Mostly everyday prices, sometimes large ones.
            let max = if rng.u8(..10) == 0 { 2_000_000 } else { 20_000 };
            let unit = rng.i64(1..=max / step) * step;
            let mut ids: Vec<String> = Vec::new();
            for _ in 0..rng.usize(0..=3) {
                let id = rates[rng.usize(..rates.len())].id.clone();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
            PricedLine {
                unit_amount_minor: unit,
                quantity: rng.u32(1..=12),
                tax_rate_ids: ids,
            }
        })
        .collect();
    let subtotal: i64 = lines
        .iter()
        .map(|l| l.unit_amount_minor * i64::from(l.quantity))
        .sum();
    let (coupon, coupon_body) = match rng.u8(..3) {
        0 => (None, None),
        1 => {
            // Percent off with up to two decimals: 0.01 % to 100 %.
            let hundredths = if rng.bool() {
                rng.u32(1..=100) * 100
            } else {
                rng.u32(1..=10_000)
            };
            let text = format!("{}.{:02}", hundredths / 100, hundredths % 100);
            let percent = Percent::parse(&text).unwrap();
            (
                Some(Coupon {
                    name: None,
                    id: String::new(),
                    value: CouponValue::PercentOff { percent },
                }),
                Some(format!("percent_off={text}")),
            )
        }
        _ => {
            // Amount off in the sale's currency, up to the whole subtotal, in the currency's
            // charge step (a KWD coupon of 0.125 could never be charged).
            let amount = rng.i64(1..=(subtotal / step).max(1)) * step;
            (
                Some(Coupon {
                    name: None,
                    id: String::new(),
                    value: CouponValue::AmountOff {
                        amount: Money::new(amount, currency),
                    },
                }),
                Some(format!("amount_off={amount}&currency={code}")),
            )
        }
    };
    Cart {
        currency,
        lines,
        coupon,
        coupon_body,
    }
}

fn session_body(cart: &Cart, coupon_id: Option<&str>) -> String {
    let mut body = String::from(
        "mode=payment&success_url=http://127.0.0.1:9/ok&expand[]=line_items.data.taxes",
    );
    for (i, line) in cart.lines.iter().enumerate() {
        body.push_str(&format!(
            "&line_items[{i}][price_data][currency]={}&line_items[{i}][price_data][unit_amount]={}&line_items[{i}][price_data][product_data][name]=Item{i}&line_items[{i}][quantity]={}",
            cart.currency.code(),
            line.unit_amount_minor,
            line.quantity
        ));
        for (j, id) in line.tax_rate_ids.iter().enumerate() {
            body.push_str(&format!("&line_items[{i}][tax_rates][{j}]={id}"));
        }
    }
    if let Some(id) = coupon_id {
        body.push_str(&format!("&discounts[0][coupon]={id}"));
    }
    body
}

fn assert_same(index: usize, till: &PriceBreakdown, stripe: &CheckoutSession) {
    let context = || format!("cart {index}: till {till:?}");
    let totals = stripe.total_details.as_ref().unwrap();
    assert_eq!(
        stripe.amount_subtotal,
        Some(till.subtotal_minor),
        "{}",
        context()
    );
    assert_eq!(totals.amount_discount, till.discount_minor, "{}", context());
    assert_eq!(totals.amount_tax, till.tax_minor, "{}", context());
    assert_eq!(
        stripe.amount_total,
        Some(till.items_total_minor),
        "{}",
        context()
    );
    let items = &stripe.line_items.as_ref().unwrap().data;
    assert_eq!(items.len(), till.lines.len(), "{}", context());
    for (item, line) in items.iter().zip(&till.lines) {
        assert_eq!(item.amount_subtotal, line.subtotal_minor, "{}", context());
        assert_eq!(item.amount_discount, line.discount_minor, "{}", context());
        assert_eq!(item.amount_tax, line.tax_minor, "{}", context());
        assert_eq!(item.amount_total, line.total_minor, "{}", context());
        let stripe_taxes: Vec<(String, i64, Option<i64>)> = item
            .taxes
            .as_ref()
            .unwrap()
            .iter()
            .map(|t| (t.rate.id.to_string(), t.amount, t.taxable_amount))
            .collect();
        let till_taxes: Vec<(String, i64, Option<i64>)> = line
            .taxes
            .iter()
            .map(|t| (t.tax_rate_id.clone(), t.amount_minor, Some(t.taxable_minor)))
            .collect();
        assert_eq!(stripe_taxes, till_taxes, "{}", context());
    }
}

#[tokio::test]
async fn till_computes_what_checkout_charges_for_random_carts() {
    let sim = sim().await;
    let mut rates = Vec::new();
    for (name, percentage, inclusive) in RATES {
        let body = format!("display_name={name}&percentage={percentage}&inclusive={inclusive}");
        let rate: StripeTaxRate =
            serde_json::from_value(post(&sim, "/v1/tax_rates", &body).await).unwrap();
        rates.push(TaxRate {
            id: rate.id.to_string(),
            display_name: rate.display_name.clone(),
            percentage: Percent::parse(percentage).unwrap(),
            inclusive: *inclusive,
        });
    }
    let mut rng = fastrand::Rng::with_seed(0x7111_2026_0018);
    let (mut compared, mut too_small, mut with_coupon, mut with_inclusive, mut three_decimal) =
        (0, 0, 0, 0, 0);
    for index in 0..CARTS {
        let mut cart = random_cart(&mut rng, &rates);
        let coupon_id = match &cart.coupon_body {
            Some(body) => {
                let coupon: StripeCoupon =
                    serde_json::from_value(post(&sim, "/v1/coupons", body).await).unwrap();
                Some(coupon.id.to_string())
            }
            None => None,
        };
        if let (Some(coupon), Some(id)) = (cart.coupon.as_mut(), &coupon_id) {
            coupon.id = id.clone();
        }
        let till = compute(PricingInput {
            currency: cart.currency,
            lines: &cart.lines,
            tax_rates: &rates,
            coupon: cart.coupon.as_ref(),
            tip: None,
        })
        .unwrap_or_else(|e| panic!("cart {index}: {e}"));
        let body = session_body(&cart, coupon_id.as_deref());
        let response =
            raw_request(&sim, "POST", "/v1/checkout/sessions", Some(KEY), &body, &[]).await;
        let minimum = stripe_sim::money::minimum_amount(cart.currency.code());
        if till.items_total_minor < minimum {
            // Checkout refuses what Till would also have to refuse for a card.
            let error = assert_error_shape(&response, 400, "invalid_request_error");
            assert_eq!(error["code"], "amount_too_small", "cart {index}: {error}");
            too_small += 1;
            continue;
        }
        assert_eq!(response.status, 200, "cart {index}: {}", response.text());
        let session: CheckoutSession = serde_json::from_value(response.json().unwrap()).unwrap();
        assert_same(index, &till, &session);
        compared += 1;
        with_coupon += usize::from(cart.coupon.is_some() && till.discount_minor > 0);
        with_inclusive += usize::from(till.tax_inclusive_minor > 0 && till.tax_exclusive_minor > 0);
        three_decimal += usize::from(cart.currency.exponent() == 3);
        if cart.currency.exponent() == 3 {
            assert_eq!(till.items_total_minor % 10, 0, "cart {index}: ends in 0");
        }
    }
    // The carts covered what they should: not a test that passes by comparing nothing.
    assert!(
        compared >= CARTS * 9 / 10,
        "compared {compared}, too small {too_small}"
    );
    assert!(
        with_coupon >= CARTS / 2,
        "{with_coupon} carts with a discount"
    );
    assert!(
        with_inclusive >= CARTS / 5,
        "{with_inclusive} carts with both kinds of tax"
    );
    assert!(
        three_decimal >= CARTS / 10,
        "{three_decimal} three-decimal carts"
    );
}
